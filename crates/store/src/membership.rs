//! What a subscriber does for themselves through the web pages: leave one list, choose their
//! language and lists, and join a list by confirming a subscription (double opt-in).
//!
//! A confirmation link subscribes once: its use is recorded (by a hash the caller gives), so
//! it does nothing after its owner leaves the list, and consent keeps the time and source of
//! its first confirmation.
//!
//! A subscriber's own status follows their lists: `unsubscribed` once they are on no list any
//! more, `active` again when they choose a list or confirm a subscription. A bounced address
//! stays bounced until it confirms a subscription (which proves it receives mail again).

use communique_model::Lang;

use crate::types::Subscriber;

/// One list a subscriber is, or was, on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The list's name.
    pub list: String,
    /// True while they receive it.
    pub subscribed: bool,
}

/// A subscriber with every list they are or were on, by list name.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The subscriber.
    pub subscriber: Subscriber,
    /// Their lists.
    pub lists: Vec<Membership>,
}

impl Profile {
    /// True while they receive `list`.
    pub fn receives(&self, list: &str) -> bool {
        self.lists.iter().any(|m| m.list == list && m.subscribed)
    }
}

/// What leaving a list did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Left {
    /// They were on the list and now are not.
    Unsubscribed,
    /// They were not receiving it (already unsubscribed, or never on it).
    Already,
    /// There is no such subscriber.
    NoSuchSubscriber,
}

/// What a used confirmation link stands for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkUse {
    /// Its subscriber (this id) receives its list: subscribed by this use or an earlier one.
    Subscribed(i64),
    /// It was used, and its subscriber left the list (or was removed) since: it does nothing.
    Spent,
}

/// A subscription someone confirmed.
#[derive(Debug, Clone)]
pub struct Confirmed<'a> {
    /// What identifies the confirmation link (a hash of it: the store never holds a link).
    pub link: &'a str,
    /// When the link stops working, in seconds since the Unix epoch: its record is kept until
    /// then.
    pub link_expires: i64,
    /// The normalized address.
    pub email: &'a str,
    /// Their name (empty keeps the name already stored).
    pub name: &'a str,
    /// Their language.
    pub lang: Lang,
    /// The list they join.
    pub list: &'a str,
    /// Where the consent came from (`web-form:press, confirmed by email`).
    pub source: &'a str,
}
