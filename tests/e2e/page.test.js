// The page in www/, driven in real Chromium: the sample on load, pasting the seed article,
// highlights that slice back into the input, legend counts, screenshots.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setup, readSeed, waitForText, paste, REPO, SCREENSHOTS } from "./browser.js";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env.close();
});

// Every mark's text, joined per mention id, and the annotation the page holds.
async function shown(page) {
  return page.evaluate(() => {
    const marks = {};
    for (const mark of document.querySelectorAll("#article mark[data-id]")) {
      marks[mark.dataset.id] = (marks[mark.dataset.id] || "") + mark.textContent;
    }
    const legend = {};
    for (const button of document.querySelectorAll("#legend button")) {
      legend[button.dataset.label] = Number(button.querySelector(".aa-count").textContent);
    }
    const { text, annotation } = window.articleAnnotator;
    return { marks, legend, text, annotation, articleText: document.getElementById("article").textContent };
  });
}

function checkHighlights({ marks, legend, text, annotation, articleText }, input) {
  assert.equal(text, input);
  assert.equal(articleText, input, "the article's textContent is the input");
  for (const m of annotation.mentions) {
    assert.equal(m.text, input.slice(m.start, m.end), `mention ${m.id} slices back into the input`);
  }
  // Nested mentions are drawn innermost-first, so only mentions without overlap are whole marks.
  const whole = annotation.mentions.filter((m) => !annotation.mentions.some((o) => o !== m && o.start < m.end && m.start < o.end));
  for (const m of whole) assert.equal(marks[m.id], input.slice(m.start, m.end), `mark ${m.id}`);
  const counts = {};
  for (const m of annotation.mentions) counts[m.label] = (counts[m.label] || 0) + 1;
  if (annotation.quotes.length) counts.QUOTE = annotation.quotes.length;
  assert.deepEqual(legend, counts, "legend counts equal the annotation's");
}

test("the page opens with the sample article annotated", async () => {
  const page = await env.open("", { viewport: { width: 1280, height: 900 } });
  const sample = readFileSync(join(REPO, "www/sample.txt"), "utf8");
  await waitForText(page, sample);
  const state = await shown(page);
  checkHighlights(state, sample);
  assert.ok(Object.keys(state.marks).length > 5, "the sample has highlights");
  assert.deepEqual(env.problems, []);
  await page.context().close();
});

test("pasting the seed article highlights it", async (t) => {
  const seed = readSeed();
  if (!seed) return t.skip("seed article absent");
  for (const scheme of ["light", "dark"]) {
    const page = await env.open("", { viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    await waitForText(page, readFileSync(join(REPO, "www/sample.txt"), "utf8"));
    await paste(page, seed);
    await waitForText(page, seed);
    const state = await shown(page);
    checkHighlights(state, seed);
    assert.ok(state.annotation.mentions.length > 0, "the seed has mentions");
    await page.screenshot({ path: join(SCREENSHOTS, `seed-${scheme}.actual.png`), fullPage: true });
    await page.context().close();
  }
  assert.deepEqual(env.problems, []);
});

test("annotation follows typing", async () => {
  const page = await env.open("", { viewport: { width: 1280, height: 900 } });
  await waitForText(page, readFileSync(join(REPO, "www/sample.txt"), "utf8"));
  await page.fill("#source", "");
  const typed = "Angela Merkel met Emmanuel Macron in Paris on Monday, said “€5” 😀.";
  await page.locator("#source").pressSequentially(typed, { delay: 5 });
  await waitForText(page, typed);
  checkHighlights(await shown(page), typed);
  assert.deepEqual(env.problems, []);
  await page.context().close();
});

test("the page at phone width", async () => {
  const page = await env.open("", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const sample = readFileSync(join(REPO, "www/sample.txt"), "utf8");
  await waitForText(page, sample);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await page.screenshot({ path: join(SCREENSHOTS, "sample-phone.actual.png"), fullPage: false });
  assert.deepEqual(env.problems, []);
  await page.context().close();
});

test("a speaker known only by a description is listed by its quotes and leads to them", async () => {
  const page = await env.open("", { viewport: { width: 1280, height: 900 } });
  await waitForText(page, readFileSync(join(REPO, "www/sample.txt"), "utf8"));
  const text =
    "Geneva talks end 😀\n\nThe talks in Genève ended on Monday with a € 5 million fund.\n\n" +
    "“We are ready to help,” the Swiss foreign ministry said in a statement.\n\nThe ministry said the fund would open in May.";
  await paste(page, text);
  await waitForText(page, text);
  const { annotation } = await shown(page);
  const described = annotation.entities.filter((e) => e.mentions.length === 0);
  assert.ok(described.length > 0, "the ministry is an entity without a name mention");
  for (const e of described) {
    const quotes = annotation.quotes.filter((q) => q.speaker_entity === e.id);
    assert.ok(quotes.length > 0, `${e.name} is quoted`);
    const button = page.locator(`#panel button[data-entity="${e.id}"]`);
    const label = await button.textContent();
    assert.ok(!label.includes("0 mentions"), label);
    assert.ok(label.includes(`quoted ${quotes.length}×`), label);
    await button.click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), quotes[0].id, "choosing it focuses its first quote");
  }
  assert.deepEqual(env.problems, []);
  await page.context().close();
});
