//! The comparable form of a name: what is left of a mention's text once the article, honorifics,
//! leading titles and the possessive are gone, and how two such forms relate ("Cassis" is part
//! of "Ignazio Cassis", "UN" abbreviates "United Nations").

use crate::annotation::Label;
use crate::entity::titles;

use super::gender::Gender;

/// Honorifics written before a name, with the gender they imply.
const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("mr", Some(Gender::Male)),
    ("mister", Some(Gender::Male)),
    ("sir", Some(Gender::Male)),
    ("lord", Some(Gender::Male)),
    ("mrs", Some(Gender::Female)),
    ("ms", Some(Gender::Female)),
    ("miss", Some(Gender::Female)),
    ("madam", Some(Gender::Female)),
    ("mme", Some(Gender::Female)),
    ("dame", Some(Gender::Female)),
    ("lady", Some(Gender::Female)),
    ("dr", None),
    ("prof", None),
    ("professor", None),
    ("rev", None),
];

/// Whether `word` ("Sir", "Dr.") is an honorific written before a name.
pub(crate) fn is_honorific(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    HONORIFICS.iter().any(|(h, _)| word.eq_ignore_ascii_case(h))
}

/// Words left out when initials make an acronym ("United Nations Educational, Scientific and
/// Cultural Organization" → UNESCO).
const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "de", "&", "on", "in", "du", "des", "la", "le"];

/// Words that may follow a short organization name in its full form ("Ford" → "Ford Motor
/// Company", "Keystone" → "Keystone Inc").
const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "limited",
    "plc",
    "group",
    "holding",
    "holdings",
    "motor",
    "motors",
    "ag",
    "sa",
    "llc",
    "gmbh",
    "international",
    "city",
];

/// Organization nouns that stand alone for the full name ("the Court", "the Church").
const GENERIC_ORG_NOUNS: &[&str] = &[
    "assembly",
    "council",
    "committee",
    "commission",
    "ministry",
    "office",
    "department",
    "party",
    "union",
    "bank",
    "court",
    "agency",
    "organization",
    "organisation",
    "association",
    "corporation",
    "company",
    "group",
    "club",
    "foundation",
    "institute",
    "university",
    "parliament",
    "senate",
    "congress",
    "church",
    "museum",
    "board",
    "fund",
    "secretariat",
    "cabinet",
    "government",
    "administration",
    "federation",
    "tribunal",
    "army",
    "navy",
    "police",
    "service",
    "authority",
    "league",
    "society",
    "academy",
    "school",
    "college",
    "hospital",
    "times",
    "post",
];

/// Other names of countries, each row one country, the most common name first. Acronyms of the
/// full name ("US", "UK") need no row.
const COUNTRY_ALIASES: &[&[&str]] = &[
    &["united states", "united states of america", "america", "usa", "us"],
    &["united kingdom", "britain", "great britain", "uk"],
    &[
        "north korea",
        "dprk",
        "democratic people's republic of korea",
        "democratic people’s republic of korea",
    ],
    &["south korea", "republic of korea", "korea republic", "rok"],
    &["netherlands", "holland"],
    &["myanmar", "burma"],
    &["russia", "russian federation"],
    &["china", "people's republic of china", "people’s republic of china", "prc"],
    &["czech republic", "czechia"],
    &["ivory coast", "côte d'ivoire", "côte d’ivoire"],
    &["switzerland", "swiss confederation"],
    &["united arab emirates", "uae", "emirates"],
];

/// The row of `COUNTRY_ALIASES` that holds `words`, if any.
fn country_alias(words: &[String]) -> Option<usize> {
    let joined = words.join(" ");
    COUNTRY_ALIASES.iter().position(|row| row.contains(&joined.as_str()))
}

/// A name reduced for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NameForm {
    /// Lower-case words, dots removed from abbreviations ("u.n." → "un").
    pub words: Vec<String>,
    /// The proper form to show a reader, with the same words in their original case.
    pub display: String,
    /// The gender an honorific gave ("Mr Cassis").
    pub gender: Option<Gender>,
    /// True when the form is one acronym ("UN", "Keystone-SDA" is not one).
    pub acronym: bool,
    /// True when some word is an acronym ("UN General Assembly"): only then can acronyms match.
    pub has_acronym: bool,
    /// The row of the country aliases that holds the whole form.
    pub country: Option<usize>,
}

/// The comparable form of a name mention's text.
pub(crate) fn name_form(raw: &str, label: Label) -> NameForm {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    let mut gender = None;
    while words.len() > 1 {
        let first = words[0].trim_end_matches('.').to_lowercase();
        if first == "the" {
            words.remove(0);
            continue;
        }
        if label == Label::PERSON {
            if let Some((_, g)) = HONORIFICS.iter().find(|(h, _)| *h == first) {
                gender = gender.or(*g);
                words.remove(0);
                continue;
            }
            // A title the recognizer kept inside the name ("President Cassis").
            let nationality_then_title =
                words.len() > 2 && titles::is_nationality(words[0]) && titles::is_title_word(words[1]);
            if titles::is_title_word(words[0]) || nationality_then_title {
                words.remove(0);
                continue;
            }
        }
        break;
    }
    if let Some(last) = words.last_mut() {
        *last = strip_possessive(last);
    }
    words.retain(|w| !w.is_empty());
    let display = words.join(" ");
    // "GDAŃSK, Poland", "Nairobi, Kenya": a place and the larger place it lies in are one name,
    // which compares as the town (the region only locates it); the reader still sees it whole.
    if matches!(label, Label::GPE | Label::LOC) {
        if let Some(town_end) = words.iter().position(|w| w.ends_with(',')) {
            words.truncate(town_end + 1);
            if let Some(last) = words.last_mut() {
                *last = last.trim_end_matches(',');
            }
        }
    }
    let acronym = words.len() == 1 && is_acronym(words[0]);
    let words: Vec<String> = words.iter().map(|w| normalize_word(w)).collect();
    let has_acronym = display.split_whitespace().any(is_acronym);
    let country = country_alias(&words);
    NameForm { words, display, gender, acronym, has_acronym, country }
}

fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

fn normalize_word(word: &str) -> String {
    let lower = word.to_lowercase();
    // "U.N." and "UN" are one word; keep dots elsewhere ("St. Gallen" stays as typed).
    if lower.len() <= 8 && lower.contains('.') && lower.split('.').all(|p| p.chars().count() <= 1) {
        lower.replace('.', "")
    } else {
        lower
    }
}

/// "UN", "U.N.", "NATO", "SDA": two to six capitals, perhaps with dots or a digit.
pub(crate) fn is_acronym(word: &str) -> bool {
    // Counted on the fly: this runs for every word of every name, so no Vec per word.
    let mut letters = word.chars().filter(|c| *c != '.');
    if !letters.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut count = 1;
    for c in letters {
        count += 1;
        if count > 6 || !(c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    count >= 2
}

/// The initials of `words`, skipping function words ("united nations" → "un").
pub(crate) fn initials(words: &[String]) -> String {
    words.iter().filter(|w| !ACRONYM_SKIP.contains(&w.as_str())).filter_map(|w| w.chars().next()).collect()
}

/// True when the two word sequences name the same thing once acronyms are expanded:
/// "un general assembly" and "united nations general assembly".
pub(crate) fn same_with_acronyms(a: &[String], b: &[String]) -> bool {
    match (a.split_first(), b.split_first()) {
        (None, None) => true,
        (None, _) | (_, None) => false,
        (Some((x, a_rest)), Some((y, b_rest))) => {
            if x == y && same_with_acronyms(a_rest, b_rest) {
                return true;
            }
            expands(x, b, a_rest) || expands(y, a, b_rest)
        }
    }
}

/// True when `acronym` stands for a run of two or more words at the start of `words` and the
/// rest of `words` matches `rest`.
fn expands(acronym: &str, words: &[String], rest: &[String]) -> bool {
    let letters = acronym.chars().count();
    if !(2..=6).contains(&letters) {
        return false;
    }
    (2..=words.len()).any(|n| initials(&words[..n]) == acronym && same_with_acronyms(&words[n..], rest))
}

/// How a mention's name relates to a name already seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Relation {
    /// The same words, or the same once acronyms are expanded.
    Same,
    /// A shorter form: a person's surname or given name, an organization's tail or its name
    /// without "Inc".
    Part,
}

/// How `short` relates to `full` for entities labelled `label`; `short` has no more words.
pub(crate) fn relate(short: &NameForm, full: &NameForm, label: Label) -> Option<Relation> {
    if short.words == full.words {
        return Some(Relation::Same);
    }
    // A country's name or acronym stands for that country only: "US" is not the "University of
    // Sheffield".
    let (short_country, full_country) = (short.country, full.country);
    if label != Label::PERSON && (short_country.is_some() || full_country.is_some()) {
        return (short_country == full_country).then_some(Relation::Same);
    }
    if (short.has_acronym || full.has_acronym) && same_with_acronyms(&short.words, &full.words) {
        return Some(Relation::Same);
    }
    let (s, f) = (&short.words, &full.words);
    if s.is_empty() || s.len() >= f.len() {
        return None;
    }
    match label {
        Label::PERSON => {
            // "Cassis" and "van Gogh" end "Ignazio Cassis" and "Vincent van Gogh"; "Maria" starts
            // "Maria Keller", "Kim" starts "Kim Jong Un" (family name first). Two words that
            // start a longer name are rather a different name ("United Nations").
            (f.ends_with(s) || (s.len() == 1 && f.starts_with(s))).then_some(Relation::Part)
        }
        // A place's name is not shortened: "Los Angeles" is not "East Los Angeles", nor
        // "Korea" "South Korea".
        Label::NORP | Label::GPE | Label::LOC => None,
        _ => organization_part(s, f).then_some(Relation::Part),
    }
}

/// True when `s` is a shorter form of the organization (or building, event, work) `f`.
fn organization_part(s: &[String], f: &[String]) -> bool {
    // "Ford" starts "Ford Motor Company".
    if f.starts_with(s) && f[s.len()..].iter().all(|w| ORG_SUFFIXES.contains(&w.trim_end_matches('.'))) {
        return true;
    }
    // Without a leading nationality ("Italian Supreme Court of Cassation") and without what
    // follows "of" or "for" ("Andy Warhol Foundation for the Visual Arts").
    let mut core = f;
    if core.len() > 1 && titles::is_nationality(&capitalize(&core[0])) {
        core = &core[1..];
    }
    let of = core.iter().position(|w| w == "of" || w == "for");
    let before_of = &core[..of.unwrap_or(core.len())];
    let after_of = of.map_or(&[][..], |i| &core[i + 1..]);
    let generic = |w: &String| GENERIC_ORG_NOUNS.contains(&w.as_str());
    if s.len() >= 2 {
        // "General Assembly" ends "UN General Assembly"; "Supreme Court" starts "Supreme Court
        // of Cassation"; "Andy Warhol Foundation" begins "Andy Warhol Foundation for ...".
        let all_skip = s.iter().all(|w| ACRONYM_SKIP.contains(&w.as_str()));
        return !all_skip
            && (f.ends_with(s) || before_of == s || (before_of.ends_with(s) && generic(&s[s.len() - 1])));
    }
    let word = &s[0];
    // "the Court" for "Supreme Court of Cassation", "the Church" for "Church of Scientology".
    if generic(word) && (before_of.last() == Some(word) || before_of.first() == Some(word)) {
        return true;
    }
    // "Scientology" for "Church of Scientology": what follows "of" a generic noun.
    before_of.len() == 1 && generic(&before_of[0]) && after_of == s
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(s: &str, label: Label) -> NameForm {
        name_form(s, label)
    }

    #[test]
    fn forms_drop_articles_honorifics_titles_and_possessives() {
        let cases: &[(&str, Label, &str, Option<Gender>)] = &[
            ("the United Nations", Label::ORG, "United Nations", None),
            ("Mr Cassis", Label::PERSON, "Cassis", Some(Gender::Male)),
            ("Mrs. Keller’s", Label::PERSON, "Keller", Some(Gender::Female)),
            ("President Cassis", Label::PERSON, "Cassis", None),
            ("Ignazio Cassis", Label::PERSON, "Ignazio Cassis", None),
            ("Zürich's", Label::GPE, "Zürich", None),
        ];
        for (raw, label, display, gender) in cases {
            let f = form(raw, *label);
            assert_eq!(f.display, *display, "{raw}");
            assert_eq!(f.gender, *gender, "{raw}");
        }
    }

    #[test]
    fn relations_in_named_cases() {
        use Relation::*;
        let cases: &[(&str, &str, &str, Label, Option<Relation>)] = &[
            ("surname", "Cassis", "Ignazio Cassis", Label::PERSON, Some(Part)),
            ("given name", "Maria", "Maria Keller", Label::PERSON, Some(Part)),
            ("family name first", "Kim", "Kim Yo Jong", Label::PERSON, Some(Part)),
            ("middle piece", "Jong", "Kim Jong Un", Label::PERSON, None),
            ("two-word tail", "van Gogh", "Vincent van Gogh", Label::PERSON, Some(Part)),
            ("two-word head", "United Nations", "United Nations General Assembly", Label::PERSON, None),
            ("other person", "Lavrov", "Ignazio Cassis", Label::PERSON, None),
            ("acronym", "UN", "United Nations", Label::ORG, Some(Same)),
            ("dotted acronym", "U.N.", "the United Nations", Label::ORG, Some(Same)),
            (
                "acronym inside",
                "UN General Assembly",
                "United Nations General Assembly",
                Label::ORG,
                Some(Same),
            ),
            ("body of an organization", "UN", "UN General Assembly", Label::ORG, None),
            ("tail of an organization", "General Assembly", "UN General Assembly", Label::ORG, Some(Part)),
            ("company suffix", "Ford", "Ford Motor Company", Label::ORG, Some(Part)),
            (
                "skip words in acronyms",
                "UNESCO",
                "United Nations Educational Scientific and Cultural Organization",
                Label::ORG,
                Some(Same),
            ),
            ("not an acronym", "UNO", "United Nations", Label::ORG, None),
            ("non-ASCII", "Zürich", "Zürich’s", Label::GPE, Some(Same)),
            ("country alias", "America", "the United States", Label::GPE, Some(Same)),
            ("country acronym", "U.S.", "United States", Label::GPE, Some(Same)),
            ("a country acronym is that country", "US", "University of Sheffield", Label::ORG, None),
            ("a country is not its university", "UK", "University of Kent", Label::ORG, None),
            ("no place tails", "Los Angeles", "East Los Angeles", Label::GPE, None),
            ("no place heads", "Korea", "South Korea", Label::GPE, None),
            ("generic noun", "Court", "Italian Supreme Court of Cassation", Label::ORG, Some(Part)),
            ("before of", "Supreme Court", "Italian Supreme Court of Cassation", Label::ORG, Some(Part)),
            ("after of", "Scientology", "Church of Scientology", Label::ORG, Some(Part)),
            ("church", "Church", "Church of Scientology", Label::ORG, Some(Part)),
            ("a place is not its university", "Geneva", "University of Geneva", Label::GPE, None),
            (
                "before for",
                "Andy Warhol Foundation",
                "Andy Warhol Foundation for the Visual Arts",
                Label::ORG,
                Some(Part),
            ),
        ];
        for (name, short, full, label, expected) in cases {
            let got = relate(&form(short, *label), &form(full, *label), *label);
            assert_eq!(got, *expected, "case {name}");
        }
    }
}
