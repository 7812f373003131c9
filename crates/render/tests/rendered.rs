//! Subject, plain text and HTML of every example event in every language, as snapshots: what a
//! subscriber receives, byte for byte (with fixed links).

use std::path::{Path, PathBuf};

use communique_l10n::{Locales, email_labels, localize};
use communique_model::{Lang, parse_directory, parse_event_with};
use communique_render::{Identity, SlotValues, Templates};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn every_example_renders_in_every_language() {
    let locales = Locales::load(&root().join("locales")).unwrap();
    let templates = Templates::load(&root().join("templates")).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples/events"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let values = SlotValues {
        unsubscribe_url: "https://press.example.org/u/TOKEN",
        web_url: "https://press.example.org/n/EVENT/LANG",
    };
    let people =
        parse_directory(&std::fs::read_to_string(root().join("examples/people.json")).unwrap())
            .unwrap();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let event = parse_event_with(&std::fs::read_to_string(&file).unwrap(), &[], &people)
            .unwrap_or_else(|e| panic!("{e}"));
        for lang in Lang::ALL {
            let notice = localize(&locales, &event, lang).unwrap();
            let identity = Identity {
                organization: format!("Organization ({lang})"),
                sender_name: format!("Press Service ({lang})"),
                sender_address: "press@example.org".into(),
                postal_address: "1 Example Street, Astana".into(),
                list_name: format!("Press releases ({lang})"),
            };
            let labels = email_labels(&locales, lang, &identity.list_name).unwrap();
            let r = templates.render(&notice, &identity, &labels).unwrap();
            assert!(!r.subject.contains(['\r', '\n']));
            let text = r.text.fill(&values);
            assert!(
                text.lines()
                    .all(|l| l.chars().count() <= 76 || !l.contains(' ')),
                "{name} {lang}"
            );
            insta::assert_snapshot!(
                format!("{name}.{lang}"),
                format!(
                    "Subject: {}\n\n{text}\n==== HTML ====\n{}",
                    r.subject,
                    r.html.fill(&values)
                )
            );
        }
    }
}
