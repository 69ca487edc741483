//! Reads that must not grow with the account: a call named by its agent costs the same at 1
//! and at 30 live calls, and `agents list` asks the server about a queue's members only
//! when the workers already read cannot answer, once per distinct target expression.

use std::collections::BTreeSet;

use flexctl::domain::expr;
use flexctl::domain::routing::worker_view;
use flexctl::sandbox::store::StoreError;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;

fn json_of(sb: &TestSandbox, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    sb.flexctl(&all).ok().json()
}

/// The Twilio requests one flexctl run sends: (method, path without the query).
fn requests_of(sb: &TestSandbox, args: &[&str]) -> Vec<(String, String)> {
    let mark = sb.log_mark();
    sb.flexctl(args).ok();
    sb.requests_since(mark)
}

fn count(reqs: &[(String, String)], part: &str) -> usize {
    reqs.iter().filter(|(_, p)| p.contains(part)).count()
}

/// A live call's agent and task from `calls list`: the first call with no consult under way.
fn some_call(sb: &TestSandbox) -> (String, String) {
    let calls = json_of(sb, &["calls", "list"]);
    let c = calls
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["phase"] == "live")
        .expect("a live call with no consult")
        .clone();
    (
        c["agent"].as_str().unwrap().to_string(),
        c["task_sid"].as_str().unwrap().to_string(),
    )
}

#[test]
fn a_call_named_by_its_agent_costs_the_same_at_one_and_at_thirty_calls() {
    let sb = TestSandbox::new();
    let (agent, task) = some_call(&sb);
    let verbs: [&[&str]; 2] = [
        &["calls", "show", "--agent"],
        &["hold", "customer", "--agent"],
    ];
    let mut small = Vec::new();
    for v in verbs {
        let mut args = v.to_vec();
        args.push(&agent);
        small.push(requests_of(&sb, &args));
    }
    sb.flexctl(&["unhold", "customer", "--task", &task]).ok();

    sb.flexctl(&["sandbox", "seed", "--size", "medium"]).ok();
    let (agent, task) = some_call(&sb);
    for (v, before) in verbs.iter().zip(&small) {
        let mut args = v.to_vec();
        args.push(&agent);
        let shown = json_of(&sb, &["calls", "show", "--agent", &agent]);
        assert_eq!(shown["task_sid"], task.as_str(), "{shown}");
        let reqs = requests_of(&sb, &args);
        assert_eq!(
            reqs.len(),
            before.len(),
            "{args:?}: 1 call {before:?}\n30 calls {reqs:?}"
        );
        // One conference's legs and the agent's own reservations; no list of every call.
        assert_eq!(
            count(&reqs, "/Participants"),
            1 + usize::from(v[0] == "hold")
        );
        assert_eq!(count(&reqs, "/Conferences.json"), 0, "{reqs:?}");
        assert_eq!(count(&reqs, "/Workers/WK"), 1, "{reqs:?}");
        assert!(reqs.len() <= 7, "{args:?}: {reqs:?}");
    }
    sb.flexctl(&["unhold", "customer", "--task", &task]).ok();
}

#[test]
fn an_agent_on_a_consult_or_on_no_call_is_found_or_refused_as_before() {
    let sb = TestSandbox::new();
    sb.flexctl(&["sandbox", "seed", "--size", "medium"]).ok();
    let calls = json_of(&sb, &["calls", "list"]);
    let consult = calls
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["phase"] == "consulting")
        .expect("a consult under way")
        .clone();
    let shown = json_of(
        &sb,
        &[
            "calls",
            "show",
            "--task",
            consult["task_sid"].as_str().unwrap(),
        ],
    );
    let target = shown["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["role"] != "customer")
        .filter_map(|l| l["name"].as_str())
        .find(|n| Some(*n) != consult["agent"].as_str())
        .expect("the consulted agent")
        .to_string();
    // The consulted agent's task is their own; the call is still the one `calls list` names.
    let by_target = json_of(&sb, &["calls", "show", "--agent", &target]);
    assert_eq!(by_target["task_sid"], consult["task_sid"], "{by_target}");
    assert_eq!(by_target["phase"], "consulting", "{by_target}");

    let agents = json_of(&sb, &["agents", "list"]);
    let idle = agents
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["on_call"].is_null())
        .and_then(|a| a["name"].as_str())
        .unwrap()
        .to_string();
    let run = sb.flexctl(&["calls", "show", "--agent", &idle]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("is not on a live call"),
        "{}",
        run.stderr
    );
    let run = sb.flexctl(&["calls", "show", "--agent", "nobody-by-that-name"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("no agent named"), "{}", run.stderr);
}

#[test]
fn the_worker_reservation_list_answers_in_the_documented_shape() {
    let sb = TestSandbox::new();
    let workers = json_of(&sb, &["agents", "list"]);
    let busy = workers
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["on_call"].is_string())
        .unwrap()
        .clone();
    let wk = busy["sid"].as_str().unwrap();
    let path = sb.pv1(&format!(
        "/Workers/{wk}/Reservations?ReservationStatus=accepted"
    ));
    let (s, body) = sb.get(&path);
    assert_eq!(s, StatusCode::OK, "{body}");
    Spec::taskrouter().check(
        "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations",
        "get",
        200,
        &body,
    );
    let listed = body["reservations"].as_array().unwrap();
    assert_eq!(listed.len(), 1, "{body}");
    assert_eq!(listed[0]["task_sid"], busy["on_call"], "{body}");
    assert_eq!(listed[0]["worker_sid"], wk, "{body}");

    let (s, body) = sb.get(&sb.pv1(&format!(
        "/Workers/{wk}/Reservations?ReservationStatus=lost"
    )));
    assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
    let unknown = format!("WK{}", "0".repeat(32));
    let (s, body) = sb.get(&sb.pv1(&format!("/Workers/{unknown}/Reservations")));
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
}

/// Sets a queue's target expression in the sandbox's database (the API has no queue update).
fn set_target(sb: &TestSandbox, queue: &str, target: &str) {
    sb.bg
        .state
        .store()
        .write(|tx| {
            tx.execute(
                "UPDATE task_queues SET target_workers = ?1 WHERE friendly_name = ?2",
                [target, queue],
            )
            .map_err(StoreError::from)
        })
        .expect("update the queue");
}

#[test]
fn agents_list_asks_once_per_distinct_expression_and_never_for_a_constant_one() {
    let sb = TestSandbox::new();
    let (_, queues) = sb.get(&sb.pv1("/TaskQueues"));
    let names: Vec<String> = queues["task_queues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["friendly_name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.len() >= 4, "{queues}");
    let reqs = requests_of(&sb, &["agents", "list"]);
    let distinct: BTreeSet<String> = queues["task_queues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["target_workers"].as_str().unwrap().to_string())
        .collect();
    let member_lists = |reqs: &[(String, String)]| {
        reqs.iter().filter(|(_, p)| p.ends_with("/Workers")).count() - 1
    };
    assert_eq!(member_lists(&reqs), distinct.len(), "{reqs:?}");
    assert_eq!(count(&reqs, "/Participants"), 0, "no call's legs: {reqs:?}");

    // Two queues with one expression share an answer; `1==1` and `1==2` need none.
    set_target(
        &sb,
        &names[1],
        queues["task_queues"][0]["target_workers"].as_str().unwrap(),
    );
    set_target(&sb, &names[2], "1==1");
    set_target(&sb, &names[3], "1 == 2");
    let before = json_of(&sb, &["agents", "list"]);
    let reqs = requests_of(&sb, &["agents", "list"]);
    assert_eq!(member_lists(&reqs), names.len() - 3, "{reqs:?}");
    let every = before.as_array().unwrap();
    assert!(every.iter().all(|a| a["queues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q == names[2].as_str())));
    assert!(every.iter().all(|a| !a["queues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q == names[3].as_str())));
    for a in every {
        let qs = a["queues"].as_array().unwrap();
        assert_eq!(
            qs.iter().any(|q| q == names[0].as_str()),
            qs.iter().any(|q| q == names[1].as_str()),
            "same expression, same members: {a}"
        );
    }
}

#[test]
fn the_domain_evaluator_agrees_with_the_sandbox_routing_table() {
    let sb = TestSandbox::new();
    let (_, listed) = sb.get(&sb.pv1("/Workers"));
    let sids: Vec<String> = listed["workers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["sid"].as_str().unwrap().to_string())
        .collect();
    // Varied attributes, so that each expression below selects some workers and not others.
    let attrs = [
        r#"{"skills":["support","sales"],"level":3,"lang":"en","team":{"name":"north"}}"#,
        r#"{"skills":["sales"],"level":1,"lang":"fr","team":{"name":"south"}}"#,
        r#"{"skills":[],"level":5,"lang":"en"}"#,
        r#"{"level":"2","vip":true,"lang":"de","team":{"name":"north"}}"#,
    ];
    for (i, sid) in sids.iter().enumerate() {
        let a = attrs[i % attrs.len()];
        let (s, body) = sb.post(&sb.pv1(&format!("/Workers/{sid}")), &[("Attributes", a)]);
        assert_eq!(s, StatusCode::OK, "{body}");
    }
    let views: Vec<(String, Value)> = sids
        .iter()
        .map(|sid| {
            let (_, w) = sb.get(&sb.pv1(&format!("/Workers/{sid}")));
            let own: Value = serde_json::from_str(w["attributes"].as_str().unwrap()).unwrap();
            let name = w["friendly_name"].as_str().unwrap();
            (sid.clone(), worker_view(&own, sid, name))
        })
        .collect();
    let table = [
        "1==1",
        "1 == 2",
        "skills HAS 'support'",
        "skills HAS \"sales\" AND level > 2",
        "skills HAS 'sales' OR vip == true",
        "NOT (lang == 'en')",
        "lang IN ['en', 'fr']",
        "lang NOT IN ['en']",
        "level >= 2",
        "level < 3",
        "team.name == 'north'",
        "team.name != 'north'",
        "skills CONTAINS 'sal'",
        "vip == true AND (level == 2 OR level == 9)",
        "missing == null",
        "friendly_name == 'alice' OR sid == 'WK00000000000000000000000000000000'",
    ];
    for src in table {
        let e = expr::parse(src).unwrap_or_else(|err| panic!("{src}: {err}"));
        let local: BTreeSet<&str> = views
            .iter()
            .filter(|(_, v)| e.eval(v))
            .map(|(s, _)| s.as_str())
            .collect();
        let q: String = url_encode(src);
        let (s, body) = sb.get(&sb.pv1(&format!("/Workers?TargetWorkersExpression={q}")));
        assert_eq!(s, StatusCode::OK, "{src}: {body}");
        let routed: BTreeSet<&str> = body["workers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["sid"].as_str().unwrap())
            .collect();
        assert_eq!(local, routed, "{src}");
        assert_eq!(e.reads_attributes(), !src.starts_with('1'), "{src}");
    }
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn every_listing_command_succeeds_against_a_throttled_medium_centre() {
    let sb = TestSandbox::new();
    let summary = sb
        .flexctl(&["-o", "json", "sandbox", "seed", "--size", "medium"])
        .ok()
        .json();
    let task = summary["first_task"].as_str().unwrap().to_string();
    let (agent, _) = some_call(&sb);
    // 429 above 8 in flight, a client allowed 64: the limiter must come down, not fail.
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "concurrency=8,latency=20ms")]);
    assert_eq!(s, StatusCode::OK, "{body}");
    let commands: [&[&str]; 7] = [
        &["calls", "list"],
        &["agents", "list"],
        &["queues", "list"],
        &["queues", "list", "--stale"],
        &["calls", "show", "--task", &task],
        &["calls", "show", "--agent", &agent],
        &["doctor", "--all-queues"],
    ];
    for args in commands {
        let mut all = vec!["-o", "json", "--concurrency", "64"];
        all.extend_from_slice(args);
        let run = sb.flexctl(&all);
        // doctor exits 1 for the stale queues it was asked about, and for nothing else.
        let ok = run.code == 0
            || (args[0] == "doctor"
                && run.code == 1
                && run.json()["checks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|c| c["status"] != "fail" || c["id"] == "queue-not-stale"));
        assert!(ok, "{args:?}: {run:?}");
        assert!(!run.stdout.trim().is_empty(), "{args:?}");
    }
    let (_, faults) = sb.get("/sandbox/faults");
    assert!(
        faults["injected"]["429"].as_u64().unwrap_or(0) >= 1,
        "the bound was hit: {faults}"
    );
}
