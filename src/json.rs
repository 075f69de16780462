//! The JSON contract shared by the Wasm package, the native command and the golden files.
//! This is the one place where byte offsets become UTF-16 code-unit offsets (what JavaScript
//! string indices, `Text.splitText` and DOM ranges use).

use serde::Serialize;

use crate::annotation::{Annotation, BlockKind, Label, QuoteKind};
use crate::span::Span;

/// Converts byte offsets of one text to UTF-16 code-unit offsets.
///
/// Stores one checkpoint per non-ASCII character, so ASCII text costs nothing and a lookup is a
/// binary search.
pub struct Utf16Offsets {
    /// (byte offset just after a non-ASCII char, bytes minus UTF-16 units up to there).
    checkpoints: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    pub fn new(text: &str) -> Utf16Offsets {
        let mut checkpoints = Vec::new();
        let mut surplus = 0;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                surplus += c.len_utf8() - c.len_utf16();
                checkpoints.push((i + c.len_utf8(), surplus));
            }
        }
        Utf16Offsets { checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be on a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        let passed = self.checkpoints.partition_point(|&(end, _)| end <= byte);
        byte - if passed == 0 { 0 } else { self.checkpoints[passed - 1].1 }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonAnnotation {
    pub text_length: usize,
    pub document_date: Option<String>,
    pub blocks: Vec<JsonBlock>,
    pub sentences: Vec<JsonRange>,
    pub mentions: Vec<JsonMention>,
    pub entities: Vec<JsonEntity>,
    pub quotes: Vec<JsonQuote>,
    /// Quotation marks around words that are not speech (titles, nicknames, scare quotes).
    pub terms: Vec<JsonText>,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonRange {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonBlock {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonMention {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: Label,
    pub entity: Option<String>,
    pub value: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsonEntity {
    pub id: String,
    pub label: Label,
    pub name: String,
    pub mentions: Vec<String>,
    pub roles: Vec<String>,
    /// The f32 salience as the f64 of its shortest decimal, so JS reads 0.3, not 0.30000001.
    pub salience: f64,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonQuote {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub content: Vec<JsonRange>,
    pub cue: Option<JsonText>,
    pub speaker: Option<JsonText>,
    pub speaker_entity: Option<String>,
}

fn mention_id(index: usize) -> String {
    format!("m{}", index + 1)
}

fn entity_id(index: usize) -> String {
    format!("e{}", index + 1)
}

fn quote_id(index: usize) -> String {
    format!("q{}", index + 1)
}

impl JsonAnnotation {
    /// The contract's form of `annotation`, which must have been made from `text`.
    pub fn new(text: &str, annotation: &Annotation) -> JsonAnnotation {
        let utf16 = Utf16Offsets::new(text);
        let range = |span: Span| JsonRange { start: utf16.at(span.start), end: utf16.at(span.end) };
        let with_text = |span: Span| JsonText {
            start: utf16.at(span.start),
            end: utf16.at(span.end),
            text: text[span].to_string(),
        };
        JsonAnnotation {
            text_length: utf16.at(text.len()),
            document_date: annotation.document_date.map(|d| d.to_string()),
            blocks: annotation
                .blocks
                .iter()
                .map(|b| {
                    let r = range(b.span);
                    JsonBlock { kind: b.kind, start: r.start, end: r.end }
                })
                .collect(),
            sentences: annotation.sentences.iter().map(|s| range(s.span)).collect(),
            mentions: annotation
                .mentions
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let t = with_text(m.span);
                    JsonMention {
                        id: mention_id(i),
                        start: t.start,
                        end: t.end,
                        text: t.text,
                        label: m.label,
                        entity: m.entity.map(entity_id),
                        value: m.value.clone(),
                    }
                })
                .collect(),
            entities: annotation
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| JsonEntity {
                    id: entity_id(i),
                    label: e.label,
                    name: e.name.clone(),
                    mentions: e.mentions.iter().copied().map(mention_id).collect(),
                    roles: e.roles.clone(),
                    salience: salience_f64(e.salience),
                })
                .collect(),
            quotes: annotation
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let t = with_text(q.span);
                    JsonQuote {
                        id: quote_id(i),
                        start: t.start,
                        end: t.end,
                        text: t.text,
                        kind: q.kind,
                        content: q.content.iter().copied().map(range).collect(),
                        cue: q.cue.map(with_text),
                        speaker: q.speaker.map(with_text),
                        speaker_entity: q.speaker_entity.map(entity_id),
                    }
                })
                .collect(),
            terms: annotation.terms.iter().map(|t| with_text(t.span)).collect(),
        }
    }
}

/// An entity's salience as the f64 of its shortest decimal, so JS reads 0.3, not 0.30000001.
/// Salience is a multiple of 1/1000 (`link::salience`), so that decimal is the nearest
/// thousandth; computing it this way keeps float formatting and parsing (some 16 KB of Wasm)
/// out of the package. A test checks it against formatting and parsing for every value.
pub(crate) fn salience_f64(salience: f32) -> f64 {
    (salience as f64 * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every salience `link::salience` can give (thousandths, computed as it does) reads as the
    /// f64 that formatting the f32 and parsing the text would give.
    #[test]
    fn salience_is_the_f64_of_its_shortest_decimal() {
        for k in 0..=1000 {
            let salience = (k as f32 * 0.37 / 0.37).round() / 1000.0;
            let expected: f64 = salience.to_string().parse().unwrap();
            assert_eq!(salience_f64(salience).to_bits(), expected.to_bits(), "{k}/1000");
        }
    }

    /// The names in a JavaScript array literal `const NAME = ["a", "b"];` of `src/wasm.rs`.
    fn js_table(name: &str) -> Vec<String> {
        let source = include_str!("wasm.rs");
        let start = source.find(&format!("const {name} = [")).expect("table in src/wasm.rs");
        let list = &source[start..];
        let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
        list.split(',').map(|s| s.trim().trim_matches('"').to_string()).collect()
    }

    /// The Wasm glue sends labels and kinds as discriminants, which its JavaScript tables name:
    /// each table lists the serialized names in discriminant order, and `name()` is what serde
    /// writes, so the object equals the JSON.
    #[test]
    fn wasm_tables_name_the_discriminants() {
        let labels: Vec<String> = Label::ALL.iter().map(|l| l.name().to_string()).collect();
        assert!(Label::ALL.iter().enumerate().all(|(i, &l)| l as usize == i), "Label::ALL in order");
        assert_eq!(js_table("LABELS"), labels);
        let blocks = [
            BlockKind::Headline,
            BlockKind::Dateline,
            BlockKind::Byline,
            BlockKind::Caption,
            BlockKind::Credit,
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Boilerplate,
        ];
        let table = js_table("BLOCK_KINDS");
        assert_eq!(table.len(), blocks.len());
        for kind in blocks {
            assert_eq!(table[kind as usize], kind.name(), "{kind:?}");
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.name()));
        }
        let quotes = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed, QuoteKind::Term];
        let table = js_table("QUOTE_KINDS");
        assert_eq!(table.len(), quotes.len());
        for kind in quotes {
            assert_eq!(table[kind as usize], kind.name(), "{kind:?}");
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.name()));
        }
    }

    #[test]
    fn utf16_offsets_count_astral_chars_twice() {
        let text = "a😀€b";
        let u = Utf16Offsets::new(text);
        assert_eq!(u.at(0), 0);
        assert_eq!(u.at(1), 1);
        assert_eq!(u.at(5), 3, "after the emoji: 1 + 2 units");
        assert_eq!(u.at(8), 4, "after €");
        assert_eq!(u.at(9), 5);
        let expected: usize = text.chars().map(char::len_utf16).sum();
        assert_eq!(u.at(text.len()), expected);
    }

    #[test]
    fn ascii_text_has_identical_offsets() {
        let u = Utf16Offsets::new("plain ascii");
        assert!(u.checkpoints.is_empty());
        assert_eq!(u.at(7), 7);
    }
}
