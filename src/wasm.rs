//! The only module that knows about JavaScript: exposes [`crate::Annotator`] through
//! wasm-bindgen, returning the JSON contract as plain JS objects.

use std::cell::OnceCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::json::JsonAnnotation;

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
    pub fn annotate(&self, text: &str) -> JsValue {
        to_js(&JsonAnnotation::new(text, &self.inner.annotate(text)))
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
pub fn annotate_text(text: &str) -> JsValue {
    SHARED.with(|cell| {
        let annotator = cell.get_or_init(crate::Annotator::new);
        to_js(&JsonAnnotation::new(text, &annotator.annotate(text)))
    })
}

/// The contract as a plain JS object, built by serde-wasm-bindgen (maps as objects, so it is
/// exactly the object `JSON.parse(annotateJson(text))` gives). Measured in Node against handing
/// a JSON string to `JSON.parse`: the same speed within noise, without the intermediate string.
fn to_js(json: &JsonAnnotation) -> JsValue {
    // Serializing plain structs of strings and numbers cannot fail.
    json.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}
