//! The visit the format must hold without free text (issue 13): a state visit over three days
//! with four documents signed, a host, a counterpart, a business forum, a wreath laying and an
//! anniversary as its occasion, written in all four languages.

use std::path::{Path, PathBuf};

use communique_l10n::check::check_notice;
use communique_l10n::{Locales, localize};
use communique_model::{Lang, parse_event};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn notice(lang: Lang) -> String {
    let locales = Locales::load(&root().join("locales")).unwrap();
    let json = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/state-visit-three-days.json"),
    )
    .unwrap();
    let event = parse_event(&json).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !json.contains("\"paragraphs\"") && !json.contains("\"other\""),
        "no free text"
    );
    let n = localize(&locales, &event, lang).unwrap_or_else(|e| panic!("[{lang}] {e}"));
    let leaks = check_notice(&event, &n);
    assert!(leaks.is_empty(), "{leaks:#?}");
    n.to_text().replace('\u{a0}', " ")
}

fn assert_reads(lang: Lang, expected: &[&str]) {
    let text = notice(lang);
    for e in expected {
        assert!(text.contains(e), "[{lang}] {e:?} not in:\n{text}");
    }
}

#[test]
fn english() {
    assert_reads(
        Lang::En,
        &[
            "On 19–21 November, Kazakh President Kassym-Jomart Tokayev paid a state visit to Hungary",
            "The visit was timed to the 30th anniversary of diplomatic relations between the two countries.",
            "Tokayev was received by Hungarian President Tamás Sulyok.",
            "He also held talks with Hungarian Prime Minister Viktor Orbán.",
            "the parties signed a joint statement on the strategic partnership, an agreement on air services, a memorandum of understanding on cooperation in water management, as well as a roadmap for trade and investment cooperation.",
            "Tokayev laid a wreath at the Millennium Monument on Heroes’ Square.",
            "business forum “Kazakhstan – Hungary”, which brought together 200 participants.",
        ],
    );
}

#[test]
fn russian() {
    assert_reads(
        Lang::Ru,
        &[
            "19–21 ноября Президент Казахстана Касым-Жомарт Токаев",
            "Визит приурочен к 30-летию установления дипломатических отношений между двумя странами.",
            "К. Токаев провел переговоры с Президентом Венгрии Тамашем Шуйоком.",
            "Состоялись также переговоры с Премьер-министром Венгрии Виктором Орбаном.",
            "стороны подписали совместное заявление о стратегическом партнерстве, соглашение о воздушном сообщении, меморандум о сотрудничестве в сфере водного хозяйства и дорожную карту торгово-инвестиционного сотрудничества.",
            "возложил венок к памятнику Тысячелетия на площади Героев.",
            "принял участие в бизнес-форуме «Казахстан – Венгрия», собравшем 200 участников.",
        ],
    );
}

#[test]
fn kazakh() {
    assert_reads(
        Lang::Kk,
        &[
            "19–21 қарашада Қазақстан Президенті Қасым-Жомарт Тоқаев Венгрияға мемлекеттік сапармен",
            "Сапар екі ел арасында дипломатиялық қатынастар орнағанына 30 жыл толуына орайластырылды.",
            "Венгрия Президенті Тамаш Шуйок Қ.Тоқаевты қабылдады.",
            "Сондай-ақ Қ.Тоқаев Венгрия Премьер-министрі Виктор Орбанмен келіссөздер жүргізді.",
            "бірлескен мәлімдемеге, әуе қатынасы туралы келісімге",
            "жол картасына қол қойды.",
            "Батырлар алаңындағы Мыңжылдық монументіне гүл шоқтарын қойды.",
            "200 қатысушының басын қосқан «Қазақстан – Венгрия» атты бизнес-форумға қатысты.",
        ],
    );
}

#[test]
fn spanish() {
    assert_reads(
        Lang::Es,
        &[
            "Del 19 al 21 de noviembre, Kassym-Jomart Tokáyev, presidente kazajo, realizó una visita de Estado a Hungría",
            "La visita se enmarcó en la conmemoración del 30.º aniversario del establecimiento de relaciones diplomáticas entre ambos países.",
            "Tamás Sulyok, presidente húngaro, recibió a Tokáyev.",
            "Tokáyev mantuvo además conversaciones con Viktor Orbán, primer ministro húngaro.",
            "las partes firmaron una declaración conjunta sobre la asociación estratégica, un acuerdo sobre servicios aéreos",
            "depositó una ofrenda floral ante el Monumento del Milenio en la plaza de los Héroes.",
            "el foro empresarial «Kazajistán – Hungría», que reunió a 200 participantes.",
        ],
    );
}
