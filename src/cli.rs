//! The command line: what a press officer types, and what each command promises.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use communique_model::Lang;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  runtime failure (the store, the network or the mail server failed)
  2  invalid input or usage (a broken event, locale, list or option); nothing was sent";

/// Press notices in Kazakh, Russian, Spanish and English from one event, sent to your lists.
#[derive(Debug, Parser)]
#[command(name = "communique", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// The folder of Fluent translations (kk/, ru/, es/, en/).
    #[arg(
        long,
        global = true,
        env = "COMMUNIQUE_LOCALES",
        default_value = "locales"
    )]
    pub locales: PathBuf,
    /// The folder of email templates (subject.txt, email.html, email.txt).
    #[arg(
        long,
        global = true,
        env = "COMMUNIQUE_TEMPLATES",
        default_value = "templates"
    )]
    pub templates: PathBuf,
    /// The configuration file; without one, the built-in example configuration.
    #[arg(long, global = true, env = "COMMUNIQUE_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the notices for an event and send them to subscribers, now or at a set time.
    #[command(after_help = EXIT_CODES)]
    Publish(PublishArgs),
    /// Write the notices for an event to files for reading (HTML, text, .eml); sends nothing.
    #[command(after_help = EXIT_CODES)]
    Preview(PreviewArgs),
    /// Check events and translations for every problem, and write each event in each language;
    /// sends nothing.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Print the JSON Schema of the event format (communique.event/1).
    #[command(after_help = EXIT_CODES)]
    Schema,
    /// Import, list, export and remove subscribers.
    #[command(after_help = EXIT_CODES)]
    Subscribers,
    /// List and cancel scheduled mailings.
    #[command(after_help = EXIT_CODES)]
    Schedule,
    /// Run the scheduler that sends scheduled mailings when they fall due.
    #[command(after_help = EXIT_CODES)]
    Scheduler,
    /// Show how a mailing went: sent, failed and skipped per language.
    #[command(after_help = EXIT_CODES)]
    Status,
}

/// Languages to publish in, as `kk,ru,es,en`.
#[derive(Debug, Args)]
pub struct LangsArg {
    /// The languages to write the notice in, comma-separated: kk, ru, es, en.
    #[arg(long, value_delimiter = ',', value_parser = parse_lang, default_value = "kk,ru,es,en")]
    pub langs: Vec<Lang>,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The event file (JSON, format communique.event/1).
    pub event: PathBuf,
    #[command(flatten)]
    pub langs: LangsArg,
}

#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The event file (JSON, format communique.event/1).
    pub event: PathBuf,
    #[command(flatten)]
    pub langs: LangsArg,
    /// The folder to write LANG.html, LANG.txt and LANG.eml into; without it, the notices are
    /// printed as text.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Event files to check; without any, every event in `--examples`. Every problem is listed
    /// with its JSON path and line:column, and each event is written in each language.
    pub events: Vec<PathBuf>,
    /// Where the example events are, checked when no event file is named.
    #[arg(long, default_value = "examples/events")]
    pub examples: PathBuf,
    /// Check the events for these languages (each must be among the event's `languages`);
    /// by default, the languages each event declares.
    #[arg(long, value_delimiter = ',', value_parser = parse_lang)]
    pub langs: Vec<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: communique_model::UnknownLang| e.to_string())
}
