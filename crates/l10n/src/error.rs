//! Errors of loading and formatting, each naming the file, language or message at fault.

use std::fmt;
use std::path::{Path, PathBuf};

use communique_model::Lang;

/// A place in a `.ftl` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePosition {
    /// The file.
    pub path: PathBuf,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl SourcePosition {
    /// The position of byte `offset` of `text`.
    pub fn of(path: &Path, text: &str, offset: usize) -> Self {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        SourcePosition {
            path: path.to_path_buf(),
            line,
            column,
        }
    }
}

impl fmt::Display for SourcePosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
    }
}

/// The locales could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A language's inflection rules (`inflection.toml`) are malformed.
    #[error("the inflection rules {0}")]
    Rules(#[from] crate::inflect::InflectError),
    /// A file or directory could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// What could not be read.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A language directory holds no `.ftl` file.
    #[error("{} holds no .ftl file: every language needs its resources", path.display())]
    Empty {
        /// The directory.
        path: PathBuf,
    },
    /// A syntax error.
    #[error("{at}: {message}{}", if *more > 0 { format!(" (and {more} more syntax errors in this file)") } else { String::new() })]
    Syntax {
        /// Where.
        at: SourcePosition,
        /// What the parser says.
        message: String,
        /// How many further errors the file has.
        more: usize,
    },
    /// A message or term is defined twice.
    #[error("{}: {message}", path.display())]
    Duplicate {
        /// The file with the second definition.
        path: PathBuf,
        /// Which ids.
        message: String,
    },
}

/// A notice could not be written in a language. Never papered over with another language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum L10nError {
    /// The locale lacks a message the notice needs.
    #[error("[{lang}] the message `{id}` is missing: add it to locales/{lang}/")]
    MissingMessage {
        /// The language.
        lang: Lang,
        /// The message id.
        id: String,
    },
    /// Fluent reported errors (unknown variable, message or term).
    #[error("[{lang}] `{id}`: {}", errors.join("; "))]
    Format {
        /// The language.
        lang: Lang,
        /// The message id.
        id: String,
        /// Fluent's errors.
        errors: Vec<String>,
    },
    /// A sentence needs a form that neither the event nor the locale has.
    #[error("[{lang}] `{id}`: {problem}")]
    Grammar {
        /// The language.
        lang: Lang,
        /// The message id.
        id: String,
        /// What is missing.
        problem: String,
    },
    /// The event needs something this notice cannot express.
    #[error("[{lang}] {problem}")]
    Event {
        /// The language.
        lang: Lang,
        /// What is wrong and what to do.
        problem: String,
    },
}
