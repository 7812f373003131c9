//! Subscriber files: CSV with a header row (email, name, lang; other columns kept as
//! attributes), read a row at a time, every row checked, every problem reported by its line.
//!
//! Why a row at a time: a file of a million subscribers held whole took 400 MiB. What must see
//! the whole file (an address that appears twice) keeps 16 bytes a row ([`Repeats`]).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Read;

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

/// One row as read.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvRow {
    /// Its line (the header is line 1).
    pub line: u64,
    /// Its address, normalized, when it is one: also for a row refused for another reason, so
    /// that a later row with the same address is told apart from a new one.
    pub email: Option<String>,
    /// The subscriber, or what is wrong with the row (its problems joined by `; `).
    pub row: Result<NewSubscriber, String>,
}

/// A subscriber file being read: its header checked, its rows one at a time.
pub struct SubscriberCsv<R: Read> {
    reader: csv::Reader<R>,
    headers: Vec<String>,
    email: usize,
    name: usize,
    lang: usize,
    source: String,
    record: csv::StringRecord,
}

impl<R: Read> SubscriberCsv<R> {
    /// Reads and checks the header row; `source` is recorded as where consent came from. A
    /// file-level problem (no usable header) is an `Err`.
    pub fn new(input: R, source: &str) -> Result<SubscriberCsv<R>, String> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .trim(csv::Trim::All)
            .from_reader(input);
        let headers: Vec<String> = reader
            .headers()
            .map_err(describe)?
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
        let (email, name, lang) = (col("email"), col("name"), col("lang"));
        Ok(SubscriberCsv {
            reader,
            headers,
            email,
            name,
            lang,
            source: source.to_owned(),
            record: csv::StringRecord::new(),
        })
    }

    /// What the rows are read from.
    pub fn input(&self) -> &R {
        self.reader.get_ref()
    }

    /// The next row, checked; `None` at the end. An `Err` is a file that cannot be read on
    /// (the reader's error: a read failed, or the text is not UTF-8), not a bad row.
    pub fn next_row(&mut self) -> Result<Option<CsvRow>, String> {
        match self.reader.read_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => Ok(Some(self.check())),
            Err(e) if e.is_io_error() => Err(describe(e)),
            Err(e) => Ok(Some(CsvRow {
                line: e.position().map_or(0, |p| p.line()),
                email: None,
                row: Err(e.to_string()),
            })),
        }
    }

    fn check(&self) -> CsvRow {
        let record = &self.record;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("");
        let mut problems = Vec::new();
        let email = normalize_email(field(self.email))
            .map_err(|e| problems.push(e.to_string()))
            .ok();
        let lang = field(self.lang)
            .parse::<Lang>()
            .map_err(|e| problems.push(e.to_string()))
            .ok();
        let name = field(self.name).to_owned();
        if name.chars().any(communique_model::forbidden_char) {
            problems.push("the name contains a line break or another control character".into());
        }
        let mut attributes = serde_json::Map::new();
        for (i, h) in self.headers.iter().enumerate() {
            if i != self.email && i != self.name && i != self.lang {
                let v = field(i);
                if v.chars().any(communique_model::forbidden_char) {
                    problems.push(format!("the `{h}` column contains a control character"));
                }
                attributes.insert(h.clone(), serde_json::Value::String(v.to_owned()));
            }
        }
        let row = match (&email, lang, problems.is_empty()) {
            (Some(email), Some(lang), true) => Ok(NewSubscriber {
                email: email.clone(),
                name,
                lang,
                attributes,
                consent_source: self.source.clone(),
            }),
            _ => Err(problems.join("; ")),
        };
        CsvRow { line, email, row }
    }
}

/// The reader's own words for an I/O error (ours name the line and column), csv's for others.
fn describe(e: csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) => io.to_string(),
        _ => e.to_string(),
    }
}

/// Addresses that appear on more than one row, found without keeping the addresses: each row
/// is kept as a 64-bit hash of its address and its line, and only rows whose hashes meet are
/// compared by address (which the caller reads again: [`Repeats::candidates`]).
#[derive(Debug, Default)]
pub struct Repeats {
    /// Hash, line, and whether the row is good: 16 bytes.
    rows: Vec<(u64, u32, bool)>,
}

/// A row that repeats the address of an earlier good row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// The repeating row's line.
    pub line: u64,
    /// The address.
    pub email: String,
    /// The line of the first good row with it.
    pub first: u64,
}

fn hash(email: &str) -> u64 {
    // A fixed hash (SipHash with zero keys): the same address hashes the same in every pass.
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    email.hash(&mut h);
    h.finish()
}

impl Repeats {
    /// Notes a row with an address; `good` when nothing else is wrong with it.
    pub fn add(&mut self, email: &str, line: u64, good: bool) {
        // A file of at most 4 GiB has fewer lines than a u32 counts.
        self.rows
            .push((hash(email), u32::try_from(line).unwrap_or(u32::MAX), good));
    }

    /// The lines whose addresses must be compared: those whose hash another row shares.
    /// Empty (and no second reading needed) when no address can repeat.
    pub fn candidates(&mut self) -> Vec<u64> {
        self.rows.sort_unstable();
        let mut lines: Vec<u64> = self
            .rows
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|group| group.len() > 1)
            .flat_map(|group| group.iter().map(|r| u64::from(r.1)))
            .collect();
        lines.sort_unstable();
        lines
    }

    /// The repeats, given the addresses of the candidates' lines, by line: every row after the
    /// first good one with the same address (a row before it repeats nothing imported).
    pub fn resolve(self, emails: &HashMap<u64, String>) -> Vec<Repeat> {
        let mut by_email: HashMap<&str, Vec<(u64, bool)>> = HashMap::new();
        for (_, line, good) in &self.rows {
            let line = u64::from(*line);
            if let Some(email) = emails.get(&line) {
                by_email.entry(email).or_default().push((line, *good));
            }
        }
        let mut repeats: Vec<Repeat> = Vec::new();
        for (email, mut rows) in by_email {
            rows.sort_unstable();
            let Some(first) = rows.iter().find(|r| r.1).map(|r| r.0) else {
                continue;
            };
            repeats.extend(rows.iter().filter(|r| r.0 > first).map(|r| Repeat {
                line: r.0,
                email: email.to_owned(),
                first,
            }));
        }
        repeats.sort_unstable_by_key(|r| r.line);
        repeats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<CsvRow> {
        let mut csv = SubscriberCsv::new(text.as_bytes(), "test").unwrap();
        std::iter::from_fn(|| csv.next_row().unwrap()).collect()
    }

    #[test]
    fn rows_are_checked_one_at_a_time_with_their_lines() {
        let got = rows("email,name,lang,city\na@example.org,A,kk,Astana\nnot-an-address,B,xx,\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].line, 2);
        let a = got[0].row.as_ref().unwrap();
        assert_eq!((a.email.as_str(), a.lang), ("a@example.org", Lang::Kk));
        assert_eq!(a.attributes["city"], "Astana");
        assert_eq!(got[1].line, 3);
        let problem = got[1].row.as_ref().unwrap_err();
        assert!(problem.contains("; "), "both problems: {problem}");
    }

    #[test]
    fn a_header_without_the_needed_columns_is_refused() {
        let e = SubscriberCsv::new("email,name\n".as_bytes(), "t")
            .err()
            .unwrap();
        assert_eq!(
            e,
            "line 1: the header row needs an `lang` column (found: email, name)"
        );
    }

    #[test]
    fn repeats_are_found_by_address_after_the_first_good_row() {
        let mut r = Repeats::default();
        let lines = [
            (2, "a@x.org", false),
            (3, "a@x.org", true),
            (4, "b@x.org", true),
            (5, "a@x.org", true),
        ];
        for (line, email, good) in lines {
            r.add(email, line, good);
        }
        let candidates = r.candidates();
        assert_eq!(candidates, vec![2, 3, 5]);
        let emails: HashMap<u64, String> = lines
            .iter()
            .filter(|l| candidates.contains(&l.0))
            .map(|l| (l.0, l.1.to_owned()))
            .collect();
        assert_eq!(
            r.resolve(&emails),
            vec![Repeat {
                line: 5,
                email: "a@x.org".into(),
                first: 3
            }]
        );
    }

    #[test]
    fn rows_whose_hashes_meet_but_addresses_differ_repeat_nothing() {
        let mut r = Repeats::default();
        r.add("a@x.org", 2, true);
        r.add("b@x.org", 3, true);
        // As if the two hashes had met: the addresses decide.
        r.rows[1].0 = r.rows[0].0;
        let candidates = r.candidates();
        assert_eq!(candidates, vec![2, 3]);
        let emails = HashMap::from([(2, "a@x.org".to_owned()), (3, "b@x.org".to_owned())]);
        assert!(r.resolve(&emails).is_empty());
    }
}
