//! Reading an event file, and the people directory its people may come from: every problem,
//! or the event.

use std::path::Path;

use communique_model::{Directory, Event, Lang};

use crate::report::Failure;

/// An event is a page of facts, not a data dump: a larger file is refused before parsing.
const MAX_EVENT_BYTES: u64 = 1024 * 1024;
/// A directory of a press service's people is a few hundred entries at most.
const MAX_DIRECTORY_BYTES: u64 = 4 * 1024 * 1024;

/// The example directory built into the program, used when none is named.
const BUILT_IN: &str = include_str!("../examples/people.json");
const BUILT_IN_NAME: &str = "<built-in people directory>";

/// The event at `path`, for `langs`, with the people it names from `directory`.
pub fn read(path: &Path, langs: &[Lang], directory: &Directory) -> Result<Event, Failure> {
    let text = crate::text_file::read(path, MAX_EVENT_BYTES, false)?;
    communique_model::parse_event_with(&text, langs, directory).map_err(|errors| Failure::Event {
        path: path.to_path_buf(),
        errors,
    })
}

/// The people directory of `--people`, or the built-in one.
pub fn directory(path: Option<&Path>) -> Result<Directory, Failure> {
    let (name, text) = match path {
        Some(path) => (
            path.to_path_buf(),
            crate::text_file::read(path, MAX_DIRECTORY_BYTES, false)?,
        ),
        None => (BUILT_IN_NAME.into(), BUILT_IN.to_owned()),
    };
    communique_model::parse_directory(&text).map_err(|errors| Failure::Event { path: name, errors })
}
