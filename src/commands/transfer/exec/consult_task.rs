//! The target's own task: created (found by its transfer id before any retry), its reservation
//! waited on and accepted, and closed (canceled, or wrapped and completed once assigned).

use std::time::{Duration, Instant};

use super::{Rung, Runner, POLL};
use crate::domain::handoff::{self, TargetType};
use crate::domain::model::{ReservationStatus, TaskStatus};
use crate::domain::plan::{Accept, Target};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};
use crate::twilio::{NewTask, ReservationUpdate, TaskTarget, TaskUpdate};

impl Runner {
    /// Creates the target's own task: routed to the agent (`RoutingTarget`, capacity respected
    /// unless `ignore_capacity`) or to the queue, with the call's attributes.
    pub(super) async fn create_consult_task(
        &mut self,
        target: &Target,
        ignore_capacity: bool,
        note: Option<&str>,
    ) -> CliResult {
        let id = self
            .record
            .as_ref()
            .map(|r| r.id.clone())
            .unwrap_or_default();
        let by = self.record.as_ref().and_then(|r| r.from.name.clone());
        let (kind, target_sid, route, what) = match target {
            Target::Agent {
                worker_sid, name, ..
            } => (
                TargetType::Worker,
                worker_sid.clone(),
                TaskTarget::Worker {
                    sid: worker_sid.clone(),
                    ignore_capacity,
                },
                name.clone(),
            ),
            Target::Queue { queue_sid, name } => (
                TargetType::Queue,
                queue_sid.clone(),
                TaskTarget::Queue(queue_sid.clone()),
                name.clone(),
            ),
            // Never planned: an external number has no worker to route a task to.
            Target::Number { number, .. } => {
                return Err(CliError::refused(format!(
                    "{number} is an external number: it gets no task"
                )))
            }
        };
        let attributes = handoff::target_attributes(
            &self.state.task.attributes,
            &self.call.task_sid,
            kind,
            &target_sid,
            &handoff::Link {
                transfer_id: &id,
                conference_sid: &self.call.conference_sid,
                by: by.as_deref(),
                note,
            },
        );
        let new = NewTask {
            target: route,
            attributes: attributes.to_string(),
            task_channel: Some("voice".into()),
            priority: None,
            timeout_s: None,
        };
        self.task_asked = true;
        let task = match self.client.create_task(&self.ws, &new).await {
            Ok(t) => t,
            Err(e) if e.is_retryable() => {
                // Look for the task by its transfer id before trying again.
                match self.find_target_task().await? {
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
            let mut e = CliError::refused(format!("the task for {what} was canceled: {reason}"));
            if kind == TargetType::Queue {
                e = e.id(Check::QueueNotStale.id()).hint(format!(
                    "flexctl queue reset {}",
                    crate::domain::names::shell_word(&what)
                ));
            }
            return Err(e);
        }
        Ok(())
    }

    /// Waits for the target's reservation and sees it accepted: by flexctl over REST as soon
    /// as it exists (`Accept::Flexctl`), or by the agent in their own client. An agent target
    /// that rejects, or lets the reservation time out, ends the wait; a queue's task is
    /// offered on by TaskRouter, so the wait goes on until the ring timeout.
    pub(super) async fn await_acceptance(&mut self, timeout_s: u32, accept: Accept) -> CliResult {
        let task_sid = self
            .consult_task
            .clone()
            .ok_or_else(|| CliError::refused("no task for the target"))?;
        let to_agent = self.record.as_ref().and_then(|r| r.to.worker_sid.clone());
        let deadline = Instant::now() + Duration::from_secs(u64::from(timeout_s));
        let mut failed_accepts = 0;
        loop {
            self.check_interrupt()?;
            // With the task, in the same wave: is there still a call to bring an agent to?
            let cf = self.cf();
            let (task, reservations, legs) = tokio::join!(
                self.client.fetch_task(&self.ws, &task_sid),
                self.client.list_reservations(&self.ws, &task_sid, None),
                self.client.list_participants(&cf, None),
            );
            self.check_live(legs)?;
            let (task, mut reservations) = (task?, reservations?);
            if accept == Accept::Flexctl {
                if let Some(r) = reservations
                    .iter_mut()
                    .find(|r| r.status == ReservationStatus::Pending)
                {
                    match self
                        .client
                        .update_reservation(
                            &self.ws,
                            &task_sid,
                            &r.sid,
                            &ReservationUpdate::accept(),
                        )
                        .await
                    {
                        Ok(updated) => *r = updated,
                        // Taken by the agent (accepted or rejected) meanwhile: read it again.
                        Err(e) if !e.is_retryable() && failed_accepts == 0 => failed_accepts += 1,
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            if let Some(r) = reservations
                .iter()
                .find(|r| r.status == ReservationStatus::Accepted)
            {
                return self.accepted_by(&r.worker_sid, to_agent.is_some()).await;
            }
            let ended = reservations.iter().rev().find(|r| {
                matches!(
                    r.status,
                    ReservationStatus::Rejected
                        | ReservationStatus::Timeout
                        | ReservationStatus::Canceled
                        | ReservationStatus::Rescinded
                )
            });
            if let (Some(_), Some(r)) = (&to_agent, ended) {
                let name = self
                    .record
                    .as_ref()
                    .and_then(|t| t.to.name.clone())
                    .unwrap_or_else(|| r.worker_sid.clone());
                let what = match r.status {
                    ReservationStatus::Rejected => "rejected the transfer",
                    ReservationStatus::Timeout => "did not accept the transfer in time",
                    _ => "lost the reservation",
                };
                return Err(CliError::refused(format!("{name} {what}")));
            }
            if matches!(task.status, TaskStatus::Canceled | TaskStatus::Completed) {
                return Err(CliError::refused(format!(
                    "the target's task ended before it was accepted: {}",
                    task.reason.unwrap_or_else(|| task.status.to_string())
                )));
            }
            self.renew_lease().await?;
            if Instant::now() > deadline {
                return Err(CliError::refused(match accept {
                    Accept::Flexctl => format!("no reservation for the target within {timeout_s}s"),
                    Accept::Agent => format!("nobody accepted within {timeout_s}s"),
                })
                .hint_opt(
                    to_agent
                        .is_some()
                        .then(|| "is the agent at capacity? flexctl agents list".to_string()),
                ));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The reservation was accepted by `worker_sid`: for a queue, who to ring is known now
    /// (their contact URI is read, and journaled by the next step before anyone rings).
    async fn accepted_by(&mut self, worker_sid: &str, known: bool) -> CliResult {
        if known {
            return Ok(());
        }
        let worker = self.client.fetch_worker(&self.ws, worker_sid).await?;
        let uri = worker.contact_uri().map(str::to_string).ok_or_else(|| {
            CliError::refused(format!(
                "{} has no contact_uri attribute to ring",
                worker.name
            ))
        })?;
        if let Some(r) = self.record.as_mut() {
            r.consult.label = Some(crate::domain::call::consult_label(&worker.sid));
            r.to.worker_sid = Some(worker.sid.clone());
            r.to.name = Some(worker.name.clone());
        }
        self.accepted = Some((Rung::agent(worker.sid, worker.name), uri));
        Ok(())
    }

    pub(super) async fn close_consult_task(&mut self, reason: &str) -> CliResult {
        if self.consult_task.is_none() && self.task_asked {
            self.consult_task = self.find_target_task().await?.map(|t| t.sid);
        }
        let Some(sid) = self.consult_task.clone() else {
            return Ok(());
        };
        // The task can move between the read and the update (its reservation accepted by the
        // agent, or by a request still landing): a refused move is read again, once.
        let mut again = true;
        loop {
            let task = match self.client.fetch_task(&self.ws, &sid).await {
                Ok(t) => t,
                Err(e) if e.is_not_found() => return Ok(()),
                Err(e) => return Err(e.into()),
            };
            match self.move_to_closed(&sid, &task.status, reason).await {
                Err(crate::twilio::Error::Api { status: 400, .. }) if again => again = false,
                other => return other.map_err(CliError::from),
            }
        }
    }

    /// The target's task from `status` to canceled (not yet assigned) or to completed.
    async fn move_to_closed(
        &self,
        sid: &str,
        status: &TaskStatus,
        reason: &str,
    ) -> Result<(), crate::twilio::Error> {
        let steps: &[TaskStatus] = match status {
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
                .update_task(&self.ws, sid, &update, None)
                .await?;
        }
        Ok(())
    }

    /// The target's task this run created, by its transfer id (a create whose answer was
    /// lost).
    async fn find_target_task(&self) -> CliResult<Option<crate::domain::model::Task>> {
        let Some(id) = self.record.as_ref().map(|r| r.id.clone()) else {
            return Ok(None);
        };
        let filter = crate::twilio::TaskFilter {
            evaluate_task_attributes: Some(format!("flexctl.transfer_id == \"{id}\"")),
            ..Default::default()
        };
        Ok(self
            .client
            .list_tasks(&self.ws, &filter, Some(1))
            .await?
            .into_iter()
            .next())
    }
}
