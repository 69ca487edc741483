//! Tests of `domain::call`.
use super::*;
use crate::domain::model::TaskStatus;
use serde_json::json;

const CUST: &str = "CA00000000000000000000000000000001";
const ALICE_CALL: &str = "CA00000000000000000000000000000002";
const BOB_CALL: &str = "CA00000000000000000000000000000003";
const ALICE: &str = "WK00000000000000000000000000000001";
const BOB: &str = "WK00000000000000000000000000000002";

fn task(extra: Value) -> Task {
    let mut attrs = json!({
        "from": "+15550100001",
        "conference": {"sid": "CF1", "participants": {"customer": CUST, "worker": ALICE_CALL}}
    });
    if let (Some(a), Some(e)) = (attrs.as_object_mut(), extra.as_object()) {
        a.extend(e.clone());
    }
    Task {
        sid: "WT1".into(),
        queue_sid: None,
        queue_name: None,
        workflow_sid: None,
        workflow_name: None,
        status: TaskStatus::Assigned,
        attributes_raw: attrs.to_string(),
        attributes: attrs,
        reason: None,
        priority: None,
        task_channel: None,
        age_s: Some(60),
        date_created: None,
        etag: None,
    }
}

fn leg(call: &str, label: &str, status: ParticipantStatus, hold: bool) -> Participant {
    Participant {
        conference_sid: "CF1".into(),
        call_sid: call.into(),
        label: Some(label.into()),
        status,
        hold,
        muted: false,
        coaching: false,
        call_sid_to_coach: None,
        end_conference_on_exit: false,
        start_conference_on_enter: true,
        date_created: None,
    }
}

fn names() -> HashMap<String, String> {
    HashMap::from([
        (ALICE.to_string(), "alice".to_string()),
        (BOB.to_string(), "bob".to_string()),
    ])
}

fn call_with(legs: &[Participant], extra: Value) -> Call {
    assemble(&task(extra), "CF1", legs, Some((ALICE, "alice")), &names())
}

#[test]
fn roles_and_names_from_attributes_and_labels() {
    use ParticipantStatus::*;
    let bob_label = consult_label(BOB);
    let c = call_with(
        &[
            leg(CUST, "customer", Connected, true),
            leg(ALICE_CALL, "worker", Connected, false),
            leg(BOB_CALL, &bob_label, Ringing, false),
        ],
        json!({}),
    );
    let roles: Vec<_> = c
        .participants
        .iter()
        .map(|l| (l.role, l.display_name()))
        .collect();
    assert_eq!(
        roles,
        vec![
            (Role::Customer, "customer".to_string()),
            (Role::Agent, "alice".to_string()),
            (Role::Consult, "bob".to_string())
        ]
    );
    assert_eq!(c.agent.as_deref(), Some("alice"));
    assert_eq!(c.customer.as_deref(), Some("+15550100001"));
}

#[test]
fn the_customer_is_found_however_named() {
    use ParticipantStatus::*;
    let c = call_with(
        &[
            leg(CUST, "customer", Connected, false),
            leg(ALICE_CALL, "worker", Connected, false),
        ],
        json!({}),
    );
    for who in [
        "customer",
        "Customer",
        " CUSTOMER ",
        CUST,
        &CUST.to_lowercase(),
        "+15550100001",
        "+1 555-010-0001",
        "15550100001",
    ] {
        assert_eq!(
            c.leg_named(who).map(|l| l.role),
            Some(Role::Customer),
            "{who}"
        );
    }
    assert_eq!(c.leg_named("worker").map(|l| l.role), Some(Role::Agent));
    assert_eq!(c.leg_named(ALICE_CALL).map(|l| l.role), Some(Role::Agent));
    for who in ["alice", "555", "+1555", "", "cust"] {
        assert!(c.leg_named(who).is_none(), "{who}");
    }
}

#[test]
fn phases_follow_the_consult_leg_and_holds() {
    use ParticipantStatus::*;
    let b = consult_label(BOB);
    let cases = [
        (
            vec![
                (CUST, "customer", Connected, false),
                (ALICE_CALL, "worker", Connected, false),
            ],
            Phase::Live,
        ),
        (
            vec![
                (CUST, "customer", Connected, true),
                (ALICE_CALL, "worker", Connected, false),
                (BOB_CALL, b.as_str(), Ringing, false),
            ],
            Phase::ConsultRinging,
        ),
        (
            vec![
                (CUST, "customer", Connected, true),
                (ALICE_CALL, "worker", Connected, false),
                (BOB_CALL, b.as_str(), Connected, false),
            ],
            Phase::Consulting,
        ),
        (
            vec![
                (CUST, "customer", Connected, false),
                (ALICE_CALL, "worker", Connected, false),
                (BOB_CALL, b.as_str(), Connected, true),
            ],
            Phase::Consulting,
        ),
        (
            vec![
                (CUST, "customer", Connected, false),
                (ALICE_CALL, "worker", Connected, false),
                (BOB_CALL, b.as_str(), Connected, false),
            ],
            Phase::Merged,
        ),
    ];
    for (legs, want) in cases {
        let ps: Vec<Participant> = legs
            .iter()
            .map(|(c, l, s, h)| leg(c, l, s.clone(), *h))
            .collect();
        assert_eq!(call_with(&ps, json!({})).phase, want, "{legs:?}");
    }
}

#[test]
fn a_pending_queue_consult_is_ringing_and_a_completed_transfer_moves_the_call() {
    use ParticipantStatus::*;
    let legs = [
        leg(CUST, "customer", Connected, true),
        leg(ALICE_CALL, "worker", Connected, false),
    ];
    let pending = json!({"flexctl": {"transfers": [{"kind": "queue", "status": "ringing"}]}});
    assert_eq!(call_with(&legs, pending).phase, Phase::ConsultRinging);

    let b = consult_label(BOB);
    let done = json!({"flexctl": {"transfers": [
        {"kind": "agent", "status": "completed", "to": {"worker_sid": BOB, "name": "bob"}}
    ]}});
    let c = call_with(
        &[
            leg(CUST, "customer", Connected, false),
            leg(BOB_CALL, &b, Connected, false),
        ],
        done,
    );
    assert_eq!(c.agent.as_deref(), Some("bob"));
    assert_eq!(c.phase, Phase::Live);
    assert_eq!(c.participants[1].role, Role::Agent);
}

#[test]
fn the_current_task_is_the_one_the_agent_now_on_the_call_holds() {
    let with = |sid: &str, status: TaskStatus, age: u64, extra: Value| {
        let mut t = task(extra);
        t.sid = sid.into();
        t.status = status;
        t.age_s = Some(age);
        t
    };
    let record = |status: &str| {
        json!({"flexctl": {"transfers": [{"id": "tr-1", "kind": "agent", "mode": "warm",
            "status": status, "from": {}, "to": {}, "consult": {"task_sid": "WT2"},
            "started_at": "2026-12-01T00:00:00Z", "updated_at": "2026-12-01T00:00:00Z"}]}})
    };
    let target = json!({"flexctl": {"kind": "consult", "transfer_id": "tr-1", "task_sid": "WT1"}});
    let pick = |tasks: &[&Task]| current_task(tasks).map(|i| tasks[i].sid.clone());
    // During the consult: alice's task, never the target's.
    let alice = with("WT1", TaskStatus::Assigned, 60, record("consulting"));
    let bob = with("WT2", TaskStatus::Assigned, 5, target.clone());
    assert_eq!(pick(&[&alice, &bob]).as_deref(), Some("WT1"));
    // Handed over: bob's, whether alice's task still runs or wraps, even created the same second.
    let alice_done = with("WT1", TaskStatus::Wrapping, 60, record("completed"));
    assert_eq!(pick(&[&alice_done, &bob]).as_deref(), Some("WT2"));
    let alice_left = with("WT1", TaskStatus::Assigned, 5, record("completed"));
    assert_eq!(pick(&[&bob, &alice_left]).as_deref(), Some("WT2"));
    // A failed transfer's left-over task never carries the call.
    let alice_failed = with("WT1", TaskStatus::Assigned, 60, record("failed"));
    assert_eq!(pick(&[&alice_failed, &bob]).as_deref(), Some("WT1"));
    assert_eq!(pick(&[]), None);
}

#[test]
fn an_external_number_is_the_consult_until_its_transfer_completes_then_no_agent_holds_the_call() {
    let ext_call = "CA00000000000000000000000000000009";
    let record = |status: &str| {
        json!({"flexctl": {"transfers": [{
            "id": "t1", "kind": "number", "mode": "warm", "status": status,
            "from": {"worker_sid": ALICE, "name": "alice"},
            "to": {"number": "+15550100777", "name": "+15550100777"},
            "consult": {"label": "external-15550100777", "call_sid": ext_call},
            "started_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"
        }]}})
    };
    let names = HashMap::new();
    let during = [
        leg(CUST, "customer", ParticipantStatus::Connected, true),
        leg(ALICE_CALL, "worker", ParticipantStatus::Connected, false),
        leg(
            ext_call,
            "external-15550100777",
            ParticipantStatus::Connected,
            false,
        ),
    ];
    let c = assemble(
        &task(record("consulting")),
        "CF1",
        &during,
        Some((ALICE, "alice")),
        &names,
    );
    let ext = c.consult_leg().expect("the number is the consult");
    assert_eq!(
        (ext.name.as_deref(), ext.worker_sid.as_deref()),
        (Some("+15550100777"), None)
    );
    assert_eq!(c.phase, Phase::Consulting);
    assert_eq!(c.agent_legs().count(), 2);
    assert_eq!(
        c.leg_named("+15550100777").map(|l| &*l.call_sid),
        Some(ext_call)
    );

    let after = [
        leg(CUST, "customer", ParticipantStatus::Connected, false),
        leg(
            ext_call,
            "external-15550100777",
            ParticipantStatus::Connected,
            false,
        ),
    ];
    let c = assemble(
        &task(record("completed")),
        "CF1",
        &after,
        Some((ALICE, "alice")),
        &names,
    );
    assert_eq!(c.participants[1].role, Role::External);
    assert_eq!((c.agent.as_deref(), c.agent_sid.as_deref()), (None, None));
    assert_eq!(c.agent_legs().count(), 0);
    assert_eq!(c.external_legs().count(), 1);
    assert_eq!(c.phase, Phase::Live);
    assert!(!crate::domain::rules::needs_rescue(&c));
}
