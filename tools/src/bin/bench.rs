//! Native benchmark: Annotator construction time and annotation throughput on real news text
//! (BBC 2005 articles from ../shared/data/unlabeled), with a per-stage breakdown. Prints
//! figures; compare ratios within one run (the machines are shared and noisy).
//!
//! `cargo run --release -p annotator-tools --bin bench [-- ARTICLES [tag|annotate]]` (`tag`: the
//! name tagger alone; `annotate`: the whole pipeline alone; both ten rounds, for profiling)

use std::hint::black_box;
use std::time::Instant;

use annotator_tools::shared_data;
use article_annotator::entity::Recognizer;
use article_annotator::{article, link, quote, segment, Annotator};

fn main() -> std::io::Result<()> {
    let limit: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2223);
    let path = shared_data().join("unlabeled/bbc2005.jsonl");
    let texts: Vec<String> = std::fs::read_to_string(&path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .take(limit)
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("corpus: {} BBC articles, {:.2} MB", texts.len(), bytes as f64 / 1e6);

    // `bench N tag`: the name tagger alone, ten rounds, for profiling.
    if std::env::args().nth(2).as_deref() == Some("tag") {
        let docs: Vec<_> = texts.iter().map(|t| (t, segment::segment(t, &article::read(t)))).collect();
        let mut secs = 0.0;
        for _ in 0..10 {
            // A new recognizer each round: its word cache starts empty, as in one pass.
            let recognizer = Recognizer::new();
            let t = Instant::now();
            for (text, seg) in &docs {
                black_box(recognizer.tag_names(text, seg));
            }
            secs += t.elapsed().as_secs_f64();
        }
        println!("tag_names: {:.2} MB/s", 10.0 * bytes as f64 / 1e6 / secs);
        return Ok(());
    }

    // `bench N annotate`: the whole pipeline alone, ten rounds, for profiling.
    if std::env::args().nth(2).as_deref() == Some("annotate") {
        let annotator = Annotator::new();
        let t = Instant::now();
        for _ in 0..10 {
            for text in &texts {
                black_box(annotator.annotate(text));
            }
        }
        println!("annotate: {:.2} MB/s", 10.0 * bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
        return Ok(());
    }

    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(Annotator::new());
    }
    println!("Annotator::new: {:.2} ms (mean of {runs})", start.elapsed().as_secs_f64() * 1e3 / runs as f64);

    let annotator = Annotator::new();
    for text in texts.iter().take(20) {
        black_box(annotator.annotate(text)); // warm up
    }
    let start = Instant::now();
    let mut mentions = 0;
    let mut quotes = 0;
    for text in &texts {
        let a = annotator.annotate(text);
        mentions += a.mentions.len();
        quotes += a.quotes.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "annotate: {:.2} MB/s ({:.3} ms per article; {mentions} mentions, {quotes} quotes)",
        bytes as f64 / 1e6 / secs,
        secs * 1e3 / texts.len() as f64
    );

    // Where the time goes, stage by stage.
    let recognizer = Recognizer::new();
    let mut stage = [0f64; 5];
    for text in &texts {
        let t = Instant::now();
        let layout = article::read(text);
        stage[0] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let seg = segment::segment(text, &layout);
        stage[1] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut mentions = recognizer.recognize(text, &layout, &seg);
        stage[2] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut quotes = quote::find_quotes(text, &layout, &seg, &mentions);
        stage[3] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        black_box(link::link(text, &layout, &seg, &mut mentions, &mut quotes));
        stage[4] += t.elapsed().as_secs_f64();
    }
    let total: f64 = stage.iter().sum();
    for (name, secs) in ["article", "segment", "entity", "quote", "link"].iter().zip(stage) {
        println!("  {name:<8} {:5.1}%  {:.2} MB/s", 100.0 * secs / total, bytes as f64 / 1e6 / secs);
    }

    // Inside the entity stage: the name tagger alone (features, emissions, Viterbi), and the
    // same through the reference path (the features as training extracts them), alternating
    // rounds so both see the same machine load.
    let docs: Vec<_> = texts
        .iter()
        .map(|text| {
            let layout = article::read(text);
            let seg = segment::segment(text, &layout);
            (text, seg)
        })
        .collect();
    let mut fast = f64::INFINITY;
    let mut reference = f64::INFINITY;
    let mut names = (0, 0);
    for _ in 0..3 {
        // A new recognizer each round: its word cache starts empty, as in one pass.
        let recognizer = Recognizer::new();
        let t = Instant::now();
        names.0 = docs.iter().map(|(text, seg)| black_box(recognizer.tag_names(text, seg)).len()).sum();
        fast = fast.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        names.1 =
            docs.iter().map(|(text, seg)| black_box(recognizer.tag_names_reference(text, seg)).len()).sum();
        reference = reference.min(t.elapsed().as_secs_f64());
    }
    println!(
        "  entity/tag_names {:.2} MB/s, reference path {:.2} MB/s (best of 3 each; {} / {} names)",
        bytes as f64 / 1e6 / fast,
        bytes as f64 / 1e6 / reference,
        names.0,
        names.1
    );
    Ok(())
}
