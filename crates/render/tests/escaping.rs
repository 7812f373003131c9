//! Everything that comes from an event or the configuration is escaped in HTML; subjects stay
//! on one line.

use std::path::Path;

use communique_model::Lang;
use communique_render::{EmailLabels, Identity, Notice, RenderError, SlotValues, Templates};

const EVIL: &str = "<script>alert(1)</script> \"q\" & </td></table>'";

fn templates() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates")).unwrap()
}

fn evil_notice() -> Notice {
    Notice {
        lang: Lang::Ru,
        headline: format!("H {EVIL}"),
        dateline: format!("D {EVIL}"),
        lead_in: format!("LI {EVIL}"),
        lead: format!("L {EVIL}"),
        body: vec![format!("B1 {EVIL}"), format!("B2 {EVIL}")],
        credits: vec![format!("C {EVIL}")],
    }
}

fn evil_identity() -> Identity {
    Identity {
        organization: format!("O {EVIL}"),
        sender_name: format!("S {EVIL}"),
        sender_address: "press@example.org".into(),
        postal_address: format!("P {EVIL}"),
        list_name: format!("N {EVIL}"),
    }
}

fn evil_labels() -> EmailLabels {
    EmailLabels {
        why: format!("W {EVIL}"),
        unsubscribe: format!("U {EVIL}"),
        view_online: format!("V {EVIL}"),
    }
}

#[test]
fn every_text_field_is_escaped_in_html_and_kept_in_text() {
    let r = templates()
        .render(&evil_notice(), &evil_identity(), &evil_labels())
        .unwrap();
    let values = SlotValues {
        unsubscribe_url: "https://e.org/u/x?a=1&b=\"<script>\"",
        web_url: "https://e.org/n/x",
    };
    let html = r.html.fill(&values);
    assert!(!html.contains("<script>"), "raw script tag in HTML");
    assert!(
        !html.contains("</td></table>'"),
        "raw closing tags from data"
    );
    assert!(!html.contains("\"q\""));
    for label in [
        "H", "D", "LI", "L", "B1", "B2", "C", "O", "S", "P", "W", "U", "V",
    ] {
        let escaped = format!(
            "{label} &lt;script&gt;alert(1)&lt;&#x2f;script&gt; &quot;q&quot; &amp; &lt;&#x2f;td&gt;&lt;&#x2f;table&gt;&#x27;"
        );
        assert!(html.contains(&escaped), "{label} is not escaped: {html}");
    }
    assert!(html.contains("href=\"https://e.org/u/x?a=1&amp;b=&quot;&lt;script&gt;&quot;\""));
    assert!(html.contains("<html lang=\"ru\""));
    let text = r.text.fill(&values);
    assert!(
        text.contains(&format!("B1 {EVIL}")),
        "text keeps the words as written"
    );
    assert_eq!(r.subject, format!("H {EVIL}"));
}

#[test]
fn a_subject_template_that_spans_lines_is_refused() {
    let dir = std::env::temp_dir().join(format!("communique-tpl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    for f in ["email.html", "email.txt"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    std::fs::write(
        dir.join("subject.txt"),
        "{{ notice.headline }}\nBcc: victim@example.org\n",
    )
    .unwrap();
    let err = Templates::load(&dir)
        .unwrap()
        .render(&evil_notice(), &evil_identity(), &evil_labels())
        .unwrap_err();
    assert!(matches!(err, RenderError::Subject(_)), "{err}");
    std::fs::write(dir.join("subject.txt"), "{{ notice.headlin }}").unwrap();
    let err = Templates::load(&dir)
        .unwrap()
        .render(&evil_notice(), &evil_identity(), &evil_labels())
        .unwrap_err();
    assert!(err.to_string().contains("subject.txt"), "{err}");
    std::fs::write(dir.join("subject.txt"), "{% if %}").unwrap();
    let err = Templates::load(&dir)
        .err()
        .expect("a syntax error is caught at load");
    assert!(
        err.to_string().contains("subject.txt") && err.to_string().contains("line 1"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn text_is_wrapped_at_76_and_links_stay_whole() {
    let r = templates()
        .render(&evil_notice(), &evil_identity(), &evil_labels())
        .unwrap();
    let long = format!("https://press.example.org/u/{}", "x".repeat(120));
    let text = r.text.fill(&SlotValues {
        unsubscribe_url: &long,
        web_url: "https://e.org/n/x",
    });
    for line in text.lines() {
        assert!(line.chars().count() <= 76 || line == long, "{line:?}");
    }
    assert!(text.lines().any(|l| l == long));
}
