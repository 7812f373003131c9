//! `communique publish`: check and render everything, then send each subscriber one message in
//! their language, recording every outcome in the journal.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use communique_mail::engine::{self, EngineError, Lease, Options, Outgoing, RunReport};
use communique_mail::outbox::Outbox;
use communique_mail::smtp::SmtpTarget;
use communique_mail::splice::{Piece, Recipient, Shared, Template};
use communique_mail::transport::Transport;
use communique_mail::{Mailbox, message_id};
use communique_model::Lang;
use communique_render::{Piece as RenderedPiece, Slot};
use communique_store::{
    AnyStore, Claimed, DeliveryState, ImportPreview, PublicationRequest, StatusCounts, Store,
    StoreError,
};
use sha2::Digest;

use crate::cli::{Cli, PublishArgs};
use crate::publication::{Links, Prepared, prepare};
use crate::report::Failure;

/// Turns `--transport` into a transport; SMTP credentials come from the environment only.
pub fn transport(spec: &str, timeout: Duration) -> Result<Transport, Failure> {
    if let Some(dir) = spec.strip_prefix("outbox:") {
        if dir.is_empty() {
            return Err(Failure::Usage(
                "outbox: needs a directory, as in outbox:out/".into(),
            ));
        }
        return Ok(Transport::Outbox(Outbox::new(Path::new(dir))));
    }
    let mut target = SmtpTarget::parse(spec).map_err(|e| Failure::Usage(e.to_string()))?;
    target.timeout = timeout;
    target.credentials = match (
        std::env::var("COMMUNIQUE_SMTP_USER"),
        std::env::var("COMMUNIQUE_SMTP_PASSWORD"),
    ) {
        (Ok(u), Ok(p)) => Some((u, p)),
        (Ok(_), Err(_)) | (Err(_), Ok(_)) => {
            return Err(Failure::Usage(
                "set both COMMUNIQUE_SMTP_USER and COMMUNIQUE_SMTP_PASSWORD, or neither".into(),
            ));
        }
        _ => None,
    };
    Ok(Transport::Smtp(target))
}

/// What the summary reports about one publication.
#[derive(Debug, serde::Serialize)]
pub struct Summary {
    publication: i64,
    event: String,
    list: String,
    transport: String,
    this_run: RunCounts,
    /// language -> state -> count, over the whole publication.
    totals: BTreeMap<String, BTreeMap<String, u64>>,
    failures: Vec<Failed>,
    pub complete: bool,
}

#[derive(Debug, serde::Serialize)]
struct RunCounts {
    sent: u64,
    failed_temporary: u64,
    failed_permanent: u64,
    interrupted: bool,
}

#[derive(Debug, serde::Serialize)]
struct Failed {
    email: String,
    state: String,
    reply: String,
}

fn summary(
    p: &communique_store::Publication,
    transport: &str,
    run: &RunReport,
    status: &StatusCounts,
) -> Summary {
    let mut totals: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for ((lang, state), n) in &status.counts {
        totals
            .entry(lang.clone())
            .or_default()
            .insert(state.to_string(), *n);
    }
    let done = status.in_state(DeliveryState::Sent) + status.in_state(DeliveryState::Skipped);
    Summary {
        publication: p.id,
        event: p.event_id.clone(),
        list: p.list.clone(),
        transport: transport.to_owned(),
        this_run: RunCounts {
            sent: run.sent,
            failed_temporary: run.failed_temporary,
            failed_permanent: run.failed_permanent,
            interrupted: run.interrupted,
        },
        totals,
        failures: status
            .failures
            .iter()
            .map(|(email, state, reply)| Failed {
                email: email.clone(),
                state: state.to_string(),
                reply: reply.clone(),
            })
            .collect(),
        complete: done == status.total(),
    }
}

fn print_summary(s: &Summary) {
    println!(
        "publication {} ({} → list `{}`, via {})",
        s.publication, s.event, s.list, s.transport
    );
    println!(
        "  this run: {} sent, {} failed temporarily, {} failed permanently{}",
        s.this_run.sent,
        s.this_run.failed_temporary,
        s.this_run.failed_permanent,
        if s.this_run.interrupted {
            " (interrupted)"
        } else {
            ""
        }
    );
    for (lang, states) in &s.totals {
        let parts: Vec<String> = states.iter().map(|(st, n)| format!("{n} {st}")).collect();
        println!("  {lang}: {}", parts.join(", "));
    }
    for f in s.failures.iter().take(20) {
        println!("  ! {} {}: {}", f.email, f.state, f.reply);
    }
    if s.failures.len() > 20 {
        println!(
            "  … and {} more failures (communique status {})",
            s.failures.len() - 20,
            s.publication
        );
    }
}

/// The event as canonical JSON, and its hash: what "the same content" means.
struct Content {
    json: String,
    hash: String,
}

fn content(prepared: &Prepared) -> Result<Content, Failure> {
    let json = serde_json::to_string(&prepared.event).map_err(|e| Failure::Usage(e.to_string()))?;
    let hash = data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(json.as_bytes()));
    Ok(Content { json, hash })
}

/// The request to publish the prepared event to `list`.
fn request<'a>(
    prepared: &'a Prepared,
    list: &'a str,
    content: &'a Content,
    resend: bool,
) -> PublicationRequest<'a> {
    PublicationRequest {
        event_id: &prepared.event.id,
        list,
        content_hash: &content.hash,
        event_json: &content.json,
        langs: &prepared.langs,
        resend,
    }
}

/// How a publication sends: stored with a scheduled job, so the scheduler sends it the same way.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SendOptions {
    pub concurrency: u16,
    /// Jobs stored before this option existed send with its default.
    #[serde(default = "default_in_doubt")]
    pub in_doubt: u16,
    pub rate: Option<f64>,
    pub attempts: u32,
    pub retry_delay: f64,
    pub timeout: u64,
    pub resend: bool,
}

fn default_in_doubt() -> u16 {
    4
}

impl SendOptions {
    fn from_args(args: &PublishArgs) -> SendOptions {
        SendOptions {
            concurrency: args.concurrency,
            in_doubt: args.in_doubt,
            rate: args.rate,
            attempts: args.attempts,
            retry_delay: args.retry_delay,
            timeout: args.timeout,
            resend: args.resend,
        }
    }
}

/// What a publish does once everything is checked.
enum Next {
    /// Send now, signing the links with this key.
    Send(communique_mail::token::TokenKey),
    /// Store a job for the scheduler (which signs the links when it sends), due then.
    Schedule(jiff::Zoned, Option<String>),
}

pub async fn run(cli: &Cli, args: &PublishArgs) -> Result<(), Failure> {
    let langs = &args.langs.langs;
    // Everything is read, checked and rendered before the store is touched.
    let prepared = prepare(cli, &args.event, langs)?;
    let options = SendOptions::from_args(args);
    let transport = transport(&args.transport, Duration::from_secs(options.timeout.max(1)))?;
    let now = jiff::Timestamp::now();
    let due = crate::schedule::decide(
        now,
        args.at.as_deref(),
        prepared.event.embargo.as_ref(),
        args.now_if_past,
    )?;
    // The subscriber file too, every row of it (imported into a list named after the file).
    let import = match &args.subscribers {
        Some(file) => {
            let list = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "subscribers".into());
            let checked = crate::subscribers::check(file, crate::subscribers::BadRows::Publish)?;
            Some((list, checked))
        }
        None => None,
    };
    let lists: Vec<String> = match &import {
        Some((list, _)) => vec![list.clone()],
        None => args.lists.clone(),
    };
    // A secret that cannot be read stops the command here; a missing one is created only
    // once everything has passed.
    let key = crate::secret::existing_token_key(&cli.db)?;
    let content = content(&prepared)?;
    if args.dry_run {
        let import = import.as_ref().map(|(_, checked)| checked);
        return dry_run(
            cli,
            &prepared,
            &lists,
            import,
            &content,
            &options,
            key.is_some(),
        )
        .await;
    }
    let store = crate::store::open(&cli.db).await.map_err(Failure::Store)?;
    for list in &lists {
        // An unknown list is an input error now, not at send time.
        if import.is_none() {
            store.audience(list).await.map_err(Failure::Store)?;
        }
        // A publication that would be refused is refused before the import.
        store
            .check_publication(&request(&prepared, list, &content, options.resend))
            .await
            .map_err(Failure::Store)?;
    }
    // Sending now needs the secret: a missing one is created here, after every check and before
    // the import, so that failing to create it changes nothing.
    let next = match due {
        crate::schedule::Due::Now => Next::Send(match key {
            Some(key) => key,
            None => crate::secret::token_key(&cli.db)?,
        }),
        crate::schedule::Due::Later { at, note } => Next::Schedule(at, note),
    };
    if let Some((list, checked)) = import {
        let file = checked.path().to_owned();
        let r = crate::subscribers::import_checked(&store, checked, &list).await?;
        eprintln!(
            "{}: {} added, {} updated, {} unchanged (list `{list}`)",
            file.display(),
            r.added,
            r.updated,
            r.unchanged
        );
    }
    let key = match next {
        Next::Send(key) => key,
        Next::Schedule(at, note) => {
            return crate::schedule::store_job(
                &store,
                &prepared,
                langs,
                &lists,
                &args.transport,
                &options,
                at,
                note,
                now,
            )
            .await;
        }
    };
    let (stop_tx, stop) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\nstopping: finishing the messages in flight (press Ctrl-C again to abort)");
            let _ = stop_tx.send(true);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    });
    let summaries = send(
        &store, &prepared, &lists, &transport, &options, &key, stop, args.json,
    )
    .await?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&summaries).unwrap_or_default()
        );
    }
    if summaries.iter().any(|s| !s.complete) {
        return Err(Failure::Incomplete);
    }
    Ok(())
}

/// Sends a prepared publication to each list, printing a summary per list (unless `quiet`).
#[allow(clippy::too_many_arguments)]
pub async fn send(
    store: &AnyStore,
    prepared: &Prepared,
    lists: &[String],
    transport: &Transport,
    options: &SendOptions,
    key: &communique_mail::token::TokenKey,
    stop: tokio::sync::watch::Receiver<bool>,
    quiet: bool,
) -> Result<Vec<Summary>, Failure> {
    let choice = prepared.config.lang_choice(&prepared.langs);
    let content = content(prepared)?;
    let engine_options = Options {
        concurrency: usize::from(options.concurrency),
        in_doubt: usize::from(options.in_doubt),
        rate: options.rate,
        attempts: options.attempts,
        backoff: Duration::from_secs_f64(options.retry_delay.max(0.0)),
        bounce_threshold: prepared.config.delivery.bounce_threshold,
        ..Options::default()
    };
    // Every list's publication is opened and its journal written before the first message, so
    // a refusal on the second list cannot come after the first was sent.
    let run = owner();
    let mut publications = Vec::new();
    for list in lists {
        let publication = store
            .open_publication(&request(prepared, list, &content, options.resend))
            .await
            .map_err(Failure::Store)?;
        match store.begin_run(&publication, &run, run_lease_secs()).await {
            Ok(()) => {}
            // A run on this machine that no longer exists (killed) cannot finish its lease:
            // take the publication over now rather than make the user wait for it to expire.
            Err(communique_store::StoreError::Busy { owner, .. }) if dead_local_run(&owner) => {
                store
                    .take_over_run(&publication, &owner, &run, run_lease_secs())
                    .await
                    .map_err(Failure::Store)?;
            }
            Err(e) => return Err(Failure::Store(e)),
        }
        publications.push(publication);
    }
    let mut summaries = Vec::new();
    let mut failure = None;
    for publication in &publications {
        if let Err(e) = store.enqueue(publication, &choice).await {
            failure = Some(Failure::Store(e));
            break;
        }
    }
    for publication in publications.iter().filter(|_| failure.is_none()) {
        match send_one(
            store,
            prepared,
            publication,
            transport,
            &engine_options,
            key,
            stop.clone(),
            quiet,
            &run,
        )
        .await
        {
            Ok((s, interrupted)) => {
                summaries.push(s);
                if interrupted {
                    break;
                }
            }
            Err(f) => {
                failure = Some(f);
                break;
            }
        }
    }
    for publication in &publications {
        let _ = store.end_run(publication, &run).await;
    }
    if let Some(f) = failure {
        return Err(f);
    }
    Ok(summaries)
}

/// How long a run's hold on a publication lasts without renewal (renewed every few seconds):
/// 30 s, or `COMMUNIQUE_RUN_LEASE_SECS` (tests shorten it to pause a run past its lease).
fn run_lease_secs() -> i64 {
    std::env::var("COMMUNIQUE_RUN_LEASE_SECS")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(30)
}

/// Who holds a lease (a publication's run, a scheduler's mailing): "host:pid:nonce", the form
/// `dead_local_run` reads back.
pub fn owner() -> String {
    format!("{}:{}:{:08x}", host(), std::process::id(), fastrand_u32())
}

fn host() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "localhost".into())
}

/// True for a run owner ("host:pid:nonce") on this machine whose process is gone.
fn dead_local_run(owner: &str) -> bool {
    let mut parts = owner.split(':');
    let (Some(h), Some(pid)) = (parts.next(), parts.next()) else {
        return false;
    };
    h == host() && pid.parse::<u32>().is_ok() && !Path::new(&format!("/proc/{pid}")).exists()
}

fn fastrand_u32() -> u32 {
    let mut b = [0u8; 4];
    let _ = getrandom::fill(&mut b);
    u32::from_le_bytes(b)
}

/// Sends one publication, keeping the run's lease alive; its summary and whether it was
/// interrupted.
#[allow(clippy::too_many_arguments)]
async fn send_one(
    store: &AnyStore,
    prepared: &Prepared,
    publication: &communique_store::Publication,
    transport: &Transport,
    options: &Options,
    key: &communique_mail::token::TokenKey,
    stop: tokio::sync::watch::Receiver<bool>,
    quiet: bool,
    run: &str,
) -> Result<(Summary, bool), Failure> {
    // The lease was taken with the other lists' before the first was sent, and a long send of
    // an earlier list may have outlasted it: take it again before this list's first claim
    // (refused if another run took the publication meanwhile).
    store
        .begin_run(publication, run, run_lease_secs())
        .await
        .map_err(Failure::Store)?;
    let before = store.status(publication).await.map_err(Failure::Store)?;
    let pending = before.in_state(DeliveryState::Pending);
    if pending == 0 && !quiet {
        println!(
            "nothing to send for list `{}`: all {} recipients of `{}` were already handled ({} sent)",
            publication.list,
            before.total(),
            prepared.event.id,
            before.in_state(DeliveryState::Sent)
        );
    }
    let bar = progress_bar(pending, quiet);
    let templates = templates(prepared, key, publication);
    let build = |c: &Claimed| build_message(prepared, &templates, key, publication, c);
    let progress = |n: u64| bar.inc(n);
    // The engine keeps the lease (renewed in the background, checked before each send), and
    // stops the run when another run took the publication over.
    let options = Options {
        lease: Some(Lease {
            owner: run.to_owned(),
            secs: run_lease_secs(),
        }),
        ..options.clone()
    };
    let result = engine::deliver(
        store,
        publication,
        transport,
        &options,
        &build,
        stop,
        &progress,
    )
    .await;
    bar.finish_and_clear();
    let report = result.map_err(|e| match e {
        // Not a failure to resume from: the other run is sending the rest.
        EngineError::Store(lost @ StoreError::RunLost { .. }) => Failure::Store(lost),
        other => Failure::Engine(other),
    })?;
    let status = store.status(publication).await.map_err(Failure::Store)?;
    let s = summary(publication, &transport.describe(), &report, &status);
    if !quiet {
        print_summary(&s);
    }
    Ok((s, report.interrupted))
}

fn progress_bar(total: u64, json: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if json || !std::io::stdout().is_terminal() || total == 0 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} sent ({per_sec}, {eta} left)")
    {
        bar.set_style(style);
    }
    bar
}

/// One language's message of a publication, encoded once for all its recipients (or why it
/// cannot be built, which each of them is told).
struct LangTemplate<'p> {
    rendered: &'p communique_render::Rendered,
    template: Result<Template, String>,
}

/// Each rendered language's message, with the web link (the same for the whole list) written
/// in and the unsubscribe link left open.
fn templates<'p>(
    p: &'p Prepared,
    key: &communique_mail::token::TokenKey,
    publication: &communique_store::Publication,
) -> Vec<LangTemplate<'p>> {
    p.rendered
        .iter()
        .map(|rendered| {
            let lang = rendered.lang;
            let web = Links::web(&p.config, &p.event, lang, key, &publication.list);
            let web_text = rendered.text.as_written(&web);
            let web_html = rendered.html.as_written(&web);
            let from = p.config.sender_mailbox(lang);
            let template = {
                let text = pieces(&rendered.text, &web_text);
                let html = pieces(&rendered.html, &web_html);
                Template::new(&Shared {
                    from: &from,
                    subject: &rendered.subject,
                    lang,
                    list_name: &p.config.identity(lang).list_name,
                    list_id: &p.config.list.id,
                    unsubscribe_mailto: p.config.list.unsubscribe_mailto.as_ref(),
                    text: &text,
                    html: &html,
                })
                .map_err(|e| e.to_string())
            };
            LangTemplate { rendered, template }
        })
        .collect()
}

/// A rendered part as the mail template takes it: the web link written in (as the part writes
/// it), the unsubscribe link left open.
fn pieces<'a>(part: &'a communique_render::Part, web: &'a str) -> Vec<Piece<'a>> {
    part.pieces()
        .map(|piece| match piece {
            RenderedPiece::Text(t) => Piece::Text(t),
            RenderedPiece::Slot(Slot::WebUrl) => Piece::Text(web),
            RenderedPiece::Slot(Slot::UnsubscribeUrl) => Piece::UnsubscribeUrl,
        })
        .collect()
}

/// One recipient's message: their language's template with their headers and their link.
fn build_message(
    p: &Prepared,
    templates: &[LangTemplate],
    key: &communique_mail::token::TokenKey,
    publication: &communique_store::Publication,
    c: &Claimed,
) -> Result<Outgoing, String> {
    let lang = templates
        .iter()
        .find(|t| t.rendered.lang == c.lang)
        .ok_or_else(|| format!("no rendered notice in {}", c.lang))?;
    let template = lang.template.as_ref().map_err(Clone::clone)?;
    let to_addr: lettre::Address = c.email.parse().map_err(|e| format!("{e}"))?;
    let name = Some(c.name.clone()).filter(|n| !n.is_empty());
    // The header names the domain in its ASCII form, which every server takes (the envelope
    // is chosen per server: SMTPUTF8, or the same ASCII form).
    let header_addr = communique_mail::smtp::ascii_address(&to_addr).unwrap_or(to_addr.clone());
    let to = Mailbox::new(name, header_addr);
    let unsubscribe = Links::unsubscribe(&p.config, key, c.subscriber_id, &publication.list);
    // A deliberate resend is a new message, with its own Message-ID (or filters would drop it).
    let event_key = match publication.generation {
        1 => p.event.id.clone(),
        g => format!("{}#{g}", p.event.id),
    };
    let id = message_id(
        &event_key,
        &c.email,
        c.lang,
        p.config.sender.address.domain(),
    );
    let bytes = template
        .letter(&Recipient {
            to: &to,
            message_id: &id,
            date: SystemTime::now(),
            unsubscribe_url: &unsubscribe,
            unsubscribe_url_html: &lang.rendered.html.as_written(&unsubscribe),
        })
        .map_err(|e| e.to_string())?;
    Ok(Outgoing {
        from: p.config.sender.address.clone(),
        to: to_addr,
        bytes,
        message_id: id,
    })
}

/// Checks what a run would do and counts its recipients, writing nothing: the store is opened
/// read-only (a missing one is taken as empty), the import is only previewed, and a missing
/// token secret is not created.
async fn dry_run(
    cli: &Cli,
    prepared: &Prepared,
    lists: &[String],
    import: Option<&crate::subscribers::Checked>,
    content: &Content,
    options: &SendOptions,
    has_secret: bool,
) -> Result<(), Failure> {
    let store = match crate::store::open_read_only(&cli.db).await {
        Ok(store) => Some(store),
        Err(StoreError::Missing(_)) if import.is_some() => None,
        Err(e) => return Err(Failure::Store(e)),
    };
    let choice = prepared.config.lang_choice(&prepared.langs);
    for list in lists {
        if let Some(store) = &store {
            store
                .check_publication(&request(prepared, list, content, options.resend))
                .await
                .map_err(Failure::Store)?;
        }
        let audience = match (import, &store) {
            (Some(checked), store) => {
                let rows = checked.read_rows()?;
                let preview = match store {
                    Some(store) => store
                        .preview_import(list, &rows)
                        .await
                        .map_err(Failure::Store)?,
                    None => {
                        let mut preview = ImportPreview::default();
                        for row in &rows {
                            preview.count(row, None);
                        }
                        preview
                    }
                };
                let r = preview.report;
                println!(
                    "dry run, list `{list}`: the import would add {}, update {}, leave {} unchanged and put {} more on the list",
                    r.added, r.updated, r.unchanged, r.joined
                );
                preview.audience
            }
            (None, Some(store)) => store.audience(list).await.map_err(Failure::Store)?,
            (None, None) => return Err(Failure::Store(StoreError::NoSuchList(list.clone()))),
        };
        let mut per_lang: BTreeMap<String, u64> = BTreeMap::new();
        for (lang, n) in audience {
            let key = choice
                .get(lang)
                .map_or("skipped".to_owned(), |l: Lang| l.code().to_owned());
            *per_lang.entry(key).or_default() += n;
        }
        let parts: Vec<String> = per_lang
            .iter()
            .map(|(l, n)| format!("{n} in {l}"))
            .collect();
        println!("dry run, list `{list}`: would send {}", parts.join(", "));
    }
    for r in &prepared.rendered {
        println!("  {}: {}", r.lang, r.subject);
    }
    if !has_secret && crate::store::is_postgres(&cli.db) {
        return Err(crate::secret::missing(&cli.db, "publish"));
    }
    if !has_secret {
        println!(
            "  the run would create {} to sign the unsubscribe links",
            crate::secret::default_path(&cli.db).display()
        );
    }
    println!("nothing was sent, and nothing was changed");
    Ok(())
}
