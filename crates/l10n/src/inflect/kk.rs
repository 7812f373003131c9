//! Kazakh case suffixes by rule (placeholder, replaced by the Kazakh engine).
