//! ISO values for DATE mentions, with relative dates resolved against the document date.
//!
//! Values follow ISO 8601 as TIMEX3 uses it: a day "2022-09-21", a month "2022-09", a year
//! "2022", a week "2022-W38", a decade "199X". Ranges ("2022-23", "July 21 to 23") and
//! durations ("three years") get no value.
//!
//! Relative dates need the document date, and news conventions decide the open cases:
//! - A bare weekday ("on Wednesday") is the most recent such day *before* the document date: a
//!   report says "today" for its own day, so "Wednesday" in a Wednesday article means a week
//!   earlier. In a sentence about the future ("will meet on Wednesday") or with "next", it is the
//!   first such day after the document date.
//! - A bare month ("in August") is the most recent such month on or before the document's month
//!   (news reports the past); in a sentence about the future, the first on or after it. "last
//!   August" is the most recent strictly before the document's month ("last September" in a
//!   September article is the year before), "next August" the first strictly after.
//! - A day and month without a year ("21 September") take the year that puts the date nearest
//!   the document date, since news cites both recent and coming days.
//!
//! Without a document date only absolute values are given.

use crate::date::{days_in_month, Date, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};
use crate::span::Span;

/// Whether the sentence around a mention speaks of the future, which decides bare months and
/// weekdays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// The ISO value of the DATE mention at `span` in `text`, reading the tense of its sentence.
pub fn resolve_in(text: &str, span: Span, document_date: Option<Date>) -> Option<String> {
    resolve(&text[span], document_date, sentence_tense(text, span))
}

/// The ISO value of a DATE mention's text, if one can be fixed.
pub fn resolve(mention_text: &str, document_date: Option<Date>, tense: Tense) -> Option<String> {
    let words = lex(mention_text);
    if let Some(value) = numeric(mention_text) {
        return Some(value);
    }
    Parsed::new(&words)?.value(document_date, tense)
}

/// Future cues in the sentence around `span` (from the last sentence end before it to the next).
fn sentence_tense(text: &str, span: Span) -> Tense {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..span.start].rfind(is_end).map_or(0, |n| n + 1);
    let end = text[span.end..].find(is_end).map_or(text.len(), |n| span.end + n);
    let sentence = &text[start..end];
    const CUES: [&str; 14] = [
        " will ",
        " won't ",
        " won’t ",
        "'ll ",
        "’ll ",
        " shall ",
        " due to ",
        " scheduled ",
        " expected to ",
        " plans to ",
        " plan to ",
        " upcoming ",
        " set to ",
        " going to ",
    ];
    // Every cue starts with a space or an apostrophe (`'`, or `’`, whose first byte is 0xE2):
    // one pass over the sentence tries the cues only where such a byte is, instead of a
    // substring search per cue (those searches were most of this stage's time in Node).
    let bytes = sentence.as_bytes();
    let cue_at = |i: usize| {
        CUES.iter().any(|c| {
            let c = c.as_bytes();
            bytes.get(i + 1) == c.get(1) && bytes[i..].starts_with(c)
        })
    };
    let inside = bytes.iter().enumerate().any(|(i, &b)| matches!(b, b' ' | b'\'' | 0xE2) && cue_at(i));
    if inside || CUES.iter().any(|c| sentence.starts_with(c.trim_start())) {
        Tense::Future
    } else {
        Tense::Past
    }
}

/// A piece of a mention: a lower-cased word or a number.
#[derive(Clone, Debug, PartialEq)]
enum Lexeme {
    Word(String),
    /// The value and how many digits it was written with.
    Number(u32, usize),
    /// A joiner of ranges: "-", "–", "/", "to", "and", "through".
    Joiner,
}

fn lex(text: &str) -> Vec<Lexeme> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let word = text[i..end].to_lowercase();
            if matches!(word.as_str(), "to" | "and" | "through" | "until") {
                out.push(Lexeme::Joiner);
            } else if !matches!(word.as_str(), "st" | "nd" | "rd" | "th" | "s")
                || !matches!(out.last(), Some(Lexeme::Number(..)))
            {
                out.push(Lexeme::Word(word));
            } else if word == "s" {
                out.push(Lexeme::Word("s".into()));
            }
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &text[i..end];
            out.push(Lexeme::Number(digits.parse().unwrap_or(u32::MAX), digits.len()));
        } else if matches!(c, '-' | '–' | '—' | '/') {
            out.push(Lexeme::Joiner);
        }
    }
    out
}

/// "2022-09-21", "27.08.2022", "21/09/2022" (day first unless the first part cannot be a day).
fn numeric(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some(date) = Date::parse_iso(text) {
        return Some(date.to_string());
    }
    let sep = [".", "/", "-"].into_iter().find(|s| text.matches(*s).count() == 2)?;
    let parts: Vec<&str> = text.split(sep).collect();
    if parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let nums: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let (year, month, day) = if parts[0].len() == 4 {
        (nums[0], nums[1], nums[2])
    } else if parts[2].len() == 4 && nums[1] > 12 {
        (nums[2], nums[0], nums[1])
    } else if parts[2].len() == 4 {
        (nums[2], nums[1], nums[0])
    } else {
        return None;
    };
    Date::new(year as i32, u8::try_from(month).ok()?, u8::try_from(day).ok()?).map(|d| d.to_string())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shift {
    None,
    This,
    Last,
    Next,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// What a mention says, field by field.
#[derive(Debug, Default)]
struct Parsed {
    shift: Option<Shift>,
    weekday: Option<u8>,
    month: Option<u8>,
    day: Option<u8>,
    year: Option<i32>,
    decade: Option<i32>,
    /// "today" = 0, "yesterday" = -1, "tomorrow" = 1.
    day_offset: Option<i64>,
    unit: Option<Unit>,
    /// "three years", "100 days".
    count: Option<i64>,
    /// "ago": the count looks back from the document date.
    ago: bool,
    holiday: Option<(u8, u8)>,
}

impl Parsed {
    /// None for ranges and anything with two values.
    fn new(words: &[Lexeme]) -> Option<Parsed> {
        let mut p = Parsed::default();
        let mut last_number: Option<(u32, usize)> = None;
        for (n, lexeme) in words.iter().enumerate() {
            match lexeme {
                Lexeme::Joiner => {
                    // "mid-2023" and "Eid al-Adha" join words, not values.
                    let between_values = n > 0
                        && matches!(words.get(n + 1), Some(Lexeme::Number(..)))
                        && (p.day.is_some() || p.year.is_some() || p.month.is_some());
                    if between_values {
                        return None;
                    }
                }
                Lexeme::Number(value, digits) => {
                    let value = *value;
                    last_number = Some((value, *digits));
                    let decade_follows = matches!(words.get(n + 1), Some(Lexeme::Word(w)) if w == "s");
                    if *digits == 4 && p.year.is_none() {
                        p.year = Some(value as i32);
                    } else if *digits <= 2 && decade_follows {
                        // "the 90s": the "s" takes the number.
                    } else if *digits <= 2
                        && (1..=31).contains(&value)
                        && p.day.is_none()
                        && p.count.is_none()
                    {
                        p.day = Some(value as u8);
                    } else if *digits <= 3 && p.count.is_none() {
                        p.count = Some(i64::from(value));
                    } else {
                        return None;
                    }
                }
                Lexeme::Word(w) => {
                    p.word(w, &mut last_number)?;
                    if w != "s" {
                        last_number = None;
                    }
                }
            }
        }
        // A lone small number is a count ("two years") or a day only next to a month.
        if p.month.is_none() && p.day.is_some() {
            if p.unit.is_some() {
                p.count = p.count.or(p.day.map(i64::from));
            }
            p.day = None;
        }
        Some(p)
    }

    fn word(&mut self, w: &str, last_number: &mut Option<(u32, usize)>) -> Option<()> {
        if WEEKDAYS.iter().any(|d| w.strip_suffix('s') == Some(d)) {
            // "on Mondays" recurs: no single date.
            return None;
        }
        if let Some(d) = WEEKDAYS.iter().position(|d| w == *d) {
            self.weekday = Some(d as u8);
        } else if let Some(m) = month_index(w) {
            if self.month.is_some() {
                return None;
            }
            self.month = Some(m);
        } else {
            match w {
                "today" | "tonight" => self.day_offset = Some(0),
                "yesterday" => self.day_offset = Some(-1),
                "tomorrow" => self.day_offset = Some(1),
                "this" | "current" | "same" => self.shift = Some(Shift::This),
                "last" | "past" | "previous" => self.shift = Some(Shift::Last),
                "next" | "coming" => self.shift = Some(Shift::Next),
                "earlier" | "later" => self.shift = self.shift.or(Some(Shift::This)),
                "day" | "days" => self.unit = Some(Unit::Day),
                "week" | "weeks" => self.unit = Some(Unit::Week),
                "month" | "months" => self.unit = Some(Unit::Month),
                "year" | "years" => self.unit = Some(Unit::Year),
                "decade" | "decades" => self.unit = Some(Unit::Decade),
                "ago" => self.ago = true,
                "s" => {
                    // "1990s", "the 90s": the number before was a decade; else a possessive.
                    if let Some((value, digits)) = last_number.take() {
                        self.decade = Some(if digits == 2 { 1900 + value as i32 } else { value as i32 });
                        self.year = None;
                        self.day = None;
                    }
                }
                "christmas" => self.holiday = Some((12, 25)),
                "eve" if self.holiday == Some((12, 25)) => self.holiday = Some((12, 24)),
                "new" => self.holiday = Some((1, 1)),
                "eve" if self.holiday == Some((1, 1)) => self.holiday = Some((12, 31)),
                "the" | "on" | "of" | "early" | "mid" | "late" | "end" | "beginning" | "start" | "middle"
                | "in" | "day's" | "year's" | "eid" | "al" | "ul" | "adha" | "fitr" | "ramadan"
                | "easter" | "diwali" | "thanksgiving" | "weekend" => {}
                other => {
                    self.count = Some(i64::from(small_number(other)?));
                }
            }
        }
        Some(())
    }

    fn value(&self, doc: Option<Date>, tense: Tense) -> Option<String> {
        let shift = self.shift.unwrap_or(Shift::None);
        if let Some(offset) = self.day_offset {
            return Some(doc?.add_days(offset).to_string());
        }
        if let Some(decade) = self.decade {
            return Some(format!("{}X", decade / 10));
        }
        if let (Some(year), Some(month), Some(day)) = (self.year, self.month, self.day) {
            return Date::new(year, month, day).map(|d| d.to_string());
        }
        if let (Some(month), Some(day)) = (self.month, self.day) {
            return nearest_day_month(doc?, month, day).map(|d| d.to_string());
        }
        if let (Some(year), Some(month)) = (self.year, self.month) {
            return Some(format!("{year:04}-{month:02}"));
        }
        if let Some(year) = self.year {
            return (self.unit.is_none() && self.count.is_none()).then(|| format!("{year:04}"));
        }
        if let Some(month) = self.month {
            return Some(month_value(doc?, month, shift, tense));
        }
        if let Some(weekday) = self.weekday {
            return Some(weekday_value(doc?, weekday, shift, tense).to_string());
        }
        if let Some((month, day)) = self.holiday {
            let doc = doc?;
            return Date::new(doc.year, month, day).map(|d| d.to_string());
        }
        let doc = doc?;
        if let (Some(n), true) = (self.count, self.ago) {
            return Some(ago(doc, n, self.unit?));
        }
        if self.count.is_some() || self.shift.is_none() {
            return None;
        }
        let step = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        Some(match self.unit? {
            Unit::Day => doc.add_days(step).to_string(),
            Unit::Week => iso_week(doc.add_days(7 * step)),
            Unit::Month => month_string(add_months(doc.year, doc.month, step)),
            Unit::Year => format!("{:04}", doc.year + step as i32),
            Unit::Decade => format!("{}X", doc.year / 10 + step as i32),
        })
    }
}

fn month_index(w: &str) -> Option<u8> {
    if let Some(m) = MONTHS.iter().position(|m| *m == w) {
        return Some(m as u8 + 1);
    }
    // Abbreviations: "sept", "aug"; "mar" and "may" already covered or too short to doubt.
    let m = MONTHS.iter().position(|m| w.len() >= 3 && m.starts_with(w))?;
    Some(m as u8 + 1)
}

fn small_number(w: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match w {
        "a" | "an" => Some(1),
        "few" | "several" | "couple" => None,
        _ => WORDS.iter().position(|x| *x == w).map(|n| n as u32),
    }
}

/// The year for a day and month that lies nearest the document date.
fn nearest_day_month(doc: Date, month: u8, day: u8) -> Option<Date> {
    let candidates = [doc.year - 1, doc.year, doc.year + 1];
    candidates
        .iter()
        .filter_map(|&y| Date::new(y, month, day))
        .min_by_key(|d| (d.days_since_epoch() - doc.days_since_epoch()).abs())
        .or_else(|| (day <= days_in_month(doc.year, month)).then_some(doc))
}

fn month_value(doc: Date, month: u8, shift: Shift, tense: Tense) -> String {
    let (y, m) = (doc.year, doc.month);
    let year = match shift {
        Shift::Last => y - i32::from(month >= m),
        Shift::Next => y + i32::from(month <= m),
        Shift::This => y,
        Shift::None if tense == Tense::Future => y + i32::from(month < m),
        Shift::None => y - i32::from(month > m),
    };
    format!("{year:04}-{month:02}")
}

fn weekday_value(doc: Date, weekday: u8, shift: Shift, tense: Tense) -> Date {
    let today = i64::from(doc.weekday());
    let target = i64::from(weekday);
    let forward = shift == Shift::Next || (shift != Shift::Last && tense == Tense::Future);
    if forward {
        let ahead = (target - today).rem_euclid(7);
        doc.add_days(if ahead == 0 { 7 } else { ahead })
    } else {
        let back = (today - target).rem_euclid(7);
        doc.add_days(-(if back == 0 { 7 } else { back }))
    }
}

fn ago(doc: Date, n: i64, unit: Unit) -> String {
    match unit {
        Unit::Day => doc.add_days(-n).to_string(),
        Unit::Week => iso_week(doc.add_days(-7 * n)),
        Unit::Month => month_string(add_months(doc.year, doc.month, -n)),
        Unit::Year => format!("{:04}", i64::from(doc.year) - n),
        Unit::Decade => format!("{}X", (i64::from(doc.year) - 10 * n) / 10),
    }
}

fn add_months(year: i32, month: u8, delta: i64) -> (i32, u8) {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + delta;
    (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u8)
}

fn month_string((year, month): (i32, u8)) -> String {
    format!("{year:04}-{month:02}")
}

/// The ISO 8601 week of a date: "2022-W38".
fn iso_week(date: Date) -> String {
    // The week belongs to the year of its Thursday.
    let thursday = date.add_days(3 - i64::from(date.weekday()));
    let first = Date { year: thursday.year, month: 1, day: 1 };
    let week = (thursday.days_since_epoch() - first.days_since_epoch()) / 7 + 1;
    format!("{:04}-W{week:02}", thursday.year)
}

#[cfg(test)]
mod tests;
