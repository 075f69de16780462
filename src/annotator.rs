//! The [`Annotator`]: built once with its embedded data, then runs the pipeline stages in order.

use crate::annotation::{Annotation, QuoteKind, Sentence, Term};
use crate::entity::Recognizer;
use crate::{article, link, quote, segment};

/// Annotates articles. Construction loads the embedded model and lexicons once; reuse the
/// annotator for every article.
///
/// ```
/// let annotator = article_annotator::Annotator::new();
/// let text = "Ignazio Cassis met Sergei Lavrov on Wednesday.";
/// let annotation = annotator.annotate(text);
/// let people: Vec<&str> = annotation
///     .mentions
///     .iter()
///     .filter(|m| m.label == article_annotator::Label::PERSON)
///     .map(|m| &text[m.span])
///     .collect();
/// assert_eq!(people, ["Ignazio Cassis", "Sergei Lavrov"]);
/// ```
#[derive(Clone, Debug)]
pub struct Annotator {
    recognizer: Recognizer,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// An annotator with the model and lexicons embedded in the crate.
    pub fn new() -> Annotator {
        Annotator { recognizer: Recognizer::new() }
    }

    /// Annotates one article. Never fails: odd input gives fewer annotations, not an error.
    pub fn annotate(&self, text: &str) -> Annotation {
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        let mut mentions = self.recognizer.recognize(text, &layout, &seg);
        let quotes = quote::find_quotes(text, &layout, &seg, &mentions);
        // Marks around words that are not speech are terms, kept apart from the quotes.
        let (terms, mut quotes): (Vec<_>, Vec<_>) =
            quotes.into_iter().partition(|q| q.kind == QuoteKind::Term);
        let terms = terms
            .into_iter()
            .map(|t| Term { span: t.span, content: t.content.first().copied().unwrap_or(t.span) })
            .collect();
        let entities = link::link(text, &layout, &seg, &mut mentions, &mut quotes);
        Annotation {
            text_len: text.len(),
            document_date: layout.document_date,
            blocks: layout.blocks,
            sentences: seg.sentences.iter().map(|s| Sentence { span: s.span }).collect(),
            mentions,
            entities,
            quotes,
            terms,
        }
    }
}
