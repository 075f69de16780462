// Benchmark of the built npm package in Node: download size (gzip of every .js and .wasm file
// in pkg/), Annotator construction time, and annotation throughput on real news text.
// Prints figures; it asserts nothing (machines here are shared and noisy: compare ratios).
// Throughput is given by wall-clock time and by the process's CPU time (`process.cpuUsage`):
// on a loaded machine the process waits for a core, and only the CPU time measures what one
// core does (it counts V8's helper threads too, so it errs low).
//
//   node bench/node-bench.mjs [ARTICLES]      (after scripts/build-pkg.sh)
//   PKG_DIR=other/pkg node bench/node-bench.mjs   (another build, e.g. a copy of an older one)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = process.env.PKG_DIR ? resolve(process.env.PKG_DIR) : join(root, "pkg");
const glue = await import(join(pkg, "article_annotator.js"));
glue.initSync({ module: readFileSync(join(pkg, "article_annotator_bg.wasm")) });

let shipped = 0;
let raw = 0;
// Recursive: wasm-bindgen puts inline JavaScript in pkg/snippets/.
for (const name of readdirSync(pkg, { recursive: true })) {
  if (!/\.(js|mjs|wasm)$/.test(name)) continue;
  const bytes = readFileSync(join(pkg, name));
  raw += bytes.length;
  shipped += gzipSync(bytes, { level: 9 }).length;
}
console.log(`download: ${(shipped / 1024).toFixed(1)} KB gzipped (${(raw / 1024).toFixed(1)} KB raw), every .js and .wasm in pkg/ and below`);

const runs = 20;
let t = performance.now();
for (let i = 0; i < runs; i++) new glue.Annotator().free();
console.log(`new Annotator(): ${((performance.now() - t) / runs).toFixed(2)} ms (mean of ${runs})`);

const limit = Number(process.argv[2] ?? 2223);
// ANNOTATOR_DATA points at the shared data from elsewhere (a worktree), as for the Rust tools.
const corpus = join(process.env.ANNOTATOR_DATA ?? join(root, "../shared/data"), "unlabeled/bbc2005.jsonl");
let texts;
if (existsSync(corpus)) {
  texts = readFileSync(corpus, "utf8").trim().split("\n").slice(0, limit).map((l) => JSON.parse(l).text);
  console.log(`corpus: ${texts.length} BBC 2005 articles`);
} else {
  const sample = readFileSync(join(root, "www/sample.txt"), "utf8");
  texts = Array.from({ length: 500 }, () => sample);
  console.log("corpus: the page's sample article x500 (../shared/data is absent)");
}
const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0);
const annotator = new glue.Annotator();
// Warm-up long enough for V8 to move the hot Wasm functions to its optimizing tier: with only a
// few texts, whichever path is timed first runs partly on the baseline compiler.
for (const text of texts.slice(0, 200)) {
  annotator.annotate(text);
  annotator.annotateJson(text);
}
// `annotate` (the object the page uses) and `annotateJson` (the string), alternated in rounds so
// that a noisy neighbour slows both alike.
const rounds = 2;
const secs = { annotate: 0, annotateJson: 0 };
const cpu = { annotate: 0, annotateJson: 0 };
let mentions = 0;
const cpuSecs = (from) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1e6;
};
for (let round = 0; round < rounds; round++) {
  t = performance.now();
  let c = process.cpuUsage();
  for (const text of texts) mentions += annotator.annotate(text).mentions.length;
  secs.annotate += (performance.now() - t) / 1000;
  cpu.annotate += cpuSecs(c);
  t = performance.now();
  c = process.cpuUsage();
  for (const text of texts) annotator.annotateJson(text);
  secs.annotateJson += (performance.now() - t) / 1000;
  cpu.annotateJson += cpuSecs(c);
}
for (const [name, total] of Object.entries(secs)) {
  const per = total / rounds;
  console.log(
    `${name}: ${(bytes / 1e6 / per).toFixed(2)} MB/s of UTF-8 text on one core ` +
      `(${((per * 1000) / texts.length).toFixed(3)} ms per article, ${(bytes / 1e6).toFixed(2)} MB` +
      (name === "annotate" ? `, ${mentions / rounds} mentions)` : ")") +
      `; by CPU time ${(bytes / 1e6 / (cpu[name] / rounds)).toFixed(2)} MB/s`,
  );
}
