//! `/n/{event}/{lang}`: the web view of a published notice, the link every email carries.
//! Shown: the latest version published in that language to a list of `[web] public_lists`,
//! or, with the `?k=` token the emails of another list carry, the latest sent to that list.
//! Nothing else (a draft sent to a test list, a notice only for a private list) and nothing
//! about subscribers is.

use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use communique_model::Lang;
use minijinja::context;

use crate::serve::app::{LinkPath, Shared};
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Vars};

#[derive(serde::Deserialize)]
struct ViewQuery {
    /// The web-view token of a list that is not public.
    k: Option<String>,
}

/// GET (and HEAD): the notice, as the subscribers of that language received it.
pub async fn page(
    State(app): State<Shared>,
    LinkPath((event_id, lang)): LinkPath<(String, String)>,
    PageLang(fallback): PageLang,
    uri: Uri,
) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        return app.not_found(fallback);
    };
    // A token that is not genuine (or for another event or language) opens nothing more
    // than no token does.
    let signed = Query::<ViewQuery>::try_from_uri(&uri)
        .ok()
        .and_then(|q| q.0.k)
        .and_then(|k| app.key.verify_view(&k, &event_id, lang));
    let lists = match signed {
        Some(list) => vec![list],
        None => app.config.web.public_lists.clone(),
    };
    let event = match app.store.published_event(&event_id, lang, &lists).await {
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
