//! Rate limits on subscription requests, per client IP and per address, so the form cannot be
//! used to flood someone's inbox or the mail server. Kept in memory: a restart forgets them,
//! which costs at most one more window of requests.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};

/// The client's IP as the rate limits key it (`unknown` without a connection, as in tests).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientIp, Self::Rejection> {
        Ok(ClientIp(
            client_ip(&parts.extensions, &parts.headers)
                .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string()),
        ))
    }
}

/// At most this many keys are tracked; past it (after forgetting expired windows) new keys are
/// refused rather than memory grown without bound.
const MAX_KEYS: usize = 100_000;

/// At most `max` events per key in each `window`.
pub struct RateLimit {
    max: u32,
    window: Duration,
    seen: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimit {
    pub fn new(max: u32, window: Duration) -> RateLimit {
        RateLimit {
            max,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one event for `key` at `now`; false if it is over the limit.
    pub fn allow(&self, key: &str, now: Instant) -> bool {
        let mut seen = match self.seen.lock() {
            Ok(g) => g,
            // A panic while holding the lock leaves only counters behind: keep using them.
            Err(poisoned) => poisoned.into_inner(),
        };
        if !seen.contains_key(key) && seen.len() >= MAX_KEYS {
            let window = self.window;
            seen.retain(|_, (start, _)| now.duration_since(*start) < window);
            if seen.len() >= MAX_KEYS {
                return false;
            }
        }
        let entry = seen.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.max {
            return false;
        }
        entry.1 += 1;
        true
    }
}

/// The limits of one server.
pub struct Limits {
    /// Subscription requests per client IP.
    pub per_ip: RateLimit,
    /// Confirmation emails per mailbox: keyed by the canonical address without its `+tag`
    /// (`communique_store::limit_key`), so respellings of one address share one limit.
    pub per_address: RateLimit,
    /// Confirmation emails per domain: what respellings we do not know of (a provider's own
    /// sub-addressing) can still send to one mailbox.
    pub per_domain: RateLimit,
}

impl Default for Limits {
    /// 10 requests per IP in 10 minutes; 3 confirmation emails per mailbox and 30 per domain
    /// an hour.
    fn default() -> Limits {
        Limits {
            per_ip: RateLimit::new(10, Duration::from_secs(600)),
            per_address: RateLimit::new(3, Duration::from_secs(3600)),
            per_domain: RateLimit::new(30, Duration::from_secs(3600)),
        }
    }
}

/// The client's IP: the connection's peer, or, when the peer is the reverse proxy on this
/// machine (a loopback address), the last address of its `X-Forwarded-For`, which the proxy
/// itself appended (a client can only add addresses before it).
pub fn client_ip(extensions: &Extensions, headers: &HeaderMap) -> Option<IpAddr> {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())?;
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
    Some(forwarded.unwrap_or(peer))
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
