//! The client's one concurrency limit: never more requests in flight than it allows, and a
//! sandbox that throttles above a bound (Twilio's account concurrency) still serves every
//! command, because the limit halves on 429s.

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;

fn stats(sb: &TestSandbox) -> Value {
    let (s, body) = sb.get("/sandbox/stats");
    assert_eq!(s, StatusCode::OK, "{body}");
    body
}

fn reset_stats(sb: &TestSandbox) {
    let (s, body) = sb.post("/sandbox/stats/reset", &[]);
    assert_eq!(s, StatusCode::OK, "{body}");
}

#[test]
fn the_global_concurrency_flag_bounds_every_fan_out() {
    let sb = TestSandbox::new();
    // Latency keeps each request in flight long enough for the fan-outs to overlap.
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=30ms")]);
    assert_eq!(s, StatusCode::OK, "{body}");
    for (args, bound) in [
        (
            vec!["agents", "list", "-o", "json", "--concurrency", "2"],
            2,
        ),
        (vec!["--concurrency", "3", "calls", "list", "-o", "json"], 3),
    ] {
        reset_stats(&sb);
        let run = sb.flexctl(&args).ok();
        assert!(
            run.json().as_array().is_some_and(|a| !a.is_empty()),
            "{args:?}"
        );
        let st = stats(&sb);
        let max = st["max_in_flight"].as_u64().expect("max_in_flight");
        assert!(max <= bound, "{args:?}: at most {bound} at once: {st}");
        assert!(max >= 2, "{args:?}: the requests overlapped: {st}");
    }
}

#[test]
fn the_concurrency_setting_comes_from_the_environment_and_is_checked() {
    let sb = TestSandbox::new();
    reset_stats(&sb);
    let mut cmd = sb.flexctl_cmd();
    cmd.env("FLEXCTL_CONCURRENCY", "1")
        .args(["agents", "list", "-o", "json"]);
    crate::common::run(&mut cmd).ok();
    assert_eq!(stats(&sb)["max_in_flight"], 1, "one at a time");

    let mut cmd = sb.flexctl_cmd();
    cmd.env("FLEXCTL_CONCURRENCY", "lots")
        .args(["calls", "list"]);
    let run = crate::common::run(&mut cmd);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("FLEXCTL_CONCURRENCY"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);

    let run = sb.flexctl(&["--concurrency", "0", "calls", "list"]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn a_sandbox_throttling_above_two_in_flight_still_serves_every_read() {
    let sb = TestSandbox::new();
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[("Spec", "concurrency=2,latency=50ms,seed=1")],
    );
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(
        body["spec"].as_str().map(|s| s.contains("concurrency=2")),
        Some(true),
        "{body}"
    );
    // The client starts at 16 and would put 4 lists and 5 queue reads out at once.
    let agents = sb
        .flexctl(&["agents", "list", "-o", "json", "--concurrency", "16"])
        .ok();
    let doc = agents.json();
    let names: Vec<&str> = doc
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    assert_eq!(names.len(), 5, "{}", agents.stdout);
    let (_, faults) = sb.get("/sandbox/faults");
    assert!(
        faults["injected"]["429"].as_u64().unwrap_or(0) >= 1,
        "the bound was hit, so the path was exercised: {faults}"
    );
    for args in [
        vec!["calls", "list", "-o", "json"],
        vec!["queues", "list", "-o", "json"],
        vec!["calls", "show", "-o", "json"],
    ] {
        sb.flexctl(&args).ok();
    }
    // The throttled answers are in Twilio's error shape.
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[("Spec", "concurrency=1,latency=200ms")],
    );
    assert_eq!(s, StatusCode::OK, "{body}");
    let url = format!("{}{}", sb.base(), sb.pv1("/Workers"));
    let creds = (sb.account(), sb.token());
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let (url, creds) = (url.clone(), creds.clone());
            std::thread::spawn(move || {
                let r = reqwest::blocking::Client::new()
                    .get(url)
                    .basic_auth(creds.0, Some(creds.1))
                    .send()
                    .unwrap();
                (r.status(), r.json::<Value>().unwrap())
            })
        })
        .collect();
    let answers: Vec<(StatusCode, Value)> =
        handles.into_iter().map(|h| h.join().unwrap()).collect();
    let throttled: Vec<&Value> = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::TOO_MANY_REQUESTS)
        .map(|(_, b)| b)
        .collect();
    assert!(!throttled.is_empty(), "{answers:?}");
    for b in throttled {
        assert_eq!(b["code"], 20429, "{b}");
        assert_eq!(b["status"], 429, "{b}");
        assert!(
            b["message"].is_string() && b["more_info"].is_string(),
            "{b}"
        );
    }
}
