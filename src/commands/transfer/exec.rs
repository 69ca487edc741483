//! Runs a plan against Twilio: each step in order, the transfer record journaled in the task
//! with If-Match, creates checked by label or attribute before any retry, and on failure (or
//! Ctrl-C) the undo of every completed step in reverse.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::commands::gather::CallState;
use crate::domain::call::{consult_label, Call};
use crate::domain::model::{ParticipantStatus, ReservationStatus, Task, TaskStatus};
use crate::domain::plan::{Action, Plan};
use crate::domain::record::{self, Owner, Status, Transfer, LEASE_S};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::twilio::{Client, NewParticipant, NewTask, ParticipantUpdate, TaskTarget, TaskUpdate};

const POLL: Duration = Duration::from_millis(250);
const CAS_ATTEMPTS: usize = 5;

/// The state a plan runs against, and what its steps bind as they go.
pub struct Runner {
    pub client: Client,
    pub ws: String,
    pub call: Call,
    /// The call's task as last read (attributes and ETag), for journal writes.
    pub task: Task,
    /// The call as the responses so far describe it (for the picture afterwards).
    pub state: CallState,
    /// The transfer this run creates or advances.
    pub record: Option<Transfer>,
    pub consult_task: Option<String>,
    pub consult_worker: Option<(String, String, String)>,
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

/// A runner's claim on the record: this process on this host.
pub fn this_process() -> Owner {
    let (pid, started) = crate::process::me();
    Owner {
        host: crate::process::host_name(),
        pid,
        started,
        lease_until: String::new(),
    }
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

/// Now on the server's clock (its latest `Date` header), shared by every operator acting on
/// the call, falling back to the local clock.
pub fn server_now(client: &Client) -> jiff::Timestamp {
    client
        .last_server_date()
        .unwrap_or_else(jiff::Timestamp::now)
}

fn now_iso(client: &Client) -> String {
    server_now(client)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
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
            task: state.task.clone(),
            consult_task: record.as_ref().and_then(|r| r.consult.task_sid.clone()),
            consult_worker: record.as_ref().and_then(|r| {
                Some((
                    r.to.worker_sid.clone()?,
                    r.to.name.clone().unwrap_or_default(),
                    String::new(),
                ))
            }),
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
                Action::RemoveLeg {
                    leg: String::new(),
                    name: "the consult leg".into(),
                },
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
                let p = match self
                    .client
                    .update_participant(&self.cf(), leg, &update)
                    .await
                {
                    Ok(p) => p,
                    // A leg that went away with the call is as the undo wants it.
                    Err(e) if e.is_not_found() && self.undoing => {
                        self.state.drop_leg(leg);
                        self.gone = true;
                        return Ok(());
                    }
                    Err(e) if e.is_not_found() && self.is_customer(leg) => {
                        return Err(self.call_gone(true));
                    }
                    Err(e) => return Err(e.into()),
                };
                // Read back: a flag change on a held leg is silently ignored by Twilio.
                let took = !(end_conference_on_exit.is_some_and(|v| v != p.end_conference_on_exit)
                    || hold.is_some_and(|v| v != p.hold));
                self.state.put_leg(p);
                if !took {
                    return Err(CliError::refused(format!(
                        "the change to {name} did not take effect"
                    )));
                }
                Ok(())
            }
            Action::Ring {
                worker,
                from,
                timeout_s,
            } => {
                let (sid, name, uri) = worker
                    .clone()
                    .or_else(|| self.consult_worker.clone())
                    .ok_or_else(|| {
                        CliError::refused("no agent to ring: nobody accepted the consult task")
                    })?;
                let label = consult_label(&sid);
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
                            Err(_) => self
                                .client
                                .create_participant(&self.cf(), &new)
                                .await
                                .map_err(|e2| {
                                    CliError::from(e2).cause(format!("first attempt: {e}"))
                                })?,
                        }
                    }
                    Err(e) => return Err(e.into()),
                };
                let call_sid = leg.call_sid.clone();
                self.state.put_leg(leg);
                self.consult_worker = Some((sid.clone(), name.clone(), String::new()));
                if let Some(r) = self.record.as_mut() {
                    r.to.worker_sid = Some(sid);
                    r.to.name = Some(name);
                    r.consult.label = Some(label);
                    r.consult.call_sid = Some(call_sid);
                }
                Ok(())
            }
            Action::AwaitAnswer { timeout_s } => self.await_answer(*timeout_s).await,
            Action::RemoveLeg { leg, name } => {
                let leg = if leg.is_empty() {
                    match &self.consult_worker {
                        Some((sid, _, _)) => consult_label(sid),
                        None => return Ok(()),
                    }
                } else {
                    leg.clone()
                };
                self.client
                    .delete_participant(&self.cf(), &leg)
                    .await
                    .map_err(|e| CliError::from(e).cause(format!("removing {name}")))?;
                self.state.drop_leg(&leg);
                Ok(())
            }
            Action::CreateConsultTask {
                queue_sid,
                queue_name,
            } => self.create_consult_task(queue_sid, queue_name).await,
            Action::AwaitAcceptance { timeout_s } => self.await_acceptance(*timeout_s).await,
            Action::CloseConsultTask { reason } => self.close_consult_task(reason).await,
            Action::Record { status } => {
                let written = self.write_record(*status).await;
                self.state.task = self.task.clone();
                written
            }
            Action::WrapTask => {
                let update = TaskUpdate {
                    assignment_status: Some(TaskStatus::Wrapping),
                    ..TaskUpdate::default()
                };
                self.task = self
                    .client
                    .update_task(&self.ws, &self.call.task_sid, &update, None)
                    .await?;
                self.state.task = self.task.clone();
                Ok(())
            }
        }
    }

    async fn await_answer(&mut self, timeout_s: u32) -> CliResult {
        let (sid, name, _) = self
            .consult_worker
            .clone()
            .ok_or_else(|| CliError::refused("nothing is ringing"))?;
        let label = consult_label(&sid);
        let deadline = Instant::now() + Duration::from_secs(u64::from(timeout_s) + 2);
        loop {
            self.check_interrupt()?;
            // One list per poll: the consult leg's state and whether the customer is still
            // there (a hang-up is noticed at the next poll, not at the ring timeout).
            let legs = self.live_legs().await?;
            match legs
                .iter()
                .find(|p| p.label.as_deref() == Some(label.as_str()))
            {
                Some(p) if p.status == ParticipantStatus::Connected => {
                    self.state.put_leg(p.clone());
                    return Ok(());
                }
                Some(p)
                    if matches!(
                        p.status,
                        ParticipantStatus::Failed | ParticipantStatus::Complete
                    ) =>
                {
                    return Err(CliError::refused(format!(
                        "{name} did not answer ({})",
                        p.status
                    )));
                }
                Some(_) => {}
                None => {
                    return Err(CliError::refused(format!(
                        "{name} did not answer (rejected, or no answer within {timeout_s}s)"
                    )));
                }
            }
            self.renew_lease().await?;
            if Instant::now() > deadline {
                return Err(CliError::refused(format!(
                    "{name} did not answer within {timeout_s}s"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The conference's legs, or the call-ended error when the conference is gone or the
    /// customer has left it.
    async fn live_legs(&mut self) -> CliResult<Vec<crate::domain::model::Participant>> {
        let legs = self.client.list_participants(&self.cf(), None).await;
        self.check_live(legs)
    }

    fn check_live(
        &mut self,
        legs: Result<Vec<crate::domain::model::Participant>, crate::twilio::Error>,
    ) -> CliResult<Vec<crate::domain::model::Participant>> {
        let legs = match legs {
            Ok(l) => l,
            Err(e) if e.is_not_found() => return Err(self.conference_gone()),
            Err(e) => return Err(e.into()),
        };
        if legs.is_empty() {
            return Err(self.conference_gone());
        }
        let present = |sid: &str| {
            legs.iter().any(|p| {
                p.call_sid == sid
                    && !matches!(
                        p.status,
                        ParticipantStatus::Failed | ParticipantStatus::Complete
                    )
            })
        };
        if let Some(c) = self.call.customer_leg().map(|c| c.call_sid.clone()) {
            if !present(&c) {
                return Err(self.call_gone(true));
            }
        }
        Ok(legs)
    }

    /// The conference ended under the verb. While a consult is set up no agent leg ends it on
    /// exit, so when the customer's leg did, it was the customer who hung up.
    fn conference_gone(&mut self) -> CliError {
        let customer_armed = self.call.customer_leg().is_some_and(|c| {
            self.state
                .legs
                .iter()
                .find(|p| p.call_sid == c.call_sid)
                .map_or(c.end_conference_on_exit, |p| p.end_conference_on_exit)
        });
        let agents_armed = self.state.legs.iter().any(|p| {
            p.end_conference_on_exit
                && self
                    .call
                    .customer_leg()
                    .is_none_or(|c| c.call_sid != p.call_sid)
        });
        self.call_gone(customer_armed && !agents_armed)
    }

    fn is_customer(&self, leg: &str) -> bool {
        self.call
            .customer_leg()
            .is_some_and(|c| c.call_sid == leg || c.label.as_deref() == Some(leg))
    }

    /// Notes that the call ended under the verb and says so: `call-live`, exit 1.
    fn call_gone(&mut self, customer_left: bool) -> CliError {
        let at = server_now(&self.client)
            .strftime("%H:%M:%S UTC")
            .to_string();
        let message = if customer_left {
            format!("the customer hung up at {at}")
        } else {
            format!("the call ended at {at}")
        };
        self.call_ended = Some(message.clone());
        CliError::refused(message).id(Check::CallLive.id())
    }

    /// While a verb waits, keeps its claim on the record fresh (a write every few seconds).
    async fn renew_lease(&mut self) -> CliResult {
        let (Some(r), Some(_)) = (&self.record, &self.owner) else {
            return Ok(());
        };
        if !r.status.is_active() {
            return Ok(());
        }
        if record::lease_due(r.owner.as_ref(), server_now(&self.client)) {
            let status = r.status;
            self.write_record(status).await?;
        }
        Ok(())
    }

    async fn create_consult_task(&mut self, queue_sid: &str, queue_name: &str) -> CliResult {
        let id = self
            .record
            .as_ref()
            .map(|r| r.id.clone())
            .unwrap_or_default();
        let attributes = json!({
            "type": "consult",
            "flexctl": {
                "kind": "consult",
                "transfer_id": id,
                "conference_sid": self.call.conference_sid,
                "task_sid": self.call.task_sid,
                "from": self.record.as_ref().and_then(|r| r.from.name.clone()),
            },
            "conference": { "sid": self.call.conference_sid },
        });
        let new = NewTask {
            target: TaskTarget::Queue(queue_sid.to_string()),
            attributes: attributes.to_string(),
            task_channel: Some("voice".into()),
            priority: None,
            timeout_s: None,
        };
        let task = match self.client.create_task(&self.ws, &new).await {
            Ok(t) => t,
            Err(e) if e.is_retryable() => {
                // Look for the task by its transfer id before trying again.
                let filter = crate::twilio::TaskFilter {
                    evaluate_task_attributes: Some(format!("flexctl.transfer_id == \"{id}\"")),
                    ..Default::default()
                };
                match self
                    .client
                    .list_tasks(&self.ws, &filter, Some(1))
                    .await?
                    .into_iter()
                    .next()
                {
                    Some(t) => t,
                    None => self.client.create_task(&self.ws, &new).await?,
                }
            }
            Err(e) => return Err(e.into()),
        };
        self.consult_task = Some(task.sid.clone());
        if let Some(r) = self.record.as_mut() {
            r.consult.task_sid = Some(task.sid.clone());
        }
        if task.status == TaskStatus::Canceled {
            let reason = task.reason.unwrap_or_default();
            return Err(CliError::refused(format!(
                "the consult task to {queue_name} was canceled: {reason}"
            ))
            .id(Check::QueueNotStale.id())
            .hint(format!("flexctl queue reset {queue_name}")));
        }
        Ok(())
    }

    async fn await_acceptance(&mut self, timeout_s: u32) -> CliResult {
        let task_sid = self
            .consult_task
            .clone()
            .ok_or_else(|| CliError::refused("no consult task"))?;
        let deadline = Instant::now() + Duration::from_secs(u64::from(timeout_s));
        loop {
            self.check_interrupt()?;
            let accepted = ReservationStatus::Accepted;
            // With the task, in the same wave: is there still a call to bring an agent to?
            let cf = self.cf();
            let (task, reservations, legs) = tokio::join!(
                self.client.fetch_task(&self.ws, &task_sid),
                self.client
                    .list_reservations(&self.ws, &task_sid, Some(&accepted)),
                self.client.list_participants(&cf, None),
            );
            self.check_live(legs)?;
            let (task, reservations) = (task?, reservations?);
            if let Some(r) = reservations.first() {
                let worker = self.client.fetch_worker(&self.ws, &r.worker_sid).await?;
                let uri = worker.contact_uri().map(str::to_string).ok_or_else(|| {
                    CliError::refused(format!(
                        "{} has no contact_uri attribute to ring",
                        worker.name
                    ))
                })?;
                self.consult_worker = Some((worker.sid.clone(), worker.name.clone(), uri.clone()));
                return self.bind_and_ring_target(worker.sid, worker.name, uri);
            }
            if matches!(task.status, TaskStatus::Canceled | TaskStatus::Completed) {
                return Err(CliError::refused(format!(
                    "the consult task ended before an agent accepted: {}",
                    task.reason.unwrap_or_else(|| task.status.to_string())
                )));
            }
            self.renew_lease().await?;
            if Instant::now() > deadline {
                return Err(CliError::refused(format!(
                    "no agent accepted within {timeout_s}s"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    fn bind_and_ring_target(&mut self, sid: String, name: String, uri: String) -> CliResult {
        self.consult_worker = Some((sid.clone(), name.clone(), uri));
        if let Some(r) = self.record.as_mut() {
            r.consult.label = Some(consult_label(&sid));
            r.to.worker_sid = Some(sid);
            r.to.name = Some(name);
        }
        Ok(())
    }

    async fn close_consult_task(&mut self, reason: &str) -> CliResult {
        let Some(sid) = self.consult_task.clone() else {
            return Ok(());
        };
        let task = match self.client.fetch_task(&self.ws, &sid).await {
            Ok(t) => t,
            Err(e) if e.is_not_found() => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let steps: &[TaskStatus] = match task.status {
            TaskStatus::Pending | TaskStatus::Reserved => &[TaskStatus::Canceled],
            TaskStatus::Assigned => &[TaskStatus::Wrapping, TaskStatus::Completed],
            TaskStatus::Wrapping => &[TaskStatus::Completed],
            _ => &[],
        };
        for status in steps {
            let update = TaskUpdate {
                assignment_status: Some(status.clone()),
                reason: Some(reason.to_string()),
                ..TaskUpdate::default()
            };
            self.client
                .update_task(&self.ws, &sid, &update, None)
                .await?;
        }
        Ok(())
    }

    /// Writes the record with If-Match; on a stale ETag re-reads the task and, unless another
    /// transfer has started meanwhile, applies the change again.
    async fn write_record(&mut self, status: Status) -> CliResult {
        let Some(mut mine) = self.record.clone() else {
            return Ok(());
        };
        mine.set_status(status, &now_iso(&self.client));
        mine.owner = match &self.owner {
            Some(o) if status.is_active() && !self.releasing => {
                let until = server_now(&self.client)
                    .checked_add(jiff::SignedDuration::from_secs(LEASE_S))
                    .unwrap_or_else(|_| server_now(&self.client));
                Some(Owner {
                    lease_until: until.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    ..o.clone()
                })
            }
            _ => None,
        };
        // Never write the journal without If-Match: a task read from a list has no ETag.
        if self.task.etag.is_none() {
            self.task = self
                .client
                .fetch_task(&self.ws, &self.call.task_sid)
                .await?;
        }
        let mut unanswered = None;
        for _ in 0..CAS_ATTEMPTS {
            let mut list = record::transfers(&self.task.attributes);
            match list.iter().position(|t| t.id == mine.id) {
                // Closed meanwhile by someone else (a `cancel` from another terminal, doctor):
                // never reopened. Closing it again is already done.
                Some(i) if !list[i].status.is_active() => {
                    let theirs = list[i].clone();
                    if status.is_active() {
                        self.record = Some(theirs.clone());
                        return Err(CliError::refused(format!(
                            "transfer {} was closed meanwhile ({}{})",
                            theirs.id,
                            theirs.status.as_str(),
                            theirs
                                .reason
                                .as_deref()
                                .map(|r| format!(": {r}"))
                                .unwrap_or_default()
                        ))
                        .id(Check::TransferActive.id()));
                    }
                    self.record = Some(theirs);
                    return Ok(());
                }
                Some(i) => list[i] = mine.clone(),
                None => {
                    if let Some(other) = list.iter().rev().find(|t| t.status.is_active()) {
                        return Err(conflict(other));
                    }
                    list.push(mine.clone());
                }
            }
            let raw = record::with_transfers(&self.task.attributes_raw, &list)
                .map_err(|e| CliError::refused(e.to_string()))?;
            let update = TaskUpdate {
                attributes: Some(raw),
                ..TaskUpdate::default()
            };
            match self
                .client
                .update_task(
                    &self.ws,
                    &self.call.task_sid,
                    &update,
                    self.task.etag.as_deref(),
                )
                .await
            {
                Ok(task) => {
                    self.task = task;
                    self.record = Some(mine);
                    return Ok(());
                }
                Err(e) if e.is_precondition_failed() => {
                    self.task = self
                        .client
                        .fetch_task(&self.ws, &self.call.task_sid)
                        .await?;
                }
                // No answer (or a 5xx): the write may have landed. Look before writing again,
                // or a landed `initiated` record would be left active with nothing behind it.
                Err(e) if e.is_retryable() => {
                    self.task = self
                        .client
                        .fetch_task(&self.ws, &self.call.task_sid)
                        .await?;
                    if record::transfers(&self.task.attributes).contains(&mine) {
                        self.record = Some(mine);
                        return Ok(());
                    }
                    unanswered = Some(e);
                }
                Err(e) => return Err(e.into()),
            }
        }
        if let Some(e) = unanswered {
            return Err(e.into());
        }
        Err(CliError::new(
            Exit::Conflict,
            "the call's task keeps changing under us; try again",
        ))
    }
}

fn conflict(other: &Transfer) -> CliError {
    let by = other
        .from
        .name
        .clone()
        .or(other.from.worker_sid.clone())
        .unwrap_or_else(|| "someone".into());
    CliError::new(
        Exit::Conflict,
        format!("another transfer is in progress on this call (started by {by})"),
    )
    .id(Check::NoOtherTransfer.id())
    .hint("flexctl calls show, then cancel it or wait")
}
