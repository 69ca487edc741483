//! `--note TEXT` on consult and transfer: checked before anything is sent, stored in the
//! transfer record and in the target's task (`transferNote`, `flexctl.note`), shown by
//! `calls show` (human, JSON, TSV), sanitised for the terminal, and left behind by the next
//! hand-off.

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, counted, invariants, state};

const NOTE: &str = "VIP: asked about the refund for order 1234";

fn attrs(t: &Value) -> Value {
    serde_json::from_str(t["attributes"].as_str().unwrap_or("{}")).unwrap()
}

#[track_caller]
fn tasks_follow(sb: &TestSandbox, when: &str) {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
}

#[test]
fn a_consult_note_is_on_the_record_the_target_task_and_calls_show() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob", "--note", NOTE])
        .ok();
    let s = invariants(&sb, "consult with a note");
    tasks_follow(&sb, "consult with a note");
    assert_eq!(s.last_record()["note"], NOTE, "{}", s.attributes_raw);
    let task = &s.consult_tasks[0];
    let a = attrs(task);
    assert_eq!(a["transferNote"], NOTE, "{a}");
    assert_eq!(a["flexctl"]["note"], NOTE, "{a}");

    let human = sb.flexctl(&["calls", "show"]).ok();
    assert!(
        human.stdout.contains(&format!("note: {NOTE}")),
        "{}",
        human.stdout
    );
    let json = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    assert_eq!(json["note"], NOTE);
    assert_eq!(
        json["transfers"].as_array().unwrap().last().unwrap()["note"],
        NOTE
    );
    let tsv = sb.flexctl(&["-o", "tsv", "calls", "show"]).ok();
    let mut lines = tsv.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = header
        .iter()
        .position(|h| *h == "note")
        .expect("a note column");
    for row in lines {
        assert_eq!(row.split('\t').nth(col), Some(NOTE), "{}", tsv.stdout);
    }
    sb.flexctl(&["-q", "cancel"]).ok();
    invariants(&sb, "canceled");
}

#[test]
fn a_transfer_to_a_queue_carries_its_note_to_the_agent_who_takes_it() {
    let sb = TestSandbox::new();
    for a in ["bob", "carol"] {
        agent_behaves(&sb, a, "answer", "0ms");
    }
    sb.flexctl(&["-q", "transfer", "queue", "Support", "--note", NOTE])
        .ok();
    let s = invariants(&sb, "transfer with a note");
    tasks_follow(&sb, "transfer with a note");
    let record = s.all_records.last().unwrap().clone();
    assert_eq!(record["status"], "completed");
    assert_eq!(record["note"], NOTE);
    let taken = s
        .consult_tasks
        .iter()
        .find(|t| t["assignment_status"] == "assigned")
        .expect("the target's task");
    assert_eq!(attrs(taken)["transferNote"], NOTE);
    // The call as the agent who took it sees it: the transfer history with the note.
    let json = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    assert_eq!(json["task_sid"], taken["sid"]);
    assert_eq!(json["note"], NOTE, "{json}");
}

#[test]
fn a_bad_note_is_a_usage_error_before_anything_is_sent() {
    let sb = TestSandbox::new();
    let long = "x".repeat(501);
    let exact = "y".repeat(500);
    for (note, why) in [
        ("line one\nline two", "control character"),
        ("tab\there", "control character"),
        ("bell\u{7}", "control character"),
        ("esc\u{1b}[31m", "control character"),
        ("\u{202e}reversed", "control character"),
        ("   ", "empty"),
        (long.as_str(), "at most 500"),
    ] {
        for verb in [
            &["consult", "agent", "bob"][..],
            &["transfer", "queue", "Support"][..],
        ] {
            let before = state(&sb);
            let mut args = verb.to_vec();
            args.extend(["--note", note]);
            let (run, reqs) = counted(&sb, &args);
            assert_eq!(run.code, 2, "{args:?}: {run:?}");
            assert!(run.stderr.contains(why), "{why}: {}", run.stderr);
            assert!(
                !run.stderr.contains('\u{1b}'),
                "the bad value is not echoed raw"
            );
            assert!(reqs.is_empty(), "{args:?} sent {reqs:?}");
            assert_eq!(before.legs, state(&sb).legs);
        }
    }
    // 500 characters is allowed (a dry run shows where it goes).
    let plan = sb
        .flexctl(&[
            "--dry-run",
            "-o",
            "json",
            "consult",
            "agent",
            "bob",
            "--note",
            &exact,
        ])
        .ok()
        .json();
    assert!(plan.to_string().contains("transferNote"), "{plan}");
}

#[test]
fn a_note_written_by_someone_else_is_shown_sanitised_and_old_records_still_read() {
    let sb = TestSandbox::new();
    let task = seed::live_task_sid();
    let (_, t) = sb.get(&sb.pv1(&format!("/Tasks/{task}")));
    let mut a = attrs(&t);
    // An old record (before notes existed) and one whose note carries an escape sequence.
    a["flexctl"] = serde_json::json!({"transfers": [
        {"id": "tr-old", "kind": "agent", "mode": "warm", "status": "canceled",
         "from": {"name": "alice"}, "to": {"name": "bob"}, "consult": {},
         "started_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"},
        {"id": "tr-esc", "kind": "agent", "mode": "warm", "status": "canceled",
         "from": {"name": "alice"}, "to": {"name": "carol"}, "consult": {},
         "note": "\u{1b}[2Jgotcha",
         "started_at": "2026-01-01T00:01:00Z", "updated_at": "2026-01-01T00:01:00Z"}
    ]});
    let (s, body) = sb.post(
        &sb.pv1(&format!("/Tasks/{task}")),
        &[("Attributes", &a.to_string())],
    );
    assert!(s.is_success(), "{body}");
    let human = sb.flexctl(&["calls", "show"]).ok();
    assert!(!human.stdout.contains('\u{1b}'), "{:?}", human.stdout);
    assert!(
        human.stdout.contains("note: \\u{1b}[2Jgotcha"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("agent alice -> bob (canceled)\n"),
        "{}",
        human.stdout
    );
    // And the verbs still work on the call.
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    sb.flexctl(&["-q", "cancel"]).ok();
    invariants(&sb, "after a consult on old records");
}
