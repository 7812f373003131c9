//! How failures reach the user: one report each, with what to do, and the exit code.

use std::path::{Path, PathBuf};

use communique_model::EventErrors;
use miette::Diagnostic;

/// A failure of a command, sorted by whose fault it is (which decides the exit code).
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum Failure {
    /// An event file could not be read.
    #[error("cannot read the event file {path}")]
    #[diagnostic(
        code(communique::read),
        help("check the path and the file's permissions")
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An event file has problems.
    #[error("{}: {}", path.display(), describe(path, errors))]
    #[diagnostic(
        code(communique::event),
        help(
            "correct each place listed (file:line:column: JSON path: problem) and run `communique check` again"
        )
    )]
    Event { path: PathBuf, errors: EventErrors },
    /// Several event files failed.
    #[error("{count} of the files have problems")]
    #[diagnostic(code(communique::events))]
    Several {
        count: usize,
        #[related]
        failures: Vec<Failure>,
    },
    /// A command that a later release fills in.
    #[error("`communique {0}` is not implemented yet")]
    #[diagnostic(
        code(communique::not_implemented),
        help("this command is planned but not built yet; nothing was done")
    )]
    NotImplemented(&'static str),
}

impl Failure {
    /// 2 for bad input (nothing was sent), 1 for failures of the machinery.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Read { .. } | Failure::Event { .. } | Failure::Several { .. } => 2,
            Failure::NotImplemented(_) => 1,
        }
    }
}

fn describe(path: &Path, errors: &EventErrors) -> String {
    let n = errors.problems().len();
    let mut out = format!("{n} problem{}", if n == 1 { "" } else { "s" });
    for p in errors.problems() {
        out.push_str("\n  ");
        out.push_str(&path.display().to_string());
        out.push(':');
        out.push_str(&p.to_string());
    }
    out
}
