//! Stage 1: the article's structure. Splits the pasted text into blocks (headline, dateline,
//! byline, captions and credits, headings, paragraphs, boilerplate), finds the document date and
//! web debris glued into words.
//!
//! The text arrives as copied from a web page: one block per line, except that a line may hold
//! several ("date 2022-09-22 A photo of … in New York. Twitter" is a date line, a caption and a
//! credit), and a hard-wrapped paragraph spans several lines. Each line is read left to right:
//! a leading dateline, then the line's kind from its own words and its neighbours, then a
//! trailing photo credit.

mod dateline;
mod debris;
mod kinds;

use crate::annotation::{Block, BlockKind};
use crate::date::Date;
use crate::span::Span;

use dateline::WrittenDate;

/// What stage 1 found; later stages read it.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Blocks in text order, not overlapping; every byte outside all blocks is white space.
    pub blocks: Vec<Block>,
    pub document_date: Option<Date>,
    /// Pieces of web debris inside blocks ("External link" in "reportedExternal link that"),
    /// in text order, which later stages skip as if they were white space.
    pub debris: Vec<Span>,
}

impl Layout {
    /// The debris spans that lie inside `span`.
    pub fn debris_in(&self, span: Span) -> &[Span] {
        let first = self.debris.partition_point(|d| d.end <= span.start);
        let end = first + self.debris[first..].partition_point(|d| d.start < span.end);
        &self.debris[first..end]
    }
}

/// Reads the structure of `text`.
pub fn read(text: &str) -> Layout {
    let mut reader =
        Reader { text, layout: Layout::default(), dates: Vec::new(), teasers: false, caption_next: false };
    let lines = lines(text);
    for (i, &line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map(|&s| &text[s]);
        reader.line(line, next);
    }
    let mut layout = reader.layout;
    layout.document_date = document_date(text, &reader.dates);
    for block in &layout.blocks {
        if matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::Caption | BlockKind::Heading | BlockKind::Headline
        ) {
            debris::find(text, block.span, &mut layout.debris);
        }
    }
    layout
}

/// The non-blank lines of `text`, trimmed, with a hard-wrapped paragraph joined into one: a line
/// that stops mid-sentence and a next line that goes on in lower case.
fn lines(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut offset = 0;
    let mut blank_before = false;
    for raw in text.split_inclusive(['\n', '\u{2029}', '\u{2028}', '\r']) {
        let span = Span::new(offset, offset + raw.len()).trim(text);
        offset += raw.len();
        if span.is_empty() {
            blank_before |= raw.contains(['\n', '\u{2029}']) || raw.ends_with('\r');
            continue;
        }
        let line = &text[span];
        let continues = !blank_before
            && lines.last().is_some_and(|prev| {
                let prev = &text[*prev];
                prev.len() >= 40
                    && !prev.ends_with(['.', '!', '?', ':', '”', '"', ')'])
                    && line.starts_with(char::is_lowercase)
            });
        match lines.last_mut() {
            Some(prev) if continues => prev.end = span.end,
            _ => lines.push(span),
        }
        blank_before = false;
    }
    lines
}

struct Reader<'t> {
    text: &'t str,
    layout: Layout,
    /// Dates from datelines, date lines and bylines, in text order.
    dates: Vec<WrittenDate>,
    /// Inside a list of teasers for other articles (after "Related", "Read more") or of
    /// contact details.
    teasers: bool,
    /// The previous line was a caption's label ("Image caption,").
    caption_next: bool,
}

impl Reader<'_> {
    fn push(&mut self, kind: BlockKind, span: Span) {
        let span = span.trim(self.text);
        if !span.is_empty() {
            self.layout.blocks.push(Block { kind, span });
        }
    }

    fn seen(&self, kind: BlockKind) -> bool {
        self.layout.blocks.iter().any(|b| b.kind == kind)
    }

    fn previous_kind(&self) -> Option<BlockKind> {
        self.layout.blocks.last().map(|b| b.kind)
    }

    fn line(&mut self, span: Span, next: Option<&str>) {
        let text = self.text;
        let mut rest = span;
        // A leading date line or wire dateline is a block of its own.
        if let Some((date, len, labelled)) = dateline::date_line(&text[rest]) {
            let after = text[rest.start + len..rest.end].trim_start_matches([' ', '|', '-', '–', '—', ',']);
            // Unlabelled, a date opens a line of the article's header only when it is complete
            // ("Thursday, May 7, 2015 On Tuesday, …"); elsewhere it may open a sentence.
            let header =
                self.layout.blocks.len() < 3 && date.year.is_some() && after.starts_with(char::is_uppercase);
            if labelled || after.is_empty() || header {
                self.dates.push(date);
                self.push(BlockKind::Dateline, Span::new(rest.start, rest.start + len));
                rest = Span::new(rest.start + len, rest.end).trim(text);
            }
        } else if self.paragraphs() < 3 {
            if let Some((date, len)) = dateline::wire_dateline(&text[rest], self.paragraphs() == 0) {
                self.dates.extend(date);
                self.push(BlockKind::Dateline, Span::new(rest.start, rest.start + len));
                rest = Span::new(rest.start + len, rest.end).trim(text);
            }
        }
        if rest.is_empty() {
            return;
        }
        let line = &text[rest];
        let kind = self.kind(line, next);
        if kind != BlockKind::Boilerplate {
            self.teasers = false;
        }
        match kind {
            BlockKind::Caption => match kinds::trailing_credit(line, true) {
                Some(at) => {
                    self.push(BlockKind::Caption, Span::new(rest.start, rest.start + at));
                    self.push(BlockKind::Credit, Span::new(rest.start + at, rest.end));
                }
                None => self.push(BlockKind::Caption, rest),
            },
            BlockKind::Byline => {
                self.dates.extend(dates_in(line));
                self.push(kind, rest);
            }
            _ => self.push(kind, rest),
        }
    }

    fn paragraphs(&self) -> usize {
        self.layout.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count()
    }

    fn kind(&mut self, line: &str, next: Option<&str>) -> BlockKind {
        if std::mem::take(&mut self.caption_next) {
            return BlockKind::Caption;
        }
        if kinds::is_caption_label(line) {
            self.caption_next = true;
            return BlockKind::Caption;
        }
        if dateline::is_date_label(line) && next.is_some_and(|n| dateline::date_line(n).is_some()) {
            return BlockKind::Dateline;
        }
        if kinds::is_boilerplate(line) {
            self.teasers |= kinds::is_teaser_lead(line);
            return BlockKind::Boilerplate;
        }
        if self.teasers && kinds::is_title_like(line, 20) {
            return BlockKind::Boilerplate;
        }
        if kinds::is_time_stamp(line) {
            return BlockKind::Dateline;
        }
        if kinds::is_byline(line) {
            return BlockKind::Byline;
        }
        if kinds::is_explicit_credit(line)
            || (self.previous_kind() == Some(BlockKind::Caption) && kinds::is_name_credit(line))
        {
            return BlockKind::Credit;
        }
        // "A photo of …" also opens running text ("A photo of the two men was circulated …. Blick
        // reported …"); a caption is one sentence, perhaps with a credit.
        let caption_start = kinds::starts_like_caption(line)
            && (kinds::rough_sentence_count(line) == 1 || kinds::trailing_credit(line, true).is_some());
        if caption_start
            || (line.split_whitespace().take(61).count() <= 60
                && kinds::trailing_credit(line, false).is_some_and(|at| kinds::is_photo_credit(&line[at..])))
        {
            return BlockKind::Caption;
        }
        let body_seen = self.seen(BlockKind::Headline) || self.seen(BlockKind::Paragraph);
        if !body_seen
            && kinds::is_title_like(line, 20)
            && !line.ends_with(':')
            && kinds::rough_sentence_count(line) == 1
        {
            return BlockKind::Headline;
        }
        if body_seen && next.is_some() && kinds::is_heading_like(line) {
            return BlockKind::Heading;
        }
        BlockKind::Paragraph
    }
}

/// Dates written anywhere in a short line ("By Jane Doe | March 3, 2023").
fn dates_in(line: &str) -> Option<WrittenDate> {
    line.char_indices()
        .filter(|&(i, _)| i == 0 || line[..i].ends_with(' '))
        .find_map(|(i, _)| dateline::date_at_start(&line[i..]))
        .map(|(d, _)| d)
}

/// The first dateline date that is complete; a wire dateline without its year ("March 3")
/// takes the year of another date line or of the copyright notice.
fn document_date(text: &str, dates: &[WrittenDate]) -> Option<Date> {
    let first = *dates.first()?;
    if let Some(date) = first.date() {
        return Some(date);
    }
    let year = dates.iter().find_map(|d| d.year).or_else(|| copyright_year(text))?;
    first.with_year(year)
}

fn copyright_year(text: &str) -> Option<i32> {
    let at = text.find("©").or_else(|| text.find("Copyright"))?;
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .take(3)
        .filter_map(|d| d.parse().ok())
        .find(|y| (1900..=2100).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(&'static str, &str)> {
        read(text).blocks.iter().map(|b| (b.kind.name(), &text[b.span])).collect()
    }

    #[test]
    fn reads_a_date_line_caption_and_credit_on_one_line() {
        let text = " date 2022-09-22 A photo of Zoë (right) and 😀 in New York. Twitter\n\nZoë met “them”.\n";
        let layout = read(text);
        assert_eq!(layout.document_date, Date::new(2022, 9, 22));
        assert_eq!(
            blocks(text),
            [
                ("dateline", "date 2022-09-22"),
                ("caption", "A photo of Zoë (right) and 😀 in New York."),
                ("credit", "Twitter"),
                ("paragraph", "Zoë met “them”."),
            ]
        );
    }

    #[test]
    fn wire_dateline_takes_its_year_from_the_copyright() {
        let text = "Prices € rise\n\nGENEVA, March 3 (Reuters) - Prices rose 😀.\n\n© 2023 Reuters\n";
        let layout = read(text);
        assert_eq!(layout.document_date, Date::new(2023, 3, 3));
        assert_eq!(
            blocks(text),
            [
                ("headline", "Prices € rise"),
                ("dateline", "GENEVA, March 3 (Reuters) -"),
                ("paragraph", "Prices rose 😀."),
                ("boilerplate", "© 2023 Reuters"),
            ]
        );
    }

    #[test]
    fn joins_hard_wrapped_lines_and_finds_debris() {
        let text =
            "Zoë said the € price rose sharply in the second\nquarter. Blick reportedExternal link that.\n";
        let layout = read(text);
        assert_eq!(blocks(text).len(), 1);
        let debris: Vec<&str> = layout.debris.iter().map(|d| &text[*d]).collect();
        assert_eq!(debris, ["External link"]);
        assert_eq!(layout.debris_in(layout.blocks[0].span).len(), 1);
    }
}
