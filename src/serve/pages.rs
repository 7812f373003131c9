//! The pages: minijinja templates from `templates/web/` (every value HTML-escaped, by the
//! `.html` extension; undefined names are errors), with every word a Fluent `web-…` message in
//! the page's language. Rust chooses which messages a page shows; it holds no sentence.

use std::collections::BTreeMap;
use std::path::Path;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use communique_l10n::{FluentArgs, L10nError, Locales};
use communique_model::Lang;
use minijinja::{Environment, Value, context};
use serde::Serialize;

use crate::config::Config;
use crate::report::Failure;
use crate::serve::app::Oops;

/// The files `templates/web/` must hold.
pub const TEMPLATES: [&str; 12] = [
    "base.html",
    "message.html",
    "unsubscribe.html",
    "unsubscribed.html",
    "preferences.html",
    "subscribe.html",
    "sent.html",
    "confirm.html",
    "confirmed.html",
    "confirm-mail.html",
    "confirm-mail.txt",
    "notice.html",
];

/// The compiled web templates.
pub struct Pages {
    env: Environment<'static>,
}

/// The values web messages may use; each page sets the ones its messages need.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    /// The subscriber's address.
    pub email: Option<String>,
    /// The list's title.
    pub list: Option<String>,
    /// Hours a confirmation link is valid.
    pub hours: Option<i64>,
}

/// One page to answer with.
pub struct Page {
    pub status: StatusCode,
    pub lang: Lang,
    pub template: &'static str,
    /// The messages the page shows (their values in `t`, keyed without `web-` and with `_`).
    pub words: Vec<&'static str>,
    pub vars: Vars,
    /// What else the template needs, as `page`.
    pub data: Value,
}

/// A language as a selector offers it: its code and its own name.
#[derive(Debug, Serialize)]
pub struct LangOption {
    pub code: &'static str,
    pub name: String,
    pub selected: bool,
}

/// The key a message has in a template: `web-unsubscribe-title` is `t.unsubscribe_title`.
pub fn key(id: &str) -> String {
    id.strip_prefix("web-").unwrap_or(id).replace('-', "_")
}

impl Page {
    /// A page of `template` showing `words` with `vars` and `data`.
    pub fn new(
        status: StatusCode,
        lang: Lang,
        template: &'static str,
        words: &[&'static str],
        vars: Vars,
        data: Value,
    ) -> Page {
        Page {
            status,
            lang,
            template,
            words: words.to_vec(),
            vars,
            data,
        }
    }

    /// A title and paragraphs, and nothing else.
    pub fn message(
        status: StatusCode,
        lang: Lang,
        title: &'static str,
        paragraphs: &'static [&'static str],
    ) -> Page {
        let mut words = vec![title];
        words.extend(paragraphs);
        Page {
            status,
            lang,
            template: "message.html",
            words,
            vars: Vars::default(),
            data: context! {
                title => key(title),
                paragraphs => paragraphs.iter().map(|p| key(p)).collect::<Vec<_>>(),
            },
        }
    }
}

impl Pages {
    /// Reads and compiles every template of `templates/web/`, from the folder `--templates`
    /// names or the built-in copy.
    pub fn load(dir: Option<&Path>) -> Result<Pages, Failure> {
        crate::assets::require_dir(dir)?;
        let read = |name: &str| crate::assets::template(dir, &format!("web/{name}"));
        Ok(Pages {
            env: communique_render::compile_environment(read, &TEMPLATES, "web/")?,
        })
    }

    /// Renders `template` with `ctx`.
    pub fn render(&self, template: &str, ctx: Value) -> Result<String, minijinja::Error> {
        self.env.get_template(template)?.render(ctx)
    }

    /// The page as an HTML response.
    pub fn respond(
        &self,
        locales: &Locales,
        config: &Config,
        page: Page,
    ) -> Result<Response, Oops> {
        let t = words(locales, page.lang, &page.words, &page.vars)?;
        let languages = language_options(locales, page.lang)?;
        let ctx = context! {
            lang => page.lang.code(),
            t => t,
            site => site(config, page.lang),
            languages => minijinja::value::Serde(&languages),
            page => page.data,
        };
        let html = self.render(page.template, ctx)?;
        Ok((
            page.status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response())
    }
}

/// Who runs the pages, in `lang`: shown at the top and the bottom of every page and email.
pub fn site(config: &Config, lang: Lang) -> Value {
    let identity = config.identity(lang);
    context! {
        organization => identity.organization,
        postal_address => identity.postal_address,
    }
}

/// The messages `ids` in `lang`, keyed for templates.
pub fn words(
    locales: &Locales,
    lang: Lang,
    ids: &[&str],
    vars: &Vars,
) -> Result<BTreeMap<String, String>, L10nError> {
    let mut args = FluentArgs::new();
    if let Some(email) = &vars.email {
        args.set("email", email.clone());
    }
    if let Some(list) = &vars.list {
        args.set("list", list.clone());
    }
    if let Some(hours) = vars.hours {
        args.set("hours", hours);
    }
    let bundle = locales.get(lang);
    ids.iter()
        .map(|id| Ok((key(id), bundle.format(id, &args)?)))
        .collect()
}

/// Every language, named in itself, `current` selected.
pub fn language_options(locales: &Locales, current: Lang) -> Result<Vec<LangOption>, L10nError> {
    Lang::ALL
        .iter()
        .map(|l| {
            Ok(LangOption {
                code: l.code(),
                name: locales
                    .get(*l)
                    .format("web-language-name", &FluentArgs::new())?,
                selected: *l == current,
            })
        })
        .collect()
}
