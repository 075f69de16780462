// The stylesheet of the annotated article, legend, card and panel, shared by the page and the
// custom element. It is applied as a constructed stylesheet (adoptedStyleSheets), which a strict
// Content-Security-Policy (style-src 'self') allows, unlike <style> elements or style attributes.

import { FAMILIES, LABELS, labelColor } from "./labels.js";

/** CSS custom properties for the label colours; `overrides` maps labels to colours. */
export function colorVariables(overrides = {}) {
  const lines = Object.keys(LABELS).map((l) => `--aa-${l}: ${labelColor(l, overrides)};`);
  lines.push(`--aa-QUOTE: ${overrides.QUOTE || FAMILIES.quotes.color};`);
  return lines.join(" ");
}

function labelRules() {
  return Object.entries(LABELS)
    .map(
      ([label, info]) => `
.aa-article mark[data-label="${label}"], .aa-swatch[data-label="${label}"] {
  --aa-c: var(--aa-${label}); text-decoration-style: ${info.line};
}
.aa-article mark[data-label="${label}"]::after { content: "${info.abbr}" / ", ${info.spoken}"; }
.aa-article.aa-hide-${label} mark[data-label="${label}"] { background: none; text-decoration: none; }
.aa-article.aa-hide-${label} mark[data-label="${label}"]::after { content: none; }`,
    )
    .join("\n");
}

export const ARTICLE_CSS = `
:root, :host, .aa-root { ${colorVariables()} --aa-tint: 22%; --aa-fg: CanvasText; --aa-bg: Canvas; }
@media (prefers-color-scheme: dark) { :root, :host, .aa-root { --aa-tint: 34%; } }
.aa-article { line-height: 1.7; overflow-wrap: anywhere; }
.aa-article .aa-chunk { content-visibility: auto; contain-intrinsic-size: auto 35em; }
.aa-article .aa-block { white-space: pre-wrap; margin: 0 0 0.9em; }
.aa-article h2.aa-block { font-size: 1.6em; line-height: 1.25; margin-bottom: 0.6em; }
.aa-article h3.aa-block { font-size: 1.2em; margin-top: 1.2em; }
.aa-article [data-block="dateline"], .aa-article [data-block="byline"], .aa-article [data-block="credit"] {
  font-size: 0.9em; opacity: 0.85; font-style: italic;
}
.aa-article [data-block="boilerplate"] { opacity: 0.6; font-size: 0.85em; }
.aa-article figure.aa-figure { margin: 0 0 0.9em; padding: 0.4em 0.8em; border-left: 4px double currentColor; }
.aa-article figcaption.aa-block { margin: 0; font-size: 0.9em; }
.aa-article mark {
  color: inherit; background: color-mix(in srgb, var(--aa-c) var(--aa-tint), transparent);
  text-decoration-line: underline; text-decoration-color: var(--aa-c); text-decoration-thickness: 2px;
  text-underline-offset: 0.22em; border-radius: 2px; padding: 0 1px; cursor: pointer;
}
.aa-article mark::after {
  font-size: 0.58em; font-weight: 700; letter-spacing: 0.02em; vertical-align: 0.6em; margin-left: 1px;
  padding: 0 2px; border-radius: 2px; border: 1px solid var(--aa-c); line-height: 1; text-decoration: none;
  display: inline-block;
}
.aa-article.aa-no-badges mark::after { content: none; }
.aa-article mark:focus-visible, .aa-article .aa-quote:focus-visible { outline: 3px solid var(--aa-focus, Highlight); outline-offset: 2px; }
.aa-article .aa-quote {
  background: color-mix(in srgb, var(--aa-QUOTE) 10%, transparent);
  box-shadow: inset 3px 0 0 var(--aa-QUOTE); padding-left: 4px; box-decoration-break: slice;
}
.aa-article .aa-cue { font-style: italic; text-decoration: underline dotted var(--aa-QUOTE) 2px; }
.aa-article .aa-speaker { font-weight: 650; }
.aa-article.aa-hide-QUOTE .aa-quote { background: none; box-shadow: none; }
.aa-article.aa-has-lit mark:not(.aa-lit) { opacity: 0.55; }
.aa-article mark.aa-lit { outline: 2px solid var(--aa-c); outline-offset: 1px; opacity: 1; }
.aa-article .aa-quote.aa-lit { background: color-mix(in srgb, var(--aa-QUOTE) 24%, transparent); }
${labelRules()}
.aa-legend { display: flex; flex-wrap: wrap; gap: 0.3em; padding: 0; margin: 0; list-style: none; }
.aa-legend button {
  font: inherit; font-size: 0.85em; display: inline-flex; align-items: center; gap: 0.35em; padding: 0.15em 0.5em;
  border: 1px solid color-mix(in srgb, currentColor 35%, transparent); border-radius: 1em; background: none; color: inherit; cursor: pointer;
}
.aa-legend button[aria-pressed="false"] { opacity: 0.5; text-decoration: line-through; }
.aa-legend button:focus-visible { outline: 3px solid var(--aa-focus, Highlight); }
.aa-swatch {
  display: inline-block; min-width: 2.2em; text-align: center; font-size: 0.75em; font-weight: 700;
  background: color-mix(in srgb, var(--aa-c) var(--aa-tint), transparent); border-radius: 2px;
  text-decoration-line: underline; text-decoration-color: var(--aa-c); text-decoration-thickness: 2px;
}
.aa-swatch[data-label="QUOTE"] { --aa-c: var(--aa-QUOTE); text-decoration-style: solid; }
.aa-count { font-variant-numeric: tabular-nums; font-weight: 600; }
.aa-card {
  position: absolute; z-index: 10; max-width: min(22rem, 90vw); padding: 0.6em 0.8em; border-radius: 6px;
  background: Canvas; color: CanvasText; border: 1px solid color-mix(in srgb, CanvasText 30%, transparent);
  box-shadow: 0 4px 18px rgb(0 0 0 / 0.25); font-size: 0.9rem; line-height: 1.4; pointer-events: none;
}
.aa-card[hidden] { display: none; }
.aa-card .aa-card-title { margin: 0 0 0.3em; font-size: 1rem; font-weight: 700; }
.aa-card dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.15em 0.6em; }
.aa-card dt { font-weight: 600; opacity: 0.8; }
.aa-card dd { margin: 0; }
.aa-card .aa-card-note { margin: 0.4em 0 0; font-size: 0.85rem; }
.aa-panel h3 { font-size: 1rem; margin: 1em 0 0.3em; }
.aa-panel ul { list-style: none; margin: 0; padding: 0; }
.aa-panel li { margin: 0.15em 0; }
.aa-panel h4 { font-size: 0.9rem; margin: 0.6em 0 0.2em; }
.aa-panel button {
  font: inherit; text-align: left; width: 100%; background: none; color: inherit; cursor: pointer;
  border: 1px solid transparent; border-radius: 4px; padding: 0.2em 0.4em;
}
.aa-panel button:hover, .aa-panel button:focus-visible { border-color: currentColor; }
.aa-panel .aa-meta { display: block; font-size: 0.82em; opacity: 0.8; }
.aa-panel blockquote { margin: 0.2em 0 0.4em 0.6em; font-size: 0.9em; }
.aa-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

let shared = null;

/** The shared constructed stylesheet (one per realm). */
export function articleSheet() {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(ARTICLE_CSS);
  }
  return shared;
}

/** Adds `sheet` to a document or shadow root once. */
export function adoptSheet(root, sheet) {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
