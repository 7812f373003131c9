//! Storage: subscribers and lists, publications, the per-recipient delivery journal and the
//! schedule. SQLite by default, PostgreSQL for several sender machines, behind one interface.
//!
//! It must not know how notices are worded or rendered, or how mail is sent.
