//! Case forms computed by rule, for the names and phrases an event gives only in the nominative.
//!
//! The rules are data (`locales/ru/inflection.toml`, `locales/kk/inflection.toml`); this module
//! holds only the small functions that apply them. A form the author writes in the event always
//! wins; a name the rules cannot decline safely is an [`InflectError::Unknown`], which the
//! checker reports with its JSON path and a request for the form.

pub mod kk;
pub mod ru;

use communique_model::{Case, Gender, Lang};

use crate::grammar::{capitalize_first, is_whole_word};
use crate::source::LocaleFiles;

/// The file of each language's rules, beside its `.ftl` files.
pub const RULES_FILE: &str = "inflection.toml";

/// The file of a language's contractions ("de el" -> "del"), beside its `.ftl` files.
pub const CONTRACTIONS_FILE: &str = "contractions.toml";

/// Word pairs a language writes as one word, applied to every formatted sentence.
#[derive(Debug, Default, Clone)]
pub struct Contractions {
    rules: Vec<Contraction>,
    euphony: Vec<Euphony>,
}

/// A preposition that takes a fuller form before some words: Russian «с» → «со» before
/// «сп-», «ст-», «вс-» («со спикером», «со всеми»), «о» → «об» before a vowel.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Euphony {
    word: String,
    into: String,
    /// How the next word starts (lower case) for `word` to become `into`.
    before: Vec<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Contraction {
    words: [String; 2],
    into: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ContractionsFile {
    #[serde(default)]
    contraction: Vec<Contraction>,
    #[serde(default)]
    euphony: Vec<Euphony>,
}

impl Contractions {
    /// The contractions of `lang` from its `contractions.toml`; none without the file.
    pub fn load(files: &LocaleFiles, lang: Lang) -> Result<Contractions, InflectError> {
        let Some(file) = files.file(lang, CONTRACTIONS_FILE) else {
            return Ok(Contractions::default());
        };
        let parsed: ContractionsFile =
            toml::from_str(&file.text).map_err(|e| InflectError::Rules {
                file: file.path.display().to_string(),
                message: e.to_string(),
            })?;
        Ok(Contractions {
            rules: parsed.contraction,
            euphony: parsed.euphony,
        })
    }

    /// `text` with every pair contracted where both words stand whole and the second is in
    /// lower case ("de el Consejo" -> "del Consejo", "de El Salvador" stays).
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for c in &self.rules {
            for (first, into) in [
                (c.words[0].clone(), c.into.clone()),
                (capitalize_first(&c.words[0]), capitalize_first(&c.into)),
            ] {
                let pair = format!("{first} {}", c.words[1]);
                out = replace_whole(&out, &pair, &into);
            }
        }
        for e in &self.euphony {
            out = e.apply(&out);
        }
        out
    }
}

impl Euphony {
    /// `text` with `word` (or its capitalized form) replaced where the next word starts as
    /// one of `before` says.
    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let mut rest = text;
        // After a plain or a no-break space (ru headlines bind «с\u{a0}…» with the latter).
        let mut forms = Vec::new();
        for space in [' ', '\u{a0}'] {
            forms.push((
                format!("{}{space}", self.word),
                format!("{}{space}", self.into),
            ));
            forms.push((
                format!("{}{space}", capitalize_first(&self.word)),
                format!("{}{space}", capitalize_first(&self.into)),
            ));
        }
        loop {
            let next = forms
                .iter()
                .filter_map(|(from, to)| rest.find(from.as_str()).map(|i| (i, from, to)))
                .min_by_key(|(i, _, _)| *i);
            let Some((i, from, to)) = next else { break };
            let after = &rest[i + from.len()..];
            let space_len = from.chars().next_back().map_or(1, char::len_utf8);
            let whole = is_whole_word(rest, i, from.len() - space_len);
            let next_word: String = after
                .trim_start_matches(['«', '"', '“'])
                .chars()
                .take(8)
                .flat_map(char::to_lowercase)
                .collect();
            let fits = self
                .before
                .iter()
                .any(|b| next_word.starts_with(b.as_str()));
            out.push_str(&rest[..i]);
            out.push_str(if whole && fits { to } else { from });
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

/// Replaces `pair` where it stands as whole words.
fn replace_whole(text: &str, pair: &str, into: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(pair) {
        let whole = is_whole_word(rest, i, pair.len());
        out.push_str(&rest[..i]);
        out.push_str(if whole { into } else { pair });
        rest = &rest[i + pair.len()..];
    }
    out.push_str(rest);
    out
}

/// What a phrase is, which decides the rules that decline it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    /// A person's name; Russian declines it by the person's gender (unknown: not at all).
    Person(Option<Gender>),
    /// A city or other place.
    Place,
    /// An office, institution or group, declined on its leading noun phrase (Russian) or its
    /// last word (Kazakh).
    Phrase,
}

/// One language's rules: Russian and Kazakh have them; Spanish and English need none.
#[derive(Default)]
pub enum Inflector {
    /// Russian declension.
    Ru(Box<ru::RuRules>),
    /// Kazakh case suffixes.
    Kk(Box<kk::KkRules>),
    /// No rules: every form beyond the nominative must come from the event.
    #[default]
    None,
}

impl Inflector {
    /// The rules of `lang` from its `inflection.toml`; none if the language has no such file.
    pub fn load(files: &LocaleFiles, lang: Lang) -> Result<Inflector, InflectError> {
        let Some(file) = files.file(lang, RULES_FILE) else {
            return Ok(Inflector::None);
        };
        let name = file.path.display().to_string();
        Ok(match lang {
            Lang::Ru => Inflector::Ru(Box::new(ru::RuRules::parse(&name, &file.text)?)),
            Lang::Kk => Inflector::Kk(Box::new(kk::KkRules::parse(&name, &file.text)?)),
            Lang::Es | Lang::En => Inflector::None,
        })
    }

    /// The `case` form of `nominative`, a phrase of kind `noun`.
    pub fn form(&self, nominative: &str, noun: Noun, case: Case) -> Result<String, InflectError> {
        let unknown = |why: &str| InflectError::unknown(nominative, case, why);
        match (self, noun) {
            (Inflector::Ru(r), Noun::Person(Some(g))) => r.person(nominative, g, case),
            (Inflector::Ru(_), Noun::Person(None)) => {
                Err(unknown("the person's gender is not given"))
            }
            (Inflector::Ru(r), Noun::Place) => r.place(nominative, case),
            // The Russian press leaves acronyms as they are: «в ООН», «с ОБСЕ», «МИД».
            (Inflector::Ru(_), Noun::Phrase) if is_acronym(nominative) => Ok(nominative.to_owned()),
            (Inflector::Ru(r), Noun::Phrase) => r.phrase(nominative, case),
            (Inflector::Kk(r), _) => r.form(nominative, case),
            (Inflector::None, _) => Err(unknown("this language has no inflection rules")),
        }
    }
}

impl InflectError {
    /// The rules' refusal to give the `case` form of `phrase`, and why.
    pub fn unknown(phrase: &str, case: Case, why: impl Into<String>) -> InflectError {
        InflectError::Unknown {
            phrase: phrase.to_owned(),
            case: case.code(),
            why: why.into(),
        }
    }
}

/// Why a form could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InflectError {
    /// The rule file is malformed.
    #[error("{file}: {message}")]
    Rules {
        /// The rule file (`locales/ru/inflection.toml`).
        file: String,
        /// What is wrong, with the line where the parser knows it.
        message: String,
    },
    /// No rule declines this phrase safely: the author must give the form.
    #[error("no rule gives the {case} form of `{phrase}`: {why}")]
    Unknown {
        /// The phrase in the nominative.
        phrase: String,
        /// The case asked for (`gen`, `dat`, …).
        case: &'static str,
        /// Why the rules stop here.
        why: String,
    },
}

/// Capitals (and digits or hyphens) only, with at least two letters: "ООН", "ЕАЭС".
fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    #[test]
    fn contractions_join_whole_lower_case_pairs_only() {
        let c = super::Contractions {
            rules: vec![super::Contraction {
                words: ["de".into(), "el".into()],
                into: "del".into(),
            }],
            euphony: Vec::new(),
        };
        assert_eq!(c.apply("miembros de el Consejo"), "miembros del Consejo");
        assert_eq!(c.apply("De el Consejo"), "Del Consejo");
        assert_eq!(
            c.apply("embajador de El Salvador"),
            "embajador de El Salvador"
        );
        assert_eq!(c.apply("donde elige"), "donde elige");
    }

    #[test]
    fn a_preposition_takes_its_fuller_form_before_the_words_its_rule_names() {
        let c = super::Contractions {
            rules: Vec::new(),
            euphony: vec![super::Euphony {
                word: "с".into(),
                into: "со".into(),
                before: vec!["сп".into(), "вс".into()],
            }],
        };
        assert_eq!(
            c.apply("встретилась с спикером и с Сенатом, С всеми"),
            "встретилась со спикером и с Сенатом, Со всеми"
        );
        // Only the whole word: «вас спикером» stays.
        assert_eq!(c.apply("вас спикером"), "вас спикером");
    }

    #[test]
    fn acronyms_are_capitals_only() {
        assert!(super::is_acronym("ООН"));
        assert!(super::is_acronym("ЕАЭС"));
        assert!(!super::is_acronym("Сенат"));
        assert!(!super::is_acronym("А"));
    }
}
