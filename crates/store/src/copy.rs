//! Copying an SQLite store into an empty PostgreSQL one (`communique store migrate`): every
//! table, row for row with its ids, in one transaction on each side, and the counts compared
//! before the copy is committed.

use futures_util::TryStreamExt;
use sqlx::{Postgres, QueryBuilder, Row};

use crate::{PgStore, SqliteStore, StoreError};

/// How a column is carried across.
#[derive(Clone, Copy)]
enum Kind {
    Int,
    Text,
    /// RFC 3339 text in SQLite, TIMESTAMPTZ in PostgreSQL.
    Time,
}

use Kind::{Int, Text, Time};

/// Every table of the store, parents before children, with the columns both backends share.
const TABLES: &[(&str, &[(&str, Kind)])] = &[
    (
        "subscribers",
        &[
            ("id", Int),
            ("email", Text),
            ("name", Text),
            ("lang", Text),
            ("status", Text),
            ("consent_at", Text),
            ("consent_source", Text),
            ("attributes", Text),
            ("bounces", Int),
            ("created_at", Text),
            ("updated_at", Text),
        ],
    ),
    (
        "lists",
        &[("id", Int), ("name", Text), ("created_at", Text)],
    ),
    (
        "list_members",
        &[
            ("list_id", Int),
            ("subscriber_id", Int),
            ("added_at", Text),
            ("unsubscribed_at", Text),
            ("consent_at", Text),
            ("consent_source", Text),
        ],
    ),
    (
        "publications",
        &[
            ("id", Int),
            ("event_id", Text),
            ("list_id", Int),
            ("generation", Int),
            ("content_hash", Text),
            ("event_json", Text),
            ("langs", Text),
            ("created_at", Text),
            ("run_owner", Text),
            ("run_until", Text),
        ],
    ),
    (
        "deliveries",
        &[
            ("publication_id", Int),
            ("subscriber_id", Int),
            ("email", Text),
            ("name", Text),
            ("lang", Text),
            ("state", Text),
            ("attempts", Int),
            ("last_reply", Text),
            ("message_id", Text),
            ("created_at", Text),
            ("updated_at", Text),
            ("sent_at", Text),
        ],
    ),
    (
        "jobs",
        &[
            ("id", Int),
            ("event_id", Text),
            ("event_json", Text),
            ("langs", Text),
            ("lists", Text),
            ("transport", Text),
            ("options", Text),
            ("due_at", Text),
            ("zone", Text),
            ("state", Text),
            ("lease_owner", Text),
            ("lease_until", Time),
            ("last_error", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
    ),
    (
        "confirmation_links",
        &[("link_hash", Text), ("expires_at", Int), ("used_at", Text)],
    ),
];

/// Tables whose `id` PostgreSQL numbers: after the copy, new rows continue after the copied.
const NUMBERED: &[&str] = &["subscribers", "lists", "publications", "jobs"];

/// Rows per INSERT (PostgreSQL takes at most 65,535 parameters in one statement).
const BATCH: usize = 1000;

/// What a copy carried: each table with its row count, equal on both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// (table, rows) in copy order.
    pub tables: Vec<(&'static str, u64)>,
}

/// A refusal or failure of the copy, with what to do.
fn refused(reason: String) -> StoreError {
    StoreError::Copy(reason)
}

/// Copies every table of `from` into `to`, which must hold no subscribers, lists or
/// publications yet. Both sides are read in one transaction, so the copy is of one moment of
/// the source (stop the senders first, or they go on writing to the source); the counts are
/// compared before the target commits, so a copy that does not match leaves the target as it
/// was.
pub async fn copy_store(from: &SqliteStore, to: &PgStore) -> Result<Copied, StoreError> {
    let mut source = from.pool().begin().await?;
    let mut target = to.pool().begin().await?;
    for (table, _) in TABLES {
        // Table names come from the list above, never from outside.
        let n: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *target)
                .await?;
        if n > 0 {
            return Err(refused(format!(
                "the target already holds {n} row(s) in `{table}`: copy only into a new, empty database (or schema)"
            )));
        }
    }
    let mut copied = Copied { tables: Vec::new() };
    for (table, columns) in TABLES {
        let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
        let select = format!(
            "SELECT {} FROM {table} ORDER BY {}",
            names.join(", "),
            names[0]
        );
        let mut rows = sqlx::query(sqlx::AssertSqlSafe(select)).fetch(&mut *source);
        let mut batch = Vec::with_capacity(BATCH);
        let mut count = 0u64;
        while let Some(row) = rows.try_next().await? {
            batch.push(row);
            if batch.len() == BATCH {
                insert(&mut target, table, columns, &batch).await?;
                count += batch.len() as u64;
                batch.clear();
            }
        }
        if !batch.is_empty() {
            insert(&mut target, table, columns, &batch).await?;
            count += batch.len() as u64;
        }
        drop(rows);
        let written: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *target)
                .await?;
        let held: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *source)
                .await?;
        if written != held || held as u64 != count {
            return Err(refused(format!(
                "`{table}`: the source holds {held} row(s), {count} were read and the target holds {written}; nothing was committed"
            )));
        }
        copied.tables.push((table, count));
    }
    for table in NUMBERED {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
        )))
        .execute(&mut *target)
        .await?;
    }
    target.commit().await?;
    source.rollback().await?;
    Ok(copied)
}

async fn insert(
    target: &mut sqlx::PgConnection,
    table: &str,
    columns: &[(&str, Kind)],
    rows: &[sqlx::sqlite::SqliteRow],
) -> Result<(), StoreError> {
    let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
    let mut q: QueryBuilder<Postgres> =
        QueryBuilder::new(format!("INSERT INTO {table} ({}) ", names.join(", ")));
    q.push_values(rows, |mut b, row| {
        for (i, (_, kind)) in columns.iter().enumerate() {
            match kind {
                Int => b.push_bind(row.get::<Option<i64>, _>(i)),
                Text => b.push_bind(row.get::<Option<String>, _>(i)),
                Time => b
                    .push_bind(row.get::<Option<String>, _>(i))
                    .push_unseparated("::timestamptz"),
            };
        }
    });
    q.build().execute(&mut *target).await?;
    Ok(())
}
