//! `communique subscribers …`: importing a CSV file (every row checked first), listing,
//! exporting and removing.

use std::path::Path;

pub use communique_store::normalize_email;
use communique_store::{AnyStore, NewSubscriber, Parsed, Store};

use crate::cli::SubscribersCommand;
use crate::report::{Failure, Imported};

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
        imported: Imported::NotRead,
    }
}

/// A subscriber file read and checked, not yet imported: its good rows and its problems.
pub struct Checked {
    path: std::path::PathBuf,
    /// The rows to import.
    pub rows: Vec<NewSubscriber>,
    problems: Vec<String>,
}

impl Checked {
    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// What a file with bad rows gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadRows {
    /// Its good rows are imported, its bad ones listed.
    Skip,
    /// Nothing is imported (`subscribers import --strict`).
    Strict,
    /// Nothing is imported: `publish` sends to a whole file or not at all.
    Publish,
}

/// Reads and checks a subscriber file; unless `bad` is `Skip`, any bad row is an error (and
/// nothing will be imported).
pub fn check(path: &Path, bad: BadRows) -> Result<Checked, Failure> {
    let parsed = parse_csv(path)?;
    let problems: Vec<String> = parsed
        .bad
        .iter()
        .map(|b| format!("line {}: {}", b.line, b.problem))
        .collect();
    let refused = match bad {
        BadRows::Skip => None,
        BadRows::Strict => Some("--strict"),
        BadRows::Publish => Some("publish sends to a whole file or not at all"),
    };
    if let (Some(why), false) = (refused, problems.is_empty()) {
        return Err(Failure::Csv {
            path: path.to_path_buf(),
            problems,
            imported: Imported::Refused(why),
        });
    }
    Ok(Checked {
        path: path.to_path_buf(),
        rows: parsed.rows,
        problems,
    })
}

/// Imports the good rows of a checked file; its bad rows (if not strict) are then reported.
pub async fn import_checked(
    store: &AnyStore,
    checked: Checked,
    list: &str,
) -> Result<communique_store::ImportReport, Failure> {
    let report = store
        .import(list, &checked.rows)
        .await
        .map_err(Failure::Store)?;
    if !checked.problems.is_empty() {
        return Err(Failure::Csv {
            path: checked.path,
            problems: checked.problems,
            imported: Imported::Good(checked.rows.len()),
        });
    }
    Ok(report)
}

/// Checks and imports; with `strict`, nothing is imported if any row is bad.
pub async fn import(
    store: &AnyStore,
    path: &Path,
    list: &str,
    strict: bool,
) -> Result<communique_store::ImportReport, Failure> {
    let bad = if strict {
        BadRows::Strict
    } else {
        BadRows::Skip
    };
    import_checked(store, check(path, bad)?, list).await
}

/// A cell as exported: one that a spreadsheet would take for a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return: OWASP's "CSV injection") gets a leading `'`, which
/// spreadsheets show as text. Names come from the public form, so an export opened in a
/// spreadsheet must not run what someone typed there. The store keeps the value as entered.
fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// One record, every cell made `spreadsheet_safe`.
fn write_safe<'a, W: std::io::Write>(
    w: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = &'a str>,
) -> csv::Result<()> {
    for cell in cells {
        w.write_field(spreadsheet_safe(cell).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)
}

/// False for the commands that only read the store (they open it read-only).
pub fn writes(command: &SubscribersCommand) -> bool {
    matches!(
        command,
        SubscribersCommand::Import { .. } | SubscribersCommand::Remove { .. }
    )
}

pub async fn run(store: &AnyStore, command: &SubscribersCommand) -> Result<(), Failure> {
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
            write_safe(&mut w, header.iter().map(String::as_str)).map_err(io)?;
            for s in &subs {
                let mut row = vec![
                    s.email.as_str(),
                    s.name.as_str(),
                    s.lang.code(),
                    s.status.as_str(),
                ];
                row.extend(
                    extra
                        .iter()
                        .map(|k| s.attributes.get(k).and_then(|v| v.as_str()).unwrap_or("")),
                );
                write_safe(&mut w, row).map_err(io)?;
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

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn cells_a_spreadsheet_would_run_are_exported_as_text() {
        for formula in [
            "=HYPERLINK(\"https://evil.example\",\"x\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        for plain in ["Ana", "ana@example.org", "", "a=b", "1+1", "'quoted"] {
            assert_eq!(spreadsheet_safe(plain), plain);
        }
    }
}
