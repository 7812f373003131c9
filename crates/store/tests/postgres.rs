//! What only a store shared by several machines has: runs that die while holding rows, and the
//! copy of an SQLite store into PostgreSQL.

use std::time::Duration;

use communique_model::Lang;
use communique_store::{
    Access, Address, AnyStore, DeliveryState, LangChoice, NewSubscriber, PublicationRequest,
    Recorded, Run, SqliteStore, Store, StoreError, copy_store,
};

mod common;
use common::{Backend, fresh};

fn person(i: usize) -> NewSubscriber {
    NewSubscriber {
        email: format!("p{i}@example.org"),
        name: format!("P {i}"),
        lang: if i.is_multiple_of(2) {
            Lang::Kk
        } else {
            Lang::Es
        },
        attributes: serde_json::Map::new(),
        consent_source: "test".into(),
    }
}

fn request(list: &str) -> PublicationRequest<'_> {
    PublicationRequest {
        event_id: "e",
        list,
        content_hash: "h",
        event_json: "{}",
        langs: &[Lang::Kk, Lang::Es],
        resend: false,
    }
}

/// The subscribers a claim returned.
fn claimed(
    claim: Result<Vec<communique_store::Claimed>, communique_store::StoreError>,
) -> Vec<i64> {
    claim.unwrap().iter().map(|c| c.subscriber_id).collect()
}

fn sent(ids: &[i64]) -> Vec<Recorded> {
    ids.iter()
        .map(|&subscriber_id| Recorded {
            subscriber_id,
            state: DeliveryState::Sent,
            reply: Some("250 ok".into()),
            message_id: Some(format!("<{subscriber_id}@test>")),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rows_of_a_dead_run_are_claimed_again_once_its_lease_runs_out_and_only_then() {
    let s = fresh(Backend::Postgres, "pg-dead-run").await;
    let other = common::open_again(&s).await;
    s.import("press", &(0..10).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    let p = s.open_publication(&request("press")).await.unwrap();
    s.enqueue(&p, &LangChoice::new(&[Lang::Kk, Lang::Es], &[]))
        .await
        .unwrap();
    let dying = Run {
        owner: "dying",
        lease_secs: 1,
    };
    let living = Run {
        owner: "living",
        lease_secs: 60,
    };
    s.begin_run(&p, dying.owner, dying.lease_secs)
        .await
        .unwrap();
    let held = claimed(s.claim(&p, &dying, 4).await);
    assert_eq!(held.len(), 4);
    // While the dying run's lease lives, its rows are its own.
    other
        .begin_run(&p, living.owner, living.lease_secs)
        .await
        .unwrap();
    let first = claimed(other.claim(&p, &living, 4).await);
    assert_eq!(first.len(), 4);
    assert!(first.iter().all(|id| !held.contains(id)));
    other.record(&p, &living, &sent(&first)).await.unwrap();
    // It dies; after its lease (database time), it may claim nothing more, though two rows are
    // still pending, and the living run takes its rows with those.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert!(
        !s.renew_run(&p, dying.owner, dying.lease_secs)
            .await
            .unwrap()
    );
    assert!(
        matches!(
            s.claim(&p, &dying, 100).await,
            Err(StoreError::RunLost { .. })
        ),
        "a claim neither revives a lease that ran out nor takes rows under it"
    );
    let mut again = claimed(other.claim(&p, &living, 100).await);
    again.sort_unstable();
    assert_eq!(again.len(), 6);
    assert!(held.iter().all(|id| again.contains(id)));
    // The dead run's late results are not recorded over rows the living run holds now.
    s.record(&p, &dying, &sent(&held)).await.unwrap();
    let status = s.status(&p).await.unwrap();
    assert_eq!(
        status.in_state(DeliveryState::Sending),
        6,
        "still the living run's"
    );
    other.record(&p, &living, &sent(&again)).await.unwrap();
    assert_eq!(
        s.status(&p).await.unwrap().in_state(DeliveryState::Sent),
        10
    );
    other.close().await;
    s.done().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copied_store_holds_what_the_sqlite_store_held_and_a_second_copy_is_refused() {
    let dir = std::env::temp_dir().join(format!("communique-pg-copy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let source = SqliteStore::open(&dir.join("s.db")).await.unwrap();
    source
        .import("press", &(0..2500).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    source
        .import("diplomats", &(2000..2600).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    let p = source.open_publication(&request("press")).await.unwrap();
    source
        .enqueue(&p, &LangChoice::new(&[Lang::Kk, Lang::Es], &[]))
        .await
        .unwrap();
    let run = Run {
        owner: "sqlite",
        lease_secs: 60,
    };
    let claimed = claimed(source.claim(&p, &run, 1500).await);
    source.record(&p, &run, &sent(&claimed)).await.unwrap();
    source.unsubscribe(claimed[0]).await.unwrap();

    let schema = "t_pg_copy";
    common::new_schema(schema).await;
    let address = Address::parse(&common::schema_address(schema), None).unwrap();
    let AnyStore::Postgres(target) =
        AnyStore::open(&address, Access::Create, Duration::from_secs(1), 4)
            .await
            .unwrap()
    else {
        unreachable!("a postgres:// address opens PostgreSQL")
    };
    let copied = copy_store(&source, &target).await.unwrap();
    let count = |t: &str| {
        copied
            .tables
            .iter()
            .find(|(name, _)| *name == t)
            .map(|(_, n)| *n)
    };
    assert_eq!(count("subscribers"), Some(2600));
    assert_eq!(count("list_members"), Some(3100));
    assert_eq!(count("deliveries"), Some(2500));
    let target = AnyStore::Postgres(target);
    assert_eq!(
        target.subscribers(None).await.unwrap(),
        source.subscribers(None).await.unwrap()
    );
    assert_eq!(
        target.audience("press").await.unwrap(),
        source.audience("press").await.unwrap()
    );
    let copied_p = target.publications().await.unwrap();
    assert_eq!(copied_p, source.publications().await.unwrap());
    assert_eq!(
        target.status(&copied_p[0]).await.unwrap(),
        source.status(&p).await.unwrap()
    );
    // New rows are numbered after the copied ones.
    target.import("late", &[person(9000)]).await.unwrap();
    let late = target.subscribers(Some("late")).await.unwrap();
    assert_eq!(late[0].id, 2601);
    // A second copy into the same database is refused and changes nothing.
    let AnyStore::Postgres(pg) = &target else {
        unreachable!()
    };
    let refused = copy_store(&source, pg).await.unwrap_err();
    assert!(refused.to_string().contains("already holds"), "{refused}");
    assert_eq!(target.subscribers(None).await.unwrap().len(), 2601);
    target.close().await;
    source.close().await;
    common::drop_schema(schema).await;
    std::fs::remove_dir_all(dir).ok();
}
