//! Stage 3: named entities and values (people, organizations, places, dates, money…).

pub(crate) mod titles;
mod values;

use crate::annotation::{Label, Mention};
use crate::article::Layout;
use crate::segment::Segmentation;
use crate::span::Span;

/// Finds mentions; built once with its data, then reused for every article.
#[derive(Clone, Debug, Default)]
pub struct Recognizer {}

const COUNTRIES: &[&str] = &["Switzerland", "Russia", "Ukraine", "France", "Germany", "China"];
const DEMONYMS: &[&str] = &["Swiss", "Russian", "Ukrainian", "French", "German", "Western"];

impl Recognizer {
    pub fn new() -> Recognizer {
        Recognizer {}
    }

    /// Mentions in text order, not overlapping, with `entity` and `value` left empty.
    pub fn recognize(&self, text: &str, _layout: &Layout, seg: &Segmentation) -> Vec<Mention> {
        let mut mentions = Vec::new();
        for sentence in &seg.sentences {
            let tokens = &seg.tokens[sentence.tokens.clone()];
            let mut i = 0;
            while i < tokens.len() {
                let word = &text[tokens[i].span];
                if !word.starts_with(char::is_uppercase) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < tokens.len() && text[tokens[j].span].starts_with(char::is_uppercase) {
                    j += 1;
                }
                let span = Span::new(tokens[i].span.start, tokens[j - 1].span.end);
                let name = &text[span];
                let label = if COUNTRIES.contains(&name) {
                    Some(Label::GPE)
                } else if DEMONYMS.contains(&name) {
                    Some(Label::NORP)
                } else if j - i >= 2 {
                    Some(Label::PERSON)
                } else {
                    None
                };
                if let Some(label) = label {
                    mentions.push(Mention { span, label, entity: None, value: None });
                }
                i = j;
            }
        }
        merge(mentions, values::find_values(text, seg), titles::find_titles(text, seg))
    }
}

/// Merges the mentions of the three recognizers: values first, then titles, then names; a
/// mention overlapping one already taken is dropped. Returns them in text order.
fn merge(names: Vec<Mention>, values: Vec<Mention>, titles: Vec<Mention>) -> Vec<Mention> {
    let mut taken: Vec<Mention> = Vec::with_capacity(names.len() + values.len() + titles.len());
    for mention in values.into_iter().chain(titles).chain(names) {
        if !taken.iter().any(|t| t.span.overlaps(mention.span)) {
            taken.push(mention);
        }
    }
    taken.sort_by_key(|m| (m.span.start, m.span.end));
    taken
}
