//! The full notice of every example event in every language, as reviewed snapshots, and the
//! checks every rendered notice must pass.

mod common;

use std::path::{Path, PathBuf};

use communique_l10n::check::{check_locales, check_notice};
use communique_l10n::{Locales, localize};
use communique_model::Lang;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> Vec<(String, communique_model::Event)> {
    common::example_paths()
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, common::parse(&text))
        })
        .collect()
}

#[test]
fn the_locales_pass_the_checker() {
    let findings = check_locales(&root().join("locales"));
    assert!(
        findings.is_empty(),
        "{}",
        findings
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_example_reads_in_every_language() {
    let locales = Locales::load(&root().join("locales")).unwrap();
    for (name, event) in examples() {
        for lang in Lang::ALL {
            let notice =
                localize(&locales, &event, lang).unwrap_or_else(|e| panic!("{name} [{lang}]: {e}"));
            let leaks = check_notice(&event, &notice);
            assert!(leaks.is_empty(), "{name}: {leaks:#?}");
            insta::assert_snapshot!(format!("{name}.{lang}"), notice.to_text());
        }
    }
}

#[test]
fn the_seed_notice_carries_every_fact_of_the_seed_article() {
    let locales = Locales::load(&root().join("locales")).unwrap();
    let (_, seed) = examples()
        .into_iter()
        .find(|(n, _)| n == "kz-mx-political-consultations-2022")
        .unwrap();
    let text = localize(&locales, &seed, Lang::En).unwrap().to_text();
    for fact in [
        "third round of political consultations",
        "Third round of Kazakh-Mexican political consultations held in Mexico City",
        "10 December 2022, 14:13",
        "MEXICO CITY. KAZINFORM",
        "Kazinform has learned from the press service of the Kazakh Foreign Ministry",
        "The Kazakh delegation was headed by Nurgali Arystanov, Director of the Department of the Americas",
        "The Mexican co-chair was Amparo Anguiano Rodríguez, Director General for Central Asia",
        "On behalf of Mexican President Andrés Manuel López Obrador",
        "congratulated Kazakh President Kassym-Jomart Tokayev on his re-election",
        "commended the political and economic reforms",
        "bilateral cooperation and coordination within international organizations",
        "especially in culture, education and joint foreign policy research",
        "Views were also exchanged on topical issues on the global agenda",
        "regular dialogue within this mechanism",
        "hold the next round in Astana in 2023",
        "met with legislators, members of the Mexico–Kazakhstan Parliamentary Friendship Group",
        "a representative of the Institutional Stock Exchange (BIVA)",
        "economic and business cooperation",
        "photo exhibition “Kazakhstan: Where Europe Meets Asia”",
        // The seed writes "members of Parliament"; no parliament is named, so an editor writes
        // it in lower case (the `legislators` group of guests).
        "the Ministry of Culture, the Mexico City Mayor’s Office, as well as members of parliament",
        "in the open air in the very centre of the Mexican capital",
        "until the end of January 2023",
        "Photo: gov.kz",
    ] {
        assert!(text.contains(fact), "missing {fact:?} in\n{text}");
    }
}
