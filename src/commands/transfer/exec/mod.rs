//! Runs a plan against Twilio: each step in order, creates checked by label or attribute before
//! any retry, and on failure (or a signal) the undo of every completed step in reverse. The
//! journal, the waits and the consult task each have a file of their own.

mod consult_task;
mod journal;
mod party;
mod supervise;
mod wait;

pub use journal::{server_now, this_process};
pub use party::set_activity;

use std::time::Duration;

use crate::commands::gather::CallState;
use crate::domain::call::{consult_label, Call};
use crate::domain::model::TaskStatus;
use crate::domain::number::external_label;
use crate::domain::plan::{Action, Callee, Finish, Plan};
use crate::domain::record::{Owner, Status, Transfer};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;
use crate::twilio::{Client, NewParticipant, ParticipantUpdate, TaskUpdate};

const POLL: Duration = Duration::from_millis(250);

/// Whom this run rang (or is about to ring): an agent (the consult leg `consult-<worker_sid>`)
/// or an external number (`external-…`, no worker).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rung {
    pub worker_sid: Option<String>,
    pub name: String,
    pub label: String,
}

impl Rung {
    pub fn agent(worker_sid: String, name: String) -> Rung {
        Rung {
            label: consult_label(&worker_sid),
            worker_sid: Some(worker_sid),
            name,
        }
    }

    pub fn number(number: &str) -> Rung {
        Rung {
            worker_sid: None,
            name: number.to_string(),
            label: external_label(number),
        }
    }
}

/// The state a plan runs against, and what its steps bind as they go.
pub struct Runner {
    pub client: Client,
    pub ws: String,
    pub call: Call,
    /// The call as the responses so far describe it: its legs, and its task as last read
    /// (attributes and ETag) for journal writes.
    pub state: CallState,
    /// The transfer this run creates or advances.
    pub record: Option<Transfer>,
    pub consult_task: Option<String>,
    /// Set once the target's task was asked for: if the answer was lost, the task may exist
    /// without its SID being known, and closing it looks it up by the transfer id.
    task_asked: bool,
    /// The agent of the consult leg: known from the record, or once rung.
    pub rung: Option<Rung>,
    /// Whom `Ring { callee: Accepted }` calls: the agent who accepted the consult task, with
    /// their contact URI.
    accepted: Option<(Rung, String)>,
    pub interrupted: Interrupt,
    /// What was done, for the report.
    pub done: Vec<String>,
    /// This process, when it claims the record while it runs (a verb that waits, or goes on
    /// to further steps): journaled with a lease that waits renew.
    pub owner: Option<Owner>,
    /// Whether the plan's last journal write gives the claim up (a consult left for a person
    /// to continue) rather than keeping it for the next part of the verb.
    pub release_at_end: bool,
    /// Set while the last journal write of a releasing plan is made.
    releasing: bool,
    /// Set while undoing: a leg that went away with the call is already as the undo wants it.
    undoing: bool,
    /// Set when the call ended under the verb (the customer hung up): what to tell the user.
    pub call_ended: Option<String>,
    /// Set by an undo step whose leg had already left: nothing was restored.
    gone: bool,
}

/// A failed plan: what failed, and what was (or could not be) put back.
pub struct Failure {
    pub error: CliError,
    pub restored: Vec<String>,
    pub not_restored: Vec<String>,
}

impl Failure {
    pub fn into_error(self) -> CliError {
        let mut e = self.error;
        if !self.restored.is_empty() {
            e = e.cause(format!("restored: {}", self.restored.join("; ")));
        }
        if !self.not_restored.is_empty() {
            e = e
                .cause(format!(
                    "could not restore: {}",
                    self.not_restored.join("; ")
                ))
                .hint("run `flexctl doctor --fix` to repair the call");
        }
        e
    }
}

impl Runner {
    /// A runner over the call as `state` holds it, bound to `record` (the transfer under way).
    pub fn new(
        client: Client,
        ws: String,
        state: CallState,
        record: Option<Transfer>,
        interrupted: Interrupt,
    ) -> Runner {
        let call = state.call();
        Runner {
            client,
            ws,
            consult_task: record.as_ref().and_then(|r| r.consult.task_sid.clone()),
            rung: record.as_ref().and_then(|r| match &r.to.number {
                Some(number) => Some(Rung::number(number)),
                None => Some(Rung::agent(
                    r.to.worker_sid.clone()?,
                    r.to.name.clone().unwrap_or_default(),
                )),
            }),
            accepted: None,
            task_asked: false,
            call,
            state,
            record,
            interrupted,
            done: Vec::new(),
            owner: None,
            release_at_end: false,
            releasing: false,
            undoing: false,
            call_ended: None,
            gone: false,
        }
    }

    fn cf(&self) -> String {
        self.call.conference_sid.clone()
    }

    fn check_interrupt(&self) -> CliResult {
        match self.interrupted.signal() {
            Some(s) => Err(CliError::new(
                s.exit(),
                format!("interrupted ({})", s.name()),
            )),
            None => Ok(()),
        }
    }

    /// Runs every step; on failure runs the undo of what was done and reports both.
    pub async fn execute(&mut self, plan: &Plan) -> Result<(), Failure> {
        let last_record = plan
            .steps
            .iter()
            .rposition(|s| matches!(s.action, Action::Record { .. }));
        // Past an irreversible step (a leg removed) there is no way back: the rest of the plan
        // finishes the hand-off even when a signal arrives.
        let mut committed = false;
        for (i, step) in plan.steps.iter().enumerate() {
            self.releasing = self.release_at_end && Some(i) == last_record;
            let stop = if committed {
                Ok(())
            } else {
                self.check_interrupt()
            };
            let result = match stop {
                Ok(()) => self.perform(&step.action).await,
                Err(e) => Err(e),
            };
            committed |= result.is_ok() && step.action.is_irreversible();
            match result {
                Ok(()) => self.done.push(step.action.describe()),
                Err(error) => {
                    let error =
                        error.cause(format!("step {} failed: {}", i + 1, step.action.describe()));
                    return Err(self.roll_back(plan, i, error).await);
                }
            }
        }
        Ok(())
    }

    async fn roll_back(&mut self, plan: &Plan, done: usize, error: CliError) -> Failure {
        let mut restored = Vec::new();
        let mut not_restored = Vec::new();
        self.undoing = true;
        self.releasing = false;
        let interrupted = self.interrupted.is_set();
        // How the record closes: a call that ended under the verb is `ended`; a verb stopped
        // by a signal is `canceled` (the user asked for it); anything else `failed`.
        let closing = if self.call_ended.is_some() {
            Status::Ended
        } else if interrupted {
            Status::Canceled
        } else {
            Status::Failed
        };
        if let Some(r) = self.record.as_mut() {
            r.reason = Some(if interrupted && self.call_ended.is_none() {
                "interrupted".to_string()
            } else {
                error.message.clone()
            });
        }
        for undo in plan.undo_after(done) {
            let undo = match undo {
                Action::Record {
                    status: Status::Failed,
                } => Action::Record { status: closing },
                other => other,
            };
            self.gone = false;
            match self.perform(&undo).await {
                Ok(()) if self.gone => {}
                Ok(()) => restored.push(undo.describe()),
                Err(e) => not_restored.push(format!("{} ({})", undo.describe(), e.message)),
            }
        }
        // A call that ended after its consult was set up (during the merge or the leave of a
        // transfer, say): the consult leg and task have no call left, and the record closes.
        if self.call_ended.is_some() && self.record.as_ref().is_some_and(|r| r.status.is_active()) {
            for action in [
                Action::Unring,
                Action::CloseConsultTask {
                    reason: "the call ended".into(),
                },
                Action::Record {
                    status: Status::Ended,
                },
            ] {
                match self.perform(&action).await {
                    Ok(()) => restored.push(action.describe()),
                    Err(e) => not_restored.push(format!("{} ({})", action.describe(), e.message)),
                }
            }
        }
        // The call is over: its task goes to wrapping, as the agent's Flex UI would move it.
        if self.call_ended.is_some() {
            let wrap = Action::FinishTask {
                finish: Finish::Wrap,
            };
            match self.perform(&wrap).await {
                Ok(()) => restored.push(wrap.describe()),
                Err(e) => not_restored.push(format!("{} ({})", wrap.describe(), e.message)),
            }
        }
        Failure {
            error,
            restored,
            not_restored,
        }
    }

    async fn perform(&mut self, action: &Action) -> CliResult {
        match action {
            Action::UpdateLeg {
                leg,
                name,
                hold,
                end_conference_on_exit,
            } => {
                let update = ParticipantUpdate {
                    hold: *hold,
                    end_conference_on_exit: *end_conference_on_exit,
                    ..ParticipantUpdate::default()
                };
                self.update_leg(leg, name, &update, |p| {
                    end_conference_on_exit.is_none_or(|v| v == p.end_conference_on_exit)
                        && hold.is_none_or(|v| v == p.hold)
                })
                .await
            }
            Action::Ring {
                callee,
                from,
                timeout_s,
            } => {
                let (rung, uri) = match callee {
                    Callee::Agent {
                        worker_sid,
                        name,
                        contact_uri,
                    } => (
                        Rung::agent(worker_sid.clone(), name.clone()),
                        contact_uri.clone(),
                    ),
                    Callee::Accepted => self.accepted.clone().ok_or_else(|| {
                        CliError::refused("no agent to ring: nobody accepted the consult task")
                    })?,
                    Callee::Number { number } => (Rung::number(number), number.clone()),
                };
                let label = rung.label.clone();
                let new = NewParticipant {
                    from: from.clone(),
                    to: uri,
                    label: Some(label.clone()),
                    early_media: Some(true),
                    end_conference_on_exit: Some(false),
                    timeout_s: Some(*timeout_s),
                    ..NewParticipant::default()
                };
                let leg = match self.client.create_participant(&self.cf(), &new).await {
                    Ok(p) => p,
                    // Creates are never blindly retried: look for the leg first.
                    Err(e) if e.is_retryable() => {
                        match self.client.fetch_participant(&self.cf(), &label).await {
                            Ok(p) => p,
                            Err(_) => {
                                match self.client.create_participant(&self.cf(), &new).await {
                                    Ok(p) => p,
                                    Err(e2) if e2.is_conference_gone() => {
                                        return Err(self.conference_gone())
                                    }
                                    Err(e2) => {
                                        return Err(
                                            CliError::from(e2).cause(format!("first attempt: {e}"))
                                        )
                                    }
                                }
                            }
                        }
                    }
                    // The customer hung up between the last poll and the ring.
                    Err(e) if e.is_conference_gone() => return Err(self.conference_gone()),
                    Err(e) => return Err(e.into()),
                };
                let call_sid = leg.call_sid.clone();
                self.state.put_leg(leg);
                if let Some(r) = self.record.as_mut() {
                    match &rung.worker_sid {
                        Some(sid) => r.to.worker_sid = Some(sid.clone()),
                        None => r.to.number = Some(rung.name.clone()),
                    }
                    r.to.name = Some(rung.name.clone());
                    r.consult.label = Some(label);
                    r.consult.call_sid = Some(call_sid);
                }
                self.rung = Some(rung);
                Ok(())
            }
            Action::AwaitAnswer { timeout_s } => self.await_answer(*timeout_s).await,
            Action::RemoveLeg { leg, name } => self.remove_leg(leg, name).await,
            Action::Unring => match self.rung.clone() {
                Some(r) => self.remove_leg(&r.label, &r.name).await,
                None => Ok(()),
            },
            Action::CreateConsultTask {
                target,
                ignore_capacity,
                note,
            } => {
                self.create_consult_task(target, *ignore_capacity, note.as_deref())
                    .await
            }
            Action::SetMuted { leg, name, muted } => self.set_muted(leg, name, *muted).await,
            Action::RingSupervisor(ring) => self.ring_supervisor(ring).await,
            Action::SetMode(change) => self.set_mode(change).await,
            Action::SetActivity { .. } => set_activity(&self.client, &self.ws, action)
                .await
                .map(|_| ()),
            Action::AwaitAcceptance { timeout_s, accept } => {
                self.await_acceptance(*timeout_s, *accept).await
            }
            Action::CloseConsultTask { reason } => self.close_consult_task(reason).await,
            Action::Record { status } => self.write_record(*status).await,
            Action::FinishTask { finish } => {
                // Already where it is asked to go (Flex wrapped it when the agent dropped).
                let done = match self.state.task.status {
                    TaskStatus::Completed | TaskStatus::Canceled => true,
                    TaskStatus::Wrapping => *finish == Finish::Wrap,
                    _ => false,
                };
                if done {
                    return Ok(());
                }
                let update = TaskUpdate {
                    assignment_status: Some(match finish {
                        Finish::Wrap => TaskStatus::Wrapping,
                        Finish::Complete => TaskStatus::Completed,
                    }),
                    reason: (*finish == Finish::Complete).then(|| "handed on".to_string()),
                    ..TaskUpdate::default()
                };
                self.state.task = self
                    .client
                    .update_task(&self.ws, &self.call.task_sid, &update, None)
                    .await?;
                Ok(())
            }
        }
    }

    /// Removes a leg; one already gone (404) is removed.
    async fn remove_leg(&mut self, leg: &str, name: &str) -> CliResult {
        self.client
            .delete_participant(&self.cf(), leg)
            .await
            .map_err(|e| CliError::from(e).cause(format!("removing {name}")))?;
        self.state.drop_leg(leg);
        Ok(())
    }
}
