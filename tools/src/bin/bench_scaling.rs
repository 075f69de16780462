//! How annotation time grows with the length of one text: BBC 2005 articles joined into one
//! text of 50 KB up to 5 MB (what the page accepts as one paste), timed per stage. Linear stages keep a constant
//! MB/s; a falling MB/s shows a stage that grows faster than the text.
//!
//! `cargo run --release -p annotator-tools --bin bench_scaling [KB...]` (default: 50 200 800 1600
//! 5000; one size alone is handy under callgrind)

use std::time::Instant;

use annotator_tools::shared_data;
use article_annotator::entity::Recognizer;
use article_annotator::{article, link, quote, segment};

fn main() -> std::io::Result<()> {
    let path = shared_data().join("unlabeled/bbc2005.jsonl");
    let mut articles = String::new();
    for line in std::fs::read_to_string(&path)?.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            articles.push_str(v["text"].as_str().unwrap_or(""));
            articles.push_str("\n\n");
        }
    }
    // The corpus holds about 5 MB; repeat it if a size needs more.
    let mut all = articles.clone();
    while all.len() < 5_000_000 {
        all.push_str(&articles);
    }
    let recognizer = Recognizer::new();
    println!(
        "{:>8} {:>9} {:>9} {:>9} {:>9} {:>9}   (MB/s per stage)",
        "size", "article", "segment", "entity", "quote", "link"
    );
    let mut sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![50, 200, 800, 1600, 5000];
    }
    for kb in sizes {
        let mut end = kb * 1000;
        while !all.is_char_boundary(end) {
            end -= 1;
        }
        let text = &all[..end];
        let mut secs = [0f64; 5];
        let t = Instant::now();
        let layout = article::read(text);
        secs[0] = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let seg = segment::segment(text, &layout);
        secs[1] = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut mentions = recognizer.recognize(text, &layout, &seg);
        secs[2] = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut quotes = quote::find_quotes(text, &layout, &seg, &mentions);
        secs[3] = t.elapsed().as_secs_f64();
        let t = Instant::now();
        link::link(text, &layout, &seg, &mut mentions, &mut quotes);
        secs[4] = t.elapsed().as_secs_f64();
        let mbs: Vec<String> = secs.iter().map(|s| format!("{:9.2}", text.len() as f64 / 1e6 / s)).collect();
        println!("{:>6}KB {}", kb, mbs.join(" "));
    }
    Ok(())
}
