//! Invariants of the structure and segmentation stages on arbitrary input: spans in bounds and
//! on char boundaries, blocks sorted and disjoint, every non-blank byte in a block, sentences
//! inside their blocks and in order, and the same output twice.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::Annotator;
use proptest::prelude::*;

/// Pieces news pastes are made of, so random text hits the rules and not only noise.
const PIECES: &[&str] = &[
    "Mr.",
    "U.S.",
    "J.",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "...",
    "…",
    "€",
    "😀",
    "ऊ",
    "-",
    "—",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "date 2022-09-22",
    "GENEVA, March 3 (Reuters) -",
    "By Jane Doe",
    "A photo of",
    "Twitter",
    "External link",
    "Advertisement",
    "Read more:",
    "Photo: AFP",
    "said",
    "Cassis",
    "met",
    "3.5",
    "10:45",
    ".",
    "?",
    "!",
    ",",
    "(",
    ")",
    "http://x.ch/a",
    "a@b.ch",
    "so-called",
    "Keystone-SDA",
    "Reaction",
    "©",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(PIECES).prop_map(str::to_string), "\\PC{0,6}"],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_sound(text in article()) {
        let annotator = Annotator::new();
        let a = annotator.annotate(&text);
        let mut covered = vec![false; text.len()];
        let mut prev_end = 0;
        for block in &a.blocks {
            prop_assert!(block.span.start >= prev_end && block.span.start < block.span.end && block.span.end <= text.len());
            prop_assert!(text.is_char_boundary(block.span.start) && text.is_char_boundary(block.span.end));
            covered[block.span.range()].iter_mut().for_each(|c| *c = true);
            prev_end = block.span.end;
        }
        for (i, c) in text.char_indices() {
            prop_assert!(c.is_whitespace() || covered[i], "byte {} ({:?}) is in no block", i, c);
        }
        let mut prev_end = 0;
        for s in &a.sentences {
            prop_assert!(s.span.start >= prev_end && s.span.start < s.span.end);
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            prop_assert!(a.blocks.iter().any(|b| b.span.contains(s.span)), "sentence {:?} crosses blocks", &text[s.span.range()]);
            prev_end = s.span.end;
        }
        prop_assert_eq!(&a, &annotator.annotate(&text));
    }
}
