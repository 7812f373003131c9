//! The fault matrix: a publication to a couple of thousand subscribers against SMTP servers
//! that misbehave in every way the delivery promise must survive. After each: every subscriber
//! is sent, failed for good with the server's reply, or left for a re-run; re-runs complete the
//! rest; nobody is missing; duplicates happen only where a reply was lost, and are counted.

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use support::smtp::{Faults, Server};
use support::{IN_DOUBT, SEED, Scratch, count, status_json, subscribers_csv, text};

const N: usize = 1500;

fn email(i: usize) -> String {
    format!("reader{i:04}@example.org")
}

struct Run {
    scratch: Scratch,
    csv: String,
}

impl Run {
    fn new(name: &str, n: usize) -> Run {
        let scratch = Scratch::new(name);
        let csv = scratch
            .write("readers.csv", &subscribers_csv(n))
            .to_str()
            .unwrap()
            .to_owned();
        Run { scratch, csv }
    }

    fn publish(&self, transport: &str, extra: &[&str]) -> std::process::Output {
        self.command(transport, extra).output().unwrap()
    }

    /// `publish` of the seed to this run's subscribers through `transport`.
    fn command(&self, transport: &str, extra: &[&str]) -> std::process::Command {
        self.scratch.publish_seed_command(
            Path::new(&self.csv),
            transport,
            &[&["--retry-delay", "0.01"], extra].concat(),
        )
    }

    /// Re-runs until nothing is left to retry (or a few times), as an operator would.
    fn finish(&self, transport: &str) {
        for _ in 0..5 {
            let out = self.publish(transport, &[]);
            let st = status_json(&self.scratch);
            if count(&st, "pending") + count(&st, "failed_temporary") + count(&st, "sending") == 0 {
                return;
            }
            assert!(out.status.code().is_some(), "{}", text(&out.stderr));
        }
    }

    fn states(&self) -> (u64, u64, u64, u64) {
        let st = status_json(&self.scratch);
        (
            count(&st, "sent"),
            count(&st, "failed_permanent"),
            count(&st, "failed_temporary"),
            count(&st, "pending") + count(&st, "sending"),
        )
    }
}

/// Nobody missing, and each received at most once unless listed in `lost` (replies lost).
fn assert_everyone_once(server: &Server, n: usize, permanent: &[usize], lost: &[usize]) {
    let counts = server.counts();
    for i in 0..n {
        let got = counts.get(&email(i)).copied().unwrap_or(0);
        if permanent.contains(&i) {
            assert_eq!(got, 0, "{} was refused for good and never sent", email(i));
        } else if lost.contains(&i) {
            assert_eq!(
                got,
                2,
                "{}: the reply was lost, so it went twice (counted)",
                email(i)
            );
        } else {
            assert_eq!(got, 1, "{} received {got} copies", email(i));
        }
    }
}

fn fault_for(ids: &[usize], reply: &str, times: usize) -> HashMap<String, (String, usize)> {
    ids.iter()
        .map(|i| (email(*i), (reply.to_owned(), times)))
        .collect()
}

/// OpenSMTPD refuses the second EHLO the client sends to read PIPELINING ("503 5.5.1
/// Already identified"): the session goes on, one command at a time, and everyone is sent.
#[test]
fn a_server_that_refuses_a_second_ehlo_gets_every_message_one_command_at_a_time() {
    let server = Server::start(Faults {
        refuse_second_ehlo: true,
        ..Faults::default()
    });
    let run = Run::new("f-ehlo", 200);
    let out = run.publish(&server.url(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(run.states(), (200, 0, 0, 0));
    assert_everyone_once(&server, 200, &[], &[]);
    assert_pipelined(&server, false);
}

/// A server that refuses a recipient in a pipelined group and then hangs up: the refusal
/// stands (the recipient failed for good), not the lost connection (which would retry them
/// on every run); everyone else is sent on new connections.
#[test]
fn a_refusal_stands_when_the_server_hangs_up_after_it() {
    let refused = [5, 120];
    let server = Server::start(Faults {
        rcpt: fault_for(&refused, "550 5.1.1 user unknown", 99),
        close_after_refused_rcpt: true,
        ..Faults::default()
    });
    let run = Run::new("f-hangup", 200);
    let out = run.publish(&server.url(), &[]);
    assert_eq!(out.status.code(), Some(1), "not everyone was sent");
    assert_eq!(run.states(), (198, 2, 0, 0));
    assert_everyone_once(&server, 200, &refused, &[]);
    let rcpts = server.rcpt_log.lock().unwrap().clone();
    for i in refused {
        let tries = rcpts.iter().filter(|r| **r == email(i)).count();
        assert_eq!(tries, 1, "{} was tried {tries} times", email(i));
    }
}

#[test]
fn temporary_refusals_at_connect_and_rcpt_are_retried_until_sent() {
    temporary_refusals_at_connect_and_rcpt_are_retried_until_sent_with(true);
}

/// The same against a server that does not offer PIPELINING: one command, one reply.
#[test]
fn temporary_refusals_at_connect_and_rcpt_are_retried_until_sent_one_command_at_a_time() {
    temporary_refusals_at_connect_and_rcpt_are_retried_until_sent_with(false);
}

fn temporary_refusals_at_connect_and_rcpt_are_retried_until_sent_with(pipelining: bool) {
    let faults = Faults {
        greeting: Some(("421 4.3.2 too busy, try later".into(), 3)),
        no_pipelining: !pipelining,
        rcpt: fault_for(&[3, 77, 500, 1499], "451 4.7.1 greylisted", 2)
            .into_iter()
            .chain(fault_for(
                &[10, 11, 900],
                "452 4.5.3 too many recipients",
                1,
            ))
            .collect(),
        ..Faults::default()
    };
    let server = Server::start(faults);
    let run = Run::new(&format!("f-temp-{pipelining}"), N);
    // Three tries each: a message can meet three refusals in a row (they are not spread out),
    // and is then left for the next run, which the operator (here: `finish`) starts.
    run.publish(&server.url(), &[]);
    run.finish(&server.url());
    assert_eq!(run.states(), (N as u64, 0, 0, 0));
    assert_everyone_once(&server, N, &[], &[]);
    assert_pipelined(&server, pipelining);
}

/// MAIL, RCPT and DATA go in one write to a server that offers PIPELINING, and never to one
/// that does not (RFC 2920).
fn assert_pipelined(server: &Server, pipelining: bool) {
    let groups = server.pipelined.load(std::sync::atomic::Ordering::SeqCst);
    let mails = server.mail_log.lock().unwrap().len();
    if pipelining {
        assert!(
            groups * 10 > mails * 9,
            "{groups} of {mails} MAIL commands pipelined"
        );
    } else {
        assert_eq!(groups, 0, "pipelined to a server that does not offer it");
    }
}

#[test]
fn permanent_refusals_are_recorded_with_the_reply_and_never_retried() {
    permanent_refusals_are_recorded_with_the_reply_and_never_retried_with(true);
}

/// The same against a server that does not offer PIPELINING: one command, one reply.
#[test]
fn permanent_refusals_are_recorded_with_the_reply_and_never_retried_one_command_at_a_time() {
    permanent_refusals_are_recorded_with_the_reply_and_never_retried_with(false);
}

fn permanent_refusals_are_recorded_with_the_reply_and_never_retried_with(pipelining: bool) {
    let refused_rcpt = [5, 6, 700];
    let refused_address = [8];
    let refused_data = [42, 1200];
    let mut rcpt = fault_for(&refused_rcpt, "550 5.1.1 user unknown", 99);
    rcpt.extend(fault_for(
        &refused_address,
        "553 5.1.3 bad address syntax",
        99,
    ));
    let server = Server::start(Faults {
        rcpt,
        data: fault_for(&refused_data, "554 5.7.1 message refused", 99),
        no_pipelining: !pipelining,
        ..Faults::default()
    });
    let run = Run::new(&format!("f-perm-{pipelining}"), N);
    let out = run.publish(&server.url(), &[]);
    assert_eq!(out.status.code(), Some(1), "not everyone was sent");
    let permanent: Vec<usize> = refused_rcpt
        .iter()
        .chain(&refused_address)
        .chain(&refused_data)
        .copied()
        .collect();
    assert_eq!(
        run.states(),
        ((N - permanent.len()) as u64, permanent.len() as u64, 0, 0)
    );
    let st = status_json(&run.scratch);
    let replies: HashMap<String, String> = st[0]["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["email"].as_str().unwrap().to_owned(),
                f["reply"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(replies[&email(5)].contains("550"));
    assert!(replies[&email(8)].contains("553"));
    assert!(replies[&email(42)].contains("554"));
    // A re-run sends nothing more: permanent failures are not retried.
    let before = server.received().len();
    run.publish(&server.url(), &[]);
    assert_eq!(server.received().len(), before);
    let log = server.rcpt_log.lock().unwrap().clone();
    assert_eq!(log.iter().filter(|r| **r == email(5)).count(), 1);
    assert_everyone_once(&server, N, &permanent, &[]);
    assert_pipelined(&server, pipelining);
}

#[test]
fn dropped_connections_and_stalls_are_retried_and_lost_replies_counted() {
    dropped_connections_and_stalls_are_retried_and_lost_replies_counted_with(true);
}

/// The same against a server that does not offer PIPELINING: one command, one reply.
#[test]
fn dropped_connections_and_stalls_are_retried_and_lost_replies_counted_one_command_at_a_time() {
    dropped_connections_and_stalls_are_retried_and_lost_replies_counted_with(false);
}

fn dropped_connections_and_stalls_are_retried_and_lost_replies_counted_with(pipelining: bool) {
    let lost = [1, 2, 1000];
    let cut = [20, 21, 1300];
    let stalled = [60, 1400];
    let faults = Faults {
        drop_after_data: lost.iter().map(|i| (email(*i), 1)).collect(),
        drop_mid_body: cut.iter().map(|i| (email(*i), 1)).collect(),
        stall: stalled
            .iter()
            .map(|i| (email(*i), (Duration::from_secs(3), 1)))
            .collect(),
        no_pipelining: !pipelining,
        ..Faults::default()
    };
    let server = Server::start(faults);
    let run = Run::new(&format!("f-drop-{pipelining}"), N);
    let started = Instant::now();
    let out = run.publish(&server.url(), &["--timeout", "1"]);
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(run.states(), (N as u64, 0, 0, 0));
    // A message whose reply was lost is the one duplicate a sender cannot avoid: counted here.
    assert_everyone_once(&server, N, &[], &lost);
    assert_pipelined(&server, pipelining);
}

#[test]
fn a_server_restart_mid_run_loses_nobody() {
    let first = Server::start(Faults {
        delay: Duration::from_millis(2),
        ..Faults::default()
    });
    let port = first.port;
    let run = Run::new("f-restart", N);
    let url = first.url();
    let mut child = run
        .scratch
        .publish_seed_command(
            Path::new(&run.csv),
            &url,
            &["--retry-delay", "0.2", "--attempts", "6"],
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while first.received().len() < 300 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let accepted_before = first.received.clone();
    drop(first); // the server goes down, taking its open sessions with it…
    std::thread::sleep(Duration::from_millis(300));
    let second = Server::start_on(port, Faults::default()); // …and comes back
    let _ = child.wait();
    run.finish(&url);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in accepted_before.lock().unwrap().iter() {
        *counts.entry(r.rcpt.clone()).or_default() += 1;
    }
    for (k, v) in second.counts() {
        *counts.entry(k).or_default() += v;
    }
    let missing: Vec<String> = (0..N)
        .map(email)
        .filter(|e| !counts.contains_key(e))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    assert!(
        duplicates <= 8,
        "at most one per connection in flight at the restart: {duplicates}"
    );
    assert_eq!(run.states().0, N as u64);
}

#[test]
fn twenty_kills_at_random_points_lose_nobody() {
    let server = Server::start(Faults {
        delay: Duration::from_millis(1),
        ..Faults::default()
    });
    let run = Run::new("f-kill", 800);
    let url = server.url();
    let mut kills = 0;
    for i in 0..20 {
        let mut child = run
            .scratch
            .publish_seed_command(Path::new(&run.csv), &url, &["--concurrency", "4"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + (i * 37) % 160));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
    }
    run.finish(&url);
    let counts = server.counts();
    assert_eq!(counts.len(), 800, "nobody is missing");
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    // 4 connections, each with at most IN_DOUBT messages whose outcome is not yet
    // committed (the default --in-doubt).
    let bound = 4 * IN_DOUBT;
    assert!(
        duplicates <= bound * kills,
        "{duplicates} duplicates after {kills} kills (at most {bound} per kill)"
    );
    assert_eq!(run.states(), (800, 0, 0, 0));
}

#[test]
fn a_locked_store_stops_before_anything_is_sent() {
    let server = Server::start(Faults::default());
    let run = Run::new("f-lock", 50);
    let db = run.scratch.path("communique.db");
    // Create the store, then hold an exclusive lock on it from another process.
    assert!(
        run.scratch
            .run(&["subscribers", "import", &run.csv, "--list", "readers"])
            .status
            .success()
    );
    let mut locker = std::process::Command::new("python3")
        .args(["-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(5)"])
        .arg(&db)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(locker.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert_eq!(line.trim(), "locked");
    let out = run
        .scratch
        .command(&[
            "publish",
            SEED,
            "--langs",
            "kk,ru,es,en",
            "--list",
            "readers",
            "--transport",
            &server.url(),
        ])
        .env("COMMUNIQUE_DB_BUSY_MS", "300")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("locked"),
        "{}",
        text(&out.stderr)
    );
    assert!(server.received().is_empty());
    locker.kill().unwrap();
    locker.wait().unwrap();
    let out = run.scratch.run(&[
        "publish",
        SEED,
        "--langs",
        "kk,ru,es,en",
        "--list",
        "readers",
        "--transport",
        &server.url(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(server.received().len(), 50);
}

#[test]
fn a_full_disk_leaves_the_rest_for_a_re_run() {
    let run = Run::new("f-disk", 40);
    let outbox = run.scratch.path("outbox");
    std::fs::create_dir_all(&outbox).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=96k", "tmpfs"])
        .arg(&outbox)
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        mounted,
        "mounting a small tmpfs needs root (CI runs as root)"
    );
    let transport = format!("outbox:{}", outbox.display());
    let out = run.publish(&transport, &["--attempts", "1"]);
    let written: Vec<String> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".eml"))
        .collect();
    let umounted = std::process::Command::new("umount")
        .arg(&outbox)
        .status()
        .unwrap();
    assert!(umounted.success());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let (sent, permanent, temporary, pending) = run.states();
    assert_eq!(
        sent as usize,
        written.len(),
        "the journal matches the files written"
    );
    assert!(sent > 0 && sent < 40, "the disk filled part-way ({sent})");
    assert_eq!((permanent, temporary + pending), (0, 40 - sent));
    assert!(
        text(&out.stdout).contains("No space left on device"),
        "{}",
        text(&out.stdout)
    );
    // Space again: the re-run writes only the rest.
    let out = run.publish(&transport, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rest = std::fs::read_dir(&outbox).unwrap().count();
    assert_eq!(rest + written.len(), 40);
    assert_eq!(run.states(), (40, 0, 0, 0));
}

#[test]
fn refused_credentials_or_missing_tls_never_leak_the_secrets() {
    let server = Server::start(Faults::default());
    let run = Run::new("f-secret", 5);
    let password = "pa55-Wörd-never-print-me";
    let token = "token secret that must never be printed anywhere";
    for json in [false, true] {
        let mut cmd = run
            .scratch
            .publish_seed_command(Path::new(&run.csv), &server.url(), &[]);
        if json {
            cmd.arg("--json");
        }
        let out = cmd
            .env("COMMUNIQUE_SMTP_USER", "press")
            .env("COMMUNIQUE_SMTP_PASSWORD", password)
            .env("COMMUNIQUE_TOKEN_SECRET", token)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(all.contains("offers no TLS"), "{all}");
        assert!(
            !all.contains(password) && !all.contains(token),
            "a secret leaked:\n{all}"
        );
    }
    assert!(server.received().is_empty());
    let status = run.scratch.run(&["status", "--json"]);
    let all = format!("{}{}", text(&status.stdout), text(&status.stderr));
    assert!(!all.contains(password) && !all.contains(token));
    // Nor does --help show them, though it reads the environment.
    let help = run
        .scratch
        .command(&["publish", "--help"])
        .env("COMMUNIQUE_SMTP_PASSWORD", password)
        .output()
        .unwrap();
    assert!(!text(&help.stdout).contains(password));
}

/// A tmpfs mounted over `dir` and made read-only (even root cannot write it), unmounted on drop.
struct ReadOnlyMount(std::path::PathBuf);

impl ReadOnlyMount {
    /// Mounts a tmpfs on `dir`, lets `fill` put files in it, then remounts it read-only.
    fn new(dir: std::path::PathBuf, fill: impl FnOnce(&std::path::Path)) -> ReadOnlyMount {
        std::fs::create_dir_all(&dir).unwrap();
        let mount = |args: &[&str]| {
            std::process::Command::new("mount")
                .args(args)
                .arg(&dir)
                .status()
                .is_ok_and(|s| s.success())
        };
        assert!(
            mount(&["-t", "tmpfs", "-o", "size=1m", "tmpfs"]),
            "mounting a tmpfs needs root (CI runs as root)"
        );
        let guard = ReadOnlyMount(dir.clone());
        fill(&dir);
        assert!(mount(&["-o", "remount,ro"]), "remount read-only");
        guard
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_store_serves_the_commands_that_read_and_errors_name_the_store() {
    let run = Run::new("f-readonly", 5);
    let outbox = format!("outbox:{}", run.scratch.path("outbox").display());
    support::assert_success(&run.publish(&outbox, &[]));
    let on = |db: &std::path::Path, args: &[&str]| {
        run.scratch
            .command(args)
            .env("COMMUNIQUE_DB", db)
            .output()
            .unwrap()
    };
    // A store an import closed cleanly is all in its file (no -wal, no -shm).
    let closed = run.scratch.path("closed.db");
    support::assert_success(&on(
        &closed,
        &["subscribers", "import", &run.csv, "--list", "r"],
    ));
    // The publication's store as it is: its file, and the -wal and -shm the run may have left.
    let ro = ReadOnlyMount::new(run.scratch.path("ro"), |dir| {
        for name in [
            "communique.db",
            "communique.db-wal",
            "communique.db-shm",
            "closed.db",
        ] {
            let from = run.scratch.path(name);
            if from.exists() {
                std::fs::copy(from, dir.join(name)).unwrap();
            }
        }
    });
    let list = on(&ro.0.join("closed.db"), &["subscribers", "list"]);
    support::assert_success(&list);
    assert_eq!(text(&list.stdout).lines().count(), 5);
    let db = ro.0.join("communique.db");
    let list = on(&db, &["subscribers", "list"]);
    support::assert_success(&list);
    assert_eq!(text(&list.stdout).lines().count(), 5);
    let export = on(&db, &["subscribers", "export"]);
    support::assert_success(&export);
    assert_eq!(text(&export.stdout).lines().count(), 6);
    let status = on(&db, &["status", "--json"]);
    support::assert_success(&status);
    let st: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(count(&st, "sent"), 5);
    support::assert_success(&on(&db, &["schedule", "list"]));
    // A command that writes says which store and why it cannot: on read-only media, or in a
    // folder that does not exist.
    let nowhere = run.scratch.path("no/such/folder/communique.db");
    for (db, why) in [
        (&db, "Read-only file system"),
        (&nowhere, "No such file or directory"),
    ] {
        let import = on(
            db,
            &["subscribers", "import", &run.csv, "--list", "readers"],
        );
        let err = text(&import.stderr);
        assert_eq!(import.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&db.display().to_string()) && err.contains(why),
            "{err}"
        );
    }
    // And a command that reads a store that does not exist creates none.
    let list = on(&nowhere, &["subscribers", "list"]);
    assert_eq!(list.status.code(), Some(2));
    assert!(text(&list.stderr).contains("there is no store at"));
    assert!(!run.scratch.path("no").exists());
}

#[test]
fn a_journal_that_cannot_be_written_stops_sending_and_says_what_may_repeat() {
    let server = Server::start(Faults::default());
    let run = Run::new("f-journal", 40);
    let url = server.url();
    let child = run
        .command(&url, &["--rate", "10/s", "--concurrency", "2"])
        .env("COMMUNIQUE_DB_BUSY_MS", "300")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while server.received().len() < 3 {
        assert!(Instant::now() < deadline, "the run did not start sending");
        std::thread::sleep(Duration::from_millis(10));
    }
    // Another process takes the store's write lock for longer than the run waits for it.
    let db = run.scratch.path("communique.db");
    let mut locker = std::process::Command::new("python3")
        .args(["-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None); c.execute('BEGIN EXCLUSIVE'); time.sleep(2)"])
        .arg(&db)
        .spawn()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    locker.wait().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the journal could not be written"), "{err}");
    // The help says what a re-run does, and does not promise that nothing goes twice.
    assert!(
        err.contains("may be sent a second time") && !err.contains("nothing sent is sent twice"),
        "{err}"
    );
    run.finish(&url);
    let counts = server.counts();
    assert_eq!(counts.len(), 40, "nobody is missing");
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    assert!(
        duplicates <= 2 * IN_DOUBT,
        "{duplicates} > 2 connections × {IN_DOUBT} messages in doubt"
    );
}
