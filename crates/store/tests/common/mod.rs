//! One store of each kind per test: an SQLite file in its own folder, or a PostgreSQL schema
//! of its own in the test database (`COMMUNIQUE_TEST_PG`, by default the local server's
//! `test` database), dropped first if a failed run left it and dropped again at the end.

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::Duration;

use communique_store::{Access, Address, AnyStore, Run};
use sqlx::Connection;

/// Which backend a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The run the tests claim and record as.
pub const RUN: Run<'static> = Run {
    owner: "test",
    lease_secs: 300,
};

/// The test database; the local server by default.
pub fn pg_url() -> String {
    std::env::var("COMMUNIQUE_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A store, and where it lives so that it can be removed.
pub struct Fresh {
    pub store: AnyStore,
    place: Place,
}

enum Place {
    Dir(PathBuf),
    Schema(String),
}

impl std::ops::Deref for Fresh {
    type Target = AnyStore;
    fn deref(&self) -> &AnyStore {
        &self.store
    }
}

/// The address of the schema `schema` in the test database.
pub fn schema_address(schema: &str) -> String {
    format!("{}?options=-c%20search_path%3D{schema}", pg_url())
}

/// Drops and creates `schema` (a failed earlier run may have left it).
pub async fn new_schema(schema: &str) {
    let mut conn = sqlx::PgConnection::connect(&pg_url())
        .await
        .unwrap_or_else(|e| panic!("the PostgreSQL tests need a server at {} ({e}): start it (`.ci/run` does) or set COMMUNIQUE_TEST_PG", pg_url()));
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
    )))
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
}

/// Drops `schema`.
pub async fn drop_schema(schema: &str) {
    let mut conn = sqlx::PgConnection::connect(&pg_url()).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP SCHEMA IF EXISTS {schema} CASCADE"
    )))
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
}

/// Another handle on the same store, as a second process would open it.
pub async fn open_again(fresh: &Fresh) -> AnyStore {
    let address = match &fresh.place {
        Place::Dir(dir) => dir.join("s.db").to_string_lossy().into_owned(),
        Place::Schema(schema) => schema_address(schema),
    };
    AnyStore::open(
        &Address::parse(&address, None).unwrap(),
        Access::Create,
        Duration::from_secs(10),
        4,
    )
    .await
    .unwrap()
}

/// A new, empty store named after the test.
pub async fn fresh(backend: Backend, name: &str) -> Fresh {
    let tag = name.replace('-', "_");
    match backend {
        Backend::Sqlite => {
            let dir =
                std::env::temp_dir().join(format!("communique-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let address = Address::parse(&dir.join("s.db").to_string_lossy(), None).unwrap();
            let store = AnyStore::open(&address, Access::Create, Duration::from_secs(10), 4)
                .await
                .unwrap();
            Fresh {
                store,
                place: Place::Dir(dir),
            }
        }
        Backend::Postgres => {
            let schema = format!("t_{tag}");
            new_schema(&schema).await;
            let address = Address::parse(&schema_address(&schema), None).unwrap();
            let store = AnyStore::open(&address, Access::Create, Duration::from_secs(10), 4)
                .await
                .unwrap();
            Fresh {
                store,
                place: Place::Schema(schema),
            }
        }
    }
}

impl Fresh {
    /// Closes the store and removes it.
    pub async fn done(self) {
        self.store.close().await;
        match self.place {
            Place::Dir(dir) => {
                std::fs::remove_dir_all(dir).ok();
            }
            Place::Schema(schema) => drop_schema(&schema).await,
        }
    }
}

/// Runs each named `async fn(Backend)` on both backends: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::common::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name($crate::common::Backend::Postgres).await
                }
            }
        )*
    };
}
