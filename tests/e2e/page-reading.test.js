// Reading the sample on the page: the card on hover and focus, lighting up an entity, the side
// panel, keyboard moves, exports, copy as HTML, accessibility (axe-core and Chrome's own
// accessibility tree), and working offline.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, waitForText, REPO, SCREENSHOTS } from "./browser.js";

const SAMPLE = readFileSync(join(REPO, "www/sample.txt"), "utf8");
const AXE = readFileSync(join(REPO, "node_modules/axe-core/axe.min.js"), "utf8");

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env.close();
});

async function openSample(options = {}) {
  const page = await env.open("", { viewport: { width: 1280, height: 900 }, ...options });
  await waitForText(page, SAMPLE);
  return page;
}

const annotationOf = (page) => page.evaluate(() => window.articleAnnotator.annotation);

test("hovering and focusing a highlight shows its card", async () => {
  const page = await openSample();
  const annotation = await annotationOf(page);
  const m = annotation.mentions.find((x) => x.entity) || annotation.mentions[0];
  await page.hover(`#article mark[data-id="${m.id}"]`);
  const card = page.locator("#card");
  await card.waitFor({ state: "visible" });
  const text = await card.textContent();
  assert.ok(text.includes(m.text), "the card names the mention");
  assert.ok(text.includes("Label"), "the card gives the label");
  assert.equal(await page.getAttribute(`#article mark[data-id="${m.id}"]`, "aria-describedby"), await card.getAttribute("id"));

  // Keyboard: Tab reaches the first highlight (after the controls), arrows move on.
  await page.focus("#article mark[tabindex='0']");
  const first = await page.evaluate(() => document.activeElement.dataset.id || document.activeElement.dataset.quote);
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.activeElement.dataset.id || document.activeElement.dataset.quote);
  assert.notEqual(first, second, "ArrowRight moves to the next highlight");
  assert.ok(await card.isVisible(), "focus shows the card");
  await page.keyboard.press("Escape");
  assert.ok(!(await card.isVisible()), "Escape hides the card");
  await page.context().close();
});

test("a quote's card tells its speaker and cue, or says none was found", async () => {
  const page = await openSample();
  const annotation = await annotationOf(page);
  assert.ok(annotation.quotes.length > 0, "the sample has quotes");
  const q = annotation.quotes.find((x) => x.speaker) || annotation.quotes[0];
  await page.focus(`#article .aa-quote[data-quote="${q.id}"]`);
  const text = await page.locator("#card").textContent();
  assert.ok(text.includes("Speaker"));
  if (q.speaker) assert.ok(text.includes(q.speaker.text));
  else assert.ok(text.includes("No speaker was found"));
  await page.context().close();
});

test("clicking an entity lights up all its mentions; the panel scrolls to items", async () => {
  const page = await openSample();
  const annotation = await annotationOf(page);
  const entity = [...annotation.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  assert.ok(entity, "the sample has entities");
  await page.click(`#article mark[data-id="${entity.mentions[0]}"]`);
  const lit = await page.$$eval("#article mark.aa-lit", (marks) => [...new Set(marks.map((m) => m.dataset.id))]);
  assert.deepEqual(lit.sort(), [...entity.mentions].sort());
  await page.click(`#article mark[data-id="${entity.mentions[0]}"]`);
  assert.equal(await page.locator("#article mark.aa-lit").count(), 0, "a second click switches it off");

  // The panel: people, organizations, places in salience order; choosing one focuses its first mention.
  const button = page.locator(`#panel button[data-entity="${entity.id}"]`);
  if (["PERSON", "ORG", "GPE", "LOC", "FAC"].includes(entity.label)) {
    await button.click();
    const focused = await page.evaluate(() => document.activeElement.dataset.id);
    assert.equal(focused, entity.mentions[0]);
    assert.ok((await page.locator("#article mark.aa-lit").count()) >= entity.mentions.length);
  }
  const headings = await page.$$eval("#panel h3", (hs) => hs.map((h) => h.textContent));
  const quoteHeading = headings.find((h) => h.startsWith("Quotes"));
  assert.equal(quoteHeading, `Quotes (${annotation.quotes.length})`);
  await page.context().close();
});

test("the legend toggles a label", async () => {
  const page = await openSample();
  const button = page.locator("#legend button").first();
  const label = await button.getAttribute("data-label");
  await button.click();
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  const bg = await page.$eval(`#article mark[data-label="${label}"]`, (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, "rgba(0, 0, 0, 0)", "a hidden label loses its highlight");
  await button.click();
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  await page.context().close();
});

test("exports: JSON, Web Annotations, HTML", async () => {
  const page = await openSample();
  const annotation = await annotationOf(page);
  const read = async (selector) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
    return JSON.parse(readFileSync(await download.path(), "utf8"));
  };
  const json = await read("#export-json");
  assert.equal(json.text, SAMPLE);
  assert.deepEqual(json.mentions, annotation.mentions);
  const wa = await read("#export-wa");
  assert.equal(wa["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(wa.first.items.length, annotation.mentions.length + annotation.quotes.length);
  const points = [...SAMPLE];
  for (const item of wa.first.items) {
    const [quote, position] = item.target.selector;
    assert.equal(quote.type, "TextQuoteSelector");
    assert.equal(position.type, "TextPositionSelector");
    assert.equal(points.slice(position.start, position.end).join(""), quote.exact);
  }
  // What the copy event put on the clipboard, read by a listener that runs after the page's.
  await page.evaluate(() => {
    window.addEventListener("copy", (event) => {
      window.copied = { html: event.clipboardData.getData("text/html"), text: event.clipboardData.getData("text/plain") };
    });
  });
  await page.click("#copy-html");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Copied"));
  const { html, text } = await page.evaluate(() => window.copied);
  assert.equal(text, SAMPLE);
  assert.match(html, /<mark [^>]*data-label="/);
  // (Parsed here, not in the page: a parser there would apply the style attributes under its CSP.)
  const textOfHtml = html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  assert.equal(textOfHtml, SAMPLE, "the copied HTML holds the article text");
  assert.deepEqual(env.problems, [], "no CSP violation while copying");
  await page.context().close();
});

async function axe(page) {
  await page.evaluate(AXE); // evaluated by the debugger protocol, so the page's CSP still holds
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0].target }));
  });
}

for (const [name, options] of [
  ["light", { colorScheme: "light" }],
  ["dark", { colorScheme: "dark" }],
  ["phone", { colorScheme: "light", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
]) {
  test(`axe-core finds no serious or critical violations (${name})`, async () => {
    const page = await openSample(options);
    await page.hover("#article mark"); // with a card shown
    const violations = await axe(page);
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    if (violations.length) console.log(`# axe ${name}: ${JSON.stringify(violations)}`);
    assert.deepEqual(bad, []);
    await page.screenshot({ path: join(SCREENSHOTS, `sample-${name}.actual.png`), fullPage: name !== "phone" });
    await page.context().close();
  });
}

test("screen readers hear each highlight with its label", async () => {
  const page = await openSample();
  const annotation = await annotationOf(page);
  const m = annotation.mentions[0];
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: `#article mark[data-id="${m.id}"]` });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: true });
  const spoken = JSON.stringify(nodes);
  const { LABELS } = await import(join(REPO, "pkg/labels.js"));
  assert.ok(spoken.includes(`, ${LABELS[m.label].spoken}`), `the accessibility tree names the label: ${spoken.slice(0, 300)}`);
  await page.context().close();
});

test("the page works offline after the first visit", async () => {
  const page = await openSample();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForText(page, SAMPLE);
  await page.context().setOffline(true);
  await page.reload();
  await waitForText(page, SAMPLE);
  assert.ok((await page.locator("#article mark").count()) > 0);
  await page.context().close();
  assert.deepEqual(env.problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED")), []);
});

// The reload above finds the files the first visit fetched, whatever the list says; a fresh
// install offline needs the list itself to hold every module the page imports.
test("the offline list holds every module the page's modules import", () => {
  const sw = readFileSync(join(REPO, "www/sw.js"), "utf8");
  const listed = new Set([...sw.slice(sw.indexOf("const FILES")).matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const missing = [];
  for (const file of listed) {
    if (!file.endsWith(".js")) continue;
    // The server maps pkg/ to the built package; every other file is under www/.
    const source = readFileSync(join(REPO, file.startsWith("pkg/") ? "" : "www", file), "utf8");
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
      const target = join(dir, spec).replace(/\\/g, "/");
      if (!listed.has(target)) missing.push(`${file} imports ${target}`);
    }
  }
  assert.deepEqual(missing, []);
});
