//! Small language rules that Fluent cannot express: joining lists with a conjunction whose
//! form depends on the next word, and the UTC offset of a date.

use communique_model::Lang;

/// The words a locale joins lists with: `list-and` ("and") and `list-and-complex` (", as well
/// as"), the joiner of a list whose items hold the conjunction themselves.
#[derive(Debug, Clone)]
pub struct Conjunction {
    /// The plain conjunction: "and", "и", "және", "y".
    pub and: String,
    /// What ends a list whose items contain the conjunction, with its leading comma: ", as well
    /// as", ", а также". "A and B, C and D" stacks; "A and B, as well as C and D" does not.
    pub complex: String,
    /// True if an item with commas of its own ("representatives of A, B, C") counts as holding
    /// a list: so for groups of people, not for a person in apposition ("Ana Pérez, minister").
    pub commas_nest: bool,
}

/// Joins `items` as "a, b and c", with the locale's conjunction (`list-and`); when an item
/// holds the conjunction itself ("science and technology"), the last item follows the
/// locale's `list-and-complex` instead, so that no list stacks "and … and".
///
/// Spanish "y" becomes "e" before a word that starts with the sound /i/ (i-, hi-, but not the
/// diphthongs hia-, hie-, hio-, hiu-): "cultura e innovación", "Francia e Italia".
pub fn join(lang: Lang, items: &[String], conj: &Conjunction) -> String {
    let and = conj.and.as_str();
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            // An item that is a list itself ("representatives of A, B and C") holds the
            // conjunction or commas of its own.
            let holds = |item: &String| {
                contains_word(item, and)
                    || (lang == Lang::Es && contains_word(item, "e"))
                    || (conj.commas_nest && item.contains(", "))
            };
            // Only the last two items meet at the final conjunction: "energy, transport and
            // logistics, and trade" reads plainly; "…, protection and climate and a memorandum"
            // stacks.
            let tail = &items[items.len().saturating_sub(2)..];
            if !conj.complex.is_empty() && tail.iter().any(holds) {
                return format!("{}{} {last}", init.join(", "), conj.complex);
            }
            let and = if lang == Lang::Es && and == "y" && starts_with_i_sound(last) {
                "e"
            } else {
                and
            };
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// True if `word` stands whole somewhere in `s`.
pub(crate) fn contains_word(s: &str, word: &str) -> bool {
    !word.is_empty()
        && s.match_indices(word)
            .any(|(i, _)| is_whole_word(s, i, word.len()))
}

fn starts_with_i_sound(word: &str) -> bool {
    let w: String = word.chars().take(3).flat_map(char::to_lowercase).collect();
    let w = w.trim_start_matches(['«', '“', '"']);
    let after_h = w.strip_prefix('h').unwrap_or(w);
    let mut chars = after_h.chars();
    match chars.next() {
        Some('i' | 'í') => {
            // "hie-", "hia-": the i is a semivowel there ("agua y hielo").
            !(w.starts_with('h') && matches!(chars.next(), Some('a' | 'e' | 'o' | 'u')))
        }
        _ => false,
    }
}

/// The text with its first letter in capitals; opening quotes and brackets are skipped
/// («мексиканская …» → «Мексиканская …»).
pub fn capitalize_first(text: &str) -> String {
    let Some((i, c)) = text.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
        return text.to_owned();
    };
    if !c.is_lowercase() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&text[..i]);
    out.extend(c.to_uppercase());
    out.push_str(&text[i + c.len_utf8()..]);
    out
}

/// "UTC+6", "UTC+5:30", "UTC−3" (with a true minus sign) for an offset in seconds.
pub fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '\u{2212}' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m) = (s / 3600, (s % 3600) / 60);
    match (h, m) {
        (0, 0) => "UTC".to_owned(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    }
}

/// The initial of a given name, as initials are written before a surname: "Мұрат" → "М.",
/// "Касым-Жомарт" → "К." (the press writes one letter for a double given name: "К. Токаев");
/// none for a lower-case particle ("de", "la").
///
/// ```
/// use communique_l10n::grammar::initials;
/// assert_eq!(initials("Мұрат").as_deref(), Some("М."));
/// assert_eq!(initials("Касым-Жомарт").as_deref(), Some("К."));
/// assert_eq!(initials("de"), None);
/// ```
pub fn initials(given: &str) -> Option<String> {
    let first = given.chars().next()?;
    first.is_uppercase().then(|| format!("{first}."))
}

/// True if the `len` bytes of `s` at byte `at` stand as whole words: no letter or digit
/// touches them on either side.
pub(crate) fn is_whole_word(s: &str, at: usize, len: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn c(and: &str) -> Conjunction {
        Conjunction {
            and: and.into(),
            complex: String::new(),
            commas_nest: true,
        }
    }

    #[test]
    fn a_list_whose_items_hold_the_conjunction_ends_with_the_complex_joiner() {
        let ru = Conjunction {
            and: "и".into(),
            complex: ", а также".into(),
            commas_nest: true,
        };
        assert_eq!(
            join(
                Lang::Ru,
                &s(&["соглашение о науке и технологиях", "меморандум о культуре"]),
                &ru
            ),
            "соглашение о науке и технологиях, а также меморандум о культуре"
        );
        // An item that is a list of its own, with commas.
        assert_eq!(
            join(
                Lang::Ru,
                &s(&["представители МИД, Минкультуры, мэрии", "депутаты"]),
                &ru
            ),
            "представители МИД, Минкультуры, мэрии, а также депутаты"
        );
        // An earlier item's "и" does not meet the final one.
        assert_eq!(
            join(
                Lang::Ru,
                &s(&[
                    "энергетика",
                    "транспорт и логистика",
                    "сельское хозяйство",
                    "инвестиции"
                ]),
                &ru
            ),
            "энергетика, транспорт и логистика, сельское хозяйство и инвестиции"
        );
        // Plain items keep the plain conjunction; "и" inside a word does not count.
        assert_eq!(
            join(Lang::Ru, &s(&["история", "культура", "наука"]), &ru),
            "история, культура и наука"
        );
        let es = Conjunction {
            and: "y".into(),
            complex: ", así como".into(),
            commas_nest: true,
        };
        assert_eq!(
            join(Lang::Es, &s(&["ciencia e innovación", "agricultura"]), &es),
            "ciencia e innovación, así como agricultura"
        );
    }

    #[test]
    fn lists_of_one_two_and_three() {
        assert_eq!(join(Lang::En, &s(&["culture"]), &c("and")), "culture");
        assert_eq!(
            join(Lang::Ru, &s(&["культуры", "образования"]), &c("и")),
            "культуры и образования"
        );
        assert_eq!(
            join(
                Lang::Kk,
                &s(&["мәдениет", "білім беру", "ғылым"]),
                &c("және")
            ),
            "мәдениет, білім беру және ғылым"
        );
    }

    #[test]
    fn spanish_y_becomes_e_before_an_i_sound_only() {
        assert_eq!(
            join(Lang::Es, &s(&["cultura", "innovación"]), &c("y")),
            "cultura e innovación"
        );
        assert_eq!(
            join(Lang::Es, &s(&["Francia", "Italia"]), &c("y")),
            "Francia e Italia"
        );
        assert_eq!(
            join(Lang::Es, &s(&["ciencia", "historia"]), &c("y")),
            "ciencia e historia"
        );
        assert_eq!(
            join(Lang::Es, &s(&["agua", "hielo"]), &c("y")),
            "agua y hielo"
        );
        assert_eq!(
            join(Lang::Es, &s(&["comercio", "turismo"]), &c("y")),
            "comercio y turismo"
        );
        assert_eq!(
            join(Lang::En, &s(&["trade", "investment"]), &c("and")),
            "trade and investment"
        );
    }

    #[test]
    fn capitalizes_the_first_letter_only() {
        assert_eq!(
            capitalize_first("генеральный директор"),
            "Генеральный директор"
        );
        assert_eq!(
            capitalize_first("«қазақстан» көрмесі"),
            "«Қазақстан» көрмесі"
        );
        assert_eq!(
            capitalize_first("the Honorary Consulate"),
            "The Honorary Consulate"
        );
        assert_eq!(capitalize_first("3.ª ronda"), "3.ª ronda");
        assert_eq!(capitalize_first(""), "");
    }

    #[test]
    fn offsets_follow_the_zone_of_the_date() {
        assert_eq!(utc_offset(6 * 3600), "UTC+6");
        assert_eq!(utc_offset(5 * 3600 + 1800), "UTC+5:30");
        assert_eq!(utc_offset(-3 * 3600), "UTC\u{2212}3");
        assert_eq!(utc_offset(0), "UTC");
    }
}
