//! Opening the store the way every command does.

use std::path::Path;
use std::time::Duration;

use communique_store::{SqliteStore, StoreError};

/// `COMMUNIQUE_DB_BUSY_MS` bounds the wait for a lock another process holds (default ten
/// seconds), after which the command fails and nothing is sent.
fn busy() -> Duration {
    std::env::var("COMMUNIQUE_DB_BUSY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(10), Duration::from_millis)
}

/// Opens the store at `path` for a command that writes, creating it if needed.
pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
    SqliteStore::open_with(path, busy()).await
}

/// Opens the existing store at `path` for a command that writes to it but must not start a new
/// one: `serve` and `unsubscribe` act on the subscribers of mails already sent, so a store that
/// is not there is a wrong path (`--db`, the working directory), not a store to create.
pub async fn open_existing(path: &Path) -> Result<SqliteStore, StoreError> {
    if !path.exists() {
        return Err(StoreError::Missing(path.to_owned()));
    }
    open(path).await
}

/// Opens the existing store at `path` for a command that only reads: nothing is created, and a
/// store the user may not write still serves.
pub async fn open_read_only(path: &Path) -> Result<SqliteStore, StoreError> {
    SqliteStore::open_read_only(path, busy()).await
}
