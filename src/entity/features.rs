//! Feature extraction for the name tagger: ONE function used by training (the `tools` crate,
//! through the `internals` feature) and by inference, so the two can never drift apart.
//!
//! Every feature is a string template hashed to a `u32` key; the model keeps only the keys it
//! learned weights for. Features look at the token, its neighbours, the gazetteers, the word
//! clusters and a few document-wide statistics.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use unicode_segmentation::UnicodeSegmentation;

/// Bumped whenever a feature changes, so an old model is refused instead of misread.
pub const FEATURE_VERSION: u32 = 6;

/// Gazetteer classes, one bit each in [`Lexicon`] entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum GazClass {
    /// Countries, their states and provinces, cities.
    Gpe = 0,
    /// Continents, regions, seas, mountains: places that are not polities.
    Loc = 1,
    /// Nationalities, demonyms, religious and political groups.
    Norp = 2,
    /// Given names.
    Given = 3,
    /// Organizations and organization words ("Inc", "Ministry").
    Org = 4,
    /// Words that follow a person's name or title ("Minister", "President").
    Title = 5,
}

impl GazClass {
    pub const ALL: [GazClass; 6] =
        [GazClass::Gpe, GazClass::Loc, GazClass::Norp, GazClass::Given, GazClass::Org, GazClass::Title];

    pub fn name(self) -> &'static str {
        match self {
            GazClass::Gpe => "GPE",
            GazClass::Loc => "LOC",
            GazClass::Norp => "NORP",
            GazClass::Given => "GIVEN",
            GazClass::Org => "ORG",
            GazClass::Title => "TITLE",
        }
    }

    pub fn from_name(name: &str) -> Option<GazClass> {
        GazClass::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// Keys are already FNV hashes: hashing them again (SipHash) would only cost time.
#[derive(Clone, Copy, Debug, Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ FNV_OFFSET, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Fast = BuildHasherDefault<PassThrough>;
pub(crate) type FastMap<V> = HashMap<u64, V, Fast>;
pub(crate) type FastSet = HashSet<u64, Fast>;

/// Phrases longer than this many tokens are not looked up (there are almost none).
const MAX_PHRASE: usize = 6;

/// Bits of a [`Lexicon`] phrase entry holding [`GazClass`]es.
pub(crate) const CLASS_BITS: u8 = 0x3f;
/// Bit of a [`Lexicon`] phrase entry set when the words begin a longer phrase, so a look-up
/// of longer phrases can stop at the first word sequence that begins none.
pub(crate) const PREFIX_BIT: u8 = 0x80;

/// Gazetteers (multi-word phrases, lower-cased) and word clusters.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Hash of the lower-cased phrase (tokens joined by one space) → bit set of [`GazClass`],
    /// plus [`PREFIX_BIT`].
    phrases: FastMap<u8>,
    /// Number of phrases (entries with a class).
    n_phrases: usize,
    /// Longest phrase in tokens.
    max_len: usize,
    /// Hash of the lower-cased word → cluster id.
    clusters: FastMap<u16>,
}

impl Lexicon {
    /// Reads the gazetteer, `CLASS<TAB>phrase` lines, and the clusters, `id<TAB>word word…`
    /// lines of lower-case words. Unknown classes and malformed lines are skipped.
    pub fn new(gazetteer: &str, clusters: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for line in gazetteer.lines() {
            let Some((class, phrase)) = line.split_once('\t') else { continue };
            let Some(class) = GazClass::from_name(class) else { continue };
            lex.add_phrase(class, phrase);
        }
        for line in clusters.lines() {
            let Some((id, words)) = line.split_once('\t') else { continue };
            let Ok(id) = id.trim().parse::<u16>() else { continue };
            for word in words.split(' ').filter(|w| !w.is_empty()) {
                lex.clusters.insert(hash_str(0, word), id);
            }
        }
        lex
    }

    /// Adds a phrase, split into words as the runtime segmenter splits text.
    pub fn add_phrase(&mut self, class: GazClass, phrase: &str) {
        let lower = phrase.to_lowercase();
        // Plain words split at spaces alone; the word-boundary rules cost load time.
        let words: Vec<&str> = if lower.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            lower.split(' ').filter(|w| !w.is_empty()).collect()
        } else {
            lower.split_word_bounds().filter(|w| !w.trim().is_empty()).collect()
        };
        if words.is_empty() || words.len() > MAX_PHRASE {
            return;
        }
        self.max_len = self.max_len.max(words.len());
        let entry = self.phrases.entry(hash_words(&words)).or_insert(0);
        if *entry & CLASS_BITS == 0 {
            self.n_phrases += 1;
        }
        *entry |= 1 << class as u8;
        for n in 1..words.len() {
            *self.phrases.entry(hash_words(&words[..n])).or_insert(0) |= PREFIX_BIT;
        }
    }

    /// The gazetteer classes of the exact phrase `words` (lower-cased).
    pub fn classes(&self, words: &[&str]) -> u8 {
        self.entry(hash_words(words)) & CLASS_BITS
    }

    /// The entry (classes and [`PREFIX_BIT`]) of the phrase with hash `h` (as `hash_words`).
    pub(crate) fn entry(&self, h: u64) -> u8 {
        self.phrases.get(&h).copied().unwrap_or(0)
    }

    pub(crate) fn max_len(&self) -> usize {
        self.max_len
    }

    /// The gazetteer classes of a phrase as written ("New York").
    pub fn phrase_classes(&self, phrase: &str) -> u8 {
        let lower = phrase.to_lowercase();
        let words: Vec<&str> = lower.split_word_bounds().filter(|w| !w.trim().is_empty()).collect();
        self.classes(&words)
    }

    pub fn cluster(&self, lower: &str) -> Option<u16> {
        self.clusters.get(&hash_str(0, lower)).copied()
    }

    pub fn len(&self) -> usize {
        self.n_phrases
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }
}

/// Facts about the whole document that help label one token: words seen in lower case
/// ("the **Bank** said" vs "a bank"), capitalized words seen inside a sentence, and the
/// neighbours of every capitalized word across the document.
#[derive(Clone, Debug, Default)]
pub struct DocStats {
    lower_seen: FastSet,
    cap_inside_seen: FastSet,
    /// Hash of a capitalized word's [`context_word_hash`] → the distinct [`context_key`]s of
    /// its capitalized occurrences.
    contexts: FastMap<Vec<u32>>,
}

/// The word a capitalized token is grouped under for its document context: its lower case
/// without a possessive, so "Tata" and "Tata’s" share their contexts.
pub(crate) fn context_word_hash(lower: &str, base_len: usize) -> u64 {
    hash_str(1, &lower[..base_len])
}

/// Templates of the neighbours in a document context: the word before, after, two before,
/// two after.
const CONTEXT_SLOTS: [T; 4] = [T::DocPrev, T::DocNext, T::DocPrev2, T::DocNext2];

/// The tokens around token `i` in the order of [`CONTEXT_SLOTS`], as (slot, index); an index
/// before the start wraps around, so "out of the sentence" is one bounds check either way.
pub(crate) fn context_neighbours(i: usize) -> [(usize, usize); 4] {
    [(0, i.wrapping_sub(1)), (1, i + 1), (2, i.wrapping_sub(2)), (3, i + 2)]
}

/// The feature of one neighbour of a capitalized word somewhere in the document, in slot
/// `slot` of [`CONTEXT_SLOTS`], as its lower case, or when it is capitalized too (the
/// word is then part of a longer name, or follows a title) as "<C>" and its word cluster, so
/// "Mr", "President" and given names generalize. Context aggregation (Ratinov and Roth,
/// 2009): "Tata" alone is hard to label, but "the Tata group" elsewhere tells.
pub(crate) fn context_key(slot: usize, starts_upper: bool, lower: &str, cluster: Option<u16>) -> u32 {
    let t = CONTEXT_SLOTS[slot];
    if starts_upper {
        let mut buf = [0u8; 5];
        key(t as u8, "<C>", cluster.map_or("", |c| decimal(c, &mut buf)))
    } else {
        key(t as u8, lower, "")
    }
}

impl DocStats {
    /// Scans every sentence of the document (each a list of token texts).
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a [&'a str]>, lex: &Lexicon) -> DocStats {
        let mut stats = DocStats::default();
        for words in sentences {
            for (i, w) in words.iter().enumerate() {
                let Some(first) = w.chars().next() else { continue };
                if first.is_lowercase() {
                    stats.lower_seen.insert(hash_str(0, w));
                } else if first.is_uppercase() && i > 0 && !is_all_caps(w) {
                    stats.cap_inside_seen.insert(hash_str(0, w));
                }
            }
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let upper = |j: usize| words[j].starts_with(char::is_uppercase);
            let context = |slot: usize, j: usize| {
                let cluster = lex.cluster(&lower[j][..base_len(&lower[j])]);
                context_key(slot, upper(j), &lower[j], cluster)
            };
            for i in (0..words.len()).filter(|&i| upper(i)) {
                let base_len = base_len(&lower[i]);
                let keys = stats.contexts.entry(context_word_hash(&lower[i], base_len)).or_default();
                for (slot, j) in context_neighbours(i) {
                    if j < words.len() {
                        keys.push(context(slot, j));
                    }
                }
            }
        }
        for keys in stats.contexts.values_mut() {
            keys.sort_unstable();
            keys.dedup();
        }
        stats
    }
}

/// Per-token facts computed once per sentence.
pub(crate) struct TokenInfo {
    pub(crate) lower: String,
    /// Length of `lower` without a possessive "'s", for gazetteer and cluster look-ups.
    pub(crate) base_len: usize,
    pub(crate) shape: String,
    pub(crate) short_shape: String,
    pub(crate) cluster: Option<u16>,
}

/// Length of a lower-cased word without a possessive "'s".
fn base_len(lower: &str) -> usize {
    ["'s", "’s"]
        .iter()
        .find_map(|s| lower.strip_suffix(s).filter(|b| !b.is_empty()))
        .map_or(lower.len(), str::len)
}

pub(crate) fn token_info(word: &str, lex: &Lexicon) -> TokenInfo {
    let lower = word.to_lowercase();
    let base_len = base_len(&lower);
    let base = &lower[..base_len];
    let cluster = lex.cluster(base);
    let mut shape = String::with_capacity(8);
    let mut short_shape = String::with_capacity(6);
    let mut last = ' ';
    let mut count = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        // Runs longer than two collapse: "Xxxxx" → "Xxx", so shapes generalize.
        if s == last {
            count += 1;
        } else {
            count = 1;
            short_shape.push(s);
        }
        if count <= 2 && shape.len() < 12 {
            shape.push(s);
        }
        last = s;
    }
    TokenInfo { lower, base_len, shape, short_shape, cluster }
}

/// Feature templates; the number is hashed together with the template's strings.
#[derive(Clone, Copy)]
#[repr(u8)]
pub(crate) enum T {
    Bias = 1,
    Word,
    Lower,
    Shape,
    ShortShape,
    Prefix,
    Suffix,
    PrevLower,
    NextLower,
    Prev2Lower,
    Next2Lower,
    PrevShapeShape,
    ShapeNextShape,
    PrevLowerLower,
    LowerNextLower,
    First,
    AllCapsSentence,
    Gaz,
    GazPrev,
    GazNext,
    Cluster,
    PrevCluster,
    NextCluster,
    LowerSeen,
    CapInsideSeen,
    PrevWordShape,
    NextWordShape,
    HasHyphenCap,
    Length,
    DocPrev,
    DocNext,
    DocPrev2,
    DocNext2,
}

/// Appends the feature keys of every token of one sentence to `out`: token `i` gets
/// `out[offsets[i]..offsets[i + 1]]`. `offsets` is cleared and refilled (length `words.len() + 1`).
pub fn sentence_features(
    words: &[&str],
    lex: &Lexicon,
    doc: &DocStats,
    out: &mut Vec<u32>,
    offsets: &mut Vec<usize>,
) {
    out.clear();
    offsets.clear();
    let infos: Vec<TokenInfo> = words.iter().map(|w| token_info(w, lex)).collect();
    let gaz = gazetteer_tags(&infos, lex);
    let all_caps_sentence = is_all_caps_sentence(words.iter().copied());
    const NONE: &str = "<none>";
    let lower_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else {
            infos.get(j as usize).map_or("</s>", |t| t.lower.as_str())
        }
    };
    let shape_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else {
            infos.get(j as usize).map_or("</s>", |t| t.short_shape.as_str())
        }
    };
    for (i, info) in infos.iter().enumerate() {
        offsets.push(out.len());
        let ii = i as isize;
        let word = words[i];
        let mut push = |t: T, a: &str, b: &str| out.push(key(t as u8, a, b));
        push(T::Bias, "", "");
        push(T::Word, word, "");
        push(T::Lower, &info.lower, "");
        push(T::Shape, &info.shape, "");
        push(T::ShortShape, &info.short_shape, "");
        let lower = info.lower.as_str();
        for (n, (cut, _)) in lower.char_indices().skip(1).chain([(lower.len(), ' ')]).take(4).enumerate() {
            push(T::Prefix, &lower[..cut], "");
            if let Some((from, _)) = lower.char_indices().rev().nth(n) {
                push(T::Suffix, &lower[from..], "");
            }
        }
        push(T::PrevLower, lower_at(ii - 1), "");
        push(T::NextLower, lower_at(ii + 1), "");
        push(T::Prev2Lower, lower_at(ii - 2), "");
        push(T::Next2Lower, lower_at(ii + 2), "");
        push(T::PrevShapeShape, shape_at(ii - 1), &info.short_shape);
        push(T::ShapeNextShape, &info.short_shape, shape_at(ii + 1));
        push(T::PrevLowerLower, lower_at(ii - 1), &info.lower);
        push(T::LowerNextLower, &info.lower, lower_at(ii + 1));
        push(T::PrevWordShape, lower_at(ii - 1), &info.short_shape);
        push(T::NextWordShape, &info.short_shape, lower_at(ii + 1));
        if i == 0 {
            push(T::First, &info.short_shape, "");
        }
        if all_caps_sentence {
            push(T::AllCapsSentence, &info.lower, "");
            push(T::AllCapsSentence, "", "");
        }
        let len = match word.chars().count() {
            0..=2 => "s",
            3..=5 => "m",
            _ => "l",
        };
        push(T::Length, len, &info.short_shape);
        if word.contains('-') && word.starts_with(char::is_uppercase) {
            push(T::HasHyphenCap, "", "");
        }
        for (class, position) in gaz_entries(gaz[i]) {
            push(T::Gaz, class, position);
            push(T::Gaz, class, &info.short_shape);
        }
        if i > 0 {
            for (class, position) in gaz_entries(gaz[i - 1]) {
                push(T::GazPrev, class, position);
            }
        }
        if let Some(&next) = gaz.get(i + 1) {
            for (class, position) in gaz_entries(next) {
                push(T::GazNext, class, position);
            }
        }
        let mut buf = [0u8; 5];
        if let Some(c) = info.cluster {
            let c = decimal(c, &mut buf);
            push(T::Cluster, c, "");
            push(T::Cluster, c, &info.short_shape);
        } else {
            push(T::Cluster, NONE, &info.short_shape);
        }
        if let Some(c) = i.checked_sub(1).and_then(|p| infos[p].cluster) {
            push(T::PrevCluster, decimal(c, &mut buf), "");
        }
        if let Some(c) = infos.get(i + 1).and_then(|t| t.cluster) {
            push(T::NextCluster, decimal(c, &mut buf), "");
        }
        if word.starts_with(char::is_uppercase) {
            let h = hash_str(0, &info.lower);
            if doc.lower_seen.contains(&h) {
                push(T::LowerSeen, "", "");
            }
            if i == 0 && doc.cap_inside_seen.contains(&hash_str(0, word)) {
                push(T::CapInsideSeen, "", "");
            }
            if let Some(keys) = doc.contexts.get(&context_word_hash(&info.lower, info.base_len)) {
                out.extend_from_slice(keys);
            }
        }
    }
    offsets.push(out.len());
}

/// The `(class, position)` pairs of a token's gazetteer bit set, in class order.
pub(crate) fn gaz_entries(bits: u32) -> impl Iterator<Item = (&'static str, &'static str)> {
    GazClass::ALL.into_iter().flat_map(move |class| {
        ["U", "B", "I"]
            .into_iter()
            .enumerate()
            .filter(move |(p, _)| bits & (1 << (3 * class as u32 + *p as u32)) != 0)
            .map(move |(_, position)| (class.name(), position))
    })
}

/// For every token, the gazetteer classes of the longest phrases covering it, with the
/// token's position in the phrase ("U" alone, "B" first, "I" inside), as a bit set: bit
/// `3 * class + position`. A bit set, not a list, so there is no allocation per token.
fn gazetteer_tags(infos: &[TokenInfo], lex: &Lexicon) -> Vec<u32> {
    let mut tags = vec![0u32; infos.len()];
    if lex.is_empty() {
        return tags;
    }
    // Hash the phrases starting at each token incrementally, longest match first.
    let mut hashes = [0u64; MAX_PHRASE];
    let mut i = 0;
    while i < infos.len() {
        let longest = lex.max_len.min(infos.len() - i);
        let mut h = fnv(FNV_OFFSET, &[0xff]);
        for (n, info) in infos[i..i + longest].iter().enumerate() {
            if n > 0 {
                h = fnv(h, b" ");
            }
            h = fnv(h, &info.lower.as_bytes()[..info.base_len]);
            hashes[n] = h;
        }
        let mut matched = 0;
        for len in (1..=longest).rev() {
            let classes = lex.entry(hashes[len - 1]) & CLASS_BITS;
            if classes == 0 {
                continue;
            }
            for class in GazClass::ALL {
                if classes & (1 << class as u8) != 0 {
                    let c = 3 * class as u32;
                    tags[i] |= 1 << (c + if len == 1 { 0 } else { 1 });
                    for t in &mut tags[i + 1..i + len] {
                        *t |= 1 << (c + 2);
                    }
                }
            }
            matched = len;
            break;
        }
        i += matched.max(1);
    }
    tags
}

/// `n` in decimal, written into `buf` (no allocation on the per-token path).
pub(crate) fn decimal(mut n: u16, buf: &mut [u8; 5]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

pub fn is_all_caps(w: &str) -> bool {
    w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
}

/// Whether a sentence is written in capitals (a wire headline): three words with letters at
/// least, and none of them with a lower-case letter. One pass, no allocation.
pub fn is_all_caps_sentence<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut lettered = 0;
    words.filter(|w| w.chars().any(char::is_alphabetic)).all(|w| {
        lettered += 1;
        is_all_caps(w)
    }) && lettered >= 3
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn hash_str(seed: u8, s: &str) -> u64 {
    fnv(fnv(FNV_OFFSET, &[seed]), s.as_bytes())
}

fn hash_words(words: &[&str]) -> u64 {
    let mut h = fnv(FNV_OFFSET, &[0xff]);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            h = fnv(h, b" ");
        }
        h = fnv(h, w.as_bytes());
    }
    h
}

fn key(template: u8, a: &str, b: &str) -> u32 {
    fold(fnv(key_state(template, a), b.as_bytes()))
}

/// The hash state of a feature key after its template and first string: hashing the second
/// string from here ([`fnv`], then [`fold`]) finishes the key.
pub(crate) fn key_state(template: u8, a: &str) -> u64 {
    fnv(fnv(fnv(FNV_OFFSET, &[template]), a.as_bytes()), &[0x1f])
}

/// A feature key from its 64-bit hash.
pub(crate) fn fold(h: u64) -> u32 {
    // Fold to 32 bits; with a few million distinct features collisions stay rare.
    (h ^ (h >> 32)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of token `i` of sentence `s` when `sentences` are one document.
    fn token_keys(sentences: &[&[&str]], s: usize, i: usize) -> Vec<u32> {
        let lex = Lexicon::new("GPE\tGenève", "7\tgroup sons\n9\tmr");
        let doc = DocStats::new(sentences.iter().copied(), &lex);
        let (mut out, mut offsets) = (Vec::new(), Vec::new());
        sentence_features(sentences[s], &lex, &doc, &mut out, &mut offsets);
        out[offsets[i]..offsets[i + 1]].to_vec()
    }

    #[test]
    fn capitalized_words_see_their_contexts_across_the_document() {
        let doc: &[&[&str]] = &[
            &["“", "Tata", "’s", "group", "paid", "€", "5", "😀", "”"],
            &["Mr", "Tata’s", "office", "in", "Genève"],
            &["They", "met", "Tata", "."],
            &["the", "tata", "dance"],
        ];
        let cases: &[(&str, usize, usize, u32, bool)] = &[
            ("next word elsewhere", 2, 2, context_key(1, false, "’s", None), true),
            ("two words on, elsewhere", 2, 2, context_key(3, false, "group", Some(7)), true),
            ("possessive shares the word", 2, 2, context_key(1, false, "office", None), true),
            ("a title before, as its cluster", 2, 2, context_key(0, true, "mr", Some(9)), true),
            ("its own context too", 2, 2, context_key(0, false, "met", None), true),
            ("lower-case uses do not count", 2, 2, context_key(1, false, "dance", None), false),
            ("lower-case tokens get none", 3, 1, context_key(1, false, "’s", None), false),
        ];
        for &(case, s, i, key, want) in cases {
            assert_eq!(token_keys(doc, s, i).contains(&key), want, "{case}");
        }
    }
}
