//! Reading events: every problem reported once, with its path and line:column.

use communique_model::{
    Directory, Event, EventErrors, Lang, PartialDate, Problem, parse_directory, parse_event_with,
};

const SEED: &str = include_str!("../../../examples/events/kz-mx-political-consultations-2022.json");
const PEOPLE: &str = include_str!("../../../examples/people.json");

/// The example directory, whose people the seed names without defining them.
fn people() -> Directory {
    parse_directory(PEOPLE).unwrap()
}

fn parse_for(json: &str, langs: &[Lang]) -> Result<Event, EventErrors> {
    parse_event_with(json, langs, &people())
}

fn parse(json: &str) -> Result<Event, EventErrors> {
    parse_for(json, &[])
}

/// The seed with the people it takes from the directory written into it, for tests that
/// change them.
fn full_seed() -> String {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    let d: serde_json::Value = serde_json::from_str(PEOPLE).unwrap();
    for id in ["tokayev", "arystanov"] {
        v["people"][id] = d["people"][id].clone();
    }
    serde_json::to_string_pretty(&v).unwrap()
}

fn problems(json: &str, langs: &[Lang]) -> Vec<Problem> {
    parse_for(json, langs)
        .expect_err("the event should be refused")
        .problems()
        .to_vec()
}

/// Fails unless each of `expected` is in one of `lines`.
fn assert_all(lines: &[String], expected: &[&str]) {
    for e in expected {
        assert!(
            lines.iter().any(|l| l.contains(e)),
            "missing {e:?} in {lines:#?}"
        );
    }
}

fn describe(ps: &[Problem]) -> Vec<String> {
    ps.iter().map(|p| p.to_string()).collect()
}

#[test]
fn seed_event_carries_the_facts_of_the_seed_notice() {
    let e = parse(SEED).unwrap();
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
    assert!(parse_for(&only_en, &[Lang::En]).is_ok());
    let ps = problems(&only_en, &[Lang::En, Lang::Kk]);
    assert_eq!(ps[0].path.to_string(), "languages");
    assert!(ps[0].message.contains("`kk`"));
}

#[test]
fn control_characters_and_line_breaks_are_refused_everywhere() {
    let broken = full_seed()
        .replacen(
            "Nurgali Arystanov\"",
            "Nurgali\\r\\nBcc: x@example.org\"",
            1,
        )
        .replacen("\"gov.kz\"", "\"gov\\u2066.kz\"", 1);
    let ps = problems(&broken, &[]);
    let lines = describe(&ps);
    assert_eq!(ps.len(), 2, "{lines:#?}");
    // (The seed with its people written in has its keys in another order: look for each.)
    assert_all(
        &lines,
        &[
            "people.arystanov.name.latin: contains the control character U+000D",
            "credits[0].source: contains the control character U+2066",
        ],
    );
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
    assert!(parse(&at("2022-12-10T14:13+06:00[Asia/Almaty]")).is_ok());
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
    assert_all(
        &lines,
        &[
            "date: invalid date `2022-12-10/08`: the last day of a range must come after the first",
            "side_events[0].with.organization: expected whom the meeting was with",
            "source.agency: expected an agency",
        ],
    );
    // Type errors first; once they are fixed, the checks of meaning name theirs.
    v["date"] = serde_json::json!("2022-12");
    v["side_events"][0]["with"] = serde_json::json!({ "organization": "osce" });
    v["source"]["agency"] = serde_json::json!("kazinform");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    assert_all(
        &lines,
        &[
            "occasion.anniversary.years: an anniversary counts at least one year",
            "occasion.anniversary.title: name the treaty: add `title`",
            "statements[0].to: no person `nobody` in `people`",
        ],
    );
}

#[test]
fn offices_institutions_cities_and_names_refuse_wrong_values_with_their_paths() {
    let mut v: serde_json::Value = serde_json::from_str(&full_seed()).unwrap();
    v["people"]["arystanov"]["position"] =
        serde_json::json!({ "rank": "chief", "of": "foreign_ministry" });
    v["people"]["anguiano-rodriguez"]["position"] =
        serde_json::json!({ "rank": "director", "en": "Director" });
    v["people"]["tokayev"]["name"] =
        serde_json::json!({ "latin": "Kassym-Jomart Tokayev", "cyrilic": "Токаев" });
    let text = serde_json::to_string_pretty(&v).unwrap();
    let lines = describe(&problems(&text, &[]));
    assert_all(
        &lines,
        &[
            "people.arystanov.position.rank: unknown variant `chief`",
            "people.anguiano-rodriguez.position.en: an office is either structured",
            "people.tokayev.name.cyrilic: unknown field `cyrilic`",
        ],
    );
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
    assert_all(
        &lines,
        &[
            "people.arystanov.position.of: `biva` is neither a body code",
            "people.anguiano-rodriguez.country: the office `minister` is worded with the person's country",
            "people.tokayev.name.kk: the text in `kk` is missing",
            "place.city: `Mexico City` is not a city code",
            "statements[0].to.institution: no institution `kaznu` in `institutions`",
        ],
    );
}

#[test]
fn the_parties_speak_together_only_where_there_are_two() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["statements"][0]["by"] = serde_json::json!("parties");
    let text = serde_json::to_string_pretty(&v).unwrap();
    assert!(parse(&text).is_ok(), "two parties may speak together");
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

#[test]
fn the_directory_gives_the_people_an_event_names_and_only_those() {
    let e = parse(SEED).unwrap();
    // Named by the event and defined only in the directory: taken from it, whole.
    assert_eq!(e.people["tokayev"], people().people["tokayev"]);
    assert!(e.people.contains_key("arystanov"));
    // In the directory but not named: left out, so the stored event holds only its own people.
    assert!(!e.people.contains_key("umarov"));
    // Without the directory, the event is incomplete, and says whom it lacks.
    let none = communique_model::parse_event(SEED).unwrap_err();
    assert!(
        none.problems()
            .iter()
            .any(|p| p.message.contains("no person `tokayev` in `people`")),
        "{none}"
    );
}

#[test]
fn an_events_own_entry_wins_over_the_directory() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["people"]["tokayev"] = serde_json::json!({
        "name": { "latin": "K. Tokayev", "cyrillic": "К. Токаев" },
        "gender": "m", "country": "KZ", "position": "president"
    });
    let e = parse(&v.to_string()).unwrap();
    assert_eq!(
        e.people["tokayev"]
            .name
            .get(Lang::Ru)
            .map(|p| p.nominative().to_owned()),
        Some("К. Токаев".to_owned())
    );
}

#[test]
fn a_directory_person_is_checked_for_the_event_and_the_problem_names_the_directory() {
    let mut d: serde_json::Value = serde_json::from_str(PEOPLE).unwrap();
    // No Spanish name and no gender: wrong for an event in Spanish, harmless for one in Kazakh.
    d["people"]["tokayev"]["name"] = serde_json::json!({ "kk": "Қасым-Жомарт Тоқаев" });
    d["people"]["tokayev"]
        .as_object_mut()
        .unwrap()
        .remove("gender");
    let d = parse_directory(&d.to_string()).unwrap();
    let kk_only = SEED.replacen("[\"kk\", \"ru\", \"es\", \"en\"]", "[\"kk\"]", 1);
    let e = parse_event_with(&kk_only, &[Lang::Kk], &d);
    assert!(e.is_ok(), "{:?}", e.err().map(|e| e.to_string()));
    let errors = parse_event_with(SEED, &[], &d).unwrap_err();
    let lines = describe(errors.problems());
    for expected in [
        "people.tokayev.name.es: the text in `es` is missing",
        "people.tokayev.gender: Russian and Spanish agree",
    ] {
        let line = lines.iter().find(|l| l.starts_with(expected));
        // No line:column: the place is in the directory, not in the event's text.
        assert!(
            line.is_some_and(|l| l.contains("`tokayev` comes from the people directory")),
            "missing {expected:?} in {lines:#?}"
        );
    }
}

#[test]
fn a_directory_is_refused_with_every_problem_and_its_place() {
    // A right format, two type errors in two people and a bad id: each one, and nothing else.
    let wrong = r#"{
  "format": "communique.people/1",
  "people": {
    "Tokayev!": { "name": { "en": "Kassym-Jomart Tokayev" } },
    "umarov": { "name": { "en": "Kairat Umarov" }, "gender": "x" },
    "vassilenko": { "gender": "m" }
  }
}"#;
    let lines = describe(parse_directory(wrong).unwrap_err().problems());
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert_all(
        &lines,
        &[
            "people.umarov.gender: unknown variant `x`",
            "people.vassilenko.name: missing field `name`",
            "people.Tokayev!: an id is",
        ],
    );
    assert!(
        !lines.iter().any(|l| l.contains("communique.event")),
        "{lines:#?}"
    );
    // An event's format where a directory's belongs.
    let wrong = r#"{
  "format": "communique.event/1",
  "people": {
    "Tokayev!": { "name": { "en": "Kassym-Jomart Tokayev" } },
    "umarov": { "name": { "en": "Kairat Umarov" }, "gender": "x" }
  }
}"#;
    let lines = describe(parse_directory(wrong).unwrap_err().problems());
    assert_all(
        &lines,
        &[
            "2:13: format: a people directory declares",
            "people.umarov.gender: unknown variant `x`",
            "people.Tokayev!: an id is",
        ],
    );
}

#[test]
fn codes_for_congratulations_and_friendship_groups_are_refused_where_they_make_no_sense() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    // An occasion of congratulations on a statement that commends.
    v["statements"][1]["about"] = serde_json::json!({ "congratulation": "birthday" });
    // A friendship group of one country with itself.
    v["side_events"][0]["with"] = serde_json::json!({ "friendship_group": ["MX", "MX"] });
    // An occasion no one has coded.
    let mut unknown = v.clone();
    unknown["statements"][0]["about"] = serde_json::json!({ "congratulation": "wedding" });
    let lines = describe(&problems(&v.to_string(), &[]));
    assert_all(
        &lines,
        &[
            "statements[1].about.congratulation: an occasion of congratulations goes only with congratulations",
            "side_events[0].with.friendship_group: a friendship group joins two different countries",
        ],
    );
    let lines = describe(&problems(&unknown.to_string(), &[]));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("statements[0].about") && l.contains("congratulation")),
        "{lines:#?}"
    );
}

#[test]
fn a_persons_occasion_is_congratulated_in_that_person_and_a_national_day_also_in_a_side() {
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["statements"][0]["to"] = serde_json::json!({ "side": "KZ" });
    let lines = describe(&problems(&v.to_string(), &[]));
    assert_all(
        &lines,
        &["statements[0].to: `re_election` is an occasion of a person"],
    );
    v["statements"][0]["about"] = serde_json::json!({ "congratulation": "national_day" });
    assert!(parse(&v.to_string()).is_ok());
}

#[test]
fn a_directory_persons_office_may_be_at_an_institution_the_event_defines() {
    let mut d: serde_json::Value = serde_json::from_str(PEOPLE).unwrap();
    d["people"]["arystanov"]["position"] = serde_json::json!({ "rank": "rector", "of": "kaznu" });
    let d = parse_directory(&d.to_string()).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(SEED).unwrap();
    v["institutions"] = serde_json::json!({
        "kaznu": {
            "name": {
                "en": "Al-Farabi Kazakh National University",
                "es": "la Universidad Nacional Kazaja Al-Farabi",
                "ru": "Казахский национальный университет имени аль-Фараби",
                "kk": "Әл-Фараби атындағы Қазақ ұлттық университеті"
            },
            "country": "KZ"
        }
    });
    let e = parse_event_with(&v.to_string(), &[], &d);
    assert!(
        e.is_ok(),
        "{}",
        e.err().map(|e| e.to_string()).unwrap_or_default()
    );
    // Without the institution, the problem is the directory person's, and says so.
    let errors = parse_event_with(SEED, &[], &d).unwrap_err();
    assert!(
        errors
            .problems()
            .iter()
            .any(|p| p.path.to_string() == "people.arystanov.position.of"
                && p.message.contains("comes from the people directory")
                && p.at.is_none()),
        "{errors}"
    );
}

#[test]
fn english_needs_the_gender_of_a_person_congratulated_on_their_own_occasion() {
    let mut v: serde_json::Value = serde_json::from_str(&full_seed()).unwrap();
    v["languages"] = serde_json::json!(["en"]);
    v["people"]["tokayev"]
        .as_object_mut()
        .unwrap()
        .remove("gender");
    let lines = describe(&problems(&v.to_string(), &[]));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert_all(
        &lines,
        &["statements[0].to: English congratulates on “his” or “her” `re_election`"],
    );
    // Kazakh alone has no such word: nothing to ask.
    v["languages"] = serde_json::json!(["kk"]);
    assert!(parse(&v.to_string()).is_ok());
}
