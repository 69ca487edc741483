//! Every verb honours `-o`: `tsv` is tab-separated all the way (a multi-part `transfer`
//! included), `json` is one object naming everything that was done; a pipe gets full values.

use crate::common::{Run, TestSandbox};
use crate::transfer_harness::agent_behaves;

#[track_caller]
fn assert_tsv(run: &Run, what: &str) {
    let run_ok = run.code == 0;
    assert!(run_ok, "{what}: {}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().filter(|l| !l.is_empty()).collect();
    assert!(!lines.is_empty(), "{what}: no output");
    let columns = lines[0].split('\t').count();
    assert!(columns > 1, "{what}: not TSV: {}", run.stdout);
    for l in &lines {
        assert_eq!(
            l.split('\t').count(),
            columns,
            "{what}: ragged TSV: {}",
            run.stdout
        );
        assert!(!l.contains("  "), "{what}: column padding in TSV: {l:?}");
    }
}

#[track_caller]
fn assert_json(run: &Run, what: &str) -> serde_json::Value {
    assert_eq!(run.code, 0, "{what}: {}", run.stderr);
    let v = run.json();
    assert!(v["task_sid"].is_string(), "{what}: {v}");
    assert!(
        v["done"].as_array().is_some_and(|d| !d.is_empty()),
        "{what}: {v}"
    );
    v
}

/// One verb after another through the seeded transfer, each in both formats.
#[test]
fn every_verb_prints_tsv_and_json() {
    let steps: &[&[&str]] = &[
        &["hold", "customer"],
        &["unhold", "customer"],
        &["consult", "agent", "bob", "--wait"],
        &["swap"],
        &["merge"],
        &["leave"],
    ];
    for format in ["tsv", "json"] {
        let sb = TestSandbox::new();
        agent_behaves(&sb, "bob", "answer", "0ms");
        agent_behaves(&sb, "carol", "never", "0ms");
        // bob has the call after the leave: a consult from him, then cancel and remove.
        let more: &[&[&str]] = &[
            &["consult", "agent", "carol"],
            &["cancel"],
            &["consult", "agent", "carol"],
            &["remove", "carol"],
        ];
        for step in steps.iter().chain(more) {
            let mut args = vec!["-o", format];
            args.extend_from_slice(step);
            let run = sb.flexctl(&args);
            let what = args.join(" ");
            if format == "tsv" {
                assert_tsv(&run, &what);
            } else {
                assert_json(&run, &what);
            }
        }
    }
}

/// `transfer` runs three parts (consult, merge, leave); its output is still the one format
/// asked for, and its `done` lists every step of every part.
#[test]
fn a_warm_transfer_reports_in_the_format_asked_with_every_step() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    assert_tsv(
        &sb.flexctl(&["-o", "tsv", "transfer", "agent", "bob"]),
        "transfer tsv",
    );
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    let v = assert_json(
        &sb.flexctl(&["-o", "json", "transfer", "agent", "bob"]),
        "transfer json",
    );
    let done: Vec<&str> = v["done"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .collect();
    for step in [
        "record the transfer as initiated",
        "wait up to 30s for the answer",
        "record the transfer as merged",
        "remove alice from the conference",
        "record the transfer as completed",
    ] {
        assert!(done.contains(&step), "{step} missing from {done:?}");
    }
    assert_eq!(v["transfer"]["status"], "completed");
}

/// `-v` request logs carry no colour when stderr is not a terminal (`2>log`), whatever the
/// environment, and none with `--color never`.
#[test]
fn verbose_logs_are_plain_text_in_a_file() {
    let sb = TestSandbox::new();
    for extra in [&[][..], &["--color", "never"][..]] {
        let mut cmd = sb.flexctl_cmd();
        cmd.env_remove("NO_COLOR")
            .arg("-v")
            .args(extra)
            .args(["calls", "list"]);
        let run = crate::common::run(&mut cmd);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stderr.contains("Twilio request"), "{}", run.stderr);
        assert!(
            !run.stderr.contains('\u{1b}'),
            "{extra:?}: {:?}",
            run.stderr
        );
    }
}

/// The next-step hints come from the call's state: a held customer is brought back first.
#[test]
fn hints_follow_the_state_of_the_call() {
    let sb = TestSandbox::new();
    let next = |sb: &TestSandbox| -> Vec<String> {
        let v = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
        v["next"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    assert!(next(&sb).contains(&"hold customer".to_string()));
    sb.flexctl(&["-q", "hold", "customer"]).ok();
    let n = next(&sb);
    assert_eq!(n[0], "unhold customer", "{n:?}");
    assert!(!n.contains(&"hold customer".to_string()), "{n:?}");
    let text = sb.flexctl(&["calls", "show"]).ok().stdout;
    assert!(text.contains("next: unhold customer"), "{text}");
}

/// The call selectors work wherever a user puts them on a call verb, after the target too.
#[test]
fn call_selectors_work_after_the_target() {
    let sb = TestSandbox::new();
    let task = flexctl::sandbox::seed::live_task_sid();
    for args in [
        vec![
            "--dry-run",
            "transfer",
            "agent",
            "carol",
            "--agent",
            "alice",
        ],
        vec!["--dry-run", "consult", "agent", "bob", "--agent", "alice"],
        vec!["--dry-run", "transfer", "agent", "carol", "--task", &task],
        vec!["--dry-run", "consult", "queue", "Support", "--task", &task],
    ] {
        let run = sb.flexctl(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
}

/// Through a pipe every value is in full whatever `COLUMNS` says: no SID is elided, no
/// column dropped.
#[test]
fn piped_tables_keep_full_values() {
    let sb = TestSandbox::new();
    for args in [["calls", "show"], ["agents", "list"], ["calls", "list"]] {
        let mut cmd = sb.flexctl_cmd();
        cmd.env("COLUMNS", "40").args(args);
        let run = crate::common::run(&mut cmd).ok();
        assert!(!run.stdout.contains('…'), "{args:?}: {}", run.stdout);
        assert!(
            run.stdout
                .contains(&flexctl::sandbox::seed::live_task_sid()),
            "{args:?}: {}",
            run.stdout
        );
    }
    let run = sb.flexctl(&["calls", "show"]).ok();
    assert!(
        run.stdout
            .contains(&flexctl::sandbox::seed::worker_call_sid()),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("LABEL") && run.stdout.contains("END ON EXIT"));
    let run = sb.flexctl(&["agents", "list"]).ok();
    assert!(
        run.stdout
            .contains(&flexctl::sandbox::seed::worker_sid("erin")),
        "{}",
        run.stdout
    );
}

/// `doctor -o tsv` is one row per check under the JSON's names, not the human report.
#[test]
fn doctor_tsv_is_one_row_per_check() {
    let sb = TestSandbox::new();
    let json = sb.flexctl(&["doctor", "-o", "json"]).ok().json();
    let checks = json["checks"].as_array().expect("checks");
    let run = sb.flexctl(&["doctor", "-o", "tsv"]).ok();
    assert_tsv(&run, "doctor -o tsv");
    let mut lines = run
        .stdout
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>());
    let head = lines.next().unwrap();
    assert_eq!(head, ["id", "status", "detail", "hint"]);
    let rows: Vec<Vec<&str>> = lines.collect();
    assert_eq!(rows.len(), checks.len(), "{}", run.stdout);
    for (r, c) in rows.iter().zip(checks) {
        assert_eq!(r[0], c["id"].as_str().unwrap());
        assert_eq!(r[1], c["status"].as_str().unwrap());
        // The detail is the JSON's, though some (the clock skew) differ from run to run.
        assert!(!r[2].is_empty(), "{r:?}");
    }
    assert!(!run.stdout.contains("[ok]"), "{}", run.stdout);
}
