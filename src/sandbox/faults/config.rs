//! A sandbox's fault configuration as plain data: rate, mix, scope, latency, and the compact
//! text form (`rate=0.2,kinds=503+429:2,seed=7`) it prints back to; parsing is in `spec`.

use std::fmt;

use serde::Serialize;

pub use super::glob::glob;
pub use super::kind::{FaultKind, Weighted};
pub use super::spec::{SpecBuilder, SpecError};

/// Longest delay or latency accepted: long enough for any timeout test, short enough that a
/// typo cannot park a request for hours.
pub const MAX_DELAY_MS: u64 = 300_000;
/// The delay kind's length when the spec does not say.
pub const DEFAULT_DELAY_MS: u64 = 1_000;

/// A sandbox's fault configuration. Build one with [`FaultConfig::parse`] or the constructors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FaultConfig {
    /// Probability (0–1) that an eligible request gets a fault.
    pub rate: f64,
    /// Which fault an unlucky request gets, by relative weight.
    pub mix: Vec<Weighted>,
    /// Only requests with this method are eligible (upper case); `None`: any.
    pub method: Option<String>,
    /// Only requests whose path matches this glob (`*` matches anything, `/` included).
    pub path: Option<String>,
    /// Added to every Twilio request, whatever the rate and scope (a WAN-like round trip).
    pub latency_ms: u64,
    /// `Retry-After` seconds sent with injected 429s; `None`: no header, as Twilio documents.
    pub retry_after: Option<u64>,
    /// Answer 429 (20429) to any Twilio request that arrives while this many or more are
    /// already in flight, as Twilio enforces an account's concurrency; whatever the scope.
    pub concurrency: Option<u64>,
    /// Seed of the decision sequence; `None` until [`super::Faults::set`] picks one.
    pub seed: Option<u64>,
}

impl FaultConfig {
    /// Nothing injected, no latency: what `none` / `off` parse to.
    pub fn off() -> FaultConfig {
        FaultConfig {
            rate: 0.0,
            mix: FaultKind::all(DEFAULT_DELAY_MS),
            method: None,
            path: None,
            latency_ms: 0,
            retry_after: None,
            concurrency: None,
            seed: None,
        }
    }

    /// Every eligible request gets `kind`.
    pub fn always(kind: FaultKind) -> FaultConfig {
        FaultConfig {
            rate: 1.0,
            mix: vec![Weighted { kind, weight: 1 }],
            ..FaultConfig::off()
        }
    }

    /// Only a fixed latency on every Twilio request (WAN-like benchmarks).
    pub fn latency_only(ms: u64) -> FaultConfig {
        FaultConfig {
            latency_ms: ms.min(MAX_DELAY_MS),
            ..FaultConfig::off()
        }
    }

    pub fn with_seed(mut self, seed: u64) -> FaultConfig {
        self.seed = Some(seed);
        self
    }

    /// True when the config can change nothing: no fault can fire and there is no latency.
    pub fn is_off(&self) -> bool {
        (self.rate <= 0.0 || self.mix.iter().all(|w| w.weight == 0))
            && self.latency_ms == 0
            && self.concurrency.is_none()
    }

    /// Whether a request is in scope (control-API requests are excluded before this).
    pub fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.path.as_deref().is_none_or(|g| glob(g, path))
    }

    /// Parses the compact spec. `none` / `off` give [`FaultConfig::off`]; see [`SpecBuilder`]
    /// for the keys and defaults.
    pub fn parse(spec: &str) -> Result<FaultConfig, String> {
        Self::parse_detailed(spec).map_err(|e| e.message)
    }

    pub(crate) fn parse_detailed(spec: &str) -> Result<FaultConfig, SpecError> {
        if is_off_word(spec) {
            return Ok(FaultConfig::off());
        }
        SpecBuilder::from_spec(spec)?.finish()
    }

    /// The compact spec that parses back to this config (`none` when it is off).
    pub fn to_spec(&self) -> String {
        if self.is_off() {
            return "none".to_string();
        }
        let mut parts = vec![format!("rate={}", self.rate)];
        let kinds: Vec<String> = self
            .mix
            .iter()
            .map(|w| match w.weight {
                1 => w.kind.name().to_string(),
                n => format!("{}:{n}", w.kind.name()),
            })
            .collect();
        parts.push(format!("kinds={}", kinds.join("+")));
        if let Some(ms) = self.mix.iter().find_map(|w| match w.kind {
            FaultKind::Delay(ms) => Some(ms),
            _ => None,
        }) {
            parts.push(format!("delay={ms}ms"));
        }
        if let Some(s) = self.retry_after {
            parts.push(format!("retry-after={s}"));
        }
        if let Some(m) = &self.method {
            parts.push(format!("method={m}"));
        }
        if let Some(p) = &self.path {
            parts.push(format!("path={p}"));
        }
        if self.latency_ms > 0 {
            parts.push(format!("latency={}ms", self.latency_ms));
        }
        if let Some(n) = self.concurrency {
            parts.push(format!("concurrency={n}"));
        }
        if let Some(s) = self.seed {
            parts.push(format!("seed={s}"));
        }
        parts.join(",")
    }
}

impl fmt::Display for FaultConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_spec())
    }
}

impl std::str::FromStr for FaultConfig {
    type Err = String;

    fn from_str(s: &str) -> Result<FaultConfig, String> {
        FaultConfig::parse(s)
    }
}

/// `none` / `off` (any case): faults disabled.
pub fn is_off_word(spec: &str) -> bool {
    let s = spec.trim();
    s.eq_ignore_ascii_case("none") || s.eq_ignore_ascii_case("off")
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
