//! Routing: workflows choosing a queue, tasks entering it (with Twilio's 30-day quirk for
//! transfer tasks), reservations offered to eligible workers with room, and every state change of
//! tasks and reservations with the queue events that statistics are computed from.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::Value;

use super::model::{self, QueueRow, ReservationRow, TaskRow};
use super::{channels, expr};
use crate::sandbox::http::{ApiError, ApiResult};
use crate::sandbox::ids::new_sid;

/// The window Twilio looks back over when deciding that a queue is inactive (43,200 minutes).
pub const STALE_WINDOW_MS: i64 = 43_200 * 60_000;

/// Reservation timeout when a task names its queue directly (no workflow to take it from).
const DIRECT_RESERVATION_TIMEOUT_S: i64 = 120;

/// Whether task attributes mark a transfer: flexctl's consult tasks, or Flex's native
/// transfers (which carry a top-level `transferTargetType`). Only these hit the quirk.
pub fn is_transfer(attrs: &Value) -> bool {
    attrs.pointer("/flexctl/kind").and_then(Value::as_str) == Some("consult")
        || attrs.get("transferTargetType").is_some()
}

/// The queue a workflow sends `attrs` to: the first filter whose expression matches (its first
/// target), else the default filter. Filters whose expression does not parse never match.
pub fn workflow_target(configuration: &str, attrs: &Value) -> Option<String> {
    let cfg: Value = serde_json::from_str(configuration).ok()?;
    let routing = cfg.get("task_routing")?;
    let filters = routing.get("filters").and_then(Value::as_array);
    for f in filters.into_iter().flatten() {
        let matched = f
            .get("expression")
            .and_then(Value::as_str)
            .and_then(|src| expr::parse(src).ok())
            .is_some_and(|e| e.eval(attrs));
        if matched {
            if let Some(q) = f.pointer("/targets/0/queue").and_then(Value::as_str) {
                return Some(q.to_string());
            }
        }
    }
    routing
        .pointer("/default_filter/queue")
        .and_then(Value::as_str)
        .map(String::from)
}

/// Whether `queue_sid` saw no task enter it in the 30 days up to `now`.
pub fn queue_is_stale(tx: &Transaction, queue_sid: &str, now: i64) -> ApiResult<bool> {
    let recent: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM queue_events
             WHERE queue_sid = ?1 AND kind = 'entered' AND at_ms >= ?2 AND at_ms <= ?3 LIMIT 1",
            params![queue_sid, now - STALE_WINDOW_MS, now],
            |r| r.get(0),
        )
        .optional()?;
    Ok(recent.is_none())
}

/// Sets a task's status (and reason, when given), bumping its version for the ETag.
pub fn set_task_status(
    tx: &Transaction,
    sid: &str,
    status: &str,
    reason: Option<&str>,
    at: i64,
) -> ApiResult<()> {
    tx.execute(
        "UPDATE tasks SET assignment_status = ?2, reason = COALESCE(?3, reason),
             date_updated = ?4, version = version + 1
         WHERE sid = ?1",
        params![sid, status, reason, at],
    )?;
    Ok(())
}

fn set_reservation_status(tx: &Transaction, sid: &str, status: &str, at: i64) -> ApiResult<()> {
    tx.execute(
        "UPDATE reservations SET reservation_status = ?2, date_updated = ?3, version = version + 1
         WHERE sid = ?1",
        params![sid, status, at],
    )?;
    Ok(())
}

fn load_task(tx: &Transaction, sid: &str) -> ApiResult<TaskRow> {
    model::task_by_sid(tx, sid)?.ok_or_else(|| ApiError::internal(format!("task {sid} vanished")))
}

/// Puts a task into `queue`. A transfer task aimed at a queue with no task entered in the
/// last 30 days is canceled at once and leaves no `entered` event, as Twilio does; any other
/// task records `entered` (which makes the queue active again) and is offered to a worker.
pub fn enter_queue(tx: &Transaction, task: &TaskRow, queue: &QueueRow, now: i64) -> ApiResult<()> {
    if is_transfer(&task.attrs()) && queue_is_stale(tx, &queue.sid, now)? {
        let reason = format!(
            "Task canceled: TaskQueue {} ('{}') has been inactive for 30 days \
             (no task entered it in the last 43200 minutes)",
            queue.sid, queue.friendly_name
        );
        tx.execute(
            "UPDATE tasks SET task_queue_sid = ?2, assignment_status = 'canceled', reason = ?3,
                 date_updated = ?4, version = version + 1
             WHERE sid = ?1",
            params![task.sid, queue.sid, reason, now],
        )?;
        return Ok(());
    }
    tx.execute(
        "UPDATE tasks SET task_queue_sid = ?2, task_queue_entered_date = ?3,
             assignment_status = 'pending', date_updated = ?3, version = version + 1
         WHERE sid = ?1",
        params![task.sid, queue.sid, now],
    )?;
    model::queue_event(tx, task, &queue.sid, "entered", now, None)?;
    offer(tx, &task.sid, now)?;
    Ok(())
}

/// Offers a pending task to one worker who may take it and has not already rejected it or let
/// it time out: for a task routed to a worker (`RoutingTarget=WK…`) that worker, available
/// with room on the task's channel unless the task ignores capacity; otherwise the first
/// eligible worker of its queue who is available and has room on the channel. Returns
/// whether a reservation was created.
pub fn offer(tx: &Transaction, task_sid: &str, at: i64) -> ApiResult<bool> {
    let task = load_task(tx, task_sid)?;
    if task.status != "pending" {
        return Ok(false);
    }
    let mut st = tx.prepare_cached(
        "SELECT worker_sid FROM reservations
         WHERE task_sid = ?1 AND reservation_status IN ('rejected', 'timeout', 'pending')",
    )?;
    let excluded: Vec<String> = st
        .query_map([task_sid], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let ws = task.workspace_sid.clone();
    let channel = task.channel_sid.as_deref();
    let may_take = |w: &model::WorkerRow| -> ApiResult<bool> {
        Ok(w.available && channels::has_room(tx, &ws, &w.sid, channel)?)
    };
    let chosen = if let Some(target) = task.target_worker() {
        match model::worker(tx, &ws, target)? {
            Some(w) if excluded.contains(&w.sid) => None,
            Some(w) if task.ignore_capacity || may_take(&w)? => Some(w),
            _ => None,
        }
    } else {
        let Some(queue_sid) = task.task_queue_sid.clone() else {
            return Ok(false);
        };
        let Some(queue) = model::queue(tx, &ws, &queue_sid)? else {
            return Ok(false);
        };
        // A queue whose stored expression does not parse targets nobody (it cannot be created
        // through this API, but a hand-edited database should not break routing).
        let Ok(target) = expr::parse(&queue.target_workers) else {
            return Ok(false);
        };
        let mut found = None;
        for w in model::workers(tx, &ws)? {
            if !excluded.contains(&w.sid) && target.eval(&w.expr_attrs()) && may_take(&w)? {
                found = Some(w);
                break;
            }
        }
        found
    };
    let Some(worker) = chosen else {
        return Ok(false);
    };
    let timeout_s = match &task.workflow_sid {
        Some(wf) => model::workflow(tx, &task.workspace_sid, wf)?
            .map_or(DIRECT_RESERVATION_TIMEOUT_S, |w| w.task_reservation_timeout),
        None => DIRECT_RESERVATION_TIMEOUT_S,
    };
    let (respond_at, reject) = match worker.reservation_behavior() {
        ("never", _) => (None, false),
        (behavior, delay) => (Some(at.saturating_add(delay.max(0))), behavior == "reject"),
    };
    tx.execute(
        "INSERT INTO reservations (sid, workspace_sid, task_sid, worker_sid, reservation_status,
             respond_at, reject, timeout_at, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6, ?7, ?8, ?8)",
        params![
            new_sid("WR"),
            task.workspace_sid,
            task.sid,
            worker.sid,
            respond_at,
            reject,
            at + timeout_s * 1000,
            at
        ],
    )?;
    set_task_status(tx, &task.sid, "reserved", None, at)?;
    if let Some(q) = &task.task_queue_sid {
        model::queue_event(tx, &task, q, "reservation_created", at, None)?;
    }
    Ok(true)
}

/// Offers every pending task that has no pending reservation (highest priority, then longest
/// waiting, first) to a free worker: called when a worker may have become free. With
/// `workspace_sid` `None`, all workspaces.
pub fn route_pending(tx: &Transaction, workspace_sid: Option<&str>, now: i64) -> ApiResult<()> {
    let mut st = tx.prepare_cached(
        "SELECT t.sid FROM tasks t
         WHERE t.assignment_status = 'pending'
           AND (t.task_queue_sid IS NOT NULL OR t.routing_target LIKE 'WK%')
           AND (?1 IS NULL OR t.workspace_sid = ?1)
           AND NOT EXISTS (SELECT 1 FROM reservations r
                           WHERE r.task_sid = t.sid AND r.reservation_status = 'pending')
         ORDER BY t.priority DESC, t.task_queue_entered_date, t.rowid
         LIMIT 500",
    )?;
    let sids: Vec<String> = st
        .query_map([workspace_sid], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for sid in sids {
        offer(tx, &sid, now)?;
    }
    Ok(())
}

/// A worker accepts a pending reservation: the task is assigned, any other pending
/// reservation of the task is rescinded.
pub fn accept(tx: &Transaction, r: &ReservationRow, at: i64) -> ApiResult<()> {
    let task = load_task(tx, &r.task_sid)?;
    set_reservation_status(tx, &r.sid, "accepted", at)?;
    set_task_status(tx, &task.sid, "assigned", None, at)?;
    if let Some(q) = &task.task_queue_sid {
        let wait = task.entered.map(|e| (at - e).max(0));
        model::queue_event(tx, &task, q, "reservation_accepted", at, wait)?;
    }
    for other in model::reservations_of_task(tx, &task.sid)? {
        if other.status == "pending" && other.sid != r.sid {
            set_reservation_status(tx, &other.sid, "rescinded", at)?;
            if let Some(q) = &task.task_queue_sid {
                model::queue_event(tx, &task, q, "reservation_rescinded", at, None)?;
            }
        }
    }
    Ok(())
}

/// A reservation ends without being accepted (`rejected` or `timeout`): the task goes back to
/// pending and is offered to the next worker.
pub fn decline(tx: &Transaction, r: &ReservationRow, status: &str, at: i64) -> ApiResult<()> {
    let kind = if status == "timeout" {
        "reservation_timed_out"
    } else {
        "reservation_rejected"
    };
    let task = load_task(tx, &r.task_sid)?;
    set_reservation_status(tx, &r.sid, status, at)?;
    if let Some(q) = &task.task_queue_sid {
        model::queue_event(tx, &task, q, kind, at, None)?;
    }
    let still_offered = model::reservations_of_task(tx, &task.sid)?
        .iter()
        .any(|o| o.status == "pending");
    if task.status == "reserved" && !still_offered {
        set_task_status(tx, &task.sid, "pending", None, at)?;
        offer(tx, &task.sid, at)?;
    }
    Ok(())
}

/// Cancels a pending or reserved task (API, TTL or quirk): its pending reservations are
/// canceled, and the queue records the cancellation with how long the task waited.
pub fn cancel_task(
    tx: &Transaction,
    task_sid: &str,
    reason: Option<&str>,
    at: i64,
) -> ApiResult<()> {
    let task = load_task(tx, task_sid)?;
    set_task_status(tx, task_sid, "canceled", reason, at)?;
    for r in model::reservations_of_task(tx, task_sid)? {
        if r.status == "pending" {
            set_reservation_status(tx, &r.sid, "canceled", at)?;
            if let Some(q) = &task.task_queue_sid {
                model::queue_event(tx, &task, q, "reservation_canceled", at, None)?;
            }
        }
    }
    if let (Some(q), Some(entered)) = (&task.task_queue_sid, task.entered) {
        model::queue_event(tx, &task, q, "canceled", at, Some((at - entered).max(0)))?;
    }
    Ok(())
}

/// Moves an assigned task to `wrapping` or `completed` (its accepted reservation follows), and
/// lets the freed worker take the next pending task.
pub fn finish_task(
    tx: &Transaction,
    task_sid: &str,
    status: &str,
    reason: Option<&str>,
    at: i64,
) -> ApiResult<()> {
    let task = load_task(tx, task_sid)?;
    set_task_status(tx, task_sid, status, reason, at)?;
    for r in model::reservations_of_task(tx, task_sid)? {
        if matches!(r.status.as_str(), "accepted" | "wrapping") {
            set_reservation_status(tx, &r.sid, status, at)?;
        }
    }
    if status == "completed" {
        if let Some(q) = &task.task_queue_sid {
            model::queue_event(tx, &task, q, "completed", at, None)?;
        }
    }
    route_pending(tx, Some(&task.workspace_sid), at)
}

/// Makes a worker's pending reservations answer now (for the control API): `reject` chooses
/// the answer (`None` keeps what the worker's simulated behaviour had planned, and a worker
/// that never answers then accepts). Runs the simulation, and returns how many answered.
pub fn respond_now(
    tx: &Transaction,
    worker_sid: &str,
    reject: Option<bool>,
    now: i64,
) -> ApiResult<usize> {
    let n = tx.execute(
        "UPDATE reservations SET respond_at = ?2, reject = COALESCE(?3, reject)
         WHERE worker_sid = ?1 AND reservation_status = 'pending'",
        params![worker_sid, now, reject],
    )?;
    super::sim::advance(tx, now)?;
    Ok(n)
}
