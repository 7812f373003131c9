//! The journal's claim: people who left since their rows were written are skipped, not mailed,
//! and a window of such people does not end the run early.

use communique_model::Lang;
use communique_store::{
    DeliveryState, LangChoice, NewSubscriber, PublicationRequest, SqliteStore, Store,
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

#[tokio::test]
async fn claim_skips_people_who_left_after_enqueue() {
    let dir = std::env::temp_dir().join(format!("communique-journal-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let s = SqliteStore::open(&dir.join("s.db")).await.unwrap();
    s.import("press", &(0..6).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    let p = s
        .open_publication(&PublicationRequest {
            event_id: "e",
            list: "press",
            content_hash: "h",
            event_json: "{}",
            langs: &[Lang::En],
            resend: false,
        })
        .await
        .unwrap();
    let choice = LangChoice::new(&[Lang::En], &[]);
    assert_eq!(s.enqueue(&p, &choice).await.unwrap(), 6);
    let ids: Vec<i64> = s
        .subscribers(Some("press"))
        .await
        .unwrap()
        .iter()
        .map(|x| x.id)
        .collect();
    // The first two unsubscribe after their rows were written.
    assert!(s.unsubscribe(ids[0]).await.unwrap());
    assert!(s.unsubscribe(ids[1]).await.unwrap());
    // A window of one that only holds people who left is passed over, not taken as the end.
    let first = s.claim(&p, 1).await.unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].email, "p2@example.org");
    let rest = s.claim(&p, 10).await.unwrap();
    assert_eq!(
        rest.iter().map(|c| c.email.as_str()).collect::<Vec<_>>(),
        ["p3@example.org", "p4@example.org", "p5@example.org"]
    );
    assert!(s.claim(&p, 10).await.unwrap().is_empty());
    let st = s.status(&p).await.unwrap();
    assert_eq!(st.in_state(DeliveryState::Skipped), 2);
    assert_eq!(st.in_state(DeliveryState::Sending), 4);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn departed_names_the_claimed_recipients_who_left_since_the_claim() {
    let dir = std::env::temp_dir().join(format!("communique-departed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let s = SqliteStore::open(&dir.join("s.db")).await.unwrap();
    s.import("press", &(0..5).map(person).collect::<Vec<_>>())
        .await
        .unwrap();
    s.import("other", &[person(4)]).await.unwrap();
    let p = s
        .open_publication(&PublicationRequest {
            event_id: "e",
            list: "press",
            content_hash: "h",
            event_json: "{}",
            langs: &[Lang::En],
            resend: false,
        })
        .await
        .unwrap();
    s.enqueue(&p, &LangChoice::new(&[Lang::En], &[]))
        .await
        .unwrap();
    let claimed = s.claim(&p, 4).await.unwrap();
    let id = |i: usize| claimed[i].subscriber_id;
    assert!(s.departed(&p).await.unwrap().is_empty());
    let unclaimed = s.subscribers(Some("press")).await.unwrap()[4].id;
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
    std::fs::remove_dir_all(dir).ok();
}
