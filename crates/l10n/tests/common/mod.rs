//! What the rule-table tests share: the case a column names, and whether a computed form is the
//! row's expected one (`unknown` meaning the rules must refuse).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use communique_l10n::inflect::InflectError;
use communique_model::Case;

/// The case of a table's `case` column; a typo in the table fails the test loudly.
pub fn case(code: &str) -> Case {
    Case::from_code(code).unwrap_or_else(|| panic!("unknown case `{code}` in the table"))
}

/// True if `got` is what the row expects: the form itself, or a refusal for `unknown`.
pub fn row_ok(got: &Result<String, InflectError>, expected: &str) -> bool {
    match (got, expected) {
        (Err(InflectError::Unknown { .. }), "unknown") => true,
        (Ok(form), want) => form == want,
        _ => false,
    }
}

/// The data rows of a tab-separated table: `#` comments and blank lines skipped, the first row
/// (the column names, starting with `first_column`) checked and skipped, each row's line number
/// and exactly `columns` cells.
pub fn rows<'t>(table: &'t str, first_column: &str, columns: usize) -> Vec<(usize, Vec<&'t str>)> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            assert!(
                line.starts_with(first_column),
                "the first row names the columns"
            );
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), columns, "line {}: {columns} columns", n + 1);
        out.push((n + 1, cells));
    }
    out
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every example event's file, in name order.
pub fn example_paths() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples/events"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// The example people directory, which the examples name people from.
pub fn directory() -> communique_model::Directory {
    let text = std::fs::read_to_string(root().join("examples/people.json")).unwrap();
    communique_model::parse_directory(&text).unwrap_or_else(|e| panic!("{e}"))
}

/// An event's text parsed as the program reads it, with the example directory.
pub fn parse(text: &str) -> communique_model::Event {
    communique_model::parse_event_with(text, &[], &directory()).unwrap_or_else(|e| panic!("{e}"))
}

/// The seed event (the Kazakh–Mexican consultations of 2022) as JSON, for tests that change it,
/// with the people it takes from the directory written into it (so a test can change them too).
pub fn seed() -> serde_json::Value {
    let path = root().join("examples/events/kz-mx-political-consultations-2022.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let people: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/people.json")).unwrap(),
    )
    .unwrap();
    for id in ["tokayev", "arystanov"] {
        v["people"][id] = people["people"][id].clone();
    }
    v
}

/// The whole notice of `event` in `lang`: headline, lead and body, a line each.
pub fn notice(event: &serde_json::Value, lang: communique_model::Lang) -> String {
    let locales = communique_l10n::Locales::load(&root().join("locales")).unwrap();
    let e = parse(&event.to_string());
    let n = communique_l10n::localize(&locales, &e, lang).unwrap_or_else(|e| panic!("{e}"));
    format!("{}\n{}\n{}", n.headline, n.lead, n.body.join("\n"))
}
