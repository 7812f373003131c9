//! Storage: subscribers and lists, publications, the per-recipient delivery journal and the
//! schedule of publications. SQLite by default, in one file created and migrated on first use;
//! PostgreSQL for several sender machines on one database. Both implement the [`Store`] trait
//! (and the same schedule and membership operations); [`AnyStore`] is whichever one a store
//! address names, so the delivery engine, the scheduler and the web pages never know which.
//!
//! It must not know how notices are worded or rendered, or how mail is sent: it stores states
//! and replies as the delivery engine reports them.

mod address;
mod any;
mod copy;
mod csv_import;
mod error;
mod membership;
mod postgres;
mod rows;
mod schedule;
mod sqlite;
mod types;

pub use address::{AddressError, domain_of, limit_key, normalize_email};
pub use any::{Access, Address, AnyStore, is_postgres, without_password};
pub use copy::{Copied, copy_store};
pub use csv_import::{BadRow, CsvRow, Repeat, Repeats, SubscriberCsv};
pub use error::StoreError;
pub use membership::{Confirmed, Left, LinkUse, Membership, Profile};
pub use postgres::PgStore;
pub use schedule::{Job, JobState, NewJob};
pub use sqlite::SqliteStore;
pub use types::{
    Claimed, DeliveryState, Existing, ImportPreview, ImportReport, LangChoice, NewSubscriber,
    Publication, PublicationRequest, Recorded, Run, StatusCounts, Subscriber, SubscriberStatus,
};

/// Rows for an import, handed over a batch at a time, so that a file of millions of rows is
/// never held whole in memory.
pub trait ImportSource: Send {
    /// The next rows; an empty batch ends the import. An `Err` (the rows could not be read
    /// again) abandons the import: nothing is imported.
    fn next_batch(&mut self) -> Result<Vec<NewSubscriber>, String>;
}

/// Rows already in memory, as one source.
pub struct SliceRows<'a>(pub std::slice::Chunks<'a, NewSubscriber>);

impl ImportSource for SliceRows<'_> {
    fn next_batch(&mut self) -> Result<Vec<NewSubscriber>, String> {
        Ok(self
            .0
            .next()
            .map(<[NewSubscriber]>::to_vec)
            .unwrap_or_default())
    }
}

/// What the delivery engine and the commands need from storage.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Adds or updates subscribers (matched by email) and puts them on `list`, all in one
    /// transaction. Rows that were already identical count as unchanged.
    async fn import(&self, list: &str, rows: &[NewSubscriber]) -> Result<ImportReport, StoreError> {
        self.import_from(list, &mut SliceRows(rows.chunks(rows::IMPORT_BATCH)))
            .await
    }

    /// [`Store::import`] of rows read a batch at a time, still in one transaction: a source
    /// that fails leaves the store as it was.
    async fn import_from(
        &self,
        list: &str,
        rows: &mut dyn ImportSource,
    ) -> Result<ImportReport, StoreError>;

    /// What `import` would do, without writing anything: the counts it would report and who
    /// the list would reach afterwards (a dry run).
    async fn preview_import(
        &self,
        list: &str,
        rows: &[NewSubscriber],
    ) -> Result<ImportPreview, StoreError>;

    /// The subscribers of `list` (or every subscriber), ordered by email.
    async fn subscribers(&self, list: Option<&str>) -> Result<Vec<Subscriber>, StoreError>;

    /// Removes a subscriber and their list memberships; journal rows stay.
    async fn remove_subscriber(&self, email: &str) -> Result<bool, StoreError>;

    /// Finds or creates the publication of an event to a list. The same content and languages
    /// resume the existing one; different ones are refused unless `resend` starts a new one.
    async fn open_publication(
        &self,
        req: &PublicationRequest<'_>,
    ) -> Result<Publication, StoreError>;

    /// Refuses, as `open_publication` would, a publication that changed since an earlier one
    /// (unless `resend`), without writing anything: so that a refusal comes before any other
    /// change (an import), and a dry run says what a real run would say. A list that does not
    /// exist yet has nothing published.
    async fn check_publication(&self, req: &PublicationRequest<'_>) -> Result<(), StoreError>;

    /// Takes the publication for one run (a lease of `lease_secs`, renewed with `renew_run`).
    /// On SQLite a second run of the same publication is refused while the first one lives, so
    /// two runs never send the same rows, and a lease that ran out (a crashed run) is taken
    /// over. On PostgreSQL runs share the publication: each row is claimed by one run.
    async fn begin_run(
        &self,
        publication: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<(), StoreError>;

    /// Takes the publication from the run `from`, known to be dead (its process is gone).
    async fn take_over_run(
        &self,
        publication: &Publication,
        from: &str,
        owner: &str,
        lease_secs: i64,
    ) -> Result<bool, StoreError>;

    /// Extends the run's lease (on PostgreSQL, its claims on the rows it is sending); false if
    /// another run took the publication over.
    async fn renew_run(
        &self,
        publication: &Publication,
        owner: &str,
        lease_secs: i64,
    ) -> Result<bool, StoreError>;

    /// Releases the run's lease.
    async fn end_run(&self, publication: &Publication, owner: &str) -> Result<(), StoreError>;

    /// Writes one journal row per list member, choosing each one's language by `choice`
    /// (members without a published language become `skipped`). Members who already have a row
    /// for the same event through another list are skipped as duplicates. Rows left `sending`
    /// by a crash go back to `pending`. Returns how many rows were added.
    async fn enqueue(
        &self,
        publication: &Publication,
        choice: &LangChoice,
    ) -> Result<u64, StoreError>;

    /// Moves up to `n` pending rows to `sending` for `run` (counting the attempt) and returns
    /// them; rows of subscribers who are no longer active are closed as skipped first. Rows
    /// another run claimed are never returned while its claim lasts.
    async fn claim(
        &self,
        publication: &Publication,
        run: &Run<'_>,
        n: u32,
    ) -> Result<Vec<Claimed>, StoreError>;

    /// Rows other runs are sending (claimed, not yet recorded). A run that finds nothing left
    /// to claim waits while there are any: they end recorded by their run, or, if it died,
    /// claimable once its lease runs out, so that the publication is complete when the last
    /// run ends. Always 0 on SQLite, where one run holds a publication.
    async fn held_elsewhere(
        &self,
        publication: &Publication,
        run: &Run<'_>,
    ) -> Result<u64, StoreError>;

    /// Of the rows claimed for sending (`sending`), the subscribers who have left since: who
    /// unsubscribed (from everything or from this list), bounced or were removed after the
    /// claim. The delivery engine reads this a few times a second and skips them just before
    /// sending, so leaving is honoured within a fraction of a second whatever the rate, without
    /// a query per message.
    async fn departed(
        &self,
        publication: &Publication,
    ) -> Result<std::collections::HashSet<i64>, StoreError>;

    /// Records what happened to each row `run` claimed (still `sending`), in one transaction.
    async fn record(
        &self,
        publication: &Publication,
        run: &Run<'_>,
        results: &[Recorded],
    ) -> Result<(), StoreError>;

    /// Counts per language and state, and the failures with their replies.
    async fn status(&self, publication: &Publication) -> Result<StatusCounts, StoreError>;

    /// Active members of `list` per subscriber language (what a publication would reach).
    async fn audience(
        &self,
        list: &str,
    ) -> Result<std::collections::BTreeMap<communique_model::Lang, u64>, StoreError>;

    /// Every publication, newest first.
    async fn publications(&self) -> Result<Vec<Publication>, StoreError>;

    /// Marks a subscriber bounced once their permanent RCPT rejections reach `threshold`.
    async fn note_bounce(&self, subscriber_id: i64, threshold: u32) -> Result<(), StoreError>;

    /// Unsubscribes a subscriber (idempotent).
    async fn unsubscribe(&self, subscriber_id: i64) -> Result<bool, StoreError>;
}
