//! Structured offices, countries' own titles, institutions defined once, names spelled once per
//! script and cities by code: each as the delegation or lead sentence prints it in every
//! language.

use communique_l10n::{Locales, localize};
use communique_model::{Lang, parse_event};
use serde_json::{Value, json};

mod common;

use common::{notice, root, seed};

/// The seed with the Kazakh delegation's head holding `position`.
fn head_with(position: Value, gender: &str, country: &str) -> Value {
    let mut e = seed();
    let head = &mut e["people"]["arystanov"];
    head["position"] = position;
    head["gender"] = json!(gender);
    head["country"] = json!(country);
    e
}

fn assert_all(e: &Value, expected: [(Lang, &str); 4]) {
    for (lang, want) in expected {
        let text = notice(e, lang);
        assert!(text.contains(want), "[{lang}] no {want:?} in\n{text}");
    }
}

#[test]
fn a_rank_in_a_unit_of_a_ministry_is_worded_in_each_language_s_order() {
    let e = seed();
    assert_all(
        &e,
        [
            (
                Lang::En,
                "Nurgali Arystanov, Director of the Department of the Americas at the Kazakh Foreign Ministry",
            ),
            (
                Lang::Ru,
                "возглавил директор Департамента Америки МИД РК Нургали Арыстанов",
            ),
            (
                Lang::Kk,
                "ҚР Сыртқы істер министрлігі Америка департаментінің директоры Нұрғали Арыстанов",
            ),
            (
                Lang::Es,
                "Nurgali Arystanov, director del Departamento de las Américas de la Cancillería kazaja",
            ),
        ],
    );
}

#[test]
fn a_ministerial_rank_takes_the_ministry_s_field_and_agrees_with_a_woman() {
    let e = head_with(
        json!({ "rank": "deputy_minister", "of": "trade_ministry" }),
        "f",
        "KZ",
    );
    assert_all(
        &e,
        [
            (Lang::En, "Kazakh Deputy Trade Minister Nurgali Arystanov"),
            (
                Lang::Ru,
                "возглавила заместитель министра торговли РК Нургали Арыстанов",
            ),
            (
                Lang::Kk,
                "ҚР Сауда министрінің орынбасары Нұрғали Арыстанов",
            ),
            (
                Lang::Es,
                "Nurgali Arystanov, viceministra kazaja de Comercio",
            ),
        ],
    );
}

#[test]
fn a_rank_in_an_institution_defined_once_declines_the_institution() {
    let mut e = head_with(
        json!({ "rank": "chair", "of": "santiago-chamber" }),
        "m",
        "KZ",
    );
    e["institutions"] = json!({
        "santiago-chamber": {
            "name": {
                "en": "the Santiago Chamber of Commerce",
                "ru": "Торговая палата Сантьяго",
                "kk": "Сантьяго сауда палатасы",
                "es": "la Cámara de Comercio de Santiago"
            },
            "country": "CL"
        }
    });
    assert_all(
        &e,
        [
            (
                Lang::En,
                "Nurgali Arystanov, Chair of the Santiago Chamber of Commerce",
            ),
            (
                Lang::Ru,
                "возглавил председатель Торговой палаты Сантьяго Нургали Арыстанов",
            ),
            (
                Lang::Kk,
                "Сантьяго сауда палатасының төрағасы Нұрғали Арыстанов",
            ),
            (
                Lang::Es,
                "Nurgali Arystanov, presidente de la Cámara de Comercio de Santiago",
            ),
        ],
    );
}

#[test]
fn a_country_s_own_title_wins_over_the_general_wording_in_every_language() {
    let e = head_with(
        json!({ "rank": "minister", "of": "foreign_ministry" }),
        "f",
        "US",
    );
    assert_all(
        &e,
        [
            (Lang::En, "U.S. Secretary of State Nurgali Arystanov"),
            (
                Lang::Ru,
                "возглавила государственный секретарь США Нургали Арыстанов",
            ),
            (Lang::Kk, "АҚШ Мемлекеттік хатшысы Нұрғали Арыстанов"),
            (
                Lang::Es,
                "Nurgali Arystanov, secretaria de Estado de Estados Unidos",
            ),
        ],
    );
    // The code for the same office finds the same title.
    let e = head_with(json!("foreign_minister"), "m", "US");
    assert!(notice(&e, Lang::En).contains("U.S. Secretary of State Nurgali Arystanov"));
}

#[test]
fn a_state_s_rank_alone_names_the_state() {
    let e = head_with(json!({ "rank": "charge_d_affaires" }), "m", "KZ");
    assert_all(
        &e,
        [
            (Lang::En, "Kazakh Chargé d’Affaires Nurgali Arystanov"),
            (
                Lang::Ru,
                "возглавил временный поверенный в делах Казахстана Нургали Арыстанов",
            ),
            (
                Lang::Kk,
                "Қазақстан уақытша сенім білдірілген өкілі Нұрғали Арыстанов",
            ),
            (Lang::Es, "Nurgali Arystanov, encargado de negocios kazajo"),
        ],
    );
}

#[test]
fn a_name_spelled_once_per_script_reads_in_all_four_languages() {
    let mut e = seed();
    e["people"]["arystanov"]["name"] =
        json!({ "latin": "Nurgali Arystanov", "cyrillic": "Нургали Арыстанов" });
    assert_all(
        &e,
        [
            (Lang::En, "Nurgali Arystanov, Director"),
            (Lang::Es, "Nurgali Arystanov, director"),
            (
                Lang::Ru,
                "директор Департамента Америки МИД РК Нургали Арыстанов",
            ),
            (Lang::Kk, "директоры Нургали Арыстанов"),
        ],
    );
}

#[test]
fn a_city_by_code_is_declined_with_the_forms_its_locale_writes_out() {
    let mut e = seed();
    e["place"]["city"] = json!("los_angeles");
    e["place"]["country"] = json!("US");
    let ru = notice(&e, Lang::Ru);
    assert!(ru.contains("в Лос-Анджелесе"), "{ru}");
    let kk = notice(&e, Lang::Kk);
    assert!(kk.contains("Лос-Анджелесте"), "{kk}");
    assert!(notice(&e, Lang::Es).contains("Los Ángeles"));

    e["place"]["city"] = json!("atlantis");
    let locales = Locales::load(&root().join("locales")).unwrap();
    let event = parse_event(&e.to_string()).unwrap();
    let err = localize(&locales, &event, Lang::Ru)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("place.city: no city `atlantis` in locales/ru/cities.ftl"),
        "{err}"
    );
}

#[test]
fn a_mission_s_head_goes_by_rank_alone_since_the_mission_names_the_state() {
    let path = root().join("examples/events/kz-mx-embassy-inauguration-2016.json");
    let e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_all(
        &e,
        [
            (
                Lang::En,
                "the Kazakh Embassy, headed by Ambassador Andrian Yelemessov, opened in Mexico City",
            ),
            (
                Lang::Ru,
                // «возглавил» says who he is: no «посольство … во главе с послом».
                "открылось Посольство Казахстана, которое возглавил Андриан Елемесов",
            ),
            (
                Lang::Kk,
                "Андриан Елемесов басқаратын Қазақстанның елшілігі ашылды",
            ),
            (
                Lang::Es,
                "la Embajada de Kazajistán, que dirige el embajador Andrián Yelemésov",
            ),
        ],
    );
}

#[test]
fn a_kazakh_title_stays_in_the_nominative_before_a_declined_name() {
    let mut e = seed();
    e["people"]["tokayev"]["country"] = json!("US");
    e["people"]["tokayev"]["position"] = json!("foreign_minister");
    let kk = notice(&e, Lang::Kk);
    assert!(
        kk.contains("АҚШ Мемлекеттік хатшысы Қасым-Жомарт Тоқаев"),
        "{kk}"
    );
    assert!(
        !kk.contains("хатшысын") && !kk.contains("хатшысына"),
        "{kk}"
    );
    let ru = notice(&e, Lang::Ru);
    assert!(
        ru.contains("государственного секретаря США Касым-Жомарта Токаева")
            || ru.contains("государственному секретарю США Касым-Жомарту Токаеву"),
        "{ru}"
    );
}
