// What the hover/focus card says about a mention or a quote: pure functions from the annotation to
// a title and fields, and a small DOM writer. Everything is written as text.

import { LABELS } from "./labels.js";

const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "it", "we", "i"]);

// Lookups built on first use, once per annotation (kept on it, not enumerable).
function lookup(annotation, name, build) {
  let cache = annotation.__aaIndex;
  if (!cache) {
    cache = {};
    Object.defineProperty(annotation, "__aaIndex", { value: cache, enumerable: false });
  }
  return cache[name] || (cache[name] = build());
}

function indexes(annotation) {
  return {
    get mentions() {
      return lookup(annotation, "mentions", () => new Map(annotation.mentions.map((m) => [m.id, m])));
    },
    get entities() {
      return lookup(annotation, "entities", () => new Map(annotation.entities.map((e) => [e.id, e])));
    },
    get quotesBy() {
      return lookup(annotation, "quotesBy", () => {
        const by = new Map();
        for (const q of annotation.quotes) {
          if (!q.speaker_entity) continue;
          if (!by.has(q.speaker_entity)) by.set(q.speaker_entity, []);
          by.get(q.speaker_entity).push(q);
        }
        return by;
      });
    },
  };
}

/** The entity with `id`, or null. */
export function entityById(annotation, id) {
  return (id && indexes(annotation).entities.get(id)) || null;
}

/** Quotes attributed to entity `id`, in text order. */
export function quotesOf(annotation, id) {
  return indexes(annotation).quotesBy.get(id) || [];
}

/** The card for mention `id`: {title, fields: [name, value][], note}. */
export function describeMention(annotation, id) {
  const m = indexes(annotation).mentions.get(id);
  if (!m) return null;
  const info = LABELS[m.label] || { name: m.label, abbr: m.label };
  const fields = [["Label", `${info.name} (${info.abbr})`]];
  const entity = entityById(annotation, m.entity);
  if (entity) {
    if (entity.name !== m.text) fields.push(["Refers to", entity.name]);
    if (entity.roles.length) fields.push(["Roles", entity.roles.join("; ")]);
    fields.push(["Mentions", String(entity.mentions.length)]);
    const quoted = quotesOf(annotation, entity.id).length;
    if (quoted) fields.push(["Quoted", `${quoted} time${quoted === 1 ? "" : "s"}`]);
  }
  if (m.value) fields.push(["Value", m.value]);
  return { title: m.text, fields, note: entity ? "Click to light up every mention and quote." : "" };
}

/** The card for quote `id`, with why it was attributed to its speaker. */
export function describeQuote(annotation, id, text) {
  const q = annotation.quotes.find((x) => x.id === id);
  if (!q) return null;
  const entity = entityById(annotation, q.speaker_entity);
  const fields = [["Kind", `${q.kind} quote`]];
  if (q.speaker) fields.push(["Speaker", entity && entity.name !== q.speaker.text ? `${q.speaker.text} → ${entity.name}` : q.speaker.text]);
  else fields.push(["Speaker", "not found"]);
  if (q.cue) fields.push(["Cue", q.cue.text]);
  const excerpt = q.text.length > 90 ? `${q.text.slice(0, 87)}…` : q.text;
  return { title: excerpt, fields, note: whyAttributed(q, entity, text) };
}

/** A sentence explaining the attribution, read off the spans of the quote, cue and speaker. */
export function whyAttributed(q, entity) {
  if (!q.speaker) return "No speaker was found next to this quote.";
  const reasons = [];
  const content = q.content.length ? q.content : [{ start: q.start, end: q.end }];
  const first = content[0].start;
  const last = content[content.length - 1].end;
  if (q.cue) {
    const where = q.cue.start >= last ? "follows" : q.cue.end <= first ? "introduces" : "interrupts";
    reasons.push(`The speech verb “${q.cue.text}” ${where} the quote and has “${q.speaker.text}” as its subject.`);
  } else {
    reasons.push(`“${q.speaker.text}” is named next to the quote.`);
  }
  if (entity) {
    const word = q.speaker.text.toLowerCase();
    if (PRONOUNS.has(word)) reasons.push(`“${q.speaker.text}” refers back to ${entity.name}, named earlier.`);
    else if (entity.name !== q.speaker.text) reasons.push(`“${q.speaker.text}” is a short form of ${entity.name}.`);
  }
  if (q.kind === "indirect") reasons.push("Reported speech: the words are not in quotation marks.");
  return reasons.join(" ");
}

/** Writes a description into `card` (an element with role=tooltip). */
export function writeCard(card, description) {
  const doc = card.ownerDocument;
  const title = doc.createElement("p");
  title.className = "aa-card-title";
  title.textContent = description.title;
  const list = doc.createElement("dl");
  for (const [name, value] of description.fields) {
    const dt = doc.createElement("dt");
    dt.textContent = name;
    const dd = doc.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  }
  const nodes = [title, list];
  if (description.note) {
    const p = doc.createElement("p");
    p.className = "aa-card-note";
    p.textContent = description.note;
    nodes.push(p);
  }
  card.replaceChildren(...nodes);
}
