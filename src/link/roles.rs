//! Roles: titles written right before a person's name ("Swiss President Ignazio Cassis"),
//! appositives after it ("David Kato, a Ugandan activist,"), and descriptions that stand for a
//! person already named ("the Swiss president" → Ignazio Cassis).

use crate::annotation::{Entity, Label, Mention, MentionId};
use crate::entity::titles;
use crate::span::Span;

use super::names;

/// How a TITLE mention relates to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleUse {
    /// Part of the name's phrase or an appositive: names a role, is not a reference by itself.
    Role,
    /// Stands for the person on its own ("the Swiss president said").
    Reference,
}

/// Words that end an appositive phrase.
const APPOSITIVE_STOPS: &[char] = &[',', '.', ';', ':', ')', '(', '—', '–', '"', '“', '”', '?', '!'];

/// Attaches roles to PERSON entities and ties TITLE mentions to them. Returns, for each mention,
/// how a TITLE mention was used (if it was).
pub(crate) fn attach(text: &str, mentions: &mut [Mention], entities: &mut [Entity]) -> Vec<Option<TitleUse>> {
    let mut uses = vec![None; mentions.len()];
    for id in 0..mentions.len() {
        if mentions[id].label != Label::PERSON {
            continue;
        }
        let Some(entity) = mentions[id].entity else { continue };
        // A title right before the name ("Foreign Minister Sergei Lavrov"), or set off by
        // commas ("Russia’s foreign minister, Sergei Lavrov, said").
        if id > 0 && mentions[id - 1].label == Label::TITLE {
            let title = mentions[id - 1].span;
            let gap = &text[title.end..mentions[id].span.start];
            let closed = text[mentions[id].span.end..].starts_with([',', ')']);
            // "Lions coach Sir Clive Woodward": an honorific between them.
            let honorific = gap.split_whitespace().count() == 1 && names::is_honorific(gap.trim());
            if gap.chars().all(char::is_whitespace) || (gap == ", " && closed) || honorific {
                // Stage 3 gives a nationality or place before a title its own mention
                // ("Swiss | President"); the role keeps it.
                let qualifier = id.checked_sub(2).map(|q| &mentions[q]).filter(|q| {
                    matches!(q.label, Label::NORP | Label::GPE | Label::LOC | Label::ORG)
                        && text[q.span.end..title.start].chars().all(|c| c.is_whitespace() || c == '-')
                });
                let title = qualifier.map_or(title, |q| Span::new(q.span.start, title.end));
                add_role(&mut entities[entity], &with_possessor(text, title));
                mentions[id - 1].entity = Some(entity);
                uses[id - 1] = Some(TitleUse::Role);
            }
        }
        // An appositive after it: ", a Ugandan activist," or ", Russia's foreign minister,".
        if let Some((role, phrase)) = appositive(text, mentions[id].span.end) {
            let holds_title = |m: &Mention| m.label == Label::TITLE && phrase.contains(m.span);
            // Mentions are sorted and disjoint: those inside the phrase are one run of them.
            let first = mentions.partition_point(|m| m.span.start < phrase.start);
            let last = first + mentions[first..].partition_point(|m| m.span.start < phrase.end);
            if titles::ends_in_title_head(&role) || mentions[first..last].iter().any(holds_title) {
                add_role(&mut entities[entity], &role);
                for (t, m) in mentions.iter_mut().enumerate().take(last).skip(first) {
                    if holds_title(m) && uses[t].is_none() {
                        m.entity = Some(entity);
                        uses[t] = Some(TitleUse::Role);
                    }
                }
            }
        }
    }
    uses
}

/// The title's words, with a capitalized possessor written before them: "Russia’s Foreign
/// Minister" rather than "Foreign Minister".
fn with_possessor(text: &str, title: Span) -> String {
    let before = text[..title.start].trim_end_matches(' ');
    let start = before
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[start..];
    let possessive = word.ends_with("’s") || word.ends_with("'s");
    if possessive && word.starts_with(char::is_uppercase) && before.len() < title.start {
        format!("{word} {}", &text[title])
    } else {
        text[title].to_string()
    }
}

/// The phrase of an appositive starting at `after` (right after a name), without its article,
/// and the span of the phrase with it.
fn appositive(text: &str, after: usize) -> Option<(String, Span)> {
    let rest = &text[after..];
    let body = rest.strip_prefix(", ")?;
    let start = after + 2;
    let stop = body.find(APPOSITIVE_STOPS).unwrap_or(body.len());
    // The phrase must be closed by punctuation, not run to the end of the text.
    if stop == body.len() {
        return None;
    }
    let phrase = &body[..stop];
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    if ["a", "an", "the"].contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    // Relative clauses and speech verbs are not roles ("Cassis, who holds ...").
    const NOT_ROLES: &[&str] =
        &["who", "which", "that", "said", "says", "told", "and", "but", "he", "she", "it"];
    if words.is_empty() || words.iter().any(|w| NOT_ROLES.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    Some((words.join(" "), Span::new(start, start + stop)))
}

fn add_role(entity: &mut Entity, role: &str) {
    let role = role.trim();
    if role.is_empty() {
        return;
    }
    let lower = role.to_lowercase();
    // Keep the fuller of two roles where one ends the other ("Foreign Minister" and
    // "Russian Foreign Minister").
    if entity.roles.iter().any(|r| ends_with_words(&r.to_lowercase(), &lower)) {
        return;
    }
    entity.roles.retain(|r| !ends_with_words(&lower, &r.to_lowercase()));
    entity.roles.push(role.to_string());
}

/// True when `long` ends with the words of `short`.
fn ends_with_words(long: &str, short: &str) -> bool {
    long == short || long.strip_suffix(short).is_some_and(|head| head.ends_with(' '))
}

/// Ties TITLE mentions used as references ("the Swiss president", "the Russian Foreign
/// Minister") to the person most recently mentioned with a matching role.
pub(crate) fn resolve_descriptions(
    text: &str,
    mentions: &mut [Mention],
    entities: &mut [Entity],
    uses: &mut [Option<TitleUse>],
) {
    // The people with roles, their roles lower-cased once: a title is only compared with these
    // (asking every entity at every title was quadratic in long texts).
    let with_roles: Vec<(usize, Vec<String>)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::PERSON && !e.roles.is_empty())
        .map(|(e, entity)| (e, entity.roles.iter().map(|r| r.to_lowercase()).collect()))
        .collect();
    for id in 0..mentions.len() {
        if mentions[id].label != Label::TITLE || uses[id].is_some() {
            continue;
        }
        let title = text[mentions[id].span].to_lowercase();
        let before = text[..mentions[id].span.start].trim_end();
        let determined = ["the", "The"].iter().any(|d| before.ends_with(&format!(" {d}")) || before == *d)
            || before.ends_with("'s")
            || before.ends_with("’s");
        if !determined {
            continue;
        }
        let at = mentions[id].span.start;
        let mut best: Option<(usize, MentionId)> = None;
        for (e, roles) in &with_roles {
            let (e, entity) = (*e, &entities[*e]);
            let matches = roles.iter().any(|r| ends_with_words(r, &title) || ends_with_words(&title, r));
            if !matches {
                continue;
            }
            let last_before = entity.mentions.iter().filter(|&&m| mentions[m].span.end <= at).max();
            if let Some(&m) = last_before {
                if best.is_none_or(|(_, b)| m > b) {
                    best = Some((e, m));
                }
            }
        }
        if let Some((e, _)) = best {
            mentions[id].entity = Some(e);
            entities[e].mentions.push(id);
            uses[id] = Some(TitleUse::Reference);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appositives() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("article dropped", "David Kato, a Ugandan activist, died.", Some("Ugandan activist")),
            (
                "possessive role",
                "Sergei Lavrov, Russia’s foreign minister, said €5.",
                Some("Russia’s foreign minister"),
            ),
            ("relative clause", "Cassis, who holds the presidency, said 😀.", None),
            ("no comma", "Cassis said “yes”.", None),
        ];
        for (name, text, expected) in cases {
            let name_end = text.find(',').or_else(|| text.find(' ')).unwrap();
            let got = appositive(text, name_end).map(|(r, _)| r);
            assert_eq!(got.as_deref(), *expected, "case {name}");
        }
    }

    #[test]
    fn fuller_roles_win() {
        let mut e = Entity {
            label: Label::PERSON,
            name: "Sergei Lavrov".into(),
            mentions: vec![],
            roles: vec![],
            salience: 0.0,
        };
        add_role(&mut e, "Foreign Minister");
        add_role(&mut e, "Russian Foreign Minister");
        add_role(&mut e, "foreign minister");
        add_role(&mut e, "Minister");
        assert_eq!(e.roles, ["Russian Foreign Minister"]);
    }
}
