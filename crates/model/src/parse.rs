//! Reading an event from JSON text, reporting every problem rather than only the first.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::directory::{DIRECTORY_FORMAT, Directory};
use crate::event::Event;
use crate::lang::Lang;
use crate::path::{JsonPath, SourceMap, Step};
use crate::problem::{EventErrors, Problem};
use crate::vocab;

/// Parses and validates an event for all the languages it declares.
///
/// ```
/// let json = include_str!("../../../examples/events/kz-ru-political-consultations-astana-2023.json");
/// let event = communique_model::parse_event(json).expect("the seed event is valid");
/// assert_eq!(event.id, "kz-ru-political-consultations-astana-2023");
/// ```
pub fn parse_event(source: &str) -> Result<Event, EventErrors> {
    parse_event_for(source, &[])
}

/// Parses and validates an event that will be published in `langs` (besides those it declares).
///
/// Every problem is reported with its JSON path and line:column: syntax errors (which stop
/// parsing), type errors (each one, not just the first) and validation problems.
///
/// ```
/// use communique_model::{Lang, parse_event_for};
/// let json = include_str!("../../../examples/events/kz-ru-political-consultations-astana-2023.json");
/// assert!(parse_event_for(json, &[Lang::Kk, Lang::Es]).is_ok());
/// ```
pub fn parse_event_for(source: &str, langs: &[Lang]) -> Result<Event, EventErrors> {
    parse_event_with(source, langs, &Directory::empty())
}

/// Parses and validates an event for `langs`, taking the people it names but does not define
/// from `directory` (the event's own entries win). The event returned holds every person it
/// names, so it can be stored and read again without the directory; a person from the
/// directory is checked as the event's own are, and a problem with one says where it lies.
///
/// ```
/// use communique_model::{Lang, parse_directory, parse_event_with};
/// let directory = parse_directory(include_str!("../../../examples/people.json"))?;
/// let json = include_str!("../../../examples/events/kz-mx-political-consultations-2022.json");
/// let event = parse_event_with(json, &[Lang::Kk], &directory)?;
/// // The people the event names come with it, and nobody else of the directory.
/// assert!(event.people.contains_key("arystanov"));
/// assert!(directory.people.contains_key("umarov"));
/// assert!(!event.people.contains_key("umarov"));
/// # Ok::<(), communique_model::EventErrors>(())
/// ```
pub fn parse_event_with(
    source: &str,
    langs: &[Lang],
    directory: &Directory,
) -> Result<Event, EventErrors> {
    let (mut value, map) = json_value(source)?;
    let mut problems = crate::validate::check_strings(&value);
    let (event, replaced) = typed::<Event>(&mut value, &mut problems);
    let mut event = event;
    let mut elsewhere = Vec::new();
    if let Some(event) = &mut event {
        let borrowed = borrow_people(event, directory);
        let (found, in_directory, used) =
            crate::validate::check_event_with(event, langs, &borrowed);
        elsewhere = in_directory;
        event
            .people
            .retain(|id, _| !borrowed.contains(id) || used.contains(id));
        problems.extend(
            found
                .into_iter()
                .filter(|p| !replaced.iter().any(|r| p.path.starts_with(r))),
        );
    }
    finish(event, problems, elsewhere, &map)
}

/// Parses a people directory (`communique.people/1`): every type error with its path and
/// line:column. Its people are checked for the languages of each event that names them.
///
/// ```
/// let directory = communique_model::parse_directory(include_str!("../../../examples/people.json"))?;
/// assert!(directory.people["tokayev"].gender.is_some());
/// let wrong = r#"{"format": "communique.event/1", "people": {}}"#;
/// let errors = communique_model::parse_directory(wrong).unwrap_err();
/// assert_eq!(errors.problems()[0].path.to_string(), "format");
/// # Ok::<(), communique_model::EventErrors>(())
/// ```
pub fn parse_directory(source: &str) -> Result<Directory, EventErrors> {
    let (mut value, map) = json_value(source)?;
    let mut problems = crate::validate::check_strings(&value);
    let (directory, _) = typed::<Directory>(&mut value, &mut problems);
    if let Some(d) = &directory {
        if d.format != DIRECTORY_FORMAT {
            problems.push(Problem {
                path: JsonPath::root().key("format"),
                at: None,
                message: format!(
                    "a people directory declares `\"format\": \"{DIRECTORY_FORMAT}\"`; `{}` is not one (is this an event?)",
                    d.format
                ),
            });
        }
        problems.extend(crate::validate::check_directory(d));
    }
    finish(directory, problems, Vec::new(), &map)
}

/// Puts every person of `directory` that `event` does not define into the event, and returns
/// their ids (the caller keeps those the event names).
fn borrow_people(event: &mut Event, directory: &Directory) -> BTreeSet<String> {
    let mut borrowed = BTreeSet::new();
    for (id, person) in &directory.people {
        if !event.people.contains_key(id) {
            event.people.insert(id.clone(), person.clone());
            borrowed.insert(id.clone());
        }
    }
    borrowed
}

/// The JSON value of `source` and the map from paths to line:column, or the syntax error.
fn json_value(source: &str) -> Result<(Value, SourceMap), EventErrors> {
    let value: Value = serde_json::from_str(source).map_err(|e| {
        EventErrors::new(vec![Problem {
            path: JsonPath::root(),
            at: Some(crate::path::LineColumn {
                line: e.line(),
                column: e.column(),
            }),
            message: format!("{e} (the file is not valid JSON)"),
        }])
    })?;
    Ok((value, SourceMap::index(source)))
}

/// The typed value, if one could be read, with every type error recorded in `problems`, and
/// the paths whose faulty values were stood in for (problems under them are not real).
fn typed<T: DeserializeOwned>(
    value: &mut Value,
    problems: &mut Vec<Problem>,
) -> (Option<T>, Vec<JsonPath>) {
    let mut replaced: Vec<JsonPath> = Vec::new();
    let mut removed: Vec<JsonPath> = Vec::new();
    // Each round records one type error and stands a valid sample in for the faulty value, so
    // the next round can find the next error; a value that nothing fixes ends the search.
    for _ in 0..64 {
        match serde_path_to_error::deserialize::<_, T>(&*value) {
            Ok(t) => return (Some(t), replaced),
            Err(err) => {
                let (path, message) = locate_type_error(&err);
                // A required field we removed earlier: its problem is already reported.
                let ours = removed.contains(&path) && missing_field(&message).is_some();
                let path = if ours { path } else { refine::<T>(value, path) };
                if !ours {
                    problems.push(Problem {
                        path: path.clone(),
                        at: None,
                        message,
                    });
                }
                match stand_in::<T>(value, &path, !ours) {
                    Some(StandIn::Removed) => removed.push(path.clone()),
                    Some(StandIn::Replaced) => {}
                    None => break,
                }
                replaced.push(path);
            }
        }
    }
    (None, replaced)
}

/// The value when nothing is wrong, else every problem placed at its line:column, followed by
/// the problems that lie in another file (`elsewhere`, which have none here).
fn finish<T>(
    value: Option<T>,
    mut problems: Vec<Problem>,
    elsewhere: Vec<Problem>,
    map: &SourceMap,
) -> Result<T, EventErrors> {
    if problems.is_empty()
        && elsewhere.is_empty()
        && let Some(value) = value
    {
        return Ok(value);
    }
    for p in &mut problems {
        p.at = map.locate(&p.path);
    }
    problems.extend(elsewhere);
    Err(EventErrors::new(problems))
}

/// The path and message of a serde error, moving "missing field `x`" onto the field itself.
fn locate_type_error(err: &serde_path_to_error::Error<serde_json::Error>) -> (JsonPath, String) {
    let path = JsonPath::from_serde(err.path());
    let message = err.inner().to_string();
    if let Some(field) = missing_field(&message) {
        return (path.key(field), format!("{message}: add it"));
    }
    if let Some(expected) = untagged_expectation(&message) {
        return (path, expected.to_owned());
    }
    (path, message)
}

/// What a value of each untagged type may be, in place of serde's "data did not match any
/// variant of untagged enum …", which names a Rust type and not what to write.
fn untagged_expectation(message: &str) -> Option<&'static str> {
    let name = message.strip_prefix("data did not match any variant of untagged enum ")?;
    Some(match name.trim() {
        "PersonRef" => {
            "expected a person: the id of an entry in `people` (a string) or an object with `name`"
        }
        "Addressee" => {
            "expected whom it is addressed to: a person (an id or an object with `name`), {\"side\": CODE}, {\"organization\": CODE}, {\"body\": {...}} or {\"institution\": {...text...}}"
        }
        "Position" => "expected an office: a code (a string) or a text in each language",
        "Counterpart" => {
            "expected whom the meeting was with: {\"organization\": CODE}, {\"friendship_group\": [CODE, CODE]} or a text in each language"
        }
        "CreditSource" => {
            "expected a source: a string printed in every language, a text in each language, or {\"agency\": CODE}"
        }
        "AgencyName" => {
            "expected an agency: a code (such as \"kazinform\") or a text in each language"
        }
        "Phrase" => "expected a text: a string, or an object of case forms with `nom`",
        "About" => {
            "expected what it is about: a text in each language, or {\"congratulation\": CODE} for congratulations"
        }
        _ => return None,
    })
}

fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// Values tried in place of a faulty one: one of each shape the format uses (`None` removes).
fn samples() -> Vec<Option<Value>> {
    let mut out: Vec<Option<Value>> = Vec::new();
    let strings = [
        "communique.event/1",
        "KZ",
        "en",
        "2022-01-01",
        "2022-01-01T00:00[UTC]",
        "nom",
        "headed",
        "m",
        "x",
        "political_consultations",
        "regular_dialogue",
        "meeting",
        vocab::Topic::ALL[0].code(),
        vocab::Body::ALL[0].code(),
        vocab::PositionCode::ALL[0].code(),
        vocab::MissionKind::ALL[0].code(),
        vocab::DocumentKind::ALL[0].code(),
        vocab::StatementKind::ALL[0].code(),
        vocab::ExhibitionKind::ALL[0].code(),
        vocab::ForumFormat::ALL[0].code(),
        vocab::VisitLevel::ALL[0].code(),
        vocab::CreditKind::ALL[0].code(),
        vocab::CounterpartKind::ALL[0].code(),
    ];
    out.extend(strings.iter().map(|s| Some(Value::from(*s))));
    out.extend(
        [
            serde_json::json!(1),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!({"type": "political_consultations"}),
            serde_json::json!({"type": "regular_dialogue"}),
            serde_json::json!({"en": "x"}),
            serde_json::json!(false),
            Value::Null,
        ]
        .map(Some),
    );
    out
}

enum StandIn {
    Replaced,
    Removed,
}

/// True when deserializing `trial` as a `T` no longer fails at `path` (or above it).
fn moves_error_away<T: DeserializeOwned>(trial: &Value, path: &JsonPath) -> bool {
    match serde_path_to_error::deserialize::<_, T>(trial) {
        Ok(_) => true,
        Err(err) => {
            let (next, _) = locate_type_error(&err);
            !(next.starts_with(path) || path.starts_with(&next))
        }
    }
}

/// Replaces the value at `path` with the first sample that moves the error elsewhere, removing
/// it only as a last resort. Returns `None` when nothing does.
fn stand_in<T: DeserializeOwned>(
    value: &mut Value,
    path: &JsonPath,
    allow_remove: bool,
) -> Option<StandIn> {
    let mut candidates = samples();
    if allow_remove {
        candidates.push(None);
    }
    for sample in candidates {
        let removing = sample.is_none();
        let mut trial = value.clone();
        if put(&mut trial, path, sample) && moves_error_away::<T>(&trial, path) {
            *value = trial;
            return Some(if removing {
                StandIn::Removed
            } else {
                StandIn::Replaced
            });
        }
    }
    None
}

/// Narrows an error reported at a tagged object (serde loses the path inside internally tagged
/// enums) down to the member whose stand-in makes the error go away.
fn refine<T: DeserializeOwned>(value: &Value, path: JsonPath) -> JsonPath {
    let Some(node) = get(value, &path) else {
        return path;
    };
    let children: Vec<JsonPath> = match node {
        Value::Object(m) => m
            .keys()
            .filter(|k| k.as_str() != "type")
            .map(|k| path.key(k.clone()))
            .collect(),
        Value::Array(a) => (0..a.len()).map(|i| path.index(i)).collect(),
        _ => return path,
    };
    for child in children {
        let fixes = samples().into_iter().chain([None]).any(|sample| {
            let mut trial = value.clone();
            put(&mut trial, &child, sample) && moves_error_away::<T>(&trial, &path)
        });
        if fixes {
            return refine::<T>(value, child);
        }
    }
    path
}

fn get<'v>(value: &'v Value, path: &JsonPath) -> Option<&'v Value> {
    path.0
        .iter()
        .try_fold(value, |cur, step| match (step, cur) {
            (Step::Key(k), Value::Object(m)) => m.get(k),
            (Step::Index(i), Value::Array(a)) => a.get(*i),
            _ => None,
        })
}

fn put(value: &mut Value, path: &JsonPath, new: Option<Value>) -> bool {
    let Some((last, parents)) = path.0.split_last() else {
        return false;
    };
    let mut cur = value;
    for step in parents {
        cur = match (step, cur) {
            (Step::Key(k), Value::Object(m)) => match m.get_mut(k) {
                Some(v) => v,
                None => return false,
            },
            (Step::Index(i), Value::Array(a)) => match a.get_mut(*i) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match (last, cur, new) {
        (Step::Key(k), Value::Object(m), Some(v)) => {
            m.insert(k.clone(), v);
            true
        }
        (Step::Key(k), Value::Object(m), None) => m.remove(k).is_some(),
        (Step::Index(i), Value::Array(a), Some(v)) if *i < a.len() => {
            a[*i] = v;
            true
        }
        _ => false,
    }
}
