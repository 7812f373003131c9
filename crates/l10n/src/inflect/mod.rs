//! Case forms computed by rule, for the names and phrases an event gives only in the nominative.
//!
//! The rules are data (`locales/ru/inflection.toml`, `locales/kk/inflection.toml`); this module
//! holds only the small functions that apply them. A form the author writes in the event always
//! wins; a name the rules cannot decline safely is an [`InflectError::Unknown`], which the
//! checker reports with its JSON path and a request for the form.

pub mod kk;
pub mod ru;

/// Why a form could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InflectError {
    /// The rule file is malformed.
    #[error("{file}: {message}")]
    Rules {
        /// The rule file (`locales/ru/inflection.toml`).
        file: String,
        /// What is wrong, with the line where the parser knows it.
        message: String,
    },
    /// No rule declines this phrase safely: the author must give the form.
    #[error("no rule gives the {case} form of `{phrase}`: {why}")]
    Unknown {
        /// The phrase in the nominative.
        phrase: String,
        /// The case asked for (`gen`, `dat`, …).
        case: &'static str,
        /// Why the rules stop here.
        why: String,
    },
}
