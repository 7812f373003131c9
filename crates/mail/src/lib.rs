//! Mail: builds MIME messages from rendered notices, sends them through transports (SMTP, an
//! outbox directory) and runs the delivery engine that keeps the journal exact.
//!
//! It is the only crate that opens sockets. It must not know how notices are worded.
