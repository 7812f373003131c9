//! The schedule, on both backends: due and not due (with an injected clock), leases and
//! takeover after a crash (on the store's clock), two schedulers on one store, cancellation
//! and missed jobs.

use communique_model::Lang;
use communique_store::{JobState, NewJob};
use jiff::{SignedDuration, Timestamp};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn job(due: &str) -> NewJob {
    NewJob {
        event_id: "e".into(),
        event_json: "{}".into(),
        langs: vec![Lang::Kk, Lang::En],
        lists: vec!["press".into()],
        transport: "outbox:out".into(),
        options: "{}".into(),
        due_at: at(due),
        zone: "Asia/Almaty".into(),
    }
}

const LEASE: SignedDuration = SignedDuration::from_secs(60);

async fn a_job_is_claimed_only_once_due(b: Backend) {
    let s = fresh(b, "sched-due").await;
    let id = s
        .create_job(&job("2026-01-01T04:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    assert!(
        s.claim_due_job(at("2026-01-01T03:59:59Z"), "a", LEASE)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        s.next_due().await.unwrap(),
        Some(at("2026-01-01T04:00:00Z"))
    );
    let j = s
        .claim_due_job(at("2026-01-01T04:00:00Z"), "a", LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (j.id, j.state, j.lease_owner.as_deref()),
        (id, JobState::Sending, Some("a"))
    );
    assert_eq!(j.langs, vec![Lang::Kk, Lang::En]);
    s.finish_job(id, "a", JobState::Done, None, at("2026-01-01T04:01:00Z"))
        .await
        .unwrap();
    assert_eq!(s.job(id).await.unwrap().unwrap().state, JobState::Done);
    assert!(
        s.claim_due_job(at("2026-01-02T00:00:00Z"), "a", LEASE)
            .await
            .unwrap()
            .is_none()
    );
    s.done().await;
}

async fn two_schedulers_never_hold_the_same_job_and_a_crashed_ones_job_is_taken_over(b: Backend) {
    // Leases run on the store's clock (PostgreSQL's, shared by every machine), so this test
    // uses real time and a short lease, where the others inject the time a job falls due.
    const SHORT: SignedDuration = SignedDuration::from_secs(2);
    let s = fresh(b, "sched-two").await;
    let other_process = common::open_again(&s).await;
    let id = s
        .create_job(&job("2026-01-01T04:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        s.claim_due_job(Timestamp::now(), "a", SHORT),
        other_process.claim_due_job(Timestamp::now(), "b", SHORT)
    );
    let claims = [a.unwrap(), b.unwrap()];
    assert_eq!(
        claims.iter().flatten().count(),
        1,
        "exactly one scheduler holds it"
    );
    let holder = claims
        .iter()
        .flatten()
        .next()
        .unwrap()
        .lease_owner
        .clone()
        .unwrap();
    let other = if holder == "a" { "b" } else { "a" };
    // While the lease runs, nobody else gets it, and the holder can renew it.
    assert!(
        other_process
            .claim_due_job(Timestamp::now(), other, SHORT)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.renew_lease(id, &holder, Timestamp::now(), SHORT)
            .await
            .unwrap()
    );
    assert!(
        other_process
            .claim_due_job(Timestamp::now(), other, SHORT)
            .await
            .unwrap()
            .is_none()
    );
    // The holder crashes: its lease runs out and the other scheduler takes the job over.
    tokio::time::sleep(std::time::Duration::from_millis(2600)).await;
    let taken = other_process
        .claim_due_job(Timestamp::now(), other, SHORT)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(taken.lease_owner.as_deref(), Some(other));
    // The old holder, if it comes back, has lost the job: it must stop, and cannot finish it.
    assert!(
        !s.renew_lease(id, &holder, Timestamp::now(), SHORT)
            .await
            .unwrap()
    );
    s.finish_job(id, &holder, JobState::Done, None, Timestamp::now())
        .await
        .unwrap();
    assert_eq!(s.job(id).await.unwrap().unwrap().state, JobState::Sending);
    other_process.close().await;
    s.done().await;
}

async fn a_cancelled_job_is_not_sent_and_a_sending_one_is_told_to_stop(b: Backend) {
    let s = fresh(b, "sched-cancel").await;
    let waiting = s
        .create_job(&job("2026-01-01T04:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    let running = s
        .create_job(&job("2025-12-31T10:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    let j = s
        .claim_due_job(at("2025-12-31T10:00:00Z"), "a", LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(j.id, running);
    assert_eq!(
        s.cancel_job(waiting, at("2025-12-31T11:00:00Z"))
            .await
            .unwrap(),
        Some(JobState::Scheduled)
    );
    assert_eq!(
        s.cancel_job(running, at("2025-12-31T11:00:00Z"))
            .await
            .unwrap(),
        Some(JobState::Sending)
    );
    assert!(
        !s.renew_lease(running, "a", at("2025-12-31T11:00:01Z"), LEASE)
            .await
            .unwrap(),
        "the sender learns to stop"
    );
    s.finish_job(
        running,
        "a",
        JobState::Done,
        None,
        at("2025-12-31T11:00:02Z"),
    )
    .await
    .unwrap();
    assert_eq!(
        s.job(running).await.unwrap().unwrap().state,
        JobState::Cancelled
    );
    assert!(
        s.claim_due_job(at("2026-02-01T00:00:00Z"), "a", LEASE)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        s.cancel_job(999, at("2026-02-01T00:00:00Z")).await.unwrap(),
        None
    );
    s.done().await;
}

async fn a_job_older_than_the_allowed_lateness_is_missed_not_sent(b: Backend) {
    let s = fresh(b, "sched-missed").await;
    let old = s
        .create_job(&job("2026-01-01T04:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    let recent = s
        .create_job(&job("2026-01-01T09:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    // The scheduler starts at 11:00: the 04:00 job is 7 h late (more than 6 h), the 09:00 one 2 h.
    let now = at("2026-01-01T11:00:00Z");
    let missed = s
        .mark_missed(now, SignedDuration::from_hours(6))
        .await
        .unwrap();
    assert_eq!(missed.iter().map(|j| j.id).collect::<Vec<_>>(), vec![old]);
    assert!(
        missed[0]
            .last_error
            .as_deref()
            .unwrap()
            .contains("no scheduler was running")
    );
    let claimed = s.claim_due_job(now, "a", LEASE).await.unwrap().unwrap();
    assert_eq!(claimed.id, recent);
    assert_eq!(s.job(old).await.unwrap().unwrap().state, JobState::Missed);
    s.done().await;
}

mod common;
use common::{Backend, fresh};

on_both!(
    a_job_is_claimed_only_once_due,
    two_schedulers_never_hold_the_same_job_and_a_crashed_ones_job_is_taken_over,
    a_cancelled_job_is_not_sent_and_a_sending_one_is_told_to_stop,
    a_job_older_than_the_allowed_lateness_is_missed_not_sent,
);
