//! The name tagger's model: hashed features with quantized weights per tag, first-order tag
//! transitions, and a Viterbi decoder constrained to valid BIO sequences.
//!
//! Binary format (little-endian), version 2:
//!
//! | bytes | what |
//! |---|---|
//! | 6 | magic `AANERM` |
//! | 2 | format version |
//! | 4 | [`FEATURE_VERSION`] the model was trained with |
//! | 2 | number of tags (must be [`N_TAGS`]) |
//! | 4 | `f32` scale: weight = `i8` × scale |
//! | 4 | number of features `n` |
//! | 1 + 4 + … | feature keys, sorted, as deltas in a Rice code: the parameter `k`, the byte length, the bits |
//! | tags × (2 + m × 3) | per tag, the number `m` of weight values it uses, then each as an `i8` and its `u16` frequency (of 4096) |
//! | 4 + … | the byte length, then the `n × tags` `i8` weights, row by row, in one rANS stream with two interleaved states, each tag with its own frequencies |
//! | (tags + 1) × tags × 4 | `f32` transitions; the last row is the start of a sentence |
//!
//! Keys are 32-bit hashes, and three weights in five are zero: as bytes (version 1: keys as
//! varints, weights as plain `i8`) gzip took the model to 180 KB; coded near their entropy, it is
//! 145 KB, and gzip leaves it as it is. Version 1 is still read.

use std::fmt;

use super::features::FEATURE_VERSION;

const _: () = assert!(N_TAGS <= 16, "a weight row holds 16 tags");

/// Entity classes of the model, in tag order: tag `1 + 2c` is `B-c`, tag `2 + 2c` is `I-c`.
pub const CLASSES: [&str; 7] = ["PER", "ORG", "LOC", "NORP", "FAC", "PRODUCT", "MISC"];
pub const N_TAGS: usize = 1 + 2 * CLASSES.len();
/// Bit set with every tag allowed.
pub const ALL_TAGS: u32 = (1 << N_TAGS) - 1;

const MAGIC: &[u8; 6] = b"AANERM";
const FORMAT_VERSION: u16 = 2;
/// Precision of the rANS frequencies: they sum to `1 << FREQ_BITS`.
const FREQ_BITS: u32 = 12;
/// The lower bound of the rANS state (bytes are read while it is below).
const RANS_LOW: u32 = 1 << 23;

/// The class of tag `t`, and whether it begins a mention; `None` for `O`.
pub fn tag_class(t: usize) -> Option<(usize, bool)> {
    (t > 0).then(|| ((t - 1) / 2, (t - 1) % 2 == 0))
}

pub fn begin_tag(class: usize) -> usize {
    1 + 2 * class
}

pub fn inside_tag(class: usize) -> usize {
    2 + 2 * class
}

/// Whether tag `t` may follow tag `prev` (`None` = sentence start) in BIO.
pub fn transition_allowed(prev: Option<usize>, t: usize) -> bool {
    match tag_class(t) {
        Some((class, false)) => prev.and_then(tag_class).is_some_and(|(c, _)| c == class),
        _ => true,
    }
}

/// Why a model could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    kind: ModelErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelErrorKind {
    /// The bytes do not start with the model's magic number.
    BadMagic,
    /// The format version is not one this build reads.
    UnsupportedVersion(u16),
    /// The model was trained with other features than this build extracts.
    FeatureVersion { model: u32, code: u32 },
    /// The model has another tag set.
    TagCount(usize),
    /// The bytes end early or hold an invalid value.
    Truncated,
}

impl ModelError {
    pub fn kind(&self) -> &ModelErrorKind {
        &self.kind
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ModelErrorKind::BadMagic => write!(f, "not a name model (bad magic number)"),
            ModelErrorKind::UnsupportedVersion(v) => write!(f, "unsupported model format version {v}"),
            ModelErrorKind::FeatureVersion { model, code } => {
                write!(f, "model trained for feature version {model}, this build extracts version {code}")
            }
            ModelErrorKind::TagCount(n) => write!(f, "model has {n} tags, expected {N_TAGS}"),
            ModelErrorKind::Truncated => write!(f, "model data truncated or corrupt"),
        }
    }
}

impl std::error::Error for ModelError {}

fn err(kind: ModelErrorKind) -> ModelError {
    ModelError { kind }
}

/// A loaded model: an open-addressing table from feature key to weight row.
///
/// Each slot holds its key and its weights side by side: a known feature, whose row is read
/// at random, costs one cache line instead of one in a key array and one in a weight array.
/// Most unknown features never reach the table (see `filter`).
#[derive(Clone, Debug)]
pub struct Model {
    /// A blocked Bloom filter of the keys (two bits per key in one 64-bit word, about twelve
    /// bits per feature): most features looked up are unknown to the model, and this small
    /// array (32 KB, mostly in the L1 cache) turns all but about 3% of them away before the
    /// table is read. One bit per key let 8% through; both bits in one word cost one load.
    filter: Vec<u64>,
    filter_shift: u32,
    /// A power of two of slots, then one more, empty, whose all-zero row unknown features add.
    slots: Vec<Slot>,
    /// The number of slots of the table proper minus one (the probe mask).
    mask: usize,
    /// A key no feature of the model has, marking free slots.
    empty: u32,
    shift: u32,
    features: usize,
    scale: f32,
    /// `(N_TAGS + 1) × N_TAGS`, row `N_TAGS` = sentence start.
    transitions: Vec<f32>,
    /// The decoder of these transitions, every tag allowed.
    decoder: Decoder,
}

/// A key and its `N_TAGS` weights, padded to 16 so rows add up as one vector.
#[derive(Clone, Copy, Debug)]
struct Slot {
    key: u32,
    weights: [i8; 16],
}

/// Integer emission scores of one token, the sum of its features' weight rows (lane `t` is
/// tag `t`; the lanes past `N_TAGS` stay zero). Integer sums do not depend on the order of
/// the features, so any way of adding the same rows gives the same scores.
pub type Scores = [i32; 16];

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(err(ModelErrorKind::Truncated))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            value |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| err(ModelErrorKind::Truncated));
            }
        }
        Err(err(ModelErrorKind::Truncated))
    }
}

fn slot_of(key: u32, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> shift) as usize
}

/// The filter word of a key and its two bits there: other hashes than [`slot_of`], so that
/// keys sharing a slot region do not share bits.
fn filter_bits(key: u32, shift: u32) -> (usize, u64) {
    let word = (key.wrapping_mul(0x85EB_CA6B) >> shift) as usize;
    let bits = key.wrapping_mul(0xC2B2_AE35);
    (word, 1 << (bits >> 26) | 1 << ((bits >> 20) & 63))
}

/// The contents of a model file.
struct Parts {
    scale: f32,
    /// Sorted.
    keys: Vec<u32>,
    /// `N_TAGS` per key, as `i8` bits.
    weights: Vec<u8>,
    transitions: Vec<f32>,
}

impl Parts {
    fn read(bytes: &[u8]) -> Result<Parts, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(err(ModelErrorKind::BadMagic));
        }
        let version = r.u16()?;
        if version != 1 && version != FORMAT_VERSION {
            return Err(err(ModelErrorKind::UnsupportedVersion(version)));
        }
        let feature_version = r.u32()?;
        if feature_version != FEATURE_VERSION {
            return Err(err(ModelErrorKind::FeatureVersion {
                model: feature_version,
                code: FEATURE_VERSION,
            }));
        }
        let tags = r.u16()? as usize;
        if tags != N_TAGS {
            return Err(err(ModelErrorKind::TagCount(tags)));
        }
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        if n > bytes.len() {
            return Err(err(ModelErrorKind::Truncated));
        }
        let (keys, weights) = if version == 1 { read_v1(&mut r, n)? } else { read_v2(&mut r, n)? };
        let mut transitions = Vec::with_capacity((N_TAGS + 1) * N_TAGS);
        for _ in 0..(N_TAGS + 1) * N_TAGS {
            transitions.push(r.f32()?);
        }
        Ok(Parts { scale, keys, weights, transitions })
    }

    /// The model file of these parts, in the current format.
    #[cfg(any(test, feature = "internals"))]
    fn write(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&(N_TAGS as u16).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        write_keys(&self.keys, &mut out);
        write_weights(&self.weights.chunks_exact(N_TAGS).collect::<Vec<_>>(), &mut out);
        for t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        out
    }
}

/// Keys and weights of a version 1 model: keys as varint deltas, weights as plain bytes.
fn read_v1(r: &mut Reader<'_>, n: usize) -> Result<(Vec<u32>, Vec<u8>), ModelError> {
    let mut keys = Vec::with_capacity(n);
    let mut key = 0u32;
    for _ in 0..n {
        key = key.checked_add(r.varint()?).ok_or(err(ModelErrorKind::Truncated))?;
        keys.push(key);
    }
    Ok((keys, r.take(n * N_TAGS)?.to_vec()))
}

/// Keys and weights of a version 2 model (see the module documentation).
fn read_v2(r: &mut Reader<'_>, n: usize) -> Result<(Vec<u32>, Vec<u8>), ModelError> {
    let truncated = || err(ModelErrorKind::Truncated);
    let k = r.u8()? as u32;
    if k > 31 {
        return Err(truncated());
    }
    let len = r.u32()? as usize;
    let mut bits = BitReader { bytes: r.take(len)?, at: 0 };
    let mut keys = Vec::with_capacity(n);
    let mut key = 0u32;
    for _ in 0..n {
        let q = bits.unary();
        let low = bits.take(k);
        let delta =
            u32::try_from(q).ok().and_then(|q| q.checked_mul(1 << k)).and_then(|h| h.checked_add(low));
        key = delta.and_then(|d| key.checked_add(d)).ok_or(truncated())?;
        keys.push(key);
    }
    if bits.at > 8 * bits.bytes.len() {
        return Err(truncated());
    }
    // Per tag and frequency slot: the symbol, its frequency minus one and the slot's offset in
    // the symbol's range, packed as 8 + 12 + 12 bits.
    let total = 1usize << FREQ_BITS;
    let mut slots = vec![0u32; N_TAGS * total];
    for t in 0..N_TAGS {
        let m = r.u16()? as usize;
        let mut at = 0usize;
        for _ in 0..m {
            let symbol = r.u8()? as u32;
            let f = r.u16()? as usize;
            if f == 0 || at + f > total {
                return Err(truncated());
            }
            for (bias, slot) in slots[t * total + at..t * total + at + f].iter_mut().enumerate() {
                *slot = symbol | ((f as u32 - 1) << 8) | ((bias as u32) << 20);
            }
            at += f;
        }
        if at != total && n > 0 {
            return Err(truncated());
        }
    }
    let len = r.u32()? as usize;
    let stream = r.take(len)?;
    // Two states take turns (weight `i` uses state `i % 2`), so that each one's chain of
    // table look-ups and products has half the length: three times faster to read.
    let state = |at: usize| stream.get(at..at + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap()));
    let (mut x0, mut x1) = (state(0).ok_or(truncated())?, state(4).ok_or(truncated())?);
    let mut at = 8;
    let mut step = |x: &mut u32, t: usize| -> Result<u8, ModelError> {
        let entry = slots[t * total + (*x as usize & (total - 1))];
        *x = ((entry >> 8) & 0xfff) * (*x >> FREQ_BITS) + (*x >> FREQ_BITS) + (entry >> 20);
        while *x < RANS_LOW {
            *x = (*x << 8) | *stream.get(at).ok_or(truncated())? as u32;
            at += 1;
        }
        Ok(entry as u8)
    };
    let mut weights = vec![0u8; n * N_TAGS];
    let mut pairs = weights.chunks_exact_mut(2);
    let mut t = 0;
    for pair in &mut pairs {
        pair[0] = step(&mut x0, t)?;
        pair[1] = step(&mut x1, (t + 1) % N_TAGS)?;
        t = (t + 2) % N_TAGS;
    }
    if let [last] = pairs.into_remainder() {
        *last = step(&mut x0, t)?;
    }
    Ok((keys, weights))
}

/// Reads bits, the lowest bit of each byte first.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    /// The next 57 bits or more from `at` (zeros past the end).
    fn peek(&self) -> u64 {
        let mut word = [0u8; 8];
        let from = (self.at / 8).min(self.bytes.len());
        let to = (from + 8).min(self.bytes.len());
        word[..to - from].copy_from_slice(&self.bytes[from..to]);
        u64::from_le_bytes(word) >> (self.at % 8)
    }

    /// The number of one bits before the next zero bit, which is skipped too.
    fn unary(&mut self) -> u64 {
        let mut q = 0;
        loop {
            let ones = self.peek().trailing_ones() as u64;
            if ones < 56 {
                self.at += ones as usize + 1;
                return q + ones;
            }
            q += 56;
            self.at += 56;
        }
    }

    /// The next `k` bits (at most 32) as a number, the first one lowest.
    fn take(&mut self, k: u32) -> u32 {
        let value = self.peek() & ((1u64 << k) - 1);
        self.at += k as usize;
        value as u32
    }
}

impl Model {
    /// Reads a model written by [`encode`].
    ///
    /// # Errors
    ///
    /// A [`ModelError`] when the bytes are not a model of this format version, were trained
    /// with other features, or are cut short.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let Parts { scale, keys, weights, transitions } = Parts::read(bytes)?;
        let n = keys.len();
        // Filled up to three quarters (23,000 features in 32,768 slots of 20 bytes) rather than
        // half: the filter turns most unknown features away before the probe, so longer probes
        // cost little, while known features' rows, read at random, miss the processor cache
        // less in half the memory.
        let bits = (4 * n.max(1)).div_ceil(3).next_power_of_two().trailing_zeros().max(4);
        let shift = 32 - bits;
        let mask = (1usize << bits) - 1;
        // The smallest key not in the (sorted) list marks free slots.
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        let mut empty = 0u32;
        for &k in &sorted {
            if k == empty {
                empty += 1;
            } else if k > empty {
                break;
            }
        }
        // One more slot, empty and all zeros, for unknown features (see `add`).
        let mut slots = vec![Slot { key: empty, weights: [0; 16] }; (1 << bits) + 1];
        for (row, &key) in keys.iter().enumerate() {
            let mut slot = slot_of(key, shift);
            while slots[slot].key != empty {
                slot = (slot + 1) & mask;
            }
            slots[slot].key = key;
            for (w, &b) in slots[slot].weights.iter_mut().zip(&weights[row * N_TAGS..(row + 1) * N_TAGS]) {
                *w = b as i8;
            }
        }
        let decoder = Decoder::new(&transitions, ALL_TAGS);
        // Six to twelve bits per feature (a power of two of words, at least two words so
        // that the shift stays below 32).
        let filter_words = (6 * n.max(1)).next_power_of_two().trailing_zeros().clamp(7, 31) - 6;
        let filter_shift = 32 - filter_words;
        let mut filter = vec![0u64; 1 << filter_words];
        for &key in &keys {
            let (word, bits) = filter_bits(key, filter_shift);
            filter[word] |= bits;
        }
        Ok(Model {
            filter,
            filter_shift,
            slots,
            mask,
            empty,
            shift,
            features: n,
            scale,
            transitions,
            decoder,
        })
    }

    /// Adds the weights of feature `key`, if the model knows it, to `acc`.
    #[inline]
    pub fn add(&self, key: u32, acc: &mut Scores) {
        let (word, bits) = filter_bits(key, self.filter_shift);
        if self.filter[word] & bits != bits {
            return;
        }
        let mut slot = slot_of(key, self.shift);
        while self.slots[slot].key != key && self.slots[slot].key != self.empty {
            slot = (slot + 1) & self.mask;
        }
        // Known or not is unpredictable: instead of a branch, an unknown feature adds the
        // all-zero row past the table.
        let found = self.slots[slot].key == key && key != self.empty;
        let row = &self.slots[if found { slot } else { self.mask + 1 }].weights;
        for (a, &x) in acc.iter_mut().zip(row) {
            *a += x as i32;
        }
    }

    /// Appends the `N_TAGS` emission scores of one token with integer scores `acc`.
    #[inline]
    pub fn push_emissions(&self, acc: &Scores, out: &mut Vec<f32>) {
        out.extend(acc[..N_TAGS].iter().map(|&a| a as f32 * self.scale));
    }

    /// Emission scores, `N_TAGS` per token, from the features of `sentence_features`.
    pub fn emissions(&self, features: &[u32], offsets: &[usize], out: &mut Vec<f32>) {
        out.clear();
        for w in offsets.windows(2) {
            let mut acc = [0i32; 16];
            for &key in &features[w[0]..w[1]] {
                self.add(key, &mut acc);
            }
            self.push_emissions(&acc, out);
        }
    }

    pub fn transitions(&self) -> &[f32] {
        &self.transitions
    }

    /// [`viterbi`] with this model's transitions, every tag allowed.
    pub fn decode(&self, emissions: &[f32], out: &mut Vec<u8>) {
        self.decoder.decode(emissions, out);
    }

    pub fn feature_count(&self) -> usize {
        self.features
    }
}

/// The best valid BIO tag sequence for `emissions` (`N_TAGS` per token) under `transitions`
/// (`(N_TAGS + 1) × N_TAGS`, last row = start), using only tags in the bit set `allowed`.
/// Ties go to the lowest previous tag, and at the end to the highest tag.
pub fn viterbi(emissions: &[f32], transitions: &[f32], allowed: u32, out: &mut Vec<u8>) {
    Decoder::new(transitions, allowed).decode(emissions, out);
}

/// An inside tag, its previous tags with their transitions, and how many there are.
type ClosedTag = (usize, [(usize, f32); 2], usize);

/// [`viterbi`] with its tables built once for a set of transitions and allowed tags: the
/// tagger decodes every sentence with the same ones.
#[derive(Clone, Debug)]
pub struct Decoder {
    /// "Open" tags (O, B-x) may follow any allowed tag: `open_weights[p][k]` is the transition
    /// from tag `p` to the `k`-th open tag, `open_max[p]` the largest of them (zero and minus
    /// infinity for a forbidden `p`, whose score stays minus infinity).
    open: Vec<usize>,
    open_weights: [[f32; N_TAGS]; N_TAGS],
    open_max: [f32; N_TAGS],
    /// The other allowed tags (I-x), each with its previous tags (its class's B and I, at
    /// most two) and their transitions.
    closed: Vec<ClosedTag>,
    /// The previous tags of every tag with their transitions, in increasing order (none for
    /// a forbidden tag).
    preds: Vec<Vec<(usize, f32)>>,
    /// The transition from the sentence start, for the tags that may start one.
    start: [Option<f32>; N_TAGS],
}

impl Decoder {
    pub fn new(transitions: &[f32], allowed: u32) -> Decoder {
        let tags: Vec<usize> = (0..N_TAGS).filter(|t| allowed & (1 << t) != 0).collect();
        let preds_of = |t: usize| tags.iter().copied().filter(move |&p| transition_allowed(Some(p), t));
        let open: Vec<usize> = tags.iter().copied().filter(|&t| preds_of(t).count() == tags.len()).collect();
        let closed = tags
            .iter()
            .filter(|t| !open.contains(t))
            .map(|&t| {
                let mut preds = [(0, 0.0); 2];
                let mut n = 0;
                for p in preds_of(t) {
                    preds[n] = (p, transitions[p * N_TAGS + t]);
                    n += 1;
                }
                (t, preds, n)
            })
            .collect();
        let mut open_weights = [[0f32; N_TAGS]; N_TAGS];
        let mut open_max = [f32::NEG_INFINITY; N_TAGS];
        for &p in &tags {
            for (k, &t) in open.iter().enumerate() {
                let w = transitions[p * N_TAGS + t];
                open_weights[p][k] = w;
                // A NaN weight makes the bound useless: then `p` is never skipped.
                open_max[p] = if w.is_nan() || open_max[p].is_nan() { f32::NAN } else { open_max[p].max(w) };
            }
        }
        let preds = (0..N_TAGS)
            .map(|t| {
                if allowed & (1 << t) == 0 {
                    return Vec::new();
                }
                preds_of(t).map(|p| (p, transitions[p * N_TAGS + t])).collect()
            })
            .collect();
        let mut start = [None; N_TAGS];
        for &t in &tags {
            if transition_allowed(None, t) {
                start[t] = Some(transitions[N_TAGS * N_TAGS + t]);
            }
        }
        Decoder { open, open_weights, open_max, closed, preds, start }
    }

    /// The best tag sequence for `emissions` into `out` (see [`viterbi`]).
    pub fn decode(&self, emissions: &[f32], out: &mut Vec<u8>) {
        let n = emissions.len() / N_TAGS;
        out.clear();
        if n == 0 {
            return;
        }
        let open = &self.open[..];
        // The best score of every tag at every token (minus infinity for a forbidden tag);
        // the best previous tags are found again on the way back, for the tags of the best
        // path only.
        let mut scores: Vec<[f32; N_TAGS]> = Vec::with_capacity(n);
        let mut score = [f32::NEG_INFINITY; N_TAGS];
        for ((s, w), e) in score.iter_mut().zip(&self.start).zip(emissions) {
            if let Some(w) = w {
                *s = e + w;
            }
        }
        scores.push(score);
        for em in emissions.chunks_exact(N_TAGS).skip(1) {
            // A token only `O` can tag (the tagger's words that are not scored): the best score
            // reaching `O` is all there is to compute. Every other tag gets minus infinity, as
            // the general case below gives it (a finite best plus minus infinity).
            if self.open.first() == Some(&0) && em[1..].iter().all(|&e| e == f32::NEG_INFINITY) {
                let mut b = f32::NEG_INFINITY;
                for (&sp, weights) in score.iter().zip(&self.open_weights) {
                    let s = sp + weights[0];
                    b = if s > b { s } else { b };
                }
                score = [f32::NEG_INFINITY; N_TAGS];
                score[0] = b + em[0];
                scores.push(score);
                continue;
            }
            // The best score reaching each open tag: only its value matters here (the way back
            // finds the previous tag with the tie rules), and a maximum does not depend on the
            // order its terms are taken in. So the best previous tag is taken first, and a tag
            // whose score plus its largest transition cannot beat any lane is skipped: rounding
            // is monotonic, so none of its sums would win either.
            let mut top = 0;
            for p in 1..N_TAGS {
                if score[p] > score[top] {
                    top = p;
                }
            }
            let mut best = [f32::NEG_INFINITY; N_TAGS];
            let lanes = &mut best[..open.len()];
            let sp = score[top];
            for (b, &w) in lanes.iter_mut().zip(&self.open_weights[top]) {
                *b = sp + w;
            }
            let floor = lanes.iter().fold(f32::INFINITY, |m, &b| if b < m { b } else { m });
            for ((&sp, &max), weights) in score.iter().zip(&self.open_max).zip(&self.open_weights) {
                // A NaN bound is not `<=`: that tag is taken (and `top` again, harmlessly).
                let beaten = sp + max <= floor;
                if !beaten {
                    for (b, &w) in lanes.iter_mut().zip(weights) {
                        let s = sp + w;
                        *b = if s > *b { s } else { *b };
                    }
                }
            }
            let mut next = [f32::NEG_INFINITY; N_TAGS];
            for (&t, &b) in open.iter().zip(&best) {
                next[t] = b + em[t];
            }
            for &(t, preds, count) in &self.closed {
                let mut b = f32::NEG_INFINITY;
                for &(p, w) in &preds[..count] {
                    let s = score[p] + w;
                    b = if s > b { s } else { b };
                }
                next[t] = b + em[t];
            }
            score = next;
            scores.push(score);
        }
        let mut t = (0..N_TAGS).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap_or(0);
        out.resize(n, 0);
        for i in (0..n).rev() {
            out[i] = t as u8;
            if i == 0 {
                break;
            }
            // The previous tag the forward pass kept for `t` (0 for a forbidden tag, or when
            // no previous tag scores above minus infinity). Tried in increasing order, a strict
            // `>` keeps the first best one; minus infinity or NaN never wins.
            let prev = &scores[i - 1];
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for &(p, w) in &self.preds[t] {
                let s = prev[p] + w;
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            t = arg;
        }
    }
}

/// Writes a model: `features` are `(key, weights)` pairs (`N_TAGS` weights each), quantized
/// to `i8` with one scale (`step` × the finest step that fits the largest weight; larger steps
/// clamp the largest weights but compress better); rows that quantize to all zeros are dropped.
#[cfg(any(test, feature = "internals"))]
pub fn encode(features: &[(u32, Vec<f32>)], transitions: &[f32], step: f32) -> Vec<u8> {
    assert_eq!(transitions.len(), (N_TAGS + 1) * N_TAGS);
    let max = features.iter().flat_map(|(_, w)| w.iter()).fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { step * max / 127.0 } else { 1.0 };
    let mut rows: Vec<(u32, Vec<i8>)> = features
        .iter()
        .map(|(k, w)| (*k, w.iter().map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8).collect()))
        .filter(|(_, q): &(u32, Vec<i8>)| q.iter().any(|&x| x != 0))
        .collect();
    rows.sort_by_key(|(k, _)| *k);
    rows.dedup_by_key(|(k, _)| *k);
    Parts {
        scale,
        keys: rows.iter().map(|(k, _)| *k).collect(),
        weights: rows.iter().flat_map(|(_, q)| q.iter().map(|&x| x as u8)).collect(),
        transitions: transitions.to_vec(),
    }
    .write()
}

/// A model file (of any version this build reads) in the current format: the same keys,
/// weights and transitions.
///
/// # Errors
///
/// A [`ModelError`] when the bytes are not a model this build reads.
#[cfg(any(test, feature = "internals"))]
pub fn reencode(bytes: &[u8]) -> Result<Vec<u8>, ModelError> {
    Ok(Parts::read(bytes)?.write())
}

/// Writes sorted keys as deltas in a Rice code with the parameter that makes it shortest.
#[cfg(any(test, feature = "internals"))]
fn write_keys(keys: &[u32], out: &mut Vec<u8>) {
    let deltas: Vec<u32> = keys.iter().scan(0u32, |last, &k| Some(k - std::mem::replace(last, k))).collect();
    let cost = |k: u32| deltas.iter().map(|&d| (d >> k) as u64 + 1 + k as u64).sum::<u64>();
    let k = (0..32).min_by_key(|&k| cost(k)).unwrap_or(0);
    let mut bits = Vec::new();
    let mut at = 0usize;
    let mut push = |bits: &mut Vec<u8>, bit: u32| {
        if at % 8 == 0 {
            bits.push(0);
        }
        *bits.last_mut().unwrap() |= (bit as u8) << (at % 8);
        at += 1;
    };
    for &d in &deltas {
        for _ in 0..d >> k {
            push(&mut bits, 1);
        }
        push(&mut bits, 0);
        for b in 0..k {
            push(&mut bits, (d >> b) & 1);
        }
    }
    out.push(k as u8);
    out.extend_from_slice(&(bits.len() as u32).to_le_bytes());
    out.extend_from_slice(&bits);
}

/// Writes weight rows: per tag the frequencies of its values, then one rANS stream.
#[cfg(any(test, feature = "internals"))]
fn write_weights(rows: &[&[u8]], out: &mut Vec<u8>) {
    let total = 1u32 << FREQ_BITS;
    let mut freq = vec![[0u32; 256]; N_TAGS];
    let mut start = vec![[0u32; 256]; N_TAGS];
    for t in 0..N_TAGS {
        let mut counts = [0u64; 256];
        for row in rows {
            counts[row[t] as usize] += 1;
        }
        let n = rows.len() as u64;
        let used: Vec<usize> = (0..256).filter(|&s| counts[s] > 0).collect();
        if used.is_empty() {
            out.extend_from_slice(&0u16.to_le_bytes());
            continue;
        }
        // Each used value keeps a frequency of at least 1; the rounding error goes to (or comes
        // from) the most frequent value.
        for &s in &used {
            freq[t][s] = ((counts[s] * total as u64 / n) as u32).max(1);
        }
        let top = *used.iter().max_by_key(|&&s| (counts[s], std::cmp::Reverse(s))).unwrap();
        let sum: u32 = freq[t].iter().sum();
        freq[t][top] = freq[t][top] + total - sum;
        out.extend_from_slice(&(used.len() as u16).to_le_bytes());
        let mut at = 0;
        for &s in &used {
            start[t][s] = at;
            at += freq[t][s];
            out.push(s as u8);
            out.extend_from_slice(&(freq[t][s] as u16).to_le_bytes());
        }
    }
    // rANS codes backwards: the last weight first, its bytes come out last first. Weight `i`
    // uses state `i % 2` (see `read_v2`).
    let mut xs = [RANS_LOW; 2];
    let mut bytes = Vec::new();
    for (i, &w) in rows.iter().flat_map(|row| row.iter()).enumerate().collect::<Vec<_>>().into_iter().rev() {
        let (t, s) = (i % N_TAGS, w as usize);
        let x = &mut xs[i % 2];
        let f = freq[t][s];
        let limit = ((RANS_LOW >> FREQ_BITS) << 8) * f;
        while *x >= limit {
            bytes.push(*x as u8);
            *x >>= 8;
        }
        *x = ((*x / f) << FREQ_BITS) + *x % f + start[t][s];
    }
    out.extend_from_slice(&(bytes.len() as u32 + 8).to_le_bytes());
    out.extend_from_slice(&xs[0].to_le_bytes());
    out.extend_from_slice(&xs[1].to_le_bytes());
    out.extend(bytes.iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Viterbi decoder as first written, every tag pair tried: the reference for [`viterbi`].\n    /// The best valid BIO tag sequence for `emissions` (`N_TAGS` per token) under `transitions`
    /// (`(N_TAGS + 1) × N_TAGS`, last row = start), using only tags in the bit set `allowed`.
    pub(super) fn viterbi_reference(emissions: &[f32], transitions: &[f32], allowed: u32, out: &mut Vec<u8>) {
        let n = emissions.len() / N_TAGS;
        out.clear();
        if n == 0 {
            return;
        }
        let mut follows = [[false; N_TAGS]; N_TAGS];
        for (p, row) in follows.iter_mut().enumerate() {
            for (t, ok) in row.iter_mut().enumerate() {
                *ok = allowed & (1 << t) != 0 && transition_allowed(Some(p), t);
            }
        }
        let mut score = [f32::NEG_INFINITY; N_TAGS];
        let mut back: Vec<[u8; N_TAGS]> = vec![[0; N_TAGS]; n];
        for (t, s) in score.iter_mut().enumerate() {
            if allowed & (1 << t) != 0 && transition_allowed(None, t) {
                *s = emissions[t] + transitions[N_TAGS * N_TAGS + t];
            }
        }
        for i in 1..n {
            let mut next = [f32::NEG_INFINITY; N_TAGS];
            for (t, slot) in next.iter_mut().enumerate() {
                if allowed & (1 << t) == 0 {
                    continue;
                }
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0;
                for (p, &ps) in score.iter().enumerate() {
                    if ps == f32::NEG_INFINITY || !follows[p][t] {
                        continue;
                    }
                    let s = ps + transitions[p * N_TAGS + t];
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                *slot = best + emissions[i * N_TAGS + t];
                back[i][t] = arg as u8;
            }
            score = next;
        }
        let mut t = (0..N_TAGS).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap_or(0);
        out.resize(n, 0);
        for i in (0..n).rev() {
            out[i] = t as u8;
            t = back[i][t] as usize;
        }
    }

    #[test]
    fn round_trips_weights_and_refuses_bad_bytes() {
        let mut w1 = vec![0.0; N_TAGS];
        w1[1] = 2.0;
        let mut w2 = vec![0.0; N_TAGS];
        w2[0] = -1.0;
        let trans = vec![0.5; (N_TAGS + 1) * N_TAGS];
        let bytes = encode(&[(7, w1), (3_000_000_000, w2), (9, vec![0.0; N_TAGS])], &trans, 1.0);
        let model = Model::from_bytes(&bytes).unwrap();
        assert_eq!(model.feature_count(), 2, "the all-zero row is pruned");
        let mut em = Vec::new();
        model.emissions(&[7, 3_000_000_000, 12345], &[0, 1, 3], &mut em);
        assert!((em[1] - 2.0).abs() < 0.02);
        assert!((em[N_TAGS] + 1.0).abs() < 0.02);
        assert_eq!(Model::from_bytes(b"nonsense").unwrap_err().kind(), &ModelErrorKind::BadMagic);
        let cut = &bytes[..bytes.len() - 3];
        assert_eq!(Model::from_bytes(cut).unwrap_err().kind(), &ModelErrorKind::Truncated);
    }

    /// A version 1 file of these parts: keys as varint deltas, plain weight bytes.
    fn write_v1(p: &Parts) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&(N_TAGS as u16).to_le_bytes());
        out.extend_from_slice(&p.scale.to_le_bytes());
        out.extend_from_slice(&(p.keys.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for &k in &p.keys {
            let mut delta = k - std::mem::replace(&mut last, k);
            while delta >= 0x80 {
                out.push(delta as u8 | 0x80);
                delta >>= 7;
            }
            out.push(delta as u8);
        }
        out.extend_from_slice(&p.weights);
        p.transitions.iter().for_each(|t| out.extend_from_slice(&t.to_le_bytes()));
        out
    }

    /// Both formats carry the same keys, weights and transitions: the embedded model, a model
    /// with every weight value in every tag (and keys from 0 to the largest), and an empty one.
    #[test]
    fn versions_1_and_2_read_alike() {
        let mut every = Parts { scale: 0.5, keys: Vec::new(), weights: Vec::new(), transitions: Vec::new() };
        for (n, k) in [0, 1, 2, 1000, 1 << 20, 3_000_000_000, u32::MAX].into_iter().enumerate() {
            every.keys.push(k);
            every.weights.extend((0..N_TAGS).map(|t| (n * 37 + t * 101) as u8));
        }
        every.weights.extend((0..=255u8).flat_map(|b| [b; N_TAGS]));
        every.keys.extend((1..=256).map(|i| 3_000_000_000 + i));
        every.keys.sort_unstable();
        every.transitions = (0..(N_TAGS + 1) * N_TAGS).map(|i| i as f32 * 0.25 - 3.0).collect();
        let empty = Parts {
            scale: 1.0,
            keys: Vec::new(),
            weights: Vec::new(),
            transitions: vec![0.0; (N_TAGS + 1) * N_TAGS],
        };
        let embedded = Parts::read(include_bytes!("../../data/ner.model")).unwrap();
        for (name, parts) in [("embedded", embedded), ("every value", every), ("empty", empty)] {
            let v1 = Parts::read(&write_v1(&parts)).unwrap();
            let v2 = Parts::read(&parts.write()).unwrap();
            for read in [v1, v2] {
                assert_eq!(read.keys, parts.keys, "{name}");
                assert_eq!(read.weights, parts.weights, "{name}");
                assert_eq!(read.transitions, parts.transitions, "{name}");
                assert_eq!(read.scale.to_bits(), parts.scale.to_bits(), "{name}");
            }
            // Every cut of a version 2 file is refused, none panics.
            let bytes = parts.write();
            for cut in (0..bytes.len()).step_by(97) {
                assert!(Model::from_bytes(&bytes[..cut]).is_err(), "{name}: cut at {cut}");
            }
        }
    }

    #[test]
    fn viterbi_never_starts_with_inside() {
        // The inside tag has the best emission everywhere, but may not open a mention.
        let mut em = vec![0.0; 2 * N_TAGS];
        em[inside_tag(0)] = 5.0;
        em[N_TAGS + inside_tag(0)] = 5.0;
        em[begin_tag(0)] = 1.0;
        let trans = vec![0.0; (N_TAGS + 1) * N_TAGS];
        let mut out = Vec::new();
        viterbi(&em, &trans, ALL_TAGS, &mut out);
        assert_eq!(out, [begin_tag(0) as u8, inside_tag(0) as u8]);
    }
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::viterbi_reference;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The pruned decoder finds the sequence of the exhaustive one, ties included (small
        /// integer scores make ties frequent), whatever tags are allowed.
        #[test]
        fn viterbi_matches_the_exhaustive_decoder(
            tokens in 0usize..12,
            seed in proptest::collection::vec(-3i8..=3, 16 * N_TAGS),
            trans in proptest::collection::vec(-2i8..=2, (N_TAGS + 1) * N_TAGS),
            allowed in prop_oneof![Just(ALL_TAGS), 0u32..=ALL_TAGS],
            outside in proptest::collection::vec(proptest::bool::weighted(0.3), 16),
        ) {
            let mut emissions: Vec<f32> = seed[..tokens * N_TAGS].iter().map(|&x| x as f32 * 0.5).collect();
            // Tokens only `O` may tag, as the tagger hands over the words it does not score.
            for (row, _) in emissions.chunks_exact_mut(N_TAGS).zip(&outside).filter(|(_, &o)| o) {
                row.fill(f32::NEG_INFINITY);
                row[0] = 0.0;
            }
            let transitions: Vec<f32> = trans.iter().map(|&x| x as f32).collect();
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            viterbi(&emissions, &transitions, allowed, &mut fast);
            viterbi_reference(&emissions, &transitions, allowed, &mut slow);
            prop_assert_eq!(fast, slow);
        }
    }
}
