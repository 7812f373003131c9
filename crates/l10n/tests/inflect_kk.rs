//! Kazakh case forms by rule, against a table of referenced forms (`tests/data/kk-forms.tsv`)
//! and against the hand-written country forms (`locales/kk/countries.ftl`).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use communique_l10n::inflect::InflectError;
use communique_l10n::inflect::kk::KkRules;
use communique_model::Case;

fn manifest(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn rules() -> KkRules {
    let path = manifest("../../locales/kk/inflection.toml");
    let src = fs::read_to_string(&path).expect("read inflection.toml");
    KkRules::parse("locales/kk/inflection.toml", &src).expect("parse inflection.toml")
}

fn show(r: &Result<String, InflectError>) -> String {
    match r {
        Ok(s) => s.clone(),
        Err(e) => format!("refused ({e})"),
    }
}

#[test]
fn every_row_of_the_referenced_table() {
    let r = rules();
    let text = fs::read_to_string(manifest("tests/data/kk-forms.tsv")).expect("read kk-forms.tsv");
    // The header lists each reference as `# tag  citation`; every row must cite listed tags.
    let tags: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols[..] == ["nominative", "case", "expected", "reference"] {
            continue;
        }
        let [nominative, code, expected, reference] = cols[..] else {
            failures.push(format!(
                "line {line_no}: not four tab-separated columns: {line:?}"
            ));
            continue;
        };
        if reference.trim().is_empty() {
            failures.push(format!("line {line_no}: no reference"));
        }
        for tag in reference.split(';') {
            // A tag may carry a note in parentheses: `dz-soft (vowel inserted)`.
            let tag = tag.split_whitespace().next().unwrap_or("");
            if !tags.contains(&tag) {
                failures.push(format!(
                    "line {line_no}: reference `{tag}` is not in the header"
                ));
            }
        }
        let Some(c) = Case::from_code(code) else {
            failures.push(format!("line {line_no}: unknown case `{code}`"));
            continue;
        };
        rows += 1;
        let got = r.form(nominative, c);
        let ok = common::row_ok(&got, expected);
        if !ok {
            failures.push(format!(
                "line {line_no}: {nominative} {code}: expected {expected}, got {}",
                show(&got)
            ));
        }
    }
    assert!(rows >= 300, "the table has {rows} rows, fewer than 300");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Where the rules give a form for a country name, it must be the form written by hand.
#[test]
fn rules_agree_with_the_hand_written_country_forms() {
    let r = rules();
    let text = fs::read_to_string(manifest("../../locales/kk/countries.ftl")).expect("read ftl");
    let mut name: Option<String> = None;
    let mut checked = 0;
    let mut refused = Vec::new();
    let mut failures = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("country-") {
            name = rest.split_once(" = ").map(|(_, n)| n.trim().to_owned());
            continue;
        }
        let Some(nom) = &name else { continue };
        let Some((attr, form)) = line
            .trim()
            .strip_prefix('.')
            .and_then(|l| l.split_once(" = "))
        else {
            continue;
        };
        let Some(c) = Case::from_code(attr) else {
            continue;
        };
        let got = r.form(nom, c);
        if let Err(e) = &got {
            refused.push(e.to_string());
        }
        if let Ok(got) = got {
            checked += 1;
            if got != form.trim() {
                failures.push(format!("{nom} {attr}: hand-written {form}, rules {got}"));
            }
        }
    }
    // Refusals are allowed (the hand-written forms stay); print them for whoever extends the rules.
    eprintln!(
        "{checked} country forms computed, {} refused:",
        refused.len()
    );
    for e in &refused {
        eprintln!("  {e}");
    }
    assert!(checked > 500, "only {checked} country forms were computed");
    assert!(
        failures.is_empty(),
        "the rules and countries.ftl disagree (fix the form, or add an exception to \
         locales/kk/inflection.toml):\n{}",
        failures.join("\n")
    );
}
