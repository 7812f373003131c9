//! Checks every row of `tests/data/ru-names.tsv` against the shipped Russian rules, and prints
//! all failures at once so that a rule change shows its whole effect.

mod common;

use std::path::Path;

use communique_l10n::inflect::ru::RuRules;
use communique_model::Gender;

#[test]
fn every_row_of_the_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules_path = root.join("../../locales/ru/inflection.toml");
    let src = std::fs::read_to_string(&rules_path).expect("read locales/ru/inflection.toml");
    let rules = RuRules::parse("locales/ru/inflection.toml", &src).expect("the rules parse");
    let table =
        std::fs::read_to_string(root.join("tests/data/ru-names.tsv")).expect("read the table");

    let mut failures = Vec::new();
    let mut checked = 0;
    for (line_no, cols) in common::rows(&table, "nominative\t", 5) {
        let (nom, gender, code, expected) = (cols[0], cols[1], cols[2], cols[3]);
        let got = match gender {
            "m" => rules.person(nom, Gender::M, common::case(code)),
            "f" => rules.person(nom, Gender::F, common::case(code)),
            "-" => rules.phrase(nom, common::case(code)),
            other => panic!("line {}: unknown gender `{other}`", line_no),
        };
        checked += 1;
        let ok = common::row_ok(&got, expected);
        if !ok {
            failures.push(format!(
                "line {}: {nom} ({gender}) {code}: want {expected:?}, got {got:?}",
                line_no
            ));
        }
    }
    assert!(
        checked >= 300,
        "the table has {checked} rows, fewer than 300"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
