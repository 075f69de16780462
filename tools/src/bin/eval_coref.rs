//! Measures how well linking groups named mentions, on the GUM news articles
//! (`gum-news/dep/*.conllu` in the shared data: Wikinews, CC BY 2.5 text, CC BY 4.0 annotation).
//!
//! For each article it rebuilds the text from the `# text =` lines (sentences joined by a space,
//! paragraphs by a blank line), runs the annotator, and aligns our name mentions to GUM's named
//! mentions (a mention whose head is a proper noun): ours must
//! lie inside GUM's span and cover its head word. Among the mentions both found, every pair is a
//! "same entity" decision; it prints pairwise precision and recall of those decisions against
//! GUM's coreference chains, per split (GUM's train / dev / test).
//!
//! ```text
//! eval_coref [--gold-mentions] [--errors] [--split train|dev|test]
//! ```
//! `--gold-mentions` links GUM's own named mentions instead of the recognizer's (measures the
//! linker alone); `--errors` prints each wrong decision. `--pronouns` instead measures how a
//! "he" or "she" outside quotations would be resolved as a quote's speaker: each such GUM pronoun
//! whose chain has a named mention we found before it is handed to linking as a speaker, one at
//! a time, and counts as right when its entity holds a mention of the pronoun's chain.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use annotator_tools::shared_data;
use article_annotator::entity::Recognizer;
use article_annotator::{article, link, quote, segment, Annotator, Label, Mention, Quote, QuoteKind, Span};

const DEV: &[&str] = &["GUM_news_homeopathic", "GUM_news_iodine"];
const TEST: &[&str] = &["GUM_news_nasa", "GUM_news_sensitive"];

/// One GUM token located in the rebuilt text.
struct Token {
    span: Span,
    upos: String,
    /// Index of the head token in the document (None for the root).
    head: Option<usize>,
}

/// A GUM mention: tokens `start..end` (document token indices) of entity `group`.
struct GoldMention {
    start: usize,
    end: usize,
    group: String,
    etype: String,
}

struct Doc {
    name: String,
    /// GUM's salient entities: group → how many of the five summaries mention it.
    salient: Vec<(String, u32)>,
    text: String,
    tokens: Vec<Token>,
    mentions: Vec<GoldMention>,
}

fn read_doc(path: &Path) -> std::io::Result<Doc> {
    let conllu = fs::read_to_string(path)?;
    let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let mut text = String::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut mentions: Vec<GoldMention> = Vec::new();
    let mut open: Vec<(String, usize, String)> = Vec::new();
    let mut new_paragraph = false;
    let mut salient = Vec::new();
    let mut cursor = 0;
    let mut sentence_first_token = 0;
    for line in conllu.lines() {
        if let Some(list) = line.strip_prefix("# meta::salientEntities = ") {
            // "1 (5*), 10 (5*), 2 (4)"
            for item in list.split(", ") {
                let (group, score) = item.split_once(" (").unwrap_or((item, "0"));
                let score = score.trim_end_matches([')', '*']).parse().unwrap_or(0);
                salient.push((group.to_string(), score));
            }
        } else if line.starts_with("# newpar") && !line.starts_with("# newpar_block") {
            new_paragraph = true;
        } else if let Some(sentence) = line.strip_prefix("# text = ") {
            if !text.is_empty() {
                text.push_str(if new_paragraph { "\n\n" } else { " " });
            }
            new_paragraph = false;
            cursor = text.len();
            text.push_str(sentence);
            sentence_first_token = tokens.len();
        } else if line.is_empty() || line.starts_with('#') {
            continue;
        } else {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 10 || fields[0].contains(['-', '.']) {
                continue;
            }
            let form = fields[1];
            let start = match text[cursor..].find(form) {
                Some(i) => cursor + i,
                None => cursor,
            };
            let end = if start == cursor && !text[cursor..].starts_with(form) {
                cursor
            } else {
                start + form.len()
            };
            cursor = end;
            let index = tokens.len();
            tokens.push(Token { span: Span::new(start, end), upos: fields[3].to_string(), head: None });
            let head_id: usize = fields[6].parse().unwrap_or(0);
            if head_id > 0 {
                tokens[index].head = Some(sentence_first_token + head_id - 1);
            }
            let misc = fields[9];
            if let Some(entity) = misc.split('|').find_map(|f| f.strip_prefix("Entity=")) {
                parse_brackets(entity, index, &mut open, &mut mentions);
            }
        }
    }
    Ok(Doc { name, salient, text, tokens, mentions })
}

/// Reads one token's `Entity=` brackets: "(12-place-new-...-Aceh", "12)", "(4-time-...)".
fn parse_brackets(
    field: &str,
    token: usize,
    open: &mut Vec<(String, usize, String)>,
    mentions: &mut Vec<GoldMention>,
) {
    let mut rest = field;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('(') {
            let stop = after.find(['(', ')']).unwrap_or(after.len());
            let descriptor = &after[..stop];
            let parts: Vec<&str> = descriptor.splitn(3, '-').collect();
            let group = parts[0].to_string();
            let etype = parts.get(1).copied().unwrap_or("").to_string();
            if after[stop..].starts_with(')') {
                mentions.push(GoldMention { start: token, end: token + 1, group, etype });
                rest = &after[stop + 1..];
            } else {
                open.push((group, token, etype));
                rest = &after[stop..];
            }
        } else {
            let stop = rest.find(')').unwrap_or(rest.len());
            let group = &rest[..stop];
            if let Some(pos) = open.iter().rposition(|(g, ..)| g == group) {
                let (group, start, etype) = open.remove(pos);
                mentions.push(GoldMention { start, end: token + 1, group, etype });
            }
            rest = rest.get(stop + 1..).unwrap_or("");
        }
    }
}

/// The head token of tokens `start..end`: the first whose head lies outside.
fn head_of(tokens: &[Token], start: usize, end: usize) -> usize {
    (start..end).find(|&t| tokens[t].head.is_none_or(|h| h < start || h >= end)).unwrap_or(start)
}

fn label_of(etype: &str) -> Option<Label> {
    Some(match etype {
        "person" => Label::PERSON,
        "place" => Label::GPE,
        "organization" => Label::ORG,
        "event" => Label::EVENT,
        "object" | "abstract" | "substance" | "animal" | "plant" => Label::PRODUCT,
        _ => return None,
    })
}

#[derive(Default, Clone, Copy)]
struct Counts {
    /// Pairs both call the same entity, pairs we call the same, pairs GUM calls the same.
    both: usize,
    ours: usize,
    gold: usize,
    gold_named: usize,
    aligned: usize,
    our_names: usize,
    /// Articles whose most salient entity (ours) is one GUM ranks highest, of those scored.
    top_hits: usize,
    top_scored: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.both += o.both;
        self.ours += o.ours;
        self.gold += o.gold;
        self.gold_named += o.gold_named;
        self.aligned += o.aligned;
        self.our_names += o.our_names;
        self.top_hits += o.top_hits;
        self.top_scored += o.top_scored;
    }
}

impl Counts {
    fn report(&self, what: &str) {
        let p = self.both as f64 / self.ours.max(1) as f64;
        let r = self.both as f64 / self.gold.max(1) as f64;
        println!(
            "{what:<8} precision {p:.3} ({}/{})  recall {r:.3} ({}/{})  aligned {}/{} gold named mentions ({} ours)",
            self.both, self.ours, self.both, self.gold, self.aligned, self.gold_named, self.our_names
        );
        println!(
            "{:<8} salience: our top entity is GUM's most salient named one in {}/{} articles",
            "", self.top_hits, self.top_scored
        );
    }
}

fn evaluate(doc: &Doc, annotator: &Annotator, gold_mentions: bool, errors: bool) -> Counts {
    let named: Vec<(&GoldMention, usize)> = doc
        .mentions
        .iter()
        .filter_map(|m| {
            let head = head_of(&doc.tokens, m.start, m.end);
            // Named: headed by a proper noun. (A Wikipedia identity alone also marks pronouns.)
            let is_named = doc.tokens[head].upos == "PROPN";
            (is_named && label_of(&m.etype).is_some()).then_some((m, head))
        })
        .collect();
    let (mentions, entities_of, salience): (Vec<Mention>, Vec<Option<usize>>, Vec<f32>) = if gold_mentions {
        link_gold(doc, &named)
    } else {
        let annotation = annotator.annotate(&doc.text);
        let entities = annotation.mentions.iter().map(|m| m.entity).collect();
        (annotation.mentions, entities, annotation.entities.iter().map(|e| e.salience).collect())
    };
    let our_names = mentions.iter().filter(|m| m.label.is_name()).count();
    let pairs: Vec<(&str, Option<usize>, usize)> =
        align(doc, &named, &mentions).into_iter().map(|(g, m)| (g, entities_of[m], m)).collect();
    let mut counts = Counts { gold_named: named.len(), aligned: pairs.len(), our_names, ..Counts::default() };
    // Salience: is our most salient aligned entity among GUM's most salient aligned groups?
    let gold_score = |group: &str| doc.salient.iter().find(|(g, _)| g == group).map_or(0, |(_, s)| *s);
    let best_gold = pairs.iter().map(|(g, ..)| gold_score(g)).max().unwrap_or(0);
    let our_top = pairs.iter().filter(|(_, e, _)| e.is_some()).max_by(|a, b| {
        let (sa, sb) = (salience[a.1.unwrap_or(0)], salience[b.1.unwrap_or(0)]);
        sa.total_cmp(&sb)
    });
    if let (Some((group, _, m)), true) = (our_top, best_gold > 0) {
        counts.top_scored = 1;
        counts.top_hits = usize::from(gold_score(group) == best_gold);
        if errors && gold_score(group) != best_gold {
            let best = pairs
                .iter()
                .find(|(g, ..)| gold_score(g) == best_gold)
                .map_or("", |p| &doc.text.as_str()[mentions[p.2].span]);
            let ours = &doc.text.as_str()[mentions[*m].span];
            println!(
                "  {} salience: our top {ours:?} (GUM score {}), GUM's top {best:?} ({best_gold})",
                doc.name,
                gold_score(group)
            );
        }
    }
    for i in 0..pairs.len() {
        for j in i + 1..pairs.len() {
            let gold_same = pairs[i].0 == pairs[j].0;
            let ours_same = pairs[i].1.is_some() && pairs[i].1 == pairs[j].1;
            counts.gold += usize::from(gold_same);
            counts.ours += usize::from(ours_same);
            counts.both += usize::from(gold_same && ours_same);
            if errors && gold_same != ours_same {
                let (ma, mb) = (&mentions[pairs[i].2], &mentions[pairs[j].2]);
                let a = format!("{}/{}", &doc.text.as_str()[ma.span], ma.label.name());
                let b = format!("{}/{}", &doc.text.as_str()[mb.span], mb.label.name());
                let kind = if ours_same { "wrongly joined" } else { "wrongly apart" };
                println!("  {} {kind}: {a:?} / {b:?}", doc.name);
            }
        }
    }
    counts
}

/// Links GUM's named mentions themselves (without a leading article or a trailing "'s").
fn link_gold(doc: &Doc, named: &[(&GoldMention, usize)]) -> (Vec<Mention>, Vec<Option<usize>>, Vec<f32>) {
    let mut mentions: Vec<Mention> = Vec::new();
    for (gm, _) in named {
        let mut start = gm.start;
        let mut end = gm.end;
        while start + 1 < end && doc.tokens[start].upos == "DET" {
            start += 1;
        }
        while end - 1 > start && doc.tokens[end - 1].upos == "PART" {
            end -= 1;
        }
        let span = doc.tokens[start].span.cover(doc.tokens[end - 1].span);
        let label = label_of(&gm.etype).unwrap_or(Label::ORG);
        mentions.push(Mention { span, label, entity: None, value: None });
    }
    // Nested named mentions ("Aceh, Indonesia") would overlap; keep the first of each overlap.
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::new();
    for m in mentions {
        if !kept.iter().any(|k| k.span.overlaps(m.span)) {
            kept.push(m);
        }
    }
    let layout = article::read(&doc.text);
    let seg = segment::segment(&doc.text, &layout);
    let mut quotes = quote::find_quotes(&doc.text, &layout, &seg, &kept);
    let linked = link::link(&doc.text, &layout, &seg, &mut kept, &mut quotes);
    let entities = kept.iter().map(|m| m.entity).collect();
    (kept, entities, linked.iter().map(|e| e.salience).collect())
}

/// Our name mentions aligned to GUM's named ones: (GUM group, our mention index). Ours must lie
/// inside GUM's span and cover its head; the smallest GUM mention wins.
fn align<'d>(
    doc: &'d Doc,
    named: &[(&'d GoldMention, usize)],
    mentions: &[Mention],
) -> Vec<(&'d str, usize)> {
    let mut taken = vec![false; named.len()];
    let mut aligned = Vec::new();
    for (m, mention) in mentions.iter().enumerate() {
        if !mention.label.is_name() {
            continue;
        }
        let best = named
            .iter()
            .enumerate()
            .filter(|(g, _)| !taken[*g])
            .filter(|(_, (gm, head))| {
                let outer = doc.tokens[gm.start].span.cover(doc.tokens[gm.end - 1].span);
                outer.contains(mention.span) && mention.span.overlaps(doc.tokens[*head].span)
            })
            .min_by_key(|(_, (gm, _))| gm.end - gm.start)
            .map(|(g, _)| g);
        if let Some(g) = best {
            taken[g] = true;
            aligned.push((named[g].0.group.as_str(), m));
        }
    }
    aligned
}

/// (right, asked) for the "he"/"she" pronouns of `doc` resolved as quote speakers.
fn evaluate_pronouns(doc: &Doc, recognizer: &Recognizer, errors: bool) -> (usize, usize) {
    let text = doc.text.as_str();
    let named: Vec<(&GoldMention, usize)> = doc
        .mentions
        .iter()
        .filter_map(|m| {
            let head = head_of(&doc.tokens, m.start, m.end);
            (doc.tokens[head].upos == "PROPN" && label_of(&m.etype).is_some()).then_some((m, head))
        })
        .collect();
    let layout = article::read(text);
    let seg = segment::segment(text, &layout);
    let mentions = recognizer.recognize(text, &layout, &seg);
    let quotes = quote::find_quotes(text, &layout, &seg, &mentions);
    let aligned = align(doc, &named, &mentions);
    let (mut right, mut asked) = (0, 0);
    for pronoun in &doc.mentions {
        let token = &doc.tokens[pronoun.start];
        let word = text[token.span].to_lowercase();
        if pronoun.end != pronoun.start + 1 || token.upos != "PRON" || !["he", "she"].contains(&word.as_str())
        {
            continue;
        }
        let at = token.span.start;
        if quotes.iter().flat_map(|q| &q.content).any(|c| c.start <= at && at < c.end) {
            continue;
        }
        let antecedent = aligned.iter().any(|(g, m)| *g == pronoun.group && mentions[*m].span.end <= at);
        if !antecedent {
            continue;
        }
        let mut ours = mentions.clone();
        let mut asking = quotes.clone();
        asking.push(Quote {
            span: token.span,
            kind: QuoteKind::Indirect,
            content: Vec::new(),
            cue: None,
            speaker: Some(token.span),
            speaker_entity: None,
        });
        let entities = link::link(text, &layout, &seg, &mut ours, &mut asking);
        let got = asking.last().and_then(|q| q.speaker_entity);
        let ok = got
            .is_some_and(|e| aligned.iter().any(|(g, m)| *g == pronoun.group && ours[*m].entity == Some(e)));
        asked += 1;
        right += usize::from(ok);
        if errors && !ok {
            let name = got.map_or("nobody", |e| entities[e].name.as_str());
            let truth = aligned
                .iter()
                .find(|(g, _)| *g == pronoun.group)
                .map_or("", |(_, m)| &text[mentions[*m].span]);
            println!("  {} {word:?} at {at}: ours {name:?}, GUM {truth:?}", doc.name);
        }
    }
    (right, asked)
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold_mentions = args.iter().any(|a| a == "--gold-mentions");
    let errors = args.iter().any(|a| a == "--errors");
    let only = args.iter().position(|a| a == "--split").and_then(|i| args.get(i + 1)).cloned();
    let dir = shared_data().join("gum-news").join("dep");
    let mut paths: Vec<_> = fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    paths.sort();
    let annotator = Annotator::new();
    let recognizer = Recognizer::new();
    let pronouns = args.iter().any(|a| a == "--pronouns");
    let mut pronoun_totals: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut totals: BTreeMap<&str, Counts> = BTreeMap::new();
    for path in paths {
        let doc = read_doc(&path)?;
        let split = if DEV.contains(&doc.name.as_str()) {
            "dev"
        } else if TEST.contains(&doc.name.as_str()) {
            "test"
        } else {
            "train"
        };
        if only.as_deref().is_some_and(|s| s != split) {
            continue;
        }
        if pronouns {
            let (right, asked) = evaluate_pronouns(&doc, &recognizer, errors);
            let total = pronoun_totals.entry(split).or_default();
            total.0 += right;
            total.1 += asked;
            continue;
        }
        let counts = evaluate(&doc, &annotator, gold_mentions, errors);
        *totals.entry(split).or_default() += counts;
    }
    if pronouns {
        println!("GUM news, he/she outside quotations resolved as speakers");
        for (split, (right, asked)) in &pronoun_totals {
            println!("{split:<8} right {:.3} ({right}/{asked})", *right as f64 / (*asked).max(1) as f64);
        }
        return Ok(());
    }
    println!("GUM news, {} mentions", if gold_mentions { "GUM's named" } else { "recognized" });
    let mut all = Counts::default();
    for (split, counts) in &totals {
        counts.report(split);
        all += *counts;
    }
    all.report("all");
    Ok(())
}
