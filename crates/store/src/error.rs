//! What can go wrong in storage.

/// A storage failure, or a refusal that protects the subscribers.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed (locked, full, corrupt, unreachable).
    #[error("the store failed: {0}")]
    Database(#[from] sqlx::Error),
    /// The store's file cannot be opened (with the operating system's reason), or its schema
    /// is not what this version expects.
    #[error("the store {} cannot be opened: {reason}", path.display())]
    Open {
        /// The store's file.
        path: std::path::PathBuf,
        /// Why, as the operating system or SQLite said it.
        reason: String,
    },
    /// The PostgreSQL store cannot be reached, or its schema is not what this version expects.
    #[error("the store {address} cannot be used: {reason}")]
    Connect {
        /// The store's address, without its password.
        address: String,
        /// Why, as the server or the driver said it.
        reason: String,
    },
    /// The rows handed to an import could not be read (the file changed, or failed, between
    /// its check and its import). Nothing was imported.
    #[error("nothing was imported: {0}")]
    Rows(String),
    /// A copy of one store into another was refused or did not match.
    #[error("the store was not copied: {0}")]
    Copy(String),
    /// A command that only reads found no store.
    #[error(
        "there is no store at {}: nothing was imported or published with it yet (check --db or COMMUNIQUE_DB)",
        .0.display()
    )]
    Missing(std::path::PathBuf),
    /// The list does not exist.
    #[error(
        "there is no list called `{0}`: import subscribers into it first (`communique subscribers import FILE.csv --list {0}`)"
    )]
    NoSuchList(String),
    /// Another run is sending this publication right now.
    #[error(
        "`{event_id}` is being sent to the list `{list}` by another run (its lease lasts until {until}): wait for it to finish, or, if it crashed, run again after that time"
    )]
    Busy {
        /// The event.
        event_id: String,
        /// The list.
        list: String,
        /// Until when the other run holds it.
        until: String,
        /// Who holds it ("host:pid:nonce").
        owner: String,
    },
    /// This run's lease on the publication ran out (the process was paused or stuck) and
    /// another run took the publication over: this run must send nothing more.
    #[error(
        "another run took over sending `{event_id}` to the list `{list}` while this one was paused (its lease ran out): \
         this run stopped before sending more, and left the journal to the other run"
    )]
    RunLost {
        /// The event.
        event_id: String,
        /// The list.
        list: String,
    },
    /// The event was already published to this list with other content or languages.
    #[error(
        "`{event_id}` was already published to the list `{list}` ({sent} subscriber(s) received it) and {changed}. \
         Nothing was sent. To send the new version to everyone again, run the same command with --resend"
    )]
    Changed {
        /// The event.
        event_id: String,
        /// The list.
        list: String,
        /// What changed, in words.
        changed: String,
        /// How many already received the earlier version.
        sent: u64,
    },
}
