//! TaskRouter rows as the store holds them, and the queries that load them (with the joined
//! names the JSON shapes need), shared by the handlers, the statistics and the simulation.

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde_json::Value;

use crate::sandbox::http::ApiResult;

pub struct WorkspaceRow {
    pub sid: String,
    pub friendly_name: String,
    pub default_activity_sid: Option<String>,
    pub default_activity_name: Option<String>,
    pub timeout_activity_sid: Option<String>,
    pub timeout_activity_name: Option<String>,
    pub event_callback_url: Option<String>,
    pub multi_task_enabled: bool,
    pub prioritize_queue_order: String,
    pub created: i64,
    pub updated: i64,
}

const WORKSPACE_SELECT: &str =
    "SELECT s.sid, s.friendly_name, s.default_activity_sid, da.friendly_name,
        s.timeout_activity_sid, ta.friendly_name, s.event_callback_url, s.multi_task_enabled,
        s.prioritize_queue_order, s.date_created, s.date_updated
     FROM workspaces s
     LEFT JOIN activities da ON da.sid = s.default_activity_sid
     LEFT JOIN activities ta ON ta.sid = s.timeout_activity_sid";

fn workspace_row(r: &Row) -> rusqlite::Result<WorkspaceRow> {
    Ok(WorkspaceRow {
        sid: r.get(0)?,
        friendly_name: r.get(1)?,
        default_activity_sid: r.get(2)?,
        default_activity_name: r.get(3)?,
        timeout_activity_sid: r.get(4)?,
        timeout_activity_name: r.get(5)?,
        event_callback_url: r.get(6)?,
        multi_task_enabled: r.get(7)?,
        prioritize_queue_order: r.get(8)?,
        created: r.get(9)?,
        updated: r.get(10)?,
    })
}

pub fn workspaces(tx: &Transaction) -> ApiResult<Vec<WorkspaceRow>> {
    let sql = format!("{WORKSPACE_SELECT} ORDER BY s.date_created, s.sid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([], workspace_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn workspace(tx: &Transaction, sid: &str) -> ApiResult<Option<WorkspaceRow>> {
    let sql = format!("{WORKSPACE_SELECT} WHERE s.sid = ?1");
    Ok(tx.query_row(&sql, [sid], workspace_row).optional()?)
}

pub struct ActivityRow {
    pub sid: String,
    pub workspace_sid: String,
    pub friendly_name: String,
    pub available: bool,
    pub created: i64,
    pub updated: i64,
}

pub fn activities(tx: &Transaction, ws: &str) -> ApiResult<Vec<ActivityRow>> {
    let mut st = tx.prepare(
        "SELECT sid, workspace_sid, friendly_name, available, date_created, date_updated
         FROM activities WHERE workspace_sid = ?1 ORDER BY date_created, rowid",
    )?;
    let rows = st.query_map([ws], |r| {
        Ok(ActivityRow {
            sid: r.get(0)?,
            workspace_sid: r.get(1)?,
            friendly_name: r.get(2)?,
            available: r.get(3)?,
            created: r.get(4)?,
            updated: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub struct WorkerRow {
    pub sid: String,
    pub workspace_sid: String,
    pub friendly_name: String,
    pub activity_sid: String,
    pub activity_name: String,
    pub available: bool,
    pub attributes: String,
    pub created: i64,
    pub updated: i64,
    pub status_changed: i64,
    pub version: i64,
    pub sim_behavior: String,
    pub sim_delay_ms: i64,
    /// How the simulated worker answers reservations (`None`: as they answer a ringing leg).
    pub task_behavior: Option<String>,
    pub task_delay_ms: Option<i64>,
}

impl WorkerRow {
    /// How this simulated worker answers a reservation: `(behavior, delay)` with behavior
    /// `accept | reject | never`.
    pub fn reservation_behavior(&self) -> (&str, i64) {
        let behavior = match (self.task_behavior.as_deref(), self.sim_behavior.as_str()) {
            (Some(b), _) => b,
            (None, "answer") => "accept",
            (None, ring) => ring,
        };
        (behavior, self.task_delay_ms.unwrap_or(self.sim_delay_ms))
    }

    /// The attributes that target-worker expressions see: the worker's own plus the
    /// pseudo-attributes `sid`, `name` and `friendly_name` (unless the worker defines them).
    pub fn expr_attrs(&self) -> Value {
        let own: Value = serde_json::from_str(&self.attributes).unwrap_or(Value::Null);
        crate::domain::routing::worker_view(&own, &self.sid, &self.friendly_name)
    }
}

const WORKER_SELECT: &str = "SELECT w.sid, w.workspace_sid, w.friendly_name, w.activity_sid,
        a.friendly_name, a.available, w.attributes, w.date_created, w.date_updated,
        w.date_status_changed, w.version, w.sim_behavior, w.sim_delay_ms, w.task_behavior,
        w.task_delay_ms
     FROM workers w JOIN activities a ON a.sid = w.activity_sid";

fn worker_row(r: &Row) -> rusqlite::Result<WorkerRow> {
    Ok(WorkerRow {
        sid: r.get(0)?,
        workspace_sid: r.get(1)?,
        friendly_name: r.get(2)?,
        activity_sid: r.get(3)?,
        activity_name: r.get(4)?,
        available: r.get(5)?,
        attributes: r.get(6)?,
        created: r.get(7)?,
        updated: r.get(8)?,
        status_changed: r.get(9)?,
        version: r.get(10)?,
        sim_behavior: r.get(11)?,
        sim_delay_ms: r.get(12)?,
        task_behavior: r.get(13)?,
        task_delay_ms: r.get(14)?,
    })
}

/// Every worker of a workspace, longest in their current activity first (the order in which
/// routing offers tasks, so that work is spread the way Twilio's longest-idle rule does).
pub fn workers(tx: &Transaction, ws: &str) -> ApiResult<Vec<WorkerRow>> {
    let sql =
        format!("{WORKER_SELECT} WHERE w.workspace_sid = ?1 ORDER BY w.date_status_changed, w.sid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([ws], worker_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn worker(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<Option<WorkerRow>> {
    let sql = format!("{WORKER_SELECT} WHERE w.workspace_sid = ?1 AND w.sid = ?2");
    Ok(tx.query_row(&sql, [ws, sid], worker_row).optional()?)
}

/// Workers that cannot take another task now: they have a pending reservation, or hold a
/// reserved or assigned task through an accepted one.
pub fn busy_workers(tx: &Transaction, ws: &str) -> ApiResult<HashSet<String>> {
    let mut st = tx.prepare(
        "SELECT worker_sid FROM reservations
         WHERE reservation_status = 'pending' AND workspace_sid = ?1
         UNION
         SELECT r.worker_sid FROM tasks t JOIN reservations r ON r.task_sid = t.sid
         WHERE t.workspace_sid = ?1 AND t.assignment_status IN ('reserved', 'assigned')
           AND r.reservation_status IN ('accepted', 'wrapping')",
    )?;
    let rows = st.query_map([ws], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub struct QueueRow {
    pub sid: String,
    pub workspace_sid: String,
    pub friendly_name: String,
    pub target_workers: String,
    pub task_order: String,
    pub max_reserved_workers: i64,
    pub assignment_activity_sid: Option<String>,
    pub assignment_activity_name: Option<String>,
    pub reservation_activity_sid: Option<String>,
    pub reservation_activity_name: Option<String>,
    pub created: i64,
    pub updated: i64,
}

const QUEUE_SELECT: &str = "SELECT q.sid, q.workspace_sid, q.friendly_name, q.target_workers,
        q.task_order, q.max_reserved_workers, q.assignment_activity_sid, aa.friendly_name,
        q.reservation_activity_sid, ra.friendly_name, q.date_created, q.date_updated
     FROM task_queues q
     LEFT JOIN activities aa ON aa.sid = q.assignment_activity_sid
     LEFT JOIN activities ra ON ra.sid = q.reservation_activity_sid";

fn queue_row(r: &Row) -> rusqlite::Result<QueueRow> {
    Ok(QueueRow {
        sid: r.get(0)?,
        workspace_sid: r.get(1)?,
        friendly_name: r.get(2)?,
        target_workers: r.get(3)?,
        task_order: r.get(4)?,
        max_reserved_workers: r.get(5)?,
        assignment_activity_sid: r.get(6)?,
        assignment_activity_name: r.get(7)?,
        reservation_activity_sid: r.get(8)?,
        reservation_activity_name: r.get(9)?,
        created: r.get(10)?,
        updated: r.get(11)?,
    })
}

pub fn queues(tx: &Transaction, ws: &str) -> ApiResult<Vec<QueueRow>> {
    let sql = format!("{QUEUE_SELECT} WHERE q.workspace_sid = ?1 ORDER BY q.date_created, q.rowid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([ws], queue_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn queue(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<Option<QueueRow>> {
    let sql = format!("{QUEUE_SELECT} WHERE q.workspace_sid = ?1 AND q.sid = ?2");
    Ok(tx.query_row(&sql, [ws, sid], queue_row).optional()?)
}

pub struct WorkflowRow {
    pub sid: String,
    pub workspace_sid: String,
    pub friendly_name: String,
    pub configuration: String,
    pub assignment_callback_url: Option<String>,
    pub fallback_assignment_callback_url: Option<String>,
    pub task_reservation_timeout: i64,
    pub created: i64,
    pub updated: i64,
}

fn workflow_row(r: &Row) -> rusqlite::Result<WorkflowRow> {
    Ok(WorkflowRow {
        sid: r.get(0)?,
        workspace_sid: r.get(1)?,
        friendly_name: r.get(2)?,
        configuration: r.get(3)?,
        assignment_callback_url: r.get(4)?,
        fallback_assignment_callback_url: r.get(5)?,
        task_reservation_timeout: r.get(6)?,
        created: r.get(7)?,
        updated: r.get(8)?,
    })
}

const WORKFLOW_SELECT: &str = "SELECT sid, workspace_sid, friendly_name, configuration,
        assignment_callback_url, fallback_assignment_callback_url, task_reservation_timeout,
        date_created, date_updated
     FROM workflows";

pub fn workflows(tx: &Transaction, ws: &str) -> ApiResult<Vec<WorkflowRow>> {
    let sql = format!("{WORKFLOW_SELECT} WHERE workspace_sid = ?1 ORDER BY date_created, rowid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([ws], workflow_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn workflow(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<Option<WorkflowRow>> {
    let sql = format!("{WORKFLOW_SELECT} WHERE workspace_sid = ?1 AND sid = ?2");
    Ok(tx.query_row(&sql, [ws, sid], workflow_row).optional()?)
}

pub struct TaskRow {
    pub sid: String,
    pub workspace_sid: String,
    pub workflow_sid: Option<String>,
    pub workflow_name: Option<String>,
    pub task_queue_sid: Option<String>,
    pub queue_name: Option<String>,
    pub channel_sid: Option<String>,
    pub channel_name: Option<String>,
    pub attributes: String,
    pub status: String,
    pub reason: Option<String>,
    pub priority: i64,
    pub timeout: i64,
    pub entered: Option<i64>,
    pub created: i64,
    pub updated: i64,
    pub version: i64,
    /// `RoutingTarget` as given at create.
    pub routing_target: Option<String>,
    /// Whether a worker target's capacity and availability are ignored.
    pub ignore_capacity: bool,
}

impl TaskRow {
    /// The worker a task is routed straight to (`RoutingTarget=WK…`).
    pub fn target_worker(&self) -> Option<&str> {
        self.routing_target
            .as_deref()
            .filter(|t| t.starts_with("WK"))
    }

    pub fn attrs(&self) -> Value {
        serde_json::from_str(&self.attributes).unwrap_or(Value::Null)
    }
}

/// Tasks with their workflow's and queue's names; callers append WHERE/ORDER clauses on `t`.
pub const TASK_SELECT: &str = "SELECT t.sid, t.workspace_sid, t.workflow_sid, wf.friendly_name,
        t.task_queue_sid, q.friendly_name, t.task_channel_sid, t.task_channel_unique_name,
        t.attributes, t.assignment_status, t.reason, t.priority, t.timeout,
        t.task_queue_entered_date, t.date_created, t.date_updated, t.version,
        t.routing_target, t.ignore_capacity
     FROM tasks t
     LEFT JOIN workflows wf ON wf.sid = t.workflow_sid
     LEFT JOIN task_queues q ON q.sid = t.task_queue_sid";

pub fn task_row(r: &Row) -> rusqlite::Result<TaskRow> {
    Ok(TaskRow {
        sid: r.get(0)?,
        workspace_sid: r.get(1)?,
        workflow_sid: r.get(2)?,
        workflow_name: r.get(3)?,
        task_queue_sid: r.get(4)?,
        queue_name: r.get(5)?,
        channel_sid: r.get(6)?,
        channel_name: r.get(7)?,
        attributes: r.get(8)?,
        status: r.get(9)?,
        reason: r.get(10)?,
        priority: r.get(11)?,
        timeout: r.get(12)?,
        entered: r.get(13)?,
        created: r.get(14)?,
        updated: r.get(15)?,
        version: r.get(16)?,
        routing_target: r.get(17)?,
        ignore_capacity: r.get(18)?,
    })
}

pub fn task(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<Option<TaskRow>> {
    let sql = format!("{TASK_SELECT} WHERE t.workspace_sid = ?1 AND t.sid = ?2");
    Ok(tx.query_row(&sql, [ws, sid], task_row).optional()?)
}

/// A task by SID alone (the simulation knows SIDs, not paths).
pub fn task_by_sid(tx: &Transaction, sid: &str) -> ApiResult<Option<TaskRow>> {
    let sql = format!("{TASK_SELECT} WHERE t.sid = ?1");
    Ok(tx.query_row(&sql, [sid], task_row).optional()?)
}

pub struct ReservationRow {
    pub sid: String,
    pub workspace_sid: String,
    pub task_sid: String,
    pub worker_sid: String,
    pub worker_name: String,
    pub status: String,
    pub respond_at: Option<i64>,
    pub reject: bool,
    pub timeout_at: i64,
    pub created: i64,
    pub updated: i64,
    pub version: i64,
}

pub const RESERVATION_SELECT: &str = "SELECT r.sid, r.workspace_sid, r.task_sid, r.worker_sid,
        COALESCE(w.friendly_name, ''), r.reservation_status, r.respond_at, r.reject,
        r.timeout_at, r.date_created, r.date_updated, r.version
     FROM reservations r LEFT JOIN workers w ON w.sid = r.worker_sid";

pub fn reservation_row(r: &Row) -> rusqlite::Result<ReservationRow> {
    Ok(ReservationRow {
        sid: r.get(0)?,
        workspace_sid: r.get(1)?,
        task_sid: r.get(2)?,
        worker_sid: r.get(3)?,
        worker_name: r.get(4)?,
        status: r.get(5)?,
        respond_at: r.get(6)?,
        reject: r.get(7)?,
        timeout_at: r.get(8)?,
        created: r.get(9)?,
        updated: r.get(10)?,
        version: r.get(11)?,
    })
}

pub fn reservation(tx: &Transaction, sid: &str) -> ApiResult<Option<ReservationRow>> {
    let sql = format!("{RESERVATION_SELECT} WHERE r.sid = ?1");
    Ok(tx.query_row(&sql, [sid], reservation_row).optional()?)
}

pub fn reservations_of_task(tx: &Transaction, task: &str) -> ApiResult<Vec<ReservationRow>> {
    let sql =
        format!("{RESERVATION_SELECT} WHERE r.task_sid = ?1 ORDER BY r.date_created, r.rowid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([task], reservation_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Records one queue event (the source of cumulative statistics).
pub fn queue_event(
    tx: &Transaction,
    task: &TaskRow,
    queue_sid: &str,
    kind: &str,
    at: i64,
    wait_ms: Option<i64>,
) -> ApiResult<()> {
    tx.execute(
        "INSERT INTO queue_events (workspace_sid, queue_sid, task_sid, kind, at_ms, wait_ms,
             task_channel)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            task.workspace_sid,
            queue_sid,
            task.sid,
            kind,
            at,
            wait_ms,
            task.channel_name
        ],
    )?;
    Ok(())
}
