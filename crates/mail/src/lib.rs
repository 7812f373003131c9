//! Mail: builds MIME messages from rendered notices, signs unsubscribe tokens, sends through
//! transports (an outbox directory, SMTP) and runs the delivery engine that keeps the journal
//! exact.
//!
//! It is the only crate that opens sockets. It must not know how notices are worded or
//! rendered: it receives subjects and bodies as finished text.

mod compose;
pub mod engine;
mod headers;
pub mod outbox;
pub mod smtp;
pub mod splice;
pub mod token;
pub mod transport;

pub use compose::{Letter, MailError, PlainLetter, compose, compose_plain, message_id};
pub use lettre::message::Mailbox;
