//! Fault injection: per sandbox, switchable at run time, deterministic for a given seed, and
//! applied to Twilio routes only (the control API under `/sandbox/` always works).
//!
//! The request-log middleware hands every request to [`Faults::handle`], which decides (one
//! RNG draw per eligible request), waits out any latency or delay, and then either answers with
//! an injected error, breaks the connection before the handler runs (`drop`), runs the handler
//! and breaks the connection afterwards (`lost`), or runs the handler normally.

pub mod api;
mod config;
mod glob;
mod kind;
mod spec;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub use self::config::{
    glob, is_off_word, FaultConfig, FaultKind, SpecBuilder, SpecError, Weighted, DEFAULT_DELAY_MS,
    MAX_DELAY_MS,
};
use super::http::ApiError;

/// Response header naming the fault injected into an answer the client does get.
pub const FAULT_HEADER: &str = "x-sandbox-fault";

/// The fault state of one sandbox. Cheap when off: one atomic load per request.
#[derive(Debug, Default)]
pub struct Faults {
    /// Mirrors `state.config.is_some()` so the common no-fault path takes no lock.
    active: AtomicBool,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    config: Option<FaultConfig>,
    rng: SplitMix64,
    /// Requests that were in scope (and so drew from the RNG) since the config was set.
    eligible: u64,
    /// Injected faults by `FaultKind::index`.
    injected: [u64; 6],
}

/// What the fault layer decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decision {
    pub latency_ms: u64,
    pub fault: Option<FaultKind>,
    pub retry_after: Option<u64>,
}

/// What became of a request that went through [`Faults::handle`].
#[derive(Debug)]
pub struct Handled {
    pub response: Response,
    pub fault: Option<FaultKind>,
    /// The status the client sees; 0 when it gets no response at all (`drop`, `lost`).
    pub status_seen: u16,
}

/// Injected-fault counters since the current config was set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FaultStats {
    /// Requests in scope since the config was set (each drew once from the RNG).
    pub eligible: u64,
    /// Count per kind name (`500`, `503`, `429`, `delay`, `drop`, `lost`), zeros included.
    pub injected: BTreeMap<&'static str, u64>,
}

impl FaultStats {
    pub fn total(&self) -> u64 {
        self.injected.values().sum()
    }
}

impl Faults {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic elsewhere while holding the lock leaves consistent plain data behind.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Replaces the configuration (`None`, or a config that is off, clears it). Counters and
    /// the RNG restart; a config without a seed gets a random one, kept in the returned (and
    /// [`Faults::current`]) config so that the run can be replayed.
    pub fn set(&self, config: Option<FaultConfig>) -> Option<FaultConfig> {
        let mut st = self.lock();
        match config.filter(|c| !c.is_off()) {
            None => {
                // Counters survive a clear so that a test can still read what was injected.
                st.config = None;
                self.active.store(false, Ordering::Release);
                None
            }
            Some(mut c) => {
                let seed = *c.seed.get_or_insert_with(|| fastrand::u64(..));
                st.rng = SplitMix64(seed);
                st.eligible = 0;
                st.injected = [0; 6];
                st.config = Some(c.clone());
                self.active.store(true, Ordering::Release);
                Some(c)
            }
        }
    }

    /// Parses `spec` (see [`FaultConfig::parse`]; `none`/`off` clear) and applies it.
    pub fn set_spec(&self, spec: &str) -> Result<Option<FaultConfig>, String> {
        let config = FaultConfig::parse(spec)?;
        Ok(self.set(Some(config)))
    }

    /// Switches faults off.
    pub fn clear(&self) {
        self.set(None);
    }

    /// The configuration in force (with its seed), if any.
    pub fn current(&self) -> Option<FaultConfig> {
        self.lock().config.clone()
    }

    pub fn is_active(&self) -> bool {
        self.active.load(Ordering::Acquire)
    }

    pub fn stats(&self) -> FaultStats {
        let st = self.lock();
        FaultStats {
            eligible: st.eligible,
            injected: FaultKind::NAMES
                .iter()
                .zip(st.injected)
                .map(|(name, n)| (*name, n))
                .collect(),
        }
    }

    /// What the control API shows: `{config, spec, injected, eligible}`.
    pub fn report(&self) -> serde_json::Value {
        let (config, stats) = (self.current(), self.stats());
        serde_json::json!({
            "config": config,
            "spec": config.as_ref().map_or_else(|| "none".to_string(), FaultConfig::to_spec),
            "injected": stats.injected,
            "eligible": stats.eligible,
        })
    }

    /// Decides the fate of one request. Control-API requests and out-of-scope requests do not
    /// draw from the RNG, so the decision sequence depends only on the in-scope requests.
    pub fn decide(&self, method: &str, path: &str) -> Decision {
        self.decide_at(method, path, 0)
    }

    /// [`Faults::decide`] for a request that arrived with `in_flight` Twilio requests being
    /// served, itself included. A request over the `concurrency` bound is rejected with a 429
    /// before anything else and draws nothing, so the rate's sequence does not depend on it.
    pub fn decide_at(&self, method: &str, path: &str, in_flight: usize) -> Decision {
        if !self.is_active() || is_control(path) {
            return Decision::default();
        }
        let mut guard = self.lock();
        let st = &mut *guard;
        let Some(c) = &st.config else {
            return Decision::default();
        };
        let mut d = Decision {
            latency_ms: c.latency_ms,
            fault: None,
            retry_after: c.retry_after,
        };
        if c.concurrency.is_some_and(|n| in_flight as u64 > n) {
            st.injected[FaultKind::TooMany.index()] += 1;
            d.fault = Some(FaultKind::TooMany);
            return d;
        }
        if !c.matches(method, path) {
            return d;
        }
        let (rate, total): (f64, u64) = (c.rate, c.mix.iter().map(|w| u64::from(w.weight)).sum());
        let mut pick_kind = None;
        let draw = st.rng.next();
        // One draw per request: the high half decides whether, the low half which.
        if total > 0 && ((draw >> 32) as f64) < rate * 4_294_967_296.0 {
            let mut pick = ((draw & 0xffff_ffff) * total) >> 32;
            for w in &c.mix {
                let weight = u64::from(w.weight);
                if pick < weight {
                    pick_kind = Some(w.kind);
                    break;
                }
                pick -= weight;
            }
        }
        st.eligible += 1;
        if let Some(kind) = pick_kind {
            st.injected[kind.index()] += 1;
        }
        d.fault = pick_kind;
        d
    }

    /// Runs `req` through the fault layer and (unless the fault says otherwise) the handler.
    pub async fn handle(&self, req: Request, next: Next, in_flight: usize) -> Handled {
        let d = self.decide_at(req.method().as_str(), req.uri().path(), in_flight);
        if d.latency_ms > 0 {
            tokio::time::sleep(Duration::from_millis(d.latency_ms)).await;
        }
        let Some(kind) = d.fault else {
            let response = next.run(req).await;
            let status_seen = response.status().as_u16();
            return Handled {
                response,
                fault: None,
                status_seen,
            };
        };
        let response = match kind {
            FaultKind::Error500 => injected_error(StatusCode::INTERNAL_SERVER_ERROR, 20500, kind),
            FaultKind::Error503 => injected_error(StatusCode::SERVICE_UNAVAILABLE, 20503, kind),
            FaultKind::TooMany => {
                let mut r = injected_error(StatusCode::TOO_MANY_REQUESTS, 20429, kind);
                if let Some(s) = d.retry_after {
                    r.headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from(s));
                }
                r
            }
            FaultKind::Delay(ms) => {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                let mut r = next.run(req).await;
                r.headers_mut()
                    .insert(FAULT_HEADER, HeaderValue::from_static("delay"));
                r
            }
            FaultKind::Drop => {
                // Read the request first so that the client, having sent it all, sees the
                // connection close while it waits for the answer (not a reset mid-upload).
                let _ = axum::body::to_bytes(req.into_body(), super::MAX_BODY_BYTES).await;
                broken_response()
            }
            FaultKind::LostResponse => {
                // The handler commits its transaction before it returns; only the answer is lost.
                let _ = next.run(req).await;
                broken_response()
            }
        };
        let status_seen = match kind {
            FaultKind::Drop | FaultKind::LostResponse => 0,
            _ => response.status().as_u16(),
        };
        Handled {
            response,
            fault: Some(kind),
            status_seen,
        }
    }
}

/// `/sandbox` and everything under it: the control API, never faulted.
pub fn is_control(path: &str) -> bool {
    path.strip_prefix("/sandbox")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

fn injected_error(status: StatusCode, code: u32, kind: FaultKind) -> Response {
    let reason = status.canonical_reason().unwrap_or("Error");
    let mut r = ApiError::new(
        status,
        code,
        format!("{reason} (injected by the sandbox's fault injection)"),
    )
    .into_response();
    r.headers_mut()
        .insert(FAULT_HEADER, HeaderValue::from_static(kind.name()));
    r
}

/// A response whose body fails at once. hyper then closes the connection without having
/// flushed the status line, so the client sees the connection end before any response.
fn broken_response() -> Response {
    let failing = futures::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped by the sandbox's fault injection",
        ))
    });
    Response::new(Body::from_stream(failing))
}

/// SplitMix64: tiny, fast, and good enough to spread fault decisions; its whole state is the
/// seed plus a counter, which is what makes a run replayable.
#[derive(Debug, Default, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(f: &Faults, n: usize) -> Vec<Option<FaultKind>> {
        (0..n)
            .map(|_| f.decide("POST", "/v1/Workspaces/WS1/Tasks").fault)
            .collect()
    }

    #[test]
    fn off_by_default_and_after_clearing() {
        let f = Faults::default();
        assert!(!f.is_active());
        assert_eq!(f.decide("GET", "/v1/Workspaces"), Decision::default());
        f.set_spec("kinds=503").unwrap();
        assert!(f.is_active());
        f.set_spec("none").unwrap();
        assert!(!f.is_active());
        assert!(f.current().is_none());
        assert_eq!(f.decide("GET", "/v1/Workspaces").fault, None);
    }

    #[test]
    fn same_seed_same_decisions() {
        let (a, b, c) = (Faults::default(), Faults::default(), Faults::default());
        a.set_spec("rate=0.3,seed=11").unwrap();
        b.set_spec("rate=0.3,seed=11").unwrap();
        c.set_spec("rate=0.3,seed=12").unwrap();
        let pa = pattern(&a, 200);
        assert_eq!(pa, pattern(&b, 200));
        assert_ne!(pa, pattern(&c, 200));
        let hits = pa.iter().filter(|d| d.is_some()).count();
        assert!((30..=90).contains(&hits), "{hits} of 200 at rate 0.3");
        // Setting the same config again replays from the start.
        a.set_spec("rate=0.3,seed=11").unwrap();
        assert_eq!(pattern(&a, 200), pa);
    }

    #[test]
    fn weights_shape_the_mix_and_counters_add_up() {
        let f = Faults::default();
        f.set_spec("rate=1,kinds=503:3+429,seed=5").unwrap();
        pattern(&f, 400);
        let s = f.stats();
        assert_eq!((s.eligible, s.total()), (400, 400));
        let (n503, n429) = (s.injected["503"], s.injected["429"]);
        assert!(n503 > 2 * n429, "{n503} vs {n429}");
        assert_eq!(s.injected["drop"], 0);
    }

    #[test]
    fn control_and_out_of_scope_requests_do_not_draw() {
        let (a, b) = (Faults::default(), Faults::default());
        a.set_spec("rate=0.5,kinds=503,method=POST,seed=9,latency=5ms")
            .unwrap();
        b.set_spec("rate=0.5,kinds=503,method=POST,seed=9,latency=5ms")
            .unwrap();
        let mut pa = Vec::new();
        for _ in 0..50 {
            let ctl = a.decide("POST", "/sandbox/clock");
            assert_eq!(ctl, Decision::default());
            let get = a.decide("GET", "/v1/Workspaces");
            assert_eq!((get.fault, get.latency_ms), (None, 5));
            pa.push(a.decide("POST", "/v1/Workspaces").fault);
        }
        assert_eq!(pa, pattern(&b, 50));
        assert_eq!(a.stats().eligible, 50);
    }

    #[test]
    fn rate_bounds_are_exact() {
        let f = Faults::default();
        f.set_spec("rate=1,kinds=drop,seed=1").unwrap();
        assert!(pattern(&f, 100).iter().all(|d| *d == Some(FaultKind::Drop)));
        f.set_spec("rate=0,kinds=drop,latency=1ms").unwrap();
        assert!(pattern(&f, 100).iter().all(Option::is_none));
    }

    #[test]
    fn a_seedless_config_gets_a_seed_it_reports() {
        let f = Faults::default();
        let c = f.set_spec("rate=0.5").unwrap().unwrap();
        let seed = c.seed.expect("seed chosen");
        assert_eq!(f.current().unwrap().seed, Some(seed));
        assert!(f.report()["spec"]
            .as_str()
            .unwrap()
            .ends_with(&format!("seed={seed}")));
    }

    #[test]
    fn over_the_concurrency_bound_is_a_429_that_draws_nothing() {
        let (a, b) = (Faults::default(), Faults::default());
        a.set_spec("concurrency=3,rate=0.5,kinds=503,seed=4,retry-after=1")
            .unwrap();
        b.set_spec("concurrency=3,rate=0.5,kinds=503,seed=4,retry-after=1")
            .unwrap();
        let mut pa = Vec::new();
        for _ in 0..40 {
            let over = a.decide_at("GET", "/v1/Workspaces", 4);
            assert_eq!(
                (over.fault, over.retry_after),
                (Some(FaultKind::TooMany), Some(1))
            );
            pa.push(a.decide_at("POST", "/v1/Workspaces/WS1/Tasks", 3).fault);
        }
        assert_eq!(
            pa,
            pattern(&b, 40),
            "at the bound itself, the ordinary draw"
        );
        assert_eq!(a.stats().injected["429"], 40);
        assert_eq!(a.stats().eligible, 40);
        assert_eq!(
            a.decide_at("GET", "/sandbox/stats", 99),
            Decision::default()
        );
        assert_eq!(
            FaultConfig::parse("concurrency=100").unwrap().to_spec(),
            "rate=0,kinds=500+503+429+delay+drop+lost,delay=1000ms,concurrency=100"
        );
        assert!(FaultConfig::parse("concurrency=0").is_err());
        assert!(FaultConfig::parse("concurrency=100,retry-after=2").is_ok());
    }

    #[test]
    fn control_paths() {
        assert!(is_control("/sandbox"));
        assert!(is_control("/sandbox/faults"));
        assert!(!is_control("/sandboxes"));
        assert!(!is_control("/v1/sandbox"));
    }
}
