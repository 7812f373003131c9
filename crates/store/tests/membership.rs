//! A subscriber acting for themselves: leaving one list, saving preferences, confirming a
//! subscription; and the delivery side honouring all of it.

use communique_model::Lang;
use communique_store::{
    AnyStore, Confirmed, LangChoice, Left, LinkUse, NewSubscriber, PublicationRequest, Store,
    SubscriberStatus,
};

fn person(email: &str, lang: Lang) -> NewSubscriber {
    NewSubscriber {
        email: email.into(),
        name: "Reader".into(),
        lang,
        attributes: serde_json::Map::new(),
        consent_source: "import:test.csv".into(),
    }
}

async fn id_of(s: &AnyStore, email: &str) -> i64 {
    s.subscribers(None)
        .await
        .unwrap()
        .into_iter()
        .find(|x| x.email == email)
        .unwrap()
        .id
}

async fn status_on(s: &AnyStore, list: Option<&str>, email: &str) -> SubscriberStatus {
    s.subscribers(list)
        .await
        .unwrap()
        .into_iter()
        .find(|x| x.email == email)
        .unwrap()
        .status
}

async fn leaving_one_list_keeps_the_others_and_survives_a_reimport(b: Backend) {
    let s = fresh(b, "member-leave").await;
    let ana = person("ana@example.org", Lang::Es);
    s.import("press", std::slice::from_ref(&ana)).await.unwrap();
    s.import("diplomats", std::slice::from_ref(&ana))
        .await
        .unwrap();
    let id = id_of(&s, "ana@example.org").await;

    assert_eq!(s.leave_list(id, "press").await.unwrap(), Left::Unsubscribed);
    assert_eq!(s.leave_list(id, "press").await.unwrap(), Left::Already);
    assert_eq!(
        s.leave_list(id + 100, "press").await.unwrap(),
        Left::NoSuchSubscriber
    );
    assert_eq!(
        status_on(&s, Some("press"), "ana@example.org").await,
        SubscriberStatus::Unsubscribed
    );
    assert_eq!(
        status_on(&s, None, "ana@example.org").await,
        SubscriberStatus::Active,
        "still on the other list"
    );
    assert!(s.audience("press").await.unwrap().is_empty());
    assert_eq!(
        s.audience("diplomats").await.unwrap().get(&Lang::Es),
        Some(&1)
    );

    // A re-import of the same file does not put her back on the list she left.
    s.import("press", std::slice::from_ref(&ana)).await.unwrap();
    assert!(s.audience("press").await.unwrap().is_empty());

    // Leaving the last list stops everything.
    assert_eq!(
        s.leave_list(id, "diplomats").await.unwrap(),
        Left::Unsubscribed
    );
    assert_eq!(
        status_on(&s, None, "ana@example.org").await,
        SubscriberStatus::Unsubscribed
    );
    let p = s.profile(id).await.unwrap().unwrap();
    assert!(!p.receives("press") && !p.receives("diplomats"));
    assert_eq!(p.lists.len(), 2);
    s.done().await;
}

async fn someone_who_left_after_the_journal_was_written_is_not_mailed(b: Backend) {
    let s = fresh(b, "member-claim").await;
    s.import(
        "press",
        &[
            person("a@example.org", Lang::En),
            person("b@example.org", Lang::En),
        ],
    )
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
    assert_eq!(s.enqueue(&p, &choice).await.unwrap(), 2);
    let a = id_of(&s, "a@example.org").await;
    s.leave_list(a, "press").await.unwrap();
    let claimed = s.claim(&p, &RUN, 10).await.unwrap();
    assert_eq!(
        claimed.iter().map(|c| c.email.as_str()).collect::<Vec<_>>(),
        ["b@example.org"]
    );
    s.done().await;
}

async fn preferences_change_the_language_and_the_lists(b: Backend) {
    let s = fresh(b, "member-prefs").await;
    s.import("press", &[person("ana@example.org", Lang::Es)])
        .await
        .unwrap();
    s.import("internal", &[person("ana@example.org", Lang::Es)])
        .await
        .unwrap();
    let id = id_of(&s, "ana@example.org").await;
    let open = ["press".to_owned(), "events".to_owned()];

    // Keep press, leave internal, join events (open), try to join secret (not open).
    let wanted = ["press", "events", "secret"].map(String::from);
    assert!(
        s.save_preferences(id, Lang::Kk, &wanted, &open, "web-preferences")
            .await
            .unwrap()
    );
    let p = s.profile(id).await.unwrap().unwrap();
    assert_eq!(p.subscriber.lang, Lang::Kk);
    assert!(p.receives("press") && p.receives("events"));
    assert!(!p.receives("internal") && !p.receives("secret"));
    assert!(p.lists.iter().all(|m| m.list != "secret"));
    let (_, source) = s.list_consent(id, "events").await.unwrap().unwrap();
    assert_eq!(source, "web-preferences");

    // Nothing ticked: unsubscribed from everything.
    assert!(
        s.save_preferences(id, Lang::Kk, &[], &open, "web-preferences")
            .await
            .unwrap()
    );
    assert_eq!(
        status_on(&s, None, "ana@example.org").await,
        SubscriberStatus::Unsubscribed
    );
    // Ticking one list again brings back that list only.
    assert!(
        s.save_preferences(id, Lang::Ru, &["press".into()], &open, "web-preferences")
            .await
            .unwrap()
    );
    let p = s.profile(id).await.unwrap().unwrap();
    assert_eq!(p.subscriber.status, SubscriberStatus::Active);
    assert!(p.receives("press") && !p.receives("events") && !p.receives("internal"));
    assert!(
        !s.save_preferences(id + 100, Lang::Ru, &[], &open, "x")
            .await
            .unwrap()
    );
    s.done().await;
}

/// A confirmation of `press` by the link `link` (its hash, as the server records it).
fn confirmed<'a>(link: &'a str, email: &'a str, name: &'a str, lang: Lang) -> Confirmed<'a> {
    Confirmed {
        link,
        link_expires: jiff::Timestamp::now().as_second() + 3600,
        email,
        name,
        lang,
        list: "press",
        source: "web-form:press",
    }
}

async fn a_confirmed_subscription_records_consent_and_revives_only_its_list(b: Backend) {
    let s = fresh(b, "member-confirm").await;
    let LinkUse::Subscribed(id) = s
        .confirm_subscription(&confirmed("link 1", "new@example.org", "Нұрлан", Lang::Kk))
        .await
        .unwrap()
    else {
        panic!("a first confirmation subscribes");
    };
    let p = s.profile(id).await.unwrap().unwrap();
    assert_eq!(p.subscriber.name, "Нұрлан");
    assert_eq!(p.subscriber.status, SubscriberStatus::Active);
    assert!(p.receives("press"));
    let (at, source) = p.subscriber.consent.clone().unwrap();
    assert!(at.parse::<jiff::Timestamp>().is_ok(), "{at}");
    assert_eq!(source, "web-form:press");
    assert_eq!(
        s.list_consent(id, "press").await.unwrap().unwrap().1,
        "web-form:press"
    );

    // Someone who left everything and confirms one list gets that list only.
    let mut same = person("new@example.org", Lang::Kk);
    same.name = "Нұрлан".into();
    s.import("other", &[same]).await.unwrap();
    s.save_preferences(id, Lang::Kk, &[], &[], "x")
        .await
        .unwrap();
    let again = s
        .confirm_subscription(&confirmed("link 2", "new@example.org", "", Lang::Ru))
        .await
        .unwrap();
    assert_eq!(again, LinkUse::Subscribed(id));
    let p = s.profile(id).await.unwrap().unwrap();
    assert_eq!(
        p.subscriber.name, "Нұрлан",
        "an empty name keeps the stored one"
    );
    assert_eq!(p.subscriber.lang, Lang::Ru);
    assert!(p.receives("press") && !p.receives("other"));
    s.done().await;
}

/// Ana's confirmation by `link`, consent given through `source`.
fn anas(link: &'static str, source: &'static str) -> Confirmed<'static> {
    Confirmed {
        source,
        ..confirmed(link, "ana@example.org", "", Lang::Es)
    }
}

async fn a_confirmation_link_works_once_and_consent_keeps_its_first_time(b: Backend) {
    let s = fresh(b, "member-once").await;
    let first = confirmed("link A", "ana@example.org", "Ana", Lang::Es);
    assert_eq!(
        s.link_use("link A", "ana@example.org", "press")
            .await
            .unwrap(),
        None
    );
    let LinkUse::Subscribed(id) = s.confirm_subscription(&first).await.unwrap() else {
        panic!("subscribed");
    };
    let consent = s.list_consent(id, "press").await.unwrap().unwrap();
    let profile_consent = s.profile(id).await.unwrap().unwrap().subscriber.consent;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;

    // The same link again (a double click): nothing changes, and it says they are on the list.
    let mut renamed = first.clone();
    renamed.name = "Someone Else";
    renamed.source = "web-form:press (again)";
    assert_eq!(
        s.confirm_subscription(&renamed).await.unwrap(),
        LinkUse::Subscribed(id)
    );
    // Another link for the same list while subscribed: consent keeps its first time and source.
    let other = anas("link B", "web-form:press (later)");
    assert_eq!(
        s.confirm_subscription(&other).await.unwrap(),
        LinkUse::Subscribed(id)
    );
    let p = s.profile(id).await.unwrap().unwrap();
    assert_eq!(p.subscriber.name, "Ana");
    assert_eq!(p.subscriber.consent, profile_consent);
    assert_eq!(s.list_consent(id, "press").await.unwrap().unwrap(), consent);

    // After leaving the list, the used links do nothing.
    s.leave_list(id, "press").await.unwrap();
    for link in ["link A", "link B"] {
        assert_eq!(
            s.link_use(link, "ana@example.org", "press").await.unwrap(),
            Some(LinkUse::Spent)
        );
        let again = Confirmed {
            link,
            ..first.clone()
        };
        assert_eq!(
            s.confirm_subscription(&again).await.unwrap(),
            LinkUse::Spent
        );
    }
    let p = s.profile(id).await.unwrap().unwrap();
    assert!(!p.receives("press"));
    assert_eq!(p.subscriber.status, SubscriberStatus::Unsubscribed);

    // A new link is a new consent, recorded as such.
    let back = anas("link C", "web-form:press (back)");
    assert_eq!(
        s.confirm_subscription(&back).await.unwrap(),
        LinkUse::Subscribed(id)
    );
    let (at, source) = s.list_consent(id, "press").await.unwrap().unwrap();
    assert_eq!(source, "web-form:press (back)");
    let (at, before): (jiff::Timestamp, jiff::Timestamp) =
        (at.parse().unwrap(), consent.0.parse().unwrap());
    assert!(at > before, "{at} after {before}");
    s.done().await;
}

async fn used_links_are_forgotten_once_expired(b: Backend) {
    let s = fresh(b, "member-expired-links").await;
    let old = Confirmed {
        link_expires: jiff::Timestamp::now().as_second() - 1,
        ..confirmed("old link", "ana@example.org", "", Lang::Es)
    };
    s.confirm_subscription(&old).await.unwrap();
    s.confirm_subscription(&confirmed("new link", "bob@example.org", "", Lang::En))
        .await
        .unwrap();
    assert_eq!(
        s.link_use("old link", "ana@example.org", "press")
            .await
            .unwrap(),
        None
    );
    assert!(
        s.link_use("new link", "bob@example.org", "press")
            .await
            .unwrap()
            .is_some()
    );
    s.done().await;
}

mod common;
use common::{Backend, RUN, fresh};

on_both!(
    leaving_one_list_keeps_the_others_and_survives_a_reimport,
    someone_who_left_after_the_journal_was_written_is_not_mailed,
    preferences_change_the_language_and_the_lists,
    a_confirmed_subscription_records_consent_and_revives_only_its_list,
    a_confirmation_link_works_once_and_consent_keeps_its_first_time,
    used_links_are_forgotten_once_expired,
);
