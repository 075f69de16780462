// highlight(element): annotates the text of an existing element in place. With the CSS Custom
// Highlight API it paints ranges and never touches the DOM (safe under React/Vue); elsewhere it
// wraps text in <mark> elements and, on clear(), puts the original text nodes back exactly.

import { annotate as annotateText } from "./core.js";
import { layout } from "./layout.js";
import { LABELS, labelColor } from "./labels.js";
import { entityById, quotesOf } from "./card.js";

// Elements that break the text into blocks; the annotator sees a blank line between them.
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL".split(" "),
);
// Elements whose text is not article text.
const SKIP = new Set("SCRIPT STYLE TEMPLATE NOSCRIPT IFRAME OBJECT SVG MATH TEXTAREA SELECT BUTTON".split(" "));

/**
 * The text the annotator sees for `element`: its text nodes joined, with a blank line between
 * blocks and a newline for <br>. `segments` maps each text node to its range of that text.
 *
 * @returns {{text: string, segments: {node: Text, start: number, end: number}[]}}
 */
export function textOf(element) {
  let text = "";
  const segments = [];
  // Separators: a blank line around blocks (unless one is there already), a newline for <br>.
  const breakTo = (sep) => {
    if (!text) return;
    let newlines = 0;
    for (let i = text.length - 1; i >= 0 && /\s/.test(text[i]); i--) if (text[i] === "\n") newlines++;
    if (sep === "\n") text += "\n";
    else if (newlines < 2) text += "\n".repeat(2 - newlines);
  };
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!child.data) continue;
        segments.push({ node: child, start: text.length, end: text.length + child.data.length });
        // Outside <pre>, a line break in the markup is shown as a space: the annotator should
        // see it so too (same length, so offsets still map one to one onto the node).
        text += pre ? child.data : child.data.replace(/[\n\r\t\f]/g, " ");
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "BR") {
          breakTo("\n");
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) breakTo("\n\n");
        walk(child, pre || tag === "PRE");
        if (block) breakTo("\n\n");
      }
    }
  };
  walk(element, false);
  return { text, segments };
}

const supportsHighlights = () =>
  typeof CSS !== "undefined" && !!CSS.highlights && typeof Highlight === "function" && typeof StaticRange === "function";

let handles = 0;

/**
 * Annotates the text of `element` and highlights its mentions (and quotes) in place.
 *
 * @param {Element} element
 * @param {object} [options]
 * @param {string[]} [options.labels] labels to highlight (default: all)
 * @param {Record<string,string>} [options.colors] colours per label (and "QUOTE")
 * @param {boolean} [options.quotes=true] highlight quotes too
 * @param {"auto"|"highlights"|"wrap"} [options.mode="auto"]
 * @param {boolean} [options.observe=true] re-annotate when the element's content changes
 * @param {(info: object|null, event: Event) => void} [options.onHover]
 * @param {(info: object, event: Event) => void} [options.onClick]
 * @param {(text: string) => Promise<object>} [options.annotate] where annotations come from
 * @returns {Promise<HighlightHandle>}
 */
export async function highlight(element, options = {}) {
  const handle = new HighlightHandle(element, options);
  await handle.update();
  return handle;
}

export class HighlightHandle {
  constructor(element, options) {
    this.element = element;
    this.options = options;
    this.mode = options.mode && options.mode !== "auto" ? options.mode : supportsHighlights() ? "highlights" : "wrap";
    if (this.mode === "highlights" && !supportsHighlights()) this.mode = "wrap";
    this.id = `aa${++handles}`;
    this.text = "";
    this.annotation = null;
    this.painted = null;
    this.version = 0;
    this.sheet = null;
    this.hovered = null;
    this.listen();
    if (options.observe !== false && typeof MutationObserver === "function") {
      this.observer = new MutationObserver(() => this.scheduleUpdate());
      this.observer.observe(element, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Re-reads the element's text, annotates it again and repaints. */
  async update() {
    const version = ++this.version;
    const { text } = textOf(this.element);
    const annotate = this.options.annotate || ((t) => annotateText(t, { labels: this.options.labels }));
    const annotation = await annotate(text);
    if (version !== this.version || this.cleared) return this;
    this.unpaint();
    const now = textOf(this.element); // the page may have changed the DOM while we annotated
    if (now.text !== text) return this.update();
    this.text = text;
    this.annotation = annotation;
    this.paint(now.segments);
    return this;
  }

  /** Removes every highlight and listener; the DOM is left exactly as it was. */
  clear() {
    this.cleared = true;
    this.version++;
    clearTimeout(this.timer);
    if (this.observer) this.observer.disconnect();
    this.unpaint();
    for (const [type, fn] of this.listeners) this.element.removeEventListener(type, fn);
    this.listeners = [];
  }

  /** The mention (and its entity and quotes) at UTF-16 offset `offset` of the text. */
  infoAt(offset) {
    if (!this.annotation) return null;
    let best = null;
    for (const m of this.annotation.mentions) {
      if (m.start <= offset && offset < m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
    }
    return best && this.info(best);
  }

  info(mention) {
    const entity = entityById(this.annotation, mention.entity);
    return { mention, entity, quotes: entity ? quotesOf(this.annotation, entity.id) : [], annotation: this.annotation };
  }

  scheduleUpdate() {
    if (this.muted || this.cleared) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), this.options.debounce ?? 150);
  }

  paint(segments) {
    const keep = this.options.labels ? new Set(this.options.labels) : null;
    const mentions = this.annotation.mentions.filter((m) => !keep || keep.has(m.label));
    const quotes = this.options.quotes === false ? [] : this.annotation.quotes;
    this.installSheet(mentions);
    if (this.mode === "highlights") this.paintRanges(segments, mentions, quotes);
    else this.wrap(segments, mentions);
  }

  unpaint() {
    if (!this.painted) return;
    if (this.mode === "highlights") {
      for (const name of this.painted) CSS.highlights.delete(name);
    } else {
      this.mute(() => {
        for (const { original, nodes } of this.painted) {
          const first = nodes[0];
          if (first.parentNode) first.parentNode.insertBefore(original, first);
          for (const n of nodes) n.remove();
        }
      });
    }
    this.painted = null;
    const root = this.element.getRootNode();
    if (this.sheet && root.adoptedStyleSheets) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }

  // Our own DOM changes must not look like the page's to the observer.
  mute(fn) {
    this.muted = true;
    try {
      fn();
    } finally {
      if (this.observer) this.observer.takeRecords();
      this.muted = false;
    }
  }

  paintRanges(segments, mentions, quotes) {
    const byLabel = new Map();
    const add = (name, range) => {
      if (!range) return;
      if (!byLabel.has(name)) byLabel.set(name, []);
      byLabel.get(name).push(range);
    };
    for (const q of quotes) add("QUOTE", rangeOf(segments, q.start, q.end));
    for (const m of mentions) add(m.label, rangeOf(segments, m.start, m.end));
    this.painted = [];
    for (const [label, ranges] of byLabel) {
      const name = `${this.id}-${label}`;
      const hl = new Highlight(...ranges);
      hl.priority = label === "QUOTE" ? 0 : 1;
      CSS.highlights.set(name, hl);
      this.painted.push(name);
    }
  }

  wrap(segments, mentions) {
    const doc = this.element.ownerDocument;
    const parts = layout(this.text, { mentions, quotes: [], blocks: [] });
    const runs = parts.flatMap((p) => p.runs).filter((r) => r.mention);
    const painted = [];
    this.mute(() => {
      let r = 0;
      for (const seg of segments) {
        while (r < runs.length && runs[r].end <= seg.start) r++;
        const pieces = [];
        let at = seg.start;
        for (let k = r; k < runs.length && runs[k].start < seg.end; k++) {
          const s = Math.max(seg.start, runs[k].start);
          const e = Math.min(seg.end, runs[k].end);
          if (s > at) pieces.push(doc.createTextNode(this.text.slice(at, s)));
          const mark = doc.createElement("mark");
          mark.className = this.id;
          mark.dataset.aaLabel = runs[k].mention.label;
          mark.dataset.aaId = runs[k].mention.id;
          mark.append(doc.createTextNode(this.text.slice(s, e)));
          pieces.push(mark);
          at = e;
        }
        if (!pieces.length) continue;
        if (at < seg.end) pieces.push(doc.createTextNode(this.text.slice(at, seg.end)));
        const original = seg.node;
        for (const p of pieces) original.parentNode.insertBefore(p, original);
        original.remove();
        painted.push({ original, nodes: pieces });
      }
    });
    this.painted = painted;
  }

  installSheet(mentions) {
    const root = this.element.getRootNode();
    if (!root.adoptedStyleSheets || typeof CSSStyleSheet !== "function") return;
    const colors = this.options.colors || {};
    const labels = new Set(mentions.map((m) => m.label));
    const rules = [];
    for (const label of labels) {
      const color = labelColor(label, colors);
      const line = (LABELS[label] || {}).line || "solid";
      const look = `background-color: color-mix(in srgb, ${color} 28%, transparent); text-decoration: underline ${line} ${color} 2px;`;
      if (this.mode === "highlights") rules.push(`::highlight(${this.id}-${label}) { ${look} }`);
      else rules.push(`mark.${this.id}[data-aa-label="${label}"] { color: inherit; ${look} }`);
    }
    const quote = labelColor("QUOTE", colors);
    if (this.mode === "highlights") rules.push(`::highlight(${this.id}-QUOTE) { background-color: color-mix(in srgb, ${quote} 12%, transparent); }`);
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(rules.join("\n"));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  listen() {
    this.listeners = [];
    const on = (type, fn) => {
      this.element.addEventListener(type, fn);
      this.listeners.push([type, fn]);
    };
    const { onHover, onClick } = this.options;
    if (onHover) {
      on("pointermove", (event) => {
        const info = this.infoFromEvent(event);
        const id = info ? info.mention.id : null;
        if (id === this.hovered) return;
        this.hovered = id;
        onHover(info, event);
      });
      on("pointerleave", (event) => {
        if (this.hovered !== null) onHover(null, event);
        this.hovered = null;
      });
    }
    if (onClick) {
      on("click", (event) => {
        const info = this.infoFromEvent(event);
        if (info) onClick(info, event);
      });
    }
  }

  infoFromEvent(event) {
    if (!this.annotation) return null;
    if (this.mode === "wrap") {
      const mark = event.target.closest && event.target.closest(`mark.${this.id}`);
      const m = mark && this.annotation.mentions.find((x) => x.id === mark.dataset.aaId);
      return m ? this.info(m) : null;
    }
    const offset = this.offsetAtPoint(event.clientX, event.clientY);
    if (offset === null) return null;
    const info = this.infoAt(offset);
    if (!info) return null;
    // The caret API snaps to the nearest character; require the pointer to be on the mention.
    const range = rangeOf(textOf(this.element).segments, info.mention.start, info.mention.end);
    const live = range && toLiveRange(this.element.ownerDocument, range);
    if (!live) return null;
    for (const r of live.getClientRects()) {
      if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) return info;
    }
    return null;
  }

  offsetAtPoint(x, y) {
    const doc = this.element.ownerDocument;
    let node = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (doc.caretRangeFromPoint) {
      const range = doc.caretRangeFromPoint(x, y);
      if (range) ({ startContainer: node, startOffset: offset } = range);
    }
    if (!node || node.nodeType !== 3) return null;
    const seg = textOf(this.element).segments.find((s) => s.node === node);
    return seg ? seg.start + offset : null;
  }
}

// A static range from text offsets; null when the span falls in a separator only.
function rangeOf(segments, start, end) {
  const first = segmentAt(segments, start, false);
  const last = segmentAt(segments, end, true);
  if (!first || !last) return null;
  const startOffset = Math.max(0, start - first.start);
  const endOffset = Math.min(last.end - last.start, end - last.start);
  if (first === last && endOffset <= startOffset) return null;
  return new StaticRange({ startContainer: first.node, startOffset, endContainer: last.node, endOffset });
}

// The segment containing offset (as a start: the first whose end is after it; as an end: the
// last whose start is before it).
function segmentAt(segments, offset, isEnd) {
  let lo = 0;
  let hi = segments.length;
  if (!isEnd) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return segments[lo] || null;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return segments[lo - 1] || null;
}

function toLiveRange(doc, staticRange) {
  const range = doc.createRange();
  try {
    range.setStart(staticRange.startContainer, staticRange.startOffset);
    range.setEnd(staticRange.endContainer, staticRange.endOffset);
  } catch {
    return null;
  }
  return range;
}
