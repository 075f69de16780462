//! Measures quotes and speakers on PolNeAR (brat attributions).
//!
//! ```text
//! cargo run --release -p annotator-tools --bin eval_quotes -- [SPLIT_DIR] [--errors] [--errors-all] [--verbose] [--cues] [--cues-all] [--misses]
//! ```
//!
//! SPLIT_DIR defaults to `polnear/dev` in the shared data. Each article has one or more `.ann`
//! files (one per annotator); the first by file name is used. An attribution is *direct* when its
//! content is in quotation marks, otherwise *reported*.
//!
//! Definitions printed with the figures:
//! - a predicted quote *matches* a gold attribution when their content spans overlap by at least
//!   half of the gold content, counted in characters (in bytes a curly quotation mark would
//!   weigh three letters, and a short quotation such as “No,” could never reach half of gold
//!   content that includes its marks); matching is one-to-one, largest overlaps first;
//! - the speaker of a matched quote is *right* when the predicted speaker span overlaps the gold
//!   Source span, or the predicted speaker's entity has a mention overlapping the gold Source; a
//!   gold attribution without a Source wants no speaker.
//!
//! Quotes of kind `term` (titles, scare quotes) are not attributions and are not scored.
//!
//! The matching is the issue's definition and is kept independent of the system: when PolNeAR
//! joins several quotations into one attribution (one speech over several sentences), a system
//! that splits them gets one match and its other pieces count as extras; a predicted quote that
//! covers only a small part of a long gold content does not match. Only the first annotator's
//! file is read, so quotes that this annotator left out count as extras too.
//!
//! `--errors` prints, for direct quotes, each wrong speaker, each extra (with its speaker and the
//! nearest gold content) and each miss (with the gold cue and what the stage made of it);
//! `--errors-all` does the same for all attributions; `--verbose` adds, under each miss, the
//! stage's quotes over it (attribution included); `--cues` prints, per cue word, how many of
//! its quotes were predicted and matched (all attributions; the 60 losing most, `--cues-all`
//! every cue); `--misses` counts missed attributions by gold cue, split into boundary errors (an
//! unmatched prediction overlaps them) and cues not found; `--terms` prints each quotation the
//! stage calls a term with the words before it, marked `HIT` when it covers at least half of a
//! gold direct quote's content (a term that should have been speech); `--table` prints one
//! tab-separated line per quotation the stage found (any kind) and per gold direct quote, with
//! its outcome and its surroundings, for sorting errors by category with other tools.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use annotator_tools::shared_data;
use article_annotator::quote::learned;
use article_annotator::{Annotation, Annotator, Quote, QuoteKind, Span};

/// `--short`: print each unmatched prediction that lies inside a gold content.
static SHORT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// `--extras`: print each unmatched prediction that overlaps only gold matched by another.
static EXTRAS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

struct Gold {
    content: Vec<Span>,
    source: Vec<Span>,
    cue: Vec<Span>,
    direct: bool,
}

/// Byte offset of every code point offset (one past the end included).
fn code_point_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

fn parse_spans(offsets: &str, bytes: &[usize]) -> Vec<Span> {
    offsets
        .split(';')
        .filter_map(|piece| {
            let mut it = piece.split_whitespace().map(|n| n.parse::<usize>().ok());
            let (start, end) = (it.next()??, it.next()??);
            Some(Span::new(*bytes.get(start)?, *bytes.get(end)?))
        })
        .filter(|s| !s.is_empty())
        .collect()
}

const OPENING: &[char] = &['“', '"', '‘', '\'', '«', '„'];
const CLOSING: &[char] = &['”', '"', '’', '\'', '»', '“'];

/// Content in quotation marks: each end of it is a mark, or sits next to one. Annotators put the
/// marks inside the content, outside it, or (about once in 200 direct quotes) one of each
/// ("…legislative purpose,\"" after an opening mark left out); all three are direct quotes.
fn is_direct(text: &str, content: &[Span]) -> bool {
    let (Some(first), Some(last)) = (content.first(), content.last()) else { return false };
    let whole = text[Span::new(first.start, last.end)].trim();
    let inner = whole.trim_end_matches(['.', ',', ';', ' ']);
    let before = text[..first.start].chars().next_back();
    let after = text[last.end..].chars().next();
    let opens = inner.starts_with(OPENING) || before.is_some_and(|c| OPENING.contains(&c));
    let closes = inner.ends_with(CLOSING) || after.is_some_and(|c| CLOSING.contains(&c));
    opens && closes
}

fn read_gold(ann: &Path, text: &str) -> std::io::Result<Vec<Gold>> {
    let bytes = code_point_offsets(text);
    let mut spans: BTreeMap<String, Vec<Span>> = BTreeMap::new();
    let mut events = Vec::new();
    for line in fs::read_to_string(ann)?.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else { continue };
        if id.starts_with('T') {
            let offsets = body.split_once(' ').map_or("", |(_, o)| o);
            spans.insert(id.to_string(), parse_spans(offsets, &bytes));
        } else if id.starts_with('E') {
            let roles: Vec<(String, String)> = body
                .split_whitespace()
                .skip(1)
                .filter_map(|r| r.split_once(':').map(|(a, b)| (a.to_string(), b.to_string())))
                .collect();
            events.push(roles);
        }
    }
    let mut gold = Vec::new();
    for roles in events {
        let get = |role: &str| -> Vec<Span> {
            roles
                .iter()
                .filter(|(r, _)| r.starts_with(role))
                .flat_map(|(_, t)| spans.get(t).cloned().unwrap_or_default())
                .collect()
        };
        let mut content = get("Content");
        content.sort();
        if content.is_empty() {
            continue;
        }
        let direct = is_direct(text, &content);
        gold.push(Gold { content, source: get("Source"), cue: get("Cue"), direct });
    }
    Ok(gold)
}

fn overlap(a: &[Span], b: &[Span]) -> usize {
    let mut total = 0;
    for x in a {
        for y in b {
            let (s, e) = (x.start.max(y.start), x.end.min(y.end));
            total += e.saturating_sub(s);
        }
    }
    total
}

/// Whether `predicted` covers at least half of the characters of `gold` (the match rule).
fn covers_half(text: &str, predicted: &[Span], gold: &[Span]) -> bool {
    let chars = |s: usize, e: usize| if s < e { text[s..e].chars().count() } else { 0 };
    let mut covered = 0;
    for x in predicted {
        for y in gold {
            covered += chars(x.start.max(y.start), x.end.min(y.end));
        }
    }
    covered > 0 && 2 * covered >= gold.iter().map(|g| chars(g.start, g.end)).sum()
}

fn length(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.len()).sum()
}

#[derive(Default)]
struct Score {
    predicted: usize,
    gold: usize,
    matched: usize,
    speaker_right: usize,
    /// Per cue word (lower case): predicted quotes and matched ones, for `--cues`.
    cues: BTreeMap<String, (usize, usize)>,
    /// Misses by gold cue (lower case), split into those an unmatched prediction overlaps (a
    /// boundary error) and those nothing overlaps, for `--misses`.
    misses: BTreeMap<String, (usize, usize)>,
    /// Unmatched predictions overlapping a gold content: inside it (too short), or not.
    short_pieces: (usize, usize),
    /// Unmatched predictions by what they overlap: no gold, only gold another prediction matched
    /// (a second quote for one attribution), some unmatched gold (`--extras`).
    extras: [usize; 3],
}

impl Score {
    fn print(&self, name: &str) {
        let p = self.matched as f64 / self.predicted.max(1) as f64;
        let r = self.matched as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let acc = self.speaker_right as f64 / self.matched.max(1) as f64;
        println!(
            "{name:<16} P {p:.3}  R {r:.3}  F1 {f:.4}   (predicted {}, gold {}, matched {})   speaker accuracy {acc:.3} ({}/{})",
            self.predicted, self.gold, self.matched, self.speaker_right, self.matched
        );
    }
}

/// Scores predictions `pred` (indices into `annotation.quotes`) against gold attributions.
#[allow(clippy::too_many_arguments)]
fn score(
    name: &str,
    text: &str,
    annotation: &Annotation,
    pred: &[usize],
    gold: &[&Gold],
    score: &mut Score,
    errors: bool,
    article: &str,
    stage: &[Quote],
    verbose: bool,
) {
    let mut pairs = Vec::new();
    for (pi, &q) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let o = overlap(&annotation.quotes[q].content, &g.content);
            if covers_half(text, &annotation.quotes[q].content, &g.content) {
                pairs.push((o, pi, gi));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let (mut pred_used, mut gold_used) = (vec![false; pred.len()], vec![false; gold.len()]);
    for &q in pred {
        let cue = annotation.quotes[q].cue.map_or("none".to_string(), |c| text[c].to_lowercase());
        score.cues.entry(cue).or_default().0 += 1;
    }
    score.predicted += pred.len();
    score.gold += gold.len();
    for (_, pi, gi) in pairs {
        if pred_used[pi] || gold_used[gi] {
            continue;
        }
        pred_used[pi] = true;
        gold_used[gi] = true;
        score.matched += 1;
        let quote = &annotation.quotes[pred[pi]];
        let cue = quote.cue.map_or("none".to_string(), |c| text[c].to_lowercase());
        score.cues.entry(cue).or_default().1 += 1;
        let g = gold[gi];
        let right = match quote.speaker {
            None => g.source.is_empty(),
            Some(s) => {
                let by_span = g.source.iter().any(|x| x.overlaps(s));
                let by_entity = quote.speaker_entity.is_some_and(|e| {
                    annotation
                        .mentions
                        .iter()
                        .any(|m| m.entity == Some(e) && g.source.iter().any(|x| x.overlaps(m.span)))
                });
                by_span || by_entity
            }
        };
        if right {
            score.speaker_right += 1;
            if errors && quote.speaker.is_none() {
                println!("  [{name}] {article}: speaker None right");
            }
        } else if errors {
            let said = |spans: &[Span]| spans.iter().map(|s| &text[*s]).collect::<Vec<_>>().join(" … ");
            println!(
                "  [{name}] {article}: speaker {:?} want {:?}: {}",
                quote.speaker.map(|s| &text[s]),
                said(&g.source),
                short(&said(&g.content))
            );
        }
    }
    for (gi, used) in gold_used.iter().enumerate() {
        if !used {
            let g = gold[gi];
            let cue: Vec<String> = g.cue.iter().map(|s| text[*s].to_lowercase()).collect();
            let boundary = pred
                .iter()
                .enumerate()
                .any(|(pi, &q)| !pred_used[pi] && overlap(&annotation.quotes[q].content, &g.content) > 0);
            let entry = score.misses.entry(cue.join(" ")).or_default();
            if boundary {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }
    for (pi, used) in pred_used.iter().enumerate() {
        if *used {
            continue;
        }
        let content = &annotation.quotes[pred[pi]].content;
        let touched: Vec<usize> =
            (0..gold.len()).filter(|&gi| overlap(content, &gold[gi].content) > 0).collect();
        let kind = if touched.is_empty() {
            0
        } else if touched.iter().all(|&gi| gold_used[gi]) {
            1
        } else {
            2
        };
        score.extras[kind] += 1;
        if EXTRAS.load(std::sync::atomic::Ordering::Relaxed) && kind == 1 {
            let q = &annotation.quotes[pred[pi]];
            let cue = q.cue.map_or("none", |s| &text[s]);
            let c: Vec<&str> = content.iter().map(|s| &text[*s]).collect();
            println!("  second [{name}] {article} ({cue}, {:?}): {}", q.kind, short(&c.join(" … ")));
        }
    }
    for (pi, used) in pred_used.iter().enumerate() {
        let content = &annotation.quotes[pred[pi]].content;
        if let Some(g) = gold
            .iter()
            .filter(|g| overlap(content, &g.content) > 0)
            .max_by_key(|g| overlap(content, &g.content))
        {
            if !used {
                let (lo, hi) = (g.content[0].start, g.content[g.content.len() - 1].end);
                if content.iter().all(|c| c.start >= lo && c.end <= hi) {
                    score.short_pieces.0 += 1;
                    if SHORT.load(std::sync::atomic::Ordering::Relaxed) {
                        // A piece too short to match: what was predicted, inside what gold holds.
                        let c: Vec<&str> = content.iter().map(|s| &text[*s]).collect();
                        let gc: Vec<&str> = g.content.iter().map(|s| &text[*s]).collect();
                        let cue = annotation.quotes[pred[pi]].cue.map_or("none", |s| &text[s]);
                        println!(
                            "  short [{name}] {article} ({cue}): {} ⊂ {}",
                            short(&c.join(" … ")),
                            short(&gc.join(" … "))
                        );
                    }
                } else {
                    score.short_pieces.1 += 1;
                }
            }
        }
    }
    if errors {
        for (pi, used) in pred_used.iter().enumerate() {
            if !used {
                let q = &annotation.quotes[pred[pi]];
                let best = gold
                    .iter()
                    .max_by_key(|g| overlap(&q.content, &g.content))
                    .filter(|g| overlap(&q.content, &g.content) > 0);
                let near = best.map_or(String::new(), |g| {
                    let c: Vec<&str> = g.content.iter().map(|s| &text[*s]).collect();
                    format!("  ~ gold: {}", short(&c.join(" … ")))
                });
                let speaker = q.speaker.map_or("none", |s| &text[s]);
                let cue = q.cue.map_or("none", |s| &text[s]);
                println!(
                    "  [{name}] {article}: extra {:?} (cue {cue}; speaker {speaker}): {}{near}",
                    q.kind,
                    short(&text[q.span])
                );
            }
        }
        for (gi, used) in gold_used.iter().enumerate() {
            if !used {
                let g = gold[gi];
                let c: Vec<&str> = g.content.iter().map(|s| &text[*s]).collect();
                let cue: Vec<&str> = g.cue.iter().map(|s| &text[*s]).collect();
                // What the stage made of it: the kinds of its quotes (terms included) overlapping it.
                let seen: Vec<&str> = stage
                    .iter()
                    .filter(|q| overlap(&q.content, &g.content) > 0)
                    .map(|q| kind_name(q.kind))
                    .collect();
                let seen = if seen.is_empty() { "none".to_string() } else { seen.join("+") };
                println!(
                    "  [{name}] {article}: missed as {seen} ({}): {}",
                    cue.join(" "),
                    short(&c.join(" … "))
                );
                if verbose {
                    for q in stage.iter().filter(|q| overlap(&q.content, &g.content) > 0) {
                        println!("      stage {}: {}", kind_name(q.kind), short(&text[q.span]));
                    }
                }
            }
        }
    }
}

/// Each term with the words before it in its paragraph, `HIT` when gold calls it direct speech.
fn print_terms(text: &str, quotes: &[Quote], gold: &[&Gold], article: &str) {
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Term) {
        let hit = gold.iter().any(|g| {
            let o = overlap(&q.content, &g.content);
            o > 0 && 2 * o >= length(&g.content)
        });
        let start = q.span.start;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let mut from = line_start.max(start.saturating_sub(80));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let after_end = (q.span.end + 40).min(text.len());
        let mut to = after_end;
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let after = text[q.span.end..to].split('\n').next().unwrap_or("");
        println!(
            "  term {} {article}: {} [[{}]] {}",
            if hit { "HIT " } else { "miss" },
            &text[from..start],
            short(&text[q.span]),
            after
        );
    }
}

/// One line per stage quotation and per gold direct quote: `stage` lines carry the kind, whether
/// the pipeline's direct quote matched a gold direct quote (`match`/`extra`, `-` for other kinds)
///; `gold` lines whether a predicted direct quote
/// matched it. Then block kind, cue, speaker, 80 characters before, the content, 40 after.
fn print_table(text: &str, annotation: &Annotation, stage: &[Quote], gold: &[Gold], article: &str) {
    let clean = |s: &str| s.replace(['\n', '\t'], " ⏎ ");
    let around = |content: &[Span]| {
        let (start, end) = (content[0].start, content[content.len() - 1].end);
        let mut from = start.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (end + 40).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let block = annotation.blocks.iter().find(|b| b.span.start <= start && start < b.span.end);
        let block = block.map_or("none", |b| b.kind.name());
        let pieces: Vec<&str> = content.iter().map(|c| &text[*c]).collect();
        (block, clean(&text[from..start]), clean(&pieces.join(" … ")), clean(&text[end..to]))
    };
    let direct: Vec<&Gold> = gold.iter().filter(|g| g.direct).collect();
    for q in stage {
        let outcome = if q.kind == QuoteKind::Direct {
            if direct.iter().any(|g| covers_half(text, &q.content, &g.content)) {
                "match"
            } else {
                "extra"
            }
        } else {
            "-"
        };
        let best = gold.iter().max_by_key(|g| overlap(&q.content, &g.content));
        let best = best.filter(|g| overlap(&q.content, &g.content) > 0);
        let touches = match best {
            None => "nogold".to_string(),
            Some(g) => {
                let c: Vec<&str> = g.content.iter().map(|s| &text[*s]).collect();
                let share = overlap(&q.content, &g.content) as f64 / length(&g.content) as f64;
                let kind = if g.direct { "direct" } else { "reported" };
                format!("{kind} {share:.2} {}", clean(&c.join(" … ")))
            }
        };
        let (block, before, content, after) = around(&q.content);
        let cue = q.cue.map_or("", |c| &text[c]);
        let speaker = q.speaker.map_or("", |s| &text[s]);
        println!(
            "stage\t{article}\t{}\t{outcome}\t-\t{block}\t{cue}\t{speaker}\t{before}\t{content}\t{after}\t{touches}",
            kind_name(q.kind),
        );
    }
    for g in &direct {
        let found =
            stage.iter().find(|q| q.kind == QuoteKind::Direct && covers_half(text, &q.content, &g.content));
        let seen: Vec<&str> =
            stage.iter().filter(|q| overlap(&q.content, &g.content) > 0).map(|q| kind_name(q.kind)).collect();
        let (block, before, content, after) = around(&g.content);
        let cue: Vec<&str> = g.cue.iter().map(|s| &text[*s]).collect();
        let source: Vec<&str> = g.source.iter().map(|s| &text[*s]).collect();
        println!(
            "gold\t{article}\t{}\t{}\t-\t{block}\t{}\t{}\t{before}\t{content}\t{after}",
            if seen.is_empty() { "none".to_string() } else { seen.join("+") },
            if found.is_some() { "match" } else { "miss" },
            cue.join(" "),
            source.join(" "),
        );
    }
}

fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Term => "term",
    }
}

fn short(s: &str) -> String {
    let s = s.replace('\n', " ⏎ ");
    if s.chars().count() > 150 {
        let head: String = s.chars().take(150).collect();
        format!("{head}…")
    } else {
        s
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let errors_all = args.iter().any(|a| a == "--errors-all");
    // With the errors: what the stage found over each miss (its whole quote, attribution included).
    let verbose = args.iter().any(|a| a == "--verbose");
    let terms = args.iter().any(|a| a == "--terms");
    SHORT.store(args.iter().any(|a| a == "--short"), std::sync::atomic::Ordering::Relaxed);
    let table = args.iter().any(|a| a == "--table");
    EXTRAS.store(args.iter().any(|a| a == "--extras"), std::sync::atomic::Ordering::Relaxed);
    let dir = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || !args[i - 1].starts_with("--learn")))
        .map(|(_, a)| a)
        .map(PathBuf::from)
        .unwrap_or_else(|| shared_data().join("polnear").join("dev"));
    let mut anns: Vec<PathBuf> =
        fs::read_dir(dir.join("attributions"))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    anns.sort();
    // One annotator per article: the first .ann by name ("<article>_<annotator>.ann").
    let mut chosen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for ann in anns {
        let stem = ann.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let article = stem.rsplit_once('_').map_or(stem.as_str(), |(a, _)| a).to_string();
        chosen.entry(article).or_insert(ann);
    }
    let annotator = Annotator::new();
    let (mut direct, mut all) = (Score::default(), Score::default());
    let mut kinds: BTreeMap<&'static str, usize> = BTreeMap::new();
    let (mut bytes, mut seconds, mut quote_seconds) = (0usize, 0f64, 0f64);
    let recognizer = article_annotator::entity::Recognizer::new();
    // `--learn-cues FILE [--learn-min N] [--learn-threshold P]`: write the learned cue table.
    let flag_value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let learn_out = flag_value("--learn-cues").map(PathBuf::from);
    let sweep = args.iter().any(|a| a == "--learn-sweep");
    let mut learning: Vec<LearnArticle> = Vec::new();
    // Predictions and matches of the stage without the learned cues.
    let mut learn_base = (0usize, 0usize);
    for (article, ann) in &chosen {
        let text = fs::read_to_string(dir.join("text").join(format!("{article}.txt")))?;
        let gold = read_gold(ann, &text)?;
        let start = Instant::now();
        let annotation = annotator.annotate(&text);
        seconds += start.elapsed().as_secs_f64();
        bytes += text.len();
        // The quote stage alone, on the same inputs the pipeline gives it.
        let layout = article_annotator::article::read(&text);
        let seg = article_annotator::segment::segment(&text, &layout);
        let mentions = recognizer.recognize(&text, &layout, &seg);
        let start = Instant::now();
        let quotes = article_annotator::quote::find_quotes(&text, &layout, &seg, &mentions);
        quote_seconds += start.elapsed().as_secs_f64();
        let speech = quotes.iter().filter(|q| q.kind != QuoteKind::Term).count();
        assert_eq!(speech, annotation.quotes.len(), "the pipeline keeps the stage's quotes");
        *kinds.entry("term").or_default() += quotes.len() - speech;
        for q in &annotation.quotes {
            *kinds.entry(kind_name(q.kind)).or_default() += 1;
        }
        let pred_direct: Vec<usize> = (0..annotation.quotes.len())
            .filter(|&i| annotation.quotes[i].kind == QuoteKind::Direct)
            .collect();
        let gold_direct: Vec<&Gold> = gold.iter().filter(|g| g.direct).collect();
        if terms {
            print_terms(&text, &quotes, &gold_direct, article);
        }
        if table {
            print_table(&text, &annotation, &quotes, &gold, article);
        }
        score(
            "direct",
            &text,
            &annotation,
            &pred_direct,
            &gold_direct,
            &mut direct,
            errors,
            article,
            &quotes,
            verbose,
        );
        let pred_all: Vec<usize> =
            (0..annotation.quotes.len()).filter(|&i| annotation.quotes[i].kind != QuoteKind::Term).collect();
        let gold_all: Vec<&Gold> = gold.iter().collect();
        if learn_out.is_some() || sweep {
            // Gold that the stage's quotes without the learned cues leave unmatched, and every
            // candidate the learned step would weigh, for `--learn-cues` (whatever table is built
            // in, so the table is regenerated byte for byte).
            learned::set_learning(true);
            let base = article_annotator::quote::find_quotes(&text, &layout, &seg, &mentions);
            learned::set_learning(false);
            let base: Vec<&[Span]> =
                base.iter().filter(|q| q.kind != QuoteKind::Term).map(|q| q.content.as_slice()).collect();
            let golds: Vec<&[Span]> = gold_all.iter().map(|g| g.content.as_slice()).collect();
            let (used, taken) = one_to_one(&base, &golds);
            learn_base.0 += base.len();
            learn_base.1 += used.iter().filter(|u| **u).count();
            let free: Vec<&&Gold> =
                gold_all.iter().zip(&taken).filter(|(_, t)| !**t).map(|(g, _)| g).collect();
            let sources: Vec<Vec<Span>> = free.iter().map(|g| g.source.clone()).collect();
            let free: Vec<Vec<Span>> = free.iter().map(|g| g.content.clone()).collect();
            let log = learned::take_log();
            if args.iter().any(|a| a == "--learn-speakers") {
                // Candidates matching gold the stage leaves unmatched whose speaker is wrong.
                for c in &log {
                    for (g, src) in free.iter().zip(&sources) {
                        let o = overlap(&[c.content], g);
                        let right = match c.speaker {
                            None => src.is_empty(),
                            Some(s) => src.iter().any(|x: &Span| x.overlaps(s)),
                        };
                        if o > 0 && 2 * o >= length(g) && !right {
                            let want: Vec<&str> = src.iter().map(|x| &text[x.range()]).collect();
                            println!(
                                "  learned speaker ({}) {:?} want {:?}: {}",
                                &text[c.cue.range()],
                                c.speaker.map(|s| &text[s.range()]),
                                want.join(" "),
                                short(&text[c.content.range()])
                            );
                        }
                    }
                }
            }
            learning.push((free, log, sources));
        }
        score(
            "all",
            &text,
            &annotation,
            &pred_all,
            &gold_all,
            &mut all,
            errors_all,
            article,
            &quotes,
            verbose,
        );
    }
    println!("PolNeAR {} ({} articles, first annotator by file name)", dir.display(), chosen.len());
    println!("match: predicted content overlaps gold content by >= half the gold content, one-to-one");
    println!("speaker right: predicted speaker overlaps gold Source, or its entity has a mention there");
    direct.print("direct quotes");
    all.print("all attributions");
    let cues_all = args.iter().any(|a| a == "--cues-all");
    if cues_all || args.iter().any(|a| a == "--cues") {
        // Cues by how many of their quotes match nothing: where precision is lost.
        let mut cues: Vec<(&String, &(usize, usize))> = all.cues.iter().collect();
        cues.sort_by_key(|(_, &(p, m))| std::cmp::Reverse(p - m));
        for (cue, (p, m)) in cues.iter().take(if cues_all { usize::MAX } else { 60 }) {
            println!(
                "  cue {cue:<20} predicted {p:>5}  matched {m:>5}  precision {:.2}",
                *m as f64 / *p as f64
            );
        }
    }
    if args.iter().any(|a| a == "--extras") {
        let [none, second, unmatched] = all.extras;
        println!("unmatched predictions: {none} touch no gold, {second} only gold matched by another, {unmatched} unmatched gold");
    }
    if args.iter().any(|a| a == "--misses") {
        // Where recall is lost: by gold cue, misses some unmatched prediction overlaps (content
        // boundaries) and misses nothing overlaps (cues not found).
        let (inside, across) = all.short_pieces;
        println!("unmatched predictions overlapping a gold content: {inside} inside it, {across} crossing its ends");
        let (b, n): (usize, usize) = all.misses.values().fold((0, 0), |(b, n), (x, y)| (b + x, n + y));
        println!("misses: {b} overlapped by an unmatched prediction, {n} overlapped by none");
        let mut misses: Vec<(&String, &(usize, usize))> = all.misses.iter().collect();
        misses.sort_by_key(|(_, &(b, n))| std::cmp::Reverse(b + n));
        for (cue, (b, n)) in misses.iter().take(400) {
            println!("  miss cue {cue:<30} boundary {b:>5}  none {n:>5}");
        }
    }
    if args.iter().any(|a| a == "--learn-sweep") {
        learn_sweep(&learning, learn_base.0, learn_base.1, all.gold);
    }
    if let Some(out) = &learn_out {
        let min: usize = flag_value("--learn-min").and_then(|v| v.parse().ok()).unwrap_or(LEARN_MIN);
        let threshold: f64 =
            flag_value("--learn-threshold").and_then(|v| v.parse().ok()).unwrap_or(LEARN_THRESHOLD);
        let table = learn_table(&learning, min, threshold);
        fs::write(out, &table)?;
        println!(
            "learned cue table: {} lines, {} bytes, to {}",
            table.lines().count(),
            table.len(),
            out.display()
        );
    }
    println!("predicted kinds: {kinds:?}");
    println!(
        "whole pipeline: {:.2} MB in {:.3} s = {:.2} MB/s",
        bytes as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    println!(
        "quote stage alone: {:.3} s = {:.1} MB/s",
        quote_seconds,
        bytes as f64 / 1e6 / quote_seconds.max(1e-9)
    );
    Ok(())
}

/// Per article: the gold contents the stage leaves unmatched, the learned step's candidates, and
/// the gold sources of those contents.
type LearnArticle = (Vec<Vec<Span>>, Vec<learned::Candidate>, Vec<Vec<Span>>);

/// Fewest candidates a key of the learned cue table needs before it decides.
const LEARN_MIN: usize = 4;
/// Least share of a key's candidates that must match gold for the key to be a cue: a prediction
/// right this often raises F1 when F1 is below twice this share.
const LEARN_THRESHOLD: f64 = 0.5;
/// Weight (in candidates) of a key's coarser key's precision in its own.
const LEARN_PRIOR: f64 = 1.0;

/// Greedy one-to-one matching of predicted contents to gold contents: (predictions used, gold
/// used).
fn one_to_one(pred: &[&[Span]], gold: &[&[Span]]) -> (Vec<bool>, Vec<bool>) {
    let mut pairs = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        for (gi, g) in gold.iter().enumerate() {
            let o = overlap(p, g);
            if o > 0 && 2 * o >= length(g) {
                pairs.push((o, pi, gi));
            }
        }
    }
    pairs.sort_by_key(|p| (std::cmp::Reverse(p.0), p.1, p.2));
    let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; gold.len()]);
    for (_, pi, gi) in pairs {
        if !pu[pi] && !gu[gi] {
            pu[pi] = true;
            gu[gi] = true;
        }
    }
    (pu, gu)
}

/// Candidates and matches per key of the learned table.
type KeyStats = BTreeMap<String, (usize, usize)>;

/// The decision list: each key with at least `min` candidates decides by its precision
/// (smoothed toward its coarser key's); a line is written where it differs from the coarser key.
fn decide(stats: &KeyStats, min: usize, threshold: f64) -> BTreeMap<String, (bool, bool)> {
    // key -> (smoothed precision, decision, decided here)
    let mut eff: BTreeMap<String, (f64, bool, bool)> = BTreeMap::new();
    let mut keys: Vec<&String> = stats.keys().collect();
    keys.sort_by_key(|k| (k.matches('|').count(), (*k).clone()));
    for key in keys {
        let (n, m) = stats[key];
        let parent = match key.matches('|').count() {
            0 => None,
            1 => key.rsplit_once('|').map(|(p, _)| p.to_string()),
            2 => key.rsplit_once('|').map(|(p, _)| p.to_string()),
            _ => Some(key.splitn(4, '|').take(3).collect::<Vec<_>>().join("|")),
        };
        let (prior, parent_keep) = parent.and_then(|p| eff.get(&p)).map_or((0.0, false), |e| (e.0, e.1));
        let p = (m as f64 + LEARN_PRIOR * prior) / (n as f64 + LEARN_PRIOR);
        let keep = if n >= min { p >= threshold } else { parent_keep };
        eff.insert(key.clone(), (p, keep, n >= min && keep != parent_keep));
    }
    eff.into_iter().map(|(k, (_, keep, here))| (k, (keep, here))).collect()
}

/// Counts, per key, the candidates and those matching gold the stage leaves unmatched. With
/// `kept` (the previous round's decisions), kept candidates take gold one-to-one first; the others
/// are scored against what is left.
fn key_stats(learning: &[LearnArticle], kept: Option<&BTreeMap<String, (bool, bool)>>) -> KeyStats {
    let mut stats = KeyStats::new();
    let keep = |c: &learned::Candidate| {
        kept.is_some_and(|d| {
            let mut k = false;
            for key in &c.keys {
                if let Some(&(v, _)) = d.get(key) {
                    k = v;
                }
            }
            k
        })
    };
    for (free, candidates, _) in learning {
        let golds: Vec<&[Span]> = free.iter().map(|g| g.as_slice()).collect();
        let chosen: Vec<&learned::Candidate> = candidates.iter().filter(|c| keep(c)).collect();
        let contents: Vec<[Span; 1]> = chosen.iter().map(|c| [c.content]).collect();
        let refs: Vec<&[Span]> = contents.iter().map(|c| c.as_slice()).collect();
        let (used, taken) = one_to_one(&refs, &golds);
        let mut ci = 0;
        for c in candidates {
            let hit = if keep(c) {
                ci += 1;
                used[ci - 1]
            } else {
                golds.iter().zip(&taken).any(|(g, t)| {
                    let o = overlap(&[c.content], g);
                    !t && o > 0 && 2 * o >= length(g)
                })
            };
            for key in &c.keys {
                let e = stats.entry(key.clone()).or_default();
                e.0 += 1;
                e.1 += usize::from(hit);
            }
        }
    }
    stats
}

/// The learned cue table's text: two rounds of `key_stats` and `decide`, lines sorted.
fn learn_table(learning: &[LearnArticle], min: usize, threshold: f64) -> String {
    let first = decide(&key_stats(learning, None), min, threshold);
    let second = decide(&key_stats(learning, Some(&first)), min, threshold);
    let mut out = String::new();
    for (key, (keep, here)) in &second {
        if *here {
            out.push(if *keep { '+' } else { '-' });
            out.push_str(key);
            out.push('\n');
        }
    }
    out
}

/// `--learn-sweep`: two-fold estimate (odd articles learn, even ones are scored, and back) of
/// the all-attributions F1 the learned table would give, for a grid of `--learn-min` and
/// `--learn-threshold`, from the stage's own figures and the candidates kept on the held-out fold.
fn learn_sweep(learning: &[LearnArticle], predicted: usize, matched: usize, gold: usize) {
    let folds: [Vec<_>; 2] = [
        learning.iter().step_by(2).cloned().collect(),
        learning.iter().skip(1).step_by(2).cloned().collect(),
    ];
    for min in [3, 4, 6, 10] {
        for threshold in [0.35, 0.4, 0.45, 0.5] {
            let (mut added, mut hits, mut speakers) = (0, 0, 0);
            for f in 0..2 {
                let table = learn_table(&folds[f], min, threshold);
                let decisions: BTreeMap<&str, bool> =
                    table.lines().filter_map(|l| l.split_at_checked(1).map(|(s, k)| (k, s == "+"))).collect();
                for (free, candidates, sources) in &folds[1 - f] {
                    let kept: Vec<&learned::Candidate> = candidates
                        .iter()
                        .filter(|c| {
                            c.keys
                                .iter()
                                .fold(false, |k, key| decisions.get(key.as_str()).copied().unwrap_or(k))
                        })
                        .collect();
                    let contents: Vec<[Span; 1]> = kept.iter().map(|c| [c.content]).collect();
                    let refs: Vec<&[Span]> = contents.iter().map(|c| c.as_slice()).collect();
                    let golds: Vec<&[Span]> = free.iter().map(|g| g.as_slice()).collect();
                    let (used, _) = one_to_one(&refs, &golds);
                    added += kept.len();
                    hits += used.iter().filter(|u| **u).count();
                    // Speakers of the matched: right when they overlap the gold source of the
                    // gold content they overlap most (none wanted without a source).
                    for (c, _) in kept.iter().zip(&used).filter(|(_, u)| **u) {
                        let best = (0..free.len()).max_by_key(|&g| overlap(&[c.content], &free[g]));
                        let right = best.is_some_and(|g| match c.speaker {
                            None => sources[g].is_empty(),
                            Some(s) => sources[g].iter().any(|x| x.overlaps(s)),
                        });
                        speakers += usize::from(right);
                    }
                }
            }
            let (p, m) = (predicted + added, matched + hits);
            let (pr, r) = (m as f64 / p as f64, m as f64 / gold as f64);
            println!(
                "sweep min {min:>2} threshold {threshold:.2}: added {added:>5} matched {hits:>5} speaker right {:.3}  P {pr:.3} R {r:.3} F1 {:.3}",
                speakers as f64 / hits.max(1) as f64,
                2.0 * pr * r / (pr + r)
            );
        }
    }
}
