//! Readers for the gold data in ../shared/data. Only tools read it; nothing of it is committed.

use std::fs;
use std::io;
use std::path::Path;

use article_annotator::Span;

/// One token with its gold tag (IOB2, the corpus's own type names).
#[derive(Clone, Debug)]
pub struct TaggedToken {
    pub text: String,
    pub tag: String,
}

/// A CoNLL-2003 document: sentences of tagged tokens.
#[derive(Clone, Debug, Default)]
pub struct ConllDoc {
    pub sentences: Vec<Vec<TaggedToken>>,
}

/// Reads a CoNLL-2003 file (`token POS chunk NER`, `-DOCSTART-` between documents).
pub fn read_conll(path: &Path) -> io::Result<Vec<ConllDoc>> {
    let text = fs::read_to_string(path)?;
    let mut docs: Vec<ConllDoc> = Vec::new();
    let mut sentence: Vec<TaggedToken> = Vec::new();
    let flush = |docs: &mut Vec<ConllDoc>, sentence: &mut Vec<TaggedToken>| {
        if !sentence.is_empty() {
            if docs.is_empty() {
                docs.push(ConllDoc::default());
            }
            docs.last_mut().unwrap().sentences.push(std::mem::take(sentence));
        }
    };
    for line in text.lines() {
        if line.starts_with("-DOCSTART-") {
            flush(&mut docs, &mut sentence);
            docs.push(ConllDoc::default());
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() {
            flush(&mut docs, &mut sentence);
            continue;
        }
        let tag = fields.last().copied().unwrap_or("O").to_string();
        sentence.push(TaggedToken { text: fields[0].to_string(), tag });
    }
    flush(&mut docs, &mut sentence);
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

/// A gold token of a Worldwide article, located in the raw article text.
#[derive(Clone, Debug)]
pub struct AlignedToken {
    pub span: Span,
    /// The outer (first-column) IOB2 tag: `B-Person`, `I-Location`, `O`, ...
    pub tag: String,
}

/// A Worldwide English Newswire article: the raw text (from `original/`) and its gold sentences,
/// each token located by byte span in `text`.
#[derive(Clone, Debug)]
pub struct WorldwideArticle {
    pub name: String,
    pub text: String,
    pub sentences: Vec<Vec<AlignedToken>>,
    /// Gold tokens that could not be found in the raw text (kept out of `sentences`).
    pub unaligned: usize,
}

/// Reads every article of a Worldwide split folder (`train/` or `dev/`).
pub fn read_worldwide(split_dir: &Path) -> io::Result<Vec<WorldwideArticle>> {
    let mut names: Vec<String> = fs::read_dir(split_dir.join("annotated"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut articles = Vec::new();
    for name in names {
        let raw_name = name.trim_end_matches(".tsv");
        let text = fs::read_to_string(split_dir.join("original").join(raw_name))?;
        let tsv = fs::read_to_string(split_dir.join("annotated").join(&name))?;
        articles.push(align_worldwide(raw_name.to_string(), text, &tsv));
    }
    Ok(articles)
}

fn align_worldwide(name: String, text: String, tsv: &str) -> WorldwideArticle {
    let mut sentences = Vec::new();
    let mut sentence = Vec::new();
    let mut cursor = 0;
    let mut unaligned = 0;
    // The first line of both files is the article's URL.
    let mut lines = tsv.lines();
    if let Some(url_line) = lines.next() {
        let url = url_line.split('\t').next().unwrap_or("");
        if let Some(at) = text.find(url) {
            cursor = at + url.len();
        }
    }
    for line in lines {
        let mut fields = line.split('\t');
        let token = fields.next().unwrap_or("");
        if token.is_empty() {
            if !sentence.is_empty() {
                sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let tag = fields.next().unwrap_or("O").trim().to_string();
        // Tokens appear in order; look a little ahead only, so one miss does not derail the rest.
        let window_end = floor_char_boundary(&text, (cursor + 400 + token.len()).min(text.len()));
        match text[cursor..window_end].find(token) {
            Some(offset) => {
                let start = cursor + offset;
                let span = Span::new(start, start + token.len());
                cursor = span.end;
                sentence.push(AlignedToken { span, tag });
            }
            None => unaligned += 1,
        }
    }
    if !sentence.is_empty() {
        sentences.push(sentence);
    }
    WorldwideArticle { name, text, sentences, unaligned }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Spans `(first token, end token exclusive, type)` of the entities in an IOB2 tag sequence.
pub fn iob_spans<'a>(tags: impl IntoIterator<Item = &'a str>) -> Vec<(usize, usize, String)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut n = 0;
    for (i, tag) in tags.into_iter().enumerate() {
        n = i + 1;
        let (prefix, kind) = tag.split_once('-').unwrap_or((tag, ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, k)| k == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                spans.push((start, i, k));
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, kind.to_string()));
            }
        }
    }
    if let Some((start, k)) = open {
        spans.push((start, n, k));
    }
    spans
}
