//! The only module that knows about JavaScript: exposes [`crate::Annotator`] through
//! wasm-bindgen, returning the JSON contract as plain JS objects.

use std::cell::OnceCell;

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use crate::annotation::Annotation;
use crate::json::{JsonAnnotation, Utf16Offsets};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A half-open range of UTF-16 code units into the annotated text (what `String.prototype.slice` takes). */
export interface TextRange { start: number; end: number; }
/** A range together with the text it covers: `text === input.slice(start, end)`. */
export interface TextSpan extends TextRange { text: string; }
export type BlockKind = "headline" | "dateline" | "byline" | "caption" | "credit" | "heading" | "paragraph" | "boilerplate";
export type Label = "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT" | "WORK_OF_ART" | "LAW"
  | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" | "TITLE";
export type QuoteKind = "direct" | "indirect" | "mixed";
export interface Block extends TextRange { kind: BlockKind; }
export interface Mention extends TextSpan {
  /** "m1", "m2", ... */
  id: string;
  label: Label;
  /** The entity this mention belongs to: for names, and for titles that describe a person. */
  entity: string | null;
  /** A normalized value: an ISO date ("2022-09-21", "2022-09", "2022") for DATE mentions. */
  value: string | null;
}
export interface Entity {
  /** "e1", "e2", ... */
  id: string;
  label: Label;
  /** The fullest proper form among its mentions. */
  name: string;
  /** Ids of its mentions, in text order. */
  mentions: string[];
  /** Titles and appositives attached to a person ("Swiss President"). */
  roles: string[];
  /** 0-1: how central the entity is to the article. */
  salience: number;
}
export interface Quote extends TextSpan {
  /** "q1", "q2", ... */
  id: string;
  kind: QuoteKind;
  /** What was said, without quotation marks; several ranges when the attribution splits it. */
  content: TextRange[];
  cue: TextSpan | null;
  speaker: TextSpan | null;
  speaker_entity: string | null;
}
/** The annotation of one text. All offsets are UTF-16 code units into that text. */
export interface Annotation {
  text_length: number;
  /** The publication date read from the dateline, as YYYY-MM-DD. */
  document_date: string | null;
  blocks: Block[];
  sentences: TextRange[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  /** Quotation marks around words that are not speech: titles, nicknames, scare quotes. */
  terms: TextSpan[];
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates articles. Build it once (it loads the embedded model) and reuse it.
#[wasm_bindgen]
pub struct Annotator {
    inner: crate::Annotator,
}

#[wasm_bindgen]
impl Annotator {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        Annotator { inner: crate::Annotator::new() }
    }

    /// Annotates `text`. Never throws for any string.
    #[wasm_bindgen(unchecked_return_type = "Annotation")]
    pub fn annotate(&self, text: &JsString) -> JsValue {
        let rust = text.as_string().unwrap_or_default();
        to_js(text, &rust, &self.inner.annotate(&rust))
    }

    /// The annotation of `text` as a JSON string (the same contract).
    #[wasm_bindgen(js_name = annotateJson)]
    pub fn annotate_json(&self, text: &str) -> String {
        serde_json::to_string(&JsonAnnotation::new(text, &self.inner.annotate(text))).unwrap_or_default()
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

thread_local! {
    static SHARED: OnceCell<crate::Annotator> = const { OnceCell::new() };
}

/// Annotates `text` with an annotator built on first use and kept for later calls.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotation")]
pub fn annotate_text(text: &JsString) -> JsValue {
    SHARED.with(|cell| {
        let annotator = cell.get_or_init(crate::Annotator::new);
        let rust = text.as_string().unwrap_or_default();
        to_js(text, &rust, &annotator.annotate(&rust))
    })
}

// Builds the contract's object in JavaScript from numbers and one string: one call into
// JavaScript per annotation instead of one per field and string (serde-wasm-bindgen), and the
// texts of spans are slices of the caller's string. Keys in the order of `crate::json`, so the
// object is the one `JSON.parse(annotateJson(text))` gives. Labels and kinds cross as their
// discriminants, named by the tables below (`crate::json` tests check them against the enums):
// a slice of the string per mention and block was a third of this function's time.
#[wasm_bindgen(inline_js = r#"
const BLOCK_KINDS = ["headline", "dateline", "byline", "caption", "credit", "heading", "paragraph", "boilerplate"];
const LABELS = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "TITLE"];
const QUOTE_KINDS = ["direct", "indirect", "mixed", "term"];
export function build(text, n, s) {
  let i = 0, p = 0;
  const str = () => { const len = n[i++]; if (len < 0) return null; const v = s.slice(p, p + len); p += len; return v; };
  // Entity ids made once each: many mentions and speakers name the same entity.
  const eids = [];
  const eid = () => { const k = n[i++]; return k < 0 ? null : (eids[k] ??= "e" + (k + 1)); };
  const text_length = n[i++];
  const document_date = str();
  const blocks = new Array(n[i++]);
  for (let k = 0; k < blocks.length; k++) { const kind = BLOCK_KINDS[n[i++]]; blocks[k] = { kind, start: n[i++], end: n[i++] }; }
  const sentences = new Array(n[i++]);
  for (let k = 0; k < sentences.length; k++) sentences[k] = { start: n[i++], end: n[i++] };
  const mentions = new Array(n[i++]);
  for (let k = 0; k < mentions.length; k++) {
    const start = n[i++], end = n[i++];
    mentions[k] = { id: "m" + (k + 1), start, end, text: text.slice(start, end), label: LABELS[n[i++]], entity: eid(), value: str() };
  }
  const entities = new Array(n[i++]);
  for (let k = 0; k < entities.length; k++) {
    const label = LABELS[n[i++]], name = str();
    const ms = new Array(n[i++]);
    for (let j = 0; j < ms.length; j++) ms[j] = mentions[n[i++]].id;
    const roles = new Array(n[i++]);
    for (let j = 0; j < roles.length; j++) roles[j] = str();
    entities[k] = { id: (eids[k] ??= "e" + (k + 1)), label, name, mentions: ms, roles, salience: n[i++] };
  }
  const span = () => { const start = n[i++]; if (start < 0) return null; const end = n[i++]; return { start, end, text: text.slice(start, end) }; };
  const quotes = new Array(n[i++]);
  for (let k = 0; k < quotes.length; k++) {
    const start = n[i++], end = n[i++], kind = QUOTE_KINDS[n[i++]];
    const content = new Array(n[i++]);
    for (let j = 0; j < content.length; j++) content[j] = { start: n[i++], end: n[i++] };
    const cue = span(), speaker = span();
    quotes[k] = { id: "q" + (k + 1), start, end, text: text.slice(start, end), kind, content, cue, speaker, speaker_entity: eid() };
  }
  const terms = new Array(n[i++]);
  for (let k = 0; k < terms.length; k++) { const start = n[i++], end = n[i++]; terms[k] = { start, end, text: text.slice(start, end) }; }
  return { text_length, document_date, blocks, sentences, mentions, entities, quotes, terms };
}
"#)]
extern "C" {
    fn build(text: &JsString, numbers: &[f64], strings: &str) -> JsValue;
}

/// The numbers and strings `build` reads, in its order.
#[derive(Default)]
struct Flat {
    numbers: Vec<f64>,
    strings: String,
}

impl Flat {
    fn num(&mut self, n: usize) {
        self.numbers.push(n as f64);
    }
    /// An index as a number, or -1 for none.
    fn opt(&mut self, n: Option<usize>) {
        self.numbers.push(n.map_or(-1.0, |n| n as f64));
    }
    /// A string as its length in UTF-16 units (what `String.prototype.slice` counts).
    fn str(&mut self, s: &str) {
        self.strings.push_str(s);
        self.num(s.encode_utf16().count());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.numbers.push(-1.0),
        }
    }
}

/// The contract as a plain JS object: the object `JSON.parse(annotateJson(text))` gives, but
/// the text of a span is `js_text.slice(start, end)` (the same string, unless the input holds
/// lone surrogates, which the JSON has as U+FFFD).
fn to_js(js_text: &JsString, text: &str, a: &Annotation) -> JsValue {
    let utf16 = Utf16Offsets::new(text);
    let mut f = Flat::default();
    let range = |f: &mut Flat, span: crate::Span| {
        f.num(utf16.at(span.start));
        f.num(utf16.at(span.end));
    };
    f.num(utf16.at(text.len()));
    f.opt_str(a.document_date.map(|d| d.to_string()).as_deref());
    f.num(a.blocks.len());
    for b in &a.blocks {
        f.num(b.kind as usize);
        range(&mut f, b.span);
    }
    f.num(a.sentences.len());
    for s in &a.sentences {
        range(&mut f, s.span);
    }
    f.num(a.mentions.len());
    for m in &a.mentions {
        range(&mut f, m.span);
        f.num(m.label as usize);
        f.opt(m.entity);
        f.opt_str(m.value.as_deref());
    }
    f.num(a.entities.len());
    for e in &a.entities {
        f.num(e.label as usize);
        f.str(&e.name);
        f.num(e.mentions.len());
        e.mentions.iter().for_each(|&m| f.num(m));
        f.num(e.roles.len());
        e.roles.iter().for_each(|r| f.str(r));
        f.numbers.push(crate::json::salience_f64(e.salience));
    }
    f.num(a.quotes.len());
    for q in &a.quotes {
        range(&mut f, q.span);
        f.num(q.kind as usize);
        f.num(q.content.len());
        for &c in &q.content {
            range(&mut f, c);
        }
        for span in [q.cue, q.speaker] {
            match span {
                Some(span) => range(&mut f, span),
                None => f.numbers.push(-1.0),
            }
        }
        f.opt(q.speaker_entity);
    }
    f.num(a.terms.len());
    for t in &a.terms {
        range(&mut f, t.span);
    }
    build(js_text, &f.numbers, &f.strings)
}
