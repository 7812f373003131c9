//! Any bytes as an event: parsing and validation never panic, and an accepted event localizes
//! in every language without an error or leaked markup.
#![no_main]

use std::sync::LazyLock;

use communique_l10n::check::check_notice;
use communique_l10n::{Locales, localize};
use communique_model::{Lang, parse_event};
use libfuzzer_sys::fuzz_target;

static LOCALES: LazyLock<Locales> = LazyLock::new(|| {
    Locales::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")).expect("the project's locales load")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(event) = parse_event(text) else { return };
    for lang in event.languages.clone() {
        if !Lang::ALL.contains(&lang) {
            continue;
        }
        // A valid event may still lack a case form a sentence needs: that is an error, not a
        // crash. What must never happen is a notice with leaked markup.
        if let Ok(notice) = localize(&LOCALES, &event, lang) {
            let leaks = check_notice(&event, &notice);
            assert!(leaks.is_empty(), "{leaks:?}");
        }
    }
});
