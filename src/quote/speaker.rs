//! Speaker phrases: the noun phrase before a cue ("the Swiss foreign ministry said"), after it
//! ("said Cassis", "according to Blick"), across an appositive ("Hugh Hill, a doctor, said"),
//! a pronoun ("he said"), with the title in front of a name left out ("Foreign Minister Sergei
//! Lavrov" → "Sergei Lavrov").

use crate::span::Span;

use super::lexicon::{
    is_abbreviation, is_auxiliary, is_determiner, is_introducer, is_pronoun, is_speaker_noun, is_speech_verb,
    is_stop_word, is_title_word,
};
use super::words::{is_capitalized, Tok};

/// Longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 9;
/// Longest appositive between a name and its cue, in tokens.
const MAX_APPOSITIVE: usize = 24;

/// The tokens of one block with their text, and the TITLE mentions in it.
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub titles: &'a [Span],
}

impl<'a> Words<'a> {
    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].span]
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word && &self.text[t.span] == p)
    }

    fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[last].span.end)
    }

    fn is_title(&self, i: usize) -> bool {
        let t = self.toks[i].span;
        is_title_word(self.word(i)) || self.titles.iter().any(|s| s.contains(t))
    }

    /// An abbreviation's period ("Mr.", "Sen."), which stays inside a name.
    pub fn is_abbreviation_dot(&self, i: usize) -> bool {
        i > 0
            && self.is_punct(i, ".")
            && self.is_word(i - 1)
            && self.toks[i - 1].span.end == self.toks[i].span.start
            // "in Allentown, Pa., said": a period a comma follows ends no sentence, whatever
            // the list knows of the word.
            && (is_abbreviation(self.word(i - 1)) || self.is_punct(i + 1, ","))
    }
}

/// A speaker phrase: token indices `first..=last` within a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub first: usize,
    pub last: usize,
}

impl Phrase {
    pub fn span(self, w: &Words) -> Span {
        w.span(self.first, self.last)
    }
}

/// Lowercase words that may open a speaker phrase before a name.
fn is_modifier(word: &str) -> bool {
    matches!(
        word,
        "former"
            | "state"
            | "then"
            | "fellow"
            | "longtime"
            | "veteran"
            | "senior"
            | "retired"
            | "acting"
            | "top"
            | "chief"
            | "deputy"
            | "presidential"
            | "democratic"
            | "republican"
            | "conservative"
            | "liberal"
    )
}

/// Leaves out a title in front of a name: "Russian Foreign Minister Sergei Lavrov" → "Sergei
/// Lavrov", "Democratic nominee Hillary Clinton" → "Hillary Clinton", "Sen. Ted Cruz" → "Ted Cruz".
fn strip_title(w: &Words, p: Phrase) -> Phrase {
    if !is_capitalized(w.word(p.last)) || w.is_title(p.last) {
        return p;
    }
    let mut start = p.last;
    while start > p.first {
        let before = start - 1;
        let capital_word = w.is_word(before) && is_capitalized(w.word(before)) && !w.is_title(before);
        if capital_word || (w.is_abbreviation_dot(before) && !w.is_title(before - 1)) {
            start -= 1;
        } else {
            break;
        }
    }
    if start == p.first {
        return p;
    }
    // "Senator John McCain of Arizona", "The crowd in Genève": the name or noun before the
    // preposition is the speaker, not the place after it.
    let at = if is_determiner(w.word(start - 1)) && start - 1 > p.first { start - 1 } else { start };
    let preposition = w.is_word(at - 1) && matches!(w.word(at - 1), "of" | "in" | "at" | "from");
    // "the attorney general of Oklahoma": one word after a title's "of" is the title's place.
    let titled_place = preposition && at >= p.first + 2 && w.is_title(at - 2) && start == p.last;
    if titled_place {
        return p;
    }
    if preposition && at >= p.first + 2 && !w.is_title(at - 2) {
        let head = Phrase { first: p.first, last: at - 2 };
        if !w.is_word(head.last) || !is_capitalized(w.word(head.last)) {
            return p;
        }
        let name = strip_title(w, head);
        return if name.last > name.first { name } else { p };
    }
    // "Secretary of State John Kerry": the word after "of" belongs to the title.
    if start >= 2 && w.word(start - 1) == "of" && w.is_title(start - 2) && p.last > start {
        start += 1;
    }
    let before = start - 1;
    let titled = w.is_title(before) || w.is_abbreviation_dot(before) && w.is_title(before - 1);
    let described = w.is_word(before) && w.word(before).starts_with(char::is_lowercase);
    if titled || described || is_determiner(w.word(before)) {
        Phrase { first: start, last: p.last }
    } else {
        p
    }
}

/// True when the phrase opening at token `at` follows "in", "at" or "from" after a noun: "The
/// crowd in Genève", "Officials at the State Department".
fn place_before(w: &Words, at: usize, lo: usize) -> bool {
    let (Some(p), Some(mut noun)) = (at.checked_sub(1), at.checked_sub(2)) else { return false };
    // "The Provincial Coordination Office (PCO) in Baghdad": the noun before a parenthesis.
    if let Some(open) = parenthesis_after_name(w, noun, lo) {
        noun = open - 1;
    }
    noun >= lo
        && w.is_word(p)
        && matches!(w.word(p), "in" | "at" | "from")
        && w.is_word(noun)
        && !is_stop_word(w.word(noun))
        && !is_speech_verb(w.word(noun))
        && !is_auxiliary(w.word(noun))
        && !is_pronoun(w.word(noun))
        && !is_determiner(w.word(noun))
        && !w.word(noun).ends_with("ed")
}

/// The opening parenthesis of a parenthesis that closes at token `close` right after a
/// capitalized word ("Office (PCO)"), within the phrase's reach and not before `lo`.
fn parenthesis_after_name(w: &Words, close: usize, lo: usize) -> Option<usize> {
    if !w.is_punct(close, ")") {
        return None;
    }
    let open = (lo..close).rev().take(MAX_PHRASE).find(|&k| w.is_punct(k, "("))?;
    (open > lo && w.is_word(open - 1) && is_capitalized(w.word(open - 1))).then_some(open)
}

/// A noun phrase that ends at token `last` and starts no earlier than `lo`.
pub(crate) fn phrase_ending_at(w: &Words, last: usize, lo: usize) -> Option<Phrase> {
    if !w.is_word(last) {
        return None;
    }
    let head = w.word(last);
    if is_pronoun(head) {
        return Some(Phrase { first: last, last });
    }
    // "Several said", "Many say": a quantity word can stand for the speakers.
    let quantity = matches!(
        head,
        "Several"
            | "several"
            | "Many"
            | "many"
            | "Some"
            | "some"
            | "Most"
            | "most"
            | "Both"
            | "both"
            | "Others"
            | "others"
            | "All"
            | "all"
    );
    if quantity {
        return Some(Phrase { first: last, last });
    }
    if is_stop_word(head) || is_speech_verb(head) || is_auxiliary(head) || is_determiner(head) {
        return None;
    }
    let mut first = last;
    let mut i = last;
    let mut lowercase = 0;
    while i > lo && last - i < MAX_PHRASE {
        let j = i - 1;
        if w.is_abbreviation_dot(j) {
            i = j;
            continue;
        }
        // A parenthesis inside the phrase, after a name: "Office (PCO) in Baghdad".
        if let Some(open) = parenthesis_after_name(w, j, lo) {
            i = open;
            continue;
        }
        if !w.is_word(j) {
            break;
        }
        let word = w.word(j);
        if is_determiner(word) {
            first = j;
            // "a spokesman for the ministry": the phrase goes on before the preposition.
            let of = j > lo + 1 && w.is_word(j - 1) && matches!(w.word(j - 1), "of" | "for");
            if of || place_before(w, j, lo) {
                i = j;
                continue;
            }
            break;
        }
        if word == "of" || word == "for" {
            i = j;
            continue;
        }
        // "The crowd in Genève said", "Officials at the State Department said": a place or
        // organization after a noun is part of the speaker phrase.
        let named = is_capitalized(w.word(first)) || is_determiner(w.word(first)) && first < last;
        if named && place_before(w, j + 1, lo) {
            i = j;
            continue;
        }
        if is_stop_word(word) || is_speech_verb(word) || is_auxiliary(word) || is_pronoun(word) {
            break;
        }
        // "13:40 Taoiseach Micheál Martin": a time in front of a live-blog entry is no part of it.
        let glued = j > 0 && w.toks[j - 1].span.end == w.toks[j].span.start;
        if glued && word.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        if !is_capitalized(word) {
            lowercase += 1;
            if lowercase > 4 {
                break;
            }
        }
        first = j;
        i = j;
    }
    // A sentence-opening word is no part of the name ("However Russia").
    while first < last && is_introducer(w.word(first)) {
        first += 1;
    }
    let phrase = Phrase { first, last };
    let named = is_capitalized(head);
    let described = is_determiner(w.word(first)) && first < last;
    let plural = is_speaker_noun(head);
    let titled_lowercase = first < last && is_capitalized(w.word(first));
    (named || described || plural || titled_lowercase).then(|| strip_title(w, phrase))
}

/// A noun phrase that starts at token `first` and ends before `hi`.
pub(crate) fn phrase_starting_at(w: &Words, first: usize, hi: usize) -> Option<Phrase> {
    if first >= hi || !w.is_word(first) {
        return None;
    }
    let word = w.word(first);
    if is_pronoun(word) {
        return Some(Phrase { first, last: first });
    }
    let led = is_determiner(word);
    // "former Gov. Jeb Bush", "state Sen. Jason Holsman": a lowercase modifier before a name.
    let modifier = w.is_word(first + 1) && is_capitalized(w.word(first + 1)) && is_modifier(word);
    if !led && !modifier && !is_capitalized(word) && !is_speaker_noun(word) {
        return None;
    }
    if is_stop_word(word) || is_speech_verb(word) {
        return None;
    }
    let mut last = first;
    let mut i = first + 1;
    let mut seen_capital = is_capitalized(word) && !led;
    while i < hi && i - first < MAX_PHRASE {
        if w.is_abbreviation_dot(i) {
            last = i;
            i += 1;
            continue;
        }
        if !w.is_word(i) {
            break;
        }
        let word = w.word(i);
        // "Julie A. Diaz Martinez": a middle initial, though "A" reads as a determiner.
        let initial = seen_capital
            && word.len() == 1
            && word.chars().all(|c| c.is_ascii_uppercase())
            && w.is_punct(i + 1, ".")
            && w.toks[i].span.end == w.toks[i + 1].span.start
            && w.is_word(i + 2)
            && is_capitalized(w.word(i + 2));
        if initial {
            last = i + 1;
            i += 2;
            continue;
        }
        if word == "of" || word == "for" {
            let next_fits =
                w.is_word(i + 1) && (is_capitalized(w.word(i + 1)) || is_determiner(w.word(i + 1)));
            if next_fits {
                i += 1;
                continue;
            }
            break;
        }
        // "the article read.": the verb of written words, which is no speech verb elsewhere.
        if is_stop_word(word)
            || is_speech_verb(word)
            || is_auxiliary(word)
            || is_pronoun(word)
            || word == "read"
        {
            break;
        }
        if is_determiner(word) && !w.word(i - 1).eq_ignore_ascii_case("of") && w.word(i - 1) != "for" {
            break;
        }
        if is_capitalized(word) {
            seen_capital = true;
        } else if !led && seen_capital && !is_speaker_noun(word) {
            // A name without a determiner ends at its first lowercase word ("Russia rejected"),
            // unless that word is a role before a name ("Democratic pollster Peter Fenn").
            let role = !word.ends_with("ed") && w.is_word(i + 1) && is_capitalized(w.word(i + 1));
            if !role {
                break;
            }
        } else if led && i > first + 1 && word.ends_with("ed") {
            break;
        }
        last = i;
        i += 1;
    }
    if led && last == first {
        return None;
    }
    Some(strip_title(w, Phrase { first, last }))
}

/// The speaker phrase before a cue at token `cue`, skipping auxiliaries and adverbs ("has also
/// said") and an appositive between commas ("Hugh Hill, a doctor, said"); not before `lo`.
pub(crate) fn subject_before(w: &Words, cue: usize, lo: usize) -> Option<Phrase> {
    let mut j = cue;
    let mut skipped = 0;
    while j > lo && w.is_word(j - 1) && is_auxiliary(w.word(j - 1)) && skipped < 3 {
        j -= 1;
        skipped += 1;
    }
    // "Clinton on Tuesday said", "Priebus later Thursday told": the day of the saying stands
    // between the subject and its verb, and is no speaker.
    if let Some(day) = (j > lo + 1).then(|| j - 1).filter(|&k| w.is_word(k) && is_weekday(w.word(k))) {
        let mut k = day;
        if k > lo && w.is_word(k - 1) && matches!(w.word(k - 1), "on" | "earlier" | "later" | "last" | "this")
        {
            k -= 1;
        }
        if let Some(subject) = subject_ending_before(w, k, lo) {
            return Some(subject);
        }
    }
    subject_ending_before(w, j, lo)
}

/// The speaker phrase that ends right before token `j` (the cue, or what stands between the
/// cue and its subject), past an appositive or a parenthesis.
fn subject_ending_before(w: &Words, j: usize, lo: usize) -> Option<Phrase> {
    if j <= lo {
        return None;
    }
    let end = j - 1;
    // "Gov. John Kasich (R-OH), said": the name before a parenthesis and a comma.
    let after_parenthesis = w.is_punct(end, ",") && end > lo && w.is_punct(end - 1, ")");
    if after_parenthesis {
        if let Some(name) = before_parenthesis(w, end - 1, lo) {
            return Some(name);
        }
    }
    if w.is_punct(end, ",") {
        // "Jo Hill, a nurse in Allentown, Pa., said": a state or country after a town's comma
        // is part of the place; the subject ends before it.
        let mut state = end.saturating_sub(1);
        if w.is_abbreviation_dot(state) {
            state -= 1;
        }
        let after_town = state > lo + 1
            && w.is_word(state)
            && is_capitalized(w.word(state))
            && w.is_punct(state - 1, ",")
            && w.is_word(state - 2)
            && is_capitalized(w.word(state - 2));
        if after_town {
            return appositive_head(w, state - 1, lo).or_else(|| phrase_ending_at(w, state - 2, lo));
        }
        return appositive_head(w, end, lo);
    }
    if w.is_punct(end, ")") {
        return before_parenthesis(w, end, lo);
    }
    // "a nurse at Acme Inc. said": the phrase ends with an abbreviation's period.
    if w.is_abbreviation_dot(end) {
        return phrase_ending_at(w, end - 1, lo).map(|p| Phrase { last: end, ..p });
    }
    phrase_ending_at(w, end, lo)
}

/// The days of the week, which date a saying ("on Tuesday said") and never speak.
fn is_weekday(word: &str) -> bool {
    matches!(word, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// The phrase before the parenthesis that closes at token `close` ("Sen. Marco Rubio (R-Fla.)").
fn before_parenthesis(w: &Words, close: usize, lo: usize) -> Option<Phrase> {
    let open = (lo..close).rev().take(MAX_APPOSITIVE).find(|&k| w.is_punct(k, "("))?;
    open.checked_sub(1).filter(|&k| k >= lo).and_then(|k| phrase_ending_at(w, k, lo))
}

/// The name before an appositive that ends with the comma at `comma`: "Cassis, who holds the
/// presidency, said" → "Cassis".
fn appositive_head(w: &Words, comma: usize, lo: usize) -> Option<Phrase> {
    let lowest = comma.saturating_sub(MAX_APPOSITIVE).max(lo);
    let open = (lowest..comma).rev().find(|&k| w.is_punct(k, ",") || w.is_punct(k, "—"))?;
    if open == 0 || open <= lo || !w.is_word(open + 1) {
        return None;
    }
    let after = w.word(open + 1);
    let appositive_opens = is_determiner(after)
        || matches!(after, "who" | "which" | "whose" | "himself" | "herself" | "itself" | "now" | "then")
        || after.starts_with(char::is_lowercase)
        || w.is_title(open + 1);
    if !appositive_opens {
        return None;
    }
    // "Cecilia Purner, 67, a retired nurse, said": the age between commas after the name.
    let mut head_end = open - 1;
    let age =
        |k: usize| w.is_word(k) && w.word(k).len() <= 3 && w.word(k).chars().all(|c| c.is_ascii_digit());
    if head_end >= lo + 2 && age(head_end) && w.is_punct(head_end - 1, ",") {
        head_end -= 2;
    }
    let name = phrase_ending_at(w, head_end, lo)?;
    // "released Thursday, Rep. Adam Smith reacted, saying": a day before the comma dates the
    // clause; what follows it is the subject, not an appositive.
    (is_capitalized(w.word(name.last)) && !is_weekday(w.word(name.last))).then_some(name)
}

/// The subject of a sentence whose tokens start at `lo`, past an opening adverbial ("However,
/// Russia …", "In August, Ukraine …").
pub(crate) fn sentence_subject(w: &Words, lo: usize, hi: usize) -> Option<Phrase> {
    let mut start = lo;
    while start < hi && !w.is_word(start) {
        start += 1;
    }
    if start < hi && is_introducer(w.word(start)) {
        let comma = (start..hi.min(start + 16)).find(|&k| w.is_punct(k, ","));
        start = match comma {
            Some(k) => k + 1,
            None if matches!(w.word(start), "But" | "And" | "Yet" | "Still" | "Meanwhile") => start + 1,
            None => return None,
        };
    } else if start < hi && opens_participle_clause(w, start) {
        // "Speaking to MSNBC on Monday, Bush referred …", "Asked whether …, Mr. Smith shot back:":
        // the participle's clause describes the subject after its comma.
        // Past a closing mark after the comma (`Speaking on ABC’s “This Week,” Carson …`), the
        // first comma that a name, a pronoun or a determiner follows: a relative clause inside
        // the participle's (`in New Hampshire, which is set to …, Bush`) is not the subject.
        let after = |comma: usize| {
            let mut k = comma + 1;
            while k < hi && !w.is_word(k) && ["”", "\"", "’", "'"].iter().any(|m| w.is_punct(k, m)) {
                k += 1;
            }
            k
        };
        let subject_follows = |k: usize| {
            k < hi && w.is_word(k) && {
                let word = w.word(k);
                (is_capitalized(word) || is_pronoun(word) || is_determiner(word)) && !is_stop_word(word)
            }
        };
        if let Some(comma) =
            (start..hi.min(start + 16)).find(|&k| w.is_punct(k, ",") && subject_follows(after(k)))
        {
            start = after(comma);
        }
    }
    phrase_starting_at(w, start, hi)
}

/// True when token `k` opens a sentence with a participle in capitals and a lowercase word or a
/// day after it ("Speaking to", "Asked whether", "Facing mounting …"), not with a name ending
/// alike ("Fleming said", "Manning, the …").
fn opens_participle_clause(w: &Words, k: usize) -> bool {
    let word = w.word(k);
    let participle = (word.len() >= 6 && word.ends_with("ing")) || matches!(word, "Asked" | "Pressed");
    let next = k + 1;
    let goes_on = w.is_word(next)
        && (w.word(next).starts_with(char::is_lowercase) || is_weekday(w.word(next)))
        && !is_speech_verb(w.word(next))
        && !is_auxiliary(w.word(next));
    is_capitalized(word) && participle && goes_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::words::tokenize;

    fn find(text: &str, toks: &[Tok], word: &str) -> usize {
        toks.iter().position(|t| &text[t.span] == word).unwrap()
    }

    #[test]
    fn subjects_before_a_cue() {
        let cases: &[(&str, &str, &str)] = &[
            ("name", "“€5,” Ignazio Cassis said 😀.", "Ignazio Cassis"),
            ("title", "Russian Foreign Minister Sergei Lavrov said Genève 😀.", "Sergei Lavrov"),
            (
                "description",
                "In a response to Blick, the Swiss foreign ministry said € 😀.",
                "the Swiss foreign ministry",
            ),
            ("appositive", "Hugh Hill, a doctor in Zürich, said €5 😀.", "Hugh Hill"),
            ("relative", "Later, Cassis, who holds the presidency, has also said €.", "Cassis"),
            ("pronoun", "“Ça va,” he said 😀.", "he"),
            ("plural", "The plan failed, sources said €.", "sources"),
            ("day between", "Ignazio Cassis on Tuesday said Genève pays € 😀.", "Ignazio Cassis"),
            ("day after a relative", "Cassis, who leads Zürich, later Thursday told 😀 reporters.", "Cassis"),
            (
                "spokesman",
                "A spokesman for the Swiss ministry told 😀 reporters.",
                "A spokesman for the Swiss ministry",
            ),
        ];
        for (name, text, want) in cases {
            let toks = tokenize(text, Span::new(0, text.len()), &[]);
            let w = Words { text, toks: &toks, titles: &[] };
            let cue = toks.iter().position(|t| matches!(&text[t.span], "said" | "told")).unwrap();
            let got = subject_before(&w, cue, 0).map(|p| &text[p.span(&w)]);
            assert_eq!(got, Some(*want), "case {name}");
        }
    }

    #[test]
    fn subjects_after_an_opening_participle() {
        let cases: &[(&str, &str, &str)] = &[
            ("participle", "Speaking to Blick in Zürich, Ignazio Cassis said € 😀.", "Ignazio Cassis"),
            ("asked", "Asked whether Genève pays €, he shot back 😀.", "he"),
            (
                "relative inside",
                "Speaking in Genève, which hosts the talks, the ministry said € 😀.",
                "the ministry",
            ),
            ("closing mark", "Speaking Sunday on “Blick 😀,” Cassis admitted €.", "Cassis"),
            ("name alike", "Fleming, a doctor in Zürich, said € 😀.", "Fleming"),
        ];
        for (name, text, want) in cases {
            let toks = tokenize(text, Span::new(0, text.len()), &[]);
            let w = Words { text, toks: &toks, titles: &[] };
            let got = sentence_subject(&w, 0, toks.len()).map(|p| &text[p.span(&w)]);
            assert_eq!(got, Some(*want), "case {name}");
        }
    }

    #[test]
    fn phrases_after_a_cue() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("inverted", "“Non,” said Mr. Cassis, who smiled 😀.", "said", "Mr. Cassis"),
            (
                "agency",
                "…, according to the Swiss News Agency Keystone-SDA.",
                "to",
                "Swiss News Agency Keystone-SDA",
            ),
            ("verb ends a name", "However, Russia rejected the offer €.", "However", "Russia"),
        ];
        for (name, text, after, want) in cases {
            let toks = tokenize(text, Span::new(0, text.len()), &[]);
            let w = Words { text, toks: &toks, titles: &[] };
            let at = find(text, &toks, after);
            let got = if *after == "However" {
                sentence_subject(&w, at, toks.len())
            } else {
                phrase_starting_at(&w, at + 1, toks.len())
            };
            assert_eq!(got.map(|p| &text[p.span(&w)]), Some(*want), "case {name}");
        }
    }
}
