//! `communique check`: every problem in the events and the translations, or a clean bill.

use std::path::{Path, PathBuf};

use communique_l10n::check::{check_locale_files, check_notice};

use crate::cli::CheckArgs;
use crate::report::Failure;

pub fn run(
    locales_dir: Option<&Path>,
    people: Option<&Path>,
    args: &CheckArgs,
) -> Result<(), Failure> {
    let directory = crate::event_file::directory(people)?;
    let files = if args.events.is_empty() {
        example_files(&args.examples)?
    } else {
        args.events.clone()
    };
    let mut failures = Vec::new();
    let mut events = Vec::new();
    let mut style = 0usize;
    for path in &files {
        match crate::event_file::read(path, &args.langs, &directory) {
            Ok(event) => events.push((path.clone(), event)),
            Err(f) => failures.push(f),
        }
    }
    let locale_files = crate::assets::locale_files(locales_dir)?;
    let mut findings: Vec<String> = check_locale_files(&locale_files)
        .iter()
        .map(|f| f.to_string())
        .collect();
    // The bundles load only from syntactically valid files; the findings above already name
    // any syntax error, so a load failure adds nothing new.
    if let Ok(locales) = communique_l10n::Locales::from_files(&locale_files) {
        for (path, event) in &events {
            let langs = if args.langs.is_empty() {
                &event.languages
            } else {
                &args.langs
            };
            let mut bad = 0;
            for lang in langs {
                let (notice, forms) = communique_l10n::localize_with_forms(&locales, event, *lang);
                if args.forms {
                    print_forms(&event.id, *lang, &forms);
                }
                // A person's name the rules cannot decline is worth the author's attention
                // even where today's sentences need only the nominative.
                for row in forms.iter().filter(|r| r.path.contains(".name.")) {
                    if let Err(why) = &row.form {
                        eprintln!(
                            "warning: {}: {} [{lang}]: {why}: give the `{}` form in the event",
                            path.display(),
                            row.path,
                            row.case
                        );
                    }
                }
                match notice {
                    Ok(notice) => {
                        let leaks = check_notice(event, &notice);
                        // The editor's style check fails the check unless --allow-style.
                        for s in communique_l10n::style::check_style(&locales, event, &notice) {
                            style += 1;
                            eprintln!("style: {}: {s}", path.display());
                        }
                        bad += leaks.len();
                        findings.extend(
                            leaks
                                .into_iter()
                                .map(|l| format!("{}: {l}", path.display())),
                        );
                    }
                    Err(e) => {
                        bad += 1;
                        findings.push(format!("{}: {e}", path.display()));
                    }
                }
            }
            if bad == 0 {
                let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
                println!(
                    "ok  {}  ({}; {})",
                    path.display(),
                    event.id,
                    codes.join(",")
                );
            }
        }
    }
    if style > 0 {
        eprintln!(
            "style: {style} findings (two sentences opening alike, a name or country twice in a sentence, stacked conjunctions, the home country in a headline)"
        );
    }
    if !findings.is_empty() {
        failures.push(Failure::Locale { findings });
    }
    if style > 0 && !args.allow_style {
        failures.push(Failure::Style { count: style });
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(failures.remove(0)),
        count => Err(Failure::Several { count, failures }),
    }
}

/// `check --forms`: one line per case form, marked by where it came from.
fn print_forms(id: &str, lang: communique_model::Lang, rows: &[communique_l10n::FormRow]) {
    if rows.is_empty() {
        return;
    }
    println!("forms  {id} [{lang}]");
    for r in rows {
        match &r.form {
            Ok(form) => println!(
                "  {:<44} {:<4} {:<6} {form}",
                r.path,
                r.case,
                match (r.by_rule, r.from_locale) {
                    (true, _) => "rule",
                    (false, true) => "locale",
                    (false, false) => "event",
                }
            ),
            Err(why) => println!("  {:<44} {:<4} ?      {why}", r.path, r.case),
        }
    }
}

fn example_files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let read = std::fs::read_dir(dir).map_err(|source| Failure::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}
