//! What every request handler shares: the store, the token key, the words and templates, the
//! configuration, the transport for confirmation emails and the rate limits; and how a failure
//! becomes a page.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use communique_l10n::Locales;
use communique_mail::token::TokenKey;
use communique_mail::transport::Transport;
use communique_model::Lang;
use communique_store::AnyStore;

use crate::config::Config;
use crate::serve::limit::{Limits, Throttle};
use crate::serve::negotiate::PageLang;
use crate::serve::pages::{Page, Pages};

/// How long a confirmation link works.
pub const CONFIRM_HOURS: i64 = 48;

/// Confirmation emails being sent at once, at most (each holds a connection).
pub const MAIL_SLOTS: u32 = 4;

/// Everything the handlers share, built once at start.
pub struct App {
    pub store: AnyStore,
    pub key: TokenKey,
    pub config: Config,
    pub locales: Locales,
    pub pages: Pages,
    pub transport: Transport,
    pub limits: Limits,
    /// Bounds the confirmation emails in flight.
    pub mail_slots: tokio::sync::Semaphore,
    /// Bounds the confirmation emails queued or in flight (`Limits::mail_queue` permits): each
    /// queued email holds one until it is sent or given up.
    pub mail_queue: Arc<tokio::sync::Semaphore>,
    /// Confirmation emails dropped because the queue was full, for the log.
    pub mail_dropped: Throttle,
}

pub type Shared = Arc<App>;

impl App {
    pub fn new(
        store: AnyStore,
        key: TokenKey,
        config: Config,
        locales: Locales,
        pages: Pages,
        transport: Transport,
        limits: Limits,
    ) -> App {
        App {
            store,
            key,
            config,
            locales,
            pages,
            transport,
            mail_slots: tokio::sync::Semaphore::new(MAIL_SLOTS as usize),
            mail_queue: Arc::new(tokio::sync::Semaphore::new(limits.mail_queue)),
            mail_dropped: Throttle::default(),
            limits,
        }
    }

    /// A page that only says something (a title and paragraphs), with `status`.
    pub fn message(
        &self,
        status: StatusCode,
        lang: Lang,
        title: &'static str,
        paragraphs: &'static [&'static str],
    ) -> Response {
        let page = Page::message(status, lang, title, paragraphs);
        self.render(page).unwrap_or_else(|e| self.failure(lang, e))
    }

    /// The page for a link that does not work: unknown, damaged, forged, expired, or for
    /// someone who does not exist. It says nothing about why, and nothing was changed.
    pub fn not_found(&self, lang: Lang) -> Response {
        self.message(
            StatusCode::NOT_FOUND,
            lang,
            "web-not-found-title",
            &["web-not-found-text"],
        )
    }

    /// A request that is not what the page sends (a POST without its fields): nothing changed.
    pub fn bad_request(&self, lang: Lang) -> Response {
        self.message(
            StatusCode::BAD_REQUEST,
            lang,
            "web-bad-request-title",
            &["web-bad-request-text"],
        )
    }

    /// Too many requests from one address.
    pub fn too_many(&self, lang: Lang) -> Response {
        self.message(
            StatusCode::TOO_MANY_REQUESTS,
            lang,
            "web-too-many-title",
            &["web-too-many-text"],
        )
    }

    /// Renders a page.
    pub fn render(&self, page: Page) -> Result<Response, Oops> {
        self.pages.respond(&self.locales, &self.config, page)
    }

    /// A failure of the machinery: logged (never with a token or a secret), and answered with
    /// a page that says nothing changed.
    pub fn failure(&self, lang: Lang, oops: Oops) -> Response {
        eprintln!("communique serve: {oops}");
        let page = Page::message(
            StatusCode::INTERNAL_SERVER_ERROR,
            lang,
            "web-error-title",
            &["web-error-text"],
        );
        match self.render(page) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("communique serve: the error page failed too: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "500 Internal Server Error",
                )
                    .into_response()
            }
        }
    }
}

/// A route's path parameters. A path they cannot be read from (a token or list name that is
/// not UTF-8 once percent-decoded) is a link that does not work, like any other: the 404 page
/// in the page's language, not axum's plain-text English 400.
pub struct LinkPath<T>(pub T);

impl<T> FromRequestParts<Shared> for LinkPath<T>
where
    T: serde::de::DeserializeOwned + Send,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Shared) -> Result<Self, Response> {
        match Path::<T>::from_request_parts(parts, app).await {
            Ok(Path(value)) => Ok(LinkPath(value)),
            Err(_) => {
                let Ok(PageLang(lang)) = PageLang::from_request_parts(parts, app).await;
                Err(app.not_found(lang))
            }
        }
    }
}

/// A failure while answering a request.
#[derive(Debug, thiserror::Error)]
pub enum Oops {
    /// The store failed.
    #[error("{0}")]
    Store(#[from] communique_store::StoreError),
    /// A web message could not be formatted.
    #[error("{0}")]
    Words(#[from] communique_l10n::L10nError),
    /// A web template failed.
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
    /// The confirmation email could not be built.
    #[error("confirmation email: {0}")]
    Mail(#[from] communique_mail::MailError),
    /// The sender's address cannot be used.
    #[error("confirmation email: {0}")]
    Address(String),
}
