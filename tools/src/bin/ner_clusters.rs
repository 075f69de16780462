//! Learns word clusters for the name tagger from the raw news in ../shared/data/unlabeled:
//! every frequent word is described by the words seen just before and after it, and the
//! descriptions are grouped with spherical k-means. Words used alike ("minister", "president")
//! land in one cluster, so the tagger generalizes from words it saw in training to words it
//! only met in raw text. Writes `data/clusters.tsv` (`id<TAB>word word…`, lower case).
//!
//! ```text
//! cargo run --release -p annotator-tools --bin ner_clusters -- [--words 16000] [--k 256]
//!     [--out data/clusters.tsv]
//! ```

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

use annotator_tools::shared_data;
use article_annotator::{article, segment};

const CONTEXT: usize = 500;

fn main() -> std::io::Result<()> {
    let mut words_wanted = 16_000;
    let mut k = 256;
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.tsv");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().expect("option needs a value");
        match a.as_str() {
            "--words" => words_wanted = value().parse().expect("--words N"),
            "--k" => k = value().parse().expect("--k N"),
            "--out" => out = PathBuf::from(value()),
            other => panic!("unknown option {other}"),
        }
    }
    let dir = shared_data().join("unlabeled");
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut stream: Vec<u32> = Vec::new();
    for file in ["reuters21578.jsonl", "bbc2005.jsonl"] {
        let reader = BufReader::new(std::fs::File::open(dir.join(file))?);
        for line in reader.lines() {
            let line = line?;
            let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
            let Some(text) = doc.get("text").and_then(|t| t.as_str()) else { continue };
            // u32::MAX separates articles, so contexts never cross them.
            stream.push(u32::MAX);
            // The runtime stages tokenize, so clusters cover the words the tagger will see.
            let layout = article::read(text);
            let seg = segment::segment(text, &layout);
            for token in &seg.tokens {
                let lower = text[token.span.start..token.span.end].to_lowercase();
                let id = *ids.entry(lower.clone()).or_insert_with(|| {
                    names.push(lower);
                    names.len() as u32 - 1
                });
                stream.push(id);
            }
        }
    }
    let mut counts = vec![0u32; names.len()];
    for &w in stream.iter().filter(|&&w| w != u32::MAX) {
        counts[w as usize] += 1;
    }
    let mut by_freq: Vec<u32> = (0..names.len() as u32).collect();
    by_freq.sort_by_key(|&w| (std::cmp::Reverse(counts[w as usize]), names[w as usize].clone()));
    eprintln!("{} tokens, {} types", stream.len(), names.len());
    // Context dimensions: the most frequent tokens, left and right.
    let mut context_dim = vec![u32::MAX; names.len()];
    for (d, &w) in by_freq.iter().take(CONTEXT).enumerate() {
        context_dim[w as usize] = d as u32;
    }
    let vocab: Vec<u32> = by_freq
        .iter()
        .copied()
        .filter(|&w| names[w as usize].chars().any(char::is_alphabetic))
        .take(words_wanted)
        .collect();
    let mut row_of = vec![u32::MAX; names.len()];
    for (r, &w) in vocab.iter().enumerate() {
        row_of[w as usize] = r as u32;
    }
    let mut raw: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    for i in 1..stream.len().saturating_sub(1) {
        let w = stream[i];
        if w == u32::MAX || row_of[w as usize] == u32::MAX {
            continue;
        }
        let row = &mut raw[row_of[w as usize] as usize];
        let (l, r) = (stream[i - 1], stream[i + 1]);
        if l != u32::MAX && context_dim[l as usize] != u32::MAX {
            *row.entry(context_dim[l as usize]).or_default() += 1.0;
        }
        if r != u32::MAX && context_dim[r as usize] != u32::MAX {
            *row.entry(CONTEXT as u32 + context_dim[r as usize]).or_default() += 1.0;
        }
    }
    // Damp counts with a log and normalize: cosine similarity of context profiles.
    let vectors: Vec<Vec<(u32, f32)>> = raw
        .into_iter()
        .map(|row| {
            let mut v: Vec<(u32, f32)> = row.into_iter().map(|(d, c)| (d, (1.0 + c).ln())).collect();
            v.sort_by_key(|&(d, _)| d);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-6);
            v.iter_mut().for_each(|(_, x)| *x /= norm);
            v
        })
        .collect();
    let dims = 2 * CONTEXT;
    // Deterministic start: centroids at evenly spaced frequency ranks.
    let mut centroids: Vec<Vec<f32>> = (0..k)
        .map(|c| {
            let mut dense = vec![0.0; dims];
            for &(d, x) in &vectors[c * vectors.len() / k] {
                dense[d as usize] = x;
            }
            dense
        })
        .collect();
    let mut assign = vec![0usize; vectors.len()];
    for iteration in 0..20 {
        let mut changed = 0;
        for (i, v) in vectors.iter().enumerate() {
            let best = (0..k)
                .map(|c| (c, v.iter().map(|&(d, x)| x * centroids[c][d as usize]).sum::<f32>()))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map_or(0, |(c, _)| c);
            if best != assign[i] {
                changed += 1;
                assign[i] = best;
            }
        }
        for c in centroids.iter_mut() {
            c.fill(0.0);
        }
        for (i, v) in vectors.iter().enumerate() {
            for &(d, x) in v {
                centroids[assign[i]][d as usize] += x;
            }
        }
        for c in centroids.iter_mut() {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
            c.iter_mut().for_each(|x| *x /= norm);
        }
        eprintln!("iteration {}: {changed} words moved", iteration + 1);
        if changed < vectors.len() / 500 {
            break;
        }
    }
    let mut members: Vec<Vec<&str>> = vec![Vec::new(); k];
    for (i, &w) in vocab.iter().enumerate() {
        members[assign[i]].push(&names[w as usize]);
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
    for (c, words) in members.iter_mut().enumerate() {
        if words.is_empty() {
            continue;
        }
        words.sort_unstable();
        writeln!(file, "{c}\t{}", words.join(" "))?;
    }
    eprintln!("wrote {}", out.display());
    Ok(())
}
