//! Linking through the whole pipeline (`Annotator::annotate`), on articles written for these
//! tests and on the seed article when it is present.
//!
//! The recognizer in front of linking changes (rules now, a trained model later), so these cases
//! state what linking must do with the names it is given: mentions that are found must be
//! grouped, named and ranked as written here. The exact expectations given hand-marked mentions
//! live in the crate's unit tests (`src/link/tests.rs`).
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotation, Annotator, Label};

/// An article and what linking must make of the names in it.
struct Case {
    name: &'static str,
    text: &'static str,
    /// Surface forms that, where found as names, must belong to the entity with this name.
    named: &'static [(&'static str, &'static str)],
    /// Pairs of surfaces that, where both are found, must be different entities.
    apart: &'static [(&'static str, &'static str)],
    /// Entity name → a role it must have, where the entity is found with a role at all.
    roles: &'static [(&'static str, &'static str)],
    /// Entities that, where found, must rank above the others, in this order.
    salience: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "two people named Kim",
        text: "Kim Yo Jong warns Seoul 😀\n\n\
North Korean leader Kim Jong Un inspected a missile launch on Friday, state media said. His sister \
Kim Yo Jong, a senior official, later warned South Korea over leaflets costing €2.\n\n\
“Seoul will pay,” Kim Yo Jong said in a statement. Kim Jong Un did not appear in public. \
Analysts said Kim was testing Washington.",
        named: &[("Kim Jong Un", "Kim Jong Un"), ("Kim Yo Jong", "Kim Yo Jong"), ("Kim", "Kim Jong Un")],
        apart: &[("Kim Jong Un", "Kim Yo Jong")],
        roles: &[],
        salience: &["Kim Yo Jong"],
    },
    Case {
        name: "a woman and her husband",
        text: "Farmer Maria Keller fights dam plan\n\n\
Maria Keller, a farmer from Thun, has fought the €40 million dam for ten years. Her husband Tom Keller \
joined the protest last spring 😀.\n\n\
“We will not sell,” Maria Keller said. Mr Keller said the valley was their home. Keller said the \
family would appeal.",
        named: &[
            ("Maria Keller", "Maria Keller"),
            ("Tom Keller", "Tom Keller"),
            ("Mr Keller", "Tom Keller"),
            ("Keller", "Tom Keller"),
        ],
        apart: &[("Maria Keller", "Tom Keller")],
        roles: &[("Maria Keller", "farmer from Thun")],
        salience: &["Maria Keller"],
    },
    Case {
        name: "a company named after its founder",
        text: "Ford recalls trucks 😀\n\n\
Ford Motor Company recalled 50,000 trucks on Monday, at a cost of €30 million. Henry Ford founded the \
company in 1903. The company said the fault was rare.",
        named: &[("Ford Motor Company", "Ford Motor Company"), ("Henry Ford", "Henry Ford")],
        apart: &[("Ford Motor Company", "Henry Ford")],
        roles: &[],
        salience: &[],
    },
    Case {
        name: "titles, acronyms and the UN",
        text: "Swiss President meets Russian Foreign Minister 😀\n\n\
Swiss President Ignazio Cassis met Russian Foreign Minister Sergei Lavrov on the sidelines of the \
United Nations General Assembly on Wednesday, the Swiss News Agency (Keystone-SDA) reported. The \
meeting cost €0.\n\n\
“Switzerland is ready,” Cassis said after meeting Lavrov at the UN General Assembly. President Cassis \
also met the head of the United Nations. Keystone-SDA said Lavrov left early.",
        named: &[
            ("Ignazio Cassis", "Ignazio Cassis"),
            ("Cassis", "Ignazio Cassis"),
            ("Sergei Lavrov", "Sergei Lavrov"),
            ("Lavrov", "Sergei Lavrov"),
            ("UN General Assembly", "United Nations General Assembly"),
            ("United Nations General Assembly", "United Nations General Assembly"),
            ("Keystone-SDA", "Swiss News Agency"),
        ],
        apart: &[("United Nations", "United Nations General Assembly"), ("Cassis", "Lavrov")],
        roles: &[("Ignazio Cassis", "Swiss President"), ("Sergei Lavrov", "Russian Foreign Minister")],
        // The agency is the source of two reports ("…, the Swiss News Agency (Keystone-SDA)
        // reported", "Keystone-SDA said …").
        salience: &["Ignazio Cassis", "Swiss News Agency"],
    },
];

/// Checks that hold for every annotation: entities and mentions point at each other, names are
/// non-empty proper forms found in the text, salience lies in 0..=1 with a top entity at 1.
fn check_invariants(name: &str, text: &str, annotation: &Annotation) {
    for (e, entity) in annotation.entities.iter().enumerate() {
        assert!(!entity.name.is_empty(), "{name}: entity {e} has a name");
        assert!((0.0..=1.0).contains(&entity.salience), "{name}: salience of {}", entity.name);
        for &m in &entity.mentions {
            assert_eq!(annotation.mentions[m].entity, Some(e), "{name}: mention {m} points back");
        }
        if !entity.mentions.is_empty() {
            assert!(text.contains(&entity.name), "{name}: {:?} is written in the text", entity.name);
        }
    }
    for (m, mention) in annotation.mentions.iter().enumerate() {
        if let Some(e) = mention.entity {
            assert!(annotation.entities[e].mentions.contains(&m), "{name}: {:?} listed", &text[mention.span]);
        } else {
            assert!(!mention.label.is_name(), "{name}: name {:?} has an entity", &text[mention.span]);
        }
    }
    if !annotation.entities.is_empty() {
        assert!(annotation.entities.iter().any(|e| e.salience == 1.0), "{name}: a top entity");
    }
    for quote in &annotation.quotes {
        if let Some(e) = quote.speaker_entity {
            assert!(e < annotation.entities.len(), "{name}: speaker entity exists");
        }
    }
}

/// Entity ids of name mentions whose text is exactly `surface`.
fn entities_of(text: &str, annotation: &Annotation, surface: &str) -> Vec<Option<usize>> {
    annotation
        .mentions
        .iter()
        .filter(|m| m.label.is_name() && &text[m.span] == surface)
        .map(|m| m.entity)
        .collect()
}

#[test]
fn golden_articles() {
    let annotator = Annotator::new();
    for case in CASES {
        let text = case.text;
        let annotation = annotator.annotate(text);
        check_invariants(case.name, text, &annotation);
        let entity_name = |e: Option<usize>| e.map_or("", |e| annotation.entities[e].name.as_str());
        for (surface, expected) in case.named {
            let found = entities_of(text, &annotation, surface);
            if found.is_empty() {
                println!("note: {}: the recognizer did not find {surface:?}", case.name);
            }
            for e in found {
                assert_eq!(entity_name(e), *expected, "{}: {surface:?}", case.name);
            }
        }
        for (a, b) in case.apart {
            for ea in entities_of(text, &annotation, a) {
                for eb in entities_of(text, &annotation, b) {
                    assert_ne!(ea, eb, "{}: {a:?} and {b:?} are different entities", case.name);
                }
            }
        }
        for (entity, role) in case.roles {
            let Some(found) = annotation.entities.iter().find(|e| e.name == *entity) else { continue };
            if found.roles.is_empty() {
                println!("note: {}: no role found for {entity:?}", case.name);
                continue;
            }
            assert!(
                found.roles.iter().any(|r| r == role),
                "{}: {entity:?} roles {:?}",
                case.name,
                found.roles
            );
        }
        let mut ranked: Vec<_> = annotation.entities.iter().collect();
        ranked.sort_by(|a, b| b.salience.total_cmp(&a.salience));
        let present: Vec<&str> =
            case.salience.iter().copied().filter(|n| ranked.iter().any(|e| e.name == *n)).collect();
        let top: Vec<&str> = ranked.iter().take(present.len()).map(|e| e.name.as_str()).collect();
        if present.len() == case.salience.len() {
            assert_eq!(top, present, "{}: salience order", case.name);
        }
    }
}

#[test]
fn the_seed_article() {
    // Beside the repository, or beside the shared data named by ANNOTATOR_DATA.
    let name = "seeds/swissinfo-2022-09-22-cassis-lavrov.txt";
    let beside_repo = format!("{}/../shared/{name}", env!("CARGO_MANIFEST_DIR"));
    let beside_data = std::env::var("ANNOTATOR_DATA").map(|d| format!("{d}/../{name}")).unwrap_or_default();
    let path = [beside_repo, beside_data].into_iter().find(|p| std::path::Path::new(p).is_file());
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else {
        println!("note: seed article not found beside the repository; skipped");
        return;
    };
    let annotation = Annotator::new().annotate(&text);
    check_invariants("seed", &text, &annotation);
    let text = text.as_str();
    let people: Vec<_> = annotation.entities.iter().filter(|e| e.label == Label::PERSON).collect();
    println!("seed: people {:?}", people.iter().map(|e| (&e.name, e.salience)).collect::<Vec<_>>());
    // Every mention ending in "Cassis" is one person, named in full.
    let cassis: Vec<Option<usize>> = annotation
        .mentions
        .iter()
        .filter(|m| m.label == Label::PERSON && text[m.span].ends_with("Cassis"))
        .map(|m| m.entity)
        .collect();
    assert!(!cassis.is_empty(), "seed: Cassis is found");
    assert!(cassis.windows(2).all(|w| w[0] == w[1]), "seed: one Cassis");
    let cassis = &annotation.entities[cassis[0].expect("Cassis has an entity")];
    assert_eq!(cassis.name, "Ignazio Cassis");
    let lavrov: Vec<Option<usize>> = annotation
        .mentions
        .iter()
        .filter(|m| m.label == Label::PERSON && text[m.span].ends_with("Lavrov"))
        .map(|m| m.entity)
        .collect();
    assert!(lavrov.windows(2).all(|w| w[0] == w[1]), "seed: one Lavrov");
    if let Some(Some(l)) = lavrov.first() {
        assert_eq!(annotation.entities[*l].name, "Sergei Lavrov");
        let roles = &annotation.entities[*l].roles;
        assert!(
            roles.is_empty() || roles.iter().any(|r| r.ends_with("Foreign Minister")),
            "Lavrov roles {roles:?}"
        );
    }
    assert!(
        cassis.roles.is_empty() || cassis.roles.iter().any(|r| r == "Swiss President"),
        "Cassis roles {:?}",
        cassis.roles
    );
    // Cassis is the main actor, above Lavrov.
    for person in &people {
        if person.name.contains("Lavrov") {
            assert!(cassis.salience > person.salience, "seed: Cassis above {}", person.name);
        }
    }
    // The foreign ministry's words go to an organization, not to the NORP "Swiss".
    for quote in &annotation.quotes {
        let Some(speaker) = quote.speaker else { continue };
        if text[speaker].contains("ministry") {
            let e = quote.speaker_entity.expect("the ministry is an entity");
            assert_eq!(annotation.entities[e].label, Label::ORG, "seed: ministry speaker");
        }
    }
}
