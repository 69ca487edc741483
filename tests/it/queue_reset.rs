//! `queue reset` against a per-test sandbox: stale selection, re-runs, dry runs, --force, bulk.

use std::collections::BTreeMap;

use flexctl::sandbox::{ids, seed, store::StoreError};
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;

/// `queue reset` with JSON output: the per-queue results by name, and the whole document.
fn reset(sb: &TestSandbox, args: &[&str]) -> (i32, BTreeMap<String, Value>, Value) {
    let mut argv = vec!["-o", "json", "-y", "queue", "reset"];
    argv.extend_from_slice(args);
    let run = sb.flexctl(&argv);
    let doc = run.json();
    let by_name = doc["queues"]
        .as_array()
        .unwrap_or_else(|| panic!("no queues in {doc}"))
        .iter()
        .map(|q| (q["name"].as_str().expect("name").to_string(), q.clone()))
        .collect();
    (run.code, by_name, doc)
}

/// The result of every queue, by name.
fn results(by_name: &BTreeMap<String, Value>) -> BTreeMap<&str, &str> {
    by_name
        .iter()
        .map(|(n, q)| (n.as_str(), q["result"].as_str().expect("result")))
        .collect()
}

/// Names of the stale queues as `queues list --stale` sees them.
fn stale_names(sb: &TestSandbox) -> Vec<String> {
    let run = sb
        .flexctl(&["-o", "json", "queues", "list", "--stale"])
        .ok();
    let mut names: Vec<String> = run
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|q| q["name"].as_str().expect("name").to_string())
        .collect();
    names.sort();
    names
}

/// Tasks still pending or reserved that are flexctl reset tasks (should always be none).
pub fn pending_reset_tasks(sb: &TestSandbox) -> Vec<String> {
    let (s, body) =
        sb.get(&sb.pv1("/Tasks?AssignmentStatus=pending&AssignmentStatus=reserved&PageSize=1000"));
    assert_eq!(s, StatusCode::OK, "{body}");
    body["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter(|t| {
            let attrs: Value =
                serde_json::from_str(t["attributes"].as_str().unwrap_or("{}")).unwrap_or_default();
            attrs.pointer("/flexctl/kind") == Some(&Value::from("reset"))
        })
        .map(|t| t["sid"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Checks a reset task: canceled with a clear reason, marked as flexctl's, in `queue`.
fn assert_canceled_reset_task(sb: &TestSandbox, task_sid: &str, queue: &str) {
    let (s, t) = sb.get(&sb.pv1(&format!("/Tasks/{task_sid}")));
    assert_eq!(s, StatusCode::OK, "{t}");
    assert_eq!(t["assignment_status"], "canceled", "{t}");
    assert!(
        t["reason"].as_str().unwrap_or("").contains("queue reset"),
        "{t}"
    );
    assert_eq!(t["task_queue_sid"], seed::queue_sid(queue).as_str(), "{t}");
    let attrs: Value = serde_json::from_str(t["attributes"].as_str().unwrap()).unwrap();
    assert_eq!(attrs["flexctl"]["kind"], "reset", "{attrs}");
}

#[test]
fn queue_reset_stale_resets_exactly_the_stale_queues_once() {
    let sb = TestSandbox::new();
    assert_eq!(stale_names(&sb), ["Escalations", "Retention"]);

    let (code, by_name, doc) = reset(&sb, &["--stale"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        results(&by_name),
        BTreeMap::from([("Escalations", "reset"), ("Retention", "reset")])
    );
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["leftover_tasks"], Value::Array(vec![]));
    for (name, q) in &by_name {
        assert_eq!(q["sid"], seed::queue_sid(name).as_str());
        assert_canceled_reset_task(&sb, q["task_sid"].as_str().expect("task SID"), name);
    }
    assert!(stale_names(&sb).is_empty());
    assert!(pending_reset_tasks(&sb).is_empty());

    // Again: nothing is stale, so nothing is reset.
    let (code, by_name, doc) = reset(&sb, &["--stale"]);
    assert_eq!(code, 0, "{doc}");
    assert!(by_name.values().all(|q| q["result"] != "reset"), "{doc}");
    // Named explicitly, both are skipped as already active.
    let (code, by_name, doc) = reset(&sb, &["Escalations", "Retention"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        results(&by_name),
        BTreeMap::from([
            ("Escalations", "already-active"),
            ("Retention", "already-active")
        ])
    );
    assert!(by_name.values().all(|q| q["task_sid"].is_null()));
    assert!(pending_reset_tasks(&sb).is_empty());
}

#[test]
fn queue_reset_dry_run_lists_and_sends_nothing() {
    let sb = TestSandbox::new();
    let mark = sb.log_mark();
    let (code, by_name, doc) = reset(&sb, &["--stale", "--dry-run"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        results(&by_name),
        BTreeMap::from([("Escalations", "would-reset"), ("Retention", "would-reset")])
    );
    let writes: Vec<_> = sb
        .requests_since(mark)
        .into_iter()
        .filter(|(m, _)| m != "GET")
        .collect();
    assert!(writes.is_empty(), "a dry run changes nothing: {writes:?}");
    assert_eq!(stale_names(&sb), ["Escalations", "Retention"]);

    // The table form says the same.
    let run = sb.flexctl(&["--dry-run", "queue", "reset", "--stale"]).ok();
    assert!(run.stdout.contains("Escalations"), "{}", run.stdout);
    assert!(run.stdout.contains("would-reset"), "{}", run.stdout);
}

#[test]
fn queue_reset_force_resets_an_active_queue() {
    let sb = TestSandbox::new();
    let (code, by_name, doc) = reset(&sb, &["Support"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        results(&by_name),
        BTreeMap::from([("Support", "already-active")])
    );
    assert_eq!(
        by_name["Support"]["sid"],
        seed::queue_sid("Support").as_str()
    );

    let (code, by_name, doc) = reset(&sb, &["support", "--force"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(results(&by_name), BTreeMap::from([("Support", "reset")]));
    let task = by_name["Support"]["task_sid"].as_str().expect("task SID");
    assert_canceled_reset_task(&sb, task, "Support");
    assert!(pending_reset_tasks(&sb).is_empty());
    // The stale ones were not touched.
    assert_eq!(stale_names(&sb), ["Escalations", "Retention"]);
}

#[test]
fn queue_reset_unknown_queue_is_refused_with_a_suggestion() {
    let sb = TestSandbox::new();
    let mark = sb.log_mark();
    let run = sb.flexctl(&["-y", "queue", "reset", "Escalaton"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("Escalaton"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean Escalations?"),
        "{}",
        run.stderr
    );
    assert!(sb.requests_since(mark).iter().all(|(m, _)| m == "GET"));

    let run = sb.flexctl(&["queue", "reset"]);
    assert_eq!(run.code, 2, "no queue named is a usage error: {run:?}");
}

/// Adds `n` queues with no task history (so stale), half of them with no eligible agent.
fn add_stale_queues(sb: &TestSandbox, n: usize) -> Vec<String> {
    let names: Vec<String> = (0..n).map(|i| format!("Bulk {i:02}")).collect();
    let ws = sb.ws();
    sb.bg
        .state
        .store()
        .write(|tx| {
            let created: i64 = tx.query_row(
                "SELECT date_created FROM task_queues WHERE sid = ?1",
                [seed::queue_sid("Support")],
                |r| r.get(0),
            )?;
            for (i, name) in names.iter().enumerate() {
                let target = if i % 2 == 0 {
                    "1==1"
                } else {
                    "skills HAS \"nobody-has-this\""
                };
                tx.execute(
                    "INSERT INTO task_queues (sid, workspace_sid, friendly_name, target_workers,
                         assignment_activity_sid, date_created, date_updated)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    rusqlite::params![
                        ids::new_sid("WQ"),
                        ws,
                        name,
                        target,
                        seed::activity_sid("Available"),
                        created
                    ],
                )?;
            }
            Ok::<_, StoreError>(())
        })
        .expect("insert queues");
    names
}

#[test]
fn queue_reset_bulk_is_bounded_and_reads_statistics_twice() {
    let sb = TestSandbox::new();
    let bulk = add_stale_queues(&sb, 50);
    let mut expected: Vec<String> = bulk.clone();
    expected.extend(["Escalations".to_string(), "Retention".to_string()]);
    expected.sort();
    assert_eq!(stale_names(&sb), expected);

    // Every Twilio request takes 20 ms more, so the workers' requests overlap.
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=20ms")]);
    assert_eq!(s, StatusCode::OK, "{body}");
    let (s, body) = sb.post("/sandbox/stats/reset", &[]);
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["max_in_flight"], 0, "{body}");
    let mark = sb.log_mark();

    let (code, by_name, doc) = reset(&sb, &["--stale", "--concurrency", "4"]);
    assert_eq!(code, 0, "{doc}");
    let reset_names: Vec<&String> = by_name
        .iter()
        .filter(|(_, q)| q["result"] == "reset")
        .map(|(n, _)| n)
        .collect();
    assert_eq!(reset_names, expected.iter().collect::<Vec<_>>(), "{doc}");
    assert_eq!(doc["leftover_tasks"], Value::Array(vec![]));
    assert!(pending_reset_tasks(&sb).is_empty());

    // The process makes its requests in three phases, one after the other: the workspace, then
    // the queue list and the statistics together (2 at once), then the resets, where each of
    // the 4 workers has one request (create, then cancel) out at a time, then one statistics
    // read to verify. So the most at once is the concurrency, 4; and more than one, or the
    // bound above says nothing.
    let (_, stats) = sb.get("/sandbox/stats");
    let max = stats["max_in_flight"].as_u64().expect("max_in_flight");
    assert!(max <= 4, "at most --concurrency requests at once: {stats}");
    assert!(max >= 2, "the resets overlapped: {stats}");
    assert_eq!(stats["in_flight"], 0, "{stats}");

    let log = sb.requests_since(mark);
    let statistics = log
        .iter()
        .filter(|(m, p)| m == "GET" && p.ends_with("/TaskQueues/Statistics"))
        .count();
    assert_eq!(statistics, 2, "one read before, one to verify: {log:?}");
    assert!(
        !log.iter()
            .any(|(_, p)| p.contains("/TaskQueues/WQ") && p.ends_with("/Statistics")),
        "no per-queue statistics: {log:?}"
    );
    let creates = log
        .iter()
        .filter(|(m, p)| m == "POST" && p.ends_with("/Tasks"))
        .count();
    assert_eq!(creates, expected.len(), "one task per queue");
    assert!(stale_names(&sb).is_empty());
}

#[test]
fn queue_reset_reports_a_task_it_could_not_cancel() {
    let sb = TestSandbox::new();
    // Creating tasks works; every update of a task (the cancel) fails.
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[("Spec", "rate=1,kinds=500,method=POST,path=/v1/*/Tasks/WT*")],
    );
    assert_eq!(s, StatusCode::OK, "{body}");
    let (code, by_name, doc) = reset(&sb, &["Escalations"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["ok"], false);
    let task = by_name["Escalations"]["task_sid"]
        .as_str()
        .expect("task SID");
    assert_eq!(doc["leftover_tasks"], serde_json::json!([task]));
    assert_eq!(pending_reset_tasks(&sb), [task.to_string()]);
}

#[test]
fn queue_reset_bulk_rides_out_throttling() {
    let sb = TestSandbox::new();
    let mut expected = add_stale_queues(&sb, 30);
    expected.extend(["Escalations".to_string(), "Retention".to_string()]);
    expected.sort();
    // A third of all creates and cancels are throttled (the reads are not): the client
    // retries, and what outlasts its retries lowers the concurrency and is tried again.
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[(
            "Spec",
            "rate=0.3,kinds=429,retry-after=0,method=POST,path=/v1/*,seed=5",
        )],
    );
    assert_eq!(s, StatusCode::OK, "{body}");
    let (s, _) = sb.post("/sandbox/stats/reset", &[]);
    assert_eq!(s, StatusCode::OK);

    let (code, by_name, doc) = reset(&sb, &["--stale", "--concurrency", "8"]);
    assert_eq!(code, 0, "{doc}");
    let reset_names: Vec<&String> = by_name
        .iter()
        .filter(|(_, q)| q["result"] == "reset")
        .map(|(n, _)| n)
        .collect();
    assert_eq!(reset_names, expected.iter().collect::<Vec<_>>(), "{doc}");
    assert_eq!(doc["leftover_tasks"], Value::Array(vec![]));
    sb.delete("/sandbox/faults");
    assert!(pending_reset_tasks(&sb).is_empty());
    let (_, stats) = sb.get("/sandbox/stats");
    assert!(stats["max_in_flight"].as_u64().unwrap() <= 8, "{stats}");
}
