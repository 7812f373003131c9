//! Opening the store the way every command does: `--db` (or `COMMUNIQUE_DB`) names an SQLite
//! file or a `postgres://` database; a password comes from the environment or a file.

use std::path::Path;
use std::time::Duration;

use communique_store::{Access, Address, AnyStore, StoreError};

use crate::report::Failure;

/// `COMMUNIQUE_DB_BUSY_MS` bounds the wait for a lock another process holds on an SQLite
/// store (default ten seconds), after which the command fails and nothing is sent.
fn busy() -> Duration {
    std::env::var("COMMUNIQUE_DB_BUSY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(10), Duration::from_millis)
}

/// `COMMUNIQUE_DB_POOL`: the connections one process opens to PostgreSQL (default 8).
fn pool() -> u32 {
    std::env::var("COMMUNIQUE_DB_POOL")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(8)
}

/// The address as given, as text.
fn text(db: &Path) -> String {
    db.to_string_lossy().into_owned()
}

/// True when the store is a PostgreSQL database rather than a file.
pub fn is_postgres(db: &Path) -> bool {
    communique_store::is_postgres(&text(db))
}

/// The store's address as errors and logs may show it: never with a password.
pub fn shown(db: &Path) -> String {
    communique_store::without_password(&text(db))
}

/// Refuses a password written into the address on the command line, where every user of the
/// machine can read it (`ps`) and shells keep it in their history. Checked before anything
/// else is done.
pub fn check_address(db: &Path) -> Result<(), Failure> {
    let text = text(db);
    if !Address::has_password(&text) {
        return Ok(());
    }
    let from_env = std::env::var("COMMUNIQUE_DB").is_ok_and(|v| v == text);
    if from_env && std::env::args().all(|a| !a.contains(&text)) {
        return Ok(());
    }
    Err(Failure::Usage(format!(
        "the store address {} carries a password on the command line, where other users can read it: give the address without it and the password in PGPASSWORD or in a file named by COMMUNIQUE_DB_PASSWORD_FILE (or the whole address in COMMUNIQUE_DB)",
        shown(db)
    )))
}

/// The password for a PostgreSQL address without one: `PGPASSWORD`, else the first line of
/// the file named by `COMMUNIQUE_DB_PASSWORD_FILE`.
fn password(shown: &str) -> Result<Option<String>, StoreError> {
    if let Ok(p) = std::env::var("PGPASSWORD") {
        return Ok(Some(p));
    }
    let Some(file) = std::env::var_os("COMMUNIQUE_DB_PASSWORD_FILE") else {
        return Ok(None);
    };
    let read = std::fs::read_to_string(&file).map_err(|e| StoreError::Connect {
        address: shown.to_owned(),
        reason: format!(
            "cannot read the password file {} (COMMUNIQUE_DB_PASSWORD_FILE): {e}",
            Path::new(&file).display()
        ),
    })?;
    Ok(Some(read.lines().next().unwrap_or("").to_owned()))
}

/// The address `db` names, its password added from the environment when it needs one.
pub fn address(db: &Path) -> Result<Address, StoreError> {
    let text = text(db);
    let password = if communique_store::is_postgres(&text) {
        password(&shown(db))?
    } else {
        None
    };
    Address::parse(&text, password.as_deref())
}

async fn open_as(db: &Path, access: Access) -> Result<AnyStore, StoreError> {
    AnyStore::open(&address(db)?, access, busy(), pool()).await
}

/// Opens the store for a command that writes, creating it if needed.
pub async fn open(db: &Path) -> Result<AnyStore, StoreError> {
    open_as(db, Access::Create).await
}

/// Opens the existing store for a command that writes to it but must not start a new one:
/// `serve` and `unsubscribe` act on the subscribers of mails already sent, so a store that is
/// not there is a wrong path (`--db`, the working directory), not a store to create.
pub async fn open_existing(db: &Path) -> Result<AnyStore, StoreError> {
    open_as(db, Access::Existing).await
}

/// Opens the existing store for a command that only reads: nothing is created, and a store
/// the user may not write still serves.
pub async fn open_read_only(db: &Path) -> Result<AnyStore, StoreError> {
    open_as(db, Access::ReadOnly).await
}
