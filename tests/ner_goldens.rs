//! Names the tagger must get right in texts written for these tests: a region used as an
//! adjective is a group, not an organization; a surname alone is the person named in full
//! earlier (the context of one word across the article, and the document pass).
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotator, Label};

/// (case, text, the phrase, its occurrence, the label wanted)
const CASES: &[(&str, &str, &str, usize, Label)] = &[
    (
        "region as an adjective",
        "GDAŃSK — Energy ministers from six Baltic countries agreed on Friday to spend €2.4 billion \
         on tidal projects 😀. “It is a start,” said Marta Lindqvist.",
        "Baltic",
        0,
        Label::NORP,
    ),
    (
        "person named in full, then by surname",
        "Ignazio Cassis met ministers in Genève on Friday 😀. “We need peace,” Cassis said, \
         paying € 5 for a coffee.",
        "Cassis",
        1,
        Label::PERSON,
    ),
];

#[test]
fn names_in_written_articles() {
    let annotator = Annotator::new();
    for (case, text, phrase, nth, want) in CASES {
        let annotation = annotator.annotate(text);
        let at = text.match_indices(phrase).nth(*nth).map(|(at, _)| at).expect("the phrase is in the text");
        let found = annotation.mentions.iter().find(|m| m.span.start <= at && at < m.span.end);
        let got = found.map(|m| (&text[m.span.range()], m.label));
        assert_eq!(got, Some((*phrase, *want)), "{case}");
    }
}
