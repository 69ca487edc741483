//! Plans of the verbs that act on a call as it stands: cancel, hold, swap, merge, remove, leave,
//! and doctor's repairs.

use super::{leg_id, remove, update, Action, Finish, Plan};
use crate::domain::call::{Call, Leg, Role};
use crate::domain::model::{Activity, Worker};
use crate::domain::number::number_of_label;
use crate::domain::record::Status;
use crate::domain::rules::{end_on_exit, safe_end_on_exit, Party};

/// `cancel`: remove the consult leg and/or close the consult task, bring the customer back,
/// restore the actor as the lone agent. Every step moves toward the safe state, so there is
/// nothing to undo.
pub fn cancel(call: &Call, actor: Option<&Leg>, consult_task_open: bool) -> Plan {
    let mut plan = Plan::new("cancel");
    if let Some(c) = call.consult_leg() {
        if c.connected() && c.end_conference_on_exit {
            plan.push(update(c, None, Some(false)), None);
        }
        plan.push(remove(c), None);
    }
    if consult_task_open {
        plan.push(
            Action::CloseConsultTask {
                reason: "consult canceled".into(),
            },
            None,
        );
    }
    if let Some(a) = actor {
        if a.hold {
            plan.push(update(a, Some(false), None), None);
        }
    }
    if let Some(customer) = call.customer_leg().filter(|l| l.hold) {
        plan.push(update(customer, Some(false), None), None);
    }
    if let Some(a) = actor {
        let agents_left = call.agent_legs().filter(|l| l.role == Role::Agent).count();
        if a.end_conference_on_exit != safe_end_on_exit(agents_left) {
            plan.push(update(a, None, Some(safe_end_on_exit(agents_left))), None);
        }
    }
    plan.push(
        Action::Record {
            status: Status::Canceled,
        },
        None,
    );
    plan
}

/// `hold WHO` / `unhold WHO`.
pub fn set_hold(leg: &Leg, hold: bool) -> Plan {
    let mut plan = Plan::new(if hold { "hold" } else { "unhold" });
    plan.hold(leg, hold);
    plan
}

/// `mute WHO` / `unmute WHO`: `Muted` alone, undone by putting the previous value back;
/// nothing to do when the leg already is as asked.
pub fn set_muted(leg: &Leg, muted: bool) -> Plan {
    let mut plan = Plan::new(if muted { "mute" } else { "unmute" });
    if leg.muted != muted {
        let step = |m: bool| Action::SetMuted {
            leg: leg_id(leg),
            name: if leg.role == Role::Customer {
                "customer".into()
            } else {
                leg.display_name()
            },
            muted: m,
        };
        plan.push(step(muted), Some(step(leg.muted)));
    }
    plan
}

/// `agents set NAME --activity A`: the worker's activity, undone by the previous one.
/// `reject_pending` goes with a confirmed move to an unavailable activity (Twilio refuses it
/// otherwise while they have pending reservations).
pub fn set_activity(worker: &Worker, to: &Activity, reject_pending: bool) -> Plan {
    let mut plan = Plan::new("agents set");
    if worker.activity_sid.as_deref() == Some(to.sid.as_str()) {
        return plan;
    }
    let step = |sid: &str, name: &str, reject: bool| Action::SetActivity {
        worker_sid: worker.sid.clone(),
        name: worker.name.clone(),
        activity_sid: sid.to_string(),
        activity_name: name.to_string(),
        reject_pending: reject,
    };
    let undo = worker
        .activity_sid
        .as_deref()
        .map(|sid| step(sid, worker.activity_name.as_deref().unwrap_or(sid), false));
    plan.push(step(&to.sid, &to.name, reject_pending), undo);
    plan
}

/// `swap`: hold whichever of the customer and the consult leg is live, unhold the other
/// (holding first, so the customer never hears the consult conversation).
pub fn swap(call: &Call) -> Plan {
    let mut plan = Plan::new("swap");
    if let (Some(customer), Some(consult)) = (call.customer_leg(), call.consult_leg()) {
        if customer.hold {
            plan.hold(consult, true);
            plan.hold(customer, false);
        } else {
            plan.hold(customer, true);
            plan.hold(consult, false);
        }
    }
    plan
}

/// `merge`: with three or more parties no agent may end the conference on exit; then
/// everyone held is unheld.
pub fn merge(call: &Call) -> Plan {
    let mut plan = Plan::new("merge");
    for leg in call.agent_legs().filter(|l| l.connected()) {
        plan.end_on_exit(leg, false);
    }
    for leg in call.participants.iter().filter(|l| l.connected()) {
        plan.hold(leg, false);
    }
    plan.push(
        Action::Record {
            status: Status::Merged,
        },
        None,
    );
    plan
}

/// `remove NAME`: make the leaving leg harmless (not ending the conference), make a lone
/// remaining agent the one who ends it, then remove.
pub fn remove_leg(call: &Call, leaving: &Leg, record_status: Option<Status>) -> Plan {
    let mut plan = Plan::new("remove");
    if leaving.role != Role::Customer {
        plan.end_on_exit(leaving, false);
        arm_remaining(&mut plan, call, leaving);
    }
    plan.push(remove(leaving), None);
    if let Some(status) = record_status {
        plan.push(Action::Record { status }, None);
    }
    plan
}

/// The flags of the parties that stay once `leaving` goes: a lone remaining agent ends the
/// conference on exit; a lone remaining external number does, and so does the customer (the
/// conference ends when either hangs up), and neither is left on hold.
pub(crate) fn arm_remaining(plan: &mut Plan, call: &Call, leaving: &Leg) {
    let stays = |l: &&Leg| l.connected() && l.call_sid != leaving.call_sid;
    let remaining: Vec<&Leg> = call.agent_legs().filter(stays).collect();
    let [only] = remaining.as_slice() else {
        return;
    };
    let external = |l: &Leg| l.label.as_deref().and_then(number_of_label).is_some();
    let externals = call.external_legs().filter(stays).count() + usize::from(external(only));
    let agents = usize::from(!external(only));
    let kind = if external(only) {
        Party::External
    } else {
        Party::Agent
    };
    if let Some(want) = end_on_exit(kind, agents, externals) {
        plan.end_on_exit(only, want);
    }
    if let Some(customer) = call.customer_leg().filter(|c| c.connected()) {
        if let Some(want) = end_on_exit(Party::Customer, agents, externals) {
            plan.end_on_exit(customer, want);
            plan.hold(customer, false);
            plan.hold(only, false);
        }
    }
}

/// `leave`: the actor leaves, the remaining agent carries on, and the actor's task is
/// finished (wrapping, as Flex does, or completed).
pub fn leave(call: &Call, actor: &Leg, finish: Finish, record_active: bool) -> Plan {
    let mut plan = remove_leg(call, actor, record_active.then_some(Status::Completed));
    plan.verb = "leave".into();
    plan.push(Action::FinishTask { finish }, None);
    plan
}

/// Repair: every agent leg's end-conference-on-exit as the arithmetic wants it (a lone agent
/// ends the conference; with several, nobody does).
pub fn safe_flags(call: &Call) -> Plan {
    let mut plan = Plan::new("fix conference flags");
    let agents: Vec<&Leg> = call.agent_legs().filter(|l| l.connected()).collect();
    let externals: Vec<&Leg> = call.external_legs().filter(|l| l.connected()).collect();
    let (n, e) = (agents.len(), externals.len());
    let wants: Vec<(&Leg, bool)> = agents
        .iter()
        .map(|l| (*l, end_on_exit(Party::Agent, n, e)))
        .chain(
            externals
                .iter()
                .map(|l| (*l, end_on_exit(Party::External, n, e))),
        )
        .filter_map(|(l, w)| w.map(|w| (l, w)))
        .collect();
    // A supervisor never ends the call for the others.
    for leg in call.supervisor_legs().filter(|l| l.end_conference_on_exit) {
        plan.end_on_exit(leg, false);
    }
    // Disarm first, so that at no point two agents both end the conference.
    for (leg, _) in wants.iter().filter(|(l, w)| l.end_conference_on_exit && !w) {
        plan.end_on_exit(leg, false);
    }
    for (leg, _) in wants
        .iter()
        .filter(|(l, w)| !l.end_conference_on_exit && *w)
    {
        plan.end_on_exit(leg, true);
    }
    plan
}

/// A plan of one journal write (closing a dangling record, say).
pub fn record_only(verb: &str, status: Status) -> Plan {
    let mut plan = Plan::new(verb);
    plan.push(Action::Record { status }, None);
    plan
}

/// A plan that closes the consult task bound to the run.
pub fn close_consult_task(reason: &str) -> Plan {
    let mut plan = Plan::new("cancel orphaned consult task");
    plan.push(
        Action::CloseConsultTask {
            reason: reason.to_string(),
        },
        None,
    );
    plan
}

#[cfg(test)]
#[path = "party_tests.rs"]
mod party_tests;
