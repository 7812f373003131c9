//! The confirmation email: a short text and HTML message in the requested language, with the
//! signed, expiring link, sent through the same transports as `publish`.

use std::time::SystemTime;

use communique_mail::token::Confirmation;
use communique_mail::transport::SendResult;
use communique_mail::{Mailbox, PlainLetter, compose_plain, message_id};
use minijinja::context;

use crate::serve::app::{App, CONFIRM_HOURS, Oops};
use crate::serve::pages::{Vars, site, words};

/// The words of the email.
pub const WORDS: [&str; 6] = [
    "web-confirm-mail-subject",
    "web-confirm-mail-greeting",
    "web-confirm-mail-text",
    "web-confirm-button",
    "web-link-valid",
    "web-confirm-mail-ignore",
];

/// A built confirmation email.
pub struct Built {
    pub from: lettre::Address,
    pub to: lettre::Address,
    pub bytes: Vec<u8>,
    pub message_id: String,
}

/// Builds the email for `c`.
pub fn build(app: &App, c: &Confirmation) -> Result<Built, Oops> {
    let token = app.key.sign_confirmation(c);
    let base = app.config.web.base_url.trim_end_matches('/');
    let link = format!("{base}/confirm/{token}");
    let vars = Vars {
        email: Some(c.email.clone()),
        list: Some(app.config.list_title(&c.list, c.lang)),
        hours: Some(CONFIRM_HOURS),
    };
    let t = words(&app.locales, c.lang, &WORDS, &vars)?;
    let subject = t.get("confirm_mail_subject").cloned().unwrap_or_default();
    let ctx = context! {
        lang => c.lang.code(),
        t => t,
        site => site(&app.config, c.lang),
        link => link,
    };
    let text = app.pages.render("confirm-mail.txt", ctx.clone())?;
    let html = app.pages.render("confirm-mail.html", ctx)?;
    let to_address: lettre::Address = c.email.parse().map_err(|e| Oops::Address(format!("{e}")))?;
    let to = Mailbox::new(
        Some(c.name.clone()).filter(|n| !n.is_empty()),
        to_address.clone(),
    );
    let from = app.config.sender_mailbox(c.lang);
    // Each email its own Message-ID (RFC 5322 §3.6.4), also for two requests in one second:
    // a receiving system drops repeats of an ID, and an outbox would keep only the last. A
    // failed random source leaves the nonce zero: the ID is still valid, only less unique.
    let mut nonce = [0u8; 8];
    let _ = getrandom::fill(&mut nonce);
    let id = message_id(
        &format!(
            "confirm:{}:{}:{}",
            c.list,
            c.expires,
            data_encoding::HEXLOWER.encode(&nonce)
        ),
        &c.email,
        c.lang,
        app.config.sender.address.domain(),
    );
    let bytes = compose_plain(&PlainLetter {
        from: &from,
        to: &to,
        subject: &subject,
        lang: c.lang,
        message_id: &id,
        date: SystemTime::now(),
        text,
        html,
    })?;
    Ok(Built {
        from: app.config.sender.address.clone(),
        to: to_address,
        bytes,
        message_id: id,
    })
}

/// Builds and sends the email; a failure is logged (without the link), never shown: the page
/// already said the same to everyone.
pub async fn send(app: &App, c: &Confirmation) {
    let Ok(_slot) = app.mail_slots.acquire().await else {
        return;
    };
    let built = match build(app, c) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "communique serve: no confirmation email for a subscription to `{}`: {e}",
                c.list
            );
            return;
        }
    };
    let mut conn = match app.transport.connect().await {
        Ok(conn) => conn,
        Err(e) => {
            eprintln!(
                "communique serve: confirmation email not sent ({}): {e:?}",
                app.transport.describe()
            );
            return;
        }
    };
    let file = built.message_id.split('@').next().unwrap_or("confirm");
    match conn.send(&built.from, &built.to, &built.bytes, file).await {
        SendResult::Accepted { .. } => {}
        SendResult::Temporary { reply }
        | SendResult::SenderRefused { reply }
        | SendResult::Permanent { reply, .. } => {
            eprintln!("communique serve: confirmation email not sent: {reply}");
        }
    }
    conn.close().await;
}
