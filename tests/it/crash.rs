//! A flexctl killed (SIGKILL) at any point of `consult`, `leave` or `transfer` leaves enough in
//! its journal for `doctor` to report the partial state and for `doctor --fix` to leave the
//! call valid: the customer on the line, never on hold with nobody live, no orphaned leg.

use std::time::Duration;

use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, invariants, spawn, state, unfreeze};

/// The most changes any of these verbs makes; the process is killed after each number of
/// completed changes in turn (while the next request is in flight, held by 25 ms of latency),
/// so every point between two steps is covered.
const MAX_CHANGES: usize = 12;

fn doctor(sb: &TestSandbox, extra: &[&str]) -> Value {
    let mut args = vec!["doctor", "-o", "json"];
    args.extend_from_slice(extra);
    let run = sb.flexctl(&args);
    assert!(
        matches!(run.code, 0 | 1),
        "doctor exits 0 or 1, got {}: {}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.json()
}

/// Kills `args` after `ms`, then checks doctor and doctor --fix bring the call back to a state
/// where every invariant holds and doctor finds nothing to fail but an ongoing transfer.
/// Returns false when the verb finished before making `changes` changes (nothing to kill).
fn crash_and_recover(
    setup: impl Fn(&TestSandbox),
    args: &[&str],
    changes: usize,
    strict: bool,
) -> bool {
    let sb = TestSandbox::new();
    unfreeze(&sb);
    agent_behaves(&sb, "bob", "answer", "100ms");
    agent_behaves(&sb, "carol", "answer", "100ms");
    setup(&sb);
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=25ms")]);
    assert!(s.is_success(), "{body}");
    let mark = sb.log_mark();
    let mut child = spawn(&sb, args);
    let killed = loop {
        let done = sb
            .requests_since(mark)
            .iter()
            .filter(|(m, _)| m != "GET")
            .count();
        if done >= changes {
            let _ = child.kill();
            break true;
        }
        if child.try_wait().ok().flatten().is_some() {
            break false;
        }
        std::thread::sleep(Duration::from_millis(3));
    };
    let _ = child.wait();
    let when = format!("{} killed after {changes} change(s)", args.join(" "));
    recover(&sb, &when, strict);
    killed
}

/// After a kill: doctor reports the partial state; past any grace, `doctor --fix` leaves the
/// call valid. `strict` (a verb that never hands its record to a person): nothing of it is
/// left open, nobody holds, nothing rings, and a fresh transfer goes through.
fn recover(sb: &TestSandbox, when: &str, strict: bool) {
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "none")]);
    assert!(s.is_success(), "{body}");

    // The partial state is reported, whatever it is.
    let report = doctor(sb, &[]);
    assert!(
        report["checks"].as_array().is_some_and(|c| !c.is_empty()),
        "{when}: {report}"
    );

    // Past the grace a just-written record gets (it might belong to a running flexctl), the
    // repairs apply; the journal's times come from the sandbox clock.
    let (s, body) = sb.post("/sandbox/clock", &[("Advance", "3m")]);
    assert!(s.is_success(), "{body}");
    doctor(sb, &["--fix"]);
    invariants(sb, when);
    let after = doctor(sb, &[]);
    let failing: Vec<&str> = after["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["status"] == "fail")
        .filter_map(|c| c["id"].as_str())
        .collect();
    let st = state(sb);
    assert_eq!(st.conference_status(), "in-progress", "{when}");
    if !strict {
        // A consult that got as far as a connected consult leg and gave its record up is a
        // transfer in progress, not a fault: the next verb (merge, cancel, leave) carries on.
        assert!(
            failing.iter().all(|id| *id == "no-other-transfer"),
            "{when}: doctor still fails {failing:?}: {after}"
        );
        return;
    }
    // A verb that never hands its record to a person: after --fix nothing of it is left open,
    // nobody holds, nothing rings, and a fresh transfer goes through.
    assert!(
        failing.is_empty(),
        "{when}: doctor still fails {failing:?}: {after}"
    );
    assert!(
        st.active_records().is_empty(),
        "{when}: {}",
        st.attributes_raw
    );
    assert!(
        st.legs
            .iter()
            .all(|l| l["hold"] == false && l["status"] == "connected"),
        "{when}: {:#?}",
        st.legs
    );
    let on_call = |name: &str| {
        st.legs
            .iter()
            .any(|l| l["label"] == format!("consult-{}", flexctl::sandbox::seed::worker_sid(name)))
    };
    let next = ["carol", "bob"]
        .into_iter()
        .find(|n| !on_call(n))
        .expect("a free agent");
    let run = sb.flexctl(&["-q", "transfer", "agent", next]);
    assert_eq!(
        run.code, 0,
        "{when}: a fresh transfer to {next} failed: {}",
        run.stderr
    );
    invariants(sb, &format!("{when}, then a fresh transfer"));
}

/// Kills the verb after 1, 2, … changes until it completes before the kill point.
fn every_point(setup: impl Fn(&TestSandbox) + Copy, args: &[&str], strict: bool) {
    let killed = (1..=MAX_CHANGES)
        .take_while(|&n| crash_and_recover(setup, args, n, strict))
        .count();
    assert!(
        killed >= 2,
        "{} was killed mid-way only {killed} time(s)",
        args.join(" ")
    );
}

#[test]
fn killing_a_consult_at_any_point_is_recoverable() {
    every_point(|_| {}, &["consult", "agent", "bob", "--wait", "-q"], false);
}

#[test]
fn killing_a_transfer_at_any_point_is_recoverable() {
    every_point(|_| {}, &["transfer", "agent", "bob", "-q"], true);
}

#[test]
fn killing_a_queue_transfer_at_any_point_is_recoverable() {
    every_point(|_| {}, &["transfer", "queue", "Support", "-q"], true);
}

#[test]
fn killing_a_cold_transfer_at_any_point_is_recoverable() {
    every_point(|_| {}, &["transfer", "agent", "bob", "--cold", "-q"], true);
}

#[test]
fn killing_a_leave_at_any_point_is_recoverable() {
    let merged = |sb: &TestSandbox| {
        sb.flexctl(&["consult", "agent", "bob", "--wait", "-q"])
            .ok();
        sb.flexctl(&["merge", "-q"]).ok();
    };
    every_point(merged, &["leave", "-q"], false);
}

/// Kills transfers and waiting consults at random moments on a sandbox with latency and
/// faults (errors, throttling, dropped connections, lost responses), then recovers.
#[test]
fn killing_at_random_moments_under_faults_is_recoverable() {
    let verbs: [&[&str]; 4] = [
        &["transfer", "agent", "bob", "-q"],
        &["transfer", "queue", "Support", "-q"],
        &["transfer", "agent", "bob", "--cold", "-q"],
        &["consult", "agent", "bob", "--wait", "-q"],
    ];
    let mut rng = fastrand::Rng::with_seed(7);
    for (i, args) in verbs.iter().cycle().take(8).enumerate() {
        let sb = TestSandbox::new();
        unfreeze(&sb);
        agent_behaves(&sb, "bob", "answer", "100ms");
        agent_behaves(&sb, "carol", "answer", "100ms");
        let spec = format!("rate=0.15,kinds=500+503+429+drop+lost,latency=20ms,seed={i}");
        let (s, body) = sb.post("/sandbox/faults", &[("Spec", spec.as_str())]);
        assert!(s.is_success(), "{body}");
        let after_ms = rng.u64(20..900);
        let mut child = spawn(&sb, args);
        std::thread::sleep(Duration::from_millis(after_ms));
        let _ = child.kill();
        let _ = child.wait();
        let when = format!("{} killed after {after_ms} ms under {spec}", args.join(" "));
        recover(&sb, &when, args[0] == "transfer");
    }
}
