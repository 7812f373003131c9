//! From an event to a notice in one language: which sentences, in which order, with which
//! arguments. The words themselves are all in `locales/`.

use communique_model::{
    About, Addressee, AgencyName, Body, Case, City, Counterpart, CreditSource, Delegation, Event,
    EventKind, Exhibition, Guests, InstitutionRef, JsonPath, Lang, Leadership, Occasion, Office,
    OfficeOf, Organization, Outcome, PartialDate, Party, Person, PersonRef, Phrase, Position, Rank,
    SideEvent, Speaker, Statement, Text, Topic,
};
use fluent_bundle::{FluentArgs, FluentValue};

use crate::bundle::LocaleBundle;
use crate::forms::Forms;
use crate::grammar;
use crate::inflect::Noun;
use crate::notice::{EmailLabels, Notice};
use crate::{L10nError, Locales};

/// Writes the notice for `event` in `lang`. Fails, never falls back, if anything is missing.
pub fn localize(locales: &Locales, event: &Event, lang: Lang) -> Result<Notice, L10nError> {
    Writer {
        b: locales.get(lang),
        e: event,
        lang,
        log: None,
        mentions: Mentions::default(),
    }
    .notice()
}

/// A date in press style, in one of the roles the locales define: `full` ("10 December
/// 2022"), `when` ("on 10 December 2022", "in 2023") or `until` ("until the end of January 2023").
pub fn format_date(
    locales: &Locales,
    lang: Lang,
    date: PartialDate,
    role: &str,
) -> Result<String, L10nError> {
    format_date_in(locales.get(lang), date, role, true)
}

/// The date-`role` message for `date`; `with_year` false leaves the year out where the
/// language's press does (a date in the year of publication, in the lead).
fn format_date_in(
    b: &LocaleBundle,
    date: PartialDate,
    role: &str,
    with_year: bool,
) -> Result<String, L10nError> {
    let mut args = Args::new();
    let (precision, day, month) = match date {
        PartialDate::Day(d) => ("day", d.day(), d.month()),
        PartialDate::Month { month, .. } => ("month", 0, month),
        PartialDate::Year(_) => ("year", 0, 0),
        PartialDate::Range { from, .. } => ("range", from.day(), from.month()),
    };
    args.set("precision", precision);
    args.set("day", i64::from(day));
    args.set("month", i64::from(month));
    args.set("year", i64::from(date.year()));
    args.set("with_year", yes_no(with_year));
    if let PartialDate::Range { from, to } = date {
        // A range across months or years is written from its two days, each worded by the
        // locale itself: the first in the `full` role, the last in this role and in `full`.
        let days = from.until(to).map_or(0, |s| i64::from(s.get_days())) + 1;
        args.set("day2", i64::from(to.day()));
        args.set("month2", i64::from(to.month()));
        args.set("year2", i64::from(to.year()));
        args.set("days", days);
        args.set(
            "same_month",
            yes_no((from.year(), from.month()) == (to.year(), to.month())),
        );
        args.set("same_year", yes_no(from.year() == to.year()));
        let (from, to) = (PartialDate::Day(from), PartialDate::Day(to));
        args.set("from_full", format_date_in(b, from, "full", false)?);
        args.set("from_full_year", format_date_in(b, from, "full", true)?);
        args.set("to_full", format_date_in(b, to, "full", false)?);
        args.set("to_full_year", format_date_in(b, to, "full", true)?);
        args.set("to_role", format_date_in(b, to, role, false)?);
        args.set("to_role_year", format_date_in(b, to, role, true)?);
    }
    b.format(&format!("date-{role}"), &args)
}

/// The email's own words in `lang`, for the list called `list_name`.
pub fn email_labels(
    locales: &Locales,
    lang: Lang,
    list_name: &str,
) -> Result<EmailLabels, L10nError> {
    let b = locales.get(lang);
    let mut a = Args::new();
    a.set("list", list_name.to_owned());
    Ok(EmailLabels {
        why: b.format("email-why", &a)?,
        unsubscribe: b.format("email-unsubscribe", &Args::new())?,
        view_online: b.format("email-view-online", &Args::new())?,
    })
}

struct Writer<'a> {
    b: &'a LocaleBundle,
    e: &'a Event,
    lang: Lang,
    /// Every case form looked up, for `check --forms`.
    log: Option<std::cell::RefCell<Vec<FormRow>>>,
    /// The people the reader already knows, with their title, from the lead or an earlier
    /// sentence; a later mention names them without it.
    mentions: Mentions,
}

/// Who has been named so far. The headline does not count: the lead names everyone in full.
#[derive(Default)]
struct Mentions {
    /// Named while writing the headline and the lead.
    pending: std::cell::RefCell<Vec<String>>,
    /// Known to the reader.
    known: std::cell::RefCell<std::collections::HashSet<String>>,
    /// True once the lead is written.
    past_lead: std::cell::Cell<bool>,
}

impl Mentions {
    /// Records a mention of `key`; true if the reader already knows who it is.
    fn mention(&self, key: String) -> bool {
        if self.known.borrow().contains(&key) {
            return true;
        }
        if self.past_lead.get() {
            self.known.borrow_mut().insert(key);
        } else {
            self.pending.borrow_mut().push(key);
        }
        false
    }

    /// True if the reader already knows `key` (without recording a mention).
    fn known(&self, key: &str) -> bool {
        self.known.borrow().contains(key)
    }

    /// The lead is written: everyone in it is known from now on.
    fn lead_written(&self) {
        self.past_lead.set(true);
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        self.known.borrow_mut().extend(pending);
    }
}

/// One case form of one text of an event, as the notice writer found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormRow {
    /// The text's JSON path, with its language (`kind.visitor.name.ru`).
    pub path: String,
    /// The case.
    pub case: Case,
    /// The form, or why the rules give none.
    pub form: Result<String, String>,
    /// True if the rules computed it; false if the event (or the locale) gives it.
    pub by_rule: bool,
    /// True if the nominative is the locale's wording (a structured office, an organization's
    /// name), not a text of the event.
    pub from_locale: bool,
}

/// Every case form of every text the notice in `lang` uses: given by the event or computed by
/// rule, or why none is known; each (path, case) once, in the order the writer met them.
pub fn case_forms(locales: &Locales, event: &Event, lang: Lang) -> Vec<FormRow> {
    localize_with_forms(locales, event, lang).1
}

/// The notice in `lang` and its case forms (as [`case_forms`] gives them), from one run of the
/// writer; a notice that fails still shows the forms it reached.
pub fn localize_with_forms(
    locales: &Locales,
    event: &Event,
    lang: Lang,
) -> (Result<Notice, L10nError>, Vec<FormRow>) {
    let w = Writer {
        b: locales.get(lang),
        e: event,
        lang,
        log: Some(std::cell::RefCell::new(Vec::new())),
        mentions: Mentions::default(),
    };
    let notice = w.notice();
    let rows = w.log.map(|l| l.into_inner()).unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    let rows = rows
        .into_iter()
        .filter(|r| seen.insert((r.path.clone(), r.case)))
        .collect();
    (notice, rows)
}

type Args = FluentArgs<'static>;

fn forms_value(f: Forms) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(f))
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

impl Writer<'_> {
    fn fmt(&self, id: &str, args: &Args) -> Result<String, L10nError> {
        self.b.format(id, args)
    }

    /// A whole sentence or headline: its first letter is a capital, whatever phrase from the
    /// event it starts with ("генеральный директор …" as a subject).
    fn sentence(&self, id: &str, args: &Args) -> Result<String, L10nError> {
        // A sentence may open with an empty placeable (Spanish drops a repeated subject).
        Ok(grammar::capitalize_first(self.fmt(id, args)?.trim_start()))
    }

    fn fault(&self, problem: String) -> L10nError {
        L10nError::Event {
            lang: self.lang,
            problem,
        }
    }

    fn phrase<'t>(&self, text: &'t Text, path: &JsonPath) -> Result<&'t Phrase, L10nError> {
        text.get(self.lang).ok_or_else(|| {
            self.fault(format!(
                "{path}: no text in `{}`: add it to the event",
                self.lang
            ))
        })
    }

    /// The nominative of an event text in this language.
    fn text(&self, text: &Text, path: &JsonPath) -> Result<String, L10nError> {
        Ok(self.phrase(text, path)?.nominative().to_owned())
    }

    /// Every case form of an institution, group or office: given by the event, else by rule.
    fn forms(&self, text: &Text, path: &JsonPath) -> Result<Forms, L10nError> {
        self.forms_as(text, path, Noun::Phrase)
    }

    /// Every case form of a text of kind `noun`. A form the event gives always wins; the
    /// others come from the language's rules, or stay unknown with the rules' reason (then a
    /// sentence that needs one fails, naming the JSON path and asking for the form).
    fn forms_as(&self, text: &Text, path: &JsonPath, noun: Noun) -> Result<Forms, L10nError> {
        self.forms_from(text, path, noun, false)
    }

    /// Every case form of a phrase the locale worded (an office, an organization's name),
    /// declined like an event's own; `check --forms` marks its nominative `locale`.
    fn locale_forms(&self, nominative: String, path: &JsonPath) -> Result<Forms, L10nError> {
        self.forms_from(&self.plain(nominative), path, Noun::Phrase, true)
    }

    fn forms_from(
        &self,
        text: &Text,
        path: &JsonPath,
        noun: Noun,
        from_locale: bool,
    ) -> Result<Forms, L10nError> {
        let phrase = self.phrase(text, path)?;
        let origin = path.key(self.lang.code()).to_string();
        let mut forms = Forms::new(origin.clone());
        for case in self.lang.cases().iter().copied() {
            let (form, by_rule) = match phrase.form(case) {
                Some(given) => (Ok(given.to_owned()), false),
                None => (
                    self.b
                        .inflector
                        .form(phrase.nominative(), noun, case)
                        .map_err(|e| e.to_string()),
                    true,
                ),
            };
            forms = match &form {
                Ok(s) => forms.with(case, s.clone()),
                Err(why) => forms.without(case, why.clone()),
            };
            if let Some(log) = &self.log {
                log.borrow_mut().push(FormRow {
                    path: origin.clone(),
                    case,
                    form,
                    by_rule,
                    from_locale,
                });
            }
        }
        Ok(forms)
    }

    /// The locale's list words (`list-and`, `list-and-complex`).
    fn conjunction(&self) -> Result<grammar::Conjunction, L10nError> {
        Ok(grammar::Conjunction {
            and: self.fmt("list-and", &Args::new())?,
            complex: self.fmt("list-and-complex", &Args::new())?,
            commas_nest: true,
        })
    }

    fn list(&self, items: &[String]) -> Result<String, L10nError> {
        Ok(grammar::join(self.lang, items, &self.conjunction()?))
    }

    /// Joins several phrases case by case ("X and Y" in the genitive is "X-gen and Y-gen").
    fn list_forms(&self, items: Vec<Forms>, origin: &str) -> Result<Forms, L10nError> {
        self.list_forms_as(items, origin, false)
    }

    /// People in a list: their titles' commas and conjunctions ("Minister of Trade and
    /// Integration") are no list of their own, so the plain conjunction joins them.
    fn list_people(&self, items: Vec<Forms>, origin: &str) -> Result<Forms, L10nError> {
        self.list_forms_as(items, origin, true)
    }

    fn list_forms_as(
        &self,
        items: Vec<Forms>,
        origin: &str,
        people: bool,
    ) -> Result<Forms, L10nError> {
        let conj = self.conjunction()?;
        // People and bodies in apposition carry commas that are no list of their own.
        let conj = grammar::Conjunction {
            commas_nest: false,
            complex: if people { String::new() } else { conj.complex },
            and: conj.and,
        };
        let mut out = Forms::new(origin);
        for case in self.lang.cases() {
            // Every item but the last stands mid-sentence ("the Minister, Ana Pérez, and …");
            // the last keeps the form the list has where it stands.
            let Some((last, init)) = items.split_last() else {
                continue;
            };
            let init: Option<Vec<String>> = init
                .iter()
                .map(|f| f.form_mid(*case).map(str::to_owned))
                .collect();
            let (Some(mut init), Some(end), Some(mid)) =
                (init, last.get(*case), last.form_mid(*case))
            else {
                continue;
            };
            init.push(end);
            out = out.with(*case, grammar::join(self.lang, &init, &conj));
            if let Some(slot) = init.last_mut() {
                *slot = mid.to_owned();
            }
            out = out.with_mid(*case, grammar::join(self.lang, &init, &conj));
        }
        Ok(out)
    }

    fn topics(&self, topics: &[Topic], construct: &str) -> Result<String, L10nError> {
        let items = topics
            .iter()
            .map(|t| self.fmt(&format!("{}.{construct}", t.message_id()), &Args::new()))
            .collect::<Result<Vec<_>, _>>()?;
        self.list(&items)
    }

    fn date(&self, date: PartialDate, role: &str) -> Result<String, L10nError> {
        format_date_in(self.b, date, role, true)
    }

    /// The person `r` names, and the JSON path where they are defined (their entry in
    /// `people`, for an id), which errors name.
    fn who<'p>(
        &'p self,
        r: &'p PersonRef,
        path: &JsonPath,
    ) -> Result<(&'p Person, JsonPath), L10nError> {
        match r {
            PersonRef::Id(id) => self
                .e
                .people
                .get(id)
                .map(|p| (p, JsonPath::root().key("people").key(id)))
                .ok_or_else(|| self.fault(format!("{path}: no person `{id}` in `people`"))),
            PersonRef::Person(p) => Ok((p, path.clone())),
        }
    }

    /// A person's name on a later mention, in every case: the event's `short`, else the
    /// locale's `person-short` built from the name's words (the last `surnames` words are the
    /// surname: "Anguiano", "А. Ангиано Родригес", "А.Ангиано Родригес"), declined by rule. A
    /// name whose case forms the event writes out keeps them, in full.
    fn short_name(&self, p: &Person, path: &JsonPath, name: &Forms) -> Result<Forms, L10nError> {
        let noun = Noun::Person(p.gender);
        // The event's short form, where it gives one in this language.
        if let Some(short) = p.short.as_ref().filter(|s| s.get(self.lang).is_some()) {
            return self.forms_as(short, &path.key("short"), noun);
        }
        let phrase = self.phrase(&p.name, &path.key("name"))?;
        let words: Vec<&str> = phrase.nominative().split_whitespace().collect();
        let n = usize::from(p.surnames.unwrap_or(1).max(1));
        if matches!(phrase, Phrase::Forms(_)) || words.len() <= n {
            return Ok(name.clone());
        }
        let (given, surname) = words.split_at(words.len() - n);
        let initials: Vec<String> = given.iter().filter_map(|w| grammar::initials(w)).collect();
        let mut a = Args::new();
        a.set("initials", initials.join("\u{a0}"));
        a.set("initials_tight", initials.concat());
        a.set("surname", surname.join(" "));
        a.set("surname_first", surname[0].to_owned());
        a.set("name", phrase.nominative().to_owned());
        let short = self.fmt("person-short", &a)?;
        self.forms_as(&self.plain(short), &path.key("short"), noun)
    }

    /// The grammatical gender of the person `r` names, for agreement.
    fn gender_of(&self, r: &PersonRef) -> &'static str {
        self.e.person(r).map_or("m", gender)
    }

    /// A person's name alone, and with their office, each in every case the event allows.
    /// On a later mention the "titled" forms are the name alone: the full title once.
    fn person(&self, r: &PersonRef, at: &JsonPath) -> Result<(Forms, Forms), L10nError> {
        let (p, path) = self.who(r, at)?;
        let path = &path;
        let name = self.forms_as(&p.name, &path.key("name"), Noun::Person(p.gender))?;
        let key = match r {
            PersonRef::Id(id) => format!("id:{id}"),
            PersonRef::Person(_) => format!("name:{}", name.form(Case::Nom).unwrap_or_default()),
        };
        if self.mentions.mention(key) {
            let short = self.short_name(p, path, &name)?;
            return Ok((short.clone(), short));
        }
        // Whether a written-out office declines with the name (ru "директора … Ивана
        // Петрова") or stays in the nominative before it (kk "… директоры Иван Петровқа").
        let position_case = self.fmt("person-titled.position-case", &Args::new())?;
        // The office in every case, once: a country's own title, a structured office or a
        // written-out one; a code without a title is formatted per case by its message.
        let written: Option<(Forms, &'static str)> = match &p.position {
            None => None,
            Some(Position::Code(code)) => {
                let country = p.country.ok_or_else(|| {
                    self.fault(format!(
                        "{path}.country: the office `{code}` needs the person's country"
                    ))
                })?;
                let (rank, body) = code.office();
                let mut a = Args::new();
                a.set("gender", gender(p));
                match self.title(country.as_str(), rank, body, &a)? {
                    Some(title) => Some((self.locale_forms(title, &path.key("position"))?, "code")),
                    None => None,
                }
            }
            Some(Position::Office(o)) => Some(self.office(p, o, &path.key("position"))?),
            Some(Position::Text(t)) => Some((self.forms(t, &path.key("position"))?, "text")),
        };
        let mut titled = Forms::new(path.to_string());
        for case in self.lang.cases() {
            let Some(name_c) = name.get(*case) else {
                continue;
            };
            let (position, kind) = match (&p.position, &written) {
                (Some(_), Some((forms, kind))) => {
                    let c = if position_case == "nom" {
                        Case::Nom
                    } else {
                        *case
                    };
                    if let Some(why) = forms.why(c) {
                        titled = titled.without(*case, why.to_owned());
                    }
                    (forms.get(c), *kind)
                }
                (Some(Position::Code(code)), None) => {
                    let mut a = Args::new();
                    a.set(
                        "country",
                        p.country.map(|c| c.as_str().to_owned()).unwrap_or_default(),
                    );
                    a.set("gender", gender(p));
                    a.set("case", case.code());
                    // An envoy is "Ambassador to Austria" where the event says where they are
                    // accredited (not guessed from the event's place).
                    a.set("posted", yes_no(p.accredited_to.is_some()));
                    a.set(
                        "posted_to",
                        p.accredited_to
                            .map(|c| c.as_str().to_owned())
                            .unwrap_or_default(),
                    );
                    (Some(self.fmt(&code.message_id(), &a)?), "code")
                }
                _ => {
                    titled = titled.with(*case, name_c);
                    continue;
                }
            };
            if let Some(position) = position {
                for at in ["end", "mid"] {
                    let mut a = Args::new();
                    a.set("name", name_c.clone());
                    a.set("position", position.clone());
                    a.set("kind", kind);
                    a.set("at", at);
                    let text = self.fmt("person-titled", &a)?;
                    titled = match at {
                        "end" => titled.with(*case, text),
                        _ => titled.with_mid(*case, text),
                    };
                }
            }
        }
        Ok((name, titled))
    }

    /// A phrase the locales or the rules give, as a text of this language alone (to be declined
    /// by [`Self::forms`] like an event's own).
    fn plain(&self, nominative: String) -> Text {
        Text(
            [(self.lang, Phrase::Plain(nominative))]
                .into_iter()
                .collect(),
        )
    }

    /// A city in every case: its code's name in `cities.ftl` (with any case form the locale
    /// writes out as an attribute, `.prep`), or the name the event writes, declined by rule.
    fn city(&self, city: &City, p: &JsonPath) -> Result<Forms, L10nError> {
        let text = match city {
            City::Text(t) => return self.forms_as(t, p, Noun::Place),
            City::Code(code) => {
                let id = format!("city-{code}");
                if !self.b.has(&id) {
                    return Err(self.fault(format!(
                        "{p}: no city `{code}` in locales/{}/cities.ftl: add it there, or write \
                         the city's name in each language",
                        self.lang
                    )));
                }
                let mut forms = std::collections::BTreeMap::new();
                forms.insert(Case::Nom, self.fmt(&id, &Args::new())?);
                for case in self.lang.cases() {
                    let attr = format!("{id}.{}", case.code());
                    if self.b.has(&attr) {
                        forms.insert(*case, self.fmt(&attr, &Args::new())?);
                    }
                }
                Text([(self.lang, Phrase::Forms(forms))].into_iter().collect())
            }
        };
        self.forms_as(&text, p, Noun::Place)
    }

    /// An institution the event names, in every case: its entry in `institutions`, or its
    /// name written in place.
    fn institution(&self, i: &InstitutionRef, p: &JsonPath) -> Result<Forms, L10nError> {
        match i {
            InstitutionRef::Text(t) => self.forms(t, p),
            InstitutionRef::Id(id) => {
                let def = self.e.institutions.get(id).ok_or_else(|| {
                    self.fault(format!("{p}: no institution `{id}` in `institutions`"))
                })?;
                let at = JsonPath::root().key("institutions").key(id).key("name");
                self.forms(&def.name, &at)
            }
        }
    }

    /// A structured office in every case, and where it stands beside the name (`code`: before
    /// it as a title, `text`: after it). A country's own title (`titles.ftl`:
    /// `title-US-minister-foreign_ministry`) wins over the locale's general pattern (`office`).
    fn office(
        &self,
        person: &Person,
        o: &Office,
        path: &JsonPath,
    ) -> Result<(Forms, &'static str), L10nError> {
        let country = person.country.map(|c| c.as_str().to_owned());
        let body = match o.of {
            Some(OfficeOf::Body(b)) => Some(b),
            _ => None,
        };
        let mut a = Args::new();
        a.set("gender", gender(person));
        a.set("country", country.clone().unwrap_or_default());
        // Where an envoy is accredited, when the event says ("Ambassador to Austria").
        a.set("posted", yes_no(person.accredited_to.is_some()));
        a.set(
            "posted_to",
            person
                .accredited_to
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
        );
        let title = match (&country, &o.unit) {
            (Some(c), None) => self.title(c, o.rank, body, &a)?,
            _ => None,
        };
        let (nominative, kind) = match title {
            Some(t) => (t, "code"),
            None => self.office_by_pattern(o, body, country, path, a)?,
        };
        Ok((self.locale_forms(nominative, path)?, kind))
    }

    /// A country's own title for a rank (in a body of its state), if `titles.ftl` has one:
    /// `title-US-minister-foreign_ministry` is "U.S. Secretary of State".
    fn title(
        &self,
        country: &str,
        rank: Rank,
        body: Option<Body>,
        args: &Args,
    ) -> Result<Option<String>, L10nError> {
        let mut id = format!("title-{country}-{}", rank.code());
        if let Some(b) = body {
            id = format!("{id}-{}", b.code());
        }
        if !self.b.has(&id) {
            return Ok(None);
        }
        self.fmt(&id, args).map(Some)
    }

    /// The locale's general wording of an office: `rank-…` with the ministry's field, the
    /// unit and the institution, joined by `office` in the language's order.
    fn office_by_pattern(
        &self,
        o: &Office,
        body: Option<Body>,
        country: Option<String>,
        path: &JsonPath,
        mut a: Args,
    ) -> Result<(String, &'static str), L10nError> {
        let domain = body
            .map(|b| format!("{}.domain", b.message_id()))
            .filter(|id| o.rank.is_ministerial() && self.b.has(id));
        let of_kind = match (&o.of, &domain) {
            (_, Some(_)) => "ministry",
            (Some(_), None) => "of",
            (None, None) if country.is_some() && o.rank.is_of_state() => "state",
            (None, None) => "none",
        };
        if let Some(d) = &domain {
            a.set("domain", self.fmt(d, &a)?);
        }
        a.set("has_of", yes_no(o.of.is_some()));
        a.set("has_unit", yes_no(o.unit.is_some()));
        a.set("of_kind", of_kind);
        a.set("of_code", body.map_or("", |b| b.code()));
        a.set("rank_code", o.rank.code());
        a.set("rank", self.fmt(&o.rank.message_id(), &a)?);
        if let Some(unit) = &o.unit {
            a.set("unit", forms_value(self.forms(unit, &path.key("unit"))?));
        }
        let of = match &o.of {
            Some(OfficeOf::Body(b)) => Some(
                self.vocab_forms(&b.message_id(), &[("country", country.unwrap_or_default())])?,
            ),
            Some(OfficeOf::Organization(org)) => Some(self.organization(*org, &path.key("of"))?),
            Some(OfficeOf::Institution(id)) => {
                Some(self.institution(&InstitutionRef::Id(id.clone()), &path.key("of"))?)
            }
            None => None,
        };
        if let Some(of) = of {
            a.set("of", forms_value(of));
        }
        let kind = if matches!(of_kind, "ministry" | "state" | "none") {
            "code"
        } else {
            "text"
        };
        Ok((self.fmt("office", &a)?, kind))
    }

    /// A person titled with their bare rank ("Ambassador Andrian Yelemessov", ru "послом
    /// Андрианом Елемесовым"), where the sentence already names their state; a written-out
    /// office has no rank, so it stays whole. `name` and `titled` are as [`Self::person`]
    /// gave them: on a later mention both are the short name, which stays alone.
    fn person_by_rank(
        &self,
        r: &PersonRef,
        name: &Forms,
        titled: Forms,
        at: &JsonPath,
    ) -> Result<Forms, L10nError> {
        let (p, path) = self.who(r, at)?;
        let rank = match &p.position {
            Some(Position::Code(code)) => code.office().0,
            Some(Position::Office(o)) => o.rank,
            Some(Position::Text(_)) | None => return Ok(titled),
        };
        if titled.form(Case::Nom) == name.form(Case::Nom) {
            return Ok(titled);
        }
        // The rank alone: an office held nowhere, for no state.
        let alone = Office {
            rank,
            of: None,
            unit: None,
        };
        let mut a = Args::new();
        a.set("gender", gender(p));
        let (bare, _) = self.office_by_pattern(&alone, None, None, &path.key("position"), a)?;
        let ranks = self.locale_forms(bare, &path.key("position"))?;
        let mut titled = Forms::new(path.to_string());
        for case in self.lang.cases() {
            let (Some(n), Some(r)) = (name.get(*case), ranks.get(*case)) else {
                continue;
            };
            let mut t = Args::new();
            t.set("name", n);
            t.set("position", r);
            t.set("kind", "rank");
            t.set("at", "end");
            t.set("gender", gender(p));
            titled = titled.with(*case, self.fmt("person-titled", &t)?);
        }
        Ok(titled)
    }

    /// A vocabulary phrase (`body-…`, `mission-…`, `document-…`) in every case, with `args`.
    fn vocab_forms(&self, id: &str, args: &[(&'static str, String)]) -> Result<Forms, L10nError> {
        let mut f = Forms::new(id);
        for case in self.lang.cases() {
            let mut a = Args::new();
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            a.set("case", case.code());
            f = f.with(*case, self.fmt(id, &a)?);
        }
        Ok(f)
    }

    fn body(&self, party: &Party) -> Result<Forms, L10nError> {
        self.vocab_forms(
            &party.body.message_id(),
            &[("country", party.country.as_str().to_owned())],
        )
    }

    /// Arguments every headline and lead may use.
    fn common_args(&self) -> Result<Args, L10nError> {
        let e = self.e;
        let root = JsonPath::root();
        let mut a = Args::new();
        let party = |i: usize| e.parties.get(i);
        a.set("a", party(0).map_or("", |p| p.country.as_str()).to_owned());
        a.set("b", party(1).map_or("", |p| p.country.as_str()).to_owned());
        a.set("parties", e.parties.len() as i64);
        if let Some(p) = party(0) {
            a.set("a_body", forms_value(self.body(p)?));
        }
        if let Some(p) = party(1) {
            a.set("b_body", forms_value(self.body(p)?));
        }
        a.set("host", e.place.country.as_str().to_owned());
        // Held in the reporting side's own country: the headline names no place.
        a.set(
            "home",
            yes_no(party(0).is_some_and(|p| p.country == e.place.country)),
        );
        let city = self.city(&e.place.city, &root.key("place").key("city"))?;
        // "Mexico City, Mexico" names the country twice: a city whose name holds its
        // country's needs no country after it.
        let country = self.b.country_form(e.place.country.as_str(), "nom");
        a.set(
            "city_names_country",
            yes_no(country.is_some_and(|c| {
                grammar::contains_word(city.form(Case::Nom).unwrap_or_default(), c)
            })),
        );
        a.set("city", forms_value(city));
        a.set("when", self.date(e.date, "when")?);
        a.set("date", self.date(e.date, "full")?);
        // The lead gives the event's own date unless it is the dateline's day, and its year
        // only when that is not the year of publication.
        let published = e.published.zoned().date();
        a.set(
            "has_lead_date",
            yes_no(e.date != PartialDate::Day(published)),
        );
        a.set(
            "lead_date",
            format_date_in(self.b, e.date, "when", e.date.year() != published.year())?,
        );
        // A month the notice is itself dated in: kk press says «Жуырда» ("recently").
        a.set(
            "lead_this_month",
            yes_no(matches!(e.date, PartialDate::Month { year, month }
                if year == published.year() && month == published.month())),
        );
        Ok(a)
    }

    fn kind_args(&self, a: &mut Args) -> Result<(), L10nError> {
        let p = JsonPath::root().key("kind");
        match &self.e.kind {
            EventKind::PoliticalConsultations { round, format } => {
                a.set("round", i64::from(round.unwrap_or(0)));
                a.set("video", yes_no(!format.is_in_person()));
            }
            EventKind::Visit { level, visitor, .. } => {
                let (name, titled) = self.person(visitor, &p.key("visitor"))?;
                a.set("level", level.code());
                a.set(
                    "visitor_head",
                    forms_value(self.headline_form(visitor, &name, &titled)),
                );
                a.set("visitor", forms_value(titled));
                a.set("visitor_name", forms_value(name));
                a.set("visitor_gender", self.gender_of(visitor));
                a.set(
                    "visitor_country",
                    self.e
                        .person(visitor)
                        .and_then(|v| v.country)
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_default(),
                );
            }
            EventKind::Talks { participants } => {
                let mut titled = Vec::new();
                for (i, x) in participants.iter().enumerate() {
                    titled.push(self.person(x, &p.key("participants").index(i))?.1);
                }
                let first = titled.remove(0);
                a.set("host_gender", self.gender_of(&participants[0]));
                a.set("host_official", forms_value(first));
                a.set("guests_count", titled.len() as i64);
                a.set(
                    "guests",
                    forms_value(self.list_people(titled, "kind.participants")?),
                );
            }
            EventKind::Signing { documents } => {
                let (count, docs) = self.documents(documents, &p.key("documents"))?;
                a.set("count", count);
                a.set("documents", forms_value(docs));
            }
            EventKind::ExhibitionOpening(x) => self.exhibition_args(x, &p, a)?,
            EventKind::MissionOpening {
                mission,
                country,
                head,
                ..
            } => {
                let whose = [("country", country.as_str().to_owned())];
                a.set(
                    "mission",
                    forms_value(self.vocab_forms(&mission.message_id(), &whose)?),
                );
                a.set("mission_country", country.as_str().to_owned());
                a.set("has_head", yes_no(head.is_some()));
                if let Some(h) = head {
                    // The mission names the state: its head goes by rank alone ("headed by
                    // Ambassador …"), not "the Embassy of X headed by the Ambassador of X".
                    let (name, titled) = self.person(h, &p.key("head"))?;
                    let titled = self.person_by_rank(h, &name, titled, &p.key("head"))?;
                    a.set("head", forms_value(titled));
                    a.set("head_name", forms_value(name));
                    a.set("head_gender", self.gender_of(h));
                }
            }
            EventKind::Forum {
                format,
                title,
                participants,
            } => self.forum_args(*format, title.as_ref(), *participants, &p, a)?,
            EventKind::OrganizationMeeting {
                organization,
                body,
                participant,
                chaired_by,
            } => {
                let (name, titled) = self.person(participant, &p.key("participant"))?;
                a.set(
                    "participant_head",
                    forms_value(self.headline_form(participant, &name, &titled)),
                );
                a.set("participant_name", forms_value(name));
                a.set("participant", forms_value(titled));
                a.set("participant_gender", self.gender_of(participant));
                a.set(
                    "organization_short",
                    forms_value(self.organization_short(*organization, &p.key("organization"))?),
                );
                a.set(
                    "organization",
                    forms_value(self.organization(*organization, &p.key("organization"))?),
                );
                a.set("org_body", forms_value(self.forms(body, &p.key("body"))?));
                a.set("has_chair", yes_no(chaired_by.is_some()));
                if let Some(c) = chaired_by {
                    a.set(
                        "chair",
                        forms_value(self.person(c, &p.key("chaired_by"))?.1),
                    );
                }
            }
            EventKind::Message {
                message,
                from,
                to,
                about,
            } => {
                a.set("message", message.code());
                let (name, titled) = self.person(from, &p.key("from"))?;
                a.set(
                    "from_head",
                    forms_value(self.headline_form(from, &name, &titled)),
                );
                a.set("from_name", forms_value(name));
                a.set("from", forms_value(titled));
                a.set("from_gender", self.gender_of(from));
                let to_forms = self.addressee(to, &p.key("to"))?;
                let to_name = match to {
                    Addressee::Person(x) => self.person(x, &p.key("to"))?.0,
                    _ => to_forms.clone(),
                };
                a.set("to_name", forms_value(to_name));
                a.set("to", forms_value(to_forms));
                a.set("about", self.about(about, Some(to), true, &p.key("about"))?);
            }
            EventKind::SpokespersonAnnouncement {
                spokesperson,
                announcement,
                setting,
                ..
            } => {
                a.set("setting", setting.map_or("none", |s| s.code()));
                let (name, titled) = self.person(spokesperson, &p.key("spokesperson"))?;
                a.set("spokesperson", forms_value(titled));
                a.set("spokesperson_name", forms_value(name));
                a.set("spokesperson_gender", self.gender_of(spokesperson));
                let text = self.text(announcement, &p.key("announcement"))?;
                a.set("in_lead", yes_no(self.announcement_leads()?));
                a.set("announcement", text.trim_end_matches('.').to_owned());
            }
        }
        Ok(())
    }

    /// A forum's format, title and head count, for the forum kind and a forum side event alike.
    fn forum_args(
        &self,
        format: communique_model::ForumFormat,
        title: Option<&Text>,
        participants: Option<u32>,
        p: &JsonPath,
        a: &mut Args,
    ) -> Result<(), L10nError> {
        let id = format.message_id();
        let forms = self.vocab_forms(&id, &[])?;
        // A language whose noun changes after a modifier (kk «дөңгелек үстелі» after a title,
        // «дөңгелек үстел» alone or after «атты») gives the bare form as `.plain`.
        let plain = format!("{id}.plain");
        let plain = if self.b.has(&plain) {
            self.vocab_forms(&plain, &[])?
        } else {
            forms.clone()
        };
        a.set("format", forms_value(forms));
        a.set("format_plain", forms_value(plain));
        a.set("has_title", yes_no(title.is_some()));
        if let Some(t) = title {
            a.set("title", self.text(t, &p.key("title"))?);
        }
        a.set("participants", i64::from(participants.unwrap_or(0)));
        Ok(())
    }

    fn exhibition_args(&self, x: &Exhibition, p: &JsonPath, a: &mut Args) -> Result<(), L10nError> {
        a.set(
            "exhibition",
            forms_value(self.vocab_forms(&x.exhibition.message_id(), &[])?),
        );
        a.set("title", self.text(&x.title, &p.key("title"))?);
        a.set("has_venue", yes_no(x.venue.is_some()));
        if let Some(v) = &x.venue {
            a.set("venue", self.text(v, &p.key("venue"))?);
        }
        a.set("has_until", yes_no(x.open_until.is_some()));
        if let Some(u) = x.open_until {
            a.set("until", self.date(u, "until")?);
        }
        let attended = x
            .attended_by
            .iter()
            .enumerate()
            .map(|(i, g)| self.guests(g, &p.key("attended_by").index(i)))
            .collect::<Result<Vec<_>, _>>()?;
        a.set("has_attended", yes_no(!attended.is_empty()));
        a.set("attended", self.list(&attended)?);
        Ok(())
    }

    /// A group of guests in the nominative: one the locale words with the event's city and
    /// country (`$city`, `$host`), or the event's own words.
    fn guests(&self, g: &Guests, p: &JsonPath) -> Result<String, L10nError> {
        match g {
            Guests::Text(t) => self.text(t, p),
            Guests::Group { group } => {
                let place = JsonPath::root().key("place");
                let mut a = Args::new();
                a.set(
                    "city",
                    forms_value(self.city(&self.e.place.city, &place.key("city"))?),
                );
                a.set("host", self.e.place.country.as_str().to_owned());
                self.fmt(&group.message_id(), &a)
            }
        }
    }

    /// Who attended and how long it runs, for an exhibition whose arguments are in `a`.
    fn exhibition_details(&self, x: &Exhibition, a: &Args) -> Result<Vec<String>, L10nError> {
        let mut out = Vec::new();
        if !x.attended_by.is_empty() {
            out.push(self.sentence("exhibition-attended", a)?);
        }
        if x.open_until.is_some() {
            out.push(self.sentence("exhibition-runs", a)?);
        } else if x.venue.is_some() {
            out.push(self.sentence("exhibition-shown", a)?);
        }
        Ok(out)
    }

    fn notice(&self) -> Result<Notice, L10nError> {
        let e = self.e;
        let kind = kind_code(&e.kind);
        let mut args = self.common_args()?;
        self.kind_args(&mut args)?;
        // A spokesperson's news makes its own headline, as the press writes it.
        let headline = match &e.kind {
            EventKind::SpokespersonAnnouncement {
                headline: Some(h), ..
            } => grammar::capitalize_first(
                &self.text(h, &JsonPath::root().key("kind").key("headline"))?,
            ),
            _ => self.sentence(&format!("headline-{kind}"), &args)?,
        };
        let fact = self.fmt(&format!("lead-{kind}"), &args)?;

        let published = e.published.zoned();
        let mut d = Args::new();
        d.set(
            "date",
            self.date(PartialDate::Day(published.date()), "full")?,
        );
        d.set(
            "time",
            format!("{:02}:{:02}", published.hour(), published.minute()),
        );
        d.set("offset", grammar::utc_offset(published.offset().seconds()));
        let dateline = self.fmt("dateline", &d)?;

        let root = JsonPath::root();
        let agency = match e.source.as_ref().and_then(|s| s.agency.as_ref()) {
            Some(AgencyName::Code(code)) => Some(self.fmt(&code.message_id(), &Args::new())?),
            Some(AgencyName::Text(t)) => Some(self.text(t, &root.key("source").key("agency"))?),
            None => None,
        };
        // Inside the sentence an agency may read otherwise than on the dateline (ru «МИА
        // «Казинформ»» after «АСТАНА. КАЗИНФОРМ»): its `.lead` form.
        let agency_in_lead = match e.source.as_ref().and_then(|s| s.agency.as_ref()) {
            Some(AgencyName::Code(code)) => {
                Some(self.fmt(&format!("{}.lead", code.message_id()), &Args::new())?)
            }
            _ => agency.clone(),
        };
        let press = match e.source.as_ref().and_then(|s| s.press_service.as_ref()) {
            Some(p) => Some(self.body(p)?),
            None => None,
        };
        let mut l = Args::new();
        l.set(
            "city",
            self.city(&e.place.city, &root.key("place").key("city"))?
                .form(Case::Nom)
                .unwrap_or_default()
                .to_uppercase(),
        );
        l.set("has_agency", yes_no(agency.is_some()));
        if let Some(a) = &agency {
            l.set("agency", a.to_uppercase());
        }
        let lead_in = self.fmt("lead-in", &l)?;

        let mut s = Args::new();
        s.set("fact", fact);
        s.set(
            "source",
            // A lead that quotes its speaker is attributed already.
            match (&agency, &press) {
                _ if self.announcement_leads()? => "none",
                (Some(_), Some(_)) => "agency-press",
                (Some(_), None) => "agency",
                (None, Some(_)) => "press",
                (None, None) => "none",
            },
        );
        if let Some(a) = agency_in_lead {
            s.set("agency", a);
        }
        if let Some(p) = press {
            s.set("press_service", forms_value(p));
        }
        let lead = self.sentence("lead", &s)?;
        self.mentions.lead_written();

        let mut body = Vec::new();
        let mut push = |sentences: Vec<String>| {
            if !sentences.is_empty() {
                body.push(sentences.join(" "));
            }
        };
        match &e.kind {
            EventKind::SpokespersonAnnouncement { announcement, .. }
                if !self.announcement_leads()? =>
            {
                push(vec![
                    self.text(announcement, &root.key("kind").key("announcement"))?,
                ]);
            }
            EventKind::ExhibitionOpening(x) => push(self.exhibition_details(x, &args)?),
            EventKind::MissionOpening { guests, .. } if !guests.is_empty() => {
                push(vec![self.mission_guests(guests)?]);
            }
            _ => {}
        }
        if let EventKind::Visit {
            visitor,
            host,
            counterpart,
            documents,
            ..
        } = &e.kind
        {
            push(self.visit_details(visitor, host.as_ref(), counterpart.as_ref(), documents)?);
        }
        // Who led the delegations first, so that a person the occasion names ("at the
        // invitation of …", "Umarov's visit") has been introduced; then the occasion.
        push(self.delegations()?);
        push(self.occasion()?);
        push(self.statements()?);
        push(self.discussion()?);
        // The outcomes close the account of the talks; the event's own paragraphs (background,
        // figures, a side topic) come last, after the side events they often describe.
        push(self.outcomes()?);
        // Side meetings in a row make one paragraph, as an editor groups them, and those without
        // topics of their own one sentence ("also held meetings with X, as well as with Y");
        // every other side event is a paragraph of its own.
        let mut meetings = 0;
        let mut group: Vec<String> = Vec::new();
        let sides = &e.side_events;
        let mut i = 0;
        while i < sides.len() {
            let side = &sides[i];
            let run = self.plain_meetings(&sides[i..]);
            if run >= 2 {
                meetings += run;
                group.push(self.side_meetings(i, run)?);
                i += run;
                continue;
            }
            let is_meeting = matches!(side, SideEvent::Meeting { .. });
            let order = if is_meeting {
                meetings += 1;
                if meetings == 1 { "first" } else { "next" }
            } else {
                "first"
            };
            let sentences = self.side_event(side, &root.key("side_events").index(i), order)?;
            if is_meeting {
                group.extend(sentences);
            } else {
                push(std::mem::take(&mut group));
                push(sentences);
            }
            i += 1;
        }
        push(group);
        for (i, t) in e.paragraphs.iter().enumerate() {
            let text = self.text(t, &root.key("paragraphs").index(i))?;
            push(vec![grammar::capitalize_first(&text)]);
        }

        let credits = e
            .credits
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut a = Args::new();
                let source = match &c.source {
                    CreditSource::Same(s) => s.clone(),
                    CreditSource::Agency { agency } => {
                        self.fmt(&agency.message_id(), &Args::new())?
                    }
                    CreditSource::Text(t) => {
                        self.text(t, &root.key("credits").index(i).key("source"))?
                    }
                };
                a.set("source", source);
                self.fmt(&c.kind.message_id(), &a)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Notice {
            lang: self.lang,
            headline,
            dateline,
            lead_in,
            lead,
            body,
            credits,
        })
    }

    fn delegations(&self) -> Result<Vec<String>, L10nError> {
        let root = JsonPath::root().key("delegations");
        let all = &self.e.delegations;
        // Co-chairs of every side make one sentence ("X and Y co-chaired the consultations"): a
        // sentence per side repeats its frame word for word. So do heads whose titles name
        // their delegation's state ("The delegations were headed by Kazakh Deputy Foreign
        // Minister X and Uruguayan Deputy Foreign Minister Y"), where "The Uruguayan
        // delegation was headed by the Deputy Foreign Minister of Uruguay" says it twice.
        let joined = if all.len() < 2 {
            None
        } else if all.iter().all(|d| d.role == Leadership::CoChaired) {
            Some("delegations-co_chaired")
        } else if all
            .iter()
            .all(|d| d.role == Leadership::Headed && self.title_names(&d.head, d.country))
        {
            Some("delegations-headed")
        } else {
            None
        };
        if let Some(id) = joined {
            let heads = all
                .iter()
                .enumerate()
                .map(|(i, d)| Ok(self.person(&d.head, &root.index(i).key("head"))?.1))
                .collect::<Result<Vec<_>, L10nError>>()?;
            let mut a = Args::new();
            a.set(
                "heads",
                forms_value(self.list_people(heads, "delegations")?),
            );
            a.set("kind", kind_code(&self.e.kind));
            return Ok(vec![self.sentence(id, &a)?]);
        }
        self.e
            .delegations
            .iter()
            .enumerate()
            .map(
                |(
                    i,
                    Delegation {
                        country,
                        head,
                        role,
                    },
                )| {
                    let (_, titled) = self.person(head, &root.index(i).key("head"))?;
                    let mut a = Args::new();
                    a.set("country", country.as_str().to_owned());
                    a.set("head", forms_value(titled));
                    a.set("gender", self.gender_of(head));
                    a.set("first", yes_no(i == 0));
                    let id = match role {
                        Leadership::Headed => "delegation-headed",
                        Leadership::CoChaired => "delegation-co_chaired",
                    };
                    self.sentence(id, &a)
                },
            )
            .collect()
    }

    /// The named guests of a mission's opening, titled, in one sentence.
    fn mission_guests(&self, guests: &[PersonRef]) -> Result<String, L10nError> {
        let p = JsonPath::root().key("kind").key("guests");
        let titled = guests
            .iter()
            .enumerate()
            .map(|(i, g)| Ok(self.person(g, &p.index(i))?.1))
            .collect::<Result<Vec<_>, L10nError>>()?;
        let mut a = Args::new();
        a.set("guests", forms_value(self.list_people(titled, "guests")?));
        a.set("count", guests.len() as i64);
        self.sentence("mission-guests", &a)
    }

    /// How a headline names a person: with an official title of the locale's own wording (an
    /// office code: "Kazakh President Kassym-Jomart Tokayev"), by name alone where the title
    /// is a long written-out or structured office ("Mukhtar Tileuberdi pays official visit").
    fn headline_form(&self, r: &PersonRef, name: &Forms, titled: &Forms) -> Forms {
        match self.e.person(r).and_then(|p| p.position.as_ref()) {
            Some(Position::Code(_)) => titled.clone(),
            _ => name.clone(),
        }
    }

    /// An organization's short form for a headline ("the CIS", «СНГ»), where the rules decline
    /// it in every case; else its full name. It records no mention: the lead names it in full.
    fn organization_short(&self, org: Organization, p: &JsonPath) -> Result<Forms, L10nError> {
        let id = org.message_id();
        let short = self.fmt(&format!("{id}.short"), &Args::new())?;
        let forms = self.locale_forms(short, p)?;
        if self.lang.cases().iter().all(|c| forms.form(*c).is_some()) {
            return Ok(forms);
        }
        self.locale_forms(self.fmt(&id, &Args::new())?, p)
    }

    /// True if the person's title, as the notice first gives it, names `country`: an office
    /// code or a structured office of that state, not yet mentioned (a later mention is the
    /// name alone).
    fn title_names(&self, r: &PersonRef, country: communique_model::CountryCode) -> bool {
        let Some(p) = self.e.person(r) else {
            return false;
        };
        let key = match r {
            PersonRef::Id(id) => format!("id:{id}"),
            PersonRef::Person(_) => return false,
        };
        p.country == Some(country)
            && !self.mentions.known(&key)
            && match &p.position {
                Some(Position::Code(_)) => true,
                Some(Position::Office(o)) => o.names_state(),
                _ => false,
            }
    }

    fn statements(&self) -> Result<Vec<String>, L10nError> {
        let root = JsonPath::root().key("statements");
        let mut out = Vec::new();
        for (i, st) in self.e.statements.iter().enumerate() {
            // The same person speaking again is "he"/"she" (`$by_kind` again), not the name.
            let again = i > 0 && same_speaker(&self.e.statements[i - 1].by, &st.by);
            // "also" belongs to a speaker who spoke before, not to the first words of the next.
            let spoke = self.e.statements[..i]
                .iter()
                .any(|earlier| same_voice(&earlier.by, &st.by));
            out.push(self.statement(st, !spoke, &root.index(i), again)?);
        }
        Ok(out)
    }

    fn statement(
        &self,
        st: &Statement,
        first: bool,
        p: &JsonPath,
        again: bool,
    ) -> Result<String, L10nError> {
        let mut a = Args::new();
        a.set("first", yes_no(first));
        match &st.by {
            Speaker::Side(country) => {
                a.set("by_kind", "side");
                a.set("side", country.as_str().to_owned());
                a.set("by_gender", "side");
            }
            Speaker::Parties => {
                a.set("by_kind", if again { "again" } else { "parties" });
                a.set("by_gender", "pl");
            }
            Speaker::Person(person) => {
                let (name, titled) = self.person(person, &p.key("by").key("person"))?;
                a.set("by_kind", if again { "again" } else { "person" });
                a.set(
                    "by",
                    forms_value(
                        if self.e.person(person).is_some_and(|x| x.position.is_some()) {
                            titled
                        } else {
                            name
                        },
                    ),
                );
                a.set("by_gender", self.gender_of(person));
            }
        }
        a.set("has_behalf", yes_no(st.on_behalf_of.is_some()));
        if let Some(x) = &st.on_behalf_of {
            a.set(
                "behalf",
                forms_value(self.person(x, &p.key("on_behalf_of"))?.1),
            );
        }
        a.set("has_to", yes_no(st.to.is_some()));
        if let Some(x) = &st.to {
            a.set("to", forms_value(self.addressee(x, &p.key("to"))?));
        }
        let about = self.about(&st.about, st.to.as_ref(), false, &p.key("about"))?;
        // Whether the statement's words open a clause («что …», "que …") or a noun phrase:
        // es «señaló que …» but «resaltó el interés …», ru «отметил, что …».
        let openers = self.fmt("statement-clause-openers", &Args::new())?;
        let first_word = about
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        a.set(
            "about_clause",
            yes_no(openers.split_whitespace().any(|w| w == first_word)),
        );
        a.set("about", about);
        self.sentence(&st.kind.message_id(), &a)
    }

    /// What a statement or a message is about: the event's words, or an occasion of
    /// congratulations as the locale words it, agreeing with a person addressed (`$gender`:
    /// `m`, `f`, or `other` when no person is); in a message (`in_message`) its `.message`
    /// wording (ru «направил телеграмму в связи с переизбранием», not «с переизбранием»).
    fn about(
        &self,
        about: &About,
        to: Option<&Addressee>,
        in_message: bool,
        p: &JsonPath,
    ) -> Result<String, L10nError> {
        match about {
            About::Text(t) => self.text(t, p),
            About::Congratulation { congratulation } => {
                let mut a = Args::new();
                let gender = match to {
                    Some(Addressee::Person(x)) => self.gender_of(x),
                    _ => "other",
                };
                a.set("gender", gender);
                let id = congratulation.message_id();
                if in_message {
                    self.fmt(&format!("{id}.message"), &a)
                } else {
                    self.fmt(&id, &a)
                }
            }
        }
    }

    /// Whom a statement is addressed to, in every case.
    fn addressee(&self, to: &Addressee, p: &JsonPath) -> Result<Forms, L10nError> {
        match to {
            Addressee::Person(x) => Ok(self.person(x, p)?.1),
            Addressee::Side { side } => {
                self.vocab_forms("addressee-side", &[("country", side.as_str().to_owned())])
            }
            Addressee::Body { body } => self.body(body),
            Addressee::Organization { organization } => {
                self.organization(*organization, &p.key("organization"))
            }
            Addressee::Institution { institution } => {
                self.institution(institution, &p.key("institution"))
            }
        }
    }

    fn discussion(&self) -> Result<Vec<String>, L10nError> {
        let d = &self.e.discussion;
        let mut out = Vec::new();
        for (topics, construct, id) in [
            (&d.topics, "discussed", "discussion-topics"),
            (&d.progress_in, "field", "discussion-progress"),
            (&d.views_exchanged_on, "views", "discussion-views"),
        ] {
            if topics.is_empty() {
                continue;
            }
            let mut a = Args::new();
            a.set("topics", self.topics(topics, construct)?);
            // kk «… саласында» for one field, «… салаларында» for several.
            a.set("topic_count", topics.len() as i64);
            a.set("first", yes_no(out.is_empty()));
            a.set("kind", kind_code(&self.e.kind));
            out.push(self.sentence(id, &a)?);
        }
        Ok(out)
    }

    fn outcomes(&self) -> Result<Vec<String>, L10nError> {
        let root = JsonPath::root().key("outcomes");
        let mut out = Vec::new();
        for (i, o) in self.e.outcomes.iter().enumerate() {
            let p = root.index(i);
            let mut a = Args::new();
            a.set("first", yes_no(i == 0));
            a.set("kind", kind_code(&self.e.kind));
            let id = match o {
                Outcome::RegularDialogue => "outcome-regular_dialogue",
                Outcome::NextRound { date, place } => {
                    a.set("has_when", yes_no(date.is_some()));
                    if let Some(date) = date {
                        a.set("when", self.date(*date, "when")?);
                    }
                    a.set("has_place", yes_no(place.is_some()));
                    if let Some(pl) = place {
                        a.set(
                            "city",
                            forms_value(self.city(&pl.city, &p.key("place").key("city"))?),
                        );
                        a.set("country", pl.country.as_str().to_owned());
                    }
                    "outcome-next_round"
                }
                Outcome::Invitation { invitee, to_visit } => {
                    a.set(
                        "invitee",
                        forms_value(self.person(invitee, &p.key("invitee"))?.1),
                    );
                    a.set("invitee_gender", self.gender_of(invitee));
                    a.set("country", to_visit.as_str().to_owned());
                    "outcome-invitation"
                }
                Outcome::MissionToOpen {
                    mission,
                    country,
                    place,
                } => {
                    let whose = [("country", country.as_str().to_owned())];
                    a.set(
                        "mission",
                        forms_value(self.vocab_forms(&mission.message_id(), &whose)?),
                    );
                    a.set("country", country.as_str().to_owned());
                    a.set("host", place.country.as_str().to_owned());
                    a.set(
                        "city",
                        forms_value(self.city(&place.city, &p.key("place").key("city"))?),
                    );
                    "outcome-mission_to_open"
                }
                Outcome::Other { text } => {
                    a.set("text", self.text(text, &p.key("text"))?);
                    "outcome-other"
                }
            };
            out.push(self.sentence(id, &a)?);
        }
        Ok(out)
    }

    /// How many side events from the start of `sides` are meetings held by one side with no
    /// topics of their own: such a run is one sentence.
    fn plain_meetings(&self, sides: &[SideEvent]) -> usize {
        let holder = |s: &SideEvent| match s {
            SideEvent::Meeting {
                held_by, topics, ..
            } if topics.is_empty() => Some(held_by.or(self.e.parties.first().map(|x| x.country))),
            _ => None,
        };
        let Some(first) = sides.first().and_then(holder) else {
            return 0;
        };
        sides
            .iter()
            .take_while(|s| holder(s) == Some(first))
            .count()
    }

    /// `run` side meetings from index `from` as one sentence: each counterpart once, joined as
    /// the locale joins a list (`side-meetings-with` gives each its preposition and case).
    fn side_meetings(&self, from: usize, run: usize) -> Result<String, L10nError> {
        let root = JsonPath::root().key("side_events");
        let mut withs = Vec::new();
        let mut by = None;
        for (i, side) in self.e.side_events[from..from + run].iter().enumerate() {
            let SideEvent::Meeting { held_by, with, .. } = side else {
                continue;
            };
            let p = root.index(from + i);
            by = held_by.or(self.e.parties.first().map(|x| x.country));
            let with = self.counterpart(with, &p.key("with"))?;
            let mut a = Args::new();
            a.set("with", forms_value(with));
            withs.push(self.fmt("side-meetings-with", &a)?);
        }
        let mut a = Args::new();
        a.set("kind", kind_code(&self.e.kind));
        a.set("by", by.map(|c| c.as_str().to_owned()).unwrap_or_default());
        a.set("withs", self.list(&withs)?);
        self.sentence("side-meetings", &a)
    }

    /// One side event; `order` is "first" for the first side meeting and "next" for the others,
    /// so that a locale can vary their frames ("At a meeting with …" / "The delegation also …").
    fn side_event(
        &self,
        side: &SideEvent,
        p: &JsonPath,
        order: &'static str,
    ) -> Result<Vec<String>, L10nError> {
        match side {
            SideEvent::Meeting {
                held_by,
                counterpart,
                with,
                topics,
            } => {
                let mut a = Args::new();
                a.set("order", order);
                a.set("kind", kind_code(&self.e.kind));
                let by = held_by.or(self.e.parties.first().map(|x| x.country));
                a.set("by", by.map(|c| c.as_str().to_owned()).unwrap_or_default());
                a.set("counterpart", counterpart.code());
                let with = self.counterpart(with, &p.key("with"))?;
                a.set("with", forms_value(with));
                a.set("has_topics", yes_no(!topics.is_empty()));
                a.set("topics", self.topics(topics, "cooperation")?);
                a.set("topic_count", topics.len() as i64);
                Ok(vec![self.sentence("side-meeting", &a)?])
            }
            SideEvent::ExhibitionOpening(x) => {
                let mut a = Args::new();
                self.exhibition_args(x, p, &mut a)?;
                a.set("kind", kind_code(&self.e.kind));
                let mut out = vec![self.sentence("side-exhibition-opened", &a)?];
                out.extend(self.exhibition_details(x, &a)?);
                Ok(out)
            }
            SideEvent::Forum {
                by,
                format,
                title,
                participants,
            } => {
                let mut a = self.performer(by.as_ref(), p)?;
                self.forum_args(*format, title.as_ref(), *participants, p, &mut a)?;
                Ok(vec![self.sentence("side-forum", &a)?])
            }
            SideEvent::WreathLaying { by, at } => {
                let mut a = self.performer(by.as_ref(), p)?;
                // A memorial is a phrase with a head noun ("памятник …"), not a place name.
                a.set("at", forms_value(self.forms(at, &p.key("at"))?));
                Ok(vec![self.sentence("side-wreath_laying", &a)?])
            }
            SideEvent::InstitutionVisit { by, to } => {
                let mut a = self.performer(by.as_ref(), p)?;
                a.set("to", forms_value(self.institution(to, &p.key("to"))?));
                Ok(vec![self.sentence("side-institution_visit", &a)?])
            }
            SideEvent::Lecture { by, at, title } => {
                let mut a = self.performer(by.as_ref(), p)?;
                a.set("at", forms_value(self.institution(at, &p.key("at"))?));
                a.set("has_title", yes_no(title.is_some()));
                if let Some(t) = title {
                    a.set("title", self.text(t, &p.key("title"))?);
                }
                Ok(vec![self.sentence("side-lecture", &a)?])
            }
            SideEvent::Signing { documents } => {
                let mut a = Args::new();
                a.set("kind", kind_code(&self.e.kind));
                let (count, docs) = self.documents(documents, &p.key("documents"))?;
                a.set("count", count);
                a.set("documents", forms_value(docs));
                Ok(vec![self.sentence("side-signing", &a)?])
            }
        }
    }

    /// True if a spokesperson's announcement, one sentence, is the lead's news ("…, the
    /// spokesperson said"); a longer one goes in the body after a lead that says who spoke.
    fn announcement_leads(&self) -> Result<bool, L10nError> {
        let EventKind::SpokespersonAnnouncement { announcement, .. } = &self.e.kind else {
            return Ok(false);
        };
        let path = JsonPath::root().key("kind").key("announcement");
        Ok(!self
            .text(announcement, &path)?
            .trim_end_matches('.')
            .contains(". "))
    }

    /// Whom a side meeting was with, in every case: an organization or a friendship group
    /// as the locale names them, or the event's text.
    fn counterpart(&self, with: &Counterpart, p: &JsonPath) -> Result<Forms, L10nError> {
        match with {
            Counterpart::Organization { organization } => {
                self.organization(*organization, &p.key("organization"))
            }
            Counterpart::FriendshipGroup {
                friendship_group: [first, second],
            } => self.vocab_forms(
                "counterpart-friendship_group",
                &[
                    ("first", first.as_str().to_owned()),
                    ("second", second.as_str().to_owned()),
                ],
            ),
            Counterpart::Text(t) => self.forms(t, p),
        }
    }

    /// An international organization in every case: in full with its acronym the first time
    /// ("the Organization for Security and Co-operation in Europe (OSCE)"), then by its short
    /// form ("the OSCE", "ОБСЕ") where the rules decline it, else in full.
    fn organization(&self, org: Organization, p: &JsonPath) -> Result<Forms, L10nError> {
        let id = org.message_id();
        let full = self.fmt(&id, &Args::new())?;
        let short = self.fmt(&format!("{id}.short"), &Args::new())?;
        let acronym = self.fmt(&format!("{id}.acronym"), &Args::new())?;
        let later = self
            .mentions
            .mention(format!("organization:{}", org.code()));
        let full_forms = self.locale_forms(full.clone(), p)?;
        if full == short {
            return Ok(full_forms);
        }
        if later {
            let short_forms = self.locale_forms(short.clone(), p)?;
            let complete = self
                .lang
                .cases()
                .iter()
                .all(|c| short_forms.form(*c).is_some());
            return Ok(if complete { short_forms } else { full_forms });
        }
        let mut out = Forms::new(p.to_string());
        for case in self.lang.cases() {
            out = match (full_forms.form(*case), full_forms.why(*case)) {
                (Some(f), _) => out.with(*case, format!("{f} ({acronym})")),
                (None, Some(why)) => out.without(*case, why.to_owned()),
                (None, None) => out,
            };
        }
        Ok(out)
    }

    /// Who took part in a side event: a person the event names, or the first party's
    /// delegation (`$by_kind` person/delegation, `$by` forms, `$by_gender`, `$country` code).
    fn performer(&self, by: Option<&PersonRef>, p: &JsonPath) -> Result<Args, L10nError> {
        let mut a = Args::new();
        a.set("kind", kind_code(&self.e.kind));
        let country = self
            .e
            .parties
            .first()
            .map(|x| x.country.as_str().to_owned());
        a.set("country", country.unwrap_or_default());
        match by {
            Some(who) => {
                let (_, titled) = self.person(who, &p.key("by"))?;
                a.set("by_kind", "person");
                a.set("by", forms_value(titled));
                a.set("by_gender", self.gender_of(who));
            }
            None => {
                a.set("by_kind", "delegation");
                a.set("by_gender", "delegation");
            }
        }
        Ok(a)
    }

    /// Signed documents as one phrase in every case, and how many.
    fn documents(
        &self,
        documents: &[communique_model::Document],
        p: &JsonPath,
    ) -> Result<(i64, Forms), L10nError> {
        let mut docs = Vec::new();
        for (i, d) in documents.iter().enumerate() {
            let title = self.text(&d.title, &p.index(i).key("title"))?;
            docs.push(self.vocab_forms(&d.kind.message_id(), &[("title", title)])?);
        }
        Ok((
            documents.len() as i64,
            self.list_forms(docs, &p.to_string())?,
        ))
    }

    /// What the event marks, or at whose invitation it took place: one sentence after the lead.
    fn occasion(&self) -> Result<Vec<String>, L10nError> {
        let p = JsonPath::root().key("occasion");
        let mut a = Args::new();
        a.set("kind", kind_code(&self.e.kind));
        let party = |i: usize| self.e.parties.get(i).map_or("", |x| x.country.as_str());
        a.set("a", party(0).to_owned());
        a.set("b", party(1).to_owned());
        a.set("parties", self.e.parties.len() as i64);
        // The lead of consultations, visits, talks and signings has just named both parties:
        // the occasion says "the two countries" instead of naming them again.
        a.set(
            "pair_named",
            yes_no(
                self.e.parties.len() == 2
                    && matches!(
                        self.e.kind,
                        EventKind::PoliticalConsultations { .. }
                            | EventKind::Visit { .. }
                            | EventKind::Talks { .. }
                            | EventKind::Signing { .. }
                    ),
            ),
        );
        let id = match &self.e.occasion {
            None => return Ok(Vec::new()),
            Some(Occasion::Anniversary { of, years, title }) => {
                a.set("of", of.code());
                a.set("years", i64::from(*years));
                a.set("has_title", yes_no(title.is_some()));
                if let Some(t) = title {
                    a.set("title", self.text(t, &p.key("anniversary").key("title"))?);
                }
                "occasion-anniversary"
            }
            Some(Occasion::InvitationOf(who)) => {
                let (_, titled) = self.person(who, &p.key("invitation_of"))?;
                a.set("who", forms_value(titled));
                "occasion-invitation"
            }
            Some(Occasion::Text(t)) => {
                return Ok(vec![grammar::capitalize_first(
                    &self.text(t, &p.key("text"))?,
                )]);
            }
        };
        Ok(vec![self.sentence(id, &a)?])
    }

    /// A visit's host, counterpart and documents, each a sentence.
    fn visit_details(
        &self,
        visitor: &PersonRef,
        host: Option<&PersonRef>,
        counterpart: Option<&PersonRef>,
        documents: &[communique_model::Document],
    ) -> Result<Vec<String>, L10nError> {
        let p = JsonPath::root().key("kind");
        let mut out = Vec::new();
        let mut a = Args::new();
        a.set(
            "level",
            match &self.e.kind {
                EventKind::Visit { level, .. } => level.code(),
                _ => "official",
            },
        );
        a.set("visitor_gender", self.gender_of(visitor));
        a.set("host_country", self.e.place.country.as_str().to_owned());
        let (_, v) = self.person(visitor, &p.key("visitor"))?;
        a.set("visitor", forms_value(v));
        if let Some(h) = host {
            let (_, titled) = self.person(h, &p.key("host"))?;
            a.set("host", forms_value(titled));
            out.push(self.sentence("visit-received", &a)?);
        }
        if let Some(c) = counterpart {
            let (_, titled) = self.person(c, &p.key("counterpart"))?;
            a.set("counterpart", forms_value(titled));
            a.set("first", yes_no(out.is_empty()));
            out.push(self.sentence("visit-talks", &a)?);
        }
        if !documents.is_empty() {
            let (count, docs) = self.documents(documents, &p.key("documents"))?;
            a.set("count", count);
            a.set("documents", forms_value(docs));
            out.push(self.sentence("visit-documents", &a)?);
        }
        Ok(out)
    }
}

/// True if two statements have one speaker: the same person (by id, or written alike).
/// True if two statements have one speaker, a side or the parties included (for "also").
fn same_voice(a: &Speaker, b: &Speaker) -> bool {
    match (a, b) {
        (Speaker::Side(x), Speaker::Side(y)) => x == y,
        (Speaker::Parties, Speaker::Parties) => true,
        _ => same_speaker(a, b),
    }
}

/// True if two statements have one person, or the parties, as speaker ("he", "she", "they"
/// the second time).
fn same_speaker(a: &Speaker, b: &Speaker) -> bool {
    match (a, b) {
        (Speaker::Person(x), Speaker::Person(y)) => x == y,
        (Speaker::Parties, Speaker::Parties) => true,
        _ => false,
    }
}

fn gender(p: &Person) -> &'static str {
    match p.gender {
        Some(communique_model::Gender::F) => "f",
        _ => "m",
    }
}

/// Every event kind's code, in the order of [`EventKind`].
pub const KIND_CODES: [&str; 10] = [
    "political_consultations",
    "visit",
    "talks",
    "signing",
    "exhibition_opening",
    "mission_opening",
    "forum",
    "organization_meeting",
    "message",
    "spokesperson_announcement",
];

/// The event kind's code, as in the JSON `type` (and in message ids: `headline-visit`).
pub fn kind_code(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::PoliticalConsultations { .. } => "political_consultations",
        EventKind::Visit { .. } => "visit",
        EventKind::Talks { .. } => "talks",
        EventKind::Signing { .. } => "signing",
        EventKind::ExhibitionOpening(_) => "exhibition_opening",
        EventKind::MissionOpening { .. } => "mission_opening",
        EventKind::Forum { .. } => "forum",
        EventKind::OrganizationMeeting { .. } => "organization_meeting",
        EventKind::Message { .. } => "message",
        EventKind::SpokespersonAnnouncement { .. } => "spokesperson_announcement",
    }
}

impl Forms {
    pub(crate) fn get(&self, case: Case) -> Option<String> {
        self.form(case).map(str::to_owned)
    }
}
