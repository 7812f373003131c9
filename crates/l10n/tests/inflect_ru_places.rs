//! Checks every row of `tests/data/ru-places.tsv` against the shipped Russian rules
//! (`RuRules::place`), and prints all failures at once so that a rule change shows its whole
//! effect.

use std::collections::HashSet;
mod common;

use std::path::Path;

use communique_l10n::inflect::ru::RuRules;

#[test]
fn every_row_of_the_place_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(root.join("../../locales/ru/inflection.toml"))
        .expect("read locales/ru/inflection.toml");
    let rules = RuRules::parse("locales/ru/inflection.toml", &src).expect("the rules parse");
    let table =
        std::fs::read_to_string(root.join("tests/data/ru-places.tsv")).expect("read the table");

    let mut failures = Vec::new();
    let mut checked = 0;
    let mut places = HashSet::new();
    for (line_no, cols) in common::rows(&table, "nominative\tcase\t", 4) {
        let (nom, code, expected, reference) = (cols[0], cols[1], cols[2], cols[3]);
        assert!(!reference.is_empty(), "line {}: a reference", line_no);
        let got = rules.place(nom, common::case(code));
        checked += 1;
        places.insert(nom);
        let ok = common::row_ok(&got, expected);
        if !ok {
            failures.push(format!(
                "line {}: {nom} {code}: want {expected:?}, got {got:?}",
                line_no
            ));
        }
    }
    assert!(
        checked >= 150,
        "the table has {checked} rows, fewer than 150"
    );
    assert!(
        places.len() >= 30,
        "the table has {} places, fewer than 30",
        places.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
