//! A list mailing's message for one language, encoded once per publication and spliced per
//! recipient.
//!
//! Every recipient of a publication in one language gets the same message but for four
//! things: the To header, the Date, the Message-ID and their own unsubscribe link (in the
//! List-Unsubscribe header and in both bodies). [`compose`](crate::compose) builds each one
//! from scratch, and re-encoding the same bodies was most of a message's CPU. A
//! [`Template`] encodes the fixed parts once, with the link's places left open, and
//! [`Template::letter`] writes the recipient's headers (formatted by lettre) and the
//! recipient's link into them. The bodies are text, so they decode to the same characters as
//! the message `compose` builds; `tests/splice.rs` checks that with an independent MIME
//! parser.
//!
//! How the open places survive the transfer encoding:
//! - quoted-printable encodes byte by byte, so each fixed piece is encoded on its own and ends
//!   with a soft line break (`=` CRLF), which a decoder removes: the pieces join.
//! - base64 encodes three bytes at a time. A fixed piece is encoded three times, once for each
//!   number of bytes (0, 1, 2) a recipient's link can leave over before it; per recipient only
//!   the few bytes around the link are encoded. Decoders ignore line breaks, so a short line
//!   around each link is allowed (RFC 2045 6.8 limits line length, not its minimum).

use std::time::SystemTime;

use communique_model::Lang;
use lettre::message::header::{self, Headers};
use lettre::message::{Mailbox, Mailboxes};

use crate::compose::{MailError, check_recipient, check_shared};
use crate::headers::{ContentLanguage, ListId, ListUnsubscribe, ListUnsubscribePost};

/// A piece of a body: fixed text, or the place of the recipient's unsubscribe link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text every recipient gets.
    Text(&'a str),
    /// The recipient's unsubscribe URL (given HTML-escaped for the HTML body).
    UnsubscribeUrl,
}

/// What every recipient of one language shares.
#[derive(Debug, Clone)]
pub struct Shared<'a> {
    /// The sender.
    pub from: &'a Mailbox,
    /// The subject (one line).
    pub subject: &'a str,
    /// The language of the notice.
    pub lang: Lang,
    /// The list's name.
    pub list_name: &'a str,
    /// The list identifier (`press.mfa.example.org`).
    pub list_id: &'a str,
    /// The mailto address for unsubscribing.
    pub unsubscribe_mailto: &'a str,
    /// The plain-text body.
    pub text: &'a [Piece<'a>],
    /// The HTML body.
    pub html: &'a [Piece<'a>],
}

/// What is one recipient's own.
#[derive(Debug, Clone)]
pub struct Recipient<'a> {
    /// The recipient.
    pub to: &'a Mailbox,
    /// The deterministic Message-ID, without angle brackets.
    pub message_id: &'a str,
    /// The Date header.
    pub date: SystemTime,
    /// The one-click unsubscribe URL (https).
    pub unsubscribe_url: &'a str,
    /// The same URL escaped for HTML.
    pub unsubscribe_url_html: &'a str,
}

/// One language's message with the recipient's parts left open.
#[derive(Debug, Clone)]
pub struct Template {
    /// The fixed headers that come first.
    head: String,
    /// The fixed headers after the recipient's, the blank line and the opening of the first
    /// body part.
    after_head: String,
    text: EncodedBody,
    /// Between the two parts.
    middle: String,
    html: EncodedBody,
    /// The closing delimiter.
    tail: String,
    unsubscribe_mailto: String,
    /// The fixed bytes, to size each message's buffer once.
    fixed_len: usize,
}

/// A body part's content, encoded.
#[derive(Debug, Clone)]
enum EncodedBody {
    QuotedPrintable(Vec<QpPiece>),
    Base64(Vec<B64Piece>),
}

#[derive(Debug, Clone)]
enum QpPiece {
    /// Encoded, ending at the end of a line (hard or soft).
    Fixed(String),
    Link,
}

#[derive(Debug, Clone)]
enum B64Piece {
    /// The fixed bytes, pre-encoded for each number of bytes left over before them.
    Fixed(Box<[Aligned; 3]>),
    Link,
}

/// A fixed piece as the encoder meets it with `carry` bytes (0, 1 or 2) not yet encoded.
#[derive(Debug, Clone, Default)]
struct Aligned {
    /// The first bytes, encoded together with what was left over.
    head: Vec<u8>,
    /// The rest that fills whole groups of three, encoded, in lines ending with CRLF.
    middle: String,
    /// The last one or two bytes, left over for what follows.
    tail: Vec<u8>,
}

const LINE: usize = 76;

impl Template {
    /// Encodes what every recipient shares. The header values are checked here as
    /// [`compose`](crate::compose) checks them.
    pub fn new(shared: &Shared) -> Result<Template, MailError> {
        check_shared(
            shared.from,
            shared.subject,
            shared.list_name,
            shared.list_id,
            shared.unsubscribe_mailto,
        )?;
        let boundary = boundary();
        let mut head = Headers::new();
        head.set(header::From::from(Mailboxes::from(shared.from.clone())));
        head.set(header::Subject::from(shared.subject.to_owned()));
        head.set(ContentLanguage(shared.lang.code().to_owned()));
        head.set(ListId(format!("{} <{}>", shared.list_name, shared.list_id)));
        let mut after = Headers::new();
        after.set(ListUnsubscribePost("List-Unsubscribe=One-Click".to_owned()));
        after.set(header::MIME_VERSION_1_0);
        after.set(
            header::ContentType::parse(&format!("multipart/alternative; boundary=\"{boundary}\""))
                .map_err(|e| MailError::Header(e.to_string()))?,
        );
        let text = EncodedBody::new(shared.text);
        let html = EncodedBody::new(shared.html);
        let part_head = |kind: &str, body: &EncodedBody| {
            format!(
                "--{boundary}\r\nContent-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: {}\r\n\r\n",
                body.name()
            )
        };
        let after_head = format!("{after}\r\n{}", part_head("plain", &text));
        let middle = part_head("html", &html);
        let tail = format!("--{boundary}--\r\n");
        let head = head.to_string();
        let fixed_len = head.len()
            + after_head.len()
            + middle.len()
            + tail.len()
            + text.fixed_len()
            + html.fixed_len();
        Ok(Template {
            head,
            after_head,
            text,
            middle,
            html,
            tail,
            unsubscribe_mailto: shared.unsubscribe_mailto.to_owned(),
            fixed_len,
        })
    }

    /// One recipient's message: their headers, their link in both bodies.
    pub fn letter(&self, r: &Recipient) -> Result<Vec<u8>, MailError> {
        check_recipient(r.to, r.message_id, r.unsubscribe_url)?;
        let mut own = Headers::new();
        own.set(header::To::from(Mailboxes::from(r.to.clone())));
        own.set(header::Date::new(r.date));
        own.set(header::MessageId::from(format!("<{}>", r.message_id)));
        own.set(ListUnsubscribe(format!(
            "<{}>, <mailto:{}>",
            r.unsubscribe_url, self.unsubscribe_mailto
        )));
        let own = own.to_string();
        let mut out = Vec::with_capacity(self.fixed_len + own.len() + 1024);
        out.extend_from_slice(self.head.as_bytes());
        out.extend_from_slice(own.as_bytes());
        out.extend_from_slice(self.after_head.as_bytes());
        self.text.write(r.unsubscribe_url.as_bytes(), &mut out);
        out.extend_from_slice(self.middle.as_bytes());
        self.html.write(r.unsubscribe_url_html.as_bytes(), &mut out);
        out.extend_from_slice(self.tail.as_bytes());
        Ok(out)
    }
}

/// A multipart boundary: 40 random letters and digits, which no encoded body contains.
fn boundary() -> String {
    let mut rng = fastrand::Rng::new();
    (0..40).map(|_| rng.alphanumeric()).collect()
}

/// The text with every line break as CRLF (the canonical form of text/*, RFC 2045 6.8).
fn crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut rest = text;
    while let Some(at) = rest.find(['\r', '\n']) {
        out.push_str(&rest[..at]);
        out.push_str("\r\n");
        let skip = if rest[at..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[at + skip..];
    }
    out.push_str(rest);
    out
}

impl EncodedBody {
    /// Quoted-printable for text that is mostly ASCII, base64 when that is shorter (Cyrillic).
    fn new(pieces: &[Piece]) -> EncodedBody {
        let fixed: Vec<Option<String>> = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => Some(crlf(t)),
                Piece::UnsubscribeUrl => None,
            })
            .collect();
        let (plain, escaped) = fixed.iter().flatten().flat_map(|t| t.bytes()).fold(
            (0usize, 0usize),
            |(plain, escaped), b| {
                if qp_literal(b) || b == b'\r' || b == b'\n' {
                    (plain + 1, escaped)
                } else {
                    (plain, escaped + 1)
                }
            },
        );
        let total = plain + escaped;
        if plain + 3 * escaped <= total * 4 / 3 {
            EncodedBody::QuotedPrintable(
                fixed
                    .into_iter()
                    .map(|t| match t {
                        Some(t) => QpPiece::Fixed(qp_encode(t.as_bytes())),
                        None => QpPiece::Link,
                    })
                    .collect(),
            )
        } else {
            EncodedBody::Base64(
                fixed
                    .into_iter()
                    .map(|t| match t {
                        Some(t) => B64Piece::Fixed(Box::new(
                            [0, 1, 2].map(|carry| Aligned::new(t.as_bytes(), carry)),
                        )),
                        None => B64Piece::Link,
                    })
                    .collect(),
            )
        }
    }

    fn name(&self) -> &'static str {
        match self {
            EncodedBody::QuotedPrintable(_) => "quoted-printable",
            EncodedBody::Base64(_) => "base64",
        }
    }

    fn fixed_len(&self) -> usize {
        match self {
            EncodedBody::QuotedPrintable(p) => p
                .iter()
                .map(|p| match p {
                    QpPiece::Fixed(s) => s.len(),
                    QpPiece::Link => 0,
                })
                .sum(),
            EncodedBody::Base64(p) => p
                .iter()
                .map(|p| match p {
                    B64Piece::Fixed(a) => a[0].middle.len() + 8,
                    B64Piece::Link => 0,
                })
                .sum(),
        }
    }

    /// Writes the body with `link` in its places, and the CRLF that begins the next boundary.
    fn write(&self, link: &[u8], out: &mut Vec<u8>) {
        match self {
            EncodedBody::QuotedPrintable(pieces) => {
                for p in pieces {
                    match p {
                        QpPiece::Fixed(s) => out.extend_from_slice(s.as_bytes()),
                        QpPiece::Link => out.extend_from_slice(qp_encode(link).as_bytes()),
                    }
                }
                // The body ends where its text ends, as lettre ends it: a soft break there
                // would leave `=` before the boundary, which decoders read differently. The
                // CRLF that follows belongs to the boundary (RFC 2046 5.1.1).
                if out.ends_with(b"=\r\n") {
                    out.truncate(out.len() - 3);
                }
                out.extend_from_slice(b"\r\n");
            }
            EncodedBody::Base64(pieces) => {
                let mut w = B64Writer::new(out);
                for p in pieces {
                    match p {
                        B64Piece::Fixed(aligned) => w.fixed(&aligned[w.carry.len()]),
                        B64Piece::Link => w.bytes(link),
                    }
                }
                w.finish();
            }
        }
    }
}

/// Bytes quoted-printable writes as they are (RFC 2045 6.7 rule 2), but for the space and
/// the tab, which it writes as they are only when they do not end a line.
fn qp_literal(b: u8) -> bool {
    (b'!'..=b'~').contains(&b) && b != b'='
}

/// Quoted-printable of `bytes` (lines broken by CRLF), ending at the end of a line: a hard
/// line break where the input ends with one, a soft one (`=` CRLF) otherwise, so that pieces
/// encoded apart join when decoded.
fn qp_encode(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8 + 8);
    let mut col = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            out.push_str("\r\n");
            col = 0;
            i += 2;
            continue;
        }
        // A space or tab before a line break (or the end of the piece, where a soft break
        // follows) must be encoded, or transport may strip it.
        let ends_line = matches!(bytes.get(i + 1), None | Some(b'\r'));
        let literal = qp_literal(b) || ((b == b' ' || b == b'\t') && !ends_line);
        let width = if literal { 1 } else { 3 };
        // Room for the token and, unless the line ends right after it, a soft break's `=`.
        if col + width > LINE - 1 {
            out.push_str("=\r\n");
            col = 0;
        }
        if literal {
            out.push(b as char);
        } else {
            out.push('=');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
        col += width;
        i += 1;
    }
    if !out.is_empty() && !out.ends_with("\r\n") {
        out.push_str("=\r\n");
    }
    out
}

impl Aligned {
    /// `text` as the encoder meets it with `carry` bytes left over before it.
    fn new(text: &[u8], carry: usize) -> Aligned {
        let need = (3 - carry) % 3;
        if text.len() < need + 3 {
            // Too short to pre-encode: all of it goes through the per-recipient path.
            return Aligned {
                head: text.to_vec(),
                ..Aligned::default()
            };
        }
        let (head, rest) = text.split_at(need);
        let whole = rest.len() / 3 * 3;
        let (middle, tail) = rest.split_at(whole);
        let encoded = data_encoding::BASE64.encode(middle);
        let mut lines = String::with_capacity(encoded.len() + encoded.len() / LINE * 2 + 2);
        for chunk in encoded.as_bytes().chunks(LINE) {
            // Base64's alphabet is ASCII: every chunk is a str.
            lines.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            lines.push_str("\r\n");
        }
        Aligned {
            head: head.to_vec(),
            middle: lines,
            tail: tail.to_vec(),
        }
    }
}

/// Base64 written as a stream: whole groups of three as they come, the rest carried over.
struct B64Writer<'o> {
    out: &'o mut Vec<u8>,
    carry: Vec<u8>,
    col: usize,
}

impl<'o> B64Writer<'o> {
    fn new(out: &'o mut Vec<u8>) -> B64Writer<'o> {
        B64Writer {
            out,
            carry: Vec::with_capacity(3),
            col: 0,
        }
    }

    fn push_encoded(&mut self, encoded: &str) {
        for c in encoded.bytes() {
            if self.col == LINE {
                self.out.extend_from_slice(b"\r\n");
                self.col = 0;
            }
            self.out.push(c);
            self.col += 1;
        }
    }

    fn end_line(&mut self) {
        if self.col > 0 {
            self.out.extend_from_slice(b"\r\n");
            self.col = 0;
        }
    }

    /// Bytes encoded here, per recipient.
    fn bytes(&mut self, bytes: &[u8]) {
        self.carry.extend_from_slice(bytes);
        let whole = self.carry.len() / 3 * 3;
        if whole > 0 {
            let encoded = data_encoding::BASE64.encode(&self.carry[..whole]);
            self.push_encoded(&encoded);
            self.carry.drain(..whole);
        }
    }

    /// A fixed piece, pre-encoded for the bytes carried over now.
    fn fixed(&mut self, aligned: &Aligned) {
        self.bytes(&aligned.head);
        if !aligned.middle.is_empty() {
            // The head completed the carried bytes' group: nothing is left over here.
            self.end_line();
            self.out.extend_from_slice(aligned.middle.as_bytes());
            self.carry.extend_from_slice(&aligned.tail);
        }
    }

    fn finish(mut self) {
        if !self.carry.is_empty() {
            let encoded = data_encoding::BASE64.encode(&self.carry);
            self.carry.clear();
            self.push_encoded(&encoded);
        }
        self.end_line();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_qp(s: &str) -> Vec<u8> {
        let s = s.replace("=\r\n", "");
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'=' {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        out
    }

    #[test]
    fn quoted_printable_lines_stay_short_and_keep_their_spaces() {
        let text = format!("{}  \r\n= ü\t\r\nend ", "x".repeat(200));
        let encoded = qp_encode(text.as_bytes());
        for line in encoded.split("\r\n") {
            assert!(line.len() <= LINE, "{line:?}");
            assert!(!line.ends_with(' ') && !line.ends_with('\t'), "{line:?}");
        }
        assert!(encoded.ends_with("=\r\n"), "a piece ends with a soft break");
        assert_eq!(decode_qp(&encoded), text.as_bytes());
    }

    #[test]
    fn base64_around_links_of_every_length_decodes_to_the_text() {
        let pieces_text = ["Сәлем, ", "\r\nоқырман!\r\n", "."];
        for len in 0..8 {
            let link = "u".repeat(len);
            let pieces = [
                Piece::Text(pieces_text[0]),
                Piece::UnsubscribeUrl,
                Piece::Text(pieces_text[1]),
                Piece::UnsubscribeUrl,
                Piece::Text(pieces_text[2]),
            ];
            let body = EncodedBody::new(&pieces);
            assert_eq!(body.name(), "base64");
            let mut out = Vec::new();
            body.write(link.as_bytes(), &mut out);
            let wire = String::from_utf8(out).unwrap();
            for line in wire.split("\r\n") {
                assert!(line.len() <= LINE);
            }
            let decoded = data_encoding::BASE64.decode(wire.replace("\r\n", "").as_bytes());
            let expected = format!(
                "{}{link}{}{link}{}",
                pieces_text[0], pieces_text[1], pieces_text[2]
            );
            assert_eq!(String::from_utf8(decoded.unwrap()).unwrap(), expected);
        }
    }
}
