//! Grouping name mentions into entities.
//!
//! Fuller names go first, so every short form ("Cassis", "Kim", "the General Assembly") meets
//! all the full names it could stand for. A short form that fits several entities goes to the
//! one mentioned nearest before it (after it, if none comes before): news writing repeats the
//! full name when a surname alone would be ambiguous, so the closest full name is the one the
//! reader has in mind. An honorific that contradicts a person's known gender rules them out.
//! An acronym introduced in brackets right after a name ("Swiss News Agency (Keystone-SDA)")
//! joins that name.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::annotation::{Label, Mention, MentionId};
use crate::entity::titles::{self, WordHasher};

use super::gender::{self, Gender};
use super::names::{initials, is_acronym, name_form, relate, same_with_acronyms, NameForm, Relation};

/// Mentions that stand for one thing.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub label: Label,
    /// Mention ids in text order.
    pub mentions: Vec<MentionId>,
    /// The fullest proper form.
    pub name: String,
    pub gender: Option<Gender>,
}

/// How often each label was given to a group's mentions, and the order they first came in:
/// kept as counts so that asking for a group's label does not grow with its mentions.
#[derive(Default)]
struct LabelTally {
    counts: [u32; Label::ALL.len()],
    first_seen: Vec<Label>,
}

impl LabelTally {
    fn push(&mut self, label: Label) {
        if self.counts[label as usize] == 0 {
            self.first_seen.push(label);
        }
        self.counts[label as usize] += 1;
    }

    fn absorb(&mut self, other: LabelTally) {
        for label in other.first_seen {
            if self.counts[label as usize] == 0 {
                self.first_seen.push(label);
            }
            self.counts[label as usize] += other.counts[label as usize];
        }
    }

    fn contains(&self, label: Label) -> bool {
        self.counts[label as usize] > 0
    }

    /// The most frequent label; ties go to the first seen.
    fn top(&self) -> Label {
        let top = self.counts.iter().copied().max().unwrap_or(0);
        self.first_seen.iter().copied().find(|&l| self.counts[l as usize] == top).unwrap_or(Label::ORG)
    }
}

#[derive(Default)]
struct Building {
    labels: LabelTally,
    /// Only grown through [`Building::add_form`], which keeps `person_like` up to date.
    forms: Vec<NameForm>,
    /// Some full form starts with a common given name. Kept rather than asked: every candidate
    /// group is asked for its label, and looking up given names was a tenth of linking time on a
    /// long paste.
    person_like: bool,
    mentions: Vec<MentionId>,
    gender: Option<Gender>,
}

impl Building {
    fn add_form(&mut self, form: NameForm) {
        if !self.forms.contains(&form) {
            self.person_like |= form.words.len() >= 2 && gender::of_given_name(&form.words[0]).is_some();
            self.forms.push(form);
        }
    }

    /// True when a full form starts with a common given name ("Tom Cruise"), whatever label the
    /// recognizer gave it.
    fn looks_like_person(&self) -> bool {
        self.person_like
    }

    /// True when the group's name is two capitalized words ending in `word` ("Valeska Paris"),
    /// labelled an organization or product: a person's name the recognizer mislabelled, when
    /// the text also calls the bare "Paris" a person.
    fn may_be_person_named(&self, word: &NameForm) -> bool {
        matches!(self.label(), Label::ORG | Label::PRODUCT)
            && word.words.len() == 1
            && self.forms.iter().any(|f| {
                let first = f.display.split_whitespace().next().unwrap_or("");
                f.words.len() == 2
                    && f.words[1] == word.words[0]
                    && first.starts_with(char::is_uppercase)
                    && first.chars().all(char::is_alphabetic)
                    && !is_acronym(first)
                    && !titles::is_nationality(first)
            })
    }

    fn label(&self) -> Label {
        // A person the recognizer once called an organization ("Tom Cruise" ORG, "Cruise"
        // PERSON) is a person.
        if self.labels.contains(Label::PERSON) && self.looks_like_person() {
            return Label::PERSON;
        }
        self.labels.top()
    }
}

/// Which groups a name form could relate to at all. Every relation `relate` knows needs a shared
/// word, the same country, or an acronym that spells a run of the other's words; indexing those
/// keeps grouping linear in the number of mentions instead of comparing each with every group
/// (a pasted archive has thousands). Keys are short words, hashed with FNV: SipHash's setup
/// showed in profiles of linking, and only the lists' contents matter, not their order.
#[derive(Default)]
struct FormIndex {
    by_word: Index<String>,
    by_initials: Index<String>,
    by_country: Index<usize>,
}

type Index<K> = HashMap<K, Vec<usize>, BuildHasherDefault<WordHasher>>;

/// Initials of every run of two or more words of `words` that could be an acronym.
fn run_initials(words: &[String]) -> impl Iterator<Item = String> + '_ {
    (0..words.len())
        .flat_map(move |start| (start + 2..=words.len()).map(move |end| initials(&words[start..end])))
        .filter(|key| (2..=6).contains(&key.chars().count()))
}

impl FormIndex {
    fn add(&mut self, group: usize, form: &NameForm) {
        let note = |list: &mut Vec<usize>| {
            if list.last() != Some(&group) {
                list.push(group);
            }
        };
        for word in &form.words {
            note(self.by_word.entry(word.clone()).or_default());
        }
        for key in run_initials(&form.words) {
            note(self.by_initials.entry(key).or_default());
        }
        if let Some(country) = form.country {
            note(self.by_country.entry(country).or_default());
        }
    }

    /// Groups that may relate to `form`, in ascending order (the order groups were made).
    fn candidates(&self, form: &NameForm) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        let mut take = |list: Option<&Vec<usize>>| found.extend(list.into_iter().flatten().copied());
        for word in &form.words {
            take(self.by_word.get(word));
            take(self.by_initials.get(word));
        }
        for key in run_initials(&form.words) {
            take(self.by_word.get(&key));
        }
        if let Some(country) = form.country {
            take(self.by_country.get(&country));
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// Labels whose mentions may share an entity: recognizers often waver between organization and
/// place for one name ("Ukraine" the state, "Ukraine" the country), never between a person and
/// an organization named after one ("Ford").
fn compatible(a: Label, b: Label) -> bool {
    let place_or_org = |l: Label| matches!(l, Label::ORG | Label::GPE | Label::LOC | Label::FAC);
    a == b || (place_or_org(a) && place_or_org(b))
}

/// Groups the name mentions of `mentions`. `word_before(m)` is the word right before mention
/// `m` (for "her husband Tom Keller").
pub(crate) fn group(
    text: &str,
    mentions: &[Mention],
    word_before: &dyn Fn(usize) -> Option<String>,
) -> Vec<Group> {
    let names: Vec<(MentionId, NameForm)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.label.is_name())
        .map(|(id, m)| (id, name_form(&text[m.span], m.label)))
        .filter(|(_, f)| !f.words.is_empty())
        .collect();
    // Longest first, then in text order (mention ids grow with `i`). Sorted as plain `u64`s
    // (keys are distinct, so the order is the stable sort's): a sort of another element type
    // or key closure is another few KB of Wasm.
    let mut order: Vec<u64> = (0..names.len())
        .map(|i| (u64::from(u32::MAX) - names[i].1.words.len() as u64) << 32 | i as u64)
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|k| k as u32 as usize).collect();

    let mut groups: Vec<Building> = Vec::new();
    let mut index = FormIndex::default();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];
    for i in order {
        let (id, form) = &names[i];
        let mention = &mentions[*id];
        let cue_gender = word_before(*id).as_deref().and_then(gender::of_cue);
        let own_gender = form.gender.or(cue_gender);
        let mut candidates: Vec<(Relation, usize)> = Vec::new();
        for g in index.candidates(form) {
            let group = &groups[g];
            let group_label = group.label();
            // A group holding a mislabelled person takes no third label ("Paris" the city is
            // not "Valeska Paris").
            let mixed = group.labels.contains(Label::PERSON) && group_label != Label::PERSON;
            let compatible = compatible(group_label, mention.label)
                && (!mixed || mention.label == group_label || mention.label == Label::PERSON);
            // Only asked when the labels disagree: looking up given names is the slow part.
            let mislabeled_person = !compatible
                && mention.label == Label::PERSON
                && (group.looks_like_person() || group.may_be_person_named(form));
            if !compatible && !mislabeled_person {
                continue;
            }
            if mention.label == Label::PERSON {
                if let (Some(a), Some(b)) = (own_gender, group.gender) {
                    if a != b {
                        continue;
                    }
                }
            }
            // Shortened forms only within one label; across labels only the same name.
            let same_label = group_label == mention.label || mislabeled_person;
            let best = group
                .forms
                .iter()
                .filter_map(|f| relate(form, f, mention.label))
                .filter(|r| same_label || *r == Relation::Same)
                .min();
            if let Some(relation) = best {
                candidates.push((relation, g));
            }
        }
        let strongest = candidates.iter().map(|c| c.0).min();
        candidates.retain(|c| Some(c.0) == strongest);
        let chosen = match candidates.len() {
            0 => None,
            1 => Some(candidates[0].1),
            _ => Some(nearest(mentions, *id, &candidates.iter().map(|c| c.1).collect::<Vec<_>>(), &groups)),
        };
        let g = match chosen {
            Some(g) => g,
            None => {
                groups.push(Building::default());
                groups.len() - 1
            }
        };
        let group = &mut groups[g];
        group.labels.push(mention.label);
        if !group.forms.contains(form) {
            group.add_form(form.clone());
            index.add(g, form);
        }
        group.mentions.push(*id);
        if mention.label == Label::PERSON {
            let name_gender =
                form.words.first().filter(|_| form.words.len() >= 2).and_then(|w| gender::of_given_name(w));
            group.gender = group.gender.or(own_gender).or(name_gender);
        }
        group_of[*id] = Some(g);
    }

    join_bracketed_aliases(text, mentions, &mut groups, &mut group_of);

    let expansions = acronym_expansions(&groups);
    groups
        .into_iter()
        .filter(|g| !g.mentions.is_empty())
        .map(|mut g| {
            g.mentions.sort_unstable();
            let label = g.label();
            let mut name = canonical(&g.forms);
            // "UN" alone, where "UN General Assembly" and "United Nations General Assembly" show
            // what it stands for, is named "United Nations".
            if g.forms.iter().all(|f| f.acronym) {
                let key = name.to_lowercase().replace('.', "");
                if let Some((_, long)) = expansions.iter().find(|(a, _)| *a == key) {
                    name = long.clone();
                }
            }
            Group { label, mentions: g.mentions, name, gender: g.gender }
        })
        .collect()
}

/// Of `candidates` (group indices), the one with a mention nearest before mention `id`, else
/// nearest after.
fn nearest(mentions: &[Mention], id: MentionId, candidates: &[usize], groups: &[Building]) -> usize {
    let at = mentions[id].span.start;
    let distance = |g: usize| {
        groups[g]
            .mentions
            .iter()
            .map(|&m| mentions[m].span.start)
            .map(|start| if start < at { (0, at - start) } else { (1, start - at) })
            .min()
            .unwrap_or((2, 0))
    };
    *candidates.iter().min_by_key(|&&g| distance(g)).expect("at least one candidate")
}

/// "Swiss News Agency (Keystone-SDA)": the bracketed name joins the one before it, as does an
/// organization's name written right after another ("Swiss News Agency Keystone-SDA").
fn join_bracketed_aliases(
    text: &str,
    mentions: &[Mention],
    groups: &mut [Building],
    group_of: &mut [Option<usize>],
) {
    for id in 1..mentions.len() {
        let (before, inside) = (&mentions[id - 1], &mentions[id]);
        let (Some(a), Some(b)) = (group_of[id - 1], group_of[id]) else { continue };
        if a == b || !compatible(before.label, inside.label) || before.label == Label::PERSON {
            continue;
        }
        let gap = &text[before.span.end..inside.span.start];
        let closes = text[inside.span.end..].trim_start().starts_with(')');
        // Two organization names side by side name one thing: "the Swiss News Agency
        // Keystone-SDA".
        let side_by_side = gap == " " && before.label == Label::ORG && inside.label == Label::ORG;
        // Across labels only an acronym of the name is its alias ("European Union (EU)"): in a
        // dateline "GENEVA (Reuters)" and "NAIROBI (AFP)" a place is followed by an agency.
        let bracketed = gap.trim() == "("
            && closes
            && (before.label == inside.label
                || spells_out(&text[inside.span], &text[before.span], before.label));
        if !bracketed && !side_by_side {
            continue;
        }
        let moved = std::mem::take(&mut groups[b].mentions);
        for &m in &moved {
            group_of[m] = Some(a);
        }
        let labels = std::mem::take(&mut groups[b].labels);
        let forms = std::mem::take(&mut groups[b].forms);
        groups[a].mentions.extend(moved);
        groups[a].labels.absorb(labels);
        for form in forms {
            groups[a].add_form(form);
        }
    }
}

/// Whether `acronym` is made of the initials of `name` ("EU", "European Union").
fn spells_out(acronym: &str, name: &str, label: Label) -> bool {
    let short = name_form(acronym, label);
    short.acronym && same_with_acronyms(&short.words, &name_form(name, label).words)
}

/// Acronyms the text spells out by writing one name both ways: ("un", "United Nations") from
/// "UN General Assembly" and "United Nations General Assembly" in one group.
fn acronym_expansions(groups: &[Building]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for group in groups {
        for short in &group.forms {
            let short_display: Vec<&str> = short.display.split_whitespace().collect();
            for (i, word) in short.words.iter().enumerate() {
                if short_display.len() != short.words.len() || !is_acronym(short_display[i]) {
                    continue;
                }
                let (before, after) = (&short.words[..i], &short.words[i + 1..]);
                for long in &group.forms {
                    let long_display: Vec<&str> = long.display.split_whitespace().collect();
                    let n = long.words.len();
                    if long_display.len() != n || n < before.len() + after.len() + 2 {
                        continue;
                    }
                    if !long.words.starts_with(before) || !long.words.ends_with(after) {
                        continue;
                    }
                    let middle = &long.words[before.len()..n - after.len()];
                    if initials(middle) == *word {
                        let display = long_display[before.len()..n - after.len()].join(" ");
                        found.push((word.clone(), display));
                    }
                }
            }
        }
    }
    found
}

/// The fullest proper form: most words, spelled out rather than an acronym, first seen on ties.
fn canonical(forms: &[NameForm]) -> String {
    forms
        .iter()
        .enumerate()
        .max_by_key(|(i, f)| (f.words.len(), !f.acronym, std::cmp::Reverse(*i)))
        .map(|(_, f)| f.display.clone())
        .unwrap_or_default()
}
