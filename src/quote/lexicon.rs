//! Small word lists for finding attributions. Each list is sorted so that a lookup is a binary
//! search (a test checks the order); they are written by hand from news usage.

/// Verbs that introduce what someone said, wrote or believes, in the forms news text uses.
const SPEECH_VERBS: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "acknowledging",
    "add",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "advised",
    "affirm",
    "affirmed",
    "affirms",
    "agree",
    "agreed",
    "agrees",
    "alleged",
    "alleges",
    "alleging",
    "announce",
    "announced",
    "announces",
    "announcing",
    "answered",
    "argue",
    "argued",
    "argues",
    "arguing",
    "ask",
    "asked",
    "asking",
    "asks",
    "assert",
    "asserted",
    "asserting",
    "asserts",
    "assume",
    "assumed",
    "assumes",
    "assured",
    "believe",
    "believed",
    "believes",
    "believing",
    "boast",
    "boasted",
    "boasting",
    "boasts",
    "bragged",
    "caution",
    "cautioned",
    "cautioning",
    "cautions",
    "charged",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "complain",
    "complained",
    "complains",
    "concede",
    "conceded",
    "concedes",
    "conceding",
    "conclude",
    "concluded",
    "concludes",
    "concluding",
    "confirm",
    "confirmed",
    "confirming",
    "confirms",
    "contend",
    "contended",
    "contends",
    "continued",
    "countered",
    "declare",
    "declared",
    "declares",
    "declaring",
    "denied",
    "denies",
    "deny",
    "denying",
    "determined",
    "doubt",
    "doubted",
    "emphasised",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasizing",
    "estimate",
    "estimated",
    "estimates",
    "expect",
    "expecting",
    "expects",
    "explain",
    "explained",
    "explaining",
    "explains",
    "fear",
    "feared",
    "fearing",
    "fears",
    "feel",
    "feels",
    "felt",
    "figured",
    "find",
    "finds",
    "forecast",
    "forecasts",
    "found",
    "guess",
    "guessed",
    "hint",
    "hinting",
    "hints",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "imagine",
    "imagined",
    "imagines",
    "implied",
    "implies",
    "indicate",
    "indicated",
    "indicates",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "interjected",
    "joked",
    "knew",
    "know",
    "knows",
    "lamented",
    "learned",
    "maintained",
    "maintains",
    "mean",
    "means",
    "mused",
    "note",
    "noted",
    "notes",
    "noting",
    "observed",
    "pledged",
    "predict",
    "predicted",
    "predicting",
    "predicts",
    "promised",
    "promises",
    "quipped",
    "reads",
    "realize",
    "realized",
    "realizes",
    "realizing",
    "recalled",
    "recalling",
    "recalls",
    "reckon",
    "recognize",
    "recognized",
    "recognizes",
    "recognizing",
    "recounted",
    "remarked",
    "remarking",
    "remember",
    "remembered",
    "replied",
    "replies",
    "reply",
    "reported",
    "reporting",
    "reports",
    "responded",
    "retorted",
    "reveal",
    "revealed",
    "revealing",
    "reveals",
    "said",
    "saw",
    "say",
    "saying",
    "says",
    "scoffed",
    "see",
    "sees",
    "shouted",
    "show",
    "showed",
    "shows",
    "signal",
    "signaled",
    "signaling",
    "signals",
    "speculate",
    "speculated",
    "speculates",
    "speculating",
    "stated",
    "states",
    "stating",
    "stress",
    "stressed",
    "stresses",
    "stressing",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "suspect",
    "suspected",
    "suspects",
    "tell",
    "telling",
    "tells",
    "testified",
    "think",
    "thinks",
    "thought",
    "told",
    "tweet",
    "tweeted",
    "tweeting",
    "tweets",
    "understand",
    "understands",
    "understood",
    "urged",
    "vowed",
    "vows",
    "warn",
    "warned",
    "warning",
    "warns",
    "wonder",
    "wondered",
    "wondering",
    "wonders",
    "worried",
    "worries",
    "worrying",
    "writes",
    "writing",
    "wrote",
    "yelled",
];

/// Cues that report what the speaker said only when a `that`-clause follows ("a poll found that
/// …", "he believes that …"), since "found a dog" or "believes in God" are no speech.
const WEAK_CUES: &[&str] = &[
    "acknowledging",
    "agree",
    "agreed",
    "agrees",
    "alleging",
    "announcing",
    "answered",
    "assume",
    "assumed",
    "assumes",
    "assured",
    "believe",
    "believed",
    "believes",
    "believing",
    "conclude",
    "concluded",
    "concludes",
    "concluding",
    "determined",
    "doubt",
    "doubted",
    "emphasizing",
    "estimate",
    "estimated",
    "estimates",
    "expect",
    "expecting",
    "expects",
    "fear",
    "feared",
    "fearing",
    "fears",
    "feel",
    "feels",
    "felt",
    "figured",
    "find",
    "finds",
    "forecast",
    "forecasts",
    "found",
    "guess",
    "guessed",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "imagine",
    "imagined",
    "imagines",
    "implied",
    "implies",
    "indicate",
    "indicated",
    "indicates",
    "knew",
    "know",
    "knows",
    "learned",
    "mean",
    "means",
    "predict",
    "realize",
    "realized",
    "realizes",
    "realizing",
    "recalling",
    "reckon",
    "recognize",
    "recognized",
    "recognizes",
    "recognizing",
    "recounted",
    "remarking",
    "remember",
    "remembered",
    "reveal",
    "revealing",
    "reveals",
    "saw",
    "see",
    "sees",
    "show",
    "showed",
    "shows",
    "signal",
    "signaled",
    "signaling",
    "signals",
    "stating",
    "suggest",
    "suspect",
    "suspected",
    "suspects",
    "think",
    "thinks",
    "thought",
    "understand",
    "understands",
    "understood",
    "wondering",
    "worried",
    "worries",
    "worrying",
];

/// Cues followed by the person spoken to ("told reporters", "asked Lavrov").
const TELL_VERBS: &[&str] =
    &["advised", "ask", "asked", "asking", "asks", "tell", "telling", "tells", "told", "urged", "warned"];

/// Words that may stand between a subject and its cue ("Cassis also said", "has said").
const AUXILIARIES: &[&str] = &[
    "again",
    "already",
    "also",
    "always",
    "am",
    "are",
    "be",
    "been",
    "being",
    "could",
    "did",
    "do",
    "does",
    "even",
    "first",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "long",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "once",
    "only",
    "previously",
    "recently",
    "reportedly",
    "separately",
    "should",
    "simply",
    "still",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Words that can open a noun phrase naming a speaker.
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "each", "few", "her", "his", "its", "many", "most", "my", "one",
    "other", "our", "several", "some", "the", "their", "these", "this", "those", "three", "two", "your",
];

/// Personal pronouns that can be a speaker (resolved to a person by the link stage).
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// Lowercase words that end a noun phrase: prepositions, conjunctions, relatives, and common
/// verbs, so that "the offer, arguing" is not taken for a speaker.
const STOP_WORDS: &[&str] = &[
    "about", "after", "against", "although", "and", "as", "at", "because", "before", "between", "but", "by",
    "during", "from", "how", "if", "in", "into", "is", "it", "like", "made", "not", "on", "or", "over",
    "said", "since", "so", "than", "that", "there", "to", "under", "until", "was", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "with", "without",
];

/// Nouns that name speakers on their own, without a determiner ("sources said").
const SPEAKER_NOUNS: &[&str] = &[
    "activists",
    "advisers",
    "advocates",
    "aides",
    "allies",
    "analysts",
    "attorneys",
    "authorities",
    "backers",
    "campaigns",
    "candidates",
    "commentators",
    "companies",
    "conservatives",
    "consultants",
    "critics",
    "delegates",
    "democrats",
    "diplomats",
    "documents",
    "donors",
    "economists",
    "executives",
    "experts",
    "governors",
    "groups",
    "historians",
    "insiders",
    "investigators",
    "journalists",
    "judges",
    "lawmakers",
    "lawyers",
    "leaders",
    "legislators",
    "liberals",
    "mayors",
    "members",
    "observers",
    "officers",
    "officials",
    "operatives",
    "opponents",
    "organizers",
    "people",
    "police",
    "polls",
    "pollsters",
    "progressives",
    "proponents",
    "prosecutors",
    "records",
    "reports",
    "republicans",
    "researchers",
    "residents",
    "scholars",
    "scientists",
    "senators",
    "sources",
    "spokesmen",
    "staffers",
    "strategists",
    "studies",
    "supporters",
    "surveys",
    "unions",
    "voters",
    "witnesses",
];

/// Capitalized words for a role in front of a name: the speaker is the name after them.
const TITLE_WORDS: &[&str] = &[
    "Ambassador",
    "Attorney",
    "Bishop",
    "Capt",
    "Captain",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Coach",
    "Col",
    "Commissioner",
    "Congressman",
    "Congresswoman",
    "Councilman",
    "Councilwoman",
    "Deputy",
    "Director",
    "Editor",
    "Executive",
    "Gen",
    "General",
    "Gov",
    "Governor",
    "Judge",
    "Justice",
    "King",
    "Leader",
    "Lt",
    "Manager",
    "Mayor",
    "Minister",
    "Officer",
    "Pope",
    "Premier",
    "President",
    "Prince",
    "Prof",
    "Professor",
    "Queen",
    "Rep",
    "Representative",
    "Rev",
    "Secretary",
    "Sen",
    "Senator",
    "Sgt",
    "Sheriff",
    "Speaker",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
];

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Ave", "Capt", "Co", "Col", "Corp", "D.C", "Dec", "Dr", "Feb", "Gen", "Gov", "Inc", "Jan", "Jr", "Lt",
    "Mr", "Mrs", "Ms", "No", "Nov", "Oct", "Prof", "Rep", "Rev", "Sen", "Sept", "Sgt", "Sr", "St", "U.K",
    "U.N", "U.S", "a.m", "p.m", "vs",
];

/// Words opening a sentence before its subject ("However, Russia …", "In August, …").
const INTRODUCERS: &[&str] = &[
    "After",
    "Also",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "During",
    "Earlier",
    "Following",
    "For",
    "However",
    "In",
    "Instead",
    "Last",
    "Later",
    "Meanwhile",
    "On",
    "Separately",
    "Since",
    "Still",
    "Then",
    "Thursday",
    "Tuesday",
    "When",
    "While",
    "Yet",
];

fn find(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Looks `word` up with its first letter lowered too, so "He" and "The" at a sentence start count.
fn find_folded(list: &[&str], word: &str) -> bool {
    if find(list, word) {
        return true;
    }
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if !first.is_ascii_uppercase() || word.len() > 24 {
        return false;
    }
    let mut buf = [0u8; 24];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[0] = first.to_ascii_lowercase();
    std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| find(list, w))
}

/// For each lowercase first letter, the range of `SPEECH_VERBS` starting with it, so that a
/// lookup (done for nearly every word of an article) rejects most words with one comparison of
/// lengths or letters and searches a handful of entries for the rest.
const SPEECH_BUCKETS: [(u16, u16); 26] = letter_buckets(SPEECH_VERBS);
/// Longest entry of `SPEECH_VERBS`, in bytes.
const SPEECH_LONGEST: usize = longest(SPEECH_VERBS);

const fn letter_buckets(list: &[&str]) -> [(u16, u16); 26] {
    let mut buckets = [(0u16, 0u16); 26];
    let mut i = 0;
    while i < list.len() {
        let letter = (list[i].as_bytes()[0] - b'a') as usize;
        if buckets[letter].1 == 0 {
            buckets[letter].0 = i as u16;
        }
        buckets[letter].1 = i as u16 + 1;
        i += 1;
    }
    buckets
}

const fn longest(list: &[&str]) -> usize {
    let (mut most, mut i) = (0, 0);
    while i < list.len() {
        if list[i].len() > most {
            most = list[i].len();
        }
        i += 1;
    }
    most
}

pub(crate) fn is_speech_verb(word: &str) -> bool {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if !first.is_ascii_lowercase() || word.len() > SPEECH_LONGEST {
        return false;
    }
    let (start, end) = SPEECH_BUCKETS[(first - b'a') as usize];
    find(&SPEECH_VERBS[start as usize..end as usize], word)
}

pub(crate) fn is_weak_cue(word: &str) -> bool {
    find(WEAK_CUES, word)
}

pub(crate) fn is_tell_verb(word: &str) -> bool {
    find(TELL_VERBS, word)
}

/// Participles that attach a report to the main clause's subject ("…, arguing that …").
/// Verbs of exclaiming or posting that a quotation right after them reports (`shouted “Stay
/// there!”`), beside the speech verbs. Naming verbs ("called him “a liar”") are left out: PolNeAR
/// counts their object with the quotation as reported content.
const NAMING_VERBS: &[&str] = &["chanted", "declared", "posted", "shouted", "tweeted", "yelled"];

/// Words between a cue and the quotation it introduces: the person addressed or named, or "as".
const CUE_OBJECTS: &[&str] =
    &["as", "her", "herself", "him", "himself", "it", "me", "them", "themselves", "us", "you"];

/// A cue that a quotation right after it is what its subject said (`said “…”`, `called it “…”`).
pub(crate) fn is_embedding_cue(word: &str) -> bool {
    (is_speech_verb(word) && !is_weak_cue(word)) || find(NAMING_VERBS, word)
}

pub(crate) fn is_cue_object(word: &str) -> bool {
    find(CUE_OBJECTS, word)
}

pub(crate) fn is_participle_cue(word: &str) -> bool {
    word.ends_with("ing") && is_speech_verb(word)
}

pub(crate) fn is_auxiliary(word: &str) -> bool {
    find(AUXILIARIES, word)
        || (word.len() > 4 && word.ends_with("ly") && word.starts_with(char::is_lowercase))
}

pub(crate) fn is_determiner(word: &str) -> bool {
    find_folded(DETERMINERS, word)
}

pub(crate) fn is_pronoun(word: &str) -> bool {
    word == "I" || (word != "i" && find_folded(PRONOUNS, word))
}

pub(crate) fn is_stop_word(word: &str) -> bool {
    find_folded(STOP_WORDS, word)
}

pub(crate) fn is_speaker_noun(word: &str) -> bool {
    find_folded(SPEAKER_NOUNS, word)
}

pub(crate) fn is_title_word(word: &str) -> bool {
    find(TITLE_WORDS, word)
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    find(ABBREVIATIONS, word) || (word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase()))
}

pub(crate) fn is_introducer(word: &str) -> bool {
    find(INTRODUCERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            SPEECH_VERBS,
            WEAK_CUES,
            TELL_VERBS,
            AUXILIARIES,
            DETERMINERS,
            PRONOUNS,
            STOP_WORDS,
            SPEAKER_NOUNS,
            NAMING_VERBS,
            CUE_OBJECTS,
            TITLE_WORDS,
            ABBREVIATIONS,
            INTRODUCERS,
        ] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
            }
        }
        for verb in SPEECH_VERBS {
            assert!(verb.starts_with(|c: char| c.is_ascii_lowercase()), "{verb} opens with a letter a-z");
            assert!(is_speech_verb(verb), "{verb} is found through its letter's bucket");
        }
        for other in ["Said", "saidé", "", "zzz", "€", "aaa", "yelledd", "😀"] {
            assert!(!is_speech_verb(other), "{other} is no speech verb");
        }
        for weak in WEAK_CUES.iter().chain(TELL_VERBS) {
            assert!(is_speech_verb(weak), "{weak} is a cue");
        }
    }

    #[test]
    fn folds_a_capital_first_letter() {
        assert!(is_determiner("The"));
        assert!(is_pronoun("He"));
        assert!(is_pronoun("I"));
        assert!(!is_pronoun("Hé"));
    }
}
