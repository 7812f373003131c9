//! Email addresses as the store knows them: one spelling per mailbox, so that one person is
//! one subscriber (and one rate-limit key) however the address was typed.
//!
//! The canonical form of an address is:
//!
//! - the local part without quotes and backslash escapes, which a mailbox does not depend on
//!   (RFC 5321 §4.1.2: `"bob"`, `"\b\o\b"` and `bob` are the same mailbox). A local part that
//!   *needs* its quotes (a space, an `@`, two dots in a row) is refused: no message can be
//!   addressed to it (lettre cannot re-read the `To:` header it would write);
//! - in lower case, local part included: strictly the local part is the receiving server's to
//!   interpret, but no provider we mail tells `Bob` from `bob`, and two subscribers for one
//!   person are worse than none for a (theoretical) case-sensitive mailbox;
//! - the domain in Unicode, after IDNA (UTS 46) mapping, so `xn--` and Unicode spellings of one
//!   domain are one domain, in lower case;
//! - `+tags` are kept: `ana+press@` is a mailbox of its own for identity (its owner chose it,
//!   maybe to filter), but [`limit_key`] drops them, so tags cannot multiply a rate limit.
//!
//! Address literals (`x@[192.0.2.1]`) and domains without a dot (`ana@localhost`) are refused.

/// Why a text is not an address communique can mail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// Nothing was given.
    #[error("the email is empty")]
    Empty,
    /// Not an address at all, or a domain that is not a mail domain.
    #[error("`{0}` is not an email address")]
    Invalid(String),
    /// An IP address in brackets instead of a domain.
    #[error("`{0}` names a server by its IP address: mail is only sent to domain names")]
    Literal(String),
    /// A local part that only works in quotes.
    #[error(
        "`{0}` has a local part that works only in quotes (a space, `@`, `\"` or two dots in a row): no message can be addressed to it"
    )]
    NeedsQuotes(String),
}

/// The longest address SMTP carries (RFC 5321 §4.5.3.1.3: a 256-octet path, with its `<>`).
const MAX_LEN: usize = 254;

/// The address as stored: trimmed, unquoted, lower case, the domain IDNA-mapped.
///
/// ```
/// use communique_store::{AddressError, normalize_email};
/// assert_eq!(normalize_email(" Ana@Example.ORG ").unwrap(), "ana@example.org");
/// assert_eq!(normalize_email(r#""\b\o\b"@example.org"#).unwrap(), "bob@example.org");
/// assert_eq!(normalize_email("ana+press@example.org").unwrap(), "ana+press@example.org");
/// assert!(matches!(normalize_email(r#""a b"@example.org"#), Err(AddressError::NeedsQuotes(_))));
/// assert!(matches!(normalize_email("x@[192.0.2.1]"), Err(AddressError::Literal(_))));
/// assert!(normalize_email("ana@localhost").is_err());
/// assert!(normalize_email("not an email").is_err());
/// ```
pub fn normalize_email(raw: &str) -> Result<String, AddressError> {
    let given = raw.trim();
    if given.is_empty() {
        return Err(AddressError::Empty);
    }
    let invalid = || AddressError::Invalid(given.to_owned());
    // The domain never holds an `@`; a quoted local part may.
    let (local, domain) = given.rsplit_once('@').ok_or_else(invalid)?;
    if domain.starts_with('[') {
        return Err(AddressError::Literal(given.to_owned()));
    }
    let quoted = local.starts_with('"');
    let local = unquote(local).ok_or_else(invalid)?.to_lowercase();
    if !is_dot_atom(&local) {
        return Err(if quoted && !local.is_empty() {
            AddressError::NeedsQuotes(given.to_owned())
        } else {
            invalid()
        });
    }
    let ascii = idna::domain_to_ascii(domain).map_err(|_| invalid())?;
    let (unicode, mapped) = idna::domain_to_unicode(&ascii);
    mapped.map_err(|_| invalid())?;
    if !unicode.contains('.') {
        return Err(invalid());
    }
    let canonical = format!("{local}@{unicode}");
    // lettre is what builds every message: an address it cannot read back from a header it
    // wrote (its parser, not only its type) would be accepted here and never mailed.
    let readable = lettre::Address::new(&local, &ascii).is_ok()
        && canonical
            .parse::<lettre::message::Mailbox>()
            .is_ok_and(|m| m.name.is_none());
    if !readable || canonical.len() > MAX_LEN {
        return Err(invalid());
    }
    Ok(canonical)
}

/// The key a canonical address is rate-limited by: without its `+tag` and without the dots
/// of its local part, so that `ana+1@`, `ana+2@`, `a.na@` … share the limit of the one mailbox
/// they may all reach (Gmail ignores dots). Two people whose addresses differ only so share a
/// limit of a few confirmation emails an hour, which costs them little.
///
/// ```
/// assert_eq!(communique_store::limit_key("a.na+x1@example.org"), "ana@example.org");
/// assert_eq!(communique_store::limit_key("ana@example.org"), "ana@example.org");
/// ```
pub fn limit_key(canonical: &str) -> String {
    match canonical.rsplit_once('@') {
        Some((local, domain)) => {
            let mailbox = local.split_once('+').map_or(local, |(m, _)| m);
            format!("{}@{domain}", mailbox.replace('.', ""))
        }
        None => canonical.to_owned(),
    }
}

/// The domain of a canonical address (what a per-domain limit counts).
pub fn domain_of(canonical: &str) -> &str {
    canonical.rsplit_once('@').map_or(canonical, |(_, d)| d)
}

/// The content of a quoted local part (`"…"`, with `\x` standing for `x`), or an unquoted one
/// as it is; `None` for a quote that does not close, or closes before the end.
fn unquote(local: &str) -> Option<String> {
    let Some(inner) = local.strip_prefix('"') else {
        return Some(local.to_owned());
    };
    let inner = inner.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// RFC 5322 dot-atom (RFC 6531 adds every non-ASCII character): what a local part may be
/// without quotes.
fn is_dot_atom(s: &str) -> bool {
    s.split('.').all(|atom| {
        !atom.is_empty()
            && atom.chars().all(|c| {
                c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c) || !c.is_ascii()
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mailbox_spelled_many_ways_is_one_address() {
        for spelling in [
            "bob@example.org",
            "BOB@Example.Org",
            "\"bob\"@example.org",
            r#""\b\o\b"@example.org"#,
            "  bob@EXAMPLE.org\t",
        ] {
            assert_eq!(
                normalize_email(spelling).as_deref(),
                Ok("bob@example.org"),
                "{spelling}"
            );
        }
        assert_eq!(
            normalize_email("\"bob.smith\"@example.org").as_deref(),
            Ok("bob.smith@example.org")
        );
    }

    #[test]
    fn the_domain_is_one_domain_in_unicode_and_in_ascii() {
        let unicode = normalize_email("Ана@Пример.РФ").unwrap();
        assert_eq!(unicode, "ана@пример.рф");
        assert_eq!(
            normalize_email("ана@xn--e1afmkfd.xn--p1ai").unwrap(),
            unicode
        );
        assert!(normalize_email("ana@xn--zz.org").is_err(), "bad punycode");
    }

    #[test]
    fn tags_are_kept_for_identity_and_dropped_for_limits() {
        let tagged = normalize_email("Victim+X1@example.org").unwrap();
        assert_eq!(tagged, "victim+x1@example.org");
        assert_eq!(limit_key(&tagged), "victim@example.org");
        assert_eq!(domain_of(&tagged), "example.org");
        assert_eq!(limit_key("+x@example.org"), "@example.org");
        assert_eq!(limit_key("v.i.c.t.i.m@example.org"), "victim@example.org");
    }

    #[test]
    fn addresses_no_message_can_carry_are_refused() {
        for (raw, why) in [
            ("\"a b\"@example.org", "a space needs quotes"),
            ("\"a@b\"@example.org", "an @ needs quotes"),
            ("\"a..b\"@example.org", "two dots need quotes"),
            (r#""a\"b"@example.org"#, "a quote needs quotes"),
        ] {
            assert!(
                matches!(normalize_email(raw), Err(AddressError::NeedsQuotes(_))),
                "{raw}: {why}"
            );
        }
        for raw in ["x@[1.2.3.4]", "x@[IPv6:2001:db8::1]"] {
            assert!(
                matches!(normalize_email(raw), Err(AddressError::Literal(_))),
                "{raw}"
            );
        }
        for raw in [
            "",
            "   ",
            "not an email",
            "@example.org",
            "ana@",
            "ana@localhost",
            "\"ana@example.org",
            "\"\"@example.org",
            "a\\b@example.org",
            "ana@example.org.",
            "Ana <ana@example.org>",
            "ana@exa mple.org",
        ] {
            assert!(normalize_email(raw).is_err(), "{raw:?}");
        }
        let long = format!("{}@{}.org", "a".repeat(64), "b".repeat(200));
        assert!(normalize_email(&long).is_err(), "longer than SMTP carries");
    }
}
