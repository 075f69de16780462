// Exports: the JSON contract, W3C Web Annotations, and the highlighted article as HTML.

import { LABELS, labelColor } from "./labels.js";
import { entityById } from "./card.js";

/** The annotation as pretty JSON, with the text it belongs to. */
export function toJSON(text, annotation) {
  return JSON.stringify({ text, ...annotation }, null, 2);
}

/**
 * The annotation as a W3C Web Annotation collection (JSON-LD): one annotation per mention and per
 * quote, each targeting the text with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector. Positions count Unicode code points, as the Web Annotation model says,
 * not the UTF-16 units of the JSON contract.
 */
export function toWebAnnotations(text, annotation, { source = "urn:article-annotator:text", context = 32 } = {}) {
  const toCodePoints = codePointCounter(text);
  const target = (start, end) => ({
    source,
    selector: [
      {
        type: "TextQuoteSelector",
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - context), start),
        suffix: text.slice(end, end + context),
      },
      { type: "TextPositionSelector", start: toCodePoints(start), end: toCodePoints(end) },
    ],
  });
  const items = [];
  for (const m of annotation.mentions) {
    const body = [{ type: "TextualBody", purpose: "tagging", value: m.label }];
    const entity = entityById(annotation, m.entity);
    if (entity) body.push({ type: "TextualBody", purpose: "identifying", value: entity.name });
    if (m.value) body.push({ type: "TextualBody", purpose: "describing", value: m.value });
    items.push({ id: `${source}#${m.id}`, type: "Annotation", motivation: "tagging", body, target: target(m.start, m.end) });
  }
  for (const q of annotation.quotes) {
    const body = [{ type: "TextualBody", purpose: "tagging", value: "QUOTE" }];
    const entity = entityById(annotation, q.speaker_entity);
    const speaker = entity ? entity.name : q.speaker && q.speaker.text;
    if (speaker) body.push({ type: "TextualBody", purpose: "describing", value: `Speaker: ${speaker}` });
    items.push({ id: `${source}#${q.id}`, type: "Annotation", motivation: "describing", body, target: target(q.start, q.end) });
  }
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

// UTF-16 offset -> code point offset, linear in the text once, then a binary search.
function codePointCounter(text) {
  const pairs = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i); // offset of the low surrogate
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/**
 * The highlighted article as standalone HTML: the rendered article's elements with their colours
 * inlined (the clipboard has no stylesheet). Serialized by hand rather than through a styled
 * clone, so no inline style ever touches a document under a strict CSP; text is escaped.
 */
export function toHTML(articleElement, { colors = {} } = {}) {
  const out = [];
  const write = (node) => {
    if (node.nodeType === 3) {
      out.push(escapeText(node.data));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.localName;
    const attrs = [];
    for (const { name, value } of node.attributes) {
      if (name === "class" || name.startsWith("data-")) attrs.push([name, value]);
    }
    if (tag === "mark" && node.dataset.label) {
      const label = node.dataset.label;
      const info = LABELS[label];
      const color = labelColor(label, colors);
      attrs.push(["title", info ? info.name : label]);
      attrs.push(["style", `background:${color}40;color:inherit;text-decoration:underline ${info ? info.line : "solid"} ${color} 2px`]);
    } else if (node.classList.contains("aa-quote")) {
      attrs.push(["style", `background:${labelColor("QUOTE", colors)}1a`]);
    }
    out.push(`<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("")}>`);
    for (let child = node.firstChild; child; child = child.nextSibling) write(child);
    out.push(`</${tag}>`);
  };
  write(articleElement);
  return out.join("");
}

const escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (s) => escapeText(s).replace(/"/g, "&quot;");
