//! Localization: turns an event into a `Notice` in one language, with Fluent.
//!
//! Owns the Fluent bundles built from `locales/{kk,ru,es,en}/*.ftl`, the grammar functions they
//! call (country case forms, ordinals, press-style dates, lists), and the locale checker. Every
//! formatting error is an error: no fallback to another language, ever.
//!
//! It must not know about HTML, templates, subscribers, stores or mail.
