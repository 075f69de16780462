// The hand-written TypeScript types: a strict TypeScript program using the whole public API
// (examples/typescript/usage.ts) type-checks against the built package, with the library's own
// .d.ts files checked too (skipLibCheck off), under both "bundler" and "node16" resolution.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./browser.js";
import { consumerDir } from "./package.js";

for (const resolution of ["bundler", "node16"]) {
  test(`the package's types check in strict TypeScript (${resolution})`, () => {
    const dir = consumerDir();
    copyFileSync(join(REPO, "examples/typescript/usage.ts"), join(dir, "usage.ts"));
    const config = JSON.parse(readFileSync(join(REPO, "examples/typescript/tsconfig.json"), "utf8"));
    config.compilerOptions.moduleResolution = resolution;
    if (resolution === "node16") config.compilerOptions.module = "node16";
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    try {
      execFileSync(process.execPath, [join(REPO, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });
}
