//! Values through the whole pipeline: DATE mentions carry ISO values resolved against the
//! article's date line, and value mentions win over names.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotator, Label};

/// `(mention text, label, value)` of every value mention, sliced back from the input.
fn values(text: &str) -> Vec<(String, Label, Option<String>)> {
    let annotation = Annotator::new().annotate(text);
    annotation
        .mentions
        .iter()
        .filter(|m| !m.label.is_name() && m.label != Label::TITLE)
        .map(|m| (text[m.span].to_string(), m.label, m.value.clone()))
        .collect()
}

fn has(found: &[(String, Label, Option<String>)], text: &str, label: Label, value: Option<&str>) -> bool {
    found.iter().any(|(t, l, v)| t == text && *l == label && v.as_deref() == value)
}

#[test]
fn dates_resolve_against_the_date_line() {
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("weekday", "He spoke on Wednesday 😀.", "Wednesday", Some("2022-09-21")),
        ("month", "In August, Kyiv agreed.", "August", Some("2022-08")),
        ("this year", "She holds the presidency this year.", "this year", Some("2022")),
        ("future weekday", "The minister will travel to Bern on Friday.", "Friday", Some("2022-09-23")),
        ("day month", "The vote on 2 October is close.", "2 October", Some("2022-10-02")),
        ("full date after euro", "A €5 fee since 1 July 2021 applies.", "1 July 2021", Some("2021-07-01")),
    ];
    let mut failures = Vec::new();
    for (name, sentence, mention, value) in cases {
        let text = format!("date 2022-09-22 Headline\n\n{sentence}\n");
        let found = values(&text);
        if !has(&found, mention, Label::DATE, *value) {
            failures.push(format!("{name}: wanted {mention:?} = {value:?}, found {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn without_a_date_line_only_absolute_values() {
    let text = "On Wednesday, “21 September 2022” 😀, they met.";
    let found = values(text);
    assert!(has(&found, "Wednesday", Label::DATE, None), "{found:?}");
    assert!(has(&found, "21 September 2022", Label::DATE, Some("2022-09-21")), "{found:?}");
}

#[test]
fn money_and_percent_spans_slice_back() {
    let text = "Le fonds a reçu €1.2m 😀 et 50 million Swiss francs, soit 12 per cent.";
    let found = values(text);
    assert!(has(&found, "€1.2m", Label::MONEY, None), "{found:?}");
    assert!(has(&found, "50 million Swiss francs", Label::MONEY, None), "{found:?}");
    assert!(has(&found, "12 per cent", Label::PERCENT, None), "{found:?}");
}

#[test]
fn seed_article_dates() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds/swissinfo-2022-09-22-cassis-lavrov.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("note: seed article not found at {path}; skipping");
        return;
    };
    let found = values(&text);
    for (mention, value) in
        [("Wednesday", "2022-09-21"), ("Tuesday", "2022-09-20"), ("this year", "2022"), ("August", "2022-08")]
    {
        assert!(has(&found, mention, Label::DATE, Some(value)), "{mention}: {found:?}");
    }
}
