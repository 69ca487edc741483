//! A call named by its task: read directly, with no list of every call.

use super::{
    agent_of, is_flexctl_task, live_task, names_of, queues_if, worker_if, Also, CallState, Loaded,
};
use crate::domain::call::{conference_of, current_task};
use crate::domain::model::{Reservation, ReservationStatus, Task, TaskStatus, Worker};
use crate::error::{CliError, CliResult};
use crate::twilio::{Client, TaskFilter, WorkerFilter};

/// What a call's load already knows before it reads the task (an agent's call: the workers
/// and the agent's reservation were read to find it).
#[derive(Default)]
pub(super) struct Known {
    pub workers: Option<Vec<Worker>>,
    pub reservations: Option<Vec<Reservation>>,
    /// List the other tasks of the conference even when the named one is not wrapping: a
    /// task found through its agent may be a consult target's, not the call's current one.
    pub siblings: bool,
}

/// A call named by its task: the task (with its ETag), its accepted reservation and the
/// workers at once, then the legs of the conference the task names. No list of every call.
pub(super) async fn load_task(
    client: &Client,
    ws: &str,
    task_sid: &str,
    also: &Also,
    known: Known,
) -> CliResult<Loaded> {
    let accepted = ReservationStatus::Accepted;
    let every = WorkerFilter::default();
    let task = async {
        match client.fetch_task(ws, task_sid).await {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(CliError::from(e)),
        }
    };
    let (task, reservations, workers, queues) = tokio::try_join!(
        task,
        async {
            if let Some(r) = known.reservations {
                return Ok(r);
            }
            client
                .list_reservations(ws, task_sid, Some(&accepted))
                .await
                .or_else(|e| {
                    if e.is_not_found() {
                        Ok(Vec::new())
                    } else {
                        Err(e)
                    }
                })
                .map_err(CliError::from)
        },
        async {
            match known.workers {
                Some(w) => Ok(w),
                None => Ok::<_, CliError>(client.list_workers(ws, &every, None).await?),
            }
        },
        queues_if(client, ws, also.queues),
    )?;
    let names = names_of(&workers);
    let cf = task
        .as_ref()
        .filter(|t| live_task(t))
        .and_then(conference_of);
    // A wrapping task may be a leaver's: the call's current task is then another of its
    // tasks, found by the conference they share (only then: one more list, same wave).
    let wrapping = known.siblings
        || task
            .as_ref()
            .is_some_and(|t| t.status == TaskStatus::Wrapping);
    let (legs, worker, siblings) = tokio::join!(
        async {
            match &cf {
                None => Ok(Vec::new()),
                Some(cf) => match client.list_participants(cf, None).await {
                    Ok(l) => Ok(l),
                    Err(e) if e.is_not_found() => Ok(Vec::new()),
                    Err(e) => Err(CliError::from(e)),
                },
            }
        },
        worker_if(client, ws, &workers, also.worker.as_deref()),
        async {
            match (&cf, wrapping) {
                (Some(cf), true) => {
                    let filter = TaskFilter {
                        assignment_status: vec![TaskStatus::Assigned, TaskStatus::Wrapping],
                        evaluate_task_attributes: Some(format!("conference.sid == \"{cf}\"")),
                        ..TaskFilter::default()
                    };
                    client
                        .list_tasks(ws, &filter, None)
                        .await
                        .map_err(CliError::from)
                }
                _ => Ok(Vec::new()),
            }
        },
    );
    let (legs, siblings) = (legs?, siblings?);
    let mut calls = Vec::new();
    // A conference with nobody left in it has ended: the call is not live.
    if let (Some(task), Some(cf)) = (task, cf) {
        if !legs.is_empty() {
            let named = task.sid.clone();
            let mut group: Vec<Task> = vec![task];
            group.extend(
                siblings
                    .into_iter()
                    .filter(|t| t.sid != named && !is_flexctl_task(t)),
            );
            let refs: Vec<&Task> = group.iter().collect();
            let current = current_task(&refs).unwrap_or(0);
            let mut reservations = reservations;
            if current != 0 {
                let sid = group[current].sid.clone();
                let (fetched, r) = tokio::try_join!(
                    async { Ok::<_, CliError>(client.fetch_task(ws, &sid).await?) },
                    async {
                        Ok::<_, CliError>(
                            client.list_reservations(ws, &sid, Some(&accepted)).await?,
                        )
                    },
                )?;
                group[current] = fetched;
                reservations = r;
            }
            let task = group.remove(current);
            calls.push(CallState {
                agent: agent_of(&reservations, &names),
                task,
                others: group,
                conference_sid: cf,
                legs,
                names,
            });
        }
    }
    Ok(Loaded {
        calls,
        workers,
        worker,
        queues,
        ended: Vec::new(),
        ended_assigned: Vec::new(),
    })
}
