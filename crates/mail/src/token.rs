//! Signed unsubscribe tokens: HMAC-SHA256 over (subscriber, list), compared in constant time.
//!
//! A token names its subscriber and list in the clear (they are not secret) and carries a
//! truncated MAC, so a token for one subscriber cannot act on another, and nothing about a
//! token can be changed without the secret.

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

    fn mac(&self, payload: &str) -> Hmac<Sha256> {
        // HMAC accepts keys of any length; `new` checked ours.
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        m.update(payload.as_bytes());
        m
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
        let mac = self.mac(&payload).finalize().into_bytes();
        format!(
            "{}.{}",
            ENCODING.encode(payload.as_bytes()),
            ENCODING.encode(&mac[..MAC_LEN])
        )
    }

    /// The (subscriber, list) a genuine token names; `None` for anything forged or damaged.
    pub fn verify(&self, token: &str) -> Option<(i64, String)> {
        let (p, m) = token.split_once('.')?;
        let payload = String::from_utf8(ENCODING.decode(p.as_bytes()).ok()?).ok()?;
        let mac = ENCODING.decode(m.as_bytes()).ok()?;
        if mac.len() != MAC_LEN {
            return None;
        }
        self.mac(&payload).verify_truncated_left(&mac).ok()?;
        let (id, list) = payload.split_once(':')?;
        Some((id.parse().ok()?, list.to_owned()))
    }
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
}
