//! Every multi-step verb as a plan: ordered steps, each with the step that undoes it. Planning
//! is pure; the executor in `commands::transfer` runs the steps and, on failure, the undo of
//! each completed step in reverse. The consult and its hand-off (with the prediction a dry run
//! of `transfer` needs) are in `consult`, the verbs on a call as it stands in `verbs`.

mod consult;
mod supervise;
mod verbs;

pub use consult::{cold_handoff, consult, rescue, rescue_handoff, transfer, ConsultOptions};
pub use supervise::{
    supervise_join, supervise_stop, supervise_switch, Coached, Mode, ModeChange, Supervision,
    SupervisorRing,
};

/// Who accepts the target's reservation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Accept {
    /// flexctl accepts it over REST as soon as it exists (a script has nobody to click
    /// Accept); the target's answering the call is their consent.
    #[default]
    Flexctl,
    /// The agent accepts in their own client (Flex UI); flexctl waits.
    Agent,
}

/// What becomes of the leaver's own task once the call is handed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Finish {
    /// Wrapping, as Flex does when an agent leaves a call (their wrap-up time starts).
    #[default]
    Wrap,
    /// Completed at once (no wrap-up).
    Complete,
}
pub use verbs::*;

use serde::Serialize;

use super::call::{Leg, Role};
use super::record::Status;

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
    /// An external number (E.164 or `sip:`): no worker, no task, rung with `from` as the
    /// caller ID.
    Number {
        number: String,
        from: String,
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
    /// An external number, its leg labelled `external-…`.
    Number { number: String },
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
    /// Create the target's own task: routed to the agent (`RoutingTarget`, capacity respected
    /// unless `ignore_capacity`) or to the queue, carrying the call's attributes.
    CreateConsultTask {
        target: Target,
        ignore_capacity: bool,
        /// The note for the target (`--note`), carried in their task's attributes.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Wait for the target's reservation and see it accepted (by flexctl or by the agent).
    AwaitAcceptance { timeout_s: u32, accept: Accept },
    /// Cancel (or, once assigned, wrap and complete) the target's task.
    CloseConsultTask { reason: String },
    /// Write the transfer record with this status.
    Record { status: Status },
    /// The leaver's own task (the call's task the verb started from): to wrapping, or
    /// completed.
    FinishTask { finish: Finish },
    /// Participant update `Muted` alone (hold is left as it is), read back.
    SetMuted {
        leg: String,
        name: String,
        muted: bool,
    },
    /// Worker update `ActivitySid`; `reject_pending` rejects their pending reservations
    /// (`RejectPendingReservations`, only meaningful for an unavailable activity).
    SetActivity {
        worker_sid: String,
        name: String,
        activity_sid: String,
        activity_name: String,
        reject_pending: bool,
    },
    /// Ring a supervisor in (`supervisor-WK…`) to monitor, coach or barge.
    RingSupervisor(SupervisorRing),
    /// A supervisor's mode changed in place.
    SetMode(ModeChange),
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
                | Action::FinishTask { .. }
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
            Action::Ring {
                callee: Callee::Number { number },
                from,
                timeout_s,
            } => format!(
                "ring {number} (caller ID {from}) into the conference, {timeout_s}s timeout"
            ),
            Action::Unring => "remove the rung consult leg from the conference".to_string(),
            Action::AwaitAnswer { timeout_s } => format!("wait up to {timeout_s}s for the answer"),
            Action::RemoveLeg { name, .. } => format!("remove {name} from the conference"),
            Action::CreateConsultTask {
                target: Target::Queue { name, .. },
                note,
                ..
            } => format!(
                "create a task for the call in queue {name}{}",
                with_note(note)
            ),
            Action::CreateConsultTask {
                target: Target::Number { number, .. },
                ..
            } => format!("no task for {number} (an external number has no worker)"),
            Action::CreateConsultTask {
                target: Target::Agent { name, .. },
                ignore_capacity,
                note,
            } => format!(
                "create a task for the call routed to {name}{}{}",
                if *ignore_capacity {
                    " (queued even though they are at capacity)"
                } else {
                    ""
                },
                with_note(note)
            ),
            Action::AwaitAcceptance {
                timeout_s,
                accept: Accept::Flexctl,
            } => format!("wait up to {timeout_s}s for the reservation and accept it"),
            Action::AwaitAcceptance {
                timeout_s,
                accept: Accept::Agent,
            } => format!("wait up to {timeout_s}s for the agent to accept the reservation"),
            Action::CloseConsultTask { .. } => "cancel the target's task".to_string(),
            Action::Record { status } => format!("record the transfer as {}", status.as_str()),
            Action::FinishTask {
                finish: Finish::Wrap,
            } => "move the leaver's task to wrapping".to_string(),
            Action::FinishTask {
                finish: Finish::Complete,
            } => "complete the leaver's task".to_string(),
            Action::SetMuted {
                name, muted: true, ..
            } => format!("mute {name}"),
            Action::SetMuted {
                name, muted: false, ..
            } => format!("unmute {name}"),
            Action::RingSupervisor(ring) => ring.describe(),
            Action::SetMode(change) => change.describe(),
            Action::SetActivity {
                name,
                activity_name,
                reject_pending,
                ..
            } => format!(
                "move {name} to {activity_name}{}",
                if *reject_pending {
                    " (rejecting their pending reservations)"
                } else {
                    ""
                }
            ),
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
    pub(crate) fn new(verb: &str) -> Plan {
        Plan {
            verb: verb.to_string(),
            steps: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, action: Action, undo: Option<Action>) {
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
    pub(crate) fn hold(&mut self, leg: &Leg, hold: bool) {
        if leg.hold != hold {
            self.push(
                update(leg, Some(hold), None),
                Some(update(leg, Some(!hold), None)),
            );
        }
    }

    /// Sets a leg's end-conference-on-exit so that it takes effect: a held leg ignores the
    /// change, so it is unheld, changed and held again.
    pub(crate) fn end_on_exit(&mut self, leg: &Leg, value: bool) {
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

/// ` (with a note)` when there is one: the note itself is shown by `calls show`.
fn with_note(note: &Option<String>) -> &'static str {
    if note.is_some() {
        " (with a note)"
    } else {
        ""
    }
}

impl Plan {
    /// Gives every target task this plan creates the note `--note` asked for.
    pub fn with_note(mut self, text: Option<&str>) -> Plan {
        for step in &mut self.steps {
            if let Action::CreateConsultTask { note, .. } = &mut step.action {
                *note = text.map(str::to_string);
            }
        }
        self
    }
}

pub(crate) fn leg_id(leg: &Leg) -> String {
    leg.label.clone().unwrap_or_else(|| leg.call_sid.clone())
}

pub(crate) fn update(leg: &Leg, hold: Option<bool>, ecoe: Option<bool>) -> Action {
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

pub(crate) fn remove(leg: &Leg) -> Action {
    Action::RemoveLeg {
        leg: leg_id(leg),
        name: leg.display_name(),
    }
}

#[cfg(test)]
mod number_tests;
#[cfg(test)]
mod tests;
