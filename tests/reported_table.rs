//! Reported speech found by classes of cues (inflections, intentions, prepositions), one named
//! case per rule; each case fails without its rule. Every case has non-ASCII text, and every
//! assertion slices the found spans back out of the input.
#![cfg(not(target_arch = "wasm32"))]

mod quote_harness;

use article_annotator::QuoteKind;
use quote_harness::{check, want};

use QuoteKind::Indirect;

// Cues kept where their predictions matched PolNeAR train often enough to raise F1.
#[test]
fn reported_speech_classes() {
    check(vec![
        (
            "an impersonal passive names no speaker",
            "It is thought Genève wants a 5 € fee from Cassis 😀.",
            vec![
                want(Indirect, &["Genève wants a 5 € fee from Cassis 😀"], Some("thought"), None),
                want(Indirect, &["a 5 € fee from Cassis 😀"], Some("wants"), Some("Genève")),
            ],
        ),
        (
            "a participle's subject after with",
            "Cassis left Genève, with union boss Anna Roth claiming the 5 € fee was too high 😀.",
            vec![want(Indirect, &["the 5 € fee was too high 😀"], Some("claiming"), Some("Anna Roth"))],
        ),
        (
            "a stance verb in another inflection",
            "Cassis describes the 5 € fee as a burden on Genève 😀.",
            vec![want(
                Indirect,
                &["the 5 € fee as a burden on Genève 😀"],
                Some("describes"),
                Some("Cassis"),
            )],
        ),
        (
            "a participle after the noun phrase it describes",
            "The union supporting Cassis in Genève, Unia €, spent 5 € 😀.",
            vec![want(Indirect, &["Cassis in Genève"], Some("supporting"), Some("The union"))],
        ),
        (
            "a verb of knowing with a that-clause",
            "Cassis knew that the 5 € fee would anger Genève 😀.",
            vec![want(Indirect, &["the 5 € fee would anger Genève 😀"], Some("knew"), Some("Cassis"))],
        ),
        (
            "a speech verb in another inflection",
            "Cassis is declaring the 5 € fee a success for Genève 😀.",
            vec![want(Indirect, &["the 5 € fee a success for Genève 😀"], Some("declaring"), Some("Cassis"))],
        ),
        (
            "a verb of seeing with an object and as",
            "Voters in Genève see Cassis as the stronger candidate 😀.",
            vec![want(
                Indirect,
                &["Cassis as the stronger candidate 😀"],
                Some("see"),
                Some("Voters in Genève"),
            )],
        ),
        (
            "a weak cue of expecting with an object",
            "Cassis does not expect a deal on the 5 € fee 😀.",
            vec![want(Indirect, &["a deal on the 5 € fee 😀"], Some("expect"), Some("Cassis"))],
        ),
        (
            "a verb with its preposition in another inflection",
            "Cassis hints at a 5 € fee for Genève 😀.",
            vec![want(Indirect, &["a 5 € fee for Genève 😀"], Some("hints"), Some("Cassis"))],
        ),
        (
            "a stance verb in the infinitive",
            "Cassis went on to endorse the 5 € fee in Genève 😀.",
            vec![want(Indirect, &["the 5 € fee in Genève 😀"], Some("endorse"), Some("Cassis"))],
        ),
        (
            "a speech verb in the infinitive",
            "Cassis went on to say the 5 € fee was fair to Genève 😀.",
            vec![want(Indirect, &["the 5 € fee was fair to Genève 😀"], Some("say"), Some("Cassis"))],
        ),
    ]);
}

// Cues kept by the learned table (`data/reported_cues.txt`) in contexts the rules leave out; each
// case fails with an empty table.
#[test]
fn learned_cues() {
    check(vec![
        (
            "a Title Case headline cue",
            "Glenn Beck Slams Drudge Over the 5 € Fee in Genève 😀",
            vec![want(
                Indirect,
                &["Drudge Over the 5 € Fee in Genève 😀"],
                Some("Slams"),
                Some("Glenn Beck"),
            )],
        ),
        (
            "a present-tense cue with a question word",
            "Cassis explains why the 5 € fee hurts Genève 😀.",
            vec![want(Indirect, &["why the 5 € fee hurts Genève 😀"], Some("explains"), Some("Cassis"))],
        ),
        (
            "a cue of finding with a bare clause",
            "The poll finds Cassis ahead in Genève 😀 by 5 €.",
            vec![want(Indirect, &["Cassis ahead in Genève 😀 by 5 €"], Some("finds"), Some("The poll"))],
        ),
        (
            "a cue of showing with a that-clause after a long subject",
            "A survey of Genève 😀 showed that a 5 € fee would hurt.",
            vec![want(Indirect, &["a 5 € fee would hurt"], Some("showed"), Some("A survey of Genève"))],
        ),
        (
            "a learned noun cue has a possessor, not the words before it",
            "Cassis did not settle the question of how the 5 € fee would hit Genève 😀.",
            vec![want(Indirect, &["of how the 5 € fee would hit Genève 😀"], Some("question"), None)],
        ),
        (
            "a denial with a gerund",
            "Cassis denied taking a 5 € fee in Genève 😀.",
            vec![want(Indirect, &["taking a 5 € fee in Genève 😀"], Some("denied"), Some("Cassis"))],
        ),
        (
            "a word as often a noun as a verb is a cue only as a verb",
            "The Russian plans to hold a 5 € vote in Genève 😀 were dropped.",
            vec![],
        ),
    ]);
}

// Where a reported content ends and which side of its cue it lies on; each case fails without
// its rule in `src/quote/reported.rs`.
#[test]
fn reported_content_boundaries() {
    check(vec![
        (
            "a second cue of the same subject ends the first content",
            "Cassis said the 5 € fee helped Genève 😀 and said that Bern would pay.",
            vec![
                want(Indirect, &["the 5 € fee helped Genève 😀"], Some("said"), Some("Cassis")),
                want(Indirect, &["Bern would pay"], Some("said"), Some("Cassis")),
            ],
        ),
        (
            "a cue after a comma with a name and its appositive attributes what comes before",
            "The 5 € fee will not return to Genève 😀, said Ada Autor, a professor in Bern.",
            vec![want(
                Indirect,
                &["The 5 € fee will not return to Genève 😀"],
                Some("said"),
                Some("Ada Autor"),
            )],
        ),
        (
            "a cue after a comma with a noun phrase and a circumstance attributes what comes before",
            "The 5 € fee is not good enough for Genève 😀, said a senior analyst at Jefferies.",
            vec![want(
                Indirect,
                &["The 5 € fee is not good enough for Genève 😀"],
                Some("said"),
                Some("a senior analyst"),
            )],
        ),
        (
            "one word answering a question is the content",
            "On the 5 € fee for Genève 😀, 46 percent of voters said yes.",
            vec![want(Indirect, &["yes"], Some("said"), Some("46 percent of voters"))],
        ),
    ]);
}
