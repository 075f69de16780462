//! Web debris glued into the running text when a page is copied: link labels ("reportedExternal
//! link that"), advertisement markers, "[email protected]" left by e-mail obfuscation.

use crate::span::Span;

/// A phrase that a page inserts into the text, and whether it is debris even with spaces around
/// it (an unusual capitalization mid-sentence) or only when glued to a neighbouring word.
struct Phrase {
    text: &'static str,
    with_spaces: bool,
}

const PHRASES: &[Phrase] = &[
    Phrase { text: "External link", with_spaces: true },
    Phrase { text: "external link", with_spaces: false },
    Phrase { text: "(external link)", with_spaces: true },
    Phrase { text: "(opens in new tab)", with_spaces: true },
    Phrase { text: "(opens in a new tab)", with_spaces: true },
    Phrase { text: "(opens in new window)", with_spaces: true },
    Phrase { text: "Opens in new window", with_spaces: true },
    Phrase { text: "Opens in a new window", with_spaces: true },
    Phrase { text: "opens in new window", with_spaces: false },
    Phrase { text: "Link opens in new tab", with_spaces: true },
    Phrase { text: "Skip Advertisement", with_spaces: true },
    Phrase { text: "ADVERTISEMENT", with_spaces: true },
    Phrase { text: "Advertisement", with_spaces: false },
    Phrase { text: "Story continues below advertisement", with_spaces: true },
    Phrase { text: "Article continues below advertisement", with_spaces: true },
    Phrase { text: "Article continues below", with_spaces: true },
    Phrase { text: "Continue reading the main story", with_spaces: true },
    Phrase { text: "Scroll to continue with content", with_spaces: true },
    Phrase { text: "[email protected]", with_spaces: true },
    Phrase { text: "Read more", with_spaces: false },
    Phrase { text: "Share this article", with_spaces: false },
];

const _: () = assert!(PHRASES.len() <= 32, "FIRST_BYTE holds a bit per phrase");

/// For each byte, the phrases (bit i = `PHRASES[i]`) that begin with it.
const FIRST_BYTE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < PHRASES.len() {
        table[PHRASES[i].text.as_bytes()[0] as usize] |= 1 << i;
        i += 1;
    }
    table
};

/// Finds debris inside `span` (a block) and appends it to `out` in text order.
pub fn find(text: &str, span: Span, out: &mut Vec<Span>) {
    let block = &text[span];
    let bytes = block.as_bytes();
    let first = out.len();
    // One pass over the block, comparing the phrases that begin with the byte at hand (all
    // phrases are ASCII), instead of one search per phrase.
    for (at, &b) in bytes.iter().enumerate() {
        let mut candidates = FIRST_BYTE[b as usize];
        while candidates != 0 {
            let phrase = &PHRASES[candidates.trailing_zeros() as usize];
            candidates &= candidates - 1;
            let p = phrase.text.as_bytes();
            // The second byte rules out nearly every candidate before a full comparison.
            if bytes.get(at + 1) != Some(&p[1]) || !bytes[at..].starts_with(p) {
                continue;
            }
            let from = at + phrase.text.len();
            let before = block[..at].chars().next_back();
            let after = block[from..].chars().next();
            // A phrase that *is* the block is a boilerplate line, classified elsewhere.
            if before.is_none() && after.is_none() {
                continue;
            }
            let glued_before = before.is_some_and(|c| c.is_alphanumeric() || ".,;:!?”’\")".contains(c));
            let glued_after = after.is_some_and(char::is_alphanumeric);
            let spaced_ok = phrase.with_spaces
                && before.is_none_or(char::is_whitespace)
                && after.is_none_or(|c| c.is_whitespace() || ".,;:".contains(c));
            // "External" opening a sentence is a word, not a link label.
            let sentence_start = block[..at].trim_end().ends_with(['.', '!', '?']) || at == 0;
            if glued_before
                || glued_after
                || (spaced_ok && !(sentence_start && phrase.text == "External link"))
            {
                let found = Span::new(span.start + at, span.start + from);
                if !out[first..].iter().any(|d| d.overlaps(found)) {
                    out.push(found);
                }
            }
        }
    }
    out[first..].sort();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_glued_and_marked_debris() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("glued link", "Blick reportedExternal link that €5 was paid.", &["External link"]),
            ("spaced link", "The paper reported External link that 😀 was fine.", &["External link"]),
            ("glued ad", "He left.Advertisement The “talks” went on.", &["Advertisement"]),
            ("ad as a word", "An Advertisement for € deals ran.", &[]),
            ("link as words", "An external link to the “report” was shared.", &[]),
            ("obfuscated mail", "Write to [email protected] for a € quote.", &["[email protected]"]),
        ];
        for (name, text, want) in cases {
            let mut out = Vec::new();
            find(text, Span::new(0, text.len()), &mut out);
            let got: Vec<&str> = out.iter().map(|s| &text[*s]).collect();
            assert_eq!(got, *want, "{name}");
        }
    }
}
