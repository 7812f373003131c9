//! `communique scheduler`: sends scheduled mailings when due, under a lease in the store, so
//! two schedulers never send the same mailing and a crashed one's mailing is taken over.

use std::path::PathBuf;
use std::time::Duration;

use communique_store::{AnyStore, Job, JobState};
use jiff::{SignedDuration, Timestamp};
use tokio::sync::watch;

use crate::cli::{Cli, SchedulerArgs};
use crate::publish::{SendOptions, send, transport};
use crate::report::Failure;

/// How long a claim holds without renewal; renewed every second while sending.
const LEASE: SignedDuration = SignedDuration::from_secs(60);
/// The longest nap between looks at the schedule.
const NAP: Duration = Duration::from_secs(5);

/// Resolves on SIGTERM or Ctrl-C.
async fn terminated() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

pub async fn run(cli: &Cli, args: &SchedulerArgs) -> Result<(), Failure> {
    let (config_path, is_default) = match &cli.config {
        Some(p) => (p.clone(), false),
        None => (PathBuf::from("communique.toml"), true),
    };
    let config = crate::config::Config::load(&config_path, is_default)?;
    let store = crate::store::open(&cli.db).await.map_err(Failure::Store)?;
    let owner = crate::publish::owner();
    let (stop_tx, stop) = watch::channel(false);
    tokio::spawn(async move {
        terminated().await;
        eprintln!("scheduler: stopping after the messages in flight");
        let _ = stop_tx.send(true);
    });
    if !args.once {
        eprintln!(
            "scheduler {owner}: watching {}",
            crate::store::shown(&cli.db)
        );
    }
    loop {
        if *stop.borrow() {
            return Ok(());
        }
        let now = Timestamp::now();
        for j in store
            .mark_missed(now, config.schedule.max_lateness)
            .await
            .map_err(Failure::Store)?
        {
            eprintln!(
                "mailing {} ({}) missed: due {}, more than {} ago; it was not sent",
                j.id,
                j.event_id,
                crate::schedule::due_in_zone(&j),
                config.schedule.max_lateness
            );
        }
        match store
            .claim_due_job(now, &owner, LEASE)
            .await
            .map_err(Failure::Store)?
        {
            Some(job) => run_job(cli, &store, job, &owner, stop.clone()).await?,
            None if args.once => return Ok(()),
            None => {
                let next = store.next_due().await.map_err(Failure::Store)?;
                let wait = next
                    .and_then(|t| Duration::try_from(t.duration_since(Timestamp::now())).ok())
                    .unwrap_or(NAP)
                    .min(NAP);
                let mut stop = stop.clone();
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }
}

/// Sends one claimed mailing, renewing the lease every second; a cancellation or a lost lease
/// stops it before the next message. Failures are recorded on the job, not fatal to the loop.
async fn run_job(
    cli: &Cli,
    store: &AnyStore,
    job: Job,
    owner: &str,
    stop: watch::Receiver<bool>,
) -> Result<(), Failure> {
    eprintln!(
        "mailing {}: sending {} to {}",
        job.id,
        job.event_id,
        job.lists.join(", ")
    );
    let (job_stop_tx, job_stop) = watch::channel(false);
    // The lease is kept by a future polled beside the work (never awaited in a select! arm's
    // body, which would freeze the work, perhaps inside a journal transaction). A cancelled
    // mailing, a lost lease or SIGTERM stops the work before its next message.
    let watch = async {
        let mut global = stop.clone();
        let mut watching = true;
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tokio::select! {
                _ = tick.tick() => {
                    match store.renew_lease(job.id, owner, Timestamp::now(), LEASE).await {
                        Ok(true) => {}
                        Ok(false) => {
                            let _ = job_stop_tx.send(true);
                        }
                        Err(e) => eprintln!("warning: could not renew mailing {}'s lease: {e}", job.id),
                    }
                }
                r = global.changed(), if watching => {
                    if r.is_err() || *global.borrow() {
                        // Stop, but keep renewing the lease while the messages in flight finish.
                        let _ = job_stop_tx.send(true);
                        watching = false;
                    }
                }
            }
        }
    };
    let outcome = tokio::select! {
        r = send_job(cli, store, &job, job_stop) => r,
        never = watch => never,
    };
    let now = Timestamp::now();
    let (state, error) = match outcome {
        Ok(JobOutcome::Complete) => (JobState::Done, None),
        // Stopped by SIGTERM: back to the schedule, due now, for the next scheduler start.
        Ok(JobOutcome::Interrupted) if *stop.borrow() => (JobState::Scheduled, None),
        Ok(JobOutcome::Interrupted) => (JobState::Cancelled, None),
        Ok(JobOutcome::Incomplete) => (
            JobState::Failed,
            Some("some recipients were not sent: see `communique status`; publish again to retry them".to_owned()),
        ),
        Err(f) => (JobState::Failed, Some(f.to_string())),
    };
    store
        .finish_job(job.id, owner, state, error.as_deref(), now)
        .await
        .map_err(Failure::Store)?;
    eprintln!(
        "mailing {}: {}{}",
        job.id,
        match state {
            JobState::Done => "done",
            JobState::Scheduled => "interrupted, back on the schedule",
            JobState::Cancelled => "stopped (cancelled or taken over)",
            _ => "failed",
        },
        error.map(|e| format!(": {e}")).unwrap_or_default()
    );
    Ok(())
}

enum JobOutcome {
    Complete,
    Incomplete,
    Interrupted,
}

async fn send_job(
    cli: &Cli,
    store: &AnyStore,
    job: &Job,
    stop: watch::Receiver<bool>,
) -> Result<JobOutcome, Failure> {
    let origin = PathBuf::from(format!("mailing {} ({})", job.id, job.event_id));
    let event =
        communique_model::parse_event_for(&job.event_json, &job.langs).map_err(|errors| {
            Failure::Event {
                path: origin.clone(),
                errors,
            }
        })?;
    if let Some(e) = &event.embargo
        && e.zoned().timestamp() > Timestamp::now()
    {
        return Err(Failure::Usage(format!(
            "{} is still under embargo",
            job.event_id
        )));
    }
    let prepared = crate::publication::prepare_event(cli, event, &origin, &job.langs)?;
    let options: SendOptions = serde_json::from_str(&job.options)
        .map_err(|e| Failure::Usage(format!("mailing {}: {e}", job.id)))?;
    let transport = transport(&job.transport, Duration::from_secs(options.timeout.max(1)))?;
    let key = crate::secret::token_key(&cli.db)?;
    let summaries = send(
        store,
        &prepared,
        &job.lists,
        &transport,
        &options,
        &key,
        stop.clone(),
        true,
    )
    .await?;
    if *stop.borrow() && summaries.iter().any(|s| !s.complete) {
        return Ok(JobOutcome::Interrupted);
    }
    if summaries.iter().all(|s| s.complete) && summaries.len() == job.lists.len() {
        Ok(JobOutcome::Complete)
    } else {
        Ok(JobOutcome::Incomplete)
    }
}
