//! Fault injection in the sandbox: injected errors in Twilio's shape, broken connections before
//! and after a change is applied, scope, determinism, the control API and the request log.

use std::collections::BTreeMap;

use flexctl::sandbox::faults::{FaultConfig, FaultKind};
use flexctl::sandbox::seed;
use reqwest::blocking::RequestBuilder;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;

/// Sets the faults through the control API and checks that it took.
fn set_faults(sb: &TestSandbox, spec: &str) -> Value {
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", spec)]);
    assert_eq!(s, StatusCode::OK, "{body}");
    body
}

fn clear_faults(sb: &TestSandbox) -> Value {
    let (s, body) = sb.delete("/sandbox/faults");
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(body["config"].is_null(), "{body}");
    body
}

/// What the client got: a status and headers and body, or a transport error (no response).
fn attempt(sb: &TestSandbox, req: RequestBuilder) -> Result<(StatusCode, Value), String> {
    let creds = sb.bg.state.credentials();
    let resp = req
        .basic_auth(&creds.account_sid, Some(&creds.auth_token))
        .send()
        .map_err(|e| format!("send: {e:?}"))?;
    let status = resp.status();
    let text = resp.text().map_err(|e| format!("body: {e:?}"))?;
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Ok((status, body))
}

/// The connection ended before any status line: the client cannot tell what happened.
#[track_caller]
fn assert_no_response(got: &Result<(StatusCode, Value), String>) {
    match got {
        Err(e) => assert!(e.starts_with("send:"), "{e}"),
        Ok(answer) => panic!("the client got an answer: {answer:?}"),
    }
}

fn url(sb: &TestSandbox, path: &str) -> String {
    format!("{}{path}", sb.base())
}

fn participant(sb: &TestSandbox, label: &str) -> String {
    sb.p2010(&format!(
        "/Conferences/{}/Participants/{label}.json",
        seed::live_conference_sid()
    ))
}

fn participants(sb: &TestSandbox) -> String {
    sb.p2010(&format!(
        "/Conferences/{}/Participants.json",
        seed::live_conference_sid()
    ))
}

fn assert_twilio_error(status: StatusCode, body: &Value, want: u16, code: u64) {
    assert_eq!(status.as_u16(), want, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], want, "{body}");
    assert!(body["message"].is_string(), "{body}");
    assert_eq!(
        body["more_info"],
        format!("https://www.twilio.com/docs/errors/{code}")
    );
}

/// Log rows of Twilio routes after log ID `since`: (method, path, status, fault).
fn twilio_log(sb: &TestSandbox, since: i64) -> Vec<(String, String, i64, Option<String>)> {
    let (_, body) = sb.get(&format!("/sandbox/log?Since={since}&Limit=100000"));
    body["requests"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|r| !r["path"].as_str().unwrap_or("").starts_with("/sandbox"))
        .map(|r| {
            (
                r["method"].as_str().unwrap_or("").to_string(),
                r["path"].as_str().unwrap_or("").to_string(),
                r["status"].as_i64().unwrap_or(-1),
                r["fault"].as_str().map(String::from),
            )
        })
        .collect()
}

#[test]
fn every_twilio_request_gets_503_but_the_control_api_works() {
    let sb = TestSandbox::new();
    let shown = set_faults(&sb, "rate=1,kinds=503,seed=1");
    assert_eq!(shown["config"]["rate"], 1.0);
    assert_eq!(shown["spec"], "rate=1,kinds=503,seed=1");
    for path in [
        participants(&sb),
        sb.pv1("/Workers"),
        sb.pv1("/Tasks"),
        sb.p2010("/Conferences.json"),
    ] {
        let (s, body) = sb.get(&path);
        assert_twilio_error(s, &body, 503, 20503);
    }
    let (s, body) = sb.post(&participant(&sb, "customer"), &[("Hold", "true")]);
    assert_twilio_error(s, &body, 503, 20503);
    // The control API is never faulted and does not count.
    let (s, info) = sb.get("/sandbox/info");
    assert_eq!(s, StatusCode::OK, "{info}");
    let (s, log) = sb.get("/sandbox/log?Limit=5");
    assert_eq!(s, StatusCode::OK, "{log}");
    let (_, shown) = sb.get("/sandbox/faults");
    assert_eq!(shown["injected"]["503"], 5, "{shown}");
    assert_eq!(shown["eligible"], 5, "{shown}");
    // The rejected update was never applied.
    clear_faults(&sb);
    let (s, leg) = sb.get(&participant(&sb, "customer"));
    assert_eq!(s, StatusCode::OK, "{leg}");
    assert_eq!(leg["hold"], false);
}

#[test]
fn injected_429_is_twilio_20429_with_retry_after_only_when_configured() {
    let sb = TestSandbox::new();
    set_faults(&sb, "kinds=429");
    let (s, body) = sb.get(&sb.pv1("/Workers"));
    assert_twilio_error(s, &body, 429, 20429);
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("Too Many Requests"));
    let creds = sb.bg.state.credentials();
    let resp = sb
        .client
        .get(url(&sb, &sb.pv1("/Workers")))
        .basic_auth(&creds.account_sid, Some(&creds.auth_token))
        .send()
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(resp.headers().get("retry-after").is_none());
    assert_eq!(resp.headers()["x-sandbox-fault"], "429");

    set_faults(&sb, "kinds=429,retry-after=2");
    let resp = sb
        .client
        .get(url(&sb, &sb.pv1("/Workers")))
        .basic_auth(&creds.account_sid, Some(&creds.auth_token))
        .send()
        .unwrap();
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(resp.headers()["retry-after"], "2");
}

#[test]
fn the_same_seed_gives_the_same_decisions() {
    let pattern = |spec: &str| -> Vec<u16> {
        let sb = TestSandbox::new();
        set_faults(&sb, spec);
        (0..50)
            .map(|_| sb.get(&sb.p2010("/Conferences.json")).0.as_u16())
            .collect()
    };
    let a = pattern("rate=0.5,kinds=503,seed=42");
    let b = pattern("rate=0.5,kinds=503,seed=42");
    let c = pattern("rate=0.5,kinds=503,seed=43");
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert!(a.contains(&503) && a.contains(&200), "{a:?}");
    assert!(a.iter().all(|s| *s == 503 || *s == 200), "{a:?}");
}

#[test]
fn the_scope_limits_faults_to_matching_requests() {
    let sb = TestSandbox::new();
    set_faults(
        &sb,
        "rate=1,kinds=500,method=POST,path=/2010-04-01/*/Participants/*",
    );
    let (s, list) = sb.get(&participants(&sb));
    assert_eq!(s, StatusCode::OK, "{list}");
    let (s, leg) = sb.get(&participant(&sb, "customer"));
    assert_eq!(s, StatusCode::OK, "{leg}");
    let (s, body) = sb.post(&participant(&sb, "customer"), &[("Hold", "true")]);
    assert_twilio_error(s, &body, 500, 20500);
    let wf = seed::workflow_sid();
    let (s, task) = sb.post(
        &sb.pv1("/Tasks"),
        &[("WorkflowSid", wf.as_str()), ("Attributes", "{}")],
    );
    assert_eq!(s, StatusCode::CREATED, "{task}");
    let (_, shown) = sb.get("/sandbox/faults");
    assert_eq!(shown["eligible"], 1, "{shown}");
    assert_eq!(shown["injected"]["500"], 1, "{shown}");
}

#[test]
fn a_dropped_hold_update_is_not_applied() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=drop,method=POST,path=*/Participants/*");
    let got = attempt(
        &sb,
        sb.client
            .post(url(&sb, &participant(&sb, "customer")))
            .form(&[("Hold", "true")]),
    );
    assert_no_response(&got);
    clear_faults(&sb);
    let (s, leg) = sb.get(&participant(&sb, "customer"));
    assert_eq!(s, StatusCode::OK, "{leg}");
    assert_eq!(leg["hold"], false, "a dropped request must not be applied");
}

#[test]
fn a_lost_response_hides_a_hold_that_was_applied() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=lost,method=POST,path=*/Participants/*");
    let got = attempt(
        &sb,
        sb.client
            .post(url(&sb, &participant(&sb, "customer")))
            .form(&[("Hold", "true")]),
    );
    assert_no_response(&got);
    let cleared = clear_faults(&sb);
    assert_eq!(cleared["injected"]["lost"], 1, "{cleared}");
    let (s, leg) = sb.get(&participant(&sb, "customer"));
    assert_eq!(s, StatusCode::OK, "{leg}");
    assert_eq!(leg["hold"], true, "the change behind a lost response stays");
}

#[test]
fn a_lost_response_on_a_task_create_still_creates_the_task() {
    let sb = TestSandbox::new();
    let tasks = |sb: &TestSandbox| -> Vec<Value> {
        let (s, list) = sb.get(&sb.pv1("/Tasks?PageSize=1000"));
        assert_eq!(s, StatusCode::OK, "{list}");
        list["tasks"].as_array().cloned().unwrap_or_default()
    };
    let before = tasks(&sb).len();
    set_faults(
        &sb,
        "rate=1,kinds=lost,method=POST,path=/v1/Workspaces/*/Tasks",
    );
    let wf = seed::workflow_sid();
    let got = attempt(
        &sb,
        sb.client.post(url(&sb, &sb.pv1("/Tasks"))).form(&[
            ("WorkflowSid", wf.as_str()),
            ("Attributes", r#"{"marker":"lost-create"}"#),
        ]),
    );
    assert_no_response(&got);
    // Reads are out of scope, so the caller can look whether its create landed.
    let after = tasks(&sb);
    assert_eq!(after.len(), before + 1);
    let marked = after
        .iter()
        .filter(|t| {
            t["attributes"]
                .as_str()
                .unwrap_or("")
                .contains("lost-create")
        })
        .count();
    assert_eq!(marked, 1);
}

#[test]
fn delays_and_latency_still_answer_correctly() {
    let sb = TestSandbox::new();
    let (_, plain) = sb.get(&participants(&sb));
    set_faults(&sb, "rate=1,kinds=delay,delay=20ms,latency=10ms");
    let (s, delayed) = sb.get(&participants(&sb));
    assert_eq!(s, StatusCode::OK, "{delayed}");
    assert_eq!(delayed, plain);
    let (s, held) = sb.post(&participant(&sb, "customer"), &[("Hold", "true")]);
    assert_eq!(s, StatusCode::OK, "{held}");
    assert_eq!(held["hold"], true);

    set_faults(&sb, "latency=5ms");
    let (s, again) = sb.get(&participants(&sb));
    assert_eq!(s, StatusCode::OK, "{again}");
    assert_eq!(again["participants"], held_list(&sb)["participants"]);
    let (_, shown) = sb.get("/sandbox/faults");
    assert_eq!(shown["config"]["latency_ms"], 5);
    assert_eq!(shown["config"]["rate"], 0.0);
}

fn held_list(sb: &TestSandbox) -> Value {
    sb.get(&participants(sb)).1
}

#[test]
fn the_log_records_each_fault_and_what_the_client_saw() {
    let sb = TestSandbox::new();
    let mark = sb.log_mark();
    set_faults(
        &sb,
        "rate=1,kinds=500+503+429+drop+lost+delay,delay=1ms,seed=3",
    );
    let n = 60;
    let mut transport_errors = 0;
    for _ in 0..n {
        let got = attempt(&sb, sb.client.get(url(&sb, &sb.pv1("/Workers"))));
        if got.is_err() {
            assert_no_response(&got);
            transport_errors += 1;
        }
    }
    let rows = twilio_log(&sb, mark);
    assert_eq!(rows.len(), n);
    let mut by_fault: BTreeMap<String, usize> = BTreeMap::new();
    for (_, _, status, fault) in &rows {
        let fault = fault.clone().expect("every request was faulted");
        let want = match fault.as_str() {
            "500" => 500,
            "503" => 503,
            "429" => 429,
            "delay" => 200,
            "drop" | "lost" => 0,
            other => panic!("unknown fault {other}"),
        };
        assert_eq!(*status, want, "{fault}");
        *by_fault.entry(fault).or_default() += 1;
    }
    assert_eq!(by_fault.len(), 6, "{by_fault:?}");
    assert_eq!(transport_errors, by_fault["drop"] + by_fault["lost"]);
    let (_, shown) = sb.get("/sandbox/faults");
    for (kind, count) in &by_fault {
        assert_eq!(shown["injected"][kind], *count as u64, "{kind}: {shown}");
    }
    // Control requests are logged without a fault.
    let (_, log) = sb.get(&format!("/sandbox/log?Since={mark}&Limit=100000"));
    let control = log["requests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["path"].as_str().unwrap().starts_with("/sandbox"))
        .collect::<Vec<_>>();
    assert!(!control.is_empty());
    assert!(control.iter().all(|r| r["fault"].is_null()));
}

#[test]
fn clearing_restores_normal_service() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=503+drop");
    let _ = attempt(&sb, sb.client.get(url(&sb, &sb.pv1("/Workers"))));
    let cleared = clear_faults(&sb);
    assert_eq!(cleared["spec"], "none");
    assert_eq!(
        cleared["eligible"], 1,
        "counters survive a clear: {cleared}"
    );
    let mark = sb.log_mark();
    for _ in 0..10 {
        let (s, body) = sb.get(&sb.pv1("/Workers"));
        assert_eq!(s, StatusCode::OK, "{body}");
    }
    assert!(twilio_log(&sb, mark).iter().all(|r| r.3.is_none()));
    // `Spec=none` clears too.
    set_faults(&sb, "kinds=503");
    let off = set_faults(&sb, "none");
    assert!(off["config"].is_null());
    let (s, _) = sb.get(&sb.pv1("/Workers"));
    assert_eq!(s, StatusCode::OK);
}

#[test]
fn the_control_api_takes_fields_and_names_bad_parameters() {
    let sb = TestSandbox::new();
    let (s, shown) = sb.get("/sandbox/faults");
    assert_eq!(s, StatusCode::OK);
    assert!(shown["config"].is_null());
    assert_eq!(shown["spec"], "none");

    let (s, set) = sb.post(
        "/sandbox/faults",
        &[
            ("Rate", "0.25"),
            ("Kinds", "503+delay:3"),
            ("DelayMs", "150"),
            ("Method", "post"),
            ("Path", "/v1/*"),
            ("Seed", "99"),
            ("LatencyMs", "20"),
        ],
    );
    assert_eq!(s, StatusCode::OK, "{set}");
    assert_eq!(
        set["spec"],
        "rate=0.25,kinds=503+delay:3,delay=150ms,method=POST,path=/v1/*,latency=20ms,seed=99"
    );
    assert_eq!(set["config"]["mix"][1]["delay_ms"], 150);
    // The spec it shows is the spec it runs.
    let parsed = FaultConfig::parse(set["spec"].as_str().unwrap()).unwrap();
    assert_eq!(
        Some(parsed),
        sb.bg.state.faults().current(),
        "the shown spec replays the config"
    );
    // A `+` sent unencoded arrives as a space and still separates kinds.
    let (s, raw) = sb.post_raw("/sandbox/faults", "Kinds=503+429&Rate=0.5");
    assert_eq!(s, StatusCode::OK, "{raw}");
    assert_eq!(raw["config"]["mix"].as_array().unwrap().len(), 2);

    for (form, param) in [
        (vec![("Rate", "2")], "Rate"),
        (vec![("Kinds", "502")], "Kinds"),
        (vec![("Kinds", "503"), ("DelayMs", "fast")], "DelayMs"),
        (vec![("Kinds", "503"), ("DelayMs", "10")], "DelayMs"),
        (vec![("Rate", "1"), ("Seed", "-1")], "Seed"),
        (vec![("Rate", "1"), ("Path", "no-slash")], "Path"),
        (vec![("Rate", "1"), ("Method", "G3T")], "Method"),
        (vec![("LatencyMs", "99999999")], "LatencyMs"),
        (vec![("Seed", "5")], "Rate"),
        (vec![("Spec", "rate=1,kinds=nope")], "Spec"),
        (vec![("Spec", "rate=0.5"), ("Rate", "x")], "Rate"),
        (vec![], "Spec"),
    ] {
        let (s, body) = sb.post("/sandbox/faults", &form);
        assert_twilio_error(s, &body, 400, 20001);
        let msg = body["message"].as_str().unwrap();
        assert!(msg.contains(param), "{form:?}: {msg}");
    }
    // The bad requests left the last good config in place.
    assert_eq!(
        sb.bg.state.faults().current().unwrap().mix[1].kind,
        FaultKind::TooMany
    );
}

#[test]
fn faults_can_be_set_in_process_for_serve_and_tests() {
    let sb = TestSandbox::new();
    let faults = sb.bg.state.faults();
    faults.set(Some(FaultConfig::always(FaultKind::Error500).with_seed(1)));
    let (s, body) = sb.get(&sb.pv1("/Workers"));
    assert_twilio_error(s, &body, 500, 20500);
    assert_eq!(faults.stats().injected["500"], 1);
    faults.set_spec("off").unwrap();
    let (s, _) = sb.get(&sb.pv1("/Workers"));
    assert_eq!(s, StatusCode::OK);
    assert!(faults.set_spec("rate=7").is_err());
    assert!(faults.current().is_none());
}
