//! When and how long to wait before repeating a request: capped full-jitter exponential backoff,
//! overridden by a server's `Retry-After`.

use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How a request is repeated after a transient failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts including the first (1 disables retries).
    pub max_attempts: u32,
    /// Upper bound of the first backoff; doubles with each attempt.
    pub base: Duration,
    /// Upper bound of any computed backoff.
    pub cap: Duration,
    /// Longest `Retry-After` honoured, so a misbehaving server cannot stall the tool for hours.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base: Duration::from_millis(100),
            cap: Duration::from_secs(2),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The wait before retry number `retry` (0 for the first retry): uniformly random between
    /// zero and `min(cap, base * 2^retry)` ("full jitter"), so that many clients hit by the same
    /// outage do not come back in lockstep.
    pub fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(1u32.checked_shl(retry.min(20)).unwrap_or(u32::MAX))
            .min(self.cap);
        let ms = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(fastrand::u64(0..=ms))
    }

    /// The wait before the next attempt: the server's `Retry-After` when it gave one (in
    /// seconds), else the jittered backoff.
    pub(crate) fn delay(&self, retry: u32, headers: Option<&HeaderMap>) -> Duration {
        match headers.and_then(retry_after) {
            Some(d) => d.min(self.max_retry_after),
            None => self.backoff(retry),
        }
    }
}

/// `Retry-After` in delta-seconds; the HTTP-date form is not used by Twilio and is ignored.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    v.parse::<u64>().ok().map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_capped_and_jittered() {
        let p = RetryPolicy::default();
        for retry in 0..40 {
            let d = p.backoff(retry);
            assert!(d <= p.cap, "{retry}: {d:?}");
            assert!(d <= p.base * 2u32.pow(retry.min(5)));
        }
    }

    #[test]
    fn retry_after_wins_but_is_bounded() {
        let p = RetryPolicy::default();
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, "0".parse().unwrap());
        assert_eq!(p.delay(3, Some(&h)), Duration::ZERO);
        h.insert(RETRY_AFTER, "99999".parse().unwrap());
        assert_eq!(p.delay(0, Some(&h)), p.max_retry_after);
        h.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert!(p.delay(0, Some(&h)) <= p.base);
    }
}
