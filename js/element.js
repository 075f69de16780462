// <article-annotator>: the whole reading experience in one tag. Its text content (or its `text`
// property) is annotated and shown in its shadow root with a legend, cards and a side panel.
// Styles come as a constructed stylesheet, so a strict CSP needs no 'unsafe-inline'.

import { annotate } from "./core.js";
import { ArticleView } from "./viewer.js";
import { articleSheet, adoptSheet } from "./styles.js";

const LAYOUT_CSS = `
:host { display: block; position: relative; }
.aa-root { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; position: relative; }
:host([panel]) .aa-root { grid-template-columns: minmax(0, 3fr) minmax(12rem, 1fr); }
@media (max-width: 40rem) { :host([panel]) .aa-root { grid-template-columns: minmax(0, 1fr); } }
.aa-legend { grid-column: 1 / -1; }
[part="panel"]:empty { display: none; }
`;

let layoutSheet = null;

/**
 * Defines the custom element (once) under `name` and returns its class. Call it in a browser;
 * importing "article-annotator/element" does it for you.
 */
export function defineArticleAnnotator(name = "article-annotator") {
  const existing = customElements.get(name);
  if (existing) return existing;

  class ArticleAnnotatorElement extends HTMLElement {
    static observedAttributes = ["labels"];

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      if (!layoutSheet) {
        layoutSheet = new CSSStyleSheet();
        layoutSheet.replaceSync(LAYOUT_CSS);
      }
      adoptSheet(root, articleSheet());
      adoptSheet(root, layoutSheet);
      const doc = this.ownerDocument;
      const wrap = doc.createElement("div");
      wrap.className = "aa-root";
      const legend = doc.createElement("ul");
      legend.setAttribute("part", "legend");
      legend.setAttribute("aria-label", "Labels");
      const article = doc.createElement("article");
      article.setAttribute("part", "article");
      const panel = doc.createElement("aside");
      panel.setAttribute("part", "panel");
      panel.setAttribute("aria-label", "People, organizations, places and quotes");
      const card = doc.createElement("div");
      wrap.append(legend, article, panel, card);
      root.append(wrap);
      this.view = new ArticleView({ article, legend, panel: this.hasAttribute("panel") ? panel : null, card });
      this._text = null;
      this._run = 0;
    }

    connectedCallback() {
      if (this.view.panel === null && this.hasAttribute("panel")) this.view.panel = this.shadowRoot.querySelector("[part=panel]");
      // The article is the element's own text unless set through `text`: follow its changes.
      this.observer = new MutationObserver(() => {
        if (this._text === null) this.refresh();
      });
      this.observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.refresh();
    }

    disconnectedCallback() {
      if (this.observer) this.observer.disconnect();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.refresh();
    }

    /** The article text; defaults to the element's own text content. */
    get text() {
      return this._text ?? this.textContent;
    }

    set text(value) {
      this._text = String(value);
      if (this.isConnected) this.refresh();
    }

    /** The last annotation shown (the JSON contract), or null. */
    get annotation() {
      return this.view.annotation;
    }

    /** Annotates and renders again; resolves when done. Fires "annotated" with the annotation. */
    async refresh() {
      const run = ++this._run;
      const text = this.text;
      const labels = this.getAttribute("labels");
      const annotation = await annotate(text, labels ? { labels: labels.split(/[\s,]+/).filter(Boolean) } : undefined);
      if (run !== this._run) return;
      await this.view.show(text, annotation);
      this.dispatchEvent(new CustomEvent("annotated", { detail: annotation }));
    }
  }

  customElements.define(name, ArticleAnnotatorElement);
  return ArticleAnnotatorElement;
}
