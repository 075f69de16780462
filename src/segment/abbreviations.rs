//! Words written with a period that does not end the sentence, and words that open sentences.

/// Titles and name parts that stand before a name: the period never ends a sentence.
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Dr",
    "Prof",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Cmdr",
    "Cdr",
    "Comdr",
    "Sgt",
    "Cpl",
    "Pvt",
    "Adm",
    "Brig",
    "Gov",
    "Sen",
    "Rep",
    "Rev",
    "Hon",
    "Pres",
    "Supt",
    "Insp",
    "Det",
    "Fr",
    "St",
    "Mt",
    "Ft",
    "Messrs",
    "Mme",
    "Mlle",
    "Msgr",
    "Atty",
    "Amb",
    "Sra",
    "Sr",
    "Dra",
    "Ing",
    "Lt.-Gen",
    "Maj.-Gen",
    "Brig.-Gen",
    "Rt",
    "Cllr",
    "Sup",
    "Asst",
    "Ald",
    "Gens",
    "Drs",
    "Profs",
    "Reps",
    "Sens",
    "Govs",
    "Insp",
    "Cpt",
];

/// Abbreviations that may also end a sentence ("… of Acme Inc. The company …").
const OTHERS: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Pty", "Cie", "Jr", "etc", "vs", "approx", "est", "Dept",
    "dept", "Univ", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Ste", "Nos", "Vol", "vol", "Fig", "fig", "pp", "ca",
    "cf", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rs",
    "Tk", "Ksh", "Dh", "Dhs", "Rp", "Assn", "Intl", "Natl", "Mfg", "Ref", "Para", "Art", "Sec", "Ch", "Op",
    "Ed", "Eds", "Govt", "govt", "Dist", "Div", "Nr", "nr", "approx", "incl", "excl", "min", "max", "mins",
    "hrs", "yrs", "Ltd", "Gov't", "Mio", "mio", "Bn", "bn",
];

/// Abbreviated only before a number ("No. 5", "Art. 3"): elsewhere "no." ends a sentence.
const BEFORE_NUMBER: &[&str] = &["No", "no", "Nos", "Art", "art", "p", "Vol", "Ch", "Sec", "Fig", "Op", "Nr"];

/// The period after `word` belongs to it.
pub fn takes_period(word: &str, next_is_digit: bool) -> bool {
    if TITLES.contains(&word) || OTHERS.contains(&word) {
        return true;
    }
    if next_is_digit && BEFORE_NUMBER.contains(&word) {
        return true;
    }
    // An initial ("J."), and dotted abbreviations ("U.S", "e.g", "a.m", "Ph.D").
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single_capital || is_dotted(word)
}

/// "U.S", "e.g", "a.m", "Ph.D": letters in groups of one or two, joined by periods.
pub fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// A title whose period never ends a sentence ("Mr.", "Gen.").
pub fn is_title(abbreviation: &str) -> bool {
    TITLES.contains(&abbreviation.trim_end_matches('.'))
}

/// Words that open sentences far more often than they follow an abbreviation mid-sentence:
/// after "U.S." or "Inc." they signal a new sentence.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "With",
    "Without",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "While",
    "When",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "As",
    "If",
    "Although",
    "Though",
    "Since",
    "Because",
    "Also",
    "According",
    "Last",
    "Earlier",
    "Later",
    "Now",
    "Then",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Under",
    "Over",
    "Among",
    "Despite",
    "Both",
    "Many",
    "Most",
    "Some",
    "Several",
    "All",
    "No",
    "Not",
    "One",
    "Two",
    "Three",
    "Such",
    "Other",
    "Another",
    "Each",
    "Every",
    "More",
    "Other",
    "Still",
    "Even",
    "Instead",
    "Officials",
    "Police",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
];

pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_which_periods_belong_to_words() {
        let cases: &[(&str, bool, bool)] = &[
            ("Mr", false, true),
            ("U.S", false, true),
            ("J", false, true),
            ("No", true, true),
            ("No", false, false),
            ("Geneva", false, false),
            ("é", false, false),
            ("Zürich", false, false),
        ];
        for (word, digit, want) in cases {
            assert_eq!(takes_period(word, *digit), *want, "{word}");
        }
    }
}
