// The package embedded in other sites, in real Chromium under a strict CSP: highlight() on host
// pages with nested inline markup (both painting modes), a page re-rendered by a framework,
// hostile host content, the <article-annotator> element, and the README's browser examples.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setup } from "./browser.js";
import { PKG, readmeBlocks, tempDir } from "./package.js";

const FIXTURES = tempDir("aa-embed-");
let env;
before(async () => {
  env = await setup({ mounts: { "/pkg/": PKG, "/": FIXTURES } });
});
after(async () => {
  await env.close();
});

let pages = 0;
/** Writes a host page (markup + a module script file, no inline script) and opens it. */
async function host(body, script, options = {}) {
  const name = `host-${++pages}`;
  writeFileSync(join(FIXTURES, `${name}.js`), script);
  writeFileSync(
    join(FIXTURES, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">` +
      `<script type="module" src="${name}.js"></script></head><body>${body}</body></html>`,
  );
  const page = await env.open(`${name}.html`, { viewport: { width: 1000, height: 800 }, ...options });
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30000 });
  return page;
}

const STORY = `<article id="story"><h1>Cassis meets <em>Lavrov</em></h1>
<p><a href="/people/cassis">Ignazio <b>Cas</b>sis</a> met Sergei Lavrov 😀 in <i>New York</i> on Wednesday.<br>
“We talked about €2 billion,” Cassis said.</p>
<figure><img alt="" src="data:,"><figcaption>Angela Merkel in Paris, ऊर्जा.</figcaption></figure>
<p>The <abbr title="United Nations">UN</abbr> General Assembly met in New York.</p></article>`;

// In the page: snapshot the DOM (node identities and markup), highlight, check each mention's
// painted text, clear, and compare.
const HIGHLIGHT_SCRIPT = (mode) => `
import { highlight, textOf } from "/pkg/index.js";
const story = document.getElementById("story");
const nodes = (root) => { const out = []; const w = document.createTreeWalker(root); for (let n = w.currentNode; n; n = w.nextNode()) out.push(n); return out; };
const beforeNodes = nodes(story);
const beforeHtml = story.outerHTML;
const handle = await highlight(story, { mode: "${mode}" });
const { text } = handle;
const painted = {};
if (handle.mode === "highlights") {
  for (const [name, hl] of CSS.highlights) {
    for (const r of hl) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      (painted[name] ||= []).push(range.toString());
    }
  }
} else {
  for (const mark of story.querySelectorAll("mark[data-aa-id]")) painted[mark.dataset.aaId] = (painted[mark.dataset.aaId] || "") + mark.textContent;
}
const during = { html: story.outerHTML, text: textOf(story).text };
handle.clear();
const afterNodes = nodes(story);
window.result = {
  mode: handle.mode,
  text,
  mentions: handle.annotation.mentions,
  quotes: handle.annotation.quotes,
  painted,
  during,
  beforeHtml,
  afterHtml: story.outerHTML,
  sameNodes: beforeNodes.length === afterNodes.length && beforeNodes.every((n, i) => n === afterNodes[i]),
  highlightsLeft: [...CSS.highlights.keys()].length,
  sheetsLeft: document.adoptedStyleSheets.length,
};
`;

for (const mode of ["highlights", "wrap"]) {
  test(`highlight() across nested inline markup, then clear() (${mode})`, async () => {
    const page = await host(STORY, HIGHLIGHT_SCRIPT(mode));
    const r = await page.evaluate(() => window.result);
    assert.equal(r.mode, mode);
    assert.ok(r.text.includes("Ignazio Cassis met Sergei Lavrov 😀 in New York"), "text is read across inline elements");
    assert.ok(/Wednesday\.\n ?“We talked/.test(r.text), "<br> is a line break, a newline in the markup a space");
    assert.ok(/Lavrov\n\n ?Ignazio/.test(r.text), "blocks are separated by a blank line");
    assert.ok(r.mentions.length > 0, "something was found");
    for (const m of r.mentions) assert.equal(m.text, r.text.slice(m.start, m.end));
    if (mode === "highlights") {
      assert.equal(r.during.html, r.beforeHtml, "painting with the Highlight API leaves the DOM alone");
      const paintedTexts = Object.entries(r.painted).filter(([name]) => !name.endsWith("-QUOTE")).flatMap(([, texts]) => texts).sort();
      assert.deepEqual(paintedTexts, r.mentions.map((m) => m.text).sort(), "every mention is painted over exactly its text");
    } else {
      assert.equal(r.during.text, r.text, "wrapping keeps the text");
      const whole = r.mentions.filter((m) => !r.mentions.some((o) => o !== m && o.start < m.end && m.start < o.end));
      for (const m of whole) assert.equal(r.painted[m.id], m.text, `mark ${m.id}`);
    }
    assert.equal(r.afterHtml, r.beforeHtml, "after clear() the markup is as before");
    assert.ok(r.sameNodes, "after clear() every node is the same object as before");
    assert.equal(r.highlightsLeft, 0);
    assert.equal(r.sheetsLeft, 0);
    assert.deepEqual(env.problems, []);
    await page.context().close();
  });
}

test("highlight() follows a page that a framework re-renders", async () => {
  // A miniature framework: state -> DOM, re-rendered by replacing children and by patching text nodes.
  const script = `
import { highlight, textOf } from "/pkg/index.js";
const root = document.getElementById("app");
const state = { who: "Angela Merkel", where: "Paris" };
let textNode;
function render() {
  const h = document.createElement("h1");
  h.textContent = "Visit";
  const p = document.createElement("p");
  textNode = document.createTextNode(state.who + " visited " + state.where + " on Monday 😀.");
  p.append(textNode);
  root.replaceChildren(h, p);
}
render();
const seen = [];
const handle = await highlight(root, { debounce: 20 });
const snapshot = () => ({
  text: handle.text,
  dom: textOf(root).text,
  painted: [...CSS.highlights.values()].flatMap((hl) => [...hl]).map((r) => r.startContainer.isConnected),
  mentions: handle.annotation.mentions.map((m) => m.text),
});
seen.push(snapshot());
state.who = "Emmanuel Macron"; render();                      // children replaced
await new Promise((r) => setTimeout(r, 400));
seen.push(snapshot());
textNode.data = "Olaf Scholz visited Berlin on Tuesday €.";   // a text node patched in place
await new Promise((r) => setTimeout(r, 400));
seen.push(snapshot());
handle.clear();
window.result = { seen, left: CSS.highlights.size };
`;
  const page = await host(`<div id="app"></div>`, script);
  const { seen, left } = await page.evaluate(() => window.result);
  for (const s of seen) {
    assert.equal(s.text, s.dom, "the highlighted text is the DOM's current text");
    assert.ok(s.painted.every(Boolean), "every painted range is in the live DOM");
  }
  assert.ok(seen[1].text.includes("Emmanuel Macron") && seen[2].text.includes("Olaf Scholz"));
  assert.equal(left, 0);
  assert.deepEqual(env.problems, []);
  await page.context().close();
});

test("hover and click callbacks receive the mention under the pointer", async () => {
  const script = `
import { highlight } from "/pkg/index.js";
const story = document.getElementById("story");
window.events = [];
const handle = await highlight(story, {
  onHover: (info) => window.events.push(["hover", info && info.mention.id]),
  onClick: (info) => window.events.push(["click", info.mention.id]),
});
const { segments } = (await import("/pkg/index.js")).textOf(story);
const segOf = (m) => segments.find((s) => s.start <= m.start && m.start < s.end);
// Not a mention inside a link: clicking it would leave the page.
const m = handle.annotation.mentions.find((x) => !segOf(x).node.parentElement.closest("a"));
const seg = segOf(m);
const range = document.createRange();
range.setStart(seg.node, m.start - seg.start);
range.setEnd(seg.node, Math.min(seg.end, m.end) - seg.start);
const rect = range.getClientRects()[0];
window.result = { id: m.id, x: rect.left + 2, y: rect.top + rect.height / 2 };
`;
  const page = await host(STORY, script);
  const { id, x, y } = await page.evaluate(() => window.result);
  await page.mouse.move(x, y);
  await page.mouse.click(x, y);
  await page.mouse.move(1, 790);
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events, [["hover", id], ["click", id], ["hover", null]]);
  await page.context().close();
});

test("hostile host content stays inert when highlighted (wrap mode)", async () => {
  const body = `<article id="story"><p>Angela Merkel wrote &lt;script&gt;window.pwned=1&lt;/script&gt; and
<code>&lt;img src=x onerror=pwned=2&gt;</code> in Berlin \u{1F600}. <a href="#x" title="&quot;&gt;&lt;b&gt;">Paris</a></p>
<script>/* not article text */</script></article>`;
  const script = `
import { highlight } from "/pkg/index.js";
const story = document.getElementById("story");
const before = story.outerHTML;
const handle = await highlight(story, { mode: "wrap" });
const tags = [...story.querySelectorAll("*")].map((e) => e.localName);
handle.clear();
window.result = { pwned: window.pwned ?? null, tags, same: story.outerHTML === before, text: handle.text };
`;
  const page = await host(body, script);
  const r = await page.evaluate(() => window.result);
  assert.equal(r.pwned, null);
  assert.ok(r.same);
  assert.ok(!r.text.includes("not article text"), "script contents are not article text");
  assert.ok(r.text.includes("<script>window.pwned=1</script>"), "escaped markup is text");
  assert.ok(r.tags.every((t) => ["p", "code", "a", "mark", "script"].includes(t)), r.tags.join());
  assert.equal(r.tags.filter((t) => t === "script").length, 1);
  // The host's own inline <script> is refused by the CSP: that is the only complaint.
  assert.ok(env.problems.every((p) => p.includes("Executing inline script violates")), env.problems.join("\n"));
  env.problems.length = 0;
  await page.context().close();
});

test("<article-annotator> shows the whole experience in its shadow root", async () => {
  const text = "Swiss President Ignazio Cassis met Sergei Lavrov in New York on Wednesday 😀.\n\n“We talked,” Cassis said.";
  const script = `
import "/pkg/define.js";
const el = document.querySelector("article-annotator");
el.addEventListener("annotated", () => {
  const root = el.shadowRoot;
  window.result = {
    text: root.querySelector("article").textContent,
    marks: [...root.querySelectorAll("mark")].map((m) => [m.dataset.id, m.textContent]),
    legend: [...root.querySelectorAll(".aa-legend button")].map((b) => b.textContent),
    panel: root.querySelector("aside").textContent,
    annotation: el.annotation,
    lightText: el.textContent,
  };
}, { once: true });
`;
  const body = `<article-annotator panel></article-annotator>`;
  const name = `host-${++pages}`;
  writeFileSync(join(FIXTURES, `${name}.js`), `document.querySelector("article-annotator").textContent = ${JSON.stringify(text)};\n${script}`);
  writeFileSync(join(FIXTURES, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>el</title><link rel="icon" href="data:,"><script type="module" src="${name}.js"></script></head><body>${body}</body></html>`);
  const page = await env.open(`${name}.html`, { viewport: { width: 1000, height: 800 } });
  await page.waitForFunction(() => window.result !== undefined);
  const r = await page.evaluate(() => window.result);
  assert.equal(r.text, text);
  for (const [id, t] of r.marks) {
    const m = r.annotation.mentions.find((x) => x.id === id);
    assert.ok(m.text.includes(t) || t.includes(m.text));
  }
  assert.equal(r.legend.length > 0, r.annotation.mentions.length > 0);
  // The card inside the shadow root on hover.
  if (r.marks.length) {
    await page.hover(`article-annotator mark[data-id="${r.marks[0][0]}"]`);
    const card = await page.evaluate(() => {
      const c = document.querySelector("article-annotator").shadowRoot.querySelector(".aa-card");
      return { hidden: c.hidden, text: c.textContent };
    });
    assert.equal(card.hidden, false);
    assert.ok(card.text.includes(r.marks[0][1]));
  }
  await page.screenshot({ path: join(process.cwd(), "tests/e2e/screenshots/element.actual.png") });
  assert.deepEqual(env.problems, [], "constructed stylesheets pass the strict CSP");
  await page.context().close();
});

test("README browser examples run under the strict CSP", async () => {
  const blocks = readmeBlocks("test:browser");
  assert.ok(blocks.length >= 2);
  for (const block of blocks) {
    // Inline scripts are not allowed under the CSP: move each into a file, map the bare imports.
    const scripts = [];
    const html = block.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, code) => {
      const name = `readme-${++pages}.js`;
      scripts.push(name);
      const prelude = `window.done = (value) => { window.result = value === undefined ? null : true; };\n`;
      writeFileSync(
        join(FIXTURES, name),
        prelude + code.replace(/(import\s*(?:[^"']*from\s*)?)"article-annotator\/element"/g, '$1"/pkg/define.js"').replace(/(import\s*(?:[^"']*from\s*)?)"article-annotator"/g, '$1"/pkg/index.js"'),
      );
      return `<script type="module" src="${name}"></script>`;
    });
    const name = `readme-${++pages}.html`;
    writeFileSync(join(FIXTURES, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>readme</title><link rel="icon" href="data:,"></head><body>${html}</body></html>`);
    const page = await env.open(name);
    await page.waitForFunction(() => window.result !== undefined, null, { timeout: 30000 }).catch(() => {
      throw new Error(`README example did not finish: ${env.problems.join("; ")}\n${block}`);
    });
    assert.equal(await page.evaluate(() => window.result), true);
    await page.context().close();
  }
  assert.deepEqual(env.problems, []);
});
