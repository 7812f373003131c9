//! The sentence planner's rules (issue 15), each on an example event in all four languages:
//! what an editor merges, shortens or reorders is no longer written as a form would.

mod common;

use common::{notice, root};
use communique_model::Lang;

fn example(name: &str) -> serde_json::Value {
    let path = root().join("examples/events").join(format!("{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text(event: &serde_json::Value, lang: Lang) -> String {
    notice(event, lang).replace('\u{a0}', " ")
}

fn reads(event: &serde_json::Value, lang: Lang, has: &[&str], lacks: &[&str]) {
    let t = text(event, lang);
    for h in has {
        assert!(t.contains(h), "[{lang}] {h:?} not in:\n{t}");
    }
    for l in lacks {
        assert!(!t.contains(l), "[{lang}] {l:?} still in:\n{t}");
    }
}

/// Two side meetings without topics of their own: one sentence, each counterpart once, not two
/// sentences with the same frame.
#[test]
fn side_meetings_in_a_row_are_one_sentence() {
    let uy = example("kz-uy-political-consultations-montevideo-2024");
    reads(
        &uy,
        Lang::En,
        &[
            "In addition, the Kazakh delegation held meetings with the Speaker of",
            "Marcos Methol Sastre, as well as with the leadership of the Latin American Energy Organization",
        ],
        &["Separately, the delegation met with"],
    );
    reads(
        &uy,
        Lang::Ru,
        &[
            "Кроме того, казахстанская делегация провела встречи с председателем",
            "Маркосом Метолем Састре, а также с руководством Латиноамериканской энергетической организации",
        ],
        &["Кроме того, прошла встреча с"],
    );
    reads(
        &uy,
        Lang::Kk,
        &[
            "Бұдан бөлек, қазақстандық делегация ",
            "Оливерамен, сондай-ақ Латын Америкасы энергетикалық ұйымының",
            "Бенхамин Бланкомен кездесулер өткізді.",
        ],
        &["Бланкомен де кездесті"],
    );
    reads(
        &uy,
        Lang::Es,
        &[
            "Además, la delegación kazaja mantuvo reuniones con la presidenta",
            "Marcos Methol Sastre, así como con la dirección de la Organización Latinoamericana de Energía",
        ],
        &["De igual manera, la delegación se reunió con"],
    );
}

/// Co-chairs of both sides: one sentence, not "The Kazakh co-chair was … The Chilean co-chair
/// was …".
#[test]
fn co_chairs_of_both_sides_are_one_sentence() {
    let cl = example("kz-cl-political-consultations-santiago-2023");
    reads(
        &cl,
        Lang::En,
        &[
            "Kazakh First Deputy Foreign Minister Kairat Umarov and Chilean Undersecretary of Foreign Affairs Gloria de la Fuente co-chaired the consultations.",
        ],
        &["co-chair was"],
    );
    reads(
        &cl,
        Lang::Ru,
        &[
            "Сопредседателями консультаций выступили первый заместитель министра иностранных дел РК Кайрат Умаров и первый заместитель министра иностранных дел Чили Глория де ла Фуэнте.",
        ],
        &["Сопредседателем с"],
    );
    reads(
        &cl,
        Lang::Kk,
        &[
            "ҚР Сыртқы істер министрінің бірінші орынбасары Қайрат Омаров және Чили Сыртқы істер министрінің бірінші орынбасары Глория де ла Фуэнте консультацияларға тең төрағалық етті.",
        ],
        &["тараптан"],
    );
    reads(
        &cl,
        Lang::Es,
        &[
            "Copresidieron el encuentro Kairat Umarov, primer viceministro kazajo de Asuntos Exteriores, y Gloria de la Fuente, subsecretaria chilena de Relaciones Exteriores.",
        ],
        &["Copresidió el encuentro"],
    );
}

/// A list whose items hold the conjunction ends with the locale's complex joiner: no "… and
/// climate change and a memorandum …".
#[test]
fn lists_of_documents_do_not_stack_the_conjunction() {
    let es = example("kz-es-official-visit-madrid-2021");
    reads(
        &es,
        Lang::En,
        &[
            "on environmental protection and climate change, as well as a memorandum of understanding on cooperation",
        ],
        &["climate change and a memorandum"],
    );
    reads(
        &es,
        Lang::Ru,
        &["охраны окружающей среды и изменения климата, а также меморандум о сотрудничестве"],
        &["изменения климата и меморандум"],
    );
    reads(
        &es,
        Lang::Kk,
        &["климаттың өзгеруі саласындағы өзара түсіністік меморандумына, сондай-ақ екі елдің"],
        &["меморандумына және екі елдің"],
    );
    reads(
        &es,
        Lang::Es,
        &[
            "protección del medio ambiente y cambio climático, así como un memorando de entendimiento de cooperación",
        ],
        &["cambio climático y un memorando"],
    );
}

/// "also" belongs to a speaker who spoke before: the first words of a second speaker carry none.
#[test]
fn a_speakers_first_statement_says_no_also() {
    let ru_event = example("kz-ru-political-consultations-astana-2023");
    reads(
        &ru_event,
        Lang::En,
        &[". Galuzin commended the positive dynamics"],
        &["In addition, Galuzin"],
    );
    reads(
        &ru_event,
        Lang::Ru,
        &[". М. Галузин высоко оценил"],
        &["Кроме того, М. Галузин"],
    );
    reads(
        &ru_event,
        Lang::Kk,
        &[". М.Галузин екіжақты"],
        &["Сонымен қатар М.Галузин"],
    );
    reads(
        &ru_event,
        Lang::Es,
        &[". Galuzin valoró positivamente"],
        &["Además, Galuzin"],
    );
}

/// The round in words in the Kazakh lead as in its headline, and a forum noun after «атты»
/// without the possessive ending.
#[test]
fn kazakh_rounds_in_words_and_forums_after_a_title_in_their_bare_form() {
    let cl = example("kz-cl-political-consultations-santiago-2023");
    reads(
        &cl,
        Lang::Kk,
        &["саяси консультациялардың үшінші раунды өтті, деп"],
        &["3-раунды"],
    );
    let uy = example("kz-uy-political-consultations-montevideo-2024");
    reads(
        &uy,
        Lang::Kk,
        &["атты дөңгелек үстелге қатысты."],
        &["дөңгелек үстеліне"],
    );
}

/// A city named for its country gets no country after it; any other city does.
#[test]
fn a_city_named_for_its_country_is_not_followed_by_it() {
    let mx = example("kz-mx-embassy-inauguration-2016");
    reads(
        &mx,
        Lang::En,
        &["opened in Mexico City, The News"],
        &["Mexico City, Mexico"],
    );
    reads(
        &mx,
        Lang::Es,
        &["en Ciudad de México la Embajada"],
        &["(México)"],
    );
    let pt = example("kz-pt-honorary-consulate-opening-guimaraes-2021");
    let en = text(&pt, Lang::En);
    assert!(en.contains("Guimarães, Portugal"), "{en}");
}

/// Heads whose titles name their state: one sentence, not "The Russian delegation was headed
/// by Russian Deputy Foreign Minister …".
#[test]
fn heads_whose_titles_name_their_state_are_one_sentence() {
    let ru_event = example("kz-ru-political-consultations-astana-2023");
    reads(
        &ru_event,
        Lang::En,
        &[
            "The delegations were headed by Kazakh Deputy Foreign Minister Yermukhambet Konuspaev and Russian Deputy Foreign Minister Mikhail Galuzin.",
        ],
        &["delegation was headed by", "led the Russian delegation"],
    );
    reads(
        &ru_event,
        Lang::Ru,
        &[
            "Делегации возглавили заместитель министра иностранных дел РК Ермухамбет Конуспаев и заместитель министра иностранных дел России Михаил Галузин.",
        ],
        &["Российскую делегацию"],
    );
    reads(
        &ru_event,
        Lang::Kk,
        &[
            "Делегацияларды ҚР Сыртқы істер министрінің орынбасары Ермұхамбет Қонұспаев және Ресей Сыртқы істер министрінің орынбасары Михаил Галузин басқарды.",
        ],
        &["Ресейлік делегация"],
    );
    reads(
        &ru_event,
        Lang::Es,
        &[
            "Encabezaron las delegaciones Yermujambet Konuspáyev, viceministro kazajo de Asuntos Exteriores, y Mijaíl Galuzin, viceministro ruso de Asuntos Exteriores.",
        ],
        &["delegación rusa"],
    );
}

/// Both parties as one speaker: a plural subject and verb in every language.
#[test]
fn both_parties_speak_with_a_plural_verb() {
    let mut ar = example("kz-ar-political-consultations-buenos-aires-2023");
    ar["statements"] = serde_json::json!([
        {
            "kind": "noted",
            "by": "parties",
            "about": {
                "en": "the growth of trade",
                "ru": "рост товарооборота",
                "kk": "тауар айналымының өсуін",
                "es": "el crecimiento del comercio"
            }
        },
        {
            "kind": "stressed",
            "by": "parties",
            "about": {
                "en": "the importance of regular dialogue",
                "ru": "важность регулярного диалога",
                "kk": "тұрақты диалогтың маңыздылығын",
                "es": "la importancia del diálogo regular"
            }
        }
    ]);
    reads(
        &ar,
        Lang::En,
        &["The parties noted the growth of trade. They also stressed"],
        &[],
    );
    reads(
        &ar,
        Lang::Ru,
        &["Стороны отметили рост товарооборота. Они также подчеркнули важность"],
        &[],
    );
    reads(
        &ar,
        Lang::Kk,
        &["Тараптар тауар айналымының өсуін атап өтті. Сондай-ақ олар тұрақты"],
        &[],
    );
    reads(
        &ar,
        Lang::Es,
        &["Las partes resaltaron el crecimiento del comercio. Destacaron asimismo"],
        &[],
    );
}

/// An ethnographic exhibition is worded as such in every language.
#[test]
fn an_ethnographic_exhibition_is_named_so() {
    let mut at = example("kz-at-nomads-exhibition-vienna-2023");
    at["kind"]["exhibition"] = serde_json::json!("ethnographic");
    reads(
        &at,
        Lang::En,
        &["ethnographic exhibition"],
        &["crafts exhibition"],
    );
    reads(
        &at,
        Lang::Ru,
        &["открылась этнографическая выставка «Номады Казахстана"],
        &["декоративно-прикладного"],
    );
    reads(
        &at,
        Lang::Kk,
        &["этнографиялық көрме"],
        &["қолданбалы өнер"],
    );
    reads(&at, Lang::Es, &["exposición etnográfica"], &["artesanía"]);
}

/// OLADE, the OECD and the Pacific Alliance are codes the locales name and decline.
#[test]
fn latin_american_organizations_are_codes() {
    let mut uy = example("kz-uy-political-consultations-montevideo-2024");
    uy["side_events"] = serde_json::json!([
        { "type": "meeting", "counterpart": "officials", "with": { "organization": "olade" } },
        { "type": "meeting", "counterpart": "officials", "with": { "organization": "oecd" } },
        { "type": "meeting", "counterpart": "officials", "with": { "organization": "pacific_alliance" } }
    ]);
    reads(
        &uy,
        Lang::En,
        &[
            "with the Latin American Energy Organization (OLADE), with the Organisation for Economic Co-operation and Development (OECD), as well as with the Pacific Alliance.",
        ],
        &[],
    );
    reads(
        &uy,
        Lang::Ru,
        &[
            "с Латиноамериканской энергетической организацией (ОЛАДЕ), с Организацией экономического сотрудничества и развития (ОЭСР), а также с Тихоокеанским альянсом.",
        ],
        &[],
    );
    reads(
        &uy,
        Lang::Kk,
        &[
            "Латын Америкасы энергетикалық ұйымымен (OLADE), Экономикалық ынтымақтастық және даму ұйымымен (ЭЫДҰ), сондай-ақ Тынық мұхиты альянсымен кездесулер өткізді.",
        ],
        &[],
    );
    reads(
        &uy,
        Lang::Es,
        &[
            "con la Organización Latinoamericana de Energía (OLADE), con la Organización para la Cooperación y el Desarrollo Económicos (OCDE), así como con la Alianza del Pacífico.",
        ],
        &[],
    );
}

/// Consultations held by videoconference say so, and name no meeting place.
#[test]
fn consultations_by_videoconference_say_so_and_name_no_place() {
    let mut cl = example("kz-cl-political-consultations-santiago-2023");
    cl["kind"]["format"] = serde_json::json!("videoconference");
    reads(
        &cl,
        Lang::En,
        &[
            "Third round of Kazakh-Chilean political consultations held via videoconference",
            "held the third round of political consultations via videoconference",
        ],
        &["in Santiago"],
    );
    reads(
        &cl,
        Lang::Ru,
        &[
            "политических консультаций в формате видеоконференции\n",
            "между министерствами иностранных дел Казахстана и Чили в формате видеоконференции",
        ],
        &["в Сантьяго"],
    );
    reads(
        &cl,
        Lang::Kk,
        &[
            "саяси консультацияларының үшінші раунды бейнеконференция форматында өтті\n",
            "саяси консультациялардың үшінші раунды бейнеконференция форматында өтті",
        ],
        &["Сантьягода"],
    );
    reads(
        &cl,
        Lang::Es,
        &[
            "Kazajistán y Chile celebran por videoconferencia su tercera ronda de consultas políticas",
            "celebraron la tercera ronda de consultas políticas por videoconferencia",
        ],
        &["en Santiago"],
    );
}

/// A mission's opening names its guests, titled, in one sentence.
#[test]
fn a_mission_opening_names_its_guests() {
    let mut mx = example("kz-mx-embassy-inauguration-2016");
    mx["people"]["da-costa"] = serde_json::json!({
        "name": { "latin": "Leovigildo da Costa e Silva", "cyrillic": "Леовижилду да Кошта и Силва" },
        "gender": "m", "country": "AO", "accredited_to": "MX", "position": "ambassador"
    });
    mx["people"]["hadid"] = serde_json::json!({
        "name": { "latin": "Rabah Hadid", "cyrillic": "Рабах Хадид" },
        "gender": "m", "country": "DZ", "accredited_to": "MX", "position": "ambassador"
    });
    mx["kind"]["guests"] = serde_json::json!(["da-costa", "hadid"]);
    reads(
        &mx,
        Lang::En,
        &[
            "Guests included Angolan Ambassador to Mexico Leovigildo da Costa e Silva and Algerian Ambassador to Mexico Rabah Hadid.",
        ],
        &[],
    );
    reads(
        &mx,
        Lang::Ru,
        &["Среди гостей церемонии были посол Анголы в Мексике"],
        &[],
    );
    reads(
        &mx,
        Lang::Kk,
        &["Рәсімге Ангола елшісі Леовижилду да Кошта и Силва"],
        &[],
    );
    reads(
        &mx,
        Lang::Es,
        &[
            "Entre los invitados se encontraban Leovigildo da Costa e Silva, embajador angoleño en México,",
        ],
        &[],
    );
}

/// A statement whose words open a clause takes the comma Russian puts before it.
#[test]
fn a_statement_that_opens_a_clause_takes_its_comma_in_russian() {
    let mut ar = example("kz-ar-political-consultations-buenos-aires-2023");
    ar["statements"] = serde_json::json!([{
        "kind": "noted",
        "by": "parties",
        "about": {
            "en": "that trade had grown",
            "ru": "что товарооборот вырос",
            "kk": "тауар айналымының өскенін",
            "es": "que el comercio había crecido"
        }
    }]);
    reads(
        &ar,
        Lang::Ru,
        &["Стороны отметили, что товарооборот вырос."],
        &["отметили что"],
    );
    reads(
        &ar,
        Lang::Es,
        &["Las partes señalaron que el comercio había crecido."],
        &[],
    );
    reads(
        &ar,
        Lang::En,
        &["The parties noted that trade had grown."],
        &[],
    );
}

/// An ambassador is named with the state of accreditation the event gives, not guessed from
/// the event's place.
#[test]
fn an_ambassador_is_named_with_the_state_of_accreditation() {
    let at = example("kz-at-nomads-exhibition-vienna-2023");
    reads(
        &at,
        Lang::En,
        &["Kazakh Ambassador to Austria Mukhtar Tileuberdi"],
        &[],
    );
    reads(
        &at,
        Lang::Ru,
        &["Посол Казахстана в Австрии Мухтар Тлеуберди"],
        &[],
    );
    reads(&at, Lang::Es, &["embajador kazajo en Austria"], &[]);
    let mut elsewhere = at.clone();
    elsewhere["people"]["tileuberdi"]["accredited_to"] = serde_json::json!("HU");
    reads(
        &elsewhere,
        Lang::En,
        &["Kazakh Ambassador to Hungary Mukhtar Tileuberdi"],
        &["to Austria"],
    );
    let mut unknown = at;
    unknown["people"]["tileuberdi"]
        .as_object_mut()
        .unwrap()
        .remove("accredited_to");
    reads(
        &unknown,
        Lang::Ru,
        &["Посол Казахстана Мухтар Тлеуберди"],
        &["в Австрии Мухтар"],
    );
}

/// Groups of guests the press names by convention are codes the locales word: the author
/// writes `{"group": "diplomatic_corps"}`, not the phrase in four languages.
#[test]
fn guest_groups_are_worded_by_the_locales_with_the_events_city() {
    let path = root().join("crates/l10n/tests/data/constructed/kz-at-exhibition-opening-2024.json");
    let at: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(at["kind"]["attended_by"][1]["group"], "diplomatic_corps");
    reads(
        &at,
        Lang::En,
        &["of Austria, members of the diplomatic corps and members of the Kazakh community."],
        &["group", "guests-"],
    );
    reads(
        &at,
        Lang::Ru,
        &[
            "Австрии, представители дипломатического корпуса и представители казахстанской диаспоры.",
        ],
        &["group", "guests-"],
    );
    reads(
        &at,
        Lang::Kk,
        &["өкілдері, дипломатиялық корпус өкілдері және қазақстандық диаспора өкілдері қатысты."],
        &["group", "guests-"],
    );
    reads(
        &at,
        Lang::Es,
        &["de Austria, miembros del cuerpo diplomático y miembros de la comunidad kazaja."],
        &["group", "guests-"],
    );
}
