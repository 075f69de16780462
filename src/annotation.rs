//! The owned result of annotating one article. All spans are byte spans into the input text;
//! [`crate::json`] turns this into the JSON contract with UTF-16 offsets.

use crate::date::Date;
use crate::span::Span;
use serde::Serialize;

/// What part of an article a block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Headline,
    Dateline,
    Byline,
    Caption,
    Credit,
    Heading,
    Paragraph,
    Boilerplate,
}

impl BlockKind {
    /// Blocks a reader takes as the article's running text: quotes and entity statistics are
    /// drawn from these (and from headings/headlines for salience), not from captions or debris.
    pub fn is_body(self) -> bool {
        matches!(self, BlockKind::Paragraph | BlockKind::Heading | BlockKind::Headline)
    }

    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Dateline => "dateline",
            BlockKind::Byline => "byline",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Boilerplate => "boilerplate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
}

/// Entity and value labels, named as in OntoNotes (spaCy, displaCy), plus `TITLE` for a
/// person's role ("Foreign Minister").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[allow(clippy::upper_case_acronyms, non_camel_case_types)]
pub enum Label {
    PERSON,
    NORP,
    FAC,
    ORG,
    GPE,
    LOC,
    PRODUCT,
    EVENT,
    WORK_OF_ART,
    LAW,
    LANGUAGE,
    DATE,
    TIME,
    PERCENT,
    MONEY,
    QUANTITY,
    ORDINAL,
    CARDINAL,
    TITLE,
}

impl Label {
    pub const ALL: [Label; 19] = [
        Label::PERSON,
        Label::NORP,
        Label::FAC,
        Label::ORG,
        Label::GPE,
        Label::LOC,
        Label::PRODUCT,
        Label::EVENT,
        Label::WORK_OF_ART,
        Label::LAW,
        Label::LANGUAGE,
        Label::DATE,
        Label::TIME,
        Label::PERCENT,
        Label::MONEY,
        Label::QUANTITY,
        Label::ORDINAL,
        Label::CARDINAL,
        Label::TITLE,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Label::PERSON => "PERSON",
            Label::NORP => "NORP",
            Label::FAC => "FAC",
            Label::ORG => "ORG",
            Label::GPE => "GPE",
            Label::LOC => "LOC",
            Label::PRODUCT => "PRODUCT",
            Label::EVENT => "EVENT",
            Label::WORK_OF_ART => "WORK_OF_ART",
            Label::LAW => "LAW",
            Label::LANGUAGE => "LANGUAGE",
            Label::DATE => "DATE",
            Label::TIME => "TIME",
            Label::PERCENT => "PERCENT",
            Label::MONEY => "MONEY",
            Label::QUANTITY => "QUANTITY",
            Label::ORDINAL => "ORDINAL",
            Label::CARDINAL => "CARDINAL",
            Label::TITLE => "TITLE",
        }
    }

    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == name)
    }

    /// Labels that name something (grouped into entities), as opposed to values and roles.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Label::PERSON
                | Label::NORP
                | Label::FAC
                | Label::ORG
                | Label::GPE
                | Label::LOC
                | Label::PRODUCT
                | Label::EVENT
                | Label::WORK_OF_ART
                | Label::LAW
                | Label::LANGUAGE
        )
    }
}

/// Index of a mention in [`Annotation::mentions`].
pub type MentionId = usize;
/// Index of an entity in [`Annotation::entities`].
pub type EntityId = usize;

#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    pub entity: Option<EntityId>,
    /// A normalized value: ISO date for DATE ("2022-09-21", "2022-09", "2022"), where fixed.
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub label: Label,
    /// The fullest proper form among its mentions ("Ignazio Cassis").
    pub name: String,
    pub mentions: Vec<MentionId>,
    /// Titles and appositives attached to a person ("Swiss President").
    pub roles: Vec<String>,
    /// 0-1: how much the article is about this entity.
    pub salience: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that quotes some words verbatim.
    Mixed,
    /// Words in quotation marks that are not speech: a title ('Rolling Stone'), a nickname, a
    /// scare quote (so-called “referendums”) or a term. The quote stage produces these; the
    /// annotator moves them to [`Annotation::terms`], so `Annotation::quotes` never holds one.
    Term,
}

impl QuoteKind {
    /// The name in the JSON contract (as serde writes it).
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Term => "term",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The whole attribution: content, cue and speaker where they are adjacent.
    pub span: Span,
    pub kind: QuoteKind,
    /// What was said, without the quotation marks; several pieces when split by the attribution.
    pub content: Vec<Span>,
    pub cue: Option<Span>,
    pub speaker: Option<Span>,
    pub speaker_entity: Option<EntityId>,
}

/// Words in quotation marks that are not speech (a title, nickname, scare quote or term).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The marks and what they enclose.
    pub span: Span,
    /// What the marks enclose.
    pub content: Span,
}

/// Everything found in one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotation {
    /// Length of the input in bytes.
    pub text_len: usize,
    /// The date the article was published, from its dateline, as `YYYY-MM-DD`.
    pub document_date: Option<Date>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// Quotation marks around words that are not speech.
    pub terms: Vec<Term>,
}
