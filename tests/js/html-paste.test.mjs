// js/html-paste.js in real Chromium: pasted HTML becomes article text and blocks; scripts,
// styles and navigation never reach the text; nothing runs and nothing is written to the page.
//
//   node --test tests/js/          (needs playwright-core, as the page's browser tests do,
//                                   and Chromium at $CHROMIUM or /usr/bin/chromium)

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const SOURCE = readFileSync(new URL("../../js/html-paste.js", import.meta.url), "utf8");

let browser;
let page;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>paste test</title><body><p id=live>live page</p></body>");
});
after(async () => {
  await browser?.close();
});

/** Runs htmlToArticle in the page; returns its result, each block's text, and the page's state after. */
async function convert(html) {
  return page.evaluate(
    async ({ source, html }) => {
      const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
      const { htmlToArticle } = await import(url);
      const before = document.documentElement.outerHTML;
      const result = htmlToArticle(html);
      await new Promise((resolve) => setTimeout(resolve, 50)); // let any stray handler fire
      return {
        ...result,
        texts: result.blocks.map((b) => [b.kind, result.text.slice(b.start, b.end)]),
        pageUnchanged: document.documentElement.outerHTML === before,
        ran: window.__ran === true,
      };
    },
    { source: SOURCE, html },
  );
}

const CASES = [
  {
    name: "news page with furniture",
    html: `<html><head><style>p{color:red}</style><script>window.__ran = true</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <header><h1>Swiss franc hits € parity</h1><p class="byline">By Zoë Doe</p>
          <p><time datetime="2023-03-03">March 3, 2023</time></p></header>
        <p>GENEVA (Reuters) - The franc <b>rose</b> on “Friday” 😀.</p>
        <div class="share-bar"><button>Share</button> Facebook Twitter</div>
        <h2>Reaction</h2>
        <p>Traders were surprised.<script>window.__ran = true</script></p>
        <aside><h3>Related</h3><ul><li>Other story</li></ul></aside>
      </article>
      <footer>© 2023 Example</footer></body></html>`,
    want: [
      ["headline", "Swiss franc hits € parity"],
      ["byline", "By Zoë Doe"],
      ["dateline", "March 3, 2023"],
      ["paragraph", "GENEVA (Reuters) - The franc rose on “Friday” 😀."],
      ["heading", "Reaction"],
      ["paragraph", "Traders were surprised."],
    ],
  },
  {
    name: "figure caption with a credit",
    html: `<figure><img src="x.jpg" alt="Cassis"><figcaption>A photo of Zoë in New York.
      <span class="credit">Twitter</span></figcaption></figure><p>Next “paragraph” €.</p>`,
    want: [
      ["caption", "A photo of Zoë in New York."],
      ["credit", "Twitter"],
      ["paragraph", "Next “paragraph” €."],
    ],
  },
  {
    name: "list items and block quotes",
    html: `<p>Key points:</p><ul><li>Prices rose 3.5% 📈</li><li>Rates <i>unchanged</i></li></ul>
      <blockquote><p>“We will act,” she said.</p></blockquote>`,
    want: [
      ["paragraph", "Key points:"],
      ["paragraph", "Prices rose 3.5% 📈"],
      ["paragraph", "Rates unchanged"],
      ["paragraph", "“We will act,” she said."],
    ],
  },
  {
    name: "screen-reader labels and hidden text",
    html: `<p>Blick <a href="https://x.ch">reported<span class="sr-only">External link</span></a> that €5
      <span hidden>secret</span><span aria-hidden="true">★</span>was paid.<br>Then it ended.</p>`,
    want: [["paragraph", "Blick reported that €5 was paid. Then it ended."]],
  },
  {
    name: "inert markup never runs",
    html: `<img src="missing.png" onerror="window.__ran = true"><p onclick="window.__ran = true">Café 😀</p>
      <iframe srcdoc="<script>parent.__ran = true</script>"></iframe>`,
    want: [["paragraph", "Café 😀"]],
  },
  { name: "empty", html: "", want: [] },
];

for (const { name, html, want } of CASES) {
  test(`html paste: ${name}`, async () => {
    const got = await convert(html);
    assert.deepEqual(got.texts, want);
    assert.equal(got.text, want.map(([, t]) => t).join("\n\n"), "blocks are the text, separated by blank lines");
    let last = 0;
    for (const block of got.blocks) {
      assert.ok(block.start >= last && block.end > block.start, "blocks in order, not overlapping");
      last = block.end;
    }
    assert.ok(got.pageUnchanged, "the live page is not touched");
    assert.equal(got.ran, false, "no script or handler from the paste ran");
  });
}
