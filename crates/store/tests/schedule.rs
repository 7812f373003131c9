//! The schedule with an injected clock: due and not due, leases, takeover after a crash, two
//! schedulers on one store, cancellation and missed jobs. Nothing sleeps.

use communique_model::Lang;
use communique_store::{JobState, NewJob, SqliteStore};
use jiff::{SignedDuration, Timestamp};

async fn store(name: &str) -> (SqliteStore, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("communique-sched-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    (SqliteStore::open(&dir.join("s.db")).await.unwrap(), dir)
}

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

#[tokio::test]
async fn a_job_is_claimed_only_once_due() {
    let (s, dir) = store("due").await;
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
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn two_schedulers_never_hold_the_same_job_and_a_crashed_ones_job_is_taken_over() {
    let (s, dir) = store("two").await;
    let id = s
        .create_job(&job("2026-01-01T04:00:00Z"), at("2025-12-31T00:00:00Z"))
        .await
        .unwrap();
    let now = at("2026-01-01T04:00:05Z");
    let (a, b) = tokio::join!(
        s.claim_due_job(now, "a", LEASE),
        s.claim_due_job(now, "b", LEASE)
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
        s.claim_due_job(at("2026-01-01T04:00:50Z"), other, LEASE)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.renew_lease(id, &holder, at("2026-01-01T04:00:50Z"), LEASE)
            .await
            .unwrap()
    );
    assert!(
        s.claim_due_job(at("2026-01-01T04:01:30Z"), other, LEASE)
            .await
            .unwrap()
            .is_none()
    );
    // The holder crashes: its lease runs out and the other scheduler takes the job over.
    let taken = s
        .claim_due_job(at("2026-01-01T04:02:00Z"), other, LEASE)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(taken.lease_owner.as_deref(), Some(other));
    // The old holder, if it comes back, has lost the job: it must stop, and cannot finish it.
    assert!(
        !s.renew_lease(id, &holder, at("2026-01-01T04:02:01Z"), LEASE)
            .await
            .unwrap()
    );
    s.finish_job(
        id,
        &holder,
        JobState::Done,
        None,
        at("2026-01-01T04:02:02Z"),
    )
    .await
    .unwrap();
    assert_eq!(s.job(id).await.unwrap().unwrap().state, JobState::Sending);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_cancelled_job_is_not_sent_and_a_sending_one_is_told_to_stop() {
    let (s, dir) = store("cancel").await;
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
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_job_older_than_the_allowed_lateness_is_missed_not_sent() {
    let (s, dir) = store("missed").await;
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
    std::fs::remove_dir_all(dir).ok();
}
