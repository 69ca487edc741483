//! Reads shared by several commands, issued concurrently: the live calls with their legs and
//! agents, and the directory of workers and queues.

use std::collections::{HashMap, HashSet};

use futures::future::try_join_all;

use crate::domain::call::{assemble, conference_of, Call};
use crate::domain::model::{ConferenceStatus, ReservationStatus, TaskStatus, Worker};
use crate::error::CliResult;
use crate::twilio::{Client, ConferenceFilter, TaskFilter, WorkerFilter};

/// Tasks flexctl creates itself (consult and reset tasks): not customer calls.
pub fn is_flexctl_task(task: &crate::domain::model::Task) -> bool {
    matches!(
        task.attributes
            .pointer("/flexctl/kind")
            .and_then(|k| k.as_str()),
        Some("consult" | "reset")
    )
}

/// Every live call: assigned or wrapping voice tasks whose conference is in progress, each
/// with its legs and the agent who accepted it. Three concurrent list requests, then two per
/// call, all calls at once.
pub async fn live_calls(client: &Client, ws: &str) -> CliResult<(Vec<Call>, Vec<Worker>)> {
    let tasks_filter = TaskFilter {
        assignment_status: vec![TaskStatus::Assigned, TaskStatus::Wrapping],
        ..TaskFilter::default()
    };
    let conf_filter = ConferenceFilter {
        status: Some(ConferenceStatus::InProgress),
        ..ConferenceFilter::default()
    };
    let all_workers = WorkerFilter::default();
    let (tasks, conferences, workers) = tokio::try_join!(
        client.list_tasks(ws, &tasks_filter, None),
        client.list_conferences(&conf_filter, None),
        client.list_workers(ws, &all_workers, None),
    )?;
    let live: HashSet<&str> = conferences.iter().map(|c| c.sid.as_str()).collect();
    let names: HashMap<String, String> = workers
        .iter()
        .map(|w| (w.sid.clone(), w.name.clone()))
        .collect();
    let candidates: Vec<_> = tasks
        .iter()
        .filter(|t| !is_flexctl_task(t))
        .filter_map(|t| {
            conference_of(t)
                .filter(|cf| live.contains(cf.as_str()))
                .map(|cf| (t, cf))
        })
        .collect();
    let calls = try_join_all(candidates.iter().map(|(task, cf)| {
        let names = &names;
        async move {
            let accepted = ReservationStatus::Accepted;
            let (legs, reservations) = tokio::try_join!(
                client.list_participants(cf, None),
                client.list_reservations(ws, &task.sid, Some(&accepted)),
            )?;
            let agent = reservations.first().map(|r| {
                (
                    r.worker_sid.clone(),
                    names.get(&r.worker_sid).cloned().unwrap_or_default(),
                )
            });
            let agent_ref = agent.as_ref().map(|(s, n)| (s.as_str(), n.as_str()));
            Ok::<_, crate::error::CliError>(assemble(task, cf, &legs, agent_ref, names))
        }
    }))
    .await?;
    Ok((calls, workers))
}
