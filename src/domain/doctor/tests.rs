//! Tests of `domain::doctor`.
use super::*;
use crate::domain::call::Phase;
use crate::domain::model::ParticipantStatus;
use crate::domain::plan::Action;

const A: &str = "WK0000000000000000000000000000000a";

fn leg(role: Role, worker: Option<&str>, label: &str, hold: bool) -> Leg {
    Leg {
        role,
        name: worker.map(|_| "alice".into()),
        worker_sid: worker.map(str::to_string),
        call_sid: format!("CA{label}"),
        label: Some(label.into()),
        status: ParticipantStatus::Connected,
        hold,
        muted: false,
        end_conference_on_exit: true,
    }
}

fn call(legs: Vec<Leg>) -> Call {
    Call {
        task_sid: "WT1".into(),
        conference_sid: "CF1".into(),
        agent: Some("alice".into()),
        agent_sid: Some(A.into()),
        customer: Some("+15550100001".into()),
        phase: Phase::Live,
        participants: legs,
        transfers: vec![],
        age_s: None,
    }
}

/// (leg, hold) of each step of a repair.
fn holds(f: &Finding) -> Vec<(String, Option<bool>)> {
    let Some(Repair::Call { plan, .. }) = f.repairs.first() else {
        panic!("no call repair: {f:?}");
    };
    plan.steps
        .iter()
        .map(|s| match &s.action {
            Action::UpdateLeg { leg, hold, .. } => (leg.clone(), *hold),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

#[test]
fn a_stranded_customer_gets_the_held_agent_back_first() {
    let both_held = call(vec![
        leg(Role::Customer, None, "customer", true),
        leg(Role::Agent, Some(A), "worker", true),
    ]);
    let f = stranded_hold(&both_held);
    assert_eq!(f.status, Status::Fail);
    assert_eq!(
        holds(&f),
        [
            ("worker".to_string(), Some(false)),
            ("customer".to_string(), Some(false))
        ]
    );
    assert_eq!(
        f.hint.as_deref(),
        Some("flexctl unhold alice && flexctl unhold customer")
    );

    let mut agent_gone = call(vec![leg(Role::Customer, None, "customer", true)]);
    let f = stranded_hold(&agent_gone);
    assert_eq!(holds(&f), [("customer".to_string(), Some(false))]);
    assert_eq!(f.hint.as_deref(), Some("flexctl unhold customer"));

    agent_gone
        .participants
        .push(leg(Role::Agent, Some(A), "worker", false));
    assert_eq!(stranded_hold(&agent_gone).status, Status::Pass);
}
