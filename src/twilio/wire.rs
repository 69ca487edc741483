//! Twilio's JSON shapes (private to the client) and their conversion into domain types.
//!
//! Everything but the identifying SID is optional, and numbers may arrive as strings, so that a
//! field Twilio leaves out or reshapes degrades one value instead of failing a whole response.

use jiff::fmt::rfc2822::DateTimeParser;
use jiff::Timestamp;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::domain::{
    Activity, Conference, ConferenceStatus, Participant, ParticipantStatus, Queue,
    QueueCumulativeStats, QueueRealTimeStats, QueueStats, Reservation, ReservationStatus, Task,
    TaskStatus, Worker, WorkerChannel, Workflow, Workspace,
};

static RFC2822: DateTimeParser = DateTimeParser::new();

/// 2010 API dates: `Sat, 19 Feb 2011 21:07:19 +0000`.
fn rfc2822(s: Option<String>) -> Option<Timestamp> {
    RFC2822.parse_timestamp(s?.as_bytes()).ok()
}

/// TaskRouter dates: ISO 8601 in UTC.
fn iso(s: Option<String>) -> Option<Timestamp> {
    s?.parse().ok()
}

/// Attributes and configurations are JSON text inside a JSON string.
fn json_text(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or(Value::Null)
}

/// A non-negative count given as a number, a numeric string, or not at all.
fn lenient_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f.max(0.0) as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

fn lenient_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

#[derive(Debug, Deserialize)]
pub(crate) struct WConference {
    sid: String,
    friendly_name: Option<String>,
    status: Option<String>,
    reason_conference_ended: Option<String>,
    date_created: Option<String>,
    date_updated: Option<String>,
}

impl From<WConference> for Conference {
    fn from(w: WConference) -> Conference {
        Conference {
            sid: w.sid,
            friendly_name: w.friendly_name.unwrap_or_default(),
            status: ConferenceStatus::from_wire(w.status.as_deref().unwrap_or("")),
            reason_ended: w.reason_conference_ended,
            date_created: rfc2822(w.date_created),
            date_updated: rfc2822(w.date_updated),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WParticipant {
    call_sid: String,
    conference_sid: Option<String>,
    label: Option<String>,
    status: Option<String>,
    hold: Option<bool>,
    muted: Option<bool>,
    coaching: Option<bool>,
    call_sid_to_coach: Option<String>,
    end_conference_on_exit: Option<bool>,
    start_conference_on_enter: Option<bool>,
    date_created: Option<String>,
}

impl From<WParticipant> for Participant {
    fn from(w: WParticipant) -> Participant {
        Participant {
            conference_sid: w.conference_sid.unwrap_or_default(),
            call_sid: w.call_sid,
            label: w.label.filter(|l| !l.is_empty()),
            status: ParticipantStatus::from_wire(w.status.as_deref().unwrap_or("")),
            hold: w.hold.unwrap_or(false),
            muted: w.muted.unwrap_or(false),
            coaching: w.coaching.unwrap_or(false),
            call_sid_to_coach: w.call_sid_to_coach.filter(|c| !c.is_empty()),
            end_conference_on_exit: w.end_conference_on_exit.unwrap_or(false),
            // Twilio's default when the leg was created without the parameter.
            start_conference_on_enter: w.start_conference_on_enter.unwrap_or(true),
            date_created: rfc2822(w.date_created),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WWorkspace {
    sid: String,
    friendly_name: Option<String>,
}

impl From<WWorkspace> for Workspace {
    fn from(w: WWorkspace) -> Workspace {
        Workspace {
            sid: w.sid,
            name: w.friendly_name.unwrap_or_default(),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WActivity {
    sid: String,
    friendly_name: Option<String>,
    available: Option<bool>,
}

impl From<WActivity> for Activity {
    fn from(w: WActivity) -> Activity {
        Activity {
            sid: w.sid,
            name: w.friendly_name.unwrap_or_default(),
            available: w.available.unwrap_or(false),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WWorker {
    sid: String,
    friendly_name: Option<String>,
    activity_sid: Option<String>,
    activity_name: Option<String>,
    available: Option<bool>,
    attributes: Option<String>,
    date_status_changed: Option<String>,
}

impl From<WWorker> for Worker {
    fn from(w: WWorker) -> Worker {
        Worker {
            sid: w.sid,
            name: w.friendly_name.unwrap_or_default(),
            activity_sid: w.activity_sid,
            activity_name: w.activity_name,
            available: w.available.unwrap_or(false),
            attributes: w.attributes.as_deref().map_or(Value::Null, json_text),
            date_status_changed: iso(w.date_status_changed),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WQueue {
    sid: String,
    friendly_name: Option<String>,
    target_workers: Option<String>,
    task_order: Option<String>,
    #[serde(default, deserialize_with = "lenient_u64")]
    max_reserved_workers: Option<u64>,
}

impl From<WQueue> for Queue {
    fn from(w: WQueue) -> Queue {
        Queue {
            sid: w.sid,
            name: w.friendly_name.unwrap_or_default(),
            target_workers: w.target_workers,
            task_order: w.task_order,
            max_reserved_workers: w.max_reserved_workers.and_then(|n| u32::try_from(n).ok()),
        }
    }
}

/// The counters of queue cumulative statistics flexctl uses.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct WCumulative {
    task_queue_sid: Option<String>,
    #[serde(default, deserialize_with = "lenient_u64")]
    tasks_entered: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    tasks_canceled: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    tasks_completed: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    reservations_created: Option<u64>,
    start_time: Option<String>,
    end_time: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct WRealTime {
    task_queue_sid: Option<String>,
    #[serde(default, deserialize_with = "lenient_u64")]
    total_tasks: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    total_eligible_workers: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    total_available_workers: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    longest_task_waiting_age: Option<u64>,
    tasks_by_status: Option<Value>,
}

impl WRealTime {
    fn by_status(&self, status: &str) -> u64 {
        let v = self.tasks_by_status.as_ref().and_then(|m| m.get(status));
        match v {
            Some(Value::Number(n)) => n.as_u64().unwrap_or(0),
            Some(Value::String(s)) => s.parse().unwrap_or(0),
            _ => 0,
        }
    }
}

impl WCumulative {
    pub(crate) fn into_domain(self, queue_sid: &str) -> QueueCumulativeStats {
        QueueCumulativeStats {
            queue_sid: self.task_queue_sid.unwrap_or_else(|| queue_sid.to_owned()),
            tasks_entered: self.tasks_entered.unwrap_or(0),
            tasks_canceled: self.tasks_canceled.unwrap_or(0),
            tasks_completed: self.tasks_completed.unwrap_or(0),
            reservations_created: self.reservations_created.unwrap_or(0),
            start_time: iso(self.start_time),
            end_time: iso(self.end_time),
        }
    }
}

impl WRealTime {
    pub(crate) fn into_domain(self, queue_sid: &str) -> QueueRealTimeStats {
        QueueRealTimeStats {
            tasks_pending: self.by_status("pending"),
            tasks_reserved: self.by_status("reserved"),
            tasks_assigned: self.by_status("assigned"),
            tasks_wrapping: self.by_status("wrapping"),
            queue_sid: self.task_queue_sid.unwrap_or_else(|| queue_sid.to_owned()),
            total_tasks: self.total_tasks.unwrap_or(0),
            total_eligible_workers: self.total_eligible_workers.unwrap_or(0),
            total_available_workers: self.total_available_workers.unwrap_or(0),
            longest_wait_s: self.longest_task_waiting_age.unwrap_or(0),
        }
    }
}

/// One entry of the all-queues statistics list.
#[derive(Debug, Deserialize)]
pub(crate) struct WQueueStatistics {
    task_queue_sid: String,
    #[serde(default)]
    cumulative: Option<WCumulative>,
    #[serde(default)]
    realtime: Option<WRealTime>,
}

impl From<WQueueStatistics> for QueueStats {
    fn from(w: WQueueStatistics) -> QueueStats {
        let c = w.cumulative.unwrap_or_default();
        let r = w.realtime.unwrap_or_default();
        QueueStats {
            tasks_pending: r.by_status("pending"),
            queue_sid: w.task_queue_sid,
            tasks_entered: c.tasks_entered.unwrap_or(0),
            total_tasks: r.total_tasks.unwrap_or(0),
            total_eligible_workers: r.total_eligible_workers.unwrap_or(0),
            total_available_workers: r.total_available_workers.unwrap_or(0),
            longest_wait_s: r.longest_task_waiting_age.unwrap_or(0),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WWorkflow {
    sid: String,
    friendly_name: Option<String>,
    configuration: Option<String>,
}

impl From<WWorkflow> for Workflow {
    fn from(w: WWorkflow) -> Workflow {
        Workflow {
            sid: w.sid,
            name: w.friendly_name.unwrap_or_default(),
            configuration: w.configuration.as_deref().map_or(Value::Null, json_text),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WTask {
    sid: String,
    task_queue_sid: Option<String>,
    task_queue_friendly_name: Option<String>,
    workflow_sid: Option<String>,
    workflow_friendly_name: Option<String>,
    assignment_status: Option<String>,
    attributes: Option<String>,
    reason: Option<String>,
    #[serde(default, deserialize_with = "lenient_i64")]
    priority: Option<i64>,
    task_channel_unique_name: Option<String>,
    #[serde(default, deserialize_with = "lenient_u64")]
    age: Option<u64>,
    date_created: Option<String>,
}

impl WTask {
    pub(crate) fn into_domain(self, etag: Option<String>) -> Task {
        let attributes_raw = self.attributes.unwrap_or_default();
        Task {
            attributes: json_text(&attributes_raw),
            attributes_raw,
            sid: self.sid,
            queue_sid: self.task_queue_sid,
            queue_name: self.task_queue_friendly_name,
            workflow_sid: self.workflow_sid,
            workflow_name: self.workflow_friendly_name,
            status: TaskStatus::from_wire(self.assignment_status.as_deref().unwrap_or("")),
            reason: self.reason,
            priority: self.priority,
            task_channel: self.task_channel_unique_name,
            age_s: self.age,
            date_created: iso(self.date_created),
            etag,
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WReservation {
    sid: String,
    task_sid: Option<String>,
    worker_sid: Option<String>,
    worker_name: Option<String>,
    reservation_status: Option<String>,
    date_created: Option<String>,
}

impl From<WReservation> for Reservation {
    fn from(w: WReservation) -> Reservation {
        Reservation {
            sid: w.sid,
            task_sid: w.task_sid.unwrap_or_default(),
            worker_sid: w.worker_sid.unwrap_or_default(),
            worker_name: w.worker_name,
            status: ReservationStatus::from_wire(w.reservation_status.as_deref().unwrap_or("")),
            date_created: iso(w.date_created),
        }
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct WWorkerChannel {
    sid: String,
    worker_sid: Option<String>,
    task_channel_unique_name: Option<String>,
    #[serde(default, deserialize_with = "lenient_u64")]
    configured_capacity: Option<u64>,
    #[serde(default, deserialize_with = "lenient_u64")]
    assigned_tasks: Option<u64>,
    available: Option<bool>,
    #[serde(default, deserialize_with = "lenient_u64")]
    available_capacity_percentage: Option<u64>,
}

impl From<WWorkerChannel> for WorkerChannel {
    fn from(w: WWorkerChannel) -> WorkerChannel {
        let small = |v: Option<u64>| v.map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX));
        WorkerChannel {
            sid: w.sid,
            worker_sid: w.worker_sid.unwrap_or_default(),
            task_channel: w.task_channel_unique_name.unwrap_or_default(),
            configured_capacity: small(w.configured_capacity),
            assigned_tasks: small(w.assigned_tasks),
            available: w.available.unwrap_or(false),
            available_capacity_percentage: small(w.available_capacity_percentage).min(100),
        }
    }
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
