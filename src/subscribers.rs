//! `communique subscribers …`: importing a CSV file (every row checked first), listing,
//! exporting and removing.
//!
//! An import reads its file twice, a row at a time, and never holds it whole: once to check
//! every row (and find addresses that repeat), then to hand the good rows to the store in
//! batches, all in one transaction. A million rows take the memory of a few thousand.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};

pub use communique_store::normalize_email;
use communique_store::{
    AnyStore, ImportSource, NewSubscriber, Repeats, Store, StoreError, SubscriberCsv,
};

use crate::cli::SubscribersCommand;
use crate::report::{Failure, Imported};
use crate::text_file::Utf8Reader;

/// Large enough for millions of subscribers; a larger file is surely a mistake.
const MAX_CSV_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// Rows handed to the store at a time.
const ROWS_PER_BATCH: usize = 5000;

type Rows = SubscriberCsv<Utf8Reader<File>>;

/// Opens a subscriber CSV file (header row; columns email, name, lang; others kept) and checks
/// its header. Spreadsheet programs write "CSV UTF-8" with a byte-order mark: accepted here.
fn open_csv(path: &Path) -> Result<Rows, Failure> {
    let read = |source| Failure::Read {
        path: path.to_path_buf(),
        source,
    };
    let len = std::fs::metadata(path).map_err(read)?.len();
    if len > MAX_CSV_BYTES {
        return Err(csv_failure(
            path,
            &format!("the file is {len} bytes; at most {MAX_CSV_BYTES} are accepted"),
        ));
    }
    let file = File::open(path).map_err(read)?;
    let source = format!(
        "import:{}",
        path.file_name()
            .map_or("csv".into(), |n| n.to_string_lossy())
    );
    SubscriberCsv::new(Utf8Reader::new(file), &source).map_err(|p| csv_failure(path, &p))
}

fn csv_failure(path: &Path, problem: &str) -> Failure {
    Failure::Csv {
        path: path.to_path_buf(),
        problems: vec![problem.to_owned()],
        imported: Imported::NotRead,
    }
}

/// A subscriber file read and checked, not yet imported: how many good rows, and its problems.
pub struct Checked {
    path: PathBuf,
    /// How many rows an import takes.
    pub good: usize,
    /// The lines an import leaves out.
    refused: HashSet<u64>,
    problems: Vec<String>,
    /// The SHA-256 of the file as it was checked: the import reads the same bytes, or nothing.
    digest: [u8; 32],
}

impl Checked {
    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The good rows, all in memory (for a dry run's preview).
    pub fn read_rows(&self) -> Result<Vec<NewSubscriber>, Failure> {
        let mut source = self.source()?;
        let mut rows = Vec::with_capacity(self.good);
        loop {
            let batch = source
                .next_batch()
                .map_err(|p| csv_failure(&self.path, &p))?;
            if batch.is_empty() {
                return Ok(rows);
            }
            rows.extend(batch);
        }
    }

    /// The good rows, read again a batch at a time.
    fn source(&self) -> Result<FileRows<'_>, Failure> {
        Ok(FileRows {
            rows: open_csv(&self.path)?,
            checked: self,
        })
    }
}

const CHANGED: &str =
    "the file changed after it was checked: nothing was imported; run the command again";

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

/// Reads and checks a subscriber file, a row at a time; unless `bad` is `Skip`, any bad row is
/// an error (and nothing will be imported).
pub fn check(path: &Path, bad: BadRows) -> Result<Checked, Failure> {
    let mut rows = open_csv(path)?;
    let mut problems: BTreeMap<u64, String> = BTreeMap::new();
    let mut repeats = Repeats::default();
    let mut good = 0;
    while let Some(row) = rows.next_row().map_err(|p| csv_failure(path, &p))? {
        if let Some(email) = &row.email {
            repeats.add(email, row.line, row.row.is_ok());
        }
        match row.row {
            Ok(_) => good += 1,
            Err(problem) => add_problem(&mut problems, row.line, problem),
        }
    }
    let digest = rows.input().digest();
    // Only when two addresses may be the same is the file read again, for those rows alone.
    let candidates: HashSet<u64> = repeats.candidates().into_iter().collect();
    if !candidates.is_empty() {
        let mut emails = HashMap::new();
        let mut rows = open_csv(path)?;
        while let Some(row) = rows.next_row().map_err(|p| csv_failure(path, &p))? {
            if let (true, Some(email)) = (candidates.contains(&row.line), row.email) {
                emails.insert(row.line, email);
            }
        }
        for r in repeats.resolve(&emails) {
            if !problems.contains_key(&r.line) {
                good -= 1;
            }
            let problem = format!("`{}` already appears on line {}", r.email, r.first);
            add_problem(&mut problems, r.line, problem);
        }
    }
    let refused = problems.keys().copied().collect();
    let problems: Vec<String> = problems
        .into_iter()
        .map(|(line, problem)| format!("line {line}: {problem}"))
        .collect();
    let why = match bad {
        BadRows::Skip => None,
        BadRows::Strict => Some("--strict"),
        BadRows::Publish => Some("publish sends to a whole file or not at all"),
    };
    if let (Some(why), false) = (why, problems.is_empty()) {
        return Err(Failure::Csv {
            path: path.to_path_buf(),
            problems,
            imported: Imported::Refused(why),
        });
    }
    Ok(Checked {
        path: path.to_path_buf(),
        good,
        refused,
        problems,
        digest,
    })
}

fn add_problem(problems: &mut BTreeMap<u64, String>, line: u64, problem: String) {
    problems
        .entry(line)
        .and_modify(|p| {
            p.push_str("; ");
            p.push_str(&problem);
        })
        .or_insert(problem);
}

/// The good rows of a checked file, read again for the store a batch at a time. A file that
/// does not read as it did at the check (the same bytes, by their digest at the end; a row
/// refused now that was good then, at once) abandons the import.
struct FileRows<'c> {
    rows: Rows,
    checked: &'c Checked,
}

impl ImportSource for FileRows<'_> {
    fn next_batch(&mut self) -> Result<Vec<NewSubscriber>, String> {
        let changed = || CHANGED.to_owned();
        let mut batch = Vec::with_capacity(ROWS_PER_BATCH);
        while batch.len() < ROWS_PER_BATCH {
            let Some(row) = self.rows.next_row()? else {
                // The end: what was read must be what was checked, before anything is committed.
                if self.rows.input().digest() != self.checked.digest {
                    return Err(changed());
                }
                break;
            };
            match (row.row, self.checked.refused.contains(&row.line)) {
                (Ok(subscriber), false) => batch.push(subscriber),
                (_, true) => {}
                (Err(_), false) => return Err(changed()),
            }
        }
        Ok(batch)
    }
}

/// Imports the good rows of a checked file; its bad rows (if not strict) are then reported.
pub async fn import_checked(
    store: &AnyStore,
    checked: Checked,
    list: &str,
) -> Result<communique_store::ImportReport, Failure> {
    let mut source = checked.source()?;
    let report = store
        .import_from(list, &mut source)
        .await
        .map_err(|e| match e {
            StoreError::Rows(problem) => csv_failure(&checked.path, &problem),
            e => Failure::Store(e),
        })?;
    if !checked.problems.is_empty() {
        return Err(Failure::Csv {
            path: checked.path,
            problems: checked.problems,
            imported: Imported::Good(checked.good),
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
    use super::*;

    /// Checks a two-row file, rewrites it as `now` (keeping its time if `keep_time`), imports
    /// what was checked, and asserts that the import refused the changed file and imported
    /// nothing.
    async fn checked_then_changed(name: &str, now: &str, keep_time: bool) {
        let dir = std::env::temp_dir().join(format!("communique-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let csv = dir.join("readers.csv");
        std::fs::write(
            &csv,
            "email,name,lang\na@example.org,A,kk\nb@example.org,B,ru\n",
        )
        .unwrap();
        let when = std::fs::metadata(&csv).unwrap().modified().unwrap();
        let store = crate::store::open(&dir.join("store.db")).await.unwrap();
        let checked = check(&csv, BadRows::Strict).unwrap();
        assert_eq!(checked.good, 2);
        std::fs::write(&csv, now).unwrap();
        if keep_time {
            let file = std::fs::File::options().write(true).open(&csv).unwrap();
            file.set_modified(when).unwrap();
        }
        let failure = import_checked(&store, checked, "readers")
            .await
            .unwrap_err();
        assert!(failure.to_string().contains("readers.csv"), "{failure}");
        let Failure::Csv { problems, .. } = failure else {
            panic!("not a CSV failure");
        };
        assert_eq!(problems, vec![CHANGED.to_owned()]);
        assert!(
            store.subscribers(None).await.unwrap().is_empty(),
            "nothing imported"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The import reads the file again after the check: if it changed meanwhile, what it holds
    /// now was never checked, and nothing of it may be imported.
    #[tokio::test]
    async fn a_file_that_changed_after_its_check_imports_nothing() {
        let now = "email,name,lang\na@example.org,A,kk\nnot an address,C,xx\n";
        checked_then_changed("changed", now, false).await;
    }

    /// A change that keeps the file's size and time (`cp -p`, `rsync -t`) is still seen: the
    /// import must read the very bytes that were checked. Here the second row now repeats the
    /// first, which the check would have refused.
    #[tokio::test]
    async fn a_file_changed_behind_its_size_and_time_imports_nothing() {
        let now = "email,name,lang\na@example.org,A,kk\na@example.org,B,ru\n";
        checked_then_changed("same-stamp", now, true).await;
    }

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
