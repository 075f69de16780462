// Turns a rich paste (the "text/html" flavour of the clipboard) into article text and blocks.
//
//   import { htmlToArticle } from "./html-paste.js";
//   const { text, blocks } = htmlToArticle(event.clipboardData.getData("text/html"));
//   // text:   the article as plain text, one block per line, blocks separated by a blank line
//   // blocks: [{ kind: "headline", start: 0, end: 42 }, …] in text order
//
// A pure function: the HTML is parsed by DOMParser into an inert document (no scripts run, no
// images or styles load, nothing is inserted into the live page) and only read. Scripts, styles,
// navigation, forms, media, asides, footers, share rows, ads, related-article lists and
// screen-reader-only labels ("External link") are left out; headings, paragraphs, list items,
// block quotes, figure captions and credits, bylines and date lines become blocks.
//
// Offsets are UTF-16 code units, as `String.prototype.slice` counts them:
// `text.slice(block.start, block.end)` is the block's text. The kinds are those of the Rust
// side's `BlockKind` ("headline", "dateline", "byline", "caption", "credit", "heading",
// "paragraph", "boilerplate"); the annotator reads the returned `text` again and may refine them.

/** @typedef {"headline"|"dateline"|"byline"|"caption"|"credit"|"heading"|"paragraph"|"boilerplate"} BlockKind */
/** @typedef {{ kind: BlockKind, start: number, end: number }} HtmlBlock */

/** Elements whose content never reaches the article. */
const SKIPPED_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "ASIDE", "FOOTER", "FORM", "BUTTON", "SELECT", "TEXTAREA",
  "INPUT", "LABEL", "IFRAME", "OBJECT", "EMBED", "SVG", "svg", "MATH", "math", "CANVAS", "VIDEO", "AUDIO", "IMG",
  "PICTURE", "SOURCE", "DIALOG", "MENU", "HEAD", "TITLE", "META", "LINK", "MAP", "AREA",
]);

/** ARIA roles of page furniture. */
const SKIPPED_ROLES = new Set([
  "navigation", "banner", "complementary", "contentinfo", "search", "menu", "menubar", "dialog", "alertdialog",
  "toolbar", "tablist",
]);

/** Class or id words that mark furniture: ads, share rows, teasers, text for screen readers only. */
const SKIPPED_CLASS =
  /(^|[\s_-])(sr-only|visually-?hidden|screen-?reader(-text|-only)?|a11y-hidden|ad|ads|advert|advertisement|sponsored|share|sharing|social|newsletter|related|recommended|promo|cookie|cookies|subscribe|paywall|breadcrumbs?|comments?)($|[\s_-])/i;

/** Elements that start a new block. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "H1",
  "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "SUMMARY",
  "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "CAPTION", "UL", "BODY",
]);

const CREDIT_CLASS = /(^|[\s_-])(credit|credits|copyright|photographer|image-source|source)($|[\s_-])/i;
const BYLINE_CLASS = /(^|[\s_-])(byline|author|authors|contributor)($|[\s_-])/i;
const DATELINE_CLASS = /(^|[\s_-])(dateline|timestamp|published|updated|date|pubdate)($|[\s_-])/i;

function classWords(el) {
  return `${el.getAttribute("class") || ""} ${el.id || ""}`;
}

function isSkipped(el) {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  if (SKIPPED_ROLES.has((el.getAttribute("role") || "").toLowerCase())) return true;
  return SKIPPED_CLASS.test(classWords(el));
}

/** The kind an element gives to the text inside it, or `inherited` when it says nothing. */
function kindOf(el, inherited, state) {
  const tag = el.tagName.toUpperCase();
  const words = classWords(el);
  if (CREDIT_CLASS.test(words)) return "credit";
  if (tag === "FIGCAPTION" || tag === "CAPTION") return "caption";
  if (tag === "H1") return state.headlineSeen ? "heading" : "headline";
  if (/^H[2-6]$/.test(tag)) return "heading";
  if (tag === "ADDRESS" || el.getAttribute("rel") === "author" || BYLINE_CLASS.test(words)) return "byline";
  if (tag === "TIME" || DATELINE_CLASS.test(words)) return inherited === "paragraph" ? "dateline" : inherited;
  return inherited;
}

/**
 * Reads the article out of a parsed document. Reads `doc` only; never writes to it.
 * @param {Document} doc
 * @returns {{ text: string, blocks: HtmlBlock[] }}
 */
export function documentToArticle(doc) {
  const state = { text: "", blocks: [], headlineSeen: false };
  const root = doc.body || doc.documentElement;
  if (root) {
    const buffer = { text: "", kind: "paragraph", onlyTime: true, sawTime: false };
    walk(root, "paragraph", state, buffer);
    flush(state, buffer);
  }
  return { text: state.text, blocks: state.blocks };
}

/**
 * Parses pasted HTML in an inert document and reads the article out of it.
 * @param {string} html
 * @returns {{ text: string, blocks: HtmlBlock[] }}
 */
export function htmlToArticle(html) {
  const doc = new DOMParser().parseFromString(String(html ?? ""), "text/html");
  return documentToArticle(doc);
}

/** Ends the block being gathered: white space collapsed, appended to the text if not empty. */
function flush(state, buffer) {
  const content = buffer.text.replace(/[\s\u00a0]+/g, " ").trim();
  const kind = buffer.onlyTime && buffer.sawTime ? "dateline" : buffer.kind;
  buffer.text = "";
  buffer.onlyTime = true;
  buffer.sawTime = false;
  if (!content) return;
  if (state.text) state.text += "\n\n";
  const start = state.text.length;
  state.text += content;
  state.blocks.push({ kind, start, end: state.text.length });
  if (kind === "headline") state.headlineSeen = true;
}

function walk(node, kind, state, buffer) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if (/\S/.test(child.data)) buffer.onlyTime = buffer.onlyTime && buffer.inTime === true;
      buffer.text += child.data;
      continue;
    }
    if (child.nodeType !== 1 || isSkipped(child)) continue;
    const tag = child.tagName.toUpperCase();
    const childKind = kindOf(child, kind, state);
    if (tag === "BR") {
      buffer.text += " ";
    } else if (BLOCK_TAGS.has(tag) || tag === "HR") {
      flush(state, buffer);
      const inner = { text: "", kind: childKind, onlyTime: true, sawTime: false };
      walk(child, childKind, state, inner);
      flush(state, inner);
    } else if (childKind !== kind && (childKind === "credit" || kind === "caption")) {
      // A credit inside a caption ("… New York. <span class=credit>Twitter</span>") is a block.
      flush(state, buffer);
      const inner = { text: "", kind: childKind, onlyTime: true, sawTime: false };
      walk(child, childKind, state, inner);
      flush(state, inner);
      buffer.kind = kind;
    } else {
      const wasInTime = buffer.inTime;
      if (tag === "TIME") {
        buffer.inTime = true;
        buffer.sawTime = true;
      }
      walk(child, kind, state, buffer);
      buffer.inTime = wasInTime;
    }
  }
}
