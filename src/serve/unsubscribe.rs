//! `/u/{token}`: the unsubscribe page (GET and HEAD show it and change nothing: link scanners
//! follow links), the RFC 8058 one-click POST (`List-Unsubscribe=One-Click`: 200, no page) and
//! the page's own button (a POST that answers with a confirmation page). Each is idempotent.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use communique_store::Left;
use minijinja::context;

use crate::serve::app::{LinkPath, Oops, Shared};
use crate::serve::form::Fields;
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Vars};

/// The words of the unsubscribe page.
pub const PAGE_WORDS: [&str; 5] = [
    "web-unsubscribe-title",
    "web-unsubscribe-question",
    "web-unsubscribe-button",
    "web-unsubscribe-not-subscribed",
    "web-preferences-link",
];

/// The words of the page after the button.
pub const DONE_WORDS: [&str; 4] = [
    "web-unsubscribed-title",
    "web-unsubscribed-text",
    "web-unsubscribed-mistake",
    "web-preferences-link",
];

/// GET (and HEAD): which list and address, with a button to unsubscribe. Changes nothing.
pub async fn page(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
) -> Response {
    let Some((id, list)) = app.key.verify(&token) else {
        return app.not_found(fallback);
    };
    let shown = async {
        let Some(profile) = app.store.profile(id).await? else {
            return Ok(None);
        };
        let lang = profile.subscriber.lang;
        let vars = Vars {
            email: Some(profile.subscriber.email.clone()),
            list: Some(app.config.list_title(&list, lang)),
            hours: None,
        };
        let data = context! {
            receives => profile.receives(&list),
            action => format!("/u/{token}"),
            preferences => format!("/p/{token}"),
        };
        let page = Page::new(
            StatusCode::OK,
            lang,
            "unsubscribe.html",
            &PAGE_WORDS,
            vars,
            data,
        );
        app.render(page).map(Some)
    };
    match shown.await {
        Ok(Some(r)) => r,
        Ok(None) => app.not_found(fallback),
        Err(e) => app.failure(fallback, e),
    }
}

/// POST: one-click (200, no page) or the page's button (a confirmation page).
pub async fn act(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some((id, list)) = app.key.verify(&token) else {
        return app.not_found(fallback);
    };
    let fields = Fields::parse(&headers, &body);
    let done = async {
        let Some(profile) = app.store.profile(id).await? else {
            return Ok(None);
        };
        let lang = profile.subscriber.lang;
        let one_click = fields.is_one_click();
        if !one_click && fields.get("unsubscribe") != Some("yes") {
            return Ok(Some(app.bad_request(lang)));
        }
        match app.store.leave_list(id, &list).await? {
            Left::NoSuchSubscriber => return Ok(None),
            Left::Unsubscribed | Left::Already => {}
        }
        if one_click {
            return Ok(Some(StatusCode::OK.into_response()));
        }
        let vars = Vars {
            email: Some(profile.subscriber.email.clone()),
            list: Some(app.config.list_title(&list, lang)),
            hours: None,
        };
        let data = context! { preferences => format!("/p/{token}") };
        let page = Page::new(
            StatusCode::OK,
            lang,
            "unsubscribed.html",
            &DONE_WORDS,
            vars,
            data,
        );
        Ok::<_, Oops>(Some(app.render(page)?))
    };
    match done.await {
        Ok(Some(r)) => r,
        Ok(None) => app.not_found(fallback),
        Err(e) => app.failure(fallback, e),
    }
}
