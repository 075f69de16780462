//! The UAX #29 word boundaries of `unicode-segmentation`, with a shortcut for plain English
//! words: a run of ASCII letters after a space (or at the start) and before a space or most
//! ASCII punctuation is one word whatever else the text holds, and so is a run of spaces before
//! such a word. Most of news text is such runs; the rest goes through the library, which took
//! a tenth of the pipeline's instructions.
//!
//! Why the shortcut gives the library's boundaries: between two ASCII letters there is never a
//! boundary (WB5), nor between two spaces (WB3d); after a letter, a boundary falls before a
//! space, a line break, a digit-free ASCII character that is not a "mid" letter or number
//! (`.` `'` `:`) or a connector (`_`), since no rule joins them (WB6, WB7, WB13a look for
//! those); and a space run is cut before a letter (WB999). The library is restarted only at a
//! letter or a space: a rule looking back past such a character (WB7, WB7c, WB11, WB15) needs
//! a "mid" character, a quote or a regional indicator there instead, and a character after it
//! attaches to it alone (WB4).

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// `piece.split_word_bound_indices()`, faster on plain English words.
pub fn word_bound_indices(piece: &str) -> WordBounds<'_> {
    WordBounds { piece, pos: 0, library: None }
}

pub struct WordBounds<'a> {
    piece: &'a str,
    /// Where the next word starts.
    pos: usize,
    /// The library's iterator and where it started, while the shortcut does not apply.
    library: Option<(usize, UWordBoundIndices<'a>)>,
}

/// Whether a boundary always falls between an ASCII letter and `b`.
fn ends_letters(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'\'' | b':' | b'_')
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.piece.as_bytes();
        let pos = self.pos;
        if pos >= bytes.len() {
            return None;
        }
        if self.library.is_none() {
            let run =
                |from: usize, f: fn(&u8) -> bool| from + bytes[from..].iter().take_while(|b| f(b)).count();
            // Before a space or the end, a boundary falls after any character but a space
            // (WB3d): a "mid" character there joins nothing (WB6 and WB7 want a letter after).
            let spaced = |at: usize| bytes.get(at).is_none_or(|&b| b == b' ');
            let end = match bytes[pos] {
                b if b.is_ascii_alphabetic() => {
                    let end = run(pos, u8::is_ascii_alphabetic);
                    let mid_then_space = |b: u8| matches!(b, b'.' | b'\'' | b':') && spaced(end + 1);
                    (end == bytes.len() || ends_letters(bytes[end]) || mid_then_space(bytes[end]))
                        .then_some(end)
                }
                // Punctuation right after a run of letters (which the shortcut ended there) and
                // before a space or the end is a word of its own: "said," "told." "(sic)".
                b if b.is_ascii_punctuation()
                    && pos > 0
                    && bytes[pos - 1].is_ascii_alphabetic()
                    && b != b'_' =>
                {
                    spaced(pos + 1).then_some(pos + 1)
                }
                b' ' => {
                    let end = run(pos, |&b| b == b' ');
                    (end < bytes.len() && bytes[end].is_ascii_alphabetic()).then_some(end)
                }
                _ => None,
            };
            // A letter run starts a word only after a space (or at the start): after a "mid"
            // character the library may join it to what comes before. (Punctuation after
            // letters needs no space before it.)
            let after_space = pos == 0
                || bytes[pos - 1] == b' '
                || bytes[pos] == b' '
                || bytes[pos].is_ascii_punctuation() && bytes[pos - 1].is_ascii_alphabetic();
            if let Some(end) = end.filter(|_| after_space) {
                self.pos = end;
                return Some((pos, &self.piece[pos..end]));
            }
            self.library = Some((pos, self.piece[pos..].split_word_bound_indices()));
        }
        let (base, words) = self.library.as_mut()?;
        let (at, word) = words.next()?;
        let start = *base + at;
        self.pos = start + word.len();
        // Back to the shortcut at a letter or a space after a space (see the module comment).
        if word.ends_with(' ') && bytes.get(self.pos).is_some_and(|&b| b == b' ' || b.is_ascii_alphabetic()) {
            self.library = None;
        }
        Some((start, word))
    }
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    type Bounds<'a> = Vec<(usize, &'a str)>;

    fn both(text: &str) -> (Bounds<'_>, Bounds<'_>) {
        (word_bound_indices(text).collect(), text.split_word_bound_indices().collect())
    }

    #[test]
    fn named_cases_match_the_library() {
        let cases = [
            ("empty", ""),
            ("plain", "Cassis met Lavrov in New York."),
            ("mid letters", "U.S. don't a:b snake_case e.g. 3.5 1,000 a,b a;b"),
            ("non-ASCII", "Genève costs € 5 😀, “quoted” Russia’s café\u{301} ΑΘΗΝΑ"),
            ("spaces and lines", "  two  spaces\n\nnew line\r\n tab\there "),
            ("flags and joiners", "flag 🇨🇭🇺🇦 family 👨\u{200d}👩 a\u{200d}b x\u{ad}y"),
            ("hebrew quote", "a שׁ\"ב b \"quoted\" it's 'single'"),
            ("digits", "G20 COVID-19 abc123 12abc 10:45 v2.0"),
            ("punctuation before spaces", "He said, “no”; she told. Then (sic) it: ok! end."),
            ("mid before space", "the students' union, the U. S. Army, a: b, e.g. x.y end.  "),
            ("punctuation glued on", "said,then told.Then a,1 a.1 a:€ word_ x a'😀 a.\u{301} b"),
        ];
        for (name, text) in cases {
            let (fast, library) = both(text);
            assert_eq!(fast, library, "{name}");
        }
    }

    const PARTS: &[&str] = &[
        "a", "B", "word", "Zz", " ", "  ", "\n", "\r\n", "\t", ".", "'", "’", ":", ",", ";", "_", "-", "\"",
        "“", "(", ")", "!", "?", "1", "42", "é", "\u{301}", "\u{200d}", "\u{ad}", "😀", "🇨", "🇭", "ש", "ב",
        "€", "$", "%", "/", "#", "@", "&", "ΑΘ", "中文", "カタ", "・",
    ];

    proptest! {
        #[test]
        fn random_text_matches_the_library(parts in proptest::collection::vec(0..PARTS.len(), 0..40)) {
            let text: String = parts.iter().map(|&p| PARTS[p]).collect();
            let (fast, library) = both(&text);
            prop_assert_eq!(fast, library);
        }
    }
}
