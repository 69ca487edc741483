//! The one concurrency limit every request of a process goes through: bounded, halved when
//! Twilio answers 429 (pausing for any `Retry-After`), grown back by one slot per window of
//! successes (additive increase, multiplicative decrease, as TCP does with its window).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

/// The default upper bound of requests in flight. Twilio's account concurrency is commonly
/// quoted at about 100 and is shared with the Flex UI and every other integration of the
/// account; 32 leaves most of it to them while still reading a large centre's 600 per-call
/// requests in about 19 round trips.
pub const DEFAULT_CONCURRENCY: usize = 32;
/// The most `--concurrency` accepts: beyond Twilio's account limit more only earns 429s.
pub const MAX_CONCURRENCY: usize = 256;

/// The arithmetic of the adaptive limit, without clocks or tasks, so it can be tested as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aimd {
    /// Requests allowed in flight now: between 1 and `max`.
    pub limit: usize,
    /// The configured bound; growth stops here.
    pub max: usize,
    /// Successes since the limit last changed; a full window of them adds one slot.
    successes: usize,
}

impl Aimd {
    pub fn new(max: usize) -> Aimd {
        let max = max.clamp(1, MAX_CONCURRENCY);
        Aimd {
            limit: max,
            max,
            successes: 0,
        }
    }

    /// A 429: half the slots (never fewer than one), and growth starts over.
    pub fn throttled(&mut self) {
        self.limit = (self.limit / 2).max(1);
        self.successes = 0;
    }

    /// A request that was not throttled. After `limit` of them in a row the limit grows by
    /// one, so recovering from 8 to 16 takes 8 + 9 + … + 15 = 92 successes: slow on purpose,
    /// a limit that bounced straight back would be throttled again at once.
    pub fn succeeded(&mut self) {
        if self.limit >= self.max {
            return;
        }
        self.successes += 1;
        if self.successes >= self.limit {
            self.limit += 1;
            self.successes = 0;
        }
    }
}

/// The shared limiter: a slot count that can shrink and grow while requests wait for it.
#[derive(Debug)]
pub(crate) struct Limiter {
    state: Mutex<State>,
    freed: Notify,
}

#[derive(Debug)]
struct State {
    aimd: Aimd,
    in_flight: usize,
    /// No request starts before this (a `Retry-After` applies to the whole account).
    paused_until: Option<Instant>,
}

/// A slot held for the duration of one attempt; dropping it frees the slot.
pub(crate) struct Permit<'a> {
    limiter: &'a Limiter,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.limiter.lock().in_flight -= 1;
        self.limiter.freed.notify_waiters();
    }
}

impl Limiter {
    pub fn new(max: usize) -> Limiter {
        Limiter {
            state: Mutex::new(State {
                aimd: Aimd::new(max),
                in_flight: 0,
                paused_until: None,
            }),
            freed: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is plain numbers, consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for a slot (and for any pause to end).
    pub async fn acquire(&self) -> Permit<'_> {
        loop {
            // Registered before the check, so a slot freed in between still wakes this task.
            let freed = self.freed.notified();
            tokio::pin!(freed);
            freed.as_mut().enable();
            let pause = {
                let mut st = self.lock();
                let now = Instant::now();
                match st.paused_until {
                    Some(t) if t > now => Some(t - now),
                    _ if st.in_flight < st.aimd.limit => {
                        st.in_flight += 1;
                        return Permit { limiter: self };
                    }
                    _ => None,
                }
            };
            match pause {
                Some(d) => tokio::time::sleep(d).await,
                None => freed.await,
            }
        }
    }

    /// Twilio answered 429: halve, and pause everyone for `retry_after` when it said so.
    pub fn throttled(&self, retry_after: Option<Duration>) {
        let mut st = self.lock();
        st.aimd.throttled();
        if let Some(d) = retry_after.filter(|d| !d.is_zero()) {
            let until = Instant::now() + d;
            st.paused_until = Some(st.paused_until.map_or(until, |t| t.max(until)));
        }
        tracing::debug!(
            limit = st.aimd.limit,
            "concurrency limit lowered after a 429"
        );
    }

    pub fn succeeded(&self) {
        let grew = {
            let mut st = self.lock();
            let before = st.aimd.limit;
            st.aimd.succeeded();
            st.aimd.limit > before
        };
        if grew {
            self.freed.notify_waiters();
        }
    }

    /// The limit in force now.
    #[cfg(test)]
    pub fn limit(&self) -> usize {
        self.lock().aimd.limit
    }

    /// The configured bound.
    pub fn max(&self) -> usize {
        self.lock().aimd.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_down_to_one() {
        let mut a = Aimd::new(32);
        let seen: Vec<usize> = (0..7)
            .map(|_| {
                a.throttled();
                a.limit
            })
            .collect();
        assert_eq!(seen, [16, 8, 4, 2, 1, 1, 1]);
    }

    #[test]
    fn grows_one_slot_per_window_of_successes_up_to_the_bound() {
        let mut a = Aimd::new(16);
        a.throttled();
        assert_eq!(a.limit, 8);
        let mut steps = 0;
        while a.limit < 16 {
            a.succeeded();
            steps += 1;
        }
        assert_eq!(steps, (8..16).sum::<usize>());
        for _ in 0..1_000 {
            a.succeeded();
        }
        assert_eq!(a.limit, 16, "never above the configured bound");
    }

    #[test]
    fn a_throttle_restarts_the_window() {
        let mut a = Aimd::new(8);
        a.throttled();
        for _ in 0..3 {
            a.succeeded();
        }
        a.throttled();
        assert_eq!(a.limit, 2);
        a.succeeded();
        assert_eq!(a.limit, 2, "one success is not yet a window of two");
        a.succeeded();
        assert_eq!(a.limit, 3);
    }

    #[test]
    fn bounds_are_clamped() {
        assert_eq!(Aimd::new(0).limit, 1);
        assert_eq!(Aimd::new(10_000).max, MAX_CONCURRENCY);
    }

    #[tokio::test]
    async fn permits_are_bounded_and_freed() {
        let l = Limiter::new(2);
        let a = l.acquire().await;
        let _b = l.acquire().await;
        assert_eq!(l.lock().in_flight, 2);
        drop(a);
        assert_eq!(l.lock().in_flight, 1);
        let _c = l.acquire().await;
        l.throttled(None);
        assert_eq!((l.limit(), l.max()), (1, 2));
        assert_eq!(l.lock().in_flight, 2, "slots already held are not revoked");
    }

    #[tokio::test]
    async fn a_waiter_gets_the_slot_another_frees() {
        let l = std::sync::Arc::new(Limiter::new(1));
        let held = l.acquire().await;
        let l2 = l.clone();
        let waiter = tokio::spawn(async move {
            let permit = l2.acquire().await;
            // Read into a local: a guard left in the tail expression would outlive the permit,
            // whose drop takes the same lock.
            let in_flight = l2.lock().in_flight;
            drop(permit);
            in_flight
        });
        tokio::task::yield_now().await;
        drop(held);
        assert_eq!(waiter.await.unwrap(), 1);
        assert_eq!(l.lock().in_flight, 0);
    }
}
