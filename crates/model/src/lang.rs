//! Languages of publication and text given per language.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language communique writes notices in.
///
/// ```
/// use communique_model::Lang;
/// let lang: Lang = "kk".parse().unwrap();
/// assert_eq!(lang, Lang::Kk);
/// assert_eq!(lang.code(), "kk");
/// assert!("de".parse::<Lang>().is_err());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh (Cyrillic script).
    Kk,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order notices are usually listed.
    pub const ALL: [Lang; 4] = [Lang::Kk, Lang::Ru, Lang::Es, Lang::En];

    /// The BCP 47 code (`kk`, `ru`, `es`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// The grammatical cases this language distinguishes in names, nominative first.
    ///
    /// ```
    /// use communique_model::{Case, Lang};
    /// assert!(Lang::Ru.cases().contains(&Case::Prep));
    /// assert!(Lang::Kk.cases().contains(&Case::Abl));
    /// assert_eq!(Lang::En.cases(), &[Case::Nom]);
    /// ```
    pub fn cases(self) -> &'static [Case] {
        match self {
            Lang::Ru => &[
                Case::Nom,
                Case::Gen,
                Case::Dat,
                Case::Acc,
                Case::Ins,
                Case::Prep,
            ],
            Lang::Kk => &[
                Case::Nom,
                Case::Gen,
                Case::Dat,
                Case::Acc,
                Case::Loc,
                Case::Abl,
                Case::Ins,
            ],
            Lang::Es | Lang::En => &[Case::Nom],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code communique does not publish in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: use one of kk, ru, es, en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "kk" => Ok(Lang::Kk),
            "ru" => Ok(Lang::Ru),
            "es" => Ok(Lang::Es),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_owned())),
        }
    }
}

/// A grammatical case of a noun phrase.
///
/// Russian uses `nom gen dat acc ins prep`; Kazakh uses `nom gen dat acc loc abl ins`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// Nominative (ru именительный, kk атау).
    Nom,
    /// Genitive (ru родительный, kk ілік).
    Gen,
    /// Dative (ru дательный, kk барыс).
    Dat,
    /// Accusative (ru винительный, kk табыс).
    Acc,
    /// Instrumental (ru творительный, kk көмектес).
    Ins,
    /// Prepositional (ru предложный).
    Prep,
    /// Locative (kk жатыс).
    Loc,
    /// Ablative (kk шығыс).
    Abl,
}

impl Case {
    /// Every case, in the order of the enum.
    pub const ALL: [Case; 8] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Ins,
        Case::Prep,
        Case::Loc,
        Case::Abl,
    ];

    /// The case a code names (`gen`, `loc`, …), if any.
    ///
    /// ```
    /// use communique_model::Case;
    /// assert_eq!(Case::from_code("loc"), Some(Case::Loc));
    /// assert_eq!(Case::from_code("genitive"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The code used in JSON and in Fluent (`gen`, `acc`, …).
    pub fn code(self) -> &'static str {
        match self {
            Case::Nom => "nom",
            Case::Gen => "gen",
            Case::Dat => "dat",
            Case::Acc => "acc",
            Case::Ins => "ins",
            Case::Prep => "prep",
            Case::Loc => "loc",
            Case::Abl => "abl",
        }
    }
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One language's wording of a name or phrase: a single form, or its case forms.
///
/// A plain string is the nominative. Where a sentence needs a phrase in another case (Russian
/// "встреча с депутатами", Kazakh "депутаттармен кездесу"), the event gives the forms in full:
///
/// ```
/// use communique_model::{Case, Phrase};
/// let p: Phrase = serde_json::from_str(r#"{"nom": "депутаты", "ins": "депутатами"}"#).unwrap();
/// assert_eq!(p.nominative(), "депутаты");
/// assert_eq!(p.form(Case::Ins), Some("депутатами"));
/// assert_eq!(p.form(Case::Gen), None);
///
/// let plain: Phrase = serde_json::from_str(r#""Kazinform""#).unwrap();
/// assert_eq!(plain.form(Case::Nom), Some("Kazinform"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Phrase {
    /// The phrase in the nominative (or the only form the language has).
    Plain(String),
    /// The phrase's case forms, written out in full; `nom` is required.
    Forms(BTreeMap<Case, String>),
}

impl Phrase {
    /// The nominative form (empty if a form map lacks `nom`, which validation reports).
    pub fn nominative(&self) -> &str {
        self.form(Case::Nom).unwrap_or("")
    }

    /// The form for `case`, if the event gives it.
    pub fn form(&self, case: Case) -> Option<&str> {
        match self {
            Phrase::Plain(s) if case == Case::Nom => Some(s),
            Phrase::Plain(_) => None,
            Phrase::Forms(forms) => forms.get(&case).map(String::as_str),
        }
    }

    /// Every string in this phrase, for checks that apply to all of them.
    pub fn strings(&self) -> impl Iterator<Item = (Option<Case>, &str)> {
        let (plain, forms) = match self {
            Phrase::Plain(s) => (Some(s.as_str()), None),
            Phrase::Forms(f) => (None, Some(f)),
        };
        plain.map(|s| (None, s)).into_iter().chain(
            forms
                .into_iter()
                .flatten()
                .map(|(c, s)| (Some(*c), s.as_str())),
        )
    }
}

/// A name, title or phrase written in each language of the event.
///
/// ```
/// use communique_model::{Lang, Text};
/// let city: Text = serde_json::from_str(
///     r#"{"en": "Mexico City", "ru": "Мехико", "kk": "Мехико", "es": "Ciudad de México"}"#,
/// ).unwrap();
/// assert_eq!(city.get(Lang::Es).map(|p| p.nominative()), Some("Ciudad de México"));
/// assert!(city.missing(&[Lang::En, Lang::Ru]).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<Lang, Phrase>);

impl Text {
    /// The wording in `lang`, if given.
    pub fn get(&self, lang: Lang) -> Option<&Phrase> {
        self.0.get(&lang)
    }

    /// The languages of `langs` this text is not written in.
    pub fn missing(&self, langs: &[Lang]) -> Vec<Lang> {
        langs
            .iter()
            .copied()
            .filter(|l| !self.0.contains_key(l))
            .collect()
    }
}

/// The writing system of a language, for names spelled alike in all its languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Kazakh and Russian.
    Cyrillic,
    /// Spanish and English.
    Latin,
}

impl Lang {
    /// The script this language is written in.
    ///
    /// ```
    /// use communique_model::{Lang, Script};
    /// assert_eq!(Lang::Kk.script(), Script::Cyrillic);
    /// assert_eq!(Lang::Es.script(), Script::Latin);
    /// ```
    pub fn script(self) -> Script {
        match self {
            Lang::Kk | Lang::Ru => Script::Cyrillic,
            Lang::Es | Lang::En => Script::Latin,
        }
    }
}

/// A person's name: a [`Text`] whose spelling may be given once per script, for the many
/// names that Spanish and English (or Kazakh and Russian) spell alike. A language's own key
/// wins over its script's.
///
/// ```
/// use communique_model::{Lang, Name};
/// let name: Name = serde_json::from_str(
///     r#"{"latin": "Amparo Anguiano Rodríguez", "cyrillic": "Ампаро Ангиано Родригес"}"#,
/// ).unwrap();
/// assert_eq!(name.get(Lang::Es).map(|p| p.nominative()), Some("Amparo Anguiano Rodríguez"));
/// assert_eq!(name.get(Lang::Kk).map(|p| p.nominative()), Some("Ампаро Ангиано Родригес"));
///
/// let tokayev: Name = serde_json::from_str(
///     r#"{"latin": "Kassym-Jomart Tokayev", "es": "Kassym-Jomart Tokáyev",
///         "ru": "Касым-Жомарт Токаев", "kk": "Қасым-Жомарт Тоқаев"}"#,
/// ).unwrap();
/// assert_eq!(tokayev.get(Lang::Es).map(|p| p.nominative()), Some("Kassym-Jomart Tokáyev"));
/// assert_eq!(tokayev.get(Lang::En).map(|p| p.nominative()), Some("Kassym-Jomart Tokayev"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[serde(transparent)]
#[schemars(with = "NameFields")]
pub struct Name(pub Text);

/// The keys a name may have, as the schema shows them.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read by serde and schemars only
struct NameFields {
    /// The name in Kazakh.
    kk: Option<Phrase>,
    /// The name in Russian.
    ru: Option<Phrase>,
    /// The name in Spanish.
    es: Option<Phrase>,
    /// The name in English.
    en: Option<Phrase>,
    /// The name in every Latin-script language without its own key (es, en).
    latin: Option<Phrase>,
    /// The name in every Cyrillic-script language without its own key (kk, ru).
    cyrillic: Option<Phrase>,
}

impl std::ops::Deref for Name {
    type Target = Text;
    fn deref(&self) -> &Text {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let f = NameFields::deserialize(d)?;
        let mut text = BTreeMap::new();
        for (lang, own) in [
            (Lang::Kk, f.kk),
            (Lang::Ru, f.ru),
            (Lang::Es, f.es),
            (Lang::En, f.en),
        ] {
            let by_script = match lang.script() {
                Script::Cyrillic => f.cyrillic.as_ref(),
                Script::Latin => f.latin.as_ref(),
            };
            if let Some(p) = own.or_else(|| by_script.cloned()) {
                text.insert(lang, p);
            }
        }
        Ok(Name(Text(text)))
    }
}
