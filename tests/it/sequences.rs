//! Randomized sequences of verbs with random targets on a sandbox that fails 20% of requests
//! (errors, throttling, dropped connections, lost responses): after every verb, whatever it
//! exited with, the invariant checker finds nothing, or only what `doctor --fix` repairs.
//! `cargo test -- --ignored soak` runs 1,000 sequences (FLEXCTL_SOAK_CASES to change).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::agent_behaves;

fn verbs() -> impl Strategy<Value = Vec<String>> {
    let target = prop_oneof![Just("bob"), Just("carol")];
    let who = prop_oneof![Just("customer"), Just("me"), Just("bob"), Just("carol")];
    prop_oneof![
        target
            .clone()
            .prop_map(|t| vec!["consult".into(), "agent".into(), t.into()]),
        target.clone().prop_map(|t| {
            ["consult", "agent", t, "--wait", "--ring-timeout", "5s"]
                .map(String::from)
                .to_vec()
        }),
        Just(
            [
                "consult",
                "queue",
                "Support",
                "--wait",
                "--ring-timeout",
                "5s"
            ]
            .map(String::from)
            .to_vec()
        ),
        Just(vec!["cancel".to_string()]),
        Just(vec!["swap".to_string()]),
        Just(vec!["merge".to_string()]),
        Just(vec!["leave".to_string()]),
        who.clone().prop_map(|w| vec!["hold".into(), w.into()]),
        who.prop_map(|w| vec!["unhold".into(), w.into()]),
        target
            .clone()
            .prop_map(|t| vec!["remove".into(), t.into(), "--yes".into()]),
        target
            .clone()
            .prop_map(|t| vec!["transfer".into(), "agent".into(), t.into()]),
        target.prop_map(|t| vec!["transfer".into(), "agent".into(), t.into(), "--cold".into()]),
    ]
}

fn violations(sb: &TestSandbox) -> Vec<Value> {
    let (status, body) = sb.get("/sandbox/invariants");
    assert!(status.is_success(), "{body}");
    body["violations"].as_array().cloned().unwrap_or_default()
}

fn set_faults(sb: &TestSandbox, spec: &str) {
    let (status, body) = sb.post("/sandbox/faults", &[("Spec", spec)]);
    assert!(status.is_success(), "{body}");
}

/// Runs one sequence; returns a description of the first broken invariant, if any.
fn run_sequence(seed: u64, steps: &[Vec<String>]) -> Result<(), String> {
    let sb = TestSandbox::new();
    let (status, body) = sb.post("/sandbox/clock", &[("Freeze", "false")]);
    assert!(status.is_success(), "{body}");
    for agent in ["bob", "carol"] {
        agent_behaves(&sb, agent, "answer", "30ms");
    }
    let faults = format!("rate=0.2,kinds=500+503+429+drop+lost,seed={seed}");
    set_faults(&sb, &faults);
    let mut done = Vec::new();
    for args in steps {
        let mut full = vec!["-q", "--no-input"];
        full.extend(args.iter().map(String::as_str));
        let run = sb.flexctl(&full);
        done.push(format!("{} -> {}", args.join(" "), run.code));
        if !matches!(run.code, 0..=5) || run.stderr.contains("panicked") {
            return Err(format!(
                "{done:?}: undocumented exit or panic: {}",
                run.stderr
            ));
        }
        let found = violations(&sb);
        if found.is_empty() {
            continue;
        }
        if found.iter().any(|v| v["kind"] == "customer-dropped") {
            return Err(format!("{done:?}: the customer was dropped: {found:?}"));
        }
        // Only states that doctor --fix repairs are allowed: repair with faults off, recheck.
        set_faults(&sb, "none");
        let (s, body) = sb.post("/sandbox/clock", &[("Advance", "3m")]);
        assert!(s.is_success(), "{body}");
        for _ in 0..2 {
            sb.flexctl(&["-q", "doctor", "--fix"]);
        }
        let left = violations(&sb);
        if !left.is_empty() {
            return Err(format!(
                "{done:?}: doctor --fix left {left:?} (was {found:?})"
            ));
        }
        set_faults(&sb, &faults);
    }
    Ok(())
}

fn check(cases: u32) {
    let config = Config {
        cases,
        max_shrink_iters: 8,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let strategy = (any::<u64>(), proptest::collection::vec(verbs(), 3..7));
    runner
        .run(&strategy, |(seed, steps)| {
            run_sequence(seed, &steps).map_err(TestCaseError::fail)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn random_verb_sequences_under_faults_keep_the_call_valid() {
    check(6);
}

#[test]
#[ignore = "soak: 1,000 sequences; run with cargo test -- --ignored soak"]
fn soak_random_verb_sequences() {
    let cases = std::env::var("FLEXCTL_SOAK_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    check(cases);
}

/// A sequence the soak found: `remove bob` of a connected consult whose requests fail after
/// bob's leg is gone, then doctor --fix, which must close bob's task and the record.
#[test]
fn a_remove_cut_short_after_the_leg_went_is_mended_by_doctor() {
    let steps: Vec<Vec<String>> = [
        &["consult", "agent", "bob"][..],
        &["remove", "bob", "--yes"],
    ]
    .iter()
    .map(|s| s.iter().map(|a| a.to_string()).collect())
    .collect();
    run_sequence(2550600678934594850, &steps).unwrap_or_else(|e| panic!("{e}"));
}
