//! Plans with an external number: no task for it, and once the agent leaves, the number and
//! the customer end the conference on exit and nobody is on hold.

use super::*;
use crate::domain::call::{Call, Phase};
use crate::domain::testing;

const NUMBER: &str = "+15550100777";

fn number() -> Target {
    Target::Number {
        number: NUMBER.into(),
        from: "+15550109999".into(),
    }
}

fn opts(cold: bool) -> ConsultOptions {
    ConsultOptions {
        ring_timeout_s: 30,
        wait: true,
        cold,
        accept: Accept::Flexctl,
        ignore_capacity: false,
    }
}

fn alice() -> Leg {
    testing::leg(Role::Agent, "CAa")
        .worker("WKa", "alice")
        .labelled("worker")
        .ends_conference(true)
}

fn customer() -> Leg {
    testing::leg(Role::Customer, "CAc")
        .labelled("customer")
        .ends_conference(true)
}

fn external() -> Leg {
    let mut l = testing::leg(Role::Consult, "CAx").labelled("external-15550100777");
    l.name = Some(NUMBER.into());
    l
}

fn live() -> Call {
    testing::call(
        Some(("WKa", "alice")),
        vec![customer(), alice()],
        Phase::Live,
    )
}

/// The flags and holds a plan leaves on each leg, applied in order.
fn after(call: &Call, plan: &Plan) -> Vec<(String, bool, bool)> {
    let mut c = call.clone();
    super::consult::apply_updates(&mut c, plan);
    c.participants
        .iter()
        .map(|l| (leg_id(l), l.hold, l.end_conference_on_exit))
        .collect()
}

#[test]
fn a_number_is_rung_without_a_task_or_a_reservation() {
    let p = consult(&live(), &alice(), &number(), "ignored", opts(false));
    assert!(!p.steps.iter().any(|s| matches!(
        s.action,
        Action::CreateConsultTask { .. } | Action::AwaitAcceptance { .. }
    )));
    let ring = p
        .steps
        .iter()
        .find(|s| matches!(s.action, Action::Ring { .. }))
        .expect("a ring");
    assert_eq!(
        ring.action,
        Action::Ring {
            callee: Callee::Number {
                number: NUMBER.into()
            },
            from: "+15550109999".into(),
            timeout_s: 30,
        }
    );
    assert_eq!(ring.undo, Some(Action::Unring));
    // The flag comes off before the hold, as for an agent.
    let flag = p.steps.iter().position(|s| {
        matches!(
            &s.action,
            Action::UpdateLeg {
                end_conference_on_exit: Some(false),
                ..
            }
        )
    });
    let hold = p.steps.iter().position(|s| {
        matches!(
            &s.action,
            Action::UpdateLeg {
                hold: Some(true),
                ..
            }
        )
    });
    assert!(flag < hold && hold.is_some(), "{p:#?}");
}

#[test]
fn leaving_a_number_with_the_customer_arms_both_and_holds_nobody() {
    // Merged: everyone live, nobody ends the conference on exit.
    let legs = vec![
        customer().held(true),
        alice().ends_conference(false),
        external(),
    ];
    let call = testing::call(Some(("WKa", "alice")), legs, Phase::Consulting);
    let p = leave(&call, &call.participants[1], Finish::Wrap, true);
    let legs = after(&call, &p);
    assert_eq!(
        legs,
        [
            ("customer".to_string(), false, true),
            ("external-15550100777".to_string(), false, true)
        ],
        "{p:#?}"
    );
    // The agent leaves only after the flags are set, and their task is wrapped.
    let removal = p
        .steps
        .iter()
        .position(|s| matches!(s.action, Action::RemoveLeg { .. }))
        .unwrap();
    assert!(p.steps[..removal].iter().any(|s| matches!(
        &s.action,
        Action::UpdateLeg { leg, end_conference_on_exit: Some(true), .. } if leg == "external-15550100777"
    )));
    assert!(p.steps.iter().any(|s| s.action
        == Action::FinishTask {
            finish: Finish::Wrap
        }));
}

#[test]
fn a_cold_transfer_to_a_number_never_holds_the_customer() {
    let p = transfer(&live(), &alice(), &number(), "", opts(true), Finish::Wrap);
    assert!(!p.steps.iter().any(|s| matches!(
        &s.action,
        Action::UpdateLeg { leg, hold: Some(true), .. } if leg == "customer"
    )));
    let answer = p
        .steps
        .iter()
        .position(|s| matches!(s.action, Action::AwaitAnswer { .. }))
        .unwrap();
    let removal = p
        .steps
        .iter()
        .position(|s| matches!(s.action, Action::RemoveLeg { .. }))
        .unwrap();
    assert!(answer < removal, "the agent leaves only after the answer");
    // The predicted end: the number ends the conference on exit.
    assert!(p.steps[answer..removal].iter().any(|s| matches!(
        &s.action,
        Action::UpdateLeg { leg, end_conference_on_exit: Some(true), .. } if leg == "external-15550100777"
    )));
}

#[test]
fn the_warm_transfer_predicted_for_a_dry_run_ends_with_the_number_armed() {
    let p = transfer(&live(), &alice(), &number(), "", opts(false), Finish::Wrap);
    assert_eq!(p.verb, "transfer");
    let last_arm = p.steps.iter().rposition(|s| {
        matches!(&s.action, Action::UpdateLeg { leg, end_conference_on_exit: Some(true), .. } if leg == "external-15550100777")
    });
    let removal = p
        .steps
        .iter()
        .rposition(|s| matches!(s.action, Action::RemoveLeg { .. }));
    assert!(last_arm.is_some() && last_arm < removal, "{p:#?}");
}

#[test]
fn doctor_flags_repair_counts_the_number_as_a_party() {
    // The number handed the call (External) while an agent is still there: neither ends it.
    let mut ext = external().ends_conference(true);
    ext.role = Role::External;
    let call = testing::call(
        Some(("WKa", "alice")),
        vec![customer(), alice(), ext],
        Phase::Live,
    );
    let p = safe_flags(&call);
    assert_eq!(
        after(&call, &p)
            .iter()
            .map(|(_, _, e)| *e)
            .collect::<Vec<_>>(),
        [true, false, false],
        "{p:#?}"
    );
}
