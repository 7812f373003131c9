//! Country names: every UN member and observer, every case form, in every language.

use std::path::Path;

use communique_l10n::Locales;
use communique_model::Lang;

fn locales() -> Locales {
    Locales::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"))
        .expect("locales load")
}

/// The 193 UN member states, the Holy See and the State of Palestine.
const UN: &str = "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ \
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB \
GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR \
KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE \
NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM \
SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW";

#[test]
fn every_un_member_and_observer_has_every_form_in_every_language() {
    let l = locales();
    let codes: Vec<&str> = UN.split_whitespace().collect();
    assert_eq!(codes.len(), 195);
    let forms: [(Lang, &[&str]); 4] = [
        (
            Lang::Ru,
            &[
                "nom",
                "gen",
                "dat",
                "acc",
                "ins",
                "prep",
                "in",
                "gender",
                "adj-stem",
                "adj-m",
                "adj-f",
                "adj-f-gen",
                "adj-f-acc",
                "adj-pl",
                "adj-pl-gen",
            ],
        ),
        (
            Lang::Kk,
            &["nom", "gen", "dat", "acc", "loc", "abl", "ins", "adj"],
        ),
        (
            Lang::Es,
            &[
                "nom", "art", "de", "en", "a", "gender", "adj-m", "adj-f", "adj-m-pl", "adj-f-pl",
            ],
        ),
        (Lang::En, &["nom", "bare", "adj"]),
    ];
    for (lang, wanted) in forms {
        let b = l.get(lang);
        for code in &codes {
            for form in wanted {
                let text = b.country_form(code, form);
                assert!(
                    text.is_some_and(|t| !t.trim().is_empty()),
                    "[{lang}] country-{code}.{form} is missing"
                );
            }
        }
    }
}

#[test]
fn case_forms_are_written_out_not_glued() {
    let l = locales();
    let table: &[(Lang, &str, &str, &str)] = &[
        (Lang::Ru, "MX", "gen", "Мексики"),
        (Lang::Ru, "MX", "ins", "Мексикой"),
        (Lang::Ru, "MX", "in", "в Мексике"),
        (Lang::Ru, "MX", "adj-pl-gen", "мексиканских"),
        (Lang::Ru, "KZ", "adj-stem", "казахстанско"),
        (Lang::Ru, "KZ", "gender", "m"),
        (Lang::Ru, "PE", "gen", "Перу"),
        (Lang::Ru, "PE", "prep", "Перу"),
        (Lang::Ru, "CU", "in", "на Кубе"),
        (Lang::Ru, "FR", "in", "во Франции"),
        (Lang::Ru, "NL", "gender", "pl"),
        (Lang::Kk, "IR", "gen", "Иранның"),
        (Lang::Kk, "IR", "dat", "Иранға"),
        (Lang::Kk, "IR", "acc", "Иранды"),
        (Lang::Kk, "IR", "abl", "Ираннан"),
        (Lang::Kk, "MX", "loc", "Мексикада"),
        (Lang::Kk, "MX", "ins", "Мексикамен"),
        (Lang::Kk, "TR", "gen", "Түркияның"),
        (Lang::Kk, "US", "gen", "АҚШ-тың"),
        (Lang::Kk, "US", "ins", "АҚШ-пен"),
        (Lang::Kk, "KZ", "gen", "Қазақстанның"),
        (Lang::Kk, "KZ", "adj", "қазақстандық"),
        (Lang::Es, "KZ", "nom", "Kazajistán"),
        (Lang::Es, "GB", "de", "del Reino Unido"),
        (Lang::Es, "SV", "de", "de El Salvador"),
        (Lang::Es, "MX", "adj-f", "mexicana"),
        (Lang::En, "US", "nom", "the United States"),
        (Lang::En, "US", "bare", "United States"),
        (Lang::En, "KZ", "adj", "Kazakh"),
    ];
    for (lang, code, form, expected) in table {
        assert_eq!(
            l.get(*lang).country_form(code, form),
            Some(*expected),
            "[{lang}] country-{code}.{form}"
        );
    }
}
