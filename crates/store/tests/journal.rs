//! The journal's claim: people who left since their rows were written are skipped, not mailed,
//! and a window of such people does not end the run early.

use communique_model::Lang;
use communique_store::{
    AnyStore, DeliveryState, LangChoice, NewSubscriber, PublicationRequest, Recorded, Store,
};

fn person(i: usize) -> NewSubscriber {
    NewSubscriber {
        email: format!("p{i}@example.org"),
        name: format!("P {i}"),
        lang: Lang::En,
        attributes: serde_json::Map::new(),
        consent_source: "test".into(),
    }
}

/// p0…p4 on `press`, and `other_member` on the list `other` too.
async fn five_on_press(b: Backend, name: &str, other_member: usize) -> Fresh {
    let s = fresh(b, name).await;
    s.import("press", &(0..5).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    s.import("other", &[person(other_member)]).await.unwrap();
    s
}

/// The ids of the members of `press`, by email.
async fn ids_on_press(s: &AnyStore) -> Vec<i64> {
    s.subscribers(Some("press"))
        .await
        .unwrap()
        .iter()
        .map(|x| x.id)
        .collect()
}

/// The publication of event `e` in English to `press`.
async fn publication(s: &AnyStore) -> communique_store::Publication {
    s.open_publication(&PublicationRequest {
        event_id: "e",
        list: "press",
        content_hash: "h",
        event_json: "{}",
        langs: &[Lang::En],
        resend: false,
    })
    .await
    .unwrap()
}

async fn claim_skips_people_who_left_after_enqueue(b: Backend) {
    let s = fresh(b, "journal-journal").await;
    s.import("press", &(0..6).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    let p = publication(&s).await;
    let choice = LangChoice::new(&[Lang::En], &[]);
    assert_eq!(s.enqueue(&p, &choice).await.unwrap(), 6);
    let ids = ids_on_press(&s).await;
    // The first two unsubscribe after their rows were written.
    assert!(s.unsubscribe(ids[0]).await.unwrap());
    assert!(s.unsubscribe(ids[1]).await.unwrap());
    // A window of one that only holds people who left is passed over, not taken as the end.
    let first = s.claim(&p, &RUN, 1).await.unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].email, "p2@example.org");
    let rest = s.claim(&p, &RUN, 10).await.unwrap();
    assert_eq!(
        rest.iter().map(|c| c.email.as_str()).collect::<Vec<_>>(),
        ["p3@example.org", "p4@example.org", "p5@example.org"]
    );
    assert!(s.claim(&p, &RUN, 10).await.unwrap().is_empty());
    let st = s.status(&p).await.unwrap();
    assert_eq!(st.in_state(DeliveryState::Skipped), 2);
    assert_eq!(st.in_state(DeliveryState::Sending), 4);
    s.done().await;
}

async fn departed_names_the_claimed_recipients_who_left_since_the_claim(b: Backend) {
    let s = five_on_press(b, "journal-departed", 4).await;
    let p = publication(&s).await;
    s.enqueue(&p, &LangChoice::new(&[Lang::En], &[]))
        .await
        .unwrap();
    let claimed = s.claim(&p, &RUN, 4).await.unwrap();
    let id = |i: usize| claimed[i].subscriber_id;
    assert!(s.departed(&p).await.unwrap().is_empty());
    let unclaimed = ids_on_press(&s).await[4];
    // Everything stopped, one list left, bounced, removed; and one not yet claimed who left.
    s.unsubscribe(id(0)).await.unwrap();
    s.leave_list(id(1), "press").await.unwrap();
    s.note_bounce(id(2), 1).await.unwrap();
    s.remove_subscriber("p3@example.org").await.unwrap();
    s.unsubscribe(unclaimed).await.unwrap();
    let gone = s.departed(&p).await.unwrap();
    assert_eq!(
        gone,
        [id(0), id(1), id(2), id(3)].into_iter().collect(),
        "only claimed rows are looked at"
    );
    s.done().await;
}

async fn an_import_preview_says_what_the_import_then_does_and_writes_nothing(b: Backend) {
    let s = five_on_press(b, "journal-preview", 7).await;
    let ids = ids_on_press(&s).await;
    // p0 left this list, p1 bounced: an import keeps them out. p7 is on another list only.
    s.leave_list(ids[0], "press").await.unwrap();
    s.note_bounce(ids[1], 1).await.unwrap();
    let rows: Vec<NewSubscriber> = [0, 1, 2, 3, 7, 8]
        .into_iter()
        .map(|i| NewSubscriber {
            lang: if i == 3 { Lang::Kk } else { Lang::En },
            name: if i == 2 {
                "Renamed".into()
            } else {
                format!("P {i}")
            },
            ..person(i)
        })
        .collect();
    let before = s.subscribers(None).await.unwrap();
    let preview = s.preview_import("press", &rows).await.unwrap();
    assert_eq!(
        s.subscribers(None).await.unwrap(),
        before,
        "nothing written"
    );
    let report = s.import("press", &rows).await.unwrap();
    assert_eq!(preview.report, report);
    assert_eq!(preview.audience, s.audience("press").await.unwrap());
    assert_eq!(
        preview.audience,
        [(Lang::Kk, 1), (Lang::En, 4)].into_iter().collect()
    );
    // A list that does not exist yet: everyone (all stored by now) would join it.
    let fresh = s.preview_import("new-list", &rows).await.unwrap();
    assert_eq!((fresh.report.added, fresh.report.joined), (0, 6));
    s.done().await;
}

/// An import larger than one batch, with an address given twice (the second row updates what
/// the first wrote, as row by row) and a re-import that changes some rows: every count right,
/// every row stored as its last occurrence says.
async fn a_large_import_counts_and_stores_every_row_once(b: Backend) {
    let s = fresh(b, "journal-large-import").await;
    let mut rows: Vec<NewSubscriber> = (0..2500).map(person).collect();
    // Given again in the same batch (p5) and in a later one (p1200).
    rows.insert(
        10,
        NewSubscriber {
            name: "Early twice".into(),
            ..person(5)
        },
    );
    rows.push(NewSubscriber {
        name: "Twice".into(),
        ..person(1200)
    });
    let report = s.import("press", &rows).await.unwrap();
    assert_eq!(
        (
            report.added,
            report.updated,
            report.unchanged,
            report.joined
        ),
        (2500, 2, 0, 0)
    );
    let stored = s.subscribers(None).await.unwrap();
    assert_eq!(stored.len(), 2500);
    let name = |i: usize| {
        stored
            .iter()
            .find(|x| x.email == person(i).email)
            .map(|x| x.name.clone())
    };
    assert_eq!(name(5).as_deref(), Some("Early twice"));
    assert_eq!(name(1200).as_deref(), Some("Twice"));
    assert_eq!(
        s.audience("press").await.unwrap().values().sum::<u64>(),
        2500
    );
    // Again, a third renamed (and p5 back to its name), on a second list too: updated,
    // unchanged and joined counted.
    let again: Vec<NewSubscriber> = (0..2500)
        .map(|i| NewSubscriber {
            name: if i % 3 == 0 {
                format!("Renamed {i}")
            } else {
                person(i).name
            },
            ..person(i)
        })
        .collect();
    let report = s.import("press", &again).await.unwrap();
    assert_eq!(
        (
            report.added,
            report.updated,
            report.unchanged,
            report.joined
        ),
        (0, 835, 1665, 0)
    );
    let report = s.import("other", &again[..1500]).await.unwrap();
    assert_eq!(
        (
            report.added,
            report.updated,
            report.unchanged,
            report.joined
        ),
        (0, 0, 1500, 1500)
    );
    s.done().await;
}

/// Two processes (two handles on one store) sending one publication: on PostgreSQL both work
/// at once and every row is claimed by exactly one of them; SQLite refuses the second run
/// while the first holds the publication. Either way every row ends sent, once.
async fn two_senders_on_one_store_never_claim_the_same_row(b: Backend) {
    let s = fresh(b, "journal-two-senders").await;
    s.import("press", &(0..400).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    let p = publication(&s).await;
    s.enqueue(&p, &LangChoice::new(&[Lang::En], &[]))
        .await
        .unwrap();
    let second = common::open_again(&s).await;
    async fn drain(s: &AnyStore, p: &communique_store::Publication, owner: &str) -> Vec<i64> {
        let run = communique_store::Run {
            owner,
            lease_secs: 60,
        };
        let mut mine = Vec::new();
        loop {
            let batch = s.claim(p, &run, 7).await.unwrap();
            if batch.is_empty() {
                return mine;
            }
            let done: Vec<Recorded> = batch
                .iter()
                .map(|c| Recorded {
                    subscriber_id: c.subscriber_id,
                    state: DeliveryState::Sent,
                    reply: Some("250 ok".into()),
                    message_id: None,
                })
                .collect();
            s.record(p, &run, &done).await.unwrap();
            mine.extend(batch.iter().map(|c| c.subscriber_id));
            tokio::task::yield_now().await;
        }
    }
    s.begin_run(&p, "a", 60).await.unwrap();
    let shared = second.begin_run(&p, "b", 60).await;
    match b {
        Backend::Postgres => shared.unwrap(),
        Backend::Sqlite => assert!(
            matches!(shared, Err(communique_store::StoreError::Busy { .. })),
            "{shared:?}"
        ),
    }
    let (a, b2) = tokio::join!(drain(&s, &p, "a"), async {
        if b == Backend::Postgres {
            drain(&second, &p, "b").await
        } else {
            Vec::new()
        }
    });
    let mut all: Vec<i64> = a.iter().chain(&b2).copied().collect();
    all.sort_unstable();
    let mut unique = all.clone();
    unique.dedup();
    assert_eq!(all.len(), 400, "each row claimed once");
    assert_eq!(unique.len(), 400);
    if b == Backend::Postgres {
        assert!(
            !a.is_empty() && !b2.is_empty(),
            "both senders sent some: {} and {}",
            a.len(),
            b2.len()
        );
    }
    assert_eq!(
        s.status(&p).await.unwrap().in_state(DeliveryState::Sent),
        400
    );
    second.close().await;
    s.done().await;
}

mod common;
use common::{Backend, Fresh, RUN, fresh};

on_both!(
    two_senders_on_one_store_never_claim_the_same_row,
    claim_skips_people_who_left_after_enqueue,
    departed_names_the_claimed_recipients_who_left_since_the_claim,
    an_import_preview_says_what_the_import_then_does_and_writes_nothing,
    a_large_import_counts_and_stores_every_row_once,
);
