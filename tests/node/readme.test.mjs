// The top-level README's JavaScript examples (code blocks tagged `test:node`) run against the
// built package, installed into a temporary consumer folder as a user would have it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../e2e/browser.js";
import { consumerDir } from "../e2e/package.js";

test("the top-level README's Node examples run against pkg/", () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const fence = /^```(\w+)[ \t]+([^\n]*)\n([\s\S]*?)^```/gm;
  const blocks = [];
  for (let m; (m = fence.exec(readme)); ) if (m[2].split(/\s+/).includes("test:node")) blocks.push(m[3]);
  assert.ok(blocks.length >= 1, "the README has a Node example");
  const dir = consumerDir();
  blocks.forEach((code, i) => {
    const file = join(dir, `readme-${i}.mjs`);
    writeFileSync(file, code);
    execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  });
});
