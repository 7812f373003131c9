//! Whichever store an address names: a path is an SQLite file, a `postgres://` address a
//! PostgreSQL database. Everything above the store (the delivery engine, the scheduler, the
//! web pages, the commands) holds an [`AnyStore`] and never asks which it is.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use communique_model::Lang;
use jiff::{SignedDuration, Timestamp};
use sqlx::postgres::PgConnectOptions;

use crate::membership::{Confirmed, Left, LinkUse, Profile};
use crate::schedule::{Job, JobState, NewJob};
use crate::types::{
    Claimed, ImportPreview, ImportReport, LangChoice, NewSubscriber, Publication,
    PublicationRequest, Recorded, Run, StatusCounts, Subscriber,
};
use crate::{ImportSource, PgStore, SqliteStore, Store, StoreError};

/// Where the store is. Its `Debug` shows it without its password.
#[derive(Clone)]
pub enum Address {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database.
    Postgres {
        /// How to connect (the password included, when there is one).
        options: Box<PgConnectOptions>,
        /// The address as errors and logs show it: without its password.
        shown: String,
    },
}

/// True when `text` is a PostgreSQL address rather than a path.
pub fn is_postgres(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

/// `text` with every password in it replaced by `***`: the one of the user part, and a
/// `password=` parameter. The user part ends at the last `@`, so that a password holding an
/// unescaped `/`, `?` or `:` is masked too, whether or not the address parses.
pub fn without_password(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        return text.to_owned();
    };
    let mut out = format!("{scheme}://");
    let after = match rest.rfind('@') {
        Some(at) => {
            let user = &rest[..at];
            match user.split_once(':') {
                Some((name, _)) => out.push_str(&format!("{name}:***@")),
                None => out.push_str(&format!("{user}@")),
            }
            &rest[at + 1..]
        }
        None => rest,
    };
    match after.split_once('?') {
        Some((head, query)) => {
            out.push_str(head);
            out.push('?');
            let params: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_owned(),
                })
                .collect();
            out.push_str(&params.join("&"));
        }
        None => out.push_str(after),
    }
    out
}

impl std::fmt::Debug for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Address").field(&self.shown()).finish()
    }
}

impl Address {
    /// Reads a store address. A PostgreSQL address takes `password` (from the environment or
    /// a file) when it carries none itself; TLS follows its `sslmode` (`require`,
    /// `verify-full`, …), through rustls.
    pub fn parse(text: &str, password: Option<&str>) -> Result<Address, StoreError> {
        if !is_postgres(text) {
            return Ok(Address::Sqlite(PathBuf::from(text)));
        }
        let shown = without_password(text);
        let mut options = PgConnectOptions::from_str(text).map_err(|e| StoreError::Connect {
            address: shown.clone(),
            reason: format!("it is not a PostgreSQL address ({e})"),
        })?;
        if let Some(password) = password.filter(|_| !Address::has_password(text)) {
            options = options.password(password);
        }
        Ok(Address::Postgres {
            options: Box::new(options),
            shown,
        })
    }

    /// True when a PostgreSQL address carries a password in its user part.
    pub fn has_password(text: &str) -> bool {
        is_postgres(text) && without_password(text) != text
    }

    /// The address as it may be shown.
    pub fn shown(&self) -> String {
        match self {
            Address::Sqlite(path) => path.display().to_string(),
            Address::Postgres { shown, .. } => shown.clone(),
        }
    }
}

/// How a command opens the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// It writes, and may create the store.
    Create,
    /// It writes to a store that must exist already.
    Existing,
    /// It only reads: nothing is created, migrated or written.
    ReadOnly,
}

/// A store of either kind.
#[derive(Clone)]
pub enum AnyStore {
    /// One SQLite file.
    Sqlite(SqliteStore),
    /// One PostgreSQL database.
    Postgres(PgStore),
}

impl AnyStore {
    /// Opens the store at `address`. `busy` bounds the wait for another process's lock on an
    /// SQLite file; `pool` bounds the connections to PostgreSQL.
    pub async fn open(
        address: &Address,
        access: Access,
        busy: Duration,
        pool: u32,
    ) -> Result<AnyStore, StoreError> {
        match address {
            Address::Sqlite(path) => {
                let store = match access {
                    Access::Create => SqliteStore::open_with(path, busy).await?,
                    Access::Existing if !path.exists() => {
                        return Err(StoreError::Missing(path.clone()));
                    }
                    Access::Existing => SqliteStore::open_with(path, busy).await?,
                    Access::ReadOnly => SqliteStore::open_read_only(path, busy).await?,
                };
                Ok(AnyStore::Sqlite(store))
            }
            Address::Postgres { options, shown } => Ok(AnyStore::Postgres(
                PgStore::open((**options).clone(), pool, shown, access).await?,
            )),
        }
    }

    /// Closes every connection (SQLite folds its write-ahead log into the file).
    pub async fn close(self) {
        match self {
            AnyStore::Sqlite(s) => s.close().await,
            AnyStore::Postgres(s) => s.close().await,
        }
    }
}

/// Calls the same method on whichever store this is.
macro_rules! both {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $call.await,
            AnyStore::Postgres($s) => $call.await,
        }
    };
}

impl AnyStore {
    /// See [`SqliteStore::published_event`].
    pub async fn published_event(
        &self,
        event_id: &str,
        lang: Lang,
        lists: &[String],
    ) -> Result<Option<String>, StoreError> {
        both!(self, s => s.published_event(event_id, lang, lists))
    }

    /// See [`SqliteStore::create_job`].
    pub async fn create_job(&self, job: &NewJob, now: Timestamp) -> Result<i64, StoreError> {
        both!(self, s => s.create_job(job, now))
    }

    /// See [`SqliteStore::jobs`].
    pub async fn jobs(&self) -> Result<Vec<Job>, StoreError> {
        both!(self, s => s.jobs())
    }

    /// See [`SqliteStore::job`].
    pub async fn job(&self, id: i64) -> Result<Option<Job>, StoreError> {
        both!(self, s => s.job(id))
    }

    /// See [`SqliteStore::cancel_job`].
    pub async fn cancel_job(
        &self,
        id: i64,
        now: Timestamp,
    ) -> Result<Option<JobState>, StoreError> {
        both!(self, s => s.cancel_job(id, now))
    }

    /// See [`SqliteStore::mark_missed`].
    pub async fn mark_missed(
        &self,
        now: Timestamp,
        max_lateness: SignedDuration,
    ) -> Result<Vec<Job>, StoreError> {
        both!(self, s => s.mark_missed(now, max_lateness))
    }

    /// See [`SqliteStore::claim_due_job`] (on PostgreSQL the lease is in database time).
    pub async fn claim_due_job(
        &self,
        now: Timestamp,
        owner: &str,
        lease: SignedDuration,
    ) -> Result<Option<Job>, StoreError> {
        both!(self, s => s.claim_due_job(now, owner, lease))
    }

    /// See [`SqliteStore::renew_lease`].
    pub async fn renew_lease(
        &self,
        id: i64,
        owner: &str,
        now: Timestamp,
        lease: SignedDuration,
    ) -> Result<bool, StoreError> {
        both!(self, s => s.renew_lease(id, owner, now, lease))
    }

    /// See [`SqliteStore::finish_job`].
    pub async fn finish_job(
        &self,
        id: i64,
        owner: &str,
        state: JobState,
        error: Option<&str>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        both!(self, s => s.finish_job(id, owner, state, error, now))
    }

    /// See [`SqliteStore::next_due`].
    pub async fn next_due(&self) -> Result<Option<Timestamp>, StoreError> {
        both!(self, s => s.next_due())
    }

    /// See [`SqliteStore::profile`].
    pub async fn profile(&self, subscriber_id: i64) -> Result<Option<Profile>, StoreError> {
        both!(self, s => s.profile(subscriber_id))
    }

    /// See [`SqliteStore::leave_list`].
    pub async fn leave_list(&self, subscriber_id: i64, list: &str) -> Result<Left, StoreError> {
        both!(self, s => s.leave_list(subscriber_id, list))
    }

    /// See [`SqliteStore::save_preferences`].
    pub async fn save_preferences(
        &self,
        subscriber_id: i64,
        lang: Lang,
        wanted: &[String],
        open: &[String],
        source: &str,
    ) -> Result<bool, StoreError> {
        both!(self, s => s.save_preferences(subscriber_id, lang, wanted, open, source))
    }

    /// See [`SqliteStore::link_use`].
    pub async fn link_use(
        &self,
        link: &str,
        email: &str,
        list: &str,
    ) -> Result<Option<LinkUse>, StoreError> {
        both!(self, s => s.link_use(link, email, list))
    }

    /// See [`SqliteStore::confirm_subscription`].
    pub async fn confirm_subscription(&self, c: &Confirmed<'_>) -> Result<LinkUse, StoreError> {
        both!(self, s => s.confirm_subscription(c))
    }

    /// See [`SqliteStore::list_consent`].
    pub async fn list_consent(
        &self,
        subscriber_id: i64,
        list: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        both!(self, s => s.list_consent(subscriber_id, list))
    }
}

impl Store for AnyStore {
    async fn import_from(
        &self,
        list: &str,
        rows: &mut dyn ImportSource,
    ) -> Result<ImportReport, StoreError> {
        both!(self, s => s.import_from(list, rows))
    }

    async fn preview_import(
        &self,
        list: &str,
        rows: &[NewSubscriber],
    ) -> Result<ImportPreview, StoreError> {
        both!(self, s => s.preview_import(list, rows))
    }

    async fn subscribers(&self, list: Option<&str>) -> Result<Vec<Subscriber>, StoreError> {
        both!(self, s => s.subscribers(list))
    }

    async fn remove_subscriber(&self, email: &str) -> Result<bool, StoreError> {
        both!(self, s => s.remove_subscriber(email))
    }

    async fn open_publication(
        &self,
        req: &PublicationRequest<'_>,
    ) -> Result<Publication, StoreError> {
        both!(self, s => s.open_publication(req))
    }

    async fn check_publication(&self, req: &PublicationRequest<'_>) -> Result<(), StoreError> {
        both!(self, s => s.check_publication(req))
    }

    async fn begin_run(&self, p: &Publication, owner: &str, lease: i64) -> Result<(), StoreError> {
        both!(self, s => s.begin_run(p, owner, lease))
    }

    async fn take_over_run(
        &self,
        p: &Publication,
        from: &str,
        owner: &str,
        lease: i64,
    ) -> Result<bool, StoreError> {
        both!(self, s => s.take_over_run(p, from, owner, lease))
    }

    async fn renew_run(
        &self,
        p: &Publication,
        owner: &str,
        lease: i64,
    ) -> Result<bool, StoreError> {
        both!(self, s => s.renew_run(p, owner, lease))
    }

    async fn end_run(&self, p: &Publication, owner: &str) -> Result<(), StoreError> {
        both!(self, s => s.end_run(p, owner))
    }

    async fn enqueue(&self, p: &Publication, choice: &LangChoice) -> Result<u64, StoreError> {
        both!(self, s => s.enqueue(p, choice))
    }

    async fn claim(
        &self,
        p: &Publication,
        run: &Run<'_>,
        n: u32,
    ) -> Result<Vec<Claimed>, StoreError> {
        both!(self, s => s.claim(p, run, n))
    }

    async fn held_elsewhere(&self, p: &Publication, run: &Run<'_>) -> Result<u64, StoreError> {
        both!(self, s => s.held_elsewhere(p, run))
    }

    async fn departed(&self, p: &Publication) -> Result<HashSet<i64>, StoreError> {
        both!(self, s => s.departed(p))
    }

    async fn record(
        &self,
        p: &Publication,
        run: &Run<'_>,
        results: &[Recorded],
    ) -> Result<(), StoreError> {
        both!(self, s => s.record(p, run, results))
    }

    async fn status(&self, p: &Publication) -> Result<StatusCounts, StoreError> {
        both!(self, s => s.status(p))
    }

    async fn audience(&self, list: &str) -> Result<BTreeMap<Lang, u64>, StoreError> {
        both!(self, s => s.audience(list))
    }

    async fn publications(&self) -> Result<Vec<Publication>, StoreError> {
        both!(self, s => s.publications())
    }

    async fn note_bounce(&self, subscriber_id: i64, threshold: u32) -> Result<(), StoreError> {
        both!(self, s => s.note_bounce(subscriber_id, threshold))
    }

    async fn unsubscribe(&self, subscriber_id: i64) -> Result<bool, StoreError> {
        both!(self, s => s.unsubscribe(subscriber_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_shown_without_its_password() {
        assert_eq!(
            without_password("postgres://mail:s3cret@db.example:5432/press?sslmode=require"),
            "postgres://mail:***@db.example:5432/press?sslmode=require"
        );
        assert_eq!(
            without_password("postgres://mail@db.example/press"),
            "postgres://mail@db.example/press"
        );
        // A password with characters a URL should have escaped, or as a parameter.
        assert_eq!(
            without_password("postgres://mail:a/b?c@db.example/press"),
            "postgres://mail:***@db.example/press"
        );
        assert_eq!(
            without_password("postgres://mail@db.example/press?sslmode=require&password=s3cret"),
            "postgres://mail@db.example/press?sslmode=require&password=***"
        );
        assert!(Address::has_password("postgres://a@h/d?password=x"));
        let address = Address::parse("postgres://mail:s3cret@db.example/press", None).unwrap();
        assert!(!format!("{address:?}").contains("s3cret"));
        assert!(Address::has_password("postgresql://a:b@h/d"));
        assert!(!Address::has_password("postgresql://a@h/d"));
        assert!(!Address::has_password("communique.db"));
    }
}
