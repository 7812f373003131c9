//! What subscribers do for themselves through the web pages, in the PostgreSQL store (see
//! `crate::membership` for the rules). Each change locks its subscriber's row first, so two
//! machines serving the pages apply one person's choices one after the other.

use communique_model::Lang;
use sqlx::Row;

use super::PgStore;
use crate::StoreError;
use crate::membership::{Confirmed, Left, LinkUse, Membership, Profile};
use crate::rows::{now, subscriber_from};

impl PgStore {
    /// A subscriber and their lists; `None` if there is no such subscriber.
    pub async fn profile(&self, subscriber_id: i64) -> Result<Option<Profile>, StoreError> {
        let Some(row) = sqlx::query("SELECT * FROM subscribers WHERE id = $1")
            .bind(subscriber_id)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        let subscriber = subscriber_from(&row);
        let everything_stopped = subscriber.status == crate::SubscriberStatus::Unsubscribed;
        let lists = sqlx::query(
            "SELECT l.name, m.unsubscribed_at IS NULL AS subscribed FROM list_members m
             JOIN lists l ON l.id = m.list_id WHERE m.subscriber_id = $1 ORDER BY l.name",
        )
        .bind(subscriber_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Membership {
            list: r.get("name"),
            subscribed: r.get::<bool, _>("subscribed") && !everything_stopped,
        })
        .collect();
        Ok(Some(Profile { subscriber, lists }))
    }

    /// Takes a subscriber off one list (idempotent). Once they are on no list, their own status
    /// becomes `unsubscribed` too (unless they bounced).
    pub async fn leave_list(&self, subscriber_id: i64, list: &str) -> Result<Left, StoreError> {
        let now = now();
        let mut tx = self.pool().begin().await?;
        let status = locked_status(&mut tx, subscriber_id).await?;
        let Some(status) = status else {
            return Ok(Left::NoSuchSubscriber);
        };
        let left = sqlx::query(
            "UPDATE list_members SET unsubscribed_at = $1
             WHERE subscriber_id = $2 AND unsubscribed_at IS NULL
               AND list_id = (SELECT id FROM lists WHERE name = $3)",
        )
        .bind(&now)
        .bind(subscriber_id)
        .bind(list)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        settle_status(&mut tx, subscriber_id, &now).await?;
        tx.commit().await?;
        Ok(if left > 0 && status != "unsubscribed" {
            Left::Unsubscribed
        } else {
            Left::Already
        })
    }

    /// Saves a subscriber's choices: their language, and the lists they want. Lists they are on
    /// and do not want are left; a wanted list they are not on is joined only if it is in
    /// `open` (lists anyone may join), with `source` as the consent. `false` if there is no
    /// such subscriber.
    pub async fn save_preferences(
        &self,
        subscriber_id: i64,
        lang: Lang,
        wanted: &[String],
        open: &[String],
        source: &str,
    ) -> Result<bool, StoreError> {
        let now = now();
        let mut tx = self.pool().begin().await?;
        let status = locked_status(&mut tx, subscriber_id).await?;
        let Some(status) = status else {
            return Ok(false);
        };
        sqlx::query("UPDATE subscribers SET lang = $1, updated_at = $2 WHERE id = $3")
            .bind(lang.code())
            .bind(&now)
            .bind(subscriber_id)
            .execute(&mut *tx)
            .await?;
        let current: Vec<(i64, String)> = sqlx::query(
            "SELECT m.list_id, l.name FROM list_members m JOIN lists l ON l.id = m.list_id
             WHERE m.subscriber_id = $1",
        )
        .bind(subscriber_id)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| (r.get("list_id"), r.get("name")))
        .collect();
        for (list_id, name) in &current {
            if wanted.contains(name) {
                // Someone who had stopped everything and now ticks a list gets that list
                // back, consented to here.
                sqlx::query(
                    "UPDATE list_members SET unsubscribed_at = NULL, consent_at = $1, consent_source = $2
                     WHERE subscriber_id = $3 AND list_id = $4
                       AND (unsubscribed_at IS NOT NULL OR $5 = 'unsubscribed')",
                )
                .bind(&now)
                .bind(source)
                .bind(subscriber_id)
                .bind(list_id)
                .bind(&status)
                .execute(&mut *tx)
                .await?;
            } else {
                sqlx::query(
                    "UPDATE list_members SET unsubscribed_at = COALESCE(unsubscribed_at, $1)
                     WHERE subscriber_id = $2 AND list_id = $3",
                )
                .bind(&now)
                .bind(subscriber_id)
                .bind(list_id)
                .execute(&mut *tx)
                .await?;
            }
        }
        for name in wanted {
            if open.contains(name) && !current.iter().any(|(_, n)| n == name) {
                join(&mut tx, subscriber_id, name, source, &now).await?;
            }
        }
        if status == "unsubscribed" {
            // They had stopped everything: whatever they ticked now is what they receive.
            sqlx::query("UPDATE subscribers SET status = 'active' WHERE id = $1")
                .bind(subscriber_id)
                .execute(&mut *tx)
                .await?;
        }
        settle_status(&mut tx, subscriber_id, &now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// What the confirmation link `link` for `email` on `list` stands for, if it was used.
    pub async fn link_use(
        &self,
        link: &str,
        email: &str,
        list: &str,
    ) -> Result<Option<LinkUse>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let used: Option<i64> =
            sqlx::query_scalar("SELECT 1::bigint FROM confirmation_links WHERE link_hash = $1")
                .bind(link)
                .fetch_optional(&mut *conn)
                .await?;
        match used {
            Some(_) => Ok(Some(still_on(&mut conn, email, list).await?)),
            None => Ok(None),
        }
    }

    /// Records a confirmed subscription, once per link: the subscriber (found by address, or
    /// added) is active, in `lang`, on `list` (created if new). Their other lists stay as they
    /// were; someone who had stopped everything receives only this list. Consent is recorded
    /// when it is new (a new subscriber, a list joined or re-joined after leaving it) and kept
    /// otherwise: a second confirmation does not move its time or source. A link used before
    /// changes nothing and says what it stands for now.
    pub async fn confirm_subscription(&self, c: &Confirmed<'_>) -> Result<LinkUse, StoreError> {
        let now = now();
        let mut tx = self.pool().begin().await?;
        // Links past their expiry are refused before the store is asked: forget them.
        sqlx::query("DELETE FROM confirmation_links WHERE expires_at < $1")
            .bind(jiff::Timestamp::now().as_second())
            .execute(&mut *tx)
            .await?;
        let first_use = sqlx::query(
            "INSERT INTO confirmation_links (link_hash, expires_at, used_at) VALUES ($1, $2, $3)
             ON CONFLICT (link_hash) DO NOTHING",
        )
        .bind(c.link)
        .bind(c.link_expires)
        .bind(&now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !first_use {
            let state = still_on(&mut tx, c.email, c.list).await?;
            tx.commit().await?;
            return Ok(state);
        }
        // The subscriber's row is locked for the rest of the transaction, as every change to a
        // subscriber does, so that an unsubscribe committing meanwhile is not overwritten; a
        // new address another confirmation inserted first is found on the second pass.
        let id: i64 = loop {
            let existing =
                sqlx::query("SELECT id, status FROM subscribers WHERE email = $1 FOR UPDATE")
                    .bind(c.email)
                    .fetch_optional(&mut *tx)
                    .await?;
            if let Some(row) = existing {
                let id: i64 = row.get("id");
                if row.get::<String, _>("status") == "unsubscribed" {
                    sqlx::query(
                        "UPDATE list_members SET unsubscribed_at = COALESCE(unsubscribed_at, $1)
                         WHERE subscriber_id = $2",
                    )
                    .bind(&now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                // An active subscriber's consent stands; one who had stopped everything or
                // bounced gives it anew.
                sqlx::query(
                    "UPDATE subscribers SET name = CASE WHEN $1 = '' THEN name ELSE $1 END, lang = $2,
                            consent_at = CASE WHEN status = 'active' AND consent_at IS NOT NULL
                                              THEN consent_at ELSE $3 END,
                            consent_source = CASE WHEN status = 'active' AND consent_at IS NOT NULL
                                                  THEN consent_source ELSE $4 END,
                            status = 'active', bounces = 0, updated_at = $3
                     WHERE id = $5",
                )
                .bind(c.name)
                .bind(c.lang.code())
                .bind(&now)
                .bind(c.source)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                break id;
            }
            let added: Option<i64> = sqlx::query_scalar(
                "INSERT INTO subscribers (email, name, lang, consent_at, consent_source, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $4, $4) ON CONFLICT (email) DO NOTHING RETURNING id",
            )
            .bind(c.email)
            .bind(c.name)
            .bind(c.lang.code())
            .bind(&now)
            .bind(c.source)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = added {
                break id;
            }
        };
        join(&mut tx, id, c.list, c.source, &now).await?;
        tx.commit().await?;
        Ok(LinkUse::Subscribed(id))
    }

    /// The consent recorded for a subscriber on a list: (time, source).
    pub async fn list_consent(
        &self,
        subscriber_id: i64,
        list: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT m.consent_at, m.consent_source FROM list_members m JOIN lists l ON l.id = m.list_id
             WHERE m.subscriber_id = $1 AND l.name = $2",
        )
        .bind(subscriber_id)
        .bind(list)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.and_then(|r| {
            Some((
                r.get::<Option<String>, _>("consent_at")?,
                r.get::<Option<String>, _>("consent_source")?,
            ))
        }))
    }
}

/// Whether the subscriber `email` receives `list` now.
async fn still_on(
    conn: &mut sqlx::PgConnection,
    email: &str,
    list: &str,
) -> Result<LinkUse, StoreError> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT s.id FROM subscribers s
         JOIN list_members m ON m.subscriber_id = s.id JOIN lists l ON l.id = m.list_id
         WHERE s.email = $1 AND l.name = $2 AND m.unsubscribed_at IS NULL
           AND s.status != 'unsubscribed'",
    )
    .bind(email)
    .bind(list)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id.map_or(LinkUse::Spent, LinkUse::Subscribed))
}

/// Puts a subscriber on a list (created if new), subscribed, with this consent; a membership
/// already running keeps the consent it was given.
async fn join(
    tx: &mut sqlx::PgConnection,
    subscriber_id: i64,
    list: &str,
    source: &str,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO lists (name, created_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(list)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO list_members AS m (list_id, subscriber_id, added_at, consent_at, consent_source)
         VALUES ((SELECT id FROM lists WHERE name = $1), $2, $3, $3, $4)
         ON CONFLICT (list_id, subscriber_id) DO UPDATE
             SET consent_at = CASE WHEN m.unsubscribed_at IS NULL AND m.consent_at IS NOT NULL
                                   THEN m.consent_at ELSE excluded.consent_at END,
                 consent_source = CASE WHEN m.unsubscribed_at IS NULL AND m.consent_at IS NOT NULL
                                       THEN m.consent_source ELSE excluded.consent_source END,
                 unsubscribed_at = NULL",
    )
    .bind(list)
    .bind(subscriber_id)
    .bind(now)
    .bind(source)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// The subscriber's status, their row locked for the rest of the transaction (every change to
/// a subscriber takes this lock first); `None` if there is no such subscriber.
async fn locked_status(
    conn: &mut sqlx::PgConnection,
    subscriber_id: i64,
) -> Result<Option<String>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT status FROM subscribers WHERE id = $1 FOR UPDATE")
            .bind(subscriber_id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// `unsubscribed` once an active subscriber is on no list any more. (Becoming active again is
/// always an explicit choice: a preference saved or a subscription confirmed.)
async fn settle_status(
    tx: &mut sqlx::PgConnection,
    subscriber_id: i64,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE subscribers SET status = 'unsubscribed', updated_at = $1
         WHERE id = $2 AND status = 'active'
           AND NOT EXISTS (SELECT 1 FROM list_members WHERE subscriber_id = $2 AND unsubscribed_at IS NULL)",
    )
    .bind(now)
    .bind(subscriber_id)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
