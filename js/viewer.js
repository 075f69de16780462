// The reading experience around a rendered article: legend with counts and toggles, the hover /
// focus card, lighting up an entity, the side panel, keyboard moves. Used by the page in www/
// and by the <article-annotator> element.

import { renderArticle } from "./render.js";
import { countLabels } from "./layout.js";
import { LABELS, LABEL_NAMES } from "./labels.js";
import { describeMention, describeQuote, entityById, quotesOf, writeCard } from "./card.js";

const PANEL_LIMIT = 200;

/**
 * Resolves once the browser has painted what is in the DOM now: a frame callback runs just
 * before the frame's style, layout and paint, and a task queued from it runs after them.
 */
export function afterPaint(doc = globalThis.document) {
  const win = doc && doc.defaultView;
  if (!win || typeof win.requestAnimationFrame !== "function" || doc.hidden) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
}
const esc = (s) => (typeof CSS !== "undefined" && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, "\\$&"));

export class ArticleView {
  /**
   * @param {{article: HTMLElement, legend?: HTMLElement, panel?: HTMLElement, card?: HTMLElement}} parts
   */
  constructor({ article, legend = null, panel = null, card = null }) {
    this.article = article;
    this.legend = legend;
    this.panel = panel;
    this.card = card;
    this.text = "";
    this.annotation = null;
    this.hidden = new Set();
    this.lit = null;
    article.classList.add("aa-article");
    if (card) {
      card.classList.add("aa-card");
      card.setAttribute("role", "tooltip");
      card.hidden = true;
    }
    this.bind();
  }

  /**
   * Renders `text` with `annotation`; resolves to false when `signal` aborted it.
   * `onArticle()` is called as soon as the article and legend are written; the side panel is
   * built after the browser has painted them, so that it never delays the highlights.
   */
  async show(text, annotation, { signal, onProgress, onArticle } = {}) {
    this.hideCard();
    const result = await renderArticle(this.article, text, annotation, { signal, onProgress });
    if (!result.complete) return false;
    this.text = text;
    this.annotation = annotation;
    this.lit = null;
    if (this.article.classList.contains("aa-has-lit")) this.article.classList.remove("aa-has-lit");
    if (this.legend) this.renderLegend();
    if (onArticle) onArticle();
    if (this.panel) {
      await afterPaint(this.article.ownerDocument);
      if (signal && signal.aborted) return false;
      this.renderPanel();
    }
    return true;
  }

  setLabelVisible(label, visible) {
    if (visible) this.hidden.delete(label);
    else this.hidden.add(label);
    this.article.classList.toggle(`aa-hide-${label}`, !visible);
    const button = this.legend && this.legend.querySelector(`button[data-label="${esc(label)}"]`);
    if (button) button.setAttribute("aria-pressed", String(visible));
  }

  renderLegend() {
    const doc = this.legend.ownerDocument;
    const counts = countLabels(this.annotation);
    counts.QUOTE = this.annotation.quotes.length;
    const items = [];
    for (const label of [...LABEL_NAMES, "QUOTE"]) {
      if (!counts[label]) continue;
      const info = LABELS[label] || { name: "Quote", abbr: "“ ”" };
      const li = doc.createElement("li");
      const button = doc.createElement("button");
      button.type = "button";
      button.dataset.label = label;
      button.setAttribute("aria-pressed", String(!this.hidden.has(label)));
      const swatch = doc.createElement("span");
      swatch.className = "aa-swatch";
      swatch.dataset.label = label;
      swatch.setAttribute("aria-hidden", "true");
      swatch.textContent = info.abbr;
      const name = doc.createElement("span");
      name.textContent = info.name;
      const count = doc.createElement("span");
      count.className = "aa-count";
      count.textContent = String(counts[label]);
      button.append(swatch, name, count);
      button.addEventListener("click", () => this.setLabelVisible(label, this.hidden.has(label)));
      li.append(button);
      items.push(li);
    }
    this.legend.classList.add("aa-legend");
    this.legend.replaceChildren(...items);
  }

  renderPanel() {
    const doc = this.panel.ownerDocument;
    const a = this.annotation;
    const bySalience = (x, y) => y.salience - x.salience || x.mentions.length - y.mentions.length || 0;
    const sections = [];
    // Each list shows its first PANEL_LIMIT items; only those are built.
    const section = (title, items, build, total = items.length) => {
      if (!items.length) return;
      const wrap = doc.createElement("section");
      const h = doc.createElement("h3");
      h.textContent = `${title} (${total})`;
      const ul = doc.createElement("ul");
      for (const item of items.slice(0, PANEL_LIMIT)) ul.append(build(item));
      if (items.length > PANEL_LIMIT) {
        const li = doc.createElement("li");
        li.textContent = `and ${items.length - PANEL_LIMIT} more`;
        ul.append(li);
      }
      wrap.append(h, ul);
      sections.push(wrap);
    };
    const entityItem = (e) => {
      const quotes = quotesOf(a, e.id);
      const n = e.mentions.length;
      // A speaker known only by a description ("the Swiss foreign ministry said") has quotes but
      // no name mention: say nothing of mentions, and choosing it goes to its first quote.
      const meta = [e.roles.join("; "), n ? `${n} mention${n === 1 ? "" : "s"}` : "", quotes.length ? `quoted ${quotes.length}×` : ""].filter(Boolean);
      const go = n ? { mention: e.mentions[0] } : { quote: quotes[0] && quotes[0].id };
      return this.panelButton(e.name, meta.join(" · "), () => this.choose({ entity: e.id, ...go }), { entity: e.id });
    };
    const of = (...labels) => a.entities.filter((e) => labels.includes(e.label)).sort(bySalience);
    section("People", of("PERSON"), entityItem);
    section("Organizations", of("ORG"), entityItem);
    section("Places", of("GPE", "LOC", "FAC"), entityItem);

    // Quotes grouped by speaker, the most salient speakers first.
    const groups = new Map();
    for (const q of a.quotes) {
      const entity = entityById(a, q.speaker_entity);
      const key = entity ? entity.id : q.speaker ? `text:${q.speaker.text}` : "none";
      if (!groups.has(key)) groups.set(key, { entity, name: entity ? entity.name : q.speaker ? q.speaker.text : "Unattributed", quotes: [] });
      groups.get(key).quotes.push(q);
    }
    const ordered = [...groups.values()].sort(
      (x, y) => (y.entity ? y.entity.salience : -1) - (x.entity ? x.entity.salience : -1) || y.quotes.length - x.quotes.length,
    );
    const quoteGroup = (g) => {
      const li = doc.createElement("li");
      const h = doc.createElement("h4");
      h.textContent = `${g.name} (${g.quotes.length})`;
      const ul = doc.createElement("ul");
      for (const q of g.quotes.slice(0, PANEL_LIMIT)) {
        const excerpt = q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text;
        ul.append(this.panelButton(excerpt, q.cue ? `${q.kind} · ${q.cue.text}` : q.kind, () => this.choose({ entity: q.speaker_entity, quote: q.id }), { quote: q.id }));
      }
      li.append(h, ul);
      return li;
    };
    section("Quotes", ordered, quoteGroup, a.quotes.length);
    if (!sections.length) {
      const p = doc.createElement("p");
      p.textContent = "No people, organizations, places or quotes found yet.";
      sections.push(p);
    }
    this.panel.classList.add("aa-panel");
    this.panel.replaceChildren(...sections);
  }

  panelButton(label, meta, onChoose, data) {
    const doc = this.panel.ownerDocument;
    const li = doc.createElement("li");
    const button = doc.createElement("button");
    button.type = "button";
    Object.assign(button.dataset, data);
    button.append(doc.createTextNode(label));
    if (meta) {
      const span = doc.createElement("span");
      span.className = "aa-meta";
      span.textContent = meta;
      button.append(span);
    }
    button.addEventListener("click", onChoose);
    li.append(button);
    return li;
  }

  /** Lights up an entity and scrolls to (and focuses) a mention or quote of it. */
  choose({ entity = null, mention = null, quote = null }) {
    this.light(entity);
    const target = quote
      ? this.article.querySelector(`.aa-quote[data-quote="${esc(quote)}"]`)
      : mention && this.article.querySelector(`mark[data-id="${esc(mention)}"]`);
    if (!target) return;
    if (target.tabIndex < 0 || !target.hasAttribute("tabindex")) target.tabIndex = -1;
    target.scrollIntoView({ block: "center", behavior: "instant" });
    target.focus({ preventScroll: true });
  }

  /** Lights up every mention of entity `id` and the quotes it said; null switches it off. */
  light(id) {
    for (const el of this.article.querySelectorAll(".aa-lit")) el.classList.remove("aa-lit");
    this.lit = id;
    this.article.classList.toggle("aa-has-lit", !!id);
    if (!id) return;
    for (const el of this.article.querySelectorAll(`mark[data-entity="${esc(id)}"], .aa-quote[data-speaker="${esc(id)}"]`)) {
      el.classList.add("aa-lit");
    }
  }

  showCard(target) {
    if (!this.card || !this.annotation) return;
    const description = target.matches("mark")
      ? describeMention(this.annotation, target.dataset.id)
      : describeQuote(this.annotation, target.dataset.quote, this.text);
    if (!description) return;
    writeCard(this.card, description);
    this.card.hidden = false;
    if (!this.card.id) this.card.id = `aa-card-${Math.random().toString(36).slice(2)}`;
    if (this.cardFor && this.cardFor !== target) this.cardFor.removeAttribute("aria-describedby");
    target.setAttribute("aria-describedby", this.card.id);
    this.cardFor = target;
    const host = this.card.offsetParent || this.card.ownerDocument.body;
    const box = host.getBoundingClientRect();
    const r = target.getClientRects()[0] || target.getBoundingClientRect();
    const width = this.card.offsetWidth;
    const left = Math.max(4, Math.min(r.left - box.left + host.scrollLeft, host.clientWidth - width - 4));
    this.card.style.setProperty("left", `${left}px`);
    this.card.style.setProperty("top", `${r.bottom - box.top + host.scrollTop + 6}px`);
  }

  hideCard() {
    if (!this.card) return;
    this.card.hidden = true;
    if (this.cardFor) this.cardFor.removeAttribute("aria-describedby");
    this.cardFor = null;
  }

  targets() {
    return [...this.article.querySelectorAll("mark.aa-mention, .aa-quote")];
  }

  bind() {
    const a = this.article;
    const targetOf = (event) => event.target.closest && event.target.closest("mark.aa-mention, .aa-quote");
    a.addEventListener("pointerover", (event) => {
      const t = targetOf(event);
      if (t) this.showCard(t);
    });
    a.addEventListener("pointerout", (event) => {
      const t = targetOf(event);
      if (t && !t.contains(event.relatedTarget) && t !== a.ownerDocument.activeElement) this.hideCard();
    });
    a.addEventListener("focusin", (event) => {
      const t = targetOf(event);
      if (t) this.showCard(t);
    });
    a.addEventListener("focusout", () => this.hideCard());
    a.addEventListener("click", (event) => {
      const t = targetOf(event);
      if (!t) return this.light(null);
      const entity = t.dataset.entity || t.dataset.speaker || null;
      this.light(entity && entity !== this.lit ? entity : null);
    });
    a.addEventListener("keydown", (event) => {
      const t = targetOf(event);
      if (!t) return;
      if (event.key === "Escape") {
        this.hideCard();
        this.light(null);
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        t.click();
      } else if (["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"].includes(event.key)) {
        const all = this.targets();
        const i = all.indexOf(t);
        const next =
          event.key === "Home" ? 0 : event.key === "End" ? all.length - 1 : event.key === "ArrowRight" || event.key === "ArrowDown" ? i + 1 : i - 1;
        if (next < 0 || next >= all.length) return;
        event.preventDefault();
        // Roving tab stop: only the current highlight is in the tab order.
        t.tabIndex = -1;
        all[next].tabIndex = 0;
        all[next].focus();
      }
    });
  }
}
