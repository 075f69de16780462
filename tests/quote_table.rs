//! Quotes and speakers, one named case per convention. Every case has non-ASCII text, and every
//! assertion slices the found spans back out of the input.
#![cfg(not(target_arch = "wasm32"))]

mod quote_harness;

use article_annotator::{Annotator, QuoteKind};
use quote_harness::{check, found, want};

use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn direct_quotes_in_every_convention() {
    check(vec![
        (
            "curly double",
            "“The price is 5 € 😀,” Ignazio Cassis said.",
            vec![want(Direct, &["The price is 5 € 😀,"], Some("said"), Some("Ignazio Cassis"))],
        ),
        (
            "signed with a dash and a name after the quotation",
            "“Prices rose to 5 € 😀. We noticed.” ― Pamela Padilla\n\n“It is over.” — Sen. Jo Ruiz, a Democrat.",
            vec![
                want(Direct, &["Prices rose to 5 € 😀. We noticed."], Some("―"), Some("Pamela Padilla")),
                want(Direct, &["It is over."], Some("—"), Some("Jo Ruiz")),
            ],
        ),
        (
            "signed with a dash and a name with a middle initial",
            "Ruiz spoke in Genève.\n\n“Prices rose to 5 € 😀.” ― Julie A. Diaz Martinez.",
            vec![want(Direct, &["Prices rose to 5 € 😀."], Some("―"), Some("Julie A. Diaz Martinez"))],
        ),
        (
            "a name, a parenthesis and a comma before the cue",
            "In Berea, after the vote, Gov. Jo Ruiz (R-OH), said, “It costs 5 € 😀.”",
            vec![want(Direct, &["It costs 5 € 😀."], Some("said"), Some("Jo Ruiz"))],
        ),
        (
            "written words: read and writes",
            "“Vote for a € 5 fare 😀,” read the banner over the square.\n\n“The fare is unfair,” Ignazio Cassis writes in his blog.",
            vec![
                want(Direct, &["Vote for a € 5 fare 😀,"], Some("read"), Some("the banner")),
                want(Direct, &["The fare is unfair,"], Some("writes"), Some("Ignazio Cassis")),
            ],
        ),
        (
            "written words read after a full stop inside the marks",
            "Ruiz spoke in Genève.\n\n“Prices rose to 5 € 😀.” the article read.",
            vec![want(Direct, &["Prices rose to 5 € 😀."], Some("read"), Some("the article"))],
        ),
        (
            "a dash before the speaker and the verb",
            "“It costs 5 € 😀,” — Ignazio Cassis said.",
            vec![want(Direct, &["It costs 5 € 😀,"], Some("said"), Some("Ignazio Cassis"))],
        ),
        (
            "straight double, said before the name, title left out",
            "\"Genève is ready 😀,\" said Foreign Minister Sergei Lavrov.",
            vec![want(Direct, &["Genève is ready 😀,"], Some("said"), Some("Sergei Lavrov"))],
        ),
        (
            "curly single",
            "‘Ça coûte 5 €,’ she said.",
            vec![want(Direct, &["Ça coûte 5 €,"], Some("said"), Some("she"))],
        ),
        (
            "straight single, told reporters",
            "'Ça coûte 5 € 😀,' he told reporters.",
            vec![want(Direct, &["Ça coûte 5 € 😀,"], Some("told"), Some("he"))],
        ),
        (
            "guillemets",
            "«This war costs 5 € a day 😀,» Cassis said.",
            vec![want(Direct, &["This war costs 5 € a day 😀,"], Some("said"), Some("Cassis"))],
        ),
        (
            "single guillemets",
            "‹Neutrality is not for sale, not for 5 € 😀,› Cassis said.",
            vec![want(
                Direct,
                &["Neutrality is not for sale, not for 5 € 😀,"],
                Some("said"),
                Some("Cassis"),
            )],
        ),
        (
            "low-high german marks",
            "„The war must end now 😀“, Cassis said in Genève.",
            vec![want(Direct, &["The war must end now 😀"], Some("said"), Some("Cassis"))],
        ),
        (
            "corner brackets",
            "「This war must end 😀」, Cassis said.",
            vec![want(Direct, &["This war must end 😀"], Some("said"), Some("Cassis"))],
        ),
        (
            "doubled apostrophes",
            "''It costs 5 € 😀,'' Mr. Trump said.",
            vec![want(Direct, &["It costs 5 € 😀,"], Some("said"), Some("Mr. Trump"))],
        ),
        (
            "nested quote stays inside",
            "“He told me ‘never’ — 5 € 😀,” Lavrov said.",
            vec![want(Direct, &["He told me ‘never’ — 5 € 😀,"], Some("said"), Some("Lavrov"))],
        ),
    ]);
}

#[test]
fn quotes_split_spread_or_stray() {
    check(vec![
        (
            "split by its attribution",
            "“This war,” Cassis said, “can only end with a diplomatic solution 😀.”",
            vec![want(
                Direct,
                &["This war,", "can only end with a diplomatic solution 😀."],
                Some("said"),
                Some("Cassis"),
            )],
        ),
        (
            "over three paragraphs",
            "Cassis said: “The first part costs 5 €.\n\n“The second part 😀.\n\n“The last part.”",
            vec![want(
                Direct,
                &["The first part costs 5 €.", "The second part 😀.", "The last part."],
                Some("said"),
                Some("Cassis"),
            )],
        ),
        (
            "stray opening mark stays in its paragraph",
            "A stray “mark costs 5 €.\n\n“Real words 😀,” Lavrov said.",
            vec![want(Direct, &["Real words 😀,"], Some("said"), Some("Lavrov"))],
        ),
        (
            "stray closing mark",
            "Prices rose” by 5 € 😀 in Genève.\n\n“Real words,” Lavrov said.",
            vec![want(Direct, &["Real words,"], Some("said"), Some("Lavrov"))],
        ),
        (
            "a nested quotation closed by three apostrophes",
            "''They won't be satisfied with 'We'll pay 5 € 😀,''' said Bob Vänder Plaats.",
            vec![want(
                Direct,
                &["They won't be satisfied with 'We'll pay 5 € 😀,'"],
                Some("said"),
                Some("Bob Vänder Plaats"),
            )],
        ),
        ("apostrophes are no marks", "Clinton’s aide can’t pay 5 € in ’16 😀.", vec![]),
    ]);
}

#[test]
fn marks_that_are_not_speech() {
    // These come out as terms, apart from the quotes.
    let cases: &[(&str, &str, &[&str])] = &[
        ("scare quotes", "Russia holds so-called “referendums” in Ukraine at 5 € each 😀.", &["referendums"]),
        ("title", "He read 'Rolling Stone' on the train to Zürich 😀.", &["Rolling Stone"]),
        ("nickname", "Marco “Little Marco” Rubio paid 5 € 😀 for lunch.", &["Little Marco"]),
    ];
    for (name, text, expected) in cases {
        let annotation = Annotator::new().annotate(text);
        assert_eq!(found(text), vec![], "case {name}: no quotes in {text}");
        let terms: Vec<&str> = annotation.terms.iter().map(|t| &text[t.content]).collect();
        assert_eq!(&terms, expected, "case {name}: {text}");
        for t in &annotation.terms {
            assert!(t.span.contains(t.content));
        }
    }
}

#[test]
fn speakers() {
    check(vec![
        (
            "appositive",
            "“Patients pay 5 € 😀,” Hugh Hill, a doctor in Zürich, said.",
            vec![want(Direct, &["Patients pay 5 € 😀,"], Some("said"), Some("Hugh Hill"))],
        ),
        (
            "an age between commas before the appositive",
            "“Patients pay 5 € 😀,” Hugh Hill, 67, a doctor in Zürich, said.",
            vec![want(Direct, &["Patients pay 5 € 😀,"], Some("said"), Some("Hugh Hill"))],
        ),
        (
            "an abbreviation's period ends the speaker phrase",
            "“Patients pay 5 € 😀,” a doctor at Zürich Care Inc. said.",
            vec![want(Direct, &["Patients pay 5 € 😀,"], Some("said"), Some("a doctor at Zürich Care Inc."))],
        ),
        (
            "a town and its state between commas",
            "“Patients pay 5 € 😀,” Hugh Hill, a doctor in Zürich, Pa., said.",
            vec![want(Direct, &["Patients pay 5 € 😀,"], Some("said"), Some("Hugh Hill"))],
        ),
        (
            "a role in lower case before the name after the cue, and the speech goes on",
            "“We pay 5 € a day 😀,” said pollster Jo Ruiz. “It is fair in Genève.”",
            vec![want(Direct, &["We pay 5 € a day 😀,", "It is fair in Genève."], Some("said"), Some("Jo Ruiz"))],
        ),
        (
            "organization",
            "“Pictures are normal 😀,” the Swiss foreign ministry said.",
            vec![want(Direct, &["Pictures are normal 😀,"], Some("said"), Some("the Swiss foreign ministry"))],
        ),
        (
            "colon after the cue",
            "Cassis told Blick: “Neutrality costs 5 € 😀.”",
            vec![want(Direct, &["Neutrality costs 5 € 😀."], Some("told"), Some("Cassis"))],
        ),
        (
            "according to",
            "“Prices rose by 5 € 😀,” according to the Swiss News Agency.",
            vec![want(Direct, &["Prices rose by 5 € 😀,"], Some("according to"), Some("Swiss News Agency"))],
        ),
        (
            "a quote-only paragraph continues the previous speaker",
            "The Swiss foreign ministry said there were 5 € photographers 😀.\n\n“Naturally there are pictures of it.”",
            vec![
                want(
                    Indirect,
                    &["there were 5 € photographers 😀"],
                    Some("said"),
                    Some("The Swiss foreign ministry"),
                ),
                want(Direct, &["Naturally there are pictures of it."], None, Some("The Swiss foreign ministry")),
            ],
        ),
        (
            "a lowercase role before the name",
            "“We sell fewer € 5 phones 😀,” chief executive Lowell McAdäm said.",
            vec![want(Direct, &["We sell fewer € 5 phones 😀,"], Some("said"), Some("Lowell McAdäm"))],
        ),
        (
            "a party and state in parentheses",
            "“It costs 5 € 😀,” Sen. Marco Rübio (R-Fla.) said Saturday.",
            vec![want(Direct, &["It costs 5 € 😀,"], Some("said"), Some("Marco Rübio"))],
        ),
        (
            "reported speech in the attribution's sentence does not interrupt the speaker",
            "“They don’t care about 5 € 😀,” Obama said of the families, according to a pool report. “Neither do I.”",
            vec![
                want(Direct, &["They don’t care about 5 € 😀,", "Neither do I."], Some("said"), Some("Obama")),
                want(
                    Indirect,
                    &["“They don’t care about 5 € 😀,” Obama said of the families"],
                    Some("according to"),
                    Some("a pool report"),
                ),
            ],
        ),
        (
            "a name with its state after a preposition",
            "“It costs 5 € 😀,” said Senator John McCäin of Arizona.",
            vec![want(Direct, &["It costs 5 € 😀,"], Some("said"), Some("John McCäin"))],
        ),
        (
            "a crowd in a place",
            "The crowd in Genève said the fee of 5 € was too high 😀.",
            vec![want(Indirect, &["the fee of 5 € was too high 😀"], Some("said"), Some("The crowd in Genève"))],
        ),
        (
            "an acronym in parentheses inside the speaker phrase",
            "The Coordination Office (PCO) in Zürich said the 5 € fee was fair 😀.",
            vec![want(
                Indirect,
                &["the 5 € fee was fair 😀"],
                Some("said"),
                Some("The Coordination Office (PCO) in Zürich"),
            )],
        ),
        (
            "a speaker with a description and a name between commas",
            "“California stood out at 5 € 😀,” Sanders’s campaign manager, Jeff Weäver, said in an interview.",
            vec![want(Direct, &["California stood out at 5 € 😀,"], Some("said"), Some("Jeff Weäver"))],
        ),
        (
            "a participle after a quotation reports for its speaker",
            "“It costs 5 € 😀,” said Senator John McCäin, arguing that the fee was too high.",
            vec![
                want(Direct, &["It costs 5 € 😀,"], Some("said"), Some("John McCäin")),
                want(Indirect, &["the fee was too high"], Some("arguing"), Some("John McCäin")),
            ],
        ),
        (
            "a headline's source before its colon",
            "Lynch: No outside influence on the 5 € probe 😀.\n\nAttorney General Loretta Lynch spoke in Genève.",
            vec![want(Indirect, &["No outside influence on the 5 € probe 😀"], Some(":"), Some("Lynch"))],
        ),
        (
            "a topic before a headline's colon is no source",
            "Ukraine war: Russia pounds Kyiv as prices reach 5 € 😀.\n\nThe shelling went on in Kyiv.",
            vec![],
        ),
        (
            "a headline's label before its colon is no source",
            "The Latest: Prices in Genève rose by 5 € 😀.\n\nThe probe goes on in Genève.",
            vec![],
        ),
        (
            "nothing supports an attribution",
            "Prices in Genève rose 😀.\n\n“Prices are high, 5 € high.”",
            vec![want(Direct, &["Prices are high, 5 € high."], None, None)],
        ),
    ]);
}

#[test]
fn direct_quotes_after_a_cue_or_with_mismatched_marks() {
    check(vec![
        (
            "a short quotation right after the cue",
            "Asked about the 5 € fee, Cassis said “never again 😀” and left Genève.",
            vec![want(Direct, &["never again 😀"], Some("said"), Some("Cassis"))],
        ),
        (
            "an exclamation right after its verb",
            "The crowd shouted “Stay there 😀!” at the 5 € stand in Genève.",
            vec![want(Direct, &["Stay there 😀!"], Some("shouted"), Some("The crowd"))],
        ),
        (
            "straight mark closed by a curly one, joined to the quote before",
            "“The fee is 5 €,\" she said. \"It stays in Genève 😀.”",
            vec![want(Direct, &["The fee is 5 €,", "It stays in Genève 😀."], Some("said"), Some("she"))],
        ),
        (
            "the subject of the sentence when the cue has none",
            "Cassis praised Genève, adding: “The 5 € fee stays 😀.”",
            vec![want(Direct, &["The 5 € fee stays 😀."], Some("adding"), Some("Cassis"))],
        ),
    ]);
}

#[test]
fn reported_speech() {
    check(vec![
        (
            "said with a clause",
            "Cassis said Switzerland was ready to offer its good offices for 5 € 😀.",
            vec![want(
                Indirect,
                &["Switzerland was ready to offer its good offices for 5 € 😀"],
                Some("said"),
                Some("Cassis"),
            )],
        ),
        (
            "according to after the content",
            "No announcement was made about the 5 € fee 😀, according to the Swiss News Agency.",
            vec![want(
                Indirect,
                &["No announcement was made about the 5 € fee 😀"],
                Some("according to"),
                Some("Swiss News Agency"),
            )],
        ),
        (
            "participle after the main clause",
            "However, Russia rejected the 5 € offer arguing that Switzerland was no longer neutral 😀.",
            // PolNeAR counts a rejection as a stance on its object too.
            vec![
                want(Indirect, &["the 5 € offer"], Some("rejected"), Some("Russia")),
                want(Indirect, &["Switzerland was no longer neutral 😀"], Some("arguing"), Some("Russia")),
            ],
        ),
        (
            "cue after the content",
            "The talks in Genève cost 5 € 😀, officials said.",
            vec![want(Indirect, &["The talks in Genève cost 5 € 😀"], Some("said"), Some("officials"))],
        ),
        (
            "weak cue with a bare clause",
            "They think the 5 € fee in Genève is fair 😀.",
            vec![want(Indirect, &["the 5 € fee in Genève is fair 😀"], Some("think"), Some("They"))],
        ),
        (
            "a question asked by nobody named",
            "Cassis smiled 😀 when asked whether the 5 € fee would stay.",
            vec![want(Indirect, &["whether the 5 € fee would stay"], Some("asked"), None)],
        ),
        (
            "relative clause before the cue",
            "In Genève, it is voters who say the 5 € charge is unfair 😀.",
            vec![want(Indirect, &["the 5 € charge is unfair 😀"], Some("say"), Some("voters"))],
        ),
        (
            "noun cue with its possessor",
            "Cassis repeated his claim that the 5 € fee in Genève was fair 😀.",
            vec![want(Indirect, &["the 5 € fee in Genève was fair 😀"], Some("claim"), Some("his"))],
        ),
        (
            "intention in the infinitive",
            "Cassis vowed to cut the 5 € fee in Genève 😀.",
            vec![want(Indirect, &["to cut the 5 € fee in Genève 😀"], Some("vowed"), Some("Cassis"))],
        ),
        (
            "topic after a preposition",
            "Cassis talked about the 5 € fee in Genève 😀.",
            vec![want(Indirect, &["the 5 € fee in Genève 😀"], Some("talked"), Some("Cassis"))],
        ),
        (
            "a view without a speaker",
            "The new fee seemed likely to stay at 5 € in Genève 😀.",
            vec![want(
                Indirect,
                &["The new fee", "likely to stay at 5 € in Genève 😀"],
                Some("seemed"),
                None,
            )],
        ),
        (
            "loose source after according to",
            "The 5 € fee in Genève will stay 😀, according to complete but unofficial returns.",
            vec![want(
                Indirect,
                &["The 5 € fee in Genève will stay 😀"],
                Some("according to"),
                Some("complete but unofficial returns"),
            )],
        ),
        (
            "a paragraph of speech after a colon",
            "The Genève minister added:\n\nThe 5 € fee stays, and that is final 😀.",
            vec![want(
                Indirect,
                &["The 5 € fee stays, and that is final 😀."],
                Some("added"),
                Some("The Genève minister"),
            )],
        ),
        (
            "support as a verb after a plural",
            "Voters in Genève support a 5 € fee for every visitor 😀.",
            vec![want(
                Indirect,
                &["a 5 € fee for every visitor 😀"],
                Some("support"),
                Some("Voters in Genève"),
            )],
        ),
        ("support as a noun", "Cassis has support from 52 percent of Genève voters 😀.", vec![]),
        (
            "support as a noun after an adjective in -ous",
            "The fans in Genève gave vociferous support to their players for 5 € 😀.",
            vec![],
        ),
        (
            "support as a noun after an adjective",
            "Cassis lost the broad support of Genève for the 5 € fee 😀.",
            vec![],
        ),
        (
            "mixed with quoted words",
            "Cassis said Russia must stop its “so-called referendums” at once 😀.",
            vec![want(
                Mixed,
                &["Russia must stop its “so-called referendums” at once 😀"],
                Some("said"),
                Some("Cassis"),
            )],
        ),
    ]);
}

/// The seed article: three direct quotes and its reported speech. Skips when the seed is absent.
#[test]
fn seed_article() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds/swissinfo-2022-09-22-cassis-lavrov.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("seed article not found at ../shared/seeds: skipping");
        return;
    };
    let quotes = found(&text);
    let direct: Vec<Option<&str>> = quotes.iter().filter(|q| q.kind == Direct).map(|q| q.speaker).collect();
    assert_eq!(direct.len(), 3, "{quotes:#?}");
    assert!(direct[0].is_some_and(|s| s.contains("Cassis")));
    assert!(direct[1].is_some_and(|s| s.contains("Cassis")));
    assert!(direct[2].is_some_and(|s| s.contains("ministry")));
    let reported: Vec<(&str, Option<&str>)> = quotes
        .iter()
        .filter(|q| q.kind == Indirect || q.kind == Mixed)
        .map(|q| (q.content[0], q.speaker))
        .collect();
    let has = |start: &str, speaker: &str| {
        reported.iter().any(|(c, s)| c.starts_with(start) && s.is_some_and(|s| s.contains(speaker)))
    };
    assert!(has("Switzerland was ready", "Cassis"), "{reported:#?}");
    assert!(has("Switzerland was no longer neutral", "Russia"), "{reported:#?}");
    assert!(has("there were several photojournalists", "ministry"), "{reported:#?}");
}

/// Direct-quote detection and attribution rules (issue 4): each case failed before its rule,
/// or guards a rule against reaching too far (the two-word title).
#[test]
fn direct_quote_detection_rules() {
    check(vec![
        (
            "a verb before its named speaker after a quotation that hands over",
            "“The 5 € fare is fantastic 😀!” beamed Jo Ruiz of Genève.",
            vec![want(Direct, &["The 5 € fare is fantastic 😀!"], Some("beamed"), Some("Jo Ruiz"))],
        ),
        (
            "any verb after a named speaker when the quotation hands over",
            "“Jo wants to be a tough guy about the 5 € fee 😀,” Trump shot back.",
            vec![want(
                Direct,
                &["Jo wants to be a tough guy about the 5 € fee 😀,"],
                Some("shot"),
                Some("Trump"),
            )],
        ),
        (
            "a title of two words hands over to its description",
            "“Balanced Rebellion,” stars a Genève actor in a 5 € show 😀.",
            vec![],
        ),
        (
            "words chanted after a comma, spoken by the sentence's subject",
            "The protesters gathered at the 5 € stand, chanting “Dump Trump 😀.”",
            vec![want(Direct, &["Dump Trump 😀."], Some("chanting"), Some("The protesters"))],
        ),
        (
            "chants of a slogan: a noun cue without a speaker",
            "Ruiz walked in to chants of “Marco! Marco! 😀” at the 5 € rally.",
            vec![want(Direct, &["Marco! Marco! 😀"], Some("chants"), None)],
        ),
        (
            "a sign that reads its words, but a person reads a title",
            "She held a sign that read “15 € 😀!” and read “Rolling Stone” on the train.",
            vec![want(Direct, &["15 € 😀!"], Some("read"), Some("She"))],
        ),
        (
            "quotations joined by and after one cue are one speech",
            "The crowd at the 5 € rally was shouting “Get out 😀” and “Be nice.”",
            vec![want(Direct, &["Get out 😀", "Be nice."], Some("shouting"), Some("The crowd"))],
        ),
        (
            "quotations standing alone in a row without a speaker are one speech",
            "Ruiz spoke only in vague terms about the 5 € fee.\n\n“We have to do something 😀.”\n“We have to be tougher.”",
            vec![want(Direct, &["We have to do something 😀.", "We have to be tougher."], None, None)],
        ),
        (
            "a quotation between spaced hyphens typed for dashes, attributed inside them",
            "Neither man liked the 5 € plan - “Born with a silver spoon 😀,” Mr. Elkins said - but both voted.",
            vec![want(Direct, &["Born with a silver spoon 😀,"], Some("said"), Some("Mr. Elkins"))],
        ),
        (
            "a name, any verb in the past and a comma introduce the quotation",
            "During the 5 € debate, Hillary Clinton cracked, “I’m a progressive 😀.”",
            vec![want(Direct, &["I’m a progressive 😀."], Some("cracked"), Some("Hillary Clinton"))],
        ),
        (
            "so does a verb in the present",
            "During the 5 € debate, Hillary Clinton shrugs, “I’m a progressive 😀.”",
            vec![want(Direct, &["I’m a progressive 😀."], Some("shrugs"), Some("Hillary Clinton"))],
        ),
        (
            "after a full stop, a cue going on to a reported clause is a new sentence",
            "Cassis spoke in Genève. “The 5 € fee stays 😀.” He said, twice, that the fee was fair.",
            vec![
                want(Direct, &["The 5 € fee stays 😀."], None, None),
                want(Indirect, &["the fee was fair"], Some("said"), Some("He")),
            ],
        ),
    ]);
}

// Reported speech and all attributions (issue 4): clause openers, loose subjects, parenthetical
// attributions and the longer tail of cues. Each case fails without its rule.
#[test]
fn reported_speech_tail() {
    check(vec![
        (
            "said before an if-clause",
            "Cruz said if elected he would cut the 5 € fee 😀.",
            vec![want(Indirect, &["if elected he would cut the 5 € fee 😀"], Some("said"), Some("Cruz"))],
        ),
        (
            "said before a contracted that",
            "Shaw said that’s what a 5 € fee buys 😀.",
            vec![want(Indirect, &["that’s what a 5 € fee buys 😀"], Some("said"), Some("Shaw"))],
        ),
        (
            "said before about and an amount",
            "The budget office said about half of the 5 € fee went to Genève 😀.",
            vec![want(
                Indirect,
                &["about half of the 5 € fee went to Genève 😀"],
                Some("said"),
                Some("The budget office"),
            )],
        ),
        (
            "a quantity as the subject",
            "One in three said the 5 € fee was too high 😀.",
            vec![want(Indirect, &["the 5 € fee was too high 😀"], Some("said"), Some("three"))],
        ),
        (
            "a that-clause after a dash",
            "Manafort said — on Twitter, as it happens — that the fee rose to 5 € 😀.",
            vec![want(Indirect, &["the fee rose to 5 € 😀"], Some("said"), Some("Manafort"))],
        ),
        (
            "a parenthetical attribution after a short opener",
            "Still, he said, officials have to decide who pays 5 € 😀.",
            vec![want(Indirect, &["officials have to decide who pays 5 € 😀"], Some("said"), Some("he"))],
        ),
        (
            "a weak cue of the tail with a that-clause",
            "The audit suggest that the 5 € fee was lawful 😀.",
            vec![want(Indirect, &["the 5 € fee was lawful 😀"], Some("suggest"), Some("The audit"))],
        ),
        (
            "a stance verb of the tail",
            "Cassis rejected the 5 € fee for Genève 😀.",
            vec![want(Indirect, &["the 5 € fee for Genève 😀"], Some("rejected"), Some("Cassis"))],
        ),
        (
            "according to between two halves of the content",
            "At the heart of the 5 € dispute, according to Dennis Ross, was a decision in Genève 😀.",
            vec![want(
                Indirect,
                &["At the heart of the 5 € dispute", "was a decision in Genève 😀"],
                Some("according to"),
                Some("Dennis Ross"),
            )],
        ),
        (
            "a source named by a sentence-opening in",
            "In a new Genève poll, Cassis has a 5 € lead 😀.",
            vec![want(Indirect, &["Cassis has a 5 € lead 😀"], Some("In"), Some("a new Genève poll"))],
        ),
        (
            "a verb with its preposition of the tail",
            "Cassis railed against the 5 € fee in Genève 😀.",
            vec![want(Indirect, &["the 5 € fee in Genève 😀"], Some("railed"), Some("Cassis"))],
        ),
        (
            "a noun of stance after its possessor",
            "Lavrov’s attacks on the 5 € fee irked Genève 😀.",
            vec![want(Indirect, &["the 5 € fee irked Genève 😀"], Some("attacks on"), Some("Lavrov’s"))],
        ),
        (
            "a question asked before the sentence's subject",
            "Asked if the 5 € fee was fair 😀, Cassis smiled.",
            vec![want(Indirect, &["if the 5 € fee was fair 😀"], Some("Asked"), Some("Cassis"))],
        ),
    ]);
}
