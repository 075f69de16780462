// Benchmark: time from paste to painted highlights for a 1,000-word article on the page, in
// Chromium. Prints figures; asserts nothing (machines differ). The page times each paste from the
// start of its paste event to the end of the frame that paints the highlighted article (a task
// queued from that frame's requestAnimationFrame runs after its paint); the side panel is built
// after that paint and timed apart.
//   node tests/e2e/bench-page.mjs [runs]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, waitForText, paste, REPO } from "./browser.js";

const runs = Number(process.argv[2] || 30);
const sample = readFileSync(join(REPO, "www/sample.txt"), "utf8");

// A 1,000-word article made of the sample's paragraphs (headline once).
const paragraphs = sample.split(/\n\n+/);
const words = (s) => (s.match(/\S+/g) || []).length;
const body = [paragraphs[0]];
for (let i = 1; words(body.join("\n\n")) < 1000; i = (i % (paragraphs.length - 1)) + 1) body.push(paragraphs[i]);
const article = body.join("\n\n");

const env = await setup();
const page = await env.open("", { viewport: { width: 1280, height: 900 } });
await waitForText(page, sample);
const totals = [];
const annotate = [];
const worker = [];
const rendered = [];
const panel = [];
for (let i = 0; i < runs + 2; i++) {
  const text = `${article}\n\nRun ${i}.`;
  await paste(page, text);
  await waitForText(page, text);
  const t = await page.evaluate(() => window.articleAnnotator.timings);
  if (i < 2) continue; // warm-up: the first runs compile and tier up
  totals.push(t.total);
  annotate.push(t.annotate);
  worker.push(t.worker);
  rendered.push(t.rendered);
  panel.push(t.panel);
}
await env.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};
console.log(`paste -> highlights painted, ${words(article)} words, ${runs} runs`);
console.log(`  total (paste to painted): ${stats(totals)}`);
console.log(`  annotate (in the worker): ${stats(annotate)}`);
console.log(`  paste to annotation back: ${stats(worker)}`);
console.log(`  paste to DOM written:     ${stats(rendered)}`);
console.log(`  paste to panel painted:   ${stats(panel)}`);
