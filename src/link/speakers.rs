//! Quote speakers to entities. The quote stage finds the speaker's words: a name ("Cassis"), a
//! pronoun ("he"), or a description ("the Swiss foreign ministry", "the Swiss president").
//! A name or a resolved description gives its entity; a pronoun goes to the nearest compatible
//! entity before the quote, skipping words inside quotations (a name a speaker mentions is not
//! the speaker); an organization described but never named becomes an entity of its own, so the
//! reader sees it among the speakers.

use crate::annotation::{Entity, Label, Mention, Quote};
use crate::span::Span;

use super::gender::{self, Gender};

/// Nouns heading a description of an organization ("the Swiss foreign ministry").
const ORG_HEADS: &[&str] = &[
    "ministry",
    "church",
    "newspaper",
    "government",
    "office",
    "department",
    "agency",
    "police",
    "army",
    "military",
    "company",
    "firm",
    "court",
    "council",
    "committee",
    "commission",
    "embassy",
    "administration",
    "kremlin",
    "authorities",
    "authority",
    "parliament",
    "cabinet",
    "spokesperson's office",
    "secretariat",
    "organisation",
    "organization",
    "group",
    "party",
    "union",
    "bank",
    "prosecutors",
    "prosecutor's office",
    "federation",
    "association",
    "board",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their"];
const PREPOSITIONS: &[&str] = &["for", "of", "at", "from", "with", "in"];

/// Fills `quotes[..].speaker_entity`; may add entities for organizations only described.
pub(crate) fn resolve(
    text: &str,
    mentions: &[Mention],
    quotes: &mut [Quote],
    entities: &mut Vec<Entity>,
    genders: &[Option<Gender>],
    sentences: &[Span],
) {
    let contents = super::Cover::new(quotes.iter().flat_map(|q| q.content.iter().copied()));
    let in_quote = |at: usize| contents.contains(at);
    // Organizations' names lower-cased once, in entity order; descriptions compare with them.
    let mut organizations: Vec<(usize, String)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::ORG)
        .map(|(i, e)| (i, e.name.to_lowercase()))
        .collect();
    for quote in quotes.iter_mut() {
        let Some(speaker) = quote.speaker else { continue };
        let words = &text[speaker];
        let entity = by_mention(text, mentions, speaker)
            .or_else(|| by_pronoun(words, speaker.start, mentions, entities, genders, &in_quote, sentences))
            .or_else(|| by_description(text, speaker, mentions, entities, &mut organizations));
        quote.speaker_entity = entity;
    }
}

/// The entity of a name or resolved description inside the speaker's words. A PERSON wins
/// ("a spokesman for the UN, Anna Bauer"), then the mention that holds the last word ("the
/// Swiss foreign ministry" is not the NORP "Swiss").
fn by_mention(text: &str, mentions: &[Mention], speaker: Span) -> Option<usize> {
    // Mentions are sorted and disjoint, so those overlapping the speaker are one run of them.
    let from = mentions.partition_point(|m| m.span.end <= speaker.start);
    let inside: Vec<&Mention> = mentions[from..]
        .iter()
        .take_while(|m| m.span.start < speaker.end)
        .filter(|m| m.entity.is_some() && m.span.overlaps(speaker))
        .collect();
    if let Some(person) = inside.iter().find(|m| m.label == Label::PERSON) {
        return person.entity;
    }
    // "The crowd in Genève": a place after "in", "at" or "from" is where the speaker is.
    let located = |m: &Mention| {
        let before = &text[speaker.start..m.span.start.max(speaker.start)];
        matches!(m.label, Label::GPE | Label::LOC)
            && [" in ", " at ", " from "]
                .iter()
                .any(|p| before.ends_with(p) || before.ends_with(&p[..p.len() - 1]))
    };
    let head = inside.iter().find(|m| m.span.end >= speaker.end && m.label != Label::NORP && !located(m));
    head.or_else(|| inside.iter().find(|m| m.label == Label::TITLE)).and_then(|m| m.entity)
}

/// The entity a pronoun speaker stands for. Sentences are searched from the pronoun's own
/// backwards, and within a sentence from its start: the first compatible mention is usually
/// the subject, which is who a following "he said" or "He added" continues with ("Harry Kane
/// won the Man of the Match award. He said ..."), where the nearest name is often an object.
fn by_pronoun(
    words: &str,
    at: usize,
    mentions: &[Mention],
    entities: &[Entity],
    genders: &[Option<Gender>],
    in_quote: &dyn Fn(usize) -> bool,
    sentences: &[Span],
) -> Option<usize> {
    let word = words.trim().to_lowercase();
    let wants_person = gender::of_pronoun(&word);
    let plural = matches!(word.as_str(), "they" | "we" | "it");
    if wants_person.is_none() && !plural {
        return None;
    }
    let fits = |e: usize| match wants_person {
        Some(g) => entities[e].label == Label::PERSON && genders[e].is_none_or(|known| known == g),
        None => matches!(entities[e].label, Label::ORG | Label::GPE | Label::NORP),
    };
    let candidates = |from: usize, to: usize| {
        // Sorted mentions: those inside [from, to) start in this run.
        let first = mentions.partition_point(|m| m.span.start < from);
        mentions[first..]
            .iter()
            .take_while(move |m| m.span.start <= to)
            .filter(move |m| m.span.start >= from && m.span.end <= to && !in_quote(m.span.start))
            .filter_map(|m| m.entity)
            .find(|&e| fits(e))
    };
    let own = sentences.partition_point(|s| s.start <= at);
    if own == 0 {
        // Outside every sentence: fall back to the nearest mention before it.
        return mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= at && !in_quote(m.span.start))
            .filter_map(|m| m.entity)
            .find(|&e| fits(e));
    }
    (0..own).rev().find_map(|s| {
        let to = if s + 1 == own { at } else { sentences[s].end };
        candidates(sentences[s].start, to)
    })
}

/// An organization described but not named: reuse an entity whose name ends in the same head
/// noun ("the ministry" → "Swiss foreign ministry"), or create one, named by the fullest
/// description of it so far ("the ministry" after "the Swiss foreign ministry").
fn by_description(
    text: &str,
    speaker: Span,
    mentions: &[Mention],
    entities: &mut Vec<Entity>,
    organizations: &mut Vec<(usize, String)>,
) -> Option<usize> {
    let words = &text[speaker];
    let mut parts: Vec<&str> = words.split_whitespace().collect();
    // "a spokeswoman for the Swiss foreign ministry": the organization she speaks for.
    if let Some(p) = parts.iter().rposition(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str())) {
        parts.drain(..=p);
    }
    if parts.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str())) {
        parts.remove(0);
    }
    let head = parts.last()?.to_lowercase();
    if !ORG_HEADS.contains(&head.as_str()) || parts.len() > 6 {
        return None;
    }
    let mut bare = false;
    if parts.len() == 1 {
        match fuller_description(&text[..speaker.start], &head) {
            Some(fuller) => parts = fuller,
            None => bare = true,
        }
    }
    let name = parts.join(" ");
    let lower = name.to_lowercase();
    // An organization already named whose name has the description's words ("the ministry" →
    // "Swiss Foreign Ministry", "the church" → "Church of Scientology"); the one mentioned last
    // before the speaker if several.
    let suffix = format!(" {lower}");
    let matches = |e_name: &str| {
        e_name == lower
            || e_name.ends_with(&suffix)
            || (parts.len() == 1 && e_name.split_whitespace().any(|w| w == head))
    };
    let last_before =
        |e: &Entity| e.mentions.iter().map(|&m| mentions[m].span.start).filter(|&s| s < speaker.start).max();
    let same = organizations.iter().filter(|(_, e_name)| matches(e_name)).map(|&(e, _)| e).max_by_key(|&e| {
        (last_before(&entities[e]).is_some(), last_before(&entities[e]), std::cmp::Reverse(e))
    });
    // A bare "the group" names nothing a reader could tell apart; leave it unresolved.
    if same.is_some() || bare {
        return same;
    }
    organizations.push((entities.len(), lower));
    entities.push(Entity { label: Label::ORG, name, mentions: Vec::new(), roles: Vec::new(), salience: 0.0 });
    Some(entities.len() - 1)
}

/// The last "the <modifiers> <head>" before a bare "the <head>", as its words without the
/// article: "Swiss foreign ministry".
fn fuller_description<'a>(before: &'a str, head: &str) -> Option<Vec<&'a str>> {
    // Words are read backwards from the speaker, and only as far as needed: splitting all the
    // text before every quote was quadratic in the length of the text.
    let mut words = before.split_whitespace().rev();
    let last = words.find(|w| w.trim_end_matches([',', '.', ';', ':']).eq_ignore_ascii_case(head))?;
    let mut phrase = vec![last.trim_end_matches([',', '.', ';', ':'])];
    let mut stopped_at_article = false;
    for w in words {
        if DETERMINERS.contains(&w.to_lowercase().as_str()) {
            stopped_at_article = true;
            break;
        }
        if w.ends_with([',', '.', ';', ':', '”', '"']) {
            break;
        }
        phrase.push(w);
        if phrase.len() > 5 {
            return None;
        }
    }
    phrase.reverse();
    (stopped_at_article && phrase.len() >= 2).then_some(phrase)
}
