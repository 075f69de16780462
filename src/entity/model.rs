//! The name tagger's model: hashed features with quantized weights per tag, first-order tag
//! transitions, and a Viterbi decoder constrained to valid BIO sequences.
//!
//! Binary format (little-endian), version 1:
//!
//! | bytes | what |
//! |---|---|
//! | 6 | magic `AANERM` |
//! | 2 | format version |
//! | 4 | [`FEATURE_VERSION`] the model was trained with |
//! | 2 | number of tags (must be [`N_TAGS`]) |
//! | 4 | `f32` scale: weight = `i8` × scale |
//! | 4 | number of features `n` |
//! | varint × n | feature keys, sorted, as deltas |
//! | n × tags | `i8` weights, one row per feature |
//! | (tags + 1) × tags × 4 | `f32` transitions; the last row is the start of a sentence |

use std::fmt;

use super::features::FEATURE_VERSION;

const _: () = assert!(N_TAGS < 16, "a slot holds 15 weights and a used flag");

/// Entity classes of the model, in tag order: tag `1 + 2c` is `B-c`, tag `2 + 2c` is `I-c`.
pub const CLASSES: [&str; 7] = ["PER", "ORG", "LOC", "NORP", "FAC", "PRODUCT", "MISC"];
pub const N_TAGS: usize = 1 + 2 * CLASSES.len();
/// Bit set with every tag allowed.
pub const ALL_TAGS: u32 = (1 << N_TAGS) - 1;

const MAGIC: &[u8; 6] = b"AANERM";
const FORMAT_VERSION: u16 = 1;

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

/// One slot of the feature table: key and weights in one cache line, because the lookups
/// are random and memory-bound (two misses per feature with a separate weight array).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u32,
    /// `N_TAGS` weights; the last byte is 1 for a used slot.
    weights: [i8; 16],
}

/// A loaded model: an open-addressing table from feature key to weight row.
#[derive(Clone, Debug)]
pub struct Model {
    slots: Vec<Slot>,
    shift: u32,
    features: usize,
    scale: f32,
    /// `(N_TAGS + 1) × N_TAGS`, row `N_TAGS` = sentence start.
    transitions: Vec<f32>,
}

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

impl Model {
    /// Reads a model written by [`encode`].
    ///
    /// # Errors
    ///
    /// A [`ModelError`] when the bytes are not a model of this format version, were trained
    /// with other features, or are cut short.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(err(ModelErrorKind::BadMagic));
        }
        let version = r.u16()?;
        if version != FORMAT_VERSION {
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
        let bits = (2 * n.max(1)).next_power_of_two().trailing_zeros().max(4);
        let shift = 32 - bits;
        let mask = (1usize << bits) - 1;
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.checked_add(r.varint()?).ok_or(err(ModelErrorKind::Truncated))?;
            keys.push(key);
        }
        let weights = r.take(n * N_TAGS)?;
        let mut slots = vec![Slot::default(); 1 << bits];
        for (row, &key) in keys.iter().enumerate() {
            let mut slot = slot_of(key, shift);
            while slots[slot].weights[15] != 0 {
                slot = (slot + 1) & mask;
            }
            slots[slot].key = key;
            for (w, &b) in slots[slot].weights.iter_mut().zip(&weights[row * N_TAGS..(row + 1) * N_TAGS]) {
                *w = b as i8;
            }
            slots[slot].weights[15] = 1;
        }
        let mut transitions = Vec::with_capacity((N_TAGS + 1) * N_TAGS);
        for _ in 0..(N_TAGS + 1) * N_TAGS {
            transitions.push(r.f32()?);
        }
        Ok(Model { slots, shift, features: n, scale, transitions })
    }

    /// The weights of a feature (the last of the 16 is the used flag), if the model knows it.
    fn row(&self, key: u32) -> Option<&[i8; 16]> {
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(key, self.shift);
        loop {
            let s = &self.slots[slot];
            if s.weights[15] == 0 {
                return None;
            }
            if s.key == key {
                return Some(&s.weights);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Emission scores, `N_TAGS` per token, from the features of `sentence_features`.
    pub fn emissions(&self, features: &[u32], offsets: &[usize], out: &mut Vec<f32>) {
        out.clear();
        let mut acc = [0i32; 16];
        for w in offsets.windows(2) {
            acc.fill(0);
            for &key in &features[w[0]..w[1]] {
                if let Some(row) = self.row(key) {
                    for (a, &x) in acc.iter_mut().zip(row) {
                        *a += x as i32;
                    }
                }
            }
            out.extend(acc[..N_TAGS].iter().map(|&a| a as f32 * self.scale));
        }
    }

    pub fn transitions(&self) -> &[f32] {
        &self.transitions
    }

    pub fn feature_count(&self) -> usize {
        self.features
    }
}

/// The best valid BIO tag sequence for `emissions` (`N_TAGS` per token) under `transitions`
/// (`(N_TAGS + 1) × N_TAGS`, last row = start), using only tags in the bit set `allowed`.
pub fn viterbi(emissions: &[f32], transitions: &[f32], allowed: u32, out: &mut Vec<u8>) {
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
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&(N_TAGS as u16).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut last = 0u32;
    for (k, _) in &rows {
        let mut delta = k - last;
        last = *k;
        loop {
            let b = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    for (_, q) in &rows {
        out.extend(q.iter().map(|&x| x as u8));
    }
    for t in transitions {
        out.extend_from_slice(&t.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
