//! Problems found in an event, each tied to where it stands in the JSON.

use std::fmt;

use crate::path::{JsonPath, LineColumn};

/// One thing wrong with an event: where, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of the value at fault.
    pub path: JsonPath,
    /// Its line and column in the source, when the event came from text.
    pub at: Option<LineColumn>,
    /// What is wrong, and how to put it right.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(f, "{at}: {}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Every problem found in an event, in document order. Never empty.
///
/// ```
/// use communique_model::parse_event;
/// let err = parse_event(r#"{"format": "communique.event/1", "id": "Bad Id"}"#).unwrap_err();
/// assert!(!err.problems().is_empty());
/// // Each problem names the JSON path and the line:column.
/// assert!(err.to_string().contains("1:"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct EventErrors {
    problems: Vec<Problem>,
}

impl EventErrors {
    pub(crate) fn new(mut problems: Vec<Problem>) -> Self {
        problems.sort_by_key(|p| p.at);
        problems.dedup();
        EventErrors { problems }
    }

    /// The problems, in document order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for EventErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}
