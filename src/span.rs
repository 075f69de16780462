//! Half-open byte ranges into the original text.

use std::ops::{Index, Range};

/// A half-open range `[start, end)` of UTF-8 byte offsets into the text that was annotated.
///
/// Inside the crate every offset is a byte offset on a `char` boundary; the conversion to the
/// UTF-16 code units that JavaScript uses happens once, in [`crate::Utf16Offsets`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` must not be before `start`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The same span without leading and trailing white space.
    pub fn trim(self, text: &str) -> Span {
        let s = &text[self.range()];
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_str_on_char_boundaries() {
        let text = "Prix: 5 € — 😀 ok";
        let euro = text.find('€').unwrap();
        let span = Span::new(euro, euro + '€'.len_utf8());
        assert_eq!(&text[span], "€");
    }

    #[test]
    fn trim_keeps_offsets_in_the_original_text() {
        let text = "  «Genève»  ";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[span], "«Genève»");
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert!(a.contains(Span::new(1, 5)));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(0, 9));
    }
}
