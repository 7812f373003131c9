//! Rendering: turns a localized [`Notice`] into a subject line, an HTML body and a plain-text
//! body, through templates a designer edits without touching Rust (`templates/`).
//!
//! Templates are compiled once at start-up and rendered once per language per publication.
//! What differs per recipient (the unsubscribe link, the web-view link) is left as a slot in the
//! rendered bytes and filled at send time by [`Part::fill`], which costs a few copies.
//!
//! It must not know about subscriber lists, stores, SMTP, or how a notice is worded.

mod part;
mod templates;
mod wrap;

pub use communique_l10n::{EmailLabels, Notice};
pub use part::{Part, Piece, Slot, SlotValues};
pub use templates::{
    Identity, RenderError, Rendered, Templates, compile_environment, load_environment,
    read_template,
};
pub use wrap::wrap_text;
