//! Plan contents per verb, and the undo of every prefix of every plan restoring the call.

use std::collections::BTreeMap;

use super::*;
use crate::domain::call::Phase;
use crate::domain::call::{consult_label, Call, CONSULT_LABEL_PREFIX};
use crate::domain::testing;

const A: &str = "WK0000000000000000000000000000000a";
const B: &str = "WK0000000000000000000000000000000b";

fn leg(role: Role, worker: Option<&str>, label: &str, hold: bool, ecoe: bool) -> Leg {
    let l = testing::leg(role, format!("CA{label}")).labelled(label);
    let l = l.held(hold).ends_conference(ecoe);
    match worker {
        Some(w) => l.worker(w, if w == A { "alice" } else { "bob" }),
        None => l,
    }
}

fn call(legs: Vec<Leg>, phase: Phase) -> Call {
    testing::call(Some((A, "alice")), legs, phase)
}

fn live() -> Call {
    call(
        vec![
            leg(Role::Customer, None, "customer", false, true),
            leg(Role::Agent, Some(A), "worker", false, true),
        ],
        Phase::Live,
    )
}

fn consulting(customer_held: bool, consult_held: bool) -> Call {
    call(
        vec![
            leg(Role::Customer, None, "customer", customer_held, true),
            leg(Role::Agent, Some(A), "worker", false, false),
            leg(
                Role::Consult,
                Some(B),
                &consult_label(B),
                consult_held,
                false,
            ),
        ],
        Phase::Consulting,
    )
}

fn bob() -> Target {
    Target::Agent {
        worker_sid: B.into(),
        name: "bob".into(),
        contact_uri: "client:bob".into(),
    }
}

const OPTS: ConsultOptions = ConsultOptions {
    ring_timeout_s: 30,
    wait: true,
    cold: false,
    accept: Accept::Flexctl,
    ignore_capacity: false,
};

/// A leg's state: (hold, end_conference_on_exit). The simulation applies actions the way the
/// sandbox does, including the trap: a held leg ignores an end-conference-on-exit change.
type State = BTreeMap<String, (bool, bool)>;

fn state_of(c: &Call) -> State {
    c.participants
        .iter()
        .map(|l| (l.label.clone().unwrap(), (l.hold, l.end_conference_on_exit)))
        .collect()
}

fn apply(state: &mut State, action: &Action) {
    match action {
        Action::UpdateLeg {
            leg,
            hold,
            end_conference_on_exit,
            ..
        } => {
            let entry = state.get_mut(leg).expect("leg exists");
            if let Some(e) = end_conference_on_exit {
                assert!(
                    !entry.0,
                    "an end-conference-on-exit change sent to a held leg is lost: {action:?}"
                );
                entry.1 = *e;
            }
            if let Some(h) = hold {
                entry.0 = *h;
            }
        }
        Action::Ring {
            callee: Callee::Agent { worker_sid, .. },
            ..
        } => {
            state.insert(consult_label(worker_sid), (false, false));
        }
        Action::Unring => state.retain(|k, _| !k.starts_with(CONSULT_LABEL_PREFIX)),
        Action::RemoveLeg { leg, .. } => {
            state.remove(leg);
        }
        _ => {}
    }
}

/// No prefix of the plan may leave the customer on hold with no agent live.
fn assert_never_stranded(plan: &Plan, initial: &State) {
    let mut st = initial.clone();
    for (i, step) in plan.steps.iter().enumerate() {
        apply(&mut st, &step.action);
        let customer_held = st.get("customer").is_some_and(|s| s.0);
        let live_agents = st
            .iter()
            .filter(|(k, s)| k.as_str() != "customer" && !s.0)
            .count();
        assert!(
            !(customer_held && live_agents == 0),
            "step {i} of {} strands the customer",
            plan.verb
        );
    }
}

fn assert_undo_restores(plan: &Plan, c: &Call) {
    let initial = state_of(c);
    for done in 0..=plan.steps.len() {
        let mut st = initial.clone();
        // What is past the point of no return stays done; everything after it is undone.
        let mut committed = initial.clone();
        for step in &plan.steps[..done] {
            apply(&mut st, &step.action);
            if step.action.is_irreversible() {
                committed = st.clone();
            }
        }
        for undo in plan.undo_after(done) {
            apply(&mut st, &undo);
        }
        assert_eq!(
            st, committed,
            "undo after {done} steps of {} does not restore the call",
            plan.verb
        );
    }
}

fn actions(plan: &Plan) -> Vec<String> {
    plan.steps.iter().map(|s| s.action.describe()).collect()
}

#[test]
fn consult_agent_plan_makes_flags_safe_before_holding() {
    let c = live();
    let plan = consult(&c, &c.participants[1], &bob(), "+15550109999", OPTS);
    assert_eq!(
        actions(&plan),
        vec![
            "record the transfer as initiated",
            "set end_conference_on_exit=false on alice",
            "set hold=true on customer",
            "create a task for the call routed to bob",
            "record the transfer as ringing",
            "wait up to 30s for the reservation and accept it",
            "ring bob (client:bob) into the conference, 30s timeout",
            "record the transfer as ringing",
            "wait up to 30s for the answer",
            "record the transfer as consulting",
        ]
    );
    assert_eq!(
        plan.steps[0].undo,
        Some(Action::Record {
            status: Status::Failed
        })
    );
    assert_undo_restores(&plan, &c);
    assert_never_stranded(&plan, &state_of(&c));
}

#[test]
fn consult_queue_plan_waits_for_acceptance_before_ringing() {
    let c = live();
    let q = Target::Queue {
        queue_sid: "WQ1".into(),
        name: "Support".into(),
    };
    let plan = consult(
        &c,
        &c.participants[1],
        &q,
        "+1",
        ConsultOptions {
            wait: false,
            ..OPTS
        },
    );
    let a = actions(&plan);
    let create = a
        .iter()
        .position(|s| s.starts_with("create a task for the call in queue Support"))
        .unwrap();
    let accept = a
        .iter()
        .position(|s| s.starts_with("wait up to 30s for the reservation and accept it"))
        .unwrap();
    let ring = a
        .iter()
        .position(|s| s.starts_with("ring the agent who accepted"))
        .unwrap();
    assert!(create < accept && accept < ring, "{a:?}");
    assert_eq!(
        plan.steps[create].undo,
        Some(Action::CloseConsultTask {
            reason: "consult abandoned".into()
        })
    );
    assert!(plan.steps[ring].undo.is_some());
}

#[test]
fn cold_transfer_keeps_the_customer_live_and_hands_off_after_the_answer() {
    let c = live();
    let plan = consult(
        &c,
        &c.participants[1],
        &bob(),
        "+1",
        ConsultOptions {
            cold: true,
            wait: false,
            ..OPTS
        },
    );
    assert!(!actions(&plan).iter().any(|a| a.contains("hold=true")));
    assert!(actions(&plan).contains(&"wait up to 30s for the answer".to_string()));
    let after = consulting(false, false);
    let hand = cold_handoff(&after, &after.participants[1], Finish::Wrap);
    assert_eq!(
        actions(&hand),
        vec![
            "set end_conference_on_exit=true on bob",
            "remove alice from the conference",
            "record the transfer as completed",
            "move the leaver's task to wrapping",
        ]
    );
    let completed = cold_handoff(&after, &after.participants[1], Finish::Complete);
    assert_eq!(
        actions(&completed).last().map(String::as_str),
        Some("complete the leaver's task")
    );
}

#[test]
fn a_transfer_plan_is_the_consult_then_the_merge_and_the_leave() {
    let c = live();
    let plan = transfer(&c, &c.participants[1], &bob(), "+1", OPTS, Finish::Wrap);
    assert_eq!(plan.verb, "transfer");
    assert_eq!(
        actions(&plan),
        vec![
            "record the transfer as initiated",
            "set end_conference_on_exit=false on alice",
            "set hold=true on customer",
            "create a task for the call routed to bob",
            "record the transfer as ringing",
            "wait up to 30s for the reservation and accept it",
            "ring bob (client:bob) into the conference, 30s timeout",
            "record the transfer as ringing",
            "wait up to 30s for the answer",
            "record the transfer as consulting",
            "set hold=false on customer",
            "record the transfer as merged",
            "set end_conference_on_exit=true on bob",
            "remove alice from the conference",
            "record the transfer as completed",
            "move the leaver's task to wrapping",
        ]
    );
    assert_never_stranded(&plan, &state_of(&c));
}

#[test]
fn a_cold_transfer_plan_never_holds_and_removes_the_actor_last() {
    let c = live();
    let cold = ConsultOptions { cold: true, ..OPTS };
    let plan = transfer(&c, &c.participants[1], &bob(), "+1", cold, Finish::Wrap);
    assert_eq!(plan.verb, "transfer --cold");
    let a = actions(&plan);
    assert!(!a.iter().any(|s| s.contains("hold=true")), "{a:?}");
    let answer = a.iter().position(|s| s.starts_with("wait up to")).unwrap();
    let removal = a
        .iter()
        .position(|s| s.starts_with("remove alice"))
        .unwrap();
    assert!(answer < removal, "{a:?}");
    assert_eq!(
        a.last().map(String::as_str),
        Some("move the leaver's task to wrapping")
    );
    let q = Target::Queue {
        queue_sid: "WQ1".into(),
        name: "Support".into(),
    };
    let queue = transfer(&c, &c.participants[1], &q, "+1", OPTS, Finish::Wrap);
    assert!(
        actions(&queue).contains(&"set end_conference_on_exit=true on the accepting agent".into()),
        "{:?}",
        actions(&queue)
    );
}

#[test]
fn swap_holds_before_unholding_both_ways() {
    let c = consulting(true, false);
    let plan = swap(&c);
    assert_eq!(
        actions(&plan),
        vec!["set hold=true on bob", "set hold=false on customer"]
    );
    assert_undo_restores(&plan, &c);
    assert_never_stranded(&plan, &state_of(&c));
    let back = consulting(false, true);
    assert_eq!(
        actions(&swap(&back)),
        vec!["set hold=true on customer", "set hold=false on bob"]
    );
}

#[test]
fn merge_unholds_everyone_with_safe_flags() {
    let mut c = consulting(true, false);
    c.participants[1].end_conference_on_exit = true;
    let plan = merge(&c);
    assert_eq!(
        actions(&plan),
        vec![
            "set end_conference_on_exit=false on alice",
            "set hold=false on customer",
            "record the transfer as merged"
        ]
    );
    assert_undo_restores(&plan, &c);
}

#[test]
fn leave_makes_the_remaining_agent_end_the_conference_then_removes_the_actor() {
    let c = consulting(false, false);
    let plan = leave(&c, &c.participants[1], Finish::Wrap, true);
    assert_eq!(
        actions(&plan),
        vec![
            "set end_conference_on_exit=true on bob",
            "remove alice from the conference",
            "record the transfer as completed",
            "move the leaver's task to wrapping",
        ]
    );
    assert_undo_restores(&plan, &c);
}

#[test]
fn a_held_remaining_agent_is_unheld_changed_and_held_again() {
    let c = consulting(false, true);
    let plan = leave(&c, &c.participants[1], Finish::Complete, false);
    assert_eq!(
        actions(&plan),
        vec![
            "set hold=false on bob",
            "set end_conference_on_exit=true on bob",
            "set hold=true on bob",
            "remove alice from the conference",
            "complete the leaver's task",
        ]
    );
    assert_undo_restores(&plan, &c);
}

#[test]
fn removing_a_leg_that_ends_the_conference_disarms_it_first() {
    let mut c = consulting(false, false);
    c.participants[2].end_conference_on_exit = true;
    let plan = remove_leg(&c, &c.participants[2], Some(Status::Canceled));
    assert_eq!(
        actions(&plan),
        vec![
            "set end_conference_on_exit=false on bob",
            "set end_conference_on_exit=true on alice",
            "remove bob from the conference",
            "record the transfer as canceled",
        ]
    );
    assert_undo_restores(&plan, &c);
}

/// `remove` of the consult leg of a queue transfer is a `cancel`: the consult task is closed
/// with it, the transfer canceled.
#[test]
fn removing_a_queue_consult_closes_its_task_and_cancels_the_transfer() {
    let c = consulting(false, false);
    let plan = cancel(&c, Some(&c.participants[1]), true);
    let steps = actions(&plan);
    assert!(
        steps.contains(&"remove bob from the conference".to_string()),
        "{steps:?}"
    );
    assert!(
        steps.contains(&"cancel the target's task".to_string()),
        "{steps:?}"
    );
    assert_eq!(steps.last().unwrap(), "record the transfer as canceled");
    let without = actions(&cancel(&c, Some(&c.participants[1]), false));
    assert!(!without.contains(&"cancel the target's task".to_string()));
}

#[test]
fn cancel_removes_the_consult_and_brings_the_customer_back() {
    let c = consulting(true, false);
    let plan = cancel(&c, Some(&c.participants[1]), false);
    assert_eq!(
        actions(&plan),
        vec![
            "remove bob from the conference",
            "set hold=false on customer",
            "set end_conference_on_exit=true on alice",
            "record the transfer as canceled",
        ]
    );
    assert_never_stranded(&plan, &state_of(&c));
    let queue_pending = cancel(&live(), Some(&live().participants[1]), true);
    assert_eq!(actions(&queue_pending)[0], "cancel the target's task");
}

#[test]
fn hold_and_unhold_are_single_undoable_steps() {
    let c = live();
    let plan = set_hold(&c.participants[0], true);
    assert_eq!(actions(&plan), vec!["set hold=true on customer"]);
    assert_undo_restores(&plan, &c);
    assert!(
        set_hold(&c.participants[0], false).steps.is_empty(),
        "already live: nothing to do"
    );
}
