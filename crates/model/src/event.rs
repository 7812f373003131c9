//! The press event: what happened, who took part, what was said and agreed.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::lang::{Lang, Name, Text};
use crate::office::{InstitutionRef, Position};
use crate::time::{PartialDate, ZonedTime};
use crate::vocab::Congratulation;
use crate::vocab::{
    Agency, AnniversaryOf, Body, CounterpartKind, CreditKind, DocumentKind, ExhibitionKind,
    ForumFormat, GuestGroup, MessageKind, MissionKind, Organization, SpokespersonSetting,
    StatementKind, Topic, VisitLevel,
};

/// The format marker every event carries: `"format": "communique.event/1"`.
pub const FORMAT_V1: &str = "communique.event/1";

/// Every event format version this crate reads, oldest first.
///
/// ```
/// assert!(communique_model::FORMATS.contains(&communique_model::FORMAT_V1));
/// ```
pub const FORMATS: &[&str] = &[FORMAT_V1];

/// The format version marker. Only `communique.event/1` exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub enum Format {
    /// Version 1 of the event format.
    #[default]
    #[serde(rename = "communique.event/1")]
    V1,
}

/// One press event, the single input from which every notice is written.
///
/// Facts are data: kinds, topics, bodies and offices are codes that the locales word; names and
/// titles are [`Text`] in each language. See `docs/event.schema.json` for the whole format and
/// `examples/events/` for real-world events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Always `communique.event/1`.
    pub format: Format,
    /// A stable identifier, lower-case letters, digits and hyphens (`kz-mx-consultations-2022`).
    pub id: String,
    /// The languages every text of this event is written in.
    pub languages: Vec<Lang>,
    /// What kind of event this is, with the facts particular to that kind.
    pub kind: EventKind,
    /// When the event took place: a day, or a month when only that is known.
    pub date: PartialDate,
    /// Where it took place.
    pub place: Place,
    /// When the news was published, with the zone its times are shown in.
    pub published: ZonedTime,
    /// Nothing is sent before this instant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embargo: Option<ZonedTime>,
    /// Who reports it and from whom they learned it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Attribution>,
    /// The states (and their bodies) that are party to the event, the reporting side first.
    pub parties: Vec<Party>,
    /// The people the notice names, each defined once and referred to by its id wherever a
    /// person is expected (`"visitor": "temirkhanov"`); a person may also be written in place.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub people: BTreeMap<String, Person>,
    /// The institutions the notice names that are neither parties nor international
    /// organizations (a chamber of commerce, a university), each defined once and named by its
    /// id (`"of": "santiago-chamber"`, `"to": {"institution": "kaznu"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub institutions: BTreeMap<String, crate::office::Institution>,
    /// The delegations and who headed or co-chaired them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegations: Vec<Delegation>,
    /// What was said to or of whom (congratulations, praise, thanks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// What was discussed.
    #[serde(default, skip_serializing_if = "Discussion::is_empty")]
    pub discussion: Discussion,
    /// What was agreed or decided.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Outcome>,
    /// Meetings, openings and other events held alongside.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub side_events: Vec<SideEvent>,
    /// What the event marks or why it took place ("on the 30th anniversary of diplomatic
    /// relations", "at the invitation of …"), told right after the lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<Occasion>,
    /// Facts that fit no structure, as paragraphs written in each language; printed last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<Text>,
    /// Photo and video credits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<Credit>,
}

/// The kind of event, with the facts that only that kind has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum EventKind {
    /// Political consultations between foreign ministries.
    PoliticalConsultations {
        /// The round's number (1 for the first consultations).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<u32>,
        /// How they were held: in person (the default) or by videoconference.
        #[serde(default, skip_serializing_if = "MeetingFormat::is_in_person")]
        format: MeetingFormat,
    },
    /// A state, official or working visit.
    Visit {
        /// The protocol level.
        level: VisitLevel,
        /// Who visited.
        visitor: PersonRef,
        /// Who received the visitor (the head of state or government, a minister).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        host: Option<PersonRef>,
        /// With whom the visitor held talks, if not the host.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        counterpart: Option<PersonRef>,
        /// The documents signed during the visit.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        documents: Vec<Document>,
    },
    /// Talks or a meeting between officials.
    Talks {
        /// The officials who met, the reporting side's first.
        participants: Vec<PersonRef>,
    },
    /// A signing of agreements, memoranda or other documents.
    Signing {
        /// The documents signed.
        documents: Vec<Document>,
    },
    /// The opening of an exhibition.
    ExhibitionOpening(Exhibition),
    /// The opening of an embassy, a consulate or an honorary consulate.
    MissionOpening {
        /// What kind of mission.
        mission: MissionKind,
        /// Whose mission it is.
        country: CountryCode,
        /// Who heads it, if named.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        head: Option<PersonRef>,
        /// Named guests of the opening ceremony (ambassadors, officials), each a person by id
        /// or defined in place, titled by the locales.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        guests: Vec<PersonRef>,
    },
    /// A business forum, round table or similar gathering.
    Forum {
        /// The format of the gathering.
        format: ForumFormat,
        /// Its title, if it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
        /// How many took part, if reported.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participants: Option<u32>,
    },
    /// A meeting of an international organization's body (a council of foreign ministers, a
    /// summit) in which the first party took part.
    OrganizationMeeting {
        /// The organization.
        organization: Organization,
        /// The body that met, in each language in the nominative ("Council of Foreign
        /// Ministers", "Совет министров иностранных дел").
        body: Text,
        /// Who took part for the first party.
        participant: PersonRef,
        /// Who chaired it, if the notice says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        chaired_by: Option<PersonRef>,
    },
    /// A message (a telegram, a letter) of condolences or congratulations.
    Message {
        /// What it conveys.
        message: MessageKind,
        /// Who sent it.
        from: PersonRef,
        /// To whom: a person, a side, a body or an institution.
        to: Addressee,
        /// Over what or on what, as the phrase that completes the sentence in each language
        /// (en "over the earthquake in Izmir", ru "в связи с землетрясением в Измире"), or
        /// for congratulations an occasion the locales word.
        about: About,
    },
    /// An announcement by the foreign ministry's spokesperson.
    SpokespersonAnnouncement {
        /// The spokesperson.
        spokesperson: PersonRef,
        /// What was announced, as a sentence in each language.
        announcement: Text,
        /// The news as a headline in each language ("Kazakhstan extends visa-free entry for 12
        /// Latin American countries"); left out, the headline names the statement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        headline: Option<Text>,
        /// Where it was said: a briefing, a written statement, a comment to the press; left out,
        /// the lead says only that the spokesperson announced it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        setting: Option<SpokespersonSetting>,
    },
}

/// A place: the country by code, the city by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The country.
    pub country: CountryCode,
    /// The city: a code the locales name (`"astana"`, `"mexico_city"`; `locales/*/cities.ftl`),
    /// or its name in each language in the nominative.
    pub city: City,
}

/// A city: a code the locales name, or its name written in each language.
///
/// ```
/// use communique_model::City;
/// let astana: City = serde_json::from_str(r#""astana""#).unwrap();
/// assert_eq!(astana, City::Code("astana".into()));
/// let written: City = serde_json::from_str(
///     r#"{"en": "Querétaro", "ru": "Керетаро", "kk": "Керетаро", "es": "Querétaro"}"#,
/// ).unwrap();
/// assert!(matches!(written, City::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum City {
    /// A code of `locales/*/cities.ftl` (lower-case letters and underscores).
    Code(String),
    /// The name in each language, in the nominative (the rules decline it).
    Text(Text),
}

/// A string is a code; an object is the name in each language, read so that an error inside
/// it keeps its own JSON path (`place.city.fr`).
impl<'de> Deserialize<'de> for City {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::office::id_or_object(
            d,
            "a city: a code of locales/*/cities.ftl (`\"astana\"`), or its name in each language",
            City::Code,
            City::Text,
        )
    }
}

/// A state's body taking part in or speaking about an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// The state.
    pub country: CountryCode,
    /// Its body (foreign ministry, parliament, …).
    pub body: Body,
}

/// Who reports the news, and the source they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    /// The agency or outlet, if the notice carries one: a code the locales name
    /// (`"kazinform"`), or its name in each language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyName>,
    /// "According to the press service of …".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub press_service: Option<Party>,
}

/// A person named in the notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The name in each language, as it is printed, in the nominative (the rules decline it;
    /// give a form only where they cannot), or once per script (`latin`, `cyrillic`).
    pub name: Name,
    /// The office, as a code or as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// The state the person serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// For an envoy, the state they are accredited to ("Kazakh Ambassador to Austria"), which
    /// may be another than the event's (an ambassador to Brazil at an event in Argentina).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accredited_to: Option<CountryCode>,
    /// Grammatical gender, for agreement (ru "возглавила", es "la directora").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// How many words at the end of the name are the surname (1 if left out; 2 for most
    /// Spanish and Portuguese names: "Amparo Anguiano Rodríguez"). Later mentions are built from
    /// it in each language's press style: "Anguiano", "А. Ангиано Родригес".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surnames: Option<u8>,
    /// The name for later mentions where the press uses another short form than the one
    /// built from `surnames` ("López Obrador"), in the nominative; in the languages it names
    /// (the others build theirs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Name>,
}

/// A person where the event names one: the id of an entry in the event's `people` (or of the
/// people directory it is read with, [`crate::parse_event_with`]), or the person written in
/// place (as in every v1 file).
///
/// ```
/// use communique_model::PersonRef;
/// let by_id: PersonRef = serde_json::from_str(r#""temirkhanov""#).unwrap();
/// assert_eq!(by_id.id(), Some("temirkhanov"));
/// let inline: PersonRef =
///     serde_json::from_str(r#"{"name": {"en": "Askar Temirkhanov"}, "gender": "m"}"#).unwrap();
/// assert_eq!(inline.id(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PersonRef {
    /// The id of an entry in `people`.
    Id(String),
    /// A person written in place.
    Person(Person),
}

/// A string is an id; an object is a person, read so that an error inside it keeps its own
/// JSON path (`kind.visitor.gender`), which an untagged enum would lose.
impl<'de> Deserialize<'de> for PersonRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::office::id_or_object(
            d,
            "a person: the id of an entry in `people` or the people directory, or an object with `name`",
            PersonRef::Id,
            PersonRef::Person,
        )
    }
}

impl PersonRef {
    /// The id, when the person is named by one.
    pub fn id(&self) -> Option<&str> {
        match self {
            PersonRef::Id(id) => Some(id),
            PersonRef::Person(_) => None,
        }
    }
}

impl Event {
    /// The person `r` names: the entry of `people` for an id (`None` if there is none, which
    /// validation reports), or the person written in place.
    ///
    /// ```
    /// let json = include_str!("../../../examples/events/kz-ru-political-consultations-astana-2023.json");
    /// let event = communique_model::parse_event(json).unwrap();
    /// let head = &event.delegations[0].head;
    /// assert!(event.person(head).is_some());
    /// ```
    pub fn person<'a>(&'a self, r: &'a PersonRef) -> Option<&'a Person> {
        match r {
            PersonRef::Id(id) => self.people.get(id),
            PersonRef::Person(p) => Some(p),
        }
    }
}

/// Grammatical gender of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Feminine.
    F,
    /// Masculine.
    M,
}

/// How a delegation's leader led it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Leadership {
    /// Headed the delegation.
    #[default]
    Headed,
    /// Co-chaired the meeting for that side.
    CoChaired,
}

/// A state's delegation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// Whose delegation.
    pub country: CountryCode,
    /// Who led it.
    pub head: PersonRef,
    /// How they led it.
    #[serde(default)]
    pub role: Leadership,
}

/// How a meeting was held.
///
/// ```
/// use communique_model::MeetingFormat;
/// let f: MeetingFormat = serde_json::from_str(r#""videoconference""#).unwrap();
/// assert_eq!(f, MeetingFormat::Videoconference);
/// assert!(MeetingFormat::default().is_in_person());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingFormat {
    /// Face to face, in the event's city.
    #[default]
    InPerson,
    /// By videoconference: the notice says so and names no meeting place.
    Videoconference,
}

impl MeetingFormat {
    /// True for a meeting held face to face.
    pub fn is_in_person(&self) -> bool {
        *self == MeetingFormat::InPerson
    }
}

/// A side, a person, or both parties speaking.
///
/// ```
/// use communique_model::Speaker;
/// let both: Speaker = serde_json::from_str(r#""parties""#).unwrap();
/// assert_eq!(both, Speaker::Parties);
/// let side: Speaker = serde_json::from_str(r#"{"side": "MX"}"#).unwrap();
/// assert!(matches!(side, Speaker::Side(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Speaker {
    /// A state's side as a whole ("the Mexican side").
    Side(CountryCode),
    /// A named person.
    Person(PersonRef),
    /// The event's parties together ("the parties noted"): `"by": "parties"`, for an event
    /// with two or more parties.
    Parties,
}

/// Whom a side meeting was with.
///
/// ```
/// use communique_model::{Counterpart, Organization};
/// let osce: Counterpart = serde_json::from_str(r#"{"organization": "osce"}"#).unwrap();
/// assert_eq!(osce, Counterpart::Organization { organization: Organization::Osce });
/// let group: Counterpart = serde_json::from_str(r#"{"friendship_group": ["MX", "KZ"]}"#).unwrap();
/// assert!(matches!(group, Counterpart::FriendshipGroup { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Counterpart {
    /// An international organization, named by the locales.
    Organization {
        /// The organization.
        organization: Organization,
    },
    /// Members of a parliamentary friendship group, named by the locales from its two
    /// countries in the order of its name (`["MX", "KZ"]`: the Mexico–Kazakhstan group, of
    /// the first country's parliament).
    FriendshipGroup {
        /// The two countries, as the group's name orders them.
        friendship_group: [CountryCode; 2],
    },
    /// Any other counterpart, in each language.
    Text(Text),
}

/// Whom a statement is addressed to.
///
/// A person is written as in v1 (an object with `name`); the others carry one key:
///
/// ```
/// use communique_model::Addressee;
/// let side: Addressee = serde_json::from_str(r#"{"side": "ES"}"#).unwrap();
/// assert!(matches!(side, Addressee::Side { .. }));
/// let body: Addressee =
///     serde_json::from_str(r#"{"body": {"country": "ES", "body": "foreign_ministry"}}"#).unwrap();
/// assert!(matches!(body, Addressee::Body { .. }));
/// let organizers: Addressee = serde_json::from_str(
///     r#"{"institution": {"en": "the organizers", "ru": "организаторы", "kk": "ұйымдастырушылар", "es": "los organizadores"}}"#,
/// ).unwrap();
/// assert!(matches!(organizers, Addressee::Institution { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Addressee {
    /// A state's side as a whole ("thanked the Spanish side").
    Side {
        /// The state.
        side: CountryCode,
    },
    /// An international organization ("thanked the OSCE").
    Organization {
        /// The organization.
        organization: Organization,
    },
    /// A state's body ("thanked the Ministry of Foreign Affairs of Spain").
    Body {
        /// The body.
        body: Party,
    },
    /// Any other institution or group: the id of an entry in `institutions`, or its name in
    /// each language in the nominative ("the organizers").
    Institution {
        /// The institution.
        institution: InstitutionRef,
    },
    /// A named person.
    Person(PersonRef),
}

/// Something a side or person said to or of another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// What kind of statement.
    pub kind: StatementKind,
    /// Who said it.
    pub by: Speaker,
    /// On whose behalf.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<PersonRef>,
    /// To whom (congratulated whom, thanked whom): a person, a side, a state's body or any
    /// other institution. Left out, the sentence names no addressee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Addressee>,
    /// On what or what: the phrase that completes the sentence in each language
    /// (en "on the success of the forum", ru "с успешным проведением форума"), or for
    /// congratulations an occasion the locales word (`{"congratulation": "re_election"}`).
    pub about: About,
}

/// What a statement or a message is about: the words that complete its sentence, or an
/// occasion of congratulations that the locales word (agreeing with the addressee: en "on her
/// re-election", ru «с переизбранием», kk «қайта сайлануымен»).
///
/// ```
/// use communique_model::{About, Congratulation};
/// let code: About = serde_json::from_str(r#"{"congratulation": "re_election"}"#).unwrap();
/// assert_eq!(code, About::Congratulation { congratulation: Congratulation::ReElection });
/// let words: About = serde_json::from_str(r#"{"en": "the reforms under way"}"#).unwrap();
/// assert!(matches!(words, About::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum About {
    /// An occasion of congratulations, worded by the locales; only for congratulations.
    Congratulation {
        /// The occasion.
        congratulation: Congratulation,
    },
    /// The phrase that completes the sentence, in each language.
    Text(Text),
}

/// What was discussed, and how.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Discussion {
    /// "A wide range of issues of … was discussed."
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// "Ties had intensified, especially in the fields of …"
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress_in: Vec<Topic>,
    /// "The parties exchanged views on …"
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views_exchanged_on: Vec<Topic>,
}

impl Discussion {
    /// True when nothing was reported as discussed.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.progress_in.is_empty() && self.views_exchanged_on.is_empty()
    }
}

/// What the parties agreed or decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Outcome {
    /// Agreed on the importance of regular dialogue within the existing mechanism.
    RegularDialogue,
    /// Decided to hold the next round, when and where.
    NextRound {
        /// When (often only a year); left out when the date is still to be agreed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<PartialDate>,
        /// Where.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<Place>,
    },
    /// An invitation was extended.
    Invitation {
        /// Who was invited.
        invitee: PersonRef,
        /// To visit which state.
        to_visit: CountryCode,
    },
    /// Agreed to open a mission.
    MissionToOpen {
        /// What kind of mission.
        mission: MissionKind,
        /// Whose.
        country: CountryCode,
        /// Where.
        place: Place,
    },
    /// Any other agreement, as a sentence in each language.
    Other {
        /// The sentence.
        text: Text,
    },
}

/// A signed document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Agreement, memorandum, …
    pub kind: DocumentKind,
    /// The document's title in each language, as it follows the kind ("on visa-free travel").
    pub title: Text,
}

/// A group of guests.
///
/// ```
/// use communique_model::{GuestGroup, Guests};
/// let corps: Guests = serde_json::from_str(r#"{"group": "diplomatic_corps"}"#).unwrap();
/// assert_eq!(corps, Guests::Group { group: GuestGroup::DiplomaticCorps });
/// let named: Guests = serde_json::from_str(
///     r#"{"en": "the organizers", "ru": "организаторы", "kk": "ұйымдастырушылар", "es": "los organizadores"}"#,
/// ).unwrap();
/// assert!(matches!(named, Guests::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Guests {
    /// A group the press names by convention, worded by the locales (`$city` and `$host`, the
    /// event's city and country, are there for a wording that needs them).
    Group {
        /// The group.
        group: GuestGroup,
    },
    /// Any other group, in each language.
    Text(Text),
}

/// An exhibition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exhibition {
    /// Photo, art, …
    pub exhibition: ExhibitionKind,
    /// The title, printed in quotation marks.
    pub title: Text,
    /// Where it is shown, as a phrase ("in the open air in the very centre of the city").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Text>,
    /// Who attended the opening, one group per entry: a group the locales word
    /// (`{"group": "diplomatic_corps"}`), or its name in each language in the nominative.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attended_by: Vec<Guests>,
    /// Open until (to the end of a month, or a day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_until: Option<PartialDate>,
}

/// An event held alongside the main one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum SideEvent {
    /// A meeting with a named group or institution.
    Meeting {
        /// Who held it (a delegation's country), if not the reporting side.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        held_by: Option<CountryCode>,
        /// What kind of counterpart.
        counterpart: CounterpartKind,
        /// The counterpart: an international organization by code, or its name in each language
        /// in the nominative.
        with: Counterpart,
        /// What was discussed.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        topics: Vec<Topic>,
    },
    /// An exhibition opened during the event.
    ExhibitionOpening(Exhibition),
    /// A forum, round table or business council the delegation took part in.
    Forum {
        /// Who took part, if not the first party's delegation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<PersonRef>,
        /// Its format.
        format: ForumFormat,
        /// Its title, printed in quotation marks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
        /// How many took part, if reported.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        participants: Option<u32>,
    },
    /// A wreath laid at a memorial.
    WreathLaying {
        /// Who laid it, if not the first party's delegation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<PersonRef>,
        /// Where, as a place in each language in the nominative ("the Monument of
        /// Independence").
        at: Text,
    },
    /// A visit to an institution (a university, a company, a port).
    InstitutionVisit {
        /// Who visited, if not the first party's delegation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<PersonRef>,
        /// The institution: the id of an entry in `institutions`, or its name in each
        /// language in the nominative.
        to: InstitutionRef,
    },
    /// A lecture given at an institution.
    Lecture {
        /// Who gave it, if not the first party's delegation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<PersonRef>,
        /// Where: the id of an entry in `institutions`, or its name in each language in the
        /// nominative.
        at: InstitutionRef,
        /// The lecture's title, printed in quotation marks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
    },
    /// Documents signed alongside the main event.
    Signing {
        /// The documents.
        documents: Vec<Document>,
    },
}

/// What an event marks, or why it took place.
///
/// ```
/// use communique_model::Occasion;
/// let o: Occasion =
///     serde_json::from_str(r#"{"anniversary": {"of": "diplomatic_relations", "years": 30}}"#).unwrap();
/// assert!(matches!(o, Occasion::Anniversary { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Occasion {
    /// An anniversary ("the 30th anniversary of diplomatic relations").
    Anniversary {
        /// What it marks.
        of: AnniversaryOf,
        /// How many years.
        years: u16,
        /// The treaty's name, for `treaty`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<Text>,
    },
    /// At someone's invitation.
    InvitationOf(PersonRef),
    /// Any other occasion, as a sentence in each language.
    Text(Text),
}

/// A media credit ("Photo: gov.kz", "Фото: пресс-служба МИД РК").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Credit {
    /// Photo or video.
    pub kind: CreditKind,
    /// The source: a string printed as is in every language (a web address), or its name in
    /// each language ("MFA press service", "пресс-служба МИД РК").
    pub source: CreditSource,
}

/// A news agency: a code the locales name, or any outlet's name in each language.
///
/// ```
/// use communique_model::{Agency, AgencyName};
/// let code: AgencyName = serde_json::from_str(r#""kazinform""#).unwrap();
/// assert_eq!(code, AgencyName::Code(Agency::Kazinform));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum AgencyName {
    /// A known agency.
    Code(Agency),
    /// Any other outlet, in each language.
    Text(Text),
}

/// Where a photo or video comes from.
///
/// ```
/// use communique_model::CreditSource;
/// let site: CreditSource = serde_json::from_str(r#""gov.kz""#).unwrap();
/// assert!(matches!(site, CreditSource::Same(_)));
/// let named: CreditSource = serde_json::from_str(
///     r#"{"en": "Kazinform", "ru": "Казинформ", "kk": "ҚазАқпарат", "es": "Kazinform"}"#,
/// ).unwrap();
/// assert!(matches!(named, CreditSource::Text(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum CreditSource {
    /// A known agency, named by each locale: `{"agency": "kazinform"}`.
    Agency {
        /// The agency.
        agency: Agency,
    },
    /// The same in every language (a web address, a name in Latin script).
    Same(String),
    /// Worded in each language.
    Text(Text),
}
