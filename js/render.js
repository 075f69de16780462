// The thin DOM writer: turns the parts from layout.js into elements. Article text only ever
// becomes Text nodes (createTextNode), never markup, so pasted text cannot execute.

import { layoutParts } from "./layout.js";

const BLOCK_TAGS = {
  headline: "h2",
  heading: "h3",
  dateline: "p",
  byline: "p",
  credit: "p",
  caption: "figcaption",
  boilerplate: "p",
  paragraph: "p",
};

/**
 * Writes `text`, annotated, into `container` (replacing its children). The container's
 * textContent equals `text` once the returned promise resolves with complete: true.
 *
 * Large texts are written in slices: each slice is attached as soon as it is written (so the top
 * of a long article shows at once and no single task lays out everything), and between slices
 * the browser paints and handles input. `signal` stops the work, `onProgress(fraction)` reports it.
 *
 * @returns {Promise<{parts: object[], complete: boolean}>}
 */
export async function renderArticle(container, text, annotation, options = {}) {
  const parts = [];
  const doc = container.ownerDocument;
  // The first slice is long enough for a usual article to be written at once (no pause, no
  // repaint of a half-written article); later slices are short, to keep the page answering.
  const { signal, onProgress, sliceMs = 12, firstSliceMs = 60 } = options;
  let fragment = doc.createDocumentFragment();
  const writer = new Writer(doc, text);
  let deadline = now() + firstSliceMs;
  let firstMark = true;
  let attached = false;
  const attach = () => {
    if (attached) container.append(fragment);
    else container.replaceChildren(fragment);
    attached = true;
    fragment = doc.createDocumentFragment();
  };
  // Blocks go into chunks of about a screenful (CHUNK_CHARS code units, at most CHUNK_PARTS
  // parts), each with content-visibility: auto, so the browser lays out and paints only the
  // chunks on or near the screen: a 5 MB article costs little more than a short one, and a
  // usual article's first paint lays out its first screens only.
  let chunk = null;
  let chunkStart = 0;
  let chunkParts = 0;
  for (const part of layoutParts(text, annotation, options)) {
    // A chunk contains its layout (so margins do not collapse across it): it never starts at a
    // heading, whose top margin would add to the paragraph's above.
    const splits = part.type === "block" && part.kind !== "heading";
    if (!chunk || (splits && (part.start - chunkStart >= CHUNK_CHARS || chunkParts >= CHUNK_PARTS))) {
      chunk = doc.createElement("div");
      chunk.className = "aa-chunk";
      fragment.append(chunk);
      chunkStart = part.start;
      chunkParts = 0;
    }
    chunkParts++;
    parts.push(part);
    const parent = writer.openPart(chunk, part);
    for (const run of part.runs) {
      const mark = writer.writeRun(parent, run);
      if (mark && firstMark) {
        mark.tabIndex = 0; // one tab stop into the highlights; arrow keys move between them
        firstMark = false;
      }
      if (now() > deadline) {
        attach();
        if (onProgress) onProgress(run.end / Math.max(1, text.length));
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal && signal.aborted) return { parts, complete: false };
        deadline = now() + sliceMs;
      }
    }
    writer.close();
  }
  attach();
  if (onProgress) onProgress(1);
  return { parts, complete: true };
}

const CHUNK_CHARS = 1000;
const CHUNK_PARTS = 64;

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

class Writer {
  constructor(doc, text) {
    this.doc = doc;
    this.text = text;
    this.close();
  }

  close() {
    this.quote = null;
    this.quoteEl = null;
    this.mention = null;
    this.markEl = null;
  }

  openPart(chunk, part) {
    this.close();
    if (part.type === "gap") {
      // White space between blocks stays a bare text node; anything else gets a box of its own.
      if (!/\S/.test(this.text.slice(part.start, part.end))) return chunk;
      const div = this.doc.createElement("div");
      div.className = "aa-block aa-loose";
      chunk.append(div);
      return div;
    }
    const tag = BLOCK_TAGS[part.kind] || "p";
    const el = this.doc.createElement(tag);
    el.className = "aa-block";
    el.dataset.block = part.kind in BLOCK_TAGS ? part.kind : "paragraph";
    if (tag === "figcaption") {
      const figure = this.doc.createElement("figure");
      figure.className = "aa-figure";
      figure.append(el);
      chunk.append(figure);
    } else {
      chunk.append(el);
    }
    return el;
  }

  /** Writes one run; returns the mark element when it opened a new one. */
  writeRun(parent, run) {
    const doc = this.doc;
    let opened = null;
    if (run.quote !== this.quote) {
      this.quote = run.quote;
      this.mention = null;
      this.markEl = null;
      this.quoteEl = null;
      if (run.quote) {
        this.quoteEl = doc.createElement("span");
        this.quoteEl.className = "aa-quote";
        this.quoteEl.dataset.quote = run.quote.id;
        this.quoteEl.tabIndex = -1;
        if (run.quote.speaker_entity) this.quoteEl.dataset.speaker = run.quote.speaker_entity;
        parent.append(this.quoteEl);
      }
    }
    const outer = this.quoteEl || parent;
    if (run.mention !== this.mention) {
      this.mention = run.mention;
      this.markEl = null;
      if (run.mention) {
        const m = run.mention;
        const mark = doc.createElement("mark");
        mark.className = "aa-mention";
        mark.dataset.label = m.label;
        mark.dataset.id = m.id;
        if (m.entity) mark.dataset.entity = m.entity;
        mark.tabIndex = -1;
        outer.append(mark);
        this.markEl = opened = mark;
      }
    }
    const target = this.markEl || outer;
    const textNode = doc.createTextNode(this.text.slice(run.start, run.end));
    if (run.role) {
      const span = doc.createElement("span");
      span.className = run.role.kind === "cue" ? "aa-cue" : "aa-speaker";
      span.dataset.quoteOf = run.role.quote.id;
      span.append(textNode);
      target.append(span);
    } else {
      target.append(textNode);
    }
    return opened;
  }
}
