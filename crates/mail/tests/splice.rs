//! A spliced message is the message `compose` builds: the same headers and the same bodies, as
//! an independent MIME parser (mail-parser) reads them.

use std::time::{Duration, UNIX_EPOCH};

use communique_mail::splice::{Piece, Recipient, Shared, Template};
use communique_mail::{Letter, MailError, Mailbox, compose};
use communique_model::Lang;
use mail_parser::{MessageParser, PartType};

const HEADERS: [&str; 10] = [
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "Content-Language",
    "List-Id",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "MIME-Version",
];

fn fill(pieces: &[Piece], link: &str) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => *t,
            Piece::UnsubscribeUrl => link,
        })
        .collect()
}

struct Case<'a> {
    from: Mailbox,
    to: Mailbox,
    subject: &'a str,
    lang: Lang,
    text: Vec<Piece<'a>>,
    html: Vec<Piece<'a>>,
    link: String,
    link_html: String,
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Both ways of building, parsed: headers and decoded bodies must agree, and the bodies must
/// be the text that went in.
fn assert_same(case: &Case) {
    let date = UNIX_EPOCH + Duration::from_secs(1_670_660_000);
    let (list_name, list_id) = ("Пресс-релизы МИД", "press.example.org");
    let mailto = "unsubscribe@example.org";
    let message_id = "c0ffee.ru@example.org";
    let text = fill(&case.text, &case.link);
    let html = fill(&case.html, &case.link_html);
    let slow = compose(&Letter {
        from: &case.from,
        to: &case.to,
        subject: case.subject,
        lang: case.lang,
        message_id,
        date,
        list_name,
        list_id,
        unsubscribe_url: &case.link,
        unsubscribe_mailto: mailto,
        text: text.clone(),
        html: html.clone(),
    })
    .unwrap();
    let template = Template::new(&Shared {
        from: &case.from,
        subject: case.subject,
        lang: case.lang,
        list_name,
        list_id,
        unsubscribe_mailto: mailto,
        text: &case.text,
        html: &case.html,
    })
    .unwrap();
    let spliced = template
        .letter(&Recipient {
            to: &case.to,
            message_id,
            date,
            unsubscribe_url: &case.link,
            unsubscribe_url_html: &case.link_html,
        })
        .unwrap();
    let wire = String::from_utf8(spliced.clone()).unwrap();
    assert!(wire.is_ascii(), "7-bit on the wire");
    // Headers are lettre's (folded where it can, at most 998 characters, RFC 5322 2.1.1); the
    // encoded bodies keep to 76 (RFC 2045).
    let (head, body) = wire.split_once("\r\n\r\n").unwrap();
    for line in head.split("\r\n") {
        assert!(
            line.len() <= 998,
            "line of {} characters: {line:?}",
            line.len()
        );
    }
    for line in body.split("\r\n") {
        assert!(
            line.len() <= 76,
            "line of {} characters: {line:?}",
            line.len()
        );
    }
    assert!(
        !wire.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR or LF"
    );
    let parser = MessageParser::default();
    let a = parser.parse(&slow).unwrap();
    let b = parser.parse(&spliced).unwrap();
    for h in HEADERS {
        assert!(a.header(h).is_some(), "{h} missing from compose's message");
        assert_eq!(a.header(h), b.header(h), "{h}");
    }
    let crlf = |s: &str| s.replace("\r\n", "\n");
    let bodies = |m: &mail_parser::Message| {
        let mut parts = m.parts.iter().filter_map(|p| match &p.body {
            PartType::Text(t) => Some(("text", t.to_string())),
            PartType::Html(h) => Some(("html", h.to_string())),
            _ => None,
        });
        (parts.next(), parts.next(), parts.next())
    };
    let (sa, sb) = (bodies(&a), bodies(&b));
    assert_eq!(sb.2, None, "two parts");
    let (text_b, html_b) = (sb.0.unwrap(), sb.1.unwrap());
    assert_eq!(text_b.0, "text");
    assert_eq!(html_b.0, "html");
    assert_eq!(crlf(&text_b.1), crlf(&text), "text as written");
    assert_eq!(crlf(&html_b.1), crlf(&html), "HTML as written");
    let (text_a, html_a) = (sa.0.unwrap(), sa.1.unwrap());
    assert_eq!(crlf(&text_a.1), crlf(&text_b.1));
    assert_eq!(crlf(&html_a.1), crlf(&html_b.1));
}

fn mailbox(s: &str) -> Mailbox {
    s.parse().unwrap()
}

#[test]
fn a_spliced_notice_in_each_script_is_the_message_compose_builds() {
    let texts: [(Lang, &str, &str); 4] = [
        (
            Lang::Kk,
            "Мексикада Қазақстан-Мексика саяси консультацияларының 3-раунды өтті",
            "МЕХИКО. ҚАЗИНФОРМ — 2022 жылғы 10 желтоқсанда «Сыртқы істер» министрлігі…\n\n",
        ),
        (
            Lang::Ru,
            "В Мехико состоялся третий раунд консультаций",
            "МЕХИКО. КАЗИНФОРМ\u{a0}— В\u{a0}декабре в\u{a0}Мехико состоялся…\n",
        ),
        (
            Lang::Es,
            "Se celebró la tercera ronda de consultas",
            "CIUDAD DE MÉXICO, 10 de diciembre de 2022. — «Consultas»…\n",
        ),
        (
            Lang::En,
            "Kazakhstan and Mexico hold political consultations",
            "MEXICO CITY, 10 December 2022 \u{2014} The \u{201c}third round\u{201d} = done.\n",
        ),
    ];
    for (lang, subject, body) in texts {
        let long = body.repeat(40);
        let html_long = format!("<p>{}</p>", long.replace('\n', "<br>\n"));
        let link = "https://press.example.org/u/MDpzYW1wbGU.XoxwbM1m0_tPFSloJVlQRw".to_owned();
        assert_same(&Case {
            from: mailbox("Пресс-служба МИД <press@example.org>"),
            to: Mailbox::new(
                Some("Әсел \"Бекова\", редактор".into()),
                "asel@example.org".parse().unwrap(),
            ),
            subject,
            lang,
            text: vec![
                Piece::Text(&long),
                Piece::Text("\nОтписаться: "),
                Piece::UnsubscribeUrl,
                Piece::Text("\n"),
            ],
            html: vec![
                Piece::Text(&html_long),
                Piece::Text("<a href=\""),
                Piece::UnsubscribeUrl,
                Piece::Text("\">unsubscribe</a>\n"),
            ],
            link_html: escape_html(&link),
            link,
        });
    }
}

/// Random bodies over what breaks encoders: dots and `=` at line starts, spaces before line
/// breaks, long lines, Cyrillic, emoji, links at the start, the end and next to each other.
#[test]
fn random_bodies_with_links_anywhere_splice_to_the_same_message() {
    let atoms = [
        "a",
        "word ",
        " ",
        "\t",
        ".",
        "..",
        "=",
        "=\n",
        "\n",
        "\r\n",
        "\n.\n",
        "ü",
        "Қазақстан",
        "—",
        "«",
        "😀",
        "\u{a0}",
        "From ",
        "x y z ",
        " \n",
    ];
    let mut rng = fastrand::Rng::with_seed(17);
    for round in 0..300 {
        let mut owned: Vec<String> = Vec::new();
        let mut shape: Vec<bool> = Vec::new();
        for _ in 0..rng.usize(0..8) {
            if rng.u8(..4) == 0 {
                shape.push(false);
            } else {
                let n = rng.usize(0..120);
                let text: String = (0..n).map(|_| atoms[rng.usize(..atoms.len())]).collect();
                owned.push(text);
                shape.push(true);
            }
        }
        let mut texts = owned.iter();
        let pieces: Vec<Piece> = shape
            .iter()
            .map(|is_text| match is_text {
                true => Piece::Text(texts.next().unwrap()),
                false => Piece::UnsubscribeUrl,
            })
            .collect();
        let link = format!(
            "https://press.example.org/u/{}?k={}&l=kk",
            "t".repeat(rng.usize(0..90)),
            rng.u32(..)
        );
        assert_same(&Case {
            from: mailbox("press@example.org"),
            to: mailbox(&format!("reader{round}@example.org")),
            subject: "Тема",
            lang: Lang::Ru,
            text: pieces.clone(),
            html: pieces,
            link_html: escape_html(&link),
            link,
        });
    }
}

#[test]
fn a_spliced_message_refuses_what_compose_refuses() {
    let from = mailbox("press@example.org");
    let template = Template::new(&Shared {
        from: &from,
        subject: "Тема",
        lang: Lang::Kk,
        list_name: "List",
        list_id: "press.example.org",
        unsubscribe_mailto: "unsubscribe@example.org",
        text: &[Piece::Text("Мәтін")],
        html: &[Piece::Text("<p>Мәтін</p>")],
    })
    .unwrap();
    let to = Mailbox::new(
        Some("Ana\r\nBcc: victim@example.org".into()),
        "ana@example.org".parse().unwrap(),
    );
    let recipient = |to, url| Recipient {
        to,
        message_id: "abc@example.org",
        date: UNIX_EPOCH,
        unsubscribe_url: url,
        unsubscribe_url_html: url,
    };
    assert!(matches!(
        template.letter(&recipient(&to, "https://press.example.org/u/t")),
        Err(MailError::HeaderInjection { header: "To" })
    ));
    let to = mailbox("ana@example.org");
    assert!(matches!(
        template.letter(&recipient(&to, "http://press.example.org/u/t")),
        Err(MailError::InsecureUnsubscribe(_))
    ));
    assert!(matches!(
        Template::new(&Shared {
            from: &from,
            subject: "Тема\r\nBcc: victim@example.org",
            lang: Lang::Kk,
            list_name: "List",
            list_id: "press.example.org",
            unsubscribe_mailto: "unsubscribe@example.org",
            text: &[],
            html: &[],
        }),
        Err(MailError::HeaderInjection { header: "Subject" })
    ));
}
