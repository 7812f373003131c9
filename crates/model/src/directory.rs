//! The people a press service names in many events, defined once for all of them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::event::Person;

/// The format a people directory declares.
pub const DIRECTORY_FORMAT: &str = "communique.people/1";

/// The people a press service names again and again (its head of state, its minister, its
/// spokesperson, its directors), each written once as in an event's `people`. An event that
/// refers to an id it does not define takes the person from here; an event's own entry always
/// wins, so an event can still give another office or another form of a name.
///
/// ```
/// use communique_model::{parse_directory, parse_event_with};
///
/// let directory = parse_directory(include_str!("../../../examples/people.json"))?;
/// let json = include_str!("../../../examples/events/kz-mx-political-consultations-2022.json");
/// let event = parse_event_with(json, &[], &directory)?;
/// // The event names the President without defining him: the directory does.
/// assert!(event.people.contains_key("tokayev"));
/// assert!(directory.people.contains_key("tokayev"));
/// # Ok::<(), communique_model::EventErrors>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// `communique.people/1`.
    pub format: String,
    /// The people, by the id events use for them (`"tokayev"`).
    pub people: BTreeMap<String, Person>,
}

impl Directory {
    /// A directory that holds nobody: every event must define the people it names.
    ///
    /// ```
    /// let none = communique_model::Directory::empty();
    /// assert!(none.people.is_empty());
    /// ```
    pub fn empty() -> Directory {
        Directory {
            format: DIRECTORY_FORMAT.to_owned(),
            people: BTreeMap::new(),
        }
    }
}
