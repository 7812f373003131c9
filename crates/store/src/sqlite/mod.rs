//! The embedded store: one SQLite file, created and migrated on first use. One machine sends
//! from it: a run holds a lease on the publication it sends, so rows need no owner.

mod membership;
mod schedule;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use communique_model::Lang;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::rows::{
    ImportRow, describe_change, gone, import_batches, lang_of, langs_text, next_rows, now,
    publication_from, sort_import_batch, status_from, stored_as, subscriber_from,
};
use crate::types::{
    Claimed, Existing, ImportPreview, ImportReport, LangChoice, NewSubscriber, Publication,
    PublicationRequest, Recorded, Run, StatusCounts, Subscriber,
};
use crate::{ImportSource, Store, StoreError};

/// Schema migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: [&str; 6] = [
    include_str!("../../migrations/0001_journal.sql"),
    include_str!("../../migrations/0002_schedule.sql"),
    include_str!("../../migrations/0003_run_lease.sql"),
    include_str!("../../migrations/0004_list_membership.sql"),
    include_str!("../../migrations/0005_confirmation_links.sql"),
    include_str!("../../migrations/0006_claim_by_state.sql"),
];

/// The SQLite store.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

/// A failure to open the store at `path`, for whatever error stopped it.
fn open_failed<E: std::fmt::Display>(path: &Path) -> impl Fn(E) -> StoreError + Copy + '_ {
    move |e| StoreError::Open {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

/// The store was written by a newer communique.
fn too_new(path: &Path, version: i64, known: i64) -> StoreError {
    open_failed(path)(format!(
        "it has schema version {version}, newer than this communique knows ({known}): upgrade communique"
    ))
}

/// True when a WAL store has neither a -shm file nor anything in its -wal file.
fn all_in_the_file(path: &Path) -> bool {
    let beside = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        std::fs::metadata(std::path::PathBuf::from(name))
    };
    beside("-shm").is_err() && beside("-wal").map_or(true, |m| m.len() == 0)
}

impl SqliteStore {
    /// Opens (creating and migrating if needed) the store at `path`, waiting up to ten seconds
    /// for a lock another process holds.
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        Self::open_with(path, Duration::from_secs(10)).await
    }

    /// The same, waiting at most `busy` for another process's lock before failing.
    pub async fn open_with(path: &Path, busy: Duration) -> Result<SqliteStore, StoreError> {
        // SQLite says only "unable to open database file": ask the operating system first, so
        // that the error names the cause (no such directory, permission denied, read-only).
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(open_failed(path))?;
        let options = Self::options(path, busy)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let store = Self::connect(path, options).await?;
        store.migrate(path).await?;
        Ok(store)
    }

    /// Closes every connection, so that SQLite folds the write-ahead log into the file and
    /// removes it: a store a command closed is all in its one file (a backup of that file
    /// misses nothing, read-only media can serve it).
    pub async fn close(self) {
        self.pool.close().await;
    }

    /// Opens an existing store for reading only (listing, exporting, status, dry runs), so
    /// that a store the user may read but not write (or one on read-only media) still serves
    /// them. Nothing is created or migrated.
    pub async fn open_read_only(path: &Path, busy: Duration) -> Result<SqliteStore, StoreError> {
        match std::fs::File::open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::Missing(path.to_owned()));
            }
            Err(e) => return Err(open_failed(path)(e)),
        }
        let options = Self::options(path, busy)?.read_only(true);
        let store = match Self::connect(path, options.clone()).await {
            Ok(store) => store,
            // Reading a WAL store needs its -shm file, which SQLite cannot create beside a
            // store on read-only media. With no -shm and nothing in a -wal, no process has the
            // store open and all of it is in the file: it can be read as it is on disk
            // (SQLite's `immutable`, which would ignore a -wal).
            Err(first) if all_in_the_file(path) => Self::connect(path, options.immutable(true))
                .await
                .map_err(|_| first)?,
            Err(e) => return Err(e),
        };
        let version = store.schema_version(path).await?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(too_new(path, version, known));
        }
        if version < known {
            return Err(open_failed(path)(format!(
                "it has schema version {version}, older than this communique's ({known}), and a command that only reads does not upgrade it: run one that writes (`subscribers import`, `publish`, `scheduler`, `serve`) first"
            )));
        }
        Ok(store)
    }

    fn options(path: &Path, busy: Duration) -> Result<SqliteConnectOptions, StoreError> {
        Ok(SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_failed(path))?
            .filename(path)
            // A journal row must survive a crash the moment it is committed.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(busy))
    }

    async fn connect(
        path: &Path,
        options: SqliteConnectOptions,
    ) -> Result<SqliteStore, StoreError> {
        // One connection: SQLite writes one transaction at a time anyway, and each connection
        // keeps its own page cache, which a commit on another connection throws away whole.
        // With four, a publication re-read its journal pages from the file twice as often
        // (pread 211,000 against 115,000 for 100,000 messages, 8 % more CPU).
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(open_failed(path))?;
        Ok(SqliteStore { pool })
    }

    async fn schema_version(&self, path: &Path) -> Result<i64, StoreError> {
        sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&self.pool)
            .await
            .map_err(open_failed(path))
    }

    async fn migrate(&self, path: &Path) -> Result<(), StoreError> {
        let failed = open_failed::<sqlx::Error>(path);
        let mut tx = self.write_tx().await.map_err(failed)?;
        let version: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&mut *tx)
            .await
            .map_err(failed)?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(too_new(path, version, known));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            sqlx::raw_sql(*sql)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
            // A number we count ourselves: nothing from outside reaches this statement.
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "PRAGMA user_version = {}",
                i + 1
            )))
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        }
        tx.commit().await.map_err(failed)?;
        Ok(())
    }

    /// The event (as JSON) of the latest publication of `event_id` in `lang` to one of
    /// `lists`, if there is one: what was sent to other lists is not looked at.
    pub async fn published_event(
        &self,
        event_id: &str,
        lang: Lang,
        lists: &[String],
    ) -> Result<Option<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.event_json, p.langs, l.name AS list FROM publications p
             JOIN lists l ON l.id = p.list_id
             WHERE p.event_id = ? ORDER BY p.id DESC",
        )
        .bind(event_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .find(|r| {
                lists.contains(&r.get::<String, _>("list"))
                    && r.get::<String, _>("langs")
                        .split(',')
                        .any(|l| l == lang.code())
            })
            .map(|r| r.get("event_json")))
    }

    /// A transaction that will write: it takes SQLite's write lock at once (BEGIN IMMEDIATE),
    /// waiting for it up to the busy timeout. A deferred transaction that reads first and then
    /// writes fails at once with "database is locked" if another connection wrote in between:
    /// the busy timeout does not apply to that upgrade.
    pub(crate) async fn write_tx(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    async fn list_id(&self, list: &str) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT id FROM lists WHERE name = ?")
            .bind(list)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NoSuchList(list.to_owned()))
    }
}

/// What publishing a request would do, given the latest publication of its event to its list.
enum Verdict {
    /// The same content and languages: resume it.
    Resume(Publication),
    /// Start this generation.
    New(i64),
}

/// The latest publication of `req`'s event to `list_id`, compared with `req`: resumed, a new
/// generation, or refused (changed, and no `resend`).
async fn verdict(
    conn: &mut sqlx::SqliteConnection,
    req: &PublicationRequest<'_>,
    list_id: i64,
) -> Result<Verdict, StoreError> {
    let langs = langs_text(req.langs);
    let latest = sqlx::query(
        "SELECT p.*, l.name AS list FROM publications p JOIN lists l ON l.id = p.list_id
         WHERE p.event_id = ? AND p.list_id = ? ORDER BY p.generation DESC LIMIT 1",
    )
    .bind(req.event_id)
    .bind(list_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = latest else {
        return Ok(Verdict::New(1));
    };
    let same = row.get::<String, _>("content_hash") == req.content_hash
        && row.get::<String, _>("langs") == langs;
    if same {
        return Ok(Verdict::Resume(publication_from(&row)));
    }
    if req.resend {
        return Ok(Verdict::New(row.get::<i64, _>("generation") + 1));
    }
    let sent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM deliveries WHERE publication_id = ? AND state = 'sent'",
    )
    .bind(row.get::<i64, _>("id"))
    .fetch_one(&mut *conn)
    .await?;
    Err(StoreError::Changed {
        event_id: req.event_id.to_owned(),
        list: req.list.to_owned(),
        changed: describe_change(
            &row.get::<String, _>("event_json"),
            req.event_json,
            &row.get::<String, _>("langs"),
            &langs,
        ),
        sent: sent as u64,
    })
}

/// Active members of a list per subscriber language.
async fn audience_of(
    conn: &mut sqlx::SqliteConnection,
    list_id: i64,
) -> Result<BTreeMap<Lang, u64>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.lang, COUNT(*) AS n FROM list_members m JOIN subscribers s ON s.id = m.subscriber_id
         WHERE m.list_id = ? AND s.status = 'active' AND m.unsubscribed_at IS NULL
         GROUP BY s.lang",
    )
    .bind(list_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                lang_of(&r.get::<String, _>("lang")),
                r.get::<i64, _>("n") as u64,
            )
        })
        .collect())
}

/// The claim: the next window of pending rows (by subscriber, through `deliveries_by_state`,
/// so that a claim costs the same however much of the publication was sent), each row put in
/// `sending`, or closed as skipped when its subscriber left.
const CLAIM: &str = concat!(
    "WITH win AS (SELECT subscriber_id FROM deliveries WHERE publication_id = ?2 AND state = 'pending'
                  ORDER BY subscriber_id LIMIT ?3),
          gone AS (SELECT w.subscriber_id FROM win w WHERE ",
    gone!("w", "?4"),
    ")
     UPDATE deliveries SET
         state = CASE WHEN subscriber_id IN (SELECT subscriber_id FROM gone) THEN 'skipped' ELSE 'sending' END,
         attempts = attempts + CASE WHEN subscriber_id IN (SELECT subscriber_id FROM gone) THEN 0 ELSE 1 END,
         last_reply = CASE WHEN subscriber_id IN (SELECT subscriber_id FROM gone)
                           THEN 'no longer an active subscriber' ELSE last_reply END,
         updated_at = ?1
     WHERE publication_id = ?2 AND subscriber_id IN (SELECT subscriber_id FROM win)
     RETURNING subscriber_id, email, name, lang, attempts, state",
);

impl Store for SqliteStore {
    async fn import_from(
        &self,
        list: &str,
        rows: &mut dyn ImportSource,
    ) -> Result<ImportReport, StoreError> {
        let mut report = ImportReport::default();
        let now = now();
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT OR IGNORE INTO lists (name, created_at) VALUES (?, ?)")
            .bind(list)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        let list_id: i64 = sqlx::query_scalar("SELECT id FROM lists WHERE name = ?")
            .bind(list)
            .fetch_one(&mut *tx)
            .await?;
        // An error drops the transaction unfinished: nothing of the import stays.
        while let Some(rows) = next_rows(rows)? {
            for batch in import_batches(&rows) {
                import_batch(&mut tx, list_id, batch, &now, &mut report).await?;
            }
        }
        tx.commit().await?;
        Ok(report)
    }

    async fn preview_import(
        &self,
        list: &str,
        rows: &[NewSubscriber],
    ) -> Result<ImportPreview, StoreError> {
        // One read transaction: every row is compared with the same state of the store.
        let mut tx = self.pool.begin().await?;
        let list_id: Option<i64> = sqlx::query_scalar("SELECT id FROM lists WHERE name = ?")
            .bind(list)
            .fetch_optional(&mut *tx)
            .await?;
        let audience = match list_id {
            Some(id) => audience_of(&mut tx, id).await?,
            None => BTreeMap::new(),
        };
        let mut preview = ImportPreview::new(audience);
        for row in rows {
            let attributes = serde_json::Value::Object(row.attributes.clone()).to_string();
            let existing = sqlx::query(
                "SELECT s.name, s.lang, s.attributes, s.status,
                        m.subscriber_id IS NOT NULL AS member, m.unsubscribed_at IS NULL AS receives
                 FROM subscribers s LEFT JOIN list_members m ON m.subscriber_id = s.id AND m.list_id = ?
                 WHERE s.email = ?",
            )
            .bind(list_id)
            .bind(&row.email)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| Existing {
                same: stored_as(&r, row, &attributes),
                lang: lang_of(&r.get::<String, _>("lang")),
                active: r.get::<String, _>("status") == "active",
                member: r
                    .get::<bool, _>("member")
                    .then(|| r.get::<bool, _>("receives")),
            });
            preview.count(row, existing.as_ref());
        }
        Ok(preview)
    }

    async fn subscribers(&self, list: Option<&str>) -> Result<Vec<Subscriber>, StoreError> {
        let rows = match list {
            Some(name) => {
                let list_id = self.list_id(name).await?;
                // On one list, someone who left it reads as unsubscribed there.
                sqlx::query(
                    "SELECT s.id, s.email, s.name, s.lang, s.attributes, s.consent_at, s.consent_source,
                            CASE WHEN m.unsubscribed_at IS NOT NULL THEN 'unsubscribed' ELSE s.status END AS status
                     FROM subscribers s JOIN list_members m ON m.subscriber_id = s.id
                     WHERE m.list_id = ? ORDER BY s.email",
                )
                .bind(list_id)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query("SELECT * FROM subscribers ORDER BY email")
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        Ok(rows.iter().map(subscriber_from).collect())
    }

    async fn remove_subscriber(&self, email: &str) -> Result<bool, StoreError> {
        let mut tx = self.write_tx().await?;
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM subscribers WHERE email = ?")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM list_members WHERE subscriber_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        // The row stays (the journal refers to it) but holds nothing personal beyond the
        // address, and an unsubscribed status that a later import does not undo.
        sqlx::query("UPDATE subscribers SET status = 'unsubscribed', name = '', attributes = '{}', updated_at = ? WHERE id = ?")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn open_publication(
        &self,
        req: &PublicationRequest<'_>,
    ) -> Result<Publication, StoreError> {
        let list_id = self.list_id(req.list).await?;
        let langs = langs_text(req.langs);
        let mut tx = self.write_tx().await?;
        let generation = match verdict(&mut tx, req, list_id).await? {
            Verdict::Resume(p) => return Ok(p),
            Verdict::New(g) => g,
        };
        let row = sqlx::query(
            "INSERT INTO publications (event_id, list_id, generation, content_hash, event_json, langs, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)
             RETURNING id, event_id, list_id, generation, langs, created_at, ? AS list",
        )
        .bind(req.event_id)
        .bind(list_id)
        .bind(generation)
        .bind(req.content_hash)
        .bind(req.event_json)
        .bind(&langs)
        .bind(now())
        .bind(req.list)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(publication_from(&row))
    }

    async fn check_publication(&self, req: &PublicationRequest<'_>) -> Result<(), StoreError> {
        let list_id: Option<i64> = sqlx::query_scalar("SELECT id FROM lists WHERE name = ?")
            .bind(req.list)
            .fetch_optional(&self.pool)
            .await?;
        let Some(list_id) = list_id else {
            return Ok(());
        };
        let mut conn = self.pool.acquire().await?;
        verdict(&mut conn, req, list_id).await.map(|_| ())
    }

    async fn enqueue(&self, p: &Publication, choice: &LangChoice) -> Result<u64, StoreError> {
        let now = now();
        let mut tx = self.write_tx().await?;
        // A crash leaves rows `sending`: their outcome is unknown, so they are sent again (the
        // only duplicates possible, at most concurrency × in-doubt of them). Temporary failures
        // of an earlier run are retried too.
        sqlx::query(
            "UPDATE deliveries SET state = 'pending', updated_at = ?
             WHERE publication_id = ? AND state IN ('sending', 'failed_temporary')",
        )
        .bind(&now)
        .bind(p.id)
        .execute(&mut *tx)
        .await?;
        let pick = |l: Lang| choice.get(l).map(|c| c.code());
        let added = sqlx::query(
            "INSERT INTO deliveries (publication_id, subscriber_id, email, name, lang, state, last_reply, created_at, updated_at)
             SELECT ?1, s.id, s.email, s.name, chosen.lang,
                    CASE WHEN chosen.lang IS NULL THEN 'skipped'
                         WHEN ?9 = 1 AND EXISTS (SELECT 1 FROM deliveries d JOIN publications o ON o.id = d.publication_id
                                      WHERE o.event_id = ?2 AND o.list_id <> ?3 AND d.subscriber_id = s.id
                                        AND d.state IN ('sent', 'sending')) THEN 'skipped'
                         ELSE 'pending' END,
                    CASE WHEN chosen.lang IS NULL THEN 'no published language on the subscriber''s fallback chain'
                         WHEN ?9 = 1 AND EXISTS (SELECT 1 FROM deliveries d JOIN publications o ON o.id = d.publication_id
                                      WHERE o.event_id = ?2 AND o.list_id <> ?3 AND d.subscriber_id = s.id
                                        AND d.state IN ('sent', 'sending')) THEN 'already receives this event through another list'
                         ELSE NULL END,
                    ?4, ?4
             FROM list_members m
             JOIN subscribers s ON s.id = m.subscriber_id
             JOIN (SELECT 'kk' AS code, ?5 AS lang UNION ALL SELECT 'ru', ?6
                   UNION ALL SELECT 'es', ?7 UNION ALL SELECT 'en', ?8) chosen ON chosen.code = s.lang
             WHERE m.list_id = ?3 AND s.status = 'active' AND m.unsubscribed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM deliveries x WHERE x.publication_id = ?1 AND x.subscriber_id = s.id)",
        )
        .bind(p.id)
        .bind(&p.event_id)
        .bind(p.list_id)
        .bind(&now)
        .bind(pick(Lang::Kk))
        .bind(pick(Lang::Ru))
        .bind(pick(Lang::Es))
        .bind(pick(Lang::En))
        // A deliberate resend goes to everyone on its list, whatever other lists received.
        .bind(i64::from(p.generation == 1))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(added)
    }

    async fn claim(
        &self,
        p: &Publication,
        _run: &Run<'_>,
        n: u32,
    ) -> Result<Vec<Claimed>, StoreError> {
        // Takes the next window of pending rows; within it, someone who unsubscribed (from
        // everything or from this list), bounced or was removed since the rows were written is
        // closed as skipped instead of claimed. Looking only at the window (by primary key)
        // keeps each claim's cost independent of the list's size.
        loop {
            let rows = sqlx::query(CLAIM)
                .bind(now())
                .bind(p.id)
                .bind(i64::from(n))
                .bind(p.list_id)
                .fetch_all(&self.pool)
                .await?;
            if rows.is_empty() {
                return Ok(Vec::new());
            }
            let rows: Vec<_> = rows
                .into_iter()
                .filter(|r| r.get::<String, _>("state") == "sending")
                .collect();
            // A window of people who all left is skipped whole: look at the next one.
            if rows.is_empty() {
                continue;
            }
            return Ok(rows
                .iter()
                .map(|r| Claimed {
                    subscriber_id: r.get("subscriber_id"),
                    email: r.get("email"),
                    name: r.get("name"),
                    lang: lang_of(&r.get::<Option<String>, _>("lang").unwrap_or_default()),
                    attempts: r.get("attempts"),
                })
                .collect());
        }
    }

    async fn held_elsewhere(&self, _: &Publication, _: &Run<'_>) -> Result<u64, StoreError> {
        // One run holds an SQLite publication: no other run has rows in flight.
        Ok(0)
    }

    async fn departed(&self, p: &Publication) -> Result<HashSet<i64>, StoreError> {
        // Only the rows claimed for sending are looked at (a batch, through the state index),
        // so the cost does not grow with the list.
        let ids: Vec<i64> = sqlx::query_scalar(concat!(
            "SELECT d.subscriber_id FROM deliveries d
             WHERE d.publication_id = ?1 AND d.state = 'sending' AND ",
            gone!("d", "?2")
        ))
        .bind(p.id)
        .bind(p.list_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().collect())
    }

    async fn record(
        &self,
        p: &Publication,
        _run: &Run<'_>,
        results: &[Recorded],
    ) -> Result<(), StoreError> {
        // One statement for the whole group: the rows as a JSON array, one round trip to
        // SQLite's thread and one commit, however many outcomes arrived together.
        let rows = serde_json::Value::Array(
            results
                .iter()
                .map(|r| {
                    serde_json::json!([r.subscriber_id, r.state.as_str(), r.reply, r.message_id])
                })
                .collect(),
        );
        let now = now();
        // A single statement is its own transaction (SQLite takes the write lock as it
        // starts, as BEGIN IMMEDIATE would): no BEGIN and COMMIT, each another hand-off.
        sqlx::query(
            // Materialized, the group drives the update by primary key; as a plain subquery
            // SQLite scanned the claimed rows and parsed the JSON once for each of them.
            "WITH r AS MATERIALIZED (
                 SELECT value ->> 0 AS subscriber_id, value ->> 1 AS state,
                        value ->> 2 AS reply, value ->> 3 AS message_id
                 FROM json_each(?1))
             UPDATE deliveries SET state = r.state, last_reply = COALESCE(r.reply, last_reply),
                    message_id = COALESCE(r.message_id, deliveries.message_id), updated_at = ?2,
                    sent_at = CASE WHEN r.state = 'sent' THEN ?2 ELSE sent_at END
             FROM r
             WHERE deliveries.publication_id = ?3 AND deliveries.subscriber_id = r.subscriber_id
               AND deliveries.state = 'sending'",
        )
        .bind(rows.to_string())
        .bind(&now)
        .bind(p.id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn status(&self, p: &Publication) -> Result<StatusCounts, StoreError> {
        let counts = sqlx::query(
            "SELECT COALESCE(lang, '-') AS lang, state, COUNT(*) AS n FROM deliveries
             WHERE publication_id = ? GROUP BY 1, 2",
        )
        .bind(p.id)
        .fetch_all(&self.pool)
        .await?;
        let failures = sqlx::query(
            "SELECT email, state, COALESCE(last_reply, '') AS reply FROM deliveries
             WHERE publication_id = ? AND state IN ('failed_temporary', 'failed_permanent')
             ORDER BY email LIMIT 1000",
        )
        .bind(p.id)
        .fetch_all(&self.pool)
        .await?;
        Ok(status_from(&counts, &failures))
    }

    async fn audience(&self, list: &str) -> Result<BTreeMap<Lang, u64>, StoreError> {
        let list_id = self.list_id(list).await?;
        let mut conn = self.pool.acquire().await?;
        audience_of(&mut conn, list_id).await
    }

    async fn publications(&self) -> Result<Vec<Publication>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.*, l.name AS list FROM publications p JOIN lists l ON l.id = p.list_id
             ORDER BY p.id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(publication_from).collect())
    }

    async fn begin_run(
        &self,
        p: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<(), StoreError> {
        let now = jiff::Timestamp::now();
        let until = now + jiff::SignedDuration::from_secs(lease_secs);
        let taken = sqlx::query(
            "UPDATE publications SET run_owner = ?1, run_until = ?2
             WHERE id = ?3 AND (run_owner IS NULL OR run_owner = ?1 OR run_until < ?4)",
        )
        .bind(owner)
        .bind(until.to_string())
        .bind(p.id)
        .bind(now.to_string())
        .execute(&self.pool)
        .await?
        .rows_affected();
        if taken == 0 {
            let row = sqlx::query("SELECT run_owner, run_until FROM publications WHERE id = ?")
                .bind(p.id)
                .fetch_one(&self.pool)
                .await?;
            return Err(StoreError::Busy {
                event_id: p.event_id.clone(),
                list: p.list.clone(),
                until: row
                    .get::<Option<String>, _>("run_until")
                    .unwrap_or_default(),
                owner: row
                    .get::<Option<String>, _>("run_owner")
                    .unwrap_or_default(),
            });
        }
        Ok(())
    }

    async fn take_over_run(
        &self,
        p: &Publication,
        from: &str,
        owner: &str,
        lease_secs: i64,
    ) -> Result<bool, StoreError> {
        let until = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(lease_secs);
        let n = sqlx::query(
            "UPDATE publications SET run_owner = ?, run_until = ? WHERE id = ? AND run_owner = ?",
        )
        .bind(owner)
        .bind(until.to_string())
        .bind(p.id)
        .bind(from)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n > 0)
    }

    async fn renew_run(
        &self,
        p: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<bool, StoreError> {
        let until = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(lease_secs);
        let n = sqlx::query("UPDATE publications SET run_until = ? WHERE id = ? AND run_owner = ?")
            .bind(until.to_string())
            .bind(p.id)
            .bind(owner)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n > 0)
    }

    async fn end_run(&self, p: &Publication, owner: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE publications SET run_owner = NULL, run_until = NULL WHERE id = ? AND run_owner = ?")
            .bind(p.id)
            .bind(owner)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn note_bounce(&self, subscriber_id: i64, threshold: u32) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE subscribers SET bounces = bounces + 1, updated_at = ?,
                    status = CASE WHEN bounces + 1 >= ? AND status = 'active' THEN 'bounced' ELSE status END
             WHERE id = ?",
        )
        .bind(now())
        .bind(i64::from(threshold))
        .bind(subscriber_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn unsubscribe(&self, subscriber_id: i64) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE subscribers SET status = 'unsubscribed', updated_at = ? WHERE id = ? AND status <> 'unsubscribed'",
        )
        .bind(now())
        .bind(subscriber_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n > 0)
    }
}

/// Imports one batch of rows with distinct addresses: what is stored already is read in one
/// statement, then the new rows are inserted, the changed ones updated and all put on the list,
/// one statement each, the rows passed as one JSON array.
async fn import_batch(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    list_id: i64,
    batch: &[NewSubscriber],
    now: &str,
    report: &mut ImportReport,
) -> Result<(), StoreError> {
    let emails =
        serde_json::Value::from(batch.iter().map(|r| r.email.as_str()).collect::<Vec<_>>())
            .to_string();
    let stored = sqlx::query(
        "SELECT s.email, s.name, s.lang, s.attributes,
                EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = ? AND m.subscriber_id = s.id) AS member
         FROM subscribers s WHERE s.email IN (SELECT value FROM json_each(?))",
    )
    .bind(list_id)
    .bind(&emails)
    .fetch_all(&mut **tx)
    .await?;
    let stored: HashMap<String, sqlx::sqlite::SqliteRow> = stored
        .into_iter()
        .map(|r| (r.get::<String, _>("email"), r))
        .collect();
    let sorted = sort_import_batch(batch, &stored, report);
    let as_json = |rows: &[ImportRow<'_>]| {
        serde_json::Value::Array(
            rows.iter()
                .map(|r| {
                    serde_json::json!({
                        "email": r.row.email,
                        "name": r.row.name,
                        "lang": r.row.lang.code(),
                        "attributes": r.attributes,
                        "source": r.row.consent_source,
                    })
                })
                .collect(),
        )
        .to_string()
    };
    let (new, changed) = (as_json(&sorted.new), as_json(&sorted.changed));
    if !sorted.new.is_empty() {
        sqlx::query(
            "INSERT INTO subscribers (email, name, lang, attributes, consent_at, consent_source, created_at, updated_at)
             SELECT value ->> 'email', value ->> 'name', value ->> 'lang', value ->> 'attributes', ?1,
                    value ->> 'source', ?1, ?1
             FROM json_each(?2)",
        )
        .bind(now)
        .bind(new)
        .execute(&mut **tx)
        .await?;
    }
    if !sorted.changed.is_empty() {
        sqlx::query(
            "UPDATE subscribers SET name = j.value ->> 'name', lang = j.value ->> 'lang',
                    attributes = j.value ->> 'attributes', updated_at = ?1
             FROM json_each(?2) AS j WHERE subscribers.email = j.value ->> 'email'",
        )
        .bind(now)
        .bind(changed)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query(
        "INSERT OR IGNORE INTO list_members (list_id, subscriber_id, added_at)
         SELECT ?1, s.id, ?2 FROM subscribers s WHERE s.email IN (SELECT value FROM json_each(?3))",
    )
    .bind(list_id)
    .bind(now)
    .bind(&emails)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claim must read only the window it takes: a plan that walks the publication's rows
    /// (the primary key, or the state index without the subscriber) makes every claim cost
    /// more than the last, which no functional test notices until a large publication stalls.
    #[tokio::test]
    async fn the_claim_reads_its_window_from_the_state_index() {
        let dir =
            std::env::temp_dir().join(format!("communique-claim-plan-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("store.db");
        let store = SqliteStore::open(&path).await.unwrap();
        let plan: Vec<String> =
            sqlx::query(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {CLAIM}")))
                .bind("now")
                .bind(1_i64)
                .bind(256_i64)
                .bind(1_i64)
                .fetch_all(store.pool())
                .await
                .unwrap()
                .iter()
                .map(|r| r.get::<String, _>("detail"))
                .collect();
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
        // Each search of the journal is by the publication and more: by subscriber (a row), or
        // by state (a window). By the publication alone is the walk over every row.
        for d in plan.iter().filter(|d| d.starts_with("SEARCH deliveries")) {
            assert!(
                d.contains("subscriber_id=?")
                    || d.contains("deliveries_by_state (publication_id=? AND state=?)"),
                "a search of the whole publication: {plan:#?}"
            );
        }
        assert!(
            plan.iter()
                .any(|d| d
                    .contains("COVERING INDEX deliveries_by_state (publication_id=? AND state=?)")),
            "the window is not read from the state index: {plan:#?}"
        );
        assert!(
            !plan.iter().any(|d| d.contains("TEMP B-TREE")),
            "a sort: {plan:#?}"
        );
        assert!(
            !plan.iter().any(|d| d.starts_with("SCAN deliveries")),
            "a scan: {plan:#?}"
        );
    }
}
