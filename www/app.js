// The page: a textarea, a worker that annotates, and the package's ArticleView showing the
// result. Everything the reader sees about the article comes from the package (pkg/), the same
// code other sites install; this file only wires the page together.

import { AnnotatorWorker, ArticleView, afterPaint, articleSheet, htmlToArticle, toHTML, toJSON, toWebAnnotations } from "./pkg/index.js";

const $ = (id) => document.getElementById(id);
const source = $("source");
const status = $("status");
const progress = $("progress");
const cancelButton = $("cancel");
const article = $("article");

document.adoptedStyleSheets = [...document.adoptedStyleSheets, articleSheet()];
const view = new ArticleView({ article, legend: $("legend"), panel: $("panel"), card: $("card") });
const worker = new AnnotatorWorker();
// The worker and its WebAssembly module load now, while the sample is fetched, and a warm worker
// is kept ready after a cancel: a paste never waits for them.
worker.warm();

// Exposed for the browser tests and the benchmark: the last run's figures.
const state = { run: 0, text: "", annotation: null, timings: null, busy: false };
window.articleAnnotator = state;

let renderAbort = null;
let debounce = 0;
let busyTimer = 0;

/** Annotates `text` in the worker and shows it; a newer call cancels an older one. */
function run(text, started = performance.now()) {
  return show(text, () => worker.annotate(text), started);
}

/**
 * Shows `text` with the annotation that `annotateIt()` resolves to, cancelling older work.
 * (The tests also call it with a ready annotation, to time the rendering of huge articles
 * apart from the annotator.)
 */
async function show(text, annotateIt, started = performance.now()) {
  const id = ++state.run;
  worker.cancel();
  if (renderAbort) renderAbort.abort();
  renderAbort = new AbortController();
  const { signal } = renderAbort;
  setBusy(true, text);
  try {
    const { annotation, ms } = await annotateIt();
    if (id !== state.run) return;
    const annotated = performance.now();
    // Highlights painted: the article and legend are written, then the browser paints them (the
    // side panel is built after that paint and timed apart).
    let rendered = 0;
    let painted = null;
    const shown = await view.show(text, annotation, {
      signal,
      onProgress: (f) => {
        progress.value = f;
        status.textContent = `Showing highlights… ${Math.round(f * 100)}%`;
      },
      onArticle: () => {
        rendered = performance.now();
        painted = afterPaint().then(() => performance.now());
      },
    });
    if (!shown || id !== state.run) return;
    const paintedAt = await painted;
    await afterPaint(); // the panel painted
    if (id !== state.run) return;
    const done = performance.now();
    state.text = text;
    state.annotation = annotation;
    state.timings = {
      annotate: ms,
      worker: annotated - started,
      rendered: rendered - started,
      total: paintedAt - started,
      panel: done - started,
    };
    const words = countWords(text);
    setBusy(false);
    status.textContent =
      `${words.toLocaleString("en")} words: ${annotation.mentions.length} mentions, ${annotation.entities.length} entities, ` +
      `${annotation.quotes.length} quotes (${Math.round(state.timings.total)} ms).`;
  } catch (error) {
    if (id !== state.run) return;
    setBusy(false);
    status.textContent = error.name === "AbortError" ? "Cancelled. Edit the text to annotate again." : `Could not annotate: ${error.message}`;
  }
}
state.show = (text, annotation) => show(text, async () => ({ annotation, ms: 0 }));

// Words, counted without making an array of them (a 5 MB text has a million).
function countWords(text) {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function setBusy(busy, text = "") {
  state.busy = busy;
  document.body.dataset.state = busy ? "busy" : "ready";
  clearTimeout(busyTimer);
  if (!busy) {
    progress.hidden = true;
    cancelButton.hidden = true;
    return;
  }
  // Only long work shows progress; a short article is done before anyone could read it.
  busyTimer = setTimeout(() => {
    status.textContent = `Annotating ${(text.length / 1e6).toFixed(1)} million characters…`;
    progress.removeAttribute("value");
    progress.hidden = false;
    cancelButton.hidden = false;
  }, 200);
}

function cancel() {
  state.run++;
  worker.cancel();
  if (renderAbort) renderAbort.abort();
  setBusy(false);
  status.textContent = "Cancelled. Edit the text to annotate again.";
}

source.addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => run(source.value), 300);
});

// Pasting annotates at once. The text goes into the textarea as a value, never as markup. A
// textarea holding megabytes makes every frame slow, so a huge article is kept aside and the
// textarea only says so; typing or pasting there replaces it.
const EDITABLE = 300_000;
let aside = null;

source.addEventListener("paste", (event) => {
  const data = event.clipboardData;
  if (!data) return;
  event.preventDefault();
  // Timed from the paste event's own time stamp (when the browser made the event), so that any
  // wait before this handler ran counts too.
  const started = event.timeStamp > 0 ? Math.min(event.timeStamp, performance.now()) : performance.now();
  const pasted = pastedText(data);
  const base = aside === null ? source.value : "";
  const [from, to] = aside === null ? [source.selectionStart, source.selectionEnd] : [0, 0];
  const text = base.slice(0, from) + pasted + base.slice(to);
  clearTimeout(debounce);
  if (text.length > EDITABLE) {
    aside = text;
    source.value = "";
    source.placeholder = `The ${(text.length / 1e6).toFixed(1)} million characters you pasted are shown below; they are too many to edit here. Paste or type to replace them.`;
    run(text, started);
  } else {
    aside = null;
    source.placeholder = "";
    source.setRangeText(pasted, from, to, "end");
    run(source.value, started);
  }
});

// A rich paste (a page copied from a browser) keeps its structure: headings, paragraphs and
// captions become lines, and menus, share buttons and scripts are left out (htmlToArticle parses
// the HTML in an inert document). Plain text is taken as it is.
function pastedText(data) {
  const html = data.getData("text/html");
  if (html) {
    const { text } = htmlToArticle(html);
    if (text.trim()) return text;
  }
  return data.getData("text/plain");
}

source.addEventListener("beforeinput", () => {
  aside = null;
  source.placeholder = "";
});

cancelButton.addEventListener("click", cancel);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && state.busy) cancel();
});

$("badges").addEventListener("change", (event) => article.classList.toggle("aa-no-badges", !event.target.checked));

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$("export-json").addEventListener("click", () => {
  if (state.annotation) download("annotations.json", "application/json", toJSON(state.text, state.annotation));
});
$("export-wa").addEventListener("click", () => {
  if (!state.annotation) return;
  const collection = toWebAnnotations(state.text, state.annotation, { source: "urn:article-annotator:pasted-article" });
  download("web-annotations.jsonld", "application/ld+json", JSON.stringify(collection, null, 2));
});
// Copying goes through a copy event: clipboardData.setData takes the HTML as it is, while the
// async Clipboard API would parse it in this page, where the CSP drops its inline colours.
$("copy-html").addEventListener("click", () => {
  if (!state.annotation) return;
  const html = toHTML(article);
  const onCopy = (event) => {
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", state.text);
    event.preventDefault();
  };
  document.addEventListener("copy", onCopy);
  const copied = document.execCommand("copy");
  document.removeEventListener("copy", onCopy);
  status.textContent = copied ? "Copied the highlighted article as HTML." : "Could not copy: the browser refused.";
});

async function showSample() {
  const response = await fetch("sample.txt");
  source.value = await response.text();
  await run(source.value);
}
$("sample").addEventListener("click", showSample);
showSample();

// Offline: a service worker keeps every file of the page (see sw.js).
if ("serviceWorker" in navigator) navigator.serviceWorker.register("sw.js").catch(() => {});
