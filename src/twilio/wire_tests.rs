//! Decoding of each wire type from JSON shaped like Twilio's OpenAPI examples, including
//! missing optional fields, unknown enum values and malformed bodies.

use super::*;
use crate::twilio::Error;

fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
    serde_json::from_str(json).map_err(|e| Error::decode("fixture", e))
}

const CONFERENCE: &str = r#"{
  "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "api_version": "2010-04-01",
  "date_created": "Fri, 18 Feb 2011 19:26:50 +0000",
  "date_updated": "Fri, 18 Feb 2011 19:27:33 +0000",
  "friendly_name": "WTaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "region": "us1",
  "sid": "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "status": "completed",
  "subresource_uris": {"participants": "/2010-04-01/Accounts/AC/Conferences/CF/Participants.json"},
  "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CF.json",
  "reason_conference_ended": "last-participant-left",
  "call_sid_ending_conference": null
}"#;

#[test]
fn conference() {
    let c: Conference = decode::<WConference>(CONFERENCE).unwrap().into();
    assert_eq!(c.sid, "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_eq!(c.status, ConferenceStatus::Completed);
    assert_eq!(c.reason_ended.as_deref(), Some("last-participant-left"));
    assert_eq!(c.date_created.unwrap().as_second(), 1_298_057_210);
    let c: Conference = decode::<WConference>(r#"{"sid":"CF1","status":"hibernating"}"#)
        .unwrap()
        .into();
    assert_eq!(c.status, ConferenceStatus::Other("hibernating".into()));
    assert_eq!(c.date_created, None);
}

#[test]
fn participant() {
    let json = r#"{
      "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "call_sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "label": "customer",
      "call_sid_to_coach": null,
      "coaching": false,
      "conference_sid": "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "date_created": "Fri, 18 Feb 2011 21:07:19 +0000",
      "date_updated": "Fri, 18 Feb 2011 21:07:19 +0000",
      "end_conference_on_exit": true,
      "muted": false,
      "hold": true,
      "status": "connected",
      "start_conference_on_enter": true,
      "queue_time": "1000",
      "uri": "/2010-04-01/Accounts/AC/Conferences/CF/Participants/CA.json"
    }"#;
    let p: Participant = decode::<WParticipant>(json).unwrap().into();
    assert_eq!(p.status, ParticipantStatus::Connected);
    assert!(p.hold && p.end_conference_on_exit && !p.muted && !p.coaching);
    assert_eq!(p.label.as_deref(), Some("customer"));
    let p: Participant = decode::<WParticipant>(r#"{"call_sid":"CA1","label":null}"#)
        .unwrap()
        .into();
    assert_eq!(p.label, None);
    assert!(!p.hold);
}

#[test]
fn worker_with_and_without_attributes() {
    let json = r#"{
      "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "activity_name": "Available",
      "activity_sid": "WAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "attributes": "{\"contact_uri\": \"client:alice\", \"skills\": [\"en\"]}",
      "available": true,
      "date_created": "2017-05-30T23:05:29Z",
      "date_updated": "2017-05-30T23:05:29Z",
      "date_status_changed": "2017-05-30T23:05:29Z",
      "friendly_name": "alice",
      "sid": "WKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "workspace_sid": "WSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "url": "https://taskrouter.twilio.com/v1/Workspaces/WS/Workers/WK",
      "links": {}
    }"#;
    let w: Worker = decode::<WWorker>(json).unwrap().into();
    assert_eq!(w.contact_uri(), Some("client:alice"));
    assert!(w.available);
    assert_eq!(w.date_status_changed.unwrap().as_second(), 1_496_185_529);
    let w: Worker = decode::<WWorker>(r#"{"sid":"WK1","attributes":""}"#)
        .unwrap()
        .into();
    assert_eq!(w.attributes, Value::Null);
    assert_eq!(w.contact_uri(), None);
}

#[test]
fn task_keeps_raw_attributes() {
    let raw = r#"{"type":"inbound", "conference": {"sid": "CF1"}, "z": 1.50}"#;
    let json = serde_json::json!({
        "sid": "WTaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "assignment_status": "assigned",
        "attributes": raw,
        "age": 25200,
        "priority": 1,
        "reason": null,
        "task_queue_sid": "WQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "task_queue_friendly_name": "Support",
        "task_channel_unique_name": "voice",
        "workflow_sid": "WWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "date_created": "2014-05-14T18:50:02Z",
    })
    .to_string();
    let t = decode::<WTask>(&json)
        .unwrap()
        .into_domain(Some("\"3\"".into()));
    assert_eq!(t.attributes_raw, raw);
    assert_eq!(t.attributes["conference"]["sid"], "CF1");
    assert_eq!(t.status, TaskStatus::Assigned);
    assert_eq!(t.age_s, Some(25_200));
    assert_eq!(t.queue_name.as_deref(), Some("Support"));
    assert_eq!(t.etag.as_deref(), Some("\"3\""));
    let t = decode::<WTask>(r#"{"sid":"WT1","priority":"7","age":"x"}"#)
        .unwrap()
        .into_domain(None);
    assert_eq!(t.priority, Some(7));
    assert_eq!(t.age_s, None);
    assert_eq!(t.status, TaskStatus::Other(String::new()));
}

#[test]
fn queue_workflow_activity_workspace_reservation() {
    let q: Queue = decode::<WQueue>(
        r#"{"sid":"WQ1","friendly_name":"Sales","target_workers":"languages HAS \"en\"",
            "task_order":"FIFO","max_reserved_workers":1}"#,
    )
    .unwrap()
    .into();
    assert_eq!(q.name, "Sales");
    assert_eq!(q.max_reserved_workers, Some(1));
    let wf: Workflow = decode::<WWorkflow>(
        r#"{"sid":"WW1","friendly_name":"Default","configuration":
            "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"WQ1\"}}}"}"#,
    )
    .unwrap()
    .into();
    assert_eq!(
        wf.configuration["task_routing"]["default_filter"]["queue"],
        "WQ1"
    );
    let a: Activity =
        decode::<WActivity>(r#"{"sid":"WA1","friendly_name":"Offline","available":false}"#)
            .unwrap()
            .into();
    assert!(!a.available);
    let ws: Workspace = decode::<WWorkspace>(r#"{"sid":"WS1","friendly_name":"Flex"}"#)
        .unwrap()
        .into();
    assert_eq!(ws.name, "Flex");
    let r: Reservation = decode::<WReservation>(
        r#"{"sid":"WR1","task_sid":"WT1","worker_sid":"WK1","worker_name":"bob",
            "reservation_status":"accepted","date_created":"2014-05-14T10:50:59Z"}"#,
    )
    .unwrap()
    .into();
    assert_eq!(r.status, ReservationStatus::Accepted);
}

#[test]
fn queue_statistics() {
    let json = r#"{
      "task_queue_sid": "WQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "workspace_sid": "WSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "cumulative": {"tasks_entered": 12, "tasks_canceled": 1, "reservations_created": 3,
                     "start_time": "2015-07-30T20:00:00Z", "end_time": "2015-07-30T20:00:00Z"},
      "realtime": {"total_tasks": 4, "total_eligible_workers": 5, "total_available_workers": 2,
                   "longest_task_waiting_age": 30,
                   "tasks_by_status": {"pending": 3, "reserved": 1, "assigned": 0, "wrapping": 0},
                   "activity_statistics": []}
    }"#;
    let s: QueueStats = decode::<WQueueStatistics>(json).unwrap().into();
    assert_eq!(
        s,
        QueueStats {
            queue_sid: "WQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".into(),
            tasks_entered: 12,
            total_tasks: 4,
            tasks_pending: 3,
            total_eligible_workers: 5,
            total_available_workers: 2,
            longest_wait_s: 30,
        }
    );
    let c = decode::<WCumulative>(r#"{"tasks_entered": 0, "tasks_completed": "2"}"#)
        .unwrap()
        .into_domain("WQ9");
    assert_eq!(
        (c.queue_sid.as_str(), c.tasks_entered, c.tasks_completed),
        ("WQ9", 0, 2)
    );
    let r = decode::<WRealTime>(r#"{"task_queue_sid":"WQ1","tasks_by_status":{"reserved":"2"}}"#)
        .unwrap()
        .into_domain("WQ9");
    assert_eq!((r.queue_sid.as_str(), r.tasks_reserved), ("WQ1", 2));
}

#[test]
fn malformed_bodies_are_clean_errors() {
    for bad in [
        "",
        "{\"sid\": \"CF1\", \"status\": ",
        "<html><body>oops</body></html>",
        "{\"sid\": 42}",
        "[]",
        "null",
    ] {
        let e = decode::<WConference>(bad).unwrap_err();
        assert!(matches!(e, Error::Decode { .. }), "{bad}: {e}");
    }
    let e = decode::<WParticipant>(r#"{"call_sid":"CA1","hold":"maybe"}"#).unwrap_err();
    assert!(e.to_string().contains("unexpected response"), "{e}");
}

#[test]
fn worker_channel() {
    let json = r#"{
      "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "assigned_tasks": 1,
      "available": true,
      "available_capacity_percentage": 0,
      "configured_capacity": 1,
      "date_created": "2016-04-14T17:35:54Z",
      "date_updated": "2016-04-14T17:35:54Z",
      "sid": "WCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "task_channel_sid": "TCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "task_channel_unique_name": "voice",
      "worker_sid": "WKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "workspace_sid": "WSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "url": "https://taskrouter.twilio.com/v1/Workspaces/WS/Workers/WK/Channels/WC"
    }"#;
    let c: WorkerChannel = decode::<WWorkerChannel>(json).unwrap().into();
    assert_eq!(
        (c.task_channel.as_str(), c.usage()),
        ("voice", "1/1".to_string())
    );
    assert!(!c.has_room());
    let sparse: WorkerChannel = decode::<WWorkerChannel>(r#"{"sid": "WC1"}"#)
        .unwrap()
        .into();
    assert_eq!((sparse.configured_capacity, sparse.available), (0, false));
    assert!(
        decode::<WWorkerChannel>(r#"{"assigned_tasks": 1}"#).is_err(),
        "no sid"
    );
}
