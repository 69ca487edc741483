//! The consult (hold, ring, wait) and its hand-off: the second half of a cold transfer, and a
//! whole `transfer` predicted for a dry run.

use super::verbs::{leave, merge};
use super::{leg_id, remove, Accept, Action, Callee, Finish, Plan, Target};
use crate::domain::call::{consult_label, Call, Leg, Role, CONSULT_LABEL_PREFIX};
use crate::domain::model::ParticipantStatus;
use crate::domain::number::{external_label, number_of_label};
use crate::domain::record::Status;
use crate::domain::rules::{end_on_exit, Party};

/// How a consult is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsultOptions {
    pub ring_timeout_s: u32,
    /// Block until the target answers.
    pub wait: bool,
    /// Blind transfer: the customer stays live and the actor leaves once the target answers.
    pub cold: bool,
    /// Who accepts the target's reservation.
    pub accept: Accept,
    /// An agent target at capacity gets the task anyway (`IgnoreCapacity=true`).
    pub ignore_capacity: bool,
}

/// `consult agent|queue` (and the first part of `transfer`): record, make the actor's flag
/// safe while nobody is held, hold the customer, ring the target, optionally wait.
pub fn consult(
    call: &Call,
    actor: &Leg,
    target: &Target,
    from: &str,
    opts: ConsultOptions,
) -> Plan {
    let mut plan = Plan::new(if opts.cold {
        "transfer --cold"
    } else {
        "consult"
    });
    plan.push(
        Action::Record {
            status: Status::Initiated,
        },
        Some(Action::Record {
            status: Status::Failed,
        }),
    );
    plan.end_on_exit(actor, false);
    if !opts.cold {
        if let Some(customer) = call.customer_leg() {
            plan.hold(customer, true);
        }
    }
    reach(&mut plan, target, from, opts);
    if opts.wait || opts.cold {
        plan.push(
            Action::AwaitAnswer {
                timeout_s: opts.ring_timeout_s,
            },
            None,
        );
        plan.push(
            Action::Record {
                status: Status::Consulting,
            },
            None,
        );
    }
    plan
}

/// The target's own task (bound to the record before anything rings), its reservation
/// accepted, the reserved agent rung and journaled.
fn reach(plan: &mut Plan, target: &Target, from: &str, opts: ConsultOptions) {
    let wait_s = opts.ring_timeout_s;
    // An external number has no worker and gets no task: it is rung, and journaled.
    if let Target::Number { number, from } = target {
        plan.push(
            Action::Ring {
                callee: Callee::Number {
                    number: number.clone(),
                },
                from: from.clone(),
                timeout_s: wait_s,
            },
            Some(Action::Unring),
        );
        plan.push(
            Action::Record {
                status: Status::Ringing,
            },
            None,
        );
        return;
    }
    // The target's own task, bound to the record before anything rings.
    plan.push(
        Action::CreateConsultTask {
            target: target.clone(),
            ignore_capacity: opts.ignore_capacity && matches!(target, Target::Agent { .. }),
            note: None,
        },
        Some(Action::CloseConsultTask {
            reason: "consult abandoned".into(),
        }),
    );
    plan.push(
        Action::Record {
            status: Status::Ringing,
        },
        None,
    );
    plan.push(
        Action::AwaitAcceptance {
            timeout_s: wait_s,
            accept: opts.accept,
        },
        None,
    );
    let callee = match target {
        Target::Agent {
            worker_sid,
            name,
            contact_uri,
        } => Callee::Agent {
            worker_sid: worker_sid.clone(),
            name: name.clone(),
            contact_uri: contact_uri.clone(),
        },
        Target::Queue { .. } | Target::Number { .. } => {
            // Journal who accepted (and the leg's label) before ringing them.
            plan.push(
                Action::Record {
                    status: Status::Ringing,
                },
                None,
            );
            Callee::Accepted
        }
    };
    plan.push(
        Action::Ring {
            callee,
            from: from.to_string(),
            timeout_s: wait_s,
        },
        Some(Action::Unring),
    );
    plan.push(
        Action::Record {
            status: Status::Ringing,
        },
        None,
    );
}

/// `transfer … ` on a call no agent is on any more (their browser died; the customer alone,
/// perhaps on hold): the target is reached as for a consult, with no consult phase; once they
/// answer, [`rescue_handoff`] makes them the call's agent.
pub fn rescue(target: &Target, from: &str, opts: ConsultOptions) -> Plan {
    let mut plan = Plan::new("transfer (rescue)");
    plan.push(
        Action::Record {
            status: Status::Initiated,
        },
        Some(Action::Record {
            status: Status::Failed,
        }),
    );
    reach(&mut plan, target, from, opts);
    plan.push(
        Action::AwaitAnswer {
            timeout_s: opts.ring_timeout_s,
        },
        None,
    );
    plan
}

/// The end of a rescue, the target connected: they end the conference on exit (the lone
/// agent), the customer is taken off hold, the record completes and the old task is finished.
pub fn rescue_handoff(call: &Call, finish: Finish) -> Plan {
    let mut plan = Plan::new("transfer (rescue)");
    if let Some(target) = call.consult_leg() {
        plan.end_on_exit(target, true);
        // An external number is no agent: the customer ends the conference too.
        let external = target.label.as_deref().and_then(number_of_label).is_some();
        if let Some(c) = call.customer_leg().filter(|_| external) {
            if let Some(want) = end_on_exit(Party::Customer, 0, 1) {
                plan.end_on_exit(c, want);
            }
        }
    }
    if let Some(c) = call.customer_leg().filter(|c| c.hold) {
        plan.hold(c, false);
    }
    plan.push(
        Action::Record {
            status: Status::Completed,
        },
        None,
    );
    plan.push(Action::FinishTask { finish }, None);
    plan
}

/// The second half of a cold transfer, once the target is connected: the target becomes the
/// lone agent (ends the conference on exit), the actor leaves and their task is finished.
pub fn cold_handoff(call: &Call, actor: &Leg, finish: Finish) -> Plan {
    let mut plan = Plan::new("transfer --cold");
    super::verbs::arm_remaining(&mut plan, call, actor);
    plan.end_on_exit(actor, false);
    plan.push(remove(actor), None);
    plan.push(
        Action::Record {
            status: Status::Completed,
        },
        None,
    );
    plan.push(Action::FinishTask { finish }, None);
    plan
}

/// `transfer` as a whole, for `--dry-run`: the consult (waiting for the answer), then, on the
/// call as it will be once the target has answered, the merge and the leave (warm) or the
/// hand-off (cold). The verb itself re-plans each part from the call as it then is.
pub fn transfer(
    call: &Call,
    actor: &Leg,
    target: &Target,
    from: &str,
    opts: ConsultOptions,
    finish: Finish,
) -> Plan {
    let opts = ConsultOptions { wait: true, ..opts };
    let mut plan = consult(call, actor, target, from, opts);
    let mut after = call.clone();
    apply_updates(&mut after, &plan);
    let (worker_sid, name, label) = match target {
        Target::Agent {
            worker_sid, name, ..
        } => (
            Some(worker_sid.clone()),
            Some(name.clone()),
            consult_label(worker_sid),
        ),
        Target::Queue { .. } => (
            None,
            Some("the accepting agent".to_string()),
            format!("{CONSULT_LABEL_PREFIX}<accepting worker>"),
        ),
        Target::Number { number, .. } => (None, Some(number.clone()), external_label(number)),
    };
    after.participants.push(Leg {
        role: Role::Consult,
        name,
        worker_sid,
        call_sid: label.clone(),
        label: Some(label),
        status: ParticipantStatus::Connected,
        hold: false,
        muted: false,
        end_conference_on_exit: false,
        coaching: None,
    });
    let actor_after = |c: &Call| {
        c.participants
            .iter()
            .find(|l| l.call_sid == actor.call_sid)
            .cloned()
            .unwrap_or_else(|| actor.clone())
    };
    let rest = if opts.cold {
        vec![cold_handoff(&after, &actor_after(&after), finish)]
    } else {
        let merged = merge(&after);
        apply_updates(&mut after, &merged);
        let left = leave(&after, &actor_after(&after), finish, true);
        vec![merged, left]
    };
    plan.verb = if opts.cold {
        "transfer --cold"
    } else {
        "transfer"
    }
    .to_string();
    plan.steps.extend(rest.into_iter().flat_map(|p| p.steps));
    plan
}

/// Applies a plan's leg updates and removals to a call (a prediction, for dry runs).
pub(super) fn apply_updates(call: &mut Call, plan: &Plan) {
    for step in &plan.steps {
        match &step.action {
            Action::UpdateLeg {
                leg,
                hold,
                end_conference_on_exit,
                ..
            } => {
                if let Some(l) = call.participants.iter_mut().find(|l| leg_id(l) == *leg) {
                    if let Some(e) = end_conference_on_exit {
                        l.end_conference_on_exit = *e;
                    }
                    if let Some(h) = hold {
                        l.hold = *h;
                    }
                }
            }
            Action::RemoveLeg { leg, .. } => call.participants.retain(|l| leg_id(l) != *leg),
            _ => {}
        }
    }
}
