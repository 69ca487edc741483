//! Client behaviour against a tiny in-process HTTP server: pagination, retries, error decoding,
//! auth header and the absence of secrets in logs and errors.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Router;
use base64::Engine as _;
use serde_json::{json, Value};

use super::*;
use crate::domain::{ConferenceStatus, TaskStatus};

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const WS: &str = "WS0123456789abcdef0123456789abcdef";
const WT: &str = "WT0123456789abcdef0123456789abcdef";
const CF: &str = "CF0123456789abcdef0123456789abcdef";
const SECRET: &str = "very-secret-value-42";

#[derive(Debug, Clone)]
struct Hit {
    method: String,
    /// Path and query as received.
    uri: String,
    headers: HeaderMap,
    body: String,
}

/// What the mock answers: status, extra headers, body; given the hit and its index.
type Answer = (u16, Vec<(&'static str, String)>, String);
type Responder = Arc<dyn Fn(&Hit, usize, &str) -> Answer + Send + Sync>;

#[derive(Clone)]
struct Mock {
    hits: Arc<Mutex<Vec<Hit>>>,
    responder: Responder,
    base: Arc<Mutex<String>>,
}

impl Mock {
    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}

async fn handle(State(mock): State<Mock>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let hit = Hit {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: parts.headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let index = {
        let mut hits = mock.hits.lock().unwrap();
        hits.push(hit.clone());
        hits.len() - 1
    };
    let base = mock.base.lock().unwrap().clone();
    let (status, headers, body) = (mock.responder)(&hit, index, &base);
    let mut resp = Response::builder().status(StatusCode::from_u16(status).unwrap());
    for (k, v) in headers {
        resp = resp.header(k, v);
    }
    resp.body(Body::from(body)).unwrap()
}

async fn serve(
    responder: impl Fn(&Hit, usize, &str) -> Answer + Send + Sync + 'static,
) -> (Mock, String) {
    let mock = Mock {
        hits: Arc::default(),
        responder: Arc::new(responder),
        base: Arc::default(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    *mock.base.lock().unwrap() = base.clone();
    let app = Router::new().fallback(handle).with_state(mock.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (mock, base)
}

fn client(base: &str) -> Client {
    let mut cfg = ClientConfig::new(
        AC,
        Auth::ApiKey {
            sid: SK.into(),
            secret: SECRET.into(),
        },
    );
    cfg.base = BaseUrls::resolve(Some(base), None, None).unwrap();
    cfg.timeout = Duration::from_secs(5);
    cfg.retry = RetryPolicy {
        max_attempts: 4,
        base: Duration::from_millis(1),
        cap: Duration::from_millis(2),
        max_retry_after: Duration::from_millis(10),
    };
    Client::new(cfg).unwrap()
}

fn ok(body: Value) -> Answer {
    (
        200,
        vec![("content-type", "application/json".into())],
        body.to_string(),
    )
}

fn twilio_error(status: u16, code: u32, message: &str) -> Answer {
    let body = json!({"code": code, "message": message, "status": status,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}")});
    (status, vec![], body.to_string())
}

fn conference(i: usize) -> Value {
    json!({"sid": format!("CF{i:032x}"), "friendly_name": format!("WT{i:032x}"),
           "status": "in-progress"})
}

fn query_param(uri: &str, key: &str) -> Option<String> {
    let q = uri.split_once('?')?.1;
    form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

#[tokio::test]
async fn pagination_2010_follows_relative_links_and_stops_at_limit() {
    // Five conferences served in pages of the requested size, linked by `next_page_uri`.
    let (mock, base) = serve(|hit, _, _| {
        let size: usize = query_param(&hit.uri, "PageSize").unwrap().parse().unwrap();
        let page: usize = query_param(&hit.uri, "Page").map_or(0, |p| p.parse().unwrap());
        let all: Vec<Value> = (0..5).map(conference).collect();
        let items: Vec<Value> = all.iter().skip(page * size).take(size).cloned().collect();
        let more = (page + 1) * size < all.len();
        let next = more.then(|| {
            format!(
                "/2010-04-01/Accounts/{AC}/Conferences.json?PageSize={size}&Page={}&PageToken=PA{}",
                page + 1,
                page + 1
            )
        });
        ok(
            json!({"conferences": items, "next_page_uri": next, "page": page, "page_size": size,
                  "uri": hit.uri, "first_page_uri": "/x", "previous_page_uri": null,
                  "start": 0, "end": 0}),
        )
    })
    .await;
    let c = client(&base);
    let filter = ConferenceFilter {
        status: Some(ConferenceStatus::InProgress),
        friendly_name: None,
    };
    let all = c.list_conferences(&filter, None).await.unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(mock.hits().len(), 1, "default page size 50 holds all five");

    // A server may return fewer items than asked for: pages of two, whatever the PageSize.
    let (mock, base) = serve(move |_, i, _| {
        let items: Vec<Value> = (i * 2..(i * 2 + 2).min(5)).map(conference).collect();
        let next = (i < 2).then(|| {
            format!(
                "/2010-04-01/Accounts/{AC}/Conferences.json?PageSize=2&Page={}",
                i + 1
            )
        });
        ok(json!({"conferences": items, "next_page_uri": next}))
    })
    .await;
    let c = client(&base);
    let three = c
        .list_conferences(&ConferenceFilter::default(), Some(3))
        .await
        .unwrap();
    assert_eq!(three.len(), 3);
    let hits = mock.hits();
    assert_eq!(hits.len(), 2, "the limit stops paging early");
    assert!(hits[0]
        .uri
        .starts_with(&format!("/2010-04-01/Accounts/{AC}/Conferences.json?")));
    assert_eq!(query_param(&hits[0].uri, "PageSize").as_deref(), Some("3"));
    assert_eq!(query_param(&hits[1].uri, "Page").as_deref(), Some("1"));
}

#[tokio::test]
async fn pagination_v1_follows_absolute_links_on_the_same_host_only() {
    // Three pages of two workers, whatever the PageSize.
    let (mock, base) = serve(|hit, _, base| {
        let i: usize = query_param(&hit.uri, "Page").map_or(0, |p| p.parse().unwrap());
        let items: Vec<Value> = (0..2)
            .map(|j| json!({"sid": format!("WK{:032x}", i * 2 + j), "friendly_name": "w"}))
            .collect();
        let next = (i < 2).then(|| {
            format!(
                "{base}/v1/Workspaces/{WS}/Workers?PageSize=2&Page={}",
                i + 1
            )
        });
        ok(
            json!({"workers": items, "meta": {"next_page_url": next, "page": i, "page_size": 2,
                  "key": "workers"}}),
        )
    })
    .await;
    let c = client(&base);
    let workers = c
        .list_workers(WS, &WorkerFilter::default(), None)
        .await
        .unwrap();
    assert_eq!(workers.len(), 6);
    assert_eq!(mock.hits().len(), 3);
    let filter = WorkerFilter {
        available: Some(true),
        task_queue_name: Some("Sales Team".into()),
        ..WorkerFilter::default()
    };
    let five = c.list_workers(WS, &filter, Some(5)).await.unwrap();
    assert_eq!(five.len(), 5);
    let hits = mock.hits();
    assert_eq!(hits.len(), 6);
    assert_eq!(
        query_param(&hits[3].uri, "Available").as_deref(),
        Some("true")
    );
    assert_eq!(
        query_param(&hits[3].uri, "TaskQueueName").as_deref(),
        Some("Sales Team")
    );
    assert_eq!(query_param(&hits[3].uri, "PageSize").as_deref(), Some("5"));

    // A next link to another server would carry the credentials away: refused.
    let (mock, base) = serve(|_, _, _| {
        ok(json!({"workers": [{"sid": "WK1"}],
                  "meta": {"next_page_url": "https://evil.example/v1/Workspaces/WS/Workers"}}))
    })
    .await;
    let err = client(&base)
        .list_workers(WS, &WorkerFilter::default(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err}");
    assert!(
        err.to_string().contains("not on the configured server"),
        "{err}"
    );
    assert_eq!(mock.hits().len(), 1);
}

#[tokio::test]
async fn pagination_loop_is_detected() {
    let (_mock, base) = serve(|hit, _, base| {
        ok(json!({"tasks": [], "meta": {"next_page_url": format!("{base}{}", hit.uri)}}))
    })
    .await;
    let err = client(&base)
        .list_tasks(WS, &TaskFilter::default(), None)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("repeats"), "{err}");
}

#[tokio::test]
async fn get_is_retried_after_503() {
    let (mock, base) = serve(|_, i, _| {
        if i == 0 {
            (503, vec![], "<html>Service Unavailable</html>".into())
        } else {
            ok(conference(1))
        }
    })
    .await;
    let conf = client(&base).fetch_conference(CF).await.unwrap();
    assert_eq!(conf.status, ConferenceStatus::InProgress);
    assert_eq!(mock.hits().len(), 2);
}

#[tokio::test]
async fn retries_give_up_after_max_attempts() {
    let (mock, base) = serve(|_, _, _| twilio_error(500, 20500, "Internal Server Error")).await;
    let err = client(&base).fetch_conference(CF).await.unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(mock.hits().len(), 4);
}

#[tokio::test]
async fn a_429_is_retried_even_for_a_create() {
    let (mock, base) = serve(|_, i, _| {
        if i == 0 {
            let mut e = twilio_error(429, 20429, "Too Many Requests");
            e.1.push(("retry-after", "0".into()));
            e
        } else {
            let mut r = ok(
                json!({"call_sid": "CA1", "label": "consult-WK1", "status": "queued",
                                  "conference_sid": CF}),
            );
            r.0 = 201;
            r
        }
    })
    .await;
    let new = NewParticipant {
        from: "+15550100".into(),
        to: "client:bob".into(),
        label: Some("consult-WK1".into()),
        early_media: Some(true),
        end_conference_on_exit: Some(false),
        timeout_s: Some(30),
        ..NewParticipant::default()
    };
    let p = client(&base).create_participant(CF, &new).await.unwrap();
    assert_eq!(p.label.as_deref(), Some("consult-WK1"));
    let hits = mock.hits();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].method, "POST");
    assert_eq!(
        hits[0].body,
        "From=%2B15550100&To=client%3Abob&Label=consult-WK1&EarlyMedia=true&\
         EndConferenceOnExit=false&Timeout=30"
    );
    assert_eq!(
        hits[0].headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
}

#[tokio::test]
async fn a_create_answered_500_is_not_retried() {
    let (mock, base) = serve(|_, _, _| twilio_error(500, 20500, "Internal Server Error")).await;
    let new = NewTask {
        target: TaskTarget::Queue("WQ1".into()),
        attributes: r#"{"flexctl":{"reset":true}}"#.into(),
        task_channel: Some("voice".into()),
        priority: None,
        timeout_s: Some(60),
    };
    let err = client(&base).create_task(WS, &new).await.unwrap_err();
    assert!(
        err.is_retryable(),
        "the caller decides, after looking first"
    );
    assert_eq!(mock.hits().len(), 1);
    let (mock, base) = serve(|_, _, _| (502, vec![], String::new())).await;
    let err = client(&base)
        .create_participant(CF, &NewParticipant::default())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(mock.hits().len(), 1);
}

#[path = "tests_requests.rs"]
mod requests;
