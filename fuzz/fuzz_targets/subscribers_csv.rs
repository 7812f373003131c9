//! Any text as a subscriber file: every row is either imported or reported by its line, and an
//! imported row holds a normalized address, a known language and no control character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(parsed) = communique_store::parse_subscribers_csv(text, "fuzz") {
        for row in &parsed.rows {
            assert_eq!(row.email, row.email.trim().to_lowercase());
            assert!(!row.name.chars().any(communique_model::forbidden_char));
        }
        for bad in &parsed.bad {
            assert!(!bad.problem.is_empty());
        }
    }
});
