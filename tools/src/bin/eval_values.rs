//! Scores DATE and MONEY mentions of the full pipeline against Worldwide gold (exact spans).
//!
//! `cargo run --release -p annotator-tools --bin eval_values -- [dev|train] [--errors N]`
//!
//! Two scores per label. `strict` compares mentions as the annotator outputs them (OntoNotes
//! style). `worldwide` first maps DATE mentions to the Worldwide guidelines, which tag only
//! dates with a calendar anchor (a month, weekday, year, day or holiday) and leave out relative
//! words: "last August" → "August", "the 1990s" → "1990s", "this year" and "three days ago"
//! → no mention. The mapping only trims or drops predicted mentions; it never adds one.

use std::collections::BTreeMap;

use annotator_tools::{corpora, shared_data};
use article_annotator::{Annotator, Label, Span};

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!("{name:<18} P {p:.3}  R {r:.3}  F1 {f:.3}   (tp {} fp {} fn {})", self.tp, self.fp, self.fn_)
    }
}

/// Words the Worldwide guidelines leave out in front of a date.
const MODIFIERS: [&str; 16] = [
    "the",
    "last",
    "this",
    "next",
    "early",
    "mid",
    "late",
    "past",
    "coming",
    "previous",
    "earlier",
    "later",
    "end",
    "beginning",
    "of",
    "-",
];

/// A DATE mention as the Worldwide guidelines would bound it, if they tag it at all.
fn worldwide_date(text: &str, span: Span) -> Option<Span> {
    let s = &text[span];
    let mut start = span.start;
    let mut rest = s;
    loop {
        let word_end = rest.find(|c: char| c.is_whitespace() || c == '-').map_or(rest.len(), |n| n.max(1));
        let word = &rest[..word_end];
        if MODIFIERS.iter().any(|m| word.eq_ignore_ascii_case(m)) && word_end < rest.len() {
            let skip = word_end + rest[word_end..].len() - rest[word_end..].trim_start().len();
            start += skip;
            rest = &rest[skip..];
        } else {
            break;
        }
    }
    let anchored =
        rest.chars().any(|c| c.is_ascii_digit()) && !rest.contains(" ago") && !has_duration_unit(rest)
            || rest.split(|c: char| !c.is_alphabetic()).any(is_calendar_name);
    // Worldwide tokens split "1990s" and "'80s" and tag only the number.
    let mut end = span.end;
    if rest.ends_with('s') && rest[..rest.len() - 1].ends_with(|c: char| c.is_ascii_digit()) {
        end -= 1;
    }
    anchored.then(|| Span::new(start, end))
}

fn has_duration_unit(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || c == '-').any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "decades"
        )
    })
}

fn is_calendar_name(w: &str) -> bool {
    const NAMES: [&str; 29] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Christmas",
        "Easter",
        "Eid",
        "Ramadan",
        "Diwali",
    ];
    let weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        .iter()
        .any(|d| w == *d || w.strip_suffix('s') == Some(d));
    weekday || NAMES.contains(&w)
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut split = "dev".to_string();
    let mut show_errors = 0usize;
    while let Some(arg) = args.next() {
        if arg == "--errors" {
            show_errors = args.next().and_then(|n| n.parse().ok()).unwrap_or(40);
        } else {
            split = arg;
        }
    }
    let articles = corpora::read_worldwide(&shared_data().join("worldwide").join(&split))?;
    let annotator = Annotator::new();
    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    let mut errors: Vec<String> = Vec::new();
    let started = std::time::Instant::now();
    for article in &articles {
        let text = article.text.as_str();
        let annotation = annotator.annotate(text);
        // Only the annotated part of the raw file counts (it also holds the URL line).
        let covered: Vec<Span> = article
            .sentences
            .iter()
            .filter_map(|s| Some(Span::new(s.first()?.span.start, s.last()?.span.end)))
            .collect();
        let inside = |span: Span| covered.iter().any(|c| c.overlaps(span));
        for (label, gold_name) in [(Label::DATE, "Date"), (Label::MONEY, "Money")] {
            let mut gold: Vec<Span> = Vec::new();
            for sentence in &article.sentences {
                for (a, b, kind) in corpora::iob_spans(sentence.iter().map(|t| t.tag.as_str())) {
                    if kind == gold_name {
                        gold.push(Span::new(sentence[a].span.start, sentence[b - 1].span.end));
                    }
                }
            }
            let strict: Vec<Span> = annotation
                .mentions
                .iter()
                .filter(|m| m.label == label && inside(m.span))
                .map(|m| m.span)
                .collect();
            let mapped: Vec<Span> = if label == Label::DATE {
                strict.iter().filter_map(|&s| worldwide_date(text, s)).collect()
            } else {
                strict.clone()
            };
            for (kind, predicted) in [("strict", &strict), ("worldwide", &mapped)] {
                let key = match (label, kind) {
                    (Label::DATE, "strict") => "DATE strict",
                    (Label::DATE, _) => "DATE worldwide",
                    (_, "strict") => "MONEY strict",
                    _ => "MONEY worldwide",
                };
                let score = scores.entry(key).or_default();
                for p in predicted.iter() {
                    if gold.contains(p) {
                        score.tp += 1;
                    } else {
                        score.fp += 1;
                        if kind == "worldwide" {
                            errors.push(format!(
                                "FP {gold_name:<5} {:?}  | {}",
                                &text[*p],
                                context(text, *p)
                            ));
                        }
                    }
                }
                for g in &gold {
                    if !predicted.contains(g) {
                        score.fn_ += 1;
                        if kind == "worldwide" {
                            errors.push(format!(
                                "FN {gold_name:<5} {:?}  | {}",
                                &text[*g],
                                context(text, *g)
                            ));
                        }
                    }
                }
            }
        }
    }
    println!("worldwide/{split}: {} articles, annotated in {:.2?}", articles.len(), started.elapsed());
    for (name, score) in &scores {
        println!("{}", score.line(name));
    }
    errors.sort();
    for e in errors.iter().take(show_errors) {
        println!("{e}");
    }
    Ok(())
}

fn context(text: &str, span: Span) -> String {
    let mut a = span.start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..span.start], &text[span], &text[span.end..b]).replace('\n', " ")
}
