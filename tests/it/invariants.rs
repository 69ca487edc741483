//! The invariant checker through `GET /sandbox/invariants`: clean on the seed and after clean
//! verbs, and each kind of violation produced through the API.

use flexctl::invariants::{self, Violation};
use flexctl::sandbox::seed;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::TestSandbox;

/// The kinds `GET /sandbox/invariants` reports, checking the shape of the answer on the way.
fn kinds(sb: &TestSandbox) -> Vec<String> {
    let (status, body) = sb.get("/sandbox/invariants");
    assert_eq!(status, StatusCode::OK, "{body}");
    let list = body["violations"].as_array().expect("violations list");
    assert_eq!(body["ok"], json!(list.is_empty()), "{body}");
    for v in list {
        for key in ["kind", "subject", "detail"] {
            assert!(v[key].is_string(), "{key} in {v}");
        }
        let kind = v["kind"].as_str().unwrap();
        assert!(
            invariants::KINDS.contains(&kind) || flexctl::invariants::tasks::KINDS.contains(&kind),
            "{v}"
        );
    }
    list.iter()
        .map(|v| v["kind"].as_str().unwrap().to_string())
        .collect()
}

/// The checker called directly, as the crash and race tests may do: on the state as it is, and
/// after bringing the simulation up to the clock; both agree here.
fn direct(sb: &TestSandbox) -> Vec<Violation> {
    let now = invariants::check_now(&sb.bg.state).expect("check runs");
    let stored = sb
        .bg
        .state
        .store()
        .read(invariants::check)
        .expect("check runs");
    assert_eq!(now, stored);
    now
}

#[track_caller]
fn assert_clean(sb: &TestSandbox) {
    assert_eq!(kinds(sb), Vec::<String>::new());
    assert_eq!(direct(sb), Vec::new());
}

fn leg_path(sb: &TestSandbox, leg: &str) -> String {
    sb.p2010(&format!(
        "/Conferences/{}/Participants/{leg}.json",
        seed::live_conference_sid()
    ))
}

fn hold(sb: &TestSandbox, leg: &str, on: bool) {
    let (status, body) = sb.post(
        &leg_path(sb, leg),
        &[("Hold", if on { "true" } else { "false" })],
    );
    assert_eq!(status, StatusCode::OK, "{body}");
}

fn set_agent(sb: &TestSandbox, name: &str, form: &[(&str, &str)]) {
    let (status, body) = sb.post(&format!("/sandbox/agents/{name}"), form);
    assert_eq!(status, StatusCode::OK, "{body}");
}

fn create_task(sb: &TestSandbox, queue: &str, attributes: Value) -> String {
    let (status, body) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("TaskQueueSid", &seed::queue_sid(queue)),
            ("Attributes", &attributes.to_string()),
            ("TaskChannel", "voice"),
        ],
    );
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["sid"].as_str().unwrap().to_string()
}

#[test]
fn the_seeded_sandbox_is_clean_and_a_customer_hang_up_is_no_violation() {
    let sb = TestSandbox::new();
    assert_clean(&sb);
    let (status, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_clean(&sb);
}

#[test]
fn ending_the_conference_through_the_api_is_no_violation() {
    let sb = TestSandbox::new();
    let (status, body) = sb.post(
        &sb.p2010(&format!(
            "/Conferences/{}.json",
            seed::live_conference_sid()
        )),
        &[("Status", "completed")],
    );
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_clean(&sb);
}

#[test]
fn the_checker_needs_the_control_api_credentials() {
    let sb = TestSandbox::new();
    let resp = sb
        .client
        .get(format!("{}/sandbox/invariants", sb.base()))
        .send()
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

#[test]
fn holding_the_customer_and_the_only_agent_strands_the_customer() {
    let sb = TestSandbox::new();
    hold(&sb, "customer", true);
    assert_clean(&sb);
    hold(&sb, "worker", true);
    assert_eq!(kinds(&sb), vec!["customer-stranded"]);
    let v = direct(&sb);
    assert!(v[0].subject.contains(&seed::customer_call_sid()), "{v:?}");
    hold(&sb, "worker", false);
    assert_clean(&sb);
}

#[test]
fn kicking_an_agent_who_ends_the_conference_drops_the_customer() {
    let sb = TestSandbox::new();
    let (status, body) = sb.delete(&leg_path(&sb, "worker"));
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert_eq!(kinds(&sb), vec!["customer-dropped"]);
    let v = direct(&sb);
    assert!(
        v[0].detail
            .contains("participant-with-end-conference-on-exit-kicked"),
        "{v:?}"
    );
}

#[test]
fn a_consult_leg_made_outside_flexctl_is_an_orphan() {
    let sb = TestSandbox::new();
    let label = format!("consult-{}", seed::worker_sid("bob"));
    let (status, body) = sb.post(
        &sb.p2010(&format!(
            "/Conferences/{}/Participants.json",
            seed::live_conference_sid()
        )),
        &[
            ("From", seed::CONTACT_CENTER_NUMBER),
            ("To", "client:bob"),
            ("Label", &label),
        ],
    );
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(kinds(&sb), vec!["orphan-consult-leg"]);
    // A leg with another label is none of flexctl's business.
    let (status, _) = sb.delete(&leg_path(&sb, &label));
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_clean(&sb);
}

#[test]
fn consult_and_reset_tasks_made_outside_flexctl_are_reported() {
    let sb = TestSandbox::new();
    // Nobody eligible for Sales is available (erin is on a break): both stay pending.
    let consult = create_task(
        &sb,
        "Sales",
        json!({"flexctl": {"kind": "consult", "task_sid": seed::live_task_sid(),
                           "transfer_id": "tr-x"}}),
    );
    let reset = create_task(
        &sb,
        "Sales",
        json!({"flexctl": {"kind": "reset", "reset_id": "r-x", "queue": "Sales"}}),
    );
    let v = direct(&sb);
    let mut got: Vec<(&str, &str)> = v.iter().map(|v| (v.kind, v.subject.as_str())).collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            ("orphan-consult-task", consult.as_str()),
            ("reset-task-pending", reset.as_str())
        ],
        "{v:?}"
    );
    for sid in [&consult, &reset] {
        let (status, body) = sb.post(
            &sb.pv1(&format!("/Tasks/{sid}")),
            &[("AssignmentStatus", "canceled"), ("Reason", "test")],
        );
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_clean(&sb);
}

#[test]
fn two_active_records_on_one_call_are_reported() {
    let sb = TestSandbox::new();
    let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
    let mut attrs: Value = serde_json::from_str(task["attributes"].as_str().unwrap()).unwrap();
    let record = |id: &str| {
        json!({"id": id, "kind": "agent", "mode": "warm", "status": "initiated",
               "from": {"name": "alice"}, "to": {"name": "bob"}, "consult": {},
               "started_at": "2100-01-01T00:00:00Z", "updated_at": "2100-01-01T00:00:00Z"})
    };
    attrs["flexctl"] = json!({"transfers": [record("t1"), record("t2")]});
    let (status, body) = sb.post(
        &sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())),
        &[("Attributes", &attrs.to_string())],
    );
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(kinds(&sb), vec!["two-active-transfers"]);
}

#[test]
fn a_consult_that_rang_out_leaves_a_dangling_record() {
    let sb = TestSandbox::new();
    set_agent(&sb, "bob", &[("Behavior", "never")]);
    sb.flexctl(&["consult", "agent", "bob", "--ring-timeout", "10s"])
        .ok();
    assert_clean(&sb);
    sb.advance_ms(11_000);
    // Bob's task was accepted for him, and nobody closed it when his leg rang out.
    assert_eq!(kinds(&sb), vec!["dangling-record", "leaver-task-open"]);
    // The customer is still held, but alice is live: not stranded.
    let v = direct(&sb);
    assert!(v[0].detail.contains("ringing"), "{v:?}");
}

#[test]
fn clean_verbs_leave_no_violation() {
    let sb = TestSandbox::new();
    sb.flexctl(&["consult", "agent", "bob"]).ok();
    assert_clean(&sb);
    sb.flexctl(&["cancel"]).ok();
    assert_clean(&sb);
    // A whole warm transfer to a queue: the consult leg and task become bob's.
    set_agent(&sb, "bob", &[("Delay", "0s")]);
    set_agent(&sb, "carol", &[("Behavior", "never")]);
    sb.flexctl(&["transfer", "queue", "Billing"]).ok();
    assert_clean(&sb);
}
