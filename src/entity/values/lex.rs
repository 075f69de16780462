//! A small lexer for value rules. It splits letters from digits ("5bn" → "5", "bn"; "Sh2" →
//! "Sh", "2") so that glued and spaced forms of an amount match the same rules, and it keeps
//! URLs and e-mail addresses whole so their digits are never read as numbers. It works on the
//! raw text, independent of how stage 2 tokenizes.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with apostrophes or periods only where a letter follows ("o'clock" stays whole).
    Word,
    /// Digits with inner `.` or `,` groups: "1,200", "3.5".
    Number,
    /// Any other single character: currency signs, `%`, dashes, punctuation.
    Punct,
    /// A URL or e-mail address: never part of a value.
    Opaque,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub span: Span,
    pub kind: Kind,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// First token of a sentence or of a line: capitalization says nothing there.
    pub starts_sentence: bool,
}

/// Splits `text` into tokens; `sentence_starts` (ascending byte offsets) marks sentence starts.
pub(super) fn lex(text: &str, sentence_starts: impl IntoIterator<Item = usize>) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut starts = sentence_starts.into_iter().peekable();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut glued = false;
    let mut new_line = true;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            glued = false;
            if c == '\n' {
                new_line = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let chunk = if glued { i } else { chunk_end(text, i) };
        let (end, kind) = if !glued && is_opaque(&text[i..chunk]) {
            (chunk, Kind::Opaque)
        } else if c.is_alphabetic() {
            let mut j = i + c.len_utf8();
            loop {
                // ASCII letters, most of a word, a byte at a time.
                while bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
                    j += 1;
                }
                let Some(d) = text[j..].chars().next() else { break };
                let inner_apostrophe = matches!(d, '\'' | '’')
                    && next_is_letter(text, j + d.len_utf8())
                    && !is_possessive(text, j);
                if d.is_alphabetic() || inner_apostrophe {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            (j, Kind::Word)
        } else if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < bytes.len() {
                if bytes[j].is_ascii_digit() {
                    j += 1;
                } else if matches!(bytes[j], b'.' | b',') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            (j, Kind::Number)
        } else {
            (i + c.len_utf8(), Kind::Punct)
        };
        while starts.next_if(|&s| s <= start).is_some() {
            new_line = true;
        }
        toks.push(Tok { span: Span::new(start, end), kind, glued, starts_sentence: new_line });
        new_line = false;
        glued = true;
        i = end;
    }
    toks
}

fn chunk_end(text: &str, from: usize) -> usize {
    // ASCII that is not white space (`char::is_whitespace`: tab to carriage return, space) a
    // byte at a time; from the first other byte on, the general search.
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() && bytes[at].is_ascii() && !matches!(bytes[at], b'\t'..=b'\r' | b' ') {
        at += 1;
    }
    text[at..].find(char::is_whitespace).map_or(text.len(), |n| at + n)
}

fn is_opaque(chunk: &str) -> bool {
    let bytes = chunk.as_bytes();
    if !bytes.iter().any(|&b| matches!(b, b':' | b'@' | b'.')) {
        return false;
    }
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk.split_once('@').is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
}

fn next_is_letter(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphabetic)
}

/// "Monday's" splits into "Monday", "'", "s" so the weekday still matches.
fn is_possessive(text: &str, apostrophe: usize) -> bool {
    let rest = &text[apostrophe..];
    let after = rest.char_indices().nth(1).map_or("", |(n, _)| &rest[n..]);
    after.starts_with('s') && !after[1..].starts_with(char::is_alphabetic)
}
