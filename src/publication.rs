//! Everything a publication needs before the first message: the event, the translations, the
//! templates and the configuration, checked, and every language rendered once.

use std::path::Path;

use communique_model::{Event, Lang};
use communique_render::Rendered;

use crate::cli::Cli;
use crate::config::Config;
use crate::report::Failure;

pub struct Prepared {
    pub event: Event,
    pub langs: Vec<Lang>,
    pub config: Config,
    pub rendered: Vec<Rendered>,
}

/// Reads and checks everything, then renders each language; any problem stops here.
pub fn prepare(cli: &Cli, event_path: &Path, langs: &[Lang]) -> Result<Prepared, Failure> {
    let directory = crate::event_file::directory(cli.people.as_deref())?;
    let event = crate::event_file::read(event_path, langs, &directory)?;
    prepare_event(cli, event, event_path, langs)
}

/// The same for an event already read (a scheduled job's).
pub fn prepare_event(
    cli: &Cli,
    event: Event,
    event_path: &Path,
    langs: &[Lang],
) -> Result<Prepared, Failure> {
    let (config, config_path) = Config::from_cli(cli)?;
    config.check_langs(langs, &config_path)?;
    let locales = crate::assets::locales(cli.locales.as_deref())?;
    let templates = crate::assets::templates(cli.templates.as_deref())?;
    let mut rendered = Vec::with_capacity(langs.len());
    for lang in langs {
        let localize_failed = |error| Failure::Localize {
            path: event_path.to_path_buf(),
            error,
        };
        let notice = communique_l10n::localize(&locales, &event, *lang).map_err(localize_failed)?;
        let identity = config.identity(*lang);
        let labels = communique_l10n::email_labels(&locales, *lang, &identity.list_name)
            .map_err(localize_failed)?;
        rendered.push(templates.render(&notice, &identity, &labels)?);
    }
    Ok(Prepared {
        event,
        langs: langs.to_vec(),
        config,
        rendered,
    })
}

/// A recipient's links: the signed unsubscribe URL and the web view of the notice.
pub struct Links {
    pub unsubscribe: String,
    pub web: String,
}

impl Links {
    pub fn new(
        config: &Config,
        event: &Event,
        lang: Lang,
        key: &communique_mail::token::TokenKey,
        subscriber: i64,
        list: &str,
    ) -> Links {
        Links {
            unsubscribe: Links::unsubscribe(config, key, subscriber, list),
            web: Links::web(config, event, lang, key, list),
        }
    }

    /// The web view of the notice in `lang`, the same for every member of `list`.
    pub fn web(
        config: &Config,
        event: &Event,
        lang: Lang,
        key: &communique_mail::token::TokenKey,
        list: &str,
    ) -> String {
        let base = config.web.base_url.trim_end_matches('/');
        let mut web = format!("{base}/n/{}/{}", event.id, lang);
        // Only public lists' notices are open to anyone; the members of another list read
        // theirs through a link signed for it.
        if !config.is_public_list(list) {
            web.push_str("?k=");
            web.push_str(&key.sign_view(&event.id, lang, list));
        }
        web
    }

    /// The subscriber's signed one-click unsubscribe URL alone.
    pub fn unsubscribe(
        config: &Config,
        key: &communique_mail::token::TokenKey,
        subscriber: i64,
        list: &str,
    ) -> String {
        let base = config.web.base_url.trim_end_matches('/');
        format!("{base}/u/{}", key.sign(subscriber, list))
    }

    pub fn values(&self) -> communique_render::SlotValues<'_> {
        communique_render::SlotValues {
            unsubscribe_url: &self.unsubscribe,
            web_url: &self.web,
        }
    }
}
