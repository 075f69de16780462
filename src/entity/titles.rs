//! TITLE mentions: a person's role written before or beside the name ("Swiss President",
//! "Russian Foreign Minister", "foreign minister Sergei Lavrov", "a Ugandan activist").
//!
//! A title is `nationality? modifier* head of-tail?`. A nationality or organization acronym in
//! front belongs to the title ("Swiss President"), because the reader's role for the person is
//! the whole phrase; mentions stay non-overlapping, so the NORP "Swiss" yields to it.
//!
//! When a phrase counts as a title depends on how strong its head is: "President" or
//! "spokeswoman" is a role wherever it stands after an article or capitalized; "activist" or
//! "official" only right before a name or in an appositive (", a Ugandan activist,").
//! Honorifics (Mr, Ms, Dr) are not titles; linking strips them from names.
//!
//! The lexicons are small, hand-written for English news.

use crate::annotation::{Label, Mention};
use crate::segment::Segmentation;
use crate::span::Span;

/// Heads that make a role wherever they stand after a determiner or are capitalized.
const STRONG_HEADS: &[&str] = &[
    "president",
    "vice-president",
    "president-elect",
    "minister",
    "secretary-general",
    "under-secretary-general",
    "director-general",
    "chancellor",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chairperson",
    "ceo",
    "cfo",
    "commissioner",
    "premier",
    "king",
    "queen",
    "pope",
    "prosecutor",
    "envoy",
    "congressman",
    "congresswoman",
    "lawmaker",
    "attorney-general",
    "secretary",
];

/// Heads that make a role only right before a name or in an appositive.
const WEAK_HEADS: &[&str] = &[
    "activist",
    "official",
    "leader",
    "director",
    "founder",
    "co-founder",
    "professor",
    "analyst",
    "lawyer",
    "judge",
    "coach",
    "manager",
    "economist",
    "journalist",
    "reporter",
    "correspondent",
    "writer",
    "author",
    "novelist",
    "singer",
    "actor",
    "actress",
    "artist",
    "scientist",
    "researcher",
    "colonel",
    "captain",
    "commander",
    "prince",
    "princess",
    "candidate",
    "dissident",
    "negotiator",
    "diplomat",
    "adviser",
    "advisor",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "billionaire",
    "student",
    "teacher",
    "doctor",
    "priest",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "farmer",
    "worker",
    "nurse",
    "engineer",
    "officer",
    "soldier",
    "pilot",
    "owner",
    "resident",
    "fisherman",
    "photographer",
    "volunteer",
];

/// Two-word heads whose first word is not a modifier on its own.
const PAIR_HEADS: &[(&str, &str)] = &[
    ("attorney", "general"),
    ("surgeon", "general"),
    ("chief", "executive"),
    ("managing", "director"),
    ("prime", "minister"),
    ("crown", "prince"),
    ("supreme", "leader"),
];

/// Words that narrow a head ("Foreign Minister", "deputy prime minister").
const MODIFIERS: &[&str] = &[
    "foreign",
    "deputy",
    "vice",
    "defence",
    "defense",
    "finance",
    "interior",
    "economy",
    "economics",
    "economic",
    "health",
    "justice",
    "education",
    "environment",
    "trade",
    "home",
    "state",
    "executive",
    "federal",
    "former",
    "acting",
    "interim",
    "opposition",
    "senior",
    "top",
    "regional",
    "national",
    "chief",
    "assistant",
    "associate",
    "human-rights",
    "rights",
    "energy",
    "labour",
    "labor",
    "culture",
    "transport",
    "agriculture",
    "security",
    "military",
    "army",
    "police",
    "party",
    "government",
    "union",
    "communist",
    "conservative",
    "liberal",
    "socialist",
    "green",
    "democratic",
    "republican",
    "general",
];

/// Nationality adjectives that do not end like one ("Swiss", "Dutch").
const IRREGULAR_DEMONYMS: &[&str] = &[
    "Swiss",
    "Dutch",
    "French",
    "British",
    "Irish",
    "Welsh",
    "Scottish",
    "Greek",
    "Thai",
    "Czech",
    "Danish",
    "Finnish",
    "Polish",
    "Spanish",
    "Swedish",
    "Turkish",
    "Kurdish",
    "Flemish",
    "Basque",
    "Filipino",
    "Yemeni",
    "Saudi",
    "Iraqi",
    "Israeli",
    "Pakistani",
    "Bangladeshi",
    "Nepali",
    "Kuwaiti",
    "Qatari",
    "Omani",
    "Somali",
    "Afghan",
    "Uzbek",
    "Kazakh",
    "Tajik",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
];

/// Capitalized words that continue an organization's or a place's name rather than start a
/// person's: "UN General Assembly" holds no title, "Foreign Minister Lavrov" does.
const NAME_CONTINUATIONS: &[&str] = &[
    "Assembly",
    "Council",
    "Committee",
    "Commission",
    "Ministry",
    "Office",
    "Department",
    "Party",
    "Union",
    "Bank",
    "Court",
    "Agency",
    "Organization",
    "Organisation",
    "Association",
    "Corporation",
    "Company",
    "Group",
    "Club",
    "Foundation",
    "Institute",
    "University",
    "House",
    "Parliament",
    "Senate",
    "Congress",
    "Motors",
    "Electric",
    "Cup",
    "Award",
    "Awards",
    "Prize",
    "Palace",
    "Street",
    "Square",
    "Hall",
    "Airport",
    "Station",
    "Hotel",
    "Hospital",
    "School",
    "College",
    "Church",
    "Center",
    "Centre",
    "Museum",
    "Forces",
    "Army",
    "Navy",
    "Force",
    "Guard",
    "Police",
    "Service",
    "Services",
    "Authority",
    "Board",
    "Fund",
    "Trust",
    "Secretariat",
    "Cabinet",
    "Government",
    "Administration",
    "Summit",
    "Conference",
    "Forum",
];

/// `of`-phrases that complete a head ("Secretary of State").
const OF_TAILS: &[&[&str]] = &[
    &["state"],
    &["foreign", "affairs"],
    &["defence"],
    &["defense"],
    &["the", "interior"],
    &["finance"],
    &["justice"],
    &["health"],
    &["the", "treasury"],
];

/// Words after which a lower-case strong head is a role: determiners and possessives.
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"];

/// TITLE mentions in text order, not overlapping.
pub fn find_titles(text: &str, seg: &Segmentation) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for sentence in &seg.sentences {
        let words = words(text, &seg.tokens[sentence.tokens.clone()]);
        // Lower-cased once per sentence: every position looks at the words after it.
        let lower: Vec<String> = words.iter().map(|w| text[*w].to_lowercase()).collect();
        let mut i = 0;
        while i < words.len() {
            match title_at(text, &words, &lower, i) {
                Some(end) => {
                    let span = Span::new(words[i].start, words[end - 1].end);
                    mentions.push(Mention { span, label: Label::TITLE, entity: None, value: None });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    mentions
}

/// True when `phrase` (a role found in an appositive, say) ends in a title head, so linking can
/// tell "a Ugandan activist" from "a city of 2 million".
pub(crate) fn ends_in_title_head(phrase: &str) -> bool {
    // The head comes before a prepositional tail: "director of ...", "farmer from Thun".
    let before_of = [" of ", " from ", " at ", " in ", " for ", " with ", " to "]
        .iter()
        .fold(phrase, |p, prep| p.split(prep).next().unwrap_or(p));
    let last = before_of.split_whitespace().last().unwrap_or("").to_lowercase();
    STRONG_HEADS.contains(&last.as_str()) || WEAK_HEADS.contains(&last.as_str())
}

/// Word spans of a sentence's tokens, with hyphenated compounds ("Secretary-General",
/// "Keystone-SDA") joined into one word.
pub(crate) fn words(text: &str, tokens: &[crate::segment::Token]) -> Vec<Span> {
    let mut words: Vec<Span> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut span = tokens[i].span;
        while i + 2 < tokens.len()
            && &text[tokens[i + 1].span] == "-"
            && tokens[i + 1].span.start == span.end
            && tokens[i + 2].span.start == tokens[i + 1].span.end
            && text[tokens[i + 2].span].starts_with(char::is_alphanumeric)
        {
            span = span.cover(tokens[i + 2].span);
            i += 2;
        }
        words.push(span);
        i += 1;
    }
    words
}

/// True when `word` is a title's head or modifier ("President", "Foreign"), which linking drops
/// from the front of a person's name.
pub(crate) fn is_title_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    STRONG_HEADS.contains(&lower) || WEAK_HEADS.contains(&lower) || MODIFIERS.contains(&lower)
}

fn is_capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

pub(crate) fn is_nationality(word: &str) -> bool {
    if IRREGULAR_DEMONYMS.contains(&word) {
        return true;
    }
    let letters = word.chars().count();
    // Organization acronyms work like nationalities in front of a title ("UN Secretary-General").
    if (2..=5).contains(&letters) && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    is_capitalized(word)
        && letters >= 5
        && word.chars().all(char::is_alphabetic)
        && ["an", "ian", "ese", "ish", "i"].iter().any(|s| word.ends_with(s))
}

/// The end (exclusive word index) of a title starting at word `i`, if one does; `lower` holds
/// the words lower-cased.
fn title_at(text: &str, words: &[Span], lower: &[String], i: usize) -> Option<usize> {
    let word = |k: usize| &text[words[k]];
    let mut k = i;
    if is_nationality(word(k)) {
        k += 1;
    }
    // Modifiers, then a head; the longest such phrase wins.
    let mut head: Option<(usize, bool)> = None;
    while k < words.len() {
        let w = lower[k].as_str();
        if k + 1 < words.len() && PAIR_HEADS.contains(&(w, lower[k + 1].as_str())) {
            head = Some((k + 2, true));
            k += 2;
            continue;
        }
        let strong = STRONG_HEADS.contains(&w);
        if strong || WEAK_HEADS.contains(&w) {
            head = Some((k + 1, strong));
        }
        if MODIFIERS.contains(&w) || strong || WEAK_HEADS.contains(&w) {
            k += 1;
            continue;
        }
        break;
    }
    let (mut end, strong) = head?;

    if end < words.len() && lower[end] == "of" {
        for tail in OF_TAILS {
            let stop = end + 1 + tail.len();
            if stop <= words.len() && lower[end + 1..stop].iter().zip(tail.iter()).all(|(a, b)| a == b) {
                end = stop;
                break;
            }
        }
    }
    let capitalized = words[i..end].iter().any(|w| {
        let w = &text[*w];
        is_capitalized(w) && !is_nationality(w)
    });
    let next_is_name = end < words.len()
        && is_capitalized(word(end))
        && !DETERMINERS.contains(&lower[end].as_str())
        && !NAME_CONTINUATIONS.contains(&word(end));
    // After a capitalized word the phrase may be the tail of a name ("Burger King"); only a
    // following name makes it a title then ("Tesla CEO Elon Musk").
    let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
    let possessive = prev.ends_with("'s") || prev.ends_with("’s");
    let inside_name = i > 0 && is_capitalized(word(i - 1)) && !possessive && !is_nationality(word(i));
    let after_determiner = DETERMINERS.contains(&prev) || possessive;
    let appositive = i >= 2 && ["a", "an", "the"].contains(&prev) && lower[i - 2] == ",";
    // "the President Hotel", "the General Assembly": the start of a name, not a title.
    let starts_a_name = end < words.len() && NAME_CONTINUATIONS.contains(&word(end));
    let is_title = if inside_name || starts_a_name {
        next_is_name
    } else if strong {
        next_is_name || capitalized || after_determiner
    } else {
        next_is_name || appositive
    };
    // A capitalized word at the start of a sentence says nothing; it needs a name after it or
    // a determiner before it (which a sentence start cannot have) to count.
    let sentence_start_only = i == 0 && !next_is_name && words[i..end].len() == 1;
    (is_title && !sentence_start_only).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{article, segment};

    fn titles(text: &str) -> Vec<&str> {
        let layout = article::read(text);
        let seg = segment::segment(text, &layout);
        find_titles(text, &seg).iter().map(|m| &text[m.span]).collect()
    }

    #[test]
    fn finds_titles_in_named_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "nationality is part of the title",
                "Swiss President Ignazio Cassis paid €5 😀.",
                &["Swiss President"],
            ),
            (
                "modifier and head",
                "He met Russian Foreign Minister Sergei Lavrov in “New York”.",
                &["Russian Foreign Minister"],
            ),
            (
                "lower case before a name",
                "They saw foreign minister Sergei Lavrov — €1.",
                &["foreign minister"],
            ),
            ("hyphenated head", "UN Secretary-General António Guterres spoke 😀.", &["UN Secretary-General"]),
            (
                "description after the",
                "“Naturally,” said the Swiss president in New York.",
                &["Swiss president"],
            ),
            (
                "weak head in an appositive",
                "David Kato, a Ugandan activist, died (€0).",
                &["Ugandan activist"],
            ),
            ("weak head alone is no title", "The activist movement grew by 😀 €3.", &[]),
            ("honorifics are not titles", "Mr Cassis and Ms Keller paid €2 😀.", &[]),
            ("presidency is not a title", "Cassis holds the rotating Swiss presidency 😀.", &[]),
            ("of-tail", "Secretary of State Antony Blinken said “yes” €.", &["Secretary of State"]),
            (
                "pair head",
                "Prime Minister Liz Truss and chief executive Tim Cook 😀.",
                &["Prime Minister", "chief executive"],
            ),
            ("possessive before", "Russia’s foreign minister said €9 😀.", &["foreign minister"]),
            ("start of a name", "They stayed at the President Hotel for €90 😀.", &[]),
            ("inside an organization", "The UN General Assembly met 😀 in “New York”.", &[]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(titles(text), *expected, "case {name}: {text}");
        }
    }

    #[test]
    fn appositive_heads() {
        assert!(ends_in_title_head("Ugandan activist"));
        assert!(ends_in_title_head("director of the Swiss News Agency"));
        assert!(ends_in_title_head("farmer from Thun"));
        assert!(!ends_in_title_head("city of 2 million"));
    }
}
