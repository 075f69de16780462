//! The name tagger's emissions at inference, computed with far less work than the reference
//! path ([`super::document_features`] then [`Model::emissions`], which training uses) but
//! with exactly its results.
//!
//! Most features look at one word only: the token's own word ("Lower", "Shape", prefixes…),
//! or one neighbour ("PrevLower" at token `i` depends on word `i - 1` alone). So per distinct
//! word the weight rows of those features are summed once, into one vector per role (own, as
//! previous, as next, as second previous, as second next), and kept across documents in a
//! bounded cache (news repeats its words: over 800 BBC articles, 94% of the tokens are words
//! seen before). A token then adds five vectors, plus the few features that really join two
//! words (word pairs, shape pairs) or depend on the document or the position (first word,
//! gazetteer phrases, all-caps sentences, lower case seen elsewhere). Sums of integer
//! weights do not depend on their order, so the scores are bit for bit those of the
//! reference path; the tests below check it.
//!
//! One shortcut changes the tagging: a word without a capital letter or a leading digit that
//! is not in `data/name_words.txt` is not scored at all; the decoder sees it as a token only
//! `O` can tag (see [`is_scored`]). About half the tokens of an article are such words.
//! Measured with `eval_ner`: names F1 unchanged (CoNLL valid 0.928, Worldwide dev 0.821).

use std::fmt;
use std::ops::Range;
use std::sync::{Mutex, OnceLock, TryLockError};

use super::features::{
    self, context_key, context_neighbours, context_word_hash, decimal, fnv, fold, gaz_entries, hash_str,
    is_all_caps, key_state, FastMap, FastSet, Lexicon, CLASS_BITS, FNV_OFFSET, PREFIX_BIT, T,
};
use super::model::{Model, Scores, N_TAGS};
use crate::segment::Segmentation;

/// The words without a capital letter or a leading digit that were seen inside a name in the
/// training corpora often enough, lower-cased, one a line (`tools/src/bin/name_words.rs`
/// writes it). Every other word without a capital letter or a leading digit is tagged outside
/// a name without being scored: most tokens of an article are such words, and the model almost never put them in a
/// name, so their features and scores are not worth computing.
static NAME_WORDS: &str = include_str!("../../data/name_words.txt");

/// Hashes (`hash_str(0, lower)`) of [`NAME_WORDS`].
fn name_words() -> &'static FastSet {
    static SET: OnceLock<FastSet> = OnceLock::new();
    SET.get_or_init(|| NAME_WORDS.lines().filter(|w| !w.is_empty()).map(|w| hash_str(0, w)).collect())
}

/// Whether the tagger scores a word, or tags it outside a name at once: it is scored when it
/// holds a capital letter ("al-Aqsa", "iPhone" too), starts with a digit (years and numbers
/// end names: "Act 2011", "1998 World Cup"), or is in [`NAME_WORDS`].
pub(crate) fn is_scored(word: &str, lower: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || word.chars().any(char::is_uppercase)
        || name_words().contains(&hash_str(0, lower))
}

/// Distinct words kept across documents; the cache is emptied when a document starts with
/// more (about 300 bytes a word, so about 5 MB). 16,384 rather than 8,192: ×1.029 in Node over
/// 2,223 distinct BBC articles (`bench/ab.mjs`, one pass), as fewer emptyings recompute common
/// words; 32,768 gained only ×1.031 for twice the memory.
const CACHE_WORDS: usize = 16384;

/// The templates whose first string is a word's lower case or short shape and whose second
/// is the other word's: the features of two adjacent words.
const PAIR_TEMPLATES: [T; 6] = [
    T::PrevShapeShape,
    T::PrevLowerLower,
    T::PrevWordShape,
    T::ShapeNextShape,
    T::LowerNextLower,
    T::NextWordShape,
];

/// Summed weights of a word's features in one role. Each role has at most 17 features of
/// `i8` weights, so the sums fit in `i16` (half the memory of `Scores`).
type Partial = [i16; 16];

/// Roles of a word, indexes into [`Word::roles`].
const OWN: usize = 0;
const AS_PREV: usize = 1;
const AS_NEXT: usize = 2;
const AS_PREV2: usize = 3;
const AS_NEXT2: usize = 4;

/// What the tagger needs of one distinct word, whatever the document.
struct Word {
    lower: Box<str>,
    /// Length of `lower` without a possessive "'s" (see `features::token_info`).
    base_len: usize,
    short_shape: Box<str>,
    starts_upper: bool,
    starts_lower: bool,
    /// Scored by the model, or tagged outside at once (see [`is_scored`]).
    scored: bool,
    has_alpha: bool,
    all_caps: bool,
    /// `hash_str(0, word)` and `hash_str(0, lower)`, for the document statistics.
    hash: u64,
    lower_hash: u64,
    /// Features of the token itself that need no neighbour and not the document (left at zero
    /// for a word that is not scored), then the
    /// features of the next token / the previous token / two tokens on / two tokens back
    /// that look at this word.
    roles: [Partial; 5],
    /// Hash states of the pair features with this word first, in [`PAIR_TEMPLATES`] order.
    pair_states: [u64; 6],
    /// The gazetteer phrase hash state after this word, and its entry.
    gaz_state: u64,
    gaz_entry: u8,
    /// The look-up word holds a space, so a phrase hash may not split at word boundaries.
    gaz_space: bool,
    /// The last document that used the word, and whether its lower case was seen there.
    document: u32,
    lower_seen: bool,
    /// `context_word_hash`, and this word's `context_key`s as the word before / after / two
    /// before / two after a capitalized word; `context` is its group in the current document.
    context_hash: u64,
    context_keys: [u32; 4],
    context: u32,
}

fn pair_states(lower: &str, short_shape: &str) -> [u64; 6] {
    let first = [short_shape, lower, lower, short_shape, lower, short_shape];
    std::array::from_fn(|n| key_state(PAIR_TEMPLATES[n] as u8, first[n]))
}

/// Adds to `to_second` and `to_first` the pair features of two adjacent words: the first
/// word's pair states and the second word's lower case and short shape. A side that is
/// `None` (a word not scored) gets nothing, and its features are not computed.
fn add_pair(
    model: &Model,
    states: &[u64; 6],
    lower: &str,
    short_shape: &str,
    to_second: Option<&mut Scores>,
    to_first: Option<&mut Scores>,
) {
    let second = [short_shape, lower, short_shape, short_shape, lower, lower];
    if let Some(acc) = to_second {
        for n in 0..3 {
            model.add(fold(fnv(states[n], second[n].as_bytes())), acc);
        }
    }
    if let Some(acc) = to_first {
        for n in 3..6 {
            model.add(fold(fnv(states[n], second[n].as_bytes())), acc);
        }
    }
}

fn add_key(model: &Model, t: T, a: &str, b: &str, acc: &mut Scores) {
    model.add(fold(fnv(key_state(t as u8, a), b.as_bytes())), acc);
}

fn add(acc: &mut Scores, v: &Scores) {
    for (a, &x) in acc.iter_mut().zip(v) {
        *a += x;
    }
}

fn add_partial(acc: &mut Scores, v: &Partial) {
    for (a, &x) in acc.iter_mut().zip(v) {
        *a += x as i32;
    }
}

impl Word {
    fn new(word: &str, model: &Model, lex: &Lexicon) -> Word {
        let info = features::token_info(word, lex);
        let lower = info.lower.as_str();
        let ss = info.short_shape.as_str();
        let starts_upper = word.starts_with(char::is_uppercase);
        let scored = is_scored(word, lower);
        // The single-word features of `features::sentence_features`, in its order.
        let mut roles = [[0i32; 16]; 5];
        if scored {
            own_features(model, word, lower, &info.shape, ss, starts_upper, &mut roles[OWN]);
        }
        let mut buf = [0u8; 5];
        if let Some(c) = info.cluster {
            let c = decimal(c, &mut buf);
            if scored {
                add_key(model, T::Cluster, c, "", &mut roles[OWN]);
                add_key(model, T::Cluster, c, ss, &mut roles[OWN]);
            }
            add_key(model, T::PrevCluster, c, "", &mut roles[AS_PREV]);
            add_key(model, T::NextCluster, c, "", &mut roles[AS_NEXT]);
        } else if scored {
            add_key(model, T::Cluster, "<none>", ss, &mut roles[OWN]);
        }
        add_key(model, T::PrevLower, lower, "", &mut roles[AS_PREV]);
        add_key(model, T::NextLower, lower, "", &mut roles[AS_NEXT]);
        add_key(model, T::Prev2Lower, lower, "", &mut roles[AS_PREV2]);
        add_key(model, T::Next2Lower, lower, "", &mut roles[AS_NEXT2]);
        let base = &lower.as_bytes()[..info.base_len];
        let gaz_state = fnv(fnv(FNV_OFFSET, &[0xff]), base);
        Word {
            base_len: info.base_len,
            starts_upper,
            starts_lower: word.starts_with(char::is_lowercase),
            scored,
            has_alpha: word.chars().any(char::is_alphabetic),
            all_caps: is_all_caps(word),
            hash: hash_str(0, word),
            lower_hash: hash_str(0, lower),
            roles: roles.map(|r| r.map(|x| x as i16)),
            pair_states: pair_states(lower, ss),
            gaz_state,
            gaz_entry: lex.entry(gaz_state),
            gaz_space: base.contains(&b' '),
            document: 0,
            lower_seen: false,
            context_hash: context_word_hash(&info.lower, info.base_len),
            context_keys: [0, 1, 2, 3].map(|slot| context_key(slot, starts_upper, &info.lower, info.cluster)),
            context: 0,
            lower: info.lower.into_boxed_str(),
            short_shape: info.short_shape.into_boxed_str(),
        }
    }
}

/// The features of a word itself that need no neighbour, but its word cluster.
fn own_features(
    model: &Model,
    word: &str,
    lower: &str,
    shape: &str,
    ss: &str,
    starts_upper: bool,
    own: &mut Scores,
) {
    add_key(model, T::Bias, "", "", own);
    add_key(model, T::Word, word, "", own);
    add_key(model, T::Lower, lower, "", own);
    add_key(model, T::Shape, shape, "", own);
    add_key(model, T::ShortShape, ss, "", own);
    for (n, (cut, _)) in lower.char_indices().skip(1).chain([(lower.len(), ' ')]).take(4).enumerate() {
        add_key(model, T::Prefix, &lower[..cut], "", own);
        if let Some((from, _)) = lower.char_indices().rev().nth(n) {
            add_key(model, T::Suffix, &lower[from..], "", own);
        }
    }
    let len = match word.chars().count() {
        0..=2 => "s",
        3..=5 => "m",
        _ => "l",
    };
    add_key(model, T::Length, len, ss, own);
    if word.contains('-') && starts_upper {
        add_key(model, T::HasHyphenCap, "", "", own);
    }
}

/// The distinct words seen, with their features summed (see the module documentation).
#[derive(Default)]
struct Words {
    index: WordIndex,
    words: Vec<Word>,
    /// Number of documents tagged, to tell the words of the current one.
    documents: u32,
    /// The features made of constant strings, once per cache rather than once per document.
    constants: Option<Box<Constants>>,
    /// Buffers of a document, kept with their memory for the next one (in Wasm, allocation
    /// is slow).
    scratch: Scratch,
}

/// The features made of constant strings, which depend on the model alone.
struct Constants {
    /// `PrevLower` and `Prev2Lower` at the start of a sequence, `NextLower` and `Next2Lower`
    /// at its end, and `LowerSeen`.
    bos_prev: Scores,
    bos_prev2: Scores,
    eos_next: Scores,
    eos_next2: Scores,
    seen: Scores,
    /// The pair states of the start of a sequence.
    start_pairs: [u64; 6],
    /// By bit of a token's gazetteer set (see `gaz_entries`), the gazetteer features of the
    /// token itself, of its next token and of its previous token.
    gaz: [[Scores; 3]; 32],
}

const START: &str = "<s>";
const END: &str = "</s>";

impl Constants {
    fn new(model: &Model) -> Constants {
        let constant = |t: T, a: &str| {
            let mut v = [0; 16];
            add_key(model, t, a, "", &mut v);
            v
        };
        let mut gaz = [[[0; 16]; 3]; 32];
        for (bit, [own, as_next, as_prev]) in gaz.iter_mut().enumerate() {
            for (class, position) in gaz_entries(1 << bit) {
                add_key(model, T::Gaz, class, position, own);
                add_key(model, T::GazPrev, class, position, as_next);
                add_key(model, T::GazNext, class, position, as_prev);
            }
        }
        Constants {
            bos_prev: constant(T::PrevLower, START),
            bos_prev2: constant(T::Prev2Lower, START),
            eos_next: constant(T::NextLower, END),
            eos_next2: constant(T::Next2Lower, END),
            seen: constant(T::LowerSeen, ""),
            start_pairs: pair_states(START, START),
            gaz,
        }
    }
}

/// The buffers of [`document_emissions`] (see there), empty between documents.
#[derive(Default)]
struct Scratch {
    word_of: Vec<u32>,
    distinct: Vec<u32>,
    lower_seen: FastSet,
    cap_inside_seen: FastSet,
    groups: FastMap<u32>,
    /// `group << 32 | context key`.
    group_keys: Vec<u64>,
    group_sums: Vec<Scores>,
    acc: Vec<Scores>,
    gaz: Vec<u32>,
    emissions: Vec<f32>,
}

impl Words {
    fn id(&mut self, word: &str, model: &Model, lex: &Lexicon) -> u32 {
        let hash = word_hash(word.as_bytes());
        if let Some(id) = self.index.get(word.as_bytes(), hash) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(Word::new(word, model, lex));
        self.index.insert(word.as_bytes(), hash);
        id
    }
}

/// The ids of the cached words by their text, looked up at every token. Compact on purpose:
/// a table of ids, the words' hashes and one buffer of their bytes (about 30 bytes a word)
/// stay in the processor's cache, where a `HashMap<Box<str>, u32>` cost a cache miss for the
/// bucket and another for the key's bytes at most tokens (a sixth of the tagger's time).
#[derive(Default)]
struct WordIndex {
    /// Open addressing, linear probing: id + 1 of the word in each slot, 0 for none; a power of
    /// two at least twice the number of words.
    slots: Vec<u32>,
    /// By id: the word's [`word_hash`], and where its bytes end in `bytes` (they start where
    /// the previous word's end).
    hashes: Vec<u64>,
    ends: Vec<u32>,
    bytes: Vec<u8>,
}

impl WordIndex {
    fn get(&self, word: &[u8], hash: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let id = self.slots[slot].checked_sub(1)? as usize;
            if self.hashes[id] == hash && self.word(id) == word {
                return Some(id as u32);
            }
            slot = (slot + 1) & mask;
        }
    }

    fn word(&self, id: usize) -> &[u8] {
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        &self.bytes[start..self.ends[id] as usize]
    }

    /// Adds a word that [`WordIndex::get`] did not find, with the next id.
    fn insert(&mut self, word: &[u8], hash: u64) {
        if 2 * (self.hashes.len() + 1) > self.slots.len() {
            self.slots = vec![0; (2 * self.slots.len()).max(1024)];
            for id in 0..self.hashes.len() {
                self.place(self.hashes[id], id);
            }
        }
        self.place(hash, self.hashes.len());
        self.hashes.push(hash);
        self.bytes.extend_from_slice(word);
        self.ends.push(self.bytes.len() as u32);
    }

    fn place(&mut self, hash: u64, id: usize) {
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = id as u32 + 1;
    }
}

/// A quick hash of a word's bytes for [`WordIndex`], eight bytes at a step (no denial-of-service
/// concern: keys are words of the documents, and the table is bounded). Its low bits pick the
/// slot, so the last step mixes the high bits down.
fn word_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    // The tail byte by byte: a copy of variable length would be a call to `memcpy`.
    let tail = chunks.remainder().iter().rev().fold(0u64, |t, &b| t << 8 | b as u64);
    h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The word cache of a [`super::Recognizer`]: it depends on the model and the lexicon, and
/// only saves time (the scores are the same with an empty cache). A clone starts empty.
#[derive(Default)]
pub(crate) struct WordCache(Mutex<Words>);

impl Clone for WordCache {
    fn clone(&self) -> Self {
        WordCache::default()
    }
}

impl fmt::Debug for WordCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WordCache")
    }
}

/// Computes the emissions of every tagging unit of a document (`units`, token ranges of
/// `seg`) and hands each unit's token range and emissions (`N_TAGS` per token) to `each`.
pub(crate) fn document_emissions(
    model: &Model,
    lex: &Lexicon,
    cache: &WordCache,
    text: &str,
    seg: &Segmentation,
    units: &[Range<usize>],
    mut each: impl FnMut(Range<usize>, &[f32]),
) {
    // Another thread tagging with the same recognizer holds the cache: tag without it.
    let mut own_words = Words::default();
    let mut guard = match cache.0.try_lock() {
        Ok(guard) => Some(guard),
        Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
        Err(TryLockError::WouldBlock) => None,
    };
    let cached = match guard.as_deref_mut() {
        Some(words) => words,
        None => &mut own_words,
    };
    if cached.words.len() > CACHE_WORDS {
        *cached = Words::default();
    }
    cached.documents = cached.documents.wrapping_add(1).max(1);
    let document = cached.documents;
    let Scratch {
        mut word_of,
        mut distinct,
        mut lower_seen,
        mut cap_inside_seen,
        mut groups,
        mut group_keys,
        mut group_sums,
        mut acc,
        mut gaz,
        mut emissions,
    } = std::mem::take(&mut cached.scratch);

    // The word of every token (tokens outside the units are not read), and the document
    // statistics of `DocStats::new`.
    word_of.clear();
    word_of.resize(seg.tokens.len(), 0);
    distinct.clear();
    lower_seen.clear();
    cap_inside_seen.clear();
    for unit in units {
        for (i, t) in unit.clone().enumerate() {
            let id = cached.id(&text[seg.tokens[t].span], model, lex);
            word_of[t] = id;
            let word = &mut cached.words[id as usize];
            if word.document != document {
                word.document = document;
                distinct.push(id);
                if word.starts_lower {
                    lower_seen.insert(word.hash);
                }
            }
            if i > 0 && word.starts_upper && !word.all_caps {
                cap_inside_seen.insert(word.hash);
            }
        }
    }
    // Context aggregation (`DocStats::contexts`): the neighbours of each capitalized word's
    // occurrences, summed once per word group.
    groups.clear();
    group_keys.clear();
    for &id in &distinct {
        let word = &mut cached.words[id as usize];
        word.lower_seen = word.starts_upper && lower_seen.contains(&word.lower_hash);
        if word.starts_upper {
            let next = groups.len() as u32;
            word.context = *groups.entry(word.context_hash).or_insert(next);
        }
    }
    for unit in units {
        let ids = &word_of[unit.clone()];
        for (i, &id) in ids.iter().enumerate() {
            let w = &cached.words[id as usize];
            if !w.starts_upper {
                continue;
            }
            let group = (w.context as u64) << 32;
            for (slot, j) in context_neighbours(i) {
                if let Some(&n) = ids.get(j) {
                    group_keys.push(group | cached.words[n as usize].context_keys[slot] as u64);
                }
            }
        }
    }
    // Each group's distinct keys, summed.
    group_keys.sort_unstable();
    group_keys.dedup();
    group_sums.clear();
    group_sums.resize(groups.len(), [0; 16]);
    for &k in &group_keys {
        model.add(k as u32, &mut group_sums[(k >> 32) as usize]);
    }
    let constants = &**cached.constants.get_or_insert_with(|| Box::new(Constants::new(model)));
    let Constants { bos_prev, bos_prev2, eos_next, eos_next2, seen, start_pairs, gaz: gaz_constants } =
        constants;
    let words = &cached.words;
    let end = END;

    let mut ws: Vec<&Word> = Vec::new();
    for unit in units {
        ws.clear();
        ws.extend(word_of[unit.clone()].iter().map(|&id| &words[id as usize]));
        let n = ws.len();
        acc.clear();
        for (i, w) in ws.iter().enumerate() {
            let mut a = [0; 16];
            if !w.scored {
                acc.push(a);
                continue;
            }
            add_partial(&mut a, &w.roles[OWN]);
            if w.lower_seen {
                add(&mut a, seen);
            }
            if w.starts_upper {
                add(&mut a, &group_sums[w.context as usize]);
            }
            if i >= 1 {
                add_partial(&mut a, &ws[i - 1].roles[AS_PREV]);
            } else {
                add(&mut a, bos_prev);
            }
            if i + 1 < n {
                add_partial(&mut a, &ws[i + 1].roles[AS_NEXT]);
            } else {
                add(&mut a, eos_next);
            }
            if i >= 2 {
                add_partial(&mut a, &ws[i - 2].roles[AS_PREV2]);
            } else {
                add(&mut a, bos_prev2);
            }
            if i + 2 < n {
                add_partial(&mut a, &ws[i + 2].roles[AS_NEXT2]);
            } else {
                add(&mut a, eos_next2);
            }
            acc.push(a);
        }
        if n > 0 {
            // Pairs: (start, w0), (w0, w1), …, (w[n-1], end).
            let w = ws[0];
            let first = w.scored.then_some(&mut acc[0]);
            add_pair(model, start_pairs, &w.lower, &w.short_shape, first, None);
            for i in 1..n {
                let (before, after) = acc.split_at_mut(i);
                let (v, w) = (ws[i - 1], ws[i]);
                if !v.scored && !w.scored {
                    continue;
                }
                let second = w.scored.then_some(&mut after[0]);
                let first = v.scored.then_some(&mut before[i - 1]);
                add_pair(model, &v.pair_states, &w.lower, &w.short_shape, second, first);
            }
            let last = ws[n - 1].scored.then_some(&mut acc[n - 1]);
            add_pair(model, &ws[n - 1].pair_states, end, end, None, last);
            // The first word of the sequence.
            if w.scored {
                add_key(model, T::First, &w.short_shape, "", &mut acc[0]);
                if w.starts_upper && cap_inside_seen.contains(&w.hash) {
                    add_key(model, T::CapInsideSeen, "", "", &mut acc[0]);
                }
            }
        }
        let letters = ws.iter().filter(|w| w.has_alpha);
        if letters.clone().count() >= 3 && letters.clone().all(|w| w.all_caps) {
            for (a, w) in acc.iter_mut().zip(&ws).filter(|(_, w)| w.scored) {
                add_key(model, T::AllCapsSentence, &w.lower, "", a);
                add_key(model, T::AllCapsSentence, "", "", a);
            }
        }
        gazetteer_tags(&ws, lex, &mut gaz);
        for i in 0..n {
            // Most tokens are in no phrase and have no neighbour in one.
            if !ws[i].scored
                || gaz[i] == 0 && (i == 0 || gaz[i - 1] == 0) && gaz.get(i + 1).is_none_or(|&g| g == 0)
            {
                continue;
            }
            let a = &mut acc[i];
            for (class, _) in gaz_entries(gaz[i]) {
                add_key(model, T::Gaz, class, &ws[i].short_shape, a);
            }
            for_bits(gaz[i], |b| add(a, &gaz_constants[b][0]));
            if i > 0 {
                for_bits(gaz[i - 1], |b| add(a, &gaz_constants[b][1]));
            }
            if let Some(&next) = gaz.get(i + 1) {
                for_bits(next, |b| add(a, &gaz_constants[b][2]));
            }
        }
        emissions.clear();
        for (a, w) in acc.iter().zip(&ws) {
            if w.scored {
                model.push_emissions(a, &mut emissions);
            } else {
                emissions.extend_from_slice(&OUTSIDE);
            }
        }
        each(unit.clone(), &emissions);
    }
    cached.scratch = Scratch {
        word_of,
        distinct,
        lower_seen,
        cap_inside_seen,
        groups,
        group_keys,
        group_sums,
        acc,
        gaz,
        emissions,
    };
}

/// The emissions of a token that is not scored: every path through it tags it outside (`O`
/// is tag 0). Zero for `O` or any other number gives the same best path, as all paths have it.
const OUTSIDE: [f32; N_TAGS] = {
    let mut e = [f32::NEG_INFINITY; N_TAGS];
    e[0] = 0.0;
    e
};

/// Calls `f` with the index of every set bit of `bits`.
fn for_bits(mut bits: u32, mut f: impl FnMut(usize)) {
    while bits != 0 {
        f(bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

/// `features::gazetteer_tags` for the words `ws`, into `tags`: the longest phrase starting
/// at a token is found by extending the phrase while the words so far begin a longer one
/// ([`PREFIX_BIT`]), instead of trying every length.
fn gazetteer_tags(ws: &[&Word], lex: &Lexicon, tags: &mut Vec<u32>) {
    tags.clear();
    tags.resize(ws.len(), 0);
    if lex.is_empty() {
        return;
    }
    // A word holding a space could make a phrase hash match across other word boundaries:
    // then every length is tried, as the reference does.
    let exhaustive = ws.iter().any(|w| w.gaz_space);
    let mut i = 0;
    while i < ws.len() {
        let longest = lex.max_len().min(ws.len() - i);
        let mut h = ws[i].gaz_state;
        let mut entry = ws[i].gaz_entry;
        let mut matched = 0;
        let mut classes = 0;
        let mut len = 1;
        loop {
            if entry & CLASS_BITS != 0 {
                matched = len;
                classes = entry & CLASS_BITS;
            }
            if len >= longest || (entry & PREFIX_BIT == 0 && !exhaustive) {
                break;
            }
            let next = ws[i + len];
            h = fnv(fnv(h, b" "), &next.lower.as_bytes()[..next.base_len]);
            entry = lex.entry(h);
            len += 1;
        }
        if matched > 0 {
            for class in features::GazClass::ALL {
                if classes & (1 << class as u8) != 0 {
                    let c = 3 * class as u32;
                    tags[i] |= 1 << (c + if matched == 1 { 0 } else { 1 });
                    for t in &mut tags[i + 1..i + matched] {
                        *t |= 1 << (c + 2);
                    }
                }
            }
        }
        i += matched.max(1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{document_features, embedded_lexicon, model, tagging_units, Recognizer};
    use super::*;
    use crate::{article, segment};

    /// The reference emissions of a sentence with the rows of the tokens that are not scored
    /// replaced by [`OUTSIDE`], as the fast path hands them to the decoder.
    pub(super) fn reference_emissions(
        r: &Recognizer,
        text: &str,
        seg: &Segmentation,
    ) -> Vec<(Range<usize>, Vec<f32>)> {
        let mut em = Vec::new();
        document_features(text, seg, &r.lexicon)
            .into_iter()
            .map(|s| {
                r.model.emissions(&s.features, &s.offsets, &mut em);
                for (row, t) in em.chunks_exact_mut(N_TAGS).zip(s.tokens.clone()) {
                    let word = &text[seg.tokens[t].span];
                    if !is_scored(word, &word.to_lowercase()) {
                        row.copy_from_slice(&OUTSIDE);
                    }
                }
                (s.tokens, em.clone())
            })
            .collect()
    }

    /// [`Recognizer::tag_names`] through the reference path: the features as training sees
    /// them, the tokens that are not scored tagged outside, and the exhaustive decoder.
    pub(super) fn reference_names(
        r: &Recognizer,
        text: &str,
        seg: &Segmentation,
    ) -> Vec<super::super::TaggedName> {
        let mut names = Vec::new();
        let mut tags = Vec::new();
        for (tokens, em) in reference_emissions(r, text, seg) {
            model::viterbi(&em, r.model.transitions(), model::ALL_TAGS, &mut tags);
            names.extend(super::super::tags_to_names(&tags, tokens.start));
        }
        names
    }

    /// Texts with what the features look at: non-ASCII letters and symbols, curly quotes,
    /// possessives, all-caps sentences, hyphens, initials, gazetteer phrases, repeated words.
    const CASES: &[(&str, &str)] = &[
        ("empty", ""),
        (
            "news",
            "“We need peace,” said Ignazio Cassis in Genève, where € 5 buys a coffee 😀. \
             Russia’s foreign minister Sergei Lavrov met Cassis in New York on Thursday.",
        ),
        ("all caps", "BREAKING NEWS: UNITED NATIONS SAYS € 5BN IS MISSING 😀.\n\nThe UN said so."),
        ("possessives", "Britain's Prime Minister and the EU's chief met at the Bank of England’s HQ."),
        (
            "hyphens and initials",
            "Somerset 83 ( P. Simmons 4-38 ) in Genève. Keystone-SDA reported the Smith-led bid.",
        ),
        (
            "phrases",
            "The United States of America, the European Union and the United Nations General \
             Assembly met in the Middle East and in South Africa; New Zealand was absent.",
        ),
        ("one word", "Hello"),
        // The word cache keeps words across documents; their document-wide features must not.
        ("lower case seen", "The bank said. Bank deposits rose. MPs: We Said So."),
        ("lower case not seen", "Bank deposits rose, MPs said. We said so."),
        ("symbols", "— … « Ça va ? » 😀😀 ½ ΑΘΗΝΑ Αθήνα İstanbul ǅ ﬁ 1,000 $ 3.5% @user #tag"),
        ("repeats", "Cassis said. Cassis said. Cassis said it again: “Cassis”. CASSIS. cassis. Cassis’s."),
    ];

    /// Emissions per tagging unit through the reference path and the fast path.
    /// Emission bits of every tagging unit.
    type Units = Vec<(Range<usize>, Vec<u32>)>;

    fn both(r: &Recognizer, text: &str) -> (Units, Units) {
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        let reference = reference_emissions(r, text, &seg)
            .into_iter()
            .map(|(tokens, em)| (tokens, em.iter().map(|x| x.to_bits()).collect()))
            .collect();
        let words: Vec<&str> = seg.tokens.iter().map(|t| &text[t.span]).collect();
        let units = tagging_units(&words, &seg);
        let mut fast = Vec::new();
        document_emissions(&r.model, &r.lexicon, &r.words, text, &seg, &units, |tokens, em| {
            fast.push((tokens, em.iter().map(|x| x.to_bits()).collect()));
        });
        (reference, fast)
    }

    /// A model with a weight for every feature the reference path extracts from `texts`, so
    /// that a feature missing from the fast path, or added, or hashed differently, changes
    /// the scores (the embedded model knows only some of them).
    fn dense_model(texts: &[&str]) -> Recognizer {
        let lexicon = embedded_lexicon();
        let mut keys = Vec::new();
        for text in texts {
            let layout = article::read(text);
            let seg = segment::segment(text, &layout);
            for s in document_features(text, &seg, &lexicon) {
                keys.extend(s.features);
            }
        }
        keys.sort_unstable();
        keys.dedup();
        let rows: Vec<(u32, Vec<f32>)> = keys
            .iter()
            .map(|&k| {
                let w = (0..model::N_TAGS)
                    .map(|t| ((k.wrapping_mul(2_654_435_761).rotate_left(t as u32 * 3) % 255) as f32) - 127.0)
                    .collect();
                (k, w)
            })
            .collect();
        let transitions = vec![0.0; (model::N_TAGS + 1) * model::N_TAGS];
        Recognizer::from_bytes(&model::encode(&rows, &transitions, 1.0), lexicon).unwrap()
    }

    fn seed_article() -> Option<String> {
        let shared = match std::env::var("ANNOTATOR_DATA") {
            Ok(data) => std::path::Path::new(&data).join(".."),
            Err(_) => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        };
        let path = shared.join("seeds/swissinfo-2022-09-22-cassis-lavrov.txt");
        let text = std::fs::read_to_string(&path).ok();
        if text.is_none() {
            eprintln!("note: seed article not found at {}, checked the built-in texts only", path.display());
        }
        text
    }

    /// The word index gives one id per distinct text: words that share their first eight bytes,
    /// differ in the tail or only in length, non-ASCII words, and enough words to grow the table.
    #[test]
    fn word_ids_are_one_per_distinct_text() {
        let r = Recognizer::new();
        let mut words = Words::default();
        let named: &[(&str, &[&str])] = &[
            ("same first eight bytes", &["Internat", "Internation", "International", "Internationals"]),
            ("differ in the tail", &["Genève€", "Genève😀", "Genève’s", "Genève's"]),
            ("lengths around eight", &["", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgi"]),
            ("non-ASCII", &["€", "😀", "“", "”", "İstanbul", "ΑΘΗΝΑ", "Αθήνα"]),
        ];
        let many: Vec<String> = (0..3000).map(|n| format!("w{n}€")).collect();
        let mut all: Vec<&str> = named.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        all.extend(many.iter().map(String::as_str));
        let ids: Vec<u32> = all.iter().map(|w| words.id(w, &r.model, &r.lexicon)).collect();
        assert_eq!(ids, (0..all.len() as u32).collect::<Vec<_>>(), "every word is new once");
        for (name, group) in named {
            for w in *group {
                let id = words.id(w, &r.model, &r.lexicon) as usize;
                assert_eq!(all[id], *w, "{name}: {w:?}");
                assert_eq!(words.index.word(id), w.as_bytes(), "{name}: {w:?}");
            }
        }
        for (n, w) in many.iter().enumerate().step_by(97) {
            assert_eq!(words.id(w, &r.model, &r.lexicon) as usize, all.len() - many.len() + n, "{w}");
        }
        assert_eq!(words.words.len(), all.len(), "lookups add no word");
    }

    #[test]
    fn fast_emissions_equal_the_reference_path() {
        let seed = seed_article();
        let mut texts: Vec<(&str, &str)> = CASES.to_vec();
        if let Some(seed) = &seed {
            texts.push(("seed article", seed));
        }
        let all: Vec<&str> = texts.iter().map(|(_, t)| *t).collect();
        for (model_name, r) in [("embedded", Recognizer::new()), ("dense", dense_model(&all))] {
            for (name, text) in &texts {
                let (reference, fast) = both(&r, text);
                assert_eq!(reference.len(), fast.len(), "{model_name} model, {name}: units");
                for ((rt, re), (ft, fe)) in reference.iter().zip(&fast) {
                    assert_eq!(rt, ft, "{model_name} model, {name}: unit tokens");
                    assert_eq!(re, fe, "{model_name} model, {name}: emissions of tokens {rt:?}");
                }
                let layout = article::read(text);
                let seg = segment::segment(text, &layout);
                assert_eq!(r.tag_names(text, &seg), reference_names(&r, text, &seg), "{name}");
            }
        }
    }
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::super::Recognizer;
    use crate::{article, segment};
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "Cassis",
        "cassis",
        "CASSIS",
        "Cassis’s",
        "said",
        "the",
        "The",
        "New",
        "York",
        "new",
        "york",
        "United",
        "Nations",
        "of",
        "America",
        "States",
        "Genève",
        "€",
        "😀",
        "“",
        "”",
        "\"",
        "'s",
        "’s",
        "-",
        "Keystone-SDA",
        "P.",
        "Mr.",
        "Dr",
        ".",
        ",",
        "?",
        "\n\n",
        "UN",
        "EU",
        "BBC",
        "5",
        "2022",
        "Russia’s",
        "İstanbul",
        "ΑΘΗΝΑ",
        "mcdonald",
        "McDonald",
        "o'neill",
        "O'Neill",
        "U.S.",
        "a",
        "A",
        "I",
        "Bank",
        "bank",
        "England",
    ];

    proptest! {
        /// On random word soup the fast path tags exactly as the reference path.
        #[test]
        fn fast_tagging_equals_the_reference_path(words in proptest::collection::vec(0..WORDS.len(), 0..80)) {
            let text = words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
            let layout = article::read(&text);
            let seg = segment::segment(&text, &layout);
            let r = recognizer();
            prop_assert_eq!(r.tag_names(&text, &seg), super::tests::reference_names(r, &text, &seg));
        }
    }

    fn recognizer() -> &'static Recognizer {
        static R: std::sync::OnceLock<Recognizer> = std::sync::OnceLock::new();
        R.get_or_init(Recognizer::new)
    }
}
