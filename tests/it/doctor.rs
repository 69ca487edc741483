//! `doctor` against a per-test sandbox: the checks on a healthy call, and broken calls found
//! and repaired by `--fix`.

use std::collections::BTreeMap;

use flexctl::sandbox::seed;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::{Run, TestSandbox};
use crate::queue_reset::pending_reset_tasks;

/// The checks of a JSON doctor run, by ID: (status, detail, hint).
type Checks = BTreeMap<String, (String, String, Option<String>)>;

/// Parses a JSON doctor run, checking `ok` and the exit code against the statuses.
fn checks(run: &Run) -> Checks {
    let doc = run.json();
    let list = doc["checks"]
        .as_array()
        .unwrap_or_else(|| panic!("no checks: {doc}"));
    let by_id: BTreeMap<_, _> = list
        .iter()
        .map(|c| {
            (
                c["id"].as_str().expect("id").to_string(),
                (
                    c["status"].as_str().expect("status").to_string(),
                    c["detail"].as_str().expect("detail").to_string(),
                    c["hint"].as_str().map(str::to_string),
                ),
            )
        })
        .collect();
    assert_eq!(by_id.len(), list.len(), "each ID once: {doc}");
    let failed = by_id.values().any(|(s, _, _)| s == "fail");
    assert_eq!(doc["ok"], !failed, "{doc}");
    assert_eq!(run.code, if failed { 1 } else { 0 }, "{run:?}");
    by_id
}

/// `doctor -o json ARGS…`.
fn doctor(sb: &TestSandbox, args: &[&str]) -> (Run, Checks) {
    let mut argv = vec!["-o", "json", "doctor"];
    argv.extend_from_slice(args);
    let run = sb.flexctl(&argv);
    let by_id = checks(&run);
    (run, by_id)
}

fn status<'a>(by_id: &'a Checks, id: &str) -> &'a str {
    by_id
        .get(id)
        .unwrap_or_else(|| panic!("no check {id}: {by_id:?}"))
        .0
        .as_str()
}

/// The IDs that failed.
fn failing(by_id: &Checks) -> Vec<&str> {
    by_id
        .iter()
        .filter(|(_, (s, _, _))| s == "fail")
        .map(|(id, _)| id.as_str())
        .collect()
}

const CALL_CHECKS: &[&str] = &[
    "call-live",
    "agent-in-call",
    "agent-not-on-hold",
    "no-other-transfer",
    "conference-flags",
    "stranded-hold",
    "orphan-consult",
];

fn leg_path(sb: &TestSandbox, leg: &str) -> String {
    sb.p2010(&format!(
        "/Conferences/{}/Participants/{leg}.json",
        seed::live_conference_sid()
    ))
}

/// A leg of the live conference, by label or call SID.
fn leg(sb: &TestSandbox, leg: &str) -> Value {
    let (s, body) = sb.get(&leg_path(sb, leg));
    assert_eq!(s, StatusCode::OK, "{body}");
    body
}

fn update_leg(sb: &TestSandbox, label: &str, form: &[(&str, &str)]) {
    let (s, body) = sb.post(&leg_path(sb, label), form);
    assert_eq!(s, StatusCode::OK, "{body}");
}

fn consult_label(agent: &str) -> String {
    format!("consult-{}", seed::worker_sid(agent))
}

/// Rings `agent` into the live conference as flexctl's consult leg would be.
fn ring_consult_leg(sb: &TestSandbox, agent: &str) {
    let (s, body) = sb.post(
        &sb.p2010(&format!(
            "/Conferences/{}/Participants.json",
            seed::live_conference_sid()
        )),
        &[
            ("From", seed::CONTACT_CENTER_NUMBER),
            ("To", &format!("client:{agent}")),
            ("Label", &consult_label(agent)),
            ("EndConferenceOnExit", "false"),
        ],
    );
    assert_eq!(s, StatusCode::CREATED, "{body}");
}

/// The live task's attributes.
fn task_attributes(sb: &TestSandbox) -> Value {
    let (s, t) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
    assert_eq!(s, StatusCode::OK, "{t}");
    serde_json::from_str(t["attributes"].as_str().expect("attributes")).expect("JSON")
}

/// Writes a transfer record from alice to bob with `status` into the live task.
fn write_record(sb: &TestSandbox, status: &str) {
    let mut attrs = task_attributes(sb);
    let now = "2026-01-01T00:00:00Z";
    attrs["flexctl"] = json!({"transfers": [{
        "id": "tr-test-1",
        "kind": "agent",
        "mode": "warm",
        "status": status,
        "from": {"worker_sid": seed::worker_sid("alice"), "name": "alice"},
        "to": {"worker_sid": seed::worker_sid("bob"), "name": "bob"},
        "consult": {"label": consult_label("bob")},
        "started_at": now,
        "updated_at": now,
    }]});
    let (s, body) = sb.post(
        &sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())),
        &[("Attributes", &attrs.to_string())],
    );
    assert_eq!(s, StatusCode::OK, "{body}");
}

/// Requests since `mark` that change something on Twilio's side.
fn writes_since(sb: &TestSandbox, mark: i64) -> Vec<(String, String)> {
    sb.requests_since(mark)
        .into_iter()
        .filter(|(m, _)| m == "POST" || m == "DELETE")
        .collect()
}

#[test]
fn doctor_passes_on_the_seeded_call_with_an_agent_target() {
    let sb = TestSandbox::new();
    let (run, by_id) = doctor(&sb, &["--target", "bob"]);
    assert_eq!(run.code, 0, "{run:?}");
    let doc = run.json();
    let ids: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "credentials",
            "workspace",
            "clock-skew",
            "ended-calls",
            "call-live",
            "agent-in-call",
            "agent-not-on-hold",
            "no-other-transfer",
            "conference-flags",
            "stranded-hold",
            "orphan-consult",
            "abandoned-transfer",
            "task-without-agent",
            "agent-without-task",
            "target-exists",
            "target-not-self",
            "target-available",
            "target-capacity"
        ]
    );
    for c in doc["checks"].as_array().unwrap() {
        let keys: Vec<&str> = c.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["detail", "hint", "id", "status"], "{c}");
    }
    for (id, (st, _, hint)) in &by_id {
        if id == "credentials" {
            // The tests authenticate with the Auth Token, which doctor advises against.
            assert_eq!(st, "warn");
            assert!(hint.as_deref().unwrap().contains("API key"), "{hint:?}");
        } else {
            assert_eq!(st, "pass", "{id}: {by_id:?}");
        }
    }
    assert!(by_id["target-exists"].1.contains(&seed::worker_sid("bob")));

    // The table: one line per check, exit 0.
    let table = sb.flexctl(&["doctor", "--target", "bob"]).ok();
    for id in by_id.keys() {
        assert!(
            table.stdout.lines().any(|l| l.contains(id.as_str())),
            "{id} in {}",
            table.stdout
        );
    }
    assert!(table.stdout.contains("[ok] call-live"), "{}", table.stdout);
}

#[test]
fn doctor_fails_a_stale_queue_target_until_it_is_reset() {
    let sb = TestSandbox::new();
    let (run, by_id) = doctor(&sb, &["--target", "Escalations"]);
    assert_eq!(run.code, 1);
    assert_eq!(failing(&by_id), ["queue-not-stale"]);
    let (_, detail, hint) = &by_id["queue-not-stale"];
    assert!(detail.contains("Escalations"), "{detail}");
    assert_eq!(hint.as_deref(), Some("flexctl queue reset Escalations"));
    assert_eq!(status(&by_id, "target-exists"), "pass");

    // The table shows the hint as a runnable line.
    let table = sb.flexctl(&["doctor", "--target", "Escalations"]);
    assert_eq!(table.code, 1);
    assert!(
        table
            .stdout
            .contains("hint: flexctl queue reset Escalations"),
        "{}",
        table.stdout
    );

    sb.flexctl(&["-y", "queue", "reset", "Escalations"]).ok();
    let (run, by_id) = doctor(&sb, &["--target", "Escalations"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "queue-not-stale"), "pass");
}

#[test]
fn doctor_fix_resets_every_stale_queue() {
    let sb = TestSandbox::new();
    let (_, by_id) = doctor(&sb, &["--all-queues"]);
    assert_eq!(failing(&by_id), ["queue-not-stale"]);
    assert_eq!(
        by_id["queue-not-stale"].2.as_deref(),
        Some("flexctl queue reset Escalations Retention")
    );

    let (run, by_id) = doctor(&sb, &["--all-queues", "--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "queue-not-stale"), "pass");
    assert!(run.stderr.contains("Escalations"), "{}", run.stderr);
    assert!(pending_reset_tasks(&sb).is_empty());
}

#[test]
fn doctor_fix_unholds_a_stranded_customer() {
    let sb = TestSandbox::new();
    update_leg(&sb, "customer", &[("Hold", "true")]);
    update_leg(&sb, "worker", &[("Hold", "true")]);

    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "stranded-hold"), "fail");
    assert_eq!(status(&by_id, "agent-not-on-hold"), "fail");
    assert!(by_id["stranded-hold"].2.is_some());

    let (run, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "stranded-hold"), "pass");
    assert_eq!(leg(&sb, "customer")["hold"], false);
    assert_eq!(leg(&sb, "worker")["hold"], false);
    let (run, _) = doctor(&sb, &[]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn doctor_fix_removes_an_orphan_ringing_consult_leg() {
    let sb = TestSandbox::new();
    ring_consult_leg(&sb, "bob");
    assert_eq!(leg(&sb, &consult_label("bob"))["status"], "ringing");

    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "orphan-consult"), "fail");
    assert!(by_id["orphan-consult"].1.contains("bob"), "{by_id:?}");
    assert_eq!(
        by_id["orphan-consult"].2.as_deref(),
        Some("flexctl doctor --fix")
    );

    let mark = sb.log_mark();
    let (run, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "orphan-consult"), "pass");
    let deletes: Vec<_> = writes_since(&sb, mark)
        .into_iter()
        .filter(|(m, _)| m == "DELETE")
        .collect();
    assert_eq!(deletes.len(), 1, "{deletes:?}");
    assert!(deletes[0].1.contains(&consult_label("bob")), "{deletes:?}");
    let (s, _) = sb.get(&leg_path(&sb, &consult_label("bob")));
    assert_eq!(s, StatusCode::NOT_FOUND);
    // alice stays the lone agent who ends the conference.
    assert_eq!(leg(&sb, "worker")["end_conference_on_exit"], true);
}

#[test]
fn doctor_fix_closes_a_dangling_transfer_record() {
    let sb = TestSandbox::new();
    update_leg(&sb, "customer", &[("Hold", "true")]);
    write_record(&sb, "ringing");

    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "orphan-consult"), "fail");
    assert!(by_id["orphan-consult"].1.contains("tr-test-1"), "{by_id:?}");
    assert_eq!(status(&by_id, "no-other-transfer"), "fail");

    let (run, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "orphan-consult"), "pass");
    assert_eq!(status(&by_id, "no-other-transfer"), "pass");
    let attrs = task_attributes(&sb);
    let record = &attrs["flexctl"]["transfers"][0];
    assert_eq!(record["id"], "tr-test-1", "{attrs}");
    assert_eq!(record["status"], "failed", "{attrs}");
    assert!(record["ended_at"].is_string(), "{attrs}");
    assert_eq!(leg(&sb, "customer")["hold"], false);
    // Other attributes are untouched.
    assert_eq!(
        attrs["conference"]["sid"],
        seed::live_conference_sid().as_str()
    );
}

#[test]
fn doctor_fix_makes_end_conference_on_exit_safe() {
    let sb = TestSandbox::new();
    write_record(&sb, "consulting");
    ring_consult_leg(&sb, "bob");
    sb.advance_ms(5_000);
    assert_eq!(leg(&sb, &consult_label("bob"))["status"], "connected");
    update_leg(&sb, "worker", &[("EndConferenceOnExit", "true")]);

    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "conference-flags"), "fail", "{by_id:?}");
    assert!(by_id["conference-flags"].1.contains("alice"), "{by_id:?}");
    assert_eq!(status(&by_id, "orphan-consult"), "pass", "{by_id:?}");

    let (_, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(status(&by_id, "conference-flags"), "pass", "{by_id:?}");
    // The transfer itself is legitimately in progress.
    assert_eq!(failing(&by_id), ["no-other-transfer"]);
    assert_eq!(leg(&sb, "worker")["end_conference_on_exit"], false);
    assert_eq!(
        leg(&sb, &consult_label("bob"))["end_conference_on_exit"],
        false
    );
    assert_eq!(leg(&sb, "customer")["status"], "connected");
}

#[test]
fn doctor_fix_dry_run_changes_nothing() {
    let sb = TestSandbox::new();
    update_leg(&sb, "customer", &[("Hold", "true")]);
    update_leg(&sb, "worker", &[("Hold", "true")]);
    ring_consult_leg(&sb, "carol");

    let mark = sb.log_mark();
    let (run, by_id) = doctor(&sb, &["--fix", "--dry-run", "--all-queues"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(status(&by_id, "stranded-hold"), "fail");
    assert_eq!(status(&by_id, "orphan-consult"), "fail");
    assert_eq!(status(&by_id, "queue-not-stale"), "fail");
    assert!(run.stderr.contains("would fix"), "{}", run.stderr);
    let writes = writes_since(&sb, mark);
    assert!(writes.is_empty(), "a dry run changes nothing: {writes:?}");
    assert_eq!(leg(&sb, "customer")["hold"], true);
    assert_eq!(leg(&sb, &consult_label("carol"))["status"], "ringing");
}

#[test]
fn doctor_without_a_live_call_checks_the_account_only() {
    let sb = TestSandbox::new();
    let (s, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert_eq!(s, StatusCode::OK, "{body}");
    // As alice's Flex UI does when the call ends.
    let task = sb.pv1(&format!("/Tasks/{}", seed::live_task_sid()));
    let (s, body) = sb.post(&task, &[("AssignmentStatus", "wrapping")]);
    assert_eq!(s, StatusCode::OK, "{body}");

    let (run, by_id) = doctor(&sb, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    for id in CALL_CHECKS {
        assert_eq!(status(&by_id, id), "skip", "{id}: {by_id:?}");
    }
    assert_eq!(status(&by_id, "credentials"), "warn");
    assert_eq!(status(&by_id, "workspace"), "pass");
    assert_eq!(status(&by_id, "clock-skew"), "pass");
    assert!(failing(&by_id).is_empty());
}

#[test]
fn doctor_fix_repairs_a_connected_orphan_leg_and_the_flags_it_left() {
    let sb = TestSandbox::new();
    ring_consult_leg(&sb, "bob");
    sb.advance_ms(5_000);
    assert_eq!(leg(&sb, &consult_label("bob"))["status"], "connected");

    // Two agents and alice still ends the conference: two problems with one cause.
    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "orphan-consult"), "fail", "{by_id:?}");
    assert_eq!(status(&by_id, "conference-flags"), "fail", "{by_id:?}");

    let (run, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    let (s, _) = sb.get(&leg_path(&sb, &consult_label("bob")));
    assert_eq!(s, StatusCode::NOT_FOUND);
    // alice is the lone agent again, so she (not nobody) ends the conference.
    assert_eq!(leg(&sb, "worker")["end_conference_on_exit"], true);
    assert_eq!(status(&by_id, "conference-flags"), "pass", "{by_id:?}");
    assert!(
        by_id
            .iter()
            .all(|(id, (s, _, _))| s == "pass" || id == "credentials"),
        "{by_id:?}"
    );
}

#[test]
fn doctor_fix_cancels_an_orphan_consult_task() {
    let sb = TestSandbox::new();
    let attrs = json!({
        "type": "consult",
        "flexctl": {"kind": "consult", "transfer_id": "tr-gone", "task_sid": seed::live_task_sid(),
                    "conference_sid": seed::live_conference_sid()},
    });
    let (s, task) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("TaskQueueSid", &seed::queue_sid("Billing")),
            ("Attributes", &attrs.to_string()),
        ],
    );
    assert_eq!(s, StatusCode::CREATED, "{task}");
    let sid = task["sid"].as_str().unwrap().to_string();

    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "orphan-consult"), "fail");
    assert!(by_id["orphan-consult"].1.contains(&sid), "{by_id:?}");

    let (run, by_id) = doctor(&sb, &["--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(status(&by_id, "orphan-consult"), "pass");
    let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{sid}")));
    assert_eq!(task["assignment_status"], "canceled", "{task}");
}

#[test]
fn doctor_reports_each_check_once_with_a_queue_target_and_all_queues() {
    let sb = TestSandbox::new();
    // `checks` asserts that every ID appears once.
    let (run, by_id) = doctor(&sb, &["--target", "Escalations", "--all-queues"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        by_id["queue-not-stale"].2.as_deref(),
        Some("flexctl queue reset Escalations Retention")
    );

    let mark = sb.log_mark();
    let (run, _) = doctor(&sb, &["--target", "Escalations", "--all-queues", "--fix"]);
    assert_eq!(run.code, 0, "{run:?}");
    let creates = sb
        .requests_since(mark)
        .into_iter()
        .filter(|(m, p)| m == "POST" && p.ends_with("/Tasks"))
        .count();
    assert_eq!(creates, 2, "one reset task per stale queue");
}

#[test]
fn doctor_fails_credentials_on_a_config_others_can_read() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/flexctl");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    std::fs::write(
        &file,
        "active = \"prod\"\n[profiles.prod]\naccount_sid = \"AC0123456789abcdef0123456789abcdef\"\nauth_token = \"s3cr3t-token\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = crate::common::run(
        crate::common::flexctl_command(home.path()).args(["doctor", "-o", "json"]),
    );
    assert_eq!(run.code, 1, "{run:?}");
    let report = run.json();
    assert_eq!(report["ok"], false);
    assert_eq!(report["checks"][0]["id"], "credentials");
    assert_eq!(report["checks"][0]["status"], "fail");
    assert!(
        report["checks"][0]["hint"]
            .as_str()
            .unwrap()
            .starts_with("chmod 600"),
        "{report}"
    );
    assert!(!run.stdout.contains("s3cr3t-token") && !run.stderr.contains("s3cr3t-token"));
}

/// A `remove bob` cut short after bob's leg went (the soak found it): the record still says
/// ringing and bob's task is still accepted. doctor --fix closes both and brings the
/// customer back.
#[test]
fn doctor_fix_closes_a_consult_whose_leg_is_gone_and_its_targets_task() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let (s, body) = sb.delete(&leg_path(&sb, &consult_label("bob")));
    assert!(s.is_success(), "{body}");
    let (_, by_id) = doctor(&sb, &[]);
    assert_eq!(status(&by_id, "orphan-consult"), "fail", "{by_id:?}");
    let fixed = sb.flexctl(&["doctor", "--fix"]);
    assert!(
        fixed.stderr.contains("cancel the target's task"),
        "{fixed:?}"
    );
    let (run, by_id) = doctor(&sb, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(failing(&by_id).is_empty(), "{by_id:?}");
    assert_eq!(leg(&sb, "customer")["hold"], false);
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["ok"], true, "{inv}");
}

#[test]
fn doctor_fix_closes_the_transfer_of_a_call_that_ended_mid_consult() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]);
    let (s, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert!(s.is_success(), "{body}");
    let report = sb.flexctl(&["doctor", "-o", "json"]).json();
    let ended = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "ended-calls")
        .cloned()
        .unwrap();
    assert_eq!(ended["status"], "fail", "{report}");
    sb.flexctl(&["-q", "doctor", "--fix"]);
    let after = sb.flexctl(&["doctor", "-o", "json"]).ok().json();
    assert_eq!(after["ok"], true, "{after}");
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["ok"], true, "{inv}");
}

/// A call that ended with nobody's Flex UI to wrap its task (the agent's browser gone): the
/// task stays assigned and the agent's capacity taken until doctor moves it to wrapping.
#[test]
fn doctor_fix_wraps_the_task_left_assigned_by_a_call_that_ended() {
    let sb = TestSandbox::new();
    let (s, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert!(s.is_success(), "{body}");
    let (run, by_id) = doctor(&sb, &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(failing(&by_id), ["ended-calls"], "{by_id:?}");
    let (_, detail, _) = &by_id["ended-calls"];
    assert!(
        detail.contains(&format!("task {} of ended call", seed::live_task_sid())),
        "{detail}"
    );

    // A dry run says what it would do and sends nothing.
    let mark = sb.log_mark();
    let dry = sb.flexctl(&["doctor", "--fix", "--dry-run"]);
    assert!(
        dry.stderr.contains("would fix ended-calls: move task"),
        "{dry:?}"
    );
    assert!(writes_since(&sb, mark).is_empty());

    let fixed = sb.flexctl(&["doctor", "--fix"]);
    assert!(fixed.stderr.contains("to wrapping"), "{fixed:?}");
    let task = sb.pv1(&format!("/Tasks/{}", seed::live_task_sid()));
    assert_eq!(sb.get(&task).1["assignment_status"], "wrapping");
    let (run, by_id) = doctor(&sb, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(failing(&by_id).is_empty(), "{by_id:?}");
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["ok"], true, "{inv}");
}

/// doctor checks a target with the verbs' own preconditions: the id `consult` refuses with is
/// the id doctor fails.
#[test]
fn doctor_and_the_verb_agree_on_a_target_already_on_the_call() {
    let sb = TestSandbox::new();
    let (run, by_id) = doctor(&sb, &["--target", "alice"]);
    assert_eq!(run.code, 1, "{run:?}");
    // alice is the acting agent, and her capacity is taken by this very call.
    assert_eq!(failing(&by_id), ["target-capacity", "target-not-self"]);
    let verb = sb.flexctl(&["-o", "json", "consult", "agent", "alice"]);
    assert_eq!(verb.code, 1);
    let err: serde_json::Value = serde_json::from_str(verb.stderr.trim()).unwrap();
    assert_eq!(err["error"]["id"], "target-not-self");
}
