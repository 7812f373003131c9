//! Checks beyond the types: codes that must agree, numbers in range, dates in order, text in
//! every language, and no control characters anywhere.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::country::CountryCode;
use crate::directory::Directory;
use crate::event::{
    Addressee, City, CreditSource, Event, EventKind, Exhibition, Outcome, Person, PersonRef, Place,
    SideEvent, Speaker,
};
use crate::lang::{Lang, Phrase, Text};
use crate::office::{InstitutionRef, Office, OfficeOf, Position};
use crate::path::JsonPath;
use crate::problem::Problem;
use crate::time::PartialDate;
use crate::vocab::Topic;

/// The longest text one name, title or paragraph may have.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Characters that must never reach a notice or a mail header: C0/C1 controls (CR and LF
/// included), line and paragraph separators, bidirectional overrides and isolation marks, BOM.
pub fn forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Reports every string (and object key) that holds a forbidden character.
pub(crate) fn check_strings(value: &Value) -> Vec<Problem> {
    fn walk(v: &Value, path: JsonPath, out: &mut Vec<Problem>) {
        let bad = |s: &str, path: &JsonPath, out: &mut Vec<Problem>| {
            if let Some(c) = s.chars().find(|c| forbidden_char(*c)) {
                out.push(Problem {
                    path: path.clone(),
                    at: None,
                    message: format!(
                        "contains the control character U+{:04X}; remove it (line breaks, tabs and direction marks are not allowed in event text)",
                        c as u32
                    ),
                });
            }
        };
        match v {
            Value::String(s) => bad(s, &path, out),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, path.index(i), out)),
            Value::Object(m) => {
                for (k, v) in m {
                    let p = path.key(k.clone());
                    bad(k, &p, out);
                    walk(v, p, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, JsonPath::root(), &mut out);
    out
}

/// Every problem with an already typed event, for its languages plus `extra_langs`.
pub(crate) fn check_event(event: &Event, extra_langs: &[Lang]) -> Vec<Problem> {
    check_event_with(event, extra_langs, &BTreeSet::new()).0
}

/// Every problem with an event some of whose people (`borrowed`) come from a people
/// directory: the event's own, those of the borrowed people it names (which lie in the
/// directory, so no line:column of the event's text), and the ids the event names. A borrowed
/// person is checked only if the event names them.
pub(crate) fn check_event_with(
    event: &Event,
    extra_langs: &[Lang],
    borrowed: &BTreeSet<String>,
) -> (Vec<Problem>, Vec<Problem>, BTreeSet<String>) {
    let mut c = Checker {
        problems: Vec::new(),
        langs: event.languages.clone(),
        people: event.people.keys().cloned().collect(),
        institutions: event.institutions.keys().cloned().collect(),
        borrowed: borrowed.clone(),
        named: BTreeSet::new(),
        ungendered: event
            .people
            .iter()
            .filter(|(_, x)| x.gender.is_none())
            .map(|(id, _)| id.clone())
            .collect(),
    };
    let root = JsonPath::root();
    for l in extra_langs {
        if !event.languages.contains(l) {
            c.problem(
                root.key("languages"),
                format!("the event is not written in `{l}`, which is to be published: add `{l}` here and its text to every name and title"),
            );
            c.langs.push(*l);
        }
    }
    c.event(event, &root);
    // The borrowed people the event names, checked by the same checker (so with the event's
    // institutions), their problems split off after the event's own.
    let own = c.problems.len();
    let used: Vec<String> = c.named.intersection(borrowed).cloned().collect();
    for id in &used {
        let before = c.problems.len();
        c.person_def(&event.people[id], &root.key("people").key(id));
        for p in &mut c.problems[before..] {
            p.message = format!(
                "{} (`{id}` comes from the people directory: mend the entry there, or define `{id}` in the event's `people`)",
                p.message
            );
        }
    }
    let found = c.problems.split_off(own);
    (c.problems, found, c.named)
}

/// What a people directory can be checked for without an event: its ids. The people are
/// checked for the languages of each event that names them.
pub(crate) fn check_directory(d: &Directory) -> Vec<Problem> {
    let mut problems = Vec::new();
    for id in d.people.keys() {
        let ok = !id.is_empty()
            && id.len() <= 100
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !ok {
            problems.push(Problem {
                path: JsonPath::root().key("people").key(id),
                at: None,
                message: "an id is 1–100 lower-case Latin letters, digits, `-` and `_`, such as `tokayev`".into(),
            });
        }
    }
    problems
}

struct Checker {
    problems: Vec<Problem>,
    langs: Vec<Lang>,
    /// The ids defined in `people`.
    people: BTreeSet<String>,
    /// The ids defined in `institutions`.
    institutions: BTreeSet<String>,
    /// The ids of `people` that came from a people directory (checked only where named).
    borrowed: BTreeSet<String>,
    /// Every id of `people` the event names.
    named: BTreeSet<String>,
    /// The ids of `people` with no `gender`.
    ungendered: BTreeSet<String>,
}

impl Checker {
    fn problem(&mut self, path: JsonPath, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            at: None,
            message: message.into(),
        });
    }

    fn event(&mut self, e: &Event, p: &JsonPath) {
        let id_ok = !e.id.is_empty()
            && e.id.len() <= 100
            && e.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !e.id.starts_with('-');
        if !id_ok {
            self.problem(
                p.key("id"),
                "the id must be 1–100 lower-case Latin letters, digits and hyphens, such as `kz-mx-consultations-2022`",
            );
        }
        if e.languages.is_empty() {
            self.problem(
                p.key("languages"),
                "name at least one language: kk, ru, es or en",
            );
        }
        let mut seen = BTreeSet::new();
        for (i, l) in e.languages.iter().enumerate() {
            if !seen.insert(*l) {
                self.problem(
                    p.key("languages").index(i),
                    format!("`{l}` is listed twice"),
                );
            }
        }
        self.kind(&e.kind, e.date, &p.key("kind"));
        self.place(&e.place, &p.key("place"));
        if let Some(crate::event::AgencyName::Text(agency)) =
            e.source.as_ref().and_then(|s| s.agency.as_ref())
        {
            self.text(agency, &p.key("source").key("agency"));
        }
        if e.parties.is_empty() {
            self.problem(
                p.key("parties"),
                "name at least one party, the reporting side first",
            );
        }
        for (id, person) in &e.people {
            if !self.borrowed.contains(id) {
                self.person_def(person, &p.key("people").key(id));
            }
        }
        for (id, institution) in &e.institutions {
            self.text(
                &institution.name,
                &p.key("institutions").key(id).key("name"),
            );
        }
        let parties: BTreeSet<CountryCode> = e.parties.iter().map(|x| x.country).collect();
        for (i, d) in e.delegations.iter().enumerate() {
            let dp = p.key("delegations").index(i);
            self.party_known(&parties, d.country, &dp.key("country"));
            self.person(&d.head, &dp.key("head"));
        }
        for (i, s) in e.statements.iter().enumerate() {
            let sp = p.key("statements").index(i);
            match &s.by {
                Speaker::Side(country) => {
                    self.party_known(&parties, *country, &sp.key("by").key("side"))
                }
                Speaker::Person(person) => self.person(person, &sp.key("by").key("person")),
                Speaker::Parties if e.parties.len() < 2 => self.problem(
                    sp.key("by"),
                    "`parties` speak together only in an event with two or more `parties`: name the side or the person instead",
                ),
                Speaker::Parties => {}
            }
            if let Some(x) = &s.on_behalf_of {
                self.person(x, &sp.key("on_behalf_of"));
            }
            match &s.to {
                Some(Addressee::Person(x)) => self.person(x, &sp.key("to")),
                Some(Addressee::Side { side }) => {
                    self.party_known(&parties, *side, &sp.key("to").key("side"))
                }
                Some(Addressee::Institution { institution }) => {
                    self.institution(institution, &sp.key("to").key("institution"))
                }
                Some(Addressee::Body { .. } | Addressee::Organization { .. }) | None => {}
            }
            let congratulates = s.kind == crate::vocab::StatementKind::Congratulated;
            self.about(&s.about, congratulates, s.to.as_ref(), &sp);
        }
        let dp = p.key("discussion");
        self.topics(&e.discussion.topics, &dp.key("topics"));
        self.topics(&e.discussion.progress_in, &dp.key("progress_in"));
        self.topics(
            &e.discussion.views_exchanged_on,
            &dp.key("views_exchanged_on"),
        );
        for (i, o) in e.outcomes.iter().enumerate() {
            self.outcome(o, e.date, &p.key("outcomes").index(i));
        }
        for (i, s) in e.side_events.iter().enumerate() {
            let sp = p.key("side_events").index(i);
            match s {
                SideEvent::Meeting {
                    held_by,
                    with,
                    topics,
                    ..
                } => {
                    if let Some(c) = held_by {
                        self.party_known(&parties, *c, &sp.key("held_by"));
                    }
                    match with {
                        crate::event::Counterpart::Text(t) => self.text(t, &sp.key("with")),
                        crate::event::Counterpart::FriendshipGroup {
                            friendship_group: [a, b],
                        } if a == b => self.problem(
                            sp.key("with").key("friendship_group"),
                            "a friendship group joins two different countries: name both, its own first",
                        ),
                        _ => {}
                    }
                    self.topics(topics, &sp.key("topics"));
                }
                SideEvent::ExhibitionOpening(x) => self.exhibition(x, e.date, &sp),
                SideEvent::Forum {
                    by,
                    title,
                    participants,
                    ..
                } => {
                    self.by(by.as_ref(), &sp);
                    if let Some(t) = title {
                        self.text(t, &sp.key("title"));
                    }
                    if *participants == Some(0) {
                        self.problem(
                            sp.key("participants"),
                            "leave the count out rather than give 0",
                        );
                    }
                }
                SideEvent::WreathLaying { by, at } => {
                    self.by(by.as_ref(), &sp);
                    self.text(at, &sp.key("at"));
                }
                SideEvent::InstitutionVisit { by, to } => {
                    self.by(by.as_ref(), &sp);
                    self.institution(to, &sp.key("to"));
                }
                SideEvent::Lecture { by, at, title } => {
                    self.by(by.as_ref(), &sp);
                    self.institution(at, &sp.key("at"));
                    if let Some(t) = title {
                        self.text(t, &sp.key("title"));
                    }
                }
                SideEvent::Signing { documents } => self.documents(documents, &sp.key("documents")),
            }
        }
        match &e.occasion {
            Some(crate::event::Occasion::InvitationOf(who)) => {
                self.person(who, &p.key("occasion").key("invitation_of"))
            }
            Some(crate::event::Occasion::Text(t)) => self.text(t, &p.key("occasion").key("text")),
            Some(crate::event::Occasion::Anniversary { years, title, of }) => {
                let ap = p.key("occasion").key("anniversary");
                if *years == 0 {
                    self.problem(ap.key("years"), "an anniversary counts at least one year");
                }
                match (of, title) {
                    (crate::vocab::AnniversaryOf::Treaty, None) => {
                        self.problem(ap.key("title"), "name the treaty: add `title`")
                    }
                    (_, Some(t)) => self.text(t, &ap.key("title")),
                    _ => {}
                }
            }
            None => {}
        }
        for (i, t) in e.paragraphs.iter().enumerate() {
            self.text(t, &p.key("paragraphs").index(i));
        }
        for (i, c) in e.credits.iter().enumerate() {
            let sp = p.key("credits").index(i).key("source");
            match &c.source {
                CreditSource::Same(s) if s.trim().is_empty() => {
                    self.problem(sp, "the credit's source is empty")
                }
                CreditSource::Same(_) | CreditSource::Agency { .. } => {}
                CreditSource::Text(t) => self.text(t, &sp),
            }
        }
    }

    fn kind(&mut self, k: &EventKind, date: PartialDate, p: &JsonPath) {
        match k {
            EventKind::PoliticalConsultations { round, .. } => {
                if *round == Some(0) {
                    self.problem(p.key("round"), "rounds are counted from 1");
                }
            }
            EventKind::Visit {
                visitor,
                host,
                counterpart,
                documents,
                ..
            } => {
                self.person(visitor, &p.key("visitor"));
                if let Some(h) = host {
                    self.person(h, &p.key("host"));
                }
                if let Some(c) = counterpart {
                    self.person(c, &p.key("counterpart"));
                }
                if !documents.is_empty() {
                    self.documents(documents, &p.key("documents"));
                }
            }
            EventKind::Talks { participants } => {
                if participants.is_empty() {
                    self.problem(p.key("participants"), "name at least one participant");
                }
                for (i, x) in participants.iter().enumerate() {
                    self.person(x, &p.key("participants").index(i));
                }
            }
            EventKind::Signing { documents } => {
                if documents.is_empty() {
                    self.problem(p.key("documents"), "name at least one signed document");
                }
                for (i, d) in documents.iter().enumerate() {
                    self.text(&d.title, &p.key("documents").index(i).key("title"));
                }
            }
            EventKind::ExhibitionOpening(x) => self.exhibition(x, date, p),
            EventKind::MissionOpening { head, guests, .. } => {
                if let Some(h) = head {
                    self.person(h, &p.key("head"));
                }
                for (i, g) in guests.iter().enumerate() {
                    self.person(g, &p.key("guests").index(i));
                }
            }
            EventKind::Forum {
                title,
                participants,
                ..
            } => {
                if let Some(t) = title {
                    self.text(t, &p.key("title"));
                }
                if *participants == Some(0) {
                    self.problem(
                        p.key("participants"),
                        "leave the count out rather than give 0",
                    );
                }
            }
            EventKind::OrganizationMeeting {
                body,
                participant,
                chaired_by,
                ..
            } => {
                self.text(body, &p.key("body"));
                self.person(participant, &p.key("participant"));
                if let Some(c) = chaired_by {
                    self.person(c, &p.key("chaired_by"));
                }
            }
            EventKind::Message {
                message,
                from,
                to,
                about,
            } => {
                self.person(from, &p.key("from"));
                match to {
                    Addressee::Person(x) => self.person(x, &p.key("to")),
                    Addressee::Institution { institution } => {
                        self.institution(institution, &p.key("to").key("institution"))
                    }
                    _ => {}
                }
                let congratulates = *message == crate::vocab::MessageKind::Congratulations;
                self.about(about, congratulates, Some(to), p);
            }
            EventKind::SpokespersonAnnouncement {
                spokesperson,
                announcement,
                headline,
                ..
            } => {
                self.person(spokesperson, &p.key("spokesperson"));
                self.text(announcement, &p.key("announcement"));
                if let Some(h) = headline {
                    self.text(h, &p.key("headline"));
                }
            }
        }
    }

    fn exhibition(&mut self, x: &Exhibition, date: PartialDate, p: &JsonPath) {
        self.text(&x.title, &p.key("title"));
        if let Some(v) = &x.venue {
            self.text(v, &p.key("venue"));
        }
        for (i, g) in x.attended_by.iter().enumerate() {
            if let crate::Guests::Text(t) = g {
                self.text(t, &p.key("attended_by").index(i));
            }
        }
        if let Some(until) = x.open_until
            && until.last_day() <= date.last_day()
        {
            self.problem(
                    p.key("open_until"),
                    format!("the exhibition must stay open after the event's date ({date}), but `open_until` is {until}"),
                );
        }
    }

    fn outcome(&mut self, o: &Outcome, date: PartialDate, p: &JsonPath) {
        match o {
            Outcome::RegularDialogue => {}
            Outcome::NextRound { date: next, place } => {
                if let Some(next) = next
                    && next.last_day() < date.first_day()
                {
                    self.problem(
                        p.key("date"),
                        format!("the next round ({next}) cannot come before this event ({date})"),
                    );
                }
                if let Some(pl) = place {
                    self.place(pl, &p.key("place"));
                }
            }
            Outcome::Invitation { invitee, .. } => self.person(invitee, &p.key("invitee")),
            Outcome::MissionToOpen { place, .. } => self.place(place, &p.key("place")),
            Outcome::Other { text } => self.text(text, &p.key("text")),
        }
    }

    fn place(&mut self, place: &Place, p: &JsonPath) {
        match &place.city {
            City::Text(t) => self.text(t, &p.key("city")),
            City::Code(code) => {
                let ok =
                    !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
                if !ok {
                    self.problem(
                        p.key("city"),
                        format!(
                            "`{code}` is not a city code (lower-case letters and `_`, as in \
                             `mexico_city`): use a code of locales/*/cities.ftl, or write the \
                             city's name in each language"
                        ),
                    );
                }
            }
        }
    }

    /// A person named where one is expected: an id must be defined in `people` (whose entries
    /// are checked once, there), a person written in place is checked here.
    fn person(&mut self, person: &PersonRef, p: &JsonPath) {
        match person {
            PersonRef::Id(id) if !self.people.contains(id) => self.problem(
                p.clone(),
                format!(
                    "no person `{id}` in `people` or the people directory: define them in one of them, or correct the id"
                ),
            ),
            PersonRef::Id(id) => {
                self.named.insert(id.clone());
            }
            PersonRef::Person(x) => self.person_def(x, p),
        }
    }

    /// An institution named where one is expected: an id must be defined in `institutions`.
    fn institution(&mut self, i: &InstitutionRef, p: &JsonPath) {
        match i {
            InstitutionRef::Id(id) if !self.institutions.contains(id) => self.problem(
                p.clone(),
                format!(
                    "no institution `{id}` in `institutions`: define it there, or correct the id"
                ),
            ),
            InstitutionRef::Id(_) => {}
            InstitutionRef::Text(t) => self.text(t, p),
        }
    }

    /// A structured office: where it is held must be a body, an organization or a defined
    /// institution; a ministry's rank needs a ministry or none.
    fn office(&mut self, o: &Office, person: &Person, p: &JsonPath) {
        match &o.of {
            Some(OfficeOf::Institution(id)) if !self.institutions.contains(id) => self.problem(
                p.key("of"),
                format!(
                    "`{id}` is neither a body code ({}), an organization code, nor an id in \
                     `institutions`: define it there, or correct it",
                    crate::vocab::Body::ALL
                        .iter()
                        .map(|b| format!("`{b}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            Some(OfficeOf::Body(_)) | None if person.country.is_none() && needs_country(o) => self
                .problem(
                    p.parent().key("country"),
                    format!(
                        "the office `{}` is worded with the person's country: add `country`",
                        o.rank
                    ),
                ),
            _ => {}
        }
        if let Some(unit) = &o.unit {
            self.text(unit, &p.key("unit"));
        }
    }

    /// Who performed a side event, when the event names someone.
    fn by(&mut self, by: Option<&PersonRef>, side_event: &JsonPath) {
        if let Some(b) = by {
            self.person(b, &side_event.key("by"));
        }
    }

    /// Signed documents: at least one, each with its title.
    fn documents(&mut self, documents: &[crate::event::Document], p: &JsonPath) {
        if documents.is_empty() {
            self.problem(p.clone(), "name at least one signed document");
        }
        for (i, d) in documents.iter().enumerate() {
            self.text(&d.title, &p.index(i).key("title"));
        }
    }

    fn person_def(&mut self, person: &Person, p: &JsonPath) {
        self.text(&person.name, &p.key("name"));
        match &person.position {
            Some(Position::Text(t)) => self.text(t, &p.key("position")),
            Some(Position::Office(o)) => self.office(o, person, &p.key("position")),
            Some(Position::Code(code)) if person.country.is_none() => self.problem(
                p.key("country"),
                format!("the office `{code}` is worded with the person's country: add `country`"),
            ),
            _ => {}
        }
        let needs_gender = self.langs.iter().any(|l| matches!(l, Lang::Ru | Lang::Es));
        if needs_gender && person.gender.is_none() {
            self.problem(
                p.key("gender"),
                "Russian and Spanish agree verbs and titles with the person: add `\"gender\": \"f\"` or `\"m\"`",
            );
        }
    }

    fn party_known(&mut self, parties: &BTreeSet<CountryCode>, c: CountryCode, p: &JsonPath) {
        if !parties.contains(&c) {
            self.problem(
                p.clone(),
                format!(
                    "`{c}` is not among the event's `parties`: add it there or correct the code"
                ),
            );
        }
    }

    /// What a statement or message (at `p`) is about: its words, or an occasion only where it
    /// congratulates; congratulations on an occasion name whom they congratulate, and a
    /// person's occasion (an election, a birthday) goes to that person.
    fn about(
        &mut self,
        about: &crate::event::About,
        congratulates: bool,
        to: Option<&Addressee>,
        p: &JsonPath,
    ) {
        let congratulation = match about {
            crate::event::About::Text(t) => return self.text(t, &p.key("about")),
            crate::event::About::Congratulation { congratulation } => congratulation,
        };
        if !congratulates {
            self.problem(
                p.key("about").key("congratulation"),
                "an occasion of congratulations goes only with congratulations: write what the statement is about in each language",
            );
        }
        let p = &p.key("to");
        match to {
            None => self.problem(
                p.clone(),
                "congratulations on an occasion name whom they congratulate: add `to` (a person, a side or a body), or write what they are on in each language",
            ),
            Some(Addressee::Person(x)) => {
                let ungendered = match x {
                    PersonRef::Id(id) => self.ungendered.contains(id),
                    PersonRef::Person(x) => x.gender.is_none(),
                };
                if congratulation.is_personal() && ungendered && self.langs.contains(&Lang::En) {
                    self.problem(
                        p.clone(),
                        format!(
                            "English congratulates on “his” or “her” `{congratulation}`: give the person congratulated a `gender`"
                        ),
                    );
                }
            }
            Some(_) if congratulation.is_personal() => self.problem(
                p.clone(),
                format!(
                    "`{congratulation}` is an occasion of a person: address the congratulations to that person (an id of `people`), or write what they are on in each language"
                ),
            ),
            Some(_) => {}
        }
    }

    fn topics(&mut self, topics: &[Topic], p: &JsonPath) {
        let mut seen = BTreeSet::new();
        for (i, t) in topics.iter().enumerate() {
            if !seen.insert(*t) {
                self.problem(p.index(i), format!("`{t}` is listed twice"));
            }
        }
    }

    fn text(&mut self, text: &Text, p: &JsonPath) {
        for l in text.missing(&self.langs) {
            self.problem(
                p.key(l.code()),
                format!("the text in `{l}` is missing: every name and title needs each published language"),
            );
        }
        for (lang, phrase) in &text.0 {
            let lp = p.key(lang.code());
            if let Phrase::Forms(forms) = phrase {
                if !forms.contains_key(&crate::Case::Nom) {
                    self.problem(lp.clone(), "give the nominative form `nom` too");
                }
                for case in forms.keys() {
                    if !lang.cases().contains(case) {
                        let known: Vec<&str> = lang.cases().iter().map(|c| c.code()).collect();
                        self.problem(
                            lp.key(case.code()),
                            format!(
                                "`{lang}` has no case `{case}`; its cases are {}",
                                known.join(", ")
                            ),
                        );
                    }
                }
            }
            for (case, s) in phrase.strings() {
                let at = case.map_or(lp.clone(), |c| lp.key(c.code()));
                if s.trim().is_empty() {
                    self.problem(at, "the text is empty");
                } else if s.chars().count() > MAX_TEXT_CHARS {
                    self.problem(
                        at,
                        format!(
                            "the text is {} characters long; at most {MAX_TEXT_CHARS} fit a notice",
                            s.chars().count()
                        ),
                    );
                }
            }
        }
    }
}

/// True if an office names the person's state, which must then be known.
fn needs_country(o: &Office) -> bool {
    o.names_state()
}
