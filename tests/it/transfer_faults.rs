//! Transfers under injected faults: lost answers looked up, not repeated; failures undone.

use flexctl::sandbox::seed;
use reqwest::StatusCode;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, assert_unchanged, invariants, label_of, state};

fn set_faults(sb: &TestSandbox, spec: &str) {
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", spec)]);
    assert_eq!(s, StatusCode::OK, "{body}");
}

/// Clears the faults; returns how many of `kind` were injected.
fn clear_faults(sb: &TestSandbox, kind: &str) -> u64 {
    let (s, body) = sb.delete("/sandbox/faults");
    assert_eq!(s, StatusCode::OK, "{body}");
    body["injected"][kind].as_u64().unwrap_or(0)
}

fn call_task_path() -> String {
    format!("*/Tasks/{}", seed::live_task_sid())
}

#[test]
fn a_lost_answer_to_the_ring_is_looked_up_not_rung_again() {
    let sb = TestSandbox::new();
    set_faults(
        &sb,
        "rate=1,kinds=lost,method=POST,path=*/Participants.json",
    );
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    assert_eq!(clear_faults(&sb, "lost"), 1);
    let s = invariants(&sb, "after a lost ring");
    assert_eq!(s.consult_legs().len(), 1, "{:#?}", s.legs);
    let r = s.last_record();
    assert_eq!(r["status"], "ringing");
    assert_eq!(
        r["consult"]["call_sid"],
        s.leg(&label_of("bob")).unwrap()["call_sid"]
    );
}

#[test]
fn a_lost_answer_to_the_consult_task_create_is_looked_up_not_created_again() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    agent_behaves(&sb, "carol", "answer", "0ms");
    set_faults(&sb, "rate=1,kinds=lost,method=POST,path=*/Tasks");
    sb.flexctl(&["-q", "consult", "queue", "Support", "--wait"])
        .ok();
    assert_eq!(clear_faults(&sb, "lost"), 1);
    let s = invariants(&sb, "after a lost task create");
    assert_eq!(s.consult_tasks.len(), 1, "{:#?}", s.consult_tasks);
    assert_eq!(s.last_record()["status"], "consulting");
    assert_eq!(s.consult_legs().len(), 1);
}

/// Every journal write lands but its answer is lost: flexctl reads the task back, finds its
/// record, and carries on (it neither fails with a dangling `initiated` record nor writes
/// twice).
#[test]
fn lost_answers_to_journal_writes_are_looked_up() {
    let sb = TestSandbox::new();
    set_faults(
        &sb,
        &format!("rate=1,kinds=lost,method=POST,path={}", call_task_path()),
    );
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    assert_eq!(
        clear_faults(&sb, "lost"),
        3,
        "initiated, ringing with bob's task, ringing with his leg"
    );
    let s = invariants(&sb, "after lost journal writes");
    assert_eq!(s.records().len(), 1, "{}", s.attributes_raw);
    assert_eq!(s.last_record()["status"], "ringing");
    sb.flexctl(&["-q", "cancel"]).ok();
    assert_eq!(
        invariants(&sb, "cancel").last_record()["status"],
        "canceled"
    );
}

#[test]
fn an_unreachable_journal_exits_3_and_changes_nothing() {
    let sb = TestSandbox::new();
    let before = state(&sb);
    set_faults(
        &sb,
        &format!("rate=1,kinds=drop,method=POST,path={}", call_task_path()),
    );
    let run = sb.flexctl(&["-q", "consult", "agent", "bob"]);
    clear_faults(&sb, "drop");
    assert_eq!(run.code, 3, "{}", run.stderr);
    let after = invariants(&sb, "unreachable journal");
    assert_unchanged(&before, &after, "dropped journal writes");
    // Nothing blocks the next transfer.
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
}

/// The ring fails half way through the plan (the customer already on hold): the undo brings
/// the customer back, re-arms alice and records the failure.
#[test]
fn a_failing_ring_is_undone() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=500,method=POST,path=*/Participants.json");
    let run = sb.flexctl(&["consult", "agent", "bob"]);
    clear_faults(&sb, "500");
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("restored:"), "{}", run.stderr);
    let s = invariants(&sb, "failed ring");
    assert!(s.consult_legs().is_empty());
    assert_eq!(s.customer()["hold"], false);
    assert_eq!(s.leg("worker").unwrap()["end_conference_on_exit"], true);
    assert_eq!(s.last_record()["status"], "failed");
}
