//! The Wasm build in a real browser (run by `wasm-pack test --headless --chrome`): the JS-facing
//! API returns the JSON contract with UTF-16 offsets that slice JavaScript strings exactly.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate_text, Annotator};
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn number(object: &JsValue, key: &str) -> u32 {
    get(object, key).as_f64().unwrap() as u32
}

const ARTICLE: &str = "date 2022-09-22 😀😀 Héadline €\n\n“This war can only end with a diplomatic solution,” Ignazio Cassis said on Wednesday.\n";

#[wasm_bindgen_test]
fn offsets_slice_the_javascript_string() {
    let js_text = JsString::from(ARTICLE);
    let annotation = Annotator::new().annotate(&js_text);
    assert_eq!(number(&annotation, "text_length"), js_text.length());
    let mentions: Array = get(&annotation, "mentions").dyn_into().unwrap();
    assert!(mentions.length() > 0);
    for mention in mentions.iter() {
        let slice = js_text.slice(number(&mention, "start"), number(&mention, "end"));
        assert_eq!(JsValue::from(slice), get(&mention, "text"));
    }
    let quotes: Array = get(&annotation, "quotes").dyn_into().unwrap();
    let quote = quotes.get(0);
    assert_eq!(get(&quote, "kind").as_string().as_deref(), Some("direct"));
    let speaker = get(&quote, "speaker");
    assert_eq!(get(&speaker, "text").as_string().as_deref(), Some("Ignazio Cassis"));
    assert_eq!(get(&annotation, "document_date").as_string().as_deref(), Some("2022-09-22"));
}

#[wasm_bindgen_test]
fn the_shared_annotate_function_matches_the_handle() {
    let text = "Sergei Lavrov spoke to Ignazio Cassis in New York.";
    let a = js_sys::JSON::stringify(&annotate_text(&JsString::from(text))).unwrap();
    let b = js_sys::JSON::stringify(&Annotator::new().annotate(&JsString::from(text))).unwrap();
    assert_eq!(String::from(a), String::from(b));
}

/// `annotate` builds its object in JavaScript from a flat list (src/wasm.rs), `annotateJson`
/// serializes `crate::json`: two writers of one contract, which must give the same object.
#[wasm_bindgen_test]
fn the_object_is_the_parsed_json() {
    let texts = [
        ARTICLE,
        "",
        "GENEVA (Reuters) - “It’s over,” said Anna Müller, 41, of Zürich. She paid €1.5m on Monday.\n\n\"We won't,\" the ministry said. 'Rolling Stone' praised 😀 \"so-called\" talks.",
        "Sergei Lavrov spoke to Ignazio Cassis in New York. Cassis said Switzerland was ready.",
    ];
    let annotator = Annotator::new();
    for text in texts {
        let object = js_sys::JSON::stringify(&annotator.annotate(&JsString::from(text))).unwrap();
        let parsed = js_sys::JSON::parse(&annotator.annotate_json(text)).unwrap();
        let from_json = js_sys::JSON::stringify(&parsed).unwrap();
        assert_eq!(String::from(object), String::from(from_json), "{text}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_and_empty_text_do_not_throw() {
    // JS strings may hold lone surrogates; the core reads them as U+FFFD (one unit either way),
    // so offsets still line up.
    let js_lone = JsString::from_char_code(&[0xD800, 0x41, 0xDC00]);
    let annotation = Annotator::new().annotate(&js_lone);
    assert_eq!(number(&annotation, "text_length"), js_lone.length());
    let empty = Annotator::new().annotate(&JsString::from(""));
    assert_eq!(number(&empty, "text_length"), 0);
}
