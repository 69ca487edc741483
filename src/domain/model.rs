//! The resources flexctl reasons about (conferences, participants, workers, queues, tasks…), as
//! plain data decoupled from Twilio's wire format; the client converts into these at its edge.

use std::fmt;

use jiff::Timestamp;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// Defines a string enum as Twilio sends it, with an `Other` variant so that a value added by
/// Twilio later decodes instead of failing the whole response.
macro_rules! wire_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value this version of flexctl does not know.
            Other(String),
        }

        impl $name {
            /// Reads the wire value; unknown values are kept as `Other`.
            pub fn from_wire(s: &str) -> $name {
                match s {
                    $($text => $name::$variant,)+
                    other => $name::Other(other.to_owned()),
                }
            }

            /// The value as Twilio spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Other(s) => s,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

wire_enum!(
    /// A conference's lifecycle state.
    ConferenceStatus { Init => "init", InProgress => "in-progress", Completed => "completed" }
);

wire_enum!(
    /// A conference participant's state; only `Connected` legs can be updated.
    ParticipantStatus {
        Queued => "queued",
        Connecting => "connecting",
        Ringing => "ringing",
        Connected => "connected",
        Complete => "complete",
        Failed => "failed",
    }
);

wire_enum!(
    /// A TaskRouter task's assignment status.
    TaskStatus {
        Pending => "pending",
        Reserved => "reserved",
        Assigned => "assigned",
        Wrapping => "wrapping",
        Completed => "completed",
        Canceled => "canceled",
    }
);

wire_enum!(
    /// A TaskRouter reservation's status.
    ReservationStatus {
        Pending => "pending",
        Accepted => "accepted",
        Rejected => "rejected",
        Timeout => "timeout",
        Canceled => "canceled",
        Rescinded => "rescinded",
        Wrapping => "wrapping",
        Completed => "completed",
    }
);

impl ParticipantStatus {
    /// Still being set up: such a leg cannot be updated yet.
    pub fn is_pending(&self) -> bool {
        matches!(self, Self::Queued | Self::Connecting | Self::Ringing)
    }
}

impl TaskStatus {
    /// Not yet accepted by a worker: cancelled (not completed) to get rid of it.
    pub fn is_unassigned(&self) -> bool {
        matches!(self, Self::Pending | Self::Reserved)
    }
}

/// Serializes timestamps as RFC 3339 strings, the stable form in `-o json`.
pub mod ts_format {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(t),
            None => s.serialize_none(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conference {
    pub sid: String,
    pub friendly_name: String,
    pub status: ConferenceStatus,
    /// How it ended, e.g. `participant-with-end-conference-on-exit-left`.
    pub reason_ended: Option<String>,
    #[serde(with = "ts_format")]
    pub date_created: Option<Timestamp>,
    #[serde(with = "ts_format")]
    pub date_updated: Option<Timestamp>,
}

/// One leg of a conference; participants have no SID of their own (call SID or label).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    pub conference_sid: String,
    pub call_sid: String,
    pub label: Option<String>,
    pub status: ParticipantStatus,
    pub hold: bool,
    pub muted: bool,
    pub coaching: bool,
    /// The leg a coaching participant is heard by.
    pub call_sid_to_coach: Option<String>,
    pub end_conference_on_exit: bool,
    pub start_conference_on_enter: bool,
    #[serde(with = "ts_format")]
    pub date_created: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workspace {
    pub sid: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    pub sid: String,
    pub name: String,
    pub available: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Worker {
    pub sid: String,
    pub name: String,
    pub activity_sid: Option<String>,
    pub activity_name: Option<String>,
    pub available: bool,
    /// Parsed attributes; `Null` when the server sent none (lists may omit them).
    pub attributes: Value,
    #[serde(with = "ts_format")]
    pub date_status_changed: Option<Timestamp>,
}

impl Worker {
    /// Where to ring this agent (`client:<identity>` for Flex agents); only present on a
    /// single-worker fetch, since list responses may leave attributes out.
    pub fn contact_uri(&self) -> Option<&str> {
        self.attributes.get("contact_uri").and_then(Value::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Queue {
    pub sid: String,
    pub name: String,
    /// The target-workers expression that decides who is eligible.
    pub target_workers: Option<String>,
    pub task_order: Option<String>,
    pub max_reserved_workers: Option<u32>,
}

/// One queue's combined cumulative and real-time statistics, as the all-queues statistics
/// endpoint returns them in a single list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueueStats {
    pub queue_sid: String,
    /// Tasks that entered the queue during the requested window.
    pub tasks_entered: u64,
    pub total_tasks: u64,
    pub tasks_pending: u64,
    pub total_eligible_workers: u64,
    pub total_available_workers: u64,
    pub longest_wait_s: u64,
}

/// One queue's cumulative statistics over a window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueCumulativeStats {
    pub queue_sid: String,
    pub tasks_entered: u64,
    pub tasks_canceled: u64,
    pub tasks_completed: u64,
    pub reservations_created: u64,
    #[serde(with = "ts_format")]
    pub start_time: Option<Timestamp>,
    #[serde(with = "ts_format")]
    pub end_time: Option<Timestamp>,
}

/// One queue's statistics right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueueRealTimeStats {
    pub queue_sid: String,
    pub total_tasks: u64,
    pub tasks_pending: u64,
    pub tasks_reserved: u64,
    pub tasks_assigned: u64,
    pub tasks_wrapping: u64,
    pub total_eligible_workers: u64,
    pub total_available_workers: u64,
    pub longest_wait_s: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workflow {
    pub sid: String,
    pub name: String,
    /// The routing configuration (`task_routing.filters[…]`), `Null` if absent or unreadable.
    pub configuration: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Task {
    pub sid: String,
    pub queue_sid: Option<String>,
    pub queue_name: Option<String>,
    pub workflow_sid: Option<String>,
    pub workflow_name: Option<String>,
    pub status: TaskStatus,
    /// The attributes exactly as the server sent them: when flexctl rewrites attributes it edits
    /// this text's parsed form but must keep everything it does not own, so the raw text is kept.
    pub attributes_raw: String,
    /// Parsed attributes; `Null` if the server sent none or they are not JSON.
    pub attributes: Value,
    pub reason: Option<String>,
    pub priority: Option<i64>,
    pub task_channel: Option<String>,
    /// Seconds since creation, as the server computed it.
    pub age_s: Option<u64>,
    #[serde(with = "ts_format")]
    pub date_created: Option<Timestamp>,
    /// The `ETag` of the response that carried this task, for `If-Match` on the next update.
    pub etag: Option<String>,
}

/// A worker's capacity on one task channel (`voice`): how many tasks TaskRouter lets them hold
/// at once, and how many they hold now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkerChannel {
    pub sid: String,
    pub worker_sid: String,
    /// The task channel's unique name (`voice`, `chat`, `default`).
    pub task_channel: String,
    pub configured_capacity: u32,
    pub assigned_tasks: u32,
    /// Whether the worker takes tasks of this channel at all.
    pub available: bool,
    /// 0 (full, or not available) to 100 (idle), as TaskRouter computes it.
    pub available_capacity_percentage: u32,
}

impl WorkerChannel {
    /// Whether TaskRouter would offer this worker one more task of the channel. The percentage
    /// is TaskRouter's own figure, which also counts tasks reserved but not yet accepted.
    pub fn has_room(&self) -> bool {
        self.available && self.configured_capacity > 0 && self.available_capacity_percentage > 0
    }

    /// `assigned/capacity`, as a directory shows it (`1/1`).
    pub fn usage(&self) -> String {
        format!("{}/{}", self.assigned_tasks, self.configured_capacity)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reservation {
    pub sid: String,
    pub task_sid: String,
    pub worker_sid: String,
    pub worker_name: Option<String>,
    pub status: ReservationStatus,
    #[serde(with = "ts_format")]
    pub date_created: Option<Timestamp>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_enum_values_are_kept() {
        assert_eq!(
            ConferenceStatus::from_wire("in-progress"),
            ConferenceStatus::InProgress
        );
        let s = ConferenceStatus::from_wire("paused");
        assert_eq!(s, ConferenceStatus::Other("paused".into()));
        assert_eq!(s.as_str(), "paused");
        assert_eq!(
            serde_json::to_value(&TaskStatus::Wrapping).unwrap(),
            "wrapping"
        );
        assert!(ParticipantStatus::Ringing.is_pending());
        assert!(!ParticipantStatus::Connected.is_pending());
        assert!(TaskStatus::Reserved.is_unassigned());
    }

    #[test]
    fn contact_uri_from_attributes() {
        let mut w = Worker {
            sid: "WK1".into(),
            name: "alice".into(),
            activity_sid: None,
            activity_name: None,
            available: true,
            attributes: serde_json::json!({"contact_uri": "client:alice"}),
            date_status_changed: None,
        };
        assert_eq!(w.contact_uri(), Some("client:alice"));
        w.attributes = Value::Null;
        assert_eq!(w.contact_uri(), None);
    }

    #[test]
    fn a_worker_channel_has_room_only_when_available_and_not_full() {
        let idle = WorkerChannel {
            sid: "WC1".into(),
            worker_sid: "WK1".into(),
            task_channel: "voice".into(),
            configured_capacity: 1,
            assigned_tasks: 0,
            available: true,
            available_capacity_percentage: 100,
        };
        assert!(idle.has_room());
        assert_eq!(idle.usage(), "0/1");
        let busy = WorkerChannel {
            assigned_tasks: 1,
            available_capacity_percentage: 0,
            ..idle.clone()
        };
        assert!(!busy.has_room());
        assert_eq!(busy.usage(), "1/1");
        assert!(!WorkerChannel {
            available: false,
            ..idle.clone()
        }
        .has_room());
        assert!(!WorkerChannel {
            configured_capacity: 0,
            ..idle
        }
        .has_room());
    }

    #[test]
    fn timestamps_serialize_as_rfc3339() {
        let c = Conference {
            sid: "CF1".into(),
            friendly_name: "WT1".into(),
            status: ConferenceStatus::Completed,
            reason_ended: None,
            date_created: Some(Timestamp::from_second(0).unwrap()),
            date_updated: None,
        };
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["date_created"], "1970-01-01T00:00:00Z");
        assert_eq!(v["date_updated"], Value::Null);
        assert_eq!(v["status"], "completed");
    }
}
