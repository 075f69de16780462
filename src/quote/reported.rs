//! Reported speech in one sentence: "Cassis said Switzerland was ready …", "…, according to the
//! Swiss News Agency", "Russia rejected the offer, arguing that …", "…, sources said."

use std::ops::Range;

use crate::span::Span;

use super::lexicon::{
    is_auxiliary, is_determiner, is_participle_cue, is_pronoun, is_speech_verb, is_stop_word, is_tell_verb,
    is_weak_cue,
};
use super::speaker::{phrase_ending_at, phrase_starting_at, sentence_subject, subject_before, Phrase, Words};
use super::words::is_capitalized;

/// Fewest tokens a reported content needs.
pub(super) const MIN_CONTENT: usize = 3;
/// Most tokens between a cue and its `that` ("said in a statement on Tuesday that").
const MAX_TO_THAT: usize = 12;

/// Words that open a circumstance after a cue ("said on Tuesday", "said in a statement").
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "during",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "to",
    "while",
];

/// One attribution of reported speech, as token indices within its block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reported {
    pub cue: Range<usize>,
    pub speaker: Option<Phrase>,
    /// Token range of what was said.
    pub content: Range<usize>,
    /// The rest of what was said, after a parenthetical attribution.
    pub more: Option<Range<usize>>,
}

/// The content after a cue: after its `that`, or a clause starting right after the cue (past the
/// person spoken to for "told").
fn content_after(w: &Words, cue: usize, end: usize) -> Option<Range<usize>> {
    let mut k = cue + 1;
    if is_tell_verb(w.word(cue)) {
        if w.is_word(k) && matches!(w.word(k), "him" | "her" | "them" | "me" | "us" | "reporters") {
            k += 1;
        } else if let Some(p) = phrase_starting_at(w, k, end) {
            k = p.last + 1;
        }
    }
    // "The governor added: It’s typical of …": what follows a colon after a strong cue.
    if w.is_punct(k, ":") && is_strong_cue(w.word(cue)) && w.is_word(k + 1) {
        let end = trim_end(w, k + 1, end);
        return (end >= k + 1 + MIN_CONTENT).then_some(k + 1..end);
    }
    // "46 percent said yes.", "Cassis said no.": one word answering a question is the content.
    if w.is_word(k) && matches!(w.word(k), "yes" | "no" | "so") && trim_end(w, k + 1, end) == k + 1 {
        return Some(k..k + 1);
    }
    // "said — on Twitter, as it happens — that …": a dash sets off a circumstance as a comma does.
    let that = (k..end.min(k + MAX_TO_THAT))
        .take_while(|&i| w.is_word(i) || w.is_punct(i, ",") || w.is_punct(i, "—"))
        .find(|&i| w.word(i) == "that");
    let start = match that {
        Some(t) => t + 1,
        None if is_question_cue(w.word(cue)) && w.is_word(k) && is_question_word(w.word(k)) => k,
        // "promised to push harder", "vowed to fight on": the intention is the content.
        None if takes_infinitive(w.word(cue)) && w.is_word(k) && w.word(k) == "to" => k,
        None if is_weak_cue(w.word(cue)) => {
            // "They think the progress is real", "polls show Trump leading": a clause opened by a
            // pronoun, a determiner or a name; not "found a dog" or "believes in God".
            if !w.is_word(k) || !takes_bare_clause(w.word(cue)) {
                return None;
            }
            let word = w.word(k);
            let first = word.split(['’', '\'']).next().unwrap_or(word);
            let opens = (is_pronoun(first)
                || matches!(first, "there" | "the" | "this" | "his" | "her" | "their"))
                || (is_capitalized(first) && !is_stop_word(first) && !is_determiner(first));
            if !opens {
                return None;
            }
            k
        }
        None if w.is_word(k) => {
            let word = w.word(k);
            // "he’s", "it's", "they’d": the pronoun before its contraction.
            let first = word.split(['’', '\'']).next().unwrap_or(word);
            let lowercase_clause = is_strong_cue(w.word(cue))
                && first.starts_with(char::is_lowercase)
                && !first.ends_with("ly")
                && !CIRCUMSTANCE_OPENERS.contains(&first)
                && !matches!(first, "of" | "for" | "with" | "by" | "about" | "so" | "no" | "yes");
            let opens_clause = (is_capitalized(first) || is_pronoun(first) || is_determiner(first))
                && !is_stop_word(first)
                || matches!(first, "there" | "it")
                || lowercase_clause && !is_stop_word(first)
                || is_strong_cue(w.word(cue)) && opens_subordinate(w, k, first);
            if !opens_clause {
                return None;
            }
            k
        }
        None => return None,
    };
    // The content ends where another report is attached: "…, noting that …", "…; …".
    let end = (start..end)
        .find(|&i| {
            w.is_punct(i, ";") || (w.is_punct(i, ",") && w.is_word(i + 1) && is_participle_cue(w.word(i + 1)))
        })
        .unwrap_or(end);
    let end = trim_end(w, start, end);
    (end >= start + MIN_CONTENT).then_some(start..end)
}

/// After a strong cue, a clause that opens with a stop word: "said if elected he could …",
/// "said that’s what he expected", "said what happened was …", "said about half of …".
fn opens_subordinate(w: &Words, k: usize, first: &str) -> bool {
    let contraction = first.len() < w.word(k).len();
    let amount = || {
        w.is_word(k + 1)
            && (w.word(k + 1).starts_with(|c: char| c.is_ascii_digit()) || w.word(k + 1) == "half")
    };
    match first {
        "if" | "what" => true,
        "that" | "there" | "who" => contraction,
        "about" => amount(),
        _ => false,
    }
}

/// Weak cues that take a clause without `that` ("they think the progress is real").
fn takes_bare_clause(word: &str) -> bool {
    matches!(
        word,
        "believe"
            | "believed"
            | "believes"
            | "fear"
            | "feared"
            | "fears"
            | "feel"
            | "feels"
            | "felt"
            | "hope"
            | "hoped"
            | "hopes"
            | "know"
            | "knows"
            | "show"
            | "showed"
            | "shows"
            | "think"
            | "thinks"
            | "thought"
            | "worried"
            | "worries"
            | "knew"
            | "realize"
            | "realized"
            | "realizes"
            | "realizing"
            | "understand"
            | "understands"
            | "understood"
            | "doubt"
            | "doubted"
            | "suspect"
            | "suspected"
            | "suspects"
            | "assume"
            | "assumed"
            | "assumes"
            | "guess"
            | "guessed"
            | "imagine"
            | "imagined"
            | "imagines"
            | "recognize"
            | "recognizes"
            | "conclude"
            | "concluding"
            | "estimate"
            | "estimates"
            | "forecast"
            | "forecasts"
            | "figured"
            | "reckon"
            | "wondering"
            | "worrying"
            | "signal"
            | "signals"
            | "signaling"
    )
}

/// Weak cues whose object is what is expected or feared ("does not expect a deal", "fear a
/// recession").
fn expects_object(word: &str) -> bool {
    matches!(
        word,
        "expect"
            | "expects"
            | "expecting"
            | "expected"
            | "fear"
            | "fears"
            | "feared"
            | "fearing"
            | "predict"
            | "predicted"
            | "predicts"
            | "hope"
            | "hopes"
            | "hoped"
            | "hoping"
    )
}

/// "Democrats see Clinton as the stronger candidate": a verb of seeing with an object and "as"
/// in the same clause.
fn sees_as(w: &Words, sent: &Range<usize>, i: usize) -> bool {
    if !matches!(w.word(i), "see" | "sees" | "saw") {
        return false;
    }
    (i + 2..sent.end.min(i + 14)).take_while(|&k| w.is_word(k)).any(|k| w.word(k) == "as")
}

/// Cues whose content may be an intention in the infinitive ("vowed to fight on").
fn takes_infinitive(word: &str) -> bool {
    matches!(
        word,
        "promised"
            | "promises"
            | "pledged"
            | "vowed"
            | "vows"
            | "threatened"
            | "hope"
            | "hopes"
            | "hoped"
            | "agreed"
            | "urged"
            | "asked"
            | "told"
            | "warned"
            | "advised"
    )
}

/// Cues that report a question ("asked whether he would run").
fn is_question_cue(word: &str) -> bool {
    matches!(word, "ask" | "asked" | "asking" | "asks" | "wondered" | "wonders")
}

fn is_question_word(word: &str) -> bool {
    matches!(word, "whether" | "if" | "how" | "what" | "why" | "when" | "where" | "who" | "which")
}

/// Cues that take a clause without `that` ("said stricter laws would help").
fn is_strong_cue(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "argued"
            | "argues"
            | "claimed"
            | "claims"
            | "insisted"
            | "insists"
            | "warned"
            | "wrote"
            | "writes"
            | "noted"
            | "believes"
            | "believe"
            | "think"
            | "thinks"
    )
}

/// `end` without the sentence's final punctuation.
pub(super) fn trim_end(w: &Words, start: usize, mut end: usize) -> usize {
    while end > start
        && !w.is_word(end - 1)
        && matches!(w.word(end - 1), "." | "," | ";" | ":" | "!" | "?" | "…")
    {
        end -= 1;
    }
    end
}

/// True when the tokens from `from` to `end` add only circumstances (place, time, manner) to a
/// cue: "said on Tuesday.", "said in a statement.".
pub(crate) fn nothing_more(w: &Words, from: usize, end: usize) -> bool {
    let end = trim_end(w, from, end);
    if end <= from {
        return true;
    }
    let first = w.word(from);
    end - from <= 10 && CIRCUMSTANCE_OPENERS.contains(&first) && !(from..end).any(|i| w.word(i) == "that")
}

/// Reported speech in the sentence `sent` (token indices); `blocked` tells tokens that are no
/// cue here (inside quotation marks, or the cue of a direct quote).
pub(crate) fn find(w: &Words, sent: Range<usize>, blocked: impl Fn(usize) -> bool) -> Vec<Reported> {
    let mut out = Vec::new();
    let mut i = sent.start;
    while i < sent.end {
        if !w.is_word(i) || blocked(i) {
            i += 1;
            continue;
        }
        let word = w.word(i);
        let found = if i == sent.start && word == "In" {
            in_source(w, &sent, i, &blocked)
        } else if i == sent.start && matches!(word, "Asked" | "When") {
            asked_first(w, &sent, i, &blocked)
        } else if word.eq_ignore_ascii_case("according") && w.is_word(i + 1) && w.word(i + 1) == "to" {
            according_to(w, &sent, i, &blocked)
        } else if noun_preposition(w, i)
            && i > sent.start
            && w.is_word(i - 1)
            && possessor(w, i - 1, sent.start).is_some()
        {
            // "Trump’s attacks on the judge", "his support for the bill".
            noun_stance(w, &sent, i, &blocked)
        } else if is_noun_cue(word) && after_possessive(w, i, sent.start) {
            // "his claim that …": a noun, though "claim" is a verb too.
            noun(w, &sent, i)
        } else if is_speech_verb(word) && used_as_verb(w, i, sent.start) {
            // "announced his candidacy", "explained the decision": a speech verb with an object
            // instead of a clause reports what the object says it is about.
            verb(w, &sent, i, &blocked).or_else(|| {
                let object = w.is_word(i + 1) && is_object_opener(w.word(i + 1));
                let object = (object && (!is_weak_cue(word) || expects_object(word)) && !is_tell_verb(word))
                    || phrasal_preposition(w, i).is_some()
                    || sees_as(w, &sent, i);
                (object && !after_possessive(w, i, sent.start))
                    .then(|| stance(w, &sent, i, &blocked))
                    .flatten()
            })
        } else if phrasal_preposition(w, i).is_some() && !after_possessive(w, i, sent.start) {
            stance(w, &sent, i, &blocked)
        } else if is_seeming(w, i) {
            seeming(w, &sent, i, &blocked)
        } else if is_noun_cue(word) {
            noun(w, &sent, i)
        } else if is_stance_verb(word)
            && !after_possessive(w, i, sent.start)
            && used_as_verb(w, i, sent.start)
        {
            stance(w, &sent, i, &blocked)
        } else {
            None
        };
        // "ready to offer its good offices" inside what someone said: an infinitive there is
        // part of that content, not a stance of the sentence's subject.
        let inside_content = |r: &Reported| {
            r.cue.start > sent.start
                && w.is_word(r.cue.start - 1)
                && w.word(r.cue.start - 1) == "to"
                && out.iter().any(|o: &Reported| o.content.contains(&r.cue.start))
        };
        match found.filter(|r| !inside_content(r)) {
            Some(r) => {
                // What a stance verb applies to holds no other attribution ("calling Rubio’s
                // proposed credit …"); reported speech may ("said that he believes …").
                let stance = !is_speech_verb(word) && is_stance_verb(word);
                i = if stance { r.content.end.max(r.cue.end) } else { r.cue.end };
                out.push(r);
            }
            None => i += 1,
        }
    }
    end_before_main_clause_cues(w, &mut out);
    super::learned::extend(w, &sent, &blocked, &mut out);
    out
}

/// "He said the attacks helped and said that Trump …", "Barkley, who said he votes democratic,
/// said …": a later cue inside a content whose speaker stands before that content belongs to
/// the main clause, not to what was said; the content ends before it (and its "and", comma).
fn end_before_main_clause_cues(w: &Words, out: &mut [Reported]) {
    for a in 0..out.len() {
        let content = out[a].content.clone();
        let cut = out.iter().filter_map(|r| {
            let s = r.speaker?;
            (content.contains(&r.cue.start) && s.last < content.start && r.cue.start > content.start)
                .then_some(r.cue.start)
        });
        let Some(mut end) = cut.min() else { continue };
        while end > content.start
            && (w.is_punct(end - 1, ",")
                || w.is_word(end - 1)
                    && (matches!(w.word(end - 1), "and" | "but" | "also" | "then" | "later")
                        || is_auxiliary(w.word(end - 1))))
        {
            end -= 1;
        }
        let end = trim_end(w, content.start, end);
        if end >= content.start + MIN_CONTENT {
            out[a].content.end = end;
        }
    }
}

/// Stance verbs that are as often nouns ("Latino support for …", "the tax plans", "Western
/// states"): a verb only after a pronoun, a relative, "to", an auxiliary other than "have" (which
/// takes the noun: "has support from"), or a plural or a name ("voters support", "Sanders plans").
pub(super) fn used_as_verb(w: &Words, i: usize, lo: usize) -> bool {
    let word = w.word(i);
    if !matches!(word, "support" | "supports" | "plans" | "planned" | "states") {
        return true;
    }
    if i <= lo || !w.is_word(i - 1) {
        return false;
    }
    let before = w.word(i - 1);
    if is_pronoun(before) || matches!(before, "who" | "that" | "to") {
        return true;
    }
    if matches!(before, "has" | "have" | "had" | "having") {
        return false;
    }
    if is_auxiliary(before) {
        return true;
    }
    // "vociferous support", "serious plans": an adjective, not a plural subject.
    let plural = before.ends_with('s')
        && !before.ends_with("ss")
        && !before.ends_with("ous")
        && !is_determiner(before)
        && !is_stop_word(before);
    let name = is_capitalized(before)
        && !is_determiner(before)
        && !before.ends_with("ish")
        && !before.ends_with("an");
    word != "states" && (plural || name)
}

/// Verbs that attribute a stance to their subject, with what it is about as the object:
/// "Paul called him a liar", "the union endorsed Clinton" (PolNeAR counts these as attributions).
pub(super) fn is_stance_verb(word: &str) -> bool {
    matches!(
        word,
        "called"
            | "calls"
            | "described"
            | "accused"
            | "endorsed"
            | "criticized"
            | "praised"
            | "urged"
            | "defended"
            | "blamed"
            | "dismissed"
            | "attacked"
            | "blasted"
            | "slammed"
            | "questioned"
            | "proposed"
            | "demanded"
            | "wants"
            | "encouraged"
            | "ordered"
            | "discussed"
            | "discussing"
            | "mentioned"
            | "attacking"
            | "assailed"
            | "bemoaned"
            | "challenged"
            | "echoed"
            | "requested"
            | "reiterated"
            | "portrayed"
            | "portraying"
            | "slams"
            | "praises"
            | "denouncing"
            | "highlighted"
            | "lamented"
            | "rebuked"
            | "chided"
            | "derided"
            | "ridiculed"
            | "want"
            | "support"
            | "plans"
            | "planned"
            | "decided"
            | "offered"
            | "supporting"
            | "backing"
            | "endorse"
            | "endorsing"
            | "oppose"
            | "opposing"
            | "seeks"
            | "seeking"
            | "favor"
            | "favors"
            | "favored"
            | "thanked"
            | "hailed"
            | "lauded"
            | "touting"
            | "vowing"
            | "promising"
            | "pledging"
            | "threatened"
            | "threatening"
            | "wanted"
            | "sought"
            | "refused"
            | "declined"
            | "cited"
            | "mocked"
            | "condemned"
            | "expressed"
            | "supported"
            | "opposed"
            | "backed"
            | "welcomed"
            | "applauded"
            | "recommended"
            | "touted"
            | "criticizes"
            | "supports"
            | "opposes"
            | "endorses"
            | "accuses"
            | "urges"
            | "blames"
            | "decried"
            | "denounced"
            | "calling"
            | "urging"
            | "criticizing"
            | "citing"
            | "accusing"
            | "describing"
            | "praising"
            | "blaming"
            | "referring"
            | "demanding"
            | "questioning"
            | "mocking"
            | "defending"
            | "rejected"
            | "signed"
            | "posted"
            | "listed"
            | "lists"
            | "published"
            | "blasts"
            | "blasting"
            | "slamming"
            | "dismissing"
            | "dismisses"
            | "demands"
            | "cites"
            | "chanted"
            | "chanting"
            | "offering"
            | "offers"
            | "refusing"
            | "refuses"
            | "refuse"
            | "referencing"
            | "referenced"
            | "invoked"
            | "retweeted"
            | "prefer"
            | "prefers"
            | "preferred"
            | "pushed"
            | "blame"
            | "proposing"
            | "deemed"
            | "projected"
            | "identified"
            | "named"
            | "reminded"
            | "embracing"
            | "ignored"
            | "nominated"
            | "nominating"
            | "criticize"
            | "congratulated"
            | "lambasted"
            | "disavow"
            | "disavowed"
            | "condemning"
            | "rejecting"
            | "accepting"
            | "touts"
            | "tout"
            | "championed"
            | "likened"
            | "dubbed"
            | "credited"
            | "crediting"
            | "mock"
            | "blast"
            | "decrying"
            | "downplayed"
            | "insulted"
            | "describe"
            | "describes"
            | "accuse"
            | "urge"
            | "defends"
            | "slam"
            | "question"
            | "propose"
            | "demand"
            | "wanting"
            | "order"
            | "orders"
            | "ordering"
            | "discuss"
            | "mention"
            | "mentions"
            | "mentioning"
            | "assail"
            | "assails"
            | "assailing"
            | "bemoan"
            | "bemoans"
            | "bemoaning"
            | "challenges"
            | "challenging"
            | "echo"
            | "echoes"
            | "echoing"
            | "reiterates"
            | "reiterating"
            | "portray"
            | "portrays"
            | "denounce"
            | "denounces"
            | "highlights"
            | "lament"
            | "laments"
            | "lamenting"
            | "rebuke"
            | "rebuking"
            | "chide"
            | "chides"
            | "chiding"
            | "deride"
            | "derides"
            | "deriding"
            | "ridicule"
            | "ridicules"
            | "ridiculing"
            | "planning"
            | "decide"
            | "deciding"
            | "offer"
            | "backs"
            | "thank"
            | "thanking"
            | "hail"
            | "hails"
            | "hailing"
            | "laud"
            | "lauds"
            | "lauding"
            | "vow"
            | "threaten"
            | "decline"
            | "declines"
            | "declining"
            | "cite"
            | "mocks"
            | "condemn"
            | "condemns"
            | "expresses"
            | "expressing"
            | "welcome"
            | "welcoming"
            | "applaud"
            | "applauds"
            | "applauding"
            | "recommends"
            | "recommending"
            | "decry"
            | "refer"
            | "reject"
            | "rejects"
            | "post"
            | "listing"
            | "publish"
            | "publishes"
            | "publishing"
            | "chant"
            | "chants"
            | "invoke"
            | "invokes"
            | "invoking"
            | "retweet"
            | "retweets"
            | "retweeting"
            | "preferring"
            | "deem"
            | "deems"
            | "deeming"
            | "project"
            | "projects"
            | "identify"
            | "identifies"
            | "identifying"
            | "remind"
            | "reminds"
            | "reminding"
            | "embraces"
            | "ignore"
            | "ignores"
            | "ignoring"
            | "nominate"
            | "congratulate"
            | "congratulates"
            | "congratulating"
            | "lambaste"
            | "lambastes"
            | "lambasting"
            | "disavows"
            | "disavowing"
            | "accept"
            | "accepts"
            | "champions"
            | "championing"
            | "liken"
            | "likens"
            | "likening"
            | "dubs"
            | "dubbing"
            | "credits"
            | "downplay"
            | "downplays"
            | "downplaying"
            | "insult"
            | "consider"
            | "considers"
            | "considered"
            | "reaffirm"
            | "reaffirmed"
            | "reaffirms"
            | "reaffirming"
            | "repeat"
            | "repeats"
            | "repeated"
            | "repeating"
            | "disclose"
            | "disclosed"
            | "discloses"
            | "disclosing"
            | "detailed"
            | "details"
            | "promote"
            | "promoted"
            | "contradicted"
            | "contradicts"
            | "contradicting"
            | "address"
            | "addressed"
            | "addressing"
            | "released"
            | "shared"
            | "advising"
            | "inform"
            | "informed"
            | "informs"
            | "informing"
            | "cast"
            | "casting"
            | "titled"
    )
}

/// "Cassis strongly condemned the aggression": the object, to the end of its clause.
fn stance(w: &Words, sent: &Range<usize>, i: usize, blocked: &impl Fn(usize) -> bool) -> Option<Reported> {
    let subject = if w.word(i).ends_with("ing") {
        if i == sent.start {
            return None;
        }
        if w.is_punct(i - 1, ",") {
            // "…, calling him a liar": the main clause's subject.
            main_subject(w, sent, i, blocked)
        } else if w.is_word(i - 1) && is_auxiliary(w.word(i - 1)) {
            // "Trump is attacking the judge": the subject before the auxiliaries.
            Some(subject_before(w, i, sent.start)?)
        } else {
            // "the super PAC supporting Jeb Bush", "those backing Clinton": the noun phrase the
            // participle describes.
            Some(phrase_ending_at(w, i - 1, sent.start)?)
        }
    } else {
        // "Republicans who oppose …", "… and praised …": as for speech verbs.
        let before = subject_before(w, i, sent.start).or_else(|| relative_antecedent(w, i, sent.start));
        // "… and praised …", "went on to endorse …": the sentence's subject.
        let conjoined =
            i > sent.start + 1 && w.is_word(i - 1) && matches!(w.word(i - 1), "and" | "but" | "to");
        Some(before.or_else(|| conjoined.then(|| sentence_subject(w, sent.start, i - 1)).flatten())?)
    };
    let mut start = i + 1;
    if w.word(i) == "referring" && w.is_word(start) && w.word(start) == "to" {
        start += 1;
    } else if let Some(p) = phrasal_preposition(w, i) {
        start = p + 1;
    }
    // "repeated his claim that …": the noun is the cue, with its possessor as the speaker.
    if w.is_word(start + 1)
        && is_noun_cue(w.word(start + 1))
        && possessor(w, start, sent.start).is_some()
        && noun(w, sent, start + 1).is_some()
    {
        return None;
    }
    let end = (start..sent.end)
        .find(|&k| {
            // Punctuation inside quotation marks, or an abbreviation's period ("Donald J.
            // Trump", "the U.S. might"), does not end what the stance is about.
            let stop = !w.is_word(k)
                && !blocked(k)
                && matches!(w.word(k), "," | ";" | "." | ":" | "—" | "(" | "?" | "!")
                && !(w.is_punct(k, ".") && (w.is_abbreviation_dot(k) || next_is_lowercase(w, k)));
            stop || (w.is_word(k) && is_participle_cue(w.word(k)))
        })
        .unwrap_or(sent.end);
    (end >= start + 2).then_some(Reported {
        cue: i..i + 1,
        speaker: subject,
        content: start..end,
        more: None,
    })
}

/// Nouns of a source that a sentence-opening "In …," names ("In a new poll, …").
fn is_source_noun(word: &str) -> bool {
    matches!(
        word,
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "study"
            | "report"
            | "statement"
            | "letter"
            | "memo"
            | "view"
            | "opinion"
            | "words"
            | "column"
            | "op-ed"
            | "essay"
            | "book"
            | "filing"
            | "complaint"
            | "lawsuit"
            | "analysis"
    )
}

/// Longest source phrase after a sentence-opening "In" ("In a Quinnipiac University poll
/// released Tuesday").
const MAX_IN_SOURCE: usize = 12;

/// "In a Quinnipiac poll, Trump has a decisive lead": the source between "In" and the comma,
/// the rest of the sentence as what it says, unless a cue of its own follows.
fn in_source(w: &Words, sent: &Range<usize>, i: usize, blocked: &impl Fn(usize) -> bool) -> Option<Reported> {
    let comma = (i + 1..sent.end.min(i + 1 + MAX_IN_SOURCE)).find(|&k| !w.is_word(k))?;
    if !w.is_punct(comma, ",") || !(i + 1..comma).any(|k| is_source_noun(w.word(k))) {
        return None;
    }
    let start = comma + 1;
    let end = trim_end(w, start, sent.end);
    let own_cue = (start..end).any(|k| w.is_word(k) && (is_speech_verb(w.word(k)) || blocked(k)));
    if own_cue || end < start + MIN_CONTENT || comma < i + 2 {
        return None;
    }
    let speaker = Phrase { first: i + 1, last: comma - 1 };
    Some(Reported { cue: i..i + 1, speaker: Some(speaker), content: start..end, more: None })
}

/// "Asked if he was ever bullied, Trump said no", "When asked whether …, she …": the question
/// up to the comma, asked of the subject after it (PolNeAR leaves the asker out).
fn asked_first(
    w: &Words,
    sent: &Range<usize>,
    i: usize,
    blocked: &impl Fn(usize) -> bool,
) -> Option<Reported> {
    let cue = if w.word(i) == "When" { i + 1 } else { i };
    if !w.is_word(cue) || !w.word(cue).eq_ignore_ascii_case("asked") || !w.is_word(cue + 1) {
        return None;
    }
    let next = w.word(cue + 1);
    // Not "Asked about the fee,": a topic, no question.
    if !is_question_word(next) && next != "to" {
        return None;
    }
    let start = cue + 1;
    let comma = (start..sent.end).find(|&k| w.is_punct(k, ",") && !blocked(k))?;
    if comma < start + 2 {
        return None;
    }
    let speaker = phrase_starting_at(w, comma + 1, sent.end);
    Some(Reported { cue: cue..cue + 1, speaker, content: start..comma, more: None })
}

/// Longest loose source after "according to", in tokens ("complete but unofficial returns").
const MAX_SOURCE: usize = 8;

/// The source after "according to" at token `first`: a speaker phrase, or else the words up to
/// the next punctuation ("according to exit polls", "according to media buying sources").
fn source_after(w: &Words, first: usize, end: usize) -> Option<Phrase> {
    if let Some(p) = phrase_starting_at(w, first, end) {
        return Some(p);
    }
    let mut last = None;
    for k in first..end.min(first + MAX_SOURCE) {
        if !w.is_word(k) && !w.is_punct(k, ".") && !w.is_punct(k, "-") {
            break;
        }
        if w.is_punct(k, ".") && !w.is_word(k + 1) {
            break;
        }
        last = Some(k);
    }
    let last = last?;
    (w.is_word(last) && !is_stop_word(w.word(last))).then_some(Phrase { first, last })
}

fn according_to(
    w: &Words,
    sent: &Range<usize>,
    i: usize,
    blocked: &impl Fn(usize) -> bool,
) -> Option<Reported> {
    let speaker = source_after(w, i + 2, sent.end)?;
    // "According to X, …" opens its sentence, or follows only a dash.
    let opens = i == sent.start || (i == sent.start + 1 && w.is_punct(i - 1, "—"));
    let content = if opens {
        let mut start = speaker.last + 1;
        if w.is_punct(start, ",") {
            start += 1;
        }
        start..trim_end(w, start, sent.end)
    } else {
        sent.start..trim_end(w, sent.start, i)
    };
    // "At the heart of the trouble, according to Dennis Ross, was a decision …": the sentence
    // goes on after the source, and what it says is on both sides.
    let rest = speaker.last + 2;
    let more = (content.start == sent.start && w.is_punct(speaker.last + 1, ","))
        .then(|| rest..trim_end(w, rest, sent.end))
        .filter(|m| m.len() >= MIN_CONTENT && (m.start..m.end).all(|k| !blocked(k)));
    (content.len() >= MIN_CONTENT).then_some(Reported {
        cue: i..i + 2,
        speaker: Some(speaker),
        content,
        more,
    })
}

/// The subject of the main clause for a participle cue at `i`. A sentence that opens with a
/// quotation (“…,” said Senator John McCain, referring to …) has the quotation's speaker: the
/// phrase after its cue, or before it (“…,” McCain said, adding that …).
fn main_subject(
    w: &Words,
    sent: &Range<usize>,
    i: usize,
    blocked: &impl Fn(usize) -> bool,
) -> Option<Phrase> {
    let opens_quoted = (sent.start..i).take_while(|&j| !w.is_word(j) || blocked(j)).any(|j| w.is_word(j));
    if !opens_quoted {
        return sentence_subject(w, sent.start, i);
    }
    // Back from the participle to the attribution's cue (blocked as the direct quote's), over
    // its speaker; a blocked word that is no cue is the quotation itself.
    let mut c = i;
    while c > sent.start {
        c -= 1;
        if w.is_word(c) && blocked(c) {
            if !is_speech_verb(w.word(c)) {
                return None;
            }
            return phrase_starting_at(w, c + 1, i).or_else(|| subject_before(w, c, sent.start));
        }
    }
    None
}

fn verb(w: &Words, sent: &Range<usize>, i: usize, blocked: &impl Fn(usize) -> bool) -> Option<Reported> {
    let word = w.word(i);
    let after_clause = i > sent.start
        && (w.is_punct(i - 1, ",")
            || w.is_word(i - 1) && !is_auxiliary(w.word(i - 1)) && !is_pronoun(w.word(i - 1)));
    if is_participle_cue(word) && after_clause {
        // "…, arguing that …", "rejected the offer arguing that …": the main clause's subject
        // speaks.
        let content = content_after(w, i, sent.end)?;
        // "…, with Rovers boss Mark Hughes claiming it had been …": the participle's own subject
        // after "with" speaks, not the main clause's.
        let with_subject = phrase_ending_at(w, i - 1, sent.start).filter(|p| {
            // Over a few words of description before the name ("boss", "Rovers boss").
            let lo = p.first.saturating_sub(3).max(sent.start);
            (lo..p.first).rev().take_while(|&k| w.is_word(k)).any(|k| w.word(k).eq_ignore_ascii_case("with"))
        });
        let speaker = with_subject.or_else(|| main_subject(w, sent, i, blocked));
        return Some(Reported { cue: i..i + 1, speaker, content, more: None });
    }
    let mut subject = subject_before(w, i, sent.start);
    if subject.is_none() {
        subject = relative_antecedent(w, i, sent.start);
    }
    if subject.is_none()
        && i > sent.start
        && w.is_word(i - 1)
        && matches!(w.word(i - 1), "and" | "but" | "to")
    {
        // "Comey called it careless but said …", "went on to say …": the sentence's subject.
        subject = sentence_subject(w, sent.start, i - 1);
    }
    // "…, said David Autor, a professor of economics.", "…, said a senior analyst at Jefferies.":
    // after a comma, a cue followed by a name and its appositive, or a noun phrase with only
    // circumstances after it, attributes what comes before; the name is no content.
    let inverted = subject.is_none()
        && is_strong_cue(word)
        && i > sent.start
        && w.is_punct(i - 1, ",")
        && phrase_starting_at(w, i + 1, sent.end).is_some_and(|s| {
            !is_pronoun(w.word(s.first))
                && (w.is_punct(s.last + 1, ",") || nothing_more(w, s.last + 1, sent.end))
        });
    // "It is thought Blackburn want £6m", "it was understood that …": an impersonal passive
    // names nobody; the "it" is no organization to resolve.
    let impersonal = subject.is_some_and(|s| s.first == s.last && w.word(s.first).eq_ignore_ascii_case("it"))
        && i > sent.start
        && matches!(w.word(i - 1), "is" | "was" | "been" | "be");
    if let Some(content) = content_after(w, i, sent.end).filter(|_| !inverted) {
        // "when asked whether he would …": a question with nobody named asking it.
        if subject.is_some() || is_question_cue(word) {
            let speaker = subject.filter(|_| !impersonal);
            return Some(Reported { cue: i..i + 1, speaker, content, more: None });
        }
        // "Rachel Berg, a philanthropist from Monsey, New York, said …", "Powell’s office, when
        // contacted by Reuters, said …": a subject too far from a strong cue for the phrase
        // rules is the sentence's first noun phrase, when a comma stands before the cue.
        let after_comma = i > sent.start && w.is_punct(i - 1, ",");
        if is_strong_cue(word) && after_comma {
            let speaker = sentence_subject(w, sent.start, i);
            return speaker.map(|s| Reported { cue: i..i + 1, speaker: Some(s), content, more: None });
        }
        // "One in three said …", "42% say …", "security specialists say …": a subject the
        // phrase rules do not know, the words right before a strong cue.
        if is_strong_cue(word) {
            let speaker = words_before(w, i, sent.start, blocked)?;
            return Some(Reported { cue: i..i + 1, speaker: Some(speaker), content, more: None });
        }
        return None;
    }
    // "The outlets stood in the way, he said, by creating …": a parenthetical attribution.
    if let Some(s) = subject {
        let mut k = i + 1;
        while k < sent.end && w.is_word(k) && k < i + 6 && !is_speech_verb(w.word(k)) {
            k += 1;
        }
        let between_commas = s.first > sent.start && w.is_punct(s.first - 1, ",") && w.is_punct(k, ",");
        let before = if between_commas { trim_end(w, sent.start, s.first - 1) } else { sent.start };
        let after = k + 1..trim_end(w, k + 1, sent.end).max(k + 1);
        if between_commas && before >= sent.start + MIN_CONTENT && after.len() >= MIN_CONTENT {
            let content = sent.start..before;
            return Some(Reported { cue: i..i + 1, speaker: Some(s), content, more: Some(after) });
        }
        // "Still, he said, officials have to decide …": before the attribution only an adverb
        // or a short subject; what follows it is the content.
        let plain =
            (after.start..after.end).all(|k| !blocked(k) && !w.is_punct(k, "“") && !w.is_punct(k, "\""));
        if between_commas && before > sent.start && after.len() >= MIN_CONTENT && is_strong_cue(word) && plain
        {
            return Some(Reported { cue: i..i + 1, speaker: Some(s), content: after, more: None });
        }
    }
    // "…, the president told her." / "…, he told reporters on Tuesday.": past the person told.
    let mut rest = i + 1;
    if is_tell_verb(word) && w.is_word(rest) {
        if matches!(w.word(rest), "him" | "her" | "them" | "me" | "us" | "reporters") {
            rest += 1;
        } else if let Some(p) = phrase_starting_at(w, rest, sent.end) {
            rest = p.last + 1;
        }
    }
    if is_weak_cue(word) || !inverted && !nothing_more(w, rest, sent.end) {
        return None;
    }
    // "…, sources said." and "…, said Cassis."
    let (speaker, before) = match subject {
        Some(s) => (Some(s), s.first),
        None => {
            let s = phrase_starting_at(w, i + 1, sent.end)?;
            // "…, said Jeffery Hemsley, an assistant professor …" may end with an appositive.
            if !nothing_more(w, s.last + 1, sent.end) && !w.is_punct(s.last + 1, ",") {
                return None;
            }
            (Some(s), i)
        }
    };
    if before == sent.start {
        return None;
    }
    // The comma before the attribution, possibly inside a closing quotation mark (`strategic,"`).
    let comma = if w.is_punct(before - 1, ",") {
        before - 1
    } else if before >= sent.start + 2 && !w.is_word(before - 1) && w.is_punct(before - 2, ",") {
        before - 2
    } else {
        return None;
    };
    let end = trim_end(w, sent.start, comma);
    (end >= sent.start + MIN_CONTENT).then_some(Reported {
        cue: i..i + 1,
        speaker,
        content: sent.start..end,
        more: None,
    })
}

/// Most words taken for a subject that the phrase rules do not know.
const MAX_LOOSE_SUBJECT: usize = 4;

/// The words right before the cue at `cue` (past its auxiliaries), back to a stop word or
/// punctuation: a loose subject such as "three" in "One in three said" or "percent" in "42
/// percent say". None when the word before is a stop word, a verb of speech or quoted.
pub(super) fn words_before(
    w: &Words,
    cue: usize,
    lo: usize,
    blocked: &impl Fn(usize) -> bool,
) -> Option<Phrase> {
    let mut j = cue;
    while j > lo && w.is_word(j - 1) && is_auxiliary(w.word(j - 1)) && cue - j < 3 {
        j -= 1;
    }
    let last = j.checked_sub(1).filter(|&k| k >= lo)?;
    let fits = |k: usize| {
        w.is_word(k) && !blocked(k) && !is_stop_word(w.word(k)) && !is_speech_verb(w.word(k))
            || w.is_punct(k, "%")
    };
    if !fits(last) || !w.is_word(last) && !w.is_punct(last, "%") {
        return None;
    }
    let mut first = last;
    while first > lo && last - first + 1 < MAX_LOOSE_SUBJECT && fits(first - 1) {
        first -= 1;
    }
    Some(Phrase { first, last })
}

/// Nouns of saying and believing that take their content in a `that`-clause ("his claim that
/// …", "the view that …") or an infinitive ("her promise to …").
pub(super) fn is_noun_cue(word: &str) -> bool {
    matches!(
        word,
        "allegation"
            | "allegations"
            | "announcement"
            | "argument"
            | "assertion"
            | "belief"
            | "charge"
            | "claim"
            | "claims"
            | "concern"
            | "concerns"
            | "contention"
            | "fear"
            | "fears"
            | "hope"
            | "hopes"
            | "idea"
            | "insistence"
            | "message"
            | "notion"
            | "pledge"
            | "pledges"
            | "prediction"
            | "promise"
            | "promises"
            | "remarks"
            | "report"
            | "reports"
            | "statement"
            | "suggestion"
            | "view"
            | "views"
            | "warning"
            | "warnings"
    )
}

/// "Trump’s claim that …", "his promise to …": the content after the noun, and the possessor as
/// the speaker.
fn noun(w: &Words, sent: &Range<usize>, i: usize) -> Option<Reported> {
    let k = i + 1;
    let after = w.is_word(k).then(|| w.word(k))?;
    let infinitive = after == "to" && matches!(w.word(i), "pledge" | "pledges" | "promise" | "promises");
    if after != "that" && !infinitive {
        return None;
    }
    // "the claim that" versus "the claim that he made": a relative clause is no content.
    let start = if infinitive { k } else { k + 1 };
    if !infinitive && w.is_word(start) {
        let next = w.word(start);
        let clause = is_pronoun(next) || is_determiner(next) || is_capitalized(next) || next == "there";
        if !clause {
            return None;
        }
    }
    let end = (start..sent.end)
        .find(|&e| {
            w.is_punct(e, ";") || (w.is_punct(e, ",") && w.is_word(e + 1) && is_participle_cue(w.word(e + 1)))
        })
        .unwrap_or(sent.end);
    let end = trim_end(w, start, end);
    if end < start + MIN_CONTENT {
        return None;
    }
    let speaker = (i > sent.start && w.is_word(i - 1)).then(|| possessor(w, i - 1, sent.start)).flatten();
    Some(Reported { cue: i..i + 1, speaker, content: start..end, more: None })
}

/// A noun of stance with the preposition that opens what it is about: "support for", "attacks
/// on", "criticism of".
fn noun_preposition(w: &Words, i: usize) -> bool {
    let k = i + 1;
    if !w.is_word(k) {
        return false;
    }
    match w.word(k) {
        "for" => matches!(w.word(i), "praise" | "passion" | "contempt" | "disdain"),
        "on" => matches!(w.word(i), "attacks" | "attack" | "views"),
        "of" => matches!(
            w.word(i),
            "criticism" | "support" | "view" | "views" | "embrace" | "rejection" | "critique" | "defense"
        ),
        "to" => matches!(w.word(i), "reference" | "references"),
        "about" => matches!(w.word(i), "concerns" | "doubts" | "comments" | "remarks" | "worries"),
        "against" => matches!(w.word(i), "attacks" | "campaign"),
        _ => false,
    }
}

/// "Trump’s attacks on the judge": what the noun is about, to the end of its clause, with the
/// possessor as the speaker.
fn noun_stance(
    w: &Words,
    sent: &Range<usize>,
    i: usize,
    blocked: &impl Fn(usize) -> bool,
) -> Option<Reported> {
    let speaker = possessor(w, i - 1, sent.start)?;
    let start = i + 2;
    let end = clause_end(w, sent, start, blocked);
    (end > start).then_some(Reported {
        cue: i..i + 2,
        speaker: Some(speaker),
        content: start..end,
        more: None,
    })
}

/// Where the clause from `start` ends: at punctuation outside quotation marks (not an
/// abbreviation's period) or at a participle cue.
fn clause_end(w: &Words, sent: &Range<usize>, start: usize, blocked: &impl Fn(usize) -> bool) -> usize {
    (start..sent.end)
        .find(|&k| {
            let stop = !w.is_word(k)
                && !blocked(k)
                && matches!(w.word(k), "," | ";" | "." | ":" | "—" | "(" | "?" | "!")
                && !(w.is_punct(k, ".") && (w.is_abbreviation_dot(k) || next_is_lowercase(w, k)));
            stop || (w.is_word(k) && is_participle_cue(w.word(k)))
        })
        .unwrap_or(sent.end)
}

/// The possessor in front of a noun cue: "his", "their", or the name before "’s".
pub(super) fn possessor(w: &Words, j: usize, lo: usize) -> Option<Phrase> {
    let word = w.word(j);
    if matches!(word, "his" | "her" | "their" | "its" | "our" | "my") {
        return Some(Phrase { first: j, last: j });
    }
    let name = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s"))?;
    if name.is_empty() {
        return None;
    }
    let p = phrase_ending_at(w, j, lo)?;
    Some(p)
}

/// "talked about", "called for", "pointed to": a verb whose topic follows a preposition. Returns
/// the preposition's token.
fn phrasal_preposition(w: &Words, i: usize) -> Option<usize> {
    let k = i + 1;
    if !w.is_word(k) {
        return None;
    }
    let fits = match w.word(k) {
        "about" => matches!(
            w.word(i),
            "talked"
                | "talking"
                | "talks"
                | "talk"
                | "spoke"
                | "speaks"
                | "speaking"
                | "joked"
                | "complained"
                | "complaining"
                | "wrote"
                | "writes"
                | "boasted"
                | "bragged"
                | "warned"
                | "cautioned"
                | "worried"
                | "asked"
                | "testified"
                | "worry"
                | "worries"
                | "thinking"
                | "care"
                | "cares"
                | "speak"
                | "spoken"
                | "joke"
                | "jokes"
                | "joking"
                | "complain"
                | "complains"
                | "write"
                | "writing"
                | "written"
                | "boast"
                | "boasts"
                | "boasting"
                | "brag"
                | "brags"
                | "bragging"
                | "warn"
                | "warns"
                | "warning"
                | "caution"
                | "cautions"
                | "cautioning"
                | "worrying"
                | "ask"
                | "asks"
                | "asking"
                | "testify"
                | "testifies"
                | "testifying"
                | "think"
                | "thinks"
                | "cared"
                | "caring"
                | "tweet"
                | "tweets"
                | "tweeted"
                | "tweeting"
                | "argue"
                | "argued"
                | "argues"
                | "arguing"
                | "comment"
                | "commented"
                | "commenting"
        ),
        "for" => matches!(
            w.word(i),
            "called"
                | "calling"
                | "calls"
                | "call"
                | "voted"
                | "voting"
                | "apologized"
                | "pushed"
                | "pushing"
                | "praised"
                | "blasted"
                | "criticized"
                | "thanked"
                | "advocate"
                | "advocated"
                | "advocating"
                | "advocates"
                | "pushes"
                | "push"
                | "campaigned"
                | "campaigning"
                | "apologize"
                | "apologizes"
                | "apologizing"
                | "praise"
                | "praises"
                | "praising"
                | "blast"
                | "blasts"
                | "blasting"
                | "criticize"
                | "criticizes"
                | "criticizing"
                | "thank"
                | "thanks"
                | "thanking"
                | "ask"
                | "asks"
                | "asked"
                | "asking"
                | "vouch"
                | "vouched"
                | "vouching"
                | "vouches"
                | "rooting"
        ),
        "to" => matches!(
            w.word(i),
            "pointed"
                | "pointing"
                | "points"
                | "responded"
                | "objected"
                | "alluded"
                | "referred"
                | "referring"
                | "refers"
                | "alluding"
                | "respond"
                | "responding"
                | "responds"
                | "point"
                | "object"
                | "objects"
                | "objecting"
                | "allude"
                | "alludes"
                | "refer"
        ),
        "on" => matches!(
            w.word(i),
            "focused"
                | "focusing"
                | "commented"
                | "commenting"
                | "insisted"
                | "weighed"
                | "touched"
                | "called"
                | "calling"
                | "calls"
                | "counting"
                | "reflecting"
                | "comment"
                | "comments"
                | "insist"
                | "insists"
                | "insisting"
                | "weigh"
                | "weighs"
                | "weighing"
                | "touch"
                | "touches"
                | "touching"
                | "call"
                | "reflect"
                | "reflects"
                | "reflected"
        ),
        "of" => matches!(
            w.word(i),
            "spoke"
                | "boasted"
                | "warned"
                | "accused"
                | "complained"
                | "said"
                | "speak"
                | "speaks"
                | "speaking"
                | "spoken"
                | "warn"
                | "warns"
                | "warning"
                | "boast"
                | "boasts"
                | "complain"
                | "complains"
        ),
        "against" => matches!(
            w.word(i),
            "railed"
                | "voted"
                | "cautioned"
                | "warned"
                | "lashed"
                | "argued"
                | "spoke"
                | "campaigned"
                | "rail"
                | "rails"
                | "railing"
                | "cautioning"
                | "cautions"
                | "warn"
                | "warns"
                | "warning"
                | "lash"
                | "lashes"
                | "lashing"
                | "argue"
                | "argues"
                | "arguing"
                | "speak"
                | "speaks"
                | "speaking"
                | "spoken"
                | "protest"
                | "protested"
                | "protesting"
                | "protests"
                | "testified"
                | "testify"
        ),
        "with" => matches!(
            w.word(i),
            "agreed" | "sided" | "disagreed" | "agrees" | "disagrees" | "agreeing" | "disagreeing"
        ),
        "at" => matches!(
            w.word(i),
            "lashed"
                | "swiped"
                | "jabbed"
                | "balked"
                | "hinted"
                | "lash"
                | "lashes"
                | "lashing"
                | "swipe"
                | "swipes"
                | "swiping"
                | "jab"
                | "jabs"
                | "jabbing"
                | "balk"
                | "balks"
                | "balking"
                | "hint"
                | "hints"
                | "hinting"
        ),
        _ => false,
    };
    fits.then_some(k)
}

/// "seemed", "appears", "is expected to": the writer's (or nobody's) view of the subject.
fn is_seeming(w: &Words, i: usize) -> bool {
    match w.word(i) {
        "seemed" | "seems" | "seem" | "appeared" | "appears" | "appear" => true,
        "expected" => {
            i > 0
                && w.is_word(i - 1)
                && matches!(w.word(i - 1), "is" | "are" | "was" | "were")
                && w.is_word(i + 1)
                && w.word(i + 1) == "to"
        }
        _ => false,
    }
}

/// "The race appears closer in Ohio": the subject and what is said of it, two pieces of
/// content without a speaker (PolNeAR leaves the source of such views empty).
fn seeming(w: &Words, sent: &Range<usize>, i: usize, blocked: &impl Fn(usize) -> bool) -> Option<Reported> {
    let subject = subject_before(w, i, sent.start)?;
    if is_pronoun(w.word(subject.first)) && subject.first == subject.last && w.word(subject.first) == "it" {
        return None;
    }
    let start = i + 1;
    let end = (start..sent.end)
        .find(|&k| {
            !w.is_word(k)
                && !blocked(k)
                && matches!(w.word(k), "," | ";" | "." | ":" | "—" | "(" | "?" | "!")
                && !(w.is_punct(k, ".") && (w.is_abbreviation_dot(k) || next_is_lowercase(w, k)))
        })
        .unwrap_or(sent.end);
    if end < start + 2 {
        return None;
    }
    Some(Reported {
        cue: i..i + 1,
        speaker: None,
        content: subject.first..subject.last + 1,
        more: Some(start..end),
    })
}

/// Words that open an object noun phrase ("his candidacy", "the plan").
fn is_object_opener(word: &str) -> bool {
    matches!(word, "the" | "his" | "her" | "their" | "its" | "a" | "an" | "plans" | "new")
}

/// True when the token after `k` is a lowercase word (a period before it ends no sentence).
fn next_is_lowercase(w: &Words, k: usize) -> bool {
    w.is_word(k + 1) && w.word(k + 1).starts_with(char::is_lowercase)
}

/// True when the word at `i` follows a possessive or a determiner, so it is an adjective
/// ("Rubio’s proposed credit", "the backed bill"), not a verb.
pub(super) fn after_possessive(w: &Words, i: usize, lo: usize) -> bool {
    if i <= lo || !w.is_word(i - 1) {
        return false;
    }
    let before = w.word(i - 1);
    before.ends_with("’s")
        || before.ends_with("'s")
        || matches!(before, "a" | "an" | "the" | "his" | "her" | "their" | "its")
}

/// The speaker a relative clause attaches its cue to: "Republicans who say …", "leaders, who
/// have long argued …".
pub(super) fn relative_antecedent(w: &Words, cue: usize, lo: usize) -> Option<Phrase> {
    let mut j = cue;
    let mut skipped = 0;
    while j > lo && w.is_word(j - 1) && is_auxiliary(w.word(j - 1)) && skipped < 3 {
        j -= 1;
        skipped += 1;
    }
    if j < lo + 2 || !w.is_word(j - 1) || w.word(j - 1) != "who" {
        return None;
    }
    let mut end = j - 2;
    if w.is_punct(end, ",") {
        end = end.checked_sub(1).filter(|&e| e >= lo)?;
    }
    phrase_ending_at(w, end, lo)
}

/// The byte span of a token range.
pub(crate) fn token_span(w: &Words, r: &Range<usize>) -> Span {
    Span::new(w.toks[r.start].span.start, w.toks[r.end - 1].span.end)
}
