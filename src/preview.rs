//! `communique preview`: the notices for an event, to read before anything is sent.

use std::path::Path;
use std::time::SystemTime;

use communique_mail::token::TokenKey;
use communique_mail::{Letter, Mailbox, message_id};

use crate::cli::{Cli, PreviewArgs};
use crate::publication::{Links, prepare};
use crate::report::Failure;

/// The preview's sample recipient. Its links are signed with a key that never sends mail.
const SAMPLE_NAME: &str = "Sample Reader";
const SAMPLE_ADDRESS: &str = "reader@example.org";
const PREVIEW_KEY: &[u8] = b"preview only: this key never signs a link that is mailed";

pub fn run(cli: &Cli, args: &PreviewArgs) -> Result<(), Failure> {
    let prepared = prepare(cli, &args.event, &args.langs.langs)?;
    let config = &prepared.config;
    let key = TokenKey::new(PREVIEW_KEY).map_err(|e| Failure::Secret(e.to_string()))?;
    let Some(out) = &args.out else {
        for r in &prepared.rendered {
            let links = Links::new(config, &prepared.event, r.lang, &key, 0, "sample");
            println!(
                "==== {}: {}\n{}",
                r.lang,
                r.subject,
                r.text.fill(&links.values())
            );
        }
        return Ok(());
    };
    std::fs::create_dir_all(out).map_err(|source| Failure::Write {
        path: out.clone(),
        source,
    })?;
    let to = Mailbox::new(
        Some(SAMPLE_NAME.to_owned()),
        SAMPLE_ADDRESS
            .parse()
            .map_err(|e| Failure::Secret(format!("{e}")))?,
    );
    for r in &prepared.rendered {
        let links = Links::new(config, &prepared.event, r.lang, &key, 0, "sample");
        let values = links.values();
        let html = r.html.fill(&values);
        let text = r.text.fill(&values);
        let from = config.sender_mailbox(r.lang);
        let id = message_id(
            &prepared.event.id,
            SAMPLE_ADDRESS,
            r.lang,
            config.sender.address.domain(),
        );
        let eml = communique_mail::compose(&Letter {
            from: &from,
            to: &to,
            subject: &r.subject,
            lang: r.lang,
            message_id: &id,
            date: SystemTime::now(),
            list_name: &config.identity(r.lang).list_name,
            list_id: &config.list.id,
            unsubscribe_url: &links.unsubscribe,
            unsubscribe_mailto: config.list.unsubscribe_mailto.as_ref(),
            text: text.clone(),
            html: html.clone(),
        })?;
        for (ext, bytes) in [
            ("html", html.as_bytes()),
            ("txt", text.as_bytes()),
            ("eml", &eml[..]),
        ] {
            write(&out.join(format!("{}.{ext}", r.lang)), bytes)?;
        }
        println!("{}: {}", r.lang, r.subject);
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|source| Failure::Write {
        path: path.to_path_buf(),
        source,
    })
}
