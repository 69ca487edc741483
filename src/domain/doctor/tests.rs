//! Tests of `domain::doctor`.
use super::*;
use crate::domain::call::Phase;
use crate::domain::plan::Action;
use crate::domain::testing;

const A: &str = "WK0000000000000000000000000000000a";

fn leg(role: Role, worker: Option<&str>, label: &str, hold: bool) -> Leg {
    let l = testing::leg(role, format!("CA{label}")).labelled(label);
    let l = l.held(hold).ends_conference(true);
    match worker {
        Some(w) => l.worker(w, "alice"),
        None => l,
    }
}

fn call(legs: Vec<Leg>) -> Call {
    testing::call(Some((A, "alice")), legs, Phase::Live)
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
    assert_eq!(
        f.hint.as_deref(),
        Some("nobody is on the call: `flexctl transfer agent NAME --task WT1` hands it on")
    );

    agent_gone
        .participants
        .push(leg(Role::Agent, Some(A), "worker", false));
    assert_eq!(stranded_hold(&agent_gone).status, Status::Pass);
}

const B: &str = "WK0000000000000000000000000000000b";

fn task_facts<'a>(call: &'a Call, task_agent: Option<&'a str>) -> CallFacts<'a> {
    CallFacts {
        call,
        actor: None,
        active: None,
        consult_tasks: &[],
        active_age_s: None,
        liveness: Liveness::Parked,
        task_agent,
    }
}

fn statuses(findings: &[Finding]) -> Vec<(String, Status)> {
    findings.iter().map(|f| (f.id.clone(), f.status)).collect()
}

#[test]
fn the_agents_on_a_call_must_be_the_agents_of_its_tasks() {
    let customer = || leg(Role::Customer, None, "customer", false);
    let alice = || leg(Role::Agent, Some(A), "worker", false);
    let bob = || {
        let mut l = leg(Role::Agent, Some(B), "consult-WKb", false);
        l.name = Some("bob".into());
        l
    };
    let pass = |id: &str| (id.to_string(), Status::Pass);
    let fail = |id: &str| (id.to_string(), Status::Fail);
    // Alice holds the task and is on the call: both pass.
    let c = call(vec![customer(), alice()]);
    assert_eq!(
        statuses(&tasks::tasks_follow(&task_facts(&c, Some(A)))),
        [
            pass(tasks::TASK_WITHOUT_AGENT),
            pass(tasks::AGENT_WITHOUT_TASK)
        ]
    );
    // Alice left, bob carries the call on alice's task: alice's task is wrapped, bob is
    // given one of his own.
    let c = call(vec![customer(), bob()]);
    let found = tasks::tasks_follow(&task_facts(&c, Some(A)));
    assert_eq!(
        statuses(&found),
        [
            fail(tasks::TASK_WITHOUT_AGENT),
            fail(tasks::AGENT_WITHOUT_TASK)
        ]
    );
    let Some(Repair::Call { plan, .. }) = found[0].repairs.first() else {
        panic!("{found:?}");
    };
    assert_eq!(
        plan.steps[0].action,
        Action::FinishTask {
            finish: plan::Finish::Wrap
        }
    );
    assert!(
        found[1].detail.starts_with("bob is on the call"),
        "{}",
        found[1].detail
    );
    let Some(Repair::Call { plan, .. }) = found[1].repairs.first() else {
        panic!("{found:?}");
    };
    assert!(matches!(
        &plan.steps[0].action,
        Action::CreateConsultTask { target: plan::Target::Agent { worker_sid, .. }, .. } if worker_sid == B
    ));
    // Nobody accepted the task: nothing to say.
    let skipped = tasks::tasks_follow(&task_facts(&c, None));
    assert!(skipped.iter().all(|f| f.status == Status::Skip));
}

/// A supervisor holds no task of the call (no `agent-without-task`), and one that would end
/// the call on leaving is a `conference-flags` failure whose repair disarms them alone.
#[test]
fn a_supervisor_needs_no_task_and_never_ends_the_call() {
    let customer = || leg(Role::Customer, None, "customer", false);
    let alice = || leg(Role::Agent, Some(A), "worker", false);
    let sue = |ecoe: bool| {
        let mut l = leg(Role::Supervisor, Some(B), "supervisor-WKs", false).ends_conference(ecoe);
        l.name = Some("sue".into());
        l
    };
    let c = call(vec![customer(), alice(), sue(false)]);
    assert!(tasks::tasks_follow(&task_facts(&c, Some(A)))
        .iter()
        .all(|f| f.status == Status::Pass));
    assert_eq!(conference_flags(&c).status, Status::Pass);
    let c = call(vec![customer(), alice(), sue(true)]);
    let f = conference_flags(&c);
    assert_eq!(f.status, Status::Fail, "{f:?}");
    let Some(Repair::Call { plan, .. }) = f.repairs.first() else {
        panic!("{f:?}");
    };
    assert_eq!(
        plan.steps
            .iter()
            .map(|s| s.action.clone())
            .collect::<Vec<_>>(),
        vec![Action::UpdateLeg {
            leg: "supervisor-WKs".into(),
            name: "sue".into(),
            hold: None,
            end_conference_on_exit: Some(false)
        }]
    );
}
