//! Reading events: every problem reported once, with its path and line:column.

use communique_model::{Lang, PartialDate, Problem, parse_event, parse_event_for};

const SEED: &str = include_str!("../../../examples/events/kz-mx-political-consultations-2022.json");

fn problems(json: &str, langs: &[Lang]) -> Vec<Problem> {
    parse_event_for(json, langs)
        .expect_err("the event should be refused")
        .problems()
        .to_vec()
}

fn describe(ps: &[Problem]) -> Vec<String> {
    ps.iter().map(|p| p.to_string()).collect()
}

#[test]
fn seed_event_carries_the_facts_of_the_seed_notice() {
    let e = parse_event(SEED).unwrap();
    assert_eq!(e.place.country.as_str(), "MX");
    assert!(matches!(
        e.kind,
        communique_model::EventKind::PoliticalConsultations {
            round: Some(3),
            format: communique_model::MeetingFormat::InPerson
        }
    ));
    assert_eq!(e.published.zone_name(), "Asia/Almaty");
    assert_eq!(
        e.published.zoned().offset().seconds(),
        6 * 3600,
        "Almaty was UTC+6 in 2022"
    );
    assert_eq!(e.delegations.len(), 2);
    assert_eq!(e.statements.len(), 2);
    assert_eq!(e.side_events.len(), 3);
    assert_eq!(
        e.credits[0].source,
        communique_model::CreditSource::Same("gov.kz".into())
    );
    assert_eq!(e.date, "2022-12".parse::<PartialDate>().unwrap());
}

#[test]
fn a_broken_event_lists_every_problem_with_path_and_position() {
    let broken = SEED
        .replacen("\"round\": 3", "\"round\": \"three\"", 1) // wrong type
        .replacen(
            "\"country\": \"MX\",\n    \"city\"",
            "\"country\": \"XM\",\n    \"city\"",
            1,
        ) // unknown code
        .replacen("\"2022-12\"", "\"2022-13\"", 1) // bad date
        .replacen(
            "\"city\": \"astana\"",
            "\"city\": { \"en\": \"Astana\", \"ru\": \"Астана\", \"kk\": \"Астана\", \"fr\": \"Astana\" }",
            1,
        ); // wrong/missing language
    let ps = problems(&broken, &[]);
    let lines = describe(&ps);
    let expect = [
        "5:57: kind.round: invalid type: string \"three\", expected u32",
        "6:11: date: invalid date `2022-13`: no such month",
        "8:16: place.country: unknown country code `XM`",
        "outcomes[1].place.city.fr: unknown variant `fr`",
        "outcomes[1].place.city.es: the text in `es` is missing",
    ];
    for e in expect {
        assert!(
            lines.iter().any(|l| l.starts_with(e) || l.contains(e)),
            "missing {e:?} in {lines:#?}"
        );
    }
    assert_eq!(ps.len(), 5, "no cascades or duplicates: {lines:#?}");
}

#[test]
fn syntax_errors_stop_with_the_position() {
    let ps = problems(
        "{\n  \"format\": \"communique.event/1\",\n  \"id\": \n}",
        &[],
    );
    assert_eq!(ps.len(), 1);
    let at = ps[0].at.unwrap();
    assert_eq!((at.line, at.column), (4, 1));
    assert!(ps[0].message.contains("not valid JSON"));
}

#[test]
fn a_language_to_publish_must_be_written_everywhere() {
    let only_en = SEED.replacen("[\"kk\", \"ru\", \"es\", \"en\"]", "[\"en\"]", 1);
    assert!(parse_event_for(&only_en, &[Lang::En]).is_ok());
    let ps = problems(&only_en, &[Lang::En, Lang::Kk]);
    assert_eq!(ps[0].path.to_string(), "languages");
    assert!(ps[0].message.contains("`kk`"));
}

#[test]
fn control_characters_and_line_breaks_are_refused_everywhere() {
    let broken = SEED
        .replacen(
            "Nurgali Arystanov\"",
            "Nurgali\\r\\nBcc: x@example.org\"",
            1,
        )
        .replacen("\"gov.kz\"", "\"gov\\u2066.kz\"", 1);
    let ps = problems(&broken, &[]);
    let lines = describe(&ps);
    assert_eq!(ps.len(), 2, "{lines:#?}");
    assert!(
        lines[0].contains("people.arystanov.name.latin: contains the control character U+000D")
    );
    assert!(lines[1].contains("credits[0].source: contains the control character U+2066"));
}

#[test]
fn semantic_checks_find_round_zero_dates_out_of_order_and_unknown_sides() {
    let broken = SEED
        .replacen("\"round\": 3", "\"round\": 0", 1)
        .replacen(
            "\"open_until\": \"2023-01\"",
            "\"open_until\": \"2022-11\"",
            1,
        )
        .replacen("\"date\": \"2023\"", "\"date\": \"2021\"", 1)
        .replacen("{ \"side\": \"MX\" }", "{ \"side\": \"US\" }", 1)
        .replacen(
            "\"gender\": \"f\",\n      \"country\": \"MX\"",
            "\"country\": \"MX\"",
            1,
        );
    let lines = describe(&problems(&broken, &[]));
    for e in [
        "kind.round: rounds are counted from 1",
        "people.anguiano-rodriguez.gender: Russian and Spanish agree",
        "statements[0].by.side: `US` is not among the event's `parties`",
        "outcomes[1].date: the next round (2021) cannot come before this event (2022-12)",
        "side_events[2].open_until: the exhibition must stay open after the event's date",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(e)),
            "missing {e:?} in {lines:#?}"
        );
    }
    assert_eq!(lines.len(), 5, "{lines:#?}");
}

#[test]
fn case_forms_must_belong_to_the_language() {
    let broken = SEED.replacen(
        "\"city\": \"mexico_city\"",
        "\"city\": { \"en\": \"Mexico City\", \"ru\": \"Мехико\", \"es\": \"Ciudad de México\", \
         \"kk\": { \"gen\": \"Мехиконың\", \"prep\": \"Мехикода\" } }",
        1,
    );
    let lines = describe(&problems(&broken, &[]));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("place.city.kk: give the nominative form `nom` too")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("place.city.kk.prep: `kk` has no case `prep`")),
        "{lines:#?}"
    );
}

#[test]
fn unknown_fields_and_kinds_are_named() {
    let broken = SEED
        .replacen(
            "\"date\": \"2022-12\"",
            "\"date\": \"2022-12\", \"dat\": 1",
            1,
        )
        .replacen(
            "\"political_consultations\"",
            "\"politcal_consultations\"",
            1,
        );
    let lines = describe(&problems(&broken, &[]));
    assert!(
        lines.iter().any(|l| l.contains("dat: unknown field `dat`")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("kind.type: unknown variant `politcal_consultations`")),
        "{lines:#?}"
    );
}

#[test]
fn zoned_times_refuse_gaps_overlaps_and_wrong_offsets() {
    let at = |s: &str| SEED.replacen("2022-12-10T14:13[Asia/Almaty]", s, 1);
    assert!(parse_event(&at("2022-12-10T14:13+06:00[Asia/Almaty]")).is_ok());
    for (input, why) in [
        (
            "2022-12-10T14:13+05:00[Asia/Almaty]",
            "is not what Asia/Almaty uses",
        ),
        (
            "2024-03-31T02:30[Europe/Madrid]",
            "does not exist in Europe/Madrid",
        ),
        (
            "2024-10-27T02:30[Europe/Madrid]",
            "happens twice in Europe/Madrid",
        ),
        ("2022-12-10T14:13[Asia/Nowhere]", "IANA zone name"),
        ("2022-12-10T14:13+06:00", "no time zone"),
    ] {
        let lines = describe(&problems(&at(input), &[]));
        assert!(
            lines
                .iter()
                .any(|l| l.contains("published: ") && l.contains(why)),
            "{input}: {lines:#?}"
        );
    }
}

#[test]
fn new_parts_refuse_wrong_values_with_their_paths() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["date"] = serde_json::json!("2022-12-10/08");
    v["occasion"] = serde_json::json!({ "anniversary": { "of": "treaty", "years": 0 } });
    v["side_events"][0]["with"] = serde_json::json!({ "organization": "nato" });
    v["statements"][0]["to"] = serde_json::json!("nobody");
    v["source"]["agency"] = serde_json::json!("pravda");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    for expected in [
        "date: invalid date `2022-12-10/08`: the last day of a range must come after the first",
        "side_events[0].with.organization: expected whom the meeting was with",
        "source.agency: expected an agency",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "missing {expected:?} in {lines:#?}"
        );
    }
    // Type errors first; once they are fixed, the checks of meaning name theirs.
    v["date"] = serde_json::json!("2022-12");
    v["side_events"][0]["with"] = serde_json::json!({ "organization": "osce" });
    v["source"]["agency"] = serde_json::json!("kazinform");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    for expected in [
        "occasion.anniversary.years: an anniversary counts at least one year",
        "occasion.anniversary.title: name the treaty: add `title`",
        "statements[0].to: no person `nobody` in `people`",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "missing {expected:?} in {lines:#?}"
        );
    }
}

#[test]
fn offices_institutions_cities_and_names_refuse_wrong_values_with_their_paths() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["people"]["arystanov"]["position"] =
        serde_json::json!({ "rank": "chief", "of": "foreign_ministry" });
    v["people"]["anguiano-rodriguez"]["position"] =
        serde_json::json!({ "rank": "director", "en": "Director" });
    v["people"]["tokayev"]["name"] =
        serde_json::json!({ "latin": "Kassym-Jomart Tokayev", "cyrilic": "Токаев" });
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    for expected in [
        "people.arystanov.position.rank: unknown variant `chief`",
        "people.anguiano-rodriguez.position.en: an office is either structured",
        "people.tokayev.name.cyrilic: unknown field `cyrilic`",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "missing {expected:?} in {lines:#?}"
        );
    }
    // Once the types are right, the references must resolve.
    v["people"]["arystanov"]["position"] = serde_json::json!({ "rank": "chair", "of": "biva" });
    v["people"]["anguiano-rodriguez"]["position"] = serde_json::json!({ "rank": "minister" });
    v["people"]["anguiano-rodriguez"]
        .as_object_mut()
        .unwrap()
        .remove("country");
    v["people"]["tokayev"]["name"] = serde_json::json!({ "latin": "Kassym-Jomart Tokayev" });
    v["place"]["city"] = serde_json::json!("Mexico City");
    v["statements"][0]["to"] = serde_json::json!({ "institution": "kaznu" });
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    for expected in [
        "people.arystanov.position.of: `biva` is neither a body code",
        "people.anguiano-rodriguez.country: the office `minister` is worded with the person's country",
        "people.tokayev.name.kk: the text in `kk` is missing",
        "place.city: `Mexico City` is not a city code",
        "statements[0].to.institution: no institution `kaznu` in `institutions`",
    ] {
        assert!(
            lines.iter().any(|l| l.contains(expected)),
            "missing {expected:?} in {lines:#?}"
        );
    }
}

#[test]
fn the_parties_speak_together_only_where_there_are_two() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["statements"][0]["by"] = serde_json::json!("parties");
    let text = serde_json::to_string_pretty(&v).unwrap();
    assert!(parse_event(&text).is_ok(), "two parties may speak together");
    v["parties"] = serde_json::json!([v["parties"][0].clone()]);
    v["delegations"] = serde_json::json!([]);
    v["statements"] = serde_json::json!([v["statements"][0].clone()]);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    assert!(
        lines.iter().any(|l| l.contains(
            "statements[0].by: `parties` speak together only in an event with two or more `parties`"
        )),
        "{lines:#?}"
    );
    v["statements"][0]["by"] = serde_json::json!("both");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("statements[0].by: unknown variant `both`")),
        "{lines:#?}"
    );
}
