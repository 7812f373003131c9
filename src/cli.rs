//! The command line: what a press officer types, and what each command promises.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use communique_model::Lang;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  runtime failure (the store, the network or the mail server failed)
  2  invalid input or usage (a broken event, locale, list or option); nothing was sent";

/// The version line: the program's version and the event formats it reads.
fn version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "{} (event formats: {})",
            env!("CARGO_PKG_VERSION"),
            communique_model::FORMATS.join(", ")
        )
    });
    &VERSION
}

/// Press notices in Kazakh, Russian, Spanish and English from one event, sent to your lists.
#[derive(Debug, Parser)]
#[command(name = "communique", version = version(), about, after_help = EXIT_CODES)]
pub struct Cli {
    /// A folder of Fluent translations (kk/, ru/, es/, en/) to use instead of the built-in ones.
    #[arg(long, global = true, env = "COMMUNIQUE_LOCALES")]
    pub locales: Option<PathBuf>,
    /// A folder of templates (subject.txt, email.html, email.txt, web/) to use instead of the
    /// built-in ones.
    #[arg(long, global = true, env = "COMMUNIQUE_TEMPLATES")]
    pub templates: Option<PathBuf>,
    /// The people directory (communique.people/1): the people events name without defining
    /// them; without one, the built-in example directory (examples/people.json).
    #[arg(long, global = true, env = "COMMUNIQUE_PEOPLE")]
    pub people: Option<PathBuf>,
    /// The configuration file; without one, the built-in example configuration.
    #[arg(long, global = true, env = "COMMUNIQUE_CONFIG")]
    pub config: Option<PathBuf>,
    /// The store: subscribers, lists, the delivery journal and the schedule. A path is an
    /// SQLite file; postgres://user@host/database a PostgreSQL database that several machines
    /// share (its password from PGPASSWORD or COMMUNIQUE_DB_PASSWORD_FILE, never here).
    #[arg(
        long,
        global = true,
        env = "COMMUNIQUE_DB",
        default_value = "communique.db"
    )]
    pub db: PathBuf,
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
    #[command(after_help = EXIT_CODES, subcommand)]
    Subscribers(SubscribersCommand),
    /// List and cancel scheduled mailings.
    #[command(after_help = EXIT_CODES, subcommand)]
    Schedule(ScheduleCommand),
    /// Run the scheduler that sends scheduled mailings when they fall due (until SIGTERM or
    /// Ctrl-C, which let the messages in flight finish), or once with --once (for cron).
    #[command(after_help = EXIT_CODES)]
    Scheduler(SchedulerArgs),
    /// Show how a mailing went: sent, failed and skipped per language.
    #[command(after_help = EXIT_CODES)]
    Status(StatusArgs),
    /// Serve the subscriber pages (one-click unsubscribe, preferences, subscription with a
    /// confirmation email) behind your https reverse proxy, until SIGTERM or Ctrl-C.
    #[command(after_help = EXIT_CODES)]
    Serve(ServeArgs),
    /// Move the store: copy an SQLite store into a new PostgreSQL database.
    #[command(after_help = EXIT_CODES, subcommand)]
    Store(StoreCommand),
    /// Unsubscribe the subscriber an unsubscribe token names, from the list it names (for
    /// requests that arrive by mail). Accepts the token or the whole unsubscribe link.
    #[command(after_help = EXIT_CODES)]
    Unsubscribe {
        /// The token, or the link https://…/u/TOKEN.
        token: String,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (plain HTTP: put an https reverse proxy in front; see README).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// Where confirmation emails go: outbox:DIR or smtp://host:port, as for `publish`.
    #[arg(long, env = "COMMUNIQUE_TRANSPORT", default_value = "outbox:outbox")]
    pub transport: String,
    /// Seconds an SMTP server may take to answer any step.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Start even if the store (--db) does not exist yet, creating it, and the token secret
    /// beside it if none is given. Without it, serve refuses a missing store or secret: the
    /// links in sent emails only work with the store and secret they were sent with.
    #[arg(long)]
    pub create: bool,
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
    /// The lists to send to (repeat for several; a subscriber on two lists gets one message).
    #[arg(
        long = "list",
        value_name = "NAME",
        required_unless_present = "subscribers",
        conflicts_with = "subscribers"
    )]
    pub lists: Vec<String>,
    /// Send to the subscribers in this CSV file (email,name,lang; imported into a list named
    /// after the file, once everything else has been checked: a refused publish imports
    /// nothing).
    #[arg(long, value_name = "FILE.csv")]
    pub subscribers: Option<PathBuf>,
    /// Where messages go: outbox:DIR (files, the default) or smtp://host:port,
    /// smtp://host:port?tls=required, smtps://host:port. SMTP credentials come from
    /// COMMUNIQUE_SMTP_USER and COMMUNIQUE_SMTP_PASSWORD, never from here.
    #[arg(long, env = "COMMUNIQUE_TRANSPORT", default_value = "outbox:outbox")]
    pub transport: String,
    /// SMTP connections at once.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Messages each connection may send while the outcomes of its earlier ones are still
    /// being written to the journal. A crash can send again at most concurrency × this many
    /// messages (with the same Message-ID); 1 waits for every outcome before the next message.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=16))]
    pub in_doubt: u16,
    /// At most this many messages per second, as in 50/s.
    #[arg(long, value_parser = parse_rate)]
    pub rate: Option<f64>,
    /// Seconds an SMTP server may take to answer any step before the connection is dropped.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Seconds before the first retry of a temporary failure (doubling after that).
    #[arg(long, default_value_t = 2.0)]
    pub retry_delay: f64,
    /// Tries per message within this run before it is left for a later run.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub attempts: u32,
    /// Send at this time instead of now: 2022-12-10T10:00:00+06:00 (RFC 3339) or
    /// 2022-12-10T10:00[Asia/Almaty] (with the zone, RFC 9557). Everything is checked and
    /// rendered now; the job is stored and `communique scheduler` sends it when due.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// With --at: send now if the time has already passed (otherwise that is refused).
    #[arg(long, requires = "at")]
    pub now_if_past: bool,
    /// Check, render, say what importing --subscribers would change and count the recipients
    /// per language; sends nothing and writes nothing (the store is only read).
    #[arg(long)]
    pub dry_run: bool,
    /// Send again to everyone, as a new publication, an event already sent with other content.
    #[arg(long)]
    pub resend: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum SubscribersCommand {
    /// Import subscribers from a CSV file with a header row: email,name,lang (other columns are
    /// kept as attributes). Every row is checked first; re-importing updates, never duplicates.
    Import {
        /// The CSV file (UTF-8).
        file: PathBuf,
        /// The list to put them on (created if new).
        #[arg(long)]
        list: String,
        /// Import nothing if any row is bad.
        #[arg(long)]
        strict: bool,
    },
    /// List subscribers (of one list, or all).
    List {
        /// Only this list.
        #[arg(long)]
        list: Option<String>,
    },
    /// Export subscribers as CSV to standard output.
    Export {
        /// Only this list.
        #[arg(long)]
        list: Option<String>,
    },
    /// Remove a subscriber from every list (they stay unsubscribed if imported again).
    Remove {
        /// Their email address.
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// Every scheduled mailing: number, event, languages, lists, due time, state.
    List,
    /// Cancel a mailing; one being sent stops before its next message.
    Cancel {
        /// The mailing's number (from `schedule list`).
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Copy every subscriber, list, consent, publication, journal row and scheduled mailing
    /// of an SQLite store into an empty PostgreSQL database, and check the counts. Stop the
    /// senders and schedulers of the old store first; the old store is left as it was.
    Migrate {
        /// The SQLite store to copy.
        #[arg(long)]
        from: PathBuf,
        /// The PostgreSQL database (postgres://user@host/db), empty; its password from
        /// PGPASSWORD or COMMUNIQUE_DB_PASSWORD_FILE, never here.
        #[arg(long)]
        to: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct SchedulerArgs {
    /// Send what is due now, then exit (for cron or a systemd timer).
    #[arg(long)]
    pub once: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// A publication's number or event id; without it, every publication.
    pub publication: Option<String>,
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

fn parse_rate(s: &str) -> Result<f64, String> {
    let n = s.strip_suffix("/s").unwrap_or(s);
    match n.parse::<f64>() {
        Ok(r) if r > 0.0 && r.is_finite() => Ok(r),
        _ => Err(format!("`{s}` is not a rate: write it as 50/s")),
    }
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
    /// Also print every case form of every name and phrase the notices use, in Russian and
    /// Kazakh: given by the event, or computed by rule (for a reviewer to read).
    #[arg(long)]
    pub forms: bool,
    /// Report the style check's findings (sentences opening alike, a name twice in a
    /// sentence, stacked conjunctions, the home country in a headline) without failing.
    #[arg(long)]
    pub allow_style: bool,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: communique_model::UnknownLang| e.to_string())
}
