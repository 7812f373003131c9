//! Delivery through the binary against a real SMTP server on 127.0.0.1: one message per
//! subscriber in their language, an exact journal, retries for temporary failures only, and
//! resumption after a crash.

mod support;

use std::collections::HashMap;
use std::time::Duration;

use support::smtp::{Faults, Server};
use support::{SEED, Scratch, assert_success, count, status_json, subscribers_csv, text};

/// A header's value, unfolded (continuation lines joined), from the message head.
fn header(data: &str, name: &str) -> Option<String> {
    let head = data.split("\r\n\r\n").next().unwrap_or(data);
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let prefix = format!("{name}: ");
    unfolded
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()).map(str::to_owned))
}

/// `publish` of the seed to the subscribers in `csv` through `server`.
fn publish_command(
    s: &Scratch,
    server: &Server,
    csv: &std::path::Path,
    extra: &[&str],
) -> std::process::Command {
    s.publish_seed_command(
        csv,
        &server.url(),
        &[&["--retry-delay", "0.01"], extra].concat(),
    )
}

fn publish(
    s: &Scratch,
    server: &Server,
    csv: &std::path::Path,
    extra: &[&str],
) -> std::process::Output {
    publish_command(s, server, csv, extra).output().unwrap()
}

#[test]
fn every_subscriber_gets_one_message_in_their_language_with_list_headers() {
    let s = Scratch::new("deliver");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(12));
    let out = publish(&s, &server, &csv, &[]);
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let got = server.received();
    assert_eq!(got.len(), 12);
    let langs = ["kk", "ru", "es", "en"];
    for r in &got {
        let i: usize = r.rcpt[6..10].parse().unwrap();
        assert_eq!(
            header(&r.data, "Content-Language").as_deref(),
            Some(langs[i % 4]),
            "{}",
            r.rcpt
        );
        let unsub = header(&r.data, "List-Unsubscribe").unwrap();
        assert!(
            unsub.starts_with("<https://press.mfa.example.org/u/"),
            "{unsub}"
        );
        assert!(r.data.contains("<mailto:unsubscribe@mfa.example.org>"));
        assert_eq!(
            header(&r.data, "List-Unsubscribe-Post").as_deref(),
            Some("List-Unsubscribe=One-Click")
        );
        assert!(
            header(&r.data, "List-Id")
                .unwrap()
                .contains("<press-releases.mfa.example.org>")
        );
        assert!(
            header(&r.data, "Message-ID")
                .unwrap()
                .ends_with(&format!(".{}@mfa.example.org>", langs[i % 4]))
        );
        assert!(r.data.contains("Content-Type: multipart/alternative"));
        assert!(r.data.contains("Content-Type: text/plain; charset=utf-8"));
        assert!(r.data.contains("Content-Type: text/html; charset=utf-8"));
    }
    let st = status_json(&s);
    assert_eq!(count(&st, "sent"), 12);
    assert_eq!(
        st[0]["counts"].as_array().unwrap().len(),
        4,
        "sent rows in four languages"
    );

    // A second run sends nothing and says so.
    let again = publish(&s, &server, &csv, &[]);
    assert!(again.status.success());
    assert!(
        text(&again.stdout).contains("nothing to send"),
        "{}",
        text(&again.stdout)
    );
    assert_eq!(server.received().len(), 12);
}

#[test]
fn subscribers_get_the_first_published_language_on_their_chain() {
    let s = Scratch::new("fallback");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(8));
    let url = server.url();
    let out = s.run(&[
        "publish",
        SEED,
        "--langs",
        "kk,es",
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &url,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut by_lang: HashMap<String, usize> = HashMap::new();
    for r in server.received() {
        *by_lang
            .entry(header(&r.data, "Content-Language").unwrap())
            .or_default() += 1;
    }
    // kk readers get kk, es readers es; ru and en readers have no published language on their
    // chain (ru → en, en → none) and are skipped, and counted.
    assert_eq!(
        by_lang,
        HashMap::from([("kk".to_owned(), 2), ("es".to_owned(), 2)])
    );
    let st = status_json(&s);
    assert_eq!(count(&st, "skipped"), 4);
    assert!(
        text(&out.stdout).contains("4 skipped"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn temporary_failures_are_retried_and_permanent_ones_are_not() {
    let s = Scratch::new("faults");
    let mut faults = Faults::default();
    faults.rcpt.insert(
        "reader0000@example.org".into(),
        ("451 4.7.1 try again later".into(), 2),
    );
    faults.rcpt.insert(
        "reader0001@example.org".into(),
        ("550 5.1.1 no such user".into(), 99),
    );
    faults.data.insert(
        "reader0002@example.org".into(),
        ("554 5.6.0 message refused".into(), 99),
    );
    faults
        .drop_after_data
        .insert("reader0003@example.org".into(), 1);
    let server = Server::start(faults);
    let csv = s.write("readers.csv", &subscribers_csv(6));
    let out = publish(&s, &server, &csv, &["--concurrency", "2"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "not everyone was sent: {}",
        text(&out.stdout)
    );
    let counts = server.counts();
    assert_eq!(
        counts.get("reader0000@example.org"),
        Some(&1),
        "451 twice, then sent"
    );
    assert_eq!(counts.get("reader0001@example.org"), None);
    assert_eq!(counts.get("reader0002@example.org"), None);
    // The reply after DATA was lost, so the message was sent again: the one duplicate kind.
    assert_eq!(counts.get("reader0003@example.org"), Some(&2));
    let rcpts = server.rcpt_log.lock().unwrap().clone();
    assert_eq!(
        rcpts
            .iter()
            .filter(|r| *r == "reader0001@example.org")
            .count(),
        1,
        "a 5xx is never retried"
    );
    let st = status_json(&s);
    assert_eq!(count(&st, "sent"), 4);
    assert_eq!(count(&st, "failed_permanent"), 2);
    let failures = st[0]["failures"].as_array().unwrap();
    assert!(
        failures
            .iter()
            .any(|f| f["email"] == "reader0001@example.org"
                && f["reply"].as_str().unwrap().contains("550"))
    );
    assert!(
        failures
            .iter()
            .any(|f| f["email"] == "reader0002@example.org"
                && f["reply"].as_str().unwrap().contains("554"))
    );
    // The refused recipient is marked bounced (threshold 1 in the default configuration).
    let list = s.run(&["subscribers", "list"]);
    assert!(
        text(&list.stdout)
            .lines()
            .any(|l| l.starts_with("reader0001@example.org\t") && l.contains("\tbounced\t"))
    );
}

#[test]
fn a_lasting_temporary_failure_waits_for_the_next_run() {
    let s = Scratch::new("later");
    let mut faults = Faults::default();
    faults.rcpt.insert(
        "reader0002@example.org".into(),
        ("452 4.2.2 mailbox full".into(), 3),
    );
    let server = Server::start(faults);
    let csv = s.write("readers.csv", &subscribers_csv(4));
    let out = publish(&s, &server, &csv, &["--attempts", "3"]);
    assert_eq!(out.status.code(), Some(1));
    let st = status_json(&s);
    assert_eq!(count(&st, "failed_temporary"), 1);
    assert_eq!(count(&st, "sent"), 3);
    // The server recovers; the re-run sends only what is missing.
    let again = publish(&s, &server, &csv, &[]);
    assert!(again.status.success(), "{}", text(&again.stdout));
    let counts = server.counts();
    assert_eq!(counts.len(), 4);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
}

#[test]
fn resumes_after_kill_without_missing_anyone() {
    let s = Scratch::new("kill");
    let faults = Faults {
        delay: Duration::from_millis(40),
        ..Faults::default()
    };
    let server = Server::start(faults);
    let n = 60;
    let csv = s.write("readers.csv", &subscribers_csv(n));
    let url = server.url();
    let concurrency = 4;
    let mut child = s
        .publish_seed_command(
            &csv,
            &url,
            // Each connection waits for its outcome to be committed before the next message:
            // a kill repeats at most one message per connection.
            &["--concurrency", "4", "--in-doubt", "1"],
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while server.received().len() < 15 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let before = server.received().len();
    assert!(before < n, "the run was killed part-way ({before} of {n})");
    let out = publish(&s, &server, &csv, &["--concurrency", "4"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let counts = server.counts();
    assert_eq!(counts.len(), n, "nobody is missing");
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    assert!(
        duplicates <= concurrency,
        "{duplicates} duplicates > concurrency {concurrency}"
    );
    // Every duplicate carries the same Message-ID, so a receiving system can drop it.
    let mut ids: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    for r in server.received() {
        ids.entry(r.rcpt.clone())
            .or_default()
            .insert(header(&r.data, "Message-ID").unwrap());
    }
    assert!(ids.values().all(|set| set.len() == 1));
    assert_eq!(count(&status_json(&s), "sent"), n as u64);
}

#[test]
fn bad_subscriber_rows_are_listed_by_line_and_nothing_is_sent() {
    let s = Scratch::new("badcsv");
    let server = Server::start(Faults::default());
    let csv = s.write(
        "readers.csv",
        "email,name,lang\nok@example.org,Ok,en\nnot-an-email,Bad,en\nx@example.org,X,de\n\"eve@example.org\",\"Eve\r\nBcc: victim@example.org\",en\nOK@example.org,Dup,ru\n",
    );
    let out = publish(&s, &server, &csv, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for expected in [
        "line 3: `not-an-email` is not an email address",
        "line 4: unknown language `de`",
        "line 5: the name contains a line break",
        "line 7: `ok@example.org` already appears on line 2",
        "nothing was imported",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in {err}");
    }
    assert!(server.received().is_empty());
    assert_eq!(
        *server.connections.lock().unwrap(),
        0,
        "not even a connection"
    );
}

/// The seed event with other content (the fourth round, not the third), as a file.
fn changed_event(s: &Scratch) -> std::path::PathBuf {
    let changed = std::fs::read_to_string(support::root().join(SEED))
        .unwrap()
        .replace("\"round\": 3", "\"round\": 4");
    s.write("changed.json", &changed)
}

#[test]
fn a_republished_event_with_changed_content_is_refused_unless_resent() {
    let s = Scratch::new("changed");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(3));
    assert!(publish(&s, &server, &csv, &[]).status.success());
    let event = changed_event(&s);
    let url = server.url();
    let args = [
        "publish",
        event.to_str().unwrap(),
        "--langs",
        "kk,ru,es,en",
        "--list",
        "readers",
        "--transport",
        url.as_str(),
    ];
    let out = s.run(&args);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("3 subscriber(s) received it")
            && err.contains("(in: kind)")
            && err.contains("--resend"),
        "{err}"
    );
    assert_eq!(server.received().len(), 3);
    let mut with_resend = args.to_vec();
    with_resend.push("--resend");
    assert!(s.run(&with_resend).status.success());
    assert_eq!(server.received().len(), 6);
}

#[test]
fn the_readme_main_command_writes_the_outbox_once() {
    let s = Scratch::new("outbox");
    let outbox = s.path("outbox");
    let transport = format!("outbox:{}", outbox.display());
    let args = [
        "publish",
        SEED,
        "--langs",
        "kk,ru,es,en",
        "--subscribers",
        "examples/subscribers.csv",
        "--transport",
        transport.as_str(),
    ];
    let out = s.run(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files: Vec<_> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 34);
    assert!(
        files
            .iter()
            .all(|f| f.extension().is_some_and(|x| x == "eml"))
    );
    let kk = files
        .iter()
        .filter(|f| f.to_string_lossy().ends_with(".kk.eml"))
        .count();
    assert_eq!(kk, 8);
    let again = s.run(&args);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("nothing to send"));
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 34);
}

#[test]
fn required_tls_that_the_server_does_not_offer_stops_before_sending() {
    let s = Scratch::new("tls");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(3));
    let url = format!("{}?tls=required", server.url());
    let out = s.run(&[
        "publish",
        SEED,
        "--langs",
        "kk,ru,es,en",
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("does not offer STARTTLS and TLS is required"),
        "{}",
        text(&out.stderr)
    );
    assert!(server.received().is_empty());
    // Nothing is lost: every row is still pending for a run with a working server.
    let st = status_json(&s);
    assert_eq!(count(&st, "pending"), 3);
}

#[test]
fn the_rate_limit_spaces_messages_out() {
    let s = Scratch::new("rate");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(6));
    let started = std::time::Instant::now();
    let out = publish(&s, &server, &csv, &["--rate", "20/s", "--concurrency", "4"]);
    assert!(out.status.success());
    // Six messages at 20 per second cannot all go out in less than a quarter second.
    assert!(
        started.elapsed() >= Duration::from_millis(250),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.received().len(), 6);
}

/// Waits until `server` has accepted at least `n` messages from `child` (at most 60 s), and
/// fails with the child's output if it ends first.
fn wait_for(server: &Server, n: usize, child: &mut std::process::Child) {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while server.received().len() < n {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            panic!(
                "the run ended ({status}) after {} of {n} messages: {err}",
                server.received().len()
            );
        }
        assert!(
            std::time::Instant::now() < deadline,
            "only {} of {n} messages arrived",
            server.received().len()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `publish_command` with its output captured, to start in the background.
fn spawn_publish(
    s: &Scratch,
    server: &Server,
    csv: &std::path::Path,
    extra: &[&str],
) -> std::process::Command {
    let mut c = publish_command(s, server, csv, extra);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    c
}

#[test]
fn someone_who_unsubscribes_during_a_slow_run_gets_nothing_after() {
    let s = Scratch::new("leave-mid-run");
    let server = Server::start(Faults::default());
    let n = 10;
    let csv = s.write("readers.csv", &subscribers_csv(n));
    // Two a second: every row is claimed at the start (256 at a time), long before it is sent.
    let mut child = spawn_publish(&s, &server, &csv, &["--rate", "2/s", "--concurrency", "2"])
        .spawn()
        .unwrap();
    wait_for(&server, 2, &mut child);
    // reader0008 leaves by the link in their email (the token of subscriber 9 on `readers`:
    // ids follow the file's order), reader0009 is removed by the operator.
    let key = communique_mail::token::TokenKey::new(b"test secret of at least thirty-two bytes!")
        .unwrap();
    let link = format!("https://press.mfa.example.org/u/{}", key.sign(9, "readers"));
    let out = s.run(&["unsubscribe", &link]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("reader0008@example.org is unsubscribed"),
        "{}",
        text(&out.stdout)
    );
    let out = s.run(&["subscribers", "remove", "reader0009@example.org"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sent_before_leaving = server.received().len();
    assert!(
        sent_before_leaving < n - 2,
        "the run had not reached them yet"
    );
    assert_success(&child.wait_with_output().unwrap());
    let counts = server.counts();
    for gone in ["reader0008@example.org", "reader0009@example.org"] {
        assert_eq!(counts.get(gone), None, "{gone} was mailed after leaving");
    }
    assert_eq!(counts.len(), n - 2);
    assert!(counts.values().all(|c| *c == 1), "{counts:?}");
    let st = status_json(&s);
    assert_eq!((count(&st, "sent"), count(&st, "skipped")), (8, 2));
    assert!(
        st[0]["counts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["state"] != "pending" && c["state"] != "sending")
    );
}

/// Sends `signal` (STOP, CONT) to a process.
fn signal(child: &std::process::Child, signal: &str) {
    let ok = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{signal}");
}

/// True if another process can take the store's write lock now.
fn writable(db: &std::path::Path) -> bool {
    std::process::Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=0.2, isolation_level=None); c.execute('BEGIN IMMEDIATE'); c.execute('ROLLBACK')",
        ])
        .arg(db)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
        .success()
}

#[test]
fn a_run_paused_past_its_lease_sends_nothing_more_once_another_run_took_over() {
    let s = Scratch::new("paused");
    let server = Server::start(Faults::default());
    let n = 40;
    let csv = s.write("readers.csv", &subscribers_csv(n));
    let lease = [("COMMUNIQUE_RUN_LEASE_SECS", "2")];
    // Four connections at four a second: at any moment each holds a row, waiting its turn.
    let mut first = spawn_publish(&s, &server, &csv, &["--rate", "4/s", "--concurrency", "4"]);
    let mut first = first.envs(lease).spawn().unwrap();
    wait_for(&server, 4, &mut first);
    // A pause in the middle of a journal transaction holds SQLite's write lock, and then no
    // run can write, let alone send: that is not the case here. Pause it between two.
    let db = s.path("communique.db");
    for attempt in 0.. {
        signal(&first, "STOP");
        std::thread::sleep(Duration::from_millis(100));
        if writable(&db) {
            break;
        }
        assert!(attempt < 50, "the paused run always held the store's lock");
        signal(&first, "CONT");
        std::thread::sleep(Duration::from_millis(37));
    }
    let at_pause = server.received().len();
    // Past the lease, a second run takes the publication over and starts sending.
    std::thread::sleep(Duration::from_secs(3));
    let mut second = spawn_publish(&s, &server, &csv, &["--rate", "20/s"]);
    let mut second = second.envs(lease).spawn().unwrap();
    wait_for(&server, at_pause + 4, &mut second);
    signal(&first, "CONT");
    let first = first.wait_with_output().unwrap();
    let second = second.wait_with_output().unwrap();
    let counts = server.counts();
    assert_eq!(counts.len(), n, "nobody is missing");
    // Only a message in the middle of its SMTP exchange at the pause can go twice.
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    assert!(
        duplicates <= 1,
        "{duplicates} duplicates: the paused run sent after losing its lease"
    );
    let first_err = text(&first.stderr);
    assert_eq!(first.status.code(), Some(1), "{first_err}");
    assert!(first_err.contains("another run took over"), "{first_err}");
    assert_success(&second);
    assert_eq!(count(&status_json(&s), "sent"), n as u64);
}

/// The store's files (the database and its write-ahead log) and its subscribers as exported.
fn store_state(s: &Scratch) -> (Vec<Vec<u8>>, String) {
    let files = ["communique.db", "communique.db-wal"]
        .iter()
        .map(|f| std::fs::read(s.path(f)).unwrap_or_default())
        .collect();
    let export = s.run(&["subscribers", "export"]);
    assert_success(&export);
    (files, text(&export.stdout))
}

/// The file of `subscribers_csv(3)` with reader0000 renamed, reader0001 in another language
/// and two newcomers.
fn changed_readers(s: &Scratch) -> std::path::PathBuf {
    let csv = subscribers_csv(3)
        .replace("Reader 0,kk", "Renamed,kk")
        .replace("Reader 1,ru", "Reader 1,en")
        + "new1@example.org,New,es,Outlet\nnew2@example.org,New,kk,Outlet\n";
    s.write("readers.csv", &csv)
}

#[test]
fn a_dry_run_with_a_subscriber_file_writes_nothing() {
    let s = Scratch::new("dry-run");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(3));
    assert_success(&publish(&s, &server, &csv, &[]));
    let before = store_state(&s);
    let csv = changed_readers(&s);
    let out = publish(&s, &server, &csv, &["--dry-run", "--resend"]);
    assert_success(&out);
    let said = text(&out.stdout);
    assert!(
        said.contains("the import would add 2, update 2, leave 1 unchanged")
            && said.contains("would send 1 in en, 2 in es, 2 in kk")
            && said.contains("nothing was sent, and nothing was changed"),
        "{said}"
    );
    assert_eq!(store_state(&s), before, "the dry run changed the store");
    assert_eq!(server.received().len(), 3);

    // Without a store, or a secret, it creates neither.
    let fresh = Scratch::new("dry-run-fresh");
    let csv = fresh.write("readers.csv", &subscribers_csv(4));
    let out = publish_command(&fresh, &server, &csv, &["--dry-run"])
        .env_remove("COMMUNIQUE_TOKEN_SECRET")
        .output()
        .unwrap();
    assert_success(&out);
    assert!(
        text(&out.stdout).contains("would send 1 in en, 1 in es, 1 in kk, 1 in ru"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        !fresh.path("communique.db").exists() && !fresh.path("communique.secret").exists(),
        "the dry run created a file"
    );
}

#[test]
fn a_refused_publish_with_a_subscriber_file_imports_nothing() {
    let s = Scratch::new("refused-import");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(3));
    assert_success(&publish(&s, &server, &csv, &[]));
    let before = store_state(&s);
    let csv = changed_readers(&s);
    // The event changed since it was sent to this list: refused, naming --resend.
    let event = changed_event(&s);
    let url = server.url();
    let out = s.run(&[
        "publish",
        event.to_str().unwrap(),
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--resend"));
    assert_eq!(store_state(&s).1, before.1, "the refused publish imported");
    // The token secret cannot be read.
    let out = publish_command(&s, &server, &csv, &[])
        .env_remove("COMMUNIQUE_TOKEN_SECRET")
        .env("COMMUNIQUE_TOKEN_SECRET_FILE", s.path("no-such.secret"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("cannot read the token secret"));
    assert_eq!(store_state(&s).1, before.1, "the refused publish imported");
    assert_eq!(server.received().len(), 3);
}

#[test]
fn international_addresses_use_smtputf8_when_offered_else_ascii_domains_or_a_clear_failure() {
    let readers = "email,name,lang\nana@exämple.org,Ana,en\njosé@example.org,José,es\nplain@example.org,Plain,en\n";
    // A server without SMTPUTF8: the domain goes in its ASCII form (IDNA), in the envelope and
    // the To header; a local part that is not ASCII cannot go at all, and says why.
    let s = Scratch::new("idn-ascii");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", readers);
    let out = publish(&s, &server, &csv, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let mut rcpts = server.rcpt_log.lock().unwrap().clone();
    rcpts.sort();
    assert_eq!(
        rcpts,
        ["ana@xn--exmple-cua.org", "plain@example.org"],
        "nothing asked for josé"
    );
    assert!(
        server
            .mail_log
            .lock()
            .unwrap()
            .iter()
            .all(|m| !m.contains("SMTPUTF8")),
        "SMTPUTF8 used with a server that does not offer it"
    );
    let ana = server
        .received()
        .into_iter()
        .find(|r| r.rcpt == "ana@xn--exmple-cua.org")
        .unwrap();
    assert!(
        header(&ana.data, "To")
            .unwrap()
            .contains("<ana@xn--exmple-cua.org>")
    );
    let st = status_json(&s);
    assert_eq!((count(&st, "sent"), count(&st, "failed_permanent")), (2, 1));
    let failure = &st[0]["failures"][0];
    assert_eq!(failure["email"], "josé@example.org");
    assert!(
        failure["reply"]
            .as_str()
            .unwrap()
            .contains("does not offer SMTPUTF8"),
        "{failure}"
    );
    // A server that offers SMTPUTF8 gets the addresses as they are, with SMTPUTF8 on MAIL.
    let s = Scratch::new("idn-utf8");
    let server = Server::start(Faults {
        smtputf8: true,
        ..Faults::default()
    });
    let csv = s.write("readers.csv", readers);
    assert_success(&publish(&s, &server, &csv, &[]));
    let rcpts = server.rcpt_log.lock().unwrap().clone();
    for address in ["ana@exämple.org", "josé@example.org", "plain@example.org"] {
        assert!(rcpts.contains(&address.to_owned()), "{address}: {rcpts:?}");
    }
    let mails = server.mail_log.lock().unwrap().clone();
    assert_eq!(
        mails.iter().filter(|m| m.ends_with(" SMTPUTF8")).count(),
        2,
        "{mails:?}"
    );
}
