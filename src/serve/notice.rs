//! `/n/{event}/{lang}`: the web view of a published notice, the link every email carries.
//! Only events that were published (to any list) in that language are shown; nothing about
//! subscribers is.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use communique_model::Lang;
use minijinja::context;

use crate::serve::app::{LinkPath, Shared};
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Vars};

/// GET (and HEAD): the notice, as the subscribers of that language received it.
pub async fn page(
    State(app): State<Shared>,
    LinkPath((event_id, lang)): LinkPath<(String, String)>,
    PageLang(fallback): PageLang,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        return app.not_found(fallback);
    };
    let event = match app.store.published_event(&event_id, lang).await {
        Ok(Some(json)) => communique_model::parse_event(&json).ok(),
        Ok(None) => None,
        Err(e) => return app.failure(lang, e.into()),
    };
    let Some(event) = event else {
        return app.not_found(lang);
    };
    match communique_l10n::localize(&app.locales, &event, lang) {
        Ok(notice) => {
            let data = context! { notice => minijinja::value::Serde(&notice) };
            let page = Page::new(
                StatusCode::OK,
                lang,
                "notice.html",
                &[],
                Vars::default(),
                data,
            );
            app.render(page).unwrap_or_else(|e| app.failure(lang, e))
        }
        // The translations changed since and can no longer write it: not a subscriber's problem.
        Err(_) => app.not_found(lang),
    }
}
