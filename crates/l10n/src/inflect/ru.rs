//! Russian declension of people's names and office headwords by rule.
//!
//! The rules are data, `locales/ru/inflection.toml` (petrovich-style suffix tests and
//! modifications, see that file's header); this module only parses them and applies them with
//! small named steps:
//!
//! * [`RuRules::person`]: split the name into words (`tokenize`), give each word a role
//!   (`assign_roles`: initials, particle, given name, patronymic, surname, East Asian given
//!   name), then decline each word by the rule group of its role (`RuRules::decline_word`).
//! * [`RuRules::phrase`]: cut the text at spaced dashes, and in each part decline the leading
//!   adjectives and the head noun listed in the data (`RuRules::decline_noun_phrase`); the
//!   rest stays.
//! * [`RuRules::place`]: a city or region name of one word, hyphenated or not: a listed whole
//!   name first (`RuRules::whole_place_rule`), else its last part by ending
//!   (`RuRules::decline_word` with the `[place]` group).
//!
//! Whatever no rule covers is an [`InflectError::Unknown`]: the engine never guesses.

use communique_model::{Case, Gender};
use serde::Deserialize;

use super::InflectError;

/// The five oblique cases, in the order the data writes their modifications.
const OBLIQUE: usize = 5;
/// Index of the genitive modification.
const GEN: usize = 0;
/// Index of the accusative modification.
const ACC: usize = 2;

// ------------------------------------------------------------------ the file as written

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    person: RawPerson,
    patronymic: RawGroup,
    surname: RawGroup,
    given: RawGroup,
    phrase: RawPhrase,
    place: RawGroup,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    vowels: String,
    particles: Vec<String>,
    prefixes: Vec<String>,
    patronymic_words: Vec<String>,
    east_asian_surnames: Vec<String>,
    east_asian_ambiguous: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    /// `"all"`: every part of a hyphenated word declines; `"last"`: only the last.
    hyphen: String,
    #[serde(default)]
    exceptions: Vec<RawRule>,
    suffixes: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    gender: String,
    test: Vec<String>,
    mods: Option<Vec<String>>,
    refuse: Option<String>,
    #[serde(default)]
    first_part: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrase {
    conjunctions: Vec<String>,
    dashes: Vec<String>,
    adjectives: Vec<RawRule>,
    heads: Vec<RawHead>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHead {
    words: Vec<String>,
    gender: String,
    animate: bool,
    mods: Vec<String>,
}

// ------------------------------------------------------------------ the parsed rules

/// Whose words a rule is for: a person's gender, or an adjective's and head noun's gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    M,
    F,
    N,
    Any,
}

impl Who {
    fn fits(self, gender: Gender) -> bool {
        matches!(
            (self, gender),
            (Who::Any, _) | (Who::M, Gender::M) | (Who::F, Gender::F)
        )
    }
}

/// One modification: remove `cut` letters from the end, then append `add`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Mod {
    cut: usize,
    add: String,
}

/// What a matching rule does.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Action {
    Decline(Vec<Mod>),
    Refuse(String),
}

#[derive(Debug, Clone)]
struct Rule {
    who: Who,
    test: Vec<String>,
    action: Action,
    first_part: bool,
}

#[derive(Debug, Clone)]
struct Group {
    /// Only the last part of a hyphenated word declines.
    last_part_only: bool,
    exceptions: Vec<Rule>,
    suffixes: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Head {
    words: Vec<String>,
    who: Who,
    animate: bool,
    mods: Vec<Mod>,
}

/// The Russian rules, parsed from `locales/ru/inflection.toml`.
#[derive(Debug, Clone)]
pub struct RuRules {
    vowels: Vec<char>,
    particles: Vec<String>,
    prefixes: Vec<String>,
    patronymic_words: Vec<String>,
    east_asian_surnames: Vec<String>,
    east_asian_ambiguous: Vec<String>,
    patronymic: Group,
    surname: Group,
    given: Group,
    conjunctions: Vec<String>,
    dashes: Vec<String>,
    adjectives: Vec<Rule>,
    heads: Vec<Head>,
    place: Group,
}

// ------------------------------------------------------------------ parsing

/// A rule-file error naming `file`.
fn rules_error(file: &str, message: impl Into<String>) -> InflectError {
    InflectError::Rules {
        file: file.to_owned(),
        message: message.into(),
    }
}

/// Reads `"--xy"` as cut 2, add `xy`; `"."` as no change.
fn parse_mod(text: &str) -> Result<Mod, String> {
    if text == "." {
        return Ok(Mod {
            cut: 0,
            add: String::new(),
        });
    }
    let cut = text.chars().take_while(|&c| c == '-').count();
    let add: String = text.chars().skip(cut).collect();
    if add.is_empty() && cut == 0 {
        return Err("an empty modification (write \".\" for no change)".to_owned());
    }
    if add.chars().any(|c| !c.is_alphabetic()) {
        return Err(format!(
            "modification `{text}` has a character that is not a letter"
        ));
    }
    Ok(Mod { cut, add })
}

/// Reads the five modifications of a rule or head.
fn parse_mods(mods: &[String]) -> Result<Vec<Mod>, String> {
    if mods.len() != OBLIQUE {
        return Err(format!(
            "{} modifications where five are needed (gen, dat, acc, ins, prep)",
            mods.len()
        ));
    }
    mods.iter().map(|m| parse_mod(m)).collect()
}

/// Reads `"m"`, `"f"`, `"any"` (and `"n"` where `neuter` is allowed).
fn parse_who(text: &str, neuter: bool) -> Result<Who, String> {
    match text {
        "m" => Ok(Who::M),
        "f" => Ok(Who::F),
        "any" if !neuter => Ok(Who::Any),
        "n" if neuter => Ok(Who::N),
        other => Err(format!("unknown gender `{other}`")),
    }
}

/// A test or listed word must be lower case and non-empty, since words are compared lower-cased.
fn check_lower(words: &[String]) -> Result<(), String> {
    match words
        .iter()
        .find(|w| w.is_empty() || w.to_lowercase() != **w)
    {
        Some(w) => Err(format!("`{w}` must be a non-empty lower-case word")),
        None => Ok(()),
    }
}

fn parse_rule(raw: &RawRule, neuter: bool) -> Result<Rule, String> {
    check_lower(&raw.test)?;
    if raw.test.is_empty() {
        return Err("a rule with an empty test".to_owned());
    }
    let action = match (&raw.mods, &raw.refuse) {
        (Some(mods), None) => Action::Decline(parse_mods(mods)?),
        (None, Some(why)) => Action::Refuse(why.clone()),
        _ => return Err("a rule needs exactly one of `mods` and `refuse`".to_owned()),
    };
    Ok(Rule {
        who: parse_who(&raw.gender, neuter)?,
        test: raw.test.clone(),
        action,
        first_part: raw.first_part,
    })
}

/// Parses a list of rules, naming the table and rule number in errors.
fn parse_rules(
    file: &str,
    table: &str,
    raw: &[RawRule],
    neuter: bool,
) -> Result<Vec<Rule>, InflectError> {
    raw.iter()
        .enumerate()
        .map(|(i, r)| {
            parse_rule(r, neuter)
                .map_err(|m| rules_error(file, format!("[[{table}]] rule {}: {m}", i + 1)))
        })
        .collect()
}

fn parse_group(file: &str, name: &str, raw: &RawGroup) -> Result<Group, InflectError> {
    let last_part_only = match raw.hyphen.as_str() {
        "all" => false,
        "last" => true,
        other => {
            return Err(rules_error(
                file,
                format!("[{name}] hyphen = `{other}`: write \"all\" or \"last\""),
            ));
        }
    };
    Ok(Group {
        last_part_only,
        exceptions: parse_rules(file, &format!("{name}.exceptions"), &raw.exceptions, false)?,
        suffixes: parse_rules(file, &format!("{name}.suffixes"), &raw.suffixes, false)?,
    })
}

fn parse_head(raw: &RawHead) -> Result<Head, String> {
    check_lower(&raw.words)?;
    Ok(Head {
        words: raw.words.clone(),
        who: parse_who(&raw.gender, true)?,
        animate: raw.animate,
        mods: parse_mods(&raw.mods)?,
    })
}

impl RuRules {
    /// Parses `locales/ru/inflection.toml`; `file` is named in errors.
    pub fn parse(file: &str, src: &str) -> Result<RuRules, InflectError> {
        let raw: RawFile = toml::from_str(src).map_err(|e| rules_error(file, e.to_string()))?;
        let lists = [
            ("person.particles", &raw.person.particles),
            ("person.prefixes", &raw.person.prefixes),
            ("person.patronymic_words", &raw.person.patronymic_words),
            (
                "person.east_asian_surnames",
                &raw.person.east_asian_surnames,
            ),
            (
                "person.east_asian_ambiguous",
                &raw.person.east_asian_ambiguous,
            ),
            ("phrase.conjunctions", &raw.phrase.conjunctions),
        ];
        for (name, list) in lists {
            check_lower(list).map_err(|m| rules_error(file, format!("{name}: {m}")))?;
        }
        let heads = raw
            .phrase
            .heads
            .iter()
            .enumerate()
            .map(|(i, h)| {
                parse_head(h).map_err(|m| {
                    rules_error(file, format!("[[phrase.heads]] entry {}: {m}", i + 1))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(RuRules {
            vowels: raw.person.vowels.chars().collect(),
            particles: raw.person.particles,
            prefixes: raw.person.prefixes,
            patronymic_words: raw.person.patronymic_words,
            east_asian_surnames: raw.person.east_asian_surnames,
            east_asian_ambiguous: raw.person.east_asian_ambiguous,
            patronymic: parse_group(file, "patronymic", &raw.patronymic)?,
            surname: parse_group(file, "surname", &raw.surname)?,
            given: parse_group(file, "given", &raw.given)?,
            conjunctions: raw.phrase.conjunctions,
            dashes: raw.phrase.dashes,
            adjectives: parse_rules(file, "phrase.adjectives", &raw.phrase.adjectives, true)?,
            heads,
            place: parse_group(file, "place", &raw.place)?,
        })
    }
}

// ------------------------------------------------------------------ applying a rule

/// The position of `case` among the five modifications; `None` for the nominative.
fn case_index(case: Case) -> Result<Option<usize>, &'static str> {
    match case {
        Case::Nom => Ok(None),
        Case::Gen => Ok(Some(0)),
        Case::Dat => Ok(Some(1)),
        Case::Acc => Ok(Some(2)),
        Case::Ins => Ok(Some(3)),
        Case::Prep => Ok(Some(4)),
        Case::Loc | Case::Abl => Err("Russian has no such case"),
    }
}

/// Applies one modification to `word`, keeping the letters it does not cut as written.
fn apply_mod(word: &str, m: &Mod) -> String {
    let kept = word.chars().count().saturating_sub(m.cut);
    let mut out: String = word.chars().take(kept).collect();
    out.push_str(&m.add);
    out
}

/// A word written in Cyrillic letters (a hyphen and an apostrophe allowed): the rules know
/// nothing of other scripts.
fn is_cyrillic_word(word: &str) -> bool {
    !word.is_empty()
        && word.chars().any(char::is_alphabetic)
        && word.chars().all(|c| {
            (('\u{0400}'..='\u{04FF}').contains(&c) && c.is_alphabetic()) || c == '-' || c == '\''
        })
}

/// The first rule of `group` for `gender` that matches `lower`: exceptions by whole word,
/// then suffixes by ending. `first_part` says the word is the first part of a hyphenated one.
fn find_rule<'a>(
    group: &'a Group,
    lower: &str,
    gender: Gender,
    first_part: bool,
) -> Option<&'a Rule> {
    let usable = |r: &&Rule| r.who.fits(gender) && (!r.first_part || first_part);
    group
        .exceptions
        .iter()
        .filter(usable)
        .find(|r| r.test.iter().any(|t| t == lower))
        .or_else(|| {
            group.suffixes.iter().filter(usable).find(|r| {
                r.test
                    .iter()
                    .any(|t| lower.ends_with(t.as_str()) && lower != t)
            })
        })
}

/// Why a word could not be declined.
type Why = String;

impl RuRules {
    /// Declines one word (no spaces) of a name by `group`, part by part if hyphenated: every
    /// part, or only the last, as the group's `hyphen` setting says, and
    /// never a listed prefix or a first part the rules keep (`first_part` rules).
    fn decline_word(
        &self,
        group: &Group,
        word: &str,
        gender: Gender,
        idx: usize,
    ) -> Result<String, Why> {
        if !is_cyrillic_word(word) {
            return Err(format!("`{word}` is not written in Cyrillic letters"));
        }
        let parts: Vec<&str> = word.split('-').collect();
        let mut out = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            let lower = part.to_lowercase();
            let last = i + 1 == parts.len();
            if !last && (group.last_part_only || self.prefixes.contains(&lower)) {
                out.push((*part).to_owned());
                continue;
            }
            let rule = find_rule(group, &lower, gender, i == 0 && !last)
                .ok_or_else(|| format!("no rule knows the ending of `{part}`"))?;
            match &rule.action {
                Action::Decline(mods) => out.push(apply_mod(part, &mods[idx])),
                Action::Refuse(why) => return Err(format!("`{part}`: {why}")),
            }
        }
        Ok(out.join("-"))
    }
}

// ------------------------------------------------------------------ names: words and roles

/// A piece of the input: a word, or the spacing between words (kept as written, so a no-break
/// space after an initial stays one).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'a> {
    Word(&'a str),
    Space(&'a str),
}

/// Cuts `text` into words and the whitespace between them.
fn tokenize(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_space: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        match in_space {
            Some(s) if s != space => {
                pieces.push(piece(&text[start..i], s));
                start = i;
            }
            _ => {}
        }
        in_space = Some(space);
    }
    if let Some(s) = in_space {
        pieces.push(piece(&text[start..], s));
    }
    pieces
}

fn piece(text: &str, space: bool) -> Piece<'_> {
    if space {
        Piece::Space(text)
    } else {
        Piece::Word(text)
    }
}

/// The length in bytes of the initials that open `word` ("V.", "V.V.", "J.-P.", "Dzh."): a
/// capital, at most two more small letters, a full stop; groups may be joined by a hyphen.
fn initials_len(word: &str) -> usize {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut i = 0;
    let mut end = 0;
    loop {
        let group_start = i;
        if i < chars.len() && chars[i].1.is_uppercase() {
            i += 1;
            while i < chars.len() && i - group_start < 3 && chars[i].1.is_lowercase() {
                i += 1;
            }
            if i < chars.len() && chars[i].1 == '.' {
                i += 1;
                end = chars.get(i).map_or(word.len(), |&(b, _)| b);
                if i < chars.len() && chars[i].1 == '-' {
                    i += 1;
                }
                continue;
            }
        }
        return end;
    }
}

/// What a word of a name is, which decides the rules that decline it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Stays as written: initials, a particle, a Turkic patronymic word and the father's name
    /// before it, the surname and middle part of an East Asian name.
    Stays,
    Given,
    Patronymic,
    Surname,
    /// The last part of an East Asian name: declines only a man's, only if consonant-final.
    EastAsianGiven,
}

impl RuRules {
    fn is_patronymic(&self, lower: &str) -> bool {
        self.patronymic.suffixes.iter().any(|r| {
            r.test
                .iter()
                .any(|t| lower.ends_with(t.as_str()) && lower.len() > t.len() + 2)
        })
    }

    /// Gives every word of a name its role. Rules, in order: initials stay and make every
    /// other word a surname; particles (not first) and Turkic patronymic words with the word
    /// before them stay; a word with a patronymic ending is the patronymic, the given name
    /// stands before it and the surname before or after them; a name of two or three plain
    /// words opening with an East Asian surname is read surname first (refused if that word
    /// also opens other names); otherwise the first word is the given name, the
    /// last the surname, and of four words the second is a given name too.
    fn assign_roles(&self, words: &[&str]) -> Result<Vec<Role>, Why> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let mut roles = vec![Role::Surname; words.len()];
        let mut content = Vec::new();
        let mut has_initials = false;
        for (i, w) in words.iter().enumerate() {
            if initials_len(w) == w.len() {
                roles[i] = Role::Stays;
                has_initials = true;
            } else if initials_len(w) > 0 {
                has_initials = true;
                content.push(i);
            } else if self.patronymic_words.contains(&lower[i]) && i > 0 {
                roles[i] = Role::Stays;
                roles[i - 1] = Role::Stays;
                content.retain(|&c| c != i - 1);
            } else if i > 0 && self.particles.contains(&lower[i]) {
                roles[i] = Role::Stays;
            } else {
                content.push(i);
            }
        }
        if content.is_empty() {
            return Err("no word to decline".to_owned());
        }
        if has_initials {
            return Ok(roles);
        }
        let patronymics: Vec<usize> = (0..content.len())
            .filter(|&k| self.is_patronymic(&lower[content[k]]))
            .collect();
        match patronymics.as_slice() {
            [] => {}
            [p] => return self.roles_with_patronymic(roles, &content, *p),
            _ => return Err("more than one word looks like a patronymic".to_owned()),
        }
        // An East Asian name: two or three words, no particle, no hyphen.
        let east_asian_shape = (2..=3).contains(&content.len())
            && content.len() == words.len()
            && !words.iter().any(|w| w.contains('-'));
        if east_asian_shape && self.east_asian_ambiguous.contains(&lower[content[0]]) {
            return Err(format!(
                "`{}` opens both East Asian and other names: which word is the surname?",
                words[content[0]]
            ));
        }
        if east_asian_shape && self.east_asian_surnames.contains(&lower[content[0]]) {
            for &c in &content {
                roles[c] = Role::Stays;
            }
            if let Some(&last) = content.last() {
                roles[last] = Role::EastAsianGiven;
            }
            return Ok(roles);
        }
        let given = match content.len() {
            1 => 0,
            2 | 3 => 1,
            4 => 2,
            _ => return Err("more than four name words: which is the surname?".to_owned()),
        };
        for (k, &c) in content.iter().enumerate() {
            roles[c] = if k < given {
                Role::Given
            } else {
                Role::Surname
            };
        }
        Ok(roles)
    }

    /// Roles around a patronymic at content position `p`: Given Patronymic [Surname], or
    /// Surname Given Patronymic.
    fn roles_with_patronymic(
        &self,
        mut roles: Vec<Role>,
        content: &[usize],
        p: usize,
    ) -> Result<Vec<Role>, Why> {
        let layout: &[Role] = match (content.len(), p) {
            (2, 1) => &[Role::Given, Role::Patronymic],
            (3, 1) => &[Role::Given, Role::Patronymic, Role::Surname],
            (3, 2) => &[Role::Surname, Role::Given, Role::Patronymic],
            _ => return Err("the patronymic stands where no rule expects it".to_owned()),
        };
        for (&c, &r) in content.iter().zip(layout) {
            roles[c] = r;
        }
        Ok(roles)
    }

    /// Declines one word in its role.
    fn decline_in_role(
        &self,
        word: &str,
        role: Role,
        gender: Gender,
        idx: usize,
    ) -> Result<String, Why> {
        let cut = initials_len(word);
        let (initials, rest) = word.split_at(cut);
        let declined = match role {
            Role::Stays => return Ok(word.to_owned()),
            Role::Given => self.decline_word(&self.given, rest, gender, idx)?,
            Role::Patronymic => self.decline_word(&self.patronymic, rest, gender, idx)?,
            Role::Surname => self.decline_word(&self.surname, rest, gender, idx)?,
            Role::EastAsianGiven => {
                let consonant_final = rest
                    .chars()
                    .last()
                    .is_some_and(|c| !self.vowels.contains(&c.to_lowercase().next().unwrap_or(c)));
                if gender == Gender::F || !consonant_final {
                    return Ok(word.to_owned());
                }
                self.decline_word(&self.given, rest, gender, idx)?
            }
        };
        Ok(format!("{initials}{declined}"))
    }

    /// A person's full name (as printed) in `case`.
    pub fn person(&self, name: &str, gender: Gender, case: Case) -> Result<String, InflectError> {
        // A monarch's regnal number stays as written: "Карла III", "Фелипе VI".
        if let Some((rest, numeral)) = name.rsplit_once(' ')
            && !numeral.is_empty()
            && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
        {
            return Ok(format!("{} {numeral}", self.person(rest, gender, case)?));
        }
        let unknown = |why: String| InflectError::unknown(name, case, why);
        let Some(idx) = case_index(case).map_err(|w| unknown(w.to_owned()))? else {
            return Ok(name.to_owned());
        };
        let pieces = tokenize(name);
        let words: Vec<&str> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Word(w) => Some(*w),
                Piece::Space(_) => None,
            })
            .collect();
        let roles = self.assign_roles(&words).map_err(unknown)?;
        let mut roles = roles.into_iter();
        let mut out = String::with_capacity(name.len() + 8);
        for p in &pieces {
            match p {
                Piece::Space(s) => out.push_str(s),
                Piece::Word(w) => {
                    let role = roles.next().unwrap_or(Role::Stays);
                    out.push_str(
                        &self
                            .decline_in_role(w, role, gender, idx)
                            .map_err(unknown)?,
                    );
                }
            }
        }
        Ok(out)
    }
}

// ------------------------------------------------------------------ offices and institutions

/// An adjective found before the head: its rule's modifications and gender.
struct Adjective<'a> {
    who: Who,
    mods: &'a [Mod],
}

impl RuRules {
    /// The listed head noun `word` is, if any.
    fn find_head(&self, word: &str) -> Option<&Head> {
        let lower = word.to_lowercase();
        self.heads.iter().find(|h| h.words.contains(&lower))
    }

    /// The adjective rule `word` matches, if any (a refusing rule counts as none).
    fn find_adjective(&self, word: &str) -> Option<Adjective<'_>> {
        if !is_cyrillic_word(word) {
            return None;
        }
        let lower = word.to_lowercase();
        let rule = self.adjectives.iter().find(|r| {
            r.test.iter().any(|t| {
                lower.ends_with(t.as_str()) && lower.chars().count() > t.chars().count() + 1
            })
        })?;
        match &rule.action {
            Action::Decline(mods) => Some(Adjective {
                who: rule.who,
                mods,
            }),
            Action::Refuse(_) => None,
        }
    }

    /// Declines the leading noun phrase of `words` (adjectives, possibly joined by a
    /// conjunction, then a listed head); returns the declined words in order.
    fn decline_noun_phrase(&self, words: &[&str], idx: usize) -> Result<Vec<String>, Why> {
        let mut adjectives: Vec<(usize, Adjective<'_>)> = Vec::new();
        let mut i = 0;
        let head = loop {
            let Some(word) = words.get(i) else {
                return Err("no head noun from the list".to_owned());
            };
            if let Some(head) = self.find_head(word) {
                break head;
            }
            let adjective = self.find_adjective(word).ok_or_else(|| {
                format!("`{word}` is neither a listed head noun nor an adjective before one")
            })?;
            adjectives.push((i, adjective));
            i += 1;
            let joined = words
                .get(i)
                .is_some_and(|w| self.conjunctions.contains(&w.to_lowercase()));
            if joined
                && words
                    .get(i + 1)
                    .is_some_and(|w| self.find_adjective(w).is_some())
            {
                i += 1;
            }
        };
        let head_at = i;
        if words
            .get(head_at + 1)
            .is_some_and(|w| self.conjunctions.contains(&w.to_lowercase()))
        {
            return Err("two offices joined by a conjunction: give the form".to_owned());
        }
        if let Some((_, a)) = adjectives.iter().find(|(_, a)| a.who != head.who) {
            return Err(format!(
                "an adjective of gender {:?} before a head of gender {:?}",
                a.who, head.who
            ));
        }
        // An animate masculine head takes the genitive as accusative, and so do its adjectives.
        let animate_acc = idx == ACC && head.animate && head.who == Who::M;
        let mut out: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        for (at, a) in &adjectives {
            let m = if animate_acc {
                &a.mods[GEN]
            } else {
                &a.mods[idx]
            };
            out[*at] = apply_mod(words[*at], m);
        }
        out[head_at] = apply_mod(words[head_at], &head.mods[idx]);
        Ok(out)
    }

    /// A free-text office or institution in `case`, declining only its leading noun phrase.
    pub fn phrase(&self, nominative: &str, case: Case) -> Result<String, InflectError> {
        let unknown = |why: String| InflectError::unknown(nominative, case, why);
        let Some(idx) = case_index(case).map_err(|w| unknown(w.to_owned()))? else {
            return Ok(nominative.to_owned());
        };
        let pieces = tokenize(nominative);
        // Word positions of each part between spaced dashes.
        let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
        for (k, p) in pieces.iter().enumerate() {
            if let Piece::Word(w) = p {
                if self.dashes.iter().any(|d| d == w) {
                    parts.push(Vec::new());
                } else if let Some(last) = parts.last_mut() {
                    last.push(k);
                }
            }
        }
        let mut out: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                Piece::Word(w) | Piece::Space(w) => (*w).to_owned(),
            })
            .collect();
        for part in &parts {
            let words: Vec<&str> = part
                .iter()
                .filter_map(|&k| match pieces[k] {
                    Piece::Word(w) => Some(w),
                    Piece::Space(_) => None,
                })
                .collect();
            let declined = self.decline_noun_phrase(&words, idx).map_err(unknown)?;
            for (&k, d) in part.iter().zip(declined) {
                out[k] = d;
            }
        }
        Ok(out.concat())
    }
}

// ------------------------------------------------------------------ places

/// Applies a matched rule's action for the case at `idx`.
fn apply_action(word: &str, rule: &Rule, idx: usize) -> Result<String, Why> {
    match &rule.action {
        Action::Decline(mods) => Ok(apply_mod(word, &mods[idx])),
        Action::Refuse(why) => Err(format!("`{word}`: {why}")),
    }
}

/// The one word a place name must be: whitespace inside makes it a phrase the rules do not
/// read (which of the words declines?).
fn single_word(name: &str) -> Result<&str, Why> {
    let word = name.trim();
    if word.is_empty() {
        return Err("an empty place name".to_owned());
    }
    if word.chars().any(char::is_whitespace) {
        return Err("a place name of several words: give the form".to_owned());
    }
    Ok(word)
}

impl RuRules {
    /// The `[place]` exception listing `lower` as a whole name (a hyphenated name may be
    /// listed whole), if any.
    fn whole_place_rule(&self, lower: &str) -> Option<&Rule> {
        self.place
            .exceptions
            .iter()
            .find(|r| r.test.iter().any(|t| t == lower))
    }

    /// A place name (city, region) in `case`: the Russian press declines most city names
    /// (Madrid, Astana, Valencia, Buenos Aires take the case endings) and leaves others as they
    /// are (names in -o, -e, -i, -u and those listed in `[place]`). A whole listed name wins;
    /// otherwise the last part of a hyphenated name declines by its ending. A name of several
    /// words, in Latin letters, or with an ending no rule declines safely is an
    /// [`InflectError::Unknown`].
    pub fn place(&self, name: &str, case: Case) -> Result<String, InflectError> {
        let unknown = |why: String| InflectError::unknown(name, case, why);
        let Some(idx) = case_index(case).map_err(|w| unknown(w.to_owned()))? else {
            return Ok(name.to_owned());
        };
        let word = single_word(name).map_err(unknown)?;
        if !is_cyrillic_word(word) {
            return Err(unknown(format!(
                "`{word}` is not written in Cyrillic letters"
            )));
        }
        match self.whole_place_rule(&word.to_lowercase()) {
            Some(rule) => apply_action(word, rule, idx),
            None => self.decline_word(&self.place, word, Gender::M, idx),
        }
        .map_err(unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> RuRules {
        let src = include_str!("../../../../locales/ru/inflection.toml");
        RuRules::parse("locales/ru/inflection.toml", src).expect("the shipped rules parse")
    }

    #[test]
    fn parse_mod_reads_cuts_and_additions() {
        assert_eq!(
            parse_mod("--ла"),
            Ok(Mod {
                cut: 2,
                add: "ла".into()
            })
        );
        assert_eq!(
            parse_mod("."),
            Ok(Mod {
                cut: 0,
                add: String::new()
            })
        );
        assert_eq!(
            parse_mod("а"),
            Ok(Mod {
                cut: 0,
                add: "а".into()
            })
        );
        assert!(parse_mod("").is_err());
        assert!(parse_mod("-а.").is_err());
    }

    #[test]
    fn parse_mods_wants_five() {
        assert!(parse_mods(&vec!["а".to_owned(); 4]).is_err());
        assert!(parse_mods(&["а".into(), "у".into(), "а".into(), "ом".into(), "е".into()]).is_ok());
    }

    #[test]
    fn parse_who_reads_genders() {
        assert_eq!(parse_who("m", false), Ok(Who::M));
        assert_eq!(parse_who("any", false), Ok(Who::Any));
        assert!(parse_who("n", false).is_err());
        assert_eq!(parse_who("n", true), Ok(Who::N));
    }

    #[test]
    fn check_lower_refuses_capitals() {
        assert!(check_lower(&["посол".into()]).is_ok());
        assert!(check_lower(&["Посол".into()]).is_err());
        assert!(check_lower(&[String::new()]).is_err());
    }

    #[test]
    fn parse_rule_needs_one_action() {
        let raw = RawRule {
            gender: "m".into(),
            test: vec!["ец".into()],
            mods: None,
            refuse: None,
            first_part: false,
        };
        assert!(parse_rule(&raw, false).is_err());
    }

    #[test]
    fn parse_reports_the_file() {
        match RuRules::parse("x.toml", "[person]\nvowels = 1") {
            Err(InflectError::Rules { file, .. }) => assert_eq!(file, "x.toml"),
            other => panic!("expected a rules error, got {other:?}"),
        }
    }

    #[test]
    fn case_index_orders_cases() {
        assert_eq!(case_index(Case::Nom), Ok(None));
        assert_eq!(case_index(Case::Gen), Ok(Some(0)));
        assert_eq!(case_index(Case::Prep), Ok(Some(4)));
        assert!(case_index(Case::Loc).is_err());
    }

    #[test]
    fn apply_mod_cuts_and_appends() {
        assert_eq!(
            apply_mod(
                "Посол",
                &Mod {
                    cut: 2,
                    add: "ла".into()
                }
            ),
            "Посла"
        );
        assert_eq!(
            apply_mod(
                "Лопес",
                &Mod {
                    cut: 0,
                    add: "а".into()
                }
            ),
            "Лопеса"
        );
        assert_eq!(
            apply_mod(
                "а",
                &Mod {
                    cut: 3,
                    add: "б".into()
                }
            ),
            "б"
        );
    }

    #[test]
    fn is_cyrillic_word_refuses_latin() {
        assert!(is_cyrillic_word("Касым-Жомарт"));
        assert!(!is_cyrillic_word("Blinken"));
        assert!(!is_cyrillic_word("Токаев,"));
    }

    #[test]
    fn find_rule_takes_the_first_match() {
        let r = rules();
        let rule = find_rule(&r.surname, "токаев", Gender::M, false).expect("a rule");
        assert_eq!(
            rule.action,
            Action::Decline(
                parse_mods(&["а".into(), "у".into(), "а".into(), "ым".into(), "е".into()])
                    .expect("mods")
            )
        );
        // Exceptions before suffixes: Дарвин takes -ом.
        let rule = find_rule(&r.surname, "дарвин", Gender::M, false).expect("a rule");
        assert!(matches!(&rule.action, Action::Decline(m) if m[3].add == "ом"));
        // first_part rules only for a first part.
        assert!(find_rule(&r.surname, "бонч", Gender::M, true).is_some_and(|r| r.first_part));
    }

    #[test]
    fn decline_word_handles_hyphens_and_prefixes() {
        let r = rules();
        assert_eq!(
            r.decline_word(&r.given, "Касым-Жомарт", Gender::M, 0),
            Ok("Касым-Жомарта".into())
        );
        assert_eq!(
            r.decline_word(&r.surname, "аль-Джубейр", Gender::M, 3),
            Ok("аль-Джубейром".into())
        );
        assert!(r.decline_word(&r.surname, "Smith", Gender::M, 0).is_err());
        assert!(
            r.decline_word(&r.surname, "Кузнецова", Gender::M, 0)
                .is_err()
        );
    }

    #[test]
    fn tokenize_keeps_spacing() {
        let t = tokenize("В.\u{a0}В.  Путин");
        assert_eq!(
            t,
            vec![
                Piece::Word("В."),
                Piece::Space("\u{a0}"),
                Piece::Word("В."),
                Piece::Space("  "),
                Piece::Word("Путин"),
            ]
        );
        assert!(tokenize("").is_empty());
    }

    #[test]
    fn initials_len_finds_initials() {
        assert_eq!(initials_len("В."), "В.".len());
        assert_eq!(initials_len("В.В.Путин"), "В.В.".len());
        assert_eq!(initials_len("Ж.-П."), "Ж.-П.".len());
        assert_eq!(initials_len("Дж.Кэмерон"), "Дж.".len());
        assert_eq!(initials_len("Путин"), 0);
    }

    #[test]
    fn assign_roles_reads_name_orders() {
        let r = rules();
        use Role::*;
        assert_eq!(
            r.assign_roles(&["Владимир", "Владимирович", "Путин"]),
            Ok(vec![Given, Patronymic, Surname])
        );
        assert_eq!(
            r.assign_roles(&["Путин", "Владимир", "Владимирович"]),
            Ok(vec![Surname, Given, Patronymic])
        );
        assert_eq!(
            r.assign_roles(&["Си", "Цзиньпин"]),
            Ok(vec![Stays, EastAsianGiven])
        );
        assert_eq!(
            r.assign_roles(&["Ильхам", "Гейдар", "оглы", "Алиев"]),
            Ok(vec![Given, Stays, Stays, Surname])
        );
        assert_eq!(
            r.assign_roles(&["В.", "В.", "Путин"]),
            Ok(vec![Stays, Stays, Surname])
        );
        assert_eq!(
            r.assign_roles(&["Андрес", "Мануэль", "Лопес", "Обрадор"]),
            Ok(vec![Given, Given, Surname, Surname])
        );
        assert!(r.assign_roles(&["А", "Б", "В", "Г", "Д"]).is_err());
    }

    #[test]
    fn assign_roles_refuses_an_ambiguous_east_asian_opening() {
        let r = rules();
        assert!(r.assign_roles(&["Хуан", "Гонсалес"]).is_err());
        // Particles make it a Spanish name.
        assert_eq!(
            r.assign_roles(&["Хуан", "Рамон", "де", "ла", "Фуэнте"]),
            Ok(vec![
                Role::Given,
                Role::Surname,
                Role::Stays,
                Role::Stays,
                Role::Surname
            ])
        );
    }

    #[test]
    fn parse_group_reads_hyphen() {
        let raw = RawGroup {
            hyphen: "some".into(),
            exceptions: Vec::new(),
            suffixes: Vec::new(),
        };
        assert!(parse_group("x.toml", "given", &raw).is_err());
    }

    #[test]
    fn roles_with_patronymic_refuses_odd_places() {
        let r = rules();
        assert!(
            r.roles_with_patronymic(vec![Role::Surname; 3], &[0, 1, 2], 0)
                .is_err()
        );
    }

    #[test]
    fn decline_in_role_keeps_initials() {
        let r = rules();
        assert_eq!(
            r.decline_in_role("Д.Кэмерон", Role::Surname, Gender::M, 0),
            Ok("Д.Кэмерона".into())
        );
        assert_eq!(
            r.decline_in_role("И", Role::EastAsianGiven, Gender::M, 0),
            Ok("И".into())
        );
    }

    #[test]
    fn person_declines_and_refuses() {
        let r = rules();
        assert_eq!(
            r.person("Касым-Жомарт Токаев", Gender::M, Case::Dat).ok(),
            Some("Касым-Жомарту Токаеву".into())
        );
        assert_eq!(
            r.person("Токаев", Gender::M, Case::Nom).ok(),
            Some("Токаев".into())
        );
        assert!(r.person("Токаев", Gender::M, Case::Loc).is_err());
        assert!(r.person("John Smith", Gender::M, Case::Gen).is_err());
    }

    #[test]
    fn find_head_and_adjective() {
        let r = rules();
        assert!(r.find_head("Посол").is_some());
        assert!(r.find_head("посла").is_none());
        assert!(
            r.find_adjective("Чрезвычайный")
                .is_some_and(|a| a.who == Who::M)
        );
        assert!(r.find_adjective("МИД").is_none());
    }

    #[test]
    fn decline_noun_phrase_declines_the_head_only() {
        let r = rules();
        assert_eq!(
            r.decline_noun_phrase(&["первый", "заместитель", "министра"], ACC),
            Ok(vec![
                "первого".into(),
                "заместителя".into(),
                "министра".into()
            ])
        );
        assert!(r.decline_noun_phrase(&["Казахстан"], 0).is_err());
        assert!(r.decline_noun_phrase(&["посол", "и", "консул"], 0).is_err());
    }

    #[test]
    fn phrase_declines_apposed_parts() {
        let r = rules();
        assert_eq!(
            r.phrase(
                "заместитель Премьер-министра – министр иностранных дел",
                Case::Ins
            )
            .ok(),
            Some("заместителем Премьер-министра – министром иностранных дел".into())
        );
        assert_eq!(
            r.phrase("университет", Case::Acc).ok(),
            Some("университет".into())
        );
    }

    #[test]
    fn single_word_refuses_phrases() {
        assert_eq!(single_word(" Нью-Йорк "), Ok("Нью-Йорк"));
        assert!(single_word("Санта Крус").is_err());
        assert!(single_word("  ").is_err());
    }

    #[test]
    fn apply_action_declines_or_refuses() {
        let r = rules();
        let rule = r.whole_place_rule("брюссель").expect("listed");
        assert_eq!(apply_action("Брюссель", rule, 3), Ok("Брюсселем".into()));
        let refusing = find_rule(&r.place, "грозный", Gender::M, false).expect("a rule");
        assert!(apply_action("Грозный", refusing, 0).is_err());
    }

    #[test]
    fn whole_place_rule_lists_whole_names() {
        let r = rules();
        assert!(r.whole_place_rule("сан-паулу").is_some());
        assert!(r.whole_place_rule("алматы").is_some());
        assert!(r.whole_place_rule("мадрид").is_none());
    }

    #[test]
    fn place_declines_stays_and_refuses() {
        let r = rules();
        assert_eq!(r.place("Мадрид", Case::Prep).ok(), Some("Мадриде".into()));
        assert_eq!(r.place("Астана", Case::Acc).ok(), Some("Астану".into()));
        assert_eq!(
            r.place("Нью-Йорк", Case::Gen).ok(),
            Some("Нью-Йорка".into())
        );
        assert_eq!(r.place("Киев", Case::Ins).ok(), Some("Киевом".into()));
        assert_eq!(r.place("Алматы", Case::Dat).ok(), Some("Алматы".into()));
        assert_eq!(r.place("Токио", Case::Ins).ok(), Some("Токио".into()));
        assert_eq!(r.place("Madrid", Case::Nom).ok(), Some("Madrid".into()));
        assert!(r.place("Madrid", Case::Gen).is_err());
        assert!(r.place("Мадрид", Case::Loc).is_err());
        assert!(r.place("Великие Луки", Case::Gen).is_err());
        assert!(r.place("Химки", Case::Gen).is_err());
        assert!(r.place("Гомель", Case::Gen).is_err());
    }
}
