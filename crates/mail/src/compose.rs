//! One message for one recipient: multipart/alternative, UTF-8, every list header.

use std::time::SystemTime;

use communique_model::Lang;
use lettre::Message;
use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use sha2::{Digest, Sha256};

use crate::headers::{ContentLanguage, ListId, ListUnsubscribe, ListUnsubscribePost};

/// Everything one recipient's message is made of.
#[derive(Debug, Clone)]
pub struct Letter<'a> {
    /// The sender.
    pub from: &'a Mailbox,
    /// The recipient.
    pub to: &'a Mailbox,
    /// The subject (one line).
    pub subject: &'a str,
    /// The language of the notice.
    pub lang: Lang,
    /// The deterministic Message-ID, without angle brackets.
    pub message_id: &'a str,
    /// The Date header.
    pub date: SystemTime,
    /// The list's name and identifier (`press.mfa.example.org`).
    pub list_name: &'a str,
    /// The list identifier.
    pub list_id: &'a str,
    /// The recipient's one-click unsubscribe URL (https).
    pub unsubscribe_url: &'a str,
    /// The mailto address for unsubscribing.
    pub unsubscribe_mailto: &'a str,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
}

/// A message to one person that is not a list mailing (a subscription confirmation): text and
/// HTML, in one language, without list headers.
#[derive(Debug, Clone)]
pub struct PlainLetter<'a> {
    /// The sender.
    pub from: &'a Mailbox,
    /// The recipient.
    pub to: &'a Mailbox,
    /// The subject (one line).
    pub subject: &'a str,
    /// The language of the message.
    pub lang: Lang,
    /// The Message-ID, without angle brackets.
    pub message_id: &'a str,
    /// The Date header.
    pub date: SystemTime,
    /// The plain-text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
}

/// A message could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// A header value holds a line break or another control character (an injection attempt
    /// or a broken input).
    #[error("the {header} header would contain a line break or a control character: refused")]
    HeaderInjection {
        /// Which header.
        header: &'static str,
    },
    /// The unsubscribe URL is not https.
    #[error("the unsubscribe URL must use https (RFC 8058): {0}")]
    InsecureUnsubscribe(String),
    /// lettre refused the message.
    #[error("the message cannot be built: {0}")]
    Build(#[from] lettre::error::Error),
    /// lettre refused a header of a spliced message.
    #[error("the message cannot be built: {0}")]
    Header(String),
}

fn one_line(header: &'static str, value: &str) -> Result<(), MailError> {
    if value.chars().any(char::is_control) {
        return Err(MailError::HeaderInjection { header });
    }
    Ok(())
}

/// The Message-ID for (event, recipient, language): the same every time, so that a receiving
/// system can recognise the one duplicate a crash may cause.
///
/// ```
/// let a = communique_mail::message_id("kz-mx-2022", "ana@example.org", communique_model::Lang::Es, "press.example.org");
/// let b = communique_mail::message_id("kz-mx-2022", "ana@example.org", communique_model::Lang::Es, "press.example.org");
/// assert_eq!(a, b);
/// assert!(a.ends_with("@press.example.org"));
/// ```
pub fn message_id(event_id: &str, email: &str, lang: Lang, domain: &str) -> String {
    let mut h = Sha256::new();
    for part in [event_id, "\0", email, "\0", lang.code()] {
        h.update(part.as_bytes());
    }
    let digest = h.finalize();
    let hex = data_encoding::HEXLOWER.encode(&digest[..16]);
    format!("{hex}.{}@{domain}", lang.code())
}

/// The checks of what every recipient of a list mailing shares.
pub(crate) fn check_shared(
    from: &Mailbox,
    subject: &str,
    list_name: &str,
    list_id: &str,
    unsubscribe_mailto: &str,
) -> Result<(), MailError> {
    one_line("Subject", subject)?;
    // lettre panics on a display name holding a line break: refuse it here instead.
    one_line("From", from.name.as_deref().unwrap_or(""))?;
    one_line("List-Id", list_name)?;
    one_line("List-Id", list_id)?;
    one_line("List-Unsubscribe", unsubscribe_mailto)
}

/// The checks of what is one recipient's own.
pub(crate) fn check_recipient(
    to: &Mailbox,
    message_id: &str,
    unsubscribe_url: &str,
) -> Result<(), MailError> {
    one_line("To", to.name.as_deref().unwrap_or(""))?;
    one_line("Message-ID", message_id)?;
    one_line("List-Unsubscribe", unsubscribe_url)?;
    if !unsubscribe_url.starts_with("https://") {
        return Err(MailError::InsecureUnsubscribe(unsubscribe_url.to_owned()));
    }
    Ok(())
}

/// Builds the wire bytes of one message.
pub fn compose(letter: &Letter) -> Result<Vec<u8>, MailError> {
    check_shared(
        letter.from,
        letter.subject,
        letter.list_name,
        letter.list_id,
        letter.unsubscribe_mailto,
    )?;
    check_recipient(letter.to, letter.message_id, letter.unsubscribe_url)?;
    let message = Message::builder()
        .from(letter.from.clone())
        .to(letter.to.clone())
        .subject(letter.subject)
        .date(letter.date)
        .message_id(Some(format!("<{}>", letter.message_id)))
        .header(ContentLanguage(letter.lang.code().to_owned()))
        .header(ListId(format!("{} <{}>", letter.list_name, letter.list_id)))
        .header(ListUnsubscribe(format!(
            "<{}>, <mailto:{}>",
            letter.unsubscribe_url, letter.unsubscribe_mailto
        )))
        .header(ListUnsubscribePost("List-Unsubscribe=One-Click".to_owned()))
        .multipart(alternative(&letter.text, &letter.html))?;
    Ok(message.formatted())
}

/// Builds the wire bytes of a message that is not a list mailing, with the same header checks
/// as [`compose`].
pub fn compose_plain(letter: &PlainLetter) -> Result<Vec<u8>, MailError> {
    one_line("Subject", letter.subject)?;
    one_line("From", letter.from.name.as_deref().unwrap_or(""))?;
    one_line("To", letter.to.name.as_deref().unwrap_or(""))?;
    one_line("Message-ID", letter.message_id)?;
    let message = Message::builder()
        .from(letter.from.clone())
        .to(letter.to.clone())
        .subject(letter.subject)
        .date(letter.date)
        .message_id(Some(format!("<{}>", letter.message_id)))
        .header(ContentLanguage(letter.lang.code().to_owned()))
        .multipart(alternative(&letter.text, &letter.html))?;
    Ok(message.formatted())
}

/// multipart/alternative: the plain text first, the HTML last (the one clients prefer).
fn alternative(text: &str, html: &str) -> MultiPart {
    MultiPart::alternative()
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(text.to_owned()),
        )
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_HTML)
                .body(html.to_owned()),
        )
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::*;

    fn plain<'a>(from: &'a Mailbox, to: &'a Mailbox, subject: &'a str) -> PlainLetter<'a> {
        PlainLetter {
            from,
            to,
            subject,
            lang: Lang::Ru,
            message_id: "c0ffee.confirm@example.org",
            date: UNIX_EPOCH + Duration::from_secs(1_670_660_000),
            text: "Подтвердите подписку".into(),
            html: "<p>Подтвердите подписку</p>".into(),
        }
    }

    #[test]
    fn a_plain_letter_is_text_and_html_without_list_headers() {
        let from: Mailbox = "Пресс-служба <press@example.org>".parse().unwrap();
        let to: Mailbox = "ana@example.org".parse().unwrap();
        let wire =
            String::from_utf8(compose_plain(&plain(&from, &to, "Подтвердите подписку")).unwrap())
                .unwrap();
        let head = wire.split("\r\n\r\n").next().unwrap();
        assert!(head.is_ascii(), "{head}");
        assert!(head.contains("Content-Language: ru"));
        assert!(head.contains("Message-ID: <c0ffee.confirm@example.org>"));
        assert!(!head.contains("List-"), "not a list mailing: {head}");
        assert!(wire.contains("Content-Type: multipart/alternative"));
        assert!(wire.contains("Content-Type: text/plain; charset=utf-8"));
        assert!(wire.contains("Content-Type: text/html; charset=utf-8"));
    }

    #[test]
    fn a_plain_letter_refuses_header_injection() {
        let from: Mailbox = "press@example.org".parse().unwrap();
        let to = Mailbox::new(
            Some("Ana\r\nBcc: victim@example.org".into()),
            "ana@example.org".parse().unwrap(),
        );
        assert!(matches!(
            compose_plain(&plain(&from, &to, "x")),
            Err(MailError::HeaderInjection { header: "To" })
        ));
        let to: Mailbox = "ana@example.org".parse().unwrap();
        assert!(matches!(
            compose_plain(&plain(&from, &to, "x\nBcc: v@example.org")),
            Err(MailError::HeaderInjection { header: "Subject" })
        ));
    }
}
