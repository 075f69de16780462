//! Table-driven cases for the value rules: each names what it checks, and every expected
//! mention is compared by slicing the input with the found span.

use super::*;
use crate::{article, segment};

use Label::{CARDINAL, DATE, MONEY, ORDINAL, PERCENT, QUANTITY, TIME};

fn found(text: &str) -> Vec<(&str, Label)> {
    let seg = segment::segment(text, &article::read(text));
    let mentions = find_values(text, &seg);
    for pair in mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "overlap in {text:?}");
    }
    mentions.iter().map(|m| (&text[m.span], m.label)).collect()
}

/// `(case name, input, expected mentions as (text, label))`.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, Label)]);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (name, text, expected) in cases {
        let got = found(text);
        if got != *expected {
            failures.push(format!("{name}: {text:?}\n   expected {expected:?}\n   got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn dates() {
    check(&[
        ("dateline day month", "GENEVA, 25 March (Reuters) – Talks resumed 😀.", &[("25 March", DATE)]),
        (
            "preposition left out",
            "Cassis spoke on 21 September 2022 in New York.",
            &[("21 September 2022", DATE)],
        ),
        (
            "month day year",
            "The deal was signed September 21, 2022, in Bern.",
            &[("September 21, 2022", DATE)],
        ),
        ("weekday", "He spoke to Lavrov on Wednesday.", &[("Wednesday", DATE)]),
        ("weekday after a place", "The talks opened in Accra Wednesday.", &[("Wednesday", DATE)]),
        ("weekday with date", "It opened on Friday, July 8, 2022 😀.", &[("Friday, July 8, 2022", DATE)]),
        ("last month name", "Prices rose last August.", &[("last August", DATE)]),
        ("this year", "Cassis, who holds the presidency this year, spoke.", &[("this year", DATE)]),
        ("yesterday", "“We met yesterday,” she said.", &[("yesterday", DATE)]),
        ("decade with article", "Growth stalled in the 1990s.", &[("the 1990s", DATE)]),
        ("year of an event", "He played at the 2022 World Cup.", &[("2022", DATE)]),
        ("bare year", "In 2022 the economy grew by 3%.", &[("2022", DATE), ("3%", PERCENT)]),
        ("year range", "The 2021-22 budget was cut.", &[("2021-22", DATE)]),
        ("years joined by to stay apart", "He ruled from 1990 to 2000.", &[("1990", DATE), ("2000", DATE)]),
        ("mid year", "The plant opens in mid-2023.", &[("mid-2023", DATE)]),
        ("month day", "On March 3 the vote was held.", &[("March 3", DATE)]),
        ("abbreviated month", "On Sept. 21 the vote was held.", &[("Sept. 21", DATE)]),
        ("iso date", "Filed 2022-09-21 😀.", &[("2022-09-21", DATE)]),
        ("dotted date", "Filed on 27.08.2022 in Zug.", &[("27.08.2022", DATE)]),
        ("duration ago", "It closed three years ago.", &[("three years ago", DATE)]),
        ("age", "A 36-year-old man was held.", &[("36-year-old", DATE)]),
        (
            "holiday",
            "Shops close for Eid al-Adha and Christmas.",
            &[("Eid al-Adha", DATE), ("Christmas", DATE)],
        ),
        ("two months", "The rainy season (May to November) ends.", &[("May to November", DATE)]),
        ("weekday in capitals", "ZÜRICH TALKS RESUME ON WEDNESDAY", &[("WEDNESDAY", DATE)]),
        (
            "dateline in capitals",
            "FRIDAY, SEPTEMBER 23, 2022 — SHOPS SHUT ON MONDAYS",
            &[("FRIDAY, SEPTEMBER 23, 2022", DATE), ("MONDAYS", DATE)],
        ),
    ]);
}

#[test]
fn dates_that_are_not() {
    check(&[
        ("may the verb", "Talks may resume soon 😀.", &[]),
        ("may the name", "Theresa May met Cassis.", &[]),
        ("march the noun", "Thousands joined the march in Bern.", &[("Thousands", CARDINAL)]),
        ("march sentence start", "March organisers said nothing.", &[]),
        ("named weekday", "Black Friday sales slumped.", &[]),
        ("newspaper", "The Sunday Times reported it.", &[]),
        ("year in a name", "Saudi Vision 2030 was launched.", &[]),
        ("count not year", "About 2000 people marched.", &[("2000", CARDINAL)]),
        ("approximate count", "More than 1000 children 😀 fell ill.", &[("1000", CARDINAL)]),
        (
            "irregular plural count",
            "A survey of 1709 schoolchildren 😀 and 1500 women.",
            &[("1709", CARDINAL), ("1500", CARDINAL)],
        ),
        ("over the year", "Prices rose over 2021 as a whole.", &[("2021", DATE)]),
        ("url digits", "See https://example.com/2022/09/21/story 😀 now.", &[]),
    ]);
}

#[test]
fn times() {
    check(&[
        ("pm", "The meeting starts at 3 p.m. on Friday.", &[("3 p.m.", TIME), ("Friday", DATE)]),
        ("clock and zone", "Trading closed at 15:30 GMT.", &[("15:30 GMT", TIME)]),
        ("glued pm", "Doors open at 7pm 😀.", &[("7pm", TIME)]),
        (
            "this morning",
            "Police said this morning that two died.",
            &[("this morning", TIME), ("two", CARDINAL)],
        ),
        ("weekday and part of day", "He left on Tuesday night.", &[("Tuesday night", TIME)]),
        ("hours", "The siege lasted 48 hours.", &[("48 hours", TIME)]),
    ]);
}

#[test]
fn money() {
    check(&[
        ("dollar sign and scale", "It costs $5 billion.", &[("$5 billion", MONEY)]),
        ("euro glued scale", "A fine of €1.2m 😀 was paid.", &[("€1.2m", MONEY)]),
        ("code before", "Tickets cost CHF 300 each.", &[("CHF 300", MONEY)]),
        ("us dollar spaced", "Aid of US$ 40 per head.", &[("US$ 40", MONEY)]),
        ("currency after", "Bern gave 50 million Swiss francs.", &[("50 million Swiss francs", MONEY)]),
        ("shilling glued", "Kenya spent Sh2 billion.", &[("Sh2 billion", MONEY)]),
        ("naira glued", "Fuel costs N5,000 now.", &[("N5,000", MONEY)]),
        ("rupees crore", "A Rs 300 crore plan.", &[("Rs 300 crore", MONEY)]),
        ("pound bn", "Debt of £3.5bn remains.", &[("£3.5bn", MONEY)]),
        ("range with dash", "Bids of $25-35 million came.", &[("$25-35 million", MONEY)]),
        ("range with to", "Fees range from $5 to $15.", &[("$5", MONEY), ("$15", MONEY)]),
        ("space grouped", "It costs N$ 100 000 a year.", &[("N$ 100 000", MONEY)]),
        ("compound adjective", "A multibillion-dollar deal.", &[("multibillion-dollar", MONEY)]),
        ("won the verb", "CFC 1 won the final.", &[("1", CARDINAL)]),
        ("won the currency", "It cost 150 million won.", &[("150 million won", MONEY)]),
        ("rapper", "Rapper 50 Cent 😀 sang.", &[("50", CARDINAL)]),
        ("film title", "He saw Million Dollar Baby.", &[]),
        ("cedi with cent sign", "Fares rose to GH¢ 5,000 😀.", &[("GH¢ 5,000", MONEY)]),
        ("kwacha code", "It cost MK 2 billion.", &[("MK 2 billion", MONEY)]),
        ("conference code", "Leaders met at COP27 in Egypt.", &[]),
    ]);
}

#[test]
fn percents_quantities_ordinals_cardinals() {
    check(&[
        ("percent sign", "Turnout was 12% 😀.", &[("12%", PERCENT)]),
        ("per cent", "Turnout was 12 per cent.", &[("12 per cent", PERCENT)]),
        ("percent word", "Turnout was 12.5 percent.", &[("12.5 percent", PERCENT)]),
        ("km", "A 5 km queue formed.", &[("5 km", QUANTITY)]),
        ("tonnes", "They seized 300 tonnes of grain.", &[("300 tonnes", QUANTITY)]),
        ("ordinal word", "It was the first visit.", &[("first", ORDINAL)]),
        ("ordinal digits", "The 21st summit opened.", &[("21st", ORDINAL)]),
        ("ordinal in a name", "The Second World War ended.", &[]),
        ("cardinal word", "Three ministers resigned.", &[("Three", CARDINAL)]),
        ("cardinal digits", "Some 1,200 troops left.", &[("1,200", CARDINAL)]),
        ("cardinal scale", "About two million people fled.", &[("two million", CARDINAL)]),
        ("one as a number", "Only one delegate spoke.", &[("one", CARDINAL)]),
        ("one as a pronoun", "One of them said no one knew.", &[]),
        ("digits in names", "The G20 and COVID-19 😀 talks.", &[]),
    ]);
}

#[test]
fn may_as_a_month_is_the_last_one() {
    let text = "Theresa May said she may resign in May 😀.";
    let seg = segment::segment(text, &article::read(text));
    let mentions = find_values(text, &seg);
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].span.start, text.rfind("May").unwrap());
    assert_eq!(&text[mentions[0].span], "May");
}

// proptest is a native-only dev-dependency: it does not build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise the grammar: signs, numbers, scale and calendar words, dashes,
    /// apostrophes, and multi-byte characters next to them.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "$",
            "€",
            "£",
            "US",
            "Rs",
            "N",
            "5",
            "21",
            "2022",
            "1,200",
            "3.5",
            "bn",
            "m",
            "million",
            "May",
            "March",
            "Sept",
            ".",
            ",",
            "-",
            "–",
            "/",
            ":",
            "'",
            "’",
            "s",
            "st",
            "to",
            "the",
            "last",
            "this",
            "year",
            "ago",
            "Wednesday",
            "morning",
            "per",
            "cent",
            "%",
            "km",
            "one",
            "of",
            "É",
            "😀",
            "ऊ",
            "“",
            "”",
            " ",
            " ",
            "\n",
            "p",
            "a",
            "Eid",
            "al",
            "Adha",
            "http://x.y/2022",
            "Swiss",
            "francs",
        ])
    }

    fn assert_well_formed(text: &str) {
        let seg = segment::segment(text, &article::read(text));
        let mentions = find_values(text, &seg);
        let mut last_end = 0;
        for m in &mentions {
            assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{m:?} in {text:?}");
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert!(m.span.start >= last_end, "unsorted or overlapping in {text:?}");
            assert_eq!(text[m.span].trim(), &text[m.span], "untrimmed span in {text:?}");
            last_end = m.span.end;
        }
    }

    /// Words around "the" that some rule reads after it, and words that none does.
    const AFTER_THE: &[&str] = &[
        "the",
        "The",
        "THE",
        "end",
        "End",
        "beginning",
        "start",
        "middle",
        "of",
        "early",
        "mid",
        "late",
        "-",
        "past",
        "last",
        "next",
        "coming",
        "previous",
        "same",
        "first",
        "First",
        "second",
        "21st",
        "third",
        "century",
        "centuries",
        "half",
        "year",
        "years",
        "week",
        "month",
        "decade",
        "day",
        "days",
        "few",
        "1990",
        "90",
        "1990s",
        "'",
        "’",
        "s",
        "21",
        "May",
        "Monday",
        "Christmas",
        "morning",
        "ago",
        "€",
        "$",
        "5",
        "million",
        "a",
        "one",
        "said",
        "talks",
        "É",
        "😀",
        ",",
        ".",
        "\n",
        "an",
        "An",
        "A",
        "couple",
        "hundred",
        "Million",
        "bn",
        "weeks",
        "hours",
        "minute",
        "later",
        "earlier",
        "dollars",
    ];

    /// At "the" and "a", `may_start` rules out only tokens where no rule finds a value.
    fn check_the(text: &str) {
        let seg = segment::segment(text, &article::read(text));
        let toks = lex::lex(text, seg.sentences.iter().map(|s| s.span.start));
        let words = toks.iter().map(|t| &text[t.span]).collect();
        let numbers = (0..toks.len()).map(|_| [Cell::new(None), Cell::new(None)]).collect();
        let rules = Rules { toks: &toks, words, numbers };
        for i in 0..toks.len() {
            if matches!(rules.s(i), "the" | "The" | "a" | "an") && !rules.may_start(i) {
                assert_eq!(rules.rules(i), None, "at token {i} of {text:?}");
            }
        }
    }

    /// Every two words of `AFTER_THE` after "the", "The", "a" and "an", then a word that completes
    /// a date or a duration.
    #[test]
    fn the_is_ruled_out_only_where_no_rule_matches_after_two_words() {
        for the in ["the", "The", "a", "an"] {
            for a in AFTER_THE {
                for b in AFTER_THE {
                    for c in ["May", "1990", "year", "the", "week", "s", "ago", "of"] {
                        check_the(&format!("In {the} {a} {b} {c}"));
                    }
                }
            }
        }
    }

    #[test]
    fn the_starts_values_before_the_words_the_rules_read() {
        let cases: &[Case] = &[
            ("end of", "By the end of May 😀", &[("the end of May", DATE)]),
            ("early decade", "In the early 1990s €", &[("the early 1990s", DATE)]),
            ("decade with a mark", "In the ’90s", &[("the ’90s", DATE)]),
            ("century", "The 21st century", &[("The 21st century", DATE)]),
            ("past week", "in the past week 😀", &[("the past week", DATE)]),
            ("first half", "the first half", &[("first", ORDINAL)]),
            ("day number", "on the 21st of May", &[("the 21st of May", DATE)]),
            ("no value", "the € talks the end", &[]),
            ("a scale", "a million € and a-hundred", &[("a million €", MONEY), ("a-hundred", CARDINAL)]),
            ("a few", "a few weeks ago 😀", &[("a few weeks ago", DATE)]),
            ("an hour", "an hour later", &[("an hour later", TIME)]),
            ("a word", "a € talk and an “idea”", &[]),
        ];
        check(cases);
        for (_, text, _) in cases {
            check_the(text);
        }
    }

    proptest! {
        #[test]
        fn the_is_ruled_out_only_where_no_rule_matches(pieces in prop::collection::vec(prop::sample::select(AFTER_THE), 0..30)) {
            check_the(&pieces.join(" "));
        }

        #[test]
        fn spans_are_sorted_in_bounds_and_on_char_boundaries(pieces in prop::collection::vec(piece(), 0..40)) {
            assert_well_formed(&pieces.concat());
        }

        #[test]
        fn any_text_is_fine(text in "\\PC{0,200}") {
            assert_well_formed(&text);
        }
    }
}
