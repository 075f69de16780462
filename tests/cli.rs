//! The native command: one file, standard input, and streaming JSON lines with bad lines.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn annotate(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the annotate binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// JavaScript's `text.slice(start, end)`: UTF-16 code units.
fn js_slice(text: &str, start: &Value, end: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
    String::from_utf16(&units[start..end]).unwrap()
}

const ARTICLE: &str = "😀 Prix € 5.\n\n“We will meet again,” Ignazio Cassis said on Wednesday in Genève.\n";

#[test]
fn prints_the_json_contract_for_standard_input() {
    let out = annotate(&["-"], ARTICLE);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    for key in
        ["text_length", "document_date", "blocks", "sentences", "mentions", "entities", "quotes", "terms"]
    {
        assert!(keys.contains(&key), "missing {key} in {keys:?}");
    }
    assert_eq!(json["text_length"], ARTICLE.encode_utf16().count());
    let mentions = json["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    for m in mentions {
        assert_eq!(js_slice(ARTICLE, &m["start"], &m["end"]), m["text"].as_str().unwrap());
        assert!(m["id"].as_str().unwrap().starts_with('m'));
    }
    let quote = &json["quotes"][0];
    assert_eq!(quote["kind"], "direct");
    assert_eq!(
        js_slice(ARTICLE, &quote["content"][0]["start"], &quote["content"][0]["end"]),
        "We will meet again,"
    );
}

#[test]
fn reads_a_file_and_names_a_missing_one() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("article.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let out = annotate(&[path.to_str().unwrap()], "");
    assert!(out.status.success());
    let from_file: Value = serde_json::from_slice(&out.stdout).unwrap();
    let from_stdin: Value = serde_json::from_slice(&annotate(&["-"], ARTICLE).stdout).unwrap();
    assert_eq!(from_file, from_stdin);

    let missing = dir.join("nope.txt");
    let out = annotate(&[missing.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.txt"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn jsonl_streams_every_line_and_reports_bad_ones_by_number() {
    let input = concat!(
        r#"{"id": 1, "text": "Sergei Lavrov met Ignazio Cassis."}"#,
        "\n",
        "this is not json\n",
        r#"{"id": "b", "txt": "wrong field"}"#,
        "\n\n",
        r#"{"id": "c", "text": "😀 “Yes,” Cassis said."}"#,
        "\n"
    );
    let out = annotate(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1), "bad lines make the exit status 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["mentions"].as_array().unwrap().len() >= 2);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], "b", "the id of a line with a bad field is kept");
    assert_eq!(lines[3]["id"], "c");
    assert_eq!(lines[3]["quotes"][0]["kind"], "direct");
}

#[test]
fn rejects_unknown_options() {
    let out = annotate(&["--frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frobnicate"));
}
