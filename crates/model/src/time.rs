//! Dates of events (a day, a month or a year) and zoned instants (publication, embargo).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use jiff::Zoned;
use jiff::civil::{Date, DateTime};
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::{AmbiguousOffset, TimeZone};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date known to the day, to the month, or only to the year; or a range of days.
///
/// Written `2022-12-10`, `2022-12` or `2023`; a range as an ISO 8601 interval,
/// `2024-10-03/2024-10-04`, or with the end shortened: `2024-10-03/04`, `2024-09-30/10-02`.
///
/// ```
/// use communique_model::PartialDate;
/// let d: PartialDate = "2022-12-10".parse().unwrap();
/// assert!(matches!(d, PartialDate::Day(_)));
/// assert_eq!("2023-01".parse::<PartialDate>().unwrap(), PartialDate::Month { year: 2023, month: 1 });
/// assert_eq!("2023".parse::<PartialDate>().unwrap(), PartialDate::Year(2023));
/// assert!("2022-02-30".parse::<PartialDate>().is_err());
/// let visit: PartialDate = "2024-10-03/04".parse().unwrap();
/// assert_eq!(visit.to_string(), "2024-10-03/2024-10-04");
/// assert!("2024-10-04/2024-10-03".parse::<PartialDate>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// A calendar day.
    Day(Date),
    /// A month of a year.
    Month {
        /// The year.
        year: i16,
        /// The month, 1–12.
        month: i8,
    },
    /// A year.
    Year(i16),
    /// Consecutive days, from the first to the last (a later day).
    Range {
        /// The first day.
        from: Date,
        /// The last day.
        to: Date,
    },
}

impl PartialDate {
    /// The first day this date can mean (for ordering checks).
    pub fn first_day(self) -> Date {
        match self {
            PartialDate::Day(d) | PartialDate::Range { from: d, .. } => d,
            PartialDate::Month { year, month } => Date::new(year, month, 1).unwrap_or(Date::MIN),
            PartialDate::Year(year) => Date::new(year, 1, 1).unwrap_or(Date::MIN),
        }
    }

    /// The last day this date can mean.
    pub fn last_day(self) -> Date {
        match self {
            PartialDate::Day(d) | PartialDate::Range { to: d, .. } => d,
            PartialDate::Month { .. } => self.first_day().last_of_month(),
            PartialDate::Year(year) => Date::new(year, 12, 31).unwrap_or(Date::MAX),
        }
    }

    /// The year.
    pub fn year(self) -> i16 {
        match self {
            PartialDate::Day(d) | PartialDate::Range { from: d, .. } => d.year(),
            PartialDate::Month { year, .. } | PartialDate::Year(year) => year,
        }
    }
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid date `{input}`: {reason}; write YYYY-MM-DD, YYYY-MM, YYYY or a range of days, YYYY-MM-DD/DD"
)]
pub struct InvalidDate {
    /// What was given.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

impl FromStr for PartialDate {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some((start, end)) = s.split_once('/') {
            return parse_range(s, start, end);
        }
        let fail = |reason: &str| InvalidDate {
            input: s.to_owned(),
            reason: reason.to_owned(),
        };
        let numeric = |part: &str| -> Option<i16> {
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 => numeric(y)
                .filter(|y| (1900..=2200).contains(y))
                .map(PartialDate::Year)
                .ok_or_else(|| fail("the year must be between 1900 and 2200")),
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let (year, month) = (numeric(y), numeric(m));
                match (year, month) {
                    (Some(year), Some(month))
                        if (1900..=2200).contains(&year) && (1..=12).contains(&month) =>
                    {
                        Ok(PartialDate::Month {
                            year,
                            month: month as i8,
                        })
                    }
                    _ => Err(fail("no such month")),
                }
            }
            [y, _, _] if y.len() == 4 => s
                .parse::<Date>()
                .map_err(|_| fail("no such day"))
                .and_then(|d| {
                    if (1900..=2200).contains(&d.year()) {
                        Ok(PartialDate::Day(d))
                    } else {
                        Err(fail("the year must be between 1900 and 2200"))
                    }
                }),
            _ => Err(fail("not a date")),
        }
    }
}

/// `2024-10-03/2024-10-04`, `2024-10-03/04` or `2024-09-30/10-02`: the end takes what it leaves
/// out from the start.
fn parse_range(s: &str, start: &str, end: &str) -> Result<PartialDate, InvalidDate> {
    let fail = |reason: &str| InvalidDate {
        input: s.to_owned(),
        reason: reason.to_owned(),
    };
    let Ok(PartialDate::Day(from)) = start.parse::<PartialDate>() else {
        return Err(fail("a range starts with a day, YYYY-MM-DD"));
    };
    let full_end = match end.len() {
        2 => format!("{}{end}", &start[..8]),
        5 => format!("{}{end}", &start[..5]),
        _ => end.to_owned(),
    };
    let Ok(PartialDate::Day(to)) = full_end.parse::<PartialDate>() else {
        return Err(fail("a range ends with a day: YYYY-MM-DD, MM-DD or DD"));
    };
    if to <= from {
        return Err(fail("the last day of a range must come after the first"));
    }
    if from.until(to).map_or(true, |span| span.get_days() > 366) {
        return Err(fail("a range is at most a year long"));
    }
    Ok(PartialDate::Range { from, to })
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Range { from, to } => write!(f, "{from}/{to}"),
            PartialDate::Day(d) => write!(f, "{d}"),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Cow::<str>::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY), or a range of days (YYYY-MM-DD/YYYY-MM-DD, or the end as MM-DD or DD)",
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(/([0-9]{4}-)?([0-9]{2}-)?[0-9]{2})?)?)?$",
        })
    }
}

/// An instant with the IANA time zone it is shown in: `2022-12-10T14:13[Asia/Almaty]`.
///
/// The zone must be named (not just an offset), because notices show times in the zone's
/// offset *of that date*: Asia/Almaty was UTC+6 until 2024-03-01 and UTC+5 since. A local time
/// that does not exist or happens twice in the zone (a DST gap or overlap) is refused unless the
/// offset is written too.
///
/// ```
/// use communique_model::ZonedTime;
/// let t: ZonedTime = "2022-12-10T14:13[Asia/Almaty]".parse().unwrap();
/// assert_eq!(t.zoned().offset().seconds(), 6 * 3600);
/// let later: ZonedTime = "2024-06-01T10:00[Asia/Almaty]".parse().unwrap();
/// assert_eq!(later.zoned().offset().seconds(), 5 * 3600);
/// // 02:30 did not happen in Madrid on 2024-03-31 (clocks went from 02:00 to 03:00).
/// assert!("2024-03-31T02:30[Europe/Madrid]".parse::<ZonedTime>().is_err());
/// assert!("2022-12-10T14:13+06:00".parse::<ZonedTime>().is_err(), "the zone must be named");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZonedTime(Zoned);

impl ZonedTime {
    /// The instant in its zone.
    pub fn zoned(&self) -> &Zoned {
        &self.0
    }

    /// The IANA name of the zone.
    pub fn zone_name(&self) -> &str {
        self.0.time_zone().iana_name().unwrap_or("UTC")
    }
}

impl From<Zoned> for ZonedTime {
    fn from(z: Zoned) -> Self {
        ZonedTime(z)
    }
}

/// Why a zoned time was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid time `{input}`: {reason}")]
pub struct InvalidTime {
    /// What was given.
    pub input: String,
    /// What is wrong and how to write it.
    pub reason: String,
}

/// Parses an RFC 9557 time with a named zone, refusing gaps, overlaps and contradicting offsets.
///
/// Shared by the event format and by anything that takes a time from a user (`publish --at`).
pub fn parse_zoned(input: &str, default_zone: Option<&TimeZone>) -> Result<Zoned, InvalidTime> {
    let fail = |reason: String| InvalidTime {
        input: input.to_owned(),
        reason,
    };
    let pieces = Pieces::parse(input).map_err(|e| {
        fail(format!(
            "{e}; write it as 2022-12-10T14:13[Asia/Almaty] (RFC 9557)"
        ))
    })?;
    let time = pieces
        .time()
        .ok_or_else(|| fail("a time of day is missing (add T14:13)".into()))?;
    let local = DateTime::from_parts(pieces.date(), time);
    let named = match pieces.time_zone_annotation() {
        Some(annotation) => {
            let tz = annotation
                .to_time_zone()
                .map_err(|e| fail(format!("{e}; use an IANA zone name such as Asia/Almaty")))?;
            if tz.iana_name().is_none() {
                return Err(fail(
                    "the zone is only an offset; name it, as in [Asia/Almaty]".into(),
                ));
            }
            Some(tz)
        }
        None => None,
    };
    let offset = match pieces.offset() {
        Some(PiecesOffset::Zulu) => Some(jiff::tz::Offset::UTC),
        Some(PiecesOffset::Numeric(n)) => Some(n.offset()),
        Some(_) => None,
        None => None,
    };
    let tz = match (named, default_zone) {
        (Some(tz), _) => tz,
        (None, Some(tz)) => tz.clone(),
        (None, None) => {
            return Err(fail(
                "no time zone: add one in brackets, as in 2022-12-10T14:13[Asia/Almaty]".into(),
            ));
        }
    };
    let ambiguous = tz.to_ambiguous_zoned(local);
    let name = tz.iana_name().unwrap_or("the zone").to_owned();
    match offset {
        Some(offset) => {
            let fits = match ambiguous.offset() {
                AmbiguousOffset::Unambiguous { offset: o } => o == offset,
                AmbiguousOffset::Gap { .. } => false,
                AmbiguousOffset::Fold { before, after } => before == offset || after == offset,
            };
            if !fits {
                return Err(fail(format!(
                    "the offset {offset} is not what {name} uses at that local time"
                )));
            }
            let ts = offset
                .to_timestamp(local)
                .map_err(|e| fail(e.to_string()))?;
            Ok(ts.to_zoned(tz))
        }
        None => match ambiguous.offset() {
            AmbiguousOffset::Unambiguous { .. } => {
                ambiguous.unambiguous().map_err(|e| fail(e.to_string()))
            }
            AmbiguousOffset::Gap { .. } => Err(fail(format!(
                "{local} does not exist in {name} (the clocks skip it); choose another time"
            ))),
            AmbiguousOffset::Fold { before, after } => Err(fail(format!(
                "{local} happens twice in {name} (at {before} and at {after}); add the offset you mean"
            ))),
        },
    }
}

impl FromStr for ZonedTime {
    type Err = InvalidTime;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_zoned(s, None).map(ZonedTime)
    }
}

impl fmt::Display for ZonedTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for ZonedTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ZonedTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Cow::<str>::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for ZonedTime {
    fn schema_name() -> Cow<'static, str> {
        "ZonedTime".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "RFC 9557 local time with an IANA zone, e.g. 2022-12-10T14:13[Asia/Almaty]; the offset may be added before the zone",
            "type": "string",
        })
    }
}
