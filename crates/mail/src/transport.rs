//! Where messages go: an outbox directory or an SMTP server, behind one connection type so the
//! delivery engine treats them alike.

use crate::outbox::Outbox;
use crate::smtp::{SmtpConnection, SmtpTarget};

/// What became of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendResult {
    /// Accepted (SMTP 250 after the data).
    Accepted {
        /// The server's reply.
        reply: String,
    },
    /// Refused for now (4xx, a dropped or stalled connection): try again later.
    Temporary {
        /// The reply or what happened.
        reply: String,
    },
    /// The server refused us, not the recipient (5xx to MAIL FROM: sender not allowed,
    /// authentication required): no message can go out, so the run stops.
    SenderRefused {
        /// The server's reply.
        reply: String,
    },
    /// Refused for good (5xx).
    Permanent {
        /// The server's reply.
        reply: String,
        /// True when the server refused the recipient (RCPT), which counts as a bounce.
        recipient: bool,
    },
}

/// A failure that no retry will mend: wrong credentials, TLS required but not offered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

/// A destination for messages.
#[derive(Debug, Clone)]
pub enum Transport {
    /// Files in a directory.
    Outbox(Outbox),
    /// An SMTP server.
    Smtp(SmtpTarget),
}

/// One open connection (or outbox handle).
pub enum Connection {
    /// Writing files.
    Outbox(Outbox),
    /// A live SMTP session.
    Smtp(Box<SmtpConnection>),
}

/// Why a connection could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnectError {
    /// Try again later (refused, 421, timeout).
    Temporary(String),
    /// Stop the run.
    Fatal(Fatal),
}

impl Transport {
    /// Opens a connection.
    pub async fn connect(&self) -> Result<Connection, ConnectError> {
        match self {
            Transport::Outbox(o) => Ok(Connection::Outbox(o.clone())),
            Transport::Smtp(t) => Ok(Connection::Smtp(Box::new(t.connect().await?))),
        }
    }

    /// A description for logs and summaries (never with credentials).
    pub fn describe(&self) -> String {
        match self {
            Transport::Outbox(o) => format!("outbox {}", o.dir().display()),
            Transport::Smtp(t) => t.describe(),
        }
    }
}

impl Connection {
    /// Sends one message. `file_name` names the outbox file; SMTP ignores it.
    pub async fn send(
        &mut self,
        from: &lettre::Address,
        to: &lettre::Address,
        bytes: &[u8],
        file_name: &str,
    ) -> SendResult {
        match self {
            Connection::Outbox(o) => o.write(file_name, bytes),
            Connection::Smtp(c) => c.send(from, to, bytes).await,
        }
    }

    /// False once the connection should be replaced.
    pub fn is_usable(&self) -> bool {
        match self {
            Connection::Outbox(_) => true,
            Connection::Smtp(c) => c.is_usable(),
        }
    }

    /// Ends the session politely.
    pub async fn close(self) {
        if let Connection::Smtp(c) = self {
            c.quit().await;
        }
    }
}
