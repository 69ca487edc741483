//! Transfer plans: `--dry-run` changes nothing, and each verb keeps its round-trip budget.

use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{
    agent_behaves, assert_unchanged, counted, invariants, mutating, state,
};

// Round-trip budgets: the Twilio requests (sandbox request log, GET included) each verb issues
// on the seeded call, run with `-q`. The simulated agents answer with no delay on a frozen
// clock, so a `--wait` finds the answer on its first poll and the counts are exact. Every verb
// first loads the call in two concurrent waves after the workspace: {tasks, conferences,
// workers}, then {participants, the task's reservations, and the task with its ETag when the
// verb journals, and a consult target's record}; the rest is the plan (one request per step, a
// journal write per record step). The picture afterwards is assembled from the responses, with
// no second read. Raise a budget only for a reason you can name in the commit; lower it when a
// change saves requests.
// +1 (same wave as the target's record): the target's worker channels, for `target-capacity`.
// +6 (4 dependent): the target's own task — create it, journal it, poll {task, its
// reservations, the legs}, accept the reservation — before bob is rung.
const BUDGET_CONSULT_AGENT: usize = 20;
const BUDGET_CONSULT_AGENT_WAIT: usize = 22;
// One more than the reads need: the accepting agent is journaled before they are rung, so a
// crash between the two leaves the consult leg named by the record.
// +1: each acceptance poll also lists the conference's legs (in the same wave as the task),
// so that a customer hanging up while a queue consult waits is noticed at once.
// +1: flexctl accepts the reservation for the agent.
const BUDGET_CONSULT_QUEUE_WAIT: usize = 24;
// +3: the target's task is closed (read it; once accepted, wrapping then completed).
const BUDGET_CANCEL: usize = 14;
const BUDGET_SWAP: usize = 8;
const BUDGET_MERGE: usize = 9;
// +1: the leaver's task goes to wrapping.
const BUDGET_LEAVE: usize = 11;
const BUDGET_HOLD: usize = 7;
const BUDGET_REMOVE: usize = 13;
// +7: the target's task (as for consult) and the leaver's task to wrapping.
const BUDGET_TRANSFER: usize = 28;
const BUDGET_TRANSFER_COLD: usize = 25;
// A dry run refuses what the run would: it reads the target's channels too (`target-capacity`).
const BUDGET_DRY_RUN_CONSULT: usize = 9;

/// Runs a verb (quietly) that must succeed and checks its round trips against `budget`.
#[track_caller]
fn within_budget(sb: &TestSandbox, args: &[&str], budget: usize) {
    let mut full = vec!["-q"];
    full.extend_from_slice(args);
    let (run, reqs) = counted(sb, &full);
    run.ok();
    assert!(
        reqs.len() <= budget,
        "{args:?} issued {} requests, over its budget of {budget}:\n{reqs:#?}",
        reqs.len()
    );
    invariants(sb, &format!("{args:?}"));
}

/// Every agent answers at once (on the frozen clock: at the next request).
fn instant_agents(sb: &TestSandbox) {
    for a in ["bob", "carol"] {
        agent_behaves(sb, a, "answer", "0ms");
    }
}

#[test]
fn every_verb_stays_within_its_round_trip_budget() {
    let sb = TestSandbox::new();
    within_budget(&sb, &["consult", "agent", "bob"], BUDGET_CONSULT_AGENT);
    within_budget(&sb, &["cancel"], BUDGET_CANCEL);
    within_budget(&sb, &["hold", "customer"], BUDGET_HOLD);
    within_budget(&sb, &["unhold", "customer"], BUDGET_HOLD);
    instant_agents(&sb);
    within_budget(
        &sb,
        &["consult", "agent", "bob", "--wait"],
        BUDGET_CONSULT_AGENT_WAIT,
    );
    within_budget(&sb, &["swap"], BUDGET_SWAP);
    within_budget(&sb, &["merge"], BUDGET_MERGE);
    within_budget(&sb, &["leave"], BUDGET_LEAVE);

    let sb = TestSandbox::new();
    instant_agents(&sb);
    within_budget(
        &sb,
        &["consult", "queue", "Support", "--wait"],
        BUDGET_CONSULT_QUEUE_WAIT,
    );
    within_budget(&sb, &["merge"], BUDGET_MERGE);
    let agent = state(&sb).last_record()["to"]["name"]
        .as_str()
        .unwrap()
        .to_string();
    within_budget(&sb, &["remove", &agent], BUDGET_REMOVE);

    let sb = TestSandbox::new();
    instant_agents(&sb);
    within_budget(&sb, &["transfer", "agent", "bob"], BUDGET_TRANSFER);

    let sb = TestSandbox::new();
    instant_agents(&sb);
    within_budget(
        &sb,
        &["--yes", "transfer", "agent", "bob", "--cold"],
        BUDGET_TRANSFER_COLD,
    );

    let sb = TestSandbox::new();
    let (run, reqs) = counted(&sb, &["--dry-run", "-o", "json", "consult", "agent", "bob"]);
    run.ok();
    assert!(reqs.len() <= BUDGET_DRY_RUN_CONSULT, "{reqs:#?}");
}

/// Checks a dry run's JSON: the verb, `dry_run: true`, and steps of `{method, path, params,
/// undo, description}` (undo null or a request of the same shape).
#[track_caller]
fn plan_shape(plan: &Value, verb: &str) -> Vec<Value> {
    assert_eq!(plan["verb"], verb, "{plan:#}");
    assert_eq!(plan["dry_run"], true);
    let steps = plan["steps"].as_array().expect("steps").clone();
    assert!(!steps.is_empty(), "{plan:#}");
    let request = |r: &Value| {
        assert!(
            matches!(r["method"].as_str(), Some("GET" | "POST" | "DELETE")),
            "{r}"
        );
        let path = r["path"].as_str().expect("path");
        assert!(
            path.starts_with("/2010-04-01/Accounts/") || path.starts_with("/v1/Workspaces/"),
            "{path}"
        );
        assert!(r["params"].is_object(), "{r}");
        assert!(r["description"].is_string(), "{r}");
    };
    for s in &steps {
        request(s);
        assert!(s.get("undo").is_some(), "{s}");
        if !s["undo"].is_null() {
            request(&s["undo"]);
        }
    }
    steps
}

/// Runs `--dry-run -o json` + `args`: no POST or DELETE reaches the sandbox and the call is
/// unchanged. Returns the steps.
#[track_caller]
fn dry_run(sb: &TestSandbox, args: &[&str], verb: &str) -> Vec<Value> {
    let before = invariants(sb, "before the dry run");
    let mut full = vec!["--dry-run", "-o", "json"];
    full.extend_from_slice(args);
    let (run, reqs) = counted(sb, &full);
    let run = run.ok();
    assert!(
        mutating(&reqs).is_empty(),
        "{args:?} --dry-run sent {:?}",
        mutating(&reqs)
    );
    let after = invariants(sb, "after the dry run");
    assert_unchanged(&before, &after, &format!("{args:?} --dry-run"));
    plan_shape(&run.json(), verb)
}

/// The (method, path suffix, params) of each step, for compact assertions.
fn requests(steps: &[Value]) -> Vec<(String, String, Value)> {
    steps
        .iter()
        .map(|s| {
            let path = s["path"].as_str().unwrap();
            let tail = path.rsplit('/').next().unwrap().to_string();
            (
                s["method"].as_str().unwrap().to_string(),
                tail,
                s["params"].clone(),
            )
        })
        .collect()
}

#[test]
fn dry_run_of_every_verb_sends_nothing() {
    let sb = TestSandbox::new();
    let steps = dry_run(&sb, &["consult", "agent", "bob"], "consult");
    let reqs = requests(&steps);
    assert!(
        reqs.iter()
            .any(|(m, p, q)| m == "POST" && p == "customer.json" && q["Hold"] == "true"),
        "{reqs:#?}"
    );
    assert!(reqs.iter().any(|(m, p, q)| m == "POST"
        && p == "Participants.json"
        && q["Label"] == "consult-".to_string() + &flexctl::sandbox::seed::worker_sid("bob")));
    dry_run(&sb, &["consult", "queue", "Support"], "consult");
    dry_run(&sb, &["hold", "customer"], "hold");

    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let steps = dry_run(&sb, &["cancel"], "cancel");
    assert_eq!(steps[0]["method"], "DELETE", "{steps:#?}");
    sb.advance_ms(2500);
    dry_run(&sb, &["swap"], "swap");
    dry_run(&sb, &["merge"], "merge");
    sb.flexctl(&["-q", "merge"]).ok();
    let steps = dry_run(&sb, &["leave"], "leave");
    assert!(requests(&steps)
        .iter()
        .any(|(m, p, _)| m == "DELETE" && p == "worker.json"));
    dry_run(&sb, &["remove", "bob"], "remove");
}

#[test]
fn dry_run_of_transfer_shows_the_whole_hand_off() {
    let sb = TestSandbox::new();
    let steps = dry_run(&sb, &["transfer", "agent", "bob"], "transfer");
    let reqs = requests(&steps);
    let hold = reqs
        .iter()
        .position(|(_, p, q)| p == "customer.json" && q["Hold"] == "true")
        .expect("the customer is held for the consult");
    let unhold = reqs
        .iter()
        .position(|(_, p, q)| p == "customer.json" && q["Hold"] == "false")
        .expect("and unheld by the merge");
    let leave = reqs
        .iter()
        .position(|(m, p, _)| m == "DELETE" && p == "worker.json")
        .expect("alice leaves");
    assert!(hold < unhold && unhold < leave, "{reqs:#?}");

    // Cold: the customer is never held, and alice is removed only after the answer.
    let steps = dry_run(
        &sb,
        &["--yes", "transfer", "agent", "bob", "--cold", "--wrap"],
        "transfer --cold",
    );
    let reqs = requests(&steps);
    assert!(
        !reqs.iter().any(|(_, _, q)| q["Hold"] == "true"),
        "a cold transfer holds nobody: {reqs:#?}"
    );
    let answer = steps
        .iter()
        .position(|s| s["description"].as_str().unwrap().starts_with("wait up to"))
        .expect("waits for the answer");
    let leave = reqs
        .iter()
        .position(|(m, p, _)| m == "DELETE" && p == "worker.json")
        .expect("alice leaves");
    assert!(answer < leave, "{steps:#?}");
    assert_eq!(
        steps.last().unwrap()["params"]["AssignmentStatus"],
        "wrapping"
    );
}
