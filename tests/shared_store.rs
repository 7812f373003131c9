//! Several processes on one PostgreSQL store, through the binary: three `publish` processes
//! of one publication and two `scheduler` processes with two mailings of it, sending 30,000
//! messages to the fault-injecting test server; one sender is killed (SIGKILL) mid-run and
//! started again. Nobody is missing, nobody gets two copies except the messages the killed
//! process had in flight (at most one per connection, `docs/DELIVERY.md`), and every process
//! sent some of the rows.

mod support;

use std::collections::{BTreeMap, HashMap};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::smtp::{Faults, Server};
use support::{IN_DOUBT, SEED, Scratch, subscribers_csv, text};

const N: usize = 30_000;
const SCHEMA: &str = "t_shared_store";
/// Connections of each `publish` process (a kill repeats at most this many messages).
const CONCURRENCY: &str = "4";

fn pg_url() -> String {
    std::env::var("COMMUNIQUE_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// `sql` run by psql against the test database; its rows, `|`-separated.
fn psql(sql: &str) -> String {
    let out = Command::new("psql")
        .args(["-qtA", "-v", "ON_ERROR_STOP=1", "-d", &pg_url(), "-c", sql])
        .output()
        .expect("psql runs (test.sh checks the server)");
    assert!(out.status.success(), "psql: {}", text(&out.stderr));
    text(&out.stdout)
}

/// The test's own schema, dropped first (a failed run may have left it) and at the end.
struct Schema;

impl Schema {
    fn new() -> Schema {
        psql(&format!(
            "DROP SCHEMA IF EXISTS {SCHEMA} CASCADE; CREATE SCHEMA {SCHEMA}"
        ));
        Schema
    }

    fn address(&self) -> String {
        format!("{}?options=-c%20search_path%3D{SCHEMA}", pg_url())
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = Command::new("psql")
            .args([
                "-qtA",
                "-d",
                &pg_url(),
                "-c",
                &format!("DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"),
            ])
            .output();
    }
}

fn in_seconds(s: i64) -> String {
    (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(s)).to_string()
}

/// Rows sent per process id (the run owner is "host:pid:nonce").
fn sent_by_pid() -> BTreeMap<u32, u64> {
    let mut per = BTreeMap::new();
    for line in psql(&format!(
        "SELECT sent_by, COUNT(*) FROM {SCHEMA}.deliveries WHERE state = 'sent' GROUP BY sent_by"
    ))
    .lines()
    {
        let (owner, n) = line.rsplit_once('|').unwrap();
        let pid: u32 = owner.split(':').nth(1).unwrap().parse().unwrap();
        *per.entry(pid).or_insert(0) += n.parse::<u64>().unwrap();
    }
    per
}

struct Processes {
    scratch: Scratch,
    address: String,
    transport: String,
}

impl Processes {
    fn command(&self, args: &[&str]) -> Command {
        let mut c = self.scratch.command(args);
        c.env("COMMUNIQUE_DB", &self.address)
            // A killed run's rows go back to be claimed after this lease (database time).
            .env("COMMUNIQUE_RUN_LEASE_SECS", "3")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    }

    fn publish_args<'a>(&'a self, extra: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec![
            "publish",
            SEED,
            "--langs",
            "kk,ru,es,en",
            "--list",
            "press",
            "--transport",
            &self.transport,
            "--retry-delay",
            "0.05",
        ];
        args.extend(extra);
        args
    }

    fn sender(&self) -> Child {
        self.command(&self.publish_args(&["--concurrency", CONCURRENCY]))
            .stdout(Stdio::piped())
            .spawn()
            .unwrap()
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        let out = self.command(args).stdout(Stdio::piped()).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}\n{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        out
    }
}

fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn finished(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("a process did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn three_senders_and_two_schedulers_on_one_database_survive_a_kill_and_send_everyone_once() {
    let schema = Schema::new();
    let temporary: HashMap<String, (String, usize)> = (0..N)
        .step_by(1000)
        .map(|i| {
            (
                format!("reader{i:04}@example.org"),
                ("451 4.3.0 try again later".to_owned(), 1),
            )
        })
        .collect();
    let server = Server::start(Faults {
        rcpt: temporary,
        delay: Duration::from_millis(3),
        ..Faults::default()
    });
    let p = Processes {
        scratch: Scratch::new("shared-store"),
        address: schema.address(),
        transport: server.url(),
    };
    let csv = p.scratch.write("readers.csv", &subscribers_csv(N));
    p.run(&[
        "subscribers",
        "import",
        csv.to_str().unwrap(),
        "--list",
        "press",
    ]);
    // Two mailings of the same publication, due in two seconds: one for each scheduler.
    let at = in_seconds(2);
    for _ in 0..2 {
        p.run(&p.publish_args(&["--at", &at]));
    }
    let mut schedulers: Vec<Child> = (0..2)
        .map(|_| p.command(&["scheduler"]).spawn().unwrap())
        .collect();
    let mut senders: Vec<Child> = (0..3).map(|_| p.sender()).collect();

    // Kill the first sender once it has sent (and recorded) some of the rows.
    let victim = senders[0].id();
    wait_for("the first sender to send", Duration::from_secs(60), || {
        sent_by_pid().get(&victim).copied().unwrap_or(0) >= 200
    });
    senders[0].kill().unwrap();
    senders[0].wait().unwrap();
    // Started again after the dead run's lease: it takes the rows the dead run held.
    std::thread::sleep(Duration::from_secs(4));
    let restarted = p.sender();
    let restarted_pid = restarted.id();
    senders[0] = restarted;

    for (i, sender) in senders.iter_mut().enumerate() {
        let status = finished(sender, Duration::from_secs(300));
        let mut err = String::new();
        use std::io::Read;
        if let Some(mut o) = sender.stdout.take() {
            let _ = o.read_to_string(&mut err);
        }
        if let Some(mut e) = sender.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        assert!(status.success(), "sender {i}: {status:?}\n{err}");
    }
    wait_for("both mailings to be done", Duration::from_secs(120), || {
        psql(&format!(
            "SELECT COUNT(*) FROM {SCHEMA}.jobs WHERE state = 'done'"
        ))
        .trim()
            == "2"
    });
    let scheduler_pids: Vec<u32> = schedulers.iter().map(Child::id).collect();
    for scheduler in &mut schedulers {
        Command::new("kill")
            .args(["-TERM", &scheduler.id().to_string()])
            .status()
            .unwrap();
        assert!(finished(scheduler, Duration::from_secs(30)).success());
    }
    // Which scheduler ran each mailing: two schedulers never ran one mailing.
    let holders = psql(&format!(
        "SELECT lease_owner FROM {SCHEMA}.jobs ORDER BY id"
    ));
    assert_eq!(holders.lines().count(), 2, "{holders}");

    // Every row is sent, and the journal agrees with the server.
    let states = psql(&format!(
        "SELECT state, COUNT(*) FROM {SCHEMA}.deliveries GROUP BY state ORDER BY state"
    ));
    assert_eq!(states.trim(), format!("sent|{N}"), "journal: {states}");
    let counts = server.counts();
    assert_eq!(counts.len(), N, "nobody is missing");
    let duplicates: usize = counts.values().map(|c| c - 1).sum();
    // Each connection of the killed sender has at most IN_DOUBT messages whose outcome was
    // not yet committed (the default --in-doubt).
    let bound: usize = CONCURRENCY.parse::<usize>().unwrap() * IN_DOUBT;
    assert!(
        duplicates <= bound,
        "{duplicates} duplicates after one kill (at most {bound}: {IN_DOUBT} per connection of the killed sender)"
    );
    // The rows spread over the processes: every sender and both schedulers sent some.
    let per = sent_by_pid();
    let senders_pids = [victim, restarted_pid, senders[1].id(), senders[2].id()];
    for pid in senders_pids.iter().chain(&scheduler_pids) {
        assert!(
            per.get(pid).copied().unwrap_or(0) > 0,
            "process {pid} sent nothing: {per:?} (senders {senders_pids:?}, schedulers {scheduler_pids:?})"
        );
    }
    assert_eq!(per.values().sum::<u64>(), N as u64);
}
