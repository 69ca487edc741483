//! `transfer number` under faults (a lost or failing ring, a failing leave), killed at any
//! point and recovered by `doctor --fix`, a call no agent is on handed to a number, and racing
//! consults; the sandbox's invariants and the customer's after each.

use std::time::Duration;

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::numbers::{all_invariants, assert_handed_to_number, number_behaves, LABEL, NUMBER};
use crate::transfer_harness::{
    assert_restored, error_of, finish, flags, mutating, spawn, unfreeze,
};

/// Kills `transfer number` after each number of changes in turn; `doctor --fix` then leaves
/// the call valid: the customer on it with someone live, nothing of the transfer left open.
#[test]
fn killing_a_number_transfer_at_any_point_is_recoverable() {
    for cold in [false, true] {
        let mut killed = 0;
        for changes in 1..=12 {
            let sb = TestSandbox::new();
            unfreeze(&sb);
            number_behaves(&sb, NUMBER, &[("AnswerAfter", "100ms")]);
            let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=25ms")]);
            assert!(s.is_success(), "{body}");
            let mut args = vec!["-q", "--yes", "transfer", "number", NUMBER];
            if cold {
                args.push("--cold");
            }
            let mark = sb.log_mark();
            let mut child = spawn(&sb, &args);
            let done = loop {
                let n = mutating(&sb.requests_since(mark)).len();
                if n >= changes {
                    let _ = child.kill();
                    break false;
                }
                if child.try_wait().ok().flatten().is_some() {
                    break true;
                }
                std::thread::sleep(Duration::from_millis(3));
            };
            let _ = child.wait();
            if done {
                break;
            }
            killed += 1;
            let when = format!("{args:?} killed after {changes} change(s)");
            sb.post("/sandbox/faults", &[("Spec", "none")]);
            sb.post("/sandbox/clock", &[("Advance", "3m")]);
            let fix = sb.flexctl(&["doctor", "--fix", "-o", "json"]);
            assert!(matches!(fix.code, 0 | 1), "{when}: {}", fix.stderr);
            let s = all_invariants(&sb, &when);
            assert!(
                s.active_records().is_empty(),
                "{when}: {}",
                s.attributes_raw
            );
            assert!(
                s.legs
                    .iter()
                    .all(|l| l["hold"] == false && l["status"] == "connected"),
                "{when}: {:#?}",
                s.legs
            );
            let after = sb.flexctl(&["doctor", "-o", "json"]);
            assert_eq!(after.code, 0, "{when}: {}{}", after.stdout, after.stderr);
        }
        assert!(killed >= 2, "cold={cold}: killed only {killed} time(s)");
    }
}

fn set_faults(sb: &TestSandbox, spec: &str) {
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", spec)]);
    assert!(s.is_success(), "{body}");
}

/// Clears the faults; returns how many of `kind` were injected.
fn clear_faults(sb: &TestSandbox, kind: &str) -> u64 {
    let (s, body) = sb.delete("/sandbox/faults");
    assert!(s.is_success(), "{body}");
    body["injected"][kind].as_u64().unwrap_or(0)
}

#[test]
fn a_lost_answer_to_the_number_ring_is_looked_up_not_rung_again() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    set_faults(
        &sb,
        "rate=1,kinds=lost,method=POST,path=*/Participants.json",
    );
    sb.flexctl(&["-q", "transfer", "number", NUMBER]).ok();
    assert_eq!(clear_faults(&sb, "lost"), 1);
    let s = all_invariants(&sb, "after a lost ring");
    assert_handed_to_number(&sb, &s, "warm");
    assert_eq!(
        s.last_record()["consult"]["call_sid"],
        s.leg(LABEL).unwrap()["call_sid"]
    );
}

#[test]
fn a_failing_number_ring_is_undone() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=500,method=POST,path=*/Participants.json");
    let run = sb.flexctl(&["transfer", "number", NUMBER]);
    clear_faults(&sb, "500");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("restored:"), "{}", run.stderr);
    let s = all_invariants(&sb, "failed ring");
    assert_restored(&s, "failed");
}

#[test]
fn a_failing_leave_keeps_the_agent_with_the_customer_and_the_number() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    set_faults(
        &sb,
        "rate=1,kinds=500,method=DELETE,path=*/Participants/worker.json",
    );
    let run = sb.flexctl(&["transfer", "number", NUMBER]);
    clear_faults(&sb, "500");
    assert_ne!(run.code, 0, "{}", run.stderr);
    let s = all_invariants(&sb, "failed leave");
    // Alice is still there: nobody ends the conference on exit, nobody is on hold.
    assert_eq!(
        flags(s.leg("worker").unwrap()),
        (false, "connected".into(), false)
    );
    assert_eq!(s.leg(LABEL).unwrap()["hold"], false);
    assert_eq!(s.customer()["hold"], false);
    let doctor = sb.flexctl(&["doctor", "-o", "json"]);
    assert!(matches!(doctor.code, 0 | 1), "{}", doctor.stderr);
}

#[test]
fn a_call_no_agent_is_on_is_handed_straight_to_a_number() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    let cf = seed::live_conference_sid();
    let worker = sb.p2010(&format!("/Conferences/{cf}/Participants/worker.json"));
    let customer = sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json"));
    sb.post(&customer, &[("Hold", "true")]);
    sb.post(&worker, &[("EndConferenceOnExit", "false")]);
    sb.delete(&worker);
    let task = seed::live_task_sid();
    sb.flexctl(&["-q", "transfer", "number", NUMBER, "--task", &task])
        .ok();
    let s = all_invariants(&sb, "rescued to a number");
    assert_eq!(flags(s.customer()), (false, "connected".into(), true));
    assert_eq!(
        flags(s.leg(LABEL).unwrap()),
        (false, "connected".into(), true)
    );
    assert_eq!(s.last_record()["mode"], "rescue");
    assert_eq!(s.last_record()["status"], "completed");
}

#[test]
fn racing_consults_to_numbers_and_agents_make_exactly_one_transfer() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "never")]);
    let targets: [&[&str]; 6] = [
        &["number", NUMBER],
        &["agent", "bob"],
        &["number", "+15550100778"],
        &["number", NUMBER],
        &["agent", "carol"],
        &["number", "sip:desk@pbx.example.com"],
    ];
    let children: Vec<_> = targets
        .iter()
        .map(|t| {
            let mut args = vec!["-o", "json", "-q", "consult"];
            args.extend_from_slice(t);
            spawn(&sb, &args)
        })
        .collect();
    let runs: Vec<_> = children.into_iter().map(finish).collect();
    assert_eq!(runs.iter().filter(|r| r.code == 0).count(), 1, "{runs:#?}");
    for loser in runs.iter().filter(|r| r.code != 0) {
        assert!(matches!(loser.code, 1 | 5), "{loser:#?}");
        assert_eq!(error_of(loser)["id"], "no-other-transfer");
    }
    let s = all_invariants(&sb, "after racing consults");
    let rung: Vec<&Value> = s
        .legs
        .iter()
        .filter(|l| l["label"] != "customer" && l["label"] != "worker")
        .collect();
    assert_eq!(rung.len(), 1, "{:#?}", s.legs);
    assert_eq!(s.records().len(), 1, "{}", s.attributes_raw);
}

#[test]
fn an_external_leg_no_record_names_is_an_orphan_doctor_removes() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    let cf = seed::live_conference_sid();
    let path = sb.p2010(&format!("/Conferences/{cf}/Participants.json"));
    let (s, leg) = sb.post(
        &path,
        &[("From", "+15550109999"), ("To", NUMBER), ("Label", LABEL)],
    );
    assert!(s.is_success(), "{leg}");
    sb.advance_ms(100);
    let (_, inv) = sb.get("/sandbox/invariants");
    let kinds: Vec<&str> = inv["violations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["orphan-consult-leg"], "{inv}");
    let report = sb.flexctl(&["doctor", "-o", "json"]);
    assert_eq!(report.code, 1, "{}", report.stdout);
    let orphan = report.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "orphan-consult")
        .cloned()
        .unwrap();
    assert_eq!(orphan["status"], "fail", "{orphan}");
    sb.flexctl(&["-q", "doctor", "--fix"]);
    let s = all_invariants(&sb, "after doctor --fix");
    assert!(s.leg(LABEL).is_none(), "{:#?}", s.legs);
    assert_eq!(flags(s.customer()), (false, "connected".into(), true));
    assert_eq!(sb.flexctl(&["doctor"]).code, 0);
}
