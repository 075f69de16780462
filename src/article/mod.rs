//! Stage 1: the article's structure. Splits the pasted text into blocks (headline, dateline,
//! paragraphs, captions, boilerplate…), finds the document date and web debris glued into words.

use crate::annotation::{Block, BlockKind};
use crate::date::Date;
use crate::span::Span;

/// What stage 1 found; later stages read it.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Blocks in text order, not overlapping; text outside every block is white space.
    pub blocks: Vec<Block>,
    pub document_date: Option<Date>,
    /// Pieces of web debris inside blocks ("External link" in "reportedExternal link that"),
    /// which later stages skip as if they were white space.
    pub debris: Vec<Span>,
}

/// Reads the structure of `text`.
pub fn read(text: &str) -> Layout {
    let mut layout = Layout::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if span.is_empty() {
            continue;
        }
        let line_text = &text[span];
        let kind = if layout.blocks.is_empty() && looks_like_headline(line_text) {
            BlockKind::Headline
        } else {
            BlockKind::Paragraph
        };
        layout.blocks.push(Block { kind, span });
    }
    layout.document_date = find_date_line(text);
    layout
}

fn looks_like_headline(line: &str) -> bool {
    line.len() < 160 && !line.ends_with(['.', '!', '?', ':', '"', '”'])
}

/// "date 2022-09-22" at the start of the text.
fn find_date_line(text: &str) -> Option<Date> {
    let rest = text.trim_start().strip_prefix("date")?.trim_start();
    Date::parse_iso(rest.get(..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_paragraphs_and_the_date_line() {
        let text = "date 2022-09-22 Héadline € here\n\nFirst paragraph.\n\nSecond 😀 one.\n";
        let layout = read(text);
        assert_eq!(layout.document_date, Date::new(2022, 9, 22));
        let kinds: Vec<_> = layout.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Headline, BlockKind::Paragraph, BlockKind::Paragraph]);
        assert_eq!(&text[layout.blocks[2].span], "Second 😀 one.");
    }
}
