//! The SMTP side: our own TCP socket (TCP_NODELAY, or lettre stalls 40 ms per message on
//! Nagle's algorithm), handed to lettre's connection for EHLO, STARTTLS and AUTH; then each
//! message as MAIL, RCPT, DATA, so a refused recipient is told apart from a refused message.
//!
//! Internationalised addresses (RFC 6531): an envelope with a non-ASCII address goes out with
//! SMTPUTF8 when the server offers it. Otherwise a non-ASCII domain is sent in its ASCII form
//! (IDNA, `xn--…`), and an address whose local part is not ASCII, which no such server can take,
//! fails for good with a reason that says so.

use std::time::Duration;

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Ehlo, Mail, Quit, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailParameter};
use lettre::transport::smtp::response::Response;

use crate::transport::{ConnectError, Fatal, SendResult};

/// How TLS is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// STARTTLS when the server offers it, plain otherwise.
    Opportunistic,
    /// STARTTLS, or refuse to send.
    Required,
    /// TLS from the first byte (smtps, port 465).
    Implicit,
}

/// Where and how to connect.
#[derive(Clone)]
pub struct SmtpTarget {
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// TLS policy.
    pub tls: Tls,
    /// Credentials (from the environment, never from argv).
    pub credentials: Option<(String, String)>,
    /// How long any step may take before the connection is given up.
    pub timeout: Duration,
    /// The EHLO name.
    pub hello: String,
}

impl std::fmt::Debug for SmtpTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// The transport URL is not one communique understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid transport `{0}`: use smtp://host:port, smtp://host:port?tls=required, smtps://host:port or outbox:DIR"
)]
pub struct BadTarget(pub String);

impl SmtpTarget {
    /// Parses `smtp://host[:port][?tls=required]` or `smtps://host[:port]`.
    ///
    /// ```
    /// use communique_mail::smtp::{SmtpTarget, Tls};
    /// let t = SmtpTarget::parse("smtp://127.0.0.1:2525?tls=required").unwrap();
    /// assert_eq!((t.host.as_str(), t.port, t.tls), ("127.0.0.1", 2525, Tls::Required));
    /// assert_eq!(SmtpTarget::parse("smtps://mail.example.org").unwrap().port, 465);
    /// assert!(SmtpTarget::parse("smtp://user:pw@host").is_err(), "no credentials in URLs");
    /// ```
    pub fn parse(url: &str) -> Result<SmtpTarget, BadTarget> {
        let bad = || BadTarget(url.to_owned());
        let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
        let (authority, query) = match rest.split_once('?') {
            Some((a, q)) => (a, Some(q)),
            None => (rest.trim_end_matches('/'), None),
        };
        if authority.contains('@') || authority.is_empty() {
            return Err(bad());
        }
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p.parse::<u16>().map_err(|_| bad())?)),
            None => (authority, None),
        };
        let (mut tls, default_port) = match scheme {
            "smtp" => (Tls::Opportunistic, 25),
            "smtps" => (Tls::Implicit, 465),
            _ => return Err(bad()),
        };
        match query {
            None => {}
            Some("tls=required") if tls == Tls::Opportunistic => tls = Tls::Required,
            Some(_) => return Err(bad()),
        }
        Ok(SmtpTarget {
            host: host.to_owned(),
            port: port.unwrap_or(default_port),
            tls,
            credentials: None,
            timeout: Duration::from_secs(30),
            hello: "localhost".to_owned(),
        })
    }

    /// "smtp://host:port (STARTTLS required)", without credentials.
    pub fn describe(&self) -> String {
        let scheme = if self.tls == Tls::Implicit {
            "smtps"
        } else {
            "smtp"
        };
        let tls = match self.tls {
            Tls::Opportunistic => "STARTTLS when offered",
            Tls::Required => "STARTTLS required",
            Tls::Implicit => "TLS",
        };
        let auth = if self.credentials.is_some() {
            ", authenticated"
        } else {
            ""
        };
        format!("{scheme}://{}:{} ({tls}{auth})", self.host, self.port)
    }

    async fn timed<T>(
        &self,
        what: &str,
        f: impl std::future::Future<Output = T>,
    ) -> Result<T, ConnectError> {
        tokio::time::timeout(self.timeout, f).await.map_err(|_| {
            ConnectError::Temporary(format!("{what}: no answer within {:?}", self.timeout))
        })
    }

    /// Connects, says EHLO, upgrades to TLS and authenticates as configured.
    pub async fn connect(&self) -> Result<SmtpConnection, ConnectError> {
        let hello = ClientId::Domain(self.hello.clone());
        let addr = format!("{}:{}", self.host, self.port);
        let stream = self
            .timed("connect", tokio::net::TcpStream::connect(&addr))
            .await?
            .map_err(|e| ConnectError::Temporary(format!("cannot connect to {addr}: {e}")))?;
        stream
            .set_nodelay(true)
            .map_err(|e| ConnectError::Temporary(format!("TCP_NODELAY: {e}")))?;
        let tls_params = || {
            TlsParameters::new(self.host.clone()).map_err(|e| {
                ConnectError::Fatal(Fatal(format!("TLS setup for {}: {e}", self.host)))
            })
        };
        let mut conn = if self.tls == Tls::Implicit {
            // TLS from the first byte: lettre opens this socket itself (and TLS records do not
            // suffer the small-write stall that plain sockets do).
            drop(stream);
            self.timed(
                "TLS greeting",
                AsyncSmtpConnection::connect_tokio1(
                    (self.host.as_str(), self.port),
                    Some(self.timeout),
                    &hello,
                    Some(tls_params()?),
                    None,
                ),
            )
            .await?
            .map_err(classify_connect)?
        } else {
            self.timed(
                "greeting",
                AsyncSmtpConnection::connect_with_transport(Box::new(stream), &hello),
            )
            .await?
            .map_err(classify_connect)?
        };
        match self.tls {
            Tls::Required if !conn.can_starttls() => {
                return Err(ConnectError::Fatal(Fatal(format!(
                    "{addr} does not offer STARTTLS and TLS is required: nothing was sent"
                ))));
            }
            Tls::Required | Tls::Opportunistic if conn.can_starttls() => {
                self.timed("STARTTLS", conn.starttls(tls_params()?, &hello))
                    .await?
                    .map_err(|e| {
                        ConnectError::Fatal(Fatal(format!("STARTTLS with {addr} failed: {e}")))
                    })?;
            }
            _ => {}
        }
        if let Some((user, password)) = &self.credentials {
            if !conn.is_encrypted() {
                return Err(ConnectError::Fatal(Fatal(format!(
                    "{addr} offers no TLS: the credentials would cross the network in clear, so nothing was sent (use a server with STARTTLS, or smtps://)"
                ))));
            }
            let creds = Credentials::new(user.clone(), password.clone());
            self.timed("AUTH", conn.auth(&[Mechanism::Plain, Mechanism::Login], &creds))
                .await?
                .map_err(|e| {
                    // Never echo the credentials: only the server's verdict.
                    let code = e.status().map(|c| c.to_string()).unwrap_or_default();
                    if e.is_transient() {
                        ConnectError::Temporary(format!("authentication deferred by {addr} ({code})"))
                    } else {
                        ConnectError::Fatal(Fatal(format!(
                            "{addr} refused the credentials ({code}): check COMMUNIQUE_SMTP_USER and COMMUNIQUE_SMTP_PASSWORD"
                        )))
                    }
                })?;
        }
        // lettre keeps only the EHLO keywords it knows, and PIPELINING is not one of them: ask
        // again (EHLO may be repeated at any time, RFC 5321 4.1.4) and read the keywords here.
        let pipelining = match self.timed("EHLO", conn.command(Ehlo::new(hello))).await? {
            Ok(ehlo) => ehlo.message().any(|l| {
                l.split_whitespace()
                    .next()
                    .is_some_and(|k| k.eq_ignore_ascii_case("PIPELINING"))
            }),
            // Some servers refuse a second EHLO (OpenSMTPD: "503 5.5.1 Already identified"),
            // and the session goes on as it was: send one command at a time.
            Err(e) if e.status().is_some() => false,
            Err(e) => return Err(classify_connect(e)),
        };
        Ok(SmtpConnection {
            conn,
            timeout: self.timeout,
            broken: false,
            pipelining,
        })
    }
}

/// The address with its domain in ASCII (IDNA, `xn--…`), the same mailbox for any server; `None`
/// if its local part is not ASCII (only a server with SMTPUTF8 can take it). An ASCII address
/// is returned as it is.
///
/// ```
/// use communique_mail::smtp::ascii_address;
/// let a: lettre::Address = "ana@exämple.org".parse().unwrap();
/// assert_eq!(ascii_address(&a).unwrap().to_string(), "ana@xn--exmple-cua.org");
/// let b: lettre::Address = "josé@example.org".parse().unwrap();
/// assert!(ascii_address(&b).is_none());
/// ```
pub fn ascii_address(address: &lettre::Address) -> Option<lettre::Address> {
    if is_ascii(address) {
        return Some(address.clone());
    }
    if !address.user().is_ascii() {
        return None;
    }
    let domain = idna::domain_to_ascii(address.domain()).ok()?;
    lettre::Address::new(address.user(), domain).ok()
}

fn is_ascii(address: &lettre::Address) -> bool {
    AsRef::<str>::as_ref(address).is_ascii()
}

/// An envelope address as this server can take it.
enum Envelope {
    /// As it is (ASCII, or the server speaks SMTPUTF8).
    Ready(lettre::Address),
    /// The local part is not ASCII and the server does not offer SMTPUTF8.
    Impossible,
}

fn classify_connect(e: lettre::transport::smtp::Error) -> ConnectError {
    if e.is_permanent() {
        ConnectError::Fatal(Fatal(format!("the server refused the session: {e}")))
    } else {
        ConnectError::Temporary(format!("the server is not accepting mail now: {e}"))
    }
}

fn reply_text(r: &Response) -> String {
    format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" "))
}

/// A live SMTP session.
pub struct SmtpConnection {
    conn: AsyncSmtpConnection,
    timeout: Duration,
    broken: bool,
    /// The server offers PIPELINING (RFC 2920): MAIL, RCPT and DATA go out in one write.
    pipelining: bool,
}

/// Bytes handed to lettre's `command`, which writes what it is given in one write and reads
/// one reply. That is all a pipelined group or a message body needs; lettre's own `message`
/// would dot-stuff the body byte by byte and write the final dot apart.
struct Wire<'a>(&'a str);

impl std::fmt::Display for Wire<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The message as DATA carries it (RFC 5321 4.5.2): a dot doubled at the start of each line,
/// ended by CRLF, a dot and CRLF. `None` if the bytes are not UTF-8 (lettre never builds such).
///
/// ```
/// use communique_mail::smtp::data_block;
/// assert_eq!(data_block(b".a\r\nb\r\n..c").unwrap(), "..a\r\nb\r\n...c\r\n.\r\n");
/// assert_eq!(data_block(b"x\r\n").unwrap(), "x\r\n.\r\n");
/// ```
pub fn data_block(message: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(message).ok()?;
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    if rest.starts_with('.') {
        out.push('.');
    }
    while let Some(at) = memchr::memmem::find(rest.as_bytes(), b"\n.") {
        out.push_str(&rest[..at + 1]);
        out.push('.');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    if !out.ends_with("\r\n") {
        out.push_str("\r\n");
    }
    out.push_str(".\r\n");
    Some(out)
}

enum Step {
    Ok,
    Refused(lettre::transport::smtp::Error),
    Lost(String),
}

type Replied =
    Result<Result<Response, lettre::transport::smtp::Error>, tokio::time::error::Elapsed>;

impl SmtpConnection {
    fn classify(&mut self, replied: Replied) -> Step {
        match replied {
            Err(_) => {
                self.broken = true;
                Step::Lost(format!("no reply within {:?}", self.timeout))
            }
            Ok(Ok(_)) => Step::Ok,
            Ok(Err(e)) if e.is_permanent() || e.is_transient() => Step::Refused(e),
            Ok(Err(e)) => {
                self.broken = true;
                Step::Lost(e.to_string())
            }
        }
    }

    /// Writes a command (or a pipelined group) and reads one reply.
    async fn step<C: std::fmt::Display>(&mut self, command: C) -> Step {
        let replied = tokio::time::timeout(self.timeout, self.conn.command(command)).await;
        self.classify(replied)
    }

    /// Reads the next reply of a pipelined group.
    async fn reply(&mut self) -> Step {
        let replied = tokio::time::timeout(self.timeout, self.conn.read_response()).await;
        self.classify(replied)
    }

    /// After a refused command the transaction must be reset before the next message.
    async fn reset(&mut self) {
        if !matches!(self.step(Rset).await, Step::Ok) {
            self.broken = true;
        }
    }

    fn refused(e: &lettre::transport::smtp::Error, recipient: bool) -> SendResult {
        let reply = e.to_string();
        if e.is_permanent() {
            SendResult::Permanent { reply, recipient }
        } else {
            SendResult::Temporary { reply }
        }
    }

    /// True if the server offers SMTPUTF8 (RFC 6531).
    pub fn offers_smtputf8(&self) -> bool {
        self.conn
            .server_info()
            .supports_feature(Extension::SmtpUtfEight)
    }

    fn envelope(&self, address: &lettre::Address) -> Envelope {
        if is_ascii(address) || self.offers_smtputf8() {
            return Envelope::Ready(address.clone());
        }
        match ascii_address(address) {
            Some(ascii) => Envelope::Ready(ascii),
            None => Envelope::Impossible,
        }
    }

    /// MAIL, RCPT, DATA and the message; each step's refusal is classified.
    pub async fn send(
        &mut self,
        from: &lettre::Address,
        to: &lettre::Address,
        bytes: &[u8],
    ) -> SendResult {
        let unsendable = |who: &lettre::Address| {
            format!(
                "not sent: the local part of {who} is not ASCII, and the server does not offer SMTPUTF8 (RFC 6531), which such an address needs"
            )
        };
        let from = match self.envelope(from) {
            Envelope::Ready(a) => a,
            // No message can leave with this sender: the run stops.
            Envelope::Impossible => {
                return SendResult::SenderRefused {
                    reply: unsendable(from),
                };
            }
        };
        let to = match self.envelope(to) {
            Envelope::Ready(a) => a,
            // Nothing was asked of the server: not the recipient's bounce.
            Envelope::Impossible => {
                return SendResult::Permanent {
                    reply: unsendable(to),
                    recipient: false,
                };
            }
        };
        let parameters = if is_ascii(&from) && is_ascii(&to) {
            vec![]
        } else {
            vec![MailParameter::SmtpUtfEight]
        };
        let (mail, rcpt) = (Mail::new(Some(from), parameters), Rcpt::new(to, vec![]));
        let refused = if self.pipelining {
            self.envelope_pipelined(mail, rcpt).await
        } else {
            self.envelope_stepwise(mail, rcpt).await
        };
        match refused {
            Some(result) => result,
            None => self.body(bytes).await,
        }
    }

    /// What a refused MAIL means: a 5xx refuses our sender (the run stops), a 4xx is for now.
    fn mail_refused(e: &lettre::transport::smtp::Error) -> SendResult {
        if e.is_permanent() {
            SendResult::SenderRefused {
                reply: e.to_string(),
            }
        } else {
            Self::refused(e, false)
        }
    }

    /// MAIL, RCPT and DATA one at a time, each waiting for its reply; `None` once the server
    /// waits for the message.
    async fn envelope_stepwise(&mut self, mail: Mail, rcpt: Rcpt) -> Option<SendResult> {
        let (result, reset) = match self.step(mail).await {
            Step::Ok => match self.step(rcpt).await {
                Step::Ok => match self.step(Data).await {
                    Step::Ok => return None,
                    Step::Refused(e) => (Self::refused(&e, false), true),
                    Step::Lost(reply) => (SendResult::Temporary { reply }, false),
                },
                Step::Refused(e) => (Self::refused(&e, true), true),
                Step::Lost(reply) => (SendResult::Temporary { reply }, false),
            },
            Step::Refused(e) => (Self::mail_refused(&e), true),
            Step::Lost(reply) => (SendResult::Temporary { reply }, false),
        };
        if reset {
            self.reset().await;
        }
        Some(result)
    }

    /// MAIL, RCPT and DATA in one write (RFC 2920), then their three replies in order; each
    /// refusal is the reply to its own command. `None` once the server waits for the message.
    async fn envelope_pipelined(&mut self, mail: Mail, rcpt: Rcpt) -> Option<SendResult> {
        let group = format!("{mail}{rcpt}{Data}");
        let mut replies = Vec::with_capacity(3);
        replies.push(self.step(Wire(&group)).await);
        while replies.len() < 3 {
            if let Some(Step::Lost(_)) = replies.last() {
                break;
            }
            replies.push(self.reply().await);
        }
        let mut replies = replies.into_iter();
        let (mail, rcpt, data) = (replies.next(), replies.next(), replies.next());
        let result = match (mail, rcpt, data) {
            (Some(Step::Ok), Some(Step::Ok), Some(Step::Ok)) => return None,
            // A refusal that arrived stands, even if the connection went after it: a server
            // may hang up once it has refused the sender or the recipient.
            (Some(Step::Refused(e)), _, data) => (Self::mail_refused(&e), data),
            (_, Some(Step::Refused(e)), data) => (Self::refused(&e, true), data),
            // The connection went in the middle of the group: nothing was accepted.
            (Some(Step::Lost(reply)), ..)
            | (_, Some(Step::Lost(reply)), _)
            | (_, _, Some(Step::Lost(reply))) => return Some(SendResult::Temporary { reply }),
            (_, _, Some(Step::Refused(e))) => (Self::refused(&e, false), None),
            (None, ..) | (_, None, _) | (_, _, None) => {
                self.broken = true;
                return Some(SendResult::Temporary {
                    reply: "the server's replies to the pipelined commands were lost".into(),
                });
            }
        };
        let (result, data) = result;
        // A server that answered 354 to DATA after refusing MAIL or RCPT waits for a message:
        // end it empty (RFC 2920 3.1), so that it refuses it and the session stays in step.
        if let Some(Step::Ok) = data
            && !matches!(self.step(Wire(".\r\n")).await, Step::Refused(_))
        {
            self.broken = true;
        }
        self.reset().await;
        Some(result)
    }

    /// The message, dot-stuffed and ended in one write, and the server's verdict on it.
    async fn body(&mut self, bytes: &[u8]) -> SendResult {
        let replied = match data_block(bytes) {
            Some(block) => {
                tokio::time::timeout(self.timeout, self.conn.command(Wire(&block))).await
            }
            None => tokio::time::timeout(self.timeout, self.conn.message(bytes)).await,
        };
        match replied {
            Err(_) => {
                self.broken = true;
                SendResult::Temporary {
                    reply: format!("no reply to the message within {:?}", self.timeout),
                }
            }
            Ok(Ok(r)) => SendResult::Accepted {
                reply: reply_text(&r),
            },
            Ok(Err(e)) if e.is_permanent() || e.is_transient() => Self::refused(&e, false),
            Ok(Err(e)) => {
                self.broken = true;
                SendResult::Temporary {
                    reply: e.to_string(),
                }
            }
        }
    }

    /// False after a timeout or a dropped connection.
    pub fn is_usable(&self) -> bool {
        !self.broken && !self.conn.has_broken()
    }

    /// QUIT, briefly.
    pub async fn quit(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.conn.command(Quit)).await;
    }
}
