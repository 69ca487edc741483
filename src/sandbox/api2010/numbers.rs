//! Simulated external numbers: how a number dialled as a participant's `To` (E.164 or
//! `sip:`) answers (after a delay, never, busy) and whether it hangs up after a while, set
//! through the control API (`POST /sandbox/numbers/{number}`) and kept in `meta` rows
//! `number:<number>`. A number never set answers after 2 s and stays on the line.

use axum::extract::{Path, State};
use axum::response::Response;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::sim::{participant_leaves, Leave};
use crate::domain::duration;
use crate::sandbox::http::{ok, ApiError, ApiResult, Form};
use crate::sandbox::AppState;

const KEY_PREFIX: &str = "number:";

/// How one simulated number behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberSim {
    /// Answers this long after it is dialled; `None`: never (it rings until the timeout).
    pub answer_after_ms: Option<i64>,
    /// The line is busy: the leg fails at once, as Twilio's `busy` call status ends it.
    pub busy: bool,
    /// Hangs up this long after answering; `None`: stays until someone else ends the call.
    pub hangup_after_ms: Option<i64>,
}

/// The default for a number no one has set: answers after 2 s, never busy, never hangs up.
pub const DEFAULT: NumberSim = NumberSim {
    answer_after_ms: Some(2_000),
    busy: false,
    hangup_after_ms: None,
};

pub fn get(tx: &Transaction, number: &str) -> rusqlite::Result<Option<NumberSim>> {
    let raw: Option<String> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [format!("{KEY_PREFIX}{number}")],
            |r| r.get(0),
        )
        .optional()?;
    Ok(raw.and_then(|v| serde_json::from_str(&v).ok()))
}

fn put(tx: &Transaction, number: &str, sim: &NumberSim) -> rusqlite::Result<()> {
    let value = serde_json::to_string(sim).unwrap_or_default();
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![format!("{KEY_PREFIX}{number}"), value],
    )?;
    Ok(())
}

/// Forgets every number's behaviour (`sandbox reset`).
pub fn clear(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM meta WHERE key LIKE 'number:%'", [])?;
    Ok(())
}

/// When a dialled number answers (`None`: never) and whether that "answer" is a failure (busy).
pub fn schedule(sim: NumberSim, now: i64) -> (Option<i64>, bool) {
    if sim.busy {
        return (Some(now), true);
    }
    (sim.answer_after_ms.map(|d| now + d.max(0)), false)
}

/// The connected legs of numbers that hang up by `now`, with when they do.
fn hangups(tx: &Transaction, now: i64) -> rusqlite::Result<Vec<(i64, String, String)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT p.answer_at + json_extract(m.value, '$.hangup_after_ms') AS at,
                p.conference_sid, p.call_sid
         FROM meta m JOIN participants p ON m.key = 'number:' || p.to_addr
         WHERE m.key LIKE 'number:%' AND json_valid(m.value)
           AND json_extract(m.value, '$.hangup_after_ms') IS NOT NULL
           AND p.left_at IS NULL AND p.status = 'connected' AND p.answer_at IS NOT NULL
           AND at <= ?1
         ORDER BY at",
    )?;
    let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// Whether a simulated number is due to hang up by `now`.
pub fn is_due(tx: &Transaction, now: i64) -> ApiResult<bool> {
    Ok(!hangups(tx, now)?.is_empty())
}

/// Hangs up every number whose time on the line is over (after the ring events of the same
/// advance, which may have connected them).
pub fn advance(tx: &Transaction, now: i64) -> ApiResult<()> {
    for (at, conference, call) in hangups(tx, now)? {
        // An earlier hang-up may have ended the conference, and this leg with it.
        let present: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM participants
                 WHERE conference_sid = ?1 AND call_sid = ?2 AND left_at IS NULL",
                params![conference, call],
                |r| r.get(0),
            )
            .optional()?;
        if present.is_some() {
            participant_leaves(tx, &conference, &call, Leave::Hangup, at)?;
        }
    }
    Ok(())
}

fn delay(p: &Form, key: &str) -> ApiResult<Option<Option<i64>>> {
    match p.0.get(key) {
        None => Ok(None),
        Some("never") => Ok(Some(None)),
        Some(v) => duration::parse_ms(v)
            .map(|ms| Some(Some(ms)))
            .map_err(|e| ApiError::invalid(key, e)),
    }
}

/// `POST /sandbox/numbers/{number}`: `AnswerAfter=2s|never`, `Busy=true|false`,
/// `HangupAfter=30s|never`; what is not given stays as it was (the default at first).
pub async fn set(
    State(state): State<AppState>,
    Path(number): Path<String>,
    form: Form,
) -> ApiResult<Response> {
    let number =
        crate::domain::number::check_number(&number).map_err(|e| ApiError::invalid("Number", e))?;
    let answer = delay(&form, "AnswerAfter")?;
    let hangup = delay(&form, "HangupAfter")?;
    let busy = form.0.bool("Busy")?;
    let body = state.tx(|tx, _| {
        let mut sim = get(tx, &number)?.unwrap_or(DEFAULT);
        if let Some(a) = answer {
            sim.answer_after_ms = a;
        }
        if let Some(h) = hangup {
            sim.hangup_after_ms = h;
        }
        if let Some(b) = busy {
            sim.busy = b;
        }
        put(tx, &number, &sim)?;
        Ok(json!({
            "number": number,
            "answer_after_ms": sim.answer_after_ms,
            "busy": sim.busy,
            "hangup_after_ms": sim.hangup_after_ms,
        }))
    })?;
    Ok(ok(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules() {
        assert_eq!(schedule(DEFAULT, 100), (Some(2_100), false));
        let never = NumberSim {
            answer_after_ms: None,
            ..DEFAULT
        };
        assert_eq!(schedule(never, 100), (None, false));
        let busy = NumberSim {
            busy: true,
            ..never
        };
        assert_eq!(schedule(busy, 100), (Some(100), true));
    }
}
