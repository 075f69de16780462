//! Writes `data/name_words.txt`: the words without a capital letter or a leading digit that
//! were seen inside a gold name in the training corpora ("of", "de", "bin", "van", "&", "'s"),
//! lower-cased, one a line. The tagger tags every other such word as outside a name without
//! scoring it (see `is_scored` in `src/entity/infer.rs`): most words of a news article are
//! such words, and the model almost never puts them in a name.
//!
//! ```text
//! cargo run --release -p annotator-tools --bin name_words -- [--min-rate 0.001] [--out data/name_words.txt] [--stats]
//! ```
//!
//! `--stats` prints every word seen inside a name with its counts (inside a name, in all).
//!
//! A word is listed when at least `--min-rate` of its training occurrences are inside a name:
//! "to" or "a" are in a name now and then, but so rarely that scoring all of them costs more
//! than the names they would complete are worth. With 0.001, `eval_ner` gives the names F1 of
//! the tagger without the shortcut (CoNLL valid 0.928, Worldwide dev 0.821); 0.002 lost 0.001
//! on Worldwide dev.
//!
//! Reads CoNLL-2003 `train.txt` and Worldwide `train/` through the runtime stages 1-2, as
//! `train_ner` does, so the words are the runtime's tokens. Prints how many training tokens
//! the shortcut covers.

mod ner_common;

use std::collections::BTreeMap;

use annotator_tools::{corpora, shared_data};
use article_annotator::entity;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut out = String::from("data/name_words.txt");
    let mut min_rate = 0.001;
    let mut stats = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().expect("--out FILE"),
            "--stats" => stats = true,
            "--min-rate" => min_rate = args.next().and_then(|r| r.parse().ok()).expect("--min-rate RATE"),
            other => panic!("unknown option {other}"),
        }
    }
    let data = shared_data();
    let lex = entity::embedded_lexicon();
    let mut docs = ner_common::conll_docs(&corpora::read_conll(&data.join("conll2003/train.txt"))?, &lex);
    docs.extend(ner_common::worldwide_docs(&corpora::read_worldwide(&data.join("worldwide/train"))?));
    // Lower case → (tokens inside a name, all tokens), for the words the list decides on.
    let mut words: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut tokens = 0;
    for doc in &docs {
        for (t, &tag) in doc.seg.tokens.iter().zip(&doc.tags) {
            tokens += 1;
            let word = &doc.text[t.span.range()];
            // Scored whatever the list says (the rule of `is_scored`).
            if word.starts_with(|c: char| c.is_ascii_digit()) || word.chars().any(char::is_uppercase) {
                continue;
            }
            let entry = words.entry(word.to_lowercase()).or_default();
            entry.0 += usize::from(tag != 0);
            entry.1 += 1;
        }
    }
    let lower: usize = words.values().map(|w| w.1).sum();
    if stats {
        for (w, (inside, all)) in &words {
            if *inside > 0 {
                println!("{inside}\t{all}\t{w}");
            }
        }
    }
    let kept: Vec<(&String, &(usize, usize))> =
        words.iter().filter(|(_, w)| w.0 > 0 && w.0 as f64 >= min_rate * w.1 as f64).collect();
    let shortcut = lower - kept.iter().map(|(_, w)| w.1).sum::<usize>();
    let mut text = String::new();
    for (w, _) in &kept {
        text.push_str(w);
        text.push('\n');
    }
    std::fs::write(&out, text)?;
    eprintln!(
        "{} words written to {out}; of {tokens} training tokens {lower} have no capital or leading digit, \
         {shortcut} ({:.1}%) are tagged outside without scoring",
        kept.len(),
        100.0 * shortcut as f64 / tokens as f64
    );
    Ok(())
}
