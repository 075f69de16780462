//! TITLE mentions: a person's role written before or beside the name ("Foreign Minister",
//! "Swiss President").

use crate::annotation::{Label, Mention};
use crate::segment::Segmentation;

const TITLES: &[&str] = &["President", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Mayor"];

/// TITLE mentions in text order, not overlapping.
pub fn find_titles(text: &str, seg: &Segmentation) -> Vec<Mention> {
    seg.tokens
        .iter()
        .filter(|t| TITLES.contains(&&text[t.span]))
        .map(|t| Mention { span: t.span, label: Label::TITLE, entity: None, value: None })
        .collect()
}
