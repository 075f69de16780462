//! Reported speech found by classes of cues (inflections, intentions, prepositions), one named
//! case per rule; each case fails without its rule. Every case has non-ASCII text, and every
//! assertion slices the found spans back out of the input.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotator, QuoteKind};

/// What one quote should be: its kind, content pieces, cue and speaker, as text.
#[derive(Debug, PartialEq)]
struct Want<'a> {
    kind: QuoteKind,
    content: Vec<&'a str>,
    cue: Option<&'a str>,
    speaker: Option<&'a str>,
}

fn want<'a>(
    kind: QuoteKind,
    content: &[&'a str],
    cue: Option<&'a str>,
    speaker: Option<&'a str>,
) -> Want<'a> {
    Want { kind, content: content.to_vec(), cue, speaker }
}

fn found(text: &str) -> Vec<Want<'_>> {
    let annotation = Annotator::new().annotate(text);
    annotation
        .quotes
        .iter()
        .map(|q| {
            assert!(
                q.span.end <= text.len()
                    && text.is_char_boundary(q.span.start)
                    && text.is_char_boundary(q.span.end)
            );
            for piece in &q.content {
                assert!(q.span.contains(*piece), "content inside the quote's span in {text:?}");
            }
            Want {
                kind: q.kind,
                content: q.content.iter().map(|c| &text[*c]).collect(),
                cue: q.cue.map(|c| &text[c]),
                speaker: q.speaker.map(|s| &text[s]),
            }
        })
        .collect()
}

use QuoteKind::Indirect;

// Cues kept where their predictions matched PolNeAR train often enough to raise F1.
#[test]
fn reported_speech_classes() {
    let cases: Vec<(&str, &str, Vec<Want>)> = vec![(
        "a stance verb in another inflection",
        "Cassis describes the 5 € fee as a burden on Genève 😀.",
        vec![want(Indirect, &["the 5 € fee as a burden on Genève 😀"], Some("describes"), Some("Cassis"))],
    )];
    for (name, text, expected) in cases {
        assert_eq!(found(text), expected, "case {name}: {text}");
    }
}
