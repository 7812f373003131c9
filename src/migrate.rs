//! `communique store migrate`: an SQLite store copied into a new PostgreSQL database.

use communique_store::{Access, AnyStore};

use crate::cli::StoreCommand;
use crate::report::Failure;

pub async fn run(command: &StoreCommand) -> Result<(), Failure> {
    let StoreCommand::Migrate { from, to } = command;
    crate::store::check_address(to)?;
    if !crate::store::is_postgres(to) {
        return Err(Failure::Usage(format!(
            "--to {} is not a PostgreSQL address: give postgres://user@host/database",
            to.display()
        )));
    }
    if crate::store::is_postgres(from) {
        return Err(Failure::Usage(format!(
            "--from {} is a PostgreSQL address: give the SQLite store (a file) to copy",
            crate::store::shown(from)
        )));
    }
    let AnyStore::Sqlite(source) = crate::store::open_read_only(from)
        .await
        .map_err(Failure::Store)?
    else {
        return Err(Failure::Usage("--from must name an SQLite store".into()));
    };
    let address = crate::store::address(to).map_err(Failure::Store)?;
    let target = AnyStore::open(&address, Access::Create, std::time::Duration::ZERO, 4)
        .await
        .map_err(Failure::Store)?;
    let AnyStore::Postgres(pg) = &target else {
        return Err(Failure::Usage(
            "--to must name a PostgreSQL database".into(),
        ));
    };
    let copied = communique_store::copy_store(&source, pg).await;
    target.close().await;
    source.close().await;
    let copied = copied.map_err(Failure::Store)?;
    println!(
        "copied {} into {}; the counts match:",
        from.display(),
        address.shown()
    );
    for (table, rows) in &copied.tables {
        println!("  {table:<20} {rows:>10}");
    }
    println!(
        "point --db (or COMMUNIQUE_DB) at the new store, and give every machine COMMUNIQUE_TOKEN_SECRET_FILE={} (the secret the links already sent were signed with)",
        crate::secret::default_path(from).display()
    );
    Ok(())
}
