//! The README's safety promises under what operators actually do: the customer named for
//! removal in every way, SIGTERM and SIGHUP during a wait, a customer hanging up while a verb
//! waits, and doctor telling a killed transfer from a running or a parked one.

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{
    agent_behaves, assert_restored, error_of, finish, invariants, label_of, refused, send_signal,
    spawn, state, wait_for, State,
};

fn ringing(sb: &TestSandbox) -> State {
    let bob = label_of("bob");
    wait_for(sb, "bob ringing", |s| {
        s.leg(&bob).is_some() && s.last_record()["status"] == "ringing"
    })
}

#[test]
fn the_customer_is_never_removed_however_named() {
    let sb = TestSandbox::new();
    let call_sid = seed::customer_call_sid();
    let forms: Vec<Vec<&str>> = vec![
        vec!["remove", "customer"],
        vec!["hangup", "customer"],
        vec!["remove", "Customer"],
        vec!["--dry-run", "remove", "customer"],
        vec!["--yes", "remove", "customer"],
        vec!["remove", "customer", "--customer"],
        vec!["remove", &call_sid],
        vec!["remove", seed::CUSTOMER_NUMBER],
        vec!["remove", "+1 555 010 0001"],
        vec!["remove", "--customer"],
        vec!["--dry-run", "remove", "--customer"],
    ];
    let mut messages = Vec::new();
    for args in &forms {
        let run = refused(&sb, args, 2, Some("customer-stays"));
        messages.push(error_of(&run)["message"].clone());
    }
    // One message, whichever way the customer was named.
    assert!(messages.windows(2).all(|w| w[0] == w[1]), "{messages:?}");
    // Holding by the same names is allowed (the README's `hold customer`).
    sb.flexctl(&["-q", "hold", seed::CUSTOMER_NUMBER]).ok();
    assert_eq!(state(&sb).customer()["hold"], true);
    sb.flexctl(&["-q", "unhold", &call_sid]).ok();
    assert_eq!(state(&sb).customer()["hold"], false);
    // Asked for explicitly, it is done.
    sb.flexctl(&["-q", "--yes", "remove", "customer", "--customer"])
        .ok();
    assert!(state(&sb).leg("customer").is_none());
}

#[test]
fn removing_a_ringing_consult_leg_is_a_cancel() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let s = invariants(&sb, "ringing");
    assert_eq!(s.customer()["hold"], true);
    sb.flexctl(&["-q", "remove", "bob"]).ok();
    let s = invariants(&sb, "bob removed");
    assert_restored(&s, "canceled");
}

/// SIGTERM (`timeout`, a cancelled CI job) and SIGHUP (a dropped SSH session) undo a waiting
/// consult as Ctrl-C does, and exit 128 + the signal.
#[test]
fn sigterm_and_sighup_undo_a_waiting_consult() {
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let sb = TestSandbox::new();
        agent_behaves(&sb, "bob", "never", "0ms");
        let child = spawn(&sb, &["-o", "json", "consult", "agent", "bob", "--wait"]);
        ringing(&sb);
        send_signal(&child, signal);
        let run = finish(child);
        assert_eq!(run.code, code, "SIG{signal}: {}", run.stderr);
        assert_eq!(error_of(&run)["exit_code"], code);
        let s = invariants(&sb, &format!("after SIG{signal}"));
        assert_restored(&s, "canceled");
        assert_eq!(s.last_record()["reason"], "interrupted");
    }
}

#[test]
fn a_second_signal_does_not_cut_the_undo_short() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let child = spawn(&sb, &["-q", "transfer", "agent", "bob"]);
    ringing(&sb);
    send_signal(&child, "TERM");
    send_signal(&child, "INT");
    send_signal(&child, "TERM");
    let run = finish(child);
    assert_eq!(run.code, 143, "{}", run.stderr);
    let s = invariants(&sb, "after three signals");
    assert_restored(&s, "canceled");
}

/// Hangs up on the customer while `args` waits; the verb must notice at its next poll.
fn hang_up_during(args: &[&str], until: impl Fn(&State) -> bool) -> (TestSandbox, Value, String) {
    let sb = TestSandbox::new();
    for a in ["bob", "carol"] {
        agent_behaves(&sb, a, "never", "0ms");
    }
    let child = spawn(&sb, args);
    wait_for(&sb, "the wait", until);
    let (status, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert!(status.is_success(), "{body}");
    let run = finish(child);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = error_of(&run);
    assert_eq!(err["id"], "call-live", "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("the customer hung up at "),
        "{err}"
    );
    // No noise from undo steps whose leg went away with the customer.
    assert!(!run.stderr.contains("404"), "{}", run.stderr);
    assert!(!run.stderr.contains("could not restore"), "{}", run.stderr);
    (sb, err, run.stderr)
}

#[test]
fn a_customer_hanging_up_while_an_agent_rings_ends_the_consult() {
    let args = [
        "-o",
        "json",
        "consult",
        "agent",
        "bob",
        "--wait",
        "--ring-timeout",
        "20s",
    ];
    let bob = label_of("bob");
    let (sb, _, _) = hang_up_during(&args, |s| {
        s.leg(&bob).is_some() && s.last_record()["status"] == "ringing"
    });
    let s = state(&sb);
    assert!(s.consult_legs().is_empty(), "{:#?}", s.legs);
    let r = s.last_record();
    assert_eq!(r["status"], "ended", "{r}");
    assert!(r["reason"].as_str().unwrap().contains("hung up"), "{r}");
    assert!(s.active_records().is_empty());
}

#[test]
fn a_customer_hanging_up_while_a_queue_consult_waits_cancels_its_task() {
    let args = ["-o", "json", "consult", "queue", "Support", "--wait"];
    let (sb, _, _) = hang_up_during(&args, |s| {
        s.records()
            .last()
            .is_some_and(|r| r["consult"]["task_sid"].is_string())
    });
    let s = state(&sb);
    assert_eq!(s.last_record()["status"], "ended");
    assert!(s.open_consult_tasks().is_empty(), "{:#?}", s.consult_tasks);
}

#[test]
fn a_customer_hanging_up_during_a_transfer_ends_it() {
    let args = ["-o", "json", "transfer", "agent", "bob"];
    let bob = label_of("bob");
    let (sb, _, _) = hang_up_during(&args, |s| s.leg(&bob).is_some());
    let s = state(&sb);
    assert!(s.consult_legs().is_empty());
    assert_eq!(s.last_record()["status"], "ended");
}

fn doctor_json(sb: &TestSandbox, extra: &[&str]) -> Value {
    let mut args = vec!["-o", "json", "doctor"];
    args.extend_from_slice(extra);
    let run = sb.flexctl(&args);
    assert!(matches!(run.code, 0 | 1), "{}", run.stderr);
    run.json()
}

fn check<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {report}"))
}

#[test]
fn doctor_fix_leaves_a_running_transfer_alone_and_undoes_a_killed_one() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let mut child = spawn(&sb, &["-q", "consult", "agent", "bob", "--wait"]);
    let s = ringing(&sb);
    let owner = s.last_record()["owner"].clone();
    assert_eq!(owner["pid"], child.id(), "{owner}");

    // Running: reported, never touched.
    let report = doctor_json(&sb, &["--fix"]);
    assert_eq!(check(&report, "abandoned-transfer")["status"], "pass");
    let s = state(&sb);
    assert_eq!(s.last_record()["status"], "ringing");
    assert!(s.leg(&label_of("bob")).is_some());

    // Killed: abandoned, and --fix undoes it.
    child.kill().expect("kill");
    let _ = child.wait();
    let report = doctor_json(&sb, &[]);
    let found = check(&report, "abandoned-transfer");
    assert_eq!(found["status"], "fail", "{report}");
    assert!(
        found["detail"].as_str().unwrap().contains("left ringing"),
        "{found}"
    );
    doctor_json(&sb, &["--fix"]);
    let s = invariants(&sb, "after doctor --fix");
    assert_restored(&s, "canceled");
    assert_eq!(s.last_record()["reason"], "abandoned");

    // A fresh transfer goes through.
    agent_behaves(&sb, "carol", "answer", "0ms");
    sb.flexctl(&["-q", "transfer", "agent", "carol"]).ok();
    let s = invariants(&sb, "a fresh transfer");
    assert_eq!(s.last_record()["status"], "completed");
}

#[test]
fn a_consult_left_for_a_person_is_parked_not_abandoned() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let s = state(&sb);
    assert!(s.last_record()["owner"].is_null(), "{}", s.attributes_raw);
    let report = doctor_json(&sb, &["--fix"]);
    assert_eq!(check(&report, "abandoned-transfer")["status"], "pass");
    let s = state(&sb);
    assert_eq!(s.last_record()["status"], "ringing");
}
