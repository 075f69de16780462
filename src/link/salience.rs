//! Salience: how much the article is about each entity, from 0 to 1 (the main actor).
//!
//! Each reference counts, more in the headline and the lead, less in credits and boilerplate;
//! pronouns that refer back count a little; speaking counts; an early first mention counts. People and organizations act, places and
//! nationalities mostly set the scene, so the label weighs the sum. The top entity scores 1.

use crate::annotation::{BlockKind, Entity, Label, Mention, Quote};
use crate::article::Layout;
use crate::segment::Segmentation;

use super::roles::TitleUse;

const HEADLINE: f32 = 3.0;
const LEAD: f32 = 1.5;
const BODY: f32 = 1.0;
/// Bylines, credits, boilerplate: who wrote or photographed, not who the story is about.
const ASIDE: f32 = 0.25;
const QUOTE: f32 = 1.0;
const FIRST_MENTION: f32 = 2.0;
/// A "he" or "she" that refers back to the entity: less sure than a name.
const PRONOUN: f32 = 0.5;

fn label_weight(label: Label) -> f32 {
    match label {
        Label::PERSON => 1.0,
        Label::ORG => 0.9,
        Label::GPE | Label::LOC | Label::FAC => 0.6,
        Label::NORP => 0.3,
        _ => 0.7,
    }
}

/// Sets `entities[..].salience`.
pub(crate) fn score(
    layout: &Layout,
    seg: &Segmentation,
    mentions: &[Mention],
    title_uses: &[Option<TitleUse>],
    quotes: &[Quote],
    pronouns: &[(u32, u32)],
    entities: &mut [Entity],
) {
    // The lead: the first paragraph of running text.
    let lead = layout.blocks.iter().position(|b| b.kind == BlockKind::Paragraph);
    let text_end = seg.sentences.last().map_or(1, |s| s.span.end).max(1) as f32;
    // Blocks are sorted and disjoint: a binary search finds the one holding `at`.
    let block_of = |at: usize| {
        let i = layout.blocks.partition_point(|b| b.span.end <= at);
        layout.blocks.get(i).is_some_and(|b| b.span.start <= at).then_some(i)
    };
    let mut scores = vec![0.0f32; entities.len()];
    let mut first = vec![None::<usize>; entities.len()];
    let mut last_counted: Vec<Option<usize>> = vec![None; entities.len()];
    for (id, mention) in mentions.iter().enumerate() {
        let Some(e) = mention.entity else { continue };
        if title_uses[id] == Some(TitleUse::Role) {
            continue;
        }
        // "Swiss News Agency (Keystone-SDA)" is one reference, not two.
        if last_counted[e].is_some_and(|end| mention.span.start.saturating_sub(end) <= 3) {
            last_counted[e] = Some(mention.span.end);
            continue;
        }
        last_counted[e] = Some(mention.span.end);
        let weight = match block_of(mention.span.start) {
            Some(b) if layout.blocks[b].kind == BlockKind::Headline => HEADLINE,
            Some(b) if Some(b) == lead => LEAD,
            // A photo caption shows who the story is about.
            Some(b) if layout.blocks[b].kind.is_body() || layout.blocks[b].kind == BlockKind::Caption => BODY,
            Some(_) => ASIDE,
            None => ASIDE,
        };
        scores[e] += weight;
        first[e] = Some(first[e].map_or(mention.span.start, |f: usize| f.min(mention.span.start)));
    }
    for quote in quotes {
        if let Some(e) = quote.speaker_entity {
            scores[e] += QUOTE;
            if let Some(speaker) = quote.speaker {
                first[e] = Some(first[e].map_or(speaker.start, |f| f.min(speaker.start)));
            }
        }
    }
    for (e, &(male, female)) in pronouns.iter().enumerate().take(scores.len()) {
        scores[e] += PRONOUN * (male + female) as f32;
    }
    for (e, entity) in entities.iter().enumerate() {
        if let Some(f) = first[e] {
            scores[e] += FIRST_MENTION * (1.0 - f as f32 / text_end).max(0.0);
        }
        scores[e] *= label_weight(entity.label);
    }
    let top = scores.iter().copied().fold(0.0f32, f32::max);
    for (entity, score) in entities.iter_mut().zip(scores) {
        entity.salience = if top > 0.0 { (score / top * 1000.0).round() / 1000.0 } else { 0.0 };
    }
}
