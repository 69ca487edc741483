//! `sandbox seed`: a generated contact centre, the same for the same seed, clean by the
//! invariant checker, in Twilio's shapes, and one every verb works on; `calls show --task`
//! costs the same requests whatever the number of calls.

use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;

/// Seeds through the CLI (by base URL, the control route) and returns its summary.
fn seed(sb: &TestSandbox, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json", "sandbox", "seed"];
    all.extend_from_slice(args);
    sb.flexctl(&all).ok().json()
}

#[track_caller]
fn assert_clean(sb: &TestSandbox) {
    let (s, body) = sb.get("/sandbox/invariants");
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["violations"], Value::Array(vec![]), "{body}");
    assert_eq!(body["task_violations"], Value::Array(vec![]), "{body}");
}

fn json_of(sb: &TestSandbox, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    sb.flexctl(&all).ok().json()
}

#[test]
fn the_same_seed_gives_the_same_centre_and_it_is_clean() {
    let sb = TestSandbox::new();
    let summary = seed(&sb, &["--size", "medium", "--seed", "7"]);
    for (key, want) in [
        ("calls", 30),
        ("agents", 200),
        ("queues", 50),
        ("stale_queues", 10),
        ("consults", 3),
        ("tasks", 33),
        ("call_legs", 63),
    ] {
        assert_eq!(summary[key], want, "{key}: {summary}");
    }
    let by_activity = summary["agents_by_activity"].as_object().unwrap();
    assert!(by_activity.len() >= 4, "{summary}");
    let total: u64 = by_activity.values().filter_map(Value::as_u64).sum();
    assert_eq!(total, 200, "{summary}");
    assert_clean(&sb);

    let views = |sb: &TestSandbox| {
        (
            json_of(sb, &["agents", "list"]),
            json_of(sb, &["calls", "list"]),
        )
    };
    let (agents, calls) = views(&sb);
    let agents_list = agents.as_array().unwrap();
    assert_eq!(agents_list.len(), 200);
    let on_call = agents_list
        .iter()
        .filter(|a| a["on_call"].is_string())
        .count();
    assert_eq!(on_call, 33, "30 agents hold a call, 3 more a consult");
    assert!(
        agents_list
            .iter()
            .filter(|a| a["queues"].as_array().is_some_and(|q| q.len() >= 2))
            .count()
            > 100,
        "most agents are in several queues"
    );
    let calls_list = calls.as_array().unwrap();
    assert_eq!(calls_list.len(), 30);
    let consulting = calls_list
        .iter()
        .filter(|c| c["phase"] == "consulting")
        .count();
    assert_eq!(consulting, 3, "{calls}");
    let stale = json_of(&sb, &["queues", "list", "--stale"]);
    assert_eq!(stale.as_array().unwrap().len(), 10, "{stale}");

    let again = seed(&sb, &["--size", "medium", "--seed", "7"]);
    assert_eq!(again, summary);
    assert_eq!(
        views(&sb),
        (agents.clone(), calls.clone()),
        "same seed, same SIDs and assignments"
    );
    seed(&sb, &["--size", "medium", "--seed", "8"]);
    let (other_agents, other_calls) = views(&sb);
    assert_ne!(other_calls, calls, "another seed, another centre");
    assert_ne!(other_agents, agents);
    assert_clean(&sb);
}

#[test]
fn the_seeded_centre_answers_in_twilio_shapes() {
    let sb = TestSandbox::new();
    let summary = seed(
        &sb,
        &[
            "--calls", "20", "--agents", "60", "--queues", "12", "--stale", "3",
        ],
    );
    let task = summary["first_task"].as_str().unwrap().to_string();
    let calls = json_of(&sb, &["calls", "list"]);
    let consult = calls
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["phase"] == "consulting")
        .expect("a consult under way");
    let cf = consult["conference_sid"].as_str().unwrap();
    let tr = Spec::taskrouter();
    let w = "/v1/Workspaces/{WorkspaceSid}";
    for (path, template) in [
        (sb.pv1("/Activities"), format!("{w}/Activities")),
        (sb.pv1("/Workers?PageSize=100"), format!("{w}/Workers")),
        (
            sb.pv1("/TaskQueues?PageSize=100"),
            format!("{w}/TaskQueues"),
        ),
        (
            sb.pv1("/TaskQueues/Statistics?Minutes=43200&PageSize=100"),
            format!("{w}/TaskQueues/Statistics"),
        ),
        (sb.pv1("/Workflows"), format!("{w}/Workflows")),
        (sb.pv1("/Tasks?PageSize=100"), format!("{w}/Tasks")),
        (
            sb.pv1(&format!("/Tasks/{task}")),
            format!("{w}/Tasks/{{Sid}}"),
        ),
        (
            sb.pv1(&format!("/Tasks/{task}/Reservations")),
            format!("{w}/Tasks/{{TaskSid}}/Reservations"),
        ),
    ] {
        let (s, body) = sb.get(&path);
        assert_eq!(s, StatusCode::OK, "{path}: {body}");
        tr.check(&template, "get", 200, &body);
    }
    let (s, body) = sb.get(&sb.p2010(&format!("/Conferences/{cf}/Participants.json")));
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(
        body["participants"].as_array().map(Vec::len),
        Some(3),
        "{body}"
    );
    Spec::v2010().check(
        "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json",
        "get",
        200,
        &body,
    );
}

#[test]
fn every_verb_works_on_a_medium_centre() {
    let sb = TestSandbox::new();
    let summary = seed(&sb, &["--size", "medium"]);
    let task = summary["first_task"].as_str().unwrap().to_string();
    let shown = json_of(&sb, &["calls", "show", "--task", &task]);
    assert_eq!(shown["task_sid"], task.as_str(), "{shown}");
    sb.flexctl(&["hold", "customer", "--task", &task]).ok();
    let shown = json_of(&sb, &["calls", "show", "--task", &task]);
    let customer = shown["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["role"] == "customer")
        .cloned()
        .unwrap_or_default();
    assert_eq!(customer["hold"], true, "{shown}");
    sb.flexctl(&["unhold", "customer", "--task", &task]).ok();
    assert_clean(&sb);

    // doctor names every stale queue (a failing finding: exit 1, with the repair as a hint).
    let doctor = sb.flexctl(&["-o", "json", "doctor", "--all-queues"]);
    assert_eq!(doctor.code, 1, "{doctor:?}");
    let findings = doctor.json();
    let stale = findings["checks"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == "queue-not-stale"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(stale["status"], "fail", "{findings}");
    let hint = stale["hint"].as_str().unwrap_or_default();
    assert!(
        hint.contains(" '"),
        "names with spaces are quoted for the shell: {hint}"
    );
    let stale_names = json_of(&sb, &["queues", "list", "--stale"]);
    for q in stale_names.as_array().unwrap() {
        let name = q["name"].as_str().unwrap();
        assert!(
            stale["detail"].as_str().unwrap().contains(name),
            "{name}: {stale}"
        );
    }

    let reset = json_of(&sb, &["queue", "reset", "--stale", "--yes"]);
    let results = reset["queues"].as_array().unwrap();
    assert_eq!(results.len(), 10, "{reset}");
    assert!(results.iter().all(|r| r["result"] == "reset"), "{reset}");
    let left = json_of(&sb, &["queues", "list", "--stale"]);
    assert_eq!(left, Value::Array(vec![]), "none stale after the reset");
    sb.flexctl(&["doctor", "--all-queues"]).ok();
    assert_clean(&sb);
}

/// Requests a command sent, from the sandbox's request log.
fn requests_of(sb: &TestSandbox, args: &[&str]) -> Vec<(String, String)> {
    let mark = sb.log_mark();
    sb.flexctl(args).ok();
    sb.requests_since(mark)
}

#[test]
fn a_call_named_by_its_task_costs_the_same_at_any_number_of_calls() {
    let sb = TestSandbox::new();
    let mut counts = Vec::new();
    for calls in ["1", "300"] {
        let summary = seed(
            &sb,
            &["--calls", calls, "--agents", "400", "--queues", "40"],
        );
        let task = summary["first_task"].as_str().unwrap().to_string();
        let show = requests_of(&sb, &["calls", "show", "--task", &task]);
        let hold = requests_of(&sb, &["hold", "customer", "--task", &task]);
        counts.push((show.len(), hold.len()));
        assert!(
            show.iter().all(|(_, p)| !p.ends_with("/Conferences.json")),
            "no list of every conference: {show:?}"
        );
    }
    assert_eq!(counts[0], counts[1], "1 call vs 300 calls: {counts:?}");
}

#[test]
fn bad_sizes_are_usage_errors_and_change_nothing() {
    let sb = TestSandbox::new();
    for args in [
        vec!["--calls", "2001", "--agents", "20000"],
        vec!["--agents", "20001"],
        vec!["--queues", "5001"],
        vec!["--queues", "5", "--stale", "6"],
        vec!["--queues", "5", "--stale", "5"],
        vec!["--calls", "300", "--agents", "10"],
        vec!["--agents", "0"],
        vec!["--size", "huge"],
        vec!["--calls", "-1"],
        vec!["--seed", "lots"],
    ] {
        let mut all = vec!["sandbox", "seed"];
        all.extend_from_slice(&args);
        let run = sb.flexctl(&all);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains("error"), "{args:?}: {}", run.stderr);
    }
    for form in [
        vec![("Size", "huge")],
        vec![("Calls", "abc")],
        vec![("Calls", "300"), ("Agents", "10")],
        vec![("Seed", "-3")],
    ] {
        let (s, body) = sb.post("/sandbox/seed", &form);
        assert_eq!(s, StatusCode::BAD_REQUEST, "{form:?}: {body}");
        assert_eq!(body["status"], 400, "{body}");
        assert!(body["message"].is_string(), "{body}");
    }
    let agents = json_of(&sb, &["agents", "list"]);
    assert_eq!(
        agents.as_array().unwrap().len(),
        5,
        "still the demo: {agents}"
    );
}
