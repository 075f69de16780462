//! Stage 4: who said what. Direct quotes in quotation marks, reported speech, and speakers.

use crate::annotation::{Mention, Quote, QuoteKind};
use crate::article::Layout;
use crate::segment::Segmentation;
use crate::span::Span;

/// Quotes in text order, with `speaker_entity` left empty (linking fills it).
pub fn find_quotes(text: &str, _layout: &Layout, _seg: &Segmentation, mentions: &[Mention]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut search_from = 0;
    while let Some(open) = text[search_from..].find('“').map(|i| i + search_from) {
        let content_start = open + '“'.len_utf8();
        let Some(close) = text[content_start..].find('”').map(|i| i + content_start) else {
            break;
        };
        let end = close + '”'.len_utf8();
        let after = &text[end..];
        let cue = after.find(" said").filter(|&i| i < 40).map(|i| Span::new(end + i + 1, end + i + 5));
        let speaker = cue.and_then(|cue| {
            mentions.iter().find(|m| m.span.start >= end && m.span.end <= cue.start).map(|m| m.span)
        });
        let span = Span::new(open, cue.map_or(end, |c| c.end).max(speaker.map_or(end, |s| s.end)));
        quotes.push(Quote {
            span,
            kind: QuoteKind::Direct,
            content: vec![Span::new(content_start, close)],
            cue,
            speaker,
            speaker_entity: None,
        });
        search_from = end;
    }
    quotes
}
