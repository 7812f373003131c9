//! Scheduled publications: jobs that a scheduler claims when due, under a lease that expires,
//! so that two schedulers never both send a job and a crashed one's job is taken over.
//!
//! Every function takes `now` from the caller: the clock is injected, so behaviour around due
//! times, leases and lateness is tested without sleeping.

use jiff::Timestamp;

/// A job's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    /// Waiting for its time.
    Scheduled,
    /// Claimed by a scheduler (under lease).
    Sending,
    /// Every recipient handled.
    Done,
    /// The run ended with recipients not sent (see `last_error`; a new job retries them).
    Failed,
    /// Cancelled by a person.
    Cancelled,
    /// Became due while no scheduler ran, longer ago than the allowed lateness: not sent.
    Missed,
}

impl JobState {
    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Scheduled => "scheduled",
            JobState::Sending => "sending",
            JobState::Done => "done",
            JobState::Failed => "failed",
            JobState::Cancelled => "cancelled",
            JobState::Missed => "missed",
        }
    }

    pub(crate) fn parse(s: &str) -> JobState {
        match s {
            "sending" => JobState::Sending,
            "done" => JobState::Done,
            "failed" => JobState::Failed,
            "cancelled" => JobState::Cancelled,
            "missed" => JobState::Missed,
            _ => JobState::Scheduled,
        }
    }
}

/// A job to store.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// The event's id.
    pub event_id: String,
    /// The validated event, as JSON.
    pub event_json: String,
    /// Languages to publish.
    pub langs: Vec<communique_model::Lang>,
    /// Lists to send to.
    pub lists: Vec<String>,
    /// The transport (`outbox:DIR`, `smtp://…`), without credentials.
    pub transport: String,
    /// Sending options, as JSON.
    pub options: String,
    /// When it is due.
    pub due_at: Timestamp,
    /// The IANA zone its times are shown in.
    pub zone: String,
}

/// A stored job.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// Its number.
    pub id: i64,
    /// The event.
    pub event_id: String,
    /// The event as JSON.
    pub event_json: String,
    /// Languages.
    pub langs: Vec<communique_model::Lang>,
    /// Lists.
    pub lists: Vec<String>,
    /// Transport.
    pub transport: String,
    /// Options (JSON).
    pub options: String,
    /// Due time (UTC).
    pub due_at: Timestamp,
    /// Display zone.
    pub zone: String,
    /// State.
    pub state: JobState,
    /// Who holds the lease, while sending.
    pub lease_owner: Option<String>,
    /// Why it failed or was missed.
    pub last_error: Option<String>,
}
