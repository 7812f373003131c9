//! The city names of `locales/*/cities.ftl`: the same codes in every language, in the same
//! order, plain values, and every Russian and Kazakh case form either written out as an
//! attribute or computed by the rules (`Inflector::form`, `Noun::Place`) without a refusal.

mod common;

use communique_l10n::LocaleFiles;
use communique_l10n::inflect::{Inflector, Noun};
use communique_model::{Case, Lang};

const FILE: &str = "cities.ftl";

/// One `city-…` message as the line scan reads it.
struct City {
    id: String,
    line: usize,
    value: String,
    /// `(attribute name, value, line)`.
    attributes: Vec<(String, String, usize)>,
}

/// The `city-` messages of a file, with the attributes indented below each.
fn scan(text: &str) -> Vec<City> {
    let mut out: Vec<City> = Vec::new();
    let mut open = false;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with("city-") {
            let (id, value) = line
                .split_once(" = ")
                .unwrap_or((line.trim_end_matches('='), ""));
            out.push(City {
                id: id.trim().to_owned(),
                line: n + 1,
                value: value.trim().to_owned(),
                attributes: Vec::new(),
            });
            open = true;
        } else if open && line.starts_with(' ') && line.trim_start().starts_with('.') {
            let attr = line.trim_start().trim_start_matches('.');
            let (name, value) = attr.split_once(" = ").unwrap_or((attr, ""));
            if let Some(city) = out.last_mut() {
                city.attributes
                    .push((name.trim().to_owned(), value.trim().to_owned(), n + 1));
            }
        } else {
            open = false;
        }
    }
    out
}

#[test]
fn every_language_words_the_same_cities_and_every_case_form() {
    let files = LocaleFiles::read_dir(&common::root().join("locales")).expect("read locales/");
    let mut failures = Vec::new();
    let mut reference: Option<Vec<String>> = None;
    for lang in [Lang::En, Lang::Kk, Lang::Ru, Lang::Es] {
        let file = files
            .file(lang, FILE)
            .unwrap_or_else(|| panic!("locales/{lang}/{FILE} is missing"));
        let cities = scan(&file.text);
        let at = |line: usize| format!("{lang}/{FILE}:{line}");
        if let Err((_, errors)) = fluent_syntax::parser::parse(file.text.as_str()) {
            failures.push(format!("{lang}/{FILE}: not valid Fluent: {errors:?}"));
        }
        let inflector = Inflector::load(&files, lang).expect("load the inflection rules");

        let ids: Vec<String> = cities.iter().map(|c| c.id.clone()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        if sorted != ids {
            failures.push(format!(
                "{lang}/{FILE}: the ids are not sorted or not unique"
            ));
        }
        match &reference {
            None => reference = Some(ids),
            Some(en) if *en != ids => {
                let missing: Vec<&String> = en.iter().filter(|i| !ids.contains(i)).collect();
                let extra: Vec<&String> = ids.iter().filter(|i| !en.contains(i)).collect();
                failures.push(format!(
                    "{lang}/{FILE}: not the ids of en/{FILE} (missing {missing:?}, extra {extra:?})"
                ));
            }
            Some(_) => {}
        }

        for city in &cities {
            let code = city.id.strip_prefix("city-").unwrap_or_default();
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                failures.push(format!(
                    "{}: `{}` is not `city-` and a lower-case ASCII code",
                    at(city.line),
                    city.id
                ));
            }
            let plain = |s: &str| !s.is_empty() && !s.contains(['{', '}']);
            if !plain(&city.value) {
                failures.push(format!(
                    "{}: `{}` has an empty value or a placeable",
                    at(city.line),
                    city.id
                ));
            }
            for (name, value, line) in &city.attributes {
                let case = Case::from_code(name);
                if !case.is_some_and(|c| c != Case::Nom && lang.cases().contains(&c)) {
                    failures.push(format!(
                        "{}: `.{name}` is not a case form {lang} declines",
                        at(*line)
                    ));
                }
                if !plain(value) {
                    failures.push(format!(
                        "{}: `.{name}` is empty or has a placeable",
                        at(*line)
                    ));
                }
            }
            for &case in lang.cases().iter().filter(|&&c| c != Case::Nom) {
                if city.attributes.iter().any(|(n, _, _)| n == case.code()) {
                    continue;
                }
                if let Err(e) = inflector.form(&city.value, Noun::Place, case) {
                    failures.push(format!(
                        "{}: `{}` needs `.{case}` ({e})",
                        at(city.line),
                        city.id
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in the city files:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
