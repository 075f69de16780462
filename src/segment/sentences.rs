//! Sentence boundaries within one block, decided on tokens: a period, "?", "!" or ellipsis,
//! then any closing quotes and brackets, ends a sentence when the next token opens one.

use super::abbreviations;
use super::Token;

/// What a token can do to end a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// ".", "!", "?", "?!".
    Stop,
    /// "...", "…".
    Ellipsis,
    /// A word with its period ("U.S.", "Inc.", "J."), which ends a sentence only sometimes.
    Abbreviation,
}

fn ending(token: &str) -> Option<Ending> {
    if token == "…" || (token.len() >= 2 && token.bytes().all(|b| b == b'.')) {
        return Some(Ending::Ellipsis);
    }
    if token.bytes().all(|b| matches!(b, b'.' | b'!' | b'?'))
        || token == "。"
        || token == "！"
        || token == "？"
    {
        return Some(Ending::Stop);
    }
    if token.len() > 1 && token.ends_with('.') && token.starts_with(char::is_alphanumeric) {
        return Some(Ending::Abbreviation);
    }
    None
}

/// A quote mark or bracket at `i` that closes what came before: curly closers always, straight
/// quotes when glued to the previous token.
fn closes(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &text[tokens[i].span];
    match t {
        "”" | "’" | "»" | "›" | ")" | "]" | "}" | "」" | "』" => true,
        "\"" | "'" => i > 0 && tokens[i - 1].span.end == tokens[i].span.start,
        // An opening mark typed where a closing one belongs: glued to the word before, apart
        // from the word after ("decision.“ However").
        "“" | "‘" => {
            i > 0
                && tokens[i - 1].span.end == tokens[i].span.start
                && tokens.get(i + 1).is_none_or(|next| next.span.start > tokens[i].span.end)
        }
        _ => false,
    }
}

fn opens(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &text[tokens[i].span];
    match t {
        "“" | "‘" | "«" | "„" | "‹" | "(" | "[" | "「" | "『" => true,
        "\"" | "'" => i == 0 || tokens[i - 1].span.end != tokens[i].span.start,
        _ => false,
    }
}

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "replied",
    "explained",
    "noted",
    "stressed",
    "insisted",
    "recalled",
    "continued",
    "shouted",
    "tweeted",
    "posted",
    "declared",
    "warned",
];

/// After "?" or "!" in closed quotes, a capitalized speaker before a speech verb goes on with
/// the same sentence: “Why now?” Foreign Minister Cassis asked.
fn attribution_follows(text: &str, tokens: &[Token], next: usize) -> bool {
    for t in tokens.iter().skip(next).take(5) {
        let word = &text[t.span];
        if SPEECH_VERBS.contains(&word) {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Splits `tokens` (one block's) into sentences; calls `emit` with each token range.
pub fn split(text: &str, tokens: &[Token], mut emit: impl FnMut(std::ops::Range<usize>)) {
    let n = tokens.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let token = &text[tokens[i].span];
        let Some(kind) = ending(token) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut quoted = false;
        while j < n && closes(text, tokens, j) {
            quoted |= !matches!(&text[tokens[j].span], ")" | "]" | "}");
            j += 1;
        }
        if j == n {
            break;
        }
        let next = &text[tokens[j].span];
        let next_opens = opens(text, tokens, j);
        let capital = next.starts_with(|c: char| c.is_uppercase());
        let boundary = match kind {
            Ending::Stop => {
                let continues = next.starts_with(|c: char| c.is_lowercase())
                    || matches!(next, "," | ";" | ":" | "-" | "–" | "—" | "%")
                    || ending(next).is_some_and(|e| e != Ending::Abbreviation)
                    || (quoted && token != "." && attribution_follows(text, tokens, j));
                !continues
            }
            Ending::Ellipsis => capital || next_opens,
            Ending::Abbreviation => {
                let word = token.trim_end_matches('.');
                let initial = word.chars().count() == 1;
                if abbreviations::is_title(token) {
                    false
                } else if initial {
                    abbreviations::is_sentence_starter(next) && next != "A" && next != "I"
                } else {
                    abbreviations::is_sentence_starter(next) || next_opens
                }
            }
        };
        if boundary {
            emit(start..j);
            start = j;
        }
        i = j;
    }
    if start < n {
        emit(start..n);
    }
}
