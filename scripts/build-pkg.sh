#!/usr/bin/env bash
# Builds the npm package into pkg/: the WebAssembly module and its glue (wasm-pack, target web),
# the JavaScript library from js/, hand-written TypeScript types, README and package.json.
# Usage: scripts/build-pkg.sh            (set SKIP_SETUP=1 to skip scripts/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ "${SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh
# wasm-pack runs `wasm-opt` from PATH: npm's binaryen, through the wrapper setup.sh writes.
export PATH="$root/.tools/bin:$PATH"

rm -rf pkg
wasm-pack build --release --target web --out-dir pkg --no-pack
rm -f pkg/.gitignore pkg/package.json pkg/README.md

# The library: every module in js/ and the hand-written types next to them.
cp js/*.js js/*.d.ts pkg/
cp js/README.md pkg/README.md
for licence in LICENSE LICENSE-MIT LICENSE-APACHE; do
  [ -f "$licence" ] && cp "$licence" pkg/
done

node --input-type=module - "$root" <<'NODE'
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
const root = process.argv[2];
const cargo = readFileSync(`${root}/Cargo.toml`, "utf8");
const field = (name) => (cargo.match(new RegExp(`^${name} = "(.*)"`, "m")) || [])[1];
const keywords = JSON.parse((cargo.match(/^keywords = (\[.*\])/m) || [, "[]"])[1]);
const files = readdirSync(`${root}/pkg`).filter((f) => f !== "package.json").sort();
const pkg = {
  name: "article-annotator",
  version: field("version"),
  description: field("description"),
  license: field("license"),
  // Only when Cargo.toml names one: the project has no public repository yet.
  ...(field("repository") ? { repository: { type: "git", url: field("repository") } } : {}),
  keywords: [...new Set([...keywords, "named-entity-recognition", "quotes", "highlight", "webassembly", "custom-element"])],
  type: "module",
  main: "./index.js",
  types: "./index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", node: "./node.js", default: "./index.js" },
    "./element": { types: "./define.d.ts", default: "./define.js" },
    "./worker": "./worker.js",
    "./article_annotator_bg.wasm": "./article_annotator_bg.wasm",
    "./package.json": "./package.json",
  },
  sideEffects: ["./define.js", "./node.js", "./worker.js"],
  engines: { node: ">=18" },
  files,
};
writeFileSync(`${root}/pkg/package.json`, JSON.stringify(pkg, null, 2) + "\n");
console.error(`[build-pkg] pkg/ ${pkg.name}@${pkg.version}: ${files.length} files`);
NODE
