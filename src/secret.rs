//! The key unsubscribe links are signed with: from the environment or a file, never argv.

use std::path::{Path, PathBuf};

use communique_mail::token::TokenKey;

use crate::report::Failure;

/// `COMMUNIQUE_TOKEN_SECRET`, else the file named by `COMMUNIQUE_TOKEN_SECRET_FILE`, else
/// `communique.secret` beside the store, created with a random secret on first use (so that
/// a fresh clone works) and readable by its owner only.
///
/// A PostgreSQL store has no "beside": its senders and web servers may run on several
/// machines, and every one of them must sign and verify with the same secret, so it is never
/// created on one of them.
pub fn token_key(db: &Path) -> Result<TokenKey, Failure> {
    match existing_token_key(db)? {
        Some(key) => Ok(key),
        None if crate::store::is_postgres(db) => Err(shared_missing()),
        None => create(&default_path(db)),
    }
}

fn shared_missing() -> Failure {
    Failure::Secret(
        "no token secret: a PostgreSQL store is shared by machines that must all sign and verify links with one secret, so none is created; set COMMUNIQUE_TOKEN_SECRET or COMMUNIQUE_TOKEN_SECRET_FILE (the same on every machine)".into(),
    )
}

/// The key if there is one already; `None` if `token_key` would create `communique.secret`
/// beside the store. A secret that is named but unreadable, or too weak, is an error: it is
/// checked before anything else is changed, and nothing is created here.
pub fn existing_token_key(db: &Path) -> Result<Option<TokenKey>, Failure> {
    let weak = |e: communique_mail::token::WeakSecret| Failure::Secret(e.to_string());
    if let Ok(secret) = std::env::var("COMMUNIQUE_TOKEN_SECRET") {
        return TokenKey::new(secret.trim().as_bytes())
            .map(Some)
            .map_err(weak);
    }
    let (path, explicit) = match std::env::var_os("COMMUNIQUE_TOKEN_SECRET_FILE") {
        Some(p) => (PathBuf::from(p), true),
        None if crate::store::is_postgres(db) => return Ok(None),
        None => (default_path(db), false),
    };
    match std::fs::read_to_string(&path) {
        Ok(secret) => TokenKey::new(secret.trim().as_bytes())
            .map(Some)
            .map_err(weak),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => Ok(None),
        Err(e) => Err(Failure::Secret(format!(
            "cannot read the token secret {}: {e}",
            path.display()
        ))),
    }
}

/// The failure of a command that needs the secret the links were signed with and finds none:
/// it never creates one, which could verify no link ever sent.
pub fn missing(db: &Path, command: &str) -> Failure {
    if crate::store::is_postgres(db) {
        return shared_missing();
    }
    Failure::Secret(format!(
        "no token secret: COMMUNIQUE_TOKEN_SECRET and COMMUNIQUE_TOKEN_SECRET_FILE are not set and there is no {}; `{command}` needs the secret the links in sent emails were signed with, and does not create one",
        default_path(db).display()
    ))
}

/// `communique.secret` beside the store.
pub fn default_path(db: &Path) -> PathBuf {
    db.with_file_name("communique.secret")
}

fn create(path: &Path) -> Result<TokenKey, Failure> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Failure::Secret(format!("no randomness for a secret: {e}")))?;
    let secret = data_encoding::HEXLOWER.encode(&bytes);
    write_private(path, &secret)
        .map_err(|e| Failure::Secret(format!("cannot create {}: {e}", path.display())))?;
    eprintln!(
        "note: created {} to sign unsubscribe links; keep it (links stop working without it) and keep it private",
        path.display()
    );
    TokenKey::new(secret.as_bytes()).map_err(|e| Failure::Secret(e.to_string()))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}
