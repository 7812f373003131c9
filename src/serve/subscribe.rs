//! `/subscribe/{list}` and `/confirm/{token}`: double opt-in. The form sends a confirmation
//! email (rate-limited per IP and per address, with a honeypot field for robots); nothing is
//! stored until the person opens the link and presses the button. Every valid request gets the
//! same page, so no page tells whether an address is already subscribed.

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use communique_mail::token::Confirmation;
use communique_model::Lang;
use communique_store::{AddressError, Confirmed, LinkUse};
use minijinja::context;

use crate::serve::app::{CONFIRM_HOURS, LinkPath, Shared};
use crate::serve::form::Fields;
use crate::serve::limit::ClientIp;
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Vars};

/// The words of the form.
pub const FORM_WORDS: [&str; 12] = [
    "web-subscribe-title",
    "web-subscribe-intro",
    "web-subscribe-email",
    "web-subscribe-name",
    "web-subscribe-language",
    "web-subscribe-button",
    "web-subscribe-honeypot",
    "web-subscribe-privacy",
    "web-subscribe-bad-email",
    "web-subscribe-unusable-email",
    "web-subscribe-bad-name",
    "web-page-language",
];

/// The words of the page after the form.
pub const SENT_WORDS: [&str; 4] = [
    "web-subscribe-sent-title",
    "web-subscribe-sent-text",
    "web-link-valid",
    "web-subscribe-spam",
];

/// The words of the confirmation page.
pub const CONFIRM_WORDS: [&str; 3] = [
    "web-confirm-title",
    "web-confirm-question",
    "web-confirm-button",
];

/// The words of the page after confirming.
pub const CONFIRMED_WORDS: [&str; 3] = [
    "web-confirmed-title",
    "web-confirmed-text",
    "web-preferences-link",
];

/// The honeypot: a field people never see, so never fill in.
pub const HONEYPOT: &str = "website";

/// The longest name accepted, in characters.
const MAX_NAME: usize = 100;

/// What the form holds, to show it again.
#[derive(Debug, Default, serde::Serialize)]
struct FormValues {
    email: String,
    name: String,
    lang: String,
    bad_email: bool,
    /// An address, but one no message can be addressed to (it needs quotes, or names an IP).
    unusable_email: bool,
    bad_name: bool,
}

/// GET (and HEAD): the form, in the language of `?lang=` or the browser.
pub async fn form(
    State(app): State<Shared>,
    LinkPath(list): LinkPath<String>,
    PageLang(lang): PageLang,
) -> Response {
    if !app.config.is_open_list(&list) {
        return app.not_found(lang);
    }
    let values = FormValues {
        lang: lang.code().to_owned(),
        ..FormValues::default()
    };
    show_form(&app, &list, lang, StatusCode::OK, &values)
}

fn show_form(
    app: &Shared,
    list: &str,
    lang: Lang,
    status: StatusCode,
    values: &FormValues,
) -> Response {
    let vars = Vars {
        email: None,
        list: Some(app.config.list_title(list, lang)),
        hours: None,
    };
    let data = context! {
        action => format!("/subscribe/{list}?lang={}", lang.code()),
        here => format!("/subscribe/{list}"),
        values => minijinja::value::Serde(values),
        honeypot => HONEYPOT,
    };
    let page = Page::new(status, lang, "subscribe.html", &FORM_WORDS, vars, data);
    app.render(page).unwrap_or_else(|e| app.failure(lang, e))
}

/// POST: checks the form and sends the confirmation email; the same page for every address.
pub async fn request(
    State(app): State<Shared>,
    LinkPath(list): LinkPath<String>,
    PageLang(page_lang): PageLang,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !app.config.is_open_list(&list) {
        return app.not_found(page_lang);
    }
    let now = Instant::now();
    if !app.limits.per_ip.allow(&ip, now) {
        return app.too_many(page_lang);
    }
    let fields = Fields::parse(&headers, &body);
    let typed = |name: &str| fields.get(name).unwrap_or("").trim().to_owned();
    let mut values = FormValues {
        email: typed("email"),
        name: typed("name"),
        lang: typed("lang"),
        ..FormValues::default()
    };
    let normalized = communique_store::normalize_email(&values.email);
    values.unusable_email = matches!(
        normalized,
        Err(AddressError::NeedsQuotes(_) | AddressError::Literal(_))
    );
    let email = normalized.ok();
    if !typed(HONEYPOT).is_empty() {
        // A robot: it gets what a person gets, and nothing is sent.
        return sent(
            &app,
            &list,
            page_lang,
            email.as_deref().unwrap_or(&values.email),
        );
    }
    values.bad_email = email.is_none() || values.email.len() > 254;
    values.bad_name = values.name.chars().count() > MAX_NAME
        || values.name.chars().any(communique_model::forbidden_char);
    let lang = values.lang.parse::<Lang>().unwrap_or(page_lang);
    values.lang = lang.code().to_owned();
    let (Some(email), false, false) = (email, values.bad_email, values.bad_name) else {
        return show_form(&app, &list, page_lang, StatusCode::BAD_REQUEST, &values);
    };
    // The mailbox first: a request refused for its mailbox does not use up its domain's.
    if app
        .limits
        .per_address
        .allow(&communique_store::limit_key(&email), now)
        && app
            .limits
            .per_domain
            .allow(communique_store::domain_of(&email), now)
    {
        let confirmation = Confirmation {
            email: email.clone(),
            name: values.name.clone(),
            lang,
            list: list.clone(),
            expires: jiff::Timestamp::now().as_second() + CONFIRM_HOURS * 3600,
        };
        match app.mail_queue.clone().try_acquire_owned() {
            Ok(queued) => {
                let app = app.clone();
                tokio::spawn(async move {
                    crate::serve::confirm_mail::send(&app, &confirmation).await;
                    drop(queued);
                });
            }
            // The page says the same either way: it never tells what happened to an address.
            Err(_) => {
                if let Some(n) = app.mail_dropped.note(now) {
                    eprintln!(
                        "communique serve: the queue of confirmation emails is full ({}): {n} not sent since the last such line",
                        app.limits.mail_queue
                    );
                }
            }
        }
    }
    sent(&app, &list, page_lang, &email)
}

/// "Check your inbox": what every accepted request sees.
fn sent(app: &Shared, list: &str, lang: Lang, email: &str) -> Response {
    let vars = Vars {
        email: Some(email.to_owned()),
        list: Some(app.config.list_title(list, lang)),
        hours: Some(CONFIRM_HOURS),
    };
    let page = Page::new(
        StatusCode::OK,
        lang,
        "sent.html",
        &SENT_WORDS,
        vars,
        context! {},
    );
    app.render(page).unwrap_or_else(|e| app.failure(lang, e))
}

/// The request a confirmation token carries, if it is genuine, unexpired and for a list that
/// is still open.
fn confirmation(app: &Shared, token: &str) -> Option<Confirmation> {
    let c = app
        .key
        .verify_confirmation(token, jiff::Timestamp::now().as_second())
        .ok()?;
    app.config.is_open_list(&c.list).then_some(c)
}

/// What identifies a confirmation link in the store: a hash, so the store never holds a
/// link that would subscribe someone.
fn link_hash(token: &str) -> String {
    use sha2::Digest;
    data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(token.as_bytes()))
}

/// GET (and HEAD): the address and list, with a button to confirm; for a link already used,
/// the page after confirming while its subscriber is still on the list, else the 404 page.
/// Changes nothing.
pub async fn confirm_page(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
) -> Response {
    let Some(c) = confirmation(&app, &token) else {
        return app.not_found(fallback);
    };
    let used = match app
        .store
        .link_use(&link_hash(&token), &c.email, &c.list)
        .await
    {
        Ok(used) => used,
        Err(e) => return app.failure(c.lang, e.into()),
    };
    if let Some(state) = used {
        return confirmed(&app, &c, state);
    }
    let data = context! { action => format!("/confirm/{token}") };
    let page = Page::new(
        StatusCode::OK,
        c.lang,
        "confirm.html",
        &CONFIRM_WORDS,
        vars(&app, &c),
        data,
    );
    app.render(page).unwrap_or_else(|e| app.failure(c.lang, e))
}

/// POST: activates the subscription, recording when and how consent was given, once per
/// link: a link used before changes nothing.
pub async fn confirm(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(c) = confirmation(&app, &token) else {
        return app.not_found(fallback);
    };
    if Fields::parse(&headers, &body).get("confirm") != Some("yes") {
        return app.bad_request(c.lang);
    }
    let source = format!("web-form:{} (confirmed by email)", c.list);
    let state = app
        .store
        .confirm_subscription(&Confirmed {
            link: &link_hash(&token),
            link_expires: c.expires,
            email: &c.email,
            name: &c.name,
            lang: c.lang,
            list: &c.list,
            source: &source,
        })
        .await;
    match state {
        Ok(state) => confirmed(&app, &c, state),
        Err(e) => app.failure(c.lang, e.into()),
    }
}

/// The words' values of the confirmation pages.
fn vars(app: &Shared, c: &Confirmation) -> Vars {
    Vars {
        email: Some(c.email.clone()),
        list: Some(app.config.list_title(&c.list, c.lang)),
        hours: None,
    }
}

/// The page after confirming, while the subscription stands; the 404 page for a link that
/// was used and whose subscriber has left the list since (it does nothing any more).
fn confirmed(app: &Shared, c: &Confirmation, state: LinkUse) -> Response {
    let LinkUse::Subscribed(id) = state else {
        return app.not_found(c.lang);
    };
    let data = context! { preferences => format!("/p/{}", app.key.sign(id, &c.list)) };
    let page = Page::new(
        StatusCode::OK,
        c.lang,
        "confirmed.html",
        &CONFIRMED_WORDS,
        vars(app, c),
        data,
    );
    app.render(page).unwrap_or_else(|e| app.failure(c.lang, e))
}
