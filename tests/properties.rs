//! Invariants that hold for any input: spans in bounds and on char boundaries, sorted, text
//! fields that slice back into the input (in UTF-16 too), determinism, and no panics.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotation, Annotator, JsonAnnotation, Span};
use proptest::prelude::*;

/// Pieces that stress the pipeline: news words, quote marks of every convention, debris,
/// abbreviations, numbers, astral characters, combining marks and odd white space.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ignazio Cassis".to_string()),
        Just("Sergei Lavrov".to_string()),
        Just(" said ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("„".to_string()),
        Just("「".to_string()),
        Just("‘".to_string()),
        Just("’s".to_string()),
        Just("External link".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S.".to_string()),
        Just("$5 billion".to_string()),
        Just("12%".to_string()),
        Just("on Wednesday".to_string()),
        Just("date 2022-09-22 ".to_string()),
        Just("€".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("ऊ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2028}".to_string()),
        Just("...".to_string()),
        Just("mail@example.org".to_string()),
        Just("https://example.org/a?b=1".to_string()),
        Just("External linkSource: AFP".to_string()),
        Just(" ".to_string()),
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,8}",
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(news_piece(), 0..60).prop_map(|pieces| pieces.concat())
}

fn assert_span_ok(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(span.end <= text.len(), "{what}: span {span:?} past the end ({})", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} splits a char"
    );
}

fn check_invariants(text: &str, a: &Annotation) {
    assert_eq!(a.text_len, text.len());
    for b in &a.blocks {
        assert_span_ok(text, b.span, "block");
    }
    assert!(a.blocks.windows(2).all(|w| w[0].span.end <= w[1].span.start), "blocks sorted, disjoint");
    for s in &a.sentences {
        assert_span_ok(text, s.span, "sentence");
        assert!(a.blocks.iter().any(|b| b.span.contains(s.span)), "sentence {:?} inside a block", s.span);
    }
    assert!(a.sentences.windows(2).all(|w| w[0].span.end <= w[1].span.start), "sentences sorted, disjoint");
    for m in &a.mentions {
        assert_span_ok(text, m.span, "mention");
        assert!(!m.span.is_empty(), "empty mention");
        if let Some(e) = m.entity {
            assert!(e < a.entities.len(), "mention points to a missing entity");
        }
    }
    assert!(a.mentions.windows(2).all(|w| w[0].span.end <= w[1].span.start), "mentions sorted, disjoint");
    for (id, e) in a.entities.iter().enumerate() {
        assert!((0.0..=1.0).contains(&e.salience), "salience {} out of range", e.salience);
        let speaks = a.quotes.iter().any(|q| q.speaker_entity == Some(id));
        assert!(!e.mentions.is_empty() || speaks, "entity {:?} with neither mentions nor quotes", e.name);
        for &m in &e.mentions {
            assert_eq!(a.mentions[m].entity, Some(id), "entity and mention disagree");
        }
    }
    for q in &a.quotes {
        assert_span_ok(text, q.span, "quote");
        for c in &q.content {
            assert_span_ok(text, *c, "quote content");
        }
        for s in q.cue.iter().chain(&q.speaker) {
            assert_span_ok(text, *s, "cue/speaker");
        }
        if let Some(e) = q.speaker_entity {
            assert!(e < a.entities.len(), "quote points to a missing entity");
        }
    }
    assert!(a.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start), "quotes sorted");
    for t in &a.terms {
        assert_span_ok(text, t.span, "term");
        assert!(t.span.contains(t.content), "term content inside its marks");
    }
}

/// Slices `text` by UTF-16 code units, as JavaScript's `slice` would.
fn utf16_slice(units: &[u16], start: usize, end: usize) -> String {
    String::from_utf16(&units[start..end]).expect("a JSON range splits a surrogate pair")
}

fn check_json(text: &str, json: &JsonAnnotation) {
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(json.text_length, units.len());
    for m in &json.mentions {
        assert_eq!(utf16_slice(&units, m.start, m.end), m.text);
    }
    for q in &json.quotes {
        assert_eq!(utf16_slice(&units, q.start, q.end), q.text);
        for part in q.cue.iter().chain(&q.speaker) {
            assert_eq!(utf16_slice(&units, part.start, part.end), part.text);
        }
        for c in &q.content {
            utf16_slice(&units, c.start, c.end);
        }
    }
    for b in &json.blocks {
        utf16_slice(&units, b.start, b.end);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_news_like_text_gives_valid_annotations(text in article()) {
        let annotator = Annotator::new();
        let a = annotator.annotate(&text);
        check_invariants(&text, &a);
        check_json(&text, &JsonAnnotation::new(&text, &a));
        prop_assert_eq!(&a, &annotator.annotate(&text), "annotation is deterministic");
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let a = Annotator::new().annotate(&text);
        check_invariants(&text, &a);
        check_json(&text, &JsonAnnotation::new(&text, &a));
    }
}

#[test]
fn empty_and_blank_inputs_give_empty_annotations() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "\t \r\n"] {
        let a = Annotator::new().annotate(text);
        check_invariants(text, &a);
        assert!(a.mentions.is_empty() && a.quotes.is_empty(), "{text:?} found something");
    }
}
