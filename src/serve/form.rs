//! Form bodies: `application/x-www-form-urlencoded` as browsers send it, and the RFC 8058
//! one-click POST, which mail providers send urlencoded or as `multipart/form-data`.

use axum::body::Bytes;
use axum::http::{HeaderMap, header};

/// A posted form's fields, in order.
#[derive(Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The fields of a body, by its Content-Type (empty for anything unknown).
    pub fn parse(headers: &HeaderMap, body: &Bytes) -> Fields {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if content_type.starts_with("application/x-www-form-urlencoded") {
            return Fields(urlencoded(body));
        }
        if content_type.starts_with("multipart/form-data") {
            return Fields(multipart(body));
        }
        Fields::default()
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// True for an RFC 8058 one-click request: `List-Unsubscribe=One-Click`.
    pub fn is_one_click(&self) -> bool {
        self.get("List-Unsubscribe") == Some("One-Click")
    }
}

fn urlencoded(body: &[u8]) -> Vec<(String, String)> {
    body.split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut it = pair.splitn(2, |b| *b == b'=');
            let k = decode(it.next().unwrap_or_default());
            let v = decode(it.next().unwrap_or_default());
            (k, v)
        })
        .collect()
}

/// Percent-decoding with `+` as a space; invalid UTF-8 becomes U+FFFD.
fn decode(s: &[u8]) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' => out.push(b' '),
            b'%' => match (hex(s.get(i + 1)), hex(s.get(i + 2))) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: Option<&u8>) -> Option<u8> {
    (*b? as char).to_digit(16).map(|d| d as u8)
}

/// The plain-text fields of a multipart/form-data body (enough for the one-click POST).
fn multipart(body: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    for part in text.split("\r\n--") {
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head
            .split("name=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
        else {
            continue;
        };
        let value = value.split("\r\n").next().unwrap_or("");
        out.push((name.to_owned(), value.to_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(content_type: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, content_type.parse().unwrap());
        h
    }

    #[test]
    fn urlencoded_fields_are_decoded() {
        let f = Fields::parse(
            &with("application/x-www-form-urlencoded"),
            &Bytes::from_static(b"name=%D0%90%D0%BD%D0%B0+Ruiz&list=a&list=b&bad=%zz%4&empty="),
        );
        assert_eq!(f.get("name"), Some("Ана Ruiz"));
        assert_eq!(f.all("list"), ["a", "b"]);
        assert_eq!(f.get("bad"), Some("%zz%4"));
        assert_eq!(f.get("empty"), Some(""));
        assert_eq!(f.get("missing"), None);
    }

    #[test]
    fn one_click_is_recognised_in_both_encodings() {
        let urlencoded = Fields::parse(
            &with("application/x-www-form-urlencoded"),
            &Bytes::from_static(b"List-Unsubscribe=One-Click"),
        );
        assert!(urlencoded.is_one_click());
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--XyZ--\r\n";
        let multipart = Fields::parse(
            &with("multipart/form-data; boundary=XyZ"),
            &Bytes::from(body),
        );
        assert!(multipart.is_one_click(), "{multipart:?}");
        let text = Fields::parse(
            &with("text/plain"),
            &Bytes::from_static(b"List-Unsubscribe=One-Click"),
        );
        assert!(!text.is_one_click());
        let other = Fields::parse(
            &with("application/x-www-form-urlencoded"),
            &Bytes::from_static(b"List-Unsubscribe=Yes"),
        );
        assert!(!other.is_one_click());
    }
}
