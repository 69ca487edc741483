//! `drain` under faults: a target that rejects and throttled writes put that call back with
//! its agent while the others go on; a SIGKILL half way is finished by `doctor --fix` and a
//! re-run; SIGINT puts back what was under way; on a terminal, a progress bar.

use std::time::Duration;

use serde_json::Value;

use crate::common::TestSandbox;
use crate::drain::{
    a_queue, all_clean, centre, completed_per_call, customers_safe, live_calls, rows,
};
use crate::transfer_harness::{agent_behaves, mutating, spawn};

#[test]
fn a_failed_hand_off_puts_that_call_back_and_the_others_go_on() {
    let sb = TestSandbox::new();
    let calls = centre(&sb, 4);
    let queue = a_queue(&sb);
    // One target agent rejects: the call routed to them is put back with its agent (or
    // routed on to another agent of the queue, as TaskRouter does with a rejection).
    let idle = sb
        .flexctl(&["-o", "json", "agents", "list", "--available"])
        .ok()
        .json();
    let rejecter = idle[0]["name"].as_str().unwrap().to_string();
    agent_behaves(&sb, &rejecter, "reject", "50ms");
    // And a fifth of the journal writes and creates are throttled.
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[(
            "Spec",
            "rate=0.2,kinds=429,retry-after=0,method=POST,path=/v1/*,seed=11",
        )],
    );
    assert!(s.is_success(), "{body}");
    let mut args = vec![
        "-o",
        "json",
        "drain",
        "--to",
        "queue",
        &queue,
        "--yes",
        "--ring-timeout",
        "5s",
    ];
    args.extend(calls.iter().map(|c| c.2.as_str()));
    let run = sb.flexctl(&args);
    assert!(matches!(run.code, 0 | 1), "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    sb.post("/sandbox/faults", &[("Spec", "none")]);
    let out = rows(&run);
    assert_eq!(out.len(), 4, "{out:#?}");
    assert_eq!(
        run.code == 0,
        out.iter().all(|r| r["result"] == "handed-on"),
        "{out:#?}"
    );
    let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
    all_clean(&sb, &conferences, "after a drain with faults");
    // A call whose row is not handed-on is with its agent, with no transfer left open.
    let now = live_calls(&sb);
    for r in out.iter().filter(|r| r["result"] != "handed-on") {
        let from = r["from"].as_str().unwrap();
        assert!(
            now.iter().any(|c| c.2 == from),
            "{r}: back with {from}: {now:?}"
        );
    }
    // The re-run finishes the job (the rejecting agent answers again).
    agent_behaves(&sb, &rejecter, "answer", "100ms");
    let again = sb.flexctl(&args);
    let again_rows = rows(&again);
    assert_eq!(again.code, 0, "{again_rows:#?}");
    all_clean(&sb, &conferences, "after the re-run");
    let done = completed_per_call(&sb);
    for cf in &conferences {
        assert_eq!(done.get(cf), Some(&1), "{cf}: {done:?}");
    }
}

/// Four calls on a sandbox answering every request 25 ms late, and the arguments of a drain of
/// their agents to a queue, two at a time: slow enough to be stopped half way.
fn slow_drain() -> (TestSandbox, Vec<(String, String, String)>, Vec<String>) {
    let sb = TestSandbox::new();
    let calls = centre(&sb, 4);
    let queue = a_queue(&sb);
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=25ms")]);
    assert!(s.is_success(), "{body}");
    let mut args: Vec<String> = [
        "drain",
        "--to",
        "queue",
        &queue,
        "--yes",
        "--concurrency",
        "2",
    ]
    .map(String::from)
    .to_vec();
    args.extend(calls.iter().map(|c| c.2.clone()));
    (sb, calls, args)
}

#[test]
fn a_drain_killed_half_way_is_finished_by_doctor_and_a_rerun() {
    for kill_after in [6, 17, 24, 30, 45] {
        let (sb, calls, owned) = slow_drain();
        let args: Vec<&str> = owned.iter().map(String::as_str).collect();
        let mark = sb.log_mark();
        let mut child = spawn(&sb, &args);
        loop {
            let changes = mutating(&sb.requests_since(mark)).len();
            if changes >= kill_after {
                let _ = child.kill();
                break;
            }
            if child.try_wait().ok().flatten().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(3));
        }
        let _ = child.wait();
        let when = format!("killed after {kill_after} changes");
        sb.post("/sandbox/faults", &[("Spec", "none")]);
        // A re-run leaves alone what the dead run was doing...
        let mut json_args = vec!["-o", "json"];
        json_args.extend_from_slice(&args);
        json_args.retain(|a| *a != "--concurrency" && *a != "2");
        let first = sb.flexctl(&json_args);
        assert!(matches!(first.code, 0 | 1), "{when}: {first:?}");
        // ...which doctor --fix repairs once its lease has run out.
        let (s, body) = sb.post("/sandbox/clock", &[("Advance", "3m")]);
        assert!(s.is_success(), "{body}");
        for (_, cf, _) in live_calls(&sb) {
            let fix = sb.flexctl(&["doctor", "--fix", "--conference", &cf]);
            assert!(matches!(fix.code, 0 | 1), "{when}: {fix:?}");
        }
        // Every customer is safe; a leaver's task the dead run had not moved on yet is the
        // re-run's to finish.
        let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
        customers_safe(&sb, &conferences, &when);
        let last = sb.flexctl(&json_args);
        let out = rows(&last);
        assert_eq!(last.code, 0, "{when}: {out:#?}\n{}", last.stderr);
        all_clean(&sb, &conferences, &format!("{when}, then a re-run"));
        let done = completed_per_call(&sb);
        for cf in &conferences {
            assert_eq!(
                done.get(cf),
                Some(&1),
                "{when}: {cf} handed on once: {done:?}"
            );
        }
        for (task, _, _) in live_calls(&sb) {
            let doctor = sb.flexctl(&["-o", "json", "doctor", "--task", &task]);
            let failing: Vec<Value> = doctor.json()["checks"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c["status"] == "fail")
                .cloned()
                .collect();
            assert!(failing.is_empty(), "{when}: {task}: {failing:#?}");
        }
    }
}

#[test]
fn on_a_terminal_it_asks_then_shows_a_progress_bar_and_the_table() {
    let sb = TestSandbox::new();
    let calls = centre(&sb, 4);
    let queue = a_queue(&sb);
    // Each request takes a while, so the bar is drawn before the hand-offs end.
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=40ms")]);
    assert!(s.is_success(), "{body}");
    let mut args = vec!["drain", "--to", "queue", &queue, "--concurrency", "2"];
    args.extend(calls.iter().map(|c| c.2.as_str()));
    let screen = crate::terminal::on_terminal(&sb, 120, &[("calls of", "y")], &args);
    let plain = crate::terminal::strip(&screen.output);
    assert_eq!(screen.exit, 0, "{plain}");
    assert!(plain.contains("hand 4 calls of"), "{plain}");
    assert!(plain.contains("draining"), "a progress bar: {plain}");
    assert!(plain.contains("RESULT"), "the table: {plain}");
    assert_eq!(plain.matches("handed-on").count(), 4, "{plain}");
    sb.post("/sandbox/faults", &[("Spec", "none")]);
    let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
    all_clean(&sb, &conferences, "after a drain on a terminal");
}

#[test]
fn an_interrupted_drain_puts_back_what_it_was_doing_and_exits_130() {
    let (sb, calls, owned) = slow_drain();
    let mut args = vec!["-o", "json"];
    args.extend(owned.iter().map(String::as_str));
    let mark = sb.log_mark();
    let child = spawn(&sb, &args);
    while mutating(&sb.requests_since(mark)).len() < 5 {
        std::thread::sleep(Duration::from_millis(3));
    }
    crate::transfer_harness::interrupt(&child);
    let run = crate::transfer_harness::finish(child);
    assert_eq!(run.code, 130, "{run:?}");
    sb.post("/sandbox/faults", &[("Spec", "none")]);
    let out = rows(&run);
    assert_eq!(out.len(), 4, "{out:#?}");
    let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
    all_clean(&sb, &conferences, "after SIGINT");
    let now = live_calls(&sb);
    for r in &out {
        let from = r["from"].as_str().unwrap();
        let with_from = now.iter().any(|c| c.2 == from);
        assert_eq!(r["result"] == "handed-on", !with_from, "{r}: {now:?}");
    }
    // Nothing is left under way: a re-run finishes the job.
    let again = sb.flexctl(&args);
    assert_eq!(again.code, 0, "{again:?}");
    let done = completed_per_call(&sb);
    for cf in &conferences {
        assert_eq!(done.get(cf), Some(&1), "{cf}: {done:?}");
    }
}
