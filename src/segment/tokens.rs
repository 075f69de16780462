//! Tokens as news NER models expect them (CoNLL style): punctuation apart from words,
//! abbreviations with their period ("U.S.", "Mr.", "J."), hyphenated words whole
//! ("Keystone-SDA", "so-called"), the possessive and contractions apart ("Ukraine" "’s",
//! "do" "n't"), numbers whole ("1,200.50", "10:45"), links and e-mail addresses whole.
//!
//! The base layer is the Unicode word segmentation (UAX #29), which knows every script, emoji
//! sequences and numbers with separators; news rules then merge and split its pieces.

use super::abbreviations;
use super::bounds;
use super::Token;
use crate::span::Span;

/// Appends the tokens of `span` to `out`, skipping `debris` (sorted spans inside `span`).
pub fn tokenize(text: &str, span: Span, debris: &[Span], out: &mut Vec<Token>) {
    let mut pos = span.start;
    for d in debris {
        if d.start > pos {
            tokenize_piece(text, Span::new(pos, d.start.min(span.end)), out);
        }
        pos = pos.max(d.end);
    }
    if pos < span.end {
        tokenize_piece(text, Span::new(pos, span.end), out);
    }
}

/// Tokenizes a piece free of debris: links by hand, the rest word by word.
fn tokenize_piece(text: &str, span: Span, out: &mut Vec<Token>) {
    let mut pos = span.start;
    while pos < span.end {
        let piece = &text[pos..span.end];
        let Some(url_at) = find_link(piece) else {
            words(text, Span::new(pos, span.end), out);
            return;
        };
        let url_start = pos + url_at;
        words(text, Span::new(pos, url_start), out);
        let run = text[url_start..span.end].find(char::is_whitespace).map_or(span.end, |i| url_start + i);
        let url_end = url_start
            + text[url_start..run]
                .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '”', '’', '\''])
                .len();
        out.push(Token { span: Span::new(url_start, url_end) });
        pos = url_end;
    }
}

/// Where a link ("https://…", "www.…") or e-mail address starts in `piece`.
fn find_link(piece: &str) -> Option<usize> {
    let bytes = piece.as_bytes();
    let starts_word =
        |i: usize| i == 0 || bytes[i - 1].is_ascii_whitespace() || b"(<[\"".contains(&bytes[i - 1]);
    let mut from = 0;
    while let Some(i) = piece[from..].find(['h', 'w', '@']).map(|i| i + from) {
        from = i + 1;
        let rest = &piece[i..];
        if (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."))
            && starts_word(i)
        {
            return Some(i);
        }
        if bytes[i] == b'@' && piece[..i].chars().next_back().is_some_and(char::is_alphanumeric) {
            // An e-mail address: back to the start of the word, if the domain has a dot.
            let start = piece[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || "(<[\"".contains(c))
                .map_or(0, |(s, c)| s + c.len_utf8());
            let domain = rest[1..].split(|c: char| c.is_whitespace()).next().unwrap_or("");
            let domain = domain.trim_end_matches(['.', ',', ';', ':', ')']);
            if domain.contains('.') && domain.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                return Some(start);
            }
        }
    }
    None
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

fn starts_alphanumeric(s: &str) -> bool {
    s.starts_with(char::is_alphanumeric)
}

/// The suffix of a contraction or possessive to split off a word: "’s", "'re", "n't".
fn clitic_len(word: &str) -> usize {
    // Most words have no apostrophe ("’" starts with the byte 0xE2).
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return 0;
    }
    let lower_end = |suffix: &str| {
        word.len() > suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for quote in ['\'', '’'] {
        let mut buf = [0u8; 8];
        let q = quote.encode_utf8(&mut buf);
        let ql = q.len();
        for suffix in ["s", "m", "re", "ve", "ll", "d"] {
            let n = ql + suffix.len();
            if lower_end(suffix) && word.len() > n && word[..word.len() - suffix.len()].ends_with(&*q) {
                let stem = &word[..word.len() - n];
                if stem.ends_with(char::is_alphanumeric) {
                    return n;
                }
            }
        }
        // "don't" → "do" "n't"; "can't" → "ca" "n't".
        if lower_end("t") && word[..word.len() - 1].ends_with(&*q) {
            let stem = &word[..word.len() - 1 - ql];
            if stem.len() > 1 && (stem.ends_with('n') || stem.ends_with('N')) {
                return ql + 2;
            }
        }
    }
    0
}

/// Tokenizes text without links: UAX #29 words, then news rules.
fn words(text: &str, span: Span, out: &mut Vec<Token>) {
    let piece = &text[span];
    // Token count of `out` when this piece began: merges never reach into earlier pieces.
    let first = out.len();
    let mut prev_end = usize::MAX;
    for (at, word) in bounds::word_bound_indices(piece) {
        let start = span.start + at;
        let end = start + word.len();
        if word.chars().all(char::is_whitespace) {
            continue;
        }
        let glued = prev_end == start;
        prev_end = end;
        let last = out.len().checked_sub(1).filter(|&l| l >= first);
        let last_text = last.map(|l| &text[out[l].span]);
        let before_last = last.and_then(|l| l.checked_sub(1)).filter(|&l| l >= first);
        let glued_last = |l: usize| out[l].span.end == out[l + 1].span.start;

        if glued {
            if let (Some(l), Some(lt)) = (last, last_text) {
                // "so" "-" "called" → "so-called"; "AT" "&" "T" → "AT&T".
                if starts_alphanumeric(word)
                    && (is_hyphen(lt) || lt == "&" && word.starts_with(char::is_uppercase))
                {
                    if let Some(b) =
                        before_last.filter(|&b| glued_last(b) && starts_alphanumeric(&text[out[b].span]))
                    {
                        let is_amp_ok = lt != "&" || text[out[b].span].starts_with(char::is_uppercase);
                        if is_amp_ok && clitic_len(&text[out[b].span]) == 0 {
                            out.pop();
                            out[b].span.end = end;
                            split_clitic(text, out, b);
                            continue;
                        }
                    }
                }
                // "10" ":" "45" → "10:45".
                if lt == ":" && word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit()) {
                    if let Some(b) = before_last.filter(|&b| glued_last(b)) {
                        let hours = &text[out[b].span];
                        if (1..=2).contains(&hours.len()) && hours.bytes().all(|b| b.is_ascii_digit()) {
                            out.pop();
                            out[b].span.end = end;
                            continue;
                        }
                    }
                }
                // "#" "Ukraine" → "#Ukraine"; "@" "user" → "@user".
                if (lt == "#" || lt == "@")
                    && starts_alphanumeric(word)
                    && before_last.is_none_or(|b| !glued_last(b))
                {
                    out[l].span.end = end;
                    continue;
                }
                // "..." and "?!" and "--" stay whole.
                let runs = |a: &str, b: &str| {
                    let set =
                        |s: &str| s.chars().all(|c| c == '.') || s.chars().all(|c| c == '!' || c == '?');
                    (set(a) && set(b) && a.starts_with('.') == b.starts_with('.'))
                        || (a.chars().all(|c| c == '-') && b == "-")
                };
                if runs(lt, word) {
                    out[l].span.end = end;
                    continue;
                }
                // "Mr" "." → "Mr."; "U.S" "." → "U.S.".
                if word == "." && starts_alphanumeric(lt) && !text[end..].starts_with('.') {
                    let next_is_digit = text[end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
                    if abbreviations::takes_period(lt, next_is_digit) {
                        out[l].span.end = end;
                        continue;
                    }
                }
            }
        }
        if starts_alphanumeric(word) {
            push_word(text, Span::new(start, end), out);
        } else {
            out.push(Token { span: Span::new(start, end) });
        }
    }
}

/// Pushes one UAX #29 word, split where news text needs it: "Ukraine.The" (a missing space
/// after a period) and clitics ("Ukraine’s").
fn push_word(text: &str, span: Span, out: &mut Vec<Token>) {
    let word = &text[span];
    if word.contains('.') && !abbreviations::is_dotted(word) {
        let mut part_start = span.start;
        for (dot, _) in word.match_indices('.') {
            let before = &text[part_start..span.start + dot];
            let after = &word[dot + 1..];
            let after_word = after.split('.').next().unwrap_or("");
            let letters = |s: &str| s.chars().count() >= 2 && s.chars().all(char::is_alphabetic);
            if letters(before) && letters(after_word) && after_word.starts_with(char::is_uppercase) {
                out.push(Token { span: Span::new(part_start, span.start + dot) });
                out.push(Token { span: Span::new(span.start + dot, span.start + dot + 1) });
                part_start = span.start + dot + 1;
            }
        }
        out.push(Token { span: Span::new(part_start, span.end) });
    } else {
        out.push(Token { span });
    }
    let last = out.len() - 1;
    split_clitic(text, out, last);
}

/// Splits a possessive or contraction off token `i` (the last token).
fn split_clitic(text: &str, out: &mut Vec<Token>, i: usize) {
    let span = out[i].span;
    let n = clitic_len(&text[span]);
    if n > 0 {
        out[i].span.end = span.end - n;
        out.push(Token { span: Span::new(span.end - n, span.end) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &[], &mut out);
        out.iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn tokenizes_news_text() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("possessive", "Ukraine’s € offer", &["Ukraine", "’s", "€", "offer"]),
            ("straight possessive", "Russia's plan 😀", &["Russia", "'s", "plan", "😀"]),
            ("contraction", "They don't know", &["They", "do", "n't", "know"]),
            ("cant", "We can’t.", &["We", "ca", "n’t", "."]),
            ("name apostrophe", "O’Brien’s “view”", &["O’Brien", "’s", "“", "view", "”"]),
            (
                "hyphens",
                "the so-called Keystone-SDA €-zone",
                &["the", "so-called", "Keystone-SDA", "€", "-", "zone"],
            ),
            ("hyphen possessive", "Keystone-SDA’s report", &["Keystone-SDA", "’s", "report"]),
            ("dates", "on 2022-09-22 at 10:45", &["on", "2022-09-22", "at", "10:45"]),
            ("numbers", "1,200.50 € and 3.5bn", &["1,200.50", "€", "and", "3.5bn"]),
            (
                "abbreviations",
                "Mr. Cassis of the U.S. met Gen. J. R. R. Doe.",
                &["Mr.", "Cassis", "of", "the", "U.S.", "met", "Gen.", "J.", "R.", "R.", "Doe", "."],
            ),
            ("times", "at 4 p.m. on No. 5", &["at", "4", "p.m.", "on", "No.", "5"]),
            ("no as a word", "He said no. Then 😀", &["He", "said", "no", ".", "Then", "😀"]),
            ("ellipsis", "Well... maybe…", &["Well", "...", "maybe", "…"]),
            ("runs", "Really?! Yes -- no", &["Really", "?!", "Yes", "--", "no"]),
            ("missing space", "in Ukraine.The talks", &["in", "Ukraine", ".", "The", "talks"]),
            (
                "link",
                "See https://example.com/a?b=1. Or www.example.ch!",
                &["See", "https://example.com/a?b=1", ".", "Or", "www.example.ch", "!"],
            ),
            ("email", "Write to zoë@example.com, please", &["Write", "to", "zoë@example.com", ",", "please"]),
            (
                "email after no-break space",
                "Mail\u{a0}zoë@example.com 😀",
                &["Mail", "zoë@example.com", "😀"],
            ),
            ("hashtag", "#Ukraine and @UN_News €", &["#Ukraine", "and", "@UN_News", "€"]),
            (
                "quote after period",
                "“It ended.” He left.",
                &["“", "It", "ended", ".", "”", "He", "left", "."],
            ),
            ("ampersand", "AT&T and S&P 500", &["AT&T", "and", "S&P", "500"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(tokens(text), *want, "{name}");
        }
    }

    #[test]
    fn skips_debris_and_ends_words_at_it() {
        let text = "Blick reportedExternal link that € rose";
        let at = text.find("External").unwrap();
        let debris = [Span::new(at, at + "External link".len())];
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &debris, &mut out);
        let got: Vec<&str> = out.iter().map(|t| &text[t.span]).collect();
        assert_eq!(got, ["Blick", "reported", "that", "€", "rose"]);
    }
}
