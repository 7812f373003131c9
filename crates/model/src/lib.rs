//! The press event format of communique, `communique.event/1`.
//!
//! One JSON document describes one press event as data: its kind, parties, delegations, what was
//! discussed and agreed, side events and credits. Closed vocabularies are codes (worded later by
//! the locales); names and titles are text in each language. This crate parses such a document,
//! reports *every* problem with its JSON path and line:column, and publishes the JSON Schema.
//!
//! It must not know how notices are worded, rendered, stored or sent: no Fluent, no templates,
//! no I/O, no async. Newsroom systems, archives and APIs depend on it alone.
//!
//! ```
//! use communique_model::{Lang, parse_directory, parse_event_with};
//!
//! // The people the press service names often, written once for every event.
//! let people = parse_directory(include_str!("../../../examples/people.json"))?;
//! let json = include_str!("../../../examples/events/kz-mx-political-consultations-2022.json");
//! let event = parse_event_with(json, &[Lang::Kk, Lang::Ru, Lang::Es, Lang::En], &people)?;
//! assert_eq!(event.place.country.as_str(), "MX");
//!
//! // A broken event gets one report listing every problem with its path and line:column.
//! let broken = json.replace("\"MX\"", "\"XM\"").replace("\"2022-12-10\"", "\"2022-12-40\"");
//! let errors = parse_event_with(&broken, &[Lang::En], &people).unwrap_err();
//! assert!(errors.problems().len() >= 2);
//! for problem in errors.problems() {
//!     println!("{problem}"); // e.g. `9:14: place.country: unknown country code `XM`: …`
//! }
//! # Ok::<(), communique_model::EventErrors>(())
//! ```

mod country;
mod directory;
mod event;
mod lang;
mod office;
mod parse;
mod path;
mod problem;
mod time;
mod validate;
mod vocab;

pub use country::{CountryCode, UnknownCountry};
pub use directory::{DIRECTORY_FORMAT, Directory};
pub use event::{
    About, Addressee, AgencyName, Attribution, City, Counterpart, Credit, CreditSource, Delegation,
    Discussion, Document, Event, EventKind, Exhibition, FORMAT_V1, FORMATS, Format, Gender, Guests,
    Leadership, MeetingFormat, Occasion, Outcome, Party, Person, PersonRef, Place, SideEvent,
    Speaker, Statement,
};
pub use lang::{Case, Lang, Name, Phrase, Script, Text, UnknownLang};
pub use office::{Institution, InstitutionRef, Office, OfficeOf, Position};
pub use parse::{parse_directory, parse_event, parse_event_for, parse_event_with};
pub use path::{JsonPath, LineColumn, SourceMap, Step};
pub use problem::{EventErrors, Problem};
pub use time::{InvalidDate, InvalidTime, PartialDate, ZonedTime, parse_zoned};
pub use validate::forbidden_char;
pub use vocab::{
    Agency, AnniversaryOf, Body, Congratulation, CounterpartKind, CreditKind, DocumentKind,
    ExhibitionKind, ForumFormat, GuestGroup, MessageKind, MissionKind, Organization, PositionCode,
    Rank, SpokespersonSetting, StatementKind, Topic, VisitLevel,
};

impl Event {
    /// Every problem with this event when published in its languages plus `langs`, without
    /// positions (use [`parse_event_for`] on text to get line:column too).
    ///
    /// ```
    /// use communique_model::{Lang, parse_event};
    /// let json = include_str!("../../../examples/events/kz-ru-political-consultations-astana-2023.json");
    /// let mut event = parse_event(json).unwrap();
    /// assert!(event.validate(&[]).is_empty());
    /// event.id = "Not An Id".into();
    /// assert_eq!(event.validate(&[])[0].path.to_string(), "id");
    /// ```
    pub fn validate(&self, langs: &[Lang]) -> Vec<Problem> {
        let mut problems = match serde_json::to_value(self) {
            Ok(v) => validate::check_strings(&v),
            Err(e) => vec![Problem {
                path: JsonPath::root(),
                at: None,
                message: e.to_string(),
            }],
        };
        problems.extend(validate::check_event(self, langs));
        problems
    }
}

/// The JSON Schema of `communique.event/1`, pretty-printed.
///
/// ```
/// let schema = communique_model::json_schema();
/// assert!(schema.contains("\"political_consultations\""));
/// ```
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Event);
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}
