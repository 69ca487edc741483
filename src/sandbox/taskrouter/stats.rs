//! Queue statistics: cumulative (from queue events in a time window), real time (from the
//! open tasks and the workers the queue targets), both together, and the all-queues list,
//! which aggregates a whole workspace with one grouped query rather than one per queue.

use std::collections::HashMap;

use axum::http::StatusCode;
use rusqlite::{params, Transaction};
use serde_json::{json, Map, Value};

use super::json::Ctx;
use super::model::{self, ActivityRow, QueueRow, WorkerRow};
use super::{expr, name_matches, need_ws, ws_path, Req};
use crate::sandbox::http::{iso8601, ok, page_v1, parse_iso8601, ApiError, ApiResult};
use crate::sandbox::http::{Params, Query};

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;
const MAX_SPLIT_S: i64 = 2_592_000;

/// The window and filters of a statistics request.
struct Window {
    start: i64,
    end: i64,
    channel: Option<String>,
    splits: Vec<i64>,
}

fn window(tx: &Transaction, ws: &str, q: &Params, now: i64) -> ApiResult<Window> {
    let minutes = q.int("Minutes", 1, 43_200)?;
    let end = match q.get("EndDate") {
        Some(v) => parse_iso8601("EndDate", v)?,
        None => now,
    };
    let start = match (minutes, q.get("StartDate")) {
        (Some(m), _) => now - m * MINUTE_MS,
        (None, Some(v)) => {
            let s = parse_iso8601("StartDate", v)?;
            if s < now - 30 * DAY_MS {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    14241,
                    "StartDate cannot be more than 30 days in the past",
                ));
            }
            s
        }
        // Twilio's default: since midnight UTC today.
        (None, None) => now - now.rem_euclid(DAY_MS),
    };
    if start > end {
        return Err(ApiError::invalid("EndDate", "must not be before StartDate"));
    }
    let channel = match q.get("TaskChannel") {
        None => None,
        Some(v) => {
            let found: Option<String> = tx
                .query_row(
                    "SELECT unique_name FROM task_channels
                     WHERE workspace_sid = ?1 AND (sid = ?2 OR unique_name = ?2)",
                    params![ws, v],
                    |r| r.get(0),
                )
                .ok();
            Some(found.ok_or_else(|| ApiError::invalid("TaskChannel", format!("unknown '{v}'")))?)
        }
    };
    let mut splits = Vec::new();
    for part in q.get("SplitByWaitTime").unwrap_or("").split(',') {
        let part = part.trim();
        if !part.is_empty() {
            // Bounded so that the threshold in milliseconds cannot overflow.
            let n = part
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=MAX_SPLIT_S).contains(n));
            let n = n.ok_or_else(|| {
                ApiError::invalid(
                    "SplitByWaitTime",
                    format!("'{part}' is not a number of seconds in 1..{MAX_SPLIT_S}"),
                )
            })?;
            splits.push(n);
        }
    }
    if splits.len() > 10 {
        return Err(ApiError::invalid(
            "SplitByWaitTime",
            "at most 10 thresholds",
        ));
    }
    Ok(Window {
        start,
        end,
        channel,
        splits,
    })
}

/// Sum, count, min and max of the waits (ms) recorded on one kind of event.
#[derive(Default, Clone, Copy)]
struct Waits {
    n: i64,
    total: i64,
    min: i64,
    max: i64,
}

#[derive(Default)]
struct Agg {
    counts: HashMap<String, i64>,
    waits: HashMap<String, Waits>,
    /// threshold seconds -> (kind -> (below, above))
    splits: HashMap<i64, HashMap<String, (i64, i64)>>,
}

/// Cumulative aggregates for every queue of `ws` (or just `only`) in one grouped query.
fn aggregate(
    tx: &Transaction,
    ws: &str,
    w: &Window,
    only: Option<&str>,
) -> ApiResult<HashMap<String, Agg>> {
    let mut out: HashMap<String, Agg> = HashMap::new();
    let mut st = tx.prepare_cached(
        "SELECT queue_sid, kind, COUNT(*), COUNT(wait_ms), COALESCE(SUM(wait_ms), 0),
                COALESCE(MIN(wait_ms), 0), COALESCE(MAX(wait_ms), 0)
         FROM queue_events
         WHERE workspace_sid = ?1 AND at_ms >= ?2 AND at_ms <= ?3
           AND (?4 IS NULL OR task_channel = ?4) AND (?5 IS NULL OR queue_sid = ?5)
         GROUP BY queue_sid, kind",
    )?;
    let mut rows = st.query(params![ws, w.start, w.end, w.channel, only])?;
    while let Some(r) = rows.next()? {
        let agg = out.entry(r.get(0)?).or_default();
        let kind: String = r.get(1)?;
        agg.counts.insert(kind.clone(), r.get(2)?);
        let waits = Waits {
            n: r.get(3)?,
            total: r.get(4)?,
            min: r.get(5)?,
            max: r.get(6)?,
        };
        agg.waits.insert(kind, waits);
    }
    for secs in &w.splits {
        let mut st = tx.prepare_cached(
            "SELECT queue_sid, kind, COALESCE(SUM(wait_ms < ?6), 0), COALESCE(SUM(wait_ms >= ?6), 0)
             FROM queue_events
             WHERE workspace_sid = ?1 AND at_ms >= ?2 AND at_ms <= ?3
               AND (?4 IS NULL OR task_channel = ?4) AND (?5 IS NULL OR queue_sid = ?5)
               AND kind IN ('reservation_accepted', 'canceled')
             GROUP BY queue_sid, kind",
        )?;
        let mut rows = st.query(params![ws, w.start, w.end, w.channel, only, secs * 1000])?;
        while let Some(r) = rows.next()? {
            let agg = out.entry(r.get(0)?).or_default();
            let kind: String = r.get(1)?;
            agg.splits
                .entry(*secs)
                .or_default()
                .insert(kind, (r.get(2)?, r.get(3)?));
        }
    }
    Ok(out)
}

fn secs(ms: i64) -> i64 {
    ms / 1000
}

fn duration(w: Option<&Waits>) -> Value {
    let w = w.copied().unwrap_or_default();
    let avg = if w.n > 0 { w.total / w.n } else { 0 };
    json!({ "avg": secs(avg), "min": secs(w.min), "max": secs(w.max), "total": secs(w.total) })
}

fn cumulative_json(c: &Ctx, ws: &str, queue: &str, agg: Option<&Agg>, w: &Window) -> Value {
    let empty = Agg::default();
    let a = agg.unwrap_or(&empty);
    let n = |k: &str| a.counts.get(k).copied().unwrap_or(0);
    let accepted = a.waits.get("reservation_accepted");
    let split = if w.splits.is_empty() {
        Value::Null
    } else {
        let mut m = Map::new();
        for s in &w.splits {
            let by = a.splits.get(s);
            let get = |k: &str| by.and_then(|b| b.get(k)).copied().unwrap_or((0, 0));
            let (acc, can) = (get("reservation_accepted"), get("canceled"));
            m.insert(
                s.to_string(),
                json!({
                    "below": { "reservations_accepted": acc.0, "tasks_canceled": can.0 },
                    "above": { "reservations_accepted": acc.1, "tasks_canceled": can.1 },
                }),
            );
        }
        Value::Object(m)
    };
    json!({
        "account_sid": c.account,
        "avg_task_acceptance_time": secs(accepted.filter(|x| x.n > 0).map_or(0, |x| x.total / x.n)),
        "start_time": iso8601(w.start),
        "end_time": iso8601(w.end),
        "reservations_created": n("reservation_created"),
        "reservations_accepted": n("reservation_accepted"),
        "reservations_rejected": n("reservation_rejected"),
        "reservations_timed_out": n("reservation_timed_out"),
        "reservations_canceled": n("reservation_canceled"),
        "reservations_rescinded": n("reservation_rescinded"),
        "split_by_wait_time": split,
        "task_queue_sid": queue,
        "wait_duration_until_accepted": duration(accepted),
        "wait_duration_until_canceled": duration(a.waits.get("canceled")),
        "wait_duration_in_queue_until_accepted": duration(accepted),
        "tasks_canceled": n("canceled"),
        "tasks_completed": n("completed"),
        "tasks_deleted": n("deleted"),
        "tasks_entered": n("entered"),
        "tasks_moved": n("moved"),
        "workspace_sid": ws,
        "url": format!("{}/TaskQueues/{queue}/CumulativeStatistics", c.ws_url(ws)),
    })
}

struct OpenTask {
    queue: String,
    sid: String,
    status: String,
    priority: i64,
    created: i64,
    entered: i64,
}

/// What real-time statistics are computed from, loaded once per request for all queues.
struct Live {
    workers: Vec<(WorkerRow, Value, bool)>,
    activities: Vec<ActivityRow>,
    tasks: Vec<OpenTask>,
}

fn live(tx: &Transaction, ws: &str, channel: Option<&str>) -> ApiResult<Live> {
    let busy = model::busy_workers(tx, ws)?;
    let workers = model::workers(tx, ws)?
        .into_iter()
        .map(|w| {
            let attrs = w.expr_attrs();
            let free = w.available && !busy.contains(&w.sid);
            (w, attrs, free)
        })
        .collect();
    let mut st = tx.prepare_cached(
        "SELECT task_queue_sid, sid, assignment_status, priority, date_created,
                COALESCE(task_queue_entered_date, date_created)
         FROM tasks
         WHERE workspace_sid = ?1 AND task_queue_sid IS NOT NULL
           AND assignment_status IN ('pending', 'reserved', 'assigned', 'wrapping')
           AND (?2 IS NULL OR task_channel_unique_name = ?2)",
    )?;
    let tasks = st
        .query_map(params![ws, channel], |r| {
            Ok(OpenTask {
                queue: r.get(0)?,
                sid: r.get(1)?,
                status: r.get(2)?,
                priority: r.get(3)?,
                created: r.get(4)?,
                entered: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Live {
        workers,
        activities: model::activities(tx, ws)?,
        tasks,
    })
}

fn realtime_json(c: &Ctx, q: &QueueRow, live: &Live, now: i64) -> Value {
    let target = expr::parse(&q.target_workers).ok();
    let eligible: Vec<_> = live
        .workers
        .iter()
        .filter(|(_, attrs, _)| target.as_ref().is_some_and(|e| e.eval(attrs)))
        .collect();
    let activity_statistics: Vec<Value> = live
        .activities
        .iter()
        .map(|a| {
            let n = eligible
                .iter()
                .filter(|(w, _, _)| w.activity_sid == a.sid)
                .count();
            json!({ "sid": a.sid, "friendly_name": a.friendly_name, "workers": n })
        })
        .collect();
    let tasks: Vec<&OpenTask> = live.tasks.iter().filter(|t| t.queue == q.sid).collect();
    let count = |s: &str| tasks.iter().filter(|t| t.status == s).count();
    let waiting: Vec<&&OpenTask> = tasks
        .iter()
        .filter(|t| matches!(t.status.as_str(), "pending" | "reserved"))
        .collect();
    let oldest = waiting.iter().min_by_key(|t| (t.created, t.sid.clone()));
    let longest_in_queue = waiting.iter().min_by_key(|t| (t.entered, t.sid.clone()));
    let mut by_priority = Map::new();
    for t in &waiting {
        let e = by_priority
            .entry(t.priority.to_string())
            .or_insert(json!(0));
        *e = json!(e.as_i64().unwrap_or(0) + 1);
    }
    json!({
        "account_sid": c.account,
        "activity_statistics": activity_statistics,
        "longest_task_waiting_age": oldest.map_or(0, |t| secs(now - t.created).max(0)),
        "longest_task_waiting_sid": oldest.map(|t| t.sid.clone()),
        "longest_relative_task_age_in_queue":
            longest_in_queue.map_or(0, |t| secs(now - t.entered).max(0)),
        "longest_relative_task_sid_in_queue": longest_in_queue.map(|t| t.sid.clone()),
        "task_queue_sid": q.sid,
        "tasks_by_priority": by_priority,
        "tasks_by_status": {
            "pending": count("pending"),
            "reserved": count("reserved"),
            "assigned": count("assigned"),
            "wrapping": count("wrapping"),
        },
        "total_available_workers": eligible.iter().filter(|(_, _, free)| *free).count(),
        "total_eligible_workers": eligible.len(),
        "total_tasks": tasks.len(),
        "workspace_sid": q.workspace_sid,
        "url": format!("{}/TaskQueues/{}/RealTimeStatistics", c.ws_url(&q.workspace_sid), q.sid),
    })
}

fn one_queue(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<QueueRow> {
    need_ws(tx, ws)?;
    model::queue(tx, ws, sid)?
        .ok_or_else(|| ApiError::not_found(&ws_path(ws, &format!("/TaskQueues/{sid}"))))
}

pub async fn cumulative(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let sid = p.sid(1, "TaskQueueSid", "WQ")?;
    st.read_tx(|tx, now| {
        one_queue(tx, &ws, &sid)?;
        let w = window(tx, &ws, &q, now)?;
        let aggs = aggregate(tx, &ws, &w, Some(&sid))?;
        Ok(ok(cumulative_json(&c, &ws, &sid, aggs.get(&sid), &w)))
    })
}

pub async fn realtime(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let sid = p.sid(1, "TaskQueueSid", "WQ")?;
    st.read_tx(|tx, now| {
        let queue = one_queue(tx, &ws, &sid)?;
        let w = window(tx, &ws, &q, now)?;
        let live = live(tx, &ws, w.channel.as_deref())?;
        Ok(ok(realtime_json(&c, &queue, &live, now)))
    })
}

/// `{account_sid, cumulative, realtime, task_queue_sid, workspace_sid}` for one queue.
fn combined(
    c: &Ctx,
    q: &QueueRow,
    aggs: &HashMap<String, Agg>,
    live: &Live,
    w: &Window,
    now: i64,
) -> Value {
    json!({
        "account_sid": c.account,
        "cumulative": cumulative_json(c, &q.workspace_sid, &q.sid, aggs.get(&q.sid), w),
        "realtime": realtime_json(c, q, live, now),
        "task_queue_sid": q.sid,
        "workspace_sid": q.workspace_sid,
    })
}

pub async fn statistics(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let sid = p.sid(1, "TaskQueueSid", "WQ")?;
    st.read_tx(|tx, now| {
        let queue = one_queue(tx, &ws, &sid)?;
        let w = window(tx, &ws, &q, now)?;
        let aggs = aggregate(tx, &ws, &w, Some(&sid))?;
        let live = live(tx, &ws, w.channel.as_deref())?;
        let mut body = combined(&c, &queue, &aggs, &live, &w, now);
        body["url"] = json!(format!("{}/TaskQueues/{sid}/Statistics", c.ws_url(&ws)));
        Ok(ok(body))
    })
}

/// Every queue's statistics in one list (`task_queues_statistics`), the way a client gets
/// each queue's 30-day count in one request.
pub async fn list(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    st.read_tx(|tx, now| {
        need_ws(tx, &ws)?;
        let w = window(tx, &ws, &q, now)?;
        let aggs = aggregate(tx, &ws, &w, None)?;
        let live = live(tx, &ws, w.channel.as_deref())?;
        let items = model::queues(tx, &ws)?
            .iter()
            .filter(|x| name_matches(q.get("FriendlyName"), &x.friendly_name))
            .map(|x| combined(&c, x, &aggs, &live, &w, now))
            .collect();
        let path = ws_path(&ws, "/TaskQueues/Statistics");
        Ok(ok(page_v1(
            "task_queues_statistics",
            &c.origin,
            &path,
            &q,
            items,
        )?))
    })
}
