// The built package in Node ≥ 18, as a user installs it: README examples, the Node example
// script, the pure layout, exports, and what `npm pack` would publish.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./browser.js";
import { consumerDir, npmPack, readmeBlocks, PKG } from "./package.js";

const pkgModule = await import(join(PKG, "node.js"));
const { annotate, annotateSync, layout, toWebAnnotations, toJSON, describeMention, describeQuote } = pkgModule;

test("README examples for Node run against the package", () => {
  const blocks = readmeBlocks("test:node");
  assert.ok(blocks.length >= 2, "the README has Node examples");
  const dir = consumerDir();
  blocks.forEach((code, i) => {
    const file = join(dir, `readme-${i}.mjs`);
    writeFileSync(file, code);
    execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  });
});

test("the Node example prints the sample's people and quotes", () => {
  const dir = consumerDir();
  copyFileSync(join(REPO, "examples/node/summary.mjs"), join(dir, "summary.mjs"));
  const out = execFileSync(process.execPath, [join(dir, "summary.mjs"), join(REPO, "www/sample.txt")], { encoding: "utf8" });
  assert.match(out, /^Headline: Harbour towns bet on tidal power/m);
  assert.match(out, /^Mentions: /m);
  assert.match(out, /^Quote by .*: “/m);
});

const CASES = [
  { name: "ascii", text: "Angela Merkel met Emmanuel Macron in Paris on Monday." },
  { name: "euro and curly quotes", text: "“It costs €2 billion,” said Anna Kask, the director.\n\nShe left on 3 May." },
  { name: "emoji before names", text: "😀😀 Ignazio Cassis met Sergei Lavrov 🌊 in New York." },
  { name: "devanagari and lone surrogate", text: "ऊर्जा \ud800 Marta Lindqvist said “yes”.\n\n\n" },
  { name: "empty", text: "" },
  { name: "only spaces", text: "  \n\n \t " },
];

for (const { name, text } of CASES) {
  test(`annotate and layout tile the text: ${name}`, () => {
    const annotation = annotateSync(text);
    assert.equal(annotation.text_length, text.length);
    for (const m of annotation.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    for (const q of annotation.quotes) assert.equal(q.text, text.slice(q.start, q.end));
    const parts = layout(text, annotation);
    assert.equal(parts.map((p) => text.slice(p.start, p.end)).join(""), text, "parts tile the text");
    let at = 0;
    for (const part of parts) {
      assert.equal(part.start, at);
      let runAt = part.start;
      for (const run of part.runs) {
        assert.equal(run.start, runAt, "runs tile their part");
        assert.ok(run.end > run.start);
        if (run.mention) assert.ok(run.mention.start <= run.start && run.end <= run.mention.end, "a run lies inside its mention");
        runAt = run.end;
      }
      assert.equal(runAt, part.end);
      at = part.end;
    }
    const wa = toWebAnnotations(text, annotation);
    assert.equal(wa.total, annotation.mentions.length + annotation.quotes.length);
    for (const item of wa.first.items) {
      const [quote, position] = item.target.selector;
      assert.equal([...text].slice(position.start, position.end).join(""), quote.exact);
    }
    assert.equal(JSON.parse(toJSON(text, annotation)).text, text);
  });
}

test("layout: nested and overlapping mentions, quotes with cue and speaker", () => {
  const text = "“Hi €,” said Dr Anna Kask 😀.";
  const span = (piece, from = 0) => {
    const start = text.indexOf(piece, from);
    return { start, end: start + piece.length, text: piece };
  };
  const mention = (id, piece, label, entity = null) => ({ id, ...span(piece), label, entity, value: null });
  const annotation = {
    blocks: [{ kind: "paragraph", start: 0, end: text.length }],
    mentions: [
      mention("m1", "Dr Anna Kask", "PERSON", "e1"),
      mention("m2", "Dr", "TITLE"),
      mention("m3", "sk 😀", "ORG"), // overlaps m1 without nesting
    ],
    entities: [{ id: "e1", label: "PERSON", name: "Anna Kask", mentions: ["m1"], roles: ["director"], salience: 1 }],
    quotes: [
      {
        id: "q1", ...span("“Hi €,”"), kind: "direct", content: [span("Hi €,")],
        cue: span("said"), speaker: span("Anna Kask"), speaker_entity: "e1",
      },
    ],
  };
  const [part] = layout(text, annotation);
  const runs = part.runs.map((r) => [text.slice(r.start, r.end), r.mention && r.mention.id, r.quote && r.quote.id, r.role && r.role.kind]);
  assert.deepEqual(runs, [
    ["“Hi €,”", null, "q1", null],
    [" ", null, null, null],
    ["said", null, null, "cue"],
    [" ", null, null, null],
    ["Dr", "m2", null, null],
    [" ", "m1", null, null],
    ["Anna Ka", "m1", null, "speaker"],
    ["sk", "m3", null, "speaker"],
    [" 😀", "m3", null, null],
    [".", null, null, null],
  ]);
  const card = describeMention(annotation, "m1");
  assert.deepEqual(card.fields.find(([k]) => k === "Roles"), ["Roles", "director"]);
  assert.deepEqual(card.fields.find(([k]) => k === "Quoted"), ["Quoted", "1 time"]);
  const quoteCard = describeQuote(annotation, "q1", text);
  assert.match(quoteCard.note, /“said” follows the quote/);
});

test("annotate() filters labels; annotate is the same in Node as annotateSync", async () => {
  const text = readFileSync(join(REPO, "www/sample.txt"), "utf8");
  const all = await annotate(text);
  assert.deepEqual(all, annotateSync(text));
  const dates = await annotate(text, { labels: ["DATE"] });
  assert.ok(dates.mentions.every((m) => m.label === "DATE"));
  assert.equal(dates.mentions.length, all.mentions.filter((m) => m.label === "DATE").length);
});

test("npm pack publishes only what the package needs", () => {
  const { files, size, unpackedSize } = npmPack();
  console.log(`# npm pack: ${files.length} files, ${(size / 1024).toFixed(1)} kB packed, ${(unpackedSize / 1024).toFixed(1)} kB unpacked`);
  const expected = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).files;
  assert.deepEqual(files.filter((f) => f !== "package.json").sort(), [...expected].sort());
  for (const f of files) assert.match(f, /^(README\.md|LICEN[CS]E.*|package\.json|[\w-]+(\.d)?\.(js|ts)|article_annotator_bg\.wasm(\.d\.ts)?)$/, f);
  assert.ok(files.includes("article_annotator_bg.wasm") && files.includes("index.d.ts") && files.includes("README.md"));
});
