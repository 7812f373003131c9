//! Reading an event file: every problem, or the event.

use std::path::Path;

use communique_model::{Event, Lang};

use crate::report::Failure;

/// An event is a page of facts, not a data dump: a larger file is refused before parsing.
const MAX_EVENT_BYTES: u64 = 1024 * 1024;

pub fn read(path: &Path, langs: &[Lang]) -> Result<Event, Failure> {
    let text = crate::text_file::read(path, MAX_EVENT_BYTES, false)?;
    communique_model::parse_event_for(&text, langs).map_err(|errors| Failure::Event {
        path: path.to_path_buf(),
        errors,
    })
}
