//! `agents set NAME --activity A` and `agents list --activity A` on the sandbox: the activity
//! by name in any case (did-you-mean on a miss), the `agent-busy` confirmation before making a
//! busy agent unavailable, the sandbox refusing what Twilio refuses, and the call's and the
//! tasks' invariants after each.

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::{run, TestSandbox};
use crate::spec::Spec;
use crate::transfer_harness::{
    agent_behaves, assert_restored, counted, error_of, finish, invariants, mutating, spawn,
    wait_for,
};

// workspace → {activities, tasks, conferences, workers} → the live call's {participants,
// reservation} → bob's {pending reservations, channels} → one worker update.
const BUDGET_AGENTS_SET: usize = 10;

#[track_caller]
fn all_invariants(sb: &TestSandbox, when: &str) {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
    invariants(sb, when);
}

fn worker(sb: &TestSandbox, name: &str) -> Value {
    sb.get(&sb.pv1(&format!("/Workers/{}", seed::worker_sid(name))))
        .1
}

/// A task offered to `name` (who does not answer it): a pending reservation.
fn offer_task(sb: &TestSandbox, name: &str) -> String {
    let (s, body) = sb.post(&format!("/sandbox/agents/{name}"), &[("Tasks", "never")]);
    assert!(s.is_success(), "{body}");
    let sid = seed::worker_sid(name);
    let (s, task) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("RoutingTarget", sid.as_str()),
            ("IgnoreCapacity", "false"),
            ("TaskChannel", "voice"),
            ("Attributes", "{\"name\": \"another caller\"}"),
        ],
    );
    assert!(s.is_success(), "{task}");
    let (_, list) = sb.get(&sb.pv1(&format!(
        "/Workers/{sid}/Reservations?ReservationStatus=pending"
    )));
    assert_eq!(
        list["reservations"].as_array().map(Vec::len),
        Some(1),
        "{list}"
    );
    task["sid"].as_str().unwrap().to_string()
}

#[test]
fn an_agent_moves_to_an_activity_named_in_any_case_and_their_row_shows_it() {
    let sb = TestSandbox::new();
    let (run, reqs) = counted(
        &sb,
        &[
            "-o",
            "json",
            "agents",
            "set",
            "ERIN",
            "--activity",
            "available",
        ],
    );
    let rows = run.ok().json();
    assert!(reqs.len() <= BUDGET_AGENTS_SET, "{reqs:#?}");
    assert_eq!(mutating(&reqs).len(), 1, "{reqs:?}");
    let row = &rows[0];
    assert_eq!(row["name"], "erin");
    assert_eq!(row["activity"], "Available");
    assert_eq!(row["previous_activity"], "Break");
    assert_eq!(row["available"], true);
    assert_eq!(row["voice"], "0/1");
    assert_eq!(worker(&sb, "erin")["activity_name"], "Available");
    all_invariants(&sb, "erin available");

    // Already there: nothing is sent.
    let (run, reqs) = counted(&sb, &["agents", "set", "erin", "--activity", "Available"]);
    assert!(run.ok().stderr.contains("already Available"));
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");

    // TSV headers are the JSON names.
    let tsv = sb
        .flexctl(&["-o", "tsv", "agents", "set", "erin", "--activity", "break"])
        .ok();
    assert!(
        tsv.stdout
            .starts_with("name\tsid\tactivity\tprevious_activity\tavailable"),
        "{}",
        tsv.stdout
    );
}

#[test]
fn unknown_names_are_refused_with_a_suggestion_before_anything_changes() {
    let sb = TestSandbox::new();
    let (run, reqs) = counted(
        &sb,
        &["-o", "json", "agents", "set", "erin", "--activity", "brek"],
    );
    assert_eq!(run.code, 1, "{run:?}");
    let err = error_of(&run);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("no activity named 'brek'"),
        "{err}"
    );
    assert!(err.to_string().contains("did you mean Break?"), "{err}");
    assert!(mutating(&reqs).is_empty());
    let run = sb.flexctl(&["agents", "set", "eirn", "--activity", "Break"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("did you mean erin?"), "{}", run.stderr);
    // It acts on no call: the call selectors are refused.
    assert_eq!(
        sb.flexctl(&[
            "agents",
            "set",
            "erin",
            "--activity",
            "Break",
            "--task",
            &seed::live_task_sid()
        ])
        .code,
        2
    );
}

#[test]
fn making_an_agent_on_a_call_unavailable_needs_a_confirmation() {
    let sb = TestSandbox::new();
    let args = [
        "-o",
        "json",
        "agents",
        "set",
        "alice",
        "--activity",
        "Offline",
    ];
    for extra in [&[][..], &["--dry-run"][..]] {
        let mut full = args.to_vec();
        full.extend_from_slice(extra);
        let (run, reqs) = counted(&sb, &full);
        assert_eq!(run.code, 2, "{extra:?}: {run:?}");
        assert_eq!(error_of(&run)["id"], "agent-busy");
        assert!(mutating(&reqs).is_empty(), "{reqs:?}");
    }
    assert_eq!(worker(&sb, "alice")["activity_name"], "Available");
    // On a terminal the warning is a question: no refuses, yes goes ahead.
    let answering = |answer: &str| {
        let file = sb.dir.path().join("answers.txt");
        std::fs::write(&file, answer).unwrap();
        let mut cmd = sb.flexctl_cmd();
        cmd.env("FLEXCTL_PROMPT_ANSWERS", &file).args([
            "agents",
            "set",
            "alice",
            "--activity",
            "offline",
        ]);
        run(&mut cmd)
    };
    assert_eq!(answering("n\n").code, 2);
    assert_eq!(worker(&sb, "alice")["activity_name"], "Available");
    let yes = answering("y\n");
    assert_eq!(yes.code, 0, "{yes:?}");
    assert_eq!(worker(&sb, "alice")["activity_name"], "Offline");
    // The call goes on: alice is still with the customer.
    all_invariants(&sb, "alice offline on her call");
    let back = sb
        .flexctl(&[
            "-o",
            "json",
            "--yes",
            "agents",
            "set",
            "alice",
            "--activity",
            "Available",
        ])
        .ok()
        .json();
    assert_eq!(back[0]["on_call"], seed::live_task_sid());
    assert_eq!(back[0]["voice"], "1/1");
}

#[test]
fn pending_reservations_are_rejected_only_when_confirmed() {
    let sb = TestSandbox::new();
    let task = offer_task(&sb, "bob");
    let run = sb.flexctl(&["-o", "json", "agents", "set", "bob", "--activity", "Break"]);
    assert_eq!(run.code, 2, "{run:?}");
    let err = error_of(&run);
    assert_eq!(err["id"], "agent-busy");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("1 pending reservation"),
        "{err}"
    );
    let rows = sb
        .flexctl(&[
            "-o",
            "json",
            "--yes",
            "agents",
            "set",
            "bob",
            "--activity",
            "Break",
        ])
        .ok()
        .json();
    assert_eq!(rows[0]["activity"], "Break");
    assert_eq!(rows[0]["pending_reservations"], 0);
    let (_, list) = sb.get(&sb.pv1(&format!("/Tasks/{task}/Reservations")));
    assert_eq!(
        list["reservations"][0]["reservation_status"], "rejected",
        "{list}"
    );
    all_invariants(&sb, "bob on a break");
}

#[test]
fn a_consult_ringing_an_agent_made_unavailable_is_undone_and_the_customer_comes_back() {
    let sb = TestSandbox::new();
    // bob's own client would accept; he never does, so the reservation stays pending.
    agent_behaves(&sb, "bob", "answer", "0ms");
    let (s, body) = sb.post("/sandbox/agents/bob", &[("Tasks", "never")]);
    assert!(s.is_success(), "{body}");
    let child = spawn(
        &sb,
        &[
            "-q",
            "consult",
            "agent",
            "bob",
            "--wait",
            "--accept",
            "agent",
            "--ring-timeout",
            "60s",
        ],
    );
    wait_for(&sb, "bob's reservation", |s| {
        s.open_consult_tasks()
            .iter()
            .any(|t| t["assignment_status"] == "reserved")
    });
    sb.flexctl(&[
        "-q",
        "--yes",
        "agents",
        "set",
        "bob",
        "--activity",
        "Offline",
    ])
    .ok();
    let run = finish(child);
    assert_ne!(run.code, 0, "the consult cannot go on: {run:?}");
    let s = crate::transfer_harness::state(&sb);
    assert_restored(&s, "failed");
    all_invariants(&sb, "after the consult was undone");
}

#[test]
fn the_sandbox_refuses_an_unavailable_activity_with_pending_reservations_as_twilio_does() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    offer_task(&sb, "bob");
    let bob = seed::worker_sid("bob");
    let path = sb.pv1(&format!("/Workers/{bob}"));
    let (s, body) = sb.post(&path, &[("ActivitySid", &seed::activity_sid("Offline"))]);
    assert_eq!(s.as_u16(), 400, "{body}");
    assert_eq!(body["code"], 20001, "{body}");
    // Between available activities the reservation stays (TaskRouter allows it since 2024).
    let (s, body) = sb.post(&path, &[("ActivitySid", &seed::activity_sid("Available"))]);
    assert_eq!(s.as_u16(), 200, "{body}");
    let (s, body) = sb.post(
        &path,
        &[
            ("ActivitySid", &seed::activity_sid("Offline")),
            ("RejectPendingReservations", "true"),
        ],
    );
    assert_eq!(s.as_u16(), 200, "{body}");
    spec.check(
        "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}",
        "post",
        200,
        &body,
    );
    let list_path = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations";
    let (s, list) = sb.get(&sb.pv1(&format!("/Workers/{bob}/Reservations")));
    assert_eq!(s.as_u16(), 200, "{list}");
    spec.check(list_path, "get", 200, &list);
    assert_eq!(list["reservations"][0]["reservation_status"], "rejected");
    let (s, _) = sb.get(&sb.pv1(&format!(
        "/Workers/{bob}/Reservations?ReservationStatus=nope"
    )));
    assert_eq!(s.as_u16(), 400);
}

#[test]
fn agents_list_filters_by_activity() {
    let sb = TestSandbox::new();
    let rows = sb
        .flexctl(&["-o", "json", "agents", "list", "--activity", "break"])
        .ok()
        .json();
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["erin"]);
    let rows = sb
        .flexctl(&[
            "-o",
            "json",
            "agents",
            "list",
            "--activity",
            "Available",
            "--available",
        ])
        .ok()
        .json();
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["bob", "carol"]);
    let run = sb.flexctl(&["agents", "list", "--activity", "ofline"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("did you mean Offline?"),
        "{}",
        run.stderr
    );
}
