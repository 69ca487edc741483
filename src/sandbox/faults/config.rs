//! What fault injection does, as plain data: the kinds, their weighted mix, the scope, and the
//! compact text form (`rate=0.2,kinds=503+429:2,seed=7`) used by `--faults` and the control API.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::domain::duration;

/// Longest delay or latency accepted: long enough for any timeout test, short enough that a
/// typo cannot park a request for hours.
pub const MAX_DELAY_MS: u64 = 300_000;
/// The delay kind's length when the spec does not say.
pub const DEFAULT_DELAY_MS: u64 = 1_000;
const MAX_WEIGHT: u32 = 1_000;
const MAX_RETRY_AFTER_S: u64 = 3_600;
const MAX_PATH_LEN: usize = 512;

/// One way a request can go wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// 500 / 20500 before the request is applied.
    Error500,
    /// 503 / 20503 before the request is applied.
    Error503,
    /// 429 / 20429 before the request is applied (Twilio's "never processed, safe to retry").
    TooMany,
    /// Waits this many milliseconds, then handles the request normally.
    Delay(u64),
    /// The connection breaks before the request is applied: no response, nothing changed.
    Drop,
    /// The request is applied and committed, then the connection breaks: no response, but the
    /// change happened.
    LostResponse,
}

impl FaultKind {
    /// Every kind's name, in the order counters and defaults use.
    pub const NAMES: [&'static str; 6] = ["500", "503", "429", "delay", "drop", "lost"];

    /// The name used in specs, the request log and the counters.
    pub fn name(self) -> &'static str {
        Self::NAMES[self.index()]
    }

    pub(crate) fn index(self) -> usize {
        match self {
            FaultKind::Error500 => 0,
            FaultKind::Error503 => 1,
            FaultKind::TooMany => 2,
            FaultKind::Delay(_) => 3,
            FaultKind::Drop => 4,
            FaultKind::LostResponse => 5,
        }
    }

    /// The kind named `name` (a spec name or an obvious alias); a delay gets `delay_ms`.
    pub fn from_name(name: &str, delay_ms: u64) -> Option<FaultKind> {
        let kind = match name.to_ascii_lowercase().as_str() {
            "500" | "error500" => FaultKind::Error500,
            "503" | "error503" => FaultKind::Error503,
            "429" | "toomany" | "too-many" | "too_many" => FaultKind::TooMany,
            "delay" => FaultKind::Delay(delay_ms),
            "drop" => FaultKind::Drop,
            "lost" | "lost-response" | "lost_response" | "lostresponse" => FaultKind::LostResponse,
            _ => return None,
        };
        Some(kind)
    }

    fn all(delay_ms: u64) -> Vec<Weighted> {
        [
            FaultKind::Error500,
            FaultKind::Error503,
            FaultKind::TooMany,
            FaultKind::Delay(delay_ms),
            FaultKind::Drop,
            FaultKind::LostResponse,
        ]
        .into_iter()
        .map(|kind| Weighted { kind, weight: 1 })
        .collect()
    }
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A kind and its relative weight in the mix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weighted {
    pub kind: FaultKind,
    pub weight: u32,
}

impl Serialize for Weighted {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.kind.name())?;
        m.serialize_entry("weight", &self.weight)?;
        if let FaultKind::Delay(ms) = self.kind {
            m.serialize_entry("delay_ms", &ms)?;
        }
        m.end()
    }
}

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
        (self.rate <= 0.0 || self.mix.iter().all(|w| w.weight == 0)) && self.latency_ms == 0
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

/// A spec error and the key it is about (`rate`, `kinds`, … or `spec` for the whole), so that
/// the control API can name the parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecError {
    pub key: &'static str,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn err(key: &'static str, message: impl Into<String>) -> SpecError {
    SpecError {
        key,
        message: message.into(),
    }
}

/// Collects spec keys one at a time (from the text form or from separate form fields), then
/// checks them together.
///
/// Keys: `rate` (0–1 or `N%`), `kinds` (`+`- or space-separated `500 503 429 delay drop lost`,
/// each optionally `:weight`), `delay` (the delay kind's length), `retry-after` (seconds, on
/// 429s), `method`, `path` (glob), `latency` (every request), `seed`. Defaults: `rate` is 1 when
/// `kinds` is given and 0 otherwise; `kinds` is all six, equally weighted; `delay` is 1s.
#[derive(Debug, Clone, Default)]
pub struct SpecBuilder {
    rate: Option<f64>,
    kinds: Option<Vec<(String, u32)>>,
    delay_ms: Option<u64>,
    retry_after: Option<u64>,
    method: Option<Option<String>>,
    path: Option<Option<String>>,
    latency_ms: Option<u64>,
    seed: Option<u64>,
}

impl SpecBuilder {
    /// Reads `key=value,key=value`; a key given twice is an error.
    pub fn from_spec(spec: &str) -> Result<SpecBuilder, SpecError> {
        let mut b = SpecBuilder::default();
        let mut seen: Vec<&'static str> = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| err("spec", format!("'{}': expected key=value", shorten(part))))?;
            let key = canonical_key(k.trim())?;
            if seen.contains(&key) {
                return Err(err(key, format!("{key} is given twice")));
            }
            seen.push(key);
            b.set(key, v.trim())?;
        }
        if seen.is_empty() {
            return Err(err(
                "spec",
                "empty fault spec: give e.g. rate=0.2,kinds=503+429, or none to disable",
            ));
        }
        Ok(b)
    }

    /// Sets one key from its text; a later value replaces an earlier one.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SpecError> {
        let key = canonical_key(key)?;
        let bad = |why: &str| err(key, format!("{key}={}: {why}", shorten(value)));
        match key {
            "rate" => {
                let (num, scale) = match value.strip_suffix('%') {
                    Some(n) => (n.trim(), 100.0),
                    None => (value, 1.0),
                };
                let r = num
                    .parse::<f64>()
                    .ok()
                    .map(|r| r / scale)
                    .filter(|r| r.is_finite() && (0.0..=1.0).contains(r))
                    .ok_or_else(|| bad("expected a probability between 0 and 1 (or 0%–100%)"))?;
                self.rate = Some(r);
            }
            "kinds" => self.kinds = Some(parse_kinds(value)?),
            "delay" => self.delay_ms = Some(parse_duration(key, value)?),
            "latency" => self.latency_ms = Some(parse_duration(key, value)?),
            "retry-after" => {
                let s = value
                    .parse::<u64>()
                    .ok()
                    .filter(|s| *s <= MAX_RETRY_AFTER_S)
                    .ok_or_else(|| bad("expected whole seconds, 0 to 3600"))?;
                self.retry_after = Some(s);
            }
            "method" => {
                let m = if value == "*" {
                    None
                } else if !value.is_empty()
                    && value.len() <= 16
                    && value.bytes().all(|b| b.is_ascii_alphabetic())
                {
                    Some(value.to_ascii_uppercase())
                } else {
                    return Err(bad("expected an HTTP method such as POST, or *"));
                };
                self.method = Some(m);
            }
            "path" => {
                let p = if value == "*" {
                    None
                } else if !value.starts_with('/') && !value.starts_with('*') {
                    return Err(bad("expected a path glob starting with / or *"));
                } else if value.len() > MAX_PATH_LEN
                    || value
                        .chars()
                        .any(|c| c == ',' || c.is_whitespace() || c.is_control())
                {
                    return Err(bad(
                        "a path glob has no spaces, commas or control characters \
                         and is at most 512 bytes",
                    ));
                } else {
                    Some(value.to_string())
                };
                self.path = Some(p);
            }
            "seed" => {
                let s = value
                    .parse::<u64>()
                    .map_err(|_| bad("expected a non-negative whole number"))?;
                self.seed = Some(s);
            }
            _ => return Err(err("spec", format!("unknown key '{key}'"))),
        }
        Ok(())
    }

    /// Sets the delay kind's length in milliseconds.
    pub fn set_delay_ms(&mut self, ms: u64) -> Result<(), SpecError> {
        self.delay_ms = Some(check_ms("delay", ms)?);
        Ok(())
    }

    /// Sets the latency added to every request, in milliseconds.
    pub fn set_latency_ms(&mut self, ms: u64) -> Result<(), SpecError> {
        self.latency_ms = Some(check_ms("latency", ms)?);
        Ok(())
    }

    /// Applies the defaults and checks that the keys make sense together.
    pub fn finish(self) -> Result<FaultConfig, SpecError> {
        if self.rate.is_none() && self.kinds.is_none() && self.latency_ms.is_none() {
            return Err(err(
                "spec",
                "nothing to inject: give rate=, kinds= or latency= (or none to disable)",
            ));
        }
        let delay = self.delay_ms.unwrap_or(DEFAULT_DELAY_MS);
        let rate = self
            .rate
            .unwrap_or(if self.kinds.is_some() { 1.0 } else { 0.0 });
        let mix = match &self.kinds {
            None => FaultKind::all(delay),
            Some(named) => named
                .iter()
                .map(|(name, weight)| {
                    FaultKind::from_name(name, delay)
                        .map(|kind| Weighted {
                            kind,
                            weight: *weight,
                        })
                        .ok_or_else(|| err("kinds", format!("unknown fault kind '{name}'")))
                })
                .collect::<Result<Vec<_>, _>>()?,
        };
        let has = |want: fn(&FaultKind) -> bool| mix.iter().any(|w| want(&w.kind));
        if self.delay_ms.is_some() && !has(|k| matches!(k, FaultKind::Delay(_))) {
            return Err(err(
                "delay",
                "delay= sets the length of the delay kind, which kinds= does not include",
            ));
        }
        if self.retry_after.is_some() && !has(|k| *k == FaultKind::TooMany) {
            return Err(err(
                "retry-after",
                "retry-after= applies to injected 429s, which kinds= does not include",
            ));
        }
        Ok(FaultConfig {
            rate,
            mix,
            method: self.method.flatten(),
            path: self.path.flatten(),
            latency_ms: self.latency_ms.unwrap_or(0),
            retry_after: self.retry_after,
            seed: self.seed,
        })
    }
}

/// The one spelling of each key (`Retry_After`, `retryafter`… all mean `retry-after`).
fn canonical_key(key: &str) -> Result<&'static str, SpecError> {
    let k: String = key
        .chars()
        .filter(|c| !matches!(c, '-' | '_'))
        .collect::<String>()
        .to_ascii_lowercase();
    Ok(match k.as_str() {
        "rate" => "rate",
        "kinds" | "kind" | "mix" => "kinds",
        "delay" | "delayms" => "delay",
        "latency" | "latencyms" => "latency",
        "retryafter" => "retry-after",
        "method" => "method",
        "path" => "path",
        "seed" => "seed",
        _ => {
            return Err(err(
                "spec",
                format!(
                    "unknown key '{}' (known: rate, kinds, delay, retry-after, method, path, \
                     latency, seed)",
                    shorten(key)
                ),
            ))
        }
    })
}

fn parse_kinds(value: &str) -> Result<Vec<(String, u32)>, SpecError> {
    let mut out: Vec<(String, u32)> = Vec::new();
    // A space also separates kinds: `+` in a form-encoded body arrives as a space.
    for token in value
        .split(|c: char| c == '+' || c.is_whitespace())
        .filter(|t| !t.is_empty())
    {
        let (name, weight) = match token.split_once(':') {
            Some((n, w)) => {
                let w = w
                    .parse::<u32>()
                    .ok()
                    .filter(|w| (1..=MAX_WEIGHT).contains(w))
                    .ok_or_else(|| {
                        err(
                            "kinds",
                            format!(
                                "kinds: weight in '{}' must be a whole number from 1 to 1000",
                                shorten(token)
                            ),
                        )
                    })?;
                (n, w)
            }
            None => (token, 1),
        };
        let Some(kind) = FaultKind::from_name(name, 0) else {
            return Err(err(
                "kinds",
                format!(
                    "kinds: unknown fault kind '{}' (known: 500, 503, 429, delay, drop, lost)",
                    shorten(name)
                ),
            ));
        };
        if out
            .iter()
            .any(|(n, _)| FaultKind::from_name(n, 0) == Some(kind))
        {
            return Err(err(
                "kinds",
                format!("kinds: '{}' is listed twice", kind.name()),
            ));
        }
        out.push((kind.name().to_string(), weight));
    }
    if out.is_empty() {
        return Err(err(
            "kinds",
            "kinds: give at least one of 500, 503, 429, delay, drop, lost",
        ));
    }
    Ok(out)
}

fn parse_duration(key: &'static str, value: &str) -> Result<u64, SpecError> {
    let ms = duration::parse_ms(value).map_err(|e| err(key, format!("{key}: {e}")))?;
    check_ms(key, u64::try_from(ms).unwrap_or(u64::MAX))
}

fn check_ms(key: &'static str, ms: u64) -> Result<u64, SpecError> {
    if ms > MAX_DELAY_MS {
        Err(err(
            key,
            format!("{key}: {ms}ms is longer than the {MAX_DELAY_MS}ms allowed"),
        ))
    } else {
        Ok(ms)
    }
}

/// Glob match where `*` stands for any run of characters, `/` included, so that
/// `/2010-04-01/*/Participants.json` reaches through the account and conference segments.
pub fn glob(pattern: &str, text: &str) -> bool {
    let (p, t) = (pattern.as_bytes(), text.as_bytes());
    let (mut pi, mut ti) = (0, 0);
    // Where the last `*` was and how much text it has swallowed so far: on a mismatch, let it
    // swallow one more byte instead of backtracking further (linear in practice).
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|b| *b == b'*')
}

/// A user value cut to something printable in one line of an error.
fn shorten(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        clean + "…"
    } else {
        clean
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
