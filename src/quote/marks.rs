//! Pairs quotation marks into quotations, in every common convention: “…” "…" ‘…’ '…' «…» „…“
//! ‚…‘ ‹…› 「…」 『…』, with nesting, and with the news convention of a quotation running over
//! several paragraphs (each re-opens the mark, only the last closes it). A mark that finds no
//! partner is stray: it never makes a quotation that runs past its paragraph.

use crate::span::Span;

/// The kind of quotation a mark opens or closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// “…”
    Curly,
    /// „…“ and „…”
    LowDouble,
    /// ‘…’
    CurlySingle,
    /// ‚…‘
    LowSingle,
    /// "…"
    Straight,
    /// '…'
    StraightSingle,
    /// \'\'…\'\' (two apostrophes for a double mark, as in some newspaper archives)
    DoubledApostrophe,
    /// «…»
    Guillemet,
    /// ‹…›
    SingleGuillemet,
    /// 「…」
    Corner,
    /// 『…』
    WhiteCorner,
}

/// A quotation at the top level (nested ones are part of its content).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    pub family: Family,
    /// The opening mark of the first paragraph.
    pub open: Span,
    /// The closing mark, absent when a quotation over several paragraphs never closes.
    pub close: Option<Span>,
    /// What lies between the marks, one piece per paragraph.
    pub pieces: Vec<Span>,
    /// Index of the first and last block (in `Layout::blocks`) the quotation covers.
    pub first_block: usize,
    pub last_block: usize,
}

impl Run {
    /// From the opening mark to the closing mark (or the end of the last piece).
    pub fn span(&self) -> Span {
        let end = self.close.map_or_else(|| self.pieces.last().map_or(self.open.end, |p| p.end), |c| c.end);
        Span::new(self.open.start, end)
    }
}

enum Role {
    Open(Family),
    Close(Family),
}

fn is_space_or_open(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '„' | ':')
    })
}

fn is_word_or_stop(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '?' | '!' | '…'))
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// What the mark `c` does here, given its neighbours and the quotations open around it.
fn role(c: char, prev: Option<char>, next: Option<char>, stack: &[(Family, Span)]) -> Option<Role> {
    let open = |f: Family| stack.iter().any(|&(g, _)| g == f);
    let top = stack.last().map(|&(f, _)| f);
    Some(match c {
        '“' if top == Some(Family::LowDouble) => Role::Close(Family::LowDouble),
        // "…“ typed with mismatched marks: a “ after a word and before a space closes.
        '“' if open(Family::Straight) && is_word_or_stop(prev) && next.is_none_or(char::is_whitespace) => {
            Role::Close(Family::Straight)
        }
        // “…“ typed with an opening mark at both ends: after a word or a stop and before a space
        // or the end, it closes.
        '“' if top == Some(Family::Curly)
            && is_word_or_stop(prev)
            && next.is_none_or(char::is_whitespace) =>
        {
            Role::Close(Family::Curly)
        }
        '“' => Role::Open(Family::Curly),
        '”' if open(Family::LowDouble) && !open(Family::Curly) => Role::Close(Family::LowDouble),
        // "…” typed with mismatched marks: a ” closes the straight quotation open around it.
        '”' if open(Family::Straight) && !open(Family::Curly) => Role::Close(Family::Straight),
        '”' => Role::Close(Family::Curly),
        '„' => Role::Open(Family::LowDouble),
        '‘' if top == Some(Family::LowSingle) => Role::Close(Family::LowSingle),
        '‘' if is_word(prev) => return None,
        '‘' => Role::Open(Family::CurlySingle),
        '’' if open(Family::CurlySingle) && !is_word(next) => Role::Close(Family::CurlySingle),
        '’' => return None,
        '‚' if is_space_or_open(prev) => Role::Open(Family::LowSingle),
        '"' if open(Family::Straight) && !prev.is_some_and(char::is_whitespace) => {
            Role::Close(Family::Straight)
        }
        '"' if open(Family::Curly) && is_word_or_stop(prev) && next.is_none_or(|n| !n.is_alphanumeric()) => {
            Role::Close(Family::Curly)
        }
        '"' if is_space_or_open(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
            Role::Open(Family::Straight)
        }
        '"' if open(Family::Straight) => Role::Close(Family::Straight),
        // A quotation glued to the end of the sentence before it: `lies."We were …`.
        '"' if stack.is_empty() && prev.is_some_and(|p| matches!(p, '.' | '?' | '!')) && is_word(next) => {
            Role::Open(Family::Straight)
        }
        '\'' if open(Family::StraightSingle) && !prev.is_some_and(char::is_whitespace) && !is_word(next) => {
            Role::Close(Family::StraightSingle)
        }
        '\'' if is_space_or_open(prev) && is_word(next) => Role::Open(Family::StraightSingle),
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(Family::Guillemet),
        '‹' => Role::Open(Family::SingleGuillemet),
        '›' => Role::Close(Family::SingleGuillemet),
        '「' => Role::Open(Family::Corner),
        '」' => Role::Close(Family::Corner),
        '『' => Role::Open(Family::WhiteCorner),
        '』' => Role::Close(Family::WhiteCorner),
        _ => return None,
    })
}

/// What two apostrophes in a row do: open or close a double quotation.
fn doubled_role(prev: Option<char>, next: Option<char>, stack: &[(Family, Span)]) -> Option<Role> {
    let open = stack.iter().any(|&(f, _)| f == Family::DoubledApostrophe);
    if open && !prev.is_some_and(char::is_whitespace) {
        Some(Role::Close(Family::DoubledApostrophe))
    } else if is_space_or_open(prev) && next.is_some_and(|n| !n.is_whitespace()) {
        Some(Role::Open(Family::DoubledApostrophe))
    } else {
        None
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '"'
            | '\''
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// A top-level quotation the scan of one paragraph closed.
struct Closed {
    family: Family,
    open: Span,
    /// Its content, more than one piece when it was re-opened after a sentence (`reopens`).
    pieces: Vec<Span>,
    close: Span,
}

/// The top-level quotation still open at the end of a paragraph.
struct Unclosed {
    family: Family,
    open: Span,
    /// Pieces ended by a re-opening mark inside the paragraph.
    pieces: Vec<Span>,
    /// Where the current piece starts.
    from: usize,
}

/// The result of scanning one paragraph.
struct Scan {
    closed: Vec<Closed>,
    open: Option<Unclosed>,
}

/// True when an opening mark at `at`, while a quotation of its kind that began as speech is
/// still open, re-opens that quotation: it follows a finished sentence of it (`…remote
/// controls. "My show is …`). That is the news convention for a quotation over several
/// paragraphs with the paragraph break lost in copying; taking the earlier mark for stray
/// would drop the first sentences of the quotation.
///
/// Only double marks re-open so; a piece holding a mark of its kind that paired with nothing
/// (`'  '' Ms. Ferriss noted`, a closing mark typed after a space) is no sentence of the
/// quotation.
fn reopens(text: &str, span: Span, (family, open): (Family, Span), from: usize, at: Span) -> bool {
    let before = &text[from..at.start];
    let unpaired = match family {
        Family::Curly => before.contains(['“', '”']),
        Family::Straight => before.contains('"'),
        Family::DoubledApostrophe => before.contains("''"),
        Family::Guillemet => before.contains(['«', '»']),
        _ => return false,
    };
    !unpaired
        && before.ends_with(char::is_whitespace)
        && before.trim_end().ends_with(['.', '?', '!'])
        && before.split_whitespace().nth(1).is_some()
        // A quotation carried in from the paragraph before opened this one.
        && (open.start < span.start || opens_speech(text, span, open))
}

/// Scans `span`, optionally starting inside a quotation `carried` over from the paragraph before.
fn scan(text: &str, span: Span, carried: Option<(Family, Span)>) -> Scan {
    let mut stack: Vec<(Family, Span)> = carried.into_iter().collect();
    let mut closed = Vec::new();
    // The top-level quotation's finished pieces, and where its current piece starts.
    let mut pieces: Vec<Span> = Vec::new();
    let mut from = span.start;
    let mut prev: Option<char> = None;
    let mut chars = text[span].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut next = chars.peek().map(|&(_, n)| n);
        if is_mark(c) {
            let mut at = Span::new(span.start + i, span.start + i + c.len_utf8());
            let mut found = role(c, prev, next, &stack);
            // `''… 'We'll bomb them,'''`: of three apostrophes closing a nested quotation, the
            // first closes the inner single one and the last two the outer double one.
            let closes_nested = stack.last().is_some_and(|&(f, _)| f == Family::StraightSingle)
                && text[span].as_bytes().get(i + 2) == Some(&b'\'');
            if c == '\'' && next == Some('\'') && !closes_nested {
                chars.next();
                at.end += 1;
                next = chars.peek().map(|&(_, n)| n);
                found = doubled_role(prev, next, &stack);
            }
            match found {
                Some(Role::Open(family)) => {
                    let again = stack.iter().position(|&(f, _)| f == family);
                    if again == Some(0) && reopens(text, span, stack[0], from, at) {
                        pieces.push(Span::new(from, text[..at.start].trim_end().len()));
                        stack.truncate(1);
                        from = at.end;
                    } else {
                        // The same kind opened again before closing: the earlier mark was stray.
                        if let Some(k) = again {
                            stack.truncate(k);
                        }
                        if stack.is_empty() {
                            pieces.clear();
                            from = at.end;
                        }
                        stack.push((family, at));
                    }
                }
                Some(Role::Close(family)) => {
                    if let Some(k) = stack.iter().rposition(|&(f, _)| f == family) {
                        if k == 0 {
                            let (family, open) = stack[0];
                            pieces.push(Span::new(from, at.start));
                            closed.push(Closed {
                                family,
                                open,
                                pieces: std::mem::take(&mut pieces),
                                close: at,
                            });
                        }
                        stack.truncate(k);
                    }
                }
                None => {}
            }
        }
        prev = Some(c);
    }
    let open = stack.first().map(|&(family, open)| Unclosed { family, open, pieces, from });
    Scan { closed, open }
}

/// The family a paragraph's first mark opens, if the paragraph starts with one.
fn opens_with(text: &str, span: Span) -> Option<(Family, Span)> {
    let mut chars = text[span].chars();
    let c = chars.next()?;
    let next = chars.next();
    if c == '\'' && next == Some('\'') {
        return Some((Family::DoubledApostrophe, Span::new(span.start, span.start + 2)));
    }
    match role(c, None, next, &[])? {
        Role::Open(family) => Some((family, Span::new(span.start, span.start + c.len_utf8()))),
        Role::Close(_) => None,
    }
}

/// True when a quotation opening at `open` in the block `span` can be speech running on into
/// the next paragraph: it opens the paragraph, follows punctuation (`said: “`, `. “`) or a
/// speech verb (`said “`), rather than a word inside a sentence (`a stray “mark`).
fn opens_speech(text: &str, span: Span, open: Span) -> bool {
    let before = text[span.start..open.start].trim_end();
    match before.chars().next_back() {
        None => true,
        Some(c) if !c.is_alphanumeric() => matches!(c, ':' | ',' | '—' | '–' | '.' | '?' | '!' | ';' | '('),
        Some(_) => {
            let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            super::lexicon::is_speech_verb(word)
        }
    }
}

/// Top-level quotations in the blocks listed in `blocks` (indices into `all_blocks`, in text
/// order; only body text is passed in), in text order.
pub(crate) fn find_runs(text: &str, all_blocks: &[Span], blocks: &[usize]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // A quotation carried over from the previous paragraph: the run is the last one in `runs`.
    let mut carried: Option<Family> = None;
    for (n, &b) in blocks.iter().enumerate() {
        let span = all_blocks[b];
        let mut from = span.start;
        let mut carry_in = None;
        if let Some(family) = carried.take() {
            // The paragraph re-opens the quotation with the same kind of mark.
            if let Some((f, mark)) = opens_with(text, span).filter(|&(f, _)| f == family) {
                carry_in = Some((f, mark));
                from = mark.end;
            }
        }
        loop {
            let scan = scan(text, Span::new(from, span.end), carry_in);
            let carried_closes = carry_in.is_some() && !scan.closed.is_empty();
            for (i, closed) in scan.closed.into_iter().enumerate() {
                if i == 0 && carry_in.is_some() {
                    let run = runs.last_mut().expect("a carried quotation has a run");
                    run.pieces.extend(closed.pieces);
                    run.close = Some(closed.close);
                    run.last_block = b;
                } else {
                    runs.push(Run {
                        family: closed.family,
                        open: closed.open,
                        close: Some(closed.close),
                        pieces: closed.pieces,
                        first_block: b,
                        last_block: b,
                    });
                }
            }
            let Some(Unclosed { family, open, mut pieces, from: piece_from }) = scan.open else { break };
            let is_carried = carry_in.is_some() && !carried_closes;
            let continues = opens_speech(text, span, open)
                && blocks
                    .get(n + 1)
                    .and_then(|&next| opens_with(text, all_blocks[next]))
                    .is_some_and(|(f, _)| f == family);
            if continues || is_carried {
                // The quotation runs on into the next paragraph, or, carried over several
                // paragraphs and never closed, ends with this one.
                pieces.push(Span::new(piece_from, span.end));
                if is_carried {
                    let run = runs.last_mut().expect("a carried quotation has a run");
                    run.pieces.extend(pieces);
                    run.last_block = b;
                } else {
                    runs.push(Run { family, open, close: None, pieces, first_block: b, last_block: b });
                }
                if continues {
                    carried = Some(family);
                }
                break;
            }
            // A stray opening mark: scan again after it, as if it were not there.
            from = open.end;
            carry_in = None;
            let keep = runs.iter().rposition(|r| r.open.start < open.start).map_or(0, |k| k + 1);
            runs.truncate(keep);
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<Vec<&str>> {
        let mut blocks = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            blocks.push(Span::new(offset, offset + line.trim_end().len()));
            offset += line.len();
        }
        let indices: Vec<usize> = (0..blocks.len()).collect();
        find_runs(text, &blocks, &indices)
            .iter()
            .map(|r| r.pieces.iter().map(|&p| &text[p]).collect())
            .collect()
    }

    #[test]
    fn pairs_each_convention() {
        let cases: &[(&str, &str, &[&[&str]])] = &[
            ("curly", "He said “5 € 😀” and ‘no’.", &[&["5 € 😀"], &["no"]]),
            ("straight", "\"Ça va,\" he said, 'fine' and it's 6'2\" tall.", &[&["Ça va,"], &["fine"]]),
            ("german", "Er sagte „Grüß Gott“ und ‚ja‘.", &[&["Grüß Gott"], &["ja"]]),
            ("guillemets", "Il a dit « Genève » et ‹ non ›.", &[&[" Genève "], &[" non "]]),
            ("corner", "彼は「こんにちは『世界』」と言った。", &[&["こんにちは『世界』"]]),
            ("nested", "“He said ‘stop’ — €5,” she said.", &[&["He said ‘stop’ — €5,"]]),
            ("apostrophes", "Clinton’s aide said ‘it’s over’ in ’16.", &[&["it’s over"]]),
            (
                "doubled apostrophes",
                "''C'est 5 €,'' he said, ''isn't it?''",
                &[&["C'est 5 €,"], &["isn't it?"]],
            ),
            ("mismatched", "“It’s 5 €,\" he said. \"Non.“ Then", &[&["It’s 5 €,"], &["Non."]]),
            (
                "opening mark at both ends",
                "“It’s 5 €,“ he said. “Fine 😀.”",
                &[&["It’s 5 €,"], &["Fine 😀."]],
            ),
        ];
        for (name, text, want) in cases {
            let got = contents(text);
            let want: Vec<Vec<&str>> = want.iter().map(|w| w.to_vec()).collect();
            assert_eq!(got, want, "case {name}");
        }
    }

    #[test]
    fn stray_marks_stay_in_their_paragraph() {
        let text = "A stray “mark in € 😀 here.\nThen “a real one” follows.\nAnd ” a stray close.";
        assert_eq!(contents(text), [["a real one"]]);
    }

    #[test]
    fn quotation_reopened_after_a_lost_paragraph_break() {
        let cases: &[(&str, &str, &[&[&str]])] = &[
            (
                "re-opened after a sentence",
                "He said: \"It costs 5 €. \"My show 😀 is fine.\" Then \"x\" too.",
                &[&["It costs 5 €.", "My show 😀 is fine."], &["x"]],
            ),
            (
                "curly marks, three pieces",
                "“Ça va. “Fine 😀 now? “Yes.” Done.",
                &[&["Ça va.", "Fine 😀 now?", "Yes."]],
            ),
            (
                "a stray mark inside a sentence",
                "A stray “mark here. “A real 😀 one” follows.",
                &[&["A real 😀 one"]],
            ),
            (
                "a closing mark typed after a space is no re-opening",
                "''It was 5 €,  '' Ms. Roth noted. ''That 😀 suggests more.''",
                &[&["That 😀 suggests more."]],
            ),
            (
                "re-opened in a paragraph the quotation was carried into",
                "He said: “First 5 €.\n“Second part. “Third 😀 part.” Done.",
                &[&["First 5 €.", "Second part.", "Third 😀 part."]],
            ),
            ("no finished sentence before it", "He said: “It costs “5 €” now.", &[&["5 €"]]),
        ];
        for (name, text, want) in cases {
            let want: Vec<Vec<&str>> = want.iter().map(|w| w.to_vec()).collect();
            assert_eq!(contents(text), want, "case {name}");
        }
    }

    #[test]
    fn quotation_over_paragraphs() {
        let text = "He said: “First part €.\n“Second 😀 part.\n“Last part.” Done.\nAfter “x” too.";
        assert_eq!(contents(text), vec![vec!["First part €.", "Second 😀 part.", "Last part."], vec!["x"]]);
    }
}
