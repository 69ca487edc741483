//! TaskRouter directory resources: workspaces, activities, workers and their channels, task
//! queues and their statistics, workflows.

use crate::domain::{
    Activity, Queue, QueueCumulativeStats, QueueRealTimeStats, QueueStats, Worker, WorkerChannel,
    Workflow, Workspace,
};

use super::http::{seg, Domain, Repeat, Request, MAX_PAGE_SIZE};
use super::wire::{
    WActivity, WCumulative, WQueue, WQueueStatistics, WRealTime, WWorker, WWorkerChannel,
    WWorkflow, WWorkspace,
};
use super::{Client, Error};

/// Filters for listing workers (TaskRouter applies them server-side).
#[derive(Debug, Clone, Default)]
pub struct WorkerFilter {
    pub available: Option<bool>,
    pub activity_name: Option<String>,
    pub friendly_name: Option<String>,
    pub task_queue_sid: Option<String>,
    pub task_queue_name: Option<String>,
    pub target_workers_expression: Option<String>,
}

impl WorkerFilter {
    fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(a) = self.available {
            q.push(("Available", a.to_string()));
        }
        let strings = [
            ("ActivityName", &self.activity_name),
            ("FriendlyName", &self.friendly_name),
            ("TaskQueueSid", &self.task_queue_sid),
            ("TaskQueueName", &self.task_queue_name),
            ("TargetWorkersExpression", &self.target_workers_expression),
        ];
        for (k, v) in strings {
            if let Some(v) = v {
                q.push((k, v.clone()));
            }
        }
        q
    }
}

/// The worker update that moves them to `activity_sid`.
pub(crate) fn activity_form(
    activity_sid: &str,
    reject_pending: bool,
) -> Vec<(&'static str, String)> {
    let mut form = vec![("ActivitySid", activity_sid.to_owned())];
    if reject_pending {
        form.push(("RejectPendingReservations", "true".to_owned()));
    }
    form
}

impl Client {
    pub(crate) fn ws_url(&self, workspace_sid: &str, rest: &str) -> String {
        if rest.is_empty() {
            self.url_v1(&format!("Workspaces/{}", seg(workspace_sid)))
        } else {
            self.url_v1(&format!("Workspaces/{}/{rest}", seg(workspace_sid)))
        }
    }

    pub async fn list_workspaces(&self, limit: Option<usize>) -> Result<Vec<Workspace>, Error> {
        let url = self.url_v1("Workspaces");
        let list: Vec<WWorkspace> = self
            .list(
                Domain::TaskRouter,
                url,
                Vec::new(),
                "workspaces",
                limit,
                None,
            )
            .await?;
        Ok(list.into_iter().map(Workspace::from).collect())
    }

    pub async fn fetch_workspace(&self, workspace_sid: &str) -> Result<Workspace, Error> {
        let (w, _) = self
            .get_json::<WWorkspace>(self.ws_url(workspace_sid, ""), "workspace")
            .await?;
        Ok(w.into())
    }

    pub async fn list_activities(&self, workspace_sid: &str) -> Result<Vec<Activity>, Error> {
        let url = self.ws_url(workspace_sid, "Activities");
        let list: Vec<WActivity> = self
            .list(
                Domain::TaskRouter,
                url,
                Vec::new(),
                "activities",
                None,
                None,
            )
            .await?;
        Ok(list.into_iter().map(Activity::from).collect())
    }

    /// Workers matching `filter`. List responses may leave `attributes` empty: use
    /// [`Client::fetch_worker`] for a worker's `contact_uri`.
    pub async fn list_workers(
        &self,
        workspace_sid: &str,
        filter: &WorkerFilter,
        limit: Option<usize>,
    ) -> Result<Vec<Worker>, Error> {
        let url = self.ws_url(workspace_sid, "Workers");
        let list: Vec<WWorker> = self
            .list(
                Domain::TaskRouter,
                url,
                filter.to_query(),
                "workers",
                limit,
                None,
            )
            .await?;
        Ok(list.into_iter().map(Worker::from).collect())
    }

    /// One worker with its full attributes.
    pub async fn fetch_worker(
        &self,
        workspace_sid: &str,
        worker_sid: &str,
    ) -> Result<Worker, Error> {
        let url = self.ws_url(workspace_sid, &format!("Workers/{}", seg(worker_sid)));
        let (w, _) = self.get_json::<WWorker>(url, "worker").await?;
        Ok(w.into())
    }

    fn channel_url(&self, ws: &str, worker_sid: &str, channel: Option<&str>) -> String {
        let base = format!("Workers/{}/Channels", seg(worker_sid));
        match channel {
            None => self.ws_url(ws, &base),
            Some(c) => self.ws_url(ws, &format!("{base}/{}", seg(c))),
        }
    }

    /// A worker's channels (one per task channel): capacity and the tasks holding it.
    pub async fn list_worker_channels(
        &self,
        workspace_sid: &str,
        worker_sid: &str,
    ) -> Result<Vec<WorkerChannel>, Error> {
        let url = self.channel_url(workspace_sid, worker_sid, None);
        let list: Vec<WWorkerChannel> = self
            .list(Domain::TaskRouter, url, Vec::new(), "channels", None, None)
            .await?;
        Ok(list.into_iter().map(WorkerChannel::from).collect())
    }

    /// Moves a worker to another activity (e.g. wrap-up); idempotent, so retried.
    /// `reject_pending` rejects their pending reservations (Twilio refuses an unavailable
    /// activity to a worker who has some, unless asked to).
    pub async fn update_worker_activity(
        &self,
        workspace_sid: &str,
        worker_sid: &str,
        activity_sid: &str,
        reject_pending: bool,
    ) -> Result<Worker, Error> {
        let url = self.ws_url(workspace_sid, &format!("Workers/{}", seg(worker_sid)));
        let form = activity_form(activity_sid, reject_pending);
        let resp = self
            .send(&Request::post(url, form, Repeat::Idempotent))
            .await?;
        Ok(resp.json::<WWorker>("worker")?.into())
    }

    pub async fn list_queues(
        &self,
        workspace_sid: &str,
        friendly_name: Option<&str>,
        limit: Option<usize>,
    ) -> Result<Vec<Queue>, Error> {
        let url = self.ws_url(workspace_sid, "TaskQueues");
        let q = friendly_name
            .map(|n| ("FriendlyName", n.to_owned()))
            .into_iter()
            .collect();
        let list: Vec<WQueue> = self
            .list(Domain::TaskRouter, url, q, "task_queues", limit, None)
            .await?;
        Ok(list.into_iter().map(Queue::from).collect())
    }

    /// One queue's cumulative statistics over the last `minutes` (43,200 = 30 days, the
    /// window that decides whether a queue is stale).
    pub async fn queue_cumulative_statistics(
        &self,
        workspace_sid: &str,
        queue_sid: &str,
        minutes: u32,
    ) -> Result<QueueCumulativeStats, Error> {
        let url = self.ws_url(
            workspace_sid,
            &format!("TaskQueues/{}/CumulativeStatistics", seg(queue_sid)),
        );
        let url = Client::query_url(url, &[("Minutes", minutes.to_string())]);
        let (w, _) = self
            .get_json::<WCumulative>(url, "queue cumulative statistics")
            .await?;
        Ok(w.into_domain(queue_sid))
    }

    pub async fn queue_real_time_statistics(
        &self,
        workspace_sid: &str,
        queue_sid: &str,
    ) -> Result<QueueRealTimeStats, Error> {
        let url = self.ws_url(
            workspace_sid,
            &format!("TaskQueues/{}/RealTimeStatistics", seg(queue_sid)),
        );
        let (w, _) = self
            .get_json::<WRealTime>(url, "queue real-time statistics")
            .await?;
        Ok(w.into_domain(queue_sid))
    }

    /// Cumulative (over `minutes`) and real-time statistics of every queue, in as few requests
    /// as the API allows (pages of 1000).
    pub async fn all_queue_statistics(
        &self,
        workspace_sid: &str,
        minutes: u32,
    ) -> Result<Vec<QueueStats>, Error> {
        let url = self.ws_url(workspace_sid, "TaskQueues/Statistics");
        let q = vec![("Minutes", minutes.to_string())];
        let list: Vec<WQueueStatistics> = self
            .list(
                Domain::TaskRouter,
                url,
                q,
                "task_queues_statistics",
                None,
                Some(MAX_PAGE_SIZE),
            )
            .await?;
        Ok(list.into_iter().map(QueueStats::from).collect())
    }

    pub async fn list_workflows(
        &self,
        workspace_sid: &str,
        limit: Option<usize>,
    ) -> Result<Vec<Workflow>, Error> {
        let url = self.ws_url(workspace_sid, "Workflows");
        let list: Vec<WWorkflow> = self
            .list(
                Domain::TaskRouter,
                url,
                Vec::new(),
                "workflows",
                limit,
                None,
            )
            .await?;
        Ok(list.into_iter().map(Workflow::from).collect())
    }

    pub async fn fetch_workflow(
        &self,
        workspace_sid: &str,
        workflow_sid: &str,
    ) -> Result<Workflow, Error> {
        let url = self.ws_url(workspace_sid, &format!("Workflows/{}", seg(workflow_sid)));
        let (w, _) = self.get_json::<WWorkflow>(url, "workflow").await?;
        Ok(w.into())
    }
}
