//! Reading an event file: every problem, or the event.

use std::path::Path;

use communique_model::{Event, Lang};

use crate::report::Failure;

pub fn read(path: &Path, langs: &[Lang]) -> Result<Event, Failure> {
    let text = std::fs::read_to_string(path).map_err(|source| Failure::Read {
        path: path.to_path_buf(),
        source,
    })?;
    communique_model::parse_event_for(&text, langs).map_err(|errors| Failure::Event {
        path: path.to_path_buf(),
        errors,
    })
}
