//! An installed `communique` carries its translations, templates and configuration: copied
//! alone into an empty directory, it checks, previews and publishes the examples exactly as it
//! does from the repository root.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::{Scratch, example_events, root, text};

/// The binary at `exe`, run in `cwd` with nothing from the environment that points at files.
///
/// The tests run in parallel threads: while one copies its binary, another may fork, and the
/// child holds the copy's write descriptor until it execs, so running the fresh copy can fail
/// with ETXTBSY ("Text file busy") for a moment. That is retried; any other error is not.
fn run(exe: &Path, cwd: &Path, args: &[&str]) -> Output {
    let mut busy = 0;
    loop {
        let out = Command::new(exe)
            .current_dir(cwd)
            .args(args)
            .env(
                "COMMUNIQUE_TOKEN_SECRET",
                "test secret of at least thirty-two bytes!",
            )
            .env_remove("COMMUNIQUE_LOCALES")
            .env_remove("COMMUNIQUE_TEMPLATES")
            .env_remove("COMMUNIQUE_CONFIG")
            .env_remove("COMMUNIQUE_DB")
            .env_remove("COMMUNIQUE_TRANSPORT")
            .env_remove("COMMUNIQUE_PEOPLE")
            .output();
        match out {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && busy < 100 => {
                busy += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.unwrap(),
        }
    }
}

/// A copy of the built binary in a directory that holds nothing else.
fn installed(s: &Scratch) -> (PathBuf, PathBuf) {
    let bin = s.path("bin");
    let cwd = s.path("elsewhere");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(&cwd).unwrap();
    let exe = bin.join("communique");
    std::fs::copy(env!("CARGO_BIN_EXE_communique"), &exe).unwrap();
    (exe, cwd)
}

fn example(name: &str) -> String {
    root()
        .join("examples/events")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The files of `dir`, with what differs between two renderings of one message by design (the
/// Date header and the random MIME boundaries) masked.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let mut body = std::fs::read_to_string(&path).unwrap();
        let boundaries: Vec<String> = body
            .split("boundary=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next().map(str::to_owned))
            .collect();
        for b in boundaries {
            body = body.replace(&b, "BOUNDARY");
        }
        let body: Vec<&str> = body.lines().filter(|l| !l.starts_with("Date: ")).collect();
        out.insert(
            path.file_name().unwrap().to_string_lossy().into_owned(),
            body.join("\n"),
        );
    }
    out
}

#[test]
fn checks_every_example_from_an_empty_directory_as_from_the_repository() {
    let s = Scratch::new("installed-check");
    let (exe, cwd) = installed(&s);
    let events = example_events();
    let mut args = vec!["check"];
    args.extend(events.iter().map(String::as_str));
    let here = run(&exe, &cwd, &args);
    let there = run(Path::new(env!("CARGO_BIN_EXE_communique")), root(), &args);
    assert!(here.status.success(), "{}", text(&here.stderr));
    assert!(there.status.success(), "{}", text(&there.stderr));
    assert_eq!(text(&here.stdout), text(&there.stdout));
    assert_eq!(
        text(&here.stdout)
            .lines()
            .filter(|l| l.starts_with("ok  "))
            .count(),
        events.len()
    );
}

#[test]
fn previews_from_an_empty_directory_the_same_files_as_from_the_repository() {
    let s = Scratch::new("installed-preview");
    let (exe, cwd) = installed(&s);
    let seed = example("kz-mx-political-consultations-2022.json");
    let (a, b) = (s.path("preview-here"), s.path("preview-root"));
    for (exe, cwd, out) in [
        (exe.as_path(), cwd.as_path(), &a),
        (Path::new(env!("CARGO_BIN_EXE_communique")), root(), &b),
    ] {
        let out_dir = out.to_string_lossy().into_owned();
        let o = run(
            exe,
            cwd,
            &[
                "preview",
                &seed,
                "--langs",
                "kk,ru,es,en",
                "--out",
                &out_dir,
            ],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
    }
    let (here, there) = (files(&a), files(&b));
    assert_eq!(
        here.len(),
        12,
        "LANG.html, .txt and .eml for four languages"
    );
    assert_eq!(here, there);
    assert!(here["kk.txt"].contains("Мехико"), "{}", here["kk.txt"]);
}

#[test]
fn publishes_to_the_outbox_from_an_empty_directory_as_from_the_repository() {
    let s = Scratch::new("installed-publish");
    let (exe, cwd) = installed(&s);
    let seed = example("kz-mx-political-consultations-2022.json");
    let csv = root().join("examples/subscribers.csv");
    let csv = csv.to_string_lossy();
    let mut outboxes = Vec::new();
    for (name, exe, cwd) in [
        ("here", exe.as_path(), cwd.as_path()),
        ("root", Path::new(env!("CARGO_BIN_EXE_communique")), root()),
    ] {
        let db = s.path(&format!("{name}.db"));
        let outbox = s.path(&format!("outbox-{name}"));
        let transport = format!("outbox:{}", outbox.display());
        let o = run(
            exe,
            cwd,
            &[
                "--db",
                &db.to_string_lossy(),
                "publish",
                &seed,
                "--langs",
                "kk,ru,es,en",
                "--subscribers",
                &csv,
                "--transport",
                &transport,
            ],
        );
        assert!(o.status.success(), "{}", text(&o.stderr));
        outboxes.push(files(&outbox));
    }
    assert_eq!(
        outboxes[0].len(),
        34,
        "one message per subscriber of the example list"
    );
    assert_eq!(outboxes[0], outboxes[1]);
}

#[test]
fn a_locales_or_templates_folder_named_but_missing_is_one_error_naming_it() {
    let s = Scratch::new("installed-missing");
    let (exe, cwd) = installed(&s);
    let seed = example("kz-mx-political-consultations-2022.json");
    for (flag, what) in [
        ("--locales", "no-such-locales"),
        ("--templates", "no-such-templates"),
    ] {
        let o = run(&exe, &cwd, &[flag, what, "preview", &seed, "--langs", "ru"]);
        assert_eq!(o.status.code(), Some(2), "{flag}");
        let err = text(&o.stderr);
        assert!(err.contains(what), "{flag}: {err}");
        assert!(
            err.lines().count() < 8,
            "one error, not one per message: {err}"
        );
    }
}

#[test]
fn version_names_the_event_formats_it_reads() {
    let s = Scratch::new("installed-version");
    let (exe, cwd) = installed(&s);
    let o = run(&exe, &cwd, &["--version"]);
    assert!(o.status.success());
    let line = text(&o.stdout);
    assert!(
        line.starts_with(&format!("communique {}", env!("CARGO_PKG_VERSION"))),
        "{line}"
    );
    assert!(line.contains("communique.event/1"), "{line}");
}
