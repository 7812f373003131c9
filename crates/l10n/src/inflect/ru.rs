//! Russian declension of names and office headwords by rule (placeholder, replaced by the Russian engine).
