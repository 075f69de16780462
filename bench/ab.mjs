// A/B throughput of two builds of the package in ONE Node process: small batches of articles
// alternate between A and B, so a noisy neighbour slows both alike; prints each
// side's MB/s and the ratio B/A. Also checks that both give the same annotations. The ratio
// is given twice: by wall-clock time, and by the process's CPU time (`process.cpuUsage`), which
// leaves out the time the process waits for a core on a loaded machine (less noisy there).
//
//   node bench/ab.mjs DIR_A DIR_B [ARTICLES=600] [ROUNDS=5]
// (DIR_* hold article_annotator.js and article_annotator_bg.wasm, e.g. copies of pkg/.)
import { readFileSync, existsSync } from "node:fs";
import { resolve, join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [dirA, dirB] = [process.argv[2], process.argv[3]].map((d) => resolve(d));
const limit = Number(process.argv[4] ?? 600);
const rounds = Number(process.argv[5] ?? 5);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

async function load(dir) {
  // A query string makes Node load a second instance of the same module path.
  const glue = await import(`${join(dir, "article_annotator.js")}?${dir}`);
  glue.initSync({ module: readFileSync(join(dir, "article_annotator_bg.wasm")) });
  return new glue.Annotator();
}
const a = await load(dirA);
const b = await load(dirB);

const corpus = join(process.env.ANNOTATOR_DATA ?? join(root, "../shared/data"), "unlabeled/bbc2005.jsonl");
const texts = existsSync(corpus)
  ? readFileSync(corpus, "utf8").trim().split("\n").slice(0, limit).map((l) => JSON.parse(l).text)
  : Array.from({ length: 100 }, () => readFileSync(join(root, "www/sample.txt"), "utf8"));
const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0);

let differ = 0;
for (const t of texts) {
  if (JSON.stringify(a.annotate(t)) !== JSON.stringify(b.annotate(t))) differ++;
}
for (const t of texts.slice(0, 200)) {
  a.annotate(t);
  b.annotate(t);
}
// Batches of 20 articles, A then B then B then A…: a slow spell of the machine lasts longer
// than a batch, so it slows both sides alike.
const batch = 20;
const secs = [0, 0];
const cpu = [0, 0];
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < texts.length; i += batch) {
    const part = texts.slice(i, i + batch);
    const order = (r + i / batch) % 2 ? [[1, b], [0, a]] : [[0, a], [1, b]];
    for (const [k, x] of order) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const t of part) x.annotate(t);
      const c = process.cpuUsage(c0);
      secs[k] += (performance.now() - t0) / 1000;
      cpu[k] += (c.user + c.system) / 1e6;
    }
  }
}
const mbs = secs.map((s) => (bytes * rounds) / 1e6 / s);
const cpuMbs = cpu.map((s) => (bytes * rounds) / 1e6 / s);
console.log(
  `A ${mbs[0].toFixed(3)} MB/s  B ${mbs[1].toFixed(3)} MB/s  B/A ${(mbs[1] / mbs[0]).toFixed(3)}  ` +
    `by CPU time: A ${cpuMbs[0].toFixed(3)} B ${cpuMbs[1].toFixed(3)} B/A ${(cpuMbs[1] / cpuMbs[0]).toFixed(3)}  ` +
    `(${texts.length} articles x ${rounds} rounds; ${differ} annotations differ)`,
);
