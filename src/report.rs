//! How failures reach the user: one report each, with what to do, and the exit code.

use std::path::{Path, PathBuf};

use communique_model::EventErrors;
use miette::Diagnostic;

/// A failure of a command, sorted by whose fault it is (which decides the exit code).
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum Failure {
    /// An event file could not be read.
    #[error("cannot read {}", path.display())]
    #[diagnostic(
        code(communique::read),
        help("check the path and the file's permissions")
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input file is not usable text.
    #[error("{}: {problem}", path.display())]
    #[diagnostic(code(communique::input))]
    Input { path: PathBuf, problem: String },
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
    /// The translations could not be loaded.
    #[error("the translations could not be loaded: {error}")]
    #[diagnostic(
        code(communique::locales),
        help(
            "fix the file named above (`communique check` lists every problem), or leave out \
             --locales (and COMMUNIQUE_LOCALES) to use the built-in translations"
        )
    )]
    Locales { error: communique_l10n::LoadError },
    /// The translations, or the notices written with them, have problems.
    #[error("{} problem{} in the translations or the notices:\n  {}", findings.len(), if findings.len() == 1 { "" } else { "s" }, findings.join("\n  "))]
    #[diagnostic(
        code(communique::locale),
        help(
            "correct each place listed; locales/README.md explains every message and its arguments"
        )
    )]
    Locale { findings: Vec<String> },
    /// The notices read like a filled-in form somewhere: the style check's findings.
    #[error("{count} style finding{} in the notices (listed above as `style:`)", if *count == 1 { "" } else { "s" })]
    #[diagnostic(
        code(communique::style),
        help(
            "reword the event's texts each line quotes, or the locale message that wrote the sentence; `check --allow-style` reports them without failing"
        )
    )]
    Style { count: usize },
    /// A notice could not be written in a language.
    #[error("{}: the notice cannot be written: {error}", path.display())]
    #[diagnostic(
        code(communique::localize),
        help(
            "nothing was sent; add what is missing to the event or the locale and run `communique check`"
        )
    )]
    Localize {
        path: PathBuf,
        error: communique_l10n::L10nError,
    },
    /// The configuration is invalid.
    #[error("{}: the configuration is invalid:\n  {}", path.display(), problems.join("\n  "))]
    #[diagnostic(
        code(communique::config),
        help("see the comments in communique.toml for each setting")
    )]
    Config {
        path: PathBuf,
        problems: Vec<String>,
    },
    /// A template is broken or produced something unsendable.
    #[error("{0}")]
    #[diagnostic(
        code(communique::template),
        help("fix the template named above; nothing was sent")
    )]
    Render(#[from] communique_render::RenderError),
    /// A message could not be built.
    #[error("{0}")]
    #[diagnostic(code(communique::mail))]
    Mail(#[from] communique_mail::MailError),
    /// Writing output failed.
    #[error("cannot write {}: {source}", path.display())]
    #[diagnostic(code(communique::write))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A secret is missing or unusable.
    #[error("{0}")]
    #[diagnostic(
        code(communique::secret),
        help(
            "set COMMUNIQUE_TOKEN_SECRET, or COMMUNIQUE_TOKEN_SECRET_FILE to a file holding it (at least 32 bytes)"
        )
    )]
    Secret(String),
    /// The subscriber file has bad rows.
    #[error("{}: {} row problem(s){}:\n  {}", path.display(), problems.len(), imported.note(), problems.join("\n  "))]
    #[diagnostic(
        code(communique::csv),
        help(
            "correct the rows listed (the line numbers count the header as line 1) and import again; re-importing updates, it never duplicates"
        )
    )]
    Csv {
        path: PathBuf,
        problems: Vec<String>,
        imported: Imported,
    },
    /// The store refused or failed.
    #[error("{0}")]
    #[diagnostic(code(communique::store))]
    Store(communique_store::StoreError),
    /// The store failed while in use (locked, full, corrupt, unreachable): which store, and why.
    #[error("{path}: {error}")]
    #[diagnostic(code(communique::store))]
    StoreAt {
        path: String,
        error: communique_store::StoreError,
    },
    /// Sending stopped early.
    #[error("{0}")]
    #[diagnostic(
        code(communique::delivery),
        help(
            "run the same command again to resume: recipients recorded as sent are not sent again, but a message that was in flight when sending stopped (at most --concurrency × --in-doubt of them) may be sent a second time, with the same Message-ID"
        )
    )]
    Engine(communique_mail::engine::EngineError),
    /// Some recipients are not yet sent.
    #[error(
        "some recipients were not sent (listed above): run the same command again later to retry the temporary failures"
    )]
    #[diagnostic(code(communique::incomplete))]
    Incomplete,
    /// A wrong option or argument.
    #[error("{0}")]
    #[diagnostic(code(communique::usage))]
    Usage(String),
    /// The web server could not listen, or stopped listening.
    #[error("cannot serve on {addr}: {source}")]
    #[diagnostic(
        code(communique::listen),
        help("another program may use that address: choose another with --listen")
    )]
    Listen {
        addr: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

/// What became of a subscriber file with bad rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// The file could not be read as a subscriber file at all.
    NotRead,
    /// Nothing, on purpose: the command imports a file whole or not at all (the reason).
    Refused(&'static str),
    /// Its good rows, this many (perhaps none).
    Good(usize),
}

impl Imported {
    fn note(self) -> String {
        match self {
            Imported::NotRead => String::new(),
            Imported::Refused(why) => format!(", nothing was imported ({why})"),
            Imported::Good(0) => ", and no row was good: nothing was imported".to_owned(),
            Imported::Good(n) => format!("; the {n} good rows were imported"),
        }
    }
}

impl Failure {
    /// 2 for bad input (nothing was sent), 1 for failures of the machinery.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Read { .. }
            | Failure::Input { .. }
            | Failure::Event { .. }
            | Failure::Several { .. }
            | Failure::Locales { .. }
            | Failure::Locale { .. }
            | Failure::Style { .. }
            | Failure::Config { .. }
            | Failure::Render(_)
            | Failure::Mail(_)
            | Failure::Secret(_)
            | Failure::Csv { .. }
            | Failure::Usage(_)
            | Failure::Localize { .. } => 2,
            Failure::Store(e) => match e {
                communique_store::StoreError::Changed { .. }
                | communique_store::StoreError::NoSuchList(_)
                | communique_store::StoreError::Missing(_) => 2,
                _ => 1,
            },
            Failure::StoreAt { .. }
            | Failure::Write { .. }
            | Failure::Engine(_)
            | Failure::Incomplete
            | Failure::Listen { .. } => 1,
        }
    }
}

impl Failure {
    /// A failure of the store in use names the store: its own errors (SQLite's) do not. The
    /// errors of opening it name it already.
    pub fn at_store(self, db: &str) -> Failure {
        match self {
            Failure::Store(error @ communique_store::StoreError::Database(_)) => Failure::StoreAt {
                path: db.to_owned(),
                error,
            },
            other => other,
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
