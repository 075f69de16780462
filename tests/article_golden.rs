//! Golden tests for the structure stage: articles written in the styles of several kinds of
//! source, each with its expected blocks (kind and text) and the sentences of each block.
//!
//! The texts are `tests/golden/structure/<kind>.txt`; the expected output sits beside each as
//! `<kind>.blocks`. After a deliberate change, regenerate with
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test article_golden
//! ```
//!
//! and read the diff (`git diff tests/golden`) line by line before committing it.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use article_annotator::{Annotation, Annotator};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/structure")
}

/// The readable form: the document date, then one line per block ("kind | text"), and under a
/// block of several sentences one "·" line per sentence.
fn render(text: &str, annotation: &Annotation) -> String {
    let mut out = String::new();
    let date = annotation.document_date.map_or("none".to_string(), |d| d.to_string());
    out.push_str(&format!("document_date: {date}\n"));
    for block in &annotation.blocks {
        out.push_str(&format!("{:<11} | {}\n", block.kind.name(), text[block.span].replace('\n', "⏎")));
        let sentences: Vec<_> = annotation.sentences.iter().filter(|s| block.span.contains(s.span)).collect();
        if sentences.len() > 1 {
            for s in sentences {
                out.push_str(&format!("{:<11} · {}\n", "", text[s.span].replace('\n', "⏎")));
            }
        }
    }
    out
}

#[test]
fn structure_of_each_kind_of_source() {
    let annotator = Annotator::new();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut inputs: Vec<PathBuf> = fs::read_dir(golden_dir())
        .expect("tests/golden/structure exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 6, "a golden text for each of six kinds of source");
    let mut failures = Vec::new();
    for input in inputs {
        let text = fs::read_to_string(&input).unwrap();
        let got = render(&text, &annotator.annotate(&text));
        let expected_path = input.with_extension("blocks");
        if update {
            fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            let name = input.file_name().unwrap().to_string_lossy().into_owned();
            let diff: Vec<String> = expected
                .lines()
                .zip(got.lines())
                .filter(|(e, g)| e != g)
                .take(5)
                .map(|(e, g)| format!("  expected: {e}\n  got:      {g}"))
                .collect();
            failures.push(format!(
                "{name} ({} vs {} lines):\n{}",
                expected.lines().count(),
                got.lines().count(),
                diff.join("\n")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden blocks differ (UPDATE_GOLDEN=1 to regenerate, then review):\n{}",
        failures.join("\n")
    );
}
