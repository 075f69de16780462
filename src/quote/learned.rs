//! Reported speech the rules leave out, decided by a table learned from PolNeAR train: a cue
//! word in a context (the classes of its neighbours) whose fallback prediction matched gold
//! attributions often enough there to raise F1 ("the report found Trump leading", "Glenn Beck
//! Blasts Drudge").
//!
//! The table (`data/reported_cues.txt`, written by `eval_quotes --learn-cues`) is a decision
//! list over four ever finer keys of one candidate token: its lower-case word; the word and the
//! class of the token after it; then the class before it too; then its own shape, whether the
//! rules' content already holds it, and the class two tokens on. Each line is `+key` or `-key`:
//! a key whose decision differs from that of the coarser key it refines. A word never named is
//! no cue, so the table stays a few KB and only its words cost a look-up.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::{is_auxiliary, is_pronoun, is_speech_verb, is_tell_verb};
use super::reported::{
    after_possessive, is_noun_cue, is_stance_verb, possessor, relative_antecedent, trim_end, used_as_verb,
    words_before, Reported, MIN_CONTENT,
};
use super::speaker::{phrase_starting_at, sentence_subject, subject_before, Phrase, Words};

/// The learned decisions, `+key` (a cue) or `-key` (none), one a line.
const TABLE: &str = include_str!("../../data/reported_cues.txt");

/// Finer and finer keys of one candidate; the table refines each level by the next.
pub const LEVELS: usize = 4;

struct Decisions {
    /// Every word the table names (the first part of its keys), sorted for binary search.
    words: Vec<&'static str>,
    /// One bit per `filter_slot` of the table's words: most words of an article are turned away
    /// by one bit test (the binary search over `words` was 2.5% of annotation time).
    filter: [u64; FILTER_WORDS],
    keys: HashMap<&'static str, bool>,
}

fn decisions() -> &'static Decisions {
    static DECISIONS: OnceLock<Decisions> = OnceLock::new();
    DECISIONS.get_or_init(|| {
        let mut words = Vec::new();
        let mut keys = HashMap::new();
        for line in TABLE.lines() {
            let (keep, key) = match line.split_at_checked(1) {
                Some(("+", key)) => (true, key),
                Some(("-", key)) => (false, key),
                _ => continue,
            };
            words.push(key.split('|').next().unwrap_or(key));
            keys.insert(key, keep);
        }
        words.sort_unstable();
        words.dedup();
        let mut filter = [0u64; FILTER_WORDS];
        for word in &words {
            let slot = filter_slot(word.as_bytes());
            filter[slot / 64] |= 1 << (slot % 64);
        }
        Decisions { words, keys, filter }
    })
}

const FILTER_WORDS: usize = 16;

/// A slot of the filter for a word by its first and last byte (ASCII-lowercased) and length.
fn filter_slot(word: &[u8]) -> usize {
    let first = word.first().map_or(0, u8::to_ascii_lowercase) as usize;
    let last = word.last().map_or(0, u8::to_ascii_lowercase) as usize;
    (first * 31 + last * 7 + word.len()) % (FILTER_WORDS * 64)
}

impl Decisions {
    /// False when `word` (in any case) cannot be a word of the table. A word with non-ASCII
    /// bytes may lower-case to other lengths, so only the binary search decides it.
    fn may_name(&self, word: &str) -> bool {
        let slot = filter_slot(word.as_bytes());
        !word.is_ascii() || self.filter[slot / 64] & (1 << (slot % 64)) != 0
    }
}

/// Words a class names as themselves: they tell a clause, an infinitive or a name apart.
const CLASS_WORDS: &[&str] = &[
    "a", "about", "also", "an", "and", "are", "as", "at", "be", "but", "by", "for", "had", "has", "have",
    "he", "her", "his", "how", "i", "if", "in", "is", "it", "its", "no", "not", "of", "on", "or", "she",
    "so", "that", "the", "their", "there", "they", "this", "to", "was", "we", "were", "what", "when",
    "whether", "which", "who", "why", "will", "with", "would", "you",
];

/// The class of token `k` in the sentence `sent`: a few words as themselves, else its shape.
fn class(w: &Words, sent: &Range<usize>, k: Option<usize>, lower: &mut String) -> &'static str {
    let Some(k) = k.filter(|k| *k >= sent.start) else { return "^" };
    if k >= sent.end {
        return "$";
    }
    let word = w.word(k);
    if !w.is_word(k) {
        return match word {
            "," => ",",
            ":" => ":",
            ";" => ";",
            "." => ".",
            "(" => "(",
            ")" => ")",
            "—" | "–" | "-" => "-",
            "?" | "!" => "?",
            "“" | "”" | "\"" | "‘" | "’" | "'" | "«" | "»" => "q",
            _ => "p",
        };
    }
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase));
    if let Ok(i) = CLASS_WORDS.binary_search(&lower.as_str()) {
        return CLASS_WORDS[i];
    }
    if is_pronoun(word) {
        "pron"
    } else if is_auxiliary(word) {
        "aux"
    } else if word.starts_with(char::is_uppercase) {
        "C"
    } else if word.starts_with(|c: char| c.is_ascii_digit()) {
        "9"
    } else if word.ends_with("ing") {
        "ing"
    } else if word.ends_with("ed") {
        "ed"
    } else if word.ends_with('s') {
        "s"
    } else {
        "w"
    }
}

/// The keys of the candidate at token `i`, coarsest first.
fn keys(w: &Words, sent: &Range<usize>, i: usize, inside: bool, word: &str) -> [String; LEVELS] {
    let mut finest = String::new();
    let ends = write_keys(w, sent, i, inside, word, &mut finest);
    ends.map(|end| finest[..end].to_string())
}

/// Writes the finest key of the candidate at token `i` into `out` and returns where each key
/// ends in it: each key is a prefix of the next finer one, so one string holds all four.
fn write_keys(
    w: &Words,
    sent: &Range<usize>,
    i: usize,
    inside: bool,
    word: &str,
    out: &mut String,
) -> [usize; LEVELS] {
    let mut scratch = String::new();
    let next = class(w, sent, Some(i + 1), &mut scratch);
    let prev = class(w, sent, i.checked_sub(1), &mut scratch);
    let after = class(w, sent, Some(i + 2), &mut scratch);
    let shape = if w.word(i).starts_with(char::is_uppercase) { "C" } else { "l" };
    let inside = if inside { "in" } else { "out" };
    out.clear();
    let mut ends = [0; LEVELS];
    for (level, part) in [word, next, prev].into_iter().enumerate() {
        if level > 0 {
            out.push('|');
        }
        out.push_str(part);
        ends[level] = out.len();
    }
    for part in [shape, inside, after] {
        out.push('|');
        out.push_str(part);
    }
    ends[LEVELS - 1] = out.len();
    ends
}

/// What a candidate cue at `i` reports: the rest of its clause after it (past "that" or the
/// person told), or, for a cue at the end ("…, officials warned."), the sentence before its
/// subject. None when the content runs into quotation marks or another blocked token.
fn fallback(w: &Words, sent: &Range<usize>, i: usize, blocked: &impl Fn(usize) -> bool) -> Option<Reported> {
    let lo = sent.start;
    let mut k = i + 1;
    if is_tell_verb(w.word(i))
        && w.is_word(k)
        && matches!(w.word(k), "him" | "her" | "them" | "me" | "us" | "reporters")
    {
        k += 1;
    }
    if w.is_word(k) && w.word(k) == "that" || w.is_punct(k, ":") {
        k += 1;
    }
    let stop = (k..sent.end).find(|&j| blocked(j) || w.is_punct(j, ";")).unwrap_or(sent.end);
    // Content that runs into a quotation or its cue belongs to the quotation's attribution
    // ("Asked about the fee, Cassis said “never again”"): the rules have it.
    if stop < sent.end && blocked(stop) {
        return None;
    }
    let stop = trim_end(w, k, stop);
    if stop >= k + MIN_CONTENT {
        // A noun ("the question of …", "his claim") has a possessor, not a subject.
        let word = w.word(i);
        let noun = is_noun_cue(word) && !is_speech_verb(word) && !is_stance_verb(word);
        if noun || after_possessive(w, i, lo) {
            let speaker = (i > lo && w.is_word(i - 1)).then(|| possessor(w, i - 1, lo)).flatten();
            return Some(Reported { cue: i..i + 1, speaker, content: k..stop, more: None });
        }
        let speaker = subject_before(w, i, lo)
            .or_else(|| relative_antecedent(w, i, lo))
            .or_else(|| words_before(w, i, lo, blocked))
            .or_else(|| (i > lo).then(|| sentence_subject(w, lo, i)).flatten());
        return Some(Reported { cue: i..i + 1, speaker, content: k..stop, more: None });
    }
    // Only circumstances after the cue: the content is what comes before its subject.
    let subject: Option<Phrase> = subject_before(w, i, lo);
    let before = subject.map_or(i, |s| s.first);
    let end = trim_end(w, lo, before);
    if end < lo + MIN_CONTENT || (lo..end).any(blocked) {
        return None;
    }
    let speaker = subject.or_else(|| phrase_starting_at(w, i + 1, sent.end));
    Some(Reported { cue: i..i + 1, speaker, content: lo..end, more: None })
}

/// Adds to `out` (the rules' finds in the sentence `sent`) the learned cues' reported speech.
pub(crate) fn extend(
    w: &Words,
    sent: &Range<usize>,
    blocked: &impl Fn(usize) -> bool,
    out: &mut Vec<Reported>,
) {
    let table = decisions();
    let learning = learning();
    let found = out.len();
    let mut lower = String::new();
    let mut key = String::new();
    for i in sent.clone() {
        if !w.is_word(i)
            || !learning && !table.may_name(w.word(i))
            || blocked(i)
            || out[..found].iter().any(|r| r.cue.contains(&i))
        {
            continue;
        }
        // Most words are lower-case already: no copy for them.
        let word = w.word(i);
        let lower =
            if word.bytes().all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii()) {
                word
            } else {
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                lower.as_str()
            };
        // Only words of the cue lexicons are candidates (in any case: "Glenn Beck Blasts Drudge").
        if !learning && table.words.binary_search(&lower).is_err()
            || !(is_speech_verb(lower) || is_stance_verb(lower) || is_noun_cue(lower))
        {
            continue;
        }
        // Words as often nouns as verbs are cues only where the rules read a verb ("Russian
        // plans to hold …" is a noun phrase, not Russians planning).
        if !used_as_verb(w, i, sent.start) {
            continue;
        }
        let inside = out[..found].iter().any(|r| r.content.contains(&i));
        if learning {
            if let Some(r) = fallback(w, sent, i, blocked) {
                log(w, &r, keys(w, sent, i, inside, lower));
            }
            continue;
        }
        let ends = write_keys(w, sent, i, inside, lower, &mut key);
        let mut keep = false;
        for end in ends {
            if let Some(&k) = table.keys.get(&key[..end]) {
                keep = k;
            }
        }
        if keep {
            if let Some(r) = fallback(w, sent, i, blocked) {
                out.push(r);
            }
        }
    }
}

#[cfg(feature = "internals")]
mod learn {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;

    use crate::span::Span;

    /// One candidate seen while learning: its cue, the content it would report, and its keys.
    #[derive(Clone, Debug)]
    pub struct Candidate {
        pub cue: Span,
        pub content: Span,
        pub speaker: Option<Span>,
        pub keys: [String; super::LEVELS],
    }

    static LEARNING: AtomicBool = AtomicBool::new(false);
    static LOG: Mutex<Vec<Candidate>> = Mutex::new(Vec::new());

    /// While on, the quote stage adds no learned cue but logs every candidate (for training).
    pub fn set_learning(on: bool) {
        LEARNING.store(on, Ordering::Relaxed);
    }

    /// The candidates logged since the last call.
    pub fn take_log() -> Vec<Candidate> {
        std::mem::take(&mut *LOG.lock().unwrap_or_else(|e| e.into_inner()))
    }

    pub(super) fn learning() -> bool {
        LEARNING.load(Ordering::Relaxed)
    }

    pub(super) fn push(c: Candidate) {
        LOG.lock().unwrap_or_else(|e| e.into_inner()).push(c);
    }
}

#[cfg(feature = "internals")]
pub use learn::{set_learning, take_log, Candidate};

#[cfg(feature = "internals")]
fn learning() -> bool {
    learn::learning()
}

#[cfg(not(feature = "internals"))]
fn learning() -> bool {
    false
}

#[cfg(feature = "internals")]
fn log(w: &Words, r: &Reported, keys: [String; LEVELS]) {
    use super::reported::token_span;
    learn::push(Candidate {
        cue: token_span(w, &r.cue),
        content: token_span(w, &r.content),
        speaker: r.speaker.map(|p| p.span(w)),
        keys,
    });
}

#[cfg(not(feature = "internals"))]
fn log(_: &Words, _: &Reported, _: [String; LEVELS]) {}

#[cfg(test)]
mod tests {
    use super::decisions;

    #[test]
    fn filter_lets_every_table_word_through_in_any_case() {
        let table = decisions();
        for word in &table.words {
            let capitalized = word[..1].to_uppercase() + &word[1..];
            for form in [word.to_string(), word.to_uppercase(), capitalized] {
                assert!(table.may_name(&form), "{form} is turned away");
            }
        }
        // Non-ASCII words are left to the binary search.
        assert!(table.may_name("Ünïcode€"));
    }

    #[test]
    fn filter_turns_most_common_words_away() {
        let table = decisions();
        let common = [
            "the", "a", "of", "to", "and", "in", "is", "was", "for", "on", "with", "he", "it", "as", "at",
            "by", "this", "from", "be", "has", "have", "are", "an", "not", "but", "they", "his", "which",
            "were", "been",
        ];
        let through = common.iter().filter(|w| table.may_name(w)).count();
        assert!(through * 4 < common.len(), "{through} of {} common words get through", common.len());
    }
}
