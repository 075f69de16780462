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

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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
    "host",
    "presenter",
    "boss",
];

/// Two-word heads whose first word is not a modifier on its own.
const PAIR_HEADS: &[(&str, &str)] = &[
    ("attorney", "general"),
    ("surgeon", "general"),
    ("chief", "executive"),
    ("managing", "director"),
    ("prime", "minister"),
    ("crown", "prince"),
    // The tagger takes "First" for a nationality ("First Nations").
    ("first", "lady"),
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

/// FNV-1a: the lexicon maps are looked up once per word of the text with short keys, where
/// SipHash's setup cost dominates (it showed in profiles); the keys are our own word lists, so
/// hash flooding is no concern.
pub(crate) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> WordHasher {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A set of words hashed with [`WordHasher`].
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;
type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

// What a word is in the lexicons above, as bits: every list is looked up in one hash map, once
// per word, instead of scanning the lists at every position of a sentence (those scans were the
// commonest memcmp calls in a profile of the whole pipeline).
const STRONG: u8 = 1;
const WEAK: u8 = 2;
const MODIFIER: u8 = 4;
const DETERMINER: u8 = 8;
/// The first word of a [`PAIR_HEADS`] entry.
const PAIR_FIRST: u8 = 16;
/// In [`NAME_CONTINUATIONS`]; keyed by the capitalized word, as the list is case-sensitive.
const CONTINUATION: u8 = 32;
/// In [`IRREGULAR_DEMONYMS`]; case-sensitive too.
const DEMONYM: u8 = 64;

/// Every lexicon word with its bits. The lower-case lists and the capitalized ones
/// (continuations, demonyms) cannot collide, since a key's case is part of it.
fn lexicon() -> &'static WordMap<u8> {
    static LEXICON: OnceLock<WordMap<u8>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = WordMap::default();
        let lists: [(&[&'static str], u8); 6] = [
            (STRONG_HEADS, STRONG),
            (WEAK_HEADS, WEAK),
            (MODIFIERS, MODIFIER),
            (DETERMINERS, DETERMINER),
            (NAME_CONTINUATIONS, CONTINUATION),
            (IRREGULAR_DEMONYMS, DEMONYM),
        ];
        for (list, bit) in lists {
            for word in list {
                *map.entry(*word).or_insert(0) |= bit;
            }
        }
        for (first, _) in PAIR_HEADS {
            *map.entry(*first).or_insert(0) |= PAIR_FIRST;
        }
        map
    })
}

/// The lexicon bits of `word`, exactly as written.
fn bits(word: &str) -> u8 {
    lexicon().get(word).copied().unwrap_or(0)
}

/// `word` lower-cased, borrowed when it already is (most words are).
fn lower_case(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// One sentence's words with what title_at asks of each, worked out once per word.
struct Words<'t> {
    text: &'t str,
    spans: Vec<Span>,
    lower: Vec<Cow<'t, str>>,
    /// Bits of the lower-cased word.
    lower_bits: Vec<u8>,
    /// Bits of the word as written (continuations).
    bits: Vec<u8>,
    nationality: Vec<bool>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, spans: Vec<Span>) -> Words<'t> {
        let n = spans.len();
        let (mut lower, mut lower_bits) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut bits, mut nationality) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for w in &spans {
            let word = &text[*w];
            // One look-up per word: most words are already lower case, and their bits as
            // written are their lower-case bits (three look-ups a word were most of this pass).
            let as_written = self::bits(word);
            let low = lower_case(word);
            lower_bits.push(match low {
                Cow::Borrowed(_) => as_written,
                Cow::Owned(ref l) => self::bits(l),
            });
            lower.push(low);
            bits.push(as_written);
            nationality.push(is_nationality_with(word, as_written));
        }
        Words { text, spans, lower, lower_bits, bits, nationality }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn word(&self, k: usize) -> &'t str {
        &self.text[self.spans[k]]
    }

    fn lower(&self, k: usize) -> &str {
        &self.lower[k]
    }
}

/// TITLE mentions in text order, not overlapping.
pub fn find_titles(text: &str, seg: &Segmentation) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for sentence in &seg.sentences {
        let words = Words::new(text, words(text, &seg.tokens[sentence.tokens.clone()]));
        let mut i = 0;
        while i < words.len() {
            match title_at(&words, i) {
                Some(end) => {
                    let span = Span::new(words.spans[i].start, words.spans[end - 1].end);
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
    bits(&last) & (STRONG | WEAK) != 0
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
    bits(&lower_case(word)) & (STRONG | WEAK | MODIFIER) != 0
}

fn is_capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

pub(crate) fn is_nationality(word: &str) -> bool {
    is_nationality_with(word, bits(word))
}

/// [`is_nationality`] of `word` with its lexicon bits as written.
fn is_nationality_with(word: &str, bits: u8) -> bool {
    if bits & DEMONYM != 0 {
        return true;
    }
    // Both tests below need a capital letter first; most words have none (counting their
    // letters was a third of this pass).
    if !is_capitalized(word) {
        return false;
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

/// The end (exclusive word index) of a title starting at word `i`, if one does.
fn title_at(words: &Words, i: usize) -> Option<usize> {
    let mut k = i;
    if words.nationality[k] {
        k += 1;
    }
    // Modifiers, then a head; the longest such phrase wins.
    let mut head: Option<(usize, bool)> = None;
    while k < words.len() {
        let flags = words.lower_bits[k];
        if flags & PAIR_FIRST != 0
            && k + 1 < words.len()
            && PAIR_HEADS.contains(&(words.lower(k), words.lower(k + 1)))
        {
            head = Some((k + 2, true));
            k += 2;
            continue;
        }
        let strong = flags & STRONG != 0;
        if strong || flags & WEAK != 0 {
            head = Some((k + 1, strong));
        }
        if flags & (MODIFIER | STRONG | WEAK) != 0 {
            k += 1;
            continue;
        }
        break;
    }
    let (mut end, strong) = head?;

    if end < words.len() && words.lower(end) == "of" {
        for tail in OF_TAILS {
            let stop = end + 1 + tail.len();
            if stop <= words.len() && words.lower[end + 1..stop].iter().zip(tail.iter()).all(|(a, b)| a == b)
            {
                end = stop;
                break;
            }
        }
    }
    let capitalized = (i..end).any(|k| is_capitalized(words.word(k)) && !words.nationality[k]);
    let continues_a_name = end < words.len() && words.bits[end] & CONTINUATION != 0;
    let next_is_name = end < words.len()
        && is_capitalized(words.word(end))
        && words.lower_bits[end] & DETERMINER == 0
        && !continues_a_name;
    // After a capitalized word the phrase may be the tail of a name ("Burger King"); only a
    // following name makes it a title then ("Tesla CEO Elon Musk").
    let prev = if i > 0 { words.lower(i - 1) } else { "" };
    let possessive = prev.ends_with("'s") || prev.ends_with("’s");
    let inside_name = i > 0 && is_capitalized(words.word(i - 1)) && !possessive && !words.nationality[i];
    let after_determiner = (i > 0 && words.lower_bits[i - 1] & DETERMINER != 0) || possessive;
    let appositive = i >= 2 && ["a", "an", "the"].contains(&prev) && words.lower(i - 2) == ",";
    // "the President Hotel", "the General Assembly": the start of a name, not a title.
    let starts_a_name = continues_a_name;
    let is_title = if inside_name || starts_a_name {
        next_is_name
    } else if strong {
        next_is_name || capitalized || after_determiner
    } else {
        next_is_name || appositive
    };
    // A capitalized word at the start of a sentence says nothing; it needs a name after it or
    // a determiner before it (which a sentence start cannot have) to count.
    let sentence_start_only = i == 0 && !next_is_name && end - i == 1;
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
            (
                "broadcasters and bosses before a name",
                "Talk show host Jerry Springer and Rovers boss Mark Hughes paid €3 😀.",
                &["host", "boss"],
            ),
            ("a host country is no title", "The host country paid €3 😀.", &[]),
            ("honorifics are not titles", "Mr Cassis and Ms Keller paid €2 😀.", &[]),
            ("presidency is not a title", "Cassis holds the rotating Swiss presidency 😀.", &[]),
            ("of-tail", "Secretary of State Antony Blinken said “yes” €.", &["Secretary of State"]),
            (
                "pair head",
                "Prime Minister Liz Truss and chief executive Tim Cook 😀.",
                &["Prime Minister", "chief executive"],
            ),
            ("first lady", "First Lady Margaret Kenyatta thanked “Beyond Zero” for €5 😀.", &["First Lady"]),
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
