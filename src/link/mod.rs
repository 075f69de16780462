//! Stage 5: linking. Groups mentions into entities, attaches roles, scores salience, fixes
//! date values, and ties quote speakers to entities.

mod dates;

use crate::annotation::{Entity, Label, Mention, Quote};
use crate::article::Layout;
use crate::segment::Segmentation;

/// Fills `mentions[..].entity`, `mentions[..].value` and `quotes[..].speaker_entity`, and returns
/// the entities.
pub fn link(
    text: &str,
    layout: &Layout,
    _seg: &Segmentation,
    mentions: &mut [Mention],
    quotes: &mut [Quote],
) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for (id, mention) in mentions.iter_mut().enumerate() {
        if mention.label == Label::DATE {
            mention.value = dates::resolve_in(text, mention.span, layout.document_date);
        }
        if !mention.label.is_name() {
            continue;
        }
        let name = &text[mention.span];
        let found = entities.iter().position(|e| e.label == mention.label && e.name == name);
        let entity_id = found.unwrap_or_else(|| {
            entities.push(Entity {
                label: mention.label,
                name: name.to_string(),
                mentions: Vec::new(),
                roles: Vec::new(),
                salience: 0.0,
            });
            entities.len() - 1
        });
        entities[entity_id].mentions.push(id);
        mention.entity = Some(entity_id);
    }
    let most = entities.iter().map(|e| e.mentions.len()).max().unwrap_or(1) as f32;
    for entity in &mut entities {
        entity.salience = entity.mentions.len() as f32 / most;
    }
    for quote in quotes {
        quote.speaker_entity = quote
            .speaker
            .and_then(|speaker| mentions.iter().find(|m| m.span == speaker).and_then(|m| m.entity));
    }
    entities
}
