//! Stage 5: linking. Groups mentions into entities, attaches roles, scores salience, fixes
//! date values, and ties quote speakers to entities.
//!
//! The steps, each in its own module:
//! 1. [`group`]: name mentions into entities, with canonical names ("Ignazio Cassis").
//! 2. [`roles`]: titles and appositives become roles; descriptions ("the Swiss president")
//!    join the person they describe.
//! 3. [`gender`] and [`speakers`]: quote speakers (names, pronouns, descriptions) to entities.
//! 4. [`salience`]: a 0-1 score per entity.

mod dates;
mod gender;
mod group;
mod names;
mod roles;
mod salience;
mod speakers;

use crate::annotation::{Entity, Label, Mention, Quote};
use crate::article::Layout;
use crate::segment::Segmentation;
use crate::span::Span;

use gender::Gender;

/// Fills `mentions[..].entity`, `mentions[..].value` and `quotes[..].speaker_entity`, and returns
/// the entities, in the order of their first mention (entities found only as a described speaker
/// come last and have no mentions).
pub fn link(
    text: &str,
    layout: &Layout,
    seg: &Segmentation,
    mentions: &mut [Mention],
    quotes: &mut [Quote],
) -> Vec<Entity> {
    for mention in mentions.iter_mut() {
        if mention.label == Label::DATE {
            mention.value = dates::resolve_in(text, mention.span, layout.document_date);
        }
    }

    let before = |id: usize| word_before(text, mentions[id].span.start);
    let groups = group::group(text, mentions, &before);
    // By first mention (distinct: groups are disjoint), sorted as plain `u64`s as in `group`.
    let mut order: Vec<u64> =
        (0..groups.len()).map(|g| (groups[g].mentions[0] as u64) << 32 | g as u64).collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|k| k as u32 as usize).collect();
    let mut entities: Vec<Entity> = Vec::with_capacity(groups.len());
    let mut known_gender: Vec<Option<Gender>> = Vec::with_capacity(groups.len());
    for g in order {
        let group = &groups[g];
        for &m in &group.mentions {
            mentions[m].entity = Some(entities.len());
        }
        entities.push(Entity {
            label: group.label,
            name: group.name.clone(),
            mentions: group.mentions.clone(),
            roles: Vec::new(),
            salience: 0.0,
        });
        known_gender.push(group.gender);
    }

    let mut title_uses = roles::attach(text, mentions, &mut entities);
    roles::resolve_descriptions(text, mentions, &mut entities, &mut title_uses);
    for (id, mention) in mentions.iter().enumerate() {
        if let (Some(e), Some(roles::TitleUse::Role)) = (mention.entity, title_uses[id]) {
            entities[e].mentions.push(id);
        }
    }
    for entity in &mut entities {
        entity.mentions.sort_unstable();
        entity.mentions.dedup();
    }

    let contents = Cover::new(quotes.iter().flat_map(|q| q.content.iter().copied()));
    let in_quote = |at: usize| contents.contains(at);
    let speakers = Cover::new(quotes.iter().filter_map(|q| q.speaker));
    let votes = gender::pronoun_votes(text, seg, mentions, entities.len(), &in_quote, &speakers);
    let genders: Vec<Option<Gender>> = known_gender
        .iter()
        .zip(&votes)
        .map(|(known, &(male, female))| {
            known.or(match male.cmp(&female) {
                std::cmp::Ordering::Greater => Some(Gender::Male),
                std::cmp::Ordering::Less => Some(Gender::Female),
                std::cmp::Ordering::Equal => None,
            })
        })
        .collect();
    let sentences: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
    speakers::resolve(text, mentions, quotes, &mut entities, &genders, &sentences);

    salience::score(layout, seg, mentions, &title_uses, quotes, &votes, &mut entities);
    entities
}

/// The union of some spans (quote contents, speakers), asked about in O(log n): the linking
/// steps ask once per token or mention, so a scan of every quote made long texts quadratic.
pub(crate) struct Cover {
    /// Disjoint, sorted, non-empty.
    merged: Vec<Span>,
    /// Empty spans, which overlap a span strictly around them but cover no point.
    empty: Vec<Span>,
}

impl Cover {
    pub(crate) fn new(spans: impl IntoIterator<Item = Span>) -> Cover {
        let (mut spans, empty): (Vec<Span>, Vec<Span>) = spans.into_iter().partition(|s| !s.is_empty());
        spans.sort_unstable_by_key(|s| s.start);
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                // Touching spans merge too: no point lies between them.
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        Cover { merged, empty }
    }

    /// True when some span holds byte offset `at`.
    pub(crate) fn contains(&self, at: usize) -> bool {
        let i = self.merged.partition_point(|s| s.end <= at);
        self.merged.get(i).is_some_and(|s| s.start <= at)
    }

    /// True when some span overlaps `span` (as [`Span::overlaps`] says).
    pub(crate) fn overlaps(&self, span: Span) -> bool {
        let i = self.merged.partition_point(|s| s.end <= span.start);
        self.merged.get(i).is_some_and(|s| s.overlaps(span)) || self.empty.iter().any(|s| s.overlaps(span))
    }
}

/// The word right before byte offset `at`, lower-cased, if only white space separates them
/// ("her husband Tom Keller", not "his mother, Montalvo").
fn word_before(text: &str, at: usize) -> Option<String> {
    let before = text[..at].trim_end();
    // Multi-byte white space (a no-break space) must not split a char.
    let start =
        before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    (!word.is_empty() && word.chars().all(char::is_alphabetic)).then(|| word.to_lowercase())
}

#[cfg(test)]
mod tests;
