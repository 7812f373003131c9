//! `communique publish`: check and render everything, then send each subscriber one message in
//! their language, recording every outcome in the journal.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use communique_mail::engine::{self, Options, Outgoing, RunReport};
use communique_mail::outbox::Outbox;
use communique_mail::smtp::SmtpTarget;
use communique_mail::transport::Transport;
use communique_mail::{Letter, Mailbox, message_id};
use communique_model::Lang;
use communique_store::{
    Claimed, DeliveryState, PublicationRequest, SqliteStore, StatusCounts, Store,
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
struct Summary {
    publication: i64,
    event: String,
    list: String,
    transport: String,
    this_run: RunCounts,
    /// language -> state -> count, over the whole publication.
    totals: BTreeMap<String, BTreeMap<String, u64>>,
    failures: Vec<Failed>,
    complete: bool,
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

/// The canonical JSON of the event and its hash: what "the same content" means.
fn content(prepared: &Prepared) -> Result<(String, String), Failure> {
    let json = serde_json::to_string(&prepared.event).map_err(|e| Failure::Usage(e.to_string()))?;
    let hash = data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(json.as_bytes()));
    Ok((json, hash))
}

pub async fn run(cli: &Cli, args: &PublishArgs) -> Result<(), Failure> {
    let langs = &args.langs.langs;
    // Everything is read, checked and rendered before the store is touched.
    let prepared = prepare(cli, &args.event, langs)?;
    let transport = transport(&args.transport, Duration::from_secs(args.timeout.max(1)))?;
    let store = SqliteStore::open(&cli.db).await.map_err(Failure::Store)?;
    let lists: Vec<String> = match &args.subscribers {
        Some(file) => {
            let list = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "subscribers".into());
            let r = crate::subscribers::import(&store, file, &list, true).await?;
            eprintln!(
                "{}: {} added, {} updated, {} unchanged (list `{list}`)",
                file.display(),
                r.added,
                r.updated,
                r.unchanged
            );
            vec![list]
        }
        None => args.lists.clone(),
    };
    let choice = prepared.config.lang_choice(langs);
    if args.dry_run {
        return dry_run(&store, &prepared, &lists, &choice).await;
    }
    let key = crate::secret::token_key(&cli.db)?;
    let (json, hash) = content(&prepared)?;
    let options = Options {
        concurrency: usize::from(args.concurrency),
        rate: args.rate,
        attempts: args.attempts,
        backoff: Duration::from_secs_f64(args.retry_delay.max(0.0)),
        bounce_threshold: prepared.config.delivery.bounce_threshold,
        ..Options::default()
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
    let mut incomplete = false;
    let mut summaries = Vec::new();
    for list in &lists {
        let publication = store
            .open_publication(&PublicationRequest {
                event_id: &prepared.event.id,
                list,
                content_hash: &hash,
                event_json: &json,
                langs,
                resend: args.resend,
            })
            .await
            .map_err(Failure::Store)?;
        store
            .enqueue(&publication, &choice)
            .await
            .map_err(Failure::Store)?;
        let before = store.status(&publication).await.map_err(Failure::Store)?;
        let pending = before.in_state(DeliveryState::Pending);
        if pending == 0 && !args.json {
            println!(
                "nothing to send for list `{list}`: all {} recipients of `{}` were already handled ({} sent)",
                before.total(),
                prepared.event.id,
                before.in_state(DeliveryState::Sent)
            );
        }
        let bar = progress_bar(pending, args.json);
        let build = |c: &Claimed| build_message(&prepared, &key, list, c);
        let progress = |n: u64| bar.inc(n);
        let result = engine::deliver(
            &store,
            &publication,
            &transport,
            &options,
            &build,
            stop.clone(),
            &progress,
        )
        .await;
        bar.finish_and_clear();
        let report = result.map_err(Failure::Engine)?;
        let status = store.status(&publication).await.map_err(Failure::Store)?;
        let s = summary(&publication, &transport.describe(), &report, &status);
        incomplete |= !s.complete;
        if !args.json {
            print_summary(&s);
        }
        summaries.push(s);
        if report.interrupted {
            break;
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&summaries).unwrap_or_default()
        );
    }
    if incomplete {
        return Err(Failure::Incomplete);
    }
    Ok(())
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

/// One recipient's message: the rendered notice of their language, their links, their headers.
fn build_message(
    p: &Prepared,
    key: &communique_mail::token::TokenKey,
    list: &str,
    c: &Claimed,
) -> Result<Outgoing, String> {
    let rendered = p
        .rendered
        .iter()
        .find(|r| r.lang == c.lang)
        .ok_or_else(|| format!("no rendered notice in {}", c.lang))?;
    let to_addr: lettre::Address = c.email.parse().map_err(|e| format!("{e}"))?;
    let name = Some(c.name.clone()).filter(|n| !n.is_empty());
    let to = Mailbox::new(name, to_addr.clone());
    let links = Links::new(&p.config, &p.event, c.lang, key, c.subscriber_id, list);
    let values = links.values();
    let from = p.config.sender_mailbox(c.lang);
    let id = message_id(
        &p.event.id,
        &c.email,
        c.lang,
        p.config.sender.address.domain(),
    );
    let bytes = communique_mail::compose(&Letter {
        from: &from,
        to: &to,
        subject: &rendered.subject,
        lang: c.lang,
        message_id: &id,
        date: SystemTime::now(),
        list_name: &p.config.identity(c.lang).list_name,
        list_id: &p.config.list.id,
        unsubscribe_url: &links.unsubscribe,
        unsubscribe_mailto: p.config.list.unsubscribe_mailto.as_ref(),
        text: rendered.text.fill(&values),
        html: rendered.html.fill(&values),
    })
    .map_err(|e| e.to_string())?;
    Ok(Outgoing {
        from: p.config.sender.address.clone(),
        to: to_addr,
        bytes,
        message_id: id,
    })
}

async fn dry_run(
    store: &SqliteStore,
    prepared: &Prepared,
    lists: &[String],
    choice: &communique_store::LangChoice,
) -> Result<(), Failure> {
    for list in lists {
        let audience = store.audience(list).await.map_err(Failure::Store)?;
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
    println!("nothing was sent");
    Ok(())
}
