//! TaskRouter tasks and reservations: creating consult/reset/target tasks, reading and writing task
//! attributes with ETags, cancelling, and following reservations.

use crate::domain::{Reservation, ReservationStatus, Task, TaskStatus};

use super::http::{seg, Domain, Repeat, Request};
use super::wire::{WReservation, WTask};
use super::{Client, Error};

/// Where a new task is routed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskTarget {
    /// Through a workflow's filters.
    Workflow(String),
    /// Straight to a queue (TaskRouter's newer `TaskQueueSid` parameter).
    Queue(String),
    /// Straight to one worker (`RoutingTarget=WK…`). TaskRouter ignores the worker's capacity
    /// and availability for such a task unless `IgnoreCapacity=false` is sent, so the flag is
    /// always sent explicitly.
    Worker { sid: String, ignore_capacity: bool },
}

#[derive(Debug, Clone)]
pub struct NewTask {
    pub target: TaskTarget,
    /// JSON text, sent as-is in the `Attributes` form field.
    pub attributes: String,
    /// Unique name of the channel (`voice`).
    pub task_channel: Option<String>,
    pub priority: Option<i64>,
    /// Seconds before TaskRouter cancels the task.
    pub timeout_s: Option<u32>,
}

/// Filters for listing tasks.
#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    /// Repeated `AssignmentStatus` values (any of them matches).
    pub assignment_status: Vec<TaskStatus>,
    pub task_queue_sid: Option<String>,
    pub task_queue_name: Option<String>,
    pub workflow_sid: Option<String>,
    /// A TaskRouter expression on attributes, e.g. `flexctl_reset == "WQ…"`; used to find
    /// whether an earlier create landed.
    pub evaluate_task_attributes: Option<String>,
}

/// Changes to a task; only set fields are sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskUpdate {
    /// Complete replacement JSON text (keep what others wrote: edit `Task::attributes_raw`).
    pub attributes: Option<String>,
    pub assignment_status: Option<TaskStatus>,
    pub reason: Option<String>,
    pub priority: Option<i64>,
}

/// Changes to a reservation (accept, reject, or a Flex-style instruction).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReservationUpdate {
    pub status: Option<ReservationStatus>,
    pub instruction: Option<String>,
    pub worker_activity_sid: Option<String>,
}

impl ReservationUpdate {
    /// Accepts the reservation on the worker's behalf (the task becomes assigned).
    pub fn accept() -> ReservationUpdate {
        ReservationUpdate {
            status: Some(ReservationStatus::Accepted),
            ..ReservationUpdate::default()
        }
    }

    /// Rejects it (TaskRouter routes the task on, to another worker when it can).
    pub fn reject() -> ReservationUpdate {
        ReservationUpdate {
            status: Some(ReservationStatus::Rejected),
            ..ReservationUpdate::default()
        }
    }

    pub(crate) fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut form = Vec::new();
        if let Some(s) = &self.status {
            form.push(("ReservationStatus", s.as_str().to_owned()));
        }
        if let Some(i) = &self.instruction {
            form.push(("Instruction", i.clone()));
        }
        if let Some(a) = &self.worker_activity_sid {
            form.push(("WorkerActivitySid", a.clone()));
        }
        form
    }
}

impl NewTask {
    pub(crate) fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut f = match &self.target {
            TaskTarget::Workflow(sid) => vec![("WorkflowSid", sid.clone())],
            TaskTarget::Queue(sid) => vec![("TaskQueueSid", sid.clone())],
            TaskTarget::Worker {
                sid,
                ignore_capacity,
            } => vec![
                ("RoutingTarget", sid.clone()),
                ("IgnoreCapacity", ignore_capacity.to_string()),
            ],
        };
        f.push(("Attributes", self.attributes.clone()));
        if let Some(c) = &self.task_channel {
            f.push(("TaskChannel", c.clone()));
        }
        if let Some(p) = self.priority {
            f.push(("Priority", p.to_string()));
        }
        if let Some(t) = self.timeout_s {
            f.push(("Timeout", t.to_string()));
        }
        f
    }
}

impl TaskUpdate {
    fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut f = Vec::new();
        if let Some(a) = &self.attributes {
            f.push(("Attributes", a.clone()));
        }
        if let Some(s) = &self.assignment_status {
            f.push(("AssignmentStatus", s.as_str().to_owned()));
        }
        if let Some(r) = &self.reason {
            f.push(("Reason", r.clone()));
        }
        if let Some(p) = self.priority {
            f.push(("Priority", p.to_string()));
        }
        f
    }
}

impl Client {
    fn task_url(&self, workspace_sid: &str, task_sid: Option<&str>) -> String {
        let list = super::tasks_path(workspace_sid);
        match task_sid {
            None => format!("{}{list}", self.inner.base.taskrouter),
            Some(t) => format!("{}{list}/{}", self.inner.base.taskrouter, seg(t)),
        }
    }

    /// Creates a task. Never retried except after a 429: when the outcome is unknown, the
    /// caller looks for the task by a unique attribute before creating another.
    pub async fn create_task(&self, workspace_sid: &str, new: &NewTask) -> Result<Task, Error> {
        let url = self.task_url(workspace_sid, None);
        let resp = self
            .send(&Request::post(url, new.to_form(), Repeat::OnlyIfRejected))
            .await?;
        let etag = resp.etag();
        Ok(resp.json::<WTask>("task")?.into_domain(etag))
    }

    pub async fn list_tasks(
        &self,
        workspace_sid: &str,
        filter: &TaskFilter,
        limit: Option<usize>,
    ) -> Result<Vec<Task>, Error> {
        let mut q: Vec<(&str, String)> = filter
            .assignment_status
            .iter()
            .map(|s| ("AssignmentStatus", s.as_str().to_owned()))
            .collect();
        let strings = [
            ("TaskQueueSid", &filter.task_queue_sid),
            ("TaskQueueName", &filter.task_queue_name),
            ("WorkflowSid", &filter.workflow_sid),
            ("EvaluateTaskAttributes", &filter.evaluate_task_attributes),
        ];
        for (k, v) in strings {
            if let Some(v) = v {
                q.push((k, v.clone()));
            }
        }
        let url = self.task_url(workspace_sid, None);
        let list: Vec<WTask> = self
            .list(Domain::TaskRouter, url, q, "tasks", limit, None)
            .await?;
        Ok(list.into_iter().map(|t| t.into_domain(None)).collect())
    }

    /// One task with its full attributes and the `ETag` to use for a conditional update.
    pub async fn fetch_task(&self, workspace_sid: &str, task_sid: &str) -> Result<Task, Error> {
        let url = self.task_url(workspace_sid, Some(task_sid));
        let (w, etag) = self.get_json::<WTask>(url, "task").await?;
        Ok(w.into_domain(etag))
    }

    /// Updates a task. With `if_match`, a concurrent change makes this fail with 412
    /// ([`Error::is_precondition_failed`]). A conditional update is not retried after an
    /// unknown outcome: had the first attempt landed, the retry would report a false 412.
    pub async fn update_task(
        &self,
        workspace_sid: &str,
        task_sid: &str,
        update: &TaskUpdate,
        if_match: Option<&str>,
    ) -> Result<Task, Error> {
        let url = self.task_url(workspace_sid, Some(task_sid));
        let repeat = if if_match.is_some() {
            Repeat::OnlyIfRejected
        } else {
            Repeat::Idempotent
        };
        let mut req = Request::post(url, update.to_form(), repeat);
        req.if_match = if_match;
        let resp = self.send(&req).await?;
        let etag = resp.etag();
        Ok(resp.json::<WTask>("task")?.into_domain(etag))
    }

    /// Deletes a task; a 404 means it is already gone.
    pub async fn delete_task(
        &self,
        workspace_sid: &str,
        task_sid: &str,
        if_match: Option<&str>,
    ) -> Result<(), Error> {
        let mut req = Request::delete(self.task_url(workspace_sid, Some(task_sid)));
        req.if_match = if_match;
        match self.send(&req).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_not_found() => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn reservation_url(&self, ws: &str, task_sid: &str, reservation: Option<&str>) -> String {
        let base = format!("Tasks/{}/Reservations", seg(task_sid));
        match reservation {
            None => self.ws_url(ws, &base),
            Some(r) => self.ws_url(ws, &format!("{base}/{}", seg(r))),
        }
    }

    pub async fn list_reservations(
        &self,
        workspace_sid: &str,
        task_sid: &str,
        status: Option<&ReservationStatus>,
    ) -> Result<Vec<Reservation>, Error> {
        let url = self.reservation_url(workspace_sid, task_sid, None);
        let q = status
            .map(|s| ("ReservationStatus", s.as_str().to_owned()))
            .into_iter()
            .collect();
        let list: Vec<WReservation> = self
            .list(Domain::TaskRouter, url, q, "reservations", None, None)
            .await?;
        Ok(list.into_iter().map(Reservation::from).collect())
    }

    /// A worker's reservations (of every task), e.g. the pending ones: one request instead of
    /// one per task.
    pub async fn list_worker_reservations(
        &self,
        workspace_sid: &str,
        worker_sid: &str,
        status: Option<&ReservationStatus>,
    ) -> Result<Vec<Reservation>, Error> {
        let url = self.ws_url(
            workspace_sid,
            &format!("Workers/{}/Reservations", seg(worker_sid)),
        );
        let q = status
            .map(|s| ("ReservationStatus", s.as_str().to_owned()))
            .into_iter()
            .collect();
        let list: Vec<WReservation> = self
            .list(Domain::TaskRouter, url, q, "reservations", None, None)
            .await?;
        Ok(list.into_iter().map(Reservation::from).collect())
    }

    pub async fn update_reservation(
        &self,
        workspace_sid: &str,
        task_sid: &str,
        reservation_sid: &str,
        update: &ReservationUpdate,
    ) -> Result<Reservation, Error> {
        let url = self.reservation_url(workspace_sid, task_sid, Some(reservation_sid));
        let resp = self
            .send(&Request::post(url, update.to_form(), Repeat::Idempotent))
            .await?;
        Ok(resp.json::<WReservation>("reservation")?.into())
    }
}

#[cfg(test)]
#[path = "spec_tests.rs"]
mod spec_tests;
