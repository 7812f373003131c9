//! Any valid event writes in every language without an error and without leaked markup:
//! variations of the seed over every UN member, topics, rounds, dates and optional parts.

mod common;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use communique_l10n::check::check_notice;
use communique_l10n::{Locales, localize};
use communique_model::{Lang, Topic, parse_event};
use proptest::prelude::*;
use serde_json::{Value, json};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

static LOCALES: LazyLock<Locales> =
    LazyLock::new(|| Locales::load(&root().join("locales")).unwrap());
static SEED: LazyLock<Value> = LazyLock::new(common::seed);

const UN: &str = "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ \
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB \
GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR \
KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE \
NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM \
SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW";

fn country() -> impl Strategy<Value = String> {
    let codes: Vec<String> = UN.split_whitespace().map(String::from).collect();
    proptest::sample::select(codes)
}

fn topics() -> impl Strategy<Value = Vec<String>> {
    proptest::sample::subsequence(
        Topic::ALL
            .iter()
            .map(|t| t.code().to_owned())
            .collect::<Vec<_>>(),
        0..5,
    )
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (2019i32..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (2019i32..2030, 1u8..=12).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (2019i32..2030, 1u8..=12, 1u8..=20, 1u8..=8)
            .prop_map(|(y, m, d, n)| format!("{y}-{m:02}-{d:02}/{:02}", d + n)),
        (2019i32..2030, 1u8..=11, 25u8..=28, 1u8..=3)
            .prop_map(|(y, m, d, d2)| format!("{y}-{m:02}-{d:02}/{:02}-{d2:02}", m + 1)),
    ]
}

prop_compose! {
    fn variant()(
        a in country(), b in country(), host in country(),
        round in 0u32..300,
        discussed in topics(), progress in topics(), views in topics(), side_topics in topics(),
        when in date(),
        published_day in 1u8..=28, published_month in 1u8..=12, published_year in 2019i32..2030,
        keep_outcomes in any::<bool>(), keep_statements in any::<bool>(), keep_sides in any::<bool>(),
        agency in any::<bool>(),
    ) -> Value {
        let mut e = SEED.clone();
        let b = if a == b { if a == "KZ" { "MX".to_owned() } else { "KZ".to_owned() } } else { b };
        e["kind"] = if round == 0 { json!({"type": "political_consultations"}) } else { json!({"type": "political_consultations", "round": round}) };
        e["parties"][0]["country"] = json!(a);
        e["parties"][1]["country"] = json!(b);
        e["place"]["country"] = json!(host);
        e["delegations"][0]["country"] = json!(a);
        e["people"]["arystanov"]["country"] = json!(a);
        e["delegations"][1]["country"] = json!(b);
        e["people"]["anguiano-rodriguez"]["country"] = json!(b);
        e["statements"][0]["by"] = json!({"side": b});
        e["people"]["lopez-obrador"]["country"] = json!(b);
        e["people"]["tokayev"]["country"] = json!(a);
        e["side_events"][0]["held_by"] = json!(a);
        e["side_events"][1]["held_by"] = json!(a);
        e["side_events"][1]["topics"] = json!(side_topics);
        e["source"]["press_service"]["country"] = json!(a);
        e["discussion"] = json!({"topics": discussed, "progress_in": progress, "views_exchanged_on": views});
        e["date"] = json!(when);
        let year: i32 = when[..4].parse().unwrap();
        e["outcomes"][1]["date"] = json!((year + 1).to_string());
        e["side_events"][2]["open_until"] = json!(format!("{}-12-31", year + 1));
        e["published"] = json!(format!("{published_year}-{published_month:02}-{published_day:02}T10:30[Asia/Almaty]"));
        if !keep_outcomes { e.as_object_mut().unwrap().remove("outcomes"); }
        if !keep_statements { e.as_object_mut().unwrap().remove("statements"); }
        if !keep_sides { e.as_object_mut().unwrap().remove("side_events"); }
        if !agency { e["source"].as_object_mut().unwrap().remove("agency"); }
        e
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_event_writes_in_every_language_without_leaks(json in variant()) {
        let text = json.to_string();
        let event = parse_event(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        for lang in Lang::ALL {
            let notice = localize(&LOCALES, &event, lang)
                .map_err(|e| TestCaseError::fail(format!("[{lang}] {e}")))?;
            let leaks = check_notice(&event, &notice);
            prop_assert!(leaks.is_empty(), "{:#?}", leaks);
        }
    }
}
