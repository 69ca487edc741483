//! A queue consult's own task: created (found by its transfer id before any retry), waited on
//! until an agent accepts, and closed (canceled, or wrapped and completed once assigned).

use std::time::{Duration, Instant};

use serde_json::json;

use super::{Rung, Runner, POLL};
use crate::domain::model::{ReservationStatus, TaskStatus};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};
use crate::twilio::{NewTask, TaskTarget, TaskUpdate};

impl Runner {
    pub(super) async fn create_consult_task(
        &mut self,
        queue_sid: &str,
        queue_name: &str,
    ) -> CliResult {
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
            .hint(format!(
                "flexctl queue reset {}",
                crate::domain::names::shell_word(queue_name)
            )));
        }
        Ok(())
    }

    pub(super) async fn await_acceptance(&mut self, timeout_s: u32) -> CliResult {
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
                // Journaled by the next step, before anyone rings: a crash after ringing still
                // leaves the leg named by the record.
                if let Some(r) = self.record.as_mut() {
                    r.consult.label = Some(crate::domain::call::consult_label(&worker.sid));
                    r.to.worker_sid = Some(worker.sid.clone());
                    r.to.name = Some(worker.name.clone());
                }
                self.accepted = Some((
                    Rung {
                        worker_sid: worker.sid,
                        name: worker.name,
                    },
                    uri,
                ));
                return Ok(());
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

    pub(super) async fn close_consult_task(&mut self, reason: &str) -> CliResult {
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
}
