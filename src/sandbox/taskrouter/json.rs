//! TaskRouter resources rendered in the OpenAPI shapes: every property present, dates in
//! ISO 8601, `url` and `links` absolute on the origin the client used.

use serde_json::{json, Value};

use super::model::{
    ActivityRow, QueueRow, ReservationRow, TaskRow, WorkerRow, WorkflowRow, WorkspaceRow,
};
use crate::sandbox::http::iso8601;

/// What every rendered resource needs besides its row.
pub struct Ctx {
    pub origin: String,
    pub account: String,
}

impl Ctx {
    pub fn ws_url(&self, ws: &str) -> String {
        format!("{}/v1/Workspaces/{ws}", self.origin)
    }

    pub fn workspace(&self, w: &WorkspaceRow) -> Value {
        let url = self.ws_url(&w.sid);
        let links: serde_json::Map<String, Value> = [
            ("activities", "Activities"),
            ("workflows", "Workflows"),
            ("task_queues", "TaskQueues"),
            ("workers", "Workers"),
            ("tasks", "Tasks"),
            ("task_channels", "TaskChannels"),
            ("events", "Events"),
            ("statistics", "Statistics"),
            ("real_time_statistics", "RealTimeStatistics"),
            ("cumulative_statistics", "CumulativeStatistics"),
        ]
        .into_iter()
        .map(|(k, p)| (k.to_string(), Value::String(format!("{url}/{p}"))))
        .collect();
        json!({
            "account_sid": self.account,
            "date_created": iso8601(w.created),
            "date_updated": iso8601(w.updated),
            "default_activity_name": w.default_activity_name,
            "default_activity_sid": w.default_activity_sid,
            "event_callback_url": w.event_callback_url,
            "events_filter": null,
            "friendly_name": w.friendly_name,
            "multi_task_enabled": w.multi_task_enabled,
            "sid": w.sid,
            "timeout_activity_name": w.timeout_activity_name,
            "timeout_activity_sid": w.timeout_activity_sid,
            "prioritize_queue_order": w.prioritize_queue_order,
            "url": url,
            "links": links,
        })
    }

    pub fn activity(&self, a: &ActivityRow) -> Value {
        let ws = self.ws_url(&a.workspace_sid);
        json!({
            "account_sid": self.account,
            "available": a.available,
            "date_created": iso8601(a.created),
            "date_updated": iso8601(a.updated),
            "friendly_name": a.friendly_name,
            "sid": a.sid,
            "workspace_sid": a.workspace_sid,
            "url": format!("{ws}/Activities/{}", a.sid),
            "links": { "workspace": ws },
        })
    }

    /// A worker; lists pass `with_attributes = false` because Twilio shows attributes only on a
    /// single-worker fetch (lists give `null`, as the document's description of the field says).
    pub fn worker(&self, w: &WorkerRow, with_attributes: bool) -> Value {
        let ws = self.ws_url(&w.workspace_sid);
        let url = format!("{ws}/Workers/{}", w.sid);
        json!({
            "account_sid": self.account,
            "activity_name": w.activity_name,
            "activity_sid": w.activity_sid,
            "attributes": if with_attributes { Value::from(w.attributes.as_str()) } else { Value::Null },
            "available": w.available,
            "date_created": iso8601(w.created),
            "date_status_changed": iso8601(w.status_changed),
            "date_updated": iso8601(w.updated),
            "friendly_name": w.friendly_name,
            "sid": w.sid,
            "workspace_sid": w.workspace_sid,
            "url": url,
            "links": {
                "activity": format!("{ws}/Activities/{}", w.activity_sid),
                "channels": format!("{url}/Channels"),
                "reservations": format!("{url}/Reservations"),
                "workspace": ws,
                "cumulative_statistics": format!("{url}/CumulativeStatistics"),
                "real_time_statistics": format!("{url}/RealTimeStatistics"),
                "statistics": format!("{url}/Statistics"),
            },
        })
    }

    pub fn queue(&self, q: &QueueRow) -> Value {
        let ws = self.ws_url(&q.workspace_sid);
        let url = format!("{ws}/TaskQueues/{}", q.sid);
        let activity = |sid: &Option<String>| {
            sid.as_ref()
                .map(|s| Value::String(format!("{ws}/Activities/{s}")))
                .unwrap_or(Value::Null)
        };
        json!({
            "account_sid": self.account,
            "assignment_activity_sid": q.assignment_activity_sid,
            "assignment_activity_name": q.assignment_activity_name,
            "date_created": iso8601(q.created),
            "date_updated": iso8601(q.updated),
            "friendly_name": q.friendly_name,
            "max_reserved_workers": q.max_reserved_workers,
            "reservation_activity_sid": q.reservation_activity_sid,
            "reservation_activity_name": q.reservation_activity_name,
            "sid": q.sid,
            "target_workers": q.target_workers,
            "task_order": q.task_order,
            "url": url,
            "workspace_sid": q.workspace_sid,
            "links": {
                "assignment_activity": activity(&q.assignment_activity_sid),
                "reservation_activity": activity(&q.reservation_activity_sid),
                "workspace": ws,
                "statistics": format!("{url}/Statistics"),
                "real_time_statistics": format!("{url}/RealTimeStatistics"),
                "cumulative_statistics": format!("{url}/CumulativeStatistics"),
                "list_statistics": format!("{ws}/TaskQueues/Statistics"),
            },
        })
    }

    pub fn workflow(&self, w: &WorkflowRow) -> Value {
        let url = format!("{}/Workflows/{}", self.ws_url(&w.workspace_sid), w.sid);
        json!({
            "account_sid": self.account,
            "assignment_callback_url": w.assignment_callback_url,
            "configuration": w.configuration,
            "date_created": iso8601(w.created),
            "date_updated": iso8601(w.updated),
            "document_content_type": "application/json",
            "fallback_assignment_callback_url": w.fallback_assignment_callback_url,
            "friendly_name": w.friendly_name,
            "sid": w.sid,
            "task_reservation_timeout": w.task_reservation_timeout,
            "workspace_sid": w.workspace_sid,
            "url": url,
            "links": {
                "statistics": format!("{url}/Statistics"),
                "real_time_statistics": format!("{url}/RealTimeStatistics"),
                "cumulative_statistics": format!("{url}/CumulativeStatistics"),
            },
        })
    }

    pub fn task(&self, t: &TaskRow, now: i64) -> Value {
        let ws = self.ws_url(&t.workspace_sid);
        let url = format!("{ws}/Tasks/{}", t.sid);
        json!({
            "account_sid": self.account,
            "age": ((now - t.created) / 1000).max(0),
            "assignment_status": t.status,
            "attributes": t.attributes,
            "addons": "{}",
            "date_created": iso8601(t.created),
            "date_updated": iso8601(t.updated),
            "task_queue_entered_date": t.entered.map(iso8601),
            "priority": t.priority,
            "reason": t.reason,
            "sid": t.sid,
            "task_queue_sid": t.task_queue_sid,
            "task_queue_friendly_name": t.queue_name,
            "task_channel_sid": t.channel_sid,
            "task_channel_unique_name": t.channel_name,
            "timeout": t.timeout,
            "workflow_sid": t.workflow_sid,
            "workflow_friendly_name": t.workflow_name,
            "workspace_sid": t.workspace_sid,
            "url": url,
            "links": {
                "task_queue": t.task_queue_sid.as_ref().map(|q| format!("{ws}/TaskQueues/{q}")),
                "workflow": t.workflow_sid.as_ref().map(|w| format!("{ws}/Workflows/{w}")),
                "workspace": ws,
                "reservations": format!("{url}/Reservations"),
            },
            "virtual_start_time": iso8601(t.created),
            "ignore_capacity": t.target_worker().is_some() && t.ignore_capacity,
            "routing_target": t.routing_target,
        })
    }

    pub fn reservation(&self, r: &ReservationRow) -> Value {
        let ws = self.ws_url(&r.workspace_sid);
        json!({
            "account_sid": self.account,
            "date_created": iso8601(r.created),
            "date_updated": iso8601(r.updated),
            "reservation_status": r.status,
            "sid": r.sid,
            "task_sid": r.task_sid,
            "worker_name": r.worker_name,
            "worker_sid": r.worker_sid,
            "workspace_sid": r.workspace_sid,
            "url": format!("{ws}/Tasks/{}/Reservations/{}", r.task_sid, r.sid),
            "links": {
                "task": format!("{ws}/Tasks/{}", r.task_sid),
                "worker": format!("{ws}/Workers/{}", r.worker_sid),
                "workspace": ws,
            },
        })
    }
}
