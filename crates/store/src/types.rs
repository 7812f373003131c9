//! The records the store keeps and returns.

use std::collections::BTreeMap;
use std::fmt;

use communique_model::Lang;

/// A subscriber's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubscriberStatus {
    /// Receives mail.
    Active,
    /// Asked to stop.
    Unsubscribed,
    /// Their address was rejected permanently too often.
    Bounced,
}

impl SubscriberStatus {
    pub(crate) fn parse(s: &str) -> SubscriberStatus {
        match s {
            "unsubscribed" => SubscriberStatus::Unsubscribed,
            "bounced" => SubscriberStatus::Bounced,
            _ => SubscriberStatus::Active,
        }
    }

    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriberStatus::Active => "active",
            SubscriberStatus::Unsubscribed => "unsubscribed",
            SubscriberStatus::Bounced => "bounced",
        }
    }
}

/// A subscriber to add or update (matched by email).
#[derive(Debug, Clone, PartialEq)]
pub struct NewSubscriber {
    /// Normalized email address.
    pub email: String,
    /// Display name (may be empty).
    pub name: String,
    /// Preferred language.
    pub lang: Lang,
    /// Extra attributes (a JSON object).
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Where consent came from ("import:subscribers.csv", "form").
    pub consent_source: String,
}

/// A stored subscriber.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    /// Row id.
    pub id: i64,
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Preferred language.
    pub lang: Lang,
    /// Standing.
    pub status: SubscriberStatus,
    /// Extra attributes.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// When consent was recorded, and how.
    pub consent: Option<(String, String)>,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New subscribers.
    pub added: u64,
    /// Existing subscribers whose name, language or attributes changed.
    pub updated: u64,
    /// Existing subscribers with nothing to change.
    pub unchanged: u64,
    /// Existing subscribers newly put on the list.
    pub joined: u64,
}

/// What an import would do, computed without writing (a dry run): the counts, and the active
/// members of the list per subscriber language afterwards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// What the import would report.
    pub report: ImportReport,
    /// Who the list would reach, per subscriber language.
    pub audience: BTreeMap<Lang, u64>,
}

/// A subscriber already stored, as an import meets them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    /// Their stored name, language and attributes are what the row says.
    pub same: bool,
    /// Their stored language.
    pub lang: Lang,
    /// They are active (not unsubscribed from everything, not bounced).
    pub active: bool,
    /// Their membership of the list: `None` if they are not on it, `Some(true)` while they
    /// receive it, `Some(false)` if they left it (an import does not put them back).
    pub member: Option<bool>,
}

impl ImportReport {
    /// Counts a row whose address is not stored yet.
    pub(crate) fn count_new(&mut self) {
        self.added += 1;
    }

    /// Counts a row whose address is stored: `same` if nothing changes, `on_list` if they are
    /// on the list already (in any state: an import does not put back someone who left).
    pub(crate) fn count_stored(&mut self, same: bool, on_list: bool) {
        if same {
            self.unchanged += 1;
        } else {
            self.updated += 1;
        }
        if !on_list {
            self.joined += 1;
        }
    }
}

impl ImportPreview {
    /// Starts from the list's audience as it is.
    pub fn new(audience: BTreeMap<Lang, u64>) -> ImportPreview {
        ImportPreview {
            report: ImportReport::default(),
            audience,
        }
    }

    /// Counts one row the way `Store::import` would treat it, given who it finds stored.
    pub fn count(&mut self, row: &NewSubscriber, existing: Option<&Existing>) {
        let mut reach = |lang: Lang, n: i64| {
            let slot = self.audience.entry(lang).or_default();
            *slot = slot.saturating_add_signed(n);
        };
        match existing {
            None => {
                self.report.count_new();
                reach(row.lang, 1);
            }
            Some(e) => {
                self.report.count_stored(e.same, e.member.is_some());
                match (e.member, e.active) {
                    (None, true) => reach(row.lang, 1),
                    // Their language may change: they move from one count to the other.
                    (Some(true), true) => {
                        reach(e.lang, -1);
                        reach(row.lang, 1);
                    }
                    _ => {}
                }
            }
        }
        self.audience.retain(|_, n| *n > 0);
    }
}

/// A request to publish an event to a list.
#[derive(Debug, Clone)]
pub struct PublicationRequest<'a> {
    /// The event's id.
    pub event_id: &'a str,
    /// The list's name.
    pub list: &'a str,
    /// A hash of the event's content.
    pub content_hash: &'a str,
    /// The event as canonical JSON (to say what changed).
    pub event_json: &'a str,
    /// The languages published.
    pub langs: &'a [Lang],
    /// Start a new publication even if one exists with other content.
    pub resend: bool,
}

/// An event's publication to a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: String,
    /// The list's name.
    pub list: String,
    /// The list's id.
    pub list_id: i64,
    /// 1, or more after deliberate resends.
    pub generation: i64,
    /// The languages published.
    pub langs: Vec<Lang>,
    /// When it was first opened.
    pub created_at: String,
}

/// For each subscriber language, the published language they get (or none: skipped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LangChoice(pub BTreeMap<Lang, Lang>);

impl LangChoice {
    /// The first published language on each language's fallback chain.
    ///
    /// ```
    /// use communique_model::Lang::*;
    /// use communique_store::LangChoice;
    /// let chains = [(Kk, vec![Ru, En]), (Ru, vec![En]), (Es, vec![En]), (En, vec![])];
    /// let c = LangChoice::new(&[Kk, Es, En], &chains);
    /// assert_eq!(c.get(Ru), Some(En));
    /// assert_eq!(c.get(Kk), Some(Kk));
    /// let only_ru = LangChoice::new(&[Ru], &chains);
    /// assert_eq!(only_ru.get(Es), None);
    /// assert_eq!(only_ru.get(Kk), Some(Ru));
    /// ```
    pub fn new(published: &[Lang], chains: &[(Lang, Vec<Lang>)]) -> LangChoice {
        let mut map = BTreeMap::new();
        for lang in Lang::ALL {
            let chain = chains
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, c)| c.as_slice())
                .unwrap_or(&[]);
            if let Some(chosen) = std::iter::once(&lang)
                .chain(chain)
                .find(|l| published.contains(l))
            {
                map.insert(lang, *chosen);
            }
        }
        LangChoice(map)
    }

    /// The language a subscriber of `lang` gets.
    pub fn get(&self, lang: Lang) -> Option<Lang> {
        self.0.get(&lang).copied()
    }
}

/// A journal row's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DeliveryState {
    /// Not yet tried.
    Pending,
    /// Handed to a transport; the outcome is not recorded yet.
    Sending,
    /// The server accepted it (250).
    Sent,
    /// Refused for now (4xx, dropped connection); a later run retries.
    FailedTemporary,
    /// Refused for good (5xx); never retried.
    FailedPermanent,
    /// Not sent on purpose (no published language, or already sent through another list).
    Skipped,
}

impl DeliveryState {
    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Sending => "sending",
            DeliveryState::Sent => "sent",
            DeliveryState::FailedTemporary => "failed_temporary",
            DeliveryState::FailedPermanent => "failed_permanent",
            DeliveryState::Skipped => "skipped",
        }
    }

    pub(crate) fn parse(s: &str) -> DeliveryState {
        match s {
            "sending" => DeliveryState::Sending,
            "sent" => DeliveryState::Sent,
            "failed_temporary" => DeliveryState::FailedTemporary,
            "failed_permanent" => DeliveryState::FailedPermanent,
            "skipped" => DeliveryState::Skipped,
            _ => DeliveryState::Pending,
        }
    }
}

impl fmt::Display for DeliveryState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A run that sends a publication: who it is, and how long its claims on journal rows last
/// without renewal. On SQLite one run holds the publication (`Store::begin_run`); on
/// PostgreSQL several runs on several machines share it, and each row claimed says whose it is
/// until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'a> {
    /// Who sends ("host:pid:nonce").
    pub owner: &'a str,
    /// How long a claim lasts unless the run renews it (`Store::renew_run`).
    pub lease_secs: i64,
}

/// A journal row claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    /// The subscriber.
    pub subscriber_id: i64,
    /// Their address.
    pub email: String,
    /// Their name.
    pub name: String,
    /// The language of their notice.
    pub lang: Lang,
    /// Tries so far, this one included.
    pub attempts: i64,
}

/// The outcome of one claimed row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The subscriber.
    pub subscriber_id: i64,
    /// `Sent`, `FailedTemporary` or `FailedPermanent` (or `Pending` to hand a row back).
    pub state: DeliveryState,
    /// The server's last reply.
    pub reply: Option<String>,
    /// The Message-ID sent.
    pub message_id: Option<String>,
}

/// How a publication stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// Rows per (language or "-", state).
    pub counts: BTreeMap<(String, DeliveryState), u64>,
    /// Failed rows: email, state, last reply.
    pub failures: Vec<(String, DeliveryState, String)>,
}

impl StatusCounts {
    /// Rows in `state`, all languages.
    pub fn in_state(&self, state: DeliveryState) -> u64 {
        self.counts
            .iter()
            .filter(|((_, s), _)| *s == state)
            .map(|(_, n)| n)
            .sum()
    }

    /// All rows.
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }
}
