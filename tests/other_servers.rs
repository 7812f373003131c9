//! Publishing into SMTP servers no one here wrote: Postfix's `smtp-sink`, which offers
//! PIPELINING (RFC 2920), and Python's `aiosmtpd`, which does not. Each subscriber must get
//! exactly one message, to their own address, with their own unsubscribe link in the header
//! and in both bodies (the spliced bytes, read by an independent MIME parser); the commands must
//! go in one write when the server offers pipelining and one at a time when it does not.
//!
//! `./test.sh` installs both (Debian's postfix and python3-aiosmtpd); neither daemon of postfix
//! is run, only the `smtp-sink` program.

mod support;

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use mail_parser::{MessageParser, PartType};
use support::{Scratch, assert_success, count, status_json, subscribers_csv, text};

const N: usize = 400;

/// A server process, killed when the test ends however it ends.
struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not listen on {port}");
        thread::sleep(Duration::from_millis(50));
    }
}

/// What the client wrote, per read: how many MAIL commands came, and how many of them came in
/// the same read as their RCPT and DATA (a pipelined group; sent one at a time they cannot,
/// since each waits for its reply).
#[derive(Default)]
struct Groups {
    mail: AtomicUsize,
    pipelined: AtomicUsize,
}

/// A TCP relay on loopback that watches the client's side of each conversation.
fn relay(upstream: u16, groups: Arc<Groups>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { return };
            let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else {
                return;
            };
            let _ = client.set_nodelay(true);
            let _ = server.set_nodelay(true);
            let (mut c_read, mut s_write) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut s_read, mut c_write) = (server, client);
            let groups = groups.clone();
            thread::spawn(move || {
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    let n = match c_read.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let chunk = &buf[..n];
                    if chunk.starts_with(b"MAIL FROM:") {
                        groups.mail.fetch_add(1, Ordering::Relaxed);
                        let has = |needle: &[u8]| chunk.windows(needle.len()).any(|w| w == needle);
                        if has(b"\r\nRCPT TO:") && has(b"\r\nDATA\r\n") {
                            groups.pipelined.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    if s_write.write_all(chunk).is_err() {
                        break;
                    }
                }
                let _ = s_write.shutdown(Shutdown::Write);
            });
            thread::spawn(move || {
                let _ = std::io::copy(&mut s_read, &mut c_write);
                let _ = c_write.shutdown(Shutdown::Write);
            });
        }
    });
    port
}

fn publish(scratch: &Scratch, port: u16) {
    let csv = scratch.write("readers.csv", &subscribers_csv(N));
    let out = scratch.publish_seed(&csv, &format!("smtp://127.0.0.1:{port}"), &[]);
    assert_success(&out);
    let status = status_json(scratch);
    assert_eq!(count(&status, "sent"), N as u64, "{status}");
}

/// Files under `dir` (recursively), waiting until `n` of them are there and complete.
fn messages(dir: &Path, n: usize) -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mut files = Vec::new();
        walk(dir, &mut files);
        if files.len() >= n || Instant::now() > deadline {
            return files.iter().map(|f| std::fs::read(f).unwrap()).collect();
        }
        thread::sleep(Duration::from_millis(50));
    }
}

/// Every subscriber once, with their own link in List-Unsubscribe and in both bodies.
fn assert_each_subscriber_once(raw: &[Vec<u8>]) {
    assert_eq!(raw.len(), N, "messages received");
    let parser = MessageParser::default();
    let mut to = HashSet::new();
    let mut ids = HashSet::new();
    for bytes in raw {
        let m = parser.parse(bytes).expect("a message the parser reads");
        let address = m
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap();
        assert!(to.insert(address.to_owned()), "{address} twice");
        assert!(
            ids.insert(m.message_id().unwrap().to_owned()),
            "Message-ID twice"
        );
        let header = m.header_raw("List-Unsubscribe").unwrap();
        let link = header
            .split(['<', '>'])
            .find(|s| s.starts_with("http"))
            .unwrap_or_else(|| panic!("no link in List-Unsubscribe: {header}"));
        let bodies: Vec<String> = m
            .parts
            .iter()
            .filter_map(|p| match &p.body {
                PartType::Text(t) => Some(t.to_string()),
                PartType::Html(h) => Some(h.replace("&amp;", "&")),
                _ => None,
            })
            .collect();
        assert_eq!(bodies.len(), 2, "a text and an HTML part");
        for body in &bodies {
            assert!(body.contains(link), "{address}: {link} missing from a body");
            assert!(!body.contains("{$"), "a placeholder left in the body");
        }
    }
    let expected: HashSet<String> = (0..N)
        .map(|i| format!("reader{i:04}@example.org"))
        .collect();
    assert_eq!(to, expected);
}

fn run_as() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    text(&out.stdout).trim().to_owned()
}

#[test]
fn postfix_smtp_sink_gets_each_subscriber_once_pipelined() {
    let scratch = Scratch::new("smtp-sink");
    let dump = scratch.path("dump");
    std::fs::create_dir_all(&dump).unwrap();
    let port = free_port();
    let sink = ["/usr/sbin/smtp-sink", "/usr/bin/smtp-sink"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("Postfix's smtp-sink is not installed: run ./test.sh, or apt-get install postfix");
    let _sink = Daemon(
        Command::new(sink)
            .args(["-u", &run_as(), "-d"])
            .arg(format!("{}/m.", dump.display()))
            .arg(format!("127.0.0.1:{port}"))
            .arg("64")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for(port, "smtp-sink");
    let groups = Arc::new(Groups::default());
    let relayed = relay(port, groups.clone());
    publish(&scratch, relayed);
    assert_each_subscriber_once(&messages(&dump, N));
    let (mail, pipelined) = (
        groups.mail.load(Ordering::Relaxed),
        groups.pipelined.load(Ordering::Relaxed),
    );
    assert_eq!(mail, N, "one transaction per subscriber");
    // A read may split a write; nearly all groups must still arrive whole.
    assert!(
        pipelined * 10 >= mail * 9,
        "{pipelined} of {mail} pipelined"
    );
}

#[test]
fn aiosmtpd_without_pipelining_gets_each_subscriber_once() {
    let scratch = Scratch::new("aiosmtpd");
    let maildir = scratch.path("maildir");
    let port = free_port();
    let _server = Daemon(
        Command::new("aiosmtpd")
            .args(["-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect(
                "aiosmtpd is not installed: run ./test.sh, or apt-get install python3-aiosmtpd",
            ),
    );
    wait_for(port, "aiosmtpd");
    let groups = Arc::new(Groups::default());
    let relayed = relay(port, groups.clone());
    publish(&scratch, relayed);
    assert_each_subscriber_once(&messages(&maildir.join("new"), N));
    assert_eq!(groups.mail.load(Ordering::Relaxed), N);
    assert_eq!(
        groups.pipelined.load(Ordering::Relaxed),
        0,
        "commands pipelined to a server that did not offer it"
    );
}
