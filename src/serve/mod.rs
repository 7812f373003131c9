//! `communique serve`: the pages subscribers reach from their emails and the subscription form.
//!
//! | route | GET / HEAD (never change anything) | POST |
//! |---|---|---|
//! | `/u/{token}` | which list and address, a button, a link to preferences | one-click (RFC 8058) or the button: unsubscribes |
//! | `/p/{token}` | language and lists | saves them |
//! | `/subscribe/{list}` | the form (email, name, language) | sends a confirmation email |
//! | `/confirm/{token}` | the address and list, a button | subscribes |
//! | `/n/{event}/{lang}` | the web view of a published notice | — |
//!
//! Every page is localized with the `web-…` Fluent messages, rendered from `templates/web/`
//! with every value escaped, works without JavaScript and carries the security headers of
//! `security.rs`. A token that is damaged, forged, expired or names nobody gets the same 404
//! page, and changes nothing.

mod app;
mod confirm_mail;
mod form;
mod limit;
mod negotiate;
mod notice;
mod pages;
mod preferences;
mod security;
mod subscribe;
#[cfg(test)]
mod tests;
mod unsubscribe;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::response::Response;
use axum::routing::get;
use communique_model::Lang;

pub use app::App;
pub use limit::Limits;
pub use pages::Pages;

use crate::cli::{Cli, ServeArgs};
use crate::config::Config;
use crate::report::Failure;
use crate::serve::app::Shared;
use crate::serve::negotiate::PageLang;

/// Forms are a few fields: anything larger is not ours.
const MAX_BODY: usize = 16 * 1024;

/// The routes, with the security headers on every response.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/n/{event}/{lang}", get(notice::page))
        .route("/u/{token}", get(unsubscribe::page).post(unsubscribe::act))
        .route("/p/{token}", get(preferences::page).post(preferences::save))
        .route(
            "/subscribe/{list}",
            get(subscribe::form).post(subscribe::request),
        )
        .route(
            "/confirm/{token}",
            get(subscribe::confirm_page).post(subscribe::confirm),
        )
        .fallback(nowhere)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::map_response(security::headers))
        .with_state(app)
}

async fn nowhere(State(app): State<Shared>, PageLang(lang): PageLang) -> Response {
    app.not_found(lang)
}

/// Loads everything, then serves until SIGTERM or Ctrl-C.
pub async fn run(cli: &Cli, args: &ServeArgs) -> Result<(), Failure> {
    let (config, config_path) = Config::from_cli(cli)?;
    // Pages may be asked for in any language: the sender's identity must exist in all.
    config.check_langs(&Lang::ALL, &config_path)?;
    let locales = crate::assets::locales(cli.locales.as_deref())?;
    let pages = Pages::load(cli.templates.as_deref())?;
    let transport =
        crate::publish::transport(&args.transport, Duration::from_secs(args.timeout.max(1)))?;
    // A wrong --db or working directory would serve an empty store (and a new secret): every
    // genuine link, one-click included, would get 404. Only --create starts anew.
    let store = if args.create {
        crate::store::open(&cli.db).await
    } else {
        crate::store::open_existing(&cli.db).await
    };
    let store = store.map_err(|e| match e {
        communique_store::StoreError::Missing(path) => Failure::Usage(format!(
            "there is no store at {}: serve answers the links in emails sent from a store, so it must use the one `publish` used (check --db, COMMUNIQUE_DB and the working directory); pass --create to start with an empty one",
            path.display()
        )),
        other => Failure::Store(other),
    })?;
    let key = match crate::secret::existing_token_key(&cli.db)? {
        Some(key) => key,
        None if args.create => crate::secret::token_key(&cli.db)?,
        None => return Err(crate::secret::missing(&cli.db, "serve")),
    };
    let base_url = config.web.base_url.clone();
    let app = Arc::new(App::new(
        store,
        key,
        config,
        locales,
        pages,
        transport,
        Limits::default(),
    ));
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|source| Failure::Listen {
            addr: args.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| Failure::Listen {
        addr: args.listen,
        source,
    })?;
    eprintln!("communique serve: listening on http://{addr} (the public address is {base_url})");
    axum::serve(
        listener,
        router(app.clone()).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(stopped())
    .await
    .map_err(|source| Failure::Listen { addr, source })?;
    // Confirmation emails already promised on a page (queued or being sent) are sent before
    // the process ends: every one holds a permit of the queue until it is done.
    let queue = u32::try_from(app.limits.mail_queue).unwrap_or(u32::MAX);
    let finished = tokio::time::timeout(
        Duration::from_secs(args.timeout.max(1) * 2),
        app.mail_queue.acquire_many(queue),
    )
    .await;
    if !matches!(finished, Ok(Ok(_))) {
        eprintln!("communique serve: stopped with confirmation emails still being sent");
    }
    eprintln!("communique serve: stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C.
async fn stopped() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
