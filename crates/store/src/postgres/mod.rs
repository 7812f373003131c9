//! The shared store: one PostgreSQL database that any number of sender and scheduler processes,
//! on any number of machines, use at once.
//!
//! Runs share a publication. Each claims its rows in batches with `FOR UPDATE SKIP LOCKED`, so
//! two runs never hold one row; a row `sending` belongs to its run while the run's lease (in
//! `runs`, renewed in database time) lives, and goes back to be claimed once it ran out. A run
//! records only the rows it holds.

mod membership;
mod schedule;

use std::collections::{BTreeMap, HashSet};

use communique_model::Lang;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Row};

use crate::rows::{
    ImportRow, describe_change, gone, import_batches, lang_of, langs_text, next_rows, now,
    publication_from, sort_import_batch, status_from, stored_as, subscriber_from,
};
use crate::types::{
    Claimed, Existing, ImportPreview, ImportReport, LangChoice, NewSubscriber, Publication,
    PublicationRequest, Recorded, Run, StatusCounts, Subscriber,
};
use crate::{Access, ImportSource, Store, StoreError};

/// Schema migrations, applied in order; `communique_schema.version` counts those applied.
const MIGRATIONS: [&str; 1] = [include_str!("../../migrations/postgres/0001_schema.sql")];

/// Serialises migrations of one database across processes (an advisory lock's key).
const MIGRATION_LOCK: i64 = 0x636f_6d6d_756e_6971;

/// A run's rows are its own while this holds (`d` is the journal row).
const RUN_LIVES: &str = "EXISTS (SELECT 1 FROM runs r WHERE r.publication_id = d.publication_id
                           AND r.owner = d.claim_owner AND r.until >= now())";

/// The PostgreSQL store.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects with `options` through a pool of at most `pool_size` connections. A store
    /// opened to write is migrated (once, whichever process comes first), and created if
    /// `access` allows it; one opened to read must already have this version's schema, and
    /// nothing is created. `shown` names the database in errors: the address without its
    /// password.
    pub async fn open(
        options: PgConnectOptions,
        pool_size: u32,
        shown: &str,
        access: Access,
    ) -> Result<PgStore, StoreError> {
        let failed = |e: sqlx::Error| StoreError::Connect {
            address: shown.to_owned(),
            reason: e.to_string(),
        };
        let pool = PgPoolOptions::new()
            .max_connections(pool_size.max(2))
            .connect_with(options)
            .await
            .map_err(failed)?;
        let store = PgStore { pool };
        match access {
            Access::Create => store.migrate(shown).await?,
            Access::Existing => {
                if store.version(shown).await? == 0 {
                    return Err(StoreError::Missing(shown.into()));
                }
                store.migrate(shown).await?;
            }
            Access::ReadOnly => store.check_schema(shown).await?,
        }
        Ok(store)
    }

    /// Closes every connection.
    pub async fn close(self) {
        self.pool.close().await;
    }

    /// The schema version the database holds; 0 when it holds no store.
    async fn version(&self, shown: &str) -> Result<i64, StoreError> {
        let failed = |e: sqlx::Error| StoreError::Connect {
            address: shown.to_owned(),
            reason: e.to_string(),
        };
        let exists: bool =
            sqlx::query_scalar("SELECT to_regclass('communique_schema') IS NOT NULL")
                .fetch_one(&self.pool)
                .await
                .map_err(failed)?;
        let version: Option<i64> = if exists {
            sqlx::query_scalar("SELECT MAX(version) FROM communique_schema")
                .fetch_one(&self.pool)
                .await
                .map_err(failed)?
        } else {
            None
        };
        Ok(version.unwrap_or(0))
    }

    async fn check_schema(&self, shown: &str) -> Result<(), StoreError> {
        let version = self.version(shown).await?;
        let known = MIGRATIONS.len() as i64;
        if version == known {
            return Ok(());
        }
        if version == 0 {
            return Err(StoreError::Missing(shown.into()));
        }
        Err(StoreError::Connect {
            address: shown.to_owned(),
            reason: format!(
                "it has schema version {version}, and this communique knows {known}: run a command that writes (or upgrade communique)"
            ),
        })
    }

    async fn migrate(&self, shown: &str) -> Result<(), StoreError> {
        let failed = |e: sqlx::Error| StoreError::Connect {
            address: shown.to_owned(),
            reason: e.to_string(),
        };
        let mut tx = self.pool.begin().await.map_err(failed)?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        sqlx::raw_sql("CREATE TABLE IF NOT EXISTS communique_schema (version BIGINT NOT NULL)")
            .execute(&mut *tx)
            .await
            .map_err(failed)?;
        let version: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM communique_schema")
            .fetch_one(&mut *tx)
            .await
            .map_err(failed)?;
        let version = version.unwrap_or(0);
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::Connect {
                address: shown.to_owned(),
                reason: format!(
                    "it has schema version {version}, newer than this communique knows ({known}): upgrade communique"
                ),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            sqlx::raw_sql(*sql)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
            sqlx::query("INSERT INTO communique_schema (version) VALUES ($1)")
                .bind(i as i64 + 1)
                .execute(&mut *tx)
                .await
                .map_err(failed)?;
        }
        tx.commit().await.map_err(failed)?;
        Ok(())
    }

    pub(crate) fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The event (as JSON) of the latest publication of `event_id` in `lang` to one of
    /// `lists`, if there is one: what was sent to other lists is not looked at.
    pub async fn published_event(
        &self,
        event_id: &str,
        lang: Lang,
        lists: &[String],
    ) -> Result<Option<String>, StoreError> {
        let json = sqlx::query_scalar(
            "SELECT p.event_json FROM publications p JOIN lists l ON l.id = p.list_id
             WHERE p.event_id = $1 AND l.name = ANY($2) AND $3 = ANY(string_to_array(p.langs, ','))
             ORDER BY p.id DESC LIMIT 1",
        )
        .bind(event_id)
        .bind(lists)
        .bind(lang.code())
        .fetch_optional(&self.pool)
        .await?;
        Ok(json)
    }

    async fn list_id(&self, list: &str) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT id FROM lists WHERE name = $1")
            .bind(list)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NoSuchList(list.to_owned()))
    }
}

/// What publishing a request would do, given the latest publication of its event to its list.
enum Verdict {
    Resume(Publication),
    New(i64),
}

async fn verdict(
    conn: &mut sqlx::PgConnection,
    req: &PublicationRequest<'_>,
    list_id: i64,
) -> Result<Verdict, StoreError> {
    let langs = langs_text(req.langs);
    let latest = sqlx::query(
        "SELECT p.*, l.name AS list FROM publications p JOIN lists l ON l.id = p.list_id
         WHERE p.event_id = $1 AND p.list_id = $2 ORDER BY p.generation DESC LIMIT 1",
    )
    .bind(req.event_id)
    .bind(list_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = latest else {
        return Ok(Verdict::New(1));
    };
    if row.get::<String, _>("content_hash") == req.content_hash
        && row.get::<String, _>("langs") == langs
    {
        return Ok(Verdict::Resume(publication_from(&row)));
    }
    if req.resend {
        return Ok(Verdict::New(row.get::<i64, _>("generation") + 1));
    }
    let sent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM deliveries WHERE publication_id = $1 AND state = 'sent'",
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

async fn audience_of(
    conn: &mut sqlx::PgConnection,
    list_id: i64,
) -> Result<BTreeMap<Lang, u64>, StoreError> {
    let rows = sqlx::query(
        "SELECT s.lang, COUNT(*) AS n FROM list_members m JOIN subscribers s ON s.id = m.subscriber_id
         WHERE m.list_id = $1 AND s.status = 'active' AND m.unsubscribed_at IS NULL
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

fn lease(secs: i64) -> f64 {
    secs.max(1) as f64
}

impl Store for PgStore {
    async fn import_from(
        &self,
        list: &str,
        rows: &mut dyn ImportSource,
    ) -> Result<ImportReport, StoreError> {
        let mut report = ImportReport::default();
        let now = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO lists (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(list)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        let list_id: i64 = sqlx::query_scalar("SELECT id FROM lists WHERE name = $1")
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
        // One read-only, repeatable-read transaction: every row is compared with one state.
        let mut tx = self.pool.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(&mut *tx)
            .await?;
        let list_id: Option<i64> = sqlx::query_scalar("SELECT id FROM lists WHERE name = $1")
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
                 FROM subscribers s LEFT JOIN list_members m ON m.subscriber_id = s.id AND m.list_id = $1
                 WHERE s.email = $2",
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
        tx.rollback().await?;
        Ok(preview)
    }

    async fn subscribers(&self, list: Option<&str>) -> Result<Vec<Subscriber>, StoreError> {
        let rows = match list {
            Some(name) => {
                let list_id = self.list_id(name).await?;
                sqlx::query(
                    "SELECT s.id, s.email, s.name, s.lang, s.attributes, s.consent_at, s.consent_source,
                            CASE WHEN m.unsubscribed_at IS NOT NULL THEN 'unsubscribed' ELSE s.status END AS status
                     FROM subscribers s JOIN list_members m ON m.subscriber_id = s.id
                     WHERE m.list_id = $1 ORDER BY s.email",
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
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM subscribers WHERE email = $1 FOR UPDATE")
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM list_members WHERE subscriber_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE subscribers SET status = 'unsubscribed', name = '', attributes = '{}', updated_at = $1 WHERE id = $2")
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
        let mut tx = self.pool.begin().await?;
        // Processes that open the same publication at once see one another's: the first one
        // creates it, the others resume it.
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, $2))")
            .bind(req.event_id)
            .bind(list_id)
            .execute(&mut *tx)
            .await?;
        let generation = match verdict(&mut tx, req, list_id).await? {
            Verdict::Resume(p) => return Ok(p),
            Verdict::New(g) => g,
        };
        let row = sqlx::query(
            "INSERT INTO publications (event_id, list_id, generation, content_hash, event_json, langs, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             RETURNING id, event_id, list_id, generation, langs, created_at, $8::text AS list",
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
        let list_id: Option<i64> = sqlx::query_scalar("SELECT id FROM lists WHERE name = $1")
            .bind(req.list)
            .fetch_optional(&self.pool)
            .await?;
        let Some(list_id) = list_id else {
            return Ok(());
        };
        let mut conn = self.pool.acquire().await?;
        verdict(&mut conn, req, list_id).await.map(|_| ())
    }

    async fn begin_run(
        &self,
        p: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO runs (publication_id, owner, until) VALUES ($1, $2, now() + $3 * interval '1 second')
             ON CONFLICT (publication_id, owner) DO UPDATE SET until = excluded.until",
        )
        .bind(p.id)
        .bind(owner)
        .bind(lease(lease_secs))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn take_over_run(
        &self,
        _: &Publication,
        _from: &str,
        _owner: &str,
        _lease_secs: i64,
    ) -> Result<bool, StoreError> {
        // Runs share a publication here and begin_run never refuses one, so there is never a
        // run to take over: a dead run's rows come back when its lease (database time) runs
        // out. Ending another machine's lease early on a guess about its process would be
        // unsafe.
        Ok(false)
    }

    async fn renew_run(
        &self,
        p: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<bool, StoreError> {
        // A lease that ran out is not renewed: other runs may hold its rows now.
        let n = sqlx::query(
            "UPDATE runs SET until = now() + $3 * interval '1 second'
             WHERE publication_id = $1 AND owner = $2 AND until >= now()",
        )
        .bind(p.id)
        .bind(owner)
        .bind(lease(lease_secs))
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n > 0)
    }

    async fn end_run(&self, p: &Publication, owner: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM runs WHERE publication_id = $1 AND owner = $2")
            .bind(p.id)
            .bind(owner)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn enqueue(&self, p: &Publication, choice: &LangChoice) -> Result<u64, StoreError> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        // Rows of runs that died (their lease ran out) and temporary failures go back to be
        // sent; rows that live runs hold stay theirs.
        // Only constants are formatted in: nothing from outside reaches the statement.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE deliveries d SET state = 'pending', claim_owner = NULL, updated_at = $1
             WHERE d.publication_id = $2
               AND (d.state = 'failed_temporary' OR (d.state = 'sending' AND NOT {RUN_LIVES}))"
        )))
        .bind(&now)
        .bind(p.id)
        .execute(&mut *tx)
        .await?;
        let pick = |l: Lang| choice.get(l).map(|c| c.code());
        let added = sqlx::query(
            "INSERT INTO deliveries (publication_id, subscriber_id, email, name, lang, state, last_reply, created_at, updated_at)
             SELECT $1, s.id, s.email, s.name, chosen.lang,
                    CASE WHEN chosen.lang IS NULL THEN 'skipped'
                         WHEN $9 AND EXISTS (SELECT 1 FROM deliveries d JOIN publications o ON o.id = d.publication_id
                                      WHERE o.event_id = $2 AND o.list_id <> $3 AND d.subscriber_id = s.id
                                        AND d.state IN ('sent', 'sending')) THEN 'skipped'
                         ELSE 'pending' END,
                    CASE WHEN chosen.lang IS NULL THEN 'no published language on the subscriber''s fallback chain'
                         WHEN $9 AND EXISTS (SELECT 1 FROM deliveries d JOIN publications o ON o.id = d.publication_id
                                      WHERE o.event_id = $2 AND o.list_id <> $3 AND d.subscriber_id = s.id
                                        AND d.state IN ('sent', 'sending')) THEN 'already receives this event through another list'
                         ELSE NULL END,
                    $4, $4
             FROM list_members m
             JOIN subscribers s ON s.id = m.subscriber_id
             JOIN (VALUES ('kk', $5::text), ('ru', $6::text), ('es', $7::text), ('en', $8::text))
                  AS chosen (code, lang) ON chosen.code = s.lang
             WHERE m.list_id = $3 AND s.status = 'active' AND m.unsubscribed_at IS NULL
             ON CONFLICT (publication_id, subscriber_id) DO NOTHING",
        )
        .bind(p.id)
        .bind(&p.event_id)
        .bind(p.list_id)
        .bind(&now)
        .bind(pick(Lang::Kk))
        .bind(pick(Lang::Ru))
        .bind(pick(Lang::Es))
        .bind(pick(Lang::En))
        .bind(p.generation == 1)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(added)
    }

    async fn claim(
        &self,
        p: &Publication,
        run: &Run<'_>,
        n: u32,
    ) -> Result<Vec<Claimed>, StoreError> {
        // Only constants are formatted in: nothing from outside reaches the statement.
        let sql = format!(
            concat!(
                "WITH win AS (SELECT d.subscriber_id FROM deliveries d
                              WHERE d.publication_id = $1
                                AND (d.state = 'pending' OR (d.state = 'sending' AND NOT {lives}
                                                                     AND d.claim_owner IS DISTINCT FROM $4))
                              ORDER BY d.subscriber_id LIMIT $2 FOR UPDATE SKIP LOCKED),
                      gone AS (SELECT w.subscriber_id FROM win w WHERE ",
                gone!("w", "$3"),
                ")
                 UPDATE deliveries d SET
                     state = CASE WHEN d.subscriber_id IN (SELECT subscriber_id FROM gone) THEN 'skipped' ELSE 'sending' END,
                     attempts = d.attempts + CASE WHEN d.subscriber_id IN (SELECT subscriber_id FROM gone) THEN 0 ELSE 1 END,
                     last_reply = CASE WHEN d.subscriber_id IN (SELECT subscriber_id FROM gone)
                                       THEN 'no longer an active subscriber' ELSE d.last_reply END,
                     claim_owner = $4, updated_at = $5
                 FROM win WHERE d.publication_id = $1 AND d.subscriber_id = win.subscriber_id
                 RETURNING d.subscriber_id, d.email, d.name, d.lang, d.attempts, d.state"
            ),
            lives = RUN_LIVES
        );
        // The rows claimed are this run's only while its lease lives: a caller that began no
        // run (a library caller with one sender) gets a lease here, and a claim renews a live
        // lease. A lease that ran out stays out, and the claim is refused in the same
        // transaction: a run declared dead (taken over, or paused past its lease) can neither
        // revive itself nor claim rows that would be anyone's at once.
        let mut tx = self.pool.begin().await?;
        // No row back: the run's lease exists and ran out (an update WHERE-d away).
        let alive: Option<i32> = sqlx::query_scalar(
            "INSERT INTO runs AS r (publication_id, owner, until) VALUES ($1, $2, now() + $3 * interval '1 second')
             ON CONFLICT (publication_id, owner) DO UPDATE SET until = GREATEST(r.until, excluded.until)
             WHERE r.until >= now()
             RETURNING 1",
        )
        .bind(p.id)
        .bind(run.owner)
        .bind(lease(run.lease_secs))
        .fetch_optional(&mut *tx)
        .await?;
        if alive.is_none() {
            return Err(StoreError::RunLost {
                event_id: p.event_id.clone(),
                list: p.list.clone(),
            });
        }
        loop {
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(p.id)
                .bind(i64::from(n))
                .bind(p.list_id)
                .bind(run.owner)
                .bind(now())
                .fetch_all(&mut *tx)
                .await?;
            if rows.is_empty() {
                tx.commit().await?;
                return Ok(Vec::new());
            }
            let mut claimed: Vec<Claimed> = rows
                .iter()
                .filter(|r| r.get::<String, _>("state") == "sending")
                .map(|r| Claimed {
                    subscriber_id: r.get("subscriber_id"),
                    email: r.get("email"),
                    name: r.get("name"),
                    lang: lang_of(&r.get::<Option<String>, _>("lang").unwrap_or_default()),
                    attempts: r.get("attempts"),
                })
                .collect();
            if claimed.is_empty() {
                continue;
            }
            tx.commit().await?;
            // RETURNING keeps no order; the engine sends in the journal's order.
            claimed.sort_by_key(|c| c.subscriber_id);
            return Ok(claimed);
        }
    }

    async fn held_elsewhere(&self, p: &Publication, run: &Run<'_>) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM deliveries
             WHERE publication_id = $1 AND state = 'sending' AND claim_owner IS DISTINCT FROM $2",
        )
        .bind(p.id)
        .bind(run.owner)
        .fetch_one(&self.pool)
        .await?;
        Ok(n as u64)
    }

    async fn departed(&self, p: &Publication) -> Result<HashSet<i64>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(concat!(
            "SELECT d.subscriber_id FROM deliveries d
             WHERE d.publication_id = $1 AND d.state = 'sending' AND ",
            gone!("d", "$2")
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
        run: &Run<'_>,
        results: &[Recorded],
    ) -> Result<(), StoreError> {
        // One statement for the whole batch, and only for the rows this run holds.
        let ids: Vec<i64> = results.iter().map(|r| r.subscriber_id).collect();
        let states: Vec<&str> = results.iter().map(|r| r.state.as_str()).collect();
        let replies: Vec<Option<String>> = results.iter().map(|r| r.reply.clone()).collect();
        let message_ids: Vec<Option<String>> =
            results.iter().map(|r| r.message_id.clone()).collect();
        sqlx::query(
            "UPDATE deliveries d SET state = r.state, last_reply = COALESCE(r.reply, d.last_reply),
                    message_id = COALESCE(r.message_id, d.message_id), updated_at = $5,
                    sent_at = CASE WHEN r.state = 'sent' THEN $5 ELSE d.sent_at END,
                    sent_by = CASE WHEN r.state = 'sent' THEN $7 ELSE d.sent_by END
             FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::text[])
                  AS r (subscriber_id, state, reply, message_id)
             WHERE d.publication_id = $6 AND d.subscriber_id = r.subscriber_id
               AND d.state = 'sending' AND d.claim_owner = $7",
        )
        .bind(&ids)
        .bind(&states)
        .bind(&replies)
        .bind(&message_ids)
        .bind(now())
        .bind(p.id)
        .bind(run.owner)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn status(&self, p: &Publication) -> Result<StatusCounts, StoreError> {
        let counts = sqlx::query(
            "SELECT COALESCE(lang, '-') AS lang, state, COUNT(*) AS n FROM deliveries
             WHERE publication_id = $1 GROUP BY 1, 2",
        )
        .bind(p.id)
        .fetch_all(&self.pool)
        .await?;
        let failures = sqlx::query(
            "SELECT email, state, COALESCE(last_reply, '') AS reply FROM deliveries
             WHERE publication_id = $1 AND state IN ('failed_temporary', 'failed_permanent')
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

    async fn note_bounce(&self, subscriber_id: i64, threshold: u32) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE subscribers SET bounces = bounces + 1, updated_at = $1,
                    status = CASE WHEN bounces + 1 >= $2 AND status = 'active' THEN 'bounced' ELSE status END
             WHERE id = $3",
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
            "UPDATE subscribers SET status = 'unsubscribed', updated_at = $1 WHERE id = $2 AND status <> 'unsubscribed'",
        )
        .bind(now())
        .bind(subscriber_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n > 0)
    }
}

/// Imports one batch of rows with distinct addresses: what is stored already is read and
/// locked in one statement, then the new rows are inserted, the changed ones updated and all
/// put on the list, one statement each, the columns passed as arrays.
async fn import_batch(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    list_id: i64,
    batch: &[NewSubscriber],
    now: &str,
    report: &mut ImportReport,
) -> Result<(), StoreError> {
    let emails: Vec<&str> = batch.iter().map(|r| r.email.as_str()).collect();
    let stored = sqlx::query(
        "SELECT s.email, s.name, s.lang, s.attributes,
                CASE WHEN EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = $1 AND m.subscriber_id = s.id) THEN 1::int8 ELSE 0::int8 END AS member
         FROM subscribers s WHERE s.email = ANY($2) FOR UPDATE OF s",
    )
    .bind(list_id)
    .bind(&emails)
    .fetch_all(&mut **tx)
    .await?;
    let stored: std::collections::HashMap<String, sqlx::postgres::PgRow> = stored
        .into_iter()
        .map(|r| (r.get::<String, _>("email"), r))
        .collect();
    let sorted = sort_import_batch(batch, &stored, report);
    let columns = |rows: &[ImportRow<'_>]| {
        let text = |f: &dyn Fn(&ImportRow<'_>) -> String| rows.iter().map(f).collect::<Vec<_>>();
        (
            text(&|r| r.row.email.clone()),
            text(&|r| r.row.name.clone()),
            text(&|r| r.row.lang.code().to_owned()),
            text(&|r| r.attributes.clone()),
            text(&|r| r.row.consent_source.clone()),
        )
    };
    if !sorted.new.is_empty() {
        let (email, name, lang, attributes, source) = columns(&sorted.new);
        sqlx::query(
            "INSERT INTO subscribers (email, name, lang, attributes, consent_at, consent_source, created_at, updated_at)
             SELECT e, n, l, a, $6, s, $6, $6
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t (e, n, l, a, s)",
        )
        .bind(email)
        .bind(name)
        .bind(lang)
        .bind(attributes)
        .bind(source)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    if !sorted.changed.is_empty() {
        let (email, name, lang, attributes, _) = columns(&sorted.changed);
        sqlx::query(
            "UPDATE subscribers SET name = t.n, lang = t.l, attributes = t.a, updated_at = $5
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[]) AS t (e, n, l, a)
             WHERE subscribers.email = t.e",
        )
        .bind(email)
        .bind(name)
        .bind(lang)
        .bind(attributes)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO list_members (list_id, subscriber_id, added_at)
         SELECT $1, s.id, $2 FROM subscribers s WHERE s.email = ANY($3)
         ON CONFLICT (list_id, subscriber_id) DO NOTHING",
    )
    .bind(list_id)
    .bind(now)
    .bind(&emails)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
