//! Subscriber files: CSV with a header row (email, name, lang; other columns kept as
//! attributes), every row checked, every problem reported by its line.

use std::collections::HashMap;

use communique_model::Lang;

use crate::address::normalize_email;
use crate::types::NewSubscriber;

/// A row of the file that cannot be imported, by its line number (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    /// Line number.
    pub line: u64,
    /// What is wrong.
    pub problem: String,
}

/// Every good row, and every bad one with its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Rows to import.
    pub rows: Vec<NewSubscriber>,
    /// Rows refused.
    pub bad: Vec<BadRow>,
}

/// Reads and checks a subscriber file's text; `source` is recorded as where consent came from.
/// A file-level problem (no usable header) is an `Err`; row problems are in `bad`.
pub fn parse_subscribers_csv(text: &str, source: &str) -> Result<Parsed, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    for required in ["email", "name", "lang"] {
        if !headers.iter().any(|h| h == required) {
            return Err(format!(
                "line 1: the header row needs an `{required}` column (found: {})",
                headers.join(", ")
            ));
        }
    }
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let (ce, cn, cl) = (col("email"), col("name"), col("lang"));
    let mut parsed = Parsed {
        rows: Vec::new(),
        bad: Vec::new(),
    };
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                parsed.bad.push(BadRow {
                    line,
                    problem: e.to_string(),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("");
        let mut problems = Vec::new();
        let email = normalize_email(field(ce))
            .map_err(|e| problems.push(e.to_string()))
            .ok();
        let lang = field(cl)
            .parse::<Lang>()
            .map_err(|e| problems.push(e.to_string()))
            .ok();
        let name = field(cn).to_owned();
        if name.chars().any(communique_model::forbidden_char) {
            problems.push("the name contains a line break or another control character".into());
        }
        if let Some((e, first)) = email.as_ref().and_then(|e| seen.get(e).map(|f| (e, f))) {
            problems.push(format!("`{e}` already appears on line {first}"));
        }
        let mut attributes = serde_json::Map::new();
        for (i, h) in headers.iter().enumerate() {
            if i != ce && i != cn && i != cl {
                let v = field(i);
                if v.chars().any(communique_model::forbidden_char) {
                    problems.push(format!("the `{h}` column contains a control character"));
                }
                attributes.insert(h.clone(), serde_json::Value::String(v.to_owned()));
            }
        }
        match (email, lang, problems.is_empty()) {
            (Some(email), Some(lang), true) => {
                seen.insert(email.clone(), line);
                parsed.rows.push(NewSubscriber {
                    email,
                    name,
                    lang,
                    attributes,
                    consent_source: source.to_owned(),
                });
            }
            _ => parsed.bad.push(BadRow {
                line,
                problem: problems.join("; "),
            }),
        }
    }
    Ok(parsed)
}
