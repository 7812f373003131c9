//! Values that carry every case form of a phrase into Fluent, and the functions that pick one.
//!
//! Fluent cannot pass a variable to a term, and a Rust caller cannot know which case a
//! translator's sentence needs. So names, titled persons and bodies travel as [`Forms`] (all
//! the cases the language has), and the sentence picks one: `{ CASE($head, case: "gen") }`.
//! Countries travel as their ISO code and `COUNTRY($code, form: "gen")` reads the locale's own
//! `country-XX.gen` attribute.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use communique_model::Case;
use fluent_bundle::types::FluentType;
use fluent_bundle::{FluentArgs, FluentValue};

/// Marks a grammar failure inside formatted text, so that it is reported as an error instead of
/// being printed (fluent-bundle prints a function's error value silently).
pub(crate) const FAULT_OPEN: char = '\u{E000}';
pub(crate) const FAULT_CLOSE: char = '\u{E001}';

pub(crate) fn fault(message: String) -> FluentValue<'static> {
    FluentValue::String(format!("{FAULT_OPEN}{message}{FAULT_CLOSE}").into())
}

/// The case forms of one phrase in one language, and where they came from (for errors).
#[derive(Debug, Clone, PartialEq)]
pub struct Forms {
    forms: BTreeMap<Case, String>,
    /// Forms for the middle of a sentence, where they differ (English closes an apposition
    /// with a comma: "Ana Ruiz, Director General, said").
    mid: BTreeMap<Case, String>,
    /// Why the rules give no form for a case the event leaves out (named in the fault).
    unknown: BTreeMap<Case, String>,
    origin: String,
}

impl Forms {
    /// Forms from `origin` (a JSON path or a message id, named in errors).
    pub fn new(origin: impl Into<String>) -> Self {
        Forms {
            forms: BTreeMap::new(),
            mid: BTreeMap::new(),
            unknown: BTreeMap::new(),
            origin: origin.into(),
        }
    }

    /// Records why no form for `case` is known (the rules refused it).
    pub fn without(mut self, case: Case, why: impl Into<String>) -> Self {
        self.unknown.insert(case, why.into());
        self
    }

    /// The mid-sentence form of `case`, or its plain form where the two are one.
    pub fn form_mid(&self, case: Case) -> Option<&str> {
        self.mid
            .get(&case)
            .or_else(|| self.forms.get(&case))
            .map(String::as_str)
    }

    /// Adds the mid-sentence form for `case`.
    pub fn with_mid(mut self, case: Case, text: impl Into<String>) -> Self {
        self.mid.insert(case, text.into());
        self
    }

    /// Adds the form for `case`.
    pub fn with(mut self, case: Case, text: impl Into<String>) -> Self {
        self.forms.insert(case, text.into());
        self
    }

    /// Why the rules give no form for `case`, if they refused it.
    pub fn why(&self, case: Case) -> Option<&str> {
        self.unknown.get(&case).map(String::as_str)
    }

    /// The form for `case`, if known.
    pub fn form(&self, case: Case) -> Option<&str> {
        self.forms.get(&case).map(String::as_str)
    }

    /// The form for `case`, or a fault naming what is missing.
    fn pick(&self, case: Case, mid: bool) -> FluentValue<'static> {
        let mid_form = if mid { self.mid.get(&case) } else { None };
        match mid_form.or_else(|| self.forms.get(&case)) {
            Some(s) => FluentValue::String(s.clone().into()),
            None => fault(match self.unknown.get(&case) {
                Some(why) => format!(
                    "the sentence needs the `{case}` form of {} ({why}): add `\"{case}\": …` to it in the event",
                    self.origin
                ),
                None => format!(
                    "the sentence needs the `{case}` form of {}: add it to the event",
                    self.origin
                ),
            }),
        }
    }

    fn nominative(&self) -> Cow<'static, str> {
        match self.forms.get(&Case::Nom) {
            Some(s) => s.clone().into(),
            None => format!("{FAULT_OPEN}{} has no nominative{FAULT_CLOSE}", self.origin).into(),
        }
    }
}

impl FluentType for Forms {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.nominative()
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.nominative()
    }
}

fn named<'a>(args: &'a FluentArgs, key: &'a str) -> Option<&'a str> {
    match args.get(key) {
        Some(FluentValue::String(s)) => Some(s),
        _ => None,
    }
}

/// `CASE($phrase, case: "gen")`: one case form of a [`Forms`] value; with `at: "mid"`, the form
/// for the middle of a sentence.
pub(crate) fn case_function<'a>(
    positional: &[FluentValue<'a>],
    args: &FluentArgs,
) -> FluentValue<'a> {
    let Some(case_name) = named(args, "case") else {
        return fault("CASE() needs a `case:` argument".into());
    };
    let Some(case) = parse_case(case_name) else {
        return fault(format!("CASE(): unknown case `{case_name}`"));
    };
    match positional.first() {
        Some(FluentValue::Custom(custom)) => match custom.as_any().downcast_ref::<Forms>() {
            Some(forms) => forms.pick(case, named(args, "at") == Some("mid")),
            None => fault("CASE() was given a value without case forms".into()),
        },
        Some(FluentValue::String(s)) if case == Case::Nom => {
            FluentValue::String(s.to_string().into())
        }
        Some(FluentValue::String(s)) => fault(format!("CASE(): `{s}` has no `{case}` form")),
        _ => fault("CASE() needs a phrase".into()),
    }
}

pub(crate) fn parse_case(name: &str) -> Option<Case> {
    Case::from_code(name)
}

/// A locale's country names: code → form (`nom` for the message's value) → text.
pub(crate) type CountryTable = HashMap<String, HashMap<String, String>>;

/// `COUNTRY($code, form: "gen")`: a country's form from the locale's `country-XX` message.
pub(crate) fn country_function(
    table: Arc<CountryTable>,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional, args| {
        let code = match positional.first() {
            Some(FluentValue::String(s)) => s.to_string(),
            _ => return fault("COUNTRY() needs a country code".into()),
        };
        let form = named(args, "form").unwrap_or("nom");
        match table.get(&code).and_then(|forms| forms.get(form)) {
            Some(text) => FluentValue::String(text.clone().into()),
            None if table.contains_key(&code) => fault(format!(
                "country-{code} has no `.{form}` form in this locale: add it to countries.ftl"
            )),
            None => fault(format!(
                "country `{code}` is not in this locale's countries.ftl: add `country-{code}`"
            )),
        }
    }
}
