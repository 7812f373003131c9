//! The editor's style check over a written notice: what reads like a filled-in form.
//!
//! Four patterns, each a small named function: two sentences in a row that open with the same
//! words, one name or country twice in a sentence, a list joined by more than one conjunction,
//! and a headline that names the home country of an event held at home. The words it compares
//! (names, country forms, the conjunction) come from the event and the locale, never from here.

use communique_model::{Event, Phrase};

use crate::Locales;
use crate::notice::Notice;

/// How many opening words make two sentences "open alike" where the locale does not say
/// (`style-opening-words`: 2 where an article leads, "The parties"; 1 in Russian and Kazakh,
/// «Стороны», which have none).
const OPENING_WORDS: usize = 2;

/// Every style finding of `notice`, each naming the language and quoting the text.
pub fn check_style(locales: &Locales, event: &Event, notice: &Notice) -> Vec<String> {
    let lang = notice.lang;
    let b = locales.get(lang);
    let and = b
        .format("list-and", &crate::FluentArgs::new())
        .unwrap_or_default();
    let names = names(event, lang);
    let countries: Vec<Vec<String>> = countries(event)
        .into_iter()
        .map(|code| country_forms(locales, lang, code))
        .collect();
    let mut out = Vec::new();
    let sentences: Vec<String> = std::iter::once(notice.lead.as_str())
        .chain(notice.body.iter().map(String::as_str))
        .flat_map(split_sentences)
        .collect();
    let opening = b
        .format("style-opening-words", &crate::FluentArgs::new())
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(OPENING_WORDS);
    // Within a paragraph, where a repeated frame reads as a form; a paragraph break is the
    // editor's own pause.
    let paragraphs =
        std::iter::once(notice.lead.as_str()).chain(notice.body.iter().map(String::as_str));
    let skip: Vec<String> = b
        .format("style-skip-words", &crate::FluentArgs::new())
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    for paragraph in paragraphs {
        for pair in split_sentences(paragraph).windows(2) {
            if let Some(words) = same_opening(&pair[0], &pair[1], opening, &skip) {
                out.push(format!(
                    "[{lang}] two sentences in a row open with “{words}”: “{}” / “{}”",
                    pair[0], pair[1]
                ));
            }
        }
    }
    for s in &sentences {
        // A quoted title is a name of its own ("«Kazakhstan – Chile: New Horizons»"); a colon
        // or semicolon closes a clause as a full stop would.
        let unquoted = unquoted(s);
        for clause in unquoted.split([';', ':']) {
            for name in names.iter().filter(|n| occurrences(clause, n) > 1) {
                out.push(format!("[{lang}] “{name}” twice in one sentence: “{s}”"));
            }
            for forms in &countries {
                let count: usize = forms.iter().map(|f| occurrences(clause, f)).sum();
                if count > 1 {
                    out.push(format!(
                        "[{lang}] the country “{}” twice in one sentence: “{s}”",
                        forms[0]
                    ));
                }
            }
        }
        if !and.is_empty() && stacked_conjunctions(s, &and) {
            out.push(format!(
                "[{lang}] a list joined by more than one “{and}”: “{s}”"
            ));
        }
    }
    if let Some(home) = event.parties.first().map(|p| p.country)
        && home == event.place.country
    {
        // Only the country as a place ("held in Kazakhstan", «в Казахстане»): "President of
        // Kazakhstan" or "visa-free travel with Kazakhstan" name it as something else.
        let mut a = crate::FluentArgs::new();
        a.set("country", home.as_str().to_owned());
        let place = b.format("style-home-place", &a).unwrap_or_default();
        let headline = unquoted(&notice.headline).replace('\u{a0}', " ");
        if !place.is_empty() && occurrences(&headline, &place.replace('\u{a0}', " ")) > 0 {
            out.push(format!(
                "[{lang}] the headline of an event at home names the country: “{}”",
                notice.headline
            ));
        }
    }
    out
}

/// Sentences of a paragraph: a full stop, question or exclamation mark, then a space and a
/// capital (so "В. В. Путин" and "vmp.gov.kz" stay whole).
fn split_sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        let ends = matches!(chars[i], '.' | '!' | '?')
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2).is_some_and(|c| c.is_uppercase())
            // an initial or a one-letter abbreviation («А.», «г.»): one letter before the stop
            && !(i >= 1
                && chars[i - 1].is_alphabetic()
                && (i < 2 || !chars[i - 2].is_alphabetic()));
        if ends {
            out.push(
                chars[start..=i]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_owned(),
            );
            start = i + 2;
        }
    }
    let rest: String = chars[start.min(chars.len())..].iter().collect();
    if !rest.trim().is_empty() {
        out.push(rest.trim().to_owned());
    }
    out
}

/// The opening words two sentences share, if they share the first `n`.
fn same_opening(a: &str, b: &str, n: usize, skip: &[String]) -> Option<String> {
    // A quotation is the speaker's own words, not a frame the writer chose.
    let quoted = |s: &str| s.starts_with(['«', '“', '"', '„']);
    if n == 0 || quoted(a) || quoted(b) {
        return None;
    }
    // The first `n` words, and more while the last is one of the locale's function words
    // (`style-skip-words`: «в», «по»): «В рамках …» and «В церемонии …» do not open alike,
    // «Он …» and «Он …» do.
    let words = |s: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in s.split_whitespace() {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let short = skip.contains(&w);
            out.push(w);
            if out.len() >= n && !short {
                break;
            }
        }
        out
    };
    let (wa, wb) = (words(a), words(b));
    (wa.len() >= n && wa == wb).then(|| wa.join(" "))
}

/// `s` with every quoted stretch («…», “…”, "…") left out.
fn unquoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut straight = false;
    for c in s.chars() {
        match c {
            '«' | '“' | '„' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            '"' => straight = !straight,
            _ if depth == 0 && !straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// How often `needle` occurs in `s` as whole words, not counting the parts of a compound
/// joined by a hyphen or dash ("the Kazakhstan–Uruguay friendship group" names a group).
fn occurrences(s: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    let dash = |c: Option<char>| matches!(c, Some('-' | '‐' | '‑' | '–' | '—'));
    s.match_indices(needle)
        .filter(|(i, _)| crate::grammar::is_whole_word(s, *i, needle.len()))
        .filter(|(i, _)| {
            let before = s[..*i].trim_end_matches(' ').chars().next_back();
            let after = s[*i + needle.len()..]
                .trim_start_matches(' ')
                .chars()
                .next();
            !dash(before) && !dash(after)
        })
        .count()
}

/// A list that stacks its conjunction: the last item of a list of three or more ("A, B, C
/// and D and E") holding two, or any one stretch between commas holding three ("strengthen
/// and expand bilateral and multilateral cooperation through visits and events"). Two in a
/// stretch with no list around it ("trade and investment and culture and education" aside)
/// is how prose pairs words, not a list.
fn stacked_conjunctions(s: &str, and: &str) -> bool {
    let count = |item: &str| {
        item.match_indices(and)
            .filter(|(i, _)| crate::grammar::is_whole_word(item, *i, and.len()))
            .count()
    };
    // A dash (spaced "–", Spanish unspaced "–la …–") sets off an aside, as brackets do.
    unquoted(s)
        .split([';', ':', '(', ')', '—', '–'])
        .any(|clause| {
            clause
                .split(',')
                .enumerate()
                .any(|(i, item)| count(item) >= 3 || (i >= 2 && count(item) >= 2))
        })
}

/// The nominative names of the event's people in `lang`.
fn names(event: &Event, lang: communique_model::Lang) -> Vec<String> {
    event
        .people
        .values()
        .filter_map(|p| p.name.get(lang).map(Phrase::nominative))
        .filter(|n| n.contains(' '))
        .map(str::to_owned)
        .collect()
}

/// The countries an event names: its parties and place.
fn countries(event: &Event) -> Vec<&str> {
    let mut codes: Vec<&str> = event
        .parties
        .iter()
        .map(|p| p.country.as_str())
        .chain(std::iter::once(event.place.country.as_str()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// Every case form of a country's name in `lang` (not its adjectives), the nominative first.
fn country_forms(locales: &Locales, lang: communique_model::Lang, code: &str) -> Vec<String> {
    let b = locales.get(lang);
    let mut seen = std::collections::HashSet::new();
    // One form may serve several cases (ru Испании: gen, dat, prep): count it once.
    std::iter::once("nom")
        .chain(lang.cases().iter().map(|c| c.code()))
        .filter_map(|f| b.country_form(code, f).map(str::to_owned))
        .filter(|f| seen.insert(f.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_a_full_stop_but_not_after_an_initial() {
        let s = split_sentences(
            "М. Лескано отметил рост. В. В. Путин прибыл. Портал vmp.gov.kz работает.",
        );
        assert_eq!(
            s,
            [
                "М. Лескано отметил рост.",
                "В. В. Путин прибыл.",
                "Портал vmp.gov.kz работает."
            ]
        );
    }

    #[test]
    fn openings_compare_the_first_two_words() {
        assert_eq!(
            same_opening(
                "The parties discussed trade.",
                "The parties also agreed.",
                2,
                &[]
            ),
            Some("the parties".into())
        );
        assert_eq!(
            same_opening("The parties discussed.", "They agreed.", 2, &[]),
            None
        );
        assert_eq!(
            same_opening("Стороны обсудили.", "Стороны договорились.", 1, &[]),
            Some("стороны".into())
        );
        let skip = ["в".to_owned()];
        assert_eq!(
            same_opening("В рамках визита.", "В церемонии участвовали.", 1, &skip),
            None
        );
        assert_eq!(
            same_opening("Он отметил.", "Он подчеркнул.", 1, &skip),
            Some("он".into())
        );
    }

    #[test]
    fn quoted_titles_are_left_out() {
        assert_eq!(
            unquoted("the forum «Kazakhstan – Chile» in Chile"),
            "the forum  in Chile"
        );
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(occurrences("Chile and Chileans in Chile", "Chile"), 2);
    }

    #[test]
    fn stacked_conjunctions_end_a_list_or_pile_up_in_one_stretch() {
        assert!(stacked_conjunctions(
            "the parties signed an agreement on trade, a memorandum on health, a memorandum on science and technology and a memorandum on culture",
            "and"
        ));
        assert!(stacked_conjunctions(
            "to strengthen and expand bilateral and multilateral ties through visits and events",
            "and"
        ));
        // Two pairs in prose, or pairs in separate items, are not a stacked list.
        assert!(!stacked_conjunctions(
            "agreed to step up cultural and academic cooperation and to launch exchanges",
            "and"
        ));
        assert!(!stacked_conjunctions(
            "trade and economy, culture and education",
            "and"
        ));
        assert!(!stacked_conjunctions(
            "an agreement on science and technology, a memorandum on climate and energy, as well as a memorandum on culture",
            "and"
        ));
    }

    #[test]
    fn compounds_joined_by_a_dash_do_not_count_as_mentions() {
        assert_eq!(
            occurrences(
                "the Kazakhstan–Uruguay friendship group in Uruguay",
                "Uruguay"
            ),
            1
        );
        assert_eq!(occurrences("группа «Казахстан – Уругвай»", "Уругвай"), 0);
    }
}
