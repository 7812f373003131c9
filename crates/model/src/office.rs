//! Offices and institutions: what a person is, and the bodies that are neither states' parties
//! nor international organizations (a chamber of commerce, a university, a city hall).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::lang::{Lang, Phrase, Text};
use crate::vocab::{Body, Organization, PositionCode, Rank};

/// An office: a common code, a structured office, or text for the rare rest.
///
/// ```
/// use communique_model::{Position, Rank};
/// let code: Position = serde_json::from_str(r#""ambassador""#).unwrap();
/// assert!(matches!(code, Position::Code(_)));
/// let office: Position =
///     serde_json::from_str(r#"{"rank": "deputy_minister", "of": "foreign_ministry"}"#).unwrap();
/// assert!(matches!(office, Position::Office(o) if o.rank == Rank::DeputyMinister));
/// let text: Position = serde_json::from_str(
///     r#"{"en": "Chief Rabbi", "ru": "главный раввин", "kk": "бас раввин", "es": "gran rabino"}"#,
/// ).unwrap();
/// assert!(matches!(text, Position::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Position {
    /// A common office, worded with the person's country and gender.
    Code(PositionCode),
    /// A rank in an institution, worded by the locales with the person's country and gender.
    Office(Office),
    /// Any other office, written in each language (in the nominative).
    Text(Text),
}

/// A structured office: a rank, where it is held, and the unit within it.
///
/// The locales word it in each language's order and cases ("Director of the Department of the
/// Americas of the Ministry of Foreign Affairs of Kazakhstan", ru "директор Департамента Америки
/// МИД Казахстана", kk "Қазақстан СІМ Америка департаментінің директоры"), with the official
/// title of a country that names the office its own way (`titles.ftl`).
///
/// ```
/// use communique_model::{Office, OfficeOf, Organization, Rank};
/// let o: Office = serde_json::from_str(r#"{"rank": "secretary_general", "of": "osce"}"#).unwrap();
/// assert_eq!(o.of, Some(OfficeOf::Organization(Organization::Osce)));
/// let o: Office = serde_json::from_str(r#"{"rank": "chair", "of": "santiago-chamber"}"#).unwrap();
/// assert_eq!(o.of, Some(OfficeOf::Institution("santiago-chamber".into())));
/// assert_eq!(o.rank, Rank::Chair);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// What the person is.
    pub rank: Rank,
    /// Where: a body of the person's state (`"foreign_ministry"`), an international
    /// organization (`"osce"`), or the id of an entry in the event's `institutions`. Left out,
    /// the office is the state's own (`"ambassador"`, `"president"`) or stands alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<OfficeOf>,
    /// The department or unit within it, in each language in the nominative, as it stands
    /// inside a sentence (English and Spanish with their article: "the Department of the
    /// Americas", es "el Departamento de las Américas", ru "Департамент Америки").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
}

impl Office {
    /// True if the office, as worded, names the person's state: a body of it ("Deputy Foreign
    /// Minister of Chile"), or a state's own rank alone ("Ambassador of Kazakhstan"). An
    /// office of an organization or an institution does not.
    ///
    /// ```
    /// use communique_model::{Office, OfficeOf, Rank, Body};
    /// let deputy = Office { rank: Rank::DeputyMinister, of: Some(OfficeOf::Body(Body::ForeignMinistry)), unit: None };
    /// assert!(deputy.names_state());
    /// let chair = Office { rank: Rank::Chair, of: Some(OfficeOf::Institution("chamber".into())), unit: None };
    /// assert!(!chair.names_state());
    /// ```
    pub fn names_state(&self) -> bool {
        match self.of {
            Some(OfficeOf::Body(_)) => true,
            None => self.rank.is_of_state() || self.rank.is_ministerial(),
            _ => false,
        }
    }
}

/// Where an office is held: read from one string, a body code first, then an organization
/// code, else the id of an institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum OfficeOf {
    /// A body of the person's state.
    Body(Body),
    /// An international organization.
    Organization(Organization),
    /// An entry of the event's `institutions`.
    Institution(String),
}

impl<'de> Deserialize<'de> for OfficeOf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        if let Some(b) = Body::ALL.iter().find(|b| b.code() == code) {
            return Ok(OfficeOf::Body(*b));
        }
        if let Some(o) = Organization::ALL.iter().find(|o| o.code() == code) {
            return Ok(OfficeOf::Organization(*o));
        }
        Ok(OfficeOf::Institution(code))
    }
}

/// The keys an office object may have: a structured office's or a text's, read together so
/// that either keeps the JSON path of an error inside it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionFields {
    rank: Option<Rank>,
    of: Option<OfficeOf>,
    unit: Option<Text>,
    kk: Option<Phrase>,
    ru: Option<Phrase>,
    es: Option<Phrase>,
    en: Option<Phrase>,
}

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Position;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "an office: a code (`\"ambassador\"`), an object with `rank` (and `of`, \
                     `unit`), or the office's text in each language",
                )
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Position, E> {
                PositionCode::ALL
                    .iter()
                    .find(|c| c.code() == code)
                    .map(|c| Position::Code(*c))
                    .ok_or_else(|| {
                        E::custom(format!(
                            "unknown office `{code}`: use one of {}, or an object with `rank`",
                            PositionCode::ALL
                                .iter()
                                .map(|c| format!("`{c}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                    })
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<Position, M::Error> {
                use serde::de::Error;
                let f =
                    PositionFields::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                let texts: Vec<(Lang, Phrase)> = [
                    (Lang::Kk, f.kk),
                    (Lang::Ru, f.ru),
                    (Lang::Es, f.es),
                    (Lang::En, f.en),
                ]
                .into_iter()
                .filter_map(|(l, p)| p.map(|p| (l, p)))
                .collect();
                match f.rank {
                    Some(rank) if texts.is_empty() => Ok(Position::Office(Office {
                        rank,
                        of: f.of,
                        unit: f.unit,
                    })),
                    Some(_) => Err(M::Error::custom(
                        "an office is either structured (`rank`, `of`, `unit`) or text in each \
                         language, not both: remove the language keys or `rank`",
                    )),
                    None if f.of.is_some() || f.unit.is_some() => Err(M::Error::custom(
                        "a structured office needs its `rank` (`\"director\"`, `\"minister\"`, …)",
                    )),
                    None => Ok(Position::Text(Text(texts.into_iter().collect()))),
                }
            }
        }
        d.deserialize_any(Visit)
    }
}

/// An institution that is neither a state's party nor an international organization, defined
/// once in the event's `institutions` and named by its id.
///
/// ```
/// use communique_model::Institution;
/// let i: Institution = serde_json::from_str(
///     r#"{"name": {"en": "the Santiago Chamber of Commerce", "ru": "Торговая палата Сантьяго",
///         "kk": "Сантьяго сауда палатасы", "es": "la Cámara de Comercio de Santiago"},
///         "country": "CL"}"#,
/// ).unwrap();
/// assert_eq!(i.country.map(|c| c.as_str().to_owned()), Some("CL".to_owned()));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// Its name in each language in the nominative, as it stands inside a sentence (English
    /// and Spanish with their article where they take one: "the University of …", "la
    /// Universidad …").
    pub name: Text,
    /// The state it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

/// An institution where the event names one: the id of an entry in `institutions`, or its
/// name written in place.
///
/// ```
/// use communique_model::InstitutionRef;
/// let by_id: InstitutionRef = serde_json::from_str(r#""kaznu""#).unwrap();
/// assert_eq!(by_id.id(), Some("kaznu"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum InstitutionRef {
    /// The id of an entry in `institutions`.
    Id(String),
    /// The name written in place, in each language in the nominative.
    Text(Text),
}

impl InstitutionRef {
    /// The id, when the institution is named by one.
    pub fn id(&self) -> Option<&str> {
        match self {
            InstitutionRef::Id(id) => Some(id),
            InstitutionRef::Text(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for InstitutionRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        id_or_object(
            d,
            "an institution: the id of an entry in `institutions`, or its name in each language",
            InstitutionRef::Id,
            InstitutionRef::Text,
        )
    }
}

/// Reads a string as an id and an object as `T`, so that an error inside the object keeps its
/// own JSON path, which an untagged enum would lose.
pub(crate) fn id_or_object<'de, D, T, R>(
    d: D,
    expecting: &'static str,
    id: fn(String) -> R,
    object: fn(T) -> R,
) -> Result<R, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Visit<T, R> {
        expecting: &'static str,
        id: fn(String) -> R,
        object: fn(T) -> R,
    }
    impl<'de, T: Deserialize<'de>, R> serde::de::Visitor<'de> for Visit<T, R> {
        type Value = R;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<R, E> {
            Ok((self.id)(v.to_owned()))
        }
        fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<R, M::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(self.object)
        }
    }
    d.deserialize_any(Visit {
        expecting,
        id,
        object,
    })
}
