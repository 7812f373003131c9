//! Every optional part of an event is optional: for every example event and every property it
//! has, the event without that property is either refused by validation with a JSON path, or
//! writes a correct notice in all four languages (no error, no leak). A resolver error is never
//! an acceptable answer to a missing field.

mod common;

use std::path::{Path, PathBuf};

use communique_l10n::check::check_notice;
use communique_l10n::{L10nError, Locales, localize};
use communique_model::Lang;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every JSON path (as pointer segments) of an object property in `v`.
fn properties(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(k.clone());
                out.push(at.clone());
                properties(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                properties(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn without(v: &Value, path: &[String]) -> Value {
    let mut v = v.clone();
    let (last, parents) = path.split_last().expect("a property path is never empty");
    let mut node = &mut v;
    for seg in parents {
        node = match node {
            Value::Object(m) => m.get_mut(seg).expect("the path exists"),
            Value::Array(a) => &mut a[seg.parse::<usize>().expect("an index")],
            _ => unreachable!("paths run through objects and arrays"),
        };
    }
    if let Value::Object(m) = node {
        m.remove(last);
    }
    v
}

#[test]
fn leaving_out_any_property_never_breaks_a_notice() {
    let locales = Locales::load(&root().join("locales")).unwrap();
    let files = common::example_paths();
    let directory = common::directory();
    let mut failures = Vec::new();
    let (mut accepted, mut refused, mut asked) = (0, 0, 0);
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let event: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let mut paths = Vec::new();
        properties(&event, &mut Vec::new(), &mut paths);
        for path in paths {
            let pointer = format!("/{}", path.join("/"));
            let text = serde_json::to_string_pretty(&without(&event, &path)).unwrap();
            match communique_model::parse_event_with(&text, &[], &directory) {
                Err(errors) => {
                    refused += 1;
                    let report = errors.to_string();
                    let located = errors
                        .problems()
                        .iter()
                        .all(|p| p.at.is_some() && !p.path.to_string().is_empty());
                    if !located {
                        failures.push(format!(
                            "{name} without {pointer}: refused without a path: {report}"
                        ));
                    }
                }
                Ok(e) => {
                    accepted += 1;
                    for lang in Lang::ALL.into_iter().filter(|l| e.languages.contains(l)) {
                        match localize(&locales, &e, lang) {
                            Ok(notice) => {
                                for leak in check_notice(&e, &notice) {
                                    failures
                                        .push(format!("{name} without {pointer} [{lang}]: {leak}"));
                                }
                            }
                            // A case form the rules cannot make is asked for by its path: the
                            // error an author can act on, never a resolver error.
                            Err(err @ L10nError::Grammar { .. })
                                if err.to_string().contains("): add `") =>
                            {
                                asked += 1;
                            }
                            Err(err) => {
                                failures.push(format!("{name} without {pointer} [{lang}]: {err}"))
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        accepted > 50 && refused > 50,
        "accepted {accepted}, refused {refused}"
    );
    println!("accepted {accepted}, refused {refused}, asked for a form {asked}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
