//! Datelines and date lines: "GENEVA, March 3 (Reuters) -", "date 2022-09-22",
//! "Published: 3 March 2023 10:45 GMT". Reads the date they carry, which anchors relative dates.

use crate::date::{Date, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};

/// A calendar date as written; the year is missing in wire datelines ("March 3").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl WrittenDate {
    pub fn with_year(self, year: i32) -> Option<Date> {
        Date::new(self.year.unwrap_or(year), self.month, self.day)
    }

    pub fn date(self) -> Option<Date> {
        Date::new(self.year?, self.month, self.day)
    }
}

/// The month named by `word` ("March", "Mar", "Mar.", "Sept"), 1-based.
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    if lower == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower)))
        .map(|i| i as u8 + 1)
}

fn is_weekday(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    if word.len() < 3 || !word.is_ascii() {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    WEEKDAYS.iter().any(|d| *d == lower || (lower.len() == 3 && d.starts_with(&lower)))
}

/// Splits `s` into words with their byte offsets (split on white space only).
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

fn number(word: &str, max: u32) -> Option<u32> {
    let digits = word.trim_end_matches(['.', ',']);
    let digits = digits
        .strip_suffix("st")
        .or_else(|| digits.strip_suffix("nd"))
        .or_else(|| digits.strip_suffix("rd"))
        .or_else(|| digits.strip_suffix("th"))
        .unwrap_or(digits);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| (1..=max).contains(n))
}

fn year(word: &str) -> Option<i32> {
    let digits = word.trim_end_matches(['.', ',', ';']);
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Reads a date at the start of `s` (after an optional weekday): "2022-09-22", "22.09.2022",
/// "March 3, 2023", "Mar. 3", "3 March 2023", "25 March". Returns the date and the byte length
/// it covers.
pub fn date_at_start(s: &str) -> Option<(WrittenDate, usize)> {
    let mut ws = words(s).peekable();
    let (mut first_at, mut first) = *ws.peek()?;
    if first_at != 0 {
        return None;
    }
    if is_weekday(first) {
        ws.next();
        (first_at, first) = *ws.peek()?;
    }
    if let Some((date, len)) = numeric_date(first) {
        return Some((date, first_at + len));
    }
    let (_, w1) = ws.next()?;
    let (w2_at, w2) = ws.next()?;
    let w3 = ws.next();
    let end_of = |at: usize, w: &str| at + w.trim_end_matches([',', ';']).len();
    // "March 3, 2023" / "March 3".
    if let (Some(month), Some(day)) = (month_number(w1), number(w2, 31)) {
        if let Some((w3_at, w3)) = w3.filter(|(_, w)| year(w).is_some()) {
            let date = WrittenDate { year: year(w3), month, day: day as u8 };
            return Some((date, end_of(w3_at, w3)));
        }
        return Some((WrittenDate { year: None, month, day: day as u8 }, end_of(w2_at, w2)));
    }
    // "3 March 2023" / "25 March".
    if let (Some(day), Some(month)) = (number(w1, 31), month_number(w2)) {
        if let Some((w3_at, w3)) = w3.filter(|(_, w)| year(w).is_some()) {
            let date = WrittenDate { year: year(w3), month, day: day as u8 };
            return Some((date, end_of(w3_at, w3)));
        }
        return Some((WrittenDate { year: None, month, day: day as u8 }, end_of(w2_at, w2)));
    }
    None
}

/// "2022-09-22", "2022/09/22", "22.09.2022" (day first, as written outside the US).
fn numeric_date(word: &str) -> Option<(WrittenDate, usize)> {
    let word = word.trim_end_matches([',', ';']);
    let bytes = word.as_bytes();
    let len = word.len();
    let core = if len > 10 && (bytes[10] == b'T' || bytes[10] == b',') { &word[..10] } else { word };
    if core.len() != 10 {
        return None;
    }
    let b = core.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        core.get(r).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()
    };
    let date = if (b[4] == b'-' || b[4] == b'/') && b[7] == b[4] {
        WrittenDate {
            year: Some(digits(0..4)? as i32),
            month: digits(5..7)? as u8,
            day: digits(8..10)? as u8,
        }
    } else if b[2] == b'.' && b[5] == b'.' {
        WrittenDate {
            year: Some(digits(6..10)? as i32),
            month: digits(3..5)? as u8,
            day: digits(0..2)? as u8,
        }
    } else {
        return None;
    };
    Date::new(date.year.unwrap_or(2000), date.month, date.day)?;
    Some((date, core.len()))
}

/// Words that introduce a date line.
const DATE_LINE_LABELS: &[&str] = &[
    "date",
    "published",
    "updated",
    "posted",
    "last updated",
    "first published",
    "published on",
    "posted on",
];

/// A date line at the start of `line`: an optional label ("date", "Published:"), a date, an
/// optional time ("10:45 GMT", "12.30pm"). Returns the date, the length of the date line and
/// whether it had a label.
pub fn date_line(line: &str) -> Option<(WrittenDate, usize, bool)> {
    let mut at = 0;
    for label in DATE_LINE_LABELS {
        if line.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label)) {
            let rest = &line[label.len()..];
            let skipped = rest.len() - rest.trim_start_matches([':', ' ', '\t', '|', '-']).len();
            if skipped > 0 || rest.is_empty() {
                at = label.len() + skipped;
            }
        }
    }
    let (date, len) = date_at_start(&line[at..])?;
    let mut end = at + len;
    // A time and zone written after the date belong to the date line.
    let mut rest = &line[end..];
    loop {
        let trimmed = rest.trim_start_matches([' ', ',', '|', '-', '–', '—']);
        let Some(word) = trimmed.split_whitespace().next() else { break };
        let clock = word.trim_end_matches(['a', 'p', 'm', ',']);
        let is_time = clock.len() >= 4
            && clock.len() <= 5
            && clock.contains([':', '.'])
            && clock.bytes().all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
            || word.trim_end_matches(['.', ',']).ends_with("am")
                && word.starts_with(|c: char| c.is_ascii_digit())
            || word.trim_end_matches(['.', ',']).ends_with("pm")
                && word.starts_with(|c: char| c.is_ascii_digit());
        let is_zone = matches!(
            word.trim_end_matches(['.', ',']),
            "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
                | "ET"
                | "EST"
                | "EDT"
                | "PT"
                | "IST"
                | "a.m"
                | "p.m"
                | "AM"
                | "PM"
                | "am"
                | "pm"
        );
        if !(is_time || is_zone) {
            break;
        }
        let word_at = line.len() - trimmed.len();
        end = word_at + word.trim_end_matches(',').len();
        rest = &line[end..];
    }
    Some((date, end, at > 0))
}

/// A date line's label alone on its line ("Published"), with the date on the next.
pub fn is_date_label(line: &str) -> bool {
    let line = line.trim_end_matches([':', ' ']);
    DATE_LINE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(line))
}

/// News agencies that sign datelines and photo credits.
pub const AGENCIES: &[&str] = &[
    "Reuters",
    "AP",
    "AFP",
    "dpa",
    "DPA",
    "Xinhua",
    "ANSA",
    "EFE",
    "PTI",
    "IANS",
    "ANI",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "Bernama",
    "Anadolu",
    "SDA",
    "Keystone-SDA",
    "UNI",
    "APA",
    "Bloomberg",
    "CNA",
    "WAM",
    "SPA",
    "KUNA",
    "QNA",
    "MENA",
    "IRNA",
    "Lusa",
    "NTB",
    "TT",
    "NTB",
    "PA",
    "AAP",
    "CP",
    "UPI",
    "Agencies",
    "AFP-JIJI",
    "AP Photo",
];

/// Separators that end a wire dateline.
const DATELINE_DASHES: &[&str] = &[" -- ", " - ", " – ", " — ", " —", " –", " -", "— ", "– ", ": "];

/// Labels that open a line with a colon and are not places ("Update: …").
const COLON_LABELS: &[&str] = &[
    "Update",
    "Note",
    "Warning",
    "Breaking",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Comment",
    "Video",
    "Live",
    "Watch",
    "Read",
    "Editor's",
    "Editor’s",
    "Correction",
    "Clarification",
    "Caption",
    "Photo",
    "Source",
    "Image",
    "Credit",
    "Contact",
    "Tags",
    "Topics",
    "Related",
    "Listen",
    "Explainer",
    "Q",
    "A",
];

/// A wire dateline at the start of `line`: "GENEVA, March 3 (Reuters) -", "NEW YORK (AP) —",
/// "afrol News, 25 March -"; in the first paragraph also a list of places ("Evansville,
/// Indiana, United States -"). Returns the date, if written, and the length including the dash.
pub fn wire_dateline(line: &str, first_paragraph: bool) -> Option<(Option<WrittenDate>, usize)> {
    let window_end = line.char_indices().map(|(i, _)| i).find(|&i| i >= 90).unwrap_or(line.len());
    let (sep_at, sep) = DATELINE_DASHES
        .iter()
        .filter_map(|d| line[..window_end].find(d).map(|at| (at, *d)))
        .min_by_key(|(at, d)| (*at, std::cmp::Reverse(d.len())))?;
    let prefix = &line[..sep_at];
    let after = &line[sep_at + sep.len()..];
    let colon = sep == ": ";
    // "Muscat: Intending to …", "KUWAIT CITY, Jan 3: …": only opening a paragraph (not a
    // headline such as "Reports: new rules for …"), and not a label like "Update:".
    let paragraph = after.len() >= 60 && line.trim_end().ends_with(['.', '!', '?', '"', '”', '’']);
    // "Kasich: ‘We Are Going All The Way’": a name, a colon and a quotation is who said it.
    let quotation = after.trim_start().starts_with(['“', '"', '‘', '\'', '«', '„']);
    if colon && (!paragraph || quotation || COLON_LABELS.iter().any(|l| prefix.eq_ignore_ascii_case(l))) {
        return None;
    }
    if prefix.is_empty()
        || !after.trim_start().starts_with(|c: char| c.is_alphanumeric() || "“\"‘'".contains(c))
    {
        return None;
    }
    let mut date = None;
    let mut agency = false;
    let mut capital_place = false;
    let mut word_count = 0;
    let mut i = 0;
    let ws: Vec<(usize, &str)> = words(prefix).collect();
    while i < ws.len() {
        let (at, w) = ws[i];
        word_count += 1;
        if date.is_none() {
            if let Some((d, len)) = date_at_start(&prefix[at..]) {
                date = Some(d);
                let end = at + len;
                while i < ws.len() && ws[i].0 < end {
                    i += 1;
                }
                continue;
            }
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.starts_with('(') {
            agency |= AGENCIES.iter().any(|a| bare.starts_with(a)) || bare.chars().all(|c| c.is_uppercase());
        } else if bare.len() >= 2 && bare.chars().all(|c| !c.is_lowercase()) {
            capital_place = true;
        } else if !bare.starts_with(|c: char| c.is_uppercase()) && i > 0 {
            // Running text ("the minister said - ") is not a dateline.
            return None;
        }
        i += 1;
    }
    let place_list = first_paragraph && prefix.contains(", ") && word_count <= 6;
    let colon_place = colon && first_paragraph && word_count <= 2 && !prefix.contains(['(', ')']);
    if colon && !(date.is_some() || capital_place || colon_place) {
        return None;
    }
    if word_count > 8 || !(date.is_some() || agency || capital_place || place_list || colon_place) {
        return None;
    }
    // An all-capitals place alone must look like a place, not an acronym opening a sentence.
    if date.is_none() && !agency && !place_list && word_count > 4 {
        return None;
    }
    Some((date, sep_at + sep.trim_end().len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_as_written() {
        type Ymd = Option<(Option<i32>, u8, u8)>;
        let cases: &[(&str, &str, Ymd, usize)] = &[
            ("iso", "2022-09-22 A photo", Some((Some(2022), 9, 22)), 10),
            ("us", "March 3, 2023 at noon", Some((Some(2023), 3, 3)), 13),
            ("abbreviated", "Sept. 14 (Reuters)", Some((None, 9, 14)), 8),
            ("day first", "25 March - It is", Some((None, 3, 25)), 8),
            ("weekday", "Friday, 3 March 2023 €", Some((Some(2023), 3, 3)), 20),
            ("european", "03.03.2023, 10:45", Some((Some(2023), 3, 3)), 10),
            ("not a date", "May the force", None, 0),
            ("bad day", "2022-02-30", None, 0),
        ];
        for (name, text, want, len) in cases {
            let got = date_at_start(text);
            assert_eq!(got.map(|(d, _)| (d.year, d.month, d.day)), *want, "{name}");
            if let Some((_, l)) = got {
                assert_eq!(l, *len, "{name}: {:?}", &text[..l]);
            }
        }
    }

    #[test]
    fn finds_wire_datelines() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "reuters",
                "GENEVA, March 3 (Reuters) - Swiss € prices rose",
                Some("GENEVA, March 3 (Reuters) -"),
            ),
            ("ap", "NEW YORK (AP) — The mayor 😀 said", Some("NEW YORK (AP) —")),
            ("agency name", "afrol News, 25 March - It is already", Some("afrol News, 25 March -")),
            ("running text", "The minister said - in € terms - that", None),
            ("range", "Prices rose 3 - 4 percent", None),
            ("places", "Zürich, Switzerland - Prices rose", None),
            ("glued dash", "TEHRAN— In the summit of € states held in Tehran", Some("TEHRAN—")),
            (
                "colon with date",
                "KUWAIT CITY, Jan 3: The National Assembly on Tuesday approved a € budget for the coming year.",
                Some("KUWAIT CITY, Jan 3:"),
            ),
            ("colon headline", "Reports: ‘streamlined’ UK asylum process to replace € questionnaires", None),
            ("colon label", "Update: The National Assembly on Tuesday approved the € budget for the year 2023.", None),
            (
                "colon and a quotation",
                "Kasich: ‘We Are Going To Go All The Way To Cleveland and Secure The € Nomination.’",
                None,
            ),
            ("colon title case", "Muscat: Intending to support the government’s efforts to regulate it, the € bank acted.", None),
        ];
        let first_paragraph = wire_dateline("Zürich, Switzerland - Prices € rose", true).map(|(_, len)| len);
        assert_eq!(first_paragraph, Some("Zürich, Switzerland -".len()));
        let muscat =
            "Muscat: Intending to support the government’s efforts to regulate it, the € bank acted.";
        assert_eq!(wire_dateline(muscat, true).map(|(_, len)| &muscat[..len]), Some("Muscat:"));
        for (name, text, want) in cases {
            let got = wire_dateline(text, false).map(|(_, len)| &text[..len]);
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn finds_date_lines() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("label", "date 2022-09-22 A photo of € things", Some("date 2022-09-22")),
            ("published", "Published: 3 March 2023 10:45 GMT", Some("Published: 3 March 2023 10:45 GMT")),
            ("updated", "Updated March 3, 2023, 4:05 pm ET 😀", Some("Updated March 3, 2023, 4:05 pm ET")),
            ("prose", "Dated letters arrived", None),
            ("dotted time", "Thu 2 Nov 2023 10.45 GMT", Some("Thu 2 Nov 2023 10.45 GMT")),
        ];
        for (name, text, want) in cases {
            let got = date_line(text).map(|(_, len, _)| &text[..len]);
            assert_eq!(got, *want, "{name}");
        }
    }
}
