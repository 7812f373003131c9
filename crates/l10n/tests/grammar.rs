//! Targeted grammar: dates in press style, ordinals, plural agreement, the 2024 change of
//! Kazakhstan's clocks, and Spanish "y" before an i- sound.

mod common;

use std::path::{Path, PathBuf};

use communique_l10n::{Locales, format_date, localize};
use communique_model::{Lang, PartialDate};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn locales() -> Locales {
    Locales::load(&root().join("locales")).unwrap()
}

fn seed_json() -> String {
    std::fs::read_to_string(root().join("examples/events/kz-mx-political-consultations-2022.json"))
        .unwrap()
}

/// The notice as text, with no-break spaces shown as spaces (typography is checked apart).
fn notice(json: &str, lang: Lang) -> String {
    let event = common::parse(json);
    plain(
        &localize(&locales(), &event, lang)
            .unwrap_or_else(|e| panic!("{e}"))
            .to_text(),
    )
}

fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

fn date(s: &str) -> PartialDate {
    s.parse().unwrap()
}

#[test]
fn dates_in_press_style_for_every_month() {
    let l = locales();
    let en = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let ru = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    let kk = [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ];
    let es = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    for m in 1..=12usize {
        let d = date(&format!("2022-{m:02}-10"));
        let full = |lang| plain(&format_date(&l, lang, d, "full").unwrap());
        assert_eq!(full(Lang::En), format!("10 {} 2022", en[m - 1]));
        assert_eq!(full(Lang::Ru), format!("10 {} 2022 года", ru[m - 1]));
        assert_eq!(full(Lang::Kk), format!("2022 жылғы 10 {}", kk[m - 1]));
        assert_eq!(full(Lang::Es), format!("10 de {} de 2022", es[m - 1]));
    }
}

#[test]
fn dates_take_the_form_the_sentence_needs() {
    let l = locales();
    let cases: [(&str, &str, Lang, &str); 20] = [
        ("2022-12-10", "when", Lang::En, "on 10 December 2022"),
        ("2022-12", "when", Lang::En, "in December 2022"),
        ("2023", "when", Lang::En, "in 2023"),
        (
            "2023-01",
            "until",
            Lang::En,
            "until the end of January 2023",
        ),
        ("2023-01-15", "until", Lang::En, "until 15 January 2023"),
        ("2022-12-10", "when", Lang::Ru, "10 декабря 2022 года"),
        ("2022-12", "when", Lang::Ru, "в декабре 2022 года"),
        ("2023", "when", Lang::Ru, "в 2023 году"),
        ("2023-01", "until", Lang::Ru, "до конца января 2023 года"),
        ("2023-01-15", "until", Lang::Ru, "до 15 января 2023 года"),
        ("2022-12-10", "when", Lang::Kk, "2022 жылғы 10 желтоқсанда"),
        ("2022-12", "when", Lang::Kk, "2022 жылғы желтоқсан айында"),
        ("2023", "when", Lang::Kk, "2023 жылы"),
        (
            "2023-01",
            "until",
            Lang::Kk,
            "2023 жылғы қаңтардың соңына дейін",
        ),
        (
            "2023-01-15",
            "until",
            Lang::Kk,
            "2023 жылғы 15 қаңтарға дейін",
        ),
        ("2022-12-10", "when", Lang::Es, "el 10 de diciembre de 2022"),
        ("2022-12", "when", Lang::Es, "en diciembre de 2022"),
        ("2023", "when", Lang::Es, "en 2023"),
        (
            "2023-01",
            "until",
            Lang::Es,
            "hasta finales de enero de 2023",
        ),
        (
            "2023-01-15",
            "until",
            Lang::Es,
            "hasta el 15 de enero de 2023",
        ),
    ];
    for (d, role, lang, expected) in cases {
        assert_eq!(
            plain(&format_date(&l, lang, date(d), role).unwrap()),
            expected,
            "{d} {role} [{lang}]"
        );
    }
}

#[test]
fn datelines_follow_the_zone_offset_of_their_date() {
    let before = seed_json();
    let after = before.replace(
        "2022-12-10T14:13[Asia/Almaty]",
        "2024-06-03T09:30[Asia/Almaty]",
    );
    for (json, lang, expected) in [
        (&before, Lang::En, "10 December 2022, 14:13 (UTC+6)"),
        (&before, Lang::Ru, "10 декабря 2022 года, 14:13 (UTC+6)"),
        (&before, Lang::Kk, "2022 жылғы 10 желтоқсан, 14:13 (UTC+6)"),
        (&before, Lang::Es, "10 de diciembre de 2022, 14:13 (UTC+6)"),
        (&after, Lang::En, "3 June 2024, 09:30 (UTC+5)"),
        (&after, Lang::Ru, "3 июня 2024 года, 09:30 (UTC+5)"),
        (&after, Lang::Kk, "2024 жылғы 3 маусым, 09:30 (UTC+5)"),
        (&after, Lang::Es, "3 de junio de 2024, 09:30 (UTC+5)"),
    ] {
        let text = notice(json, lang);
        assert_eq!(text.lines().nth(2), Some(expected), "[{lang}]");
    }
}

#[test]
fn round_ordinals_agree_in_every_language() {
    let seed = seed_json();
    // Headlines spell out the low rounds, and the first is "first consultations", as the press
    // writes them; past the tenth the digits take each language's ordinal ending.
    let words = |n: u32| -> (String, String, String, String) {
        let (en, ru, kk, es) = match n {
            1 => (
                "First Kazakh-Mexican political consultations",
                "первые казахстанско-мексиканские",
                "арасындағы алғашқы саяси консультациялар өтті",
                "primeras consultas políticas",
            ),
            2 => (
                "Second round of",
                "второй раунд",
                "екінші раунды",
                "segunda ronda de consultas",
            ),
            3 => (
                "Third round of",
                "третий раунд",
                "үшінші раунды",
                "tercera ronda de consultas",
            ),
            4 => (
                "Fourth round of",
                "четвертый раунд",
                "төртінші раунды",
                "cuarta ronda de consultas",
            ),
            _ => ("", "", "", ""),
        };
        if !en.is_empty() {
            return (en.into(), ru.into(), kk.into(), es.into());
        }
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        (
            format!("{n}{suffix} round of"),
            format!("{n}-й раунд"),
            format!("{n}-раунды"),
            format!("{n}.ª ronda de consultas"),
        )
    };
    for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112] {
        let json = seed.replace("\"round\": 3", &format!("\"round\": {n}"));
        let headline = |lang| notice(&json, lang).lines().next().unwrap().to_owned();
        let (en, ru, kk, es) = words(n);
        assert!(
            headline(Lang::En).starts_with(&en),
            "{n}: {}",
            headline(Lang::En)
        );
        for (lang, want) in [(Lang::Ru, ru), (Lang::Kk, kk), (Lang::Es, es)] {
            let h = notice(&json, lang).replace('\n', " ");
            assert!(h.contains(&want), "{n} [{lang}]: {want:?} not in {h}");
        }
    }
    // Without a round number, no ordinal at all.
    let json = seed.replace(
        "\"kind\": { \"type\": \"political_consultations\", \"round\": 3 }",
        "\"kind\": { \"type\": \"political_consultations\" }",
    );
    for lang in Lang::ALL {
        let h = notice(&json, lang);
        let first = h.lines().next().unwrap();
        assert!(
            !first.contains('3') && !first.contains("0"),
            "[{lang}] {first}"
        );
    }
}

fn forum_with(participants: u32) -> String {
    std::fs::read_to_string(
        root().join("crates/l10n/tests/data/constructed/kz-cl-business-forum-2025.json"),
    )
    .unwrap()
    .replace(
        "\"participants\": 120",
        &format!("\"participants\": {participants}"),
    )
}

#[test]
fn russian_counts_agree_for_one_few_and_many() {
    for (n, expected) in [
        (1, "принял участие 1 человек"),
        (2, "приняли участие 2 человека"),
        (5, "приняли участие 5 человек"),
        (21, "принял участие 21 человек"),
        (22, "приняли участие 22 человека"),
        (25, "приняли участие 25 человек"),
        (111, "приняли участие 111 человек"),
    ] {
        let text = notice(&forum_with(n), Lang::Ru);
        assert!(text.contains(expected), "{n}: {text}");
    }
    let signing = std::fs::read_to_string(
        root().join("crates/l10n/tests/data/constructed/kz-uy-signing-2024.json"),
    )
    .unwrap();
    let event: serde_json::Value = serde_json::from_str(&signing).unwrap();
    let doc = event["kind"]["documents"][0].clone();
    for (n, expected) in [
        (1, "подписали документ о сотрудничестве"),
        (2, "два документа"),
        (5, "пять документов"),
        (21, "21 документ о"),
        (22, "22 документа"),
        (25, "25 документов"),
    ] {
        let mut e = event.clone();
        e["kind"]["documents"] = serde_json::Value::Array(vec![doc.clone(); n]);
        let headline = notice(&e.to_string(), Lang::Ru)
            .lines()
            .next()
            .unwrap()
            .to_owned();
        assert!(headline.contains(expected), "{n}: {headline}");
    }
}

#[test]
fn spanish_y_becomes_e_before_an_i_sound_in_real_notices() {
    // "cultura, educación e investigación conjunta…": the seed's progress list ends in an i-.
    let text = notice(&seed_json(), Lang::Es);
    assert!(text.contains(" e investigación"), "{text}");
    assert!(!text.contains(" y investigación"), "{text}");
}

#[test]
fn ranges_of_days_in_press_style() {
    let l = locales();
    let cases = [
        ("2024-10-03/04", "full", Lang::En, "3–4 October 2024"),
        ("2024-10-03/04", "when", Lang::En, "on 3–4 October 2024"),
        (
            "2024-09-30/10-02",
            "full",
            Lang::En,
            "30 September – 2 October 2024",
        ),
        (
            "2024-12-30/2025-01-02",
            "full",
            Lang::En,
            "30 December 2024 – 2 January 2025",
        ),
        ("2024-10-03/04", "when", Lang::Ru, "3–4 октября 2024 года"),
        (
            "2024-09-30/10-02",
            "when",
            Lang::Ru,
            "30 сентября – 2 октября 2024 года",
        ),
        ("2024-10-03/04", "when", Lang::Kk, "2024 жылғы 3–4 қазанда"),
        (
            "2024-09-30/10-02",
            "when",
            Lang::Kk,
            "2024 жылғы 30 қыркүйек – 2 қазанда",
        ),
        (
            "2024-10-03/04",
            "when",
            Lang::Es,
            "los días 3 y 4 de octubre de 2024",
        ),
        (
            "2024-10-03/06",
            "when",
            Lang::Es,
            "del 3 al 6 de octubre de 2024",
        ),
        (
            "2024-09-30/10-02",
            "when",
            Lang::Es,
            "del 30 de septiembre al 2 de octubre de 2024",
        ),
        ("2024-10-03/06", "until", Lang::Ru, "до 6 октября 2024 года"),
    ];
    for (d, role, lang, expect) in cases {
        let got = plain(&format_date(&l, lang, date(d), role).unwrap());
        assert_eq!(got, expect, "{d} {role} [{lang}]");
    }
}

#[test]
fn the_lead_gives_the_events_own_date_unless_it_is_the_datelines_day() {
    let seed = seed_json();
    // The seed is dated by month only: the lead says when.
    for (lang, expect) in [
        (
            Lang::En,
            "– In December, the Kazakh and Mexican foreign ministries held the third round",
        ),
        (Lang::Ru, "— В декабре в Мехико состоялся"),
        // The seed is dated in the month it reports: kk «Жуырда».
        (Lang::Kk, "– Жуырда Мехикода"),
        (Lang::Es, "– En diciembre, Kazajistán y México"),
    ] {
        let text = notice(&seed, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
    // A visit over three days, published on its last day, in the same year: no year.
    let visit = seed.replacen("\"date\": \"2022-12\"", "\"date\": \"2022-12-08/10\"", 1);
    for (lang, expect) in [
        (
            Lang::En,
            "– On 8–10 December, the Kazakh and Mexican foreign ministries",
        ),
        (Lang::Ru, "— 8–10 декабря в Мехико"),
        (Lang::Kk, "– 8–10 желтоқсанда Мехикода"),
        (Lang::Es, "– Del 8 al 10 de diciembre, Kazajistán y México"),
    ] {
        let text = notice(&visit, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
    // On the dateline's own day the lead gives no date (Kazakh says "today", Spanish the date).
    let same_day = seed.replacen("\"date\": \"2022-12\"", "\"date\": \"2022-12-10\"", 1);
    for (lang, expect) in [
        (Lang::En, "– The Kazakh and Mexican foreign ministries held"),
        (Lang::Ru, "— В Мехико состоялся"),
        (Lang::Kk, "– Бүгін Мехикода"),
        // Spanish gives the date even then (EFE: "el 10 de diciembre", not "hoy").
        (
            Lang::Es,
            "– El 10 de diciembre, Kazajistán y México celebraron",
        ),
    ] {
        let text = notice(&same_day, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
    // Another year: the year is given.
    let earlier = seed.replacen("\"date\": \"2022-12\"", "\"date\": \"2021-12-08\"", 1);
    let text = notice(&earlier, Lang::Ru);
    assert!(text.contains("— 8 декабря 2021 года в Мехико"), "{text}");
}

#[test]
fn a_range_must_run_forwards() {
    for bad in [
        "2024-10-04/03",
        "2024-10-04/2024-10-04",
        "2024-10/11",
        "2024-10-03/2026-10-03",
    ] {
        assert!(bad.parse::<PartialDate>().is_err(), "{bad} must be refused");
    }
}
