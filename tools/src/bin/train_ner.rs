//! Trains the name tagger: an averaged structured perceptron (Viterbi decoding) over the
//! features of `article_annotator::entity::features`, on CoNLL-2003 train and Worldwide train,
//! read through the runtime stages 1-2 so training sees the tokens inference sees. Writes the
//! quantized model (default `data/ner.model`) and prints dev scores.
//!
//! ```text
//! cargo run --release -p annotator-tools --bin train_ner -- [--epochs 8] [--min-count 2]
//!     [--prune 0.0] [--keep 23000] [--step 4] [--out data/ner.model] [--no-eval]
//!     [--worldwide-weight 1] [--save-raw FILE | --from-raw FILE] [--holdout N] [--bias C=X,...]
//!     [--holdout-model] [--fold K] [--clusters FILE] [--gazetteer FILE] [--runs K]
//! ```
//!
//! `--holdout N` trains without every N-th training document of each corpus, then chooses a
//! bias per class (a score added to every mention start of that class, kept in the model's
//! transitions) on those documents and prints it as a `--bias` option; training on all the
//! data with that `--bias` writes the model. Dev stays for checking only.
//!
//! With `--holdout-model`, the model trained without the held-out documents is written to
//! `--out` and scored on them instead (a jackknife for error analysis: `NER_ERRORS=LABEL`
//! lists their errors, `NER_PREDICTIONS=FILE` writes their Worldwide predictions as
//! `eval_ner --predictions` does); `--fold K` holds out the documents numbered K modulo N
//! (default N - 1).
//!
//! `--save-raw` keeps the unquantized averaged weights, so `--from-raw` can try other
//! `--keep`/`--step`/`--prune` settings without training again; `--step` multiplies the
//! quantization step (coarser weights compress better).
//!
//! ```text
//! ```
//!
//! CoNLL has no FAC or PRODUCT labels: its sentences are decoded with those tags disallowed,
//! so the model is never taught that a CoNLL facility is "not a facility".

mod ner_common;

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use annotator_tools::{corpora, shared_data};
use article_annotator::entity::model::{self, N_TAGS};
use article_annotator::entity::{self as entity, Recognizer};
use ner_common::{Doc, Scores};

struct Args {
    epochs: usize,
    min_count: u32,
    prune: f32,
    keep: usize,
    step: f32,
    worldwide_weight: usize,
    raw: Option<PathBuf>,
    from_raw: bool,
    out: PathBuf,
    eval: bool,
    /// Every `holdout`-th training document of each corpus is left out of training and used
    /// to choose the class biases (0: none).
    holdout: usize,
    /// Per-class score added to every mention start of that class (`--bias PER=0.1,...`).
    bias: Vec<(usize, f32)>,
    /// With `holdout`: write the model trained without the held-out documents to `out` and
    /// score it on them (a jackknife for error analysis; `NER_ERRORS=LABEL` lists errors).
    holdout_model: bool,
    /// Which documents `holdout` leaves out: those with index `fold` modulo `holdout`
    /// (`usize::MAX`: `holdout - 1`).
    fold: usize,
    /// Word clusters to train and score with instead of the embedded `data/clusters.tsv`
    /// (`--clusters FILE`), to try new clusters before embedding them.
    clusters: Option<PathBuf>,
    /// A gazetteer to train and score with instead of the embedded `data/gazetteer.tsv`
    /// (`--gazetteer FILE`).
    gazetteer: Option<PathBuf>,
    /// Perceptrons trained on differently shuffled data whose averaged weights are averaged
    /// again (`--runs K`): the same features, so the same model size.
    runs: usize,
}

fn parse_args() -> Args {
    let mut args = Args {
        epochs: 8,
        min_count: 2,
        prune: 0.0,
        // 23,000 rather than 24,000 keeps the package under 600 KB with the crate at opt-level 2
        // (one CoNLL valid name fewer).
        keep: 23_000,
        step: 4.0,
        worldwide_weight: 1,
        raw: None,
        from_raw: false,
        out: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/ner.model"),
        eval: true,
        holdout: 0,
        bias: Vec::new(),
        holdout_model: false,
        fold: usize::MAX,
        clusters: None,
        gazetteer: None,
        runs: 1,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().expect("option needs a value");
        match a.as_str() {
            "--epochs" => args.epochs = value().parse().expect("--epochs N"),
            "--min-count" => args.min_count = value().parse().expect("--min-count N"),
            "--prune" => args.prune = value().parse().expect("--prune X"),
            "--keep" => args.keep = value().parse().expect("--keep N"),
            "--worldwide-weight" => args.worldwide_weight = value().parse().expect("--worldwide-weight N"),
            "--step" => args.step = value().parse().expect("--step X"),
            "--save-raw" => args.raw = Some(PathBuf::from(value())),
            "--from-raw" => {
                args.raw = Some(PathBuf::from(value()));
                args.from_raw = true;
            }
            "--out" => args.out = PathBuf::from(value()),
            "--no-eval" => args.eval = false,
            "--holdout" => args.holdout = value().parse().expect("--holdout N"),
            "--bias" => args.bias = parse_bias(&value()),
            "--holdout-model" => args.holdout_model = true,
            "--fold" => args.fold = value().parse().expect("--fold K"),
            "--clusters" => args.clusters = Some(PathBuf::from(value())),
            "--gazetteer" => args.gazetteer = Some(PathBuf::from(value())),
            "--runs" => args.runs = value().parse().expect("--runs K"),
            other => panic!("unknown option {other}"),
        }
    }
    args
}

/// `PER=0.1,ORG=-0.2` → (class index, bias).
fn parse_bias(spec: &str) -> Vec<(usize, f32)> {
    spec.split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (class, value) = p.split_once('=').expect("--bias CLASS=X,...");
            let c = model::CLASSES.iter().position(|c| *c == class).expect("a model class");
            (c, value.parse().expect("--bias CLASS=X"))
        })
        .collect()
}

/// Adds `bias` to every transition into the begin tag of `class`: a score per mention of
/// that class, so a positive bias finds more of them and a negative one fewer. Transitions
/// are stored as `f32`, so the bias costs no download and no time.
fn add_bias(trans: &mut [f32], class: usize, bias: f32) {
    for prev in 0..=N_TAGS {
        trans[prev * N_TAGS + model::begin_tag(class)] += bias;
    }
}

/// One training sentence: features per token and gold tags.
struct Example {
    features: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<u8>,
    allowed: u32,
}

/// Perceptron weights with the running sums needed to average them.
struct Perceptron {
    index: HashMap<u32, u32>,
    w: Vec<f32>,
    u: Vec<f32>,
    trans: Vec<f32>,
    trans_u: Vec<f32>,
    c: f32,
}

impl Perceptron {
    fn emissions(&self, ex: &Example, out: &mut Vec<f32>) {
        out.clear();
        for win in ex.offsets.windows(2) {
            let mut acc = [0f32; N_TAGS];
            for key in &ex.features[win[0]..win[1]] {
                if let Some(&row) = self.index.get(key) {
                    let row = &self.w[row as usize * N_TAGS..][..N_TAGS];
                    for (a, x) in acc.iter_mut().zip(row) {
                        *a += x;
                    }
                }
            }
            out.extend_from_slice(&acc);
        }
    }

    fn update_token(&mut self, ex: &Example, i: usize, tag: usize, d: f32) {
        for key in &ex.features[ex.offsets[i]..ex.offsets[i + 1]] {
            if let Some(&row) = self.index.get(key) {
                let k = row as usize * N_TAGS + tag;
                self.w[k] += d;
                self.u[k] += self.c * d;
            }
        }
    }

    fn update_trans(&mut self, prev: Option<usize>, tag: usize, d: f32) {
        let k = prev.unwrap_or(N_TAGS) * N_TAGS + tag;
        self.trans[k] += d;
        self.trans_u[k] += self.c * d;
    }

    fn train(&mut self, ex: &Example, scratch: &mut Vec<f32>, pred: &mut Vec<u8>) -> bool {
        self.emissions(ex, scratch);
        model::viterbi(scratch, &self.trans, ex.allowed, pred);
        let wrong = pred != &ex.gold;
        if wrong {
            for i in 0..ex.gold.len() {
                let (g, p) = (ex.gold[i] as usize, pred[i] as usize);
                let gp = (i > 0).then(|| ex.gold[i - 1] as usize);
                let pp = (i > 0).then(|| pred[i - 1] as usize);
                if g != p {
                    self.update_token(ex, i, g, 1.0);
                    self.update_token(ex, i, p, -1.0);
                }
                if g != p || gp != pp {
                    self.update_trans(gp, g, 1.0);
                    self.update_trans(pp, p, -1.0);
                }
            }
        }
        self.c += 1.0;
        wrong
    }

    fn averaged(&self) -> (Vec<(u32, Vec<f32>)>, Vec<f32>) {
        let rows = self
            .index
            .iter()
            .map(|(&key, &row)| {
                let r = row as usize * N_TAGS;
                let w = (0..N_TAGS).map(|t| self.w[r + t] - self.u[r + t] / self.c).collect();
                (key, w)
            })
            .collect();
        let trans = self.trans.iter().zip(&self.trans_u).map(|(w, u)| w - u / self.c).collect();
        (rows, trans)
    }
}

fn examples(docs: &[Doc], lex: &entity::features::Lexicon) -> Vec<Example> {
    let mut out = Vec::new();
    for doc in docs {
        for s in entity::document_features(&doc.text, &doc.seg, lex) {
            let gold = doc.tags[s.tokens.clone()].to_vec();
            if gold.is_empty() {
                continue;
            }
            out.push(Example { features: s.features, offsets: s.offsets, gold, allowed: doc.allowed });
        }
    }
    out
}

type Rows = Vec<(u32, Vec<f32>)>;

/// The training documents of both corpora, without (`held_out` false) or only (true) every
/// `args.holdout`-th document.
fn training_docs(
    args: &Args,
    data: &std::path::Path,
    lex: &entity::features::Lexicon,
    held_out: bool,
) -> std::io::Result<(Vec<Doc>, Vec<Doc>)> {
    let fold = if args.fold == usize::MAX { args.holdout.saturating_sub(1) } else { args.fold };
    let keep = |i: usize| args.holdout == 0 || (i % args.holdout == fold) == held_out;
    let pick =
        |docs: Vec<Doc>| docs.into_iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, d)| d).collect();
    let conll = ner_common::conll_docs(&corpora::read_conll(&data.join("conll2003/train.txt"))?, lex);
    let ww = ner_common::worldwide_docs(&corpora::read_worldwide(&data.join("worldwide/train"))?);
    Ok((pick(conll), pick(ww)))
}

/// The score the class biases are chosen for on held-out documents: names F1 on CoNLL plus
/// names-and-NORP F1 on Worldwide.
fn holdout_score(
    bytes: &[u8],
    lex: &entity::features::Lexicon,
    conll: &[Doc],
    ww: &[Doc],
) -> (f64, f64, f64) {
    let recognizer = Recognizer::from_bytes(bytes, lex.clone()).expect("a model just encoded");
    let c = ner_common::score_recognizer(&recognizer, conll, &ner_common::NAMES);
    let w = ner_common::score_recognizer(&recognizer, ww, &ner_common::WORLDWIDE_CLASSES);
    let (_, _, c_f1) = ner_common::prf(c.sum(&ner_common::NAMES));
    let (_, _, w_f1) = ner_common::prf(w.sum(&["PERSON", "ORG", "LOC", "NORP"]));
    (c_f1 + w_f1, c_f1, w_f1)
}

/// Chooses per-class biases on the held-out documents by coordinate ascent, and prints them
/// as a `--bias` option.
fn choose_biases(
    args: &Args,
    rows: &Rows,
    trans: &[f32],
    lex: &entity::features::Lexicon,
) -> std::io::Result<()> {
    let (conll, ww) = training_docs(args, &shared_data(), lex, true)?;
    eprintln!("held out: {} CoNLL and {} Worldwide documents", conll.len(), ww.len());
    let unit = trans.iter().fold(0f32, |m, t| m.max(t.abs())) / 10.0;
    let mut bias = vec![0f32; model::CLASSES.len()];
    let score = |bias: &[f32]| {
        let mut t = trans.to_vec();
        for (c, &b) in bias.iter().enumerate() {
            add_bias(&mut t, c, b);
        }
        holdout_score(&model::encode(rows, &t, args.step), lex, &conll, &ww)
    };
    let mut best = score(&bias);
    eprintln!("no bias: {:.4} (CoNLL {:.4}, Worldwide {:.4}); unit {unit:.3}", best.0, best.1, best.2);
    for _round in 0..2 {
        for c in 0..model::CLASSES.len() {
            for step in [-4.0f32, -3.0, -2.0, -1.0, 1.0, 2.0, 3.0, 4.0] {
                let mut b = bias.clone();
                b[c] = bias[c] + step * unit * 0.5;
                let s = score(&b);
                if s.0 > best.0 + 1e-4 {
                    best = s;
                    bias = b;
                }
            }
            eprintln!(
                "{}: {:.3} → {:.4} (CoNLL {:.4}, Worldwide {:.4})",
                model::CLASSES[c],
                bias[c],
                best.0,
                best.1,
                best.2
            );
        }
    }
    let spec: Vec<String> = bias
        .iter()
        .enumerate()
        .filter(|(_, b)| **b != 0.0)
        .map(|(c, b)| format!("{}={b:.3}", model::CLASSES[c]))
        .collect();
    println!("--bias {}", spec.join(","));
    Ok(())
}

fn train_model(
    args: &Args,
    data: &std::path::Path,
    lex: &entity::features::Lexicon,
    t0: Instant,
) -> std::io::Result<(Rows, Vec<f32>)> {
    let (conll_train, ww_train) = training_docs(args, data, lex, false)?;
    let mut train = examples(&conll_train, lex);
    // Worldwide is the more varied corpus (and the only one with FAC, PRODUCT and most NORP):
    // it can be shown more than once per epoch.
    train.extend(examples(&ww_train, lex));
    let unique = train.len();
    let tokens: usize = train.iter().map(|e| e.gold.len()).sum();
    eprintln!("{} sentences, {tokens} tokens, features in {:.1?}", train.len(), t0.elapsed());

    // Features seen fewer than min-count times are noise and bloat; leave them out.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for ex in &train[..unique] {
        for &k in &ex.features {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut index = HashMap::new();
    for (k, n) in counts {
        if n >= args.min_count {
            let row = index.len() as u32;
            index.insert(k, row);
        }
    }
    eprintln!("{} features kept (min count {})", index.len(), args.min_count);
    for _ in 1..args.worldwide_weight {
        train.extend(examples(&ww_train, lex));
    }
    let n = index.len() * N_TAGS;
    let runs = args.runs.max(1);
    let mut sum: HashMap<u32, Vec<f32>> = HashMap::new();
    let mut trans_sum = vec![0.0; (N_TAGS + 1) * N_TAGS];
    for run in 0..runs {
        let mut p = Perceptron {
            index: index.clone(),
            w: vec![0.0; n],
            u: vec![0.0; n],
            trans: vec![0.0; (N_TAGS + 1) * N_TAGS],
            trans_u: vec![0.0; (N_TAGS + 1) * N_TAGS],
            c: 1.0,
        };
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let (mut scratch, mut pred) = (Vec::new(), Vec::new());
        for epoch in 0..args.epochs {
            // Fisher-Yates with a fixed xorshift seed: the same data gives the same model.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            let mut errors = 0;
            for &i in &order {
                errors += p.train(&train[i], &mut scratch, &mut pred) as usize;
            }
            eprintln!("run {} epoch {}: {errors} sentences wrong, {:.1?}", run + 1, epoch + 1, t0.elapsed());
        }
        let (rows, trans) = p.averaged();
        for (key, w) in rows {
            let acc = sum.entry(key).or_insert_with(|| vec![0.0; N_TAGS]);
            acc.iter_mut().zip(&w).for_each(|(a, x)| *a += x / runs as f32);
        }
        trans_sum.iter_mut().zip(&trans).for_each(|(a, x)| *a += x / runs as f32);
    }
    Ok((sum.into_iter().collect(), trans_sum))
}

fn write_raw(path: &std::path::Path, rows: &Rows, trans: &[f32]) -> std::io::Result<()> {
    let mut out = Vec::new();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    for (k, w) in rows {
        out.extend_from_slice(&k.to_le_bytes());
        w.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
    }
    trans.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
    std::fs::write(path, out)
}

fn read_raw(path: &std::path::Path) -> std::io::Result<(Rows, Vec<f32>)> {
    let b = std::fs::read(path)?;
    let word = |i: usize| [b[i], b[i + 1], b[i + 2], b[i + 3]];
    let n = u32::from_le_bytes(word(0)) as usize;
    let mut at = 4;
    let mut rows = Vec::with_capacity(n);
    for _ in 0..n {
        let k = u32::from_le_bytes(word(at));
        let w = (0..N_TAGS).map(|t| f32::from_le_bytes(word(at + 4 + 4 * t))).collect();
        rows.push((k, w));
        at += 4 + 4 * N_TAGS;
    }
    let trans = (0..(N_TAGS + 1) * N_TAGS).map(|t| f32::from_le_bytes(word(at + 4 * t))).collect();
    Ok((rows, trans))
}

fn main() -> std::io::Result<()> {
    let args = parse_args();
    let data = shared_data();
    let lex = if args.clusters.is_some() || args.gazetteer.is_some() {
        let repo_data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        let gazetteer = args.gazetteer.clone().unwrap_or_else(|| repo_data.join("gazetteer.tsv"));
        let clusters = args.clusters.clone().unwrap_or_else(|| repo_data.join("clusters.tsv"));
        entity::features::Lexicon::new(
            &std::fs::read_to_string(gazetteer)?,
            &std::fs::read_to_string(clusters)?,
        )
    } else {
        entity::embedded_lexicon()
    };
    let t0 = Instant::now();
    let (rows, trans) = match (&args.raw, args.from_raw) {
        (Some(path), true) => read_raw(path)?,
        _ => {
            let (rows, trans) = train_model(&args, &data, &lex, t0)?;
            if let Some(path) = &args.raw {
                write_raw(path, &rows, &trans)?;
            }
            (rows, trans)
        }
    };
    let mut rows = rows;
    if args.prune > 0.0 {
        rows.retain(|(_, w)| w.iter().any(|x| x.abs() >= args.prune));
    }
    // The download is what limits the model: keep the features that weigh most.
    if rows.len() > args.keep {
        let l1 = |w: &[f32]| w.iter().map(|x| x.abs()).sum::<f32>();
        rows.sort_by(|a, b| l1(&b.1).total_cmp(&l1(&a.1)).then(a.0.cmp(&b.0)));
        rows.truncate(args.keep);
    }
    if args.holdout > 0 && args.holdout_model {
        let bytes = model::encode(&rows, &trans, args.step);
        std::fs::write(&args.out, &bytes)?;
        let recognizer = Recognizer::from_bytes(&bytes, lex.clone()).expect("a model just encoded");
        let (conll, ww) = training_docs(&args, &data, &lex, true)?;
        let c = ner_common::score_recognizer(&recognizer, &conll, &ner_common::NAMES);
        c.print("CoNLL train, held-out documents");
        let w = ner_common::score_recognizer(&recognizer, &ww, &ner_common::WORLDWIDE_CLASSES);
        w.print("Worldwide train, held-out documents");
        if let Ok(path) = std::env::var("NER_PREDICTIONS") {
            let lines: Vec<String> = ww
                .iter()
                .map(|doc| {
                    let mentions = recognizer.recognize(&doc.text, &doc.layout, &doc.seg);
                    ner_common::prediction_line(doc, &ner_common::scored_mentions(doc, &mentions))
                })
                .collect();
            std::fs::write(path, lines.concat())?;
        }
        return Ok(());
    }
    if args.holdout > 0 {
        return choose_biases(&args, &rows, &trans, &lex);
    }
    let mut trans = trans;
    for &(class, b) in &args.bias {
        add_bias(&mut trans, class, b);
    }
    let bytes = model::encode(&rows, &trans, args.step);
    std::fs::write(&args.out, &bytes)?;
    let recognizer = Recognizer::from_bytes(&bytes, lex.clone()).expect("the model just written reads back");
    eprintln!("wrote {} ({} bytes, {} features)", args.out.display(), bytes.len(), rows.len());
    if args.eval {
        let conll_valid =
            ner_common::conll_docs(&corpora::read_conll(&data.join("conll2003/valid.txt"))?, &lex);
        let ww_dev = ner_common::worldwide_docs(&corpora::read_worldwide(&data.join("worldwide/dev"))?);
        let conll = ner_common::score_recognizer(&recognizer, &conll_valid, &ner_common::NAMES);
        conll.print("CoNLL-2003 valid (recognizer on space-joined gold tokens)");
        let ww = ner_common::score_recognizer(&recognizer, &ww_dev, &ner_common::WORLDWIDE_CLASSES);
        ww.print("Worldwide dev (stages 1-3 on the raw text)");
    }
    let _: &Scores;
    Ok(())
}
