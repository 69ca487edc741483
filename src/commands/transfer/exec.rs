//! Runs a plan against Twilio: each step in order, the transfer record journaled in the task
//! with If-Match, creates checked by label or attribute before any retry, and on failure (or
//! Ctrl-C) the undo of every completed step in reverse.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::commands::gather::CallState;
use crate::domain::call::{consult_label, Call};
use crate::domain::model::{ParticipantStatus, ReservationStatus, Task, TaskStatus};
use crate::domain::plan::{Action, Plan};
use crate::domain::record::{self, Status, Transfer};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::twilio::{
    self, Client, NewParticipant, NewTask, ParticipantUpdate, TaskTarget, TaskUpdate,
};

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
    pub interrupted: Arc<AtomicBool>,
    /// What was done, for the report.
    pub done: Vec<String>,
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
    fn cf(&self) -> String {
        self.call.conference_sid.clone()
    }

    fn check_interrupt(&self) -> CliResult {
        if self.interrupted.load(Ordering::SeqCst) {
            Err(CliError::new(Exit::Interrupted, "interrupted"))
        } else {
            Ok(())
        }
    }

    /// Runs every step; on failure runs the undo of what was done and reports both.
    pub async fn execute(&mut self, plan: &Plan) -> Result<(), Failure> {
        for (i, step) in plan.steps.iter().enumerate() {
            let result = match self.check_interrupt() {
                Ok(()) => self.perform(&step.action).await,
                Err(e) => Err(e),
            };
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
        let reason = error.message.clone();
        if let Some(r) = self.record.as_mut() {
            r.reason = Some(reason);
        }
        for undo in plan.undo_after(done) {
            match self.perform(&undo).await {
                Ok(()) => restored.push(undo.describe()),
                Err(e) => not_restored.push(format!("{} ({})", undo.describe(), e.message)),
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
                let p = self
                    .client
                    .update_participant(&self.cf(), leg, &update)
                    .await?;
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
            match self.client.fetch_participant(&self.cf(), &label).await {
                Ok(p) if p.status == ParticipantStatus::Connected => {
                    self.state.put_leg(p);
                    return Ok(());
                }
                Ok(p)
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
                Ok(_) => {}
                Err(e) if e.is_not_found() => {
                    return Err(CliError::refused(format!(
                        "{name} did not answer (rejected, or no answer within {timeout_s}s)"
                    )));
                }
                Err(e) => return Err(e.into()),
            }
            if Instant::now() > deadline {
                return Err(CliError::refused(format!(
                    "{name} did not answer within {timeout_s}s"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
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
            let (task, reservations) = tokio::try_join!(
                self.client.fetch_task(&self.ws, &task_sid),
                self.client
                    .list_reservations(&self.ws, &task_sid, Some(&accepted)),
            )?;
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

impl From<twilio::Error> for Failure {
    fn from(e: twilio::Error) -> Failure {
        Failure {
            error: e.into(),
            restored: Vec::new(),
            not_restored: Vec::new(),
        }
    }
}
