//! Grammatical gender of people, so that "she said" finds Maria Keller and not her husband.
//!
//! Evidence, strongest first: an honorific ("Mr Keller"), a kinship or gendered role word right
//! before the name ("her husband Tom Keller", "spokeswoman Anna Bauer"), a common given name,
//! and the pronouns that follow the person's mentions in the text.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::annotation::{Label, Mention};
use crate::entity::titles::WordHasher;
use crate::segment::Segmentation;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// Common given names (hand-picked, international news), as a fallback when the text gives no
/// other evidence.
const MALE_NAMES: &[&str] = &[
    "john",
    "james",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "tom",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "edward",
    "ronald",
    "timothy",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "frank",
    "benjamin",
    "gregory",
    "samuel",
    "raymond",
    "patrick",
    "alexander",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "henry",
    "peter",
    "adam",
    "harry",
    "bill",
    "joe",
    "barack",
    "vladimir",
    "sergei",
    "sergey",
    "dmitry",
    "alexei",
    "ivan",
    "boris",
    "mikhail",
    "volodymyr",
    "emmanuel",
    "olaf",
    "angelo",
    "ignazio",
    "alain",
    "didier",
    "ueli",
    "guy",
    "alberto",
    "antonio",
    "giuseppe",
    "marco",
    "luca",
    "francesco",
    "carlos",
    "juan",
    "jose",
    "luis",
    "miguel",
    "pedro",
    "jorge",
    "xi",
    "li",
    "wang",
    "hans",
    "klaus",
    "jürgen",
    "wolfgang",
    "friedrich",
    "karl",
    "heinz",
    "pierre",
    "jean",
    "jacques",
    "françois",
    "nicolas",
    "recep",
    "mohammed",
    "muhammad",
    "ahmed",
    "ali",
    "hassan",
    "omar",
    "abdullah",
    "narendra",
    "rahul",
    "amit",
    "shinzo",
    "fumio",
    "yoon",
    "moon",
    "justin",
    "rishi",
    "keir",
    "elon",
    "jeff",
    "tim",
    "sundar",
    "satya",
    "warren",
    "antónio",
    "ban",
    "kofi",
    "nelson",
    "jair",
    "luiz",
    "javier",
    "andrés",
    "benjamin",
    "yair",
    "naftali",
    "joe",
    "martin",
    "max",
    "felix",
    "lukas",
    "simon",
    "stefan",
    "andreas",
    "christian",
    "daniel",
    "michel",
];

const FEMALE_NAMES: &[&str] = &[
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "lisa",
    "margaret",
    "betty",
    "sandra",
    "ashley",
    "dorothy",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "laura",
    "sharon",
    "cynthia",
    "kathleen",
    "amy",
    "shirley",
    "angela",
    "helen",
    "anna",
    "anne",
    "ann",
    "brenda",
    "pamela",
    "nicole",
    "emma",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "catherine",
    "carolyn",
    "janet",
    "ruth",
    "maria",
    "marie",
    "heather",
    "diane",
    "virginia",
    "julie",
    "joyce",
    "victoria",
    "olivia",
    "kelly",
    "christina",
    "lauren",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "cheryl",
    "andrea",
    "hannah",
    "martha",
    "jacqueline",
    "frances",
    "gloria",
    "ann",
    "teresa",
    "kathryn",
    "sara",
    "janice",
    "jean",
    "alice",
    "madison",
    "doris",
    "abigail",
    "julia",
    "judy",
    "grace",
    "denise",
    "amber",
    "marilyn",
    "beverly",
    "danielle",
    "theresa",
    "sophia",
    "marie",
    "diana",
    "brittany",
    "natalie",
    "isabella",
    "charlotte",
    "rose",
    "alexis",
    "kayla",
    "hillary",
    "kamala",
    "nancy",
    "angela",
    "ursula",
    "theresa",
    "liz",
    "giorgia",
    "marine",
    "ségolène",
    "simonetta",
    "doris",
    "viola",
    "karin",
    "sophie",
    "claudia",
    "yulia",
    "svetlana",
    "olena",
    "irina",
    "natalia",
    "tatiana",
    "elena",
    "sanna",
    "jacinda",
    "indira",
    "benazir",
    "aung",
    "mette",
    "magdalena",
    "kaja",
    "annalena",
    "christine",
    "ngozi",
    "ellen",
    "leila",
    "fatima",
    "aisha",
    "sonia",
    "priya",
    "yuko",
    "yuriko",
    "tsai",
    "carrie",
    "nicola",
    "theresa",
    "tulsi",
];

/// Words right before a name that tell the person's gender ("her husband Tom Keller").
const MALE_CUES: &[&str] = &[
    "husband",
    "son",
    "father",
    "brother",
    "uncle",
    "nephew",
    "grandson",
    "grandfather",
    "boyfriend",
    "king",
    "prince",
    "spokesman",
    "chairman",
    "businessman",
    "congressman",
    "actor",
    "mr",
    "mr.",
    "sir",
    "lord",
    "widower",
];
const FEMALE_CUES: &[&str] = &[
    "wife",
    "daughter",
    "mother",
    "sister",
    "aunt",
    "niece",
    "granddaughter",
    "grandmother",
    "girlfriend",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "congresswoman",
    "actress",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dame",
    "lady",
    "widow",
];

/// The gender a given name suggests, if it is a common one (male if both lists hold it).
pub(crate) fn of_given_name(word: &str) -> Option<Gender> {
    // One hash look-up instead of scanning the two lists: grouping asks for every name.
    static NAMES: OnceLock<HashMap<&'static str, Gender, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = HashMap::default();
        for (list, gender) in [(MALE_NAMES, Gender::Male), (FEMALE_NAMES, Gender::Female)] {
            for &name in list {
                names.entry(name).or_insert(gender);
            }
        }
        names
    });
    names.get(word.to_lowercase().as_str()).copied()
}

/// The gender a pronoun speaks of.
pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
    // Called on every token: compare without allocating.
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if ["he", "him", "his", "himself"].into_iter().any(is) {
        Some(Gender::Male)
    } else if ["she", "her", "hers", "herself"].into_iter().any(is) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender the word right before a mention gives it ("her husband Tom Keller").
pub(crate) fn of_cue(word: &str) -> Option<Gender> {
    let lower = word.to_lowercase();
    if MALE_CUES.contains(&lower.as_str()) {
        Some(Gender::Male)
    } else if FEMALE_CUES.contains(&lower.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Votes from pronouns: each "he/his" or "she/her" outside quotes counts for the nearest PERSON
/// mention before it in the same or the previous sentence. Pronouns in `skip` (the quote
/// speakers this evidence is meant to resolve) do not vote. Returns (male, female) counts per
/// entity id (ids as in `mentions[..].entity`).
pub(crate) fn pronoun_votes(
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    entity_count: usize,
    in_quote: &dyn Fn(usize) -> bool,
    skip: &super::Cover,
) -> Vec<(u32, u32)> {
    let mut votes = vec![(0, 0); entity_count];
    let persons: Vec<&Mention> =
        mentions.iter().filter(|m| m.label == Label::PERSON && m.entity.is_some()).collect();
    for (s_index, sentence) in seg.sentences.iter().enumerate() {
        let window_start =
            if s_index > 0 { seg.sentences[s_index - 1].span.start } else { sentence.span.start };
        for token in &seg.tokens[sentence.tokens.clone()] {
            let Some(gender) = of_pronoun(&text[token.span]) else { continue };
            if in_quote(token.span.start) || skip.overlaps(token.span) {
                continue;
            }
            // Mentions are sorted and disjoint: the ones ending before the pronoun are a prefix,
            // and walking back, once one starts before the window all earlier ones do.
            let before = persons.partition_point(|m| m.span.end <= token.span.start);
            let nearest = persons[..before]
                .iter()
                .rev()
                .take_while(|m| m.span.start >= window_start)
                .find(|m| !in_quote(m.span.start));
            if let Some(entity) = nearest.and_then(|m| m.entity) {
                match gender {
                    Gender::Male => votes[entity].0 += 1,
                    Gender::Female => votes[entity].1 += 1,
                }
            }
        }
    }
    votes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names in either case, non-ASCII names, a name on both lists (male first) and words that
    /// are no given name.
    #[test]
    fn given_names_by_list() {
        let cases: &[(&str, &str, Option<Gender>)] = &[
            ("male", "John", Some(Gender::Male)),
            ("female", "Maria", Some(Gender::Female)),
            ("upper case", "JÜRGEN", Some(Gender::Male)),
            ("non-ASCII", "Ségolène", Some(Gender::Female)),
            ("on both lists", "Jean", Some(Gender::Male)),
            ("no name", "Genève€", None),
            ("emoji", "😀", None),
            ("prefix of a name", "Jo", None),
        ];
        for (name, word, want) in cases {
            assert_eq!(of_given_name(word), *want, "{name}: {word}");
        }
    }
}
