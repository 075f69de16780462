//! # article-annotator
//!
//! Annotates a news article: its structure (headline, dateline, byline, captions, paragraphs),
//! the people, organizations, places, dates and amounts it mentions, and who said what.
//! It runs natively and, compiled to WebAssembly, in the browser.
//!
//! ```
//! use article_annotator::{Annotator, JsonAnnotation};
//!
//! let annotator = Annotator::new();
//! let text = "“This war can only end with a diplomatic solution,” Ignazio Cassis said.";
//! let annotation = annotator.annotate(text);
//! assert_eq!(annotation.quotes.len(), 1);
//!
//! // The JSON contract: offsets in UTF-16 code units, as JavaScript counts them.
//! let json = JsonAnnotation::new(text, &annotation);
//! assert_eq!(json.quotes[0].speaker.as_ref().unwrap().text, "Ignazio Cassis");
//! ```
//!
//! The pipeline runs in stages, one module each: `article` (blocks and document date),
//! `segment` (sentences and tokens), `entity` (mentions), `quote` (quotes and speakers),
//! `link` (entities, roles, salience, date values). See `DESIGN.md`.

#![forbid(unsafe_code)]

mod annotation;
mod annotator;
mod date;
mod json;
mod span;

#[cfg(feature = "internals")]
pub mod article;
#[cfg(not(feature = "internals"))]
pub(crate) mod article;
#[cfg(feature = "internals")]
pub mod entity;
#[cfg(not(feature = "internals"))]
pub(crate) mod entity;
#[cfg(feature = "internals")]
pub mod link;
#[cfg(not(feature = "internals"))]
pub(crate) mod link;
#[cfg(feature = "internals")]
pub mod quote;
#[cfg(not(feature = "internals"))]
pub(crate) mod quote;
#[cfg(feature = "internals")]
pub mod segment;
#[cfg(not(feature = "internals"))]
pub(crate) mod segment;

/// The JavaScript API (only in the Wasm build).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The README's Rust examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use annotation::{
    Annotation, Block, BlockKind, Entity, EntityId, Label, Mention, MentionId, Quote, QuoteKind, Sentence,
    Term,
};
pub use annotator::Annotator;
pub use date::Date;
pub use json::{JsonAnnotation, Utf16Offsets};
pub use span::Span;
