//! `drain`: every refusal changes nothing (and a dry run refuses the same); each live call of
//! the drained agents is handed on once, cold, to its target, with every customer on the line
//! and nobody on hold alone; a re-run skips what is done. Faults and signals: drain_faults.rs.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::{run, Run, TestSandbox};
use crate::transfer_harness::{
    agent_behaves, counted, error_of, invariants, mutating, refused, unfreeze,
};

/// The invariant checker over the whole sandbox, and every call's customer still connected
/// (held only with an agent live) in a conference still in progress.
#[track_caller]
pub(crate) fn all_clean(sb: &TestSandbox, conferences: &[String], when: &str) {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
    customers_safe(sb, conferences, when);
}

/// Every call's customer still connected (held only with an agent live) in a conference
/// still in progress.
#[track_caller]
pub(crate) fn customers_safe(sb: &TestSandbox, conferences: &[String], when: &str) {
    for cf in conferences {
        let (_, conf) = sb.get(&sb.p2010(&format!("/Conferences/{cf}.json")));
        assert_eq!(conf["status"], "in-progress", "{when}: {cf} ended: {conf}");
        let (_, legs) = sb.get(&sb.p2010(&format!("/Conferences/{cf}/Participants.json")));
        let legs = legs["participants"].as_array().cloned().unwrap_or_default();
        let customer = legs
            .iter()
            .find(|l| l["label"] == "customer")
            .unwrap_or_else(|| panic!("{when}: {cf}: the customer was dropped: {legs:#?}"));
        assert_eq!(customer["status"], "connected", "{when}: {cf}");
        if customer["hold"] == true {
            assert!(
                legs.iter().any(|l| l["label"] != "customer"
                    && l["status"] == "connected"
                    && l["hold"] == false),
                "{when}: {cf}: the customer is on hold with nobody live: {legs:#?}"
            );
        }
    }
}

/// A generated centre of `calls` calls (none with a consult under way below 10), the clock
/// running, every agent answering after 100 ms. Returns the calls (task, conference, agent).
pub(crate) fn centre(sb: &TestSandbox, calls: usize) -> Vec<(String, String, String)> {
    let n = calls.to_string();
    sb.flexctl(&[
        "-o", "json", "sandbox", "seed", "--calls", &n, "--agents", "60", "--queues", "2",
        "--stale", "0", "--seed", "3",
    ])
    .ok();
    unfreeze(sb);
    let agents = sb.flexctl(&["-o", "json", "agents", "list"]).ok().json();
    for a in agents.as_array().unwrap() {
        agent_behaves(sb, a["name"].as_str().unwrap(), "answer", "100ms");
    }
    live_calls(sb)
}

pub(crate) fn live_calls(sb: &TestSandbox) -> Vec<(String, String, String)> {
    let list = sb.flexctl(&["-o", "json", "calls", "list"]).ok().json();
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (s("task_sid"), s("conference_sid"), s("agent"))
        })
        .collect()
}

/// A queue of the centre other than the one the drained agents' calls came from does not
/// matter: both have most agents; the first by name.
pub(crate) fn a_queue(sb: &TestSandbox) -> String {
    let qs = sb.flexctl(&["-o", "json", "queues", "list"]).ok().json();
    qs[0]["name"].as_str().unwrap().to_string()
}

pub(crate) fn rows(run: &Run) -> Vec<Value> {
    run.json()
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("{run:?}"))
}

/// Completed hand-offs recorded per conference, from every task of each call.
pub(crate) fn completed_per_call(sb: &TestSandbox) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let (_, tasks) = sb.get(&sb.pv1("/Tasks?PageSize=1000"));
    for t in tasks["tasks"].as_array().unwrap() {
        let (_, full) = sb.get(&sb.pv1(&format!("/Tasks/{}", t["sid"].as_str().unwrap())));
        let attrs: Value =
            serde_json::from_str(full["attributes"].as_str().unwrap_or("{}")).unwrap_or_default();
        let Some(cf) = attrs["conference"]["sid"].as_str() else {
            continue;
        };
        let done = attrs["flexctl"]["transfers"].as_array().map_or(0, |l| {
            l.iter().filter(|r| r["status"] == "completed").count()
        });
        *out.entry(cf.to_string()).or_insert(0) += done;
    }
    out
}

#[test]
fn every_refusal_changes_nothing_and_a_dry_run_refuses_the_same() {
    let sb = TestSandbox::new();
    for (args, code, id) in [
        (
            vec!["alice", "--to", "agent", "alice"],
            1,
            Some("target-not-drained"),
        ),
        (
            vec!["alice", "--to", "queue", "Escalations"],
            1,
            Some("queue-not-stale"),
        ),
        (
            vec!["alice", "--to", "queue", "Bill"],
            1,
            Some("target-exists"),
        ),
        (
            vec!["alice", "--to", "agent", "dave"],
            1,
            Some("target-available"),
        ),
        // Billing's agents (bob, carol) are all Support's: nobody else could take the calls.
        (
            vec!["--queue", "Support", "--to", "queue", "Billing"],
            1,
            Some("target-not-drained"),
        ),
        (vec!["alice", "--to", "team", "Billing"], 2, None),
        (
            vec!["alice", "--queue", "Support", "--to", "queue", "Billing"],
            2,
            None,
        ),
        (vec!["alice"], 2, None),
        // A bulk change without a terminal needs --yes.
        (vec!["alice", "--to", "queue", "Billing"], 2, None),
    ] {
        let mut full = vec!["drain"];
        full.extend_from_slice(&args);
        refused(&sb, &full, code, id);
        if code == 1 {
            full.push("--dry-run");
            refused(&sb, &full, code, id);
        }
    }
    let run = refused(
        &sb,
        &[
            "drain",
            "alice",
            "--to",
            "queue",
            "Billing",
            "--yes",
            "--then-activity",
            "Offlin",
        ],
        1,
        None,
    );
    assert!(
        run.stderr.contains("Offline"),
        "did you mean: {}",
        run.stderr
    );
}

#[test]
fn a_dry_run_shows_each_call_s_plan_and_sends_nothing() {
    let sb = TestSandbox::new();
    let (run, reqs) = counted(
        &sb,
        &["drain", "alice", "--to", "queue", "Billing", "--dry-run"],
    );
    let run = run.ok();
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
    assert!(
        run.stdout.contains("remove alice from the conference"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("would-hand-on"), "{}", run.stdout);
    let (run, reqs) = counted(
        &sb,
        &[
            "-o",
            "json",
            "drain",
            "alice",
            "--to",
            "queue",
            "Billing",
            "--dry-run",
        ],
    );
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
    let rows = rows(&run.ok());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["result"], "would-hand-on");
    assert_eq!(rows[0]["from"], "alice");
    let (run, _) = counted(
        &sb,
        &[
            "-o",
            "tsv",
            "drain",
            "alice",
            "--to",
            "queue",
            "Billing",
            "--dry-run",
        ],
    );
    let header = run
        .ok()
        .stdout
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert_eq!(header, "call\tfrom\tto\tresult\tdetail");
    // An agent with no live call: nothing to do, exit 0.
    let (run, reqs) = counted(
        &sb,
        &["-o", "json", "drain", "bob", "--to", "queue", "Billing"],
    );
    assert_eq!(run.ok().json(), Value::Array(vec![]));
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
}

#[test]
fn a_call_is_handed_on_once_and_a_rerun_skips_it() {
    // On the frozen clock agents told to answer at once answer at the next request, so the
    // request counts are exact (no wait lasts long enough to renew a lease).
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    agent_behaves(&sb, "carol", "answer", "0ms");
    let (run, reqs) = counted(
        &sb,
        &[
            "-o",
            "json",
            "drain",
            "alice",
            "--to",
            "queue",
            "Billing",
            "--yes",
            "--then-activity",
            "Offline",
        ],
    );
    let rows_ = rows(&run.ok());
    assert_eq!(rows_.len(), 1, "{rows_:?}");
    assert_eq!(rows_[0]["result"], "handed-on", "{rows_:?}");
    let s = invariants(&sb, "after drain");
    assert!(s.leg("worker").is_none(), "alice left: {:#?}", s.legs);
    assert_eq!(s.last_record()["status"], "completed");
    assert_eq!(s.last_record()["mode"], "cold");
    let (_, alice) = sb.get(&sb.pv1(&format!(
        "/Workers/{}",
        flexctl::sandbox::seed::worker_sid("alice")
    )));
    assert_eq!(alice["activity_name"], "Offline", "--then-activity");
    // The same changes as one `transfer queue Billing --cold` (its plan, reused), plus the
    // activity.
    let changes = mutating(&reqs).len();
    let other = TestSandbox::new();
    agent_behaves(&other, "bob", "answer", "0ms");
    agent_behaves(&other, "carol", "answer", "0ms");
    let (one, one_reqs) = counted(&other, &["-y", "transfer", "queue", "Billing", "--cold"]);
    one.ok();
    assert_eq!(changes, mutating(&one_reqs).len() + 1, "{reqs:?}");

    let cf = s.conference["sid"].as_str().unwrap().to_string();
    all_clean(&sb, std::slice::from_ref(&cf), "after drain");
    let (again, reqs) = counted(
        &sb,
        &[
            "-o", "json", "drain", "alice", "--to", "queue", "Billing", "--yes",
        ],
    );
    let again = rows(&again.ok());
    assert_eq!(again[0]["result"], "already-handed-on", "{again:?}");
    assert!(
        mutating(&reqs).is_empty(),
        "a re-run changes nothing: {reqs:?}"
    );
    assert_eq!(completed_per_call(&sb).get(&cf), Some(&1));
    let doctor = sb.flexctl(&["doctor"]);
    assert_eq!(doctor.code, 0, "{doctor:?}");
}

#[test]
fn many_calls_are_handed_on_within_the_width_and_each_once() {
    let sb = TestSandbox::new();
    let calls = centre(&sb, 8);
    assert_eq!(calls.len(), 8);
    let queue = a_queue(&sb);
    let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=20ms")]);
    assert!(s.is_success(), "{body}");
    let (s, _) = sb.post("/sandbox/stats/reset", &[]);
    assert!(s.is_success());
    let mut args = vec!["-o", "json", "drain", "--to", "queue", &queue, "--yes"];
    args.extend(["--concurrency", "3"]);
    args.extend(calls.iter().map(|c| c.2.as_str()));
    let run = sb.flexctl(&args);
    let out = rows(&run);
    assert_eq!(run.code, 0, "{out:#?}\n{}", run.stderr);
    assert_eq!(out.len(), 8);
    assert!(out.iter().all(|r| r["result"] == "handed-on"), "{out:#?}");
    let (_, stats) = sb.get("/sandbox/stats");
    assert!(stats["max_in_flight"].as_u64().unwrap() <= 3, "{stats}");
    sb.post("/sandbox/faults", &[("Spec", "none")]);
    all_clean(&sb, &conferences, "after drain");
    let after = live_calls(&sb);
    for (_, cf, agent) in &after {
        assert!(
            !calls.iter().any(|c| &c.2 == agent),
            "{cf} is still with a drained agent ({agent})"
        );
    }
    let done = completed_per_call(&sb);
    for cf in &conferences {
        assert_eq!(
            done.get(cf),
            Some(&1),
            "{cf}: handed on exactly once: {done:?}"
        );
    }
    // A re-run: every call already handed on, nothing changed.
    args.retain(|a| *a != "--concurrency" && *a != "3");
    let (again, reqs) = counted(&sb, &args);
    let again = rows(&again.ok());
    assert!(
        again.iter().all(|r| r["result"] == "already-handed-on"),
        "{again:#?}"
    );
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
}

#[test]
fn an_agent_target_takes_as_many_calls_as_they_have_room_for() {
    let sb = TestSandbox::new();
    let calls = centre(&sb, 3);
    let agents = sb
        .flexctl(&["-o", "json", "agents", "list", "--available"])
        .ok()
        .json();
    let target = agents[0]["name"].as_str().unwrap().to_string();
    let mut args = vec!["-o", "json", "drain", "--to", "agent", &target, "--yes"];
    args.extend(calls.iter().map(|c| c.2.as_str()));
    let run = sb.flexctl(&args);
    assert_eq!(run.code, 1, "{run:?}");
    let out = rows(&run);
    let results: Vec<&str> = out.iter().map(|r| r["result"].as_str().unwrap()).collect();
    assert_eq!(
        results.iter().filter(|r| **r == "handed-on").count(),
        1,
        "{out:#?}"
    );
    assert_eq!(
        results.iter().filter(|r| **r == "refused").count(),
        2,
        "{out:#?}"
    );
    assert!(
        out.iter()
            .filter(|r| r["result"] == "refused")
            .all(|r| r["detail"].as_str().unwrap().starts_with("target-capacity")),
        "{out:#?}"
    );
    let conferences: Vec<String> = calls.iter().map(|c| c.1.clone()).collect();
    all_clean(&sb, &conferences, "after a drain to one agent");
}

#[test]
fn on_a_terminal_it_asks_first_and_no_changes_nothing() {
    let sb = TestSandbox::new();
    let file = sb.dir.path().join("answers.txt");
    std::fs::write(&file, "n\n").unwrap();
    let mut cmd = sb.flexctl_cmd();
    cmd.env("FLEXCTL_PROMPT_ANSWERS", &file)
        .args(["drain", "alice", "--to", "queue", "Billing"]);
    let mark = sb.log_mark();
    let r = run(&mut cmd);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("not confirmed"), "{}", r.stderr);
    assert!(mutating(&sb.requests_since(mark)).is_empty());
    let err = {
        let mut cmd = sb.flexctl_cmd();
        cmd.args(["-o", "json", "drain", "alice", "--to", "queue", "Billing"]);
        run(&mut cmd)
    };
    assert!(
        error_of(&err)["message"]
            .as_str()
            .unwrap()
            .contains("--yes"),
        "{err:?}"
    );
}
