//! The locale checker: compare-locales' checks plus what it misses, and the leak checks that
//! every rendered notice must pass.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use communique_model::{
    Body, Case, CounterpartKind, CreditKind, DocumentKind, Event, ExhibitionKind, ForumFormat,
    Lang, MissionKind, Phrase, PositionCode, StatementKind, Topic, VisitLevel,
};
use fluent_syntax::ast;

use crate::error::SourcePosition;
use crate::forms::parse_case;
use crate::notice::Notice;

/// One thing the checker found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Where, when it is a place in a file.
    pub at: Option<SourcePosition>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{at}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Functions the bundles provide.
const FUNCTIONS: [&str; 3] = ["NUMBER", "CASE", "COUNTRY"];

/// The topic constructions every `topic-…` message carries.
pub const TOPIC_CONSTRUCTS: [&str; 4] = ["discussed", "field", "views", "cooperation"];

/// Variables a language may leave unused: switches for grammar other languages need.
const OPTIONAL_VARIABLES: [&str; 64] = [
    "lead_this_month",
    "topic_count",
    "posted",
    "posted_to",
    "about_clause",
    "visitor_name",
    "visitor_head",
    "participant_head",
    "participant_name",
    "from_head",
    "from_name",
    "to_name",
    "organization_short",
    "case",
    "pair_named",
    "city_names_country",
    "format_plain",
    "in_lead",
    "from_gender",
    "participant_gender",
    "head_name",
    "order",
    "home",
    "initials",
    "initials_tight",
    "surname",
    "surname_first",
    "name",
    "days",
    "to_role",
    "to_role_year",
    "at",
    "kind",
    "first",
    "gender",
    "by_gender",
    "host_gender",
    "head_gender",
    "visitor_gender",
    "spokesperson_gender",
    "invitee_gender",
    "by_kind",
    "counterpart",
    "precision",
    "source",
    "level",
    "parties",
    "guests_count",
    "count",
    "participants",
    "has_place",
    "has_title",
    "has_head",
    "has_venue",
    "has_until",
    "has_attended",
    "has_agency",
    "has_behalf",
    "has_to",
    "has_topics",
    "round",
    "has_of",
    "of_code",
    "rank_code",
];

/// Variables that carry a fact: a language that drops one loses it from the notice. (The place
/// may be named by country or by city, and the parties by a phrase, so those are not here.)
const ESSENTIAL_VARIABLES: [&str; 27] = [
    "topics",
    "about",
    "text",
    "title",
    "announcement",
    "documents",
    "head",
    "to",
    "behalf",
    "invitee",
    "with",
    "attended",
    "until",
    "venue",
    "when",
    "fact",
    "agency",
    "press_service",
    "date",
    "time",
    "offset",
    "visitor",
    "guests",
    "host_official",
    "spokesperson",
    "mission",
    "source",
];

/// Essential variables a language may leave out of one message because another message of
/// the same notice carries the fact: the lead may leave the agency to the dateline
/// (`lead-in`), as Spanish agencies do («MADRID. EFE – …», never «…, informó EFE»).
const CARRIED_ELSEWHERE: [(&str, &str); 1] = [("lead", "agency")];

/// Every message of the subscriber web pages and the confirmation email (`communique serve`).
/// Each must exist in every language with exactly the variables en uses.
pub const WEB_MESSAGES: [&str; 50] = [
    "web-language-name",
    "web-page-language",
    "web-not-found-title",
    "web-not-found-text",
    "web-bad-request-title",
    "web-bad-request-text",
    "web-too-many-title",
    "web-too-many-text",
    "web-error-title",
    "web-error-text",
    "web-unsubscribe-title",
    "web-unsubscribe-question",
    "web-unsubscribe-button",
    "web-unsubscribe-not-subscribed",
    "web-preferences-link",
    "web-unsubscribed-title",
    "web-unsubscribed-text",
    "web-unsubscribed-mistake",
    "web-preferences-title",
    "web-preferences-intro",
    "web-preferences-language",
    "web-preferences-lists",
    "web-preferences-hint",
    "web-preferences-nothing",
    "web-preferences-save",
    "web-preferences-saved",
    "web-subscribe-title",
    "web-subscribe-intro",
    "web-subscribe-email",
    "web-subscribe-name",
    "web-subscribe-language",
    "web-subscribe-button",
    "web-subscribe-honeypot",
    "web-subscribe-privacy",
    "web-subscribe-bad-email",
    "web-subscribe-unusable-email",
    "web-subscribe-bad-name",
    "web-subscribe-sent-title",
    "web-subscribe-sent-text",
    "web-subscribe-spam",
    "web-link-valid",
    "web-confirm-title",
    "web-confirm-question",
    "web-confirm-button",
    "web-confirmed-title",
    "web-confirmed-text",
    "web-confirm-mail-subject",
    "web-confirm-mail-greeting",
    "web-confirm-mail-text",
    "web-confirm-mail-ignore",
];

/// Every message id the notice writer and the web pages format, so the reference locale can be
/// checked for them.
pub fn required_messages() -> Vec<String> {
    let mut ids: Vec<String> = [
        "list-and",
        "date-full",
        "date-when",
        "date-until",
        "dateline",
        "lead-in",
        "lead",
        "lead-when",
        "person-titled",
        "person-short",
        "delegation-headed",
        "delegation-co_chaired",
        "discussion-topics",
        "discussion-progress",
        "discussion-views",
        "outcome-regular_dialogue",
        "outcome-next_round",
        "outcome-invitation",
        "outcome-mission_to_open",
        "outcome-other",
        "side-meeting",
        "side-exhibition-opened",
        "exhibition-attended",
        "exhibition-runs",
        "exhibition-shown",
        "side-by",
        "side-forum",
        "side-wreath_laying",
        "side-institution_visit",
        "side-lecture",
        "side-signing",
        "occasion-years",
        "occasion-kind",
        "occasion-anniversary",
        "occasion-invitation",
        "visit-received",
        "visit-talks",
        "visit-documents",
        "addressee-side",
        "email-why",
        "email-unsubscribe",
        "email-view-online",
    ]
    .map(String::from)
    .to_vec();
    ids.extend(WEB_MESSAGES.map(String::from));
    for kind in crate::localize::KIND_CODES {
        ids.push(format!("headline-{kind}"));
        ids.push(format!("lead-{kind}"));
    }
    for t in Topic::ALL {
        for c in TOPIC_CONSTRUCTS {
            ids.push(format!("{}.{c}", t.message_id()));
        }
    }
    ids.extend(Body::ALL.iter().map(|c| c.message_id()));
    ids.extend(PositionCode::ALL.iter().map(|c| c.message_id()));
    ids.extend(MissionKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(DocumentKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(StatementKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(ExhibitionKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(ForumFormat::ALL.iter().map(|c| c.message_id()));
    ids.extend(VisitLevel::ALL.iter().map(|c| c.message_id()));
    ids.extend(CreditKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(
        communique_model::GuestGroup::ALL
            .iter()
            .map(|c| c.message_id()),
    );
    ids.extend(communique_model::Agency::ALL.iter().map(|c| c.message_id()));
    ids.extend(
        communique_model::Organization::ALL
            .iter()
            .map(|c| c.message_id()),
    );
    ids.extend(CounterpartKind::ALL.iter().map(|c| c.message_id()));
    ids.extend(
        communique_model::Congratulation::ALL
            .iter()
            .map(|c| c.message_id()),
    );
    ids.push("counterpart-friendship_group".into());
    ids
}

/// What one message or term holds, for comparison across locales.
#[derive(Debug, Default, Clone)]
struct Entry {
    at: Option<SourcePosition>,
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    functions: BTreeSet<String>,
    country_forms: BTreeSet<String>,
    cases: BTreeSet<String>,
    /// Plural selects: the keys each one offers, and whether it is ordinal.
    plural_selects: Vec<(bool, BTreeSet<String>)>,
}

/// One language's resources as the checker sees them.
#[derive(Debug, Default)]
struct LocaleSyntax {
    dir: PathBuf,
    messages: BTreeMap<String, Entry>,
    terms: BTreeMap<String, Entry>,
}

/// Checks the `.ftl` files under `root` for every language against `en`.
pub fn check_locales(root: &Path) -> Vec<Finding> {
    match crate::LocaleFiles::read_dir(root) {
        Ok(files) => check_locale_files(&files),
        Err(e) => vec![Finding {
            at: None,
            message: e.to_string(),
        }],
    }
}

/// Checks locale files already read (a folder, or the built-in copy) against `en`.
pub fn check_locale_files(files: &crate::LocaleFiles) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut locales = BTreeMap::new();
    for lang in Lang::ALL {
        locales.insert(lang, read_locale(files, lang, &mut findings));
    }
    let en = &locales[&Lang::En];
    let en_dir = en.dir.clone();
    for id in required_messages() {
        let (msg, attr) = id
            .split_once('.')
            .map_or((id.as_str(), None), |(m, a)| (m, Some(a)));
        let present = en.messages.get(msg).is_some_and(|e| match attr {
            None => e.has_value,
            Some(a) => e.attributes.contains(a),
        });
        if !present {
            findings.push(Finding {
                at: None,
                message: format!(
                    "[en] `{id}` is missing from {}: {} needs it",
                    en_dir.display(),
                    if id.starts_with("web-") {
                        "`communique serve`"
                    } else {
                        "the notice writer"
                    }
                ),
            });
        }
    }
    for (lang, loc) in &locales {
        check_references(*lang, loc, &mut findings);
        check_countries(*lang, loc, en, &mut findings);
        if *lang != Lang::En {
            compare_with_reference(*lang, loc, en, &mut findings);
        }
    }
    findings
}

fn read_locale(
    files: &crate::LocaleFiles,
    lang: Lang,
    findings: &mut Vec<Finding>,
) -> LocaleSyntax {
    let mut loc = LocaleSyntax {
        dir: files.dir(lang),
        ..Default::default()
    };
    for file in files.ftl(lang) {
        read_text(lang, &file.path, &file.text, &mut loc, findings);
    }
    loc
}

/// Adds one file's messages and terms to `loc`, reporting syntax errors and duplicates.
fn read_text(
    lang: Lang,
    path: &Path,
    text: &str,
    loc: &mut LocaleSyntax,
    findings: &mut Vec<Finding>,
) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                findings.push(Finding {
                    at: Some(SourcePosition::of(path, text, e.pos.start)),
                    message: format!("[{lang}] syntax error: {}", e.kind),
                });
            }
            r
        }
    };
    for entry in &resource.body {
        let (id, is_term, pattern, attrs) = match entry {
            ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut e = Entry {
            at: Some(position_of(path, text, id, is_term)),
            has_value: pattern.is_some(),
            ..Default::default()
        };
        if let Some(p) = pattern {
            walk_pattern(p, &mut e);
        }
        for a in attrs {
            e.attributes.insert(a.id.name.to_owned());
            walk_pattern(&a.value, &mut e);
        }
        let table = if is_term {
            &mut loc.terms
        } else {
            &mut loc.messages
        };
        if let Some(first) = table.get(id) {
            findings.push(Finding {
                at: e.at.clone(),
                message: format!(
                    "[{lang}] `{}{id}` is defined twice (first at {})",
                    if is_term { "-" } else { "" },
                    first.at.as_ref().map_or(String::new(), |a| a.to_string())
                ),
            });
        } else {
            table.insert(id.to_owned(), e);
        }
    }
}

/// Checks one `.ftl` text as a locale of `lang` on its own: syntax, duplicates, references to
/// messages, terms and functions, cases and plural categories. (The fuzzer's entry point.)
pub fn check_ftl_text(lang: Lang, text: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut loc = LocaleSyntax::default();
    read_text(lang, Path::new("input.ftl"), text, &mut loc, &mut findings);
    check_references(lang, &loc, &mut findings);
    findings
}

fn position_of(path: &Path, text: &str, id: &str, is_term: bool) -> SourcePosition {
    let needle = if is_term {
        format!("-{id}")
    } else {
        id.to_owned()
    };
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(needle.as_str())
            && rest.trim_start().starts_with('=')
        {
            return SourcePosition::of(path, text, offset);
        }
        offset += line.len();
    }
    SourcePosition::of(path, text, 0)
}

fn walk_pattern(p: &ast::Pattern<&str>, e: &mut Entry) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, e);
        }
    }
}

fn walk_expression(x: &ast::Expression<&str>, e: &mut Entry) {
    match x {
        ast::Expression::Inline(i) => walk_inline(i, e),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, e);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let plural = ["zero", "one", "two", "few", "many"]
                .iter()
                .any(|k| keys.contains(*k));
            if plural {
                let ordinal = matches!(selector, ast::InlineExpression::FunctionReference { id, arguments }
                    if id.name == "NUMBER" && arguments.named.iter().any(|n| n.name.name == "type"
                        && matches!(&n.value, ast::InlineExpression::StringLiteral { value } if *value == "ordinal")));
                let mut all = keys.clone();
                if let Some(d) = variants.iter().find(|v| v.default) {
                    if let ast::VariantKey::Identifier { name } = &d.key {
                        all.insert((*name).to_owned());
                    }
                    all.insert("other".into());
                }
                e.plural_selects.push((ordinal, all));
            }
            for v in variants {
                walk_pattern(&v.value, e);
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, e: &mut Entry) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            e.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.messages.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            e.terms.insert(id.name.to_owned());
            if let Some(args) = arguments {
                args.positional.iter().for_each(|p| walk_inline(p, e));
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            e.functions.insert(id.name.to_owned());
            arguments.positional.iter().for_each(|p| walk_inline(p, e));
            for n in &arguments.named {
                if let ast::InlineExpression::StringLiteral { value } = &n.value {
                    match (id.name, n.name.name) {
                        ("COUNTRY", "form") => {
                            e.country_forms.insert((*value).to_owned());
                        }
                        ("CASE", "case") => {
                            e.cases.insert((*value).to_owned());
                        }
                        _ => {}
                    }
                }
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, e),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// CLDR plural categories (as fluent-bundle's rules use them) per language.
fn plural_categories(lang: Lang, ordinal: bool) -> &'static [&'static str] {
    match (lang, ordinal) {
        (Lang::Ru, false) => &["one", "few", "many", "other"],
        (Lang::En, true) => &["one", "two", "few", "other"],
        (Lang::Kk, true) => &["many", "other"],
        _ => &["one", "other"],
    }
}

fn check_references(lang: Lang, loc: &LocaleSyntax, findings: &mut Vec<Finding>) {
    let cases: BTreeSet<&str> = lang.cases().iter().map(|c| c.code()).collect();
    for (id, e) in loc.messages.iter().chain(loc.terms.iter()) {
        let mut say = |m: String| {
            findings.push(Finding {
                at: e.at.clone(),
                message: format!("[{lang}] `{id}`: {m}"),
            })
        };
        for m in &e.messages {
            if !loc.messages.contains_key(m) {
                say(format!("refers to the message `{m}`, which does not exist"));
            }
        }
        for t in &e.terms {
            if !loc.terms.contains_key(t) {
                say(format!("refers to the term `-{t}`, which does not exist"));
            }
        }
        for f in &e.functions {
            if !FUNCTIONS.contains(&f.as_str()) {
                say(format!(
                    "calls the function `{f}`, which does not exist (known: NUMBER, CASE, COUNTRY)"
                ));
            }
        }
        for c in &e.cases {
            if parse_case(c).is_none() || !cases.contains(c.as_str()) {
                say(format!(
                    "uses the case `{c}`, which {lang} does not have (its cases: {})",
                    cases.iter().copied().collect::<Vec<_>>().join(", ")
                ));
            }
        }
        for (ordinal, keys) in &e.plural_selects {
            let missing: Vec<&str> = plural_categories(lang, *ordinal)
                .iter()
                .copied()
                .filter(|k| !keys.contains(*k))
                .collect();
            if !missing.is_empty() {
                say(format!(
                    "a {} plural selection lacks the categories {} that {lang} needs",
                    if *ordinal { "ordinal" } else { "cardinal" },
                    missing.join(", ")
                ));
            }
        }
    }
}

fn check_countries(lang: Lang, loc: &LocaleSyntax, en: &LocaleSyntax, findings: &mut Vec<Finding>) {
    let countries: BTreeMap<&String, &Entry> = loc
        .messages
        .iter()
        .filter(|(id, _)| id.starts_with("country-"))
        .collect();
    // The forms any sentence asks COUNTRY for must exist for every country.
    let mut wanted: BTreeSet<String> = loc
        .messages
        .values()
        .flat_map(|e| e.country_forms.iter().cloned())
        .collect();
    wanted.remove("nom");
    // Every country carries the attributes most countries of this locale carry.
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    for e in countries.values() {
        for a in &e.attributes {
            *counts.entry(a).or_default() += 1;
        }
    }
    let common: BTreeSet<String> = counts
        .iter()
        .filter(|(_, n)| **n * 2 > countries.len())
        .map(|(a, _)| (*a).clone())
        .collect();
    for (id, e) in &countries {
        let missing: Vec<&String> = wanted
            .union(&common)
            .filter(|a| !e.attributes.contains(*a))
            .collect();
        if !missing.is_empty() {
            findings.push(Finding {
                at: e.at.clone(),
                message: format!(
                    "[{lang}] `{id}` lacks the forms {}: write each out in full",
                    missing
                        .iter()
                        .map(|a| format!(".{a}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        }
    }
    for id in en.messages.keys().filter(|id| id.starts_with("country-")) {
        if !loc.messages.contains_key(id) {
            findings.push(Finding {
                at: None,
                message: format!(
                    "[{lang}] `{id}` is missing from {}/countries.ftl",
                    loc.dir.display()
                ),
            });
        }
    }
}

/// The variables a message uses, directly or through messages it refers to.
fn variables(loc: &LocaleSyntax, id: &str, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    if !seen.insert(id.to_owned()) {
        return BTreeSet::new();
    }
    let Some(e) = loc.messages.get(id) else {
        return BTreeSet::new();
    };
    let mut out = e.variables.clone();
    for m in &e.messages {
        out.extend(variables(loc, m, seen));
    }
    out
}

fn compare_with_reference(
    lang: Lang,
    loc: &LocaleSyntax,
    en: &LocaleSyntax,
    findings: &mut Vec<Finding>,
) {
    let en_variables: BTreeSet<String> = en
        .messages
        .values()
        .flat_map(|e| e.variables.iter().cloned())
        .collect();
    let referenced: BTreeSet<&String> = loc
        .messages
        .values()
        .flat_map(|e| e.messages.iter())
        .collect();
    for (id, en_entry) in en
        .messages
        .iter()
        .filter(|(id, _)| !id.starts_with("country-"))
    {
        let Some(e) = loc.messages.get(id) else {
            findings.push(Finding {
                at: None,
                message: format!(
                    "[{lang}] `{id}` is missing (it is in en: {})",
                    en_entry
                        .at
                        .as_ref()
                        .map_or(String::new(), |a| a.to_string())
                ),
            });
            continue;
        };
        let say = |findings: &mut Vec<Finding>, m: String| {
            findings.push(Finding {
                at: e.at.clone(),
                message: format!("[{lang}] `{id}`: {m}"),
            })
        };
        if en_entry.has_value && !e.has_value {
            say(findings, "has no value, but en has one".into());
        }
        for a in en_entry.attributes.difference(&e.attributes) {
            say(findings, format!("lacks the attribute `.{a}`"));
        }
        for a in e.attributes.difference(&en_entry.attributes) {
            // A city's case forms where the rules cannot make them (`.prep`): the language's own.
            let case_form = id.starts_with("city-")
                && Case::from_code(a).is_some_and(|c| lang.cases().contains(&c));
            // A forum's bare noun where the language's changes after a modifier (kk «дөңгелек
            // үстел» / «… дөңгелек үстелі»).
            let bare_form = id.starts_with("forum-") && a == "plain";
            if case_form || bare_form {
                continue;
            }
            say(
                findings,
                format!("has the attribute `.{a}`, which en does not (obsolete?)"),
            );
        }
        let mine = variables(loc, id, &mut BTreeSet::new());
        let theirs = variables(en, id, &mut BTreeSet::new());
        if id.starts_with("web-") {
            // The web pages pass each message exactly the variables en uses: no grammar
            // switches, and no fact may be dropped.
            for v in mine.difference(&theirs) {
                say(
                    findings,
                    format!("uses `${v}`, which en does not: the web pages never pass it"),
                );
            }
            for v in theirs.difference(&mine) {
                say(findings, format!("does not use `${v}`, which en uses"));
            }
            continue;
        }
        for v in mine.difference(&theirs) {
            // A switch en needs no selection on (a gender, a case) is still passed; a name en
            // never uses anywhere is a typo that would fail at run time.
            if !OPTIONAL_VARIABLES.contains(&v.as_str()) && !en_variables.contains(v) {
                say(
                    findings,
                    format!("uses `${v}`, which the notice writer never passes"),
                );
            }
        }
        for v in theirs.difference(&mine) {
            // `$to_name`, `$visitor_head`: the same person, named shorter (in a headline).
            let named_shorter = ["name", "head"]
                .iter()
                .any(|suffix| mine.contains(&format!("{v}_{suffix}")));
            if ESSENTIAL_VARIABLES.contains(&v.as_str())
                && !CARRIED_ELSEWHERE.contains(&(id.as_str(), v.as_str()))
                && !named_shorter
            {
                say(
                    findings,
                    format!("does not use `${v}`, which en uses: the notice would lose that fact"),
                );
            }
        }
    }
    for (id, e) in &loc.messages {
        if !id.starts_with("country-") && !en.messages.contains_key(id) && !referenced.contains(id)
        {
            findings.push(Finding {
                at: e.at.clone(),
                message: format!("[{lang}] `{id}` is not in en and nothing uses it: obsolete"),
            });
        }
    }
}

/// Checks a rendered notice: no Fluent syntax, isolation marks, raw codes, and (in Russian and
/// Kazakh) no Latin-script text except what the event itself gives in that language.
pub fn check_notice(event: &Event, notice: &Notice) -> Vec<String> {
    let lang = notice.lang;
    let mut out = Vec::new();
    let own = event_strings(event, lang);
    let own_latin: std::collections::HashSet<&str> = own
        .iter()
        .flat_map(|s| s.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    const CODE_PREFIXES: [&str; 20] = [
        "country-",
        "city-",
        "rank-",
        "title-",
        "topic-",
        "body-",
        "position-",
        "mission-",
        "document-",
        "exhibition-",
        "forum-",
        "visit-",
        "credit-",
        "counterpart-",
        "guests-",
        "headline-",
        "lead-",
        "statement-",
        "outcome-",
        "date-",
    ];
    for s in notice.strings() {
        if let Some(c) = s.chars().find(|c| {
            matches!(
                c,
                '{' | '}' | '\u{2068}' | '\u{2069}' | '\u{E000}' | '\u{E001}'
            )
        }) {
            out.push(format!("[{lang}] `{c}` leaked into: {s}"));
        }
        let mut stripped = s.to_owned();
        for o in &own {
            stripped = stripped.replace(o.as_str(), " ");
        }
        if stripped.contains('_') || CODE_PREFIXES.iter().any(|p| stripped.contains(p)) {
            out.push(format!("[{lang}] a raw code leaked into: {s}"));
        }
        if matches!(lang, Lang::Ru | Lang::Kk) {
            // A Latin word the event itself writes in this language (an acronym such as BIVA
            // inside a name) may appear in any case form the rules make of that name.
            let latin: String = stripped
                .replace("UTC", " ")
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                .filter(|w| !own_latin.contains(*w))
                .collect::<Vec<_>>()
                .join(" ");
            if !latin.is_empty() {
                out.push(format!("[{lang}] Latin-script text `{latin}` in: {s}"));
            }
        }
    }
    out
}

/// Every string the event gives in `lang` (and its credits), longest first.
fn event_strings(event: &Event, lang: Lang) -> Vec<String> {
    let value = serde_json::to_value(event).unwrap_or_default();
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, lang: Lang, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    if k == lang.code() {
                        if let Ok(p) = serde_json::from_value::<Phrase>(v.clone()) {
                            out.extend(p.strings().map(|(_, s)| s.to_owned()));
                        }
                    } else {
                        walk(v, lang, out);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, lang, out)),
            _ => {}
        }
    }
    walk(&value, lang, &mut out);
    out.extend(event.credits.iter().filter_map(|c| match &c.source {
        communique_model::CreditSource::Same(s) => Some(s.clone()),
        communique_model::CreditSource::Text(_) | communique_model::CreditSource::Agency { .. } => {
            None
        }
    }));
    // The dateline and lead-in print these in capitals.
    let upper: Vec<String> = out.iter().map(|s| s.to_uppercase()).collect();
    out.extend(upper);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the project's locales in a scratch folder, with `edit` applied to one file.
    fn locales_with(
        name: &str,
        lang: &str,
        file: &str,
        edit: impl Fn(String) -> String,
    ) -> PathBuf {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let dir =
            std::env::temp_dir().join(format!("communique-check-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for l in Lang::ALL {
            let to = dir.join(l.code());
            std::fs::create_dir_all(&to).unwrap();
            for entry in std::fs::read_dir(src.join(l.code())).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|x| x == "ftl") {
                    std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
                }
            }
        }
        let target = dir.join(lang).join(file);
        let text = std::fs::read_to_string(&target).unwrap();
        std::fs::write(&target, edit(text)).unwrap();
        dir
    }

    #[test]
    fn the_project_locales_pass() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let findings = check_locales(&root);
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn a_web_message_missing_or_with_other_variables_is_reported() {
        let dir = locales_with("web-vars", "ru", "web.ftl", |t| {
            t.replace(
                "web-preferences-intro = Настройки для адреса { $email }.",
                "web-preferences-intro = Подписка { $name }.",
            )
            .replace("web-confirm-title = Подтверждение подписки\n", "")
        });
        let findings: Vec<String> = check_locales(&dir).iter().map(|f| f.to_string()).collect();
        let has = |needle: &str| findings.iter().any(|f| f.contains(needle));
        assert!(has("[ru] `web-confirm-title` is missing"), "{findings:#?}");
        assert!(
            has("`web-preferences-intro`: uses `$name`"),
            "{findings:#?}"
        );
        assert!(
            has("`web-preferences-intro`: does not use `$email`"),
            "{findings:#?}"
        );
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn en_must_hold_every_web_message() {
        let dir = locales_with("web-en", "en", "web.ftl", |t| {
            t.replace(
                "web-subscribe-spam = If the message does not arrive, check your spam folder.\n",
                "",
            )
        });
        let findings: Vec<String> = check_locales(&dir).iter().map(|f| f.to_string()).collect();
        assert!(
            findings
                .iter()
                .any(|f| f.contains("[en] `web-subscribe-spam` is missing")),
            "{findings:#?}"
        );
        std::fs::remove_dir_all(dir).ok();
    }
}
