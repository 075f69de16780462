//! `annotate`: the native command.
//!
//! ```text
//! annotate FILE            print the JSON annotation of one article (FILE may be `-` for stdin)
//! annotate --jsonl         read lines {"id": ..., "text": ...} from stdin, write one line
//!                          {"id": ..., <annotation>} per input line, streaming
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use article_annotator::{Annotator, JsonAnnotation};
use serde::{Deserialize, Serialize};

const USAGE: &str =
    "usage: annotate [--pretty] FILE|-\n       annotate --jsonl < articles.jsonl > annotations.jsonl";

#[derive(Deserialize)]
struct InputLine {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    annotation: JsonAnnotation,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: String,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pretty = args.iter().any(|a| a == "--pretty");
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--") || *a == "-").collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if let Some(unknown) =
        args.iter().find(|a| a.starts_with("--") && !matches!(a.as_str(), "--pretty" | "--jsonl"))
    {
        eprintln!("annotate: unknown option {unknown}\n{USAGE}");
        return ExitCode::from(2);
    }
    let result = if jsonl {
        if !paths.is_empty() {
            eprintln!("annotate: --jsonl reads standard input and takes no FILE\n{USAGE}");
            return ExitCode::from(2);
        }
        annotate_jsonl(io::stdin().lock(), &mut BufWriter::new(io::stdout().lock()))
    } else {
        match paths.as_slice() {
            [path] => annotate_file(path, pretty),
            _ => {
                eprintln!("annotate: give one FILE (or - for standard input), or --jsonl\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("annotate: {failed} input line(s) could not be annotated (see the errors above)");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

fn annotate_file(path: &str, pretty: bool) -> io::Result<usize> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{path}: not UTF-8 text ({e})")))?;
    let annotation = Annotator::new().annotate(&text);
    let json = JsonAnnotation::new(&text, &annotation);
    let mut out = io::stdout().lock();
    if pretty {
        serde_json::to_writer_pretty(&mut out, &json)?;
    } else {
        serde_json::to_writer(&mut out, &json)?;
    }
    writeln!(out)?;
    Ok(0)
}

/// Streams JSON lines; a bad line gets an error record (and a message on stderr) and the rest
/// still runs. Returns how many lines failed.
fn annotate_jsonl(input: impl BufRead, out: &mut impl Write) -> io::Result<usize> {
    let annotator = Annotator::new();
    let mut failed = 0;
    for (index, line) in input.split(b'\n').enumerate() {
        let number = index + 1;
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<InputLine>(&line) {
            Ok(input) => {
                let annotation = annotator.annotate(&input.text);
                let json = JsonAnnotation::new(&input.text, &annotation);
                serde_json::to_writer(&mut *out, &OutputLine { id: &input.id, annotation: json })?;
            }
            Err(e) => {
                failed += 1;
                let id = serde_json::from_slice::<serde_json::Value>(&line).ok();
                let id = id.as_ref().and_then(|v| v.get("id"));
                let error = format!("line {number}: expected {{\"id\": ..., \"text\": \"...\"}}: {e}");
                eprintln!("annotate: {error}");
                serde_json::to_writer(&mut *out, &ErrorLine { id, line: number, error })?;
            }
        }
        writeln!(out)?;
        out.flush()?;
    }
    Ok(failed)
}
