//! Reading the compact text form (`rate=0.2,kinds=503+429:2,seed=7`) key by key, with an
//! error that names the key at fault, into a [`FaultConfig`].

use std::fmt;

use super::config::{FaultConfig, DEFAULT_DELAY_MS, MAX_DELAY_MS};
use super::kind::{FaultKind, Weighted};
use crate::domain::duration;

const MAX_WEIGHT: u32 = 1_000;
const MAX_RETRY_AFTER_S: u64 = 3_600;
const MAX_PATH_LEN: usize = 512;
const MAX_CONCURRENCY: u64 = 100_000;

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
/// 429s), `method`, `path` (glob), `latency` (every request), `concurrency` (429 to a request
/// arriving while that many are in flight), `seed`. Defaults: `rate` is 1 when
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
    concurrency: Option<u64>,
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
            "concurrency" => {
                let n = value
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=MAX_CONCURRENCY).contains(n))
                    .ok_or_else(|| bad("expected a whole number of requests, 1 to 100000"))?;
                self.concurrency = Some(n);
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
        if self.rate.is_none()
            && self.kinds.is_none()
            && self.latency_ms.is_none()
            && self.concurrency.is_none()
        {
            return Err(err(
                "spec",
                "nothing to inject: give rate=, kinds=, latency= or concurrency= \
                 (or none to disable)",
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
        if self.retry_after.is_some()
            && self.concurrency.is_none()
            && !has(|k| *k == FaultKind::TooMany)
        {
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
            concurrency: self.concurrency,
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
        "concurrency" | "maxconcurrency" => "concurrency",
        _ => {
            return Err(err(
                "spec",
                format!(
                    "unknown key '{}' (known: rate, kinds, delay, retry-after, method, path, \
                     latency, concurrency, seed)",
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

/// A user value cut to something printable in one line of an error.
fn shorten(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        clean + "…"
    } else {
        clean
    }
}
