// What each entity label is called, how it is drawn and how it is told apart without colour.
// Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies); the
// labels of one family share a hue and differ by underline style and by their badge.

/** Colour families: one Okabe–Ito hue each. */
export const FAMILIES = {
  people: { name: "People", color: "#E69F00" },
  groups: { name: "Groups", color: "#0072B2" },
  places: { name: "Places", color: "#009E73" },
  things: { name: "Things", color: "#CC79A7" },
  time: { name: "Time", color: "#56B4E9" },
  numbers: { name: "Numbers", color: "#8C8C8C" },
  quotes: { name: "Quotes", color: "#D55E00" },
};

/**
 * Every label of the JSON contract, in legend order. `abbr` is the badge drawn after a highlight,
 * `line` the underline style (the non-colour cue), `spoken` what a screen reader says.
 */
export const LABELS = {
  PERSON: { name: "Person", spoken: "person", abbr: "PER", family: "people", line: "solid" },
  TITLE: { name: "Title", spoken: "title", abbr: "TTL", family: "people", line: "dotted" },
  NORP: { name: "Nationality or group", spoken: "group", abbr: "NRP", family: "groups", line: "dashed" },
  ORG: { name: "Organization", spoken: "organization", abbr: "ORG", family: "groups", line: "solid" },
  GPE: { name: "Country, city, state", spoken: "place", abbr: "GPE", family: "places", line: "solid" },
  LOC: { name: "Location", spoken: "location", abbr: "LOC", family: "places", line: "dashed" },
  FAC: { name: "Facility", spoken: "facility", abbr: "FAC", family: "places", line: "dotted" },
  PRODUCT: { name: "Product", spoken: "product", abbr: "PRD", family: "things", line: "solid" },
  EVENT: { name: "Event", spoken: "event", abbr: "EVT", family: "things", line: "dashed" },
  WORK_OF_ART: { name: "Work of art", spoken: "work of art", abbr: "ART", family: "things", line: "dotted" },
  LAW: { name: "Law", spoken: "law", abbr: "LAW", family: "things", line: "double" },
  LANGUAGE: { name: "Language", spoken: "language", abbr: "LNG", family: "things", line: "wavy" },
  DATE: { name: "Date", spoken: "date", abbr: "DAT", family: "time", line: "solid" },
  TIME: { name: "Time", spoken: "time", abbr: "TIM", family: "time", line: "dashed" },
  MONEY: { name: "Money", spoken: "money", abbr: "MON", family: "numbers", line: "solid" },
  PERCENT: { name: "Percent", spoken: "percent", abbr: "PCT", family: "numbers", line: "dashed" },
  QUANTITY: { name: "Quantity", spoken: "quantity", abbr: "QTY", family: "numbers", line: "dotted" },
  CARDINAL: { name: "Number", spoken: "number", abbr: "NUM", family: "numbers", line: "double" },
  ORDINAL: { name: "Ordinal", spoken: "ordinal", abbr: "ORD", family: "numbers", line: "wavy" },
};

/** Label names in legend order. */
export const LABEL_NAMES = Object.keys(LABELS);

/** The colour of `label`, or of the quote family for "QUOTE"; `overrides` maps labels to colours. */
export function labelColor(label, overrides = {}) {
  if (overrides[label]) return overrides[label];
  const info = LABELS[label];
  return FAMILIES[info ? info.family : "quotes"].color;
}
