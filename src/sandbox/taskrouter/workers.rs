//! Workers: the filtered list (attributes hidden, as Twilio's lists do), fetch with ETag, and
//! update (activity, name, attributes) which may free the worker for waiting tasks.

use axum::http::HeaderMap;
use rusqlite::params;

use super::model::{self, WorkerRow};
use super::{expr, name_matches, need_ws, routing, ws_path, Req};
use crate::sandbox::http::{
    check_if_match, ok, ok_etag, page_v1, ApiError, ApiResult, Form, Query,
};

pub async fn list(Req { st, c, p: _, ws }: Req, Query(q): Query) -> ApiResult {
    let available = q.bool_loose("Available")?;
    let activity_sid = q.sid("ActivitySid", "WA")?.map(String::from);
    let queue_sid = q.sid("TaskQueueSid", "WQ")?.map(String::from);
    let expression = match q.get("TargetWorkersExpression") {
        Some(src) => {
            Some(expr::parse(src).map_err(|e| ApiError::invalid("TargetWorkersExpression", e))?)
        }
        None => None,
    };
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let mut workers = model::workers(tx, &ws)?;
        workers.sort_by(|a, b| (a.created, &a.friendly_name).cmp(&(b.created, &b.friendly_name)));
        // A queue filter keeps the workers its target expression selects; an unknown queue
        // selects nobody.
        let queue_filter = if queue_sid.is_some() || q.get("TaskQueueName").is_some() {
            let queue = model::queues(tx, &ws)?.into_iter().find(|x| {
                queue_sid.as_deref().is_none_or(|s| s == x.sid)
                    && name_matches(q.get("TaskQueueName"), &x.friendly_name)
            });
            Some(queue.and_then(|x| expr::parse(&x.target_workers).ok()))
        } else {
            None
        };
        let keep = |w: &WorkerRow| {
            available.is_none_or(|v| v == w.available)
                && activity_sid.as_deref().is_none_or(|s| s == w.activity_sid)
                && name_matches(q.get("ActivityName"), &w.activity_name)
                && name_matches(q.get("FriendlyName"), &w.friendly_name)
                && match &queue_filter {
                    None => true,
                    Some(None) => false,
                    Some(Some(e)) => e.eval(&w.expr_attrs()),
                }
                && expression.as_ref().is_none_or(|e| e.eval(&w.expr_attrs()))
        };
        let items = workers
            .iter()
            .filter(|w| keep(w))
            .map(|w| c.worker(w, false))
            .collect();
        let path = ws_path(&ws, "/Workers");
        Ok(ok(page_v1("workers", &c.origin, &path, &q, items)?))
    })
}

fn load(tx: &rusqlite::Transaction, ws: &str, sid: &str) -> ApiResult<WorkerRow> {
    model::worker(tx, ws, sid)?
        .ok_or_else(|| ApiError::not_found(&ws_path(ws, &format!("/Workers/{sid}"))))
}

pub async fn fetch(Req { st, c, p, ws }: Req) -> ApiResult {
    let sid = p.sid(1, "Sid", "WK")?;
    st.read_tx(|tx, _| {
        need_ws(tx, &ws)?;
        let w = load(tx, &ws, &sid)?;
        Ok(ok_etag(c.worker(&w, true), w.version))
    })
}

pub async fn update(Req { st, c, p, ws }: Req, headers: HeaderMap, Form(f): Form) -> ApiResult {
    let sid = p.sid(1, "Sid", "WK")?;
    let activity = f.sid("ActivitySid", "WA")?.map(String::from);
    let attributes = f.json_object("Attributes")?;
    let name = f.get("FriendlyName").map(str::trim).map(String::from);
    if name.as_deref() == Some("") {
        return Err(ApiError::invalid("FriendlyName", "must not be empty"));
    }
    let reject_pending = f.bool("RejectPendingReservations")?.unwrap_or(false);
    st.tx(|tx, now| {
        need_ws(tx, &ws)?;
        let w = load(tx, &ws, &sid)?;
        check_if_match(&headers, w.version)?;
        let new_activity = match &activity {
            Some(a) => Some(
                model::activities(tx, &ws)?
                    .into_iter()
                    .find(|x| &x.sid == a)
                    .ok_or_else(|| {
                        ApiError::invalid("ActivitySid", format!("no activity {a} in workspace"))
                    })?,
            ),
            None => None,
        };
        if let Some(n) = &name {
            let taken = model::workers(tx, &ws)?
                .iter()
                .any(|x| x.sid != sid && x.friendly_name.eq_ignore_ascii_case(n));
            if taken {
                return Err(ApiError::invalid(
                    "FriendlyName",
                    format!("a worker named '{n}' already exists"),
                ));
            }
        }
        // As TaskRouter does: an unavailable activity is refused to a worker with pending
        // reservations unless they are rejected with it (a move between available ones is
        // allowed, and the reservations stay).
        let unavailable = new_activity.as_ref().is_some_and(|a| !a.available);
        if unavailable && !reject_pending && super::reservations::pending_of_worker(tx, &sid)? > 0 {
            return Err(ApiError::invalid(
                "ActivitySid",
                format!(
                    "worker {sid} has pending reservations: an unavailable activity needs \
                     RejectPendingReservations=true"
                ),
            ));
        }
        let status_changed = new_activity
            .as_ref()
            .is_some_and(|a| a.sid != w.activity_sid);
        if activity.is_some() || attributes.is_some() || name.is_some() {
            tx.execute(
                "UPDATE workers SET activity_sid = COALESCE(?2, activity_sid),
                     attributes = COALESCE(?3, attributes),
                     friendly_name = COALESCE(?4, friendly_name),
                     date_status_changed = CASE WHEN ?5 THEN ?6 ELSE date_status_changed END,
                     date_updated = ?6, version = version + 1
                 WHERE sid = ?1",
                params![sid, activity, attributes, name, status_changed, now],
            )?;
        }
        if reject_pending && new_activity.as_ref().is_some_and(|a| !a.available) {
            let sql = format!(
                "{} WHERE r.worker_sid = ?1 AND r.reservation_status = 'pending'",
                model::RESERVATION_SELECT
            );
            let mut stmt = tx.prepare(&sql)?;
            let pending: Vec<_> = stmt
                .query_map([&sid], model::reservation_row)?
                .collect::<Result<_, _>>()?;
            for r in pending {
                routing::decline(tx, &r, "rejected", now)?;
            }
        }
        // Becoming available (or gaining skills) may let a waiting task reach this worker.
        routing::route_pending(tx, Some(&ws), now)?;
        let w = load(tx, &ws, &sid)?;
        Ok(ok_etag(c.worker(&w, true), w.version))
    })
}
