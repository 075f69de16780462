//! Table-driven cases for date values. The document date is Thursday 2022-09-22 unless a case
//! says otherwise.

use super::*;

const DOC: &str = "2022-09-22";

fn doc() -> Option<Date> {
    Date::parse_iso(DOC)
}

/// `(case name, mention, document date, tense, expected value)`.
type Case<'a> = (&'a str, &'a str, Option<Date>, Tense, Option<&'a str>);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (name, mention, document_date, tense, expected) in cases {
        let got = resolve(mention, *document_date, *tense);
        if got.as_deref() != *expected {
            failures.push(format!("{name}: {mention:?} expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn absolute_dates() {
    use Tense::Past;
    check(&[
        ("iso", "2022-09-21", None, Past, Some("2022-09-21")),
        ("day month year", "21 September 2022", None, Past, Some("2022-09-21")),
        ("month day year", "September 21, 2022", None, Past, Some("2022-09-21")),
        ("weekday and date", "Wednesday, 21 September 2022", None, Past, Some("2022-09-21")),
        ("ordinal day", "the 21st of September 2022", None, Past, Some("2022-09-21")),
        ("abbreviated", "Sept. 21, 2022", None, Past, Some("2022-09-21")),
        ("dotted", "27.08.2022", None, Past, Some("2022-08-27")),
        ("slashed day first", "4/6/2022", None, Past, Some("2022-06-04")),
        ("month year", "June 2022", None, Past, Some("2022-06")),
        ("year", "2022", None, Past, Some("2022")),
        ("modified year", "mid-2023", None, Past, Some("2023")),
        ("decade", "the 1990s", None, Past, Some("199X")),
        ("short decade", "the '80s", None, Past, Some("198X")),
        ("impossible day", "31 February 2022", None, Past, None),
        ("year range", "2022-23", None, Past, None),
        ("day range", "July 21 to 23", doc(), Past, None),
        ("month range", "December to April", doc(), Past, None),
        ("recurring weekday", "Mondays", doc(), Past, None),
        ("duration", "three years", doc(), Past, None),
        ("unknown words", "Cinco de Mayo", doc(), Past, None),
    ]);
}

#[test]
fn relative_dates_need_a_document_date() {
    use Tense::Past;
    check(&[
        ("weekday without date", "Wednesday", None, Past, None),
        ("today without date", "today", None, Past, None),
        ("month without date", "August", None, Past, None),
        ("day month without date", "21 September", None, Past, None),
    ]);
}

#[test]
fn relative_dates() {
    use Tense::{Future, Past};
    check(&[
        ("weekday before", "Wednesday", doc(), Past, Some("2022-09-21")),
        ("weekday two back", "Tuesday", doc(), Past, Some("2022-09-20")),
        ("same weekday is a week back", "Thursday", doc(), Past, Some("2022-09-15")),
        ("weekday future", "Friday", doc(), Future, Some("2022-09-23")),
        ("next weekday", "next Monday", doc(), Past, Some("2022-09-26")),
        ("last weekday", "last Friday", doc(), Future, Some("2022-09-16")),
        ("today", "today", doc(), Past, Some("2022-09-22")),
        ("yesterday", "yesterday", doc(), Past, Some("2022-09-21")),
        ("tomorrow", "Tomorrow", doc(), Past, Some("2022-09-23")),
        ("this year", "this year", doc(), Past, Some("2022")),
        ("last year", "last year", doc(), Past, Some("2021")),
        ("earlier this year", "earlier this year", doc(), Past, Some("2022")),
        ("next month", "next month", doc(), Past, Some("2022-10")),
        ("last month across a year", "last month", Date::parse_iso("2023-01-05"), Past, Some("2022-12")),
        ("this week", "this week", doc(), Past, Some("2022-W38")),
        ("last week", "last week", doc(), Past, Some("2022-W37")),
        ("this decade", "this decade", doc(), Past, Some("202X")),
        ("days ago", "three days ago", doc(), Past, Some("2022-09-19")),
        ("years ago", "20 years ago", doc(), Past, Some("2002")),
        ("a year ago", "a year ago", doc(), Past, Some("2021")),
        ("bare month past", "August", doc(), Past, Some("2022-08")),
        ("bare month in the article's month", "September", doc(), Past, Some("2022-09")),
        ("bare later month past", "December", doc(), Past, Some("2021-12")),
        ("bare later month future", "December", doc(), Future, Some("2022-12")),
        ("last month name", "last August", doc(), Past, Some("2022-08")),
        ("last same month", "last September", doc(), Past, Some("2021-09")),
        ("next month name", "next August", doc(), Past, Some("2023-08")),
        ("this month name", "this December", doc(), Past, Some("2022-12")),
        ("early month", "early August", doc(), Past, Some("2022-08")),
        ("day month nearest", "21 September", doc(), Past, Some("2022-09-21")),
        ("day month coming", "2 October", doc(), Past, Some("2022-10-02")),
        ("day month across new year", "28 December", Date::parse_iso("2023-01-03"), Past, Some("2022-12-28")),
        ("christmas", "Christmas", doc(), Past, Some("2022-12-25")),
        ("possessive weekday", "Monday's", doc(), Past, Some("2022-09-19")),
    ]);
}

#[test]
fn tense_comes_from_the_sentence() {
    let text = "Talks ended. The minister will travel on Friday 😀. He left “on Friday”.";
    let first = text.find("Friday").unwrap();
    let second = text.rfind("Friday").unwrap();
    assert_eq!(sentence_tense(text, Span::new(first, first + 6)), Tense::Future);
    assert_eq!(sentence_tense(text, Span::new(second, second + 6)), Tense::Past);
    assert_eq!(resolve_in(text, Span::new(first, first + 6), doc()).as_deref(), Some("2022-09-23"));
    assert_eq!(resolve_in(text, Span::new(second, second + 6), doc()).as_deref(), Some("2022-09-16"));
}

/// Each cue counts inside a sentence and opening it (without its leading space), in any of its
/// spellings; near misses and cues cut by the sentence's end do not.
#[test]
fn future_cues_anywhere_in_the_sentence() {
    let cases: &[(&str, &str, Tense)] = &[
        ("will inside", "The € summit will open on Friday 😀", Tense::Future),
        ("will opening", "will they meet on Friday 😀", Tense::Future),
        ("won't curly", "The “talks” won’t end on Friday", Tense::Future),
        ("won't straight", "Talks won't end on Friday", Tense::Future),
        ("'ll straight", "They'll meet on Friday", Tense::Future),
        ("’ll curly", "They’ll meet on Friday 😀", Tense::Future),
        ("’ll opening", "’ll meet on Friday", Tense::Future),
        ("due to", "The € vote is due to take place on Friday", Tense::Future),
        ("scheduled", "Talks scheduled for Friday", Tense::Future),
        ("going to opening", "going to vote on Friday", Tense::Future),
        ("set to at the end", "On Friday the € was set to ", Tense::Future),
        ("no space after", "He willed it on Friday, the “shallow” plan", Tense::Past),
        ("glued", "The goodwill of Friday", Tense::Past),
        ("cut by the end", "He met on Friday. It will", Tense::Past),
        ("apostrophe alone", "Lavrov’s talks on Friday 😀", Tense::Past),
        ("cue at the very end", "On Friday they plan to", Tense::Past),
    ];
    for (name, text, want) in cases {
        let at = text.find("Friday").unwrap();
        let span = Span::new(at, at + "Friday".len());
        assert_eq!(&text[span], "Friday");
        assert_eq!(sentence_tense(text, span), *want, "{name}");
    }
}

#[test]
fn iso_weeks_follow_thursdays() {
    let week = |s: &str| iso_week(Date::parse_iso(s).unwrap());
    assert_eq!(week("2022-09-22"), "2022-W38");
    assert_eq!(week("2021-01-03"), "2020-W53");
    assert_eq!(week("2024-12-30"), "2025-W01");
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn resolve_never_panics_and_values_look_iso(text in "\\PC{0,60}", days in -40_000i64..40_000) {
            let doc = Date::from_days_since_epoch(days);
            for tense in [Tense::Past, Tense::Future] {
                if let Some(value) = resolve(&text, Some(doc), tense) {
                    prop_assert!(value.starts_with(|c: char| c.is_ascii_digit()), "{value:?} for {text:?}");
                }
            }
        }

        #[test]
        fn resolve_in_any_span(text in "\\PC{0,80}", a in 0usize..80, b in 0usize..80) {
            let (mut a, mut b) = (a.min(text.len()), b.min(text.len()));
            while !text.is_char_boundary(a) { a -= 1; }
            while !text.is_char_boundary(b) { b -= 1; }
            let span = Span::new(a.min(b), a.max(b));
            let _ = resolve_in(&text, span, Date::parse_iso("2022-09-22"));
        }
    }
}
