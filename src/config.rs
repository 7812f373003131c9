//! `communique.toml`: who sends, from where, to which list. One loader, validated up front.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use communique_model::Lang;
use serde::Deserialize;

use crate::report::Failure;

/// The configuration shipped in the repository, used when no file is present.
const BUILT_IN: &str = include_str!("../communique.toml");

/// Text in each language.
pub type PerLang = BTreeMap<Lang, String>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub organization: Organization,
    pub sender: Sender,
    pub list: List,
    pub web: Web,
    #[serde(default)]
    pub delivery: Delivery,
    #[serde(default)]
    pub schedule: Schedule,
}

/// The scheduler's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// A mailing that became due longer ago than this while no scheduler ran is not sent
    /// (marked missed) when a scheduler starts: "6h", "90m".
    #[serde(default = "default_max_lateness")]
    pub max_lateness: jiff::SignedDuration,
}

impl Default for Schedule {
    fn default() -> Schedule {
        Schedule {
            max_lateness: default_max_lateness(),
        }
    }
}

fn default_max_lateness() -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(6)
}

/// How subscribers are matched to languages and how bounces count.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    /// For each subscriber language, the languages to try next when it is not published.
    #[serde(default = "default_fallback")]
    pub fallback: BTreeMap<Lang, Vec<Lang>>,
    /// Permanent refusals of an address (5xx to RCPT) after which it is marked bounced.
    #[serde(default = "default_bounce_threshold")]
    pub bounce_threshold: u32,
}

impl Default for Delivery {
    fn default() -> Delivery {
        Delivery {
            fallback: default_fallback(),
            bounce_threshold: default_bounce_threshold(),
        }
    }
}

fn default_fallback() -> BTreeMap<Lang, Vec<Lang>> {
    BTreeMap::from([
        (Lang::Kk, vec![Lang::Ru, Lang::En]),
        (Lang::Ru, vec![Lang::En]),
        (Lang::Es, vec![Lang::En]),
        (Lang::En, vec![]),
    ])
}

fn default_bounce_threshold() -> u32 {
    1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: PerLang,
    pub postal_address: PerLang,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sender {
    pub address: lettre::Address,
    pub name: PerLang,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct List {
    pub id: String,
    pub name: PerLang,
    pub unsubscribe_mailto: lettre::Address,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Web {
    pub base_url: String,
    /// The lists anyone may join through `communique serve` (`/subscribe/NAME`) and choose on
    /// the preferences page, each with its title in every language. Other lists are never
    /// offered; their members see them under `[list] name`.
    #[serde(default)]
    pub lists: BTreeMap<String, PerLang>,
    /// The lists whose notices anyone may read at `/n/EVENT/LANG` (the web view). A notice sent
    /// only to other lists is shown only through the signed link its recipients' emails carry,
    /// and a version sent to them (a draft to a test list) never replaces the public one.
    #[serde(default)]
    pub public_lists: Vec<String>,
}

impl Config {
    /// The configuration `--config` (or `COMMUNIQUE_CONFIG`) names, else `communique.toml` if
    /// present, else the built-in one; and where it came from.
    pub fn from_cli(cli: &crate::cli::Cli) -> Result<(Config, PathBuf), Failure> {
        let (path, is_default) = match &cli.config {
            Some(p) => (p.clone(), false),
            None => (PathBuf::from("communique.toml"), true),
        };
        Ok((Config::load(&path, is_default)?, path))
    }

    /// Reads `path`; the built-in configuration when `path` is the default and absent.
    pub fn load(path: &Path, is_default: bool) -> Result<Config, Failure> {
        let (text, origin) = match std::fs::read_to_string(path) {
            Ok(t) => (t, path.to_path_buf()),
            Err(e) if is_default && e.kind() == std::io::ErrorKind::NotFound => (
                BUILT_IN.to_owned(),
                PathBuf::from("(built-in communique.toml)"),
            ),
            Err(source) => {
                return Err(Failure::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let config: Config = toml::from_str(&text).map_err(|e| Failure::Config {
            path: origin.clone(),
            problems: vec![e.to_string().trim().to_owned()],
        })?;
        config.validate(&origin)?;
        Ok(config)
    }

    fn validate(&self, origin: &Path) -> Result<(), Failure> {
        let mut problems = Vec::new();
        for (key, per_lang) in self.texts() {
            for (lang, text) in per_lang {
                if text.trim().is_empty() || text.chars().any(communique_model::forbidden_char) {
                    problems.push(format!("{key}.{lang}: must be one line of text, not empty"));
                }
            }
        }
        let id_ok = !self.list.id.is_empty()
            && self
                .list
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        if !id_ok || !self.list.id.contains('.') {
            problems.push(format!(
                "list.id: `{}` must look like a domain you control, such as press.example.org",
                self.list.id
            ));
        }
        for (name, titles) in &self.web.lists {
            let name_ok = !name.is_empty()
                && name.len() <= 64
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
            if !name_ok {
                problems.push(format!(
                    "web.lists.{name}: a list name for the web must be letters, digits, `.`, `_` or `-` (at most 64)"
                ));
            }
            for lang in Lang::ALL {
                match titles.get(&lang) {
                    Some(t)
                        if !t.trim().is_empty()
                            && !t.chars().any(communique_model::forbidden_char) => {}
                    Some(_) => problems.push(format!(
                        "web.lists.{name}.{lang}: must be one line of text, not empty"
                    )),
                    None => problems.push(format!(
                        "web.lists.{name}.{lang}: missing (the pages are shown in every language)"
                    )),
                }
            }
        }
        for name in &self.web.public_lists {
            if name.trim().is_empty() || name.chars().any(char::is_control) {
                problems.push(format!(
                    "web.public_lists: `{name}` must be the name of a list, one line, not empty"
                ));
            }
        }
        let url = &self.web.base_url;
        if !url.starts_with("https://") || url.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            problems.push(format!(
                "web.base_url: `{url}` must be an https URL (one-click unsubscribe requires https)"
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Failure::Config {
                path: origin.to_path_buf(),
                problems,
            })
        }
    }

    /// The language each subscriber language gets when `published` are the languages sent.
    pub fn lang_choice(&self, published: &[Lang]) -> communique_store::LangChoice {
        let chains: Vec<(Lang, Vec<Lang>)> = self.delivery.fallback.clone().into_iter().collect();
        communique_store::LangChoice::new(published, &chains)
    }

    /// Every per-language text, with its key.
    fn texts(&self) -> [(&'static str, &PerLang); 4] {
        [
            ("organization.name", &self.organization.name),
            (
                "organization.postal_address",
                &self.organization.postal_address,
            ),
            ("sender.name", &self.sender.name),
            ("list.name", &self.list.name),
        ]
    }

    /// Problems with publishing in `langs`: a text missing in one of them.
    pub fn check_langs(&self, langs: &[Lang], origin: &Path) -> Result<(), Failure> {
        let mut problems = Vec::new();
        for lang in langs {
            for (key, per_lang) in self.texts() {
                if !per_lang.contains_key(lang) {
                    problems.push(format!(
                        "{key}.{lang}: missing, and `{lang}` is to be published"
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Failure::Config {
                path: origin.to_path_buf(),
                problems,
            })
        }
    }

    /// The title of `list` in `lang`: its `[web.lists]` title, else the list's name from
    /// `[list]` (what the emails call it), else the name in the store.
    pub fn list_title(&self, list: &str, lang: Lang) -> String {
        self.web
            .lists
            .get(list)
            .and_then(|t| t.get(&lang))
            .or_else(|| self.list.name.get(&lang))
            .cloned()
            .unwrap_or_else(|| list.to_owned())
    }

    /// True if anyone may join `list` through the web.
    pub fn is_open_list(&self, list: &str) -> bool {
        self.web.lists.contains_key(list)
    }

    /// True if anyone may read the web view of what is sent to `list`.
    pub fn is_public_list(&self, list: &str) -> bool {
        self.web.public_lists.iter().any(|l| l == list)
    }

    /// The From mailbox, with the sender's name in `lang`.
    pub fn sender_mailbox(&self, lang: Lang) -> lettre::message::Mailbox {
        lettre::message::Mailbox::new(
            self.sender.name.get(&lang).cloned(),
            self.sender.address.clone(),
        )
    }

    /// The footer identity in `lang` (present after `check_langs`).
    pub fn identity(&self, lang: Lang) -> communique_render::Identity {
        let get = |m: &PerLang| m.get(&lang).cloned().unwrap_or_default();
        communique_render::Identity {
            organization: get(&self.organization.name),
            sender_name: get(&self.sender.name),
            sender_address: self.sender.address.to_string(),
            postal_address: get(&self.organization.postal_address),
            list_name: get(&self.list.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_web_lists(extra: &str) -> Result<Config, Failure> {
        let dir = std::env::temp_dir().join(format!(
            "communique-config-{}-{}",
            std::process::id(),
            extra.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("communique.toml");
        std::fs::write(&path, format!("{BUILT_IN}\n{extra}")).unwrap();
        let config = Config::load(&path, false);
        std::fs::remove_dir_all(&dir).ok();
        config
    }

    #[test]
    fn web_lists_need_a_plain_name_and_a_title_in_every_language() {
        let ok = with_web_lists(
            "[web.lists.press]\nkk = \"Хабарламалар\"\nru = \"Пресс-релизы\"\nes = \"Comunicados\"\nen = \"Press releases\"\n",
        )
        .unwrap();
        assert!(ok.is_open_list("press") && !ok.is_open_list("other"));
        assert_eq!(ok.list_title("press", Lang::Ru), "Пресс-релизы");
        assert_eq!(
            ok.list_title("other", Lang::Es),
            "Comunicados de prensa del Ministerio",
            "a list without a web title is called what the emails call it"
        );
        let Err(Failure::Config { problems, .. }) = with_web_lists(
            "[web.lists.\"a/b\"]\nkk = \"x\"\nru = \"x\"\nes = \"x\"\nen = \"x\"\n[web.lists.press]\nkk = \"x\"\nru = \"\"\nen = \"x\"\n",
        ) else {
            panic!("accepted");
        };
        let all = problems.join("\n");
        assert!(all.contains("web.lists.a/b: a list name"), "{all}");
        assert!(
            all.contains("web.lists.press.ru: must be one line"),
            "{all}"
        );
        assert!(all.contains("web.lists.press.es: missing"), "{all}");
        assert!(
            BUILT_IN.contains("[web]") && !BUILT_IN.contains("\n[web.lists"),
            "no list is open by default"
        );
    }
}
