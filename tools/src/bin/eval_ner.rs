//! Evaluates named entities: precision, recall and F1 per label and for names (PERSON, ORG,
//! GPE+LOC), exact span and label, on CoNLL-2003 valid and Worldwide dev.
//!
//! ```text
//! cargo run --release -p annotator-tools --bin eval_ner -- [--model FILE] [--dump FILE]
//! ```
//!
//! - CoNLL valid: each document's gold tokens are joined with spaces, one sentence a line and
//!   each line a block; the runtime segmenter and the recognizer (stage 3, with the value and
//!   title rules) run on that text. Scored: PERSON, ORG, and GPE+LOC as one place class.
//! - Worldwide dev: the full pipeline, `Annotator::annotate`, on the raw article text; gold
//!   mentions are the character spans of their gold tokens. Scored: PERSON (Person), ORG
//!   (Organization), LOC (GPE+LOC vs Location), NORP, FAC (Facility), PRODUCT, DATE, MONEY;
//!   gold Misc has no output label and is not scored. With `--model`, stages 1-3 run with that
//!   model instead of the embedded one.
//!
//! `--predictions FILE` writes Worldwide dev's text, gold and predicted mentions (full pipeline)
//! as JSON lines in the same form as `--dump` plus `"predicted"`, for error analysis; keep it
//! outside the repository too.
//!
//! `--dump FILE` writes both sets (text, gold spans in code points) as JSON lines, so that
//! `tools/spacy_compare.py` scores spaCy on exactly the same data; keep that file outside the
//! repository (it holds corpus text).
//!
//! Also prints the annotator's construction time and throughput on the Worldwide dev texts.

mod ner_common;

use std::time::Instant;

use annotator_tools::{corpora, shared_data};
use article_annotator::entity::{self as entity, Recognizer};
use article_annotator::Annotator;
use ner_common::Scores;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut model_path = None;
    let mut dump = None;
    let mut predictions = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model_path = args.next(),
            "--dump" => dump = args.next(),
            "--predictions" => predictions = args.next(),
            other => panic!("unknown option {other}"),
        }
    }
    let data = shared_data();
    let lex = entity::embedded_lexicon();
    let t = Instant::now();
    let annotator = Annotator::new();
    let construction = t.elapsed();
    let recognizer = match &model_path {
        Some(p) => Recognizer::from_bytes(&std::fs::read(p)?, lex.clone()).expect("a valid model file"),
        None => Recognizer::new(),
    };
    println!("Label mapping: CoNLL PER→PERSON, ORG→ORG, LOC→place; Worldwide Person→PERSON,");
    println!("Organization→ORG, Location→place, Facility→FAC, NORP, Product→PRODUCT, Date→DATE,");
    println!("Money→MONEY; output GPE and LOC both count as place (LOC row). Exact span and label.");
    println!();
    let conll_valid = ner_common::conll_docs(&corpora::read_conll(&data.join("conll2003/valid.txt"))?, &lex);
    let conll = ner_common::score_recognizer(&recognizer, &conll_valid, &ner_common::NAMES);
    conll.print("CoNLL-2003 valid (recognizer on space-joined gold tokens)");
    println!();
    let ww_dev = ner_common::worldwide_docs(&corpora::read_worldwide(&data.join("worldwide/dev"))?);
    if let Some(path) = &dump {
        ner_common::dump(path, &conll_valid, &ww_dev)?;
        println!("wrote the evaluation sets to {path} (for tools/spacy_compare.py)");
    }
    let ww = if model_path.is_some() {
        ner_common::score_recognizer(&recognizer, &ww_dev, &ner_common::WORLDWIDE_CLASSES)
    } else {
        let mut scores = Scores::default();
        let show = std::env::var("NER_ERRORS").ok();
        let mut written = Vec::new();
        for doc in &ww_dev {
            let annotation = annotator.annotate(&doc.text);
            let predicted = ner_common::scored_mentions(doc, &annotation.mentions);
            if let Some(labels) = &show {
                labels.split(',').for_each(|label| ner_common::print_errors(doc, &predicted, label));
            }
            scores.add(&doc.gold, &predicted, &ner_common::WORLDWIDE_CLASSES);
            if predictions.is_some() {
                written.push(ner_common::prediction_line(doc, &predicted));
            }
        }
        if let Some(path) = &predictions {
            std::fs::write(path, written.concat())?;
            println!("wrote Worldwide dev gold and predicted mentions to {path}");
        }
        scores
    };
    ww.print(if model_path.is_some() {
        "Worldwide dev (stages 1-3 with --model, raw text)"
    } else {
        "Worldwide dev (full pipeline, Annotator::annotate on the raw text)"
    });
    println!();
    let bytes: usize = ww_dev.iter().map(|d| d.text.len()).sum();
    let speed = |f: &dyn Fn(&ner_common::Doc)| {
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let mut rounds = 0;
        while rounds < 3 || t.elapsed().as_secs_f64() < 2.0 {
            ww_dev.iter().for_each(f);
            rounds += 1;
        }
        let wall = t.elapsed().as_secs_f64();
        let secs = cpu_seconds().map_or(wall, |end| end - cpu.unwrap_or(0.0));
        (bytes * rounds) as f64 / secs / 1e6
    };
    let whole = speed(&|doc| {
        std::hint::black_box(annotator.annotate(&doc.text));
    });
    let names = speed(&|doc| {
        std::hint::black_box(recognizer.recognize(&doc.text, &doc.layout, &doc.seg));
    });
    let tagger = speed(&|doc| {
        std::hint::black_box(recognizer.tag_names(&doc.text, &doc.seg));
    });
    let t = Instant::now();
    let _ = std::hint::black_box(Recognizer::new());
    let recognizer_new = t.elapsed();
    println!(
        "speed (CPU time of this thread, Worldwide dev, {} KB): annotate {whole:.2} MB/s, \
         stage 3 alone {names:.2} MB/s, name tagger alone {tagger:.2} MB/s; Annotator::new {:.1} ms (first), Recognizer::new {:.1} ms",
        bytes / 1000,
        construction.as_secs_f64() * 1e3,
        recognizer_new.as_secs_f64() * 1e3,
    );
    Ok(())
}

/// CPU time this thread has run, from Linux's schedstat (wall time elsewhere), so that other
/// jobs on a shared machine do not slow the measurement.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
