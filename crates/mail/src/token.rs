//! Signed tokens: HMAC-SHA256, compared in constant time.
//!
//! An unsubscribe token names its subscriber and list in the clear (they are not secret) and
//! carries a truncated MAC, so a token for one subscriber cannot act on another, and nothing
//! about a token can be changed without the secret.
//!
//! A confirmation token carries a request to subscribe (email, name, language, list) and the
//! time it expires, until the person confirms it. Its MAC is computed under its own purpose
//! label, so a confirmation token is never accepted as an unsubscribe token, nor the reverse.
//!
//! A web-view token opens the web view of one event in one language as a list that is not
//! public received it: it names the list in the clear, under a purpose label of its own.

use communique_model::Lang;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

const ENCODING: data_encoding::Encoding = data_encoding::BASE64URL_NOPAD;
/// 128 bits of MAC: short enough for a URL, far beyond guessing.
const MAC_LEN: usize = 16;

/// The secret tokens are signed with (from the environment or a file, never argv).
#[derive(Clone)]
pub struct TokenKey(Vec<u8>);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(…)")
    }
}

/// The purpose label a confirmation token's MAC starts with (unsubscribe tokens have none, as
/// they always had; their payload starts with a digit or `-`, never with this label).
const CONFIRMATION_PURPOSE: &[u8] = b"communique.confirm/1\0";

/// The purpose label of a web-view token's MAC.
const VIEW_PURPOSE: &[u8] = b"communique.view/1\0";

/// A request to subscribe, carried by the link of a confirmation email until it is confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    /// The address to subscribe (normalized).
    pub email: String,
    /// The name given (may be empty).
    pub name: String,
    /// The language chosen for the press releases.
    pub lang: Lang,
    /// The list to join.
    pub list: String,
    /// When the link stops working, in seconds since the Unix epoch.
    pub expires: i64,
}

/// Why a confirmation token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ConfirmationError {
    /// Damaged, forged, signed with another secret, or a token of another kind.
    #[error("the confirmation link is not genuine")]
    Invalid,
    /// Genuine, but past its expiry.
    #[error("the confirmation link has expired")]
    Expired,
}

/// The secret is too short to sign with.
#[derive(Debug, thiserror::Error)]
#[error("the token secret must be at least 32 bytes long")]
pub struct WeakSecret;

impl TokenKey {
    /// A key from secret bytes (at least 32).
    pub fn new(secret: &[u8]) -> Result<TokenKey, WeakSecret> {
        if secret.len() < 32 {
            return Err(WeakSecret);
        }
        Ok(TokenKey(secret.to_vec()))
    }

    fn mac_for(&self, purpose: &[u8], payload: &str) -> Hmac<Sha256> {
        // HMAC accepts keys of any length; `new` checked ours.
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        m.update(purpose);
        m.update(payload.as_bytes());
        m
    }

    /// `clear` (base64url) and the MAC of `signed` under `purpose`: the form of every token.
    fn seal(&self, purpose: &[u8], clear: &str, signed: &str) -> String {
        let mac = self.mac_for(purpose, signed).finalize().into_bytes();
        format!(
            "{}.{}",
            ENCODING.encode(clear.as_bytes()),
            ENCODING.encode(&mac[..MAC_LEN])
        )
    }

    /// The clear part of a token whose MAC, checked first and in constant time, is that of
    /// `signed(clear)` under `purpose`; `None` for anything forged or damaged.
    fn open(
        &self,
        purpose: &[u8],
        token: &str,
        signed: impl FnOnce(&str) -> String,
    ) -> Option<String> {
        let (p, m) = token.split_once('.')?;
        let clear = String::from_utf8(ENCODING.decode(p.as_bytes()).ok()?).ok()?;
        let mac = ENCODING.decode(m.as_bytes()).ok()?;
        if mac.len() != MAC_LEN {
            return None;
        }
        self.mac_for(purpose, &signed(&clear))
            .verify_truncated_left(&mac)
            .ok()?;
        Some(clear)
    }

    /// The token for `subscriber` on `list`.
    ///
    /// ```
    /// use communique_mail::token::TokenKey;
    /// let key = TokenKey::new(&[7; 32]).unwrap();
    /// let t = key.sign(42, "press");
    /// assert_eq!(key.verify(&t), Some((42, "press".to_owned())));
    /// assert_eq!(key.verify(&t.replace('A', "B")), None);
    /// ```
    pub fn sign(&self, subscriber: i64, list: &str) -> String {
        let payload = format!("{subscriber}:{list}");
        self.seal(b"", &payload, &payload)
    }

    /// The (subscriber, list) a genuine token names; `None` for anything forged or damaged.
    pub fn verify(&self, token: &str) -> Option<(i64, String)> {
        let payload = self.open(b"", token, str::to_owned)?;
        let (id, list) = payload.split_once(':')?;
        Some((id.parse().ok()?, list.to_owned()))
    }

    /// The token of the web view of `event_id` in `lang` as the list `list` received it.
    ///
    /// ```
    /// use communique_mail::token::TokenKey;
    /// use communique_model::Lang;
    /// let key = TokenKey::new(&[7; 32]).unwrap();
    /// let t = key.sign_view("kz-mx-2022", Lang::Ru, "internal");
    /// assert_eq!(key.verify_view(&t, "kz-mx-2022", Lang::Ru), Some("internal".to_owned()));
    /// assert_eq!(key.verify_view(&t, "kz-mx-2022", Lang::En), None, "one language");
    /// assert_eq!(key.verify_view(&t, "other-event", Lang::Ru), None, "one event");
    /// ```
    pub fn sign_view(&self, event_id: &str, lang: Lang, list: &str) -> String {
        self.seal(VIEW_PURPOSE, list, &view_payload(event_id, lang, list))
    }

    /// The list a genuine web-view token names, if it is for `event_id` in `lang`.
    pub fn verify_view(&self, token: &str, event_id: &str, lang: Lang) -> Option<String> {
        self.open(VIEW_PURPOSE, token, |list| {
            view_payload(event_id, lang, list)
        })
    }

    /// The token of a confirmation link.
    ///
    /// ```
    /// use communique_mail::token::{Confirmation, ConfirmationError, TokenKey};
    /// let key = TokenKey::new(&[7; 32]).unwrap();
    /// let c = Confirmation {
    ///     email: "ana@example.org".into(),
    ///     name: "Ana: «Ruiz»".into(),
    ///     lang: communique_model::Lang::Es,
    ///     list: "press".into(),
    ///     expires: 1_000,
    /// };
    /// let t = key.sign_confirmation(&c);
    /// assert_eq!(key.verify_confirmation(&t, 999), Ok(c));
    /// assert_eq!(key.verify_confirmation(&t, 1_000), Err(ConfirmationError::Expired));
    /// assert_eq!(key.verify(&t), None, "not an unsubscribe token");
    /// ```
    pub fn sign_confirmation(&self, c: &Confirmation) -> String {
        let payload = confirmation_payload(c);
        self.seal(CONFIRMATION_PURPOSE, &payload, &payload)
    }

    /// The request a genuine confirmation token carries, if it has not expired at `now`
    /// (seconds since the Unix epoch). The MAC is checked first, in constant time: nothing
    /// about a forged token is looked at.
    pub fn verify_confirmation(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Confirmation, ConfirmationError> {
        let invalid = ConfirmationError::Invalid;
        let payload = self
            .open(CONFIRMATION_PURPOSE, token, str::to_owned)
            .ok_or(invalid)?;
        let c = parse_confirmation(&payload).ok_or(invalid)?;
        if now >= c.expires {
            return Err(ConfirmationError::Expired);
        }
        Ok(c)
    }
}

/// `v1` and each field as `LENGTH:TEXT`, so no field's content can shift another's.
fn length_prefixed(fields: &[&str]) -> String {
    let mut out = String::from("v1");
    for field in fields {
        out.push_str(&format!("{}:{field}", field.len()));
    }
    out
}

fn confirmation_payload(c: &Confirmation) -> String {
    let expires = c.expires.to_string();
    length_prefixed(&[&c.email, &c.name, c.lang.code(), &c.list, &expires])
}

/// What a web-view token's MAC covers: the event, the language and the list.
fn view_payload(event_id: &str, lang: Lang, list: &str) -> String {
    length_prefixed(&[event_id, lang.code(), list])
}

fn parse_confirmation(payload: &str) -> Option<Confirmation> {
    let mut rest = payload.strip_prefix("v1")?;
    let mut fields = Vec::with_capacity(5);
    while !rest.is_empty() {
        let (len, after) = rest.split_once(':')?;
        let len: usize = len.parse().ok()?;
        let field = after.get(..len)?;
        fields.push(field);
        rest = &after[len..];
    }
    let [email, name, lang, list, expires] = fields[..] else {
        return None;
    };
    Some(Confirmation {
        email: email.to_owned(),
        name: name.to_owned(),
        lang: lang.parse().ok()?,
        list: list.to_owned(),
        expires: expires.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_acts_only_for_its_subscriber_and_list() {
        let key = TokenKey::new(b"0123456789abcdef0123456789abcdef").unwrap();
        let t1 = key.sign(1, "press");
        let t2 = key.sign(2, "press");
        assert_ne!(t1, t2);
        // Swapping the payload of one token onto the MAC of another fails.
        let (_, mac1) = t1.split_once('.').unwrap();
        let (payload2, _) = t2.split_once('.').unwrap();
        assert_eq!(key.verify(&format!("{payload2}.{mac1}")), None);
        let other = TokenKey::new(b"another secret of thirty-two bytes!").unwrap();
        assert_eq!(other.verify(&t1), None);
        assert!(TokenKey::new(b"short").is_err());
        assert_eq!(key.verify("garbage"), None);
        assert_eq!(key.verify(""), None);
    }

    fn request() -> Confirmation {
        Confirmation {
            email: "ana@example.org".into(),
            name: "Ана 5:x".into(),
            lang: Lang::Kk,
            list: "press:kz".into(),
            expires: 2_000_000_000,
        }
    }

    #[test]
    fn a_confirmation_token_carries_its_request_until_it_expires() {
        let key = TokenKey::new(b"0123456789abcdef0123456789abcdef").unwrap();
        let t = key.sign_confirmation(&request());
        assert_eq!(key.verify_confirmation(&t, 1_999_999_999), Ok(request()));
        assert_eq!(
            key.verify_confirmation(&t, 2_000_000_000),
            Err(ConfirmationError::Expired)
        );
    }

    #[test]
    fn a_confirmation_token_cannot_be_altered_or_used_as_another_kind() {
        let key = TokenKey::new(b"0123456789abcdef0123456789abcdef").unwrap();
        let t = key.sign_confirmation(&request());
        let (payload, mac) = t.split_once('.').unwrap();
        // A later expiry, another list or another address: the MAC no longer matches.
        let mut later = request();
        later.expires += 1;
        let forged = format!(
            "{}.{mac}",
            ENCODING.encode(confirmation_payload(&later).as_bytes())
        );
        assert_eq!(
            key.verify_confirmation(&forged, 0),
            Err(ConfirmationError::Invalid)
        );
        let other = TokenKey::new(b"another secret of thirty-two bytes!").unwrap();
        assert_eq!(
            other.verify_confirmation(&t, 0),
            Err(ConfirmationError::Invalid)
        );
        // Kinds do not mix, in either direction.
        assert_eq!(key.verify(&t), None);
        let unsubscribe = key.sign(1, "press");
        assert_eq!(
            key.verify_confirmation(&unsubscribe, 0),
            Err(ConfirmationError::Invalid)
        );
        // The same payload under an unsubscribe MAC is refused too.
        let plain_mac = key.mac_for(
            b"",
            &String::from_utf8(ENCODING.decode(payload.as_bytes()).unwrap()).unwrap(),
        );
        let relabelled = format!(
            "{payload}.{}",
            ENCODING.encode(&plain_mac.finalize().into_bytes()[..MAC_LEN])
        );
        assert_eq!(
            key.verify_confirmation(&relabelled, 0),
            Err(ConfirmationError::Invalid)
        );
        for junk in ["", ".", "a.b", "v1.", &t[..t.len() - 1], &format!("{t}x")] {
            assert_eq!(
                key.verify_confirmation(junk, 0),
                Err(ConfirmationError::Invalid),
                "{junk}"
            );
        }
    }

    #[test]
    fn a_view_token_opens_one_event_in_one_language_for_one_list() {
        let key = TokenKey::new(b"0123456789abcdef0123456789abcdef").unwrap();
        let t = key.sign_view("ev", Lang::Es, "internal");
        assert_eq!(
            key.verify_view(&t, "ev", Lang::Es).as_deref(),
            Some("internal")
        );
        // Another list named in the clear part: the MAC no longer matches.
        let (_, mac) = t.split_once('.').unwrap();
        let relisted = format!("{}.{mac}", ENCODING.encode(b"press"));
        assert_eq!(key.verify_view(&relisted, "ev", Lang::Es), None);
        let other = TokenKey::new(b"another secret of thirty-two bytes!").unwrap();
        assert_eq!(other.verify_view(&t, "ev", Lang::Es), None);
        // Kinds do not mix.
        assert_eq!(key.verify(&t), None);
        assert_eq!(
            key.verify_view(&key.sign(1, "internal"), "ev", Lang::Es),
            None
        );
        for junk in ["", ".", "a.b", &t[..t.len() - 1]] {
            assert_eq!(key.verify_view(junk, "ev", Lang::Es), None, "{junk}");
        }
    }

    #[test]
    fn malformed_payloads_are_refused_without_panicking() {
        for p in [
            "",
            "v1",
            "v2",
            "v13:abc",
            "v1999:a",
            "v1x:abc",
            "v13:a\u{e9}",
            "v10:0:0:0:0:",
        ] {
            assert_eq!(parse_confirmation(p), None, "{p:?}");
        }
        // A length that cuts a UTF-8 sequence in half.
        assert_eq!(parse_confirmation("v11:\u{e9}"), None);
    }
}
