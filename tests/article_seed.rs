//! The seed article (swissinfo.ch, 22 September 2022), read from the shared folder beside the
//! repository (or beside `$ANNOTATOR_DATA`) and never committed. The test skips with a note
//! when the file is absent.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_annotator::{Annotator, BlockKind, Date};

#[test]
fn seed_article_structure() {
    // Beside the repository; from a git worktree elsewhere, beside `$ANNOTATOR_DATA`.
    let name = "seeds/swissinfo-2022-09-22-cassis-lavrov.txt";
    let beside_repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(name);
    let beside_data = std::env::var_os("ANNOTATOR_DATA").map(|d| Path::new(&d).join("..").join(name));
    let read = std::fs::read_to_string(&beside_repo)
        .or_else(|e| beside_data.map_or(Err(e), std::fs::read_to_string));
    let Ok(owned) = read else {
        eprintln!("note: seed article not found at ../shared/seeds; skipping");
        return;
    };
    let text = owned.as_str();
    let annotation = Annotator::new().annotate(text);
    assert_eq!(annotation.document_date, Date::new(2022, 9, 22));

    let blocks: Vec<(BlockKind, &str)> = annotation.blocks.iter().map(|b| (b.kind, &text[b.span])).collect();
    assert_eq!(blocks[0], (BlockKind::Dateline, "date 2022-09-22"));
    assert_eq!(blocks[1].0, BlockKind::Caption);
    assert!(blocks[1].1.starts_with("A photo of") && blocks[1].1.ends_with("New York."), "{:?}", blocks[1]);
    assert_eq!(blocks[2], (BlockKind::Credit, "Twitter"));
    let headings: Vec<&str> = blocks.iter().filter(|b| b.0 == BlockKind::Heading).map(|b| b.1).collect();
    assert_eq!(headings, ["Reaction"]);
    let paragraphs = blocks.iter().filter(|b| b.0 == BlockKind::Paragraph).count();
    assert_eq!(paragraphs, 7);

    // The debris glued into "reportedExternal link that" neither ends the sentence nor
    // leaves "External" or "link" as words for the later stages.
    let sentence = annotation
        .sentences
        .iter()
        .map(|s| &text[s.span])
        .find(|s| s.contains("reportedExternal"))
        .expect("a sentence holds the debris");
    assert!(
        sentence.starts_with("Newspaper Blick") && sentence.ends_with("pictured with Lavrov."),
        "{sentence}"
    );
    assert!(annotation.mentions.iter().all(|m| !text[m.span].contains("External")));
}
