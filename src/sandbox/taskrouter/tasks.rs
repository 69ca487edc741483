//! Tasks: create (routed by a workflow, straight to a queue or to a worker), the filtered list, fetch,
//! update with If-Match and Twilio's assignment-status transitions, and delete.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{params, Transaction};

use super::model::{self, TaskRow};
use super::{expr, need_ws, routing, ws_path, Req, Segs};
use crate::sandbox::http::{
    check_if_match, check_sid, created, no_content, ok, ok_etag, page_v1, with_etag, ApiError,
    ApiResult, Form, Query,
};
use crate::sandbox::ids::new_sid;
use crate::sandbox::wire::check_one_of;
use crate::sandbox::AppState;

const STATUSES: &[&str] = &[
    "pending",
    "reserved",
    "assigned",
    "wrapping",
    "completed",
    "canceled",
];
const MAX_TIMEOUT_S: i64 = 2_592_000;

fn load(tx: &Transaction, ws: &str, sid: &str) -> ApiResult<TaskRow> {
    model::task(tx, ws, sid)?
        .ok_or_else(|| ApiError::not_found(&ws_path(ws, &format!("/Tasks/{sid}"))))
}

/// A task channel given by unique name or TC SID: `(sid, unique_name)`.
fn channel(tx: &Transaction, ws: &str, given: &str) -> ApiResult<(String, String)> {
    tx.query_row(
        "SELECT sid, unique_name FROM task_channels
         WHERE workspace_sid = ?1 AND (sid = ?2 OR unique_name = ?2)",
        params![ws, given],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .map_err(|_| ApiError::invalid("TaskChannel", format!("no task channel '{given}'")))
}

pub async fn create(Req { st, c, p: _, ws }: Req, Form(f): Form) -> ApiResult {
    let mut workflow_sid = f.sid("WorkflowSid", "WW")?.map(String::from);
    let mut queue_sid = f.sid("TaskQueueSid", "WQ")?.map(String::from);
    let routing_target = f.get("RoutingTarget").map(str::trim).map(String::from);
    let mut worker_sid = None;
    if let Some(t) = &routing_target {
        if workflow_sid.is_some() || queue_sid.is_some() {
            return Err(ApiError::invalid(
                "RoutingTarget",
                "give RoutingTarget alone, without WorkflowSid or TaskQueueSid",
            ));
        }
        let slot = match t.get(..2) {
            Some("WK") => &mut worker_sid,
            Some("WQ") => &mut queue_sid,
            Some("WW") => &mut workflow_sid,
            _ => {
                return Err(ApiError::invalid(
                    "RoutingTarget",
                    format!("'{t}' is not the SID of a worker (WK), queue (WQ) or workflow (WW)"),
                ))
            }
        };
        *slot = Some(check_sid("RoutingTarget", t, &t[..2])?.to_string());
    }
    // At TaskRouter `true`, `1` and `yes` ignore the worker's capacity and availability, any
    // other value respects them, and a worker target ignores them unless told otherwise.
    let ignore_capacity = worker_sid.is_some()
        && f.get("IgnoreCapacity")
            .is_none_or(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes"));
    if let Some(w) = &worker_sid {
        return create_for_worker(&st, c, &ws, w, ignore_capacity, &f);
    }
    match (&workflow_sid, &queue_sid) {
        (None, None) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                20001,
                "Missing required parameter WorkflowSid (or TaskQueueSid, or RoutingTarget) in \
                 the post body",
            ))
        }
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "TaskQueueSid",
                "give either WorkflowSid or TaskQueueSid, not both",
            ))
        }
        _ => {}
    }
    let NewTaskParams {
        attributes,
        priority,
        timeout,
        channel_given,
    } = NewTaskParams::from_form(&f)?;
    st.tx(|tx, now| {
        need_ws(tx, &ws)?;
        let (channel_sid, channel_name) = channel(tx, &ws, &channel_given)?;
        let attrs: serde_json::Value = serde_json::from_str(&attributes).unwrap_or_default();
        let target = match (&workflow_sid, &queue_sid) {
            (Some(wf), _) => {
                let workflow = model::workflow(tx, &ws, wf)?.ok_or_else(|| {
                    ApiError::invalid("WorkflowSid", format!("no workflow {wf} in this workspace"))
                })?;
                routing::workflow_target(&workflow.configuration, &attrs)
            }
            (None, q) => q.clone(),
        };
        let queue = match &target {
            Some(q) => model::queue(tx, &ws, q)?,
            None => None,
        };
        if queue.is_none() && queue_sid.is_some() {
            return Err(ApiError::invalid(
                "TaskQueueSid",
                "no such task queue in this workspace",
            ));
        }
        let sid = new_sid("WT");
        tx.execute(
            "INSERT INTO tasks (sid, workspace_sid, workflow_sid, task_channel_sid,
                 task_channel_unique_name, attributes, assignment_status, priority, timeout,
                 date_created, date_updated, routing_target)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7, ?8, ?9, ?9, ?10)",
            params![
                sid,
                ws,
                workflow_sid,
                channel_sid,
                channel_name,
                attributes,
                priority,
                timeout,
                now,
                routing_target
            ],
        )?;
        let task = load(tx, &ws, &sid)?;
        match &queue {
            Some(q) => routing::enter_queue(tx, &task, q, now)?,
            None => routing::set_task_status(
                tx,
                &sid,
                "canceled",
                Some("The workflow routed the task to no existing task queue"),
                now,
            )?,
        }
        let task = load(tx, &ws, &sid)?;
        Ok(with_etag(created(c.task(&task, now)), task.version))
    })
}

/// The create parameters every kind of target shares.
struct NewTaskParams {
    attributes: String,
    priority: i64,
    timeout: i64,
    channel_given: String,
}

impl NewTaskParams {
    fn from_form(f: &crate::sandbox::wire::Params) -> ApiResult<NewTaskParams> {
        Ok(NewTaskParams {
            attributes: f.json_object("Attributes")?.unwrap_or_else(|| "{}".into()),
            priority: f.int("Priority", 0, i64::from(i32::MAX))?.unwrap_or(0),
            timeout: f.int("Timeout", 1, MAX_TIMEOUT_S)?.unwrap_or(86_400),
            channel_given: f.get("TaskChannel").unwrap_or("default").to_string(),
        })
    }
}

/// A task routed straight to a worker: no queue, no workflow; offered to that worker at once
/// when they may take it, else pending until they can (or until its TTL).
fn create_for_worker(
    st: &AppState,
    c: super::json::Ctx,
    ws: &str,
    worker: &str,
    ignore_capacity: bool,
    f: &crate::sandbox::wire::Params,
) -> ApiResult {
    let p = NewTaskParams::from_form(f)?;
    st.tx(|tx, now| {
        need_ws(tx, ws)?;
        let (channel_sid, channel_name) = channel(tx, ws, &p.channel_given)?;
        if model::worker(tx, ws, worker)?.is_none() {
            return Err(ApiError::invalid(
                "RoutingTarget",
                format!("no worker {worker} in this workspace"),
            ));
        }
        let sid = new_sid("WT");
        tx.execute(
            "INSERT INTO tasks (sid, workspace_sid, task_channel_sid, task_channel_unique_name,
                 attributes, assignment_status, priority, timeout, date_created, date_updated,
                 routing_target, ignore_capacity)
             VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8, ?8, ?9, ?10)",
            params![
                sid,
                ws,
                channel_sid,
                channel_name,
                p.attributes,
                p.priority,
                p.timeout,
                now,
                worker,
                ignore_capacity
            ],
        )?;
        routing::offer(tx, &sid, now)?;
        let task = load(tx, ws, &sid)?;
        Ok(with_etag(created(c.task(&task, now)), task.version))
    })
}

/// `Ordering`: comma-separated `DateCreated|Priority` with `:asc|:desc`.
fn ordering(given: Option<&str>) -> ApiResult<Vec<(bool, bool)>> {
    let mut keys = Vec::new();
    for part in given.unwrap_or("DateCreated:asc").split(',') {
        let (field, dir) = part.trim().split_once(':').unwrap_or((part.trim(), "asc"));
        let by_priority = match field {
            "DateCreated" => false,
            "Priority" => true,
            _ => {
                return Err(ApiError::invalid(
                    "Ordering",
                    format!("unknown field '{field}'"),
                ))
            }
        };
        let desc = match dir.to_ascii_lowercase().as_str() {
            "asc" => false,
            "desc" => true,
            _ => {
                return Err(ApiError::invalid(
                    "Ordering",
                    format!("unknown direction '{dir}'"),
                ))
            }
        };
        keys.push((by_priority, desc));
    }
    Ok(keys)
}

pub async fn list(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    let mut statuses: Vec<String> = Vec::new();
    for v in q.all("AssignmentStatus") {
        for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            statuses.push(check_one_of("AssignmentStatus", s, STATUSES)?.to_string());
        }
    }
    let queue_sid = q.sid("TaskQueueSid", "WQ")?.map(String::from);
    let workflow_sid = q.sid("WorkflowSid", "WW")?.map(String::from);
    let priority = q.int("Priority", 0, i64::from(i32::MAX))?;
    let evaluate = match q.get("EvaluateTaskAttributes") {
        Some(src) => {
            Some(expr::parse(src).map_err(|e| ApiError::invalid("EvaluateTaskAttributes", e))?)
        }
        None => None,
    };
    let order = ordering(q.get("Ordering"))?;
    st.read_tx(|tx, now| {
        need_ws(tx, &ws)?;
        let sql = format!(
            "{} WHERE t.workspace_sid = ?1 AND (?2 IS NULL OR t.task_queue_sid = ?2)
                 AND (?3 IS NULL OR t.workflow_sid = ?3)
             ORDER BY t.date_created, t.rowid",
            model::TASK_SELECT
        );
        let mut stmt = tx.prepare(&sql)?;
        let mut rows: Vec<TaskRow> = stmt
            .query_map(params![ws, queue_sid, workflow_sid], model::task_row)?
            .collect::<Result<_, _>>()?;
        let by_name = |filter: Option<&str>, name: &Option<String>| {
            filter.is_none_or(|f| name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(f)))
        };
        rows.retain(|t| {
            (statuses.is_empty() || statuses.contains(&t.status))
                && priority.is_none_or(|p| p == t.priority)
                && by_name(q.get("TaskQueueName"), &t.queue_name)
                && by_name(q.get("WorkflowName"), &t.workflow_name)
                && evaluate.as_ref().is_none_or(|e| e.eval(&t.attrs()))
        });
        // Stable sort by the last key first, so earlier keys take precedence.
        for (by_priority, desc) in order.iter().rev() {
            rows.sort_by(|a, b| {
                let o = if *by_priority {
                    a.priority.cmp(&b.priority)
                } else {
                    a.created.cmp(&b.created)
                };
                if *desc {
                    o.reverse()
                } else {
                    o
                }
            });
        }
        let items = rows.iter().map(|t| c.task(t, now)).collect();
        let path = ws_path(&ws, "/Tasks");
        Ok(ok(page_v1("tasks", &c.origin, &path, &q, items)?))
    })
}

pub async fn fetch(Req { st, c, p, ws }: Req) -> ApiResult {
    let sid = p.sid(1, "Sid", "WT")?;
    st.read_tx(|tx, now| {
        need_ws(tx, &ws)?;
        let t = load(tx, &ws, &sid)?;
        Ok(ok_etag(c.task(&t, now), t.version))
    })
}

pub async fn update(Req { st, c, p, ws }: Req, headers: HeaderMap, Form(f): Form) -> ApiResult {
    let sid = p.sid(1, "Sid", "WT")?;
    let attributes = f.json_object("Attributes")?;
    let priority = f.int("Priority", 0, i64::from(i32::MAX))?;
    let timeout = f.int("Timeout", 1, MAX_TIMEOUT_S)?;
    let reason = f.get("Reason").map(String::from);
    let status = f.one_of("AssignmentStatus", STATUSES)?.map(String::from);
    st.tx(|tx, now| {
        need_ws(tx, &ws)?;
        let task = load(tx, &ws, &sid)?;
        check_if_match(&headers, task.version)?;
        if attributes.is_some() || priority.is_some() || timeout.is_some() {
            tx.execute(
                "UPDATE tasks SET attributes = COALESCE(?2, attributes),
                     priority = COALESCE(?3, priority), timeout = COALESCE(?4, timeout),
                     date_updated = ?5, version = version + 1
                 WHERE sid = ?1",
                params![sid, attributes, priority, timeout, now],
            )?;
        }
        let reason = reason.as_deref();
        match (task.status.as_str(), status.as_deref()) {
            (_, None) => {
                if reason.is_some() {
                    routing::set_task_status(tx, &sid, &task.status, reason, now)?;
                }
            }
            ("pending" | "reserved", Some("canceled")) => {
                routing::cancel_task(tx, &sid, reason, now)?;
                routing::route_pending(tx, Some(&ws), now)?;
            }
            ("reserved", Some("assigned")) => {
                let pending = model::reservations_of_task(tx, &sid)?
                    .into_iter()
                    .find(|r| r.status == "pending");
                match pending {
                    Some(r) => routing::accept(tx, &r, now)?,
                    None => return Err(transition(&task.status, "assigned")),
                }
            }
            ("assigned", Some("wrapping")) => {
                routing::finish_task(tx, &sid, "wrapping", reason, now)?
            }
            ("assigned" | "wrapping", Some("completed")) => {
                routing::finish_task(tx, &sid, "completed", reason, now)?
            }
            (from, Some(to)) => return Err(transition(from, to)),
        }
        let t = load(tx, &ws, &sid)?;
        Ok(ok_etag(c.task(&t, now), t.version))
    })
}

fn transition(from: &str, to: &str) -> ApiError {
    ApiError::invalid(
        "AssignmentStatus",
        format!(
            "a task cannot move from '{from}' to '{to}' (allowed: pending|reserved -> \
             canceled, reserved -> assigned, assigned -> wrapping|completed, \
             wrapping -> completed)"
        ),
    )
}

pub async fn delete(State(st): State<AppState>, p: Segs, headers: HeaderMap) -> ApiResult {
    let ws = p.ws()?;
    let sid = p.sid(1, "Sid", "WT")?;
    st.tx(|tx, now| {
        need_ws(tx, &ws)?;
        let task = load(tx, &ws, &sid)?;
        check_if_match(&headers, task.version)?;
        let open = matches!(
            task.status.as_str(),
            "pending" | "reserved" | "assigned" | "wrapping"
        );
        if let (true, Some(q)) = (open, &task.task_queue_sid) {
            model::queue_event(tx, &task, q, "deleted", now, None)?;
        }
        tx.execute("DELETE FROM reservations WHERE task_sid = ?1", [&sid])?;
        tx.execute("DELETE FROM tasks WHERE sid = ?1", [&sid])?;
        // The task's worker, if any, is free again.
        routing::route_pending(tx, Some(&ws), now)?;
        Ok(no_content())
    })
}
