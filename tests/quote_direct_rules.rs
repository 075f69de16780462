//! Rules that separate the quotations PolNeAR marks as direct quotes from the ones it reads as
//! part of reported speech, one named case per rule (each fails without its rule). Every case has
//! non-ASCII text, and every assertion slices the found spans back out of the input.
#![cfg(not(target_arch = "wasm32"))]

mod quote_harness;

use article_annotator::QuoteKind;
use quote_harness::{check, want};
use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn continuations_of_reported_speech() {
    check(vec![
        (
            "a lone quotation after reported speech in its paragraph is more of it",
            "Ruiz said the 5 € fee was “a disgrace” for Genève. “We will fight it 😀.”",
            vec![want(
                Mixed,
                &["the 5 € fee was “a disgrace” for Genève", "We will fight it 😀."],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "reported speech that opens with its quotation and goes on in quotation marks is direct",
            "“I admire the mechanics” of the 5 € plan, Jo Holtz said. “They are detailed 😀.”",
            vec![want(
                Direct,
                &["“I admire the mechanics” of the 5 € plan", "They are detailed 😀."],
                Some("said"),
                Some("Jo Holtz"),
            )],
        ),
        (
            "so is a quotation opening the next paragraph",
            "Ruiz said the 5 € fee was “a disgrace” for Genève.\n\n“We will fight it 😀.”",
            vec![want(
                Mixed,
                &["the 5 € fee was “a disgrace” for Genève", "We will fight it 😀."],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "but not a few quoted words heading the next paragraph",
            "Ruiz said the 5 € fee was “a disgrace” for Genève.\n\n“Related 😀:”\n\nThe fee rose.",
            vec![want(Mixed, &["the 5 € fee was “a disgrace” for Genève"], Some("said"), Some("Ruiz"))],
        ),
        (
            "after reported speech without quotation marks, a lone quotation is a quote of its own",
            "The ministry said the 5 € fee was fair. “Naturally there are fees 😀.”",
            vec![
                want(Indirect, &["the 5 € fee was fair"], Some("said"), Some("The ministry")),
                want(Direct, &["Naturally there are fees 😀."], None, Some("The ministry")),
            ],
        ),
        (
            "a quotation introduced by words before a colon stands on its own",
            "Ruiz said the 5 € fee was “a disgrace” for Genève. From his post on the fee: “We will fight it 😀.”",
            vec![
                want(Mixed, &["the 5 € fee was “a disgrace” for Genève"], Some("said"), Some("Ruiz")),
                want(Direct, &["We will fight it 😀."], None, Some("Ruiz")),
            ],
        ),
    ]);
}

#[test]
fn fronted_words_before_a_quotation() {
    check(vec![
        (
            "words before a comma and the quotation are part of the speech",
            "In past campaigns, “we reached 5 € donors 😀,” Ruiz said.",
            vec![want(
                Mixed,
                &["In past campaigns, “we reached 5 € donors 😀,”"],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "one word before the comma is left out",
            "Yet, “it is hard to pay 5 € 😀,” Ruiz said.",
            vec![want(Direct, &["it is hard to pay 5 € 😀,"], Some("said"), Some("Ruiz"))],
        ),
        (
            "a topic named with as for is left out",
            "As for the 5 € fee in Genève, “it stays 😀,” Ruiz said.",
            vec![want(Direct, &["it stays 😀,"], Some("said"), Some("Ruiz"))],
        ),
        (
            "words before a leading attribution open the sentence a lowercase quotation finishes",
            "A new fee in Genève, Ruiz said, “could cost 5 € a day 😀.”",
            vec![want(
                Mixed,
                &["A new fee in Genève", "could cost 5 € a day 😀."],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "an attribution opening its sentence introduces a lowercase quotation as a whole speech",
            "Ruiz spoke in Genève.\n\nHe added, “and the 5 € fee stays 😀.”",
            vec![want(Direct, &["and the 5 € fee stays 😀."], Some("added"), Some("He"))],
        ),
        (
            "so does a cue after a comma",
            "Ruiz fought the fee in Genève, saying, “the 5 € fee is unfair 😀.”",
            vec![want(Direct, &["the 5 € fee is unfair 😀."], Some("saying"), Some("Ruiz"))],
        ),
        (
            "so does a cue with whom the words were said to before the comma",
            "Ruiz fought the 5 € fee in Genève, tweeting at the mayor, “you are a loser 😀.”",
            vec![want(Direct, &["you are a loser 😀."], Some("tweeting"), Some("Ruiz"))],
        ),
        (
            "a longer phrase after the cue leaves the lowercase quotation to its sentence",
            "Ruiz said at a town hall in Genève on Monday, “we would pay 5 € 😀.”",
            vec![want(Mixed, &["we would pay 5 € 😀."], Some("said"), Some("Ruiz"))],
        ),
        (
            "an attribution set off after a quotation leaves the lowercase rest to its sentence",
            "Polls mean “he is doing something right in Genève,” she says, “but I would not pay 5 € 😀.”",
            vec![want(Mixed, &["but I would not pay 5 € 😀."], Some("says"), Some("she"))],
        ),
        (
            "a clause opening with that between the cue and the quotation is part of the speech",
            "Ruiz recalled that in Genève, “I paid 5 € a day 😀.”",
            vec![want(Mixed, &["that in Genève, “I paid 5 € a day 😀.”"], Some("recalled"), Some("Ruiz"))],
        ),
        (
            "a cue before the comma introduces the quotation",
            "The sign in Genève read, “Pay 5 € 😀,” the reporter said.",
            vec![want(Direct, &["Pay 5 € 😀,"], Some("said"), Some("the reporter"))],
        ),
    ]);
}

#[test]
fn quotations_inside_a_sentence_that_goes_on() {
    check(vec![
        (
            "a quotation after a cue that its sentence goes on after is reported speech",
            "Ruiz said “the 5 € fee is fair 😀” every time he spoke in Genève.",
            vec![want(
                Mixed,
                &["“the 5 € fee is fair 😀” every time he spoke in Genève"],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "so is one after its attribution and a comma",
            "Ruiz said, “We pay 5 € a day 😀” until the vote in Genève.",
            vec![want(
                Mixed,
                &["“We pay 5 € a day 😀” until the vote in Genève"],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "circumstances of the saying after it leave the quotation whole",
            "Ruiz tweeted, “Thank you Genève 😀” on Friday.",
            vec![want(Direct, &["Thank you Genève 😀"], Some("tweeted"), Some("Ruiz"))],
        ),
        (
            "a quotation that ends with its own stop is said, whatever follows",
            "Ruiz declared “What a 5 € day 😀!” and left Genève.",
            vec![want(Direct, &["What a 5 € day 😀!"], Some("declared"), Some("Ruiz"))],
        ),
        (
            "words shouted are speech however the sentence goes on",
            "Ruiz shouted “Stop 😀” at the 5 € stand.",
            vec![want(Direct, &["Stop 😀"], Some("shouted"), Some("Ruiz"))],
        ),
    ]);
}

#[test]
fn quoted_words_finishing_a_clause_attributed_after_them() {
    check(vec![
        (
            "the clause with its quoted words is reported speech, and the quotation after it more",
            "Its job is ''really a mix of 5 € things 😀,'' she said on Tuesday. ''We feel good.''",
            vec![want(
                Mixed,
                &["Its job is ''really a mix of 5 € things 😀,''", "We feel good."],
                Some("said"),
                Some("she"),
            )],
        ),
        (
            "quoted words earlier in the clause belong to the same speech",
            "The plan was a “good thing” that gave “5 € of information 😀,” Ruiz remarked. “And we go on.”",
            vec![want(
                Mixed,
                &["The plan was a “good thing” that gave “5 € of information 😀,”", "And we go on."],
                Some("remarked"),
                Some("Ruiz"),
            )],
        ),
        (
            "an attribution followed by another quotation introduces that one",
            "In his “commander’s intent 😀,” Ruiz wrote, “We must pay 5 € clearly.”",
            vec![want(Direct, &["We must pay 5 € clearly."], Some("wrote"), Some("Ruiz"))],
        ),
    ]);
}

#[test]
fn titles_named_after_a_comma() {
    check(vec![
        (
            "a few quoted words after a noun phrase and a comma name it",
            "Paid 5 €, Ruiz starred in her blockbuster film, “Trainwreck 😀.”",
            vec![],
        ),
        (
            "a title after a work's noun names it, though a verb of speech comes before",
            "“Paying 5 € was a mistake,” she wrote in her memoir, “Tough Choices 😀.”",
            vec![want(Direct, &["Paying 5 € was a mistake,"], Some("wrote"), Some("she"))],
        ),
        (
            "a title after a work's noun is not attributed to the cue before it",
            "Ruiz said in his 5 € book, “An American Son 😀.” So they stayed.",
            vec![],
        ),
        (
            "words of speech after a work's noun are still speech",
            "“Paying 5 € was a mistake,” she wrote in her memoir, “I was wrong 😀.”",
            vec![want(Direct, &["Paying 5 € was a mistake,", "I was wrong 😀."], Some("wrote"), Some("she"))],
        ),
        (
            "words of speech before the comma attribute the quotation instead",
            "He rose for 5 €, as the weekly put it in a lengthy exposé, “the operator 😀.”",
            vec![want(Direct, &["the operator 😀."], None, None)],
        ),
    ]);
}

#[test]
fn quotations_right_after_that() {
    check(vec![
        (
            "a quotation right after “that” and a comma is indirect speech quoting its words",
            "Ruiz tweeted that, “For those few critics of the 5 € fee 😀, I am there.”",
            vec![want(
                Mixed,
                &["that, “For those few critics of the 5 € fee 😀, I am there.”"],
                Some("tweeted"),
                Some("Ruiz"),
            )],
        ),
        (
            "so is one after “that” with words between the cue and it",
            "Ana Ruiz said via email that, “Genève will defend the 5 € fee 😀.”",
            vec![want(
                Mixed,
                &["that, “Genève will defend the 5 € fee 😀.”"],
                Some("said"),
                Some("Ana Ruiz"),
            )],
        ),
    ]);
}

#[test]
fn names_given_in_quotation_marks() {
    check(vec![
        (
            "a lowercase name after a naming verb is a fragment of reported speech",
            "Ruiz fought the 5 € fee in Genève, which he dubbed “the little tax 😀.”",
            vec![want(Mixed, &["the little tax 😀."], Some("dubbed"), Some("he"))],
        ),
        (
            "a lowercase quotation after a speech verb stays direct",
            "Ruiz fought the 5 € fee in Genève, and he said “the little tax is a disgrace 😀.”",
            vec![want(Direct, &["the little tax is a disgrace 😀."], Some("said"), Some("he"))],
        ),
    ]);
}

#[test]
fn quotations_set_off_by_a_dash() {
    check(vec![
        (
            "a quotation after a dash without attribution is an aside",
            "Ruiz says the 5 € fee is fair. Or maybe his act—“My tax plan will be tremendous 😀!”—is wearing thin.",
            vec![want(Indirect, &["the 5 € fee is fair"], Some("says"), Some("Ruiz"))],
        ),
        (
            "a quotation after a spaced dash at the end of a sentence is one too",
            "Ruiz says the 5 € fee is fair. The photo quotes Romans 8:31 – “If God is for us, who can be against us 😀?”",
            vec![want(Indirect, &["the 5 € fee is fair"], Some("says"), Some("Ruiz"))],
        ),
        (
            "with its attribution after it, a quotation after a dash is speech",
            "Ruiz was impressed by Genève - “Born with a 5 € spoon 😀,” Mr. Elkins said - and left.",
            vec![want(Direct, &["Born with a 5 € spoon 😀,"], Some("said"), Some("Mr. Elkins"))],
        ),
    ]);
}

#[test]
fn quotations_in_capitals() {
    check(vec![
        (
            "words in capitals on a line of their own are a headline",
            "Ruiz says the 5 € fee is fair.\n\n“DIVISIVE, STUPID AND WRONG 😀”\n\nGenève will pay.",
            vec![want(Indirect, &["the 5 € fee is fair"], Some("says"), Some("Ruiz"))],
        ),
        (
            "words in capitals with an attribution are speech",
            "“GROWING PARTY 😀,” Ruiz declared in a 5 € tweet.",
            vec![want(Direct, &["GROWING PARTY 😀,"], Some("declared"), Some("Ruiz"))],
        ),
    ]);
}

#[test]
fn short_quotations_alone_in_a_paragraph() {
    check(vec![
        (
            "three quoted words making a paragraph without attribution head the next ones",
            "Ruiz says the 5 € fee is fair.\n\n‘A change-warrior 😀.’\n\nGenève will pay.",
            vec![want(Indirect, &["the 5 € fee is fair"], Some("says"), Some("Ruiz"))],
        ),
        (
            "more words alone in a paragraph are speech",
            "Ruiz says the 5 € fee is fair.\n\n“Genève will pay it 😀 twice.”\n\nHe left.",
            vec![
                want(Indirect, &["the 5 € fee is fair"], Some("says"), Some("Ruiz")),
                want(Direct, &["Genève will pay it 😀 twice."], None, Some("Ruiz")),
            ],
        ),
        (
            "three quoted words with an attribution are speech",
            "Ruiz spoke in Genève.\n\n“Not 5 € 😀,” he said.",
            vec![want(Direct, &["Not 5 € 😀,"], Some("said"), Some("he"))],
        ),
    ]);
}

#[test]
fn continuations_after_an_attribution_holding_an_abbreviation() {
    check(vec![(
        "the period of “Mr.” in the attribution's relative clause ends no sentence",
        "“We need 5 € ideas 😀,” said Jo Ruiz, who met Mr. Holtz after he said the fee was unfair. “Her instinct is caution.”",
        vec![
            want(
                Direct,
                &["We need 5 € ideas 😀,", "Her instinct is caution."],
                Some("said"),
                Some("Jo Ruiz"),
            ),
            want(Indirect, &["the fee was unfair"], Some("said"), Some("he")),
        ],
    )]);
}

#[test]
fn conjunctions_fronted_before_an_attribution() {
    check(vec![
        (
            "a conjunction before an attribution set off by commas opens the speech",
            "Ruiz spoke in Genève. But, he added, “We will pay the 5 € fee 😀.”",
            vec![want(Mixed, &["But", "We will pay the 5 € fee 😀."], Some("added"), Some("he"))],
        ),
        (
            "an adverb there stays outside a direct quote",
            "Ruiz spoke in Genève. Now, he added, “We will pay the 5 € fee 😀.”",
            vec![want(Direct, &["We will pay the 5 € fee 😀."], Some("added"), Some("he"))],
        ),
    ]);
}

#[test]
fn sources_after_a_digest_topic() {
    check(vec![(
        "in a digest's item the source follows the topic's dash",
        "Ruiz spoke in Genève.\n\nPOLLS MISSED THE 5 € SURGE - Jo Ruiz: “We kept calling voters 😀.”",
        vec![want(Direct, &["We kept calling voters 😀."], None, Some("Jo Ruiz"))],
    )]);
}

#[test]
fn a_day_before_a_comma_is_no_speaker() {
    check(vec![(
        "the subject after a clause that ends in a day, before a title",
        "In a statement released Thursday, Rep. Jo Ruiz reacted, saying: “We will fight the 5 € fee 😀.”",
        vec![want(Direct, &["We will fight the 5 € fee 😀."], Some("saying"), Some("Jo Ruiz"))],
    )]);
}

#[test]
fn speakers_named_by_an_adjective_and_a_plural_noun() {
    check(vec![(
        "an adjective before a plural speaker noun without a determiner is part of the speaker",
        "“The 5 € fee in Genève was a fraud 😀,” federal prosecutors wrote.",
        vec![want(
            Direct,
            &["The 5 € fee in Genève was a fraud 😀,"],
            Some("wrote"),
            Some("federal prosecutors"),
        )],
    )]);
}

#[test]
fn voiced_words_after_a_comma() {
    check(vec![(
        "a verb of voicing and a comma before a quotation that opens with a capital introduce it",
        "As Ruiz spoke in Genève, the attendees chanted, “Pay 5 € now 😀!” as he left.",
        vec![want(Direct, &["Pay 5 € now 😀!"], Some("chanted"), Some("the attendees"))],
    )]);
}

#[test]
fn quotations_ending_with_a_nested_quotation() {
    check(vec![
        (
            "the comma inside nested marks hands the clause's quoted words over to the attribution",
            "The fee is about “people telling Genève, ‘this is not 5 € 😀,’” Ruiz said. “We feel good.”",
            vec![want(
                Mixed,
                &["The fee is about “people telling Genève, ‘this is not 5 € 😀,’”", "We feel good."],
                Some("said"),
                Some("Ruiz"),
            )],
        ),
        (
            "and hands a whole quotation over to a verb after its speaker",
            "“We told Genève, ‘the fee is 5 € 😀,’” Ruiz shrugged.",
            vec![want(Direct, &["We told Genève, ‘the fee is 5 € 😀,’"], Some("shrugged"), Some("Ruiz"))],
        ),
    ]);
}

#[test]
fn verbs_of_retort_introduce_quotations() {
    check(vec![
        (
            "a verb of interruption before a colon introduces the quotation after it",
            "The 5 € fee was fair, to which Ruiz interjected: “It’s just not true in Genève 😀.”",
            vec![want(Direct, &["It’s just not true in Genève 😀."], Some("interjected"), Some("Ruiz"))],
        ),
        (
            "so does a verb of retort",
            "Mr. Holtz retorted: “Genève never paid 5 € 😀.”",
            vec![want(Direct, &["Genève never paid 5 € 😀."], Some("retorted"), Some("Mr. Holtz"))],
        ),
    ]);
}
