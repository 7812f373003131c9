//! Kazakh case suffixes by rule.
//!
//! The data (letters, sound classes, suffix tables, number words, abbreviation readings,
//! exceptions) is `locales/kk/inflection.toml`; this file only applies it, so a translator can
//! correct a rule without touching Rust. The ending goes on the last word of the phrase and is
//! chosen by vowel harmony and by the class of the final sound; a multi-word name whose last word
//! is a 3rd-person possessive takes the possessive row. Anything the data does not settle is an
//! [`InflectError::Unknown`]: a wrong case form in a press notice is worse than a request to the
//! author for the form.

use std::collections::{BTreeMap, HashMap, HashSet};

use communique_model::Case;
use serde::Deserialize;

use super::InflectError;

/// Back or front vowel harmony.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Harmony {
    /// Back vowels: the first column of a suffix table.
    Back,
    /// Front vowels: the second column.
    Front,
}

/// The class of a word's final sound, which picks the suffix's initial consonant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sound {
    /// A vowel.
    Vowel,
    /// The nasals.
    Nasal,
    /// Sonorants and semivowels (and the letters for \[ij\] and \[ju\] at the end).
    Sonorant,
    /// The voiced fricatives.
    Voiced,
    /// Voiceless consonants, and the voiced stops devoiced at the end.
    Voiceless,
}

/// Which row of a suffix table applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    /// After a final sound of this class.
    Sound(Sound),
    /// After the 3rd-person possessive.
    Possessive,
}

/// What the suffix depends on, found from the phrase's last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ending {
    harmony: Harmony,
    row: Row,
    /// What joins the suffix to the phrase.
    joiner: Joiner,
}

/// Digits and abbreviations take the suffix after a hyphen; words take it directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    Word,
    Number,
    Acronym,
}

// ---- the file as written ----------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    harmony: HarmonyFile,
    sounds: SoundsFile,
    suffixes: SuffixesFile,
    possessive: PossessiveFile,
    numbers: NumbersFile,
    acronyms: AcronymsFile,
    #[serde(default)]
    exceptions: BTreeMap<String, Exception>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HarmonyFile {
    back: Vec<String>,
    front: Vec<String>,
    transparent: Vec<String>,
    back_between_consonants: Vec<String>,
    transparent_after_vowel: Vec<String>,
    soft_sign: Vec<String>,
    back_final: Vec<String>,
    front_final_clusters: Vec<String>,
    unknown_final_clusters: Vec<String>,
    ambiguous: Vec<AmbiguousFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbiguousFile {
    vowel: String,
    #[serde(default)]
    back_after: Vec<String>,
    #[serde(default)]
    refuse_after: Vec<String>,
    #[serde(default)]
    refuse_if_word_has: Vec<String>,
}

/// A vowel letter whose harmony depends on its neighbours.
struct Ambiguous {
    vowel: char,
    /// After one of these letters it is a back vowel.
    back_after: HashSet<char>,
    /// After one of these letters no reference settles it.
    refuse_after: HashSet<char>,
    /// Unsafe (unless the vowel before it is front) in a word holding one of these letters.
    refuse_if_word_has: HashSet<char>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SoundsFile {
    vowel: Vec<String>,
    nasal: Vec<String>,
    sonorant: Vec<String>,
    voiced: Vec<String>,
    voiceless: Vec<String>,
    skip_final: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SuffixesFile {
    #[serde(rename = "gen")]
    genitive: Table,
    dat: Table,
    acc: Table,
    loc: Table,
    abl: Table,
    ins: Table,
}

/// One case's allomorphs: for each row, `[back, front]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    vowel: [String; 2],
    nasal: [String; 2],
    sonorant: [String; 2],
    voiced: [String; 2],
    voiceless: [String; 2],
    possessive: [String; 2],
}

impl Table {
    fn get(&self, row: Row, harmony: Harmony) -> &str {
        let pair = match row {
            Row::Sound(Sound::Vowel) => &self.vowel,
            Row::Sound(Sound::Nasal) => &self.nasal,
            Row::Sound(Sound::Sonorant) => &self.sonorant,
            Row::Sound(Sound::Voiced) => &self.voiced,
            Row::Sound(Sound::Voiceless) => &self.voiceless,
            Row::Possessive => &self.possessive,
        };
        match harmony {
            Harmony::Back => &pair[0],
            Harmony::Front => &pair[1],
        }
    }

    fn all(&self) -> impl Iterator<Item = &String> {
        [
            &self.vowel,
            &self.nasal,
            &self.sonorant,
            &self.voiced,
            &self.voiceless,
            &self.possessive,
        ]
        .into_iter()
        .flatten()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PossessiveFile {
    endings: Vec<String>,
    word_endings: Vec<String>,
    not_possessive: Vec<String>,
    refuse_endings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    hyphen: String,
    zero: String,
    units: [String; 9],
    tens: [String; 9],
    hundred: String,
    thousand: String,
    million: String,
    billion: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcronymsFile {
    hyphen: String,
    max_letters: usize,
    final_letter: BTreeMap<String, String>,
    whole: BTreeMap<String, String>,
}

/// A word the rules get wrong: what to use instead of the computed harmony or sound.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exception {
    harmony: Option<Harmony>,
    sound: Option<Sound>,
}

// ---- the parsed rules -------------------------------------------------------------------------

/// The Kazakh rules, parsed from `locales/kk/inflection.toml`.
pub struct KkRules {
    back: HashSet<char>,
    front: HashSet<char>,
    transparent: HashSet<char>,
    back_between_consonants: HashSet<char>,
    transparent_after_vowel: HashSet<char>,
    soft_sign: HashSet<char>,
    back_final: HashSet<char>,
    front_final_clusters: Vec<String>,
    unknown_final_clusters: Vec<String>,
    ambiguous: Vec<Ambiguous>,
    sounds: HashMap<char, Sound>,
    skip_final: HashSet<char>,
    suffixes: SuffixesFile,
    possessive: PossessiveFile,
    numbers: NumbersFile,
    acronym_hyphen: String,
    acronym_max: usize,
    acronym_letter: HashMap<char, String>,
    acronym_whole: HashMap<String, String>,
    exceptions: HashMap<String, Exception>,
}

/// Why a phrase is refused (becomes [`InflectError::Unknown::why`]).
type Why = String;

impl KkRules {
    /// Parses `locales/kk/inflection.toml`; `file` is named in errors.
    pub fn parse(file: &str, src: &str) -> Result<KkRules, InflectError> {
        let bad = |message: String| InflectError::Rules {
            file: file.to_owned(),
            message,
        };
        let f: RulesFile = toml::from_str(src).map_err(|e| bad(e.to_string()))?;
        let letters = |field: &str, list: &[String]| -> Result<HashSet<char>, InflectError> {
            list.iter()
                .map(|s| {
                    one_letter(s)
                        .ok_or_else(|| bad(format!("{field}: `{s}` is not one lower-case letter")))
                })
                .collect()
        };
        let mut sounds = HashMap::new();
        for (field, list, sound) in [
            ("sounds.vowel", &f.sounds.vowel, Sound::Vowel),
            ("sounds.nasal", &f.sounds.nasal, Sound::Nasal),
            ("sounds.sonorant", &f.sounds.sonorant, Sound::Sonorant),
            ("sounds.voiced", &f.sounds.voiced, Sound::Voiced),
            ("sounds.voiceless", &f.sounds.voiceless, Sound::Voiceless),
        ] {
            for c in letters(field, list)? {
                // One letter in two classes would make the table's answer depend on read order.
                if sounds.insert(c, sound).is_some() {
                    return Err(bad(format!("{field}: `{c}` is in two sound classes")));
                }
            }
        }
        let mut ambiguous = Vec::new();
        for a in &f.harmony.ambiguous {
            let v = one_letter(&a.vowel).ok_or_else(|| {
                bad(format!(
                    "harmony.ambiguous: `{}` is not one letter",
                    a.vowel
                ))
            })?;
            ambiguous.push(Ambiguous {
                vowel: v,
                back_after: letters("harmony.ambiguous", &a.back_after)?,
                refuse_after: letters("harmony.ambiguous", &a.refuse_after)?,
                refuse_if_word_has: letters("harmony.ambiguous", &a.refuse_if_word_has)?,
            });
        }
        let back = letters("harmony.back", &f.harmony.back)?;
        let front = letters("harmony.front", &f.harmony.front)?;
        if let Some(c) = back.intersection(&front).next() {
            return Err(bad(format!("harmony: `{c}` is both back and front")));
        }
        for (name, t) in [
            ("gen", &f.suffixes.genitive),
            ("dat", &f.suffixes.dat),
            ("acc", &f.suffixes.acc),
            ("loc", &f.suffixes.loc),
            ("abl", &f.suffixes.abl),
            ("ins", &f.suffixes.ins),
        ] {
            if t.all()
                .any(|s| s.is_empty() || s.chars().any(char::is_uppercase))
            {
                return Err(bad(format!(
                    "suffixes.{name}: a suffix is empty or not lower case"
                )));
            }
        }
        let mut acronym_letter = HashMap::new();
        for (k, v) in &f.acronyms.final_letter {
            let c = one_letter(k).ok_or_else(|| {
                bad(format!(
                    "acronyms.final_letter: `{k}` is not one lower-case letter"
                ))
            })?;
            acronym_letter.insert(c, v.clone());
        }
        let lower_keys = |field: &str, keys: Vec<&String>| -> Result<(), InflectError> {
            match keys.into_iter().find(|k| k.to_lowercase() != **k) {
                Some(k) => Err(bad(format!("{field}: `{k}` must be written in lower case"))),
                None => Ok(()),
            }
        };
        lower_keys("acronyms.whole", f.acronyms.whole.keys().collect())?;
        lower_keys("exceptions", f.exceptions.keys().collect())?;
        lower_keys(
            "possessive.not_possessive",
            f.possessive.not_possessive.iter().collect(),
        )?;
        Ok(KkRules {
            transparent: letters("harmony.transparent", &f.harmony.transparent)?,
            back_between_consonants: letters(
                "harmony.back_between_consonants",
                &f.harmony.back_between_consonants,
            )?,
            transparent_after_vowel: letters(
                "harmony.transparent_after_vowel",
                &f.harmony.transparent_after_vowel,
            )?,
            soft_sign: letters("harmony.soft_sign", &f.harmony.soft_sign)?,
            back_final: letters("harmony.back_final", &f.harmony.back_final)?,
            skip_final: letters("sounds.skip_final", &f.sounds.skip_final)?,
            back,
            front,
            front_final_clusters: f.harmony.front_final_clusters,
            unknown_final_clusters: f.harmony.unknown_final_clusters,
            ambiguous,
            sounds,
            suffixes: f.suffixes,
            possessive: f.possessive,
            numbers: f.numbers,
            acronym_hyphen: f.acronyms.hyphen,
            acronym_max: f.acronyms.max_letters,
            acronym_letter,
            acronym_whole: f.acronyms.whole.into_iter().collect(),
            exceptions: f.exceptions.into_iter().collect(),
        })
    }

    /// The form of a name or phrase given in the nominative.
    pub fn form(&self, nominative: &str, case: Case) -> Result<String, InflectError> {
        let unknown = |why: Why| InflectError::Unknown {
            phrase: nominative.to_owned(),
            case: case.code(),
            why,
        };
        let table = match case {
            // The nominative has no ending: the phrase as the author wrote it.
            Case::Nom => return Ok(nominative.to_owned()),
            Case::Gen => &self.suffixes.genitive,
            Case::Dat => &self.suffixes.dat,
            Case::Acc => &self.suffixes.acc,
            Case::Loc => &self.suffixes.loc,
            Case::Abl => &self.suffixes.abl,
            Case::Ins => &self.suffixes.ins,
            Case::Prep => return Err(unknown("the prepositional is not a Kazakh case".into())),
        };
        let ending = self.ending(nominative).map_err(unknown)?;
        let hyphen = match ending.joiner {
            Joiner::Word => "",
            Joiner::Number => &self.numbers.hyphen,
            Joiner::Acronym => &self.acronym_hyphen,
        };
        Ok(format!(
            "{nominative}{hyphen}{}",
            table.get(ending.row, ending.harmony)
        ))
    }

    /// Finds what the suffix depends on from the phrase's last word.
    fn ending(&self, phrase: &str) -> Result<Ending, Why> {
        let last_char = phrase.chars().last().ok_or("the phrase is empty")?;
        if phrase.trim() != phrase {
            return Err("the phrase starts or ends with a space".into());
        }
        // A closing quotation mark or parenthesis: the suffix would go on a word inside them or
        // after them, and the press does both; the author decides.
        if !last_char.is_alphanumeric() {
            return Err(format!("the phrase ends in `{last_char}`, not in a word"));
        }
        let multi_word = phrase.contains(char::is_whitespace);
        let last_word = phrase.rsplit(char::is_whitespace).next().unwrap_or(phrase);
        // The part after the last hyphen or initial's full stop carries the sound: a hyphenated
        // city name, an initial and surname written together, a range of numbers "10-15".
        let segment = last_word.rsplit(['-', '.']).next().unwrap_or(last_word);
        if segment.chars().all(|c| c.is_ascii_digit()) {
            let spoken = self.number_word(segment)?;
            return self.plain_ending(spoken, Joiner::Number);
        }
        let lower = segment.to_lowercase();
        if let Some(c) = lower.chars().find(|c| !self.is_letter(*c)) {
            return Err(format!(
                "`{c}` in `{segment}` is not a Kazakh Cyrillic letter this file knows"
            ));
        }
        if segment.chars().count() >= 2 && segment.chars().all(char::is_uppercase) {
            let reading = self.acronym_reading(&lower)?;
            return self.plain_ending(&reading, Joiner::Acronym);
        }
        if segment.chars().skip(1).any(char::is_uppercase) {
            return Err(format!(
                "`{segment}` mixes capitals and small letters (a mixed abbreviation?)"
            ));
        }
        if segment.chars().count() < 2 {
            return Err(format!("`{segment}` is a single letter (an initial?)"));
        }
        if self.is_possessive(&lower, multi_word)? {
            let harmony = self.harmony(&lower)?;
            return Ok(Ending {
                harmony,
                row: Row::Possessive,
                joiner: Joiner::Word,
            });
        }
        self.plain_ending(&lower, Joiner::Word)
    }

    /// Harmony and sound of a word (lower case) outside the possessive.
    fn plain_ending(&self, word: &str, joiner: Joiner) -> Result<Ending, Why> {
        Ok(Ending {
            harmony: self.harmony(word)?,
            row: Row::Sound(self.final_sound(word)?),
            joiner,
        })
    }

    fn is_letter(&self, c: char) -> bool {
        self.sounds.contains_key(&c)
            || self.back.contains(&c)
            || self.front.contains(&c)
            || self.skip_final.contains(&c)
            || self.soft_sign.contains(&c)
    }

    fn is_vowel_letter(&self, c: char) -> bool {
        self.back.contains(&c) || self.front.contains(&c) || self.transparent.contains(&c)
    }

    /// Vowel harmony of a lower-case word: exceptions, then final letters and clusters, then the
    /// last vowel.
    fn harmony(&self, word: &str) -> Result<Harmony, Why> {
        if let Some(h) = self.exceptions.get(word).and_then(|e| e.harmony) {
            return Ok(h);
        }
        let letters: Vec<char> = word.chars().collect();
        let end = letters
            .iter()
            .rposition(|c| !self.skip_final.contains(c))
            .ok_or_else(|| format!("`{word}` has no letters"))?;
        let core: String = letters[..=end].iter().collect();
        if self.back_final.contains(&letters[end]) {
            return Ok(Harmony::Back);
        }
        if self
            .front_final_clusters
            .iter()
            .any(|c| core.ends_with(c.as_str()))
        {
            return Ok(Harmony::Front);
        }
        if let Some(c) = self
            .unknown_final_clusters
            .iter()
            .find(|c| core.ends_with(c.as_str()))
        {
            return Err(format!(
                "`{word}` ends in `{c}`: references disagree or insert a vowel"
            ));
        }
        // A soft sign after the last vowel: front after a front vowel; after a back vowel the
        // references disagree, so the word is refused.
        let mut soft_after_vowel = false;
        for (i, &c) in letters.iter().enumerate().rev() {
            if self.soft_sign.contains(&c) {
                soft_after_vowel = true;
                continue;
            }
            let after_vowel = i > 0 && self.is_vowel_letter(letters[i - 1]);
            if self.transparent.contains(&c) {
                // A glide follows the vowel before it; between consonants the letter is a vowel.
                if i > 0 && !after_vowel && i < end && self.back_between_consonants.contains(&c) {
                    if soft_after_vowel {
                        return Err(format!(
                            "`{word}`: a soft sign after a back vowel: front or back is not settled"
                        ));
                    }
                    return Ok(Harmony::Back);
                }
                continue;
            }
            // A vowel letter read with a glide after another vowel: that vowel decides.
            if after_vowel && self.transparent_after_vowel.contains(&c) {
                continue;
            }
            if self.back.contains(&c) {
                if soft_after_vowel {
                    return Err(format!(
                        "`{word}`: a soft sign after a back vowel: front or back is not settled"
                    ));
                }
                return Ok(Harmony::Back);
            }
            if self.front.contains(&c) {
                // Safe when the vowel before it is front too; otherwise a native back letter in
                // the word means the letter may stand for a back vowel.
                let before_is_front = letters[..i]
                    .iter()
                    .rev()
                    .find(|l| self.back.contains(l) || self.front.contains(l))
                    .is_some_and(|l| self.front.contains(l));
                let prev = i.checked_sub(1).map(|p| letters[p]);
                for a in self.ambiguous.iter().filter(|a| a.vowel == c) {
                    if prev.is_some_and(|p| a.back_after.contains(&p)) {
                        return Ok(Harmony::Back);
                    }
                    if prev.is_some_and(|p| a.refuse_after.contains(&p)) {
                        return Err(format!(
                            "`{word}`: `{c}` after that consonant may be read back or front"
                        ));
                    }
                    if !before_is_front && letters.iter().any(|l| a.refuse_if_word_has.contains(l))
                    {
                        return Err(format!(
                            "`{word}`: `{c}` may be back or front in a word with native back letters"
                        ));
                    }
                }
                return Ok(Harmony::Front);
            }
        }
        Err(format!("`{word}` has no vowel that decides harmony"))
    }

    /// The class of a lower-case word's final sound (the letter before any soft sign).
    fn final_sound(&self, word: &str) -> Result<Sound, Why> {
        if let Some(s) = self.exceptions.get(word).and_then(|e| e.sound) {
            return Ok(s);
        }
        let last = word
            .chars()
            .rev()
            .find(|c| !self.skip_final.contains(c))
            .ok_or_else(|| format!("`{word}` has no letters"))?;
        self.sounds
            .get(&last)
            .copied()
            .ok_or_else(|| format!("`{word}` ends in `{last}`, which has no sound class"))
    }

    /// Whether a lower-case last word is a 3rd-person possessive (its case endings then follow
    /// the possessive row).
    fn is_possessive(&self, word: &str, multi_word: bool) -> Result<bool, Why> {
        if !self
            .possessive
            .endings
            .iter()
            .any(|e| word.ends_with(e.as_str()))
        {
            return Ok(false);
        }
        if self.possessive.not_possessive.iter().any(|w| w == word) {
            return Ok(false);
        }
        if self.exceptions.contains_key(word) {
            return Ok(false);
        }
        if self
            .possessive
            .word_endings
            .iter()
            .any(|e| word.ends_with(e.as_str()))
        {
            return Ok(true);
        }
        if let Some(e) = self
            .possessive
            .refuse_endings
            .iter()
            .find(|e| word.ends_with(e.as_str()))
        {
            return Err(format!(
                "`{word}` ends in `{e}`: a noun with that ending may be possessive or not"
            ));
        }
        if multi_word {
            // The head noun of a Kazakh noun phrase ending in the possessive vowel is possessive
            // ("the Senate's chairman"); foreign names are transliterated without those vowels.
            return Ok(true);
        }
        Err(format!(
            "`{word}` alone may be possessive or not; list it in possessive.not_possessive"
        ))
    }

    /// The last numeral as spoken of a number in digits (2023 ends in "three").
    fn number_word(&self, digits: &str) -> Result<&str, Why> {
        if digits.len() > 1 && digits.starts_with('0') {
            return Err(format!(
                "`{digits}` starts with zero: not a cardinal number"
            ));
        }
        // Up to 999 999 999 999: the words the file has.
        if digits.len() > 12 {
            return Err(format!("`{digits}` is too long a number"));
        }
        let n: u64 = digits
            .parse()
            .map_err(|_| format!("`{digits}` is not a number"))?;
        let num = &self.numbers;
        let digit = |place: u64| (n / place % 10) as usize;
        let group = |place: u64| n / place % 1000;
        Ok(if n == 0 {
            &num.zero
        } else if digit(1) > 0 {
            &num.units[digit(1) - 1]
        } else if digit(10) > 0 {
            &num.tens[digit(10) - 1]
        } else if digit(100) > 0 {
            &num.hundred
        } else if group(1_000) > 0 {
            &num.thousand
        } else if group(1_000_000) > 0 {
            &num.million
        } else {
            &num.billion
        })
    }

    /// How an abbreviation (lower-cased) sounds at its end, for harmony and the final sound.
    fn acronym_reading(&self, acronym: &str) -> Result<String, Why> {
        if let Some(r) = self.acronym_whole.get(acronym) {
            return Ok(r.clone());
        }
        if acronym.chars().count() > self.acronym_max {
            return Err(format!(
                "`{acronym}` in capitals: an abbreviation or a word set in capitals?"
            ));
        }
        let last = acronym.chars().last().ok_or("empty abbreviation")?;
        // With a vowel letter inside, an abbreviation ending in a consonant may be read as a word
        // rather than letter by letter, and the two readings take different endings.
        let ends_in_consonant = !self.is_vowel_letter(last);
        if ends_in_consonant && acronym.chars().any(|c| self.is_vowel_letter(c)) {
            return Err(format!(
                "`{acronym}` may be read as a word or letter by letter: list it in acronyms.whole"
            ));
        }
        self.acronym_letter.get(&last).cloned().ok_or_else(|| {
            format!("no reading of an abbreviation ending in `{last}` (acronyms.final_letter)")
        })
    }
}

/// The single lower-case letter `s` holds, if it is one.
fn one_letter(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphabetic() && !c.is_uppercase() => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> KkRules {
        let src = include_str!("../../../../locales/kk/inflection.toml");
        KkRules::parse("locales/kk/inflection.toml", src).expect("rules parse")
    }

    #[test]
    fn harmony_follows_the_last_vowel_including_loanwords() {
        let r = rules();
        for (w, h) in [
            ("астана", Harmony::Back),
            ("мәжіліс", Harmony::Front),
            ("мехико", Harmony::Back),
            ("чили", Harmony::Front),
            ("министр", Harmony::Front),
            ("брюссель", Harmony::Front),
            ("цифр", Harmony::Back),
            ("минут", Harmony::Back),
            ("азия", Harmony::Back),
            ("перу", Harmony::Front),
            ("нұртілеу", Harmony::Front),
            ("науру", Harmony::Back),
            ("актёр", Harmony::Front),
            ("сальвадор", Harmony::Back),
            ("цех", Harmony::Back),
            ("парк", Harmony::Front),
            ("банк", Harmony::Front),
            ("йог", Harmony::Back),
            ("клуб", Harmony::Back),
            ("институт", Harmony::Back),
            ("шейнбаум", Harmony::Back),
            ("тоқаев", Harmony::Back),
            ("қойгелдиев", Harmony::Front),
        ] {
            assert_eq!(r.harmony(w), Ok(h), "{w}");
        }
        for w in ["факт", "минск", "педагог", "қи", "ь", "ведомость", "шиш"]
        {
            assert!(r.harmony(w).is_err(), "{w} should be refused");
        }
    }

    #[test]
    fn final_sound_classes() {
        let r = rules();
        for (w, s) in [
            ("астана", Sound::Vowel),
            ("азия", Sound::Vowel),
            ("тоқаев", Sound::Voiceless),
            ("мадрид", Sound::Voiceless),
            ("клуб", Sound::Voiceless),
            ("сенат", Sound::Voiceless),
            ("мәжіліс", Sound::Voiceless),
            ("пинг", Sound::Voiceless),
            ("цзиньпин", Sound::Nasal),
            ("алдам", Sound::Nasal),
            ("мың", Sound::Nasal),
            ("брюссель", Sound::Sonorant),
            ("нұртілеу", Sound::Sonorant),
            ("чили", Sound::Sonorant),
            ("ресей", Sound::Sonorant),
            ("тараз", Sound::Voiced),
            ("гараж", Sound::Voiced),
        ] {
            assert_eq!(r.final_sound(w), Ok(s), "{w}");
        }
        assert!(r.final_sound("объъ").is_err());
    }

    #[test]
    fn possessive_detection() {
        let r = rules();
        assert_eq!(r.is_possessive("министрлігі", true), Ok(true));
        assert_eq!(r.is_possessive("төрағасы", true), Ok(true));
        assert_eq!(r.is_possessive("ыдырысұлы", false), Ok(true));
        assert_eq!(r.is_possessive("алматы", false), Ok(false));
        assert_eq!(r.is_possessive("алматы", true), Ok(false));
        assert_eq!(r.is_possessive("тоқаев", true), Ok(false));
        assert_eq!(r.is_possessive("сенат", false), Ok(false));
        assert!(r.is_possessive("парламенті", false).is_err());
        assert!(r.is_possessive("хатшы", true).is_err());
        assert_eq!(r.is_possessive("хатшысы", true), Ok(true));
    }

    #[test]
    fn numbers_end_in_the_last_spoken_numeral() {
        let r = rules();
        let n = &r.numbers;
        assert_eq!(r.number_word("2023"), Ok(n.units[2].as_str()));
        assert_eq!(r.number_word("2025"), Ok(n.units[4].as_str()));
        assert_eq!(r.number_word("30"), Ok(n.tens[2].as_str()));
        assert_eq!(r.number_word("100"), Ok(n.hundred.as_str()));
        assert_eq!(r.number_word("2000"), Ok(n.thousand.as_str()));
        assert_eq!(r.number_word("3000000"), Ok(n.million.as_str()));
        assert_eq!(r.number_word("0"), Ok(n.zero.as_str()));
        assert!(r.number_word("007").is_err());
        assert!(r.number_word("1234567890123").is_err());
    }

    #[test]
    fn hyphen_after_digits_and_abbreviations() {
        let r = rules();
        assert_eq!(r.form("2023", Case::Dat).as_deref(), Ok("2023-ке"));
        assert_eq!(r.form("АҚШ", Case::Dat).as_deref(), Ok("АҚШ-қа"));
        assert_eq!(r.form("ЕҚЫҰ", Case::Dat).as_deref(), Ok("ЕҚЫҰ-ға"));
        assert_eq!(r.form("ТМД", Case::Gen).as_deref(), Ok("ТМД-ның"));
        assert_eq!(r.form("10-15", Case::Abl).as_deref(), Ok("10-15-тен"));
        assert_eq!(r.acronym_reading("ақш").as_deref(), Ok("ақш"));
        assert!(r.acronym_reading("сім").is_err());
        assert!(r.acronym_reading("астана").is_err());
        assert!(r.acronym_reading("опек").is_err());
        assert_eq!(r.acronym_reading("мкк").as_deref(), Ok("ке"));
        assert_eq!(r.acronym_reading("юнеско").as_deref(), Ok("юнеско"));
        assert!(r.form("BIVA", Case::Dat).is_err());
    }

    #[test]
    fn nominative_is_unchanged_and_prepositional_is_refused() {
        let r = rules();
        assert_eq!(r.form("«Бәйтерек»", Case::Nom).as_deref(), Ok("«Бәйтерек»"));
        let err = r.form("Астана", Case::Prep);
        assert!(matches!(
            err,
            Err(InflectError::Unknown { case: "prep", .. })
        ));
    }

    #[test]
    fn phrases_ending_outside_a_word_are_refused() {
        let r = rules();
        for p in [
            "«Бәйтерек»",
            "Қор биржасы (BIVA)",
            "",
            " Астана",
            "Астана.",
            "Б.",
        ] {
            assert!(r.form(p, Case::Dat).is_err(), "{p:?} should be refused");
        }
    }

    #[test]
    fn malformed_rules_name_the_file() {
        let err = KkRules::parse("x.toml", "[harmony]\nback = 1\n");
        assert!(matches!(err, Err(InflectError::Rules { ref file, .. }) if file == "x.toml"));
    }
}
