//! Rate limits on subscription requests, per client, per mailbox and per domain, so the form
//! cannot be used to flood someone's inbox or the mail server. Kept in memory: a restart
//! forgets them, which costs at most one more window of requests.
//!
//! A client is an IPv4 address or an IPv6 /64: one host can pick any of the 2^64 addresses of
//! its /64, so counting IPv6 addresses one by one would limit nobody. Each table holds at most
//! a fixed number of keys; a full table forgets its oldest keys (those nearest the end of
//! their window) rather than refuse every new client. Limits that trigger are logged, at most
//! a line a minute per table, naming no address (neither the client's nor the mailbox).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};

/// The client a request is counted for (`unknown` without a connection, as in tests): see
/// [`client_key`].
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientIp, Self::Rejection> {
        Ok(ClientIp(
            client_ip(&parts.extensions, &parts.headers)
                .map_or_else(|| "unknown".to_owned(), client_key),
        ))
    }
}

/// Keys tracked per table by default: about 30 MB at the longest keys, and far more clients
/// than a press office's form sees in a window.
const MAX_KEYS: usize = 100_000;

/// How often, at most, a table logs what it refused.
const LOG_EVERY: Duration = Duration::from_secs(60);

/// Takes a lock; a panic while it was held leaves only counters behind: keep using them.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Counts events and says when to log them: the first at once, then at most one line per
/// [`LOG_EVERY`] with the number since the last line, so an attack cannot flood the log.
#[derive(Default)]
pub struct Throttle {
    state: Mutex<(Option<Instant>, u64)>,
}

impl Throttle {
    /// Counts one event at `now`; `Some(events since the last line)` when a line is due.
    pub fn note(&self, now: Instant) -> Option<u64> {
        let mut state = lock(&self.state);
        state.1 += 1;
        if state
            .0
            .is_some_and(|last| now.duration_since(last) < LOG_EVERY)
        {
            return None;
        }
        let count = state.1;
        *state = (Some(now), 0);
        Some(count)
    }
}

/// At most `max` events per key in each `window`.
pub struct RateLimit {
    max: u32,
    window: Duration,
    capacity: usize,
    /// What is counted, for the log ("confirmation emails to one mailbox").
    what: &'static str,
    seen: Mutex<HashMap<String, (Instant, u32)>>,
    refusals: Throttle,
}

impl RateLimit {
    pub fn new(max: u32, window: Duration) -> RateLimit {
        RateLimit {
            max,
            window,
            capacity: MAX_KEYS,
            what: "requests",
            seen: Mutex::new(HashMap::new()),
            refusals: Throttle::default(),
        }
    }

    /// The same, tracking at most `capacity` keys (tests fill a small table).
    #[cfg(test)]
    pub fn with_capacity(mut self, capacity: usize) -> RateLimit {
        self.capacity = capacity.max(1);
        self
    }

    /// The same, logging what it counts as `what`.
    pub fn counting(mut self, what: &'static str) -> RateLimit {
        self.what = what;
        self
    }

    /// Counts one event for `key` at `now`; false if it is over the limit.
    pub fn allow(&self, key: &str, now: Instant) -> bool {
        let mut seen = lock(&self.seen);
        if !seen.contains_key(key) && seen.len() >= self.capacity {
            self.make_room(&mut seen, now);
        }
        let entry = seen.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 < self.max {
            entry.1 += 1;
            return true;
        }
        drop(seen);
        if let Some(n) = self.refusals.note(now) {
            eprintln!(
                "communique serve: limit reached: at most {} {} in {} s; {n} refused since the last such line",
                self.max,
                self.what,
                self.window.as_secs()
            );
        }
        false
    }

    /// Forgets expired keys, and if that is not enough, the oldest eighth: a full table must
    /// not turn every new client away (that is what an attacker filling it wants), and
    /// forgetting in batches keeps the cost per request constant.
    fn make_room(&self, seen: &mut HashMap<String, (Instant, u32)>, now: Instant) {
        let window = self.window;
        seen.retain(|_, (start, _)| now.duration_since(*start) < window);
        if seen.len() < self.capacity {
            return;
        }
        let mut starts: Vec<Instant> = seen.values().map(|(start, _)| *start).collect();
        let nth = (starts.len() / 8).min(starts.len() - 1);
        let cutoff = *starts.select_nth_unstable(nth).1;
        let before = seen.len();
        seen.retain(|_, (start, _)| *start > cutoff);
        eprintln!(
            "communique serve: the table of {} is full ({} keys): forgot the {} oldest",
            self.what,
            self.capacity,
            before - seen.len()
        );
    }
}

/// Confirmation emails waiting to be sent, at most: past it, a request gets the same page and
/// no email (logged), rather than the queue growing with an attack until memory runs out.
pub const MAIL_QUEUE: usize = 1_000;

/// The limits of one server.
pub struct Limits {
    /// Subscription requests per client (IPv4 address or IPv6 /64).
    pub per_ip: RateLimit,
    /// Confirmation emails per mailbox: keyed by the canonical address without its `+tag`
    /// (`communique_store::limit_key`), so respellings of one address share one limit.
    pub per_address: RateLimit,
    /// Confirmation emails per domain: what respellings we do not know of (a provider's own
    /// sub-addressing) can still send to one mailbox.
    pub per_domain: RateLimit,
    /// Confirmation emails queued or being sent, at most.
    pub mail_queue: usize,
}

impl Default for Limits {
    /// 10 requests per client in 10 minutes; 3 confirmation emails per mailbox and 30 per
    /// domain an hour; 1000 emails queued.
    fn default() -> Limits {
        Limits {
            per_ip: RateLimit::new(10, Duration::from_secs(600))
                .counting("subscription requests from one client (IPv4 address or IPv6 /64)"),
            per_address: RateLimit::new(3, Duration::from_secs(3600))
                .counting("confirmation emails to one mailbox"),
            per_domain: RateLimit::new(30, Duration::from_secs(3600))
                .counting("confirmation emails to one domain"),
            mail_queue: MAIL_QUEUE,
        }
    }
}

/// The client's IP: the connection's peer, or, when the peer is the reverse proxy on this
/// machine (a loopback address), the last address of its `X-Forwarded-For`, which the proxy
/// itself appended (a client can only add addresses before it). An IPv4 address arriving on
/// an IPv6 socket (`::ffff:127.0.0.1`, as with `--listen [::]`) is that IPv4 address.
pub fn client_ip(extensions: &Extensions, headers: &HeaderMap) -> Option<IpAddr> {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_canonical())?;
    if !peer.is_loopback() {
        return Some(peer);
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .next_back();
    Some(forwarded.map_or(peer, |ip| ip.to_canonical()))
}

/// The key a client is limited by: its IPv4 address, or its IPv6 /64 (`2001:db8:1:2::/64`).
pub fn client_key(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !u128::from(u64::MAX);
            format!("{}/64", Ipv6Addr::from(prefix))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_gets_its_quota_per_window() {
        let limit = RateLimit::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limit.allow("a", t0));
        assert!(limit.allow("a", t0));
        assert!(!limit.allow("a", t0 + Duration::from_secs(59)));
        assert!(limit.allow("b", t0), "another key has its own quota");
        assert!(
            limit.allow("a", t0 + Duration::from_secs(60)),
            "a new window"
        );
    }

    #[test]
    fn a_full_table_forgets_its_oldest_keys_and_takes_new_clients() {
        let limit = RateLimit::new(1, Duration::from_secs(600)).with_capacity(8);
        let t0 = Instant::now();
        for i in 0..8u64 {
            assert!(limit.allow(&format!("k{i}"), t0 + Duration::from_secs(i)));
        }
        let later = t0 + Duration::from_secs(10);
        assert!(limit.allow("new", later), "a new client is not refused");
        assert!(limit.allow("k0", later), "the oldest key was forgotten");
        assert!(!limit.allow("k7", later), "a recent key is still counted");
        assert!(lock(&limit.seen).len() <= 8);
    }

    #[test]
    fn the_log_of_refusals_is_throttled() {
        let throttle = Throttle::default();
        let t0 = Instant::now();
        assert_eq!(throttle.note(t0), Some(1), "the first at once");
        assert_eq!(throttle.note(t0 + Duration::from_secs(1)), None);
        assert_eq!(throttle.note(t0 + Duration::from_secs(2)), None);
        assert_eq!(
            throttle.note(t0 + LOG_EVERY),
            Some(3),
            "then the count since"
        );
    }

    #[test]
    fn an_ipv6_client_is_its_64_and_a_mapped_ipv4_one_its_address() {
        let key = |s: &str| client_key(s.parse().unwrap());
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:3::1"), "2001:db8:1:3::/64");
        assert_eq!(key("203.0.113.7"), "203.0.113.7");
        assert_eq!(key("::ffff:203.0.113.7"), "203.0.113.7");
    }

    #[test]
    fn a_proxy_on_an_ipv6_socket_is_still_the_local_proxy() {
        let mut ext = Extensions::new();
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "198.51.100.7".parse().unwrap());
        let mapped: IpAddr = "::ffff:127.0.0.1".parse().unwrap();
        ext.insert(ConnectInfo(SocketAddr::new(mapped, 5000)));
        assert_eq!(client_ip(&ext, &h), Some("198.51.100.7".parse().unwrap()));
        let direct: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        ext.insert(ConnectInfo(SocketAddr::new(direct, 5000)));
        assert_eq!(client_ip(&ext, &h), Some("192.0.2.1".parse().unwrap()));
    }

    #[test]
    fn the_proxy_names_the_client_and_nobody_else_does() {
        let mut ext = Extensions::new();
        let mut h = HeaderMap::new();
        assert_eq!(client_ip(&ext, &h), None);
        h.insert(
            "x-forwarded-for",
            "203.0.113.9, 198.51.100.7".parse().unwrap(),
        );
        ext.insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 5000))));
        assert_eq!(
            client_ip(&ext, &h),
            Some("198.51.100.7".parse().unwrap()),
            "the address the proxy appended"
        );
        ext.insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 1], 5000))));
        assert_eq!(
            client_ip(&ext, &h),
            Some("192.0.2.1".parse().unwrap()),
            "a direct client cannot claim another address"
        );
    }
}
