//! An SMTP server for tests: accepts on 127.0.0.1, keeps every message it accepts, and can
//! refuse recipients, drop connections or stall, as a test asks.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A message the server accepted (replied 250 to, or would have before a planned drop).
#[derive(Debug, Clone)]
pub struct Received {
    pub rcpt: String,
    pub data: String,
}

/// What the server does wrong, per recipient address.
#[derive(Default)]
pub struct Faults {
    /// Reply to RCPT with this line, the next `n` times (then accept).
    pub rcpt: HashMap<String, (String, usize)>,
    /// Take the message, then close the connection before replying, the next `n` times.
    pub drop_after_data: HashMap<String, usize>,
    /// Reply to the end of DATA with this line, the next `n` times.
    pub data: HashMap<String, (String, usize)>,
    /// Wait this long before replying to the end of DATA.
    pub delay: Duration,
    /// Greet with this line instead of 220 (e.g. "421 busy"), the next `n` connections.
    pub greeting: Option<(String, usize)>,
    /// Close the connection in the middle of the message body, the next `n` times.
    pub drop_mid_body: HashMap<String, usize>,
    /// Say nothing for this long after RCPT (the client's timeout must fire), the next `n` times.
    pub stall: HashMap<String, (Duration, usize)>,
    /// Offer SMTPUTF8 (RFC 6531) in the EHLO reply.
    pub smtputf8: bool,
    /// Do not offer PIPELINING (RFC 2920), which the server offers unless told not to.
    pub no_pipelining: bool,
    /// Refuse a second EHLO in a session, as OpenSMTPD does ("503 5.5.1 Already identified").
    pub refuse_second_ehlo: bool,
    /// Close the connection right after refusing a RCPT (without answering what follows).
    pub close_after_refused_rcpt: bool,
}

pub struct Server {
    pub port: u16,
    sessions: Arc<Mutex<Vec<TcpStream>>>,
    pub received: Arc<Mutex<Vec<Received>>>,
    pub rcpt_log: Arc<Mutex<Vec<String>>>,
    /// Every MAIL command as received (with its parameters).
    pub mail_log: Arc<Mutex<Vec<String>>>,
    /// MAIL commands that arrived with their RCPT already behind them (a pipelined group).
    pub pipelined: Arc<AtomicUsize>,
    pub faults: Arc<Mutex<Faults>>,
    pub connections: Arc<Mutex<usize>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start(faults: Faults) -> Server {
        Self::start_on(0, faults)
    }

    /// A server on a given port (0: any), e.g. to restart one where the last one was.
    pub fn start_on(port: u16, faults: Faults) -> Server {
        let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let rcpt_log = Arc::new(Mutex::new(Vec::new()));
        let mail_log = Arc::new(Mutex::new(Vec::new()));
        let pipelined = Arc::new(AtomicUsize::new(0));
        let faults = Arc::new(Mutex::new(faults));
        let connections = Arc::new(Mutex::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let sessions = Arc::new(Mutex::new(Vec::new()));
        let open = sessions.clone();
        let logs = Logs {
            received: received.clone(),
            rcpt: rcpt_log.clone(),
            mail: mail_log.clone(),
            pipelined: pipelined.clone(),
        };
        let (f, c, s) = (faults.clone(), connections.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                *c.lock().unwrap() += 1;
                if let Ok(clone) = stream.try_clone() {
                    open.lock().unwrap().push(clone);
                }
                let (logs, f, s) = (logs.clone(), f.clone(), s.clone());
                std::thread::spawn(move || {
                    let _ = session(stream, &logs, &f, &s);
                });
            }
        });
        Server {
            port,
            sessions,
            received,
            rcpt_log,
            mail_log,
            pipelined,
            faults,
            connections,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// How many messages each recipient received.
    pub fn counts(&self) -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for r in self.received() {
            *m.entry(r.rcpt).or_insert(0) += 1;
        }
        m
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // A stopped server drops its open sessions too, as a restarting one would.
        for s in self.sessions.lock().unwrap().drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// True if what the client sent after this MAIL is already here and holds its RCPT.
fn holds_rcpt(buffered: &[u8]) -> bool {
    buffered
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"RCPT TO"))
}

fn take(map: &mut HashMap<String, (String, usize)>, key: &str) -> Option<String> {
    let entry = map.get_mut(key)?;
    if entry.1 == 0 {
        return None;
    }
    entry.1 -= 1;
    Some(entry.0.clone())
}

/// What the server keeps of its sessions.
#[derive(Clone)]
struct Logs {
    received: Arc<Mutex<Vec<Received>>>,
    rcpt: Arc<Mutex<Vec<String>>>,
    mail: Arc<Mutex<Vec<String>>>,
    pipelined: Arc<AtomicUsize>,
}

fn session(
    stream: TcpStream,
    logs: &Logs,
    faults: &Mutex<Faults>,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let (received, rcpt_log) = (&logs.received, &logs.rcpt);
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::new(stream);
    let greeting = {
        let mut f = faults.lock().unwrap();
        match &mut f.greeting {
            Some((line, n)) if *n > 0 => {
                *n -= 1;
                Some(line.clone())
            }
            _ => None,
        }
    };
    if let Some(line) = greeting {
        write!(out, "{line}\r\n")?;
        return Ok(());
    }
    write!(out, "220 test.example.org ESMTP\r\n")?;
    let mut rcpt = String::new();
    let mut line = String::new();
    let mut greeted = false;
    loop {
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let upper = line.trim_end().to_ascii_uppercase();
        if upper.starts_with("EHLO") && greeted && faults.lock().unwrap().refuse_second_ehlo {
            write!(out, "503 5.5.1 Invalid command: Already identified\r\n")?;
        } else if upper.starts_with("EHLO") {
            greeted = true;
            let (utf8, pipelining) = {
                let f = faults.lock().unwrap();
                (
                    if f.smtputf8 { "250-SMTPUTF8\r\n" } else { "" },
                    if f.no_pipelining {
                        ""
                    } else {
                        "250-PIPELINING\r\n"
                    },
                )
            };
            write!(
                out,
                "250-test.example.org\r\n{pipelining}250-8BITMIME\r\n{utf8}250 SIZE 10000000\r\n"
            )?;
        } else if upper.starts_with("HELO")
            || upper.starts_with("NOOP")
            || upper.starts_with("RSET")
        {
            rcpt.clear();
            write!(out, "250 OK\r\n")?;
        } else if upper.starts_with("MAIL FROM") {
            rcpt.clear();
            if holds_rcpt(input.buffer()) {
                logs.pipelined.fetch_add(1, Ordering::SeqCst);
            }
            logs.mail.lock().unwrap().push(line.trim_end().to_owned());
            write!(out, "250 OK\r\n")?;
        } else if upper.starts_with("RCPT TO") {
            let addr = line.trim_end()[8..]
                .trim()
                .trim_start_matches('<')
                .split('>')
                .next()
                .unwrap_or("")
                .to_lowercase();
            rcpt_log.lock().unwrap().push(addr.clone());
            let stall = {
                let mut f = faults.lock().unwrap();
                match f.stall.get_mut(&addr) {
                    Some((d, n)) if *n > 0 => {
                        *n -= 1;
                        Some(*d)
                    }
                    _ => None,
                }
            };
            if let Some(d) = stall {
                std::thread::sleep(d);
                return Ok(());
            }
            let refusal = take(&mut faults.lock().unwrap().rcpt, &addr);
            match refusal {
                Some(reply) if faults.lock().unwrap().close_after_refused_rcpt => {
                    write!(out, "{reply}\r\n")?;
                    let _ = out.shutdown(std::net::Shutdown::Both);
                    return Ok(());
                }
                Some(reply) => write!(out, "{reply}\r\n")?,
                None => {
                    rcpt = addr;
                    write!(out, "250 OK\r\n")?;
                }
            }
        } else if upper == "DATA" && rcpt.is_empty() {
            // As Postfix does after a refused RCPT in a pipelined group.
            write!(out, "554 5.5.1 Error: no valid recipients\r\n")?;
        } else if upper == "DATA" {
            write!(out, "354 go ahead\r\n")?;
            let cut = {
                let mut f = faults.lock().unwrap();
                match f.drop_mid_body.get_mut(&rcpt) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        true
                    }
                    _ => false,
                }
            };
            if cut {
                line.clear();
                input.read_line(&mut line)?;
                return Ok(());
            }
            let mut data = String::new();
            loop {
                line.clear();
                if input.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" {
                    break;
                }
                data.push_str(&line);
            }
            let (delay, drop_now, reply) = {
                let mut f = faults.lock().unwrap();
                let delay = f.delay;
                let drop_now = match f.drop_after_data.get_mut(&rcpt) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        true
                    }
                    _ => false,
                };
                let reply = take(&mut f.data, &rcpt);
                (delay, drop_now, reply)
            };
            if !delay.is_zero() {
                std::thread::sleep(delay);
            }
            if drop_now {
                // The message is in, the reply is lost: the client cannot know.
                received.lock().unwrap().push(Received {
                    rcpt: rcpt.clone(),
                    data,
                });
                return Ok(());
            }
            match reply {
                Some(r) => write!(out, "{r}\r\n")?,
                None => {
                    received.lock().unwrap().push(Received {
                        rcpt: rcpt.clone(),
                        data,
                    });
                    write!(out, "250 2.0.0 queued\r\n")?;
                }
            }
            rcpt.clear();
        } else if upper.starts_with("QUIT") {
            write!(out, "221 bye\r\n")?;
            return Ok(());
        } else {
            write!(out, "502 not implemented\r\n")?;
        }
        out.flush()?;
    }
}
