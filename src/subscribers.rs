//! `communique subscribers …`: importing a CSV file (every row checked first), listing,
//! exporting and removing.

use std::collections::HashMap;
use std::path::Path;

use communique_model::Lang;
use communique_store::{NewSubscriber, SqliteStore, Store};

use crate::cli::SubscribersCommand;
use crate::report::Failure;

/// A row of the file that cannot be imported, by its line number.
#[derive(Debug)]
pub struct BadRow {
    pub line: u64,
    pub problem: String,
}

/// Every good row, and every bad one with its line.
pub struct Parsed {
    pub rows: Vec<NewSubscriber>,
    pub bad: Vec<BadRow>,
}

/// The email as stored: trimmed and lower case, if it is an address at all.
pub fn normalize_email(raw: &str) -> Result<String, String> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err("the email is empty".into());
    }
    match email.parse::<lettre::Address>() {
        Ok(_) if email.contains('.') => Ok(email),
        _ => Err(format!("`{}` is not an email address", raw.trim())),
    }
}

/// Reads and checks a subscriber CSV file (header row; columns email, name, lang; others kept).
pub fn parse_csv(path: &Path) -> Result<Parsed, Failure> {
    let bytes = std::fs::read(path).map_err(|source| Failure::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = decode(path, &bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_failure(path, &e.to_string()))?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    for required in ["email", "name", "lang"] {
        if !headers.iter().any(|h| h == required) {
            return Err(csv_failure(
                path,
                &format!(
                    "line 1: the header row needs an `{required}` column (found: {})",
                    headers.join(", ")
                ),
            ));
        }
    }
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let (ce, cn, cl) = (col("email"), col("name"), col("lang"));
    let source = format!(
        "import:{}",
        path.file_name()
            .map_or("csv".into(), |n| n.to_string_lossy())
    );
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
            .map_err(|e| problems.push(e))
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
                    consent_source: source.clone(),
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

fn csv_failure(path: &Path, problem: &str) -> Failure {
    Failure::Csv {
        path: path.to_path_buf(),
        problems: vec![problem.to_owned()],
        imported: None,
    }
}

/// The file as UTF-8 text; other encodings are refused with what to do.
fn decode(path: &Path, bytes: &[u8]) -> Result<String, Failure> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(csv_failure(
            path,
            "the file is UTF-16: save it as UTF-8 (CSV UTF-8 in spreadsheet programs)",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        csv_failure(
            path,
            &format!(
                "line {line}: the file is not UTF-8 (Latin-1 or Windows-1251?): save it as UTF-8"
            ),
        )
    })
}

/// Checks and imports; with `strict`, nothing is imported if any row is bad.
pub async fn import(
    store: &SqliteStore,
    path: &Path,
    list: &str,
    strict: bool,
) -> Result<communique_store::ImportReport, Failure> {
    let parsed = parse_csv(path)?;
    let problems: Vec<String> = parsed
        .bad
        .iter()
        .map(|b| format!("line {}: {}", b.line, b.problem))
        .collect();
    if !problems.is_empty() && strict {
        return Err(Failure::Csv {
            path: path.to_path_buf(),
            problems,
            imported: Some(0),
        });
    }
    let report = store
        .import(list, &parsed.rows)
        .await
        .map_err(Failure::Store)?;
    if !problems.is_empty() {
        return Err(Failure::Csv {
            path: path.to_path_buf(),
            problems,
            imported: Some(parsed.rows.len()),
        });
    }
    Ok(report)
}

pub async fn run(store: &SqliteStore, command: &SubscribersCommand) -> Result<(), Failure> {
    match command {
        SubscribersCommand::Import { file, list, strict } => {
            let r = import(store, file, list, *strict).await?;
            println!(
                "{}: {} added, {} updated, {} unchanged, {} newly on the list `{list}`",
                file.display(),
                r.added,
                r.updated,
                r.unchanged,
                r.joined
            );
        }
        SubscribersCommand::List { list } => {
            let subs = store
                .subscribers(list.as_deref())
                .await
                .map_err(Failure::Store)?;
            for s in &subs {
                println!("{}\t{}\t{}\t{}", s.email, s.lang, s.status.as_str(), s.name);
            }
            eprintln!(
                "{} subscriber{}",
                subs.len(),
                if subs.len() == 1 { "" } else { "s" }
            );
        }
        SubscribersCommand::Export { list } => {
            let subs = store
                .subscribers(list.as_deref())
                .await
                .map_err(Failure::Store)?;
            let mut extra: Vec<String> = subs
                .iter()
                .flat_map(|s| s.attributes.keys().cloned())
                .collect();
            extra.sort();
            extra.dedup();
            let mut w = csv::Writer::from_writer(std::io::stdout());
            let mut header = vec![
                "email".to_owned(),
                "name".into(),
                "lang".into(),
                "status".into(),
            ];
            header.extend(extra.iter().cloned());
            let io = |e: csv::Error| Failure::Write {
                path: "stdout".into(),
                source: std::io::Error::other(e),
            };
            w.write_record(&header).map_err(io)?;
            for s in &subs {
                let mut row = vec![
                    s.email.clone(),
                    s.name.clone(),
                    s.lang.code().to_owned(),
                    s.status.as_str().to_owned(),
                ];
                row.extend(extra.iter().map(|k| {
                    s.attributes
                        .get(k)
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_owned()
                }));
                w.write_record(&row).map_err(io)?;
            }
            w.flush().map_err(|e| Failure::Write {
                path: "stdout".into(),
                source: e,
            })?;
        }
        SubscribersCommand::Remove { email } => {
            let email = normalize_email(email).map_err(Failure::Usage)?;
            if store
                .remove_subscriber(&email)
                .await
                .map_err(Failure::Store)?
            {
                println!("{email} was removed from every list and will not be mailed again");
            } else {
                return Err(Failure::Usage(format!("no subscriber {email}")));
            }
        }
    }
    Ok(())
}
