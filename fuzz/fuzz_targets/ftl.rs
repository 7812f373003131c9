//! Any text as a translation file: the locale checker reports problems with positions and never
//! panics (byte offsets inside multi-byte characters included).
#![no_main]

use communique_model::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for finding in communique_l10n::check::check_ftl_text(Lang::Ru, text) {
        let _ = finding.to_string();
    }
});
