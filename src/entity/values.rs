//! Rules for values: DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL. Numbers and
//! dates follow a grammar, so rules beat a statistical model here.
//!
//! Spans follow OntoNotes as spaCy outputs them: "on 21 September 2022" gives the DATE
//! "21 September 2022", "last August" and "this year" are DATEs, durations ("three years") are
//! DATEs, "this morning" is a TIME, "$5 billion" and "50 million Swiss francs" are MONEY. A
//! weekday before a part of the day ("Wednesday morning") stays a DATE on its own, so that it can
//! carry a calendar value.
//!
//! The rules run over a small lexer of their own (see `lex`) on the raw text, and try every
//! rule at each token, keeping the longest match. Ambiguous words need context: "May" and
//! "March" alone are months only after a date preposition ("in May"), a month or weekday right
//! after a capitalized word is part of a name ("Theresa May"), "one" as a pronoun ("one of them")
//! is no number, and digits glued to letters ("G20", "COVID-19") are no value.

mod lex;
mod words;

use std::cell::Cell;
use std::sync::OnceLock;

use crate::annotation::{Label, Mention};
use crate::entity::titles::WordSet;
use crate::segment::Segmentation;
use crate::span::Span;
use lex::{Kind, Tok};
use words::*;

/// Value mentions in text order, not overlapping.
pub fn find_values(text: &str, seg: &Segmentation) -> Vec<Mention> {
    let toks = lex::lex(text, seg.sentences.iter().map(|s| s.span.start));
    let words = toks.iter().map(|t| &text[t.span]).collect();
    let numbers = (0..toks.len()).map(|_| [Cell::new(None), Cell::new(None)]).collect();
    let rules = Rules { toks: &toks, words, numbers };
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match rules.longest(i) {
            Some((end, label)) => {
                let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
                mentions.push(Mention { span, label, entity: None, value: None });
                i = end;
            }
            None => i += 1,
        }
    }
    mentions
}

/// The words that may start a value, in two hash sets built once: `may_start` runs at every
/// token, and scanning the word lists there was most of this stage's time.
struct StartWords {
    /// Lower-cased words that start a value whatever their case.
    lower: WordSet<&'static str>,
    /// Words that start a value when capitalized, exactly as written.
    capitalized: WordSet<String>,
}

impl StartWords {
    fn get() -> &'static StartWords {
        static WORDS: OnceLock<StartWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            let lower = starter_words().collect();
            let mut capitalized: WordSet<String> = MONTHS
                .iter()
                .chain(&WEEKDAYS)
                .chain(&MONTH_ABBREVIATIONS)
                .chain(&WEEKDAY_ABBREVIATIONS)
                .chain(&CURRENCY_CODES)
                .chain(&DOLLAR_PREFIXES)
                .chain(&CURRENCY_COUNTRIES)
                .chain(&SINGLE_LETTER_CURRENCIES)
                .chain(HOLIDAYS.iter().map(|h| &h[0]))
                .chain(&["U", "Eid"])
                .map(|w| w.to_string())
                .collect();
            // Plural weekdays ("on Mondays") are date words too, and months and weekdays in
            // capitals start values as well (a headline or dateline: "WEDNESDAY, SEPT. 21").
            capitalized.extend(WEEKDAYS.iter().map(|d| format!("{d}s")));
            capitalized.extend(MONTHS.iter().chain(&WEEKDAYS).map(|w| w.to_uppercase()));
            capitalized.extend(WEEKDAYS.iter().map(|d| format!("{}S", d.to_uppercase())));
            StartWords { lower, capitalized }
        })
    }
}

/// A weekday as news writes it: "Wednesday", "Mondays", or in capitals "WEDNESDAY".
fn is_weekday_name(w: &str) -> bool {
    let one = |w: &str| WEEKDAYS.iter().any(|d| *d == w || in_capitals(w, d));
    one(w) || w.strip_suffix(['s', 'S']).is_some_and(one)
}

/// Whether `w` is `word` written in capitals ("WEDNESDAY" for "Wednesday").
fn in_capitals(w: &str, word: &str) -> bool {
    w.len() == word.len() && w.eq_ignore_ascii_case(word) && !w.bytes().any(|b| b.is_ascii_lowercase())
}

/// A parsed amount: the token after it, and whether it was written in digits.
#[derive(Clone, Copy, Debug)]
struct Num {
    end: usize,
    digits: bool,
    /// The last scale word is an Indian one ("crore", "lakh"), which implies rupees or taka.
    indian: bool,
}

struct Rules<'t> {
    toks: &'t [Tok],
    /// The text of every token: the rules read tokens many times over (a few dozen words
    /// compared at a number), so each is sliced out once.
    words: Vec<&'t str>,
    /// [`Rules::number`] of every token, for amounts and not (`[money as usize]`), once
    /// known: most rules start by reading a number, so at a number (or "a") each ran it anew.
    numbers: Vec<[Cell<Option<Option<Num>>>; 2]>,
}

impl<'t> Rules<'t> {
    /// The longest value starting at token `i`; on a tie, the earlier rule wins.
    fn longest(&self, i: usize) -> Option<(usize, Label)> {
        if !self.may_start(i) {
            return None;
        }
        self.rules(i)
    }

    /// [`Rules::longest`] without the cheap test first.
    fn rules(&self, i: usize) -> Option<(usize, Label)> {
        let candidates = [
            (self.money(i), Label::MONEY),
            (self.percent(i), Label::PERCENT),
            (self.date(i), Label::DATE),
            (self.time(i), Label::TIME),
            (self.quantity(i), Label::QUANTITY),
            (self.ordinal(i), Label::ORDINAL),
            (self.cardinal(i), Label::CARDINAL),
        ];
        let mut best: Option<(usize, Label)> = None;
        for (end, label) in candidates {
            if let Some(end) = end {
                if end > i && best.is_none_or(|(b, _)| end > b) {
                    best = Some((end, label));
                }
            }
        }
        best
    }

    /// A cheap test that rules out most tokens before the rules run: every rule starts with a
    /// number, a sign, or one of a few words.
    fn may_start(&self, i: usize) -> bool {
        let s = self.s(i);
        match self.toks[i].kind {
            Kind::Number => true,
            Kind::Opaque => false,
            Kind::Punct => is_currency_sign(s) || matches!(s, "'" | "‘" | "’"),
            Kind::Word if s == "the" || s == "The" => self.the_may_start(i),
            Kind::Word if s == "a" || s == "an" => self.a_may_start(i),
            Kind::Word => {
                let starters = StartWords::get();
                let lower = ascii_lower::<16>(s);
                let lower = lower.as_ref().map_or("", |l| l.as_str());
                starters.lower.contains(lower)
                    || s.starts_with(char::is_uppercase) && starters.capitalized.contains(s)
            }
        }
    }

    /// Whether "a" or "an" at `i` may start a value: only before a scale word ("a million"), "few"
    /// or "couple", a unit of time ("a week ago"), or what is not a word ("a-million"), as
    /// `number` and `duration` read them; no other rule starts with a lower-case article.
    fn a_may_start(&self, i: usize) -> bool {
        match self.word(i + 1) {
            Some(w) => {
                let lower = ascii_lower::<16>(w);
                let lower = lower.as_ref().map_or("", |l| l.as_str());
                scale(w, false, false)
                    || matches!(lower, "few" | "couple")
                    || is_date_unit(lower)
                    || is_time_unit(lower)
            }
            None => i + 1 < self.toks.len(),
        }
    }

    /// Whether "the" at `i` may start a value: only before a number, a mark ("the '90s"), an
    /// ordinal ("the first week", "the 21st century") or one of a few words ("the end of May",
    /// "the early 1990s", "the past year"), as `date` and the rules it calls read them; every
    /// other rule starts with a number, a number word or a currency, which "the" is not.
    /// "the" is one word in twenty, and running every rule there was a third of this stage.
    fn the_may_start(&self, i: usize) -> bool {
        const NEXT: [&str; 14] = [
            "end",
            "beginning",
            "start",
            "middle",
            "early",
            "mid",
            "late",
            "past",
            "last",
            "next",
            "coming",
            "previous",
            "same",
            "first",
        ];
        match self.word(i + 1) {
            Some(w) => is_ordinal_word(w) || NEXT.iter().any(|n| w.eq_ignore_ascii_case(n)),
            None => i + 1 < self.toks.len(),
        }
    }

    // ---- token access ----

    fn s(&self, i: usize) -> &'t str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        (self.kind(i) == Some(Kind::Word)).then(|| self.s(i))
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Number)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.s(i) == w
    }

    /// ASCII case-insensitive match of a word.
    fn is_ci(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w)
    }

    fn any_ci(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is_ci(i, w))
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    fn starts_sentence(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.starts_sentence)
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.s(i), "-" | "–" | "—")
    }

    fn is_titlecase(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    fn is_lowercase_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| w.starts_with(char::is_lowercase))
    }

    /// The number's digits, if token `i` is a number without separators.
    fn plain_digits(&self, i: usize) -> Option<&'t str> {
        let s = self.s(i);
        (self.is_num(i) && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
    }

    fn plain_value(&self, i: usize) -> Option<u32> {
        self.plain_digits(i).filter(|s| s.len() <= 6).and_then(|s| s.parse().ok())
    }

    /// A number glued to letters before it ("G20", "A320", "COVID-19") is part of a name.
    fn glued_to_name(&self, i: usize) -> bool {
        if !self.glued(i) || i == 0 {
            return false;
        }
        match self.kind(i - 1) {
            Some(Kind::Word) | Some(Kind::Number) => true,
            _ if self.is_dash(i - 1) || self.is(i - 1, "/") => {
                self.glued(i - 1)
                    && i >= 2
                    && matches!(self.kind(i - 2), Some(Kind::Word) | Some(Kind::Number))
            }
            _ => matches!(self.s(i - 1), "#" | "." | ":"),
        }
    }

    // ---- numbers ----

    /// A number: digits, number words ("twenty-five"), "a"/"half a" before a scale word, and any
    /// scale words after ("two million", "5bn", "1.2 m" when `money`).
    fn number(&self, i: usize, money: bool) -> Option<Num> {
        let Some(slot) = self.numbers.get(i) else { return self.read_number(i, money) };
        let slot = &slot[money as usize];
        if let Some(known) = slot.get() {
            return known;
        }
        let num = self.read_number(i, money);
        slot.set(Some(num));
        num
    }

    /// [`Rules::number`] without its memo.
    fn read_number(&self, i: usize, money: bool) -> Option<Num> {
        let mut j;
        let digits;
        let mut needs_scale = false;
        if self.is_num(i) {
            digits = true;
            j = i + 1;
            // "N$ 100 000": thousands grouped with spaces, only inside an amount of money.
            if money && self.plain_digits(i).is_some_and(|s| s.len() <= 3) {
                while self.plain_digits(j).is_some_and(|s| s.len() == 3)
                    && !self.glued(j)
                    && self.toks[j].span.start == self.toks[j - 1].span.end + 1
                {
                    j += 1;
                }
            }
        } else if let Some(n) = self.word(i).and_then(small_number) {
            digits = false;
            j = i + 1;
            let unit_after_dash =
                self.word(j + 1).and_then(small_number).is_some_and(|u| (1..10).contains(&u));
            if n >= 20 && self.is_dash(j) && self.glued(j) && self.glued(j + 1) && unit_after_dash {
                j += 2;
            }
        } else if self.any_ci(i, &["a", "an"]) {
            digits = false;
            needs_scale = true;
            j = i + 1;
        } else if self.is_ci(i, "half") && self.is_ci(i + 1, "a") {
            digits = false;
            needs_scale = true;
            j = i + 2;
        } else {
            return None;
        }
        let mut scaled = false;
        let mut indian = false;
        loop {
            let k = if self.is_dash(j) && self.glued(j) && self.glued(j + 1) { j + 1 } else { j };
            match self.word(k) {
                Some(w) if scale(w, digits, money) && (k == j || w.len() > 1) => {
                    // "5 m" with a space is a unit of length unless it is money.
                    if w.len() == 1 && !self.glued(k) && !money {
                        break;
                    }
                    scaled = true;
                    indian = is_indian_scale(w);
                    j = k + 1;
                }
                _ => break,
            }
        }
        if needs_scale && !scaled {
            return None;
        }
        Some(Num { end: j, digits, indian })
    }

    /// A number, or a range of two ("5,000-6,000", "10 to 12", "12-14 billion").
    fn number_range(&self, i: usize, money: bool) -> Option<Num> {
        let first = self.number(i, money)?;
        let j = first.end;
        // Money is never joined by "to": "$5 to $15" is two amounts.
        // "from 1990 to 2000" is two years, not a range of counts.
        let year_shaped = self.plain_value(i).is_some_and(|v| (1000..=2100).contains(&v));
        let joined = (self.is_dash(j) && first.digits) || self.is_ci(j, "to") && !money && !year_shaped;
        if joined {
            if let Some(second) = self.number(j + 1, money) {
                if second.digits == first.digits {
                    return Some(second);
                }
            }
        }
        Some(first)
    }

    // ---- MONEY ----

    fn money(&self, i: usize) -> Option<usize> {
        if let Some(mut j) = self.currency_prefix(i) {
            // "$US40", "$A5": the country after the sign.
            if self.glued(j) && self.word(j).is_some_and(is_dollar_prefix) && self.is_num(j + 1) {
                j += 1;
            }
            if !self.is_num(j) {
                return None;
            }
            let mut end = self.number(j, true)?.end;
            // A range: "$25-35 million", "$3.18-$3.81", "$ 1.2 – 1.4 trillion".
            if self.is_dash(end) {
                let k = self.currency_prefix(end + 1).unwrap_or(end + 1);
                if self.is_num(k) {
                    if let Some(n) = self.number(k, true) {
                        end = n.end;
                    }
                }
            }
            return Some(self.currency_suffix(end).unwrap_or(end));
        }
        if let Some(end) = self.vague_amount(i) {
            if self.is_ci(end, "of") {
                if self.word(end + 1).is_some_and(is_indian_scale) {
                    return Some(end + 2);
                }
                return self.currency_suffix(end + 1);
            }
            return None;
        }
        // "multibillion-dollar", "trillion-dollar", "million dollars".
        let big = ["million", "billion", "trillion", "multimillion", "multibillion", "hundred"];
        if big.contains(&self.s(i)) {
            if let Some(end) = self.currency_suffix(i + 1) {
                return Some(end);
            }
        }
        // "US dollars 5000": the currency named before the number.
        if self.word(i).is_some() {
            if let Some(end) = self.currency_suffix(i).filter(|&e| self.is_num(e) && !self.glued(e)) {
                if self.any_ci(end - 1, &["dollars", "USD"]) {
                    return self.number(end, true).map(|n| n.end);
                }
            }
        }
        if self.is_num(i) && self.glued_to_name(i) {
            return None;
        }
        let n = self.number_range(i, true)?;
        if let Some(end) = self.currency_suffix(n.end) {
            // "CFC 1 won the final": "won" needs a sizeable amount to be the Korean currency.
            let won = self.is_ci(end - 1, "won");
            let sizeable = n.end > i + 1
                || self.plain_digits(i).is_some_and(|d| d.len() >= 3)
                || self.s(i).contains(',');
            if !won || sizeable {
                return Some(end);
            }
        }
        // "Rs 300 crore" has its sign; "600 crores" alone is still money in South Asian news.
        (n.digits && n.indian && !self.is_lowercase_word(n.end)).then_some(n.end)
    }

    /// The token after a currency sign or code that starts an amount: "$", "US$", "US $",
    /// "U.S. $", "GH₵", "CHF", "Rs.", "Sh" (glued or spaced), "N" (glued only).
    fn currency_prefix(&self, i: usize) -> Option<usize> {
        let s = self.s(i);
        if is_currency_sign(s) {
            return Some(i + 1);
        }
        let w = self.word(i)?;
        if self.glued(i) && i > 0 && self.kind(i - 1) == Some(Kind::Word) {
            return None;
        }
        if is_dollar_prefix(w) && (self.is(i + 1, "$") || self.is(i + 1, "₵") || self.is(i + 1, "¢")) {
            return Some(i + 2);
        }
        if let Some(j) = self.dotted_us(i) {
            if self.is(j, "$") {
                return Some(j + 1);
            }
        }
        if is_currency_code(w) {
            let j = if self.is(i + 1, ".") && self.glued(i + 1) { i + 2 } else { i + 1 };
            return self.is_num(j).then_some(j);
        }
        if is_single_letter_currency(w) && self.is_num(i + 1) && self.glued(i + 1) {
            // "N5,000", "R250": a lone capital glued to digits, not inside a word. Short codes
            // like "N12" (a TV channel) or "P81" (an aircraft) are names: an amount needs three
            // digits, a separator or a scale word.
            let clean_end = !self.glued(i + 2) || self.kind(i + 2) == Some(Kind::Punct);
            let amount = self.s(i + 1).len() >= 3 || self.number(i + 1, true).is_some_and(|n| n.end > i + 2);
            return (!self.glued(i) && clean_end && amount).then_some(i + 1);
        }
        None
    }

    /// "U.S." written with periods: the token after it.
    fn dotted_us(&self, i: usize) -> Option<usize> {
        (self.is(i, "U") && self.is(i + 1, ".") && self.is(i + 2, "S") && self.is(i + 3, "."))
            .then_some(i + 4)
    }

    /// A currency name after an amount, with its country: "dollars", "US dollars", "Swiss
    /// francs", "Hong Kong dollars", "-dollar" (in "billion-dollar"). The token after it.
    fn currency_suffix(&self, i: usize) -> Option<usize> {
        let mut j = if self.is_dash(i) && self.glued(i) { i + 1 } else { i };
        for _ in 0..3 {
            if let Some(k) = self.dotted_us(j) {
                j = k;
            } else if self.word(j).is_some_and(is_currency_country) {
                j += 1;
            } else {
                break;
            }
            if self.is_dash(j) && self.glued(j) {
                j += 1;
            }
        }
        let w = self.s(j);
        // Currency names are lower case in running text: "50 Cent" and "Million Dollar Baby"
        // are names. Codes ("USD") and sentence starts are fine.
        let mut chars = w.chars();
        let titlecase =
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase);
        let country = j > i + 1 || j == i + 1 && !self.is_dash(i);
        let after_first_word = j > 0 && self.starts_sentence(j - 1);
        let name_like = titlecase && !country && !after_first_word && !self.starts_sentence(j) && w != "Rs";
        (is_currency_word(w) && !name_like && self.kind(j) != Some(Kind::Opaque)).then_some(j + 1)
    }

    /// "tens of billions", "millions", "hundreds of thousands": the token after it.
    fn vague_amount(&self, i: usize) -> Option<usize> {
        const VAGUE: [&str; 7] =
            ["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions"];
        if !self.any_ci(i, &VAGUE) {
            return None;
        }
        if self.is_ci(i + 1, "of") && self.any_ci(i + 2, &VAGUE[2..]) {
            return Some(i + 3);
        }
        Some(i + 1)
    }

    // ---- PERCENT ----

    fn percent(&self, i: usize) -> Option<usize> {
        if self.is_num(i) && self.glued_to_name(i) {
            return None;
        }
        let n = self.number_range(i, false)?;
        let j = n.end;
        if self.is(j, "%") || self.is(j, "٪") {
            return Some(j + 1);
        }
        if self.is_ci(j, "per") && self.is_ci(j + 1, "cent")
            || self.is_ci(j, "percentage") && self.any_ci(j + 1, &["point", "points"])
        {
            return Some(j + 2);
        }
        (self.is_ci(j, "percent") || self.is(j, "pc") && self.glued(j)).then_some(j + 1)
    }

    // ---- QUANTITY ----

    fn quantity(&self, i: usize) -> Option<usize> {
        if self.is_num(i) && self.glued_to_name(i) {
            return None;
        }
        let n = self.number_range(i, false)?;
        let mut j = n.end;
        if self.is_dash(j) && self.glued(j) && self.glued(j + 1) {
            j += 1;
        }
        if self.is(j, "°") {
            return Some(if self.any_ci(j + 1, &["C", "F"]) && self.glued(j + 1) { j + 2 } else { j + 1 });
        }
        let unit = self.word(j)?;
        if !is_unit(unit) {
            return None;
        }
        j += 1;
        if matches!(unit, "square" | "sq" | "cubic" | "nautical") {
            j = if self.word(j).is_some_and(is_unit) { j + 1 } else { return None };
        }
        if unit == "degrees" && self.any_ci(j, &["Celsius", "Fahrenheit", "C", "F"]) {
            j += 1;
        }
        if matches!(self.s(j), "²" | "³") && self.glued(j) {
            j += 1;
        }
        let per_slash = self.is(j, "/") && self.glued(j) && self.word(j + 1).is_some() && self.glued(j + 1);
        if per_slash || self.is_ci(j, "per") && self.any_ci(j + 1, &["hour", "day", "second", "minute"]) {
            j += 2;
        }
        Some(j)
    }

    // ---- TIME ----

    fn time(&self, i: usize) -> Option<usize> {
        if self.any_ci(i, &["noon", "midnight", "tonight"]) {
            return Some(i + 1);
        }
        if self.any_ci(i, &["this", "yesterday", "tomorrow", "last", "early", "late"])
            && self.word(i + 1).is_some_and(is_part_of_day)
        {
            return Some(i + 2);
        }
        // "Friday morning" is a TIME in OntoNotes (and no DATE in Worldwide).
        if let Some(j) = self.weekday(i) {
            let part = self.word(j).is_some_and(is_part_of_day);
            return part.then_some(j + 1);
        }
        if self.is_num(i) && !self.glued_to_name(i) {
            // "15:30", "3.30 pm", "3 p.m.", "1530 GMT".
            let mut j = i + 1;
            let hour = self.plain_value(i);
            let clock =
                self.is(j, ":") && self.glued(j) && self.plain_digits(j + 1).is_some_and(|m| m.len() == 2);
            if clock && hour.is_some_and(|h| h <= 24) {
                j += 2;
            }
            let dotted_clock = !clock
                && self.s(i).len() <= 5
                && self.s(i).split_once('.').is_some_and(|(h, m)| {
                    m.len() == 2 && h.len() <= 2 && h.parse::<u32>().is_ok_and(|h| h <= 24)
                });
            let small_hour = hour.is_some_and(|h| (1..=12).contains(&h));
            if let Some(k) = self.meridiem(j).filter(|_| clock || small_hour || dotted_clock) {
                j = k;
            } else if self.is(j, "o'clock") || self.is(j, "o’clock") {
                j += 1;
            } else if !clock {
                // Bare four digits are a year; with a zone or "hrs" they are a time.
                let military = self.plain_digits(i).is_some_and(|s| s.len() == 4)
                    && (self.word(j).is_some_and(is_time_zone) || self.any_ci(j, &["hrs", "hours"]));
                if !military {
                    return self.duration(i, false);
                }
            }
            if self.word(j).is_some_and(is_time_zone) {
                j += 1;
            } else if self.is_ci(j, "local") && self.is_ci(j + 1, "time") {
                j += 2;
            } else if self.is_ci(j, "hrs") {
                j += 1;
            }
            return Some(j);
        }
        self.duration(i, false)
    }

    /// "am", "pm", "a.m.", "p.m." at `i`: the token after it.
    fn meridiem(&self, i: usize) -> Option<usize> {
        if self.any_ci(i, &["am", "pm"]) && self.glued(i) || self.any_ci(i, &["pm", "a.m", "p.m"]) {
            return Some(i + 1);
        }
        if self.any_ci(i, &["a", "p"]) && self.is(i + 1, ".") && self.is_ci(i + 2, "m") && self.glued(i + 2) {
            return Some(if self.is(i + 3, ".") && self.glued(i + 3) { i + 4 } else { i + 3 });
        }
        None
    }

    /// "three hours" (TIME when `calendar` is false) or "ten days ago" (DATE when true).
    fn duration(&self, i: usize, calendar: bool) -> Option<usize> {
        let mut j = i;
        if self.any_ci(j, &["a", "an"]) && self.any_ci(j + 1, &["few", "couple"]) {
            j += 2;
            if self.is_ci(j, "of") {
                j += 1;
            }
        } else if self.any_ci(j, &["several", "few"]) {
            j += 1;
        } else {
            if self.is_num(j) && self.glued_to_name(j) {
                return None;
            }
            // "a year ago": the article counts only with "ago", "earlier" or "later".
            let article = self.any_ci(j, &["a", "an"]);
            j = if article { j + 1 } else { self.number_range(j, false)?.end };
            if article {
                let unit = self.s(j).to_ascii_lowercase();
                let ok = if calendar { is_date_unit(&unit) } else { is_time_unit(&unit) };
                let after = self.any_ci(j + 1, &["ago", "earlier", "later"]);
                return (ok && after).then_some(j + 2);
            }
        }
        if self.is_dash(j) && self.glued(j) {
            j += 1;
        }
        let unit = self.word(j)?;
        let unit_lower = unit.to_ascii_lowercase();
        let ok = if calendar {
            is_date_unit(&unit_lower) && !matches!(unit_lower.as_str(), "weekend" | "weekends" | "season")
        } else {
            is_time_unit(&unit_lower)
        };
        if !ok || unit.starts_with(char::is_uppercase) && !self.starts_sentence(j) {
            return None;
        }
        j += 1;
        if self.is_dash(j) && self.glued(j) && self.is_ci(j + 1, "old") {
            j += 2;
        } else if self.any_ci(j, &["ago", "earlier", "later", "old"]) {
            j += 1;
        }
        Some(j)
    }

    // ---- ORDINAL and CARDINAL ----

    fn ordinal(&self, i: usize) -> Option<usize> {
        if self.is_num(i) && !self.glued_to_name(i) {
            let suffix = self.word(i + 1).filter(|w| is_ordinal_suffix(w) && self.glued(i + 1));
            return suffix.map(|_| i + 2);
        }
        let w = self.word(i)?;
        if !is_ordinal_word(w) {
            return None;
        }
        // "Second World War", "First Lady": a capitalized ordinal inside a name is not a value.
        if w.starts_with(char::is_uppercase) && (!self.starts_sentence(i) || self.is_titlecase(i + 1)) {
            return None;
        }
        Some(i + 1)
    }

    fn cardinal(&self, i: usize) -> Option<usize> {
        if let Some(end) = self.vague_amount(i) {
            // "thousands" of people is a number in OntoNotes; "tens" alone is not.
            return (!self.is_ci(i, "tens") || end > i + 1).then_some(end);
        }
        if self.is_num(i) {
            // "Boeing 737", "Vision 2030", "the 2022 World Cup": numbers inside names.
            let after_name = i > 0 && !self.starts_sentence(i - 1) && self.after_name_word(i);
            if self.glued_to_name(i) || after_name || self.year_in_event_name(i) {
                return None;
            }
            let n = self.number_range(i, false)?;
            // "5G", "3D", "19th" (ordinal rule): digits glued to letters are no count.
            if self.glued(n.end) && self.kind(n.end) == Some(Kind::Word) {
                return None;
            }
            return Some(n.end);
        }
        let n = self.number_range(i, false)?;
        if self.is_ci(i, "one") && n.end == i + 1 && !self.one_is_a_number(i) {
            return None;
        }
        // "a hundred" and "half a million" are numbers, "a" alone never reaches here.
        Some(n.end)
    }

    /// "one" as a number ("one reason", "one Russian diplomat"), not a pronoun ("one of them",
    /// "no one", "the one who").
    fn one_is_a_number(&self, i: usize) -> bool {
        const BEFORE: [&str; 13] = [
            "the", "no", "any", "every", "some", "each", "this", "that", "which", "another", "such",
            "someone", "anyone",
        ];
        const AFTER: [&str; 22] = [
            "of", "who", "that", "which", "another", "or", "and", "is", "was", "has", "had", "can", "could",
            "would", "will", "should", "must", "might", "may", "does", "did", "thing",
        ];
        if i > 0 && self.any_ci(i - 1, &BEFORE) {
            return false;
        }
        match self.word(i + 1) {
            Some(w) => !AFTER.iter().any(|a| w.eq_ignore_ascii_case(a)),
            None => false,
        }
    }

    // ---- DATE ----

    fn date(&self, i: usize) -> Option<usize> {
        if self.any_ci(i, &["today", "yesterday", "tomorrow"]) {
            return Some(i + 1);
        }
        if let Some(end) = self.holiday(i) {
            return Some(end);
        }
        if let Some(j) = self.weekday(i) {
            let end = self.weekday_date(i)?;
            return (end > j || self.weekday_alone(i, j)).then_some(end);
        }
        // "the end of June", "the beginning of the year".
        let k = if self.is_ci(i, "the") { i + 1 } else { i };
        if self.any_ci(k, &["end", "beginning", "start", "middle"]) && self.is_ci(k + 1, "of") {
            let j = k + 2;
            if let Some(end) = self.date_core(j, true).or_else(|| self.relative(j)) {
                return Some(end);
            }
            if self.is_ci(j, "the") && self.any_ci(j + 1, &["year", "month", "week", "decade", "century"]) {
                return Some(j + 2);
            }
        }
        // "early 2022", "mid-2023", "late August", "the early 1990s".
        if self.any_ci(k, &["early", "mid", "late"]) {
            let j = if self.is_dash(k + 1) && self.glued(k + 1) { k + 2 } else { k + 1 };
            if let Some(end) = self.decade(j).or_else(|| self.date_core(j, true)) {
                return Some(end);
            }
        }
        if let Some(end) = self.decade(i).or_else(|| self.century(i)) {
            return Some(end);
        }
        if let Some(end) = self.relative(i) {
            return Some(end);
        }
        // "the past two years", "the next 10 days".
        if self.is_ci(i, "the")
            && self.any_ci(i + 1, &["past", "last", "next", "coming", "previous", "first"])
        {
            if let Some(end) = self.duration(i + 2, true) {
                return Some(end);
            }
        }
        if let Some(end) = self.date_core(i, false) {
            return Some(end);
        }
        self.duration(i, true)
    }

    /// "this year", "last August", "next Monday", "earlier this month", "the past week".
    fn relative(&self, i: usize) -> Option<usize> {
        let mut j = i;
        if self.any_ci(j, &["earlier", "later"]) && self.is_ci(j + 1, "this") {
            j += 1;
        }
        if self.is_ci(j, "the") && self.any_ci(j + 1, &["past", "last", "next", "coming", "previous", "same"])
        {
            j += 1;
        }
        if !self.any_ci(j, &["this", "last", "next", "past", "coming", "previous", "current", "same"]) {
            return None;
        }
        let k = j + 1;
        let w = self.word(k)?;
        let lower = w.to_ascii_lowercase();
        let calendar = is_date_unit(&lower) && !lower.ends_with('s') || is_season(&lower);
        if calendar && w.starts_with(char::is_lowercase) {
            return Some(k + 1);
        }
        if let Some((end, false)) = self.month_name(k) {
            // "this January 10, 2022", "last July 18": the month may bring its day.
            return self.date_core(k, true).or(Some(end));
        }
        self.weekday_date(k)
    }

    /// A weekday, with the date that may follow it: "Wednesday", "Friday, July 8, 2022",
    /// "Sunday the 26 June".
    fn weekday_date(&self, i: usize) -> Option<usize> {
        let j = self.weekday(i)?;
        let mut k = j;
        if self.is(k, ",") {
            k += 1;
        }
        if self.is_ci(k, "the") {
            k += 1;
        }
        self.date_core(k, true).or(Some(j))
    }

    /// A weekday name ("Wednesday", "Mondays"): the token after it.
    fn weekday(&self, i: usize) -> Option<usize> {
        let w = self.word(i)?;
        if is_weekday_name(w) {
            return Some(i + 1);
        }
        if WEEKDAY_ABBREVIATIONS.contains(&w) && self.is(i + 1, ".") && self.glued(i + 1) {
            // "Wed." only before a date: "Wed. Sept. 21".
            let k = if self.is(i + 2, ",") { i + 3 } else { i + 2 };
            if self.date_core(k, true).is_some() {
                return Some(i + 2);
            }
        }
        None
    }

    /// A weekday without a date is one unless it is part of a name ("Black Friday", "Sunday
    /// Times").
    fn weekday_alone(&self, i: usize, end: usize) -> bool {
        if self.after_date_preposition(i) {
            return true;
        }
        // News writes "X said Tuesday" and "in Accra Wednesday": only a few words make a
        // weekday part of a name.
        const NAMED: [&str; 10] =
            ["Black", "Good", "Ash", "Super", "Bloody", "Easter", "Palm", "Cyber", "Holy", "Maundy"];
        let named = i > 0 && NAMED.contains(&self.s(i - 1)) && !self.starts_sentence(i);
        let name_follows = self.is_titlecase(end) && !self.starts_sentence(end) && !self.is_date_word(end);
        !(named || name_follows)
    }

    fn after_date_preposition(&self, i: usize) -> bool {
        i > 0 && self.any_ci(i - 1, &DATE_PREPOSITIONS) && self.toks[i - 1].kind == Kind::Word
    }

    /// The previous word is capitalized mid-sentence (or a name at the sentence start), so `i`
    /// continues a name: "Theresa May", "Black Friday".
    fn after_name_word(&self, i: usize) -> bool {
        const FUNCTION: [&str; 27] = [
            "but", "then", "so", "also", "at", "as", "for", "every", "each", "the", "that", "while", "when",
            "until", "a", "an", "its", "his", "her", "their", "our", "with", "over", "about", "under",
            "within", "unlike",
        ];
        if i == 0 || self.starts_sentence(i) || !self.is_titlecase(i - 1) {
            return false;
        }
        let prev = self.s(i - 1);
        let function = DATE_PREPOSITIONS.iter().chain(FUNCTION.iter()).any(|f| prev.eq_ignore_ascii_case(f));
        !(function || self.is_date_word(i - 1))
    }

    fn is_date_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            MONTHS.contains(&w) || MONTHS.iter().any(|m| in_capitals(w, m)) || is_weekday_name(w)
        })
    }

    /// A month name ("September", "Sept.", "Sep"): the token after it, and whether abbreviated.
    fn month_name(&self, i: usize) -> Option<(usize, bool)> {
        let w = self.word(i)?;
        if MONTHS.contains(&w) {
            return Some((i + 1, false));
        }
        if MONTH_ABBREVIATIONS.contains(&w) || MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w) && w.len() > 3)
        {
            let end = if self.is(i + 1, ".") && self.glued(i + 1) { i + 2 } else { i + 1 };
            return Some((end, true));
        }
        None
    }

    /// A day of the month: "21", "21st", "the 21st" is left to the caller. The token after it.
    fn day(&self, i: usize) -> Option<usize> {
        let d = self.plain_digits(i).filter(|s| s.len() <= 2)?.parse::<u32>().ok()?;
        // "Feb.25" glues the day to the month's period.
        let after_month = i >= 2 && self.is(i - 1, ".") && self.month_name(i - 2).is_some();
        if !(1..=31).contains(&d) || self.glued_to_name(i) && !self.is_dash(i - 1) && !after_month {
            return None;
        }
        let j = i + 1;
        if self.word(j).is_some_and(is_ordinal_suffix) && self.glued(j) {
            return Some(j + 1);
        }
        (!self.glued(j) || self.kind(j) != Some(Kind::Word)).then_some(j)
    }

    /// A year (1000 to 2100, four digits, not a count or a code): the token after it.
    fn year(&self, i: usize) -> Option<usize> {
        self.year_checked(i, false)
    }

    /// A year; `after_date` (after a month or day) skips the checks against counts and names.
    fn year_checked(&self, i: usize, after_date: bool) -> Option<usize> {
        let y: u32 = self.plain_digits(i).filter(|s| s.len() == 4)?.parse().ok()?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        if self.glued(i) && i > 0 && matches!(self.kind(i - 1), Some(Kind::Word) | Some(Kind::Number)) {
            return None;
        }
        // "Vision 2030", "World Expo 2030", "Paris 2024": a year closing a name is part of it.
        if !after_date && i > 0 && self.after_name_word(i) {
            return None;
        }
        if i > 0 && (is_currency_sign(self.s(i - 1)) || self.word(i - 1).is_some_and(is_currency_code)) {
            return None;
        }
        const CODES: [&str; 9] =
            ["no", "number", "article", "flight", "room", "route", "highway", "model", "section"];
        if i > 0 && self.any_ci(i - 1, &CODES) || i > 1 && self.is(i - 1, ".") && self.any_ci(i - 2, &CODES) {
            return None;
        }
        // "more than 1000 children", "some 1500 troops": an approximation counts.
        const APPROXIMATELY: [&str; 9] =
            ["than", "about", "around", "some", "nearly", "almost", "roughly", "approximately", "least"];
        if !after_date && i > 0 && self.any_ci(i - 1, &APPROXIMATELY) && self.is_lowercase_word(i + 1) {
            return None;
        }
        let j = i + 1;
        if self.glued(j) && self.kind(j) == Some(Kind::Word) || self.is(j, "%") {
            return None;
        }
        // "the 2009 elections" and "the 2022 World Cup" hold years, "2000 people" a count.
        let determiner = i > 0 && self.any_ci(i - 1, &["the", "a", "its", "his", "her", "their", "this"]);
        // "in 2021 less than half", "since 1960 continues": after these a number is a year.
        let year_preposition =
            i > 0 && self.any_ci(i - 1, &["in", "since", "until", "till", "during", "before", "after"]);
        if let Some(w) = self.word(j) {
            // Irregular plurals count too: "1709 schoolchildren", "1500 women".
            let plural = w.ends_with('s') || w.ends_with("children") || w.ends_with("men");
            let counted = w.len() > 3
                && plural
                && w.starts_with(char::is_lowercase)
                && !determiner
                && !year_preposition
                && !after_date;
            if counted || is_unit(w) || scale(w, true, false) || is_currency_word(w) || w == "people" {
                return None;
            }
        }
        Some(j)
    }

    /// "the 2022 World Cup": a year between a determiner and a name belongs to the name.
    fn year_in_event_name(&self, i: usize) -> bool {
        let determiner = i > 0 && self.any_ci(i - 1, &["the", "a", "its", "his", "her", "their", "this"]);
        let year_shaped = self.plain_digits(i).is_some_and(|d| d.len() == 4);
        year_shaped && determiner && self.is_titlecase(i + 1) && !self.is_date_word(i + 1)
    }

    /// A year, or a span of years: "2022-23", "2021/22", "1538-9".
    fn years(&self, i: usize) -> Option<usize> {
        let end = self.year(i)?;
        // Years joined by "to" stay two values ("from 1990 to 2000"), as in Worldwide.
        if (self.is_dash(end) || self.is(end, "/")) && self.glued(end + 1) {
            if let Some(e) = self.year(end + 1) {
                return Some(e);
            }
            let short = self.plain_digits(end + 1).is_some_and(|s| s.len() <= 2)
                && (!self.glued(end + 2) || self.kind(end + 2) == Some(Kind::Punct));
            if short {
                return Some(end + 2);
            }
        }
        Some(end)
    }

    /// A year after a month or day, with its optional comma or "of": the token after it.
    fn year_after(&self, i: usize) -> Option<usize> {
        let k = if self.is(i, ",") || self.is_ci(i, "of") { i + 1 } else { i };
        self.year_checked(k, true)
    }

    /// "1990s", "the 1990s", "'80s", "the eighties" is left out (rare in news).
    fn decade(&self, i: usize) -> Option<usize> {
        let the = self.is_ci(i, "the");
        let k = if the { i + 1 } else { i };
        let apostrophe = matches!(self.s(k), "'" | "‘" | "’") && self.glued(k + 1);
        let k = if apostrophe { k + 1 } else { k };
        let digits = self.plain_digits(k)?;
        let plural = self.is(k + 1, "s") && self.glued(k + 1);
        // "his 20s" is an age; "the 90s" and "'80s" are decades.
        let modified = k > 0 && self.any_ci(k - 1, &["early", "mid", "late", "-"]);
        let two = digits.len() == 2 && (the || apostrophe || modified);
        ((digits.len() == 4 || two) && digits.ends_with('0') && plural).then_some(k + 2)
    }

    /// "the 19th century", "the twenty-first century".
    fn century(&self, i: usize) -> Option<usize> {
        let k = if self.is_ci(i, "the") { i + 1 } else { i };
        let j = self.ordinal(k)?;
        let j = if self.is_dash(j) && self.glued(j) { j + 1 } else { j };
        self.any_ci(j, &["century", "centuries"]).then_some(j + 1)
    }

    fn holiday(&self, i: usize) -> Option<usize> {
        if self.is(i, "Eid") {
            // "Eid al-Adha", "Eid Al Adha", "Eid-ul-Fitr": the feast's name after "Eid".
            let mut j = i + 1;
            while self.is_dash(j) && self.glued(j) || self.any_ci(j, &["al", "ul", "el"]) {
                j += 1;
            }
            if self.any_ci(j, &["Adha", "Fitr", "Azha", "Fitar", "Milad"]) {
                return Some(j + 1);
            }
            return Some(i + 1);
        }
        HOLIDAYS.iter().find_map(|words| {
            words
                .iter()
                .enumerate()
                .all(|(n, w)| self.s(i + n).eq_ignore_ascii_case(w))
                .then_some(i + words.len())
        })
    }

    /// A calendar date: "21 September 2022", "September 21, 2022", "Sept. 21", "the 7th of
    /// May", "June 2022", "July 21 to 23", "2022-09-21", "27.08.2022", a bare month (where the
    /// context allows, see [`Rules::month_alone`]) or a year. `anchored` says a date word came
    /// before (a weekday, "early", "end of"), which makes a bare month safe.
    fn date_core(&self, i: usize, anchored: bool) -> Option<usize> {
        if let Some(end) = self.numeric_date(i) {
            return Some(end);
        }
        // Day first: "21 September 2022", "the 7th of May", "28 to 31 July".
        let day_at = if self.is_ci(i, "the") && self.is_num(i + 1) { i + 1 } else { i };
        if let Some(mut j) = self.day(day_at) {
            if (self.is_dash(j) || self.any_ci(j, &["to", "and"])) && self.day(j + 1).is_some() {
                let k = self.day(j + 1).unwrap_or(j);
                if self.month_name(k).is_some() {
                    j = k;
                }
            }
            let k = if self.is_ci(j, "of") { j + 1 } else { j };
            if let Some((m, _)) = self.month_name(k) {
                // "1 April , 2021" keeps the comma's year; "21 September 2022".
                return Some(self.year_after(m).unwrap_or(m));
            }
        }
        if let Some((m, abbreviated)) = self.month_name(i) {
            // Month first: "September 21, 2022", "Aug. 2", "July 21 to 23", "June 21-26".
            let day_at = if self.is_ci(m, "the") { m + 1 } else { m };
            if let Some(mut j) = self.day(day_at) {
                if (self.is_dash(j) || self.any_ci(j, &["to", "and", "through"])) && self.day(j + 1).is_some()
                {
                    j = self.day(j + 1).unwrap_or(j);
                }
                return Some(self.year_after(j).unwrap_or(j));
            }
            if let Some(end) = self.year_after(m) {
                return Some(end);
            }
            if abbreviated {
                return None;
            }
            // "December to April", "May to November": two months vouch for each other.
            if self.is_dash(m) || self.any_ci(m, &["to", "through"]) {
                if let Some((end, false)) = self.month_name(m + 1) {
                    return Some(self.year_after(end).unwrap_or(end));
                }
            }
            if self.any_ci(m, &["and", "or", "/"]) && self.month_name(m + 1).is_some_and(|(_, a)| !a) {
                return Some(m);
            }
            return self.month_alone(i, anchored).then_some(m);
        }
        self.years(i)
    }

    /// A month name without day or year is a date unless it is a verb or part of a name.
    fn month_alone(&self, i: usize, anchored: bool) -> bool {
        if anchored || self.after_date_preposition(i) {
            return true;
        }
        // "May" and "March" are verbs and names too often to stand alone.
        if self.is(i, "May") || self.is(i, "March") {
            return false;
        }
        let name_follows = self.is_titlecase(i + 1) && !self.is_date_word(i + 1);
        !(self.after_name_word(i) || name_follows)
    }

    /// "2022-09-21", "27.08.2022", "4/6/2022", "05-08-2021".
    fn numeric_date(&self, i: usize) -> Option<usize> {
        let s = self.s(i);
        if self.is_num(i) {
            let parts: Vec<&str> = s.split('.').collect();
            if parts.len() == 3 && parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
                return Some(i + 1);
            }
        }
        let a = self.plain_digits(i)?;
        let sep = self.s(i + 1);
        if !(sep == "-" || sep == "/") || !self.glued(i + 1) || !self.glued(i + 2) || !self.glued(i + 4) {
            return None;
        }
        let b = self.plain_digits(i + 2)?;
        let c = self.plain_digits(i + 4)?;
        if self.s(i + 3) != sep
            || !self.glued(i + 3)
            || self.glued(i + 5) && self.kind(i + 5) != Some(Kind::Punct)
        {
            return None;
        }
        let iso = a.len() == 4 && b.len() <= 2 && c.len() <= 2;
        let day_first = a.len() <= 2 && b.len() <= 2 && c.len() == 4;
        (iso || day_first).then_some(i + 5)
    }
}

#[cfg(test)]
mod tests;
