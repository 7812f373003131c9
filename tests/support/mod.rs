//! Test support: a small SMTP server on 127.0.0.1 with injectable faults, and helpers to run
//! the binary in a scratch directory.
#![allow(dead_code)]

pub mod smtp;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch directory with the project's locales, templates and examples, removed on drop.
pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "communique-{name}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }

    pub fn path(&self, p: &str) -> PathBuf {
        self.dir.join(p)
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// The binary, run in the project root with the store and secret in this directory.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_communique"));
        c.current_dir(root())
            .args(args)
            .env("COMMUNIQUE_DB", self.dir.join("communique.db"))
            .env(
                "COMMUNIQUE_TOKEN_SECRET",
                "test secret of at least thirty-two bytes!",
            )
            .env_remove("COMMUNIQUE_TRANSPORT")
            .env_remove("COMMUNIQUE_SMTP_USER")
            .env_remove("COMMUNIQUE_SMTP_PASSWORD");
        c
    }

    /// `publish` of the seed in all four languages to the subscribers in `csv`, through
    /// `transport`, with `extra` arguments.
    pub fn publish_seed(&self, csv: &Path, transport: &str, extra: &[&str]) -> Output {
        self.publish_seed_command(csv, transport, extra)
            .output()
            .unwrap()
    }

    /// The command [`Scratch::publish_seed`] runs, to run otherwise (spawned, to be killed).
    pub fn publish_seed_command(&self, csv: &Path, transport: &str, extra: &[&str]) -> Command {
        let mut args = vec![
            "publish",
            SEED,
            "--langs",
            "kk,ru,es,en",
            "--subscribers",
            csv.to_str().unwrap(),
            "--transport",
            transport,
        ];
        args.extend(extra);
        self.command(&args)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every example event, as absolute paths in name order.
pub fn example_events() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("examples/events"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

/// `publish --in-doubt` by default: how many outcomes per connection a crash may leave
/// uncommitted, and so send again.
pub const IN_DOUBT: usize = 4;

pub const SEED: &str = "examples/events/kz-mx-political-consultations-2022.json";

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A subscriber file of `n` people cycling through the four languages.
pub fn subscribers_csv(n: usize) -> String {
    let langs = ["kk", "ru", "es", "en"];
    let mut out = String::from("email,name,lang,organization\n");
    for i in 0..n {
        out.push_str(&format!(
            "reader{i:04}@example.org,Reader {i},{},Outlet {i}\n",
            langs[i % 4]
        ));
    }
    out
}

/// Fails the test with the command's output unless it exited 0.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\n{}\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// `communique status --json` for the scratch store.
pub fn status_json(s: &Scratch) -> serde_json::Value {
    let out = s.run(&["status", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Journal rows of the first publication in `state`, all languages.
pub fn count(status: &serde_json::Value, state: &str) -> u64 {
    status[0]["counts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["state"] == state)
        .map(|c| c["count"].as_u64().unwrap())
        .sum()
}
