//! A light tokenizer for one block: words and single punctuation marks, skipping web debris.
//! The quote stage keeps its own so that speaker phrases parse the same whatever the general
//! segmentation does with quotation marks.

use crate::span::Span;

use super::lexicon;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub span: Span,
    /// A word (letters or digits); otherwise a single punctuation character.
    pub word: bool,
}

/// Characters that join two word characters into one word ("Keystone-SDA", "don’t", "U.S").
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokens of `span`, with the pieces of `debris` treated as white space.
pub(crate) fn tokenize(text: &str, span: Span, debris: &[Span]) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(span.len() / 5);
    let mut word_start: Option<usize> = None;
    let mut chars = text[span].char_indices().peekable();
    let mut debris = debris.iter().filter(|d| d.overlaps(span)).peekable();
    while let Some((i, c)) = chars.next() {
        let at = span.start + i;
        while debris.peek().is_some_and(|d| d.end <= at) {
            debris.next();
        }
        let in_debris = debris.peek().is_some_and(|d| d.start <= at && at < d.end);
        if !in_debris && c.is_alphanumeric() {
            word_start.get_or_insert(at);
            continue;
        }
        if !in_debris && word_start.is_some() && is_joiner(c) {
            if let Some(&(_, next)) = chars.peek() {
                if next.is_alphanumeric() {
                    continue;
                }
            }
        }
        if let Some(start) = word_start.take() {
            toks.push(Tok { span: Span::new(start, at), word: true });
        }
        if !in_debris && !c.is_whitespace() {
            toks.push(Tok { span: Span::new(at, at + c.len_utf8()), word: false });
        }
    }
    if let Some(start) = word_start {
        toks.push(Tok { span: Span::new(start, span.end), word: true });
    }
    toks
}

pub(crate) fn is_capitalized(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Closing punctuation that may follow a sentence's final stop: a bracket, or a quotation mark
/// that closes a quotation (the byte before it is inside).
fn is_closer(text: &str, tok: &Tok, inside: &impl Fn(usize) -> bool) -> bool {
    match &text[tok.span] {
        ")" | "]" => true,
        "”" | "’" | "\"" | "'" | "»" | "›" | "」" | "』" | "“" | "‘" => {
            let start = tok.span.start;
            // The second apostrophe of a doubled '' mark closes too.
            let doubled = start >= 2 && text.as_bytes()[start - 1] == b'\'' && inside(start - 2);
            (start > 0 && inside(start - 1)) || doubled
        }
        _ => false,
    }
}

/// Splits a block's tokens into sentences (ranges of token indices). A boundary is a `.`, `!`,
/// `?` or `…` (with any closing marks after it) followed by a capital, a digit or a quotation
/// mark, unless the period ends an abbreviation. `inside` says whether a byte position lies
/// inside a quotation, where no boundary is taken.
pub(crate) fn sentences(
    text: &str,
    toks: &[Tok],
    inside: impl Fn(usize) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = &text[toks[i].span];
        let is_stop = !toks[i].word && matches!(t, "." | "!" | "?" | "…");
        if !is_stop {
            i += 1;
            continue;
        }
        let after_word = i > 0 && toks[i - 1].word && toks[i - 1].span.end == toks[i].span.start;
        if t == "." && after_word && lexicon::is_abbreviation(&text[toks[i - 1].span]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < toks.len() && !toks[end].word && is_closer(text, &toks[end], &inside) {
            end += 1;
        }
        let next_starts = match toks.get(end) {
            None => true,
            Some(next) if next.word => is_capitalized(&text[next.span]),
            Some(next) => {
                matches!(
                    &text[next.span],
                    "“" | "\"" | "‘" | "'" | "«" | "„" | "(" | "‹" | "「" | "『" | "—" | "–" | "-"
                )
            }
        };
        // Inside a quotation the sentence goes on until the quotation closes.
        let still_inside = inside(toks[i].span.start) && toks.get(end).is_some_and(|n| inside(n.span.start));
        let next_starts = next_starts && !still_inside;
        if next_starts {
            out.push(start..end);
            start = end;
        }
        i = end.max(i + 1);
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_joiners_and_skip_debris() {
        let text = "Keystone-SDA’s € reportedExternal link that 😀 U.S. aid";
        let debris_start = text.find("External").unwrap();
        let debris = [Span::new(debris_start, debris_start + "External link".len())];
        let toks = tokenize(text, Span::new(0, text.len()), &debris);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.span]).collect();
        assert_eq!(words, ["Keystone-SDA’s", "€", "reported", "that", "😀", "U.S", ".", "aid"]);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Mr. Cassis spoke in the U.S. Then he left. “Yes.” Lavrov agreed — 5 €.";
        let toks = tokenize(text, Span::new(0, text.len()), &[]);
        let yes = text.find("Yes").unwrap();
        let sents: Vec<&str> = sentences(text, &toks, |at| (yes..yes + 4).contains(&at))
            .into_iter()
            .map(|r| &text[toks[r.start].span.start..toks[r.end - 1].span.end])
            .collect();
        assert_eq!(sents, ["Mr. Cassis spoke in the U.S. Then he left.", "“Yes.”", "Lavrov agreed — 5 €."]);
    }
}
