//! The call an agent is on, found through the agent rather than through every live call:
//! their worker, their accepted reservations, then only that task's call.

use super::{load_all, load_task, Also, Known, Loaded};
use crate::domain::model::{Reservation, ReservationStatus, Task};
use crate::domain::sid::{looks_like_sid, SidKind};
use crate::error::{CliError, CliResult};
use crate::twilio::{Client, WorkerFilter};

/// The call of the agent `query` names (by name or SID), with `also`. The workers are listed
/// (the name is resolved against them, and they name the legs), then the agent's accepted
/// reservations (one list, whatever the number of calls), then the call of the first
/// reservation whose task is live, read as `--task` reads it, together with the other tasks
/// of its conference (the agent's task may be a consult target's). The cost does not grow
/// with the number of live calls.
///
/// When the name resolves to nobody, the workers alone come back and the caller reports the
/// name. When no accepted reservation leads to a live call (an agent whose leg is in a
/// conference without a task of their own, or nobody's call at all), every call is loaded,
/// as without `--agent`, so an agent on a call is never missed.
pub async fn load_agent(
    client: &Client,
    ws: &str,
    query: &str,
    etag: &(dyn Fn(&Task, usize) -> bool + Sync),
    also: &Also,
) -> CliResult<Loaded> {
    let accepted = ReservationStatus::Accepted;
    let given_sid = (looks_like_sid(query) == Some(SidKind::Worker)).then_some(query);
    let every = WorkerFilter::default();
    // A SID needs no resolving: its reservations are read alongside the workers.
    let (workers, early) = tokio::try_join!(
        async { Ok::<_, CliError>(client.list_workers(ws, &every, None).await?) },
        async {
            match given_sid {
                Some(sid) => reservations(client, ws, sid, &accepted).await.map(Some),
                None => Ok(None),
            }
        },
    )?;
    let pairs: Vec<(String, String)> = workers
        .iter()
        .map(|w| (w.sid.clone(), w.name.clone()))
        .collect();
    let Ok(i) = crate::domain::names::resolve(query, &pairs) else {
        return Ok(Loaded {
            workers,
            ..Loaded::default()
        });
    };
    let sid = workers[i].sid.clone();
    let held = match early {
        Some(r) if given_sid == Some(sid.as_str()) => r,
        _ => reservations(client, ws, &sid, &accepted).await?,
    };
    let mut seen: Vec<&str> = Vec::new();
    for r in &held {
        if seen.contains(&r.task_sid.as_str()) {
            continue;
        }
        seen.push(&r.task_sid);
        let known = Known {
            workers: Some(workers.clone()),
            reservations: Some(vec![r.clone()]),
            siblings: true,
        };
        let loaded = load_task(client, ws, &r.task_sid, also, known).await?;
        if !loaded.calls.is_empty() {
            return Ok(loaded);
        }
    }
    load_all(client, ws, etag, also, true).await
}

async fn reservations(
    client: &Client,
    ws: &str,
    worker_sid: &str,
    status: &ReservationStatus,
) -> CliResult<Vec<Reservation>> {
    Ok(client
        .list_worker_reservations(ws, worker_sid, Some(status))
        .await?)
}
