//! `communique status`: how each publication stands, per language and state, with failures.

use communique_store::{Publication, Store};

use crate::cli::{Cli, StatusArgs};
use crate::report::Failure;

pub async fn run(cli: &Cli, args: &StatusArgs) -> Result<(), Failure> {
    let store = crate::store::open_read_only(&cli.db)
        .await
        .map_err(Failure::Store)?;
    let all = store.publications().await.map_err(Failure::Store)?;
    let chosen: Vec<&Publication> = match &args.publication {
        None => all.iter().collect(),
        Some(key) => all
            .iter()
            .filter(|p| p.id.to_string() == *key || p.event_id == *key)
            .collect(),
    };
    if chosen.is_empty() {
        return Err(Failure::Usage(match &args.publication {
            Some(k) => format!("no publication `{k}` (see `communique status` for the list)"),
            None => "nothing has been published yet".into(),
        }));
    }
    let mut json = Vec::new();
    for p in chosen {
        let s = store.status(p).await.map_err(Failure::Store)?;
        if args.json {
            let counts: Vec<serde_json::Value> = s
                .counts
                .iter()
                .map(|((lang, state), n)| serde_json::json!({"lang": lang, "state": state.as_str(), "count": n}))
                .collect();
            let failures: Vec<serde_json::Value> = s
                .failures
                .iter()
                .map(|(email, state, reply)| serde_json::json!({"email": email, "state": state.as_str(), "reply": reply}))
                .collect();
            json.push(serde_json::json!({
                "publication": p.id, "event": p.event_id, "list": p.list, "generation": p.generation,
                "langs": p.langs.iter().map(|l| l.code()).collect::<Vec<_>>(),
                "created_at": p.created_at, "counts": counts, "failures": failures,
            }));
            continue;
        }
        let langs: Vec<&str> = p.langs.iter().map(|l| l.code()).collect();
        println!(
            "{}  {} → {} (generation {}, {}; {})",
            p.id,
            p.event_id,
            p.list,
            p.generation,
            langs.join(","),
            p.created_at
        );
        let mut by_lang: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
        for ((lang, state), n) in &s.counts {
            by_lang
                .entry(lang)
                .or_default()
                .push(format!("{n} {state}"));
        }
        for (lang, parts) in by_lang {
            println!("    {lang}: {}", parts.join(", "));
        }
        for (email, state, reply) in &s.failures {
            println!("    ! {email} {state}: {reply}");
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
    }
    Ok(())
}
