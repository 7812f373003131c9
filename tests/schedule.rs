//! Scheduled mailings through the binary: `publish --at`, the embargo, `schedule list` and
//! `cancel`, and the scheduler sending a job when due and stopping cleanly on SIGTERM.

mod support;

use std::time::{Duration, Instant};

use support::smtp::{Faults, Server};
use support::{SEED, Scratch, count, status_json, subscribers_csv, text};

fn in_seconds(s: i64) -> String {
    (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(s))
        .to_zoned(jiff::tz::TimeZone::get("Asia/Almaty").unwrap())
        .strftime("%Y-%m-%dT%H:%M:%S%:z[Asia/Almaty]")
        .to_string()
}

#[test]
fn a_job_due_in_a_few_seconds_is_sent_by_the_scheduler() {
    let s = Scratch::new("sched");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(8));
    let url = server.url();
    let at = in_seconds(3);
    let out = s.publish_seed(&csv, &url, &["--at", &at]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("scheduled mailing 1")
            && said.contains("Asia/Almaty (UTC+5;")
            && said.contains(" UTC)"),
        "{said}"
    );
    assert!(server.received().is_empty(), "nothing before its time");
    let list = text(&s.run(&["schedule", "list"]).stdout);
    assert!(
        list.contains("scheduled")
            && list.contains("kz-mx-political-consultations-2022")
            && list.contains("[kk,ru,es,en]"),
        "{list}"
    );

    let mut scheduler = s.command(&["scheduler"]).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.received().len() < 8 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(server.received().len(), 8);
    std::process::Command::new("kill")
        .args(["-TERM", &scheduler.id().to_string()])
        .status()
        .unwrap();
    let status = scheduler.wait().unwrap();
    assert!(
        status.success(),
        "SIGTERM ends the scheduler cleanly: {status:?}"
    );
    let list = text(&s.run(&["schedule", "list"]).stdout);
    assert!(list.contains(" done "), "{list}");
    // A restart sends nothing again.
    assert!(s.run(&["scheduler", "--once"]).status.success());
    assert_eq!(server.received().len(), 8);
}

#[test]
fn a_cancelled_job_is_never_sent() {
    let s = Scratch::new("cancel");
    let server = Server::start(Faults::default());
    let csv = s.write("readers.csv", &subscribers_csv(4));
    let url = server.url();
    let at = in_seconds(4);
    assert!(
        s.run(&[
            "publish",
            SEED,
            "--langs",
            "kk,en",
            "--subscribers",
            csv.to_str().unwrap(),
            "--transport",
            &url,
            "--at",
            &at
        ])
        .status
        .success()
    );
    let out = s.run(&["schedule", "cancel", "1"]);
    assert!(
        text(&out.stdout).contains("cancelled: nothing was sent"),
        "{}",
        text(&out.stdout)
    );
    std::thread::sleep(Duration::from_secs(3));
    assert!(s.run(&["scheduler", "--once"]).status.success());
    assert!(server.received().is_empty());
    assert!(text(&s.run(&["schedule", "list"]).stdout).contains("cancelled"));
    assert_eq!(s.run(&["schedule", "cancel", "7"]).status.code(), Some(2));
}

#[test]
fn an_embargoed_event_waits_for_its_embargo() {
    let s = Scratch::new("embargo");
    let seed = std::fs::read_to_string(support::root().join(SEED)).unwrap();
    let embargo = in_seconds(3600);
    let event = s.write(
        "embargoed.json",
        &seed.replacen(
            "\"published\":",
            &format!("\"embargo\": \"{embargo}\",\n  \"published\":"),
            1,
        ),
    );
    let csv = s.write("readers.csv", &subscribers_csv(2));
    let outbox = format!("outbox:{}", s.path("out").display());
    let out = s.run(&[
        "publish",
        event.to_str().unwrap(),
        "--langs",
        "en",
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &outbox,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("embargoed until"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("scheduled mailing 1"));
    assert!(
        !s.path("out").exists(),
        "nothing written before the embargo"
    );
    // An earlier --at does not beat the embargo.
    let early = in_seconds(60);
    let out = s.run(&[
        "publish",
        event.to_str().unwrap(),
        "--langs",
        "en",
        "--list",
        "readers",
        "--transport",
        &outbox,
        "--at",
        &early,
    ]);
    assert!(
        text(&out.stderr).contains("scheduled for the embargo"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn impossible_times_are_refused_before_anything_is_stored() {
    let s = Scratch::new("dst");
    let csv = s.write("readers.csv", &subscribers_csv(2));
    for (at, why) in [
        (
            "2030-03-31T02:30[Europe/Madrid]",
            "does not exist in Europe/Madrid",
        ),
        (
            "2030-10-27T02:30[Europe/Madrid]",
            "happens twice in Europe/Madrid",
        ),
        ("2020-01-01T10:00[Asia/Almaty]", "is in the past"),
    ] {
        let out = s.run(&[
            "publish",
            SEED,
            "--langs",
            "en",
            "--subscribers",
            csv.to_str().unwrap(),
            "--at",
            at,
        ]);
        assert_eq!(out.status.code(), Some(2), "{at}");
        assert!(
            text(&out.stderr).contains(why),
            "{at}: {}",
            text(&out.stderr)
        );
    }
    assert!(
        !s.path("communique.db").exists(),
        "the store was not even created"
    );
}

#[test]
fn cancelling_a_mailing_being_sent_stops_it_with_an_exact_journal() {
    let s = Scratch::new("cancel-mid");
    let server = Server::start(Faults {
        delay: Duration::from_millis(100),
        ..Faults::default()
    });
    let csv = s.write("readers.csv", &subscribers_csv(40));
    let url = server.url();
    // Far enough ahead that checking and rendering on a loaded machine does not pass it.
    let at = in_seconds(4);
    let args = [
        "publish",
        SEED,
        "--langs",
        "kk,ru,es,en",
        "--subscribers",
        csv.to_str().unwrap(),
        "--transport",
        &url,
        "--concurrency",
        "1",
        "--at",
        &at,
    ];
    assert!(s.run(&args).status.success());
    let mut scheduler = s
        .command(&["scheduler"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.received().len() < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = s.run(&["schedule", "cancel", "1"]);
    assert!(
        text(&out.stdout).contains("stops before its next message"),
        "{}",
        text(&out.stdout)
    );
    // The scheduler notices within its lease renewal (every second) and stops the mailing.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = usize::MAX;
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1500));
        let now = server.received().len();
        if now == last {
            break;
        }
        last = now;
    }
    std::process::Command::new("kill")
        .args(["-TERM", &scheduler.id().to_string()])
        .status()
        .unwrap();
    assert!(scheduler.wait().unwrap().success());
    let sent = server.received().len();
    assert!(sent < 40, "the mailing stopped ({sent} of 40 sent)");
    let status = status_json(&s);
    let count = |state: &str| count(&status, state);
    assert_eq!(
        count("sent"),
        sent as u64,
        "the journal says exactly what went out"
    );
    assert_eq!(count("pending"), 40 - sent as u64);
    assert_eq!(count("sending"), 0);
    assert!(text(&s.run(&["schedule", "list"]).stdout).contains("cancelled"));
}
