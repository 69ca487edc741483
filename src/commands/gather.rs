//! Reads shared by several commands, issued concurrently: the live calls with their legs and
//! agents, and the directory of workers and queues.
//!
//! Loading a call takes two waves of requests: the lists (or, for a call named by its task,
//! the task itself), then each call's detail. Whatever else a command needs is issued in the
//! wave where its inputs are known: the queues and their statistics in the first, a named
//! agent's full record and the task's ETag in the second.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};

use crate::domain::call::{assemble, conference_of, current_task, Call};
use crate::domain::model::{
    ConferenceStatus, Participant, Queue, QueueStats, Reservation, ReservationStatus, Task,
    TaskStatus, Worker, WorkerChannel,
};
use crate::error::{CliError, CliResult};
use crate::twilio::{Client, ConferenceFilter, TaskFilter, WorkerFilter};

use crate::domain::rules::STALE_MINUTES;

mod agent;
pub mod busy;
mod task;
pub use agent::load_agent;
use task::{load_task, Known};

/// Tasks flexctl creates that are no call (a queue reset's probe). A hand-off's target task
/// is a task of the call: once accepted and handed over, it is the call's current task.
pub fn is_flexctl_task(task: &crate::domain::model::Task) -> bool {
    task.attributes
        .pointer("/flexctl/kind")
        .and_then(|k| k.as_str())
        == Some("reset")
}

/// A live call together with what it was assembled from, so that it can be assembled again
/// as its legs and task change (the post-verb picture needs no second read).
#[derive(Debug, Clone)]
pub struct CallState {
    /// The call's current task; `etag` is set when it was fetched (a list carries no ETag).
    pub task: Task,
    /// The call's other live tasks (a leaver's wrapping task, a target's task during a
    /// consult): their transfer records are part of the call's history.
    pub others: Vec<Task>,
    pub conference_sid: String,
    pub legs: Vec<Participant>,
    /// The worker who accepted the task (SID, name).
    pub agent: Option<(String, String)>,
    /// Worker SID → name, shared by every call of one load (a copy per call would hold
    /// calls × workers strings: 600,000 on a centre of 300 calls and 2,000 agents).
    pub names: Arc<HashMap<String, String>>,
}

impl CallState {
    pub fn call(&self) -> Call {
        let agent = self.agent.as_ref().map(|(s, n)| (s.as_str(), n.as_str()));
        let mut call = assemble(
            &self.task,
            &self.conference_sid,
            &self.legs,
            agent,
            &self.names,
        );
        if !self.others.is_empty() {
            // The whole chain of transfers, read from every task of the call, in order.
            let mut all: Vec<serde_json::Value> = self
                .others
                .iter()
                .flat_map(crate::domain::call::transfers_of)
                .collect();
            all.append(&mut call.transfers);
            all.sort_by(|a, b| {
                a["started_at"]
                    .as_str()
                    .unwrap_or("")
                    .cmp(b["started_at"].as_str().unwrap_or(""))
            });
            call.transfers = all;
        }
        call
    }

    /// A leg as a response just returned it (created, updated or fetched).
    pub fn put_leg(&mut self, p: Participant) {
        match self.legs.iter_mut().find(|l| l.call_sid == p.call_sid) {
            Some(l) => *l = p,
            None => self.legs.push(p),
        }
    }

    /// A leg removed by call SID or label.
    pub fn drop_leg(&mut self, id: &str) {
        self.legs
            .retain(|l| l.call_sid != id && l.label.as_deref() != Some(id));
    }
}

/// What to read along with the calls.
#[derive(Debug, Default, Clone)]
pub struct Also {
    /// An agent (name or SID) whose full record (with attributes) is fetched in the second
    /// wave; a name that matches no one is left for the caller to report.
    pub worker: Option<String>,
    /// The queues and their statistics over the stale window, in the first wave.
    pub queues: bool,
}

/// The calls and what was read with them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub calls: Vec<CallState>,
    pub workers: Vec<Worker>,
    /// The agent `Also::worker` named, with their channels.
    pub worker: Option<(Worker, Vec<WorkerChannel>)>,
    pub queues: Option<(Vec<Queue>, Vec<QueueStats>)>,
    /// Tasks of calls whose conference has ended while a transfer is still recorded as under
    /// way (known only when every call was listed, not for a call read by `--task`).
    pub ended: Vec<Task>,
    /// Tasks still assigned to an agent for a call whose conference has ended (the call is
    /// over; the task should be wrapping), known as `ended` is.
    pub ended_assigned: Vec<Task>,
}

fn names_of(workers: &[Worker]) -> Arc<HashMap<String, String>> {
    Arc::new(
        workers
            .iter()
            .map(|w| (w.sid.clone(), w.name.clone()))
            .collect(),
    )
}

fn agent_of(
    reservations: &[Reservation],
    names: &HashMap<String, String>,
) -> Option<(String, String)> {
    reservations.first().map(|r| {
        (
            r.worker_sid.clone(),
            names.get(&r.worker_sid).cloned().unwrap_or_default(),
        )
    })
}

async fn queues_if(
    client: &Client,
    ws: &str,
    yes: bool,
) -> CliResult<Option<(Vec<Queue>, Vec<QueueStats>)>> {
    if !yes {
        return Ok(None);
    }
    let (q, s) = tokio::try_join!(
        client.list_queues(ws, None, None),
        client.all_queue_statistics(ws, STALE_MINUTES),
    )?;
    Ok(Some((q, s)))
}

/// The full record of the agent `query` names (by SID or name), if it names exactly one, with
/// their worker channels (their capacity), read at once.
async fn worker_if(
    client: &Client,
    ws: &str,
    workers: &[Worker],
    query: Option<&str>,
) -> Option<(Worker, Vec<WorkerChannel>)> {
    let query = query?;
    let pairs: Vec<(String, String)> = workers
        .iter()
        .map(|w| (w.sid.clone(), w.name.clone()))
        .collect();
    let i = crate::domain::names::resolve(query, &pairs).ok()?;
    let sid = &workers[i].sid;
    let (worker, channels) = tokio::join!(
        client.fetch_worker(ws, sid),
        client.list_worker_channels(ws, sid)
    );
    Some((worker.ok()?, channels.ok()?))
}

fn live_task(t: &Task) -> bool {
    matches!(t.status, TaskStatus::Assigned | TaskStatus::Wrapping) && !is_flexctl_task(t)
}

/// Every live call: assigned or wrapping voice tasks whose conference is in progress, each
/// with its legs and the agent who accepted it. Three concurrent list requests, then two per
/// call, as many at once as the client's concurrency limit allows.
pub async fn live_calls(client: &Client, ws: &str) -> CliResult<(Vec<Call>, Vec<Worker>)> {
    let loaded = load(client, ws, None, &|_, _| false, &Also::default()).await?;
    Ok((
        loaded.calls.iter().map(CallState::call).collect(),
        loaded.workers,
    ))
}

/// The live calls (only the one of task `only_task`, when given) with `also`. `etag(task,
/// candidates)` says whether a call's task is fetched, for its ETag, in the wave that reads
/// its legs.
pub async fn load(
    client: &Client,
    ws: &str,
    only_task: Option<&str>,
    etag: &(dyn Fn(&Task, usize) -> bool + Sync),
    also: &Also,
) -> CliResult<Loaded> {
    match only_task {
        Some(t) => load_task(client, ws, t, also, Known::default()).await,
        None => load_all(client, ws, etag, also, true).await,
    }
}

/// Every live call's task, but the detail (legs, agent) only when exactly one is live: for
/// a caller that acts on the only call and on none when there are several (doctor with no
/// call named and no terminal to pick one), so that its cost does not grow with the calls.
/// `ended` is complete either way (it comes from the lists).
pub async fn load_if_only_one(client: &Client, ws: &str) -> CliResult<Loaded> {
    load_all(client, ws, &|_, _| false, &Also::default(), false).await
}

async fn load_all(
    client: &Client,
    ws: &str,
    etag: &(dyn Fn(&Task, usize) -> bool + Sync),
    also: &Also,
    details_of_many: bool,
) -> CliResult<Loaded> {
    let tasks_filter = TaskFilter {
        assignment_status: vec![TaskStatus::Assigned, TaskStatus::Wrapping],
        ..TaskFilter::default()
    };
    let conf_filter = ConferenceFilter {
        status: Some(ConferenceStatus::InProgress),
        ..ConferenceFilter::default()
    };
    let all_workers = WorkerFilter::default();
    let (tasks, conferences, workers, queues) = tokio::try_join!(
        async { Ok::<_, CliError>(client.list_tasks(ws, &tasks_filter, None).await?) },
        async { Ok::<_, CliError>(client.list_conferences(&conf_filter, None).await?) },
        async { Ok::<_, CliError>(client.list_workers(ws, &all_workers, None).await?) },
        queues_if(client, ws, also.queues),
    )?;
    let live: HashSet<&str> = conferences.iter().map(|c| c.sid.as_str()).collect();
    let names = names_of(&workers);
    // One call per live conference, however many tasks it has (a transfer gives the target
    // a task of their own): its current task, and the others for the history.
    let mut by_conference: Vec<(String, Vec<&Task>)> = Vec::new();
    for t in tasks.iter().filter(|t| !is_flexctl_task(t)) {
        let Some(cf) = conference_of(t).filter(|cf| live.contains(cf.as_str())) else {
            continue;
        };
        match by_conference.iter_mut().find(|(c, _)| *c == cf) {
            Some((_, group)) => group.push(t),
            None => by_conference.push((cf, vec![t])),
        }
    }
    let candidates: Vec<(&Task, String, Vec<Task>)> = by_conference
        .into_iter()
        .filter_map(|(cf, group)| {
            let i = current_task(&group)?;
            let others = group
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, t)| (*t).clone())
                .collect();
            Some((group[i], cf, others))
        })
        .collect();
    let ended: Vec<Task> = tasks
        .iter()
        .filter(|t| !is_flexctl_task(t) && crate::domain::record::active(&t.attributes).is_some())
        .filter(|t| conference_of(t).is_some_and(|cf| !live.contains(cf.as_str())))
        .cloned()
        .collect();
    let mut candidates = candidates;
    if !details_of_many && candidates.len() > 1 {
        candidates.clear();
    }
    let ended_assigned: Vec<Task> = tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Assigned)
        .filter(|t| conference_of(t).is_some_and(|cf| !live.contains(cf.as_str())))
        .cloned()
        .collect();
    let n = candidates.len();
    // A bounded stream, in order: the client's limiter caps the requests anyway, this also
    // keeps the number of pending futures (and their buffers) to the limit.
    let details = futures::stream::iter(candidates.iter().map(|(task, cf, others)| {
        let names = &names;
        async move {
            let accepted = ReservationStatus::Accepted;
            let fetch = async {
                if etag(task, n) {
                    Ok::<_, CliError>(Some(client.fetch_task(ws, &task.sid).await?))
                } else {
                    Ok(None)
                }
            };
            let (legs, reservations, fetched) = tokio::try_join!(
                async { Ok::<_, CliError>(client.list_participants(cf, None).await?) },
                async {
                    Ok::<_, CliError>(
                        client
                            .list_reservations(ws, &task.sid, Some(&accepted))
                            .await?,
                    )
                },
                fetch,
            )?;
            Ok::<_, CliError>(CallState {
                task: fetched.unwrap_or_else(|| (*task).clone()),
                others: others.clone(),
                conference_sid: cf.clone(),
                legs,
                agent: agent_of(&reservations, names),
                names: names.clone(),
            })
        }
    }))
    .buffered(client.concurrency())
    .try_collect::<Vec<_>>();
    let (calls, worker) = tokio::join!(
        details,
        worker_if(client, ws, &workers, also.worker.as_deref())
    );
    Ok(Loaded {
        calls: calls?,
        workers,
        worker,
        queues,
        ended,
        ended_assigned,
    })
}
