//! Checks every row of `tests/data/ru-places.tsv` against the shipped Russian rules
//! (`RuRules::place`), and prints all failures at once so that a rule change shows its whole
//! effect.

use std::collections::HashSet;
use std::path::Path;

use communique_l10n::inflect::InflectError;
use communique_l10n::inflect::ru::RuRules;
use communique_model::Case;

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
    let mut header_seen = false;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            assert!(
                line.starts_with("nominative\tcase\t"),
                "the first row names the columns"
            );
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "line {}: four columns", n + 1);
        let (nom, code, expected, reference) = (cols[0], cols[1], cols[2], cols[3]);
        assert!(!reference.is_empty(), "line {}: a reference", n + 1);
        let got = rules.place(nom, case(code));
        checked += 1;
        places.insert(nom);
        let ok = match (&got, expected) {
            (Err(InflectError::Unknown { .. }), "unknown") => true,
            (Ok(form), want) => form == want,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "line {}: {nom} {code}: want {expected:?}, got {got:?}",
                n + 1
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
