//! The binary's views (`calls`, `agents`, `queues`) in table, JSON and TSV; call selection.

use std::collections::BTreeSet;

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::{Run, TestSandbox};

/// The keys of a JSON object, sorted.
fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// A TSV output as its header cells (when `header`) and rows; every row has as many cells as
/// the header.
fn tsv(run: &Run, header: bool) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(!run.stdout.contains('\u{1b}'), "no escapes in TSV");
    let mut lines = run
        .stdout
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect::<Vec<String>>());
    let head = if header {
        lines.next().expect("a header line")
    } else {
        Vec::new()
    };
    let rows: Vec<Vec<String>> = lines.collect();
    for r in &rows {
        if header {
            assert_eq!(r.len(), head.len(), "row {r:?} vs header {head:?}");
        }
        assert!(r.len() > 1, "a TSV row has several cells: {r:?}");
    }
    (head, rows)
}

/// The names in the first column of a list's JSON.
fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|r| r["name"].as_str().expect("name").to_string())
        .collect()
}

#[test]
fn cli_calls_list_in_three_formats() {
    let sb = TestSandbox::new();
    let task = seed::live_task_sid();
    let conf = seed::live_conference_sid();

    let table = sb.flexctl(&["calls", "list"]).ok();
    let mut lines = table.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "TASK",
            "CONFERENCE",
            "AGENT",
            "CUSTOMER",
            "CONSULT",
            "PHASE",
            "AGE"
        ]
    );
    let row: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        &row[..6],
        [
            task.as_str(),
            conf.as_str(),
            "alice",
            "+15550100001",
            "-",
            "live"
        ]
    );
    assert_eq!(lines.next(), None, "one live call");

    let json = sb.flexctl(&["calls", "list", "-o", "json"]).ok().json();
    let calls = json.as_array().expect("a JSON array");
    assert_eq!(calls.len(), 1);
    let c = &calls[0];
    assert_eq!(
        keys(c),
        set(&[
            "task_sid",
            "conference_sid",
            "agent",
            "customer",
            "consult",
            "phase",
            "age_s"
        ])
    );
    assert_eq!(c["task_sid"], task);
    assert_eq!(c["conference_sid"], conf);
    assert_eq!(c["agent"], "alice");
    assert_eq!(c["customer"], "+15550100001");
    assert_eq!(c["consult"], Value::Null);
    assert_eq!(c["phase"], "live");
    assert!(c["age_s"].is_u64(), "{c}");

    // TSV: the JSON's field names in its order, null empty, the age in seconds.
    let run = sb.flexctl(&["calls", "list", "-o", "tsv"]).ok();
    let (head, rows) = tsv(&run, true);
    assert_eq!(
        head,
        [
            "task_sid",
            "conference_sid",
            "agent",
            "customer",
            "consult",
            "phase",
            "age_s"
        ]
    );
    assert_eq!(head.iter().cloned().collect::<BTreeSet<_>>(), keys(c));
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0][..6],
        [&task, &conf, "alice", "+15550100001", "", "live"]
    );
    assert_eq!(
        rows[0][6],
        c["age_s"].to_string(),
        "seconds, as in the JSON"
    );

    let run = sb
        .flexctl(&["--no-header", "calls", "list", "-o", "tsv"])
        .ok();
    let (_, rows) = tsv(&run, false);
    assert_eq!(rows.len(), 1, "--no-header drops the header line only");
    assert_eq!(rows[0][0], task);
}

#[test]
fn cli_calls_show_json_has_the_documented_fields() {
    let sb = TestSandbox::new();
    let v = sb.flexctl(&["calls", "show", "-o", "json"]).ok().json();
    for k in [
        "task_sid",
        "conference_sid",
        "phase",
        "participants",
        "transfers",
    ] {
        assert!(v.get(k).is_some(), "calls show JSON has {k}: {v}");
    }
    assert_eq!(v["task_sid"], seed::live_task_sid());
    assert_eq!(v["conference_sid"], seed::live_conference_sid());
    assert_eq!(v["phase"], "live");
    assert_eq!(v["transfers"], Value::Array(vec![]));
    let legs = v["participants"].as_array().expect("participants array");
    assert_eq!(legs.len(), 2, "{v}");
    let want = set(&[
        "role",
        "name",
        "worker_sid",
        "call_sid",
        "label",
        "status",
        "hold",
        "muted",
        "end_conference_on_exit",
    ]);
    for l in legs {
        assert_eq!(keys(l), want, "participant fields");
        assert_eq!(l["status"], "connected");
        assert_eq!(l["hold"], false);
        assert_eq!(l["muted"], false);
        assert!(l["end_conference_on_exit"].is_boolean());
    }
    let customer = legs
        .iter()
        .find(|l| l["role"] == "customer")
        .expect("customer");
    assert_eq!(customer["label"], "customer");
    assert_eq!(customer["call_sid"], seed::customer_call_sid());
    let agent = legs.iter().find(|l| l["role"] == "agent").expect("agent");
    assert_eq!(agent["name"], "alice");
    assert_eq!(agent["worker_sid"], seed::worker_sid("alice"));
    assert_eq!(agent["call_sid"], seed::worker_call_sid());
    assert_eq!(agent["label"], "worker");
}

#[test]
fn cli_calls_show_table_and_tsv_and_status_alias() {
    let sb = TestSandbox::new();
    let table = sb.flexctl(&["calls", "show"]).ok();
    let out = &table.stdout;
    assert!(out.contains(&seed::live_task_sid()), "{out}");
    assert!(out.contains(&seed::live_conference_sid()), "{out}");
    assert!(out.contains("ROLE") && out.contains("END ON EXIT"), "{out}");
    assert!(
        out.contains("phase     live"),
        "the picture shows the phase: {out}"
    );
    assert!(out.contains("next:"), "the next verbs: {out}");
    assert!(!out.contains('\u{1b}'), "NO_COLOR: no escapes");

    // `-q` keeps the data, drops the picture.
    let quiet = sb.flexctl(&["-q", "calls", "show"]).ok();
    assert!(quiet.stdout.contains("ROLE"));
    assert!(!quiet.stdout.contains("next:"), "{}", quiet.stdout);

    // TSV: one row per leg, the call's fields first (task and phase included), every header
    // a JSON field name.
    let run = sb.flexctl(&["calls", "show", "-o", "tsv"]).ok();
    let (head, rows) = tsv(&run, true);
    assert_eq!(
        head,
        [
            "task_sid",
            "conference_sid",
            "agent",
            "customer",
            "phase",
            "role",
            "name",
            "worker_sid",
            "call_sid",
            "label",
            "status",
            "hold",
            "muted",
            "end_conference_on_exit",
            "note"
        ]
    );
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let roles: Vec<&str> = rows.iter().map(|r| r[col("role")].as_str()).collect();
    assert_eq!(roles, ["customer", "agent"]);
    assert_eq!(rows[1][col("name")], "alice");
    assert_eq!(rows[1][col("worker_sid")], seed::worker_sid("alice"));
    assert_eq!(rows[1][col("hold")], "false");
    for r in &rows {
        assert_eq!(r[col("task_sid")], seed::live_task_sid());
        assert_eq!(r[col("phase")], "live");
    }
    let run = sb
        .flexctl(&["calls", "show", "-o", "tsv", "--no-header"])
        .ok();
    assert_eq!(tsv(&run, false).1, rows);

    // `status` is the same command.
    let alias = sb.flexctl(&["status", "-o", "json"]).ok().json();
    let show = sb.flexctl(&["calls", "show", "-o", "json"]).ok().json();
    assert_eq!(alias, show);
}

#[test]
fn cli_data_formats_do_not_follow_colour() {
    let sb = TestSandbox::new();
    let mut cmd = sb.flexctl_cmd();
    cmd.env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["--color", "always", "calls", "show", "-o", "tsv"]);
    let run = crate::common::run(&mut cmd).ok();
    assert!(!run.stdout.contains('\u{1b}'), "TSV never has escapes");
    let plain = sb.flexctl(&["calls", "show", "-o", "tsv"]).ok();
    assert_eq!(run.stdout, plain.stdout);
    let mut cmd = sb.flexctl_cmd();
    cmd.args(["--color", "always", "agents", "list", "-o", "json"]);
    let run = crate::common::run(&mut cmd).ok();
    assert_eq!(names(&run.json()).len(), 5);
}

#[test]
fn cli_agents_list_in_three_formats_and_filters() {
    let sb = TestSandbox::new();
    let v = sb.flexctl(&["agents", "list", "-o", "json"]).ok().json();
    assert_eq!(names(&v), ["alice", "bob", "carol", "dave", "erin"]);
    for a in v.as_array().unwrap() {
        assert_eq!(
            keys(a),
            set(&[
                "name",
                "sid",
                "activity",
                "available",
                "on_call",
                "voice",
                "queues"
            ])
        );
    }
    let by = |n: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(by("alice")["on_call"], seed::live_task_sid());
    assert_eq!(by("alice")["sid"], seed::worker_sid("alice"));
    // On a call with her one voice slot taken: she cannot take a transfer.
    assert_eq!(by("alice")["voice"], "1/1");
    assert_eq!(by("alice")["available"], false);
    assert_eq!(by("bob")["on_call"], Value::Null);
    assert_eq!(by("bob")["available"], true);
    assert_eq!(by("dave")["activity"], "Offline");
    assert_eq!(by("dave")["available"], false);
    assert_eq!(by("erin")["activity"], "Break");
    assert_eq!(by("erin")["queues"], serde_json::json!(["Sales"]));
    let bob_queues: BTreeSet<String> = serde_json::from_value(by("bob")["queues"].clone()).unwrap();
    assert_eq!(bob_queues, set(&["Support", "Billing", "Retention"]));

    let table = sb.flexctl(&["agents", "list"]).ok();
    let mut lines = table.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "NAME",
            "SID",
            "ACTIVITY",
            "AVAILABLE",
            "ON",
            "CALL",
            "VOICE",
            "QUEUES"
        ]
    );
    let first: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        first[..5],
        [
            "alice",
            &seed::worker_sid("alice"),
            "Available",
            "no",
            &seed::live_task_sid()
        ]
    );
    assert_eq!(lines.count(), 4);

    let run = sb.flexctl(&["agents", "list", "-o", "tsv"]).ok();
    let (head, rows) = tsv(&run, true);
    assert_eq!(
        head,
        [
            "name",
            "sid",
            "activity",
            "available",
            "on_call",
            "voice",
            "queues"
        ]
    );
    let bob_row = rows.iter().find(|r| r[0] == "bob").unwrap();
    assert_eq!(bob_row[3], "true", "booleans as JSON writes them");
    assert_eq!(bob_row[4], "", "null is an empty cell");
    let tsv_names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(tsv_names, ["alice", "bob", "carol", "dave", "erin"]);
    let run = sb
        .flexctl(&["agents", "list", "-o", "tsv", "--no-header"])
        .ok();
    assert_eq!(tsv(&run, false).1, rows);

    // Available to take a transfer: Available and not already on a call.
    let v = sb
        .flexctl(&["agents", "list", "--available", "-o", "json"])
        .ok()
        .json();
    assert_eq!(names(&v), ["bob", "carol"]);
    let run = sb
        .flexctl(&["agents", "list", "--available", "-o", "tsv", "--no-header"])
        .ok();
    let tsv_names: Vec<String> = tsv(&run, false)
        .1
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(tsv_names, ["bob", "carol"]);
    let table = sb.flexctl(&["agents", "list", "--available"]).ok();
    assert!(table.stdout.contains("bob") && !table.stdout.contains("alice"));

    let v = sb
        .flexctl(&["agents", "list", "--queue", "Billing", "-o", "json"])
        .ok()
        .json();
    assert_eq!(names(&v), ["bob", "carol"]);
    let v = sb
        .flexctl(&["agents", "list", "--queue", "sales", "-o", "json"])
        .ok()
        .json();
    assert_eq!(names(&v), ["erin"], "queue names are case-insensitive");
    let sid = seed::queue_sid("Escalations");
    let v = sb
        .flexctl(&["agents", "list", "--queue", &sid, "-o", "json"])
        .ok()
        .json();
    assert_eq!(names(&v), ["carol"], "a queue by SID");
    let run = sb
        .flexctl(&["agents", "list", "--queue", "Billing", "-o", "tsv"])
        .ok();
    assert_eq!(tsv(&run, true).1.len(), 2);
}

#[test]
fn cli_agents_list_unknown_queue_is_refused_with_a_suggestion() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["agents", "list", "--queue", "Bilingg"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("no queue named 'Bilingg'"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean Billing?"),
        "{}",
        run.stderr
    );
}

#[test]
fn cli_queues_list_in_three_formats_and_stale() {
    let sb = TestSandbox::new();
    let v = sb.flexctl(&["queues", "list", "-o", "json"]).ok().json();
    assert_eq!(
        names(&v),
        ["Support", "Billing", "Sales", "Escalations", "Retention"]
    );
    for q in v.as_array().unwrap() {
        assert_eq!(
            keys(q),
            set(&[
                "name",
                "sid",
                "eligible_agents",
                "available_agents",
                "tasks_waiting",
                "tasks_30d",
                "stale"
            ])
        );
        assert_eq!(q["sid"], seed::queue_sid(q["name"].as_str().unwrap()));
        let stale = q["tasks_30d"] == 0;
        assert_eq!(q["stale"], stale, "{q}");
    }
    let by = |n: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|q| q["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(by("Billing")["eligible_agents"], 2);
    assert_eq!(by("Billing")["tasks_30d"], 4);
    assert_eq!(by("Escalations")["eligible_agents"], 1);
    assert_eq!(by("Sales")["available_agents"], 0, "erin is on a break");

    let table = sb.flexctl(&["queues", "list"]).ok();
    let mut lines = table.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "NAME",
            "SID",
            "ELIGIBLE",
            "AVAILABLE",
            "WAITING",
            "TASKS",
            "30D",
            "STALE"
        ]
    );
    let stale_rows: Vec<&str> = lines
        .filter(|l| l.trim_end().ends_with("STALE"))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(stale_rows, ["Escalations", "Retention"]);

    let run = sb.flexctl(&["queues", "list", "-o", "tsv"]).ok();
    let (head, rows) = tsv(&run, true);
    assert_eq!(
        head,
        [
            "name",
            "sid",
            "eligible_agents",
            "available_agents",
            "tasks_waiting",
            "tasks_30d",
            "stale"
        ]
    );
    assert_eq!(rows.len(), 5);

    let v = sb
        .flexctl(&["queues", "list", "--stale", "-o", "json"])
        .ok()
        .json();
    assert_eq!(names(&v), ["Escalations", "Retention"]);
    assert!(v.as_array().unwrap().iter().all(|q| q["stale"] == true));
    let run = sb
        .flexctl(&["queues", "list", "--stale", "-o", "tsv", "--no-header"])
        .ok();
    let stale: Vec<String> = tsv(&run, false)
        .1
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(stale, ["Escalations", "Retention"]);
    let table = sb.flexctl(&["queues", "list", "--stale"]).ok();
    assert_eq!(table.stdout.lines().count(), 3, "{}", table.stdout);
}

#[test]
fn cli_queues_list_reads_statistics_in_one_request() {
    let sb = TestSandbox::new();
    let mark = sb.log_mark();
    sb.flexctl(&["queues", "list", "-o", "json"]).ok();
    let reqs = sb.requests_since(mark);
    let stats: Vec<_> = reqs
        .iter()
        .filter(|(_, p)| p.contains("Statistics"))
        .collect();
    assert_eq!(
        stats.len(),
        1,
        "the all-queues statistics endpoint only: {reqs:?}"
    );
    assert!(stats[0].1.ends_with("/TaskQueues/Statistics"), "{stats:?}");
}

fn shown_task(sb: &TestSandbox, args: &[&str]) -> String {
    let mut all = vec!["calls", "show", "-o", "json"];
    all.extend_from_slice(args);
    let v = sb.flexctl(&all).ok().json();
    v["task_sid"].as_str().unwrap_or_default().to_string()
}

#[test]
fn cli_call_selection_by_task_conference_and_agent() {
    let sb = TestSandbox::new();
    let task = seed::live_task_sid();
    let conf = seed::live_conference_sid();
    assert_eq!(shown_task(&sb, &["--task", &task]), task);
    assert_eq!(shown_task(&sb, &["--conference", &conf]), task);
    assert_eq!(shown_task(&sb, &["--agent", "alice"]), task);
    assert_eq!(
        shown_task(&sb, &["--agent", "ALICE"]),
        task,
        "names are case-insensitive"
    );
    assert_eq!(shown_task(&sb, &["alice"]), task, "positional agent name");
    assert_eq!(shown_task(&sb, &[&task]), task, "positional task SID");
    assert_eq!(shown_task(&sb, &[&conf]), task, "positional conference SID");
    assert_eq!(
        shown_task(&sb, &["--agent", &seed::worker_sid("alice")]),
        task
    );
}

#[test]
fn cli_call_selection_near_miss_and_unknown_agent() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["calls", "show", "--agent", "alise"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("did you mean alice?"), "{}", run.stderr);

    let run = sb.flexctl(&["calls", "show", "alise"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("did you mean alice?"), "{}", run.stderr);

    let run = sb.flexctl(&["calls", "show", "--agent", "zebediah"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.starts_with("error: no agent named 'zebediah'"),
        "{}",
        run.stderr
    );

    // A known agent who is not on a call.
    let run = sb.flexctl(&["calls", "show", "--agent", "bob"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("bob is not on a live call"),
        "{}",
        run.stderr
    );

    // A well-formed SID that is not a live call.
    let other = format!("WT{}", "0".repeat(32));
    let run = sb.flexctl(&["calls", "show", "--task", &other]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("is not a live call"), "{}", run.stderr);
}

#[test]
fn cli_malformed_sids_are_rejected_before_any_request() {
    let sb = TestSandbox::new();
    let bad_hex = format!("WT{}", "z".repeat(32));
    let short_cf = format!("CF{}", "a".repeat(31));
    let task = seed::live_task_sid();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["calls", "show", "--task", "WT123"],
            "WT followed by 32 hex digits",
        ),
        (
            vec!["calls", "show", "--task", &short_cf],
            "WT followed by 32 hex digits",
        ),
        (
            vec!["calls", "show", "--conference", "CF123"],
            "CF followed by 32 hex digits",
        ),
        (
            vec!["calls", "show", "--conference", &task],
            "CF followed by 32",
        ),
        (
            vec!["calls", "show", &bad_hex],
            "WT followed by 32 hex digits",
        ),
        (
            vec!["status", "--task", "WT123", "-o", "json"],
            "WT followed by 32 hex digits",
        ),
    ];
    for (args, expected_form) in cases {
        let mark = sb.log_mark();
        let run = sb.flexctl(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(
            run.stderr.contains(expected_form),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(
            sb.requests_since(mark),
            vec![],
            "{args:?}: no request was made"
        );
    }
}

/// `--agent`, `--task` and `--conference` work wherever they are written on a call verb, and
/// are refused by a command that acts on no call.
#[test]
fn call_selectors_work_anywhere_on_the_line() {
    let sb = TestSandbox::new();
    let task = seed::live_task_sid();
    for args in [
        vec!["--agent", "alice", "status"],
        vec!["status", "--agent", "alice"],
        vec!["--task", task.as_str(), "calls", "show"],
        vec![
            "--dry-run",
            "transfer",
            "agent",
            "carol",
            "--agent",
            "alice",
        ],
        vec!["--dry-run", "consult", "--agent", "alice", "agent", "bob"],
        vec![
            "--dry-run",
            "transfer",
            "agent",
            "carol",
            "--task",
            task.as_str(),
        ],
        vec!["--agent", "alice", "--dry-run", "hold", "customer"],
    ] {
        let run = sb.flexctl(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    let run = sb.flexctl(&["queues", "list", "--agent", "bob"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("acts on no call"), "{}", run.stderr);
}
