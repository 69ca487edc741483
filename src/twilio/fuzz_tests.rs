//! The client's decoders under bad bodies (truncated JSON, wrong types, missing fields, 5 MB
//! bodies, HTML from a proxy): a clean `Decode` or `Api` error, never a panic.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Map, Value};

use super::wire::{
    WActivity, WConference, WCumulative, WParticipant, WQueue, WQueueStatistics, WRealTime,
    WReservation, WTask, WWorker, WWorkflow, WWorkspace,
};
use super::*;
use crate::domain::{Activity, Conference, Participant, Queue, QueueStats, Reservation};
use crate::domain::{TaskStatus, Worker, Workflow, Workspace};

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const WS: &str = "WS0123456789abcdef0123456789abcdef";
const WT: &str = "WT0123456789abcdef0123456789abcdef";
const WQ: &str = "WQ0123456789abcdef0123456789abcdef";
const CF: &str = "CF0123456789abcdef0123456789abcdef";
const FIVE_MB: usize = 5 * 1024 * 1024;

/// What the mock server answers to every request: status, content type, body.
type Answer = Arc<Mutex<(u16, &'static str, Vec<u8>)>>;

async fn answer(State(a): State<Answer>) -> Response {
    let (status, ctype, body) = a.lock().unwrap().clone();
    Response::builder()
        .status(status)
        .header("content-type", ctype)
        .body(Body::from(body))
        .unwrap()
}

/// A runtime with a server that answers whatever is in the returned slot, and a client for it
/// that retries quickly.
fn setup() -> (tokio::runtime::Runtime, Answer, Client) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let slot: Answer = Arc::new(Mutex::new((200, "application/json", b"{}".to_vec())));
    let base = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = Router::new().fallback(answer).with_state(slot.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        base
    });
    let mut cfg = ClientConfig::new(AC, Auth::Token("token-for-fuzzing".into()));
    cfg.base = BaseUrls::resolve(Some(&base), None, None).unwrap();
    cfg.timeout = Duration::from_secs(20);
    cfg.retry = RetryPolicy {
        max_attempts: 2,
        base: Duration::from_millis(1),
        cap: Duration::from_millis(1),
        max_retry_after: Duration::from_millis(1),
    };
    (rt, slot, Client::new(cfg).unwrap())
}

/// Names of the calls [`call`] makes, by index.
const CALLS: &[&str] = &[
    "list_conferences",
    "fetch_conference",
    "list_participants",
    "fetch_participant",
    "create_participant",
    "update_participant",
    "delete_participant",
    "list_workspaces",
    "fetch_workspace",
    "list_activities",
    "list_workers",
    "fetch_worker",
    "list_queues",
    "queue_cumulative_statistics",
    "queue_real_time_statistics",
    "all_queue_statistics",
    "list_workflows",
    "create_task",
    "list_tasks",
    "fetch_task",
    "update_task",
    "list_reservations",
];

/// One client call, its result reduced to success or the error.
async fn call(c: &Client, i: usize) -> Result<(), Error> {
    let limit = Some(3);
    match CALLS[i] {
        "list_conferences" => c
            .list_conferences(&ConferenceFilter::default(), limit)
            .await
            .map(drop),
        "fetch_conference" => c.fetch_conference(CF).await.map(drop),
        "list_participants" => c.list_participants(CF, limit).await.map(drop),
        "fetch_participant" => c.fetch_participant(CF, "customer").await.map(drop),
        "create_participant" => {
            let new = NewParticipant {
                from: "+15550100000".into(),
                to: "client:bob".into(),
                ..NewParticipant::default()
            };
            c.create_participant(CF, &new).await.map(drop)
        }
        "update_participant" => {
            let u = ParticipantUpdate {
                hold: Some(true),
                ..ParticipantUpdate::default()
            };
            c.update_participant(CF, "customer", &u).await.map(drop)
        }
        "delete_participant" => c.delete_participant(CF, "customer").await,
        "list_workspaces" => c.list_workspaces(limit).await.map(drop),
        "fetch_workspace" => c.fetch_workspace(WS).await.map(drop),
        "list_activities" => c.list_activities(WS).await.map(drop),
        "list_workers" => c
            .list_workers(WS, &WorkerFilter::default(), limit)
            .await
            .map(drop),
        "fetch_worker" => c.fetch_worker(WS, "WK0").await.map(drop),
        "list_queues" => c.list_queues(WS, None, limit).await.map(drop),
        "queue_cumulative_statistics" => c
            .queue_cumulative_statistics(WS, WQ, 43_200)
            .await
            .map(drop),
        "queue_real_time_statistics" => c.queue_real_time_statistics(WS, WQ).await.map(drop),
        "all_queue_statistics" => c.all_queue_statistics(WS, 43_200).await.map(drop),
        "list_workflows" => c.list_workflows(WS, limit).await.map(drop),
        "create_task" => {
            let new = NewTask {
                target: TaskTarget::Queue(WQ.into()),
                attributes: "{}".into(),
                task_channel: None,
                priority: None,
                timeout_s: None,
            };
            c.create_task(WS, &new).await.map(drop)
        }
        "list_tasks" => c
            .list_tasks(WS, &TaskFilter::default(), limit)
            .await
            .map(drop),
        "fetch_task" => c.fetch_task(WS, WT).await.map(drop),
        "update_task" => {
            let u = TaskUpdate {
                assignment_status: Some(TaskStatus::Canceled),
                ..TaskUpdate::default()
            };
            c.update_task(WS, WT, &u, Some("\"1\"")).await.map(drop)
        }
        "list_reservations" => c.list_reservations(WS, WT, None).await.map(drop),
        other => panic!("unknown call {other}"),
    }
}

/// A clean failure: the error kinds that describe a bad answer, with a short printable message.
fn judge(name: &str, r: &Result<(), Error>) -> Result<(), String> {
    let e = match r {
        Ok(()) => return Ok(()),
        Err(e @ (Error::Decode { .. } | Error::Api { .. })) => e,
        Err(other) => return Err(format!("{name}: unexpected error kind {other:?}")),
    };
    let msg = e.to_string();
    if msg.chars().count() > 700 {
        return Err(format!(
            "{name}: {} characters of error",
            msg.chars().count()
        ));
    }
    if msg.chars().any(|c| c.is_control() || is_bidi(c)) {
        return Err(format!("{name}: control characters in {msg:?}"));
    }
    if msg.trim().is_empty() {
        return Err(format!("{name}: empty error message"));
    }
    Ok(())
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Serves `(status, content type, body)` and runs every call against it.
fn every_call(
    rt: &tokio::runtime::Runtime,
    slot: &Answer,
    c: &Client,
    status: u16,
    ctype: &'static str,
    body: &[u8],
) -> Vec<String> {
    *slot.lock().unwrap() = (status, ctype, body.to_vec());
    let mut failures = Vec::new();
    for (i, name) in CALLS.iter().enumerate() {
        let r = rt.block_on(call(c, i));
        if let Err(e) = judge(name, &r) {
            failures.push(format!("[{status} {ctype}, {} bytes] {e}", body.len()));
        }
    }
    failures
}

/// A body every call accepts: each resource's fields and every list key, one item each.
fn universal() -> Value {
    let item = json!({
        "sid": WT, "call_sid": "CA0123456789abcdef0123456789abcdef", "task_queue_sid": WQ,
        "conference_sid": CF, "friendly_name": "x", "status": "in-progress",
        "label": "customer", "hold": false, "assignment_status": "pending",
        "attributes": "{\"a\":1}", "configuration": "{}", "available": true,
        "date_created": "Sat, 19 Feb 2011 21:07:19 +0000", "date_updated": "2011-02-19T21:07:19Z",
        "priority": 1, "age": 3, "max_reserved_workers": 1, "reservation_status": "pending",
        "tasks_entered": 2, "total_tasks": 1, "tasks_by_status": {"pending": 1},
        "cumulative": {"tasks_entered": 1}, "realtime": {"total_tasks": 1},
    });
    let mut top = item.as_object().unwrap().clone();
    for key in [
        "conferences",
        "participants",
        "workspaces",
        "activities",
        "workers",
        "task_queues",
        "task_queues_statistics",
        "workflows",
        "tasks",
        "reservations",
    ] {
        top.insert(key.into(), json!([item.clone()]));
    }
    top.insert("next_page_uri".into(), Value::Null);
    top.insert("meta".into(), json!({"next_page_url": null}));
    Value::Object(top)
}

#[test]
fn the_universal_body_is_accepted_by_every_call() {
    let (rt, slot, c) = setup();
    let body = universal().to_string();
    *slot.lock().unwrap() = (200, "application/json", body.into_bytes());
    for (i, name) in CALLS.iter().enumerate() {
        rt.block_on(call(&c, i))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn fixed_bad_bodies_fail_cleanly() {
    let (rt, slot, c) = setup();
    let html = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>\
        <h1>Bad Gateway</h1>\x1b[2J\xe2\x80\xae<p>nginx</p></body></html>"
        .to_vec();
    let full = universal().to_string();
    let mut cases: Vec<(u16, &'static str, Vec<u8>)> = vec![
        (200, "application/json", Vec::new()),
        (200, "application/json", b"null".to_vec()),
        (200, "application/json", b"[]".to_vec()),
        (200, "application/json", b"{}".to_vec()),
        (200, "application/json", b"\"a string\"".to_vec()),
        (200, "application/json", vec![0xff, 0xfe, b'{', 0x00]),
        (
            200,
            "application/json",
            full.as_bytes()[..full.len() / 2].to_vec(),
        ),
        (200, "text/html", html.clone()),
        (401, "text/html", html.clone()),
        (404, "text/html", Vec::new()),
        (502, "text/html", html.clone()),
        (503, "text/plain", b"upstream connect error\r\n\0".to_vec()),
        (
            400,
            "application/json",
            br#"{"code": "not a number", "message": ["wrong"], "more_info": 5}"#.to_vec(),
        ),
        (
            400,
            "application/json",
            br#"{"code": 99999999999, "message": "\u001b[31m\u202ered\n"}"#.to_vec(),
        ),
        (
            200,
            "application/json",
            br#"{"sid": 5, "call_sid": null, "tasks": {}, "conferences": "x"}"#.to_vec(),
        ),
        // A list item without the one required field.
        (
            200,
            "application/json",
            br#"{"tasks": [{}], "conferences": [{}], "participants": [{}], "workers": [{}],
                "meta": {"next_page_url": 7}, "next_page_uri": false}"#
                .to_vec(),
        ),
    ];
    // Deep nesting: serde_json's recursion limit, not the stack, must stop it.
    cases.push((200, "application/json", "[".repeat(100_000).into_bytes()));
    let mut failures = Vec::new();
    for (status, ctype, body) in &cases {
        failures.extend(every_call(&rt, &slot, &c, *status, ctype, body));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn five_megabyte_bodies_fail_or_decode_cleanly() {
    let (rt, slot, c) = setup();
    let mut huge_name = universal();
    huge_name["friendly_name"] = Value::String("n".repeat(FIVE_MB));
    huge_name["attributes"] = Value::String(format!("{{\"k\":\"{}\"}}", "v".repeat(FIVE_MB)));
    let mut huge_html = b"<html><body>".to_vec();
    huge_html.resize(FIVE_MB, b'x');
    let mut failures = Vec::new();
    for (status, ctype, body) in [
        (200, "application/json", huge_name.to_string().into_bytes()),
        (200, "application/json", vec![b' '; FIVE_MB]),
        (200, "application/json", vec![b'{'; FIVE_MB]),
        (200, "text/html", huge_html.clone()),
        (500, "text/html", huge_html),
        (400, "application/json", {
            let mut v = br#"{"code": 20001, "message": ""#.to_vec();
            v.resize(FIVE_MB, b'm');
            v.extend_from_slice(b"\"}");
            v
        }),
    ] {
        failures.extend(every_call(&rt, &slot, &c, status, ctype, &body));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[path = "fuzz_random.rs"]
mod random;
