//! What both backends share: reading a stored row into its type, and the few pure functions
//! on stored values. One text per mapping, so that SQLite and PostgreSQL cannot disagree about
//! what a row means.

use communique_model::Lang;
use sqlx::Row;

use crate::schedule::{Job, JobState};
use crate::types::{
    DeliveryState, ImportReport, NewSubscriber, Publication, StatusCounts, Subscriber,
    SubscriberStatus,
};

/// The column reads the mappings need, for either backend's rows.
pub(crate) trait Columns {
    /// A text column.
    fn text(&self, column: &str) -> String;
    /// A text column that may be NULL.
    fn maybe(&self, column: &str) -> Option<String>;
    /// An integer column.
    fn int(&self, column: &str) -> i64;
}

macro_rules! columns {
    ($row:ty) => {
        impl Columns for $row {
            fn text(&self, column: &str) -> String {
                self.get(column)
            }
            fn maybe(&self, column: &str) -> Option<String> {
                self.get(column)
            }
            fn int(&self, column: &str) -> i64 {
                self.get(column)
            }
        }
    };
}

columns!(sqlx::sqlite::SqliteRow);
columns!(sqlx::postgres::PgRow);

/// The condition under which a journal row's subscriber (`ROW.subscriber_id`) is no longer to
/// be mailed on the list `LIST` (an SQL parameter, `?N` or `$N` as the backend writes it): unsubscribed from everything or from this
/// list, bounced, or removed. One text, so that the claim and the check just before each send
/// (`departed`) cannot disagree about who left.
macro_rules! gone {
    ($row:literal, $list:literal) => {
        concat!(
            "(EXISTS (SELECT 1 FROM subscribers s WHERE s.id = ",
            $row,
            ".subscriber_id AND s.status <> 'active')
              OR NOT EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = ",
            $list,
            "
                             AND m.subscriber_id = ",
            $row,
            ".subscriber_id AND m.unsubscribed_at IS NULL))"
        )
    };
}
pub(crate) use gone;

/// Now, as the RFC 3339 text both backends store for people to read.
pub(crate) fn now() -> String {
    jiff::Timestamp::now().to_string()
}

pub(crate) fn lang_of(s: &str) -> Lang {
    s.parse().unwrap_or(Lang::En)
}

pub(crate) fn langs_text(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

fn langs_of(text: &str) -> Vec<Lang> {
    text.split(',').filter_map(|l| l.parse().ok()).collect()
}

/// A publication's status from its rows (lang, state, n) and its failures (email, state,
/// reply).
pub(crate) fn status_from(counts: &[impl Columns], failures: &[impl Columns]) -> StatusCounts {
    StatusCounts {
        counts: counts
            .iter()
            .map(|r| {
                let state = DeliveryState::parse(&r.text("state"));
                ((r.text("lang"), state), r.int("n") as u64)
            })
            .collect(),
        failures: failures
            .iter()
            .map(|r| {
                (
                    r.text("email"),
                    DeliveryState::parse(&r.text("state")),
                    r.text("reply"),
                )
            })
            .collect(),
    }
}

/// A subscriber from a row with the columns of `subscribers`.
pub(crate) fn subscriber_from(r: &impl Columns) -> Subscriber {
    Subscriber {
        id: r.int("id"),
        email: r.text("email"),
        name: r.text("name"),
        lang: lang_of(&r.text("lang")),
        status: SubscriberStatus::parse(&r.text("status")),
        attributes: serde_json::from_str(&r.text("attributes")).unwrap_or_default(),
        consent: r
            .maybe("consent_at")
            .map(|at| (at, r.maybe("consent_source").unwrap_or_default())),
    }
}

/// True if a stored subscriber (a row with `name`, `lang`, `attributes`) already holds what an
/// import row says: what `import` leaves unchanged.
pub(crate) fn stored_as(r: &impl Columns, row: &NewSubscriber, attributes: &str) -> bool {
    r.text("name") == row.name
        && r.text("lang") == row.lang.code()
        && r.text("attributes") == attributes
}

/// A publication from a row of `publications` with its list's name as `list`.
pub(crate) fn publication_from(r: &impl Columns) -> Publication {
    Publication {
        id: r.int("id"),
        event_id: r.text("event_id"),
        list: r.text("list"),
        list_id: r.int("list_id"),
        generation: r.int("generation"),
        langs: langs_of(&r.text("langs")),
        created_at: r.text("created_at"),
    }
}

fn ts(s: &str) -> jiff::Timestamp {
    s.parse().unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// A job from a row of `jobs`.
pub(crate) fn job_from(r: &impl Columns) -> Job {
    Job {
        id: r.int("id"),
        event_id: r.text("event_id"),
        event_json: r.text("event_json"),
        langs: langs_of(&r.text("langs")),
        lists: r.text("lists").lines().map(str::to_owned).collect(),
        transport: r.text("transport"),
        options: r.text("options"),
        due_at: ts(&r.text("due_at")),
        zone: r.text("zone"),
        state: JobState::parse(&r.text("state")),
        lease_owner: r.maybe("lease_owner"),
        last_error: r.maybe("last_error"),
    }
}

/// The earliest due time, from the text `MIN(due_at)` gives.
pub(crate) fn due_from(text: Option<String>) -> Option<jiff::Timestamp> {
    text.map(|d| ts(&d))
}

/// Top-level fields whose values differ between two events, in words.
pub(crate) fn describe_change(
    old_json: &str,
    new_json: &str,
    old_langs: &str,
    new_langs: &str,
) -> String {
    let mut parts = Vec::new();
    if old_langs != new_langs {
        parts.push(format!(
            "the languages changed from {old_langs} to {new_langs}"
        ));
    }
    let old: serde_json::Value = serde_json::from_str(old_json).unwrap_or_default();
    let new: serde_json::Value = serde_json::from_str(new_json).unwrap_or_default();
    let mut fields: Vec<&str> = Vec::new();
    if let (Some(o), Some(n)) = (old.as_object(), new.as_object()) {
        for key in o.keys().chain(n.keys()) {
            if o.get(key) != n.get(key) && !fields.contains(&key.as_str()) {
                fields.push(key);
            }
        }
    }
    if !fields.is_empty() {
        parts.push(format!(
            "the event's content changed (in: {})",
            fields.join(", ")
        ));
    }
    if parts.is_empty() {
        parts.push("the event's content changed".into());
    }
    parts.join(", and ")
}

/// Rows per batch of an import: each batch is four statements however many rows it holds (a
/// statement per row cost some 100 µs each, three per row), few enough to stay far from either
/// database's limits on a statement's size.
pub(crate) const IMPORT_BATCH: usize = 1000;

/// The next rows of an import's source; `None` at its end. A source that fails is
/// [`StoreError::Rows`].
pub(crate) fn next_rows(
    rows: &mut dyn crate::ImportSource,
) -> Result<Option<Vec<NewSubscriber>>, crate::StoreError> {
    let batch = rows.next_batch().map_err(crate::StoreError::Rows)?;
    Ok((!batch.is_empty()).then_some(batch))
}

/// `rows` cut into batches of at most [`IMPORT_BATCH`], a new batch starting where an address
/// repeats one of the current batch's (the second row then updates what the first inserted, as
/// when rows are imported one by one).
pub(crate) fn import_batches(rows: &[NewSubscriber]) -> Vec<&[NewSubscriber]> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (i, row) in rows.iter().enumerate() {
        if i - start == IMPORT_BATCH || !seen.insert(row.email.as_str()) {
            batches.push(&rows[start..i]);
            start = i;
            seen.clear();
            seen.insert(row.email.as_str());
        }
    }
    if start < rows.len() {
        batches.push(&rows[start..]);
    }
    batches
}

/// A row of an import batch, with its attributes as the store keeps them (JSON text).
pub(crate) struct ImportRow<'a> {
    pub row: &'a NewSubscriber,
    pub attributes: String,
}

/// A batch sorted against what is stored: the rows to insert and those to update.
pub(crate) struct SortedBatch<'a> {
    pub new: Vec<ImportRow<'a>>,
    pub changed: Vec<ImportRow<'a>>,
}

/// Sorts a batch of distinct addresses by what `stored` holds for them (rows with `name`,
/// `lang`, `attributes` and `member`, 1 if already on the list, by address), counting each row
/// in `report` as the row-by-row import did.
pub(crate) fn sort_import_batch<'a, R: Columns>(
    batch: &'a [NewSubscriber],
    stored: &std::collections::HashMap<String, R>,
    report: &mut ImportReport,
) -> SortedBatch<'a> {
    let mut sorted = SortedBatch {
        new: Vec::new(),
        changed: Vec::new(),
    };
    for row in batch {
        let attributes = serde_json::Value::Object(row.attributes.clone()).to_string();
        match stored.get(&row.email) {
            None => {
                report.count_new();
                sorted.new.push(ImportRow { row, attributes });
            }
            Some(r) => {
                let same = stored_as(r, row, &attributes);
                report.count_stored(same, r.int("member") != 0);
                if !same {
                    sorted.changed.push(ImportRow { row, attributes });
                }
            }
        }
    }
    sorted
}
