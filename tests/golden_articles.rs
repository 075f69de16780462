//! Whole-article golden tests: every article in tests/golden/articles/*.txt is annotated and
//! rendered as readable text (each span with the text it covers) and compared with its
//! `.golden` file, so a change in behaviour shows up as a diff that reads like prose.
//!
//! After an intended change: `UPDATE_GOLDEN=1 cargo test --test golden_articles`, then read
//! the diff (`git diff tests/golden`) before committing it.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::path::Path;

use article_annotator::{Annotation, Annotator};

fn render(text: &str, a: &Annotation) -> String {
    let mut out = String::new();
    let quoted = |span: article_annotator::Span| format!("{:?}", &text[span]);
    writeln!(out, "document_date: {}", a.document_date.map_or("none".to_string(), |d| d.to_string()))
        .unwrap();
    writeln!(out, "\n# blocks").unwrap();
    for b in &a.blocks {
        writeln!(out, "{:<11} {}", b.kind.name(), quoted(b.span)).unwrap();
    }
    writeln!(out, "\n# sentences").unwrap();
    for s in &a.sentences {
        writeln!(out, "{}", quoted(s.span)).unwrap();
    }
    writeln!(out, "\n# mentions").unwrap();
    for m in &a.mentions {
        let entity = m.entity.map_or(String::new(), |e| format!(" -> {}", a.entities[e].name));
        let value = m.value.as_ref().map_or(String::new(), |v| format!(" = {v}"));
        writeln!(out, "{:<11} {}{entity}{value}", m.label.name(), quoted(m.span)).unwrap();
    }
    writeln!(out, "\n# entities (by salience)").unwrap();
    let mut entities: Vec<_> = a.entities.iter().collect();
    entities.sort_by(|x, y| y.salience.total_cmp(&x.salience).then(x.name.cmp(&y.name)));
    for e in entities {
        let roles = if e.roles.is_empty() { String::new() } else { format!(" roles={:?}", e.roles) };
        writeln!(
            out,
            "{:<11} {:?} x{} salience={:.2}{roles}",
            e.label.name(),
            e.name,
            e.mentions.len(),
            e.salience
        )
        .unwrap();
    }
    writeln!(out, "\n# quotes").unwrap();
    for q in &a.quotes {
        let content: Vec<String> = q.content.iter().map(|&c| quoted(c)).collect();
        writeln!(out, "{:?} {}", q.kind, content.join(" + ")).unwrap();
        if let Some(cue) = q.cue {
            writeln!(out, "    cue     {}", quoted(cue)).unwrap();
        }
        if let Some(speaker) = q.speaker {
            let entity = q.speaker_entity.map_or(String::new(), |e| format!(" -> {}", a.entities[e].name));
            writeln!(out, "    speaker {}{entity}", quoted(speaker)).unwrap();
        }
    }
    out
}

#[test]
fn articles_match_their_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/articles");
    let annotator = Annotator::new();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).unwrap();
        let actual = render(&text, &annotator.annotate(&text));
        let golden = path.with_extension("golden");
        if update {
            std::fs::write(&golden, &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(&golden)
                .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", golden.display()));
            if expected != actual {
                let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
                let line = first.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
                failures.push(format!(
                    "{}: differs from line {}:\n  expected: {}\n  actual:   {}",
                    golden.display(),
                    line + 1,
                    expected.lines().nth(line).unwrap_or("<end>"),
                    actual.lines().nth(line).unwrap_or("<end>")
                ));
            }
        }
        checked += 1;
    }
    assert!(checked >= 1, "no golden articles found in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
