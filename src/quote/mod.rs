//! Stage 4: who said what. Direct quotes in quotation marks, reported speech, and speakers.
//!
//! One pass over the body blocks:
//! 1. [`marks`] pairs quotation marks into quotations (every common convention, nesting, a
//!    quotation over several paragraphs; stray marks stay in their paragraph).
//! 2. Each quotation looks for its attribution right after it (“…,” Cassis said / said Cassis /
//!    according to X) or right before it (Cassis said: “…”); a quotation split by its attribution
//!    (“This war,” Cassis said, “can only end …”) becomes one quote with two content pieces.
//! 3. [`reported`] finds reported speech in each sentence ("Cassis said Switzerland was …");
//!    quotation marks inside it make it mixed.
//! 4. A quotation that is a sentence of its own without attribution continues the speaker of the
//!    attribution before it in the same or the previous paragraph; one inside a sentence without
//!    attribution is a title, nickname, scare quote or term ([`QuoteKind::Term`]).
//!
//! Speakers are spans ([`speaker`]): a name without its title, a description ("the Swiss foreign
//! ministry") or a pronoun; the link stage ties them to entities.

#[cfg(feature = "internals")]
pub mod learned;
#[cfg(not(feature = "internals"))]
mod learned;
mod lexicon;
mod marks;
mod reported;
mod speaker;
mod words;

use crate::annotation::{BlockKind, Label, Mention, Quote, QuoteKind};
use crate::article::Layout;
use crate::segment::Segmentation;
use crate::span::Span;

use lexicon::{
    is_auxiliary, is_determiner, is_pronoun, is_speaker_noun, is_speech_verb, is_stop_word, is_weak_cue,
};
use marks::Run;
use speaker::{phrase_ending_at, phrase_starting_at, sentence_subject, subject_before, Phrase, Words};
use words::Tok;

/// Longest stretch of words between a cue and the quotation it introduces ("said in a
/// statement on Tuesday: “…”").
const MAX_LEAD: usize = 8;

/// What was found around one quotation.
#[derive(Clone, Debug, Default)]
struct RunInfo {
    cue: Option<Span>,
    speaker: Option<Span>,
    /// The attribution next to the quotation (cue and speaker), which the quote's span covers.
    attribution: Option<Span>,
    /// Opens inside a sentence after other words: a term, or part of reported speech.
    embedded: bool,
    /// A sentence of its own (or introduced by a colon or an attribution).
    standalone: bool,
    /// The first thing in its paragraph.
    paragraph_initial: bool,
    /// The later half of a quotation split by its attribution: index of the first half.
    merged_into: Option<usize>,
    /// Part of reported speech (a mixed quote).
    in_reported: bool,
    /// Position of its first block among the body blocks.
    body_index: usize,
    /// The attribution stands before the quotation (Cassis said: “…”).
    leading: bool,
    /// Opens in a headline or heading, where bare quoted words are mostly titles and slogans.
    in_heading: bool,
    /// Opens inside a sentence right after its cue (`called him “a liar”`).
    embedded_cue: bool,
    /// Opens right after a colon or a comma: words before it in its sentence introduce it.
    introduced: bool,
    /// Words of its sentence before it and a comma, holding no cue, when an attribution follows
    /// it (`In past campaigns, “we felt …,” he said`): the start of the speech's content.
    fronted: Option<usize>,
    /// The end of the sentence a quotation after its cue is part of, when the sentence goes on
    /// after it (`said “it gets me mad” every time …`): the end of the speech's content.
    goes_on_to: Option<usize>,
    /// Words that open its sentence before an attribution set off by commas, when an attribution
    /// stands before the quotation (`An economic downturn, he said, “could be …”`): the start of
    /// the reported sentence that the quotation finishes.
    split_by_attribution: Option<Span>,
    /// Opens and closes its paragraph, with no attribution after it.
    whole_paragraph: bool,
}

/// A quote with what the continuation rule needs.
struct Candidate {
    quote: Quote,
    body_index: usize,
    /// Standalone quotation without attribution: takes the speaker before it.
    continues: bool,
    paragraph_initial: bool,
    /// Opens right after a colon or a comma (see [`RunInfo::introduced`]).
    introduced: bool,
}

/// Quotes in text order, with `speaker_entity` left empty (linking fills it).
pub fn find_quotes(text: &str, layout: &Layout, _seg: &Segmentation, mentions: &[Mention]) -> Vec<Quote> {
    let body: Vec<usize> =
        layout.blocks.iter().enumerate().filter(|(_, b)| b.kind.is_body()).map(|(i, _)| i).collect();
    let block_spans: Vec<Span> = layout.blocks.iter().map(|b| b.span).collect();
    let runs = marks::find_runs(text, &block_spans, &body);
    let titles: Vec<Span> = mentions.iter().filter(|m| m.label == Label::TITLE).map(|m| m.span).collect();
    let mut info: Vec<RunInfo> = vec![RunInfo::default(); runs.len()];
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut first_run = 0;
    let mut colon_speakers: Vec<Option<Span>> = Vec::with_capacity(body.len());
    // The cue of a paragraph that ends with a colon, for the paragraph after it.
    let mut introduced: Option<Span> = None;
    for (body_index, &b) in body.iter().enumerate() {
        let span = block_spans[b];
        while first_run < runs.len() && runs[first_run].last_block < b {
            first_run += 1;
        }
        let here: Vec<usize> = (first_run..runs.len())
            .take_while(|&r| runs[r].first_block <= b)
            .filter(|&r| runs[r].last_block >= b)
            .collect();
        let toks = words::tokenize(text, span, &layout.debris);
        let lo = titles.partition_point(|t| t.end <= span.start);
        let hi = titles.partition_point(|t| t.start < span.end);
        let w = Words { text, toks: &toks, titles: &titles[lo..hi] };
        for &r in &here {
            if runs[r].first_block == b {
                info[r].in_heading = layout.blocks[b].kind != BlockKind::Paragraph;
            }
        }
        // A paragraph after "X added:" that opens with no quotation mark is what X said.
        if let (Some(cue), Some(&Some(speaker))) = (introduced.take(), colon_speakers.last()) {
            let opens_quoted = here.iter().any(|&r| runs[r].open.start == span.start);
            let content = span.trim(text);
            if !opens_quoted && !content.is_empty() {
                candidates.push(Candidate {
                    quote: Quote {
                        span: cue.cover(content),
                        kind: if here.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed },
                        content: vec![content],
                        cue: Some(cue),
                        speaker: Some(speaker),
                        speaker_entity: None,
                    },
                    body_index,
                    continues: false,
                    paragraph_initial: false,
                    introduced: false,
                });
            }
        }
        // Pasted articles often open with their headline as a plain line ending with a stop.
        let opens_text = body_index == 0 && text[..span.start].trim().is_empty();
        if layout.blocks[b].kind == BlockKind::Headline || opens_text {
            if let Some(c) = headline_attribution(&w, &runs, &here, &mut info, body_index, mentions) {
                candidates.push(c);
            }
        }
        colon_speakers.push(read_block(
            &w,
            span,
            &runs,
            &here,
            &mut info,
            body_index,
            &mut candidates,
            &mut introduced,
        ));
    }
    // A paragraph ending with a colon introduces the quotation that opens the next one.
    for i in info.iter_mut() {
        if i.paragraph_initial && i.cue.is_none() && i.speaker.is_none() && i.body_index > 0 {
            i.speaker = colon_speakers[i.body_index - 1];
        }
    }
    for (r, run) in runs.iter().enumerate() {
        if let Some(c) = direct_quote(text, &runs, &info, r, run) {
            candidates.push(c);
        }
    }
    candidates.sort_by_key(|c| (c.quote.span.start, c.quote.span.end));
    continue_speakers(text, candidates)
}

/// Most words of the source before a headline's colon ("NY Daily News: …").
const MAX_HEADLINE_SOURCE: usize = 5;

/// Headline labels before a colon that name no source ("The Latest: …", "Watch: …").
const HEADLINE_LABELS: &[&str] = &[
    "Analysis",
    "Breaking",
    "Correction",
    "Editorial",
    "Exclusive",
    "Explainer",
    "Factbox",
    "Live",
    "Opinion",
    "Paid Notice",
    "Photos",
    "Review",
    "Revealed",
    "The Latest",
    "Update",
    "Video",
    "Watch",
];

/// A headline "Source: claim" ("Lynch: No outside influence on FBI probe"): what the source
/// said, in the news convention of headlines. The source must name a person, an organization
/// or a group: a topic before the colon ("Ukraine war: …", "Brexit: …") says nothing. A claim
/// that is one quotation is left to the quotation's own attribution; quotation marks inside a
/// longer claim make it mixed.
fn headline_attribution(
    w: &Words,
    runs: &[Run],
    here: &[usize],
    info: &mut [RunInfo],
    body_index: usize,
    mentions: &[Mention],
) -> Option<Candidate> {
    let toks = w.toks;
    let colon = (0..toks.len().min(MAX_HEADLINE_SOURCE + 4)).find(|&k| w.is_punct(k, ":"))?;
    if colon == 0 || !w.is_word(0) || !words::is_capitalized(w.word(0)) {
        return None;
    }
    let mut count = 0;
    let mut shouting = true;
    for k in 0..colon {
        if w.is_word(k) {
            let word = w.word(k);
            count += 1;
            shouting &= word.chars().all(|c| !c.is_lowercase());
            // "Clinton camp", "WSJ editorial": one lowercase noun after a name; no verbs.
            let lowercase_ok = k > 0 && !is_stop_word(word) && !is_speech_verb(word) && !word.ends_with("ed");
            if !words::is_capitalized(word) && !lowercase_ok {
                return None;
            }
        } else if !(w.is_abbreviation_dot(k) || w.is_punct(k, "-") || w.is_punct(k, "’")) {
            return None;
        }
    }
    let source = Span::new(toks[0].span.start, toks[colon - 1].span.end);
    let label = &w.text[source];
    if count > MAX_HEADLINE_SOURCE || shouting || HEADLINE_LABELS.contains(&label) {
        return None;
    }
    let names_someone =
        |m: &Mention| source.contains(m.span) && matches!(m.label, Label::PERSON | Label::ORG | Label::NORP);
    let names_a_topic = |m: &Mention| source.overlaps(m.span) && !names_someone(m) && m.label != Label::TITLE;
    if !mentions.iter().any(names_someone) || mentions.iter().any(names_a_topic) {
        return None;
    }
    let mut end = toks.len();
    while end > colon + 1 && !w.is_word(end - 1) && matches!(w.word(end - 1), "." | "?" | "!" | ",") {
        end -= 1;
    }
    if end < colon + 4 {
        return None;
    }
    let content = Span::new(toks[colon + 1].span.start, toks[end - 1].span.end);
    let mut mixed = false;
    let mut inside = Vec::new();
    for &r in here {
        let run = runs[r].span();
        if run.start <= content.start && run.end + 2 >= content.end {
            return None;
        }
        if run.overlaps(content) && info[r].cue.is_none() {
            mixed = true;
            inside.push(r);
        }
    }
    for r in inside {
        info[r].in_reported = true;
    }
    let cue = toks[colon].span;
    Some(Candidate {
        quote: Quote {
            span: source.cover(content),
            kind: if mixed { QuoteKind::Mixed } else { QuoteKind::Indirect },
            content: vec![content],
            cue: Some(cue),
            speaker: Some(source),
            speaker_entity: None,
        },
        body_index,
        continues: false,
        paragraph_initial: false,
        introduced: false,
    })
}

/// The token that starts at byte `at`, if any.
fn token_at(toks: &[Tok], at: usize) -> Option<usize> {
    let i = toks.partition_point(|t| t.span.start < at);
    (i < toks.len() && toks[i].span.start == at).then_some(i)
}

/// Finds the attributions of the quotations in one block, and its reported speech. Returns the
/// speaker a block ending with a colon introduces ("Cassis wrote on Twitter:").
#[allow(clippy::too_many_arguments)] // one block's state, threaded through a single pass
fn read_block(
    w: &Words,
    span: Span,
    runs: &[Run],
    here: &[usize],
    info: &mut [RunInfo],
    body_index: usize,
    candidates: &mut Vec<Candidate>,
    introduced: &mut Option<Span>,
) -> Option<Span> {
    let toks = w.toks;
    let pieces: Vec<Span> =
        here.iter().flat_map(|&r| runs[r].pieces.iter().copied()).filter(|p| span.contains(*p)).collect();
    let inside = |at: usize| pieces.iter().any(|p| p.start <= at && at < p.end);
    let sentences = words::sentences(w.text, toks, inside);
    let sentence_start = |i: usize| {
        let k = sentences.partition_point(|s| s.end <= i);
        sentences.get(k).map_or(0, |s| s.start)
    };
    // The last token of the sentence that starts at token `i`, before its final stops.
    let sentence_end = |i: usize| {
        let k = sentences.partition_point(|s| s.end <= i);
        let mut end = sentences.get(k).map_or(toks.len(), |s| s.end).max(i + 1) - 1;
        while end > i && !toks[end].word {
            end -= 1;
        }
        end
    };
    let mut blocked: Vec<bool> = toks.iter().map(|t| inside(t.span.start)).collect();
    // Token indices of each quotation's marks in this block.
    let marks: Vec<(usize, Option<usize>, Option<usize>)> = here
        .iter()
        .map(|&r| {
            let run = &runs[r];
            let open = (run.first_block_span_start(span)).then(|| token_at(toks, run.open.start)).flatten();
            // The last token of the mark: a mark of two apostrophes is two tokens.
            let close = run.close.filter(|c| span.contains(*c)).and_then(|c| {
                token_at(toks, c.start).map(|i| toks.partition_point(|t| t.span.start < c.end).max(i + 1) - 1)
            });
            (r, open, close)
        })
        .collect();
    for &(r, open, close) in &marks {
        let i = &mut info[r];
        if runs[r].first_block_span_start(span) {
            i.body_index = body_index;
            match open {
                Some(o) => {
                    i.paragraph_initial = o == 0;
                    let words_before = (sentence_start(o)..o).any(|k| toks[k].word);
                    i.embedded = words_before && !opens_after_break(w, o);
                    i.introduced = o > 0 && (w.is_punct(o - 1, ":") || w.is_punct(o - 1, ","));
                }
                None => i.embedded = true,
            }
        }
        if i.embedded {
            // `called her “extremely careless”`, `shouted “Stay there!”`: a quotation right after
            // a cue is what the subject said, however short.
            let found = open.and_then(|o| embedded_cue(w, o, sentence_start(o))).filter(|c| !blocked[*c]);
            // `Obama said “it gets me mad” every time …`: a quotation that its sentence goes on
            // after is a piece of reported speech (PolNeAR's content runs to the sentence's end).
            let goes_on = close.filter(|&c| sentence_goes_on(w, c + 1, &runs[r]));
            let voiced = found.is_some_and(|c| is_voicing_verb(w.word(c)));
            if let (Some(o), Some(c)) = (open, found) {
                let speaker = subject_before(w, c, sentence_start(o));
                set_attribution(w, i, c..c + 1, speaker, speaker.map_or(c, |p| p.first), o - 1);
                if let Some(close) = goes_on.filter(|_| !voiced) {
                    let end = sentence_end(sentence_start(close + 1));
                    i.goes_on_to = Some(w.toks[end].span.end);
                }
                blocked[c] = true;
                i.leading = true;
                i.embedded_cue = true;
            } else if let Some((c, noun)) = open.and_then(|o| voiced_cue(w, o, sentence_start(o))) {
                // `chanting “Dump Trump.”`, `chants of “Lock her up!”`, `a sign that read “15%!”`:
                // words voiced or displayed are speech, however short. A noun has no subject.
                let o = open.unwrap_or(c + 1);
                let lo = sentence_start(o);
                let speaker = if noun {
                    None
                } else {
                    // "protesters gathered, chanting “…”": the sentence's subject voices it.
                    subject_before(w, c, lo)
                        .or_else(|| (c > lo).then(|| sentence_subject(w, lo, c)).flatten())
                };
                set_attribution(w, i, c..c + 1, speaker, speaker.map_or(c, |p| p.first), o - 1);
                // The cue is this quotation's, not a reported-speech cue as well.
                blocked[c] = true;
                i.leading = true;
                i.embedded_cue = true;
            } else if let Some((c, (cue, speaker, last))) = close
                .filter(|_| ends_with_comma(&runs[r], w.text))
                .and_then(|c| Some((c, trailing(w, c + 1, toks.len(), &runs[r], w.text)?)))
                .filter(|(_, (cue, _, last))| !blocked[cue.start] && attribution_ends(w, *last, toks.len()))
                .filter(|_| {
                    open.is_some_and(|o| !blocked[sentence_start(o)] && !opens_mark(w, sentence_start(o)))
                })
            {
                // `Its job is “really a combination of things …,” she said.`: quoted words that
                // finish a clause attributed after them are reported speech quoting them; the
                // speech runs from the start of the sentence.
                set_attribution(w, i, cue.clone(), speaker, c + 1, last);
                blocked[cue].iter_mut().for_each(|b| *b = true);
                i.fronted = open.map(|o| toks[sentence_start(o)].span.start);
            }
            continue;
        }
        if let Some(c) = close {
            if let Some((cue, speaker, last)) = trailing(w, c + 1, toks.len(), &runs[r], w.text) {
                set_attribution(w, i, cue.clone(), speaker, c + 1, last);
                blocked[cue].iter_mut().for_each(|b| *b = true);
                i.standalone = true;
                i.fronted = open.and_then(|o| fronted_words(w, sentence_start(o), o, &blocked));
            } else {
                let next = c + 1;
                i.standalone = next >= toks.len() || sentence_start(next) == next;
                i.whole_paragraph = i.paragraph_initial && next >= toks.len();
            }
        } else {
            // The quotation goes on into the next paragraph.
            i.standalone = true;
        }
        if let (Some(o), None) = (open, i.cue) {
            let found = leading(w, o, sentence_start(o)).filter(|(cue, _)| !blocked[cue.start]);
            // `the attendees chanted, "Lock her up!" as …`: a verb of voicing before a comma
            // introduces the quotation after a break just as it does inside a sentence, and what
            // follows the words voiced is no more of them. Not "read": before a comma it mostly
            // names what a person read, not words displayed.
            let voiced = found.is_none() && o > 0 && w.is_punct(o - 1, ",");
            let voiced = voiced
                .then(|| voiced_cue(w, o, sentence_start(o)))
                .flatten()
                .filter(|&(c, noun)| {
                    !noun && !blocked[c] && is_voicing_verb(w.word(c)) && !w.word(c).starts_with("read")
                })
                .map(|(c, _)| {
                    let lo = sentence_start(o);
                    let speaker = subject_before(w, c, lo)
                        .or_else(|| (c > lo).then(|| sentence_subject(w, lo, c)).flatten());
                    (c..c + 1, speaker)
                });
            let found = found.or(voiced.clone());
            // `Mr. Rubio said in his 2012 book, “An American Son.”`, `she wrote in her memoir,
            // “Tough Choices.”`: a title right after its work's noun and a comma names the work;
            // a cue before is not its attribution.
            let titled = o >= 2
                && w.is_punct(o - 1, ",")
                && w.is_word(o - 2)
                && is_work_noun(w.word(o - 2))
                && !is_long(w.text, &runs[r].pieces)
                && is_title_cased(w.text, &runs[r].pieces);
            if titled {
                i.standalone = false;
            } else if let Some((cue, speaker)) = found {
                let first = speaker.map_or(cue.start, |p| p.first.min(cue.start));
                set_attribution(w, i, cue.clone(), speaker, first, o - 1);
                blocked[cue.clone()].iter_mut().for_each(|b| *b = true);
                i.leading = true;
                i.split_by_attribution = opening_before(w, sentence_start(o), first, &blocked);
                // `Tyler said, “We have three weeks to go” until the caucuses.`: a quotation after
                // its attribution that the sentence goes on after is a piece of reported speech,
                // as after a cue without a comma; not when only circumstances of the saying follow
                // (`tweeted, “Thank you Indiana” on Friday`).
                if let Some(c) = close.filter(|&c| voiced.is_none() && sentence_goes_on(w, c + 1, &runs[r])) {
                    let end = sentence_end(sentence_start(c + 1));
                    if !reported::nothing_more(w, c + 1, end + 1) {
                        i.goes_on_to = Some(w.toks[end].span.end);
                    }
                }
                // `Rubio said that once the Senate goes on recess, “I intend …”`: the quotation
                // finishes a reported clause that opens with "that" after the cue.
                let that = cue.end;
                if that + 2 < o && w.is_word(that) && w.word(that) == "that" && w.is_word(that + 1) {
                    i.fronted = Some(toks[that].span.start);
                }
                // So does one right after "that" (`tweeted that, “For those …”`, `said via
                // email that “…”`): indirect speech quoting its words, whose content PolNeAR
                // starts at "that".
                let comma = usize::from(w.is_punct(o - 1, ","));
                if let Some(that) = (o - comma).checked_sub(1).filter(|&t| t >= cue.end) {
                    if w.is_word(that) && w.word(that) == "that" {
                        i.fronted = Some(toks[that].span.start);
                    }
                }
            } else if o > 0 && w.is_punct(o - 1, ":") {
                // "Cassis on the war: “…”": the sentence's subject introduces the quotation. In a
                // digest's item "POLLS MISSED THE SURGE - Jo Ruiz: “…”" the topic stands before a
                // dash, and the source after it.
                let lo = sentence_start(o);
                let lo = (lo..o - 1).rev().find(|&k| after_dash(w, k)).map_or(lo, |dash| dash + 1);
                i.speaker = sentence_subject(w, lo, o - 1).map(|p| p.span(w));
            } else if !is_long(w.text, &runs[r].pieces) && names_after_comma(w, o, sentence_start(o)) {
                // `her blockbuster film, “Trainwreck.”`, `their common slogan, “Stronger
                // Together.”`: a few quoted words after a noun and a comma name it (a title, a
                // slogan, a nickname), though they end the sentence.
                i.standalone = false;
            } else if o > 0 && after_dash(w, o - 1) {
                // `his bluster-buss act—“My tax plan will be a tremendous plan!”—is …`, `The
                // photo quotes Romans 8:31 – “If God is for us …”`: quoted words set off by a
                // dash without an attribution are an aside (a line cited, a slogan), not a
                // speech to give to the speaker before them.
                i.standalone = false;
            }
        }
    }
    // A quotation split by its attribution: the next one right after the attribution joins it.
    for pair in marks.windows(2) {
        let (a, _, close_a) = pair[0];
        let (b, Some(open_b), _) = pair[1] else { continue };
        let Some(close_a) = close_a else { continue };
        if info[a].cue.is_none() || info[b].cue.is_some() || info[b].embedded {
            continue;
        }
        let Some(attribution) = info[a].attribution else { continue };
        let after = toks.partition_point(|t| t.span.start < attribution.end).max(close_a + 1);
        let only_punctuation =
            (after..open_b).all(|k| !toks[k].word && matches!(w.word(k), "," | "." | ";" | ":" | "—"));
        if after <= open_b && only_punctuation {
            info[b].merged_into = Some(info[a].merged_into.unwrap_or(a));
        }
    }
    // `chanting “We are Orlando” and “Disarm hate.”`: quotations joined by "and", "or" or commas
    // after the cue of the first are one speech.
    for pair in marks.windows(2) {
        let (a, _, close_a) = pair[0];
        let (b, Some(open_b), _) = pair[1] else { continue };
        let Some(close_a) = close_a else { continue };
        if !info[a].embedded_cue
            || info[b].cue.is_some()
            || info[b].merged_into.is_some()
            || open_b <= close_a
        {
            continue;
        }
        let joined = (close_a + 1..open_b)
            .all(|k| w.is_punct(k, ",") || (w.is_word(k) && matches!(w.word(k), "and" | "or")));
        if joined && open_b > close_a + 1 {
            info[b].merged_into = Some(info[a].merged_into.unwrap_or(a));
        }
    }
    for sentence in &sentences {
        for found in reported::find(w, sentence.clone(), |k| blocked[k]) {
            let content = reported::token_span(w, &found.content);
            let more = found.more.as_ref().map(|m| reported::token_span(w, m));
            // `condemned “such a murderous attack”`, `says “that’s how you get smart”`: content
            // that is one quotation from its opening mark to its end is a direct quote.
            // Not after "that" or the person told: PolNeAR takes those into the content.
            let right_after_cue = found.content.start == found.cue.end;
            let whole = (more.is_none() && right_after_cue).then(|| {
                marks.iter().find(|&&(r, _, _)| {
                    let run = runs[r].span();
                    info[r].cue.is_none() && run.start == content.start && run.end + 2 >= content.end
                })
            });
            if let Some(&(r, _, _)) = whole.flatten() {
                let cue = found.cue.clone();
                let speaker = found.speaker;
                let first = speaker.map_or(cue.start, |p| p.first.min(cue.start));
                let i = &mut info[r];
                set_attribution(w, i, cue, speaker, first, found.content.start - 1);
                i.leading = true;
                i.embedded_cue = true;
                continue;
            }
            let mut mixed = false;
            for &(r, _, _) in &marks {
                let touches = |p: &Span| p.overlaps(content) || more.is_some_and(|m| p.overlaps(m));
                if runs[r].pieces.iter().any(touches) && info[r].cue.is_none() {
                    mixed = true;
                    info[r].in_reported = true;
                }
            }
            let cue = reported::token_span(w, &found.cue);
            let speaker = found.speaker.map(|p| p.span(w));
            let span = speaker.map_or(cue, |s| s.cover(cue)).cover(content);
            let span = more.map_or(span, |m| span.cover(m));
            candidates.push(Candidate {
                quote: Quote {
                    span,
                    kind: if mixed { QuoteKind::Mixed } else { QuoteKind::Indirect },
                    content: std::iter::once(content).chain(more).collect(),
                    cue: Some(cue),
                    speaker,
                    speaker_entity: None,
                },
                body_index,
                continues: false,
                paragraph_initial: false,
                introduced: false,
            });
        }
    }
    let last = toks.len().checked_sub(1)?;
    if !w.is_punct(last, ":") {
        return None;
    }
    let start = sentence_start(last);
    let cue = (start..last).rev().find(|&k| w.is_word(k) && is_speech_verb(w.word(k)));
    let speaker = match cue {
        Some(c) => subject_before(w, c, start),
        None => sentence_subject(w, start, last),
    };
    let speaker = speaker.map(|p| p.span(w));
    // "The governor added:" then a paragraph of speech without quotation marks.
    if let (Some(c), Some(_)) = (cue, speaker) {
        *introduced = Some(Span::new(toks[c].span.start, toks[c].span.end));
    }
    speaker
}

impl Run {
    /// True when the quotation opens in the block `span`.
    fn first_block_span_start(&self, span: Span) -> bool {
        span.contains(self.open)
    }
}

/// True when the sentence goes on at token `k` after a quotation that does not end with a stop,
/// comma, question or exclamation mark: the next token is a word in lower case. Not a
/// conjunction: `said “never again” and left` goes on to another clause, not the speech.
fn sentence_goes_on(w: &Words, k: usize, run: &Run) -> bool {
    let closed =
        run.pieces.last().is_some_and(|p| w.text[*p].trim_end().ends_with(['.', ',', '?', '!', '…']));
    let goes_on = k < w.toks.len() && w.is_word(k) && w.word(k).starts_with(char::is_lowercase);
    !closed && goes_on && !matches!(w.word(k), "and" | "or" | "but" | "then")
}

/// Most words back from a comma to the determiner of the noun phrase before it.
const MAX_NAMED_NOUN_PHRASE: usize = 4;

/// True when a quotation opening at token `o` follows a comma after a noun phrase with a
/// determiner or a possessive (`the hit Broadway play, “…”`, `Trump's signature slogan, “…”`),
/// whose last word does not look like a verb (`his friends jeered, “…”`).
fn names_after_comma(w: &Words, o: usize, lo: usize) -> bool {
    if o < lo + 2 || !w.is_punct(o - 1, ",") || !w.is_word(o - 2) {
        return false;
    }
    let noun = w.word(o - 2);
    if !noun.starts_with(char::is_lowercase)
        || noun.ends_with("ed")
        || noun.ends_with("ing")
        || is_stop_word(noun)
    {
        return false;
    }
    // `as The New Yorker put it in an exposé, “the operator.”`: words of speech before the
    // comma attribute the quotation instead.
    let spoken = (lo..o - 1).any(|k| {
        w.is_word(k)
            && (is_speech_verb(w.word(k)) || matches!(w.word(k), "put" | "puts" | "called" | "calls"))
    });
    if spoken {
        return false;
    }
    let possessive = |word: &str| word.ends_with("’s") || word.ends_with("'s") || word.ends_with("s’");
    (lo..o - 2).rev().take(MAX_NAMED_NOUN_PHRASE).take_while(|&k| w.is_word(k)).any(|k| {
        let word = w.word(k);
        is_determiner(word) || possessive(word)
    })
}

/// Nouns of works that have titles (`his 2012 book, “An American Son.”`).
fn is_work_noun(word: &str) -> bool {
    matches!(
        word,
        "album"
            | "autobiography"
            | "biography"
            | "book"
            | "documentary"
            | "film"
            | "memoir"
            | "movie"
            | "musical"
            | "novel"
            | "play"
            | "poem"
            | "series"
            | "show"
            | "song"
    )
}

/// True when every word of the quoted words opens with a capital letter, short function words
/// apart after the first (`An American Son.`, `This Kind of War,`): the way titles are written.
fn is_title_cased(text: &str, pieces: &[Span]) -> bool {
    let mut words = pieces
        .iter()
        .flat_map(|p| text[*p].split_whitespace())
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = words.next() else { return false };
    first.starts_with(char::is_uppercase)
        && words.all(|word| {
            word.is_empty()
                || !word.starts_with(char::is_lowercase)
                || matches!(
                    word,
                    "a" | "an"
                        | "and"
                        | "at"
                        | "by"
                        | "for"
                        | "from"
                        | "in"
                        | "of"
                        | "on"
                        | "or"
                        | "the"
                        | "to"
                        | "with"
                )
        })
}

/// Fewest words before a comma that make a fronted part of the speech (`In past campaigns,
/// “…”`); one word is a conjunction or an adverb (`Yet, “…”`), which PolNeAR leaves out.
const MIN_FRONTED_WORDS: usize = 2;

/// The byte where the content of a quotation opening at token `o` starts when words of its
/// sentence stand before it and a comma, with no cue, colon or other quotation among them
/// (`Sooner or later, “I think we will …,” he said`): PolNeAR's content starts there.
fn fronted_words(w: &Words, lo: usize, o: usize, blocked: &[bool]) -> Option<usize> {
    if o < lo + 2 || !w.is_punct(o - 1, ",") {
        return None;
    }
    // "As for complexity, “…”" names the topic of the speech, which PolNeAR leaves out.
    let topic = w.is_word(lo)
        && w.word(lo).eq_ignore_ascii_case("as")
        && w.is_word(lo + 1)
        && matches!(w.word(lo + 1), "for" | "to");
    if topic {
        return None;
    }
    let mut count = 0;
    for (k, &inside) in blocked.iter().enumerate().take(o - 1).skip(lo) {
        if inside || w.is_punct(k, ":") {
            return None;
        }
        if w.is_word(k) {
            let word = w.word(k);
            if lexicon::is_embedding_cue(word) || is_trailing_cue(word) || is_voicing_verb(word) {
                return None;
            }
            count += 1;
        }
    }
    (count >= MIN_FRONTED_WORDS).then(|| w.toks[lo].span.start)
}

/// The words that open a sentence before an attribution at token `first` and its comma (`An
/// economic downturn, he said, “…”`), with no quotation, cue or colon among them.
fn opening_before(w: &Words, lo: usize, first: usize, blocked: &[bool]) -> Option<Span> {
    if first < lo + 2 || !w.is_punct(first - 1, ",") {
        return None;
    }
    let plain = (lo..first - 1).all(|k| !blocked[k] && !w.is_punct(k, ":"));
    let no_cue = (lo..first - 1).all(|k| !w.is_word(k) || !is_speech_verb(w.word(k)));
    let worded = (lo..first - 1).any(|k| w.is_word(k));
    (plain && no_cue && worded).then(|| Span::new(w.toks[lo].span.start, w.toks[first - 2].span.end))
}

/// True when the quotation opening at token `o` follows a colon, comma or dash: it may be
/// introduced by an attribution rather than embedded in the sentence.
fn opens_after_break(w: &Words, o: usize) -> bool {
    o > 0
        && (w.is_punct(o - 1, ":")
            || w.is_punct(o - 1, ",")
            || w.is_punct(o - 1, "—")
            || w.is_punct(o - 1, "–")
            || (w.is_punct(o - 1, "-") && spaced_hyphen(w, o - 1))
            || w.is_punct(o - 1, "("))
}

/// True when token `k` is a dash (or a hyphen typed for one).
fn after_dash(w: &Words, k: usize) -> bool {
    w.is_punct(k, "—")
        || w.is_punct(k, "–")
        || w.is_punct(k, "--")
        || (w.is_punct(k, "-") && (spaced_hyphen(w, k) || (k > 0 && w.is_punct(k - 1, "-"))))
}

/// A hyphen typed for a dash: white space on both sides (`Mrs. Clinton - “…” Mr. Elkins said -`).
fn spaced_hyphen(w: &Words, k: usize) -> bool {
    let t = w.toks[k].span;
    let before = w.text[..t.start].chars().next_back();
    let after = w.text[t.end..].chars().next();
    before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
}

fn set_attribution(
    w: &Words,
    info: &mut RunInfo,
    cue: std::ops::Range<usize>,
    speaker: Option<Phrase>,
    first: usize,
    last: usize,
) {
    let cue_span = Span::new(w.toks[cue.start].span.start, w.toks[cue.end - 1].span.end);
    info.cue = Some(cue_span);
    info.speaker = speaker.map(|p| p.span(w));
    let first = first.min(cue.start);
    let last = last.max(cue.end - 1);
    info.attribution = Some(Span::new(w.toks[first].span.start, w.toks[last].span.end));
}

/// The attribution right after a quotation's closing mark: “…,” Cassis said / said Cassis /
/// the ministry, in a statement, said / according to X. Returns the cue, the speaker and the
/// last token of the attribution.
fn trailing(
    w: &Words,
    after: usize,
    hi: usize,
    run: &Run,
    text: &str,
) -> Option<(std::ops::Range<usize>, Option<Phrase>, usize)> {
    // “…” ― Pamela Padilla: a dash and a name that ends the paragraph or its sentence sign the
    // quotation (the dash is the cue); “…” — Cassis said goes on to the verb below.
    let is_dash = |k: usize| ["—", "–", "―"].iter().any(|d| w.is_punct(k, d));
    if is_dash(after) {
        if let Some(p) = phrase_starting_at(w, after + 1, hi) {
            let ends = p.last + 1 >= hi || [".", ",", "("].iter().any(|s| w.is_punct(p.last + 1, s));
            if ends && words::is_capitalized(w.word(p.first)) && !is_pronoun(w.word(p.first)) {
                return Some((after..after + 1, Some(p), p.last));
            }
        }
    }
    let mut k = after;
    while k < hi && (w.is_punct(k, ",") || is_dash(k)) {
        k += 1;
    }
    if k >= hi || !w.is_word(k) {
        return None;
    }
    let word = w.word(k);
    let found = if word.eq_ignore_ascii_case("according") && w.is_word(k + 1) && w.word(k + 1) == "to" {
        let speaker = phrase_starting_at(w, k + 2, hi)?;
        (k..k + 2, Some(speaker), speaker.last)
    } else if is_trailing_cue(word) {
        let speaker = phrase_starting_at(w, k + 1, hi).or_else(|| name_after_role(w, k + 1, hi));
        (k..k + 1, speaker, speaker.map_or(k, |p| p.last))
    } else if let Some(speaker) = inverted_speaker(w, k, hi, run, text) {
        // “…,” beamed Donald Hartley / “…,” reacted Trump: a verb before its subject after a
        // quotation that hands over is the quotation's cue, whatever the verb.
        (k..k + 1, Some(speaker), speaker.last)
    } else if let Some(found) = subject_then_cue(w, k, hi, run, text) {
        found
    } else if let Some(m) = described_cue(w, k, hi) {
        // “…,” chief executive Lowell McAdam said / Sen. Marco Rubio (R-Fla.) said: a speaker
        // phrase that does not open with a name or a determiner, or carries a parenthesis.
        (m..m + 1, subject_before(w, m, k), m)
    } else {
        // “…,” Sanders's campaign manager, Jeff Weaver, said / the Florida senator and
        // candidate said: a quotation that hands over to the rest of its sentence is attributed
        // by the first cue there, when a speaker stands before it.
        // The rest opens with a speaker phrase, not a clause going on ("…,” like the …").
        if !hands_over(run, text) || phrase_starting_at(w, k, hi).is_none() {
            return None;
        }
        let m = handed_over_cue(w, k, hi)?;
        // "campaign manager, Jeff Weaver, said": the name between the last two commas.
        let speaker = subject_before(w, m, k).or_else(|| {
            (m > k + 1 && w.is_punct(m - 1, ",")).then(|| phrase_ending_at(w, m - 2, k)).flatten()
        })?;
        (m..m + 1, Some(speaker), m)
    };
    // “It is over.” Cassis said the talks … : after a full stop, a cue that goes on to report
    // more speech opens a new sentence rather than attributing the quotation.
    let ends_sentence = run.pieces.last().is_some_and(|p| text[*p].trim_end().ends_with('.'));
    let last = found.2;
    // “It is over.” He said, twice, that the talks …: a comma that goes on to a reported clause
    // opens more speech, too.
    let clause_follows =
        || (last + 1..hi).take_while(|&m| !w.is_punct(m, ".")).any(|m| w.is_word(m) && w.word(m) == "that");
    let rest_is_circumstance = last + 1 >= hi
        || w.is_punct(last + 1, ".")
        || (w.is_punct(last + 1, ",") && !clause_follows())
        || w.is_punct(last + 1, ";")
        || reported::nothing_more(w, last + 1, hi.min(last + 12));
    if ends_sentence && !rest_is_circumstance {
        return None;
    }
    Some(found)
}

/// Most lowercase words of a role before a name after a cue (`said undecided voter Jo Ruiz`).
const MAX_ROLE_WORDS: usize = 3;

/// The name after a role in lower case right after a cue (`said pollster Frank Luntz.`, `said
/// election lawyer Joe Birkenstock.`): news writes the role without an article before the name,
/// which ends the clause.
fn name_after_role(w: &Words, first: usize, hi: usize) -> Option<Phrase> {
    let mut k = first;
    while k < hi && k < first + MAX_ROLE_WORDS && w.is_word(k) {
        let word = w.word(k);
        let plain = word.starts_with(char::is_lowercase)
            && !is_stop_word(word)
            && !is_determiner(word)
            && !is_pronoun(word)
            && !is_auxiliary(word)
            && !is_speech_verb(word);
        if !plain {
            break;
        }
        k += 1;
    }
    if k == first || !w.is_word(k) || !words::is_capitalized(w.word(k)) || is_pronoun(w.word(k)) {
        return None;
    }
    let name = phrase_starting_at(w, k, hi)?;
    let next = name.last + 1;
    let ends = next >= hi || [".", ",", ";", "("].iter().any(|p| w.is_punct(next, p));
    ends.then_some(name)
}

/// A verb that attributes the quotation before it: a speech verb, or "read" for written words
/// (“…,” read one sign; the letter read), which is no cue elsewhere ("he read the report").
fn is_trailing_cue(word: &str) -> bool {
    (is_speech_verb(word) && !is_weak_cue(word)) || word == "read"
}

/// The attribution “…,” Cassis said: a speaker phrase opening at token `k`, then its cue.
fn subject_then_cue(
    w: &Words,
    k: usize,
    hi: usize,
    run: &Run,
    text: &str,
) -> Option<(std::ops::Range<usize>, Option<Phrase>, usize)> {
    let subject = phrase_starting_at(w, k, hi).or_else(|| described_speakers(w, k, hi))?;
    let mut m = subject.last + 1;
    if w.is_punct(m, ",") {
        m = (m + 1..hi.min(m + 25)).find(|&i| w.is_punct(i, ","))? + 1;
    }
    let mut skipped = 0;
    while m < hi && w.is_word(m) && is_auxiliary(w.word(m)) && skipped < 3 {
        m += 1;
        skipped += 1;
    }
    if m >= hi || !w.is_word(m) {
        return None;
    }
    let verb = w.word(m);
    // A quotation that hands over with a comma ("…,” Trump shot back) is attributed by
    // whatever verb follows its speaker.
    let hands_over = hands_over(run, text);
    // After a name or a pronoun ("Trump shot back", "he went on"), a lowercase word is the verb.
    // Not "you know": a first or second person is no reporter's subject.
    let first = w.word(subject.first);
    // Nor a possessive ("Sanders’s campaign manager"): a noun follows it, not a verb.
    let last = w.word(subject.last);
    let possessive = last.ends_with("’s") || last.ends_with("'s") || last.ends_with("s’");
    let bare_subject =
        !is_determiner(first) && !possessive && !matches!(first, "I" | "you" | "we" | "You" | "We");
    let verb_like = verb.starts_with(char::is_lowercase)
        && (verb.ends_with("ed") || verb.ends_with('s') || bare_subject)
        && !is_stop_word(verb)
        && !is_determiner(verb);
    let cue = is_trailing_cue(verb) || (hands_over && verb_like);
    if !cue {
        return None;
    }
    Some((m..m + 1, Some(subject), m))
}

/// Speakers named by a plural noun after one lowercase adjective and no determiner, opening at
/// token `k` (“…,” federal prosecutors wrote): the adjective belongs to the speaker, as a
/// determiner would (“…,” the prosecutors wrote), so the attribution is still right there.
fn described_speakers(w: &Words, k: usize, hi: usize) -> Option<Phrase> {
    if !w.is_word(k) || !w.is_word(k + 1) {
        return None;
    }
    let (adjective, noun) = (w.word(k), w.word(k + 1));
    let fits = adjective.starts_with(char::is_lowercase)
        && !is_stop_word(adjective)
        && !is_auxiliary(adjective)
        && !is_speech_verb(adjective)
        && is_speaker_noun(noun)
        && !is_speech_verb(noun);
    let nouns = phrase_starting_at(w, k + 1, hi).filter(|_| fits)?;
    Some(Phrase { first: k, last: nouns.last })
}

/// True when the quotation ends with a comma, question or exclamation mark or dash inside its
/// marks: its sentence goes on after it (to the attribution, in news convention).
fn hands_over(run: &Run, text: &str) -> bool {
    last_stop(run, text).is_some_and(|c| matches!(c, ',' | '?' | '!' | '—'))
}

/// The last character of the quotation's words: that of a quotation nested at its end when the
/// two close together (`“… saying, ‘I refuse,’” he noted`: the comma inside the nested marks
/// hands the whole quotation over, as it would without them).
fn last_stop(run: &Run, text: &str) -> Option<char> {
    let last = text[*run.pieces.last()?].trim_end();
    let inner = last.trim_end_matches(['’', '\'', '”', '"']);
    // Only a closing mark that ends a nested quotation: one right after a letter is an
    // apostrophe (`the Clintons’`), and a mark alone closes nothing.
    let nested = inner.len() < last.len() && inner.ends_with(|c: char| !c.is_alphanumeric());
    if nested { inner } else { last }.chars().next_back()
}

/// True when token `k` is an opening quotation mark.
fn opens_mark(w: &Words, k: usize) -> bool {
    w.word(k).starts_with(['“', '"', '‘', '\'', '«', '„'])
}

/// True when the quotation ends with a comma inside its marks (`“…,” she said`).
fn ends_with_comma(run: &Run, text: &str) -> bool {
    last_stop(run, text) == Some(',')
}

/// True when the attribution ending at token `last` ends its clause: the sentence ends, only
/// circumstances follow, or a comma or semicolon follows without a reported clause or another
/// quotation (`she said, adding that …` goes on).
fn attribution_ends(w: &Words, last: usize, hi: usize) -> bool {
    let next = last + 1;
    if next >= hi || w.is_punct(next, ".") || w.is_punct(next, ";") || w.is_punct(next, ")") {
        return true;
    }
    // `she said from her office in Genève.`: circumstances of the saying end it too.
    let stop = (next..hi).find(|&m| w.is_punct(m, ".") && !w.is_abbreviation_dot(m)).unwrap_or(hi);
    if reported::nothing_more(w, next, stop) {
        return true;
    }
    // `In his “commander's intent,” he wrote, “We must …”`: the attribution introduces the
    // quotation after it.
    let quotation_follows = next + 1 < hi && opens_mark(w, next + 1);
    w.is_punct(next, ",")
        && !quotation_follows
        && !(next + 1..hi).take_while(|&m| !w.is_punct(m, ".")).any(|m| w.is_word(m) && w.word(m) == "that")
}

/// Fewest words of a quotation whose verb after it attributes it without being a speech verb.
const MIN_HANDED_OVER_WORDS: usize = 3;

/// The speaker after a verb in the past or present tense at token `k`, right after a quotation
/// that hands over (“…,” beamed Donald Hartley of Madison): a name or a phrase with a
/// determiner, ending the sentence or followed by a comma.
fn inverted_speaker(w: &Words, k: usize, hi: usize, run: &Run, text: &str) -> Option<Phrase> {
    let verb = w.word(k);
    let verb_like = verb.starts_with(char::is_lowercase)
        && (verb.ends_with("ed") || verb.ends_with('s'))
        && !is_stop_word(verb)
        && !is_auxiliary(verb);
    // A title of one or two words hands over to its description ("“Trumpcare,” links his …").
    let words: usize = run.pieces.iter().map(|p| text[*p].split_whitespace().count()).sum();
    if !verb_like || !hands_over(run, text) || words < MIN_HANDED_OVER_WORDS {
        return None;
    }
    let speaker = phrase_starting_at(w, k + 1, hi)?;
    if is_pronoun(w.word(speaker.first)) {
        return None;
    }
    Some(speaker)
}

/// Longest described speaker between a quotation and its cue, in tokens ("veteran analyst
/// Charlie Cook", "Rep. Earl Blumenauer (D-Ore.)").
const MAX_DESCRIBED: usize = 10;

/// The cue after a speaker phrase that opens at token `k` and holds only words, abbreviation
/// periods, hyphens and one parenthesis (no comma, no sentence end): its token.
fn described_cue(w: &Words, k: usize, hi: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut seen_capital = false;
    for m in k..hi.min(k + MAX_DESCRIBED) {
        if !w.is_word(m) {
            match &w.text[w.toks[m].span] {
                "(" => depth += 1,
                ")" if depth > 0 => depth -= 1,
                "-" | "." | "’" | "'" if depth > 0 => {}
                "." if m > 0 && w.is_word(m - 1) && lexicon::is_abbreviation(w.word(m - 1)) => {}
                "-" => {}
                _ => return None,
            }
            continue;
        }
        if depth > 0 {
            continue;
        }
        let word = w.word(m);
        if m > k && seen_capital && is_speech_verb(word) && !is_weak_cue(word) {
            return Some(m);
        }
        if is_stop_word(word) || is_speech_verb(word) {
            return None;
        }
        seen_capital |= words::is_capitalized(word);
    }
    None
}

/// Most tokens between a quotation that hands over to its sentence and that sentence's cue.
const MAX_HANDED_OVER: usize = 20;

/// The first strong cue after a quotation that ends with a comma, before its sentence ends:
/// tokens on the way are words, commas, parentheses, hyphens, apostrophes and abbreviation
/// periods (a speaker with appositives), and no other quotation.
fn handed_over_cue(w: &Words, k: usize, hi: usize) -> Option<usize> {
    let mut depth = 0usize;
    for m in k..hi.min(k + MAX_HANDED_OVER) {
        if !w.is_word(m) {
            if w.is_punct(m, "(") {
                depth += 1;
            } else if w.is_punct(m, ")") && depth > 0 {
                depth -= 1;
            } else if depth == 0 {
                let fits = [",", "-", "’", "'"].iter().any(|p| w.is_punct(m, p)) || w.is_abbreviation_dot(m);
                if !fits {
                    return None;
                }
            }
            continue;
        }
        let word = w.word(m);
        // "one of the states suing the EPA, said": a cue after a determiner is a noun.
        let noun = m > k && w.is_word(m - 1) && (is_determiner(w.word(m - 1)) || w.word(m - 1) == "of");
        if m > k && depth == 0 && is_trailing_cue(word) && !noun {
            return Some(m);
        }
        if word == "that" {
            return None;
        }
    }
    None
}

/// Most words between a cue and the quotation it introduces inside a sentence (`called him “…”`).
const MAX_EMBEDDED_LEAD: usize = 0;

/// The cue right before a quotation that opens inside a sentence at token `o`: a speech or stance
/// verb, followed by at most an object pronoun or "as" (`called him “a liar”`, `described as
/// “…”`), a comma or a colon.
fn embedded_cue(w: &Words, o: usize, lo: usize) -> Option<usize> {
    let mut k = o;
    if k > lo && (w.is_punct(k - 1, ",") || w.is_punct(k - 1, ":")) {
        k -= 1;
    }
    let mut skipped = 0;
    while k > lo {
        let c = k - 1;
        if !w.is_word(c) {
            return None;
        }
        let word = w.word(c);
        if lexicon::is_embedding_cue(word) {
            return Some(c);
        }
        if skipped == MAX_EMBEDDED_LEAD || !lexicon::is_cue_object(word) {
            return None;
        }
        skipped += 1;
        k = c;
    }
    None
}

/// Verbs of voicing or displaying words, right before the quotation they voice.
fn is_voicing_verb(word: &str) -> bool {
    matches!(
        word,
        "chant"
            | "chanted"
            | "chanting"
            | "chants"
            | "cried"
            | "cry"
            | "crying"
            | "echoing"
            | "mouthed"
            | "mouthing"
            | "read"
            | "reading"
            | "reads"
            | "scream"
            | "screamed"
            | "screaming"
            | "shout"
            | "shouted"
            | "shouting"
            | "shouts"
            | "yell"
            | "yelled"
            | "yelling"
            | "yells"
    )
}

/// Verbs that give something a name, before the quoted name (`called him “a liar”`).
fn is_naming_verb(word: &str) -> bool {
    matches!(
        word,
        "branded"
            | "call"
            | "called"
            | "calling"
            | "calls"
            | "dub"
            | "dubbed"
            | "dubs"
            | "labeled"
            | "labelled"
            | "nicknamed"
            | "termed"
    )
}

/// Nouns of voiced words, before "of" or right before the quotation (`chants of “…”`, `the
/// chant “…”`).
fn is_voicing_noun(word: &str) -> bool {
    matches!(word, "chant" | "chants" | "chorus" | "cries" | "cry" | "shouts")
}

/// The verb or noun of voicing right before a quotation opening inside a sentence at token
/// `o` (a comma may stand between): its token, and whether it is a noun.
fn voiced_cue(w: &Words, o: usize, lo: usize) -> Option<(usize, bool)> {
    let mut k = o;
    if k > lo && w.is_punct(k - 1, ",") {
        k -= 1;
    }
    let c = k.checked_sub(1).filter(|&c| c >= lo && w.is_word(c))?;
    let word = w.word(c);
    if word == "of" && c > lo && w.is_word(c - 1) && is_voicing_noun(w.word(c - 1)) {
        return Some((c - 1, true));
    }
    if is_voicing_noun(word) && c > lo && w.is_word(c - 1) && is_determiner(w.word(c - 1)) {
        return Some((c, true));
    }
    // A sign or message reads its words ("a shirt that read “…”", "a message reading “…”");
    // a person reads titles ("He read “Rolling Stone”").
    if matches!(word, "read" | "reads" | "reading") {
        let before = if c > lo && w.is_word(c - 1) { w.word(c - 1) } else { "" };
        let displayed = matches!(before, "that" | "which")
            || (word == "reading" && before.starts_with(char::is_lowercase) && !is_stop_word(before));
        return displayed.then_some((c, false));
    }
    is_voicing_verb(word).then_some((c, false))
}

/// The attribution right before a quotation opening at token `o`: Cassis said: “…” / told
/// reporters, “…” / said “…”. Returns the cue and the speaker.
fn leading(w: &Words, o: usize, lo: usize) -> Option<(std::ops::Range<usize>, Option<Phrase>)> {
    if o == 0 || o <= lo {
        return None;
    }
    let mut j = o - 1;
    if !w.is_word(j) {
        if !(w.is_punct(j, ":") || w.is_punct(j, ",")) || j == 0 || j <= lo {
            return None;
        }
        j -= 1;
        // `Hillary Clinton cracked, “…”`, `He shrugs, “…”`: a verb in the past or the present
        // right after a name or a pronoun that opens the sentence (or its clause after a comma)
        // introduces the quotation, whatever the verb.
        if w.is_word(j) && !is_speech_verb(w.word(j)) {
            let verb = w.word(j);
            let present = verb.ends_with('s') && !verb.ends_with("ss");
            let finite =
                verb.len() > 3 && (verb.ends_with("ed") || present) && verb.starts_with(char::is_lowercase);
            let speaker = subject_before(w, j, lo)
                .filter(|p| (p.first == lo || w.is_punct(p.first - 1, ",")) && p.last + 1 == j);
            let named = speaker.is_some_and(|p| !is_determiner(w.word(p.first)));
            if finite && named && !is_stop_word(verb) {
                return Some((j..j + 1, speaker));
            }
        }
    } else if !is_speech_verb(w.word(j)) || is_weak_cue(w.word(j)) {
        return None;
    }
    let lowest = j.saturating_sub(MAX_LEAD).max(lo);
    let mut c = j + 1;
    while c > lowest {
        c -= 1;
        if !w.is_word(c) {
            if w.is_punct(c, ",") {
                continue;
            }
            return None;
        }
        let word = w.word(c);
        if word == "to" && c > lo && w.word(c - 1).eq_ignore_ascii_case("according") {
            let speaker = phrase_starting_at(w, c + 1, j + 1);
            return Some((c - 1..c + 1, speaker));
        }
        if is_speech_verb(word) && !is_weak_cue(word) {
            // "…, adding: “…”", "and then predicted: “…”": the sentence's subject speaks.
            let speaker = subject_before(w, c, lo)
                .or_else(|| phrase_starting_at(w, c + 1, j + 1))
                .or_else(|| (c > lo).then(|| sentence_subject(w, lo, c)).flatten());
            return Some((c..c + 1, speaker));
        }
    }
    None
}

/// The quote for quotation `r`, unless it is part of another quote.
fn direct_quote(text: &str, runs: &[Run], info: &[RunInfo], r: usize, run: &Run) -> Option<Candidate> {
    let i = &info[r];
    if i.merged_into.is_some() || i.in_reported {
        return None;
    }
    let mut content: Vec<Span> = run.pieces.iter().map(|&p| trim_content(text, p)).collect();
    let mut span = run.span();
    for (k, other) in info.iter().enumerate() {
        if other.merged_into == Some(r) {
            content.extend(runs[k].pieces.iter().map(|&p| trim_content(text, p)));
            span = span.cover(runs[k].span());
        }
    }
    content.retain(|p| !p.is_empty());
    if content.is_empty() {
        return None;
    }
    if let Some(a) = i.attribution {
        span = span.cover(a);
    }
    let attributed = i.cue.is_some() || i.speaker.is_some();
    let kind = if let Some(end) = i.goes_on_to {
        // PolNeAR's content runs on to the end of the sentence: reported speech that quotes.
        if let Some(first) = content.first_mut() {
            *first = Span::new(run.open.start, end.max(first.end));
            span = span.cover(*first);
        }
        QuoteKind::Mixed
    } else if let Some(start) = i.fronted {
        // PolNeAR takes the fronted words into the content, which no longer stands in
        // quotation marks: reported speech that quotes.
        if let Some(first) = content.first_mut() {
            *first = Span::new(start, run.span().end.max(first.end));
            span = span.cover(*first);
        }
        QuoteKind::Mixed
    } else if i.cue.is_some()
        && i.leading
        && !i.embedded_cue
        && starts_lowercase(text, &content)
        && (i.split_by_attribution.is_some() || !right_after_attribution(text, i, run))
    {
        // `He said his wife, “said right away …”`: a lowercase quotation after more than its
        // attribution finishes a reported sentence. When the sentence opens before the
        // attribution (`An economic downturn, he said, “could …”`), those words are part of
        // the speech. An attribution that alone introduces it (`He added, “actually, …”`)
        // leaves it a whole speech, whose opening words the writer cut.
        if let Some(opening) = i.split_by_attribution {
            content.insert(0, opening);
            span = span.cover(opening);
        }
        QuoteKind::Mixed
    } else if let Some(conjunction) = i
        .split_by_attribution
        .filter(|o| i.cue.is_some() && i.leading && !i.embedded_cue && is_conjunction(&text[*o]))
    {
        // `But, he added, “We are, in effect, in a war.”`: a conjunction before an attribution
        // set off by commas is the speaker's first word, fronted by the writer; PolNeAR's content
        // starts there, so the speech no longer stands in quotation marks alone.
        content.insert(0, conjunction);
        span = span.cover(conjunction);
        QuoteKind::Mixed
    } else if i.embedded_cue
        && starts_lowercase(text, &content)
        && i.cue.is_some_and(|c| is_naming_verb(&text[c]))
    {
        // `who he dubbed “the little senator”`, `what it calls “the biggest attack”`: words
        // quoted as a name for something are a fragment of the writer's sentence, reported
        // speech that quotes (PolNeAR reads them so), not a speech of their own.
        QuoteKind::Mixed
    } else if !attributed && i.whole_paragraph && word_count(text, &content) <= MAX_HEADING_WORDS {
        // `“A change warrior.”`, `“Related:”` on a line of their own: two or three quoted words
        // making a paragraph, with no one to say them, head the paragraphs after them (a
        // slogan, a section title); one speaking goes on for more words or is attributed.
        QuoteKind::Term
    } else if !attributed && in_capitals(text, &content) {
        // `“DIVISIVE, STUPID AND WRONG”` on a line of its own: words in capitals without an
        // attribution are a headline, a banner or a sign, not speech.
        QuoteKind::Term
    } else if attributed || (i.standalone && !i.in_heading) {
        QuoteKind::Direct
    } else {
        QuoteKind::Term
    };
    Some(Candidate {
        quote: Quote { span, kind, content, cue: i.cue, speaker: i.speaker, speaker_entity: None },
        body_index: i.body_index,
        continues: !attributed && i.standalone,
        paragraph_initial: i.paragraph_initial,
        introduced: i.introduced,
    })
}

/// Coordinating conjunctions that open a sentence (`But, he added, “…”`).
fn is_conjunction(word: &str) -> bool {
    matches!(word, "And" | "But" | "Or" | "Yet")
}

/// True when the attribution introduces the quotation: only a comma or a colon (after a short
/// phrase naming whom the words were said to, at most) stands between its cue (or the speaker
/// after it) and the opening mark, and it is not set off inside a
/// sentence that opened before it (`the outcome, he said, “we've long anticipated.”`, `“The
/// issue,” he added, “is whether …”`), whose start the quotation finishes.
fn right_after_attribution(text: &str, i: &RunInfo, run: &Run) -> bool {
    let (Some(cue), Some(attribution)) = (i.cue, i.attribution) else { return false };
    let end = i.speaker.map_or(cue.end, |s| s.end.max(cue.end));
    let between = if end <= run.open.start { text[end..run.open.start].trim() } else { "" };
    // `tweeting at him, “…”`, `as they say about the doctor, “…”`: a short phrase naming whom
    // the words were said to or about may stand between the cue and its comma.
    let addressed = between.strip_suffix([',', ':']).is_some_and(|phrase| {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        words.len() <= MAX_ADDRESSEE_WORDS
            && matches!(words.first(), Some(&("at" | "to" | "about")))
            && !phrase.contains([',', ':'])
    });
    let adjacent = matches!(between, "," | ":") || addressed;
    // A comma right before the attribution, after words or inside a closing mark.
    let before = text[..attribution.start].trim_end_matches([' ', '\t']);
    let set_off = before.trim_end_matches(['”', '"', '’', '\'']).ends_with(',');
    adjacent && !set_off
}

/// Most words of a phrase naming whom words are said to or about between a cue and the comma
/// before the quotation, the preposition included.
const MAX_ADDRESSEE_WORDS: usize = 4;

/// Most words of a quotation alone in its paragraph, without attribution, that head the
/// paragraphs after it rather than quote anyone.
const MAX_HEADING_WORDS: usize = 3;

fn word_count(text: &str, content: &[Span]) -> usize {
    content.iter().map(|c| text[*c].split_whitespace().count()).sum()
}

/// Fewest letters of quoted words in capitals that make a headline rather than a shout.
const MIN_CAPITAL_LETTERS: usize = 8;

/// True when every letter of the content is a capital, and there are enough of them.
fn in_capitals(text: &str, content: &[Span]) -> bool {
    let mut letters = 0;
    for c in content.iter().flat_map(|p| text[*p].chars()).filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= MIN_CAPITAL_LETTERS
}

/// True when the first content piece opens with a quotation mark.
fn opens_quoted(text: &str, content: &[Span]) -> bool {
    content.first().is_some_and(|c| text[*c].starts_with(['“', '"', '‘', '\'', '«', '„', '‹', '「']))
}

fn starts_lowercase(text: &str, content: &[Span]) -> bool {
    content.first().is_some_and(|c| text[*c].starts_with(char::is_lowercase))
}

/// A content piece without surrounding white space; punctuation inside the marks stays
/// (“This war,” keeps its comma, as written).
fn trim_content(text: &str, piece: Span) -> Span {
    piece.trim(text)
}

/// Gives a quotation without attribution the speaker of the attribution before it, in the same
/// paragraph or (when it opens its paragraph) in the paragraph before. When that attribution is
/// itself a direct quote with nothing between them, the quotation joins it as more content (the
/// news convention of one speech over several paragraphs, as PolNeAR annotates it).
fn continue_speakers(text: &str, candidates: Vec<Candidate>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(candidates.len());
    // The last quote with a speaker, its position among the body blocks, and its index in `out`.
    let mut last: Option<(Span, usize, usize)> = None;
    // Index in `out` of the last quote that is not a term.
    let mut previous: Option<usize> = None;
    // The last quotation standing alone without a speaker: its block and its index in `out`.
    let mut lone: Option<(usize, usize)> = None;
    for mut c in candidates {
        // `“…,” said Aida. Biden “kind of misspoke. This is not …”`: a long quotation inside the
        // sentence after a direct quote, with no attribution of its own, is more of that speech.
        if c.quote.kind == QuoteKind::Term && is_long(text, &c.quote.content) {
            if let Some((_, at, index)) = last {
                let into = &mut out[index];
                if previous == Some(index) && at == c.body_index && into.kind == QuoteKind::Direct {
                    into.content.extend(c.quote.content);
                    into.span = into.span.cover(c.quote.span);
                    continue;
                }
            }
        }
        if c.continues {
            let near = last
                .filter(|&(_, at, _)| at == c.body_index || (c.paragraph_initial && at + 1 == c.body_index));
            if let Some((speaker, body_index, index)) = near {
                // After reported speech that quotes words in the same paragraph, or as the last
                // speech of the paragraph before (`Ruiz said the fee was “a disgrace”. “We will
                // fight it.”`), PolNeAR reads the quotation as more of that speech, as it reads a
                // direct quote going on over paragraphs: one attribution whose content opens with
                // the paraphrase. Not after reported speech without quotation marks (`The
                // ministry said … . “Naturally …”` stays a direct quote, as in the seed article),
                // nor when words before a colon or comma introduce the quotation (`From his post:
                // “…”`). In the next paragraph, only speech goes on: a few quoted words making a
                // paragraph there (a term: `“Related:”`) head what follows.
                let goes_on = body_index == c.body_index || c.quote.kind == QuoteKind::Direct;
                let joins = previous == Some(index)
                    && (out[index].kind == QuoteKind::Direct
                        || (out[index].kind == QuoteKind::Mixed && !c.introduced && goes_on));
                if joins {
                    let into = &mut out[index];
                    if into.kind != QuoteKind::Direct {
                        // Content in quotation marks from its start to its end is direct speech,
                        // whatever stands between the marks (`“I admire the mechanics” of the
                        // plan, Holtz said. “They are detailed.”`).
                        into.kind = if opens_quoted(text, &into.content) {
                            QuoteKind::Direct
                        } else {
                            QuoteKind::Mixed
                        };
                    }
                    into.content.extend(c.quote.content);
                    into.span = into.span.cover(c.quote.span);
                    last = Some((speaker, c.body_index.max(body_index), index));
                    continue;
                }
                c.quote.speaker = Some(speaker);
            } else if let Some((at, index)) = lone {
                // Quotations standing alone in a row, with no speaker anywhere near, are one
                // speech: a list of quotations after a sentence that introduces them.
                let adjacent = at == c.body_index || (c.paragraph_initial && at + 1 == c.body_index);
                if adjacent && previous == Some(index) && out[index].speaker.is_none() {
                    let into = &mut out[index];
                    into.content.extend(c.quote.content);
                    into.span = into.span.cover(c.quote.span);
                    lone = Some((c.body_index, index));
                    continue;
                }
            }
        }
        if c.continues && c.quote.speaker.is_none() && c.quote.kind == QuoteKind::Direct {
            lone = Some((c.body_index, out.len()));
        }
        // Reported speech by the same speaker between two quotations does not interrupt them
        // (“…,” Jealous said, suggesting that … “…”).
        let same_speaker = match (c.quote.speaker, last) {
            (None, _) => true,
            (Some(s), Some((l, _, _))) => text[s].eq_ignore_ascii_case(&text[l]),
            (Some(_), None) => false,
        };
        // Nor does reported speech inside the attribution's own sentence (“…,” said Ed Rendell,
        // who recalled …, referring to … “…”).
        let in_attribution = previous.is_some_and(|p| {
            let before = out[p].span.end;
            let cue = c.quote.cue.unwrap_or(c.quote.span).start;
            out[p].kind == QuoteKind::Direct && cue >= before && !ends_sentence_between(&text[before..cue])
        });
        let aside = c.quote.kind != QuoteKind::Direct && (same_speaker || in_attribution);
        if c.quote.kind != QuoteKind::Term && !aside {
            previous = Some(out.len());
            if let Some(speaker) = c.quote.speaker {
                last = Some((speaker, c.body_index, out.len()));
            }
        }
        out.push(c.quote);
    }
    out
}

/// Fewest words of a quotation inside a sentence that is speech rather than a term.
const MIN_SPEECH_WORDS: usize = 5;

fn is_long(text: &str, content: &[Span]) -> bool {
    word_count(text, content) >= MIN_SPEECH_WORDS
}

/// True when `between` closes a sentence: a full stop, question or exclamation mark followed by
/// white space, or a line break. The period of an abbreviation or an initial closes nothing
/// (`said Robert Reich, who served under Mr. Clinton yet endorsed …`).
fn ends_sentence_between(between: &str) -> bool {
    let b = between.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        let stop = matches!(c, b'.' | b'?' | b'!') && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        c == b'\n' || (stop && !(c == b'.' && after_abbreviation(&between[..i])))
    })
}

/// True when `before` ends with an abbreviation that takes a period ("Mr", "Sen", "U.S") or an
/// initial.
fn after_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    !word.is_empty() && lexicon::is_abbreviation(word)
}
