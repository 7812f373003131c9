//! `communique subscribers …`: importing a CSV file (every row checked first), listing,
//! exporting and removing.

use std::path::Path;

pub use communique_store::normalize_email;
use communique_store::{Parsed, SqliteStore, Store};

use crate::cli::SubscribersCommand;
use crate::report::Failure;

/// Large enough for millions of subscribers; a larger file is surely a mistake.
const MAX_CSV_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Reads and checks a subscriber CSV file (header row; columns email, name, lang; others kept).
pub fn parse_csv(path: &Path) -> Result<Parsed, Failure> {
    // Spreadsheet programs write "CSV UTF-8" with a byte-order mark: accepted here.
    let text = crate::text_file::read(path, MAX_CSV_BYTES, true).map_err(|f| match f {
        Failure::Input { path, problem } => csv_failure(&path, &problem),
        other => other,
    })?;
    let source = format!(
        "import:{}",
        path.file_name()
            .map_or("csv".into(), |n| n.to_string_lossy())
    );
    communique_store::parse_subscribers_csv(&text, &source).map_err(|p| csv_failure(path, &p))
}

fn csv_failure(path: &Path, problem: &str) -> Failure {
    Failure::Csv {
        path: path.to_path_buf(),
        problems: vec![problem.to_owned()],
        imported: None,
    }
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
            let email = normalize_email(email).map_err(|e| Failure::Usage(e.to_string()))?;
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
