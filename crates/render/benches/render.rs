//! What one publication costs before the network: `cargo bench -p communique-render`.
//!
//! - `localize_render_all_langs`: the seed event localized and rendered (subject, HTML, text)
//!   in kk, ru, es and en, as `communique publish` does once per publication (target ≤ 1 ms).
//! - `localize` / `render`: the two halves of that, per language.
//! - `recipient_message`: one recipient's message as the engine builds it per row: sign the
//!   unsubscribe token, fill the slots, Message-ID, compose the MIME message.
//! - `fill_slots` / `compose_only`: the two halves of that.
//!
//! Locales and templates are loaded once outside the timed part, as the binary does.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use communique_l10n::{EmailLabels, Locales};
use communique_mail::token::TokenKey;
use communique_mail::{Letter, Mailbox, compose, message_id};
use communique_model::{Event, Lang};
use communique_render::{Identity, Rendered, SlotValues, Templates};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

const SEED: &str = "examples/events/kz-mx-political-consultations-2022.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The sender identity per language, read from the repository's `communique.toml` the way
/// `src/config.rs` reads it (only the fields rendering and composing need).
struct Config {
    table: toml::Table,
}

impl Config {
    fn load() -> Config {
        let text =
            std::fs::read_to_string(root().join("communique.toml")).expect("communique.toml");
        Config {
            table: text.parse().expect("communique.toml parses"),
        }
    }

    fn get(&self, path: &[&str]) -> String {
        let mut v = self.table.get(path[0]).expect(path[0]);
        for key in &path[1..] {
            v = v.get(*key).unwrap_or_else(|| panic!("{path:?}"));
        }
        v.as_str().expect("a string").to_owned()
    }

    fn identity(&self, lang: Lang) -> Identity {
        let l = lang.code();
        Identity {
            organization: self.get(&["organization", "name", l]),
            sender_name: self.get(&["sender", "name", l]),
            sender_address: self.get(&["sender", "address"]),
            postal_address: self.get(&["organization", "postal_address", l]),
            list_name: self.get(&["list", "name", l]),
        }
    }
}

struct Fixture {
    locales: Locales,
    templates: Templates,
    event: Event,
    config: Config,
    identities: Vec<Identity>,
    rendered: Vec<Rendered>,
    key: TokenKey,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let root = root();
        let locales = Locales::load(&root.join("locales")).expect("locales load");
        let templates = Templates::load(&root.join("templates")).expect("templates load");
        let json = std::fs::read_to_string(root.join(SEED)).expect("seed event");
        let people = std::fs::read_to_string(root.join("examples/people.json")).expect("people");
        let people = communique_model::parse_directory(&people).expect("the directory parses");
        let event = communique_model::parse_event_with(&json, &Lang::ALL, &people)
            .expect("seed event parses");
        let config = Config::load();
        let identities: Vec<Identity> = Lang::ALL.iter().map(|l| config.identity(*l)).collect();
        let rendered = Lang::ALL
            .iter()
            .zip(&identities)
            .map(|(lang, identity)| render_one(&locales, &templates, &event, *lang, identity))
            .collect();
        Fixture {
            locales,
            templates,
            event,
            config,
            identities,
            rendered,
            key: TokenKey::new(&[7; 32]).expect("key"),
        }
    })
}

fn labels(locales: &Locales, lang: Lang, identity: &Identity) -> EmailLabels {
    communique_l10n::email_labels(locales, lang, &identity.list_name).expect("labels")
}

/// What `src/publication.rs::prepare_event` does for one language.
fn render_one(
    locales: &Locales,
    templates: &Templates,
    event: &Event,
    lang: Lang,
    identity: &Identity,
) -> Rendered {
    let notice = communique_l10n::localize(locales, event, lang).expect("localize");
    let labels = labels(locales, lang, identity);
    templates
        .render(&notice, identity, &labels)
        .expect("render")
}

/// All four languages, localized and rendered: the whole per-publication cost.
#[divan::bench]
fn localize_render_all_langs(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| {
        for (lang, identity) in Lang::ALL.iter().zip(&f.identities) {
            black_box(render_one(
                &f.locales,
                &f.templates,
                &f.event,
                *lang,
                identity,
            ));
        }
    });
}

const LANGS: [&str; 4] = ["kk", "ru", "es", "en"];

fn lang_of(code: &str) -> Lang {
    code.parse().expect("a language")
}

/// Fluent only: the notice and the email labels in one language.
#[divan::bench(args = LANGS)]
fn localize(bencher: Bencher, code: &str) {
    let f = fixture();
    let lang = lang_of(code);
    let identity = &f.identities[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    bencher.bench(|| {
        let notice = communique_l10n::localize(&f.locales, &f.event, lang).expect("localize");
        black_box((notice, labels(&f.locales, lang, identity)))
    });
}

/// minijinja only: subject, HTML and wrapped text from a ready notice.
#[divan::bench(args = LANGS)]
fn render(bencher: Bencher, code: &str) {
    let f = fixture();
    let lang = lang_of(code);
    let identity = &f.identities[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    let notice = communique_l10n::localize(&f.locales, &f.event, lang).expect("localize");
    let labels = labels(&f.locales, lang, identity);
    bencher.bench(|| {
        black_box(
            f.templates
                .render(&notice, identity, &labels)
                .expect("render"),
        )
    });
}

/// One recipient, as `src/publish.rs::build_message` builds it.
fn build_message(f: &Fixture, r: &Rendered, subscriber: i64, email: &str, name: &str) -> Vec<u8> {
    let list = "bench";
    let base = f.config.get(&["web", "base_url"]);
    let base = base.trim_end_matches('/');
    let unsubscribe = format!("{base}/u/{}", f.key.sign(subscriber, list));
    let web = format!("{base}/n/{}/{}", f.event.id, r.lang);
    let values = SlotValues {
        unsubscribe_url: &unsubscribe,
        web_url: &web,
    };
    let to = Mailbox::new(
        Some(name.to_owned()).filter(|n| !n.is_empty()),
        email.parse().expect("an address"),
    );
    let identity = &f.identities[Lang::ALL.iter().position(|l| *l == r.lang).unwrap_or(0)];
    let from = Mailbox::new(
        Some(identity.sender_name.clone()),
        identity.sender_address.parse().expect("an address"),
    );
    let domain = identity.sender_address.rsplit('@').next().unwrap_or("");
    let id = message_id(&f.event.id, email, r.lang, domain);
    compose(&Letter {
        from: &from,
        to: &to,
        subject: &r.subject,
        lang: r.lang,
        message_id: &id,
        date: SystemTime::now(),
        list_name: &identity.list_name,
        list_id: "press-releases.mfa.example.org",
        unsubscribe_url: &unsubscribe,
        unsubscribe_mailto: "unsubscribe@mfa.example.org",
        text: r.text.fill(&values),
        html: r.html.fill(&values),
    })
    .expect("compose")
}

fn rendered_in<'a>(f: &'a Fixture, code: &str) -> &'a Rendered {
    let lang = lang_of(code);
    f.rendered
        .iter()
        .find(|r| r.lang == lang)
        .expect("rendered")
}

/// The whole per-recipient cost: token, slots, Message-ID, MIME.
#[divan::bench(args = LANGS)]
fn recipient_message(bencher: Bencher, code: &str) {
    let f = fixture();
    let r = rendered_in(f, code);
    let mut n = 0i64;
    bencher.bench_local(|| {
        n += 1;
        black_box(build_message(
            f,
            r,
            n,
            "aigerim.nurlanovna@example.org",
            "Айгерим Нурланқызы",
        ))
    });
}

/// Filling the two slots of both bodies (copies and HTML-escaping of the links).
#[divan::bench(args = LANGS)]
fn fill_slots(bencher: Bencher, code: &str) {
    let f = fixture();
    let r = rendered_in(f, code);
    let values = SlotValues {
        unsubscribe_url: "https://press.mfa.example.org/u/NDI6YmVuY2g.AAAAAAAAAAAAAAAAAAAAAA",
        web_url: "https://press.mfa.example.org/n/kz-mx-political-consultations-2022/en",
    };
    bencher.bench(|| black_box((r.text.fill(&values), r.html.fill(&values))));
}

/// lettre's MIME composition alone (bodies already filled).
#[divan::bench(args = LANGS)]
fn compose_only(bencher: Bencher, code: &str) {
    let f = fixture();
    let r = rendered_in(f, code);
    let identity = &f.identities[Lang::ALL.iter().position(|l| *l == r.lang).unwrap_or(0)];
    let values = SlotValues {
        unsubscribe_url: "https://press.mfa.example.org/u/NDI6YmVuY2g.AAAAAAAAAAAAAAAAAAAAAA",
        web_url: "https://press.mfa.example.org/n/kz-mx-political-consultations-2022/en",
    };
    let text = r.text.fill(&values);
    let html = r.html.fill(&values);
    let from = Mailbox::new(
        Some(identity.sender_name.clone()),
        identity.sender_address.parse().expect("an address"),
    );
    let to = Mailbox::new(
        Some("Айгерим Нурланқызы".to_owned()),
        "aigerim.nurlanovna@example.org"
            .parse()
            .expect("an address"),
    );
    bencher.bench(|| {
        black_box(
            compose(&Letter {
                from: &from,
                to: &to,
                subject: &r.subject,
                lang: r.lang,
                message_id: "0123456789abcdef0123456789abcdef.en@mfa.example.org",
                date: SystemTime::now(),
                list_name: &identity.list_name,
                list_id: "press-releases.mfa.example.org",
                unsubscribe_url: values.unsubscribe_url,
                unsubscribe_mailto: "unsubscribe@mfa.example.org",
                text: text.clone(),
                html: html.clone(),
            })
            .expect("compose"),
        )
    });
}
