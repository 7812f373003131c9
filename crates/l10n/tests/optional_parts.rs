//! Parts of an event that real notices leave out or word differently: a statement to a side or
//! an institution, a next round with no date yet, an exhibition's venue without a closing date.

use communique_model::{Lang, parse_event};
use serde_json::{Value, json};

mod common;

use common::{notice, root, seed};

#[test]
fn a_statement_can_be_addressed_to_a_side_in_every_language() {
    let mut e = seed();
    e["statements"][0]["to"] = json!({ "side": "KZ" });
    // A side is congratulated on its occasions, not on a person's re-election.
    e["statements"][0]["about"] = json!({ "congratulation": "national_day" });
    e["statements"][0]
        .as_object_mut()
        .unwrap()
        .remove("on_behalf_of");
    for (lang, expect) in [
        (
            Lang::Ru,
            "поздравила казахстанскую сторону с\u{a0}национальным праздником",
        ),
        (Lang::Kk, "Қазақстан тарапын ұлттық мерекесімен құттықтады"),
        (
            Lang::Es,
            "felicitó a Kazajistán con motivo del Día Nacional",
        ),
        (Lang::En, "congratulated the Kazakh side on National Day"),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
}

#[test]
fn a_statement_without_an_addressee_names_none() {
    let mut e = seed();
    e["statements"][0].as_object_mut().unwrap().remove("to");
    // An occasion by code needs whom it congratulates; words of one's own do not.
    let errors = communique_model::parse_event(&e.to_string()).unwrap_err();
    assert_eq!(errors.problems()[0].path.to_string(), "statements[0].to");
    e["statements"][0]["about"] = json!({
        "en": "on the success of the elections",
        "ru": "с успешным проведением выборов",
        "kk": "сайлаудың сәтті өтуімен",
        "es": "por el éxito de los comicios"
    });
    for (lang, expect) in [
        (Lang::Ru, "поздравила с успешным проведением выборов"),
        (Lang::Es, "felicitó por el éxito de los comicios"),
        (Lang::En, "congratulated on the success of the elections"),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
        assert!(!text.contains("  "), "[{lang}] a double space:\n{text}");
    }
}

#[test]
fn a_next_round_with_no_date_yet_names_only_the_place() {
    let mut e = seed();
    e["outcomes"][1].as_object_mut().unwrap().remove("date");
    for (lang, expect) in [
        (Lang::Ru, "провести следующий раунд в Астане."),
        (Lang::Kk, "раундты Астанада өткізу"),
        (Lang::Es, "celebrar la próxima ronda en Astaná."),
        (Lang::En, "to hold the next round in Astana."),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
}

#[test]
fn an_exhibition_venue_is_printed_without_a_closing_date() {
    let mut e = seed();
    e["side_events"][2]
        .as_object_mut()
        .unwrap()
        .remove("open_until");
    for (lang, expect) in [
        (Lang::Ru, "Выставка развернута под открытым небом"),
        (Lang::Kk, "Көрме Мексика астанасының дәл орталығында"),
        (Lang::Es, "La exposición está instalada al aire libre"),
        (Lang::En, "The exhibition is on display in the open air"),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
}

#[test]
fn a_person_defined_once_is_titled_once_and_named_by_id_elsewhere() {
    let e = seed();
    assert_eq!(e["delegations"][1]["head"], json!("anguiano-rodriguez"));
    for (lang, title, name, later) in [
        (
            Lang::Ru,
            "генеральный директор по Центральной Азии",
            "Ампаро Ангиано Родригес",
            "А.\u{a0}Ангиано Родригес высоко оценила",
        ),
        (
            Lang::Kk,
            "Орталық Азия жөніндегі бас директоры",
            "Ампаро Ангиано Родригес",
            "А.Ангиано Родригес Қазақстанда",
        ),
        (
            Lang::Es,
            "directora general para Asia Central",
            "Amparo Anguiano Rodríguez",
            "Anguiano valoró positivamente",
        ),
        (
            Lang::En,
            "Director General for Central Asia",
            "Amparo Anguiano Rodríguez",
            "Anguiano commended",
        ),
    ] {
        let text = notice(&e, lang);
        assert_eq!(
            text.matches(title).count(),
            1,
            "[{lang}] the title once:\n{text}"
        );
        assert_eq!(
            text.matches(name).count(),
            1,
            "[{lang}] the full name once:\n{text}"
        );
        assert!(
            text.contains(later),
            "[{lang}] {later:?} on the later mention:\n{text}"
        );
    }
}

#[test]
fn a_v1_event_with_people_written_in_place_reads_the_same() {
    let by_id = seed();
    let mut inline = by_id.clone();
    let people = inline.as_object_mut().unwrap().remove("people").unwrap();
    fn expand(v: &mut Value, people: &Value) {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    let is_person_slot =
                        ["head", "to", "on_behalf_of", "invitee", "person"].contains(&k.as_str());
                    match x {
                        Value::String(id)
                            if is_person_slot && people.get(id.as_str()).is_some() =>
                        {
                            *x = people[id.as_str()].clone();
                        }
                        _ => expand(x, people),
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| expand(x, people)),
            _ => {}
        }
    }
    expand(&mut inline, &people);
    assert!(!inline.to_string().contains("\"anguiano-rodriguez\""));
    for lang in Lang::ALL {
        assert_eq!(notice(&inline, lang), notice(&by_id, lang), "[{lang}]");
    }
}

#[test]
fn an_unknown_person_id_is_refused_with_its_path() {
    let mut e = seed();
    e["delegations"][1]["head"] = json!("nobody");
    let errors = parse_event(&serde_json::to_string_pretty(&e).unwrap()).unwrap_err();
    let problem = &errors.problems()[0];
    assert_eq!(problem.path.to_string(), "delegations[1].head");
    assert!(
        problem.message.contains("no person `nobody` in `people`"),
        "{problem}"
    );
    assert!(problem.at.is_some(), "with its line and column");
}

#[test]
fn russian_and_kazakh_names_given_once_are_declined_by_rule() {
    let e = seed();
    // The seed gives these names in the nominative only, and its cities by code (the locales
    // give their names in the nominative).
    assert_eq!(
        e["people"]["tokayev"]["name"]["ru"],
        json!("Касым-Жомарт Токаев")
    );
    assert_eq!(e["place"]["city"], json!("mexico_city"));
    let ru = notice(&e, Lang::Ru);
    for expect in [
        "Президента Мексики Андреса Мануэля Лопеса Обрадора",
        "Президента Казахстана Касым-Жомарта Токаева",
        "в Астане",
    ] {
        assert!(ru.contains(expect), "[ru] {expect:?} not in:\n{ru}");
    }
    let kk = notice(&e, Lang::Kk);
    for expect in [
        "Андрес Мануэль Лопес Обрадордың",
        "Қасым-Жомарт Тоқаевты",
        "Астанада",
    ] {
        assert!(kk.contains(expect), "[kk] {expect:?} not in:\n{kk}");
    }
}

#[test]
fn an_organization_is_named_in_full_once_then_by_its_short_form() {
    let mut e = seed();
    e["side_events"][0]["with"] = json!({ "organization": "osce" });
    e["side_events"][1]["with"] = json!({ "organization": "osce" });
    for (lang, first, later) in [
        (
            Lang::En,
            "the Organization for Security and Co-operation in Europe (OSCE)",
            "the OSCE",
        ),
        (
            Lang::Ru,
            "Организацией по безопасности и сотрудничеству в Европе (ОБСЕ)",
            "ОБСЕ",
        ),
        (
            Lang::Kk,
            "Еуропадағы қауіпсіздік және ынтымақтастық ұйымымен (ЕҚЫҰ)",
            "ЕҚЫҰ-мен",
        ),
        (
            Lang::Es,
            "la Organización para la Seguridad y la Cooperación en Europa (OSCE)",
            "la OSCE",
        ),
    ] {
        let text = notice(&e, lang);
        assert_eq!(
            text.matches(first).count(),
            1,
            "[{lang}] in full once:\n{text}"
        );
        let after = &text[text.find(first).unwrap() + first.len()..];
        assert!(after.contains(later), "[{lang}] {later:?} later:\n{text}");
    }
}

#[test]
fn the_statements_added_to_the_format_read_in_every_language() {
    let mut e = seed();
    e["statements"][1]["kind"] = json!("reaffirmed_support");
    e["statements"][1]["about"] = json!({
        "en": "Kazakhstan’s candidacy",
        "ru": "кандидатуры Казахстана",
        "kk": "Қазақстанның кандидатурасын",
        "es": "la candidatura de Kazajistán"
    });
    for (lang, expect) in [
        (Lang::En, "reaffirmed support for Kazakhstan’s candidacy."),
        (Lang::Ru, "подтвердила поддержку кандидатуры Казахстана."),
        (Lang::Kk, "Қазақстанның кандидатурасын қолдайтынын растады."),
        (Lang::Es, "reiteró su apoyo a la candidatura de Kazajistán."),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
}

#[test]
fn spanish_contracts_de_el_and_a_el_but_not_a_name_s_el() {
    let path = root().join("examples/events/kz-cis-cfm-minsk-2024.json");
    let mut e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    e["kind"]["organization"] = json!("coe");
    let text = notice(&e, Lang::Es);
    assert!(text.contains("del Consejo de Europa"), "{text}");
    assert!(!text.contains("de el "), "{text}");
    // A country whose name has its article keeps it whole.
    let mut sv = seed();
    sv["statements"][1]["about"]["es"] = json!("la cooperación con el embajador de El Salvador");
    let text = notice(&sv, Lang::Es);
    assert!(text.contains("de El Salvador"), "{text}");
}

#[test]
fn an_occasion_of_congratulations_reads_as_a_message_words_it_and_agrees_with_a_woman() {
    let path = root().join("examples/events/kz-tr-izmir-earthquake-condolences-2020.json");
    let mut e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    e["kind"]["message"] = json!("congratulations");
    e["kind"]["about"] = json!({ "congratulation": "re_election" });
    for (lang, expect) in [
        (
            Lang::Ru,
            "поздравительную телеграмму в\u{a0}связи с\u{a0}переизбранием",
        ),
        (
            Lang::Kk,
            "қайта сайлануына байланысты құттықтау жеделхатын жолдады",
        ),
        (
            Lang::Es,
            "un mensaje de felicitación a Recep Tayyip Erdogan, presidente turco, por su reelección",
        ),
        (Lang::En, "on his re-election"),
    ] {
        let text = notice(&e, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
    // A person's occasion to a side is refused, in a message as in a statement.
    e["kind"]["to"] = json!({ "side": "TR" });
    let errors =
        communique_model::parse_event_with(&e.to_string(), &[], &common::directory()).unwrap_err();
    assert_eq!(errors.problems().len(), 1, "{errors}");
    assert_eq!(errors.problems()[0].path.to_string(), "kind.to");

    // Addressed to a woman: "her".
    let mut s = seed();
    s["statements"][0]["to"] = json!("anguiano-rodriguez");
    s["statements"][0]["about"] = json!({ "congratulation": "appointment" });
    for (lang, expect) in [
        (Lang::En, "on her appointment"),
        (Lang::Ru, "с\u{a0}назначением"),
        (Lang::Es, "por su nombramiento"),
        (Lang::Kk, "қызметке тағайындалуымен құттықтады"),
    ] {
        let text = notice(&s, lang);
        assert!(text.contains(expect), "[{lang}] {expect:?} not in:\n{text}");
    }
}
