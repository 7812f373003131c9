//! `/p/{token}`: the subscriber's language and lists (GET shows, changes nothing; POST saves and
//! shows the saved choices in the chosen language). The token is the one of the unsubscribe
//! link: whoever can unsubscribe may also choose.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use communique_model::Lang;
use communique_store::Profile;
use minijinja::context;
use serde::Serialize;

use crate::serve::app::{App, LinkPath, Oops, Shared};
use crate::serve::form::Fields;
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Vars};

/// The words of the preferences page.
pub const WORDS: [&str; 8] = [
    "web-preferences-title",
    "web-preferences-intro",
    "web-preferences-language",
    "web-preferences-lists",
    "web-preferences-hint",
    "web-preferences-nothing",
    "web-preferences-save",
    "web-preferences-saved",
];

/// Where the consent to a list joined on this page comes from.
const SOURCE: &str = "web-preferences";

/// A list as the page offers it.
#[derive(Debug, Serialize)]
struct ListOption {
    name: String,
    title: String,
    checked: bool,
}

/// GET (and HEAD): the current choices. Changes nothing.
pub async fn page(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
) -> Response {
    let Some((id, _)) = app.key.verify(&token) else {
        return app.not_found(fallback);
    };
    match app.store.profile(id).await {
        Ok(Some(profile)) => show(&app, &profile, &token, false)
            .unwrap_or_else(|e| app.failure(profile.subscriber.lang, e)),
        Ok(None) => app.not_found(fallback),
        Err(e) => app.failure(fallback, e.into()),
    }
}

/// POST: saves the language and lists, then shows them.
pub async fn save(
    State(app): State<Shared>,
    LinkPath(token): LinkPath<String>,
    PageLang(fallback): PageLang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some((id, _)) = app.key.verify(&token) else {
        return app.not_found(fallback);
    };
    let fields = Fields::parse(&headers, &body);
    let saved = async {
        let Some(profile) = app.store.profile(id).await? else {
            return Ok(None);
        };
        let Some(lang) = fields.get("lang").and_then(|l| l.parse::<Lang>().ok()) else {
            return Ok(Some(app.bad_request(profile.subscriber.lang)));
        };
        let wanted = fields.all("list");
        let open: Vec<String> = app.config.web.lists.keys().cloned().collect();
        if !app
            .store
            .save_preferences(id, lang, &wanted, &open, SOURCE)
            .await?
        {
            return Ok(None);
        }
        let Some(profile) = app.store.profile(id).await? else {
            return Ok(None);
        };
        Ok::<_, Oops>(Some(show(&app, &profile, &token, true)?))
    };
    match saved.await {
        Ok(Some(r)) => r,
        Ok(None) => app.not_found(fallback),
        Err(e) => app.failure(fallback, e),
    }
}

fn show(app: &App, profile: &Profile, token: &str, saved: bool) -> Result<Response, Oops> {
    let lang = profile.subscriber.lang;
    let lists = options(app, profile, lang);
    let nothing = !lists.iter().any(|l| l.checked);
    let vars = Vars {
        email: Some(profile.subscriber.email.clone()),
        list: None,
        hours: None,
    };
    let data = context! {
        action => format!("/p/{token}"),
        lists => minijinja::value::Serde(&lists),
        saved => saved,
        nothing => nothing,
    };
    app.render(Page::new(
        StatusCode::OK,
        lang,
        "preferences.html",
        &WORDS,
        vars,
        data,
    ))
}

/// The subscriber's lists and the open ones, each once; a title two lists share gets the
/// list's name after it, so the boxes can be told apart.
fn options(app: &App, profile: &Profile, lang: Lang) -> Vec<ListOption> {
    let mut names: Vec<&str> = profile.lists.iter().map(|m| m.list.as_str()).collect();
    for open in app.config.web.lists.keys() {
        if !names.contains(&open.as_str()) {
            names.push(open);
        }
    }
    let mut out: Vec<ListOption> = names
        .iter()
        .map(|name| ListOption {
            name: (*name).to_owned(),
            title: app.config.list_title(name, lang),
            checked: profile.receives(name),
        })
        .collect();
    let titles: Vec<String> = out.iter().map(|o| o.title.clone()).collect();
    for o in &mut out {
        if titles.iter().filter(|t| **t == o.title).count() > 1 {
            o.title = format!("{} ({})", o.title, o.name);
        }
    }
    out.sort_by(|a, b| a.title.cmp(&b.title));
    out
}
