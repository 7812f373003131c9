//! Checks every row of `tests/data/ru-names.tsv` against the shipped Russian rules, and prints
//! all failures at once so that a rule change shows its whole effect.

use std::path::Path;

use communique_l10n::inflect::InflectError;
use communique_l10n::inflect::ru::RuRules;
use communique_model::{Case, Gender};

fn case(code: &str) -> Case {
    match code {
        "nom" => Case::Nom,
        "gen" => Case::Gen,
        "dat" => Case::Dat,
        "acc" => Case::Acc,
        "ins" => Case::Ins,
        "prep" => Case::Prep,
        "loc" => Case::Loc,
        "abl" => Case::Abl,
        other => panic!("unknown case `{other}` in the table"),
    }
}

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
    let mut header_seen = false;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            assert!(
                line.starts_with("nominative\t"),
                "the first row names the columns"
            );
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "line {}: five columns", n + 1);
        let (nom, gender, code, expected) = (cols[0], cols[1], cols[2], cols[3]);
        let got = match gender {
            "m" => rules.person(nom, Gender::M, case(code)),
            "f" => rules.person(nom, Gender::F, case(code)),
            "-" => rules.phrase(nom, case(code)),
            other => panic!("line {}: unknown gender `{other}`", n + 1),
        };
        checked += 1;
        let ok = match (&got, expected) {
            (Err(InflectError::Unknown { .. }), "unknown") => true,
            (Ok(form), want) => form == want,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "line {}: {nom} ({gender}) {code}: want {expected:?}, got {got:?}",
                n + 1
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
