//! The corpus of broken inputs in tests/bad-input/: every one gets a clear error naming the file
//! and the place, exit code 2, nothing sent, and the store unchanged.

mod support;

use std::path::{Path, PathBuf};

use support::{SEED, Scratch, root, subscribers_csv, text};

fn cases(dir: &str, ext: &str) -> Vec<(PathBuf, Vec<String>)> {
    let dir = root().join("tests/bad-input").join(dir);
    let mut out: Vec<(PathBuf, Vec<String>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let expect = std::fs::read_to_string(p.with_extension("expect"))
                .unwrap_or_else(|_| panic!("{} has no .expect file", p.display()));
            (
                p,
                expect
                    .lines()
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no cases in {}", dir.display());
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// A store with one list, and what it holds, to prove a refused input changes nothing.
struct Store {
    scratch: Scratch,
}

impl Store {
    fn new(name: &str) -> Store {
        let scratch = Scratch::new(name);
        let csv = scratch.write("readers.csv", &subscribers_csv(6));
        let out = scratch.run(&[
            "subscribers",
            "import",
            csv.to_str().unwrap(),
            "--list",
            "readers",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        Store { scratch }
    }

    fn snapshot(&self) -> String {
        let export = self.scratch.run(&["subscribers", "export"]);
        let status = self.scratch.run(&["status", "--json"]);
        format!(
            "{}\n{}\n{}",
            text(&export.stdout),
            text(&status.stdout),
            text(&status.stderr)
        )
    }

    /// Runs publish with `extra`; checks exit 2, each expected phrase, nothing sent or stored.
    fn refuses(&self, case: &Path, event: &str, extra: &[&str], expect: &[String]) {
        let before = self.snapshot();
        let outbox = self.scratch.path("outbox");
        let transport = format!("outbox:{}", outbox.display());
        let mut args = vec![
            "publish",
            event,
            "--langs",
            "kk,ru,es,en",
            "--transport",
            transport.as_str(),
        ];
        args.extend(extra);
        let out = self.scratch.run(&args);
        let err = text(&out.stderr);
        let name = case.file_name().unwrap().to_string_lossy();
        assert_eq!(out.status.code(), Some(2), "{name}: exit code\n{err}");
        for e in expect {
            assert!(err.contains(e.as_str()), "{name}: missing {e:?} in\n{err}");
        }
        assert!(
            !outbox.exists(),
            "{name}: something was written to the outbox"
        );
        assert_eq!(self.snapshot(), before, "{name}: the store changed");
    }
}

#[test]
fn broken_events_are_refused_with_every_problem_named() {
    let store = Store::new("bad-events");
    for (case, expect) in cases("events", "json") {
        let path = case.to_str().unwrap();
        let mut expect = expect;
        expect.push(path.to_owned());
        store.refuses(&case, path, &["--list", "readers"], &expect);
    }
}

#[test]
fn oversized_and_deeply_nested_events_are_refused() {
    let store = Store::new("bad-big");
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    let huge = store.scratch.write(
        "huge.json",
        &seed.replacen(
            "\"Amparo Anguiano Rodríguez\"",
            &format!("\"{}\"", "x".repeat(10 * 1024 * 1024)),
            1,
        ),
    );
    store.refuses(
        &huge,
        huge.to_str().unwrap(),
        &["--list", "readers"],
        &["at most 1048576 are accepted".into()],
    );
    let deep = store.scratch.write(
        "deep.json",
        &format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    );
    store.refuses(
        &deep,
        deep.to_str().unwrap(),
        &["--list", "readers"],
        &["recursion limit exceeded".into(), "not valid JSON".into()],
    );
}

#[test]
fn broken_subscriber_files_are_refused_by_line() {
    let store = Store::new("bad-csv");
    for (case, expect) in cases("subscribers", "csv") {
        store.refuses(
            &case,
            SEED,
            &["--subscribers", case.to_str().unwrap()],
            &expect,
        );
    }
}

#[test]
fn broken_translations_are_refused_with_file_line_and_column() {
    let store = Store::new("bad-ftl");
    for (case, expect) in cases("locales", "ftl") {
        let dir = store.scratch.path(&format!(
            "locales-{}",
            case.file_stem().unwrap().to_string_lossy()
        ));
        copy_dir(&root().join("locales"), &dir);
        let target = dir.join("ru").join(format!(
            "zz-{}",
            case.file_name().unwrap().to_string_lossy()
        ));
        std::fs::copy(&case, &target).unwrap();
        let locales = dir.to_str().unwrap().to_owned();
        store.refuses(
            &case,
            SEED,
            &["--list", "readers", "--locales", &locales],
            &expect,
        );
    }
}

#[test]
fn broken_templates_are_refused_by_name_and_line() {
    let store = Store::new("bad-tpl");
    for (case, expect) in cases("templates", "html") {
        let dir = store.scratch.path(&format!(
            "templates-{}",
            case.file_stem().unwrap().to_string_lossy()
        ));
        copy_dir(&root().join("templates"), &dir);
        std::fs::copy(&case, dir.join("email.html")).unwrap();
        let templates = dir.to_str().unwrap().to_owned();
        store.refuses(
            &case,
            SEED,
            &["--list", "readers", "--templates", &templates],
            &expect,
        );
    }
}

#[test]
fn broken_configurations_are_refused_by_setting() {
    let store = Store::new("bad-config");
    for (case, expect) in cases("config", "toml") {
        let mut expect = expect;
        expect.push(case.to_str().unwrap().to_owned());
        store.refuses(
            &case,
            SEED,
            &["--list", "readers", "--config", case.to_str().unwrap()],
            &expect,
        );
    }
}
