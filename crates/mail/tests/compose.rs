//! One recipient's message on the wire: headers, encoding, and no way to inject a header.

use std::time::{Duration, UNIX_EPOCH};

use communique_mail::{Letter, MailError, Mailbox, compose, message_id};
use communique_model::Lang;

fn letter<'a>(from: &'a Mailbox, to: &'a Mailbox, subject: &'a str) -> Letter<'a> {
    Letter {
        from,
        to,
        subject,
        lang: Lang::Kk,
        message_id: "abc.kk@example.org",
        date: UNIX_EPOCH + Duration::from_secs(1_670_660_000),
        list_name: "СІМ баспасөз хабарламалары",
        list_id: "press.example.org",
        unsubscribe_url: "https://press.example.org/u/token",
        unsubscribe_mailto: "unsubscribe@example.org",
        text: "Мәтін".into(),
        html: "<p>Мәтін</p>".into(),
    }
}

fn mailbox(s: &str) -> Mailbox {
    s.parse().unwrap()
}

#[test]
fn headers_are_encoded_and_complete() {
    let from = mailbox("СІМ баспасөз қызметі <press@example.org>");
    let to = Mailbox::new(
        Some("Әсел \"Бекова\", редактор".into()),
        "asel@example.org".parse().unwrap(),
    );
    let bytes = compose(&letter(
        &from,
        &to,
        "Мексикада Қазақстан-Мексика саяси консультацияларының 3-раунды өтті",
    ))
    .unwrap();
    let wire = String::from_utf8(bytes).unwrap();
    let head = wire.split("\r\n\r\n").next().unwrap();
    assert!(head.is_ascii(), "every header is 7-bit: {head}");
    for line in head.lines() {
        assert!(line.len() <= 998);
    }
    for h in [
        "Subject: =?utf-8?",
        "From: =?utf-8?",
        "To: =?utf-8?",
        "Content-Language: kk",
        "Message-ID: <abc.kk@example.org>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        "Date: ",
    ] {
        assert!(head.contains(h), "missing {h} in\n{head}");
    }
    assert!(
        head.contains("<https://press.example.org/u/token>,\r\n <mailto:unsubscribe@example.org>")
            || head
                .contains("<https://press.example.org/u/token>, <mailto:unsubscribe@example.org>")
    );
    assert!(wire.contains("multipart/alternative"));
}

#[test]
fn a_line_break_cannot_reach_a_header() {
    let from = mailbox("press@example.org");
    let to = mailbox("reader@example.org");
    let err = compose(&letter(&from, &to, "Subject\r\nBcc: victim@example.org")).unwrap_err();
    assert!(matches!(
        err,
        MailError::HeaderInjection { header: "Subject" }
    ));
    let mut l = letter(&from, &to, "ok");
    l.unsubscribe_url = "https://x/\r\nBcc: v@example.org";
    assert!(matches!(
        compose(&l).unwrap_err(),
        MailError::HeaderInjection { .. }
    ));
    // A display name with a line break is refused (lettre itself would panic on it).
    let evil = Mailbox::new(
        Some("Eve\r\nBcc: victim@example.org".into()),
        "eve@example.org".parse().unwrap(),
    );
    assert!(matches!(
        compose(&letter(&from, &evil, "ok")).unwrap_err(),
        MailError::HeaderInjection { header: "To" }
    ));
}

#[test]
fn the_unsubscribe_link_must_be_https() {
    let from = mailbox("press@example.org");
    let to = mailbox("reader@example.org");
    let mut l = letter(&from, &to, "ok");
    l.unsubscribe_url = "http://press.example.org/u/token";
    assert!(matches!(
        compose(&l).unwrap_err(),
        MailError::InsecureUnsubscribe(_)
    ));
}

#[test]
fn message_ids_differ_by_event_recipient_and_language() {
    let a = message_id("e1", "a@example.org", Lang::En, "example.org");
    assert_ne!(
        a,
        message_id("e2", "a@example.org", Lang::En, "example.org")
    );
    assert_ne!(
        a,
        message_id("e1", "b@example.org", Lang::En, "example.org")
    );
    assert_ne!(
        a,
        message_id("e1", "a@example.org", Lang::Ru, "example.org")
    );
}
