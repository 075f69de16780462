//! Scores sentence boundaries against the gold sentences of the Worldwide English Newswire.
//!
//! ```text
//! cargo run --release -p annotator-tools --bin eval_sentences -- [dev|train] [--show N]
//! ```
//!
//! A boundary is where one sentence ends and the next begins. Each is scored at one position:
//! the end of the sentence's last token, moved forward past white space and closing quotes and
//! brackets, so "“We won.” He" counts once whether the quote mark is put before or after the
//! break. Gold boundaries come from the ends of the gold sentences (tokens aligned to the raw
//! article by `corpora::read_worldwide`); predicted ones from `segment::segment`. Only the part
//! of each article covered by gold tokens is scored (the URL line before it is not annotated),
//! and the article's own end is not a boundary. `--show N` prints N misses of each kind.

use std::collections::BTreeSet;

use annotator_tools::corpora::read_worldwide;
use annotator_tools::shared_data;
use article_annotator::{article, segment};

fn normalize(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if c.is_whitespace() || "”’\"')]»".contains(c) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

fn context(text: &str, at: usize) -> String {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    format!("{}⟦|⟧{}", &text[from..at], &text[at..to]).replace('\n', "⏎")
}

fn main() {
    let mut split = "dev".to_string();
    let mut show = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20),
            s => split = s.to_string(),
        }
    }
    let dir = shared_data().join("worldwide").join(&split);
    let articles = read_worldwide(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut unaligned = 0;
    let mut misses: Vec<String> = Vec::new();
    let mut extras: Vec<String> = Vec::new();
    for article in &articles {
        let text = &article.text;
        unaligned += article.unaligned;
        let (Some(first), Some(last)) = (
            article.sentences.first().and_then(|s| s.first()),
            article.sentences.last().and_then(|s| s.last()),
        ) else {
            continue;
        };
        let (region_start, region_end) = (first.span.start, normalize(text, last.span.end));
        let gold: BTreeSet<usize> = article
            .sentences
            .iter()
            .filter_map(|s| s.last())
            .map(|t| normalize(text, t.span.end))
            .filter(|&b| b < region_end)
            .collect();
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        let predicted: BTreeSet<usize> = seg
            .sentences
            .iter()
            .map(|s| normalize(text, s.span.end))
            .filter(|&b| b > region_start && b < region_end)
            .collect();
        for b in &predicted {
            if gold.contains(b) {
                tp += 1;
            } else {
                fp += 1;
                extras.push(format!("{}: {}", article.name, context(text, *b)));
            }
        }
        for b in gold.difference(&predicted) {
            fn_ += 1;
            misses.push(format!("{}: {}", article.name, context(text, *b)));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    println!("worldwide/{split}: {} articles, {} gold tokens unaligned", articles.len(), unaligned);
    println!("sentence boundaries: gold {} predicted {} correct {}", tp + fn_, tp + fp, tp);
    println!("precision {precision:.4} recall {recall:.4} F1 {f1:.4}");
    if show > 0 {
        println!("\n-- missed (gold boundary not predicted) --");
        for m in misses.iter().take(show) {
            println!("{m}");
        }
        println!("\n-- extra (predicted boundary not in gold) --");
        for m in extras.iter().take(show) {
            println!("{m}");
        }
    }
}
