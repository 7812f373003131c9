//! `publish --at` and `communique schedule`: when a publication is due, and the stored jobs.

use communique_model::{Lang, ZonedTime};
use communique_store::{AnyStore, JobState, NewJob};
use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::cli::ScheduleCommand;
use crate::publication::Prepared;
use crate::publish::SendOptions;
use crate::report::Failure;

/// When to send.
#[derive(Debug, Clone, PartialEq)]
pub enum Due {
    /// Now.
    Now,
    /// At this time (shown in its zone), with a note for the user (why this time).
    Later {
        at: jiff::Zoned,
        note: Option<String>,
    },
}

/// Parses `--at`: RFC 3339 with an offset, or a local time with an IANA zone in brackets.
/// Local times that do not exist or happen twice in the zone are refused.
pub fn parse_at(input: &str) -> Result<jiff::Zoned, Failure> {
    let bad = |why: String| Failure::Usage(format!("--at {input}: {why}"));
    if input.contains('[') {
        return communique_model::parse_zoned(input, None).map_err(|e| bad(e.reason));
    }
    let ts: Timestamp = input.parse().map_err(|e| {
        bad(format!(
            "{e}; write 2022-12-10T10:00:00+06:00 or 2022-12-10T10:00[Asia/Almaty]"
        ))
    })?;
    let offset = match jiff::fmt::temporal::Pieces::parse(input)
        .ok()
        .and_then(|p| p.offset())
    {
        Some(jiff::fmt::temporal::PiecesOffset::Numeric(n)) => n.offset(),
        _ => jiff::tz::Offset::UTC,
    };
    Ok(ts.to_zoned(TimeZone::fixed(offset)))
}

/// Decides when a publication goes out: `--at` if given, never before the event's embargo,
/// and never in the past unless `now_if_past`.
pub fn decide(
    now: Timestamp,
    at: Option<&str>,
    embargo: Option<&ZonedTime>,
    now_if_past: bool,
) -> Result<Due, Failure> {
    let requested = at.map(parse_at).transpose()?;
    let embargo = embargo
        .map(|e| e.zoned().clone())
        .filter(|e| e.timestamp() > now);
    match (requested, embargo) {
        (None, None) => Ok(Due::Now),
        (None, Some(e)) => Ok(Due::Later {
            note: Some(format!(
                "the event is embargoed until {}: scheduled for then",
                show(&e)
            )),
            at: e,
        }),
        (Some(at), embargo) => {
            if let Some(e) = embargo.filter(|e| e.timestamp() > at.timestamp()) {
                return Ok(Due::Later {
                    note: Some(format!(
                        "the event is embargoed until {}, after the requested {}: scheduled for the embargo",
                        show(&e),
                        show(&at)
                    )),
                    at: e,
                });
            }
            if at.timestamp() > now {
                Ok(Due::Later { at, note: None })
            } else if now_if_past {
                Ok(Due::Now)
            } else {
                Err(Failure::Usage(format!(
                    "--at {} is in the past (now {}): give a later time, or add --now-if-past to send now",
                    show(&at),
                    now.strftime("%Y-%m-%d %H:%M UTC")
                )))
            }
        }
    }
}

/// "2022-12-10 10:00 Asia/Almaty (UTC+6; 04:00 UTC)".
pub fn show(t: &jiff::Zoned) -> String {
    let zone = t
        .time_zone()
        .iana_name()
        .map(str::to_owned)
        .unwrap_or_default();
    let offset = communique_l10n::grammar::utc_offset(t.offset().seconds());
    let utc = t.timestamp().strftime("%H:%M UTC");
    if zone.is_empty() {
        format!("{} ({offset}; {utc})", t.strftime("%Y-%m-%d %H:%M"))
    } else {
        format!("{} {zone} ({offset}; {utc})", t.strftime("%Y-%m-%d %H:%M"))
    }
}

fn zone_name(t: &jiff::Zoned) -> String {
    match t.time_zone().iana_name() {
        Some(n) => n.to_owned(),
        None => {
            let secs = t.offset().seconds();
            let sign = if secs < 0 { '-' } else { '+' };
            format!(
                "{sign}{:02}:{:02}",
                secs.abs() / 3600,
                secs.abs() % 3600 / 60
            )
        }
    }
}

/// Stores a job for the scheduler and tells the user when it goes out.
#[allow(clippy::too_many_arguments)]
pub async fn store_job(
    store: &AnyStore,
    prepared: &Prepared,
    langs: &[Lang],
    lists: &[String],
    transport: &str,
    options: &SendOptions,
    at: jiff::Zoned,
    note: Option<String>,
    now: Timestamp,
) -> Result<(), Failure> {
    let event_json =
        serde_json::to_string(&prepared.event).map_err(|e| Failure::Usage(e.to_string()))?;
    let id = store
        .create_job(
            &NewJob {
                event_id: prepared.event.id.clone(),
                event_json,
                langs: langs.to_vec(),
                lists: lists.to_vec(),
                transport: transport.to_owned(),
                options: serde_json::to_string(options).unwrap_or_else(|_| "{}".into()),
                due_at: at.timestamp(),
                zone: zone_name(&at),
            },
            now,
        )
        .await
        .map_err(Failure::Store)?;
    if let Some(n) = note {
        eprintln!("note: {n}");
    }
    println!(
        "scheduled mailing {id}: {} to {} at {} ({})",
        prepared.event.id,
        lists.join(", "),
        show(&at),
        at.timestamp().strftime("%Y-%m-%dT%H:%M:%SZ")
    );
    println!(
        "`communique scheduler` sends it when due; `communique schedule cancel {id}` cancels it"
    );
    Ok(())
}

/// A job's due time in its own zone.
pub fn due_in_zone(job: &communique_store::Job) -> String {
    let tz = TimeZone::get(&job.zone)
        .ok()
        .or_else(|| parse_offset(&job.zone).map(TimeZone::fixed))
        .unwrap_or(TimeZone::UTC);
    show(&job.due_at.to_zoned(tz))
}

/// "+06:00" → the offset (how fixed zones are stored).
fn parse_offset(s: &str) -> Option<jiff::tz::Offset> {
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = s[1..].split_once(':')?;
    let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
    jiff::tz::Offset::from_seconds(sign * secs).ok()
}

/// False for the commands that only read the store (they open it read-only).
pub fn writes(command: &ScheduleCommand) -> bool {
    matches!(command, ScheduleCommand::Cancel { .. })
}

pub async fn run(store: &AnyStore, command: &ScheduleCommand) -> Result<(), Failure> {
    match command {
        ScheduleCommand::List => {
            let jobs = store.jobs().await.map_err(Failure::Store)?;
            if jobs.is_empty() {
                println!("no scheduled mailings");
            }
            for j in jobs {
                let langs: Vec<&str> = j.langs.iter().map(|l| l.code()).collect();
                println!(
                    "{:>4}  {:<10} {}  {}  → {}  [{}]{}",
                    j.id,
                    j.state.as_str(),
                    due_in_zone(&j),
                    j.event_id,
                    j.lists.join(", "),
                    langs.join(","),
                    j.last_error.map(|e| format!("  ({e})")).unwrap_or_default()
                );
            }
        }
        ScheduleCommand::Cancel { id } => match store
            .cancel_job(*id, Timestamp::now())
            .await
            .map_err(Failure::Store)?
        {
            None => {
                return Err(Failure::Usage(format!(
                    "there is no scheduled mailing {id}"
                )));
            }
            Some(JobState::Scheduled) => println!("mailing {id} cancelled: nothing was sent"),
            Some(JobState::Sending) => println!(
                "mailing {id} cancelled: the scheduler stops before its next message (see `communique status` for what went out)"
            ),
            Some(other) => {
                return Err(Failure::Usage(format!(
                    "mailing {id} is already {}: nothing to cancel",
                    other.as_str()
                )));
            }
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2022-12-10T03:00:00Z".parse().unwrap()
    }

    #[test]
    fn at_accepts_rfc3339_and_zoned_times_in_the_zone_given() {
        let Due::Later { at, .. } =
            decide(now(), Some("2022-12-10T10:00:00+06:00"), None, false).unwrap()
        else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2022-12-10T04:00:00Z");
        let Due::Later { at, .. } =
            decide(now(), Some("2022-12-10T10:00[Asia/Almaty]"), None, false).unwrap()
        else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2022-12-10T04:00:00Z");
        assert!(show(&at).starts_with("2022-12-10 10:00 Asia/Almaty (UTC+6; 04:00 UTC)"));
        // The same wall time after Kazakhstan moved to UTC+5 is a different instant.
        let later: Timestamp = "2024-06-01T00:00:00Z".parse().unwrap();
        let Due::Later { at, .. } =
            decide(later, Some("2024-06-10T10:00[Asia/Almaty]"), None, false).unwrap()
        else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2024-06-10T05:00:00Z");
    }

    #[test]
    fn gaps_overlaps_and_the_past_are_refused() {
        let t: Timestamp = "2024-03-01T00:00:00Z".parse().unwrap();
        for (input, why) in [
            ("2024-03-31T02:30[Europe/Madrid]", "does not exist"),
            ("2024-10-27T02:30[Europe/Madrid]", "happens twice"),
            ("2024-02-29T10:00[Asia/Almaty]", "in the past"),
            ("tomorrow at ten", "write 2022-12-10T10:00:00+06:00"),
        ] {
            let err = decide(t, Some(input), None, false).unwrap_err().to_string();
            assert!(err.contains(why), "{input}: {err}");
        }
        assert_eq!(
            decide(t, Some("2024-02-29T10:00[Asia/Almaty]"), None, true).unwrap(),
            Due::Now
        );
        // With the offset given, the earlier of the two 02:30s in Madrid is unambiguous.
        assert!(
            decide(
                t,
                Some("2024-10-27T02:30+02:00[Europe/Madrid]"),
                None,
                false
            )
            .is_ok()
        );
    }

    #[test]
    fn nothing_goes_out_before_the_embargo() {
        let embargo: ZonedTime = "2022-12-10T12:00[Asia/Almaty]".parse().unwrap();
        // No --at: scheduled for the embargo, and said so.
        let Due::Later { at, note } = decide(now(), None, Some(&embargo), false).unwrap() else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2022-12-10T06:00:00Z");
        assert!(
            note.unwrap()
                .contains("embargoed until 2022-12-10 12:00 Asia/Almaty")
        );
        // --at before the embargo: the embargo wins.
        let Due::Later { at, .. } = decide(
            now(),
            Some("2022-12-10T10:00[Asia/Almaty]"),
            Some(&embargo),
            false,
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2022-12-10T06:00:00Z");
        // --at after the embargo stands; an embargo already past changes nothing.
        let Due::Later { at, .. } = decide(
            now(),
            Some("2022-12-10T15:00[Asia/Almaty]"),
            Some(&embargo),
            false,
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(at.timestamp().to_string(), "2022-12-10T09:00:00Z");
        let after: Timestamp = "2022-12-11T00:00:00Z".parse().unwrap();
        assert_eq!(
            decide(after, None, Some(&embargo), false).unwrap(),
            Due::Now
        );
    }
}
