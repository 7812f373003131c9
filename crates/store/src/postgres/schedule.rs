//! The schedule in the PostgreSQL store, shared by schedulers on several machines. Due times and
//! lateness follow the caller's `now` (as on SQLite); leases are in the database's time, so
//! machines whose clocks disagree still never hold one mailing at once: a due mailing is taken
//! by one scheduler (`FOR UPDATE SKIP LOCKED`), and another takes it over only once the lease,
//! renewed while its scheduler lives, ran out by the database's clock.

use jiff::{SignedDuration, Timestamp};

use super::PgStore;
use crate::StoreError;
use crate::rows::{due_from, job_from};
use crate::schedule::{Job, JobState, NewJob};

/// A lease's length in seconds, as PostgreSQL's interval arithmetic takes it.
fn seconds(lease: SignedDuration) -> f64 {
    lease.as_secs_f64().max(1.0)
}

impl PgStore {
    /// Stores a job; returns its number.
    pub async fn create_job(&self, job: &NewJob, now: Timestamp) -> Result<i64, StoreError> {
        let langs: Vec<&str> = job.langs.iter().map(|l| l.code()).collect();
        let id = sqlx::query_scalar(
            "INSERT INTO jobs (event_id, event_json, langs, lists, transport, options, due_at, zone, state, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', $9, $10) RETURNING id",
        )
        .bind(&job.event_id)
        .bind(&job.event_json)
        .bind(langs.join(","))
        .bind(job.lists.join("\n"))
        .bind(&job.transport)
        .bind(&job.options)
        .bind(job.due_at.to_string())
        .bind(&job.zone)
        .bind(now.to_string())
        .bind(now.to_string())
        .fetch_one(self.pool())
        .await?;
        Ok(id)
    }

    /// Every job, soonest first.
    pub async fn jobs(&self) -> Result<Vec<Job>, StoreError> {
        let rows = sqlx::query("SELECT * FROM jobs ORDER BY due_at, id")
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(job_from).collect())
    }

    /// One job.
    pub async fn job(&self, id: i64) -> Result<Option<Job>, StoreError> {
        let row = sqlx::query("SELECT * FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(job_from))
    }

    /// Cancels a job that has not finished; a job being sent stops before its next message.
    /// Returns the state it was in, or `None` if there is no such job.
    pub async fn cancel_job(
        &self,
        id: i64,
        now: Timestamp,
    ) -> Result<Option<JobState>, StoreError> {
        let before: Option<String> = sqlx::query_scalar("SELECT state FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        let Some(before) = before.map(|s| JobState::parse(&s)) else {
            return Ok(None);
        };
        if matches!(before, JobState::Scheduled | JobState::Sending) {
            sqlx::query("UPDATE jobs SET state = 'cancelled', updated_at = $1 WHERE id = $2 AND state IN ('scheduled', 'sending')")
                .bind(now.to_string())
                .bind(id)
                .execute(self.pool())
                .await?;
        }
        Ok(Some(before))
    }

    /// Marks jobs that became due more than `max_lateness` ago as missed; returns them.
    pub async fn mark_missed(
        &self,
        now: Timestamp,
        max_lateness: SignedDuration,
    ) -> Result<Vec<Job>, StoreError> {
        let cutoff = now.checked_sub(max_lateness).unwrap_or(now);
        let rows = sqlx::query(
            "UPDATE jobs SET state = 'missed', updated_at = $1,
                    last_error = 'due at ' || due_at || ' while no scheduler was running; older than the allowed lateness'
             WHERE state = 'scheduled' AND due_at < $2 RETURNING *",
        )
        .bind(now.to_string())
        .bind(cutoff.to_string())
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(job_from).collect())
    }

    /// Claims the most overdue job: one that is due and scheduled, or one whose sender's lease
    /// ran out (it crashed). The claim and the lease are one atomic statement, so two
    /// schedulers can never hold the same job.
    pub async fn claim_due_job(
        &self,
        now: Timestamp,
        owner: &str,
        lease: SignedDuration,
    ) -> Result<Option<Job>, StoreError> {
        let row = sqlx::query(
            "UPDATE jobs SET state = 'sending', lease_owner = $1,
                    lease_until = now() + $2 * interval '1 second', updated_at = $3
             WHERE id = (SELECT id FROM jobs
                         WHERE (state = 'scheduled' AND due_at <= $3)
                            OR (state = 'sending' AND lease_until < now())
                         ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
             RETURNING *",
        )
        .bind(owner)
        .bind(seconds(lease))
        .bind(now.to_string())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(job_from))
    }

    /// Extends the lease of a job this owner is sending. False when the job was cancelled or
    /// taken over: the sender must stop.
    pub async fn renew_lease(
        &self,
        id: i64,
        owner: &str,
        now: Timestamp,
        lease: SignedDuration,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE jobs SET lease_until = now() + $1 * interval '1 second', updated_at = $2
             WHERE id = $3 AND state = 'sending' AND lease_owner = $4",
        )
        .bind(seconds(lease))
        .bind(now.to_string())
        .bind(id)
        .bind(owner)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(n > 0)
    }

    /// Records how a job this owner was sending ended (a cancelled job stays cancelled).
    pub async fn finish_job(
        &self,
        id: i64,
        owner: &str,
        state: JobState,
        error: Option<&str>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET state = $1, last_error = $2, lease_owner = NULL, lease_until = NULL, updated_at = $3
             WHERE id = $4 AND lease_owner = $5 AND state = 'sending'",
        )
        .bind(state.as_str())
        .bind(error)
        .bind(now.to_string())
        .bind(id)
        .bind(owner)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// When the next scheduled job is due, if any.
    pub async fn next_due(&self) -> Result<Option<Timestamp>, StoreError> {
        let due: Option<String> =
            sqlx::query_scalar("SELECT MIN(due_at) FROM jobs WHERE state = 'scheduled'")
                .fetch_one(self.pool())
                .await?;
        Ok(due_from(due))
    }
}
