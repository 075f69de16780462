//! Properties of the quote stage on arbitrary text made of quotation marks, words and breaks:
//! no panic, spans in bounds on char boundaries, content inside its quote, quotes in text order,
//! and no quotation swallowing a paragraph that does not re-open it.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::Annotator;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "「",
        "」",
        "『",
        "』",
        "‚",
        " ",
        " ",
        " ",
        "\n\n",
        "said",
        "Cassis",
        "he",
        "the ministry",
        "according to",
        "told",
        ",",
        ".",
        ":",
        "—",
        "€",
        "😀",
        "Genève",
        "that",
        "arguing",
        "Mr.",
        "Minister",
    ])
}

proptest! {
    #[test]
    fn quotes_are_well_formed(pieces in prop::collection::vec(piece(), 0..60)) {
        let text: String = pieces.concat();
        let annotation = Annotator::new().annotate(&text);
        let mut last_start = 0;
        for q in &annotation.quotes {
            prop_assert!(q.span.start >= last_start, "quotes in text order");
            last_start = q.span.start;
            for s in q.content.iter().chain(q.cue.iter()).chain(q.speaker.iter()).chain([&q.span]) {
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for c in &q.content {
                prop_assert!(q.span.contains(*c));
                // A content piece never runs over a paragraph break.
                prop_assert!(!text[c.range()].contains("\n\n"), "piece {:?}", &text[c.range()]);
            }
        }
    }
}
