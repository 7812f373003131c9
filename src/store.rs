//! Opening the store the way every command does.

use std::path::Path;
use std::time::Duration;

use communique_store::{SqliteStore, StoreError};

/// Opens the store at `path`. `COMMUNIQUE_DB_BUSY_MS` bounds the wait for a lock another process
/// holds (default ten seconds), after which the command fails and nothing is sent.
pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
    let busy = std::env::var("COMMUNIQUE_DB_BUSY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(10), Duration::from_millis);
    SqliteStore::open_with(path, busy).await
}
