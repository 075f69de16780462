//! Shared by `train_ner` and `eval_ner`: turning the gold corpora into documents the runtime
//! pipeline can read, projecting gold names onto runtime tokens, and scoring mentions.
//!
//! Label mapping (corpus → model class → output label, and back for scoring):
//! - CoNLL PER → PER → PERSON; ORG → ORG → ORG; LOC → LOC → GPE or LOC (gazetteer);
//!   MISC → NORP when the phrase is a nationality/group in the gazetteer, else MISC (not output).
//! - Worldwide Person → PER, Organization → ORG, Location → LOC, Facility → FAC, NORP → NORP,
//!   Product → PRODUCT, Misc → MISC; Date and Money are left to the value rules (O for the model).
//! - Scoring merges GPE and LOC into one place class, as both corpora do.

#![allow(dead_code)]

use std::collections::BTreeMap;

use annotator_tools::corpora::{self, ConllDoc, WorldwideArticle};
use article_annotator::entity::features::{GazClass, Lexicon};
use article_annotator::entity::model::{self, CLASSES};
use article_annotator::{article, segment, Block, BlockKind, Label, Span};

/// A document ready for the tagger: text, runtime layout and tokens, and gold names.
pub struct Doc {
    pub text: String,
    pub layout: article::Layout,
    pub seg: segment::Segmentation,
    /// Gold mentions as `(span, scoring class)`, e.g. "PERSON", "LOC", "Date".
    pub gold: Vec<(Span, String)>,
    /// Gold model class per runtime token as a tag id (0 = O), for training.
    pub tags: Vec<u8>,
    /// Tags the corpus can express (CoNLL has no FAC or PRODUCT).
    pub allowed: u32,
    /// Predictions before this offset are outside the gold annotation (a URL line).
    pub scored_from: usize,
}

/// CoNLL documents as text: tokens joined by spaces, one sentence a line, each line a block.
pub fn conll_docs(docs: &[ConllDoc], lex: &Lexicon) -> Vec<Doc> {
    docs.iter()
        .map(|d| {
            let mut text = String::new();
            let mut gold_raw = Vec::new();
            let mut blocks = Vec::new();
            for sentence in &d.sentences {
                let line_start = text.len();
                let mut spans = Vec::new();
                for (i, t) in sentence.iter().enumerate() {
                    if i > 0 {
                        text.push(' ');
                    }
                    let start = text.len();
                    text.push_str(&t.text);
                    spans.push(Span::new(start, text.len()));
                }
                for (s, e, kind) in corpora::iob_spans(sentence.iter().map(|t| t.tag.as_str())) {
                    gold_raw.push((Span::new(spans[s].start, spans[e - 1].end), kind));
                }
                blocks.push(Block { kind: BlockKind::Paragraph, span: Span::new(line_start, text.len()) });
                text.push('\n');
            }
            let layout = article::Layout { blocks, document_date: None, debris: Vec::new() };
            let mut seg = segment::segment(&text, &layout);
            // CoNLL gives the sentences: keep the runtime tokens but one sentence per line.
            let mut sentences: Vec<segment::SentenceTokens> = Vec::new();
            for s in seg.sentences.drain(..) {
                match sentences.last_mut() {
                    Some(last) if last.block == s.block => {
                        last.tokens.end = s.tokens.end;
                        last.span = last.span.cover(s.span);
                    }
                    _ => sentences.push(s),
                }
            }
            seg.sentences = sentences;
            let mut train = Vec::new();
            let mut gold = Vec::new();
            for (span, kind) in gold_raw {
                let class = match kind.as_str() {
                    "PER" => "PER",
                    "ORG" => "ORG",
                    "LOC" => "LOC",
                    _ if is_norp(lex, &text[span.range()]) => "NORP",
                    _ => "MISC",
                };
                train.push((span, class));
                let scored = match class {
                    "PER" => "PERSON",
                    "ORG" => "ORG",
                    "LOC" => "LOC",
                    other => other,
                };
                gold.push((span, scored.to_string()));
            }
            let tags = project(&seg, &train);
            let allowed = allowed_without(&["FAC", "PRODUCT"]);
            Doc { text, layout, seg, gold, tags, allowed, scored_from: 0 }
        })
        .collect()
}

fn is_norp(lex: &Lexicon, phrase: &str) -> bool {
    lex.phrase_classes(phrase) & (1 << GazClass::Norp as u8) != 0
}

fn allowed_without(classes: &[&str]) -> u32 {
    let mut mask = model::ALL_TAGS;
    for (c, name) in CLASSES.iter().enumerate() {
        if classes.contains(name) {
            mask &= !(1 << model::begin_tag(c) | 1 << model::inside_tag(c));
        }
    }
    mask
}

/// Worldwide articles read by the runtime stages 1 and 2 from their raw text.
pub fn worldwide_docs(articles: &[WorldwideArticle]) -> Vec<Doc> {
    articles
        .iter()
        .map(|a| {
            let text = a.text.clone();
            let layout = article::read(&text);
            let seg = segment::segment(&text, &layout);
            let mut train = Vec::new();
            let mut gold = Vec::new();
            for sentence in &a.sentences {
                for (s, e, kind) in corpora::iob_spans(sentence.iter().map(|t| t.tag.as_str())) {
                    let span = Span::new(sentence[s].span.start, sentence[e - 1].span.end);
                    let class = match kind.as_str() {
                        "Person" => Some("PER"),
                        "Organization" => Some("ORG"),
                        "Location" => Some("LOC"),
                        "Facility" => Some("FAC"),
                        "NORP" => Some("NORP"),
                        "Product" => Some("PRODUCT"),
                        "Misc" => Some("MISC"),
                        _ => None,
                    };
                    if let Some(class) = class {
                        train.push((span, class));
                    }
                    let scored = match kind.as_str() {
                        "Person" => "PERSON",
                        "Organization" => "ORG",
                        "Location" => "LOC",
                        "Facility" => "FAC",
                        "Date" => "DATE",
                        "Money" => "MONEY",
                        "Product" => "PRODUCT",
                        other => other,
                    };
                    gold.push((span, scored.to_string()));
                }
            }
            let tags = project(&seg, &train);
            let scored_from = a.sentences.iter().flatten().next().map_or(0, |t| t.span.start);
            Doc { text, layout, seg, gold, tags, allowed: model::ALL_TAGS, scored_from }
        })
        .collect()
}

/// Gold names onto runtime tokens: a token belongs to a name when it starts inside it.
fn project(seg: &segment::Segmentation, names: &[(Span, &str)]) -> Vec<u8> {
    let mut tags = vec![0u8; seg.tokens.len()];
    let mut sorted: Vec<&(Span, &str)> = names.iter().collect();
    sorted.sort_by_key(|(s, _)| s.start);
    let mut j = 0;
    let mut prev_name: Option<usize> = None;
    let mut starts = vec![false; seg.tokens.len() + 1];
    for s in &seg.sentences {
        starts[s.tokens.start] = true;
    }
    for (i, token) in seg.tokens.iter().enumerate() {
        while j < sorted.len() && sorted[j].0.end <= token.span.start {
            j += 1;
        }
        let inside = (j < sorted.len() && sorted[j].0.start <= token.span.start).then_some(j);
        if let Some(n) = inside {
            let class = CLASSES.iter().position(|c| *c == sorted[n].1).unwrap();
            let tag = if prev_name == Some(n) && !starts[i] {
                model::inside_tag(class)
            } else {
                model::begin_tag(class)
            };
            tags[i] = tag as u8;
        }
        prev_name = inside;
    }
    tags
}

/// The scoring class of an output label, or `None` when the label is not scored.
pub fn scored_label(label: Label) -> Option<&'static str> {
    Some(match label {
        Label::PERSON => "PERSON",
        Label::ORG => "ORG",
        Label::GPE | Label::LOC => "LOC",
        Label::NORP => "NORP",
        Label::FAC => "FAC",
        Label::PRODUCT => "PRODUCT",
        Label::DATE => "DATE",
        Label::MONEY => "MONEY",
        _ => return None,
    })
}

/// Counts per scoring class: gold, predicted, correct (exact span and class).
#[derive(Default)]
pub struct Scores {
    pub counts: BTreeMap<String, [usize; 3]>,
}

pub const NAMES: [&str; 3] = ["PERSON", "ORG", "LOC"];

impl Scores {
    /// Adds one document. Only classes in `classes` are scored, on both sides.
    pub fn add(&mut self, gold: &[(Span, String)], predicted: &[(Span, String)], classes: &[&str]) {
        for c in classes {
            self.counts.entry(c.to_string()).or_default();
        }
        let gold: Vec<_> = gold.iter().filter(|(_, c)| classes.contains(&c.as_str())).collect();
        let predicted: Vec<_> = predicted.iter().filter(|(_, c)| classes.contains(&c.as_str())).collect();
        for (_, c) in &gold {
            self.counts.get_mut(c.as_str()).unwrap()[0] += 1;
        }
        for p in &predicted {
            let e = self.counts.get_mut(p.1.as_str()).unwrap();
            e[1] += 1;
            if gold.iter().any(|g| g.0 == p.0 && g.1 == p.1) {
                e[2] += 1;
            }
        }
    }

    pub fn names_f1(&self) -> f64 {
        let (_, _, f) = prf(self.sum(&NAMES));
        f
    }

    pub fn sum(&self, classes: &[&str]) -> [usize; 3] {
        let mut total = [0; 3];
        for c in classes {
            if let Some(v) = self.counts.get(*c) {
                for k in 0..3 {
                    total[k] += v[k];
                }
            }
        }
        total
    }

    pub fn print(&self, title: &str) {
        println!("{title}");
        println!(
            "  {:<10} {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}",
            "label", "gold", "pred", "ok", "P", "R", "F1"
        );
        let row = |name: &str, v: [usize; 3]| {
            let (p, r, f) = prf(v);
            println!("  {name:<10} {:>6} {:>6} {:>6}  {p:>6.3} {r:>6.3} {f:>6.3}", v[0], v[1], v[2]);
        };
        for (c, v) in &self.counts {
            row(c, *v);
        }
        row("names", self.sum(&NAMES));
    }
}

pub fn prf(v: [usize; 3]) -> (f64, f64, f64) {
    let p = if v[1] > 0 { v[2] as f64 / v[1] as f64 } else { 0.0 };
    let r = if v[0] > 0 { v[2] as f64 / v[0] as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Classes scored on Worldwide dev (its Misc has no output label and is left out).
pub const WORLDWIDE_CLASSES: [&str; 8] = ["PERSON", "ORG", "LOC", "NORP", "FAC", "PRODUCT", "DATE", "MONEY"];

/// Scored predictions of mentions, dropping those before `scored_from`.
pub fn scored_mentions(doc: &Doc, mentions: &[article_annotator::Mention]) -> Vec<(Span, String)> {
    mentions
        .iter()
        .filter(|m| m.span.start >= doc.scored_from)
        .filter_map(|m| Some((m.span, scored_label(m.label)?.to_string())))
        .collect()
}

/// Scores stage 3 run on each document's own layout and tokens.
pub fn score_recognizer(
    recognizer: &article_annotator::entity::Recognizer,
    docs: &[Doc],
    classes: &[&str],
) -> Scores {
    let mut scores = Scores::default();
    let show = std::env::var("NER_ERRORS").ok();
    for doc in docs {
        let mentions = recognizer.recognize(&doc.text, &doc.layout, &doc.seg);
        let predicted = scored_mentions(doc, &mentions);
        if let Some(labels) = &show {
            labels.split(',').for_each(|label| print_errors(doc, &predicted, label));
        }
        scores.add(&doc.gold, &predicted, classes);
    }
    scores
}

/// Prints the false positives and negatives of one class with some context (debugging aid,
/// enabled with `NER_ERRORS=LABEL`).
pub fn print_errors(doc: &Doc, predicted: &[(Span, String)], label: &str) {
    let context = |s: Span| {
        let mut a = s.start.saturating_sub(40);
        while !doc.text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (s.end + 40).min(doc.text.len());
        while !doc.text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}[[{}]]{}", &doc.text[a..s.start], &doc.text[s.range()], &doc.text[s.end..b])
            .replace('\n', " ")
    };
    for p in predicted.iter().filter(|p| p.1 == label) {
        if !doc.gold.contains(p) {
            let g = doc.gold.iter().find(|g| g.0.overlaps(p.0)).map_or("-".to_string(), |g| g.1.clone());
            println!("FP {label} (gold {g}): {}", context(p.0));
        }
    }
    for g in doc.gold.iter().filter(|g| g.1 == label) {
        if !predicted.contains(g) {
            let p = predicted
                .iter()
                .find(|p| p.0.overlaps(g.0))
                .map_or("-".to_string(), |p| format!("{} «{}»", p.1, &doc.text[p.0.range()]));
            println!("FN {label} (pred {p}): {}", context(g.0));
        }
    }
}

/// Writes the evaluation sets as JSON lines: `{"set", "text", "scored_from", "gold": [[start,
/// end, class]]}` with offsets in code points (Python string indices).
pub fn dump(path: &str, conll: &[Doc], worldwide: &[Doc]) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (set, docs) in [("conll", conll), ("worldwide", worldwide)] {
        for doc in docs {
            let chars = |byte: usize| doc.text[..byte].chars().count();
            let gold: Vec<_> =
                doc.gold.iter().map(|(s, c)| serde_json::json!([chars(s.start), chars(s.end), c])).collect();
            let line = serde_json::json!({
                "set": set,
                "text": doc.text,
                "scored_from": chars(doc.scored_from),
                "gold": gold,
            });
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// One JSON line: `{"text", "scored_from", "gold": [[start, end, class]], "predicted": [...]}`
/// with offsets in code points (for error analysis outside the repository).
pub fn prediction_line(doc: &Doc, predicted: &[(Span, String)]) -> String {
    let chars = |byte: usize| doc.text[..byte].chars().count();
    let list = |spans: &[(Span, String)]| -> Vec<serde_json::Value> {
        spans.iter().map(|(s, c)| serde_json::json!([chars(s.start), chars(s.end), c])).collect()
    };
    let line = serde_json::json!({
        "text": doc.text,
        "scored_from": chars(doc.scored_from),
        "gold": list(&doc.gold),
        "predicted": list(predicted),
    });
    format!("{line}\n")
}
