//! Scores sentence boundaries against gold sentence breaks.
//!
//! ```text
//! cargo run --release -p annotator-tools --bin eval_sentences -- [dev|train] [--show N]
//! ```
//!
//! A boundary is where one sentence ends and the next begins. Each is scored at one position:
//! the end of the sentence's last token, moved forward past white space and closing quotes and
//! brackets, so "“We won.” He" counts once whether the quote mark is put before or after the
//! break. A predicted boundary is correct when a gold boundary has the same position.
//! Predicted boundaries come from `article::read` + `segment::segment` on the raw text.
//!
//! Three scores are printed:
//! - Worldwide `<split>`, all articles: gold breaks are the blank lines of the `annotated/*.tsv`
//!   files, aligned to the raw article by `corpora::read_worldwide`. In most articles these mark
//!   *paragraphs*, not sentences (about 99% of them fall at a line break of the raw text), so
//!   here recall is the meaningful figure (no gold break is lost) and precision counts every
//!   correct split inside a paragraph as an error.
//! - Worldwide `<split>`, boundaries at the start of a line only, on both sides: there the
//!   gold is complete, so this scores how the article stage joins and splits lines.
//! - GUM news (24 Wikinews articles, UD sentence gold; text rebuilt from `# text` lines, one
//!   paragraph per `# newpar`): a true sentence score on a second source.
//!
//! Only the part of each article covered by gold tokens is scored (the URL line of Worldwide is
//! not annotated), and an article's own end is not a boundary. `--show N` prints N errors of each
//! kind for the sentence-level sets; `--blocks` lists every block that is not a paragraph (to
//! review the article stage on real pages); `--speed` times the two stages; `--tokens` scores
//! token spans against the Worldwide gold tokens (exact span match) and lists the commonest
//! disagreements.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::time::Instant;

use annotator_tools::corpora::read_worldwide;
use annotator_tools::shared_data;
use article_annotator::{article, segment, BlockKind};

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

/// Token spans against the gold tokens: exact matches, and the commonest disagreements.
fn score_tokens(articles: &[annotator_tools::corpora::WorldwideArticle]) {
    let (mut tp, mut gold_n, mut pred_n) = (0usize, 0usize, 0usize);
    let mut missed: std::collections::HashMap<String, usize> = Default::default();
    let mut extra: std::collections::HashMap<String, usize> = Default::default();
    for article in articles {
        let text = &article.text;
        let gold: BTreeSet<(usize, usize)> =
            article.sentences.iter().flatten().map(|t| (t.span.start, t.span.end)).collect();
        let (Some(&(lo, _)), Some(&(_, hi))) = (gold.first(), gold.last()) else { continue };
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        let pred: BTreeSet<(usize, usize)> = seg
            .tokens
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .filter(|&(s, e)| s >= lo && e <= hi)
            .collect();
        gold_n += gold.len();
        pred_n += pred.len();
        tp += gold.intersection(&pred).count();
        for &(s, e) in gold.difference(&pred) {
            *missed.entry(text[s..e].to_string()).or_default() += 1;
        }
        for &(s, e) in pred.difference(&gold) {
            *extra.entry(text[s..e].to_string()).or_default() += 1;
        }
    }
    let p = tp as f64 / pred_n.max(1) as f64;
    let r = tp as f64 / gold_n.max(1) as f64;
    println!("tokens: gold {gold_n} predicted {pred_n} exact {tp}: precision {p:.4} recall {r:.4}");
    for (title, map) in [("gold tokens not produced", missed), ("produced tokens not in gold", extra)] {
        let mut top: Vec<_> = map.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let shown: Vec<String> = top.iter().take(40).map(|(t, n)| format!("{t:?} {n}")).collect();
        println!("{title}: {}", shown.join(", "));
    }
}

/// Time this thread has run on a CPU (Linux), so a busy machine does not skew the speed.
fn cpu_seconds() -> f64 {
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|ns| ns.parse::<f64>().ok()))
        .map_or(0.0, |ns| ns / 1e9)
}

/// The boundary is at the start of a line of the raw text.
fn starts_line(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).ends_with('\n')
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

#[derive(Default)]
struct Score {
    articles: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    misses: Vec<String>,
    extras: Vec<String>,
}

impl Score {
    /// Scores one article: gold boundary positions (normalized) inside `region`.
    fn add(
        &mut self,
        name: &str,
        text: &str,
        gold: &BTreeSet<usize>,
        region: (usize, usize),
        keep: fn(&str, usize) -> bool,
    ) {
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        let predicted: BTreeSet<usize> = seg
            .sentences
            .iter()
            .map(|s| normalize(text, s.span.end))
            .filter(|&b| b > region.0 && b < region.1 && keep(text, b))
            .collect();
        let gold: BTreeSet<usize> = gold.iter().copied().filter(|&b| keep(text, b)).collect();
        let gold = &gold;
        self.articles += 1;
        for b in &predicted {
            if gold.contains(b) {
                self.tp += 1;
            } else {
                self.fp += 1;
                self.extras.push(format!("{name}: {}", context(text, *b)));
            }
        }
        for b in gold.difference(&predicted) {
            self.fn_ += 1;
            self.misses.push(format!("{name}: {}", context(text, *b)));
        }
    }

    fn print(&self, title: &str, show: usize) {
        let precision = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let recall = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
        println!(
            "{title}: {} articles, gold {} predicted {} correct {}: precision {precision:.4} recall {recall:.4} F1 {f1:.4}",
            self.articles,
            self.tp + self.fn_,
            self.tp + self.fp,
            self.tp
        );
        if show > 0 {
            println!("  -- missed (gold boundary not predicted) --");
            for m in self.misses.iter().take(show) {
                println!("  {m}");
            }
            println!("  -- extra (predicted boundary not in gold) --");
            for m in self.extras.iter().take(show) {
                println!("  {m}");
            }
        }
    }
}

/// GUM news: the text rebuilt from the `# text` lines, sentences of one paragraph joined by a
/// space, paragraphs by a blank line; the gold boundaries are the sentence ends.
fn read_gum(dir: &Path) -> Vec<(String, String, BTreeSet<usize>)> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    names.sort();
    let mut docs = Vec::new();
    for path in names {
        let conllu = fs::read_to_string(&path).unwrap_or_default();
        let mut text = String::new();
        let mut ends = Vec::new();
        let mut new_paragraph = false;
        for line in conllu.lines() {
            if line.starts_with("# newpar") && !line.starts_with("# newpar_") {
                new_paragraph = true;
            } else if let Some(sentence) = line.strip_prefix("# text = ") {
                if !text.is_empty() {
                    text.push_str(if new_paragraph { "\n\n" } else { " " });
                }
                new_paragraph = false;
                text.push_str(sentence.trim());
                ends.push(text.len());
            }
        }
        let gold: BTreeSet<usize> =
            ends.iter().map(|&e| normalize(&text, e)).filter(|&b| b < text.len()).collect();
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        docs.push((name, text, gold));
    }
    docs
}

fn main() {
    let mut split = "dev".to_string();
    let mut show = 0;
    let (mut list_blocks, mut speed, mut tokens) = (false, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20),
            "--blocks" => list_blocks = true,
            "--speed" => speed = true,
            "--tokens" => tokens = true,
            s => split = s.to_string(),
        }
    }
    let dir = shared_data().join("worldwide").join(&split);
    let articles = read_worldwide(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    if list_blocks {
        for article in &articles {
            let layout = article::read(&article.text);
            for block in layout.blocks.iter().filter(|b| b.kind != BlockKind::Paragraph) {
                let text: String = article.text[block.span.range()].chars().take(100).collect();
                println!("{}\t{}\t{}", article.name, block.kind.name(), text.replace('\n', "⏎"));
            }
        }
        return;
    }
    if tokens {
        score_tokens(&articles);
        return;
    }
    if speed {
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let rounds = 20;
        let started = Instant::now();
        let cpu_started = cpu_seconds();
        let mut sentences = 0;
        for _ in 0..rounds {
            for article in &articles {
                let layout = article::read(&article.text);
                sentences += segment::segment(&article.text, &layout).sentences.len();
            }
        }
        let seconds = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu_started;
        let cpu_started_read = cpu_seconds();
        for _ in 0..rounds {
            for article in &articles {
                sentences += article::read(&article.text).blocks.len();
            }
        }
        let read_cpu = cpu_seconds() - cpu_started_read;
        let mb = (bytes * rounds) as f64 / 1e6;
        println!("article::read alone: {:.1} MB per CPU second", mb / read_cpu);
        println!(
            "article::read + segment::segment: {:.1} MB per CPU second, {:.1} MB/s wall ({} bytes x {rounds}, {} sentences per round)",
            mb / cpu,
            mb / seconds,
            bytes,
            sentences / rounds
        );
        return;
    }
    let mut all = Score::default();
    let mut line_starts = Score::default();
    let mut unaligned = 0;
    for article in &articles {
        let text = &article.text;
        unaligned += article.unaligned;
        let (Some(first), Some(last)) = (
            article.sentences.first().and_then(|s| s.first()),
            article.sentences.last().and_then(|s| s.last()),
        ) else {
            continue;
        };
        let region = (first.span.start, normalize(text, last.span.end));
        let ends: Vec<usize> =
            article.sentences.iter().filter_map(|s| s.last()).map(|t| t.span.end).collect();
        let gold: BTreeSet<usize> =
            ends.iter().map(|&e| normalize(text, e)).filter(|&b| b < region.1).collect();
        all.add(&article.name, text, &gold, region, |_, _| true);
        line_starts.add(&article.name, text, &gold, region, starts_line);
    }
    println!("({unaligned} Worldwide gold tokens could not be aligned to the raw text)");
    all.print(&format!("worldwide/{split} all articles (paragraph-level gold)"), show);
    line_starts.print(&format!("worldwide/{split} boundaries at line starts"), show);
    let mut gum = Score::default();
    for (name, text, gold) in read_gum(&shared_data().join("gum-news").join("dep")) {
        gum.add(&name, &text, &gold, (0, text.len()), |_, _| true);
    }
    gum.print("gum-news (all 24, sentence gold)", show);
}
