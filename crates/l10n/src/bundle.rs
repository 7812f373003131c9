//! Loading `locales/{lang}/*.ftl` into one Fluent bundle per language, built once and shared.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use communique_model::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use crate::L10nError;
use crate::error::{LoadError, SourcePosition};
use crate::forms::{CountryTable, FAULT_CLOSE, FAULT_OPEN, case_function, country_function};
use crate::inflect::{Contractions, Inflector};
use crate::source::{LocaleFiles, SourceFile};

/// One language's bundle and the data its functions need.
pub struct LocaleBundle {
    pub(crate) lang: Lang,
    pub(crate) bundle: FluentBundle<FluentResource>,
    pub(crate) files: Vec<SourceFile>,
    countries: Arc<CountryTable>,
    /// Case forms by rule, for what an event gives only in the nominative.
    pub(crate) inflector: Inflector,
    /// Word pairs written as one ("de el" -> "del"), applied to every formatted string.
    contractions: Contractions,
}

/// The Fluent resources of every language, loaded once; `Send + Sync`, so one set serves all
/// threads of a publication.
pub struct Locales {
    root: PathBuf,
    bundles: HashMap<Lang, LocaleBundle>,
}

impl Locales {
    /// Loads `root/{kk,ru,es,en}/*.ftl`. Any syntax error, duplicate message or missing
    /// language directory is an error naming the file and line:column.
    pub fn load(root: &Path) -> Result<Locales, LoadError> {
        Locales::from_files(&LocaleFiles::read_dir(root)?)
    }

    /// Builds the bundles from files already read (a folder, or the built-in copy).
    pub fn from_files(files: &LocaleFiles) -> Result<Locales, LoadError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            bundles.insert(lang, LocaleBundle::build(files, lang)?);
        }
        Ok(Locales {
            root: files.origin().to_path_buf(),
            bundles,
        })
    }

    /// The directory the locales were read from (or the name of the built-in copy).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The bundle of one language.
    pub fn get(&self, lang: Lang) -> &LocaleBundle {
        // Every language is loaded by `load`, or loading failed.
        &self.bundles[&lang]
    }
}

impl LocaleBundle {
    fn build(source: &LocaleFiles, lang: Lang) -> Result<LocaleBundle, LoadError> {
        let dir = source.dir(lang);
        let sources: Vec<&SourceFile> = source.ftl(lang).collect();
        if sources.is_empty() {
            return Err(LoadError::Empty { path: dir });
        }
        let langid: unic_langid::LanguageIdentifier = lang
            .code()
            .parse()
            .map_err(|_| LoadError::Empty { path: dir.clone() })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks are for mixed-direction UI; in plain LTR email text they are noise
        // that shows up as boxes in some clients.
        bundle.set_use_isolating(false);
        let mut files = Vec::new();
        let mut countries = CountryTable::new();
        for file in sources {
            let (path, text) = (&file.path, &file.text);
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((_, errors)) => {
                    let first = &errors[0];
                    return Err(LoadError::Syntax {
                        at: SourcePosition::of(path, text, first.pos.start),
                        message: first.kind.to_string(),
                        more: errors.len() - 1,
                    });
                }
            };
            collect_countries(&resource, &mut countries);
            if let Err(errors) = bundle.add_resource(resource) {
                return Err(LoadError::Duplicate {
                    path: path.clone(),
                    message: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                });
            }
            files.push(file.clone());
        }
        let countries = Arc::new(countries);
        bundle
            .add_builtins()
            .and_then(|()| bundle.add_function("CASE", case_function))
            .and_then(|()| bundle.add_function("COUNTRY", country_function(countries.clone())))
            .map_err(|e| LoadError::Duplicate {
                path: dir.clone(),
                message: e.to_string(),
            })?;
        Ok(LocaleBundle {
            lang,
            bundle,
            files,
            countries,
            inflector: Inflector::load(source, lang)?,
            contractions: Contractions::load(source, lang)?,
        })
    }

    /// The language of this bundle.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A form of a country (`nom` for the name itself), as `COUNTRY($code, form: …)` gives it.
    pub fn country_form(&self, code: &str, form: &str) -> Option<&str> {
        self.countries.get(code)?.get(form).map(String::as_str)
    }

    /// The `.ftl` files this bundle was built from.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// True if the message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (msg, attr) = split_id(id);
        self.bundle.get_message(msg).is_some_and(|m| match attr {
            None => m.value().is_some(),
            Some(a) => m.get_attribute(a).is_some(),
        })
    }

    /// Formats a message, or `message.attribute`, with `args`. Every Fluent error, every grammar
    /// fault (a missing case form) and every isolation mark is an error: nothing falls back.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, L10nError> {
        let (msg, attr) = split_id(id);
        let missing = || L10nError::MissingMessage {
            lang: self.lang,
            id: id.to_owned(),
        };
        let message = self.bundle.get_message(msg).ok_or_else(missing)?;
        let pattern = match attr {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|a| a.value()),
        }
        .ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            return Err(L10nError::Format {
                lang: self.lang,
                id: id.to_owned(),
                errors: errors.iter().map(|e| e.to_string()).collect(),
            });
        }
        if let Some(start) = text.find(FAULT_OPEN) {
            let rest = &text[start + FAULT_OPEN.len_utf8()..];
            let fault = rest.split(FAULT_CLOSE).next().unwrap_or(rest);
            return Err(L10nError::Grammar {
                lang: self.lang,
                id: id.to_owned(),
                problem: fault.to_owned(),
            });
        }
        if text.contains(['\u{2068}', '\u{2069}']) {
            return Err(L10nError::Format {
                lang: self.lang,
                id: id.to_owned(),
                errors: vec!["an isolation mark reached the output".into()],
            });
        }
        Ok(self.contractions.apply(&text))
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// Reads every `country-XX` message (value and attributes, all plain text) into the table the
/// `COUNTRY` function serves from.
fn collect_countries(resource: &FluentResource, table: &mut CountryTable) {
    for entry in resource.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(code) = m.id.name.strip_prefix("country-") else {
            continue;
        };
        let mut forms = HashMap::new();
        if let Some(text) = m.value.as_ref().and_then(plain_text) {
            forms.insert("nom".to_owned(), text);
        }
        for a in &m.attributes {
            if let Some(text) = plain_text(&a.value) {
                forms.insert(a.id.name.to_owned(), text);
            }
        }
        table.insert(code.to_owned(), forms);
    }
}

/// The text of a pattern without placeables (country forms are plain data).
pub(crate) fn plain_text(p: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}
