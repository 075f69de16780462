//! Stage 2: sentences and tokens, within the blocks of stage 1.
//!
//! Tokens follow the CoNLL conventions NER models are trained on (see [`tokens`]); sentences
//! never cross a block and never break at an abbreviation's period, a decimal point or a quote
//! that closes after its period (see [`sentences`]). Debris found by stage 1 is skipped like
//! white space, so "reportedExternal link that" gives the tokens "reported" "that" and one
//! sentence.

mod abbreviations;
mod bounds;
mod sentences;
mod tokens;

use std::ops::Range;

use crate::article::Layout;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceTokens {
    /// From the first token's start to the last token's end.
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
    let mut seg = Segmentation {
        // News text runs about six bytes a token; one allocation for most articles.
        tokens: Vec::with_capacity(text.len() / 5 + 16),
        sentences: Vec::new(),
    };
    for (block_index, block) in layout.blocks.iter().enumerate() {
        let first = seg.tokens.len();
        tokens::tokenize(text, block.span, layout.debris_in(block.span), &mut seg.tokens);
        let block_tokens = &seg.tokens[first..];
        let sentences = &mut seg.sentences;
        sentences::split(text, block_tokens, |range| {
            let span = Span::new(block_tokens[range.start].span.start, block_tokens[range.end - 1].span.end);
            sentences.push(SentenceTokens {
                span,
                tokens: first + range.start..first + range.end,
                block: block_index,
            });
        });
    }
    seg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article;

    fn sentences(text: &str) -> Vec<&str> {
        let layout = article::read(text);
        segment(text, &layout).sentences.iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn splits_news_sentences() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "plain",
                "Cassis met Lavrov. They spoke about € and 😀.",
                &["Cassis met Lavrov.", "They spoke about € and 😀."],
            ),
            (
                "titles and initials",
                "Mr. J. R. R. Doe met Gen. Smith. He left.",
                &["Mr. J. R. R. Doe met Gen. Smith.", "He left."],
            ),
            (
                "abbreviation at the end",
                "He moved to the U.S. The move cost €5.",
                &["He moved to the U.S.", "The move cost €5."],
            ),
            (
                "abbreviation inside",
                "The U.S. Senate met at 4 p.m. on Friday.",
                &["The U.S. Senate met at 4 p.m. on Friday."],
            ),
            (
                "decimals",
                "Growth was 3.5 percent. Prices rose 1,200.50 €.",
                &["Growth was 3.5 percent.", "Prices rose 1,200.50 €."],
            ),
            (
                "quote closes after the period",
                "“We will win.” Zoë left. “Why?” she asked.",
                &["“We will win.”", "Zoë left.", "“Why?” she asked."],
            ),
            (
                "speaker after question",
                "“Why now?” Foreign Minister Zoë Roe asked. Nobody 😀 knew.",
                &["“Why now?” Foreign Minister Zoë Roe asked.", "Nobody 😀 knew."],
            ),
            (
                "sentences inside a quote",
                "“It is over. We lost,” he said.",
                &["“It is over.", "We lost,” he said."],
            ),
            (
                "straight quotes",
                "He said: \"It ended.\" Then € fell.",
                &["He said: \"It ended.\"", "Then € fell."],
            ),
            (
                "ellipsis",
                "We waited… and waited... Then it came.",
                &["We waited… and waited...", "Then it came."],
            ),
            ("exclamation in a name", "Yahoo! shares rose. 😀", &["Yahoo! shares rose.", "😀"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(sentences(text), *want, "{name}");
        }
    }

    #[test]
    fn debris_neither_makes_tokens_nor_breaks_sentences() {
        let text = "Zoë ran.\n\nNewspaper Blick reportedExternal link that € prices rose. He left.";
        let layout = article::read(text);
        let seg = segment(text, &layout);
        let words: Vec<&str> = seg.tokens.iter().map(|t| &text[t.span]).collect();
        assert!(words.windows(2).any(|w| w == ["reported", "that"]), "{words:?}");
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| &text[s.span]).collect();
        assert_eq!(sentences[1], "Newspaper Blick reportedExternal link that € prices rose.");
        assert_eq!(seg.sentences[1].block, 1);
    }

    #[test]
    fn a_quote_spanning_paragraphs_ends_no_sentence_early() {
        // News style: the quote opens again in each paragraph and closes only in the last.
        let text = "“We will win. We always do.\n\n“And we will not stop at € 5,” she said. Zoë 😀 left.";
        let got: Vec<&str> = sentences(text);
        assert_eq!(
            got,
            ["“We will win.", "We always do.", "“And we will not stop at € 5,” she said.", "Zoë 😀 left."]
        );
    }

    #[test]
    fn sentences_never_cross_blocks() {
        let text = "Reaction\n\nSwiss € politicians were “angry\n\nvery angry,” one said";
        let layout = article::read(text);
        let seg = segment(text, &layout);
        for s in &seg.sentences {
            assert!(layout.blocks[s.block].span.contains(s.span));
        }
        assert_eq!(seg.sentences.len(), layout.blocks.len());
    }
}
