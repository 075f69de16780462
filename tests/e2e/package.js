// Helpers for tests of the built package as its users get it: npm pack, a consumer folder with
// the package installed (a symlink to pkg/, or the packed tarball), README code blocks.

import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./browser.js";

export const PKG = join(REPO, "pkg");

const made = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder, removed when the test process exits
 * (tests run again and again on CI machines and developers' laptops; leave nothing behind). */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary folder whose node_modules/article-annotator is pkg/. */
export function consumerDir() {
  const dir = tempDir("aa-consumer-");
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(PKG, join(dir, "node_modules", "article-annotator"), "dir");
  return dir;
}

/** `npm pack` of pkg/ into a temporary folder: {tarball, size, unpackedSize, files}. */
export function npmPack() {
  const dest = tempDir("aa-pack-");
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dest], { cwd: PKG, encoding: "utf8" });
  const [info] = JSON.parse(out);
  return { tarball: join(dest, info.filename), size: info.size, unpackedSize: info.unpackedSize, files: info.files.map((f) => f.path) };
}

/** The README's code blocks whose info string has `tag` ("test:node", "test:browser"). */
export function readmeBlocks(tag) {
  const readme = readFileSync(join(PKG, "README.md"), "utf8");
  const blocks = [];
  const fence = /^```(\w+)[ \t]+([^\n]*)\n([\s\S]*?)^```/gm;
  for (let m; (m = fence.exec(readme)); ) if (m[2].split(/\s+/).includes(tag)) blocks.push(m[3]);
  return blocks;
}
