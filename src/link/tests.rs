//! Linking given correct mentions: articles written for these tests, with their mentions and
//! quotes marked by hand, so the expectations hold whatever the recognizer does.

use super::link;
use crate::annotation::{Entity, Label, Mention, Quote, QuoteKind};
use crate::span::Span;
use crate::{article, segment};

/// A hand-marked article: mentions and quote speakers given as (text, label) in text order.
struct Case {
    name: &'static str,
    text: &'static str,
    mentions: &'static [(&'static str, Label)],
    /// (quote content, speaker words) in text order.
    quotes: &'static [(&'static str, &'static str)],
}

struct Linked {
    text: &'static str,
    mentions: Vec<Mention>,
    quotes: Vec<Quote>,
    entities: Vec<Entity>,
}

impl Linked {
    /// The entity of the `nth` mention (0-based) whose text is `surface`.
    fn entity_of(&self, surface: &str, nth: usize) -> Option<&Entity> {
        let m = self.mentions.iter().filter(|m| &self.text[m.span] == surface).nth(nth);
        let m = m.unwrap_or_else(|| panic!("no mention #{nth} {surface:?}"));
        m.entity.map(|e| &self.entities[e])
    }

    fn name_of(&self, surface: &str, nth: usize) -> &str {
        self.entity_of(surface, nth).map_or("", |e| e.name.as_str())
    }

    fn speaker_name(&self, quote: usize) -> &str {
        self.quotes[quote].speaker_entity.map_or("", |e| self.entities[e].name.as_str())
    }

    fn entity(&self, name: &str) -> &Entity {
        self.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?}"))
    }

    /// Entity names by falling salience.
    fn by_salience(&self) -> Vec<&str> {
        let mut entities: Vec<&Entity> = self.entities.iter().collect();
        entities.sort_by(|a, b| b.salience.total_cmp(&a.salience));
        entities.iter().map(|e| e.name.as_str()).collect()
    }
}

fn run(case: &Case) -> Linked {
    let text = case.text;
    let mut cursor = 0;
    let mut mentions = Vec::new();
    for (surface, label) in case.mentions {
        let at =
            text[cursor..].find(surface).unwrap_or_else(|| panic!("{}: no {surface:?}", case.name)) + cursor;
        cursor = at + surface.len();
        mentions.push(Mention { span: Span::new(at, cursor), label: *label, entity: None, value: None });
    }
    let mut quotes = Vec::new();
    let mut cursor = 0;
    for (content, speaker) in case.quotes {
        let c =
            text[cursor..].find(content).unwrap_or_else(|| panic!("{}: no {content:?}", case.name)) + cursor;
        let content_span = Span::new(c, c + content.len());
        // The speaker's words come after the content or, failing that, before it.
        let s = text[content_span.end..]
            .find(speaker)
            .map(|i| i + content_span.end)
            .or_else(|| text[..c].rfind(speaker))
            .unwrap_or_else(|| panic!("{}: no speaker {speaker:?}", case.name));
        let speaker_span = Span::new(s, s + speaker.len());
        cursor = content_span.end;
        quotes.push(Quote {
            span: content_span.cover(speaker_span),
            kind: QuoteKind::Direct,
            content: vec![content_span],
            cue: None,
            speaker: Some(speaker_span),
            speaker_entity: None,
        });
    }
    let layout = article::read(text);
    let seg = segment::segment(text, &layout);
    let entities = link(text, &layout, &seg, &mut mentions, &mut quotes);
    // Invariants of every result.
    for (e, entity) in entities.iter().enumerate() {
        assert!((0.0..=1.0).contains(&entity.salience), "{}: salience of {}", case.name, entity.name);
        for &m in &entity.mentions {
            assert_eq!(mentions[m].entity, Some(e), "{}: mention {m} of {}", case.name, entity.name);
        }
        assert!(entity.mentions.windows(2).all(|w| w[0] < w[1]), "{}: mentions in order", case.name);
    }
    for (m, mention) in mentions.iter().enumerate() {
        if let Some(e) = mention.entity {
            assert!(entities[e].mentions.contains(&m), "{}: {:?} listed", case.name, &text[mention.span]);
        }
    }
    assert!(entities.iter().any(|e| e.salience == 1.0) || entities.is_empty(), "{}: a top entity", case.name);
    Linked { text, mentions, quotes, entities }
}

use Label::*;

const SWISS: Case = Case {
    name: "Swiss president at the UN",
    text: "Cassis meets Lavrov at the UN 😀\n\n\
Swiss President Ignazio Cassis met Russian Foreign Minister Sergei Lavrov in New York on the sidelines of \
the United Nations General Assembly, the Swiss News Agency (Keystone-SDA) reported. The talks cost €0.\n\n\
“Switzerland is ready to help,” Mr Cassis said after the meeting with Lavrov. President Cassis also spoke \
at the UN General Assembly. “The UN must act,” he said.\n\n\
Keystone-SDA said Lavrov posted a photo. The Swiss foreign ministry said media were present. \
“All meetings of the Swiss president are open,” the ministry said. The United Nations did not comment.",
    mentions: &[
        ("Cassis", PERSON),
        ("Lavrov", PERSON),
        ("UN", ORG),
        ("Swiss President", TITLE),
        ("Ignazio Cassis", PERSON),
        ("Russian Foreign Minister", TITLE),
        ("Sergei Lavrov", PERSON),
        ("New York", GPE),
        ("United Nations General Assembly", ORG),
        ("Swiss News Agency", ORG),
        ("Keystone-SDA", ORG),
        ("Switzerland", GPE),
        ("Cassis", PERSON),
        ("Lavrov", PERSON),
        ("President", TITLE),
        ("Cassis", PERSON),
        ("UN General Assembly", ORG),
        ("UN", ORG),
        ("Keystone-SDA", ORG),
        ("Lavrov", PERSON),
        ("Swiss", NORP),
        ("Swiss president", TITLE),
        ("United Nations", ORG),
    ],
    quotes: &[
        ("Switzerland is ready to help,", "Mr Cassis"),
        ("The UN must act,", "he"),
        ("All meetings of the Swiss president are open,", "the ministry"),
    ],
};

#[test]
fn swiss_president_at_the_un() {
    let l = run(&SWISS);
    for nth in 0..3 {
        assert_eq!(l.name_of("Cassis", nth), "Ignazio Cassis", "Cassis #{nth}");
    }
    assert_eq!(l.name_of("Lavrov", 0), "Sergei Lavrov");
    assert_eq!(l.name_of("Lavrov", 2), "Sergei Lavrov");
    assert_eq!(l.entity("Ignazio Cassis").roles, ["Swiss President"]);
    assert_eq!(l.entity("Sergei Lavrov").roles, ["Russian Foreign Minister"]);
    // The UN and its General Assembly are two entities, each with its spellings together.
    assert_eq!(l.name_of("UN", 0), "United Nations");
    assert_eq!(l.name_of("UN", 1), "United Nations");
    assert_eq!(l.name_of("UN General Assembly", 0), "United Nations General Assembly");
    assert_eq!(l.name_of("Keystone-SDA", 0), "Swiss News Agency");
    assert_eq!(l.name_of("Keystone-SDA", 1), "Swiss News Agency");
    // The description inside the quote stands for Cassis.
    assert_eq!(l.name_of("Swiss president", 0), "Ignazio Cassis");
    assert_eq!(l.speaker_name(0), "Ignazio Cassis");
    assert_eq!(l.speaker_name(1), "Ignazio Cassis", "“he” is Cassis, not the Lavrov inside the quote");
    assert_eq!(l.speaker_name(2), "Swiss foreign ministry");
    assert_eq!(l.entity("Swiss foreign ministry").label, ORG);
    assert_eq!(l.by_salience()[..2], ["Ignazio Cassis", "Sergei Lavrov"]);
    // Mention slices still read as the text (non-ASCII before them shifts every offset).
    let m = l.entity("Ignazio Cassis").mentions[0];
    assert_eq!(&l.text[l.mentions[m].span], "Cassis");
}

const TWO_KIMS: Case = Case {
    name: "two people named Kim",
    text: "Kim Yo Jong warns Seoul 😀\n\n\
North Korean leader Kim Jong Un inspected a missile launch on Friday, state media said. His sister \
Kim Yo Jong, a senior official, later warned South Korea over leaflets costing €2.\n\n\
“Seoul will pay,” Kim Yo Jong said in a statement. Kim Jong Un did not appear in public. \
Analysts said Kim was testing Washington. “We are watching,” she said.",
    mentions: &[
        ("Kim Yo Jong", PERSON),
        ("Seoul", GPE),
        ("North Korean", NORP),
        ("leader", TITLE),
        ("Kim Jong Un", PERSON),
        ("Kim Yo Jong", PERSON),
        ("senior official", TITLE),
        ("South Korea", GPE),
        ("Seoul", GPE),
        ("Kim Yo Jong", PERSON),
        ("Kim Jong Un", PERSON),
        ("Kim", PERSON),
        ("Washington", GPE),
    ],
    quotes: &[("Seoul will pay,", "Kim Yo Jong"), ("We are watching,", "she")],
};

#[test]
fn two_people_named_kim_stay_apart() {
    let l = run(&TWO_KIMS);
    assert_ne!(l.entity_of("Kim Jong Un", 0), l.entity_of("Kim Yo Jong", 0));
    assert_eq!(l.entity_of("Kim Yo Jong", 0), l.entity_of("Kim Yo Jong", 2));
    // A bare "Kim" after "Kim Jong Un did not appear" is the nearer Kim.
    assert_eq!(l.name_of("Kim", 0), "Kim Jong Un");
    assert_eq!(l.entity("Kim Jong Un").roles, ["North Korean leader"]);
    assert_eq!(l.entity("Kim Yo Jong").roles, ["senior official"]);
    // "she": the sister ("his sister" marks her), not the nearer Kim Jong Un.
    assert_eq!(l.speaker_name(1), "Kim Yo Jong");
    assert_eq!(l.by_salience()[0], "Kim Yo Jong");
}

const KELLERS: Case = Case {
    name: "a woman and her husband",
    text: "Farmers fight dam plan\n\n\
Maria Keller, a farmer from Thun, has fought the €40 million dam for ten years. Her husband Tom Keller \
joined the protest last spring 😀.\n\n\
“We will not sell,” Maria Keller said. Mr Keller said the valley was their home. \
“They cannot flood it,” she said. Keller said the family would appeal.",
    mentions: &[
        ("Maria Keller", PERSON),
        ("farmer", TITLE),
        ("Thun", GPE),
        ("Tom Keller", PERSON),
        ("Maria Keller", PERSON),
        ("Mr Keller", PERSON),
        ("Keller", PERSON),
    ],
    quotes: &[("We will not sell,", "Maria Keller"), ("They cannot flood it,", "she")],
};

#[test]
fn a_woman_and_her_husband_stay_apart() {
    let l = run(&KELLERS);
    assert_ne!(l.entity_of("Maria Keller", 0), l.entity_of("Tom Keller", 0));
    assert_eq!(l.name_of("Mr Keller", 0), "Tom Keller", "Mr is the husband");
    assert_eq!(l.speaker_name(1), "Maria Keller", "she is the wife, though Mr Keller is nearer");
    // A bare "Keller" after both were named goes to the nearest, Tom (the issue allows either
    // the nearest or none; never a third Keller).
    assert_eq!(l.name_of("Keller", 0), "Tom Keller");
    assert_eq!(l.entity("Maria Keller").roles, ["farmer from Thun"]);
    assert_eq!(l.entities.iter().filter(|e| e.label == PERSON).count(), 2);
}

const FORD: Case = Case {
    name: "a company named after its founder",
    text: "Ford recalls 😀 trucks\n\n\
Ford Motor Company recalled 50,000 trucks on Monday, at a cost of €30 million. Henry Ford founded the \
company in 1903. Ford said the fault was rare. Historians say Ford would have been appalled.",
    mentions: &[
        ("Ford", ORG),
        ("Ford Motor Company", ORG),
        ("Henry Ford", PERSON),
        ("Ford", ORG),
        ("Ford", PERSON),
    ],
    quotes: &[],
};

#[test]
fn a_company_named_after_its_founder() {
    let l = run(&FORD);
    assert_eq!(l.name_of("Ford", 0), "Ford Motor Company");
    assert_eq!(l.name_of("Ford", 1), "Ford Motor Company");
    assert_eq!(l.name_of("Ford", 2), "Henry Ford");
    assert_ne!(l.entity("Henry Ford").label, l.entity("Ford Motor Company").label);
    assert_eq!(l.by_salience()[0], "Ford Motor Company");
}

const KATO: Case = Case {
    name: "an appositive role",
    text: "Activist killed in Kampala\n\n\
David Kato, a Ugandan activist, was found dead in his home near Kampala on Wednesday 😀. Police said \
Kato had received threats. “He was brave,” said John Mugisha, Kato’s lawyer. The reward is €1,000.",
    mentions: &[
        ("Kampala", GPE),
        ("David Kato", PERSON),
        ("Ugandan activist", TITLE),
        ("Kampala", GPE),
        ("Kato", PERSON),
        ("John Mugisha", PERSON),
        ("Kato’s", PERSON),
        ("lawyer", TITLE),
    ],
    quotes: &[("He was brave,", "John Mugisha")],
};

#[test]
fn an_appositive_names_the_role() {
    let l = run(&KATO);
    assert_eq!(l.entity("David Kato").roles, ["Ugandan activist"]);
    assert_eq!(l.name_of("Kato’s", 0), "David Kato");
    assert_eq!(l.entity("John Mugisha").roles, ["Kato’s lawyer"]);
    assert_eq!(l.speaker_name(0), "John Mugisha");
    assert_eq!(l.by_salience()[0], "David Kato");
}

const ACRONYM_ONLY: Case = Case {
    name: "an acronym spelled out only inside a longer name",
    text: "UN week opens 😀\n\n\
Delegates gathered for the United Nations General Assembly in New York, where rooms cost €900. \
Speakers at the UN General Assembly urged reform. “The UN is slow,” a spokeswoman for the Swiss \
foreign ministry said. The group said nothing.",
    mentions: &[
        ("UN", ORG),
        ("United Nations General Assembly", ORG),
        ("New York", GPE),
        ("UN General Assembly", ORG),
        ("UN", ORG),
    ],
    quotes: &[("The UN is slow,", "a spokeswoman for the Swiss foreign ministry"), ("", "The group")],
};

#[test]
fn acronyms_and_described_organizations() {
    let l = run(&ACRONYM_ONLY);
    assert_eq!(l.name_of("UN", 0), "United Nations", "spelled out by the two forms of the Assembly");
    assert_eq!(l.name_of("UN", 1), "United Nations");
    assert_ne!(l.entity_of("UN", 0), l.entity_of("UN General Assembly", 0));
    assert_eq!(l.speaker_name(0), "Swiss foreign ministry", "the organization she speaks for");
    assert_eq!(l.speaker_name(1), "", "a bare “the group” is left unresolved");
}

const DATELINE: Case = Case {
    name: "a dateline's place and agency, an acronym in brackets",
    text: "Talks in Genève 😀\n\n\
GENEVA (Reuters) - The European Union (EU) offered €5 million on Monday. Reuters saw the letter. \
The EU said Geneva was ready.",
    mentions: &[
        ("Genève", GPE),
        ("GENEVA", GPE),
        ("Reuters", ORG),
        ("European Union", ORG),
        ("EU", GPE),
        ("Reuters", ORG),
        ("EU", GPE),
        ("Geneva", GPE),
    ],
    quotes: &[],
};

#[test]
fn a_dateline_agency_is_not_its_place() {
    let l = run(&DATELINE);
    assert_ne!(l.name_of("GENEVA", 0), l.name_of("Reuters", 0), "place and agency stay apart");
    assert_eq!(l.name_of("Reuters", 1), "Reuters");
    assert_eq!(l.name_of("EU", 0), "European Union", "an acronym of the name joins across labels");
}

const HONORIFIC_AFTER_TITLE: Case = Case {
    name: "an honorific between a title and the name",
    text: "Lions pick squad 😀\n\n\
Lions coach Sir Clive Woodward named his squad for €0. Woodward said it was strong.",
    mentions: &[("coach", TITLE), ("Clive Woodward", PERSON), ("Woodward", PERSON)],
    quotes: &[],
};

#[test]
fn a_title_reaches_over_an_honorific() {
    let l = run(&HONORIFIC_AFTER_TITLE);
    assert_eq!(l.entity("Clive Woodward").roles, ["coach"]);
    assert_eq!(l.name_of("Woodward", 0), "Clive Woodward");
}

const TOWN_AND_COUNTRY: Case = Case {
    name: "a town written with its country is the town",
    text: "Talks in Gdańsk 😀\n\n\
GDAŃSK, Poland — Ministers met in Gdańsk on Friday and spent €5. Poland paid.",
    mentions: &[("Gdańsk", GPE), ("GDAŃSK, Poland", GPE), ("Gdańsk", GPE), ("Poland", GPE)],
    quotes: &[],
};

#[test]
fn a_town_with_its_country_joins_the_town() {
    let l = run(&TOWN_AND_COUNTRY);
    assert_eq!(l.name_of("GDAŃSK, Poland", 0), "Gdańsk");
    assert_eq!(l.name_of("Gdańsk", 1), "Gdańsk");
    assert_eq!(l.name_of("Poland", 0), "Poland", "the country stays itself");
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "Cassis",
        "Mr",
        "Ms",
        "the",
        "UN",
        "United",
        "Nations",
        "Kim",
        "Jong",
        "Un",
        "Keller",
        "said",
        "he",
        "she",
        "they",
        "ministry",
        "Swiss",
        "President",
        "foreign",
        "minister",
        ",",
        ".",
        "(",
        ")",
        "€",
        "😀",
        "“",
        "”",
        "’s",
        "Zürich",
        "a",
        "Ugandan",
        "activist",
        "of",
        "Church",
        "Ford",
        "Motor",
        "Company",
    ];
    const LABELS: &[Label] = &[PERSON, ORG, GPE, NORP, TITLE, DATE, PRODUCT];

    /// A text of `words`, and mentions over runs of its words picked by `picks`.
    fn article(
        words: &[usize],
        picks: &[(usize, usize, usize)],
        quote: Option<(usize, usize)>,
    ) -> (String, Vec<Mention>, Vec<Quote>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (i, &w) in words.iter().enumerate() {
            if i > 0 {
                text.push(if i % 9 == 0 { '\n' } else { ' ' });
            }
            let start = text.len();
            text.push_str(WORDS[w % WORDS.len()]);
            spans.push(Span::new(start, text.len()));
        }
        let mut mentions: Vec<Mention> = Vec::new();
        for &(at, len, label) in picks {
            if spans.is_empty() {
                break;
            }
            let first = at % spans.len();
            let last = (first + len % 4).min(spans.len() - 1);
            let span = spans[first].cover(spans[last]);
            if !mentions.iter().any(|m| m.span.overlaps(span)) {
                mentions.push(Mention {
                    span,
                    label: LABELS[label % LABELS.len()],
                    entity: None,
                    value: None,
                });
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        let quotes = quote
            .filter(|_| spans.len() >= 2)
            .map(|(c, s)| {
                let content = spans[c % spans.len()];
                let speaker = spans[s % spans.len()];
                Quote {
                    span: content.cover(speaker),
                    kind: QuoteKind::Direct,
                    content: vec![content],
                    cue: None,
                    speaker: Some(speaker),
                    speaker_entity: None,
                }
            })
            .into_iter()
            .collect();
        (text, mentions, quotes)
    }

    proptest! {
        #[test]
        fn linking_never_panics_and_stays_consistent(
            words in proptest::collection::vec(0usize..100, 0..60),
            picks in proptest::collection::vec((0usize..100, 0usize..4, 0usize..7), 0..20),
            quote in proptest::option::of((0usize..100, 0usize..100)),
        ) {
            let (text, mut mentions, mut quotes) = article(&words, &picks, quote);
            let layout = article::read(&text);
            let seg = segment::segment(&text, &layout);
            let entities = link(&text, &layout, &seg, &mut mentions, &mut quotes);
            for (e, entity) in entities.iter().enumerate() {
                prop_assert!((0.0..=1.0).contains(&entity.salience));
                for &m in &entity.mentions {
                    prop_assert_eq!(mentions[m].entity, Some(e));
                }
            }
            for mention in &mentions {
                if mention.label.is_name() {
                    prop_assert!(mention.entity.is_some());
                }
            }
            for quote in &quotes {
                prop_assert!(quote.speaker_entity.is_none_or(|e| e < entities.len()));
            }
            // Deterministic: the same input links the same way.
            let (_, mut again, mut quotes_again) = article(&words, &picks, quote);
            prop_assert_eq!(link(&text, &layout, &seg, &mut again, &mut quotes_again), entities);
        }
    }
}

const POSSESSORS: Case = Case {
    name: "titles with a possessor, and set off by commas",
    text: "Talks in Geneva 😀\n\n\
Russia’s foreign minister, Sergei Lavrov, met Ukraine’s President Volodymyr Zelensky’s envoy in Genève \
on Monday. The talks cost €1 million. “Nothing moved,” Lavrov said.",
    mentions: &[
        ("Geneva", GPE),
        ("Russia’s", GPE),
        ("foreign minister", TITLE),
        ("Sergei Lavrov", PERSON),
        ("Ukraine’s", GPE),
        ("President", TITLE),
        ("Volodymyr Zelensky’s", PERSON),
        ("Genève", GPE),
        ("Lavrov", PERSON),
    ],
    quotes: &[("Nothing moved,", "Lavrov")],
};

#[test]
fn titles_with_a_possessor() {
    let l = run(&POSSESSORS);
    assert_eq!(l.entity("Sergei Lavrov").roles, ["Russia’s foreign minister"]);
    assert_eq!(l.entity("Volodymyr Zelensky").roles, ["Ukraine’s President"]);
    assert_eq!(l.name_of("Russia’s", 0), "Russia");
    assert_eq!(l.speaker_name(0), "Sergei Lavrov");
}

const MISLABELED: Case = Case {
    name: "a person the recognizer once called an organization",
    text: "Scientology video leaks 😀\n\n\
A video of Tom Cruise praising Scientology leaked on Tuesday; copies sold for €5. Cruise has not \
commented. The Church of Scientology said the video was pirated. “It is private,” the church said.",
    mentions: &[
        ("Scientology", ORG),
        ("Tom Cruise", ORG),
        ("Scientology", ORG),
        ("Cruise", PERSON),
        ("Church of Scientology", ORG),
    ],
    quotes: &[("It is private,", "the church")],
};

#[test]
fn a_mislabeled_person_still_groups() {
    let l = run(&MISLABELED);
    assert_eq!(l.name_of("Cruise", 0), "Tom Cruise");
    assert_eq!(l.entity("Tom Cruise").label, PERSON, "the person's label wins");
    assert_eq!(l.name_of("Scientology", 0), "Church of Scientology");
    assert_eq!(l.speaker_name(0), "Church of Scientology", "“the church” is the named one");
}

const TWO_WORD_NAME: Case = Case {
    name: "a two-word name labelled an organization, then a person",
    text: "Former member speaks 😀\n\n\
Valeska Paris said she was held on a ship for €0 a day. Paris left in 2007. The tourists in Paris saw \
nothing.",
    mentions: &[("Valeska Paris", ORG), ("Paris", PERSON), ("Paris", GPE)],
    quotes: &[],
};

#[test]
fn a_two_word_name_joins_its_person_surname() {
    let l = run(&TWO_WORD_NAME);
    assert_eq!(l.name_of("Paris", 0), "Valeska Paris");
    assert_ne!(l.entity_of("Paris", 1), l.entity_of("Paris", 0), "the city stays a city");
}
