//! Rendering: turns a localized notice into a subject line, an HTML body and a plain-text body,
//! through templates a designer edits without touching Rust. Rendered once per language per
//! publication; per-recipient parts are slots filled at send time.
//!
//! It must not know about subscriber lists, stores, SMTP or how a notice is worded.
