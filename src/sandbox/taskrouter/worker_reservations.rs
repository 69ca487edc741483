//! A worker's reservations (`Workers/{WK}/Reservations`): the list, filtered by status, so a
//! client finds the tasks one agent holds without reading every task's reservations.

use axum::extract::State;
use rusqlite::Transaction;
use serde_json::Value;

use super::model::{self, ReservationRow, RESERVATION_SELECT};
use super::{ctx, need_ws, ws_path, Segs};
use crate::sandbox::http::{ok, page_v1, ApiError, ApiResult, Origin, Query};
use crate::sandbox::AppState;

/// The statuses the worker-reservation list takes as a filter (the document's enum).
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

fn of_worker(tx: &Transaction, worker: &str) -> ApiResult<Vec<ReservationRow>> {
    let sql =
        format!("{RESERVATION_SELECT} WHERE r.worker_sid = ?1 ORDER BY r.date_created, r.rowid");
    let mut st = tx.prepare(&sql)?;
    let rows = st.query_map([worker], model::reservation_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub async fn list(
    State(st): State<AppState>,
    Origin(o): Origin,
    p: Segs,
    Query(q): Query,
) -> ApiResult {
    let c = ctx(&st, o);
    let ws = p.ws()?;
    let worker = p.sid(1, "WorkerSid", "WK")?;
    let status = q.get("ReservationStatus").map(String::from);
    if let Some(s) = &status {
        if !STATUSES.contains(&s.as_str()) {
            return Err(ApiError::invalid(
                "ReservationStatus",
                format!("'{s}' is not a status"),
            ));
        }
    }
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        if model::worker(tx, &ws, &worker)?.is_none() {
            return Err(ApiError::not_found(&ws_path(
                &ws,
                &format!("/Workers/{worker}"),
            )));
        }
        let base = c.ws_url(&ws);
        let items: Vec<Value> = of_worker(tx, &worker)?
            .iter()
            .filter(|r| r.workspace_sid == ws)
            .filter(|r| status.as_deref().is_none_or(|s| s == r.status))
            .map(|r| {
                let mut v = c.reservation(r);
                // Addressed under the worker, as Twilio's worker-reservation resource is.
                v["url"] = Value::from(format!("{base}/Workers/{worker}/Reservations/{}", r.sid));
                v
            })
            .collect();
        let path = ws_path(&ws, &format!("/Workers/{worker}/Reservations"));
        Ok(ok(page_v1("reservations", &c.origin, &path, &q, items)?))
    })
}
