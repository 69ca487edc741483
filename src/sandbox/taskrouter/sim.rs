//! Simulation of routing: reservations offered to eligible available workers, simulated
//! workers accepting or rejecting, reservation and task timeouts.
//!
//! Everything is evaluated lazily from timestamps when a request arrives. Due events are
//! replayed one at a time in time order, each at its own instant, so that a long clock jump
//! plays out a whole chain (reject, re-offer, answer) as it would have happened.

use rusqlite::{OptionalExtension, Transaction};

use super::{model, routing};
use crate::sandbox::http::ApiResult;

/// Reason Twilio gives for a task canceled by its own timeout.
pub const TTL_REASON: &str = "Task TTL Exceeded";

/// Upper bound on events replayed in one request: a safety net, never reached by real chains
/// (each worker rejects a task at most once).
const MAX_STEPS: usize = 10_000;

enum Due {
    Reservation(String),
    Ttl(String, i64),
}

fn next_due(tx: &Transaction, now: i64) -> ApiResult<Option<Due>> {
    let reservation: Option<(String, i64)> = tx
        .prepare_cached(
            "SELECT sid, MIN(COALESCE(respond_at, timeout_at), timeout_at) AS due
             FROM reservations
             WHERE reservation_status = 'pending' AND (respond_at <= ?1 OR timeout_at <= ?1)
             ORDER BY due, rowid LIMIT 1",
        )?
        .query_row([now], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let ttl: Option<(String, i64)> = tx
        .prepare_cached(
            "SELECT sid, date_created + timeout * 1000 AS due FROM tasks
             WHERE assignment_status IN ('pending', 'reserved')
               AND date_created + timeout * 1000 <= ?1
             ORDER BY due, rowid LIMIT 1",
        )?
        .query_row([now], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match (reservation, ttl) {
        (Some((_, a)), Some((t, b))) if b < a => Some(Due::Ttl(t, b)),
        (Some((r, _)), _) => Some(Due::Reservation(r)),
        (None, Some((t, b))) => Some(Due::Ttl(t, b)),
        (None, None) => None,
    })
}

/// Whether [`advance`] has anything to do at `now`: a due reservation or task TTL, or a
/// pending task without a pending reservation (routing may find it a worker; that this is
/// conservative only costs the write lock).
pub fn is_due(tx: &Transaction, now: i64) -> ApiResult<bool> {
    if next_due(tx, now)?.is_some() {
        return Ok(true);
    }
    let waiting: Option<i64> = tx
        .prepare_cached(
            "SELECT 1 FROM tasks t
             WHERE t.assignment_status = 'pending'
               AND (t.task_queue_sid IS NOT NULL OR t.routing_target LIKE 'WK%')
               AND NOT EXISTS (SELECT 1 FROM reservations r
                               WHERE r.task_sid = t.sid AND r.reservation_status = 'pending')
             LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(waiting.is_some())
}

/// Brings TaskRouter up to `now`: simulated answers, reservation timeouts, task TTLs, then
/// offers waiting tasks to workers who became free.
pub fn advance(tx: &Transaction, now: i64) -> ApiResult<()> {
    for _ in 0..MAX_STEPS {
        match next_due(tx, now)? {
            None => break,
            Some(Due::Ttl(sid, at)) => routing::cancel_task(tx, &sid, Some(TTL_REASON), at)?,
            Some(Due::Reservation(sid)) => {
                let Some(r) = model::reservation(tx, &sid)? else {
                    continue;
                };
                match r.respond_at {
                    Some(t) if t <= r.timeout_at && !r.reject => routing::accept(tx, &r, t)?,
                    Some(t) if t <= r.timeout_at => routing::decline(tx, &r, "rejected", t)?,
                    _ => routing::decline(tx, &r, "timeout", r.timeout_at)?,
                }
            }
        }
    }
    routing::route_pending(tx, None, now)
}
