//! A task's reservations: list, fetch with ETag, and update (a worker accepting, rejecting,
//! wrapping up or completing through the API rather than through the simulation).

use axum::http::HeaderMap;
use rusqlite::{params, Transaction};

use super::model::{self, ReservationRow};
use super::{need_ws, routing, ws_path, Req};
use crate::sandbox::http::{check_if_match, ok, ok_etag, page_v1, ApiError, ApiResult};
use crate::sandbox::http::{Form, Query};

const STATUSES: &[&str] = &[
    "pending",
    "accepted",
    "rejected",
    "timeout",
    "canceled",
    "rescinded",
    "wrapping",
    "completed",
];

fn task_exists(tx: &Transaction, ws: &str, task: &str) -> ApiResult<model::TaskRow> {
    need_ws(tx, ws)?;
    model::task(tx, ws, task)?
        .ok_or_else(|| ApiError::not_found(&ws_path(ws, &format!("/Tasks/{task}"))))
}

fn load(tx: &Transaction, ws: &str, task: &str, sid: &str) -> ApiResult<ReservationRow> {
    model::reservation(tx, sid)?
        .filter(|r| r.task_sid == task)
        .ok_or_else(|| {
            ApiError::not_found(&ws_path(ws, &format!("/Tasks/{task}/Reservations/{sid}")))
        })
}

pub async fn list(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let task = p.sid(1, "TaskSid", "WT")?;
    let worker = q.sid("WorkerSid", "WK")?.map(String::from);
    let status = q.one_of("ReservationStatus", STATUSES)?.map(String::from);
    st.read_tx(|tx, _| {
        task_exists(tx, &ws, &task)?;
        let items = model::reservations_of_task(tx, &task)?
            .iter()
            .filter(|r| status.as_deref().is_none_or(|s| s == r.status))
            .filter(|r| worker.as_deref().is_none_or(|w| w == r.worker_sid))
            .map(|r| c.reservation(r))
            .collect();
        let path = ws_path(&ws, &format!("/Tasks/{task}/Reservations"));
        Ok(ok(page_v1("reservations", &c.origin, &path, &q, items)?))
    })
}

/// `GET /Workers/{WK}/Reservations`: a worker's reservations of every task, filtered by
/// `ReservationStatus`.
pub async fn list_of_worker(Req { st, c, p, ws }: Req, Query(q): Query) -> ApiResult {
    let worker = p.sid(1, "WorkerSid", "WK")?;
    let status = q.one_of("ReservationStatus", STATUSES)?.map(String::from);
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        model::worker(tx, &ws, &worker)?
            .ok_or_else(|| ApiError::not_found(&ws_path(&ws, &format!("/Workers/{worker}"))))?;
        let items = reservations_of_worker(tx, &worker)?
            .iter()
            .filter(|r| status.as_deref().is_none_or(|s| s == r.status))
            .map(|r| c.reservation(r))
            .collect();
        let path = ws_path(&ws, &format!("/Workers/{worker}/Reservations"));
        Ok(ok(page_v1("reservations", &c.origin, &path, &q, items)?))
    })
}

pub async fn fetch(Req { st, c, p, ws }: Req) -> ApiResult {
    let task = p.sid(1, "TaskSid", "WT")?;
    let sid = p.sid(2, "Sid", "WR")?;
    st.read_tx(|tx, _| {
        task_exists(tx, &ws, &task)?;
        let r = load(tx, &ws, &task, &sid)?;
        Ok(ok_etag(c.reservation(&r), r.version))
    })
}

pub async fn update(Req { st, c, p, ws }: Req, headers: HeaderMap, Form(f): Form) -> ApiResult {
    let task_sid = p.sid(1, "TaskSid", "WT")?;
    let sid = p.sid(2, "Sid", "WR")?;
    let activity = f.sid("WorkerActivitySid", "WA")?.map(String::from);
    // An instruction (conference, dequeue, call, redirect) accepts the reservation, as at Twilio.
    let wanted = match (f.get("ReservationStatus"), f.get("Instruction")) {
        (Some(s), _) => Some(s.to_string()),
        (None, Some("conference" | "dequeue" | "call" | "redirect")) => {
            Some("accepted".to_string())
        }
        (None, Some(i)) => {
            return Err(ApiError::invalid(
                "Instruction",
                format!("unknown instruction '{i}'"),
            ))
        }
        (None, None) => None,
    };
    st.tx(|tx, now| {
        let task = task_exists(tx, &ws, &task_sid)?;
        let r = load(tx, &ws, &task_sid, &sid)?;
        check_if_match(&headers, r.version)?;
        match (r.status.as_str(), wanted.as_deref()) {
            (_, None) => {}
            ("pending", Some("accepted")) => routing::accept(tx, &r, now)?,
            ("pending", Some("rejected")) => routing::decline(tx, &r, "rejected", now)?,
            ("accepted", Some("wrapping")) if task.status == "assigned" => {
                routing::finish_task(tx, &task_sid, "wrapping", None, now)?
            }
            ("accepted" | "wrapping", Some("completed"))
                if matches!(task.status.as_str(), "assigned" | "wrapping") =>
            {
                routing::finish_task(tx, &task_sid, "completed", None, now)?
            }
            (from, Some(to)) => {
                return Err(ApiError::invalid(
                    "ReservationStatus",
                    format!("a reservation cannot move from '{from}' to '{to}'"),
                ))
            }
        }
        if let Some(a) = &activity {
            let n = tx.execute(
                "UPDATE workers SET activity_sid = ?2, date_status_changed = ?3,
                     date_updated = ?3, version = version + 1
                 WHERE sid = ?1 AND activity_sid != ?2
                   AND EXISTS (SELECT 1 FROM activities WHERE sid = ?2 AND workspace_sid = ?4)",
                params![r.worker_sid, a, now, ws],
            )?;
            let known: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM activities WHERE sid = ?1 AND workspace_sid = ?2)",
                params![a, ws],
                |row| row.get(0),
            )?;
            if !known {
                return Err(ApiError::invalid(
                    "WorkerActivitySid",
                    format!("no activity {a}"),
                ));
            }
            if n > 0 {
                routing::route_pending(tx, Some(&ws), now)?;
            }
        }
        let r = load(tx, &ws, &task_sid, &sid)?;
        Ok(ok_etag(c.reservation(&r), r.version))
    })
}

/// A worker's reservations, oldest first.
pub fn reservations_of_worker(tx: &Transaction, worker: &str) -> ApiResult<Vec<ReservationRow>> {
    let sql = format!(
        "{} WHERE r.worker_sid = ?1 ORDER BY r.date_created, r.rowid",
        model::RESERVATION_SELECT
    );
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([worker], model::reservation_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How many reservations the worker has pending.
pub fn pending_of_worker(tx: &Transaction, worker: &str) -> ApiResult<usize> {
    Ok(reservations_of_worker(tx, worker)?
        .iter()
        .filter(|r| r.status == "pending")
        .count())
}
