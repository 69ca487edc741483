//! The control API's `/sandbox/faults` handlers: show, set (a `Spec` or separate fields) and
//! clear the sandbox's fault injection.

use axum::extract::State;
use axum::response::Response;

use super::config::{is_off_word, SpecBuilder, SpecError};
use crate::sandbox::http::{ok, ApiError, ApiResult, Form};
use crate::sandbox::AppState;

/// Form fields and the spec key each one sets; `DelayMs`/`LatencyMs` are handled apart
/// because a bare number there means milliseconds.
const FIELDS: &[(&str, &str)] = &[
    ("Rate", "rate"),
    ("Kinds", "kinds"),
    ("Method", "method"),
    ("Path", "path"),
    ("RetryAfter", "retry-after"),
    ("Seed", "seed"),
];

/// `GET /sandbox/faults` → `{config, spec, injected, eligible}`.
pub async fn show(State(state): State<AppState>) -> ApiResult<Response> {
    Ok(ok(state.faults().report()))
}

/// `POST /sandbox/faults` with `Spec=<spec>` and/or `Rate`, `Kinds`, `DelayMs`, `Method`,
/// `Path`, `RetryAfter`, `Seed`, `LatencyMs` (fields override the spec's keys).
pub async fn set(State(state): State<AppState>, Form(p): Form) -> ApiResult<Response> {
    let spec = p.get("Spec");
    let has_fields = FIELDS.iter().any(|(f, _)| p.has(f)) || p.has("DelayMs") || p.has("LatencyMs");
    if spec.is_none() && !has_fields {
        return Err(ApiError::missing("Spec"));
    }
    if spec.is_some_and(is_off_word) && !has_fields {
        state.faults().clear();
        return Ok(ok(state.faults().report()));
    }
    // Which parameter to blame for an error about `key`: the field if one was given.
    let param_for = |key: &str| -> &'static str {
        let field = match key {
            "delay" => Some("DelayMs"),
            "latency" => Some("LatencyMs"),
            _ => FIELDS.iter().find(|(_, k)| *k == key).map(|(f, _)| *f),
        };
        match field {
            Some(f) if p.has(f) || spec.is_none() => f,
            // Nothing to inject, given as separate fields: the missing piece is a rate.
            None if spec.is_none() => "Rate",
            _ => "Spec",
        }
    };
    let invalid = |e: SpecError| ApiError::invalid(param_for(e.key), e.message);
    let mut b = match spec {
        Some(s) if is_off_word(s) => SpecBuilder::default(),
        Some(s) => SpecBuilder::from_spec(s).map_err(|e| ApiError::invalid("Spec", e.message))?,
        None => SpecBuilder::default(),
    };
    for (field, key) in FIELDS {
        if let Some(v) = p.get(field) {
            b.set(key, v)
                .map_err(|e| ApiError::invalid(field, e.message))?;
        }
    }
    if let Some(v) = p.get("DelayMs") {
        b.set_delay_ms(millis("DelayMs", v)?)
            .map_err(|e| ApiError::invalid("DelayMs", e.message))?;
    }
    if let Some(v) = p.get("LatencyMs") {
        b.set_latency_ms(millis("LatencyMs", v)?)
            .map_err(|e| ApiError::invalid("LatencyMs", e.message))?;
    }
    let config = b.finish().map_err(invalid)?;
    state.faults().set(Some(config));
    Ok(ok(state.faults().report()))
}

/// `DELETE /sandbox/faults`: faults off; the answer keeps the counters of what was injected.
pub async fn clear(State(state): State<AppState>) -> ApiResult<Response> {
    state.faults().clear();
    Ok(ok(state.faults().report()))
}

/// Milliseconds as a bare number, or a duration with a unit (`250ms`, `2s`).
fn millis(param: &str, value: &str) -> Result<u64, ApiError> {
    let v = value.trim();
    if let Ok(ms) = v.parse::<u64>() {
        return Ok(ms);
    }
    crate::domain::duration::parse_ms(v)
        .map(|ms| u64::try_from(ms).unwrap_or(0))
        .map_err(|e| ApiError::invalid(param, e))
}
