//! Stage 2: sentences and tokens, within the blocks of stage 1.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::article::Layout;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceTokens {
    pub span: Span,
    /// Index range into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// Index of the block in [`Layout::blocks`] that holds the sentence.
    pub block: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<SentenceTokens>,
}

/// Splits every block into sentences and tokens.
pub fn segment(text: &str, layout: &Layout) -> Segmentation {
    let mut seg = Segmentation::default();
    for (block_index, block) in layout.blocks.iter().enumerate() {
        let block_text = &text[block.span];
        for (start, sentence) in block_text.split_sentence_bound_indices() {
            let span =
                Span::new(block.span.start + start, block.span.start + start + sentence.len()).trim(text);
            if span.is_empty() {
                continue;
            }
            let first = seg.tokens.len();
            for (word_start, word) in text[span].split_word_bound_indices() {
                if word.chars().all(char::is_whitespace) {
                    continue;
                }
                let start = span.start + word_start;
                let token = Span::new(start, start + word.len());
                if layout.debris.iter().any(|d| d.overlaps(token)) {
                    continue;
                }
                seg.tokens.push(Token { span: token });
            }
            seg.sentences.push(SentenceTokens { span, tokens: first..seg.tokens.len(), block: block_index });
        }
    }
    seg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article;

    #[test]
    fn splits_sentences_and_words() {
        let text = "Cassis met Lavrov. They spoke about € and 😀.";
        let layout = article::read(text);
        let seg = segment(text, &layout);
        assert_eq!(seg.sentences.len(), 2);
        let words: Vec<&str> = seg.tokens.iter().map(|t| &text[t.span]).collect();
        assert_eq!(words[..4], ["Cassis", "met", "Lavrov", "."]);
        assert!(words.contains(&"€"));
    }
}
