//! Worker channels: a worker's capacity and availability per task channel, the tasks holding
//! that capacity, and the list/fetch/update endpoints under `/Workers/{WK}/Channels`.
//!
//! A channel exists for every worker and every task channel of the workspace; only settings
//! changed through the API are stored (see `schema_v2.sql`), the rest are TaskRouter's
//! defaults, so workers created by any seeding path have channels without extra rows.

use rusqlite::{params, Row, Transaction};
use serde_json::{json, Value};

use super::json::Ctx;
use super::{model, need_ws, routing, ws_path, Req, Segs};
use crate::sandbox::http::{iso8601, ok, page_v1, ApiError, ApiResult, Form, Query};
use crate::sandbox::ids::stable_sid;

/// TaskRouter's configured capacity for a worker channel nobody has changed (Flex voice: 1).
pub const DEFAULT_CAPACITY: i64 = 1;
/// The most a capacity update accepts.
const MAX_CAPACITY: i64 = 1000;

pub struct ChannelRow {
    pub workspace_sid: String,
    pub worker_sid: String,
    pub channel_sid: String,
    pub unique_name: String,
    pub capacity: i64,
    pub available: bool,
    /// Tasks assigned or wrapping through this worker's accepted reservation.
    pub assigned: i64,
    /// Tasks holding capacity: the assigned ones plus those reserved for the worker.
    pub in_use: i64,
    pub created: i64,
    pub updated: i64,
}

impl ChannelRow {
    /// The worker channel's SID, derived from the worker and the task channel (stable, so a
    /// channel with no stored row keeps one SID).
    pub fn sid(&self) -> String {
        channel_sid(&self.worker_sid, &self.channel_sid)
    }

    /// Whether TaskRouter may offer the worker another task of this channel.
    pub fn has_room(&self) -> bool {
        self.available && self.in_use < self.capacity
    }

    pub fn available_capacity_percentage(&self) -> i64 {
        if !self.available || self.capacity <= 0 {
            return 0;
        }
        ((self.capacity - self.in_use).max(0) * 100) / self.capacity
    }
}

pub fn channel_sid(worker_sid: &str, task_channel_sid: &str) -> String {
    stable_sid(
        "WC",
        &format!("worker-channel:{worker_sid}:{task_channel_sid}"),
    )
}

/// Counts of a worker's tasks per channel: `(assigned, in_use)`. A task holds capacity from
/// the moment it is reserved for the worker until it is completed or canceled (wrapping holds
/// it, as at TaskRouter).
const CHANNEL_SELECT: &str = "SELECT c.workspace_sid, w.sid, c.sid, c.unique_name,
        COALESCE(wc.capacity, ?3), COALESCE(wc.available, 1),
        (SELECT COUNT(DISTINCT t.sid) FROM reservations r JOIN tasks t ON t.sid = r.task_sid
         WHERE r.worker_sid = w.sid AND t.task_channel_sid = c.sid
           AND r.reservation_status IN ('accepted', 'wrapping')
           AND t.assignment_status IN ('assigned', 'wrapping')),
        (SELECT COUNT(DISTINCT t.sid) FROM reservations r JOIN tasks t ON t.sid = r.task_sid
         WHERE r.worker_sid = w.sid AND t.task_channel_sid = c.sid
           AND ((r.reservation_status = 'pending' AND t.assignment_status = 'reserved')
             OR (r.reservation_status IN ('accepted', 'wrapping')
                 AND t.assignment_status IN ('reserved', 'assigned', 'wrapping')))),
        MAX(w.date_created, c.date_created), COALESCE(wc.date_updated, MAX(w.date_created, c.date_created))
     FROM workers w
     JOIN task_channels c ON c.workspace_sid = w.workspace_sid
     LEFT JOIN worker_channels wc ON wc.worker_sid = w.sid AND wc.task_channel_sid = c.sid
     WHERE w.workspace_sid = ?1 AND w.sid = ?2";

fn channel_row(r: &Row) -> rusqlite::Result<ChannelRow> {
    Ok(ChannelRow {
        workspace_sid: r.get(0)?,
        worker_sid: r.get(1)?,
        channel_sid: r.get(2)?,
        unique_name: r.get(3)?,
        capacity: r.get(4)?,
        available: r.get(5)?,
        assigned: r.get(6)?,
        in_use: r.get(7)?,
        created: r.get(8)?,
        updated: r.get(9)?,
    })
}

/// Every channel of a worker, in the order the task channels were created.
pub fn channels_of(tx: &Transaction, ws: &str, worker: &str) -> ApiResult<Vec<ChannelRow>> {
    let sql = format!("{CHANNEL_SELECT} ORDER BY c.date_created, c.rowid");
    let mut st = tx.prepare_cached(&sql)?;
    let rows = st.query_map(params![ws, worker, DEFAULT_CAPACITY], channel_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One channel of a worker, by task channel SID.
pub fn channel_of(
    tx: &Transaction,
    ws: &str,
    worker: &str,
    task_channel_sid: &str,
) -> ApiResult<Option<ChannelRow>> {
    Ok(channels_of(tx, ws, worker)?
        .into_iter()
        .find(|c| c.channel_sid == task_channel_sid))
}

/// Whether `worker` has room for one more task of `task_channel_sid`. A task with no channel
/// (a hand-edited database) needs no room.
pub fn has_room(
    tx: &Transaction,
    ws: &str,
    worker: &str,
    task_channel_sid: Option<&str>,
) -> ApiResult<bool> {
    let Some(channel) = task_channel_sid else {
        return Ok(true);
    };
    Ok(channel_of(tx, ws, worker, channel)?.is_none_or(|c| c.has_room()))
}

impl Ctx {
    pub fn worker_channel(&self, c: &ChannelRow) -> Value {
        let url = format!(
            "{}/Workers/{}/Channels/{}",
            self.ws_url(&c.workspace_sid),
            c.worker_sid,
            c.sid()
        );
        json!({
            "account_sid": self.account,
            "assigned_tasks": c.assigned,
            "available": c.available,
            "available_capacity_percentage": c.available_capacity_percentage(),
            "configured_capacity": c.capacity,
            "date_created": iso8601(c.created),
            "date_updated": iso8601(c.updated),
            "sid": c.sid(),
            "task_channel_sid": c.channel_sid,
            "task_channel_unique_name": c.unique_name,
            "worker_sid": c.worker_sid,
            "workspace_sid": c.workspace_sid,
            "url": url,
        })
    }
}

fn need_worker(tx: &Transaction, ws: &str, worker: &str) -> ApiResult<()> {
    need_ws(tx, ws)?;
    model::worker(tx, ws, worker)?
        .map(|_| ())
        .ok_or_else(|| ApiError::not_found(&ws_path(ws, &format!("/Workers/{worker}"))))
}

/// The channel named in the path: a WC SID, or (as a convenience Twilio also offers) the task
/// channel's unique name.
fn load(tx: &Transaction, ws: &str, worker: &str, given: &str) -> ApiResult<ChannelRow> {
    need_worker(tx, ws, worker)?;
    channels_of(tx, ws, worker)?
        .into_iter()
        .find(|c| c.sid() == given || c.unique_name == given)
        .ok_or_else(|| {
            ApiError::not_found(&ws_path(ws, &format!("/Workers/{worker}/Channels/{given}")))
        })
}

pub async fn list(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let worker = p.sid(1, "WorkerSid", "WK")?;
    st.read_tx(|tx, _| {
        need_worker(tx, &ws, &worker)?;
        let items = channels_of(tx, &ws, &worker)?
            .iter()
            .map(|ch| c.worker_channel(ch))
            .collect();
        let path = ws_path(&ws, &format!("/Workers/{worker}/Channels"));
        Ok(ok(page_v1("channels", &c.origin, &path, &q, items)?))
    })
}

fn path_channel(p: &Segs) -> ApiResult<String> {
    let v = p.0.get(2).cloned().unwrap_or_default();
    if v.is_empty() {
        return Err(ApiError::invalid("Sid", "a worker channel SID is required"));
    }
    Ok(v)
}

pub async fn fetch(Req { st, c, p, ws }: Req) -> ApiResult {
    let worker = p.sid(1, "WorkerSid", "WK")?;
    let sid = path_channel(&p)?;
    st.read_tx(|tx, _| Ok(ok(c.worker_channel(&load(tx, &ws, &worker, &sid)?))))
}

/// `Capacity` (0 stops new reservations of the channel) and `Available`.
pub async fn update(Req { st, c, p, ws }: Req, Form(f): Form) -> ApiResult {
    let worker = p.sid(1, "WorkerSid", "WK")?;
    let sid = path_channel(&p)?;
    let capacity = f.int("Capacity", 0, MAX_CAPACITY)?;
    let available = f.bool("Available")?;
    st.tx(|tx, now| {
        let ch = load(tx, &ws, &worker, &sid)?;
        if capacity.is_some() || available.is_some() {
            tx.execute(
                "INSERT INTO worker_channels (worker_sid, task_channel_sid, capacity, available,
                     date_updated)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (worker_sid, task_channel_sid) DO UPDATE SET
                     capacity = excluded.capacity, available = excluded.available,
                     date_updated = excluded.date_updated",
                params![
                    worker,
                    ch.channel_sid,
                    capacity.unwrap_or(ch.capacity),
                    available.unwrap_or(ch.available),
                    now
                ],
            )?;
            // More room may let a waiting task reach this worker.
            routing::route_pending(tx, Some(&ws), now)?;
        }
        Ok(ok(c.worker_channel(&load(tx, &ws, &worker, &sid)?)))
    })
}
