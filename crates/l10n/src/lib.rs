//! Localization: turns an event into a [`Notice`] in one language, with Fluent.
//!
//! Owns the Fluent bundles built from `locales/{kk,ru,es,en}/*.ftl`, the grammar functions they
//! call (`CASE` for case forms of names, `COUNTRY` for country forms), press-style dates and
//! lists, and the locale checker. Every formatting error is an error: no fallback to another
//! language, ever, and no isolation marks in the output.
//!
//! It must not know about HTML, templates, subscribers, stores or mail.

mod bundle;
pub mod check;
mod error;
mod forms;
pub mod grammar;
pub mod inflect;
mod localize;
mod notice;
mod source;
pub mod style;

pub use bundle::{LocaleBundle, Locales};
pub use error::{L10nError, LoadError, SourcePosition};
/// The arguments [`LocaleBundle::format`] takes.
pub use fluent_bundle::FluentArgs;
pub use forms::Forms;
pub use localize::{
    FormRow, case_forms, email_labels, format_date, kind_code, localize, localize_with_forms,
};
pub use notice::{EmailLabels, Notice};
pub use source::{LocaleFiles, SourceFile};
