//! Who is on which live call, for the directory: read from the live tasks' accepted
//! reservations, without each call's legs (half the requests of loading every call).

use std::collections::{HashMap, HashSet};

use futures::{StreamExt, TryStreamExt};

use super::is_flexctl_task;
use crate::domain::call::{conference_of, current_task};
use crate::domain::model::{
    Conference, ConferenceStatus, ReservationStatus, Task, TaskStatus, Worker, WorkerChannel,
};
use crate::error::{CliError, CliResult};
use crate::twilio::{Client, ConferenceFilter, TaskFilter, WorkerFilter};

/// The first wave: the live tasks, the conferences in progress and every worker.
pub struct Lists {
    tasks: Vec<Task>,
    conferences: Vec<Conference>,
    pub workers: Vec<Worker>,
}

/// The agents on a live call: the call (its current task's SID) and their voice channel.
pub struct Busy {
    pub on_call: HashMap<String, String>,
    pub voice: HashMap<String, WorkerChannel>,
}

pub async fn lists(client: &Client, ws: &str) -> CliResult<Lists> {
    let tasks_filter = TaskFilter {
        assignment_status: vec![TaskStatus::Assigned, TaskStatus::Wrapping],
        ..TaskFilter::default()
    };
    let conf_filter = ConferenceFilter {
        status: Some(ConferenceStatus::InProgress),
        ..ConferenceFilter::default()
    };
    let every = WorkerFilter::default();
    let (tasks, conferences, workers) = tokio::try_join!(
        async { Ok::<_, CliError>(client.list_tasks(ws, &tasks_filter, None).await?) },
        async { Ok::<_, CliError>(client.list_conferences(&conf_filter, None).await?) },
        async { Ok::<_, CliError>(client.list_workers(ws, &every, None).await?) },
    )?;
    Ok(Lists {
        tasks,
        conferences,
        workers,
    })
}

/// Each assigned task of a live conference, and the SID of its call's current task (what
/// `calls list` names the call by).
fn assigned_tasks(l: &Lists) -> Vec<(&str, String)> {
    let live: HashSet<&str> = l.conferences.iter().map(|c| c.sid.as_str()).collect();
    let mut by_conference: HashMap<String, Vec<&Task>> = HashMap::new();
    for t in l.tasks.iter().filter(|t| !is_flexctl_task(t)) {
        if let Some(cf) = conference_of(t).filter(|cf| live.contains(cf.as_str())) {
            by_conference.entry(cf).or_default().push(t);
        }
    }
    let mut out = Vec::new();
    for group in by_conference.values() {
        let Some(i) = current_task(group) else {
            continue;
        };
        let call = group[i].sid.clone();
        for t in group.iter().filter(|t| t.status == TaskStatus::Assigned) {
            out.push((t.sid.as_str(), call.clone()));
        }
    }
    out.sort();
    out
}

/// Who holds each live call's assigned tasks (one reservation list per task), then the voice
/// channel of each of them (one read per agent), at most the client's limit at once. An
/// agent whose leg is in a conference without a task of their own is not seen here (only
/// the call's legs would show them); doctor reports such legs.
pub async fn on_call(client: &Client, ws: &str, l: &Lists) -> CliResult<Busy> {
    // The live calls' assigned tasks, and every task in wrap-up: that keeps its agent's
    // capacity until it is completed, so their channel is read too and AVAILABLE says what
    // a transfer to them would meet.
    let wrapping = l
        .tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Wrapping && !is_flexctl_task(t))
        .map(|t| (t.sid.as_str(), None));
    let tasks: Vec<(&str, Option<String>)> = assigned_tasks(l)
        .into_iter()
        .map(|(task, call)| (task, Some(call)))
        .chain(wrapping)
        .collect();
    let held: Vec<(String, Option<String>)> =
        futures::stream::iter(tasks.into_iter().map(|(task, call)| async move {
            let r = client.list_reservations(ws, task, None).await?;
            Ok::<_, CliError>(
                r.into_iter()
                    .filter(|r| {
                        matches!(
                            r.status,
                            ReservationStatus::Accepted | ReservationStatus::Wrapping
                        )
                    })
                    .map(|r| (r.worker_sid, call.clone()))
                    .collect::<Vec<_>>(),
            )
        }))
        .buffered(client.concurrency())
        .try_collect::<Vec<_>>()
        .await?
        .into_iter()
        .flatten()
        .collect();
    let mut on_call: HashMap<String, String> = HashMap::new();
    for (worker, call) in &held {
        if let Some(call) = call {
            on_call.entry(worker.clone()).or_insert(call.clone());
        }
    }
    let mut agents: Vec<&str> = held.iter().map(|(w, _)| w.as_str()).collect();
    agents.sort_unstable();
    agents.dedup();
    let voice = futures::stream::iter(agents.into_iter().map(|sid| async move {
        let channels = client.list_worker_channels(ws, sid).await?;
        Ok::<_, CliError>(
            channels
                .into_iter()
                .find(|c| c.task_channel == "voice")
                .map(|c| (sid.to_string(), c)),
        )
    }))
    .buffered(client.concurrency())
    .try_collect::<Vec<_>>()
    .await?
    .into_iter()
    .flatten()
    .collect();
    Ok(Busy { on_call, voice })
}
