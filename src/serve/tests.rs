//! Every route through the router in-process (tower's `oneshot`, no socket): what each answers,
//! that GET and HEAD change nothing, that every bad token is a 404 that changes nothing, the
//! double opt-in, the rate limits, the honeypot, escaping and the security headers.

use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use communique_l10n::{FluentArgs, Locales};
use communique_mail::outbox::Outbox;
use communique_mail::token::{Confirmation, TokenKey};
use communique_mail::transport::Transport;
use communique_model::Lang;
use communique_store::{AnyStore, NewSubscriber, SqliteStore, Store, SubscriberStatus};
use tower::ServiceExt;

use super::limit::{Limits, RateLimit};
use super::{App, Pages, router};
use crate::config::Config;

const SECRET: &[u8] = b"test secret of at least thirty-two bytes!";
const FORM: &str = "application/x-www-form-urlencoded";

/// (email, name, language) of the subscribers of `press`; Boris is also on `internal`.
const PEOPLE: [(&str, &str, Lang); 4] = [
    ("aigerim@example.org", "Айгерім", Lang::Kk),
    ("boris@example.org", "Борис", Lang::Ru),
    ("carmen@example.org", "Carmen", Lang::Es),
    ("dan@example.org", "Dan", Lang::En),
];

struct Fixture {
    app: Arc<App>,
    dir: PathBuf,
    ids: BTreeMap<&'static str, i64>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn key() -> TokenKey {
    TokenKey::new(SECRET).unwrap()
}

fn titles(kk: &str, ru: &str, es: &str, en: &str) -> crate::config::PerLang {
    BTreeMap::from([
        (Lang::Kk, kk.to_owned()),
        (Lang::Ru, ru.to_owned()),
        (Lang::Es, es.to_owned()),
        (Lang::En, en.to_owned()),
    ])
}

async fn fixture(name: &str, limits: Limits) -> Fixture {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "communique-serve-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let store = AnyStore::Sqlite(SqliteStore::open(&dir.join("communique.db")).await.unwrap());
    let rows: Vec<NewSubscriber> = PEOPLE
        .iter()
        .map(|(email, name, lang)| NewSubscriber {
            email: (*email).into(),
            name: (*name).into(),
            lang: *lang,
            attributes: serde_json::Map::new(),
            consent_source: "import:test".into(),
        })
        .collect();
    store.import("press", &rows).await.unwrap();
    store.import("internal", &rows[1..2]).await.unwrap();
    let ids = store
        .subscribers(None)
        .await
        .unwrap()
        .into_iter()
        .map(|s| {
            let email = PEOPLE.iter().find(|p| p.0 == s.email).unwrap().0;
            (email, s.id)
        })
        .collect();
    let mut config = Config::load(Path::new("communique.toml"), true).unwrap();
    // The Spanish title holds markup, to show that every page escapes it.
    config.web.lists.insert(
        "press".into(),
        titles(
            "СІМ баспасөз хабарламалары",
            "Пресс-релизы МИД",
            "Prensa <b>&</b> comunicados",
            "MFA press releases",
        ),
    );
    config.web.public_lists = vec!["press".into()];
    config.web.lists.insert(
        "events".into(),
        titles(
            "Іс-шаралар анонстары",
            "Анонсы мероприятий",
            "Agenda de actos",
            "Events ahead",
        ),
    );
    let app = App::new(
        store,
        key(),
        config,
        Locales::load(Path::new("locales")).unwrap(),
        Pages::load(None).unwrap(),
        Transport::Outbox(Outbox::new(&dir.join("outbox"))),
        limits,
    );
    Fixture {
        app: Arc::new(app),
        dir,
        ids,
    }
}

fn generous() -> Limits {
    Limits {
        per_ip: RateLimit::new(100, Duration::from_secs(600)),
        per_address: RateLimit::new(100, Duration::from_secs(3600)),
        per_domain: RateLimit::new(100, Duration::from_secs(3600)),
        ..Limits::default()
    }
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Fixture {
    fn id(&self, email: &str) -> i64 {
        self.ids[email]
    }

    /// The unsubscribe token of a subscriber on `press`.
    fn token(&self, email: &str) -> String {
        key().sign(self.id(email), "press")
    }

    async fn send(&self, req: Request<Body>) -> Reply {
        let res = router(self.app.clone()).oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        Reply {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    }

    async fn get(&self, uri: &str) -> Reply {
        self.send(request(Method::GET, uri, None, "")).await
    }

    async fn post(&self, uri: &str, body: &str) -> Reply {
        self.send(request(Method::POST, uri, Some(FORM), body))
            .await
    }

    /// Everything the store holds about people, for before/after comparisons.
    async fn snapshot(&self) -> String {
        let store = &self.app.store;
        let mut out = String::new();
        for s in store.subscribers(None).await.unwrap() {
            out.push_str(&format!("{:?}\n", store.profile(s.id).await.unwrap()));
        }
        out
    }

    fn outbox(&self) -> PathBuf {
        self.dir.join("outbox")
    }

    /// The `.eml` files in the outbox, waiting up to `wait` for at least `n`.
    async fn mails(&self, n: usize, wait: Duration) -> Vec<String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let mut files: Vec<PathBuf> = std::fs::read_dir(self.outbox())
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            files.retain(|p| p.extension().is_some_and(|x| x == "eml"));
            if files.len() >= n || tokio::time::Instant::now() >= deadline {
                files.sort();
                return files
                    .iter()
                    .map(|p| std::fs::read_to_string(p).unwrap())
                    .collect();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn request(method: Method, uri: &str, content_type: Option<&str>, body: &str) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(ct) = content_type {
        b = b.header(header::CONTENT_TYPE, ct);
    }
    b.body(Body::from(body.to_owned())).unwrap()
}

fn from_ip(req: Request<Body>, ip: [u8; 4]) -> Request<Body> {
    from_addr(req, IpAddr::from(ip))
}

fn from_addr(mut req: Request<Body>, ip: IpAddr) -> Request<Body> {
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::new(ip, 40000)));
    req
}

/// A web message in `lang`, as the pages show it (HTML-escaped like minijinja does).
fn word(fx: &Fixture, lang: Lang, id: &str, vars: &[(&str, &str)]) -> String {
    let mut args = FluentArgs::new();
    for (k, v) in vars {
        args.set(*k, (*v).to_owned());
    }
    let text = fx.app.locales.get(lang).format(id, &args).unwrap();
    escape(&text)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

/// The decoded text/plain part of a message.
fn text_part(eml: &str) -> String {
    let start = eml.find("Content-Type: text/plain").expect("a text part");
    let part = &eml[start..];
    let (head, rest) = part.split_once("\r\n\r\n").unwrap();
    let body = rest.split("\r\n--").next().unwrap();
    if head.contains("Content-Transfer-Encoding: base64") {
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(data_encoding::BASE64.decode(joined.as_bytes()).unwrap()).unwrap()
    } else if head.contains("quoted-printable") {
        let soft = body.replace("=\r\n", "");
        let mut out = Vec::new();
        let b = soft.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'=' && i + 2 < b.len() {
                out.push(u8::from_str_radix(&soft[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    } else {
        body.to_owned()
    }
}

/// The confirmation link's path (`/confirm/TOKEN`) in a message.
fn confirm_path(eml: &str) -> String {
    let text = text_part(eml);
    let at = text
        .find("https://press.mfa.example.org/confirm/")
        .expect("a confirmation link");
    let url: String = text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    url.trim_start_matches("https://press.mfa.example.org")
        .to_owned()
}

fn assert_security_headers(r: &Reply, what: &str) {
    let h = |name: header::HeaderName| {
        r.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    assert_eq!(
        h(header::CONTENT_SECURITY_POLICY),
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "{what}"
    );
    assert_eq!(h(header::REFERRER_POLICY), "no-referrer", "{what}");
    assert_eq!(h(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    assert_eq!(h(header::CACHE_CONTROL), "no-store", "{what}");
}

fn confirmation(list: &str, lang: Lang, expires_in: i64) -> Confirmation {
    Confirmation {
        email: "new@example.org".into(),
        name: "Жаңа <оқырман>".into(),
        lang,
        list: list.into(),
        expires: jiff::Timestamp::now().as_second() + expires_in,
    }
}

#[tokio::test]
async fn the_unsubscribe_page_names_the_list_and_address_in_the_subscribers_language() {
    let fx = fixture("page", generous()).await;
    for (email, _, lang) in PEOPLE {
        let token = fx.token(email);
        let r = fx.get(&format!("/u/{token}")).await;
        assert_eq!(r.status, StatusCode::OK, "{email}");
        assert!(
            r.body.contains(&format!("<html lang=\"{lang}\"")),
            "{email}"
        );
        let title = fx.app.config.list_title("press", lang);
        let question = word(
            &fx,
            lang,
            "web-unsubscribe-question",
            &[("email", email), ("list", &title)],
        );
        assert!(
            r.body.contains(&question),
            "[{lang}] {question}\n{}",
            r.body
        );
        assert!(
            r.body
                .contains(&word(&fx, lang, "web-unsubscribe-button", &[]))
        );
        assert!(
            r.body
                .contains(&format!("action=\"{}\"", escape(&format!("/u/{token}"))))
        );
        assert!(
            r.body
                .contains(&format!("href=\"{}\"", escape(&format!("/p/{token}"))))
        );
        assert!(r.body.contains("name=\"viewport\""));
        assert!(!r.body.contains("<script"), "no JavaScript");
    }
    // The list's title is text, never markup.
    let r = fx
        .get(&format!("/u/{}", fx.token("carmen@example.org")))
        .await;
    assert!(
        r.body
            .contains("Prensa &lt;b&gt;&amp;&lt;&#x2f;b&gt; comunicados")
    );
    assert!(!r.body.contains("<b>&</b>"));
}

#[tokio::test]
async fn get_and_head_never_change_anything() {
    let fx = fixture("safe", generous()).await;
    let before = fx.snapshot().await;
    let confirm = key().sign_confirmation(&confirmation("press", Lang::Ru, 3600));
    let token = fx.token("boris@example.org");
    for uri in [
        format!("/u/{token}"),
        format!("/p/{token}"),
        format!("/confirm/{confirm}"),
        "/subscribe/press".to_owned(),
    ] {
        for method in [Method::GET, Method::HEAD] {
            let r = fx.send(request(method.clone(), &uri, None, "")).await;
            assert_eq!(r.status, StatusCode::OK, "{method} {uri}");
            if method == Method::HEAD {
                assert!(r.body.is_empty(), "HEAD {uri} has no body");
            }
        }
    }
    // A link scanner that also sends the one-click body with GET changes nothing either.
    let r = fx
        .send(request(
            Method::GET,
            &format!("/u/{token}?List-Unsubscribe=One-Click"),
            Some(FORM),
            "List-Unsubscribe=One-Click",
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(fx.snapshot().await, before);
    assert!(fx.mails(1, Duration::from_millis(200)).await.is_empty());
}

#[tokio::test]
async fn one_click_unsubscribes_from_that_list_only_and_is_idempotent() {
    let fx = fixture("oneclick", generous()).await;
    let boris = fx.id("boris@example.org");
    let uri = format!("/u/{}", fx.token("boris@example.org"));
    for _ in 0..2 {
        let r = fx.post(&uri, "List-Unsubscribe=One-Click").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.is_empty(), "no page needed: {}", r.body);
        assert_security_headers(&r, "one-click");
    }
    let p = fx.app.store.profile(boris).await.unwrap().unwrap();
    assert!(!p.receives("press"));
    assert!(p.receives("internal"), "only the list the token names");
    assert_eq!(p.subscriber.status, SubscriberStatus::Active);

    // Mail providers may send the same as multipart/form-data.
    let body = "--b0undary\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b0undary--\r\n";
    let r = fx
        .send(request(
            Method::POST,
            &format!("/u/{}", fx.token("dan@example.org")),
            Some("multipart/form-data; boundary=b0undary"),
            body,
        ))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let dan = fx
        .app
        .store
        .profile(fx.id("dan@example.org"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dan.subscriber.status, SubscriberStatus::Unsubscribed);
}

#[tokio::test]
async fn the_button_unsubscribes_and_says_so_in_the_subscribers_language() {
    let fx = fixture("button", generous()).await;
    let uri = format!("/u/{}", fx.token("aigerim@example.org"));
    let title = fx.app.config.list_title("press", Lang::Kk);
    let done = word(
        &fx,
        Lang::Kk,
        "web-unsubscribed-text",
        &[("email", "aigerim@example.org"), ("list", &title)],
    );
    for _ in 0..2 {
        let r = fx.post(&uri, "unsubscribe=yes").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("<html lang=\"kk\""));
        assert!(r.body.contains(&done), "{}", r.body);
    }
    let p = fx
        .app
        .store
        .profile(fx.id("aigerim@example.org"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.subscriber.status, SubscriberStatus::Unsubscribed);
    // The page now says so, with no button.
    let r = fx.get(&uri).await;
    assert!(r.body.contains(&word(
        &fx,
        Lang::Kk,
        "web-unsubscribe-not-subscribed",
        &[("email", "aigerim@example.org"), ("list", &title)],
    )));
    assert!(!r.body.contains("<button"));
}

#[tokio::test]
async fn a_post_without_the_pages_fields_changes_nothing() {
    let fx = fixture("badpost", generous()).await;
    let before = fx.snapshot().await;
    let token = fx.token("carmen@example.org");
    let confirm = key().sign_confirmation(&confirmation("press", Lang::Es, 3600));
    let cases = [
        (format!("/u/{token}"), Some(FORM), ""),
        (format!("/u/{token}"), Some(FORM), "List-Unsubscribe=Yes"),
        (
            format!("/u/{token}"),
            Some("text/plain"),
            "List-Unsubscribe=One-Click",
        ),
        (format!("/u/{token}"), None, "List-Unsubscribe=One-Click"),
        (format!("/p/{token}"), Some(FORM), "list=press"),
        (format!("/p/{token}"), Some(FORM), "lang=fr&list=press"),
        (format!("/confirm/{confirm}"), Some(FORM), ""),
        (format!("/confirm/{confirm}"), Some(FORM), "confirm=no"),
    ];
    for (uri, ct, body) in &cases {
        let r = fx.send(request(Method::POST, uri, *ct, body)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri} {ct:?} {body}");
        assert!(
            r.body.contains("<html lang=\"es\""),
            "{uri}: in her language"
        );
        assert_security_headers(&r, uri);
    }
    assert_eq!(fx.snapshot().await, before);
}

#[tokio::test]
async fn every_bad_token_gets_the_not_found_page_and_changes_nothing() {
    let fx = fixture("tokens", generous()).await;
    let before = fx.snapshot().await;
    let good = fx.token("boris@example.org");
    let foreign = TokenKey::new(b"another installation's secret, 32+ bytes")
        .unwrap()
        .sign(fx.id("boris@example.org"), "press");
    // One character changed in the MAC, and one in the payload.
    let flip = |t: &str, at: usize| {
        let mut chars: Vec<char> = t.chars().collect();
        chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    let bad_mac = flip(&good, good.len() - 5);
    let bad_payload = flip(&good, 1);
    let nobody = key().sign(999_999, "press");
    let good_confirm = key().sign_confirmation(&confirmation("press", Lang::En, 3600));
    let expired = key().sign_confirmation(&confirmation("press", Lang::En, -1));
    let closed_list = key().sign_confirmation(&confirmation("internal", Lang::En, 3600));
    let foreign_confirm = TokenKey::new(b"another installation's secret, 32+ bytes")
        .unwrap()
        .sign_confirmation(&confirmation("press", Lang::En, 3600));
    let bad_confirm = flip(&good_confirm, 3);

    let subscriber_tokens = [
        ("tampered MAC", bad_mac.clone()),
        ("tampered payload", bad_payload.clone()),
        ("foreign", foreign.clone()),
        ("garbage", "garbage".to_owned()),
        ("empty parts", "a.b".to_owned()),
        ("nobody", nobody.clone()),
        ("a confirmation token", good_confirm.clone()),
    ];
    let confirm_tokens = [
        ("tampered", bad_confirm),
        ("foreign", foreign_confirm),
        ("expired", expired),
        ("a list no longer open", closed_list),
        ("an unsubscribe token", good.clone()),
        ("garbage", "v1.x".to_owned()),
    ];
    let mut cases = Vec::new();
    for (why, t) in &subscriber_tokens {
        cases.push((why, format!("/u/{t}"), "List-Unsubscribe=One-Click"));
        cases.push((why, format!("/u/{t}"), "unsubscribe=yes"));
        cases.push((why, format!("/p/{t}"), "lang=en&list=press&list=events"));
    }
    for (why, t) in &confirm_tokens {
        cases.push((why, format!("/confirm/{t}"), "confirm=yes"));
    }
    for (why, uri, body) in &cases {
        for method in [Method::GET, Method::HEAD, Method::POST] {
            let mut req = request(method.clone(), uri, Some(FORM), body);
            req.headers_mut()
                .insert(header::ACCEPT_LANGUAGE, "ru".parse().unwrap());
            let r = fx.send(req).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{why}: {method} {uri}");
            if method != Method::HEAD {
                assert!(
                    r.body
                        .contains(&word(&fx, Lang::Ru, "web-not-found-title", &[])),
                    "{why}: {method} {uri}"
                );
                assert!(
                    !r.body.contains("boris@example.org"),
                    "{why}: nothing about anyone"
                );
            }
            assert_security_headers(&r, uri);
        }
    }
    assert_eq!(fx.snapshot().await, before, "nothing changed");
    assert!(fx.mails(1, Duration::from_millis(100)).await.is_empty());
}

#[tokio::test]
async fn preferences_save_the_language_and_the_lists() {
    let fx = fixture("prefs", generous()).await;
    let boris = fx.id("boris@example.org");
    let uri = format!("/p/{}", fx.token("boris@example.org"));
    let r = fx.get(&uri).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<html lang=\"ru\""));
    for list in ["press", "internal", "events"] {
        assert!(
            r.body.contains(&format!("value=\"{list}\"")),
            "{list} offered"
        );
    }
    assert!(r.body.contains("value=\"press\" checked"));
    assert!(!r.body.contains("value=\"events\" checked"));

    // Spanish; keep press, join events (open), leave internal, try to join a closed list.
    let r = fx
        .post(&uri, "lang=es&list=press&list=events&list=secret")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("<html lang=\"es\""),
        "shown in the new language"
    );
    assert!(
        r.body
            .contains(&word(&fx, Lang::Es, "web-preferences-saved", &[]))
    );
    let p = fx.app.store.profile(boris).await.unwrap().unwrap();
    assert_eq!(p.subscriber.lang, Lang::Es);
    assert!(p.receives("press") && p.receives("events"));
    assert!(!p.receives("internal"));
    assert!(p.lists.iter().all(|m| m.list != "secret"));

    // Nothing ticked: nothing received, and the page says so.
    let r = fx.post(&uri, "lang=es").await;
    assert!(
        r.body
            .contains(&word(&fx, Lang::Es, "web-preferences-nothing", &[]))
    );
    let p = fx.app.store.profile(boris).await.unwrap().unwrap();
    assert_eq!(p.subscriber.status, SubscriberStatus::Unsubscribed);
}

#[tokio::test]
async fn subscribing_sends_a_confirmation_email_and_its_link_subscribes() {
    let fx = fixture("subscribe", generous()).await;
    let mut req = request(Method::GET, "/subscribe/press", None, "");
    req.headers_mut()
        .insert(header::ACCEPT_LANGUAGE, "ru-KZ,ru;q=0.9".parse().unwrap());
    let r = fx.send(req).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<html lang=\"ru\""));
    assert!(r.body.contains("name=\"website\""), "the honeypot");
    assert!(r.body.contains(&format!(
        "action=\"{}\"",
        escape("/subscribe/press?lang=ru")
    )));
    assert!(
        fx.get("/subscribe/press?lang=es")
            .await
            .body
            .contains("<html lang=\"es\"")
    );

    let before = fx.snapshot().await;
    let r = fx
        .post(
            "/subscribe/press?lang=ru",
            "email=+New%40Example.org+&name=%D0%9D%D2%B1%D1%80%D0%BB%D0%B0%D0%BD&lang=kk&website=",
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains(&word(&fx, Lang::Ru, "web-subscribe-sent-title", &[]))
    );
    assert_eq!(
        fx.snapshot().await,
        before,
        "nothing is stored before confirmation"
    );

    let mails = fx.mails(1, Duration::from_secs(5)).await;
    assert_eq!(mails.len(), 1);
    let eml = &mails[0];
    assert!(
        eml.contains("Content-Language: kk\r\n"),
        "in the language chosen"
    );
    assert!(eml.contains("<new@example.org>"));
    assert!(!eml.contains("List-Unsubscribe"), "not a list mailing");
    let text = text_part(eml);
    assert!(
        text.contains(
            &fx.app
                .locales
                .get(Lang::Kk)
                .format("web-confirm-mail-greeting", &FluentArgs::new())
                .unwrap()
        )
    );
    let path = confirm_path(eml);
    let token = path.trim_start_matches("/confirm/");
    let c = key()
        .verify_confirmation(token, jiff::Timestamp::now().as_second())
        .unwrap();
    assert_eq!(
        (c.email.as_str(), c.name.as_str(), c.lang, c.list.as_str()),
        ("new@example.org", "Нұрлан", Lang::Kk, "press")
    );
    let hours = (c.expires - jiff::Timestamp::now().as_second() + 60) / 3600;
    assert_eq!(hours, super::app::CONFIRM_HOURS);

    let r = fx.get(&path).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<html lang=\"kk\""));
    assert!(
        r.body
            .contains(&word(&fx, Lang::Kk, "web-confirm-button", &[]))
    );
    assert_eq!(
        fx.snapshot().await,
        before,
        "the page alone changes nothing"
    );

    for _ in 0..2 {
        let r = fx.post(&path, "confirm=yes").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.body
                .contains(&word(&fx, Lang::Kk, "web-confirmed-title", &[]))
        );
    }
    let subs = fx.app.store.subscribers(Some("press")).await.unwrap();
    let new = subs.iter().find(|s| s.email == "new@example.org").unwrap();
    assert_eq!((new.lang, new.status), (Lang::Kk, SubscriberStatus::Active));
    assert_eq!(new.name, "Нұрлан");
    let (at, source) = new.consent.clone().unwrap();
    let at: jiff::Timestamp = at.parse().unwrap();
    assert!((jiff::Timestamp::now() - at).get_seconds().abs() < 60);
    assert_eq!(source, "web-form:press (confirmed by email)");
    assert_eq!(
        fx.app
            .store
            .list_consent(new.id, "press")
            .await
            .unwrap()
            .unwrap()
            .1,
        source
    );
    assert_eq!(
        fx.app.store.subscribers(None).await.unwrap().len(),
        PEOPLE.len() + 1,
        "confirming twice adds one subscriber"
    );
}

#[tokio::test]
async fn a_confirmation_link_does_nothing_after_its_owner_unsubscribes() {
    let fx = fixture("confirm-once", generous()).await;
    fx.post(
        "/subscribe/press?lang=en",
        "email=new%40example.org&name=New&lang=en",
    )
    .await;
    let mails = fx.mails(1, Duration::from_secs(5)).await;
    let path = confirm_path(&mails[0]);
    assert_eq!(fx.post(&path, "confirm=yes").await.status, StatusCode::OK);
    let new = fx.app.store.subscribers(Some("press")).await.unwrap();
    let new = new.iter().find(|s| s.email == "new@example.org").unwrap();
    let consent = fx.app.store.list_consent(new.id, "press").await.unwrap();

    // They leave through their email's link; the confirmation link no longer works.
    let leave = format!("/u/{}", key().sign(new.id, "press"));
    assert_eq!(
        fx.post(&leave, "List-Unsubscribe=One-Click").await.status,
        StatusCode::OK
    );
    let before = fx.snapshot().await;
    let page = fx.get(&path).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body
            .contains(&word(&fx, Lang::En, "web-not-found-text", &[]))
    );
    assert_eq!(
        fx.post(&path, "confirm=yes").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fx.snapshot().await,
        before,
        "still unsubscribed, nothing rewritten"
    );
    assert_eq!(
        fx.app.store.list_consent(new.id, "press").await.unwrap(),
        consent,
        "the consent keeps its first time and source"
    );
}

#[tokio::test]
async fn no_page_tells_whether_an_address_is_subscribed() {
    let fx = fixture("reveal", generous()).await;
    let known = fx
        .post(
            "/subscribe/press?lang=en",
            "email=carmen%40example.org&name=&lang=es",
        )
        .await;
    let unknown = fx
        .post(
            "/subscribe/press?lang=en",
            "email=nobody%40example.org&name=&lang=es",
        )
        .await;
    assert_eq!(
        (known.status, unknown.status),
        (StatusCode::OK, StatusCode::OK)
    );
    assert_eq!(
        known.body.replace("carmen@example.org", "ADDRESS"),
        unknown.body.replace("nobody@example.org", "ADDRESS")
    );
    // Both get the same kind of email: the owner of the address decides.
    assert_eq!(fx.mails(2, Duration::from_secs(5)).await.len(), 2);
}

#[tokio::test]
async fn the_honeypot_gets_the_same_page_and_sends_nothing() {
    let fx = fixture("honeypot", generous()).await;
    let robot = fx
        .post(
            "/subscribe/press?lang=en",
            "email=victim%40example.org&name=x&lang=en&website=http%3A%2F%2Fspam.example",
        )
        .await;
    assert_eq!(robot.status, StatusCode::OK);
    assert!(
        robot
            .body
            .contains(&word(&fx, Lang::En, "web-subscribe-sent-title", &[]))
    );
    assert!(fx.mails(1, Duration::from_millis(300)).await.is_empty());
}

/// A subscription request for `email` (urlencoded as given) from the IPv4 address `ip`.
fn subscription_from(email: &str, ip: [u8; 4]) -> Request<Body> {
    from_ip(
        request(
            Method::POST,
            "/subscribe/press?lang=en",
            Some(FORM),
            &format!("email={email}&lang=en"),
        ),
        ip,
    )
}

#[tokio::test]
async fn requests_are_rate_limited_per_ip_and_per_address() {
    let fx = fixture(
        "limits",
        Limits {
            per_ip: RateLimit::new(3, Duration::from_secs(600)),
            per_address: RateLimit::new(1, Duration::from_secs(3600)),
            per_domain: RateLimit::new(100, Duration::from_secs(3600)),
            ..Limits::default()
        },
    )
    .await;
    let post = subscription_from;
    for i in 0..3 {
        let r = fx
            .send(post(&format!("a{i}%40example.org"), [203, 0, 113, 7]))
            .await;
        assert_eq!(r.status, StatusCode::OK, "request {i}");
    }
    let r = fx.send(post("a9%40example.org", [203, 0, 113, 7])).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        r.body
            .contains(&word(&fx, Lang::En, "web-too-many-title", &[]))
    );
    // Another IP asks twice for one address: the same page both times, one email.
    for _ in 0..2 {
        let r = fx
            .send(post("target%40example.org", [198, 51, 100, 1]))
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let mails = fx.mails(5, Duration::from_secs(2)).await;
    assert_eq!(mails.len(), 4, "a0, a1, a2 and target once");
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.contains("To: target@example.org\r\n"))
            .count(),
        1
    );
}

#[tokio::test]
async fn an_ipv6_64_is_one_client_and_each_ipv4_address_another() {
    let fx = fixture(
        "ipv6",
        Limits {
            per_ip: RateLimit::new(2, Duration::from_secs(600)),
            ..generous()
        },
    )
    .await;
    let from = |ip: &str, i: usize| {
        let req = request(
            Method::POST,
            "/subscribe/press?lang=en",
            Some(FORM),
            &format!("email=r{i}%40example.org&lang=en"),
        );
        from_addr(req, ip.parse().unwrap())
    };
    // A host moving through the addresses of its /64 is one client.
    let mut statuses = Vec::new();
    for (i, ip) in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3"]
        .iter()
        .enumerate()
    {
        statuses.push(fx.send(from(ip, i)).await.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    assert_eq!(
        fx.send(from("2001:db8:1:3::1", 3)).await.status,
        StatusCode::OK,
        "the next /64 is another client"
    );
    // IPv4 clients are counted one by one, also when they arrive on an IPv6 socket.
    for (i, ip) in ["203.0.113.7", "::ffff:203.0.113.7"].iter().enumerate() {
        assert_eq!(fx.send(from(ip, 4 + i)).await.status, StatusCode::OK);
    }
    assert_eq!(
        fx.send(from("203.0.113.7", 6)).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(fx.send(from("203.0.113.8", 7)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_full_client_table_does_not_turn_new_clients_away() {
    let fx = fixture(
        "fulltable",
        Limits {
            per_ip: RateLimit::new(5, Duration::from_secs(600)).with_capacity(16),
            ..generous()
        },
    )
    .await;
    // An attacker fills the table from many /64s; a new client still gets in.
    for i in 0..40u16 {
        let ip = IpAddr::from([0x2001, 0xdb8, i, 0, 0, 0, 0, 1]);
        let req = request(
            Method::POST,
            "/subscribe/press?lang=en",
            Some(FORM),
            "email=x",
        );
        let r = fx.send(from_addr(req, ip)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "counted, then refused");
    }
    let r = fx
        .send(subscription_from("newcomer%40example.org", [192, 0, 2, 44]))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let mails = fx.mails(1, Duration::from_secs(5)).await;
    assert_eq!(mails.len(), 1, "and is sent the email");
}

#[tokio::test]
async fn the_queue_of_confirmation_emails_is_bounded() {
    let fx = fixture(
        "queue",
        Limits {
            mail_queue: 2,
            ..generous()
        },
    )
    .await;
    // Every sending slot taken: requests queue, and past two they are dropped.
    let busy = fx
        .app
        .mail_slots
        .acquire_many(super::app::MAIL_SLOTS)
        .await
        .unwrap();
    for i in 0..5u8 {
        let email = format!("queued{i}%40example.org");
        let r = fx.send(subscription_from(&email, [192, 0, 2, i])).await;
        assert_eq!(r.status, StatusCode::OK, "the same page for everyone");
    }
    assert_eq!(fx.app.mail_queue.available_permits(), 0);
    drop(busy);
    let mails = fx.mails(3, Duration::from_secs(2)).await;
    assert_eq!(mails.len(), 2, "two queued, three dropped");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        fx.app.mail_queue.available_permits(),
        2,
        "the queue empties"
    );
}

#[tokio::test]
async fn one_mailbox_respelled_gets_at_most_its_three_emails_an_hour() {
    let fx = fixture("mailbomb", Limits::default()).await;
    // Every spelling from its own client, so only the per-mailbox limit can stop them.
    let spellings = [
        "victim%40example.org",
        "%22victim%22%40example.org",
        "%22%5Cv%5Ci%5Cc%5Ct%5Ci%5Cm%22%40example.org",
        "victim%2Bx1%40example.org",
        "victim%2Bx2%40example.org",
        "VICTIM%40Example.ORG",
        "vic.tim%40example.org",
    ];
    for (i, email) in spellings.iter().enumerate() {
        let r = fx
            .send(subscription_from(email, [203, 0, 113, i as u8]))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{email}: the same page for all");
    }
    let mails = fx.mails(4, Duration::from_secs(2)).await;
    assert_eq!(mails.len(), 3, "one mailbox, three emails an hour");
}

#[tokio::test]
async fn one_domain_gets_at_most_its_emails_an_hour() {
    let fx = fixture("domainbomb", Limits::default()).await;
    for i in 0..35u8 {
        let email = format!("reader{i}%40example.net");
        let r = fx.send(subscription_from(&email, [198, 51, 100, i])).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let mails = fx.mails(31, Duration::from_secs(3)).await;
    assert_eq!(mails.len(), 30, "30 an hour to one domain");
}

#[tokio::test]
async fn a_respelled_address_is_the_subscriber_it_spells() {
    let fx = fixture("respelled", generous()).await;
    let r = fx
        .post(
            "/subscribe/press?lang=en",
            "email=%22%5Cb%5Co%5Cr%5Ci%5Cs%22%40Example.org&lang=ru",
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("boris@example.org"), "{}", r.body);
    let mails = fx.mails(1, Duration::from_secs(5)).await;
    assert!(
        mails[0].contains("To: boris@example.org\r\n"),
        "{}",
        mails[0]
    );
    let r = fx.post(&confirm_path(&mails[0]), "confirm=yes").await;
    assert_eq!(r.status, StatusCode::OK);
    let all = fx.app.store.subscribers(None).await.unwrap();
    assert_eq!(all.len(), PEOPLE.len(), "no second Boris");
}

#[tokio::test]
async fn bad_form_input_shows_the_form_again_with_everything_escaped() {
    let fx = fixture("badform", generous()).await;
    let r = fx
        .post(
            "/subscribe/press?lang=es",
            "email=%3Cscript%3Ealert(1)%3C%2Fscript%3E&name=%22%3E%3Cscript%3Ex%3C%2Fscript%3E&lang=ru",
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("<html lang=\"es\""));
    assert!(
        r.body
            .contains(&word(&fx, Lang::Es, "web-subscribe-bad-email", &[]))
    );
    assert!(!r.body.contains("<script"), "{}", r.body);
    assert!(
        r.body
            .contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
    );
    assert!(r.body.contains("value=\"&quot;&gt;&lt;script&gt;"));
    assert!(
        r.body.contains("value=\"ru\" lang=\"ru\" selected"),
        "the choice is kept"
    );

    let long = "x".repeat(101);
    for name in [long.as_str(), "Ana%E2%80%AEevil", "Ana%0D%0ABcc"] {
        let r = fx
            .post(
                "/subscribe/press?lang=en",
                &format!("email=ana%40example.org&name={name}&lang=en"),
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{name}");
        assert!(
            r.body
                .contains(&word(&fx, Lang::En, "web-subscribe-bad-name", &[]))
        );
    }
    assert!(fx.mails(1, Duration::from_millis(200)).await.is_empty());
}

#[tokio::test]
async fn addresses_no_message_can_carry_are_refused_on_the_form_in_its_language() {
    let fx = fixture("unusable", generous()).await;
    for lang in Lang::ALL {
        for email in ["%22a+b%22%40example.org", "x%40%5B192.0.2.1%5D"] {
            let r = fx
                .post(
                    &format!("/subscribe/press?lang={lang}"),
                    &format!("email={email}&lang={lang}"),
                )
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{email}");
            assert!(
                r.body
                    .contains(&word(&fx, lang, "web-subscribe-unusable-email", &[])),
                "{email} in {lang}: {}",
                r.body
            );
        }
    }
    assert!(fx.mails(1, Duration::from_millis(300)).await.is_empty());
}

#[tokio::test]
async fn unknown_lists_and_routes_are_not_found() {
    let fx = fixture("unknown", generous()).await;
    for uri in [
        "/subscribe/internal",
        "/subscribe/nope",
        "/",
        "/u/",
        "/elsewhere",
    ] {
        let r = fx.get(uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_security_headers(&r, uri);
    }
    let r = fx
        .post("/subscribe/internal", "email=a%40example.org&lang=en")
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(fx.mails(1, Duration::from_millis(200)).await.is_empty());
}

#[tokio::test]
async fn a_link_that_is_not_utf8_gets_the_not_found_page_in_its_language() {
    let fx = fixture("notutf8", generous()).await;
    let before = fx.snapshot().await;
    for (method, uri) in [
        (Method::GET, "/u/%FF%FE"),
        (Method::POST, "/u/%FF%FE"),
        (Method::GET, "/p/%C3"),
        (Method::POST, "/p/%C3"),
        (Method::GET, "/subscribe/%FF"),
        (Method::POST, "/subscribe/%FF"),
        (Method::GET, "/confirm/%FF"),
        (Method::POST, "/confirm/%FF"),
        (Method::GET, "/n/%FF/ru"),
        (Method::GET, "/n/x/%FF"),
    ] {
        let mut req = request(
            method.clone(),
            uri,
            Some(FORM),
            "List-Unsubscribe=One-Click",
        );
        req.headers_mut()
            .insert(header::ACCEPT_LANGUAGE, "ru".parse().unwrap());
        let r = fx.send(req).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{method} {uri}");
        assert!(
            r.body
                .contains(&word(&fx, Lang::Ru, "web-not-found-text", &[])),
            "{method} {uri}: {}",
            r.body
        );
        assert_security_headers(&r, uri);
    }
    assert_eq!(fx.snapshot().await, before);
}

#[tokio::test]
async fn every_page_and_the_email_exist_in_every_language() {
    let fx = fixture("langs", generous()).await;
    for (email, _, lang) in PEOPLE {
        let token = fx.token(email);
        for uri in [format!("/u/{token}"), format!("/p/{token}")] {
            let r = fx.get(&uri).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}");
            assert!(r.body.contains(&format!("<html lang=\"{lang}\"")));
        }
        let r = fx.get(&format!("/subscribe/press?lang={lang}")).await;
        assert!(r.body.contains(&format!("<html lang=\"{lang}\"")));
        let r = fx.get(&format!("/nowhere?lang={lang}")).await;
        assert!(r.body.contains(&word(&fx, lang, "web-not-found-text", &[])));
        let c = confirmation("press", lang, 3600);
        let t = key().sign_confirmation(&c);
        let r = fx.get(&format!("/confirm/{t}")).await;
        assert!(r.body.contains(&format!("<html lang=\"{lang}\"")));
        let built = super::confirm_mail::build(&fx.app, &c).unwrap();
        let eml = String::from_utf8(built.bytes).unwrap();
        assert!(eml.contains(&format!("Content-Language: {lang}\r\n")));
        assert!(text_part(&eml).contains(&format!("https://press.mfa.example.org/confirm/{t}")));
        // The name is a display name, encoded, never markup in the HTML part.
        assert!(!eml.contains("<оқырман>"));
    }
}

#[test]
fn the_pages_use_exactly_the_web_messages() {
    let mut used: BTreeSet<&str> = BTreeSet::new();
    used.extend(super::unsubscribe::PAGE_WORDS);
    used.extend(super::unsubscribe::DONE_WORDS);
    used.extend(super::preferences::WORDS);
    used.extend(super::subscribe::FORM_WORDS);
    used.extend(super::subscribe::SENT_WORDS);
    used.extend(super::subscribe::CONFIRM_WORDS);
    used.extend(super::subscribe::CONFIRMED_WORDS);
    used.extend(super::confirm_mail::WORDS);
    // The message pages (app.rs) and the language selectors (pages.rs).
    used.extend([
        "web-not-found-title",
        "web-not-found-text",
        "web-bad-request-title",
        "web-bad-request-text",
        "web-too-many-title",
        "web-too-many-text",
        "web-error-title",
        "web-error-text",
        "web-language-name",
    ]);
    let declared: BTreeSet<&str> = communique_l10n::check::WEB_MESSAGES.into_iter().collect();
    assert_eq!(used, declared);
}

#[tokio::test]
async fn the_web_view_shows_a_published_notice_in_its_language_only() {
    let f = fixture("webview", generous()).await;
    let json =
        std::fs::read_to_string("examples/events/kz-mx-political-consultations-2022.json").unwrap();
    let event = communique_model::parse_event_with(
        &json,
        &[],
        &crate::event_file::directory(None).unwrap(),
    )
    .unwrap();
    let canonical = serde_json::to_string(&event).unwrap();
    let id = "kz-mx-political-consultations-2022";
    // Not published yet: nothing to show.
    assert_eq!(
        f.get(&format!("/n/{id}/ru")).await.status,
        StatusCode::NOT_FOUND
    );
    f.app
        .store
        .open_publication(&communique_store::PublicationRequest {
            event_id: id,
            list: "press",
            content_hash: "h",
            event_json: &canonical,
            langs: &[Lang::Ru, Lang::Kk],
            resend: false,
        })
        .await
        .unwrap();
    let ru = f.get(&format!("/n/{id}/ru")).await;
    assert_eq!(ru.status, StatusCode::OK);
    assert!(ru.body.contains("<html lang=\"ru\""));
    assert!(
        ru.body
            .contains("третий раунд казахстанско-мексиканских политических консультаций"),
        "{}",
        ru.body
    );
    assert!(ru.body.contains("Фото: gov.kz"));
    assert!(
        f.get(&format!("/n/{id}/kk"))
            .await
            .body
            .contains("Қазақстан-Мексика")
    );
    // A language it was not published in, an unknown event or language: the 404 page.
    for uri in [
        format!("/n/{id}/en"),
        "/n/no-such-event/ru".to_owned(),
        format!("/n/{id}/de"),
    ] {
        assert_eq!(f.get(&uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test]
async fn the_web_view_shows_public_lists_only_or_what_a_signed_link_names() {
    let f = fixture("webview-lists", generous()).await;
    let json =
        std::fs::read_to_string("examples/events/kz-mx-political-consultations-2022.json").unwrap();
    let id = "kz-mx-political-consultations-2022";
    let publish = |list: &'static str, version: &'static str, json: String| {
        let store = f.app.store.clone();
        async move {
            let event = communique_model::parse_event_with(
                &json,
                &[],
                &crate::event_file::directory(None).unwrap(),
            )
            .unwrap();
            let canonical = serde_json::to_string(&event).unwrap();
            store
                .open_publication(&communique_store::PublicationRequest {
                    event_id: id,
                    list,
                    content_hash: version,
                    event_json: &canonical,
                    langs: &[Lang::Ru],
                    resend: true,
                })
                .await
                .unwrap();
        }
    };
    // Sent only to a list that is not public: nobody reads it by guessing the address.
    publish(
        "internal",
        "draft 1",
        json.replace("gov.kz", "draft.example.org"),
    )
    .await;
    let bare = format!("/n/{id}/ru");
    assert_eq!(f.get(&bare).await.status, StatusCode::NOT_FOUND);
    // Its members' link, signed for that list, event and language, opens it.
    let signed = |event: &str, lang: Lang| {
        format!("/n/{id}/ru?k={}", key().sign_view(event, lang, "internal"))
    };
    let r = f.get(&signed(id, Lang::Ru)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("draft.example.org"));
    for other in [signed("another-event", Lang::Ru), signed(id, Lang::En)] {
        assert_eq!(f.get(&other).await.status, StatusCode::NOT_FOUND, "{other}");
    }
    // The public list's version, later published, is the one anyone sees; the draft sent
    // to the test list never replaces it.
    publish("press", "final", json.clone()).await;
    publish(
        "internal",
        "draft 2",
        json.replace("gov.kz", "draft2.example.org"),
    )
    .await;
    let public = f.get(&bare).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Фото: gov.kz"), "{}", public.body);
    assert!(!public.body.contains("draft"));
    assert!(
        f.get(&signed(id, Lang::Ru))
            .await
            .body
            .contains("draft2.example.org")
    );
    let forged = format!("{bare}?k=forged.token");
    assert!(f.get(&forged).await.body.contains("Фото: gov.kz"));
}
