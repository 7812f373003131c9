//! The subscriber pages end to end, as a person meets them: a notice is published to an outbox,
//! its List-Unsubscribe link is opened in real headless Chromium (Debian's, driven by
//! Playwright from tests/browser/), the button is pressed, and the store says unsubscribed;
//! a person subscribes on the form, the confirmation email arrives in the server's outbox, its
//! link is opened and confirmed, and the store says subscribed. Also `communique unsubscribe`
//! for requests that arrive by mail.
//!
//! Every server binds 127.0.0.1:0 and is stopped (SIGTERM) when its test ends. Screenshots of
//! each page at a phone's width are left in target/browser-shots-web/ for a person to look at.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use communique_model::Lang;
use support::{SEED, Scratch, root, text};

/// One subscriber per language, on the list `press` (named after the file).
const PEOPLE: &str = "email,name,lang\n\
    aigerim@example.org,Айгерім Сейітова,kk\n\
    boris@example.org,Борис Петров,ru\n\
    carmen@example.org,Carmen Ruiz,es\n\
    dan@example.org,Dan Smith,en\n";

/// The project's configuration with the list `press` open to the web.
fn config(s: &Scratch) -> PathBuf {
    let base = std::fs::read_to_string(root().join("communique.toml")).unwrap();
    s.write(
        "communique.toml",
        &format!(
            "{base}\n[web.lists.press]\nkk = \"СІМ баспасөз хабарламалары\"\nru = \"Пресс-релизы МИД\"\nes = \"Comunicados de prensa del Ministerio\"\nen = \"MFA press releases\"\n"
        ),
    )
}

/// Publishes the seed event to `press` into the outbox `dir`.
fn publish(s: &Scratch, dir: &Path) {
    publish_with(s, dir, &[]);
}

/// The same, with the options `before` ahead of the command (`--config FILE`).
fn publish_with(s: &Scratch, dir: &Path, before: &[&str]) {
    let csv = s.write("press.csv", PEOPLE);
    let transport = format!("outbox:{}", dir.display());
    let mut args = before.to_vec();
    args.extend([
        "publish",
        SEED,
        "--langs",
        "kk,ru,es,en",
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &transport,
    ]);
    let out = s.run(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// The message in `dir` addressed to `email`.
fn mail_to(dir: &Path, email: &str) -> String {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|m| m.contains(&format!("<{email}>")))
        .unwrap_or_else(|| panic!("no message to {email} in {}", dir.display()))
}

/// The https URL of a message's List-Unsubscribe header.
fn unsubscribe_url(eml: &str) -> String {
    let head = eml.split("\r\n\r\n").next().unwrap().replace("\r\n ", " ");
    let value = head
        .lines()
        .find_map(|l| l.strip_prefix("List-Unsubscribe: "))
        .expect("a List-Unsubscribe header");
    let url = value
        .split(['<', '>'])
        .find(|p| p.starts_with("https://"))
        .expect("an https unsubscribe URL");
    url.to_owned()
}

/// The decoded text/plain part of a message.
fn text_part(eml: &str) -> String {
    let part = &eml[eml.find("Content-Type: text/plain").expect("a text part")..];
    let (head, rest) = part.split_once("\r\n\r\n").unwrap();
    let body = rest.split("\r\n--").next().unwrap();
    if head.contains("Content-Transfer-Encoding: base64") {
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(data_encoding::BASE64.decode(joined.as_bytes()).unwrap()).unwrap()
    } else {
        body.replace("=\r\n", "")
    }
}

/// A web message in `lang`, as the project's locales word it.
fn word(lang: Lang, id: &str) -> String {
    let locales = communique_l10n::Locales::load(&root().join("locales")).unwrap();
    locales
        .get(lang)
        .format(id, &communique_l10n::FluentArgs::new())
        .unwrap()
}

/// `communique serve` on 127.0.0.1:0, stopped with SIGTERM on drop.
struct Server {
    child: Child,
    base: String,
    /// Every line the server logged so far.
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(s: &Scratch, config: &Path, outbox: &Path) -> Server {
        let server = Server::listening(s, config, outbox, "127.0.0.1:0");
        assert!(
            server.base.starts_with("http://127.0.0.1:"),
            "{}",
            server.base
        );
        server
    }

    /// The server on `listen`; `base` is where it says it listens.
    fn listening(s: &Scratch, config: &Path, outbox: &Path, listen: &str) -> Server {
        let mut child = s
            .command(&[
                "--config",
                config.to_str().unwrap(),
                "serve",
                "--create",
                "--listen",
                listen,
                "--transport",
                &format!("outbox:{}", outbox.display()),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let log = Arc::new(Mutex::new(Vec::new()));
        let kept = log.clone();
        // Reads the server's log for as long as it runs, so its pipe never fills.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("[serve] {line}");
                kept.lock().unwrap().push(line.clone());
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let base = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(rest) = line.split("listening on ").nth(1) {
                        break rest.split_whitespace().next().unwrap().to_owned();
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("communique serve did not start");
                }
            }
        };
        Server { child, base, log }
    }

    /// The port the server listens on.
    fn port(&self) -> u16 {
        self.base.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// What the server logged so far.
    fn logged(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Sends SIGTERM and waits (at most ten seconds) for a clean exit.
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

/// One HTTP/1.1 request to 127.0.0.1:`port`, with `headers` (each ending in CRLF) and a form
/// body if `body` is given; the status code and the body of the reply.
fn http(port: u16, method: &str, path: &str, headers: &str, body: Option<&str>) -> (u16, String) {
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let form = body.map_or(String::new(), |b| {
        format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            b.len()
        )
    });
    write!(
        conn,
        "{method} {path} HTTP/1.1\r\nHost: press.mfa.example.org\r\n{headers}{form}\
         Connection: close\r\n\r\n{}",
        body.unwrap_or("")
    )
    .unwrap();
    let mut reply = String::new();
    conn.read_to_string(&mut reply).unwrap();
    let status = reply
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP reply: {reply}"));
    let body = reply.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    (status, body.to_owned())
}

/// POSTs a subscription for `email` (with `X-Forwarded-For: forwarded`, as a proxy on the
/// same host sends it) and returns the status code.
fn subscribe_over_http(port: u16, email: &str, forwarded: Option<&str>) -> u16 {
    let xff = forwarded.map_or(String::new(), |f| format!("X-Forwarded-For: {f}\r\n"));
    let body = format!("email={email}&lang=en");
    http(port, "POST", "/subscribe/press?lang=en", &xff, Some(&body)).0
}

/// Runs tests/browser/subscriber.mjs and returns what it saw.
fn browser(args: &[&str], shots: &Path) -> serde_json::Value {
    let dir = root().join("tests/browser");
    assert!(
        dir.join("node_modules/playwright-core").exists(),
        "Playwright is not installed: run `npm ci --prefix tests/browser` (.ci/run does)"
    );
    assert!(
        Path::new("/usr/bin/chromium").exists(),
        "Chromium is not installed: `apt-get install chromium` (.ci/run installs it)"
    );
    let out = Command::new("node")
        .current_dir(&dir)
        .arg("subscriber.mjs")
        .args(args)
        .arg(shots)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "subscriber.mjs {args:?}: {}",
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)))
}

/// The `subscribers list` line of `email`.
fn listed(s: &Scratch, email: &str, list: Option<&str>) -> String {
    let mut args = vec!["subscribers", "list"];
    if let Some(l) = list {
        args.extend(["--list", l]);
    }
    let out = s.run(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .find(|l| l.starts_with(&format!("{email}\t")))
        .unwrap_or_else(|| panic!("{email} is not listed"))
        .to_owned()
}

fn assert_page_is_sound(page: &serde_json::Value, what: &str) {
    assert_eq!(page["status"], 200, "{what}: {page}");
    assert_eq!(
        page["fits"], true,
        "{what}: scrolls sideways on a phone: {page}"
    );
    assert_eq!(page["scripts"], 0, "{what}: no JavaScript");
}

#[test]
fn the_unsubscribe_link_of_a_received_email_unsubscribes_in_a_real_browser() {
    let s = Scratch::new("web-unsubscribe");
    let config = config(&s);
    let outbox = s.path("outbox");
    publish(&s, &outbox);
    let eml = mail_to(&outbox, "boris@example.org");
    let url = unsubscribe_url(&eml);
    let path = url
        .strip_prefix("https://press.mfa.example.org")
        .expect("the configured public address");
    assert!(path.starts_with("/u/"), "{url}");
    assert!(listed(&s, "boris@example.org", None).contains("\tactive\t"));

    // The reverse proxy's job: the public https address to the local server.
    let mut server = Server::start(&s, &config, &s.path("server-outbox"));
    let shots = root().join("target/browser-shots-web");
    let seen = browser(&["unsubscribe", &format!("{}{path}", server.base)], &shots);
    let before = &seen["before"];
    assert_page_is_sound(before, "the unsubscribe page");
    assert_eq!(before["lang"], "ru");
    let shown = before["text"].as_str().unwrap();
    assert!(shown.contains("boris@example.org"), "{shown}");
    assert!(shown.contains("«Пресс-релизы МИД»"), "{shown}");
    assert_eq!(before["buttons"], 1);
    let after = &seen["after"];
    assert_page_is_sound(after, "the page after the button");
    assert_eq!(after["h1"], word(Lang::Ru, "web-unsubscribed-title"));
    assert_eq!(
        seen["console"],
        serde_json::json!([]),
        "no CSP violation or error"
    );

    assert!(
        listed(&s, "boris@example.org", None).contains("\tunsubscribed\t"),
        "{}",
        listed(&s, "boris@example.org", None)
    );
    assert!(listed(&s, "boris@example.org", Some("press")).contains("\tunsubscribed\t"));
    assert!(
        listed(&s, "dan@example.org", None).contains("\tactive\t"),
        "only Boris"
    );

    // SIGTERM stops the server cleanly.
    let status = server.stop().expect("the server stops on SIGTERM");
    assert!(status.success(), "{status:?}");
}

#[test]
fn subscribing_on_the_form_and_confirming_by_email_in_a_real_browser() {
    let s = Scratch::new("web-subscribe");
    let config = config(&s);
    publish(&s, &s.path("outbox"));
    let server_outbox = s.path("server-outbox");
    let server = Server::start(&s, &config, &server_outbox);
    let shots = root().join("target/browser-shots-web");

    let seen = browser(
        &[
            "subscribe",
            &format!("{}/subscribe/press?lang=es", server.base),
            "Nueva.Lectora@Example.org",
            "Айжан Нұрланқызы",
            "kk",
        ],
        &shots,
    );
    assert_page_is_sound(&seen["before"], "the form");
    assert_eq!(seen["before"]["lang"], "es");
    assert_page_is_sound(&seen["after"], "the page after the form");
    assert_eq!(
        seen["after"]["h1"],
        word(Lang::Es, "web-subscribe-sent-title")
    );
    assert_eq!(seen["console"], serde_json::json!([]));

    // The confirmation email, in the language chosen on the form.
    let deadline = Instant::now() + Duration::from_secs(15);
    let eml = loop {
        let found = std::fs::read_dir(&server_outbox)
            .ok()
            .and_then(|mut d| d.next())
            .and_then(|e| std::fs::read_to_string(e.ok()?.path()).ok());
        if let Some(m) = found {
            break m;
        }
        assert!(Instant::now() < deadline, "no confirmation email arrived");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(eml.contains("Content-Language: kk\r\n"), "{eml}");
    assert!(eml.contains("<nueva.lectora@example.org>"));
    let body = text_part(&eml);
    let link: String = body[body
        .find("https://press.mfa.example.org/confirm/")
        .expect("a confirmation link")..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let path = link.trim_start_matches("https://press.mfa.example.org");
    let out = s.run(&["subscribers", "list"]);
    assert!(
        !text(&out.stdout).contains("nueva.lectora@example.org"),
        "nothing is stored before the confirmation"
    );

    let seen = browser(&["confirm", &format!("{}{path}", server.base)], &shots);
    assert_page_is_sound(&seen["before"], "the confirmation page");
    assert_eq!(seen["before"]["lang"], "kk");
    assert!(
        seen["before"]["text"]
            .as_str()
            .unwrap()
            .contains("nueva.lectora@example.org")
    );
    assert_page_is_sound(&seen["after"], "the page after confirming");
    assert_eq!(seen["after"]["h1"], word(Lang::Kk, "web-confirmed-title"));

    let line = listed(&s, "nueva.lectora@example.org", Some("press"));
    assert_eq!(
        line, "nueva.lectora@example.org\tkk\tactive\tАйжан Нұрланқызы",
        "{line}"
    );
}

#[test]
fn unsubscribe_on_the_command_line_takes_the_token_or_the_link() {
    let s = Scratch::new("cli-unsubscribe");
    let outbox = s.path("outbox");
    publish(&s, &outbox);
    let url = unsubscribe_url(&mail_to(&outbox, "carmen@example.org"));

    let out = s.run(&["unsubscribe", &url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        "carmen@example.org is unsubscribed from the list `press`"
    );
    assert!(listed(&s, "carmen@example.org", None).contains("\tunsubscribed\t"));

    let token = url.rsplit('/').next().unwrap();
    let again = s.run(&["unsubscribe", token]);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("already unsubscribed"));

    let forged = s.run(&["unsubscribe", &format!("{token}x")]);
    assert_eq!(forged.status.code(), Some(2), "{}", text(&forged.stderr));
    assert!(text(&forged.stderr).contains("not a genuine unsubscribe token"));
    assert!(listed(&s, "dan@example.org", None).contains("\tactive\t"));
}

#[test]
fn behind_a_proxy_on_an_ipv6_socket_each_client_has_its_own_limit() {
    let s = Scratch::new("web-dual-stack");
    let config = config(&s);
    // `--listen [::]`: the proxy's 127.0.0.1 arrives as ::ffff:127.0.0.1.
    let server = Server::listening(&s, &config, &s.path("server-outbox"), "[::]:0");
    let port = server.port();
    // More clients than one client's limit (10 in 10 minutes): each has a limit of its own.
    for i in 0..12 {
        let client = format!("198.51.100.{i}");
        let status = subscribe_over_http(port, &format!("c{i}%40example.org"), Some(&client));
        assert_eq!(status, 200, "client {i}\n{}", server.logged());
    }
}

#[test]
fn a_limit_that_triggers_is_logged_without_addresses() {
    let s = Scratch::new("web-limit-log");
    let config = config(&s);
    let server = Server::start(&s, &config, &s.path("server-outbox"));
    let port = server.port();
    let statuses: Vec<u16> = (0..12)
        .map(|i| subscribe_over_http(port, &format!("reader{i}%40example.org"), None))
        .collect();
    assert_eq!(statuses[..10], [200; 10]);
    assert_eq!(statuses[10..], [429, 429]);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !server.logged().contains("limit reached") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let log = server.logged();
    assert!(
        log.contains("limit reached: at most 10 subscription requests from one client"),
        "{log}"
    );
    assert_eq!(
        log.matches("limit reached").count(),
        1,
        "one line, not one per request: {log}"
    );
    for secret in ["127.0.0.1", "reader", "example.org/", "confirm/"] {
        let after_start = log.lines().skip(1).collect::<Vec<_>>().join("\n");
        assert!(!after_start.contains(secret), "{secret} logged: {log}");
    }
}

/// The web-view link of a message, as a path on the server: from its text part when that is
/// base64, else from the quoted-printable source with its soft breaks and `=3D` undone.
fn web_view_path(eml: &str) -> String {
    let flat = format!(
        "{}\n{}",
        text_part(eml),
        eml.replace("=\r\n", "").replace("=3D", "=")
    );
    let start = flat
        .find("https://press.mfa.example.org/n/")
        .expect("a web-view link");
    let link: String = flat[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '"')
        .collect();
    link.trim_start_matches("https://press.mfa.example.org")
        .to_owned()
}

#[test]
fn the_web_view_link_of_an_email_opens_the_notice_its_list_received() {
    // `press` is not a public list: its members' links are signed, the bare address is not
    // open to anyone who guesses the event.
    let s = Scratch::new("web-view-private");
    let outbox = s.path("outbox");
    publish(&s, &outbox);
    let server = Server::start(&s, &config(&s), &s.path("server-outbox"));
    let path = web_view_path(&mail_to(&outbox, "boris@example.org"));
    assert!(path.contains("?k="), "{path}");
    let (status, page) = http(server.port(), "GET", &path, "", None);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("<html lang=\"ru\""), "{page}");
    let bare = path.split('?').next().unwrap();
    assert_eq!(http(server.port(), "GET", bare, "", None).0, 404);

    // Marked public, its notices are open at the bare address, which its emails link to.
    let s = Scratch::new("web-view-public");
    let base = std::fs::read_to_string(config(&s)).unwrap();
    let public = s.write(
        "public.toml",
        &base.replace(
            "base_url = \"https://press.mfa.example.org\"",
            "base_url = \"https://press.mfa.example.org\"\npublic_lists = [\"press\"]",
        ),
    );
    let outbox = s.path("outbox");
    publish_with(&s, &outbox, &["--config", public.to_str().unwrap()]);
    let server = Server::start(&s, &public, &s.path("server-outbox"));
    let path = web_view_path(&mail_to(&outbox, "carmen@example.org"));
    assert!(!path.contains('?'), "{path}");
    let (status, page) = http(server.port(), "GET", &path, "", None);
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"es\""), "{page}");
}
