//! Every multi-step verb as a plan: ordered steps, each with the step that undoes it. Planning
//! is pure; the executor in `commands::transfer` runs the steps and, on failure, the undo of
//! each completed step in reverse.

use serde::Serialize;

use super::call::{consult_label, Call, Leg, Role, CONSULT_LABEL_PREFIX};
use super::model::ParticipantStatus;
use super::record::Status;
use super::rules::safe_end_on_exit;

/// Who a consult rings: a known agent, or whoever accepts the consult task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Target {
    Agent {
        worker_sid: String,
        name: String,
        contact_uri: String,
    },
    Queue {
        queue_sid: String,
        name: String,
    },
}

/// Whom a `Ring` calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Callee {
    /// A known agent, rung at their contact URI.
    Agent {
        worker_sid: String,
        name: String,
        contact_uri: String,
    },
    /// Whoever accepted the consult task: known once the wait for acceptance is over.
    Accepted,
}

/// One API-level action. `leg` is a participant's call SID or label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Participant update (`Hold`, `EndConferenceOnExit`), read back.
    UpdateLeg {
        leg: String,
        name: String,
        hold: Option<bool>,
        end_conference_on_exit: Option<bool>,
    },
    /// Ring an agent into the conference, labelled `consult-WK…`.
    Ring {
        callee: Callee,
        from: String,
        timeout_s: u32,
    },
    /// Remove the leg this run rang, whoever it rang (the undo of `Ring`).
    Unring,
    /// Wait until the consult leg is connected (fails on no answer, rejection, timeout).
    AwaitAnswer { timeout_s: u32 },
    /// Remove a participant (kick).
    RemoveLeg { leg: String, name: String },
    /// Create the consult task routed to a queue.
    CreateConsultTask {
        queue_sid: String,
        queue_name: String,
    },
    /// Wait until an agent accepts the consult task.
    AwaitAcceptance { timeout_s: u32 },
    /// Cancel (or, once assigned, complete) the consult task.
    CloseConsultTask { reason: String },
    /// Write the transfer record with this status.
    Record { status: Status },
    /// Move the call's task to wrapping.
    WrapTask,
}

impl Action {
    /// A step past which there is no going back: the undo of a failed plan stops here, and
    /// what came before it stays done (a removed leg cannot be brought back, so the flags set
    /// for its leaving must stay).
    pub fn is_irreversible(&self) -> bool {
        matches!(
            self,
            Action::RemoveLeg { .. }
                | Action::Unring
                | Action::CloseConsultTask { .. }
                | Action::WrapTask
        )
    }

    /// One line for people.
    pub fn describe(&self) -> String {
        let flag = |name: &str, v: Option<bool>| v.map(|b| format!("{name}={b}"));
        match self {
            Action::UpdateLeg {
                name,
                hold,
                end_conference_on_exit,
                ..
            } => {
                let parts: Vec<String> = [
                    flag("hold", *hold),
                    flag("end_conference_on_exit", *end_conference_on_exit),
                ]
                .into_iter()
                .flatten()
                .collect();
                format!("set {} on {name}", parts.join(", "))
            }
            Action::Ring {
                callee: Callee::Agent {
                    name, contact_uri, ..
                },
                timeout_s,
                ..
            } => {
                format!("ring {name} ({contact_uri}) into the conference, {timeout_s}s timeout")
            }
            Action::Ring {
                callee: Callee::Accepted,
                timeout_s,
                ..
            } => {
                format!("ring the agent who accepted into the conference, {timeout_s}s timeout")
            }
            Action::Unring => "remove the rung consult leg from the conference".to_string(),
            Action::AwaitAnswer { timeout_s } => format!("wait up to {timeout_s}s for the answer"),
            Action::RemoveLeg { name, .. } => format!("remove {name} from the conference"),
            Action::CreateConsultTask { queue_name, .. } => {
                format!("create a consult task in queue {queue_name}")
            }
            Action::AwaitAcceptance { timeout_s } => {
                format!("wait up to {timeout_s}s for an agent to accept")
            }
            Action::CloseConsultTask { .. } => "cancel the consult task".to_string(),
            Action::Record { status } => format!("record the transfer as {}", status.as_str()),
            Action::WrapTask => "move the task to wrapping".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub action: Action,
    pub undo: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub verb: String,
    pub steps: Vec<Step>,
}

impl Plan {
    fn new(verb: &str) -> Plan {
        Plan {
            verb: verb.to_string(),
            steps: Vec::new(),
        }
    }

    fn push(&mut self, action: Action, undo: Option<Action>) {
        self.steps.push(Step { action, undo });
    }

    /// The undo actions after the first `done` steps completed, in the order they must run
    /// (reverse), back to the last irreversible step at most.
    pub fn undo_after(&self, done: usize) -> Vec<Action> {
        let done = done.min(self.steps.len());
        let from = self.steps[..done]
            .iter()
            .rposition(|s| s.action.is_irreversible())
            .map_or(0, |i| i + 1);
        self.steps[from..done]
            .iter()
            .rev()
            .filter_map(|s| s.undo.clone())
            .collect()
    }

    /// Sets a leg's hold, undoable.
    fn hold(&mut self, leg: &Leg, hold: bool) {
        if leg.hold != hold {
            self.push(
                update(leg, Some(hold), None),
                Some(update(leg, Some(!hold), None)),
            );
        }
    }

    /// Sets a leg's end-conference-on-exit so that it takes effect: a held leg ignores the
    /// change, so it is unheld, changed and held again.
    fn end_on_exit(&mut self, leg: &Leg, value: bool) {
        if leg.end_conference_on_exit == value || !leg.connected() {
            return;
        }
        if leg.hold {
            self.push(
                update(leg, Some(false), None),
                Some(update(leg, Some(true), None)),
            );
        }
        self.push(
            update(leg, None, Some(value)),
            Some(update(leg, None, Some(!value))),
        );
        if leg.hold {
            self.push(
                update(leg, Some(true), None),
                Some(update(leg, Some(false), None)),
            );
        }
    }
}

fn leg_id(leg: &Leg) -> String {
    leg.label.clone().unwrap_or_else(|| leg.call_sid.clone())
}

fn update(leg: &Leg, hold: Option<bool>, ecoe: Option<bool>) -> Action {
    Action::UpdateLeg {
        leg: leg_id(leg),
        name: if leg.role == Role::Customer {
            "customer".into()
        } else {
            leg.display_name()
        },
        hold,
        end_conference_on_exit: ecoe,
    }
}

fn remove(leg: &Leg) -> Action {
    Action::RemoveLeg {
        leg: leg_id(leg),
        name: leg.display_name(),
    }
}

/// How a consult is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsultOptions {
    pub ring_timeout_s: u32,
    /// Block until the target answers.
    pub wait: bool,
    /// Blind transfer: the customer stays live and the actor leaves once the target answers.
    pub cold: bool,
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
    let wait_s = opts.ring_timeout_s;
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
        Target::Queue { queue_sid, name } => {
            plan.push(
                Action::CreateConsultTask {
                    queue_sid: queue_sid.clone(),
                    queue_name: name.clone(),
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
            plan.push(Action::AwaitAcceptance { timeout_s: wait_s }, None);
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
    if opts.wait || opts.cold {
        plan.push(Action::AwaitAnswer { timeout_s: wait_s }, None);
        plan.push(
            Action::Record {
                status: Status::Consulting,
            },
            None,
        );
    }
    plan
}

/// The second half of a cold transfer, once the target is connected: the target becomes the
/// lone agent (ends the conference on exit) and the actor leaves (`wrap`: their task goes to
/// wrapping).
pub fn cold_handoff(call: &Call, actor: &Leg, wrap: bool) -> Plan {
    let mut plan = Plan::new("transfer --cold");
    if let Some(target) = call.consult_leg() {
        plan.end_on_exit(target, true);
    }
    plan.end_on_exit(actor, false);
    plan.push(remove(actor), None);
    plan.push(
        Action::Record {
            status: Status::Completed,
        },
        None,
    );
    if wrap {
        plan.push(Action::WrapTask, None);
    }
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
    wrap: bool,
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
    });
    let actor_after = |c: &Call| {
        c.participants
            .iter()
            .find(|l| l.call_sid == actor.call_sid)
            .cloned()
            .unwrap_or_else(|| actor.clone())
    };
    let rest = if opts.cold {
        vec![cold_handoff(&after, &actor_after(&after), wrap)]
    } else {
        let merged = merge(&after);
        apply_updates(&mut after, &merged);
        let left = leave(&after, &actor_after(&after), wrap, true);
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
fn apply_updates(call: &mut Call, plan: &Plan) {
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
        let remaining: Vec<&Leg> = call
            .agent_legs()
            .filter(|l| l.connected() && l.call_sid != leaving.call_sid)
            .collect();
        if let [only] = remaining.as_slice() {
            plan.end_on_exit(only, safe_end_on_exit(1));
        }
    }
    plan.push(remove(leaving), None);
    if let Some(status) = record_status {
        plan.push(Action::Record { status }, None);
    }
    plan
}

/// `remove` of the consult leg while its transfer is active: the transfer is canceled, and a
/// queue consult's task is closed with it rather than left open with no leg on the call.
pub fn remove_consult(call: &Call, leaving: &Leg, consult_task_open: bool) -> Plan {
    let mut plan = remove_leg(call, leaving, None);
    if consult_task_open {
        plan.push(
            Action::CloseConsultTask {
                reason: "consult canceled".into(),
            },
            None,
        );
    }
    plan.push(
        Action::Record {
            status: Status::Canceled,
        },
        None,
    );
    plan
}

/// `leave`: the actor leaves and the remaining agent carries on.
pub fn leave(call: &Call, actor: &Leg, wrap: bool, record_active: bool) -> Plan {
    let mut plan = remove_leg(call, actor, record_active.then_some(Status::Completed));
    plan.verb = "leave".into();
    if wrap {
        plan.push(Action::WrapTask, None);
    }
    plan
}

/// Repair: every agent leg's end-conference-on-exit as the arithmetic wants it (a lone agent
/// ends the conference; with several, nobody does).
pub fn safe_flags(call: &Call) -> Plan {
    let mut plan = Plan::new("fix conference flags");
    let agents: Vec<&Leg> = call.agent_legs().filter(|l| l.connected()).collect();
    let want = safe_end_on_exit(agents.len());
    // Disarm first, so that at no point two agents both end the conference.
    for leg in agents.iter().filter(|l| l.end_conference_on_exit && !want) {
        plan.end_on_exit(leg, false);
    }
    for leg in agents.iter().filter(|l| !l.end_conference_on_exit && want) {
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
mod tests;
