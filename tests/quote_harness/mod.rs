//! The table harness shared by the quote tests: each case is a name, a text and the quotes it
//! should give, compared as text sliced back out of the input.
#![allow(dead_code)] // each test file uses its own part of the harness

use article_annotator::{Annotator, QuoteKind};

/// What one quote should be: its kind, content pieces, cue and speaker, as text.
#[derive(Debug, PartialEq)]
pub struct Want<'a> {
    pub kind: QuoteKind,
    pub content: Vec<&'a str>,
    pub cue: Option<&'a str>,
    pub speaker: Option<&'a str>,
}

pub fn want<'a>(
    kind: QuoteKind,
    content: &[&'a str],
    cue: Option<&'a str>,
    speaker: Option<&'a str>,
) -> Want<'a> {
    Want { kind, content: content.to_vec(), cue, speaker }
}

pub fn found(text: &str) -> Vec<Want<'_>> {
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

/// Checks every case, so that a failure lists all the cases that broke.
pub fn check(cases: Vec<(&str, &str, Vec<Want>)>) {
    let failures: Vec<String> = cases
        .into_iter()
        .filter_map(|(name, text, expected)| {
            let got = found(text);
            (got != expected).then(|| format!("case {name}: {text}\n  got:  {got:?}\n  want: {expected:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
