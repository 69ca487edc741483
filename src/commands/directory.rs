//! `agents list` and `queues list`: the transfer directory, read with as few requests as the
//! API allows (every independent read at once; queue statistics from the all-queues endpoint).

use std::collections::HashMap;

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;

use super::gather::busy;
use super::select::resolve_queue;
use crate::cli::{AgentsListArgs, QueuesListArgs};
use crate::context::Ctx;
use crate::domain::model::{Queue, Worker, WorkerChannel};
use crate::domain::routing::{self, Members};
use crate::domain::rules::can_take_transfer;
use crate::error::CliResult;
use crate::twilio::WorkerFilter;
use crate::ui::fit::Column;
use crate::ui::table::{render, yes_no, Row};

pub use crate::domain::rules::STALE_MINUTES;

#[derive(Serialize)]
struct AgentRow {
    name: String,
    sid: String,
    activity: Option<String>,
    /// Can take a transfer now: an available activity and room on the voice channel.
    available: bool,
    on_call: Option<String>,
    /// Voice capacity in use, `assigned/capacity` (read for agents on a call; `0` for the
    /// others, whose channel is not read).
    voice: String,
    queues: Vec<String>,
}

impl Row for AgentRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(8),
            Column::new("SID", "sid").sid().drop(5),
            Column::new("Activity", "activity").text(9).drop(2),
            Column::new("Available", "available").drop(1),
            Column::new("On call", "on_call").sid().drop(3),
            Column::new("Voice", "voice").drop(2),
            Column::new("Queues", "queues").text(10).drop(4),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.activity.clone().unwrap_or_else(|| "-".into()),
            yes_no(self.available),
            self.on_call.clone().unwrap_or_else(|| "-".into()),
            self.voice.clone(),
            if self.queues.is_empty() {
                "-".into()
            } else {
                self.queues.join(",")
            },
        ]
    }
}

pub async fn agents(ctx: &mut Ctx, args: &AgentsListArgs) -> CliResult {
    let (client, ws) = ctx.client_and_workspace().await?;
    // Three waves: the lists; then who holds each live call's tasks and the queues' members
    // the workers already read cannot answer, at once; then the voice channels of the
    // agents on a call (the only ones whose capacity decides whether they can take a
    // transfer).
    let (queues, lists, activity) = tokio::try_join!(
        async { Ok(client.list_queues(&ws, None, None).await?) },
        busy::lists(&client, &ws),
        wanted_activity(&client, &ws, args.activity.as_deref()),
    )?;
    let wanted_queue = match &args.queue {
        Some(q) => Some(resolve_queue(&queues, q)?.name.clone()),
        None => None,
    };
    let workers = &lists.workers;
    let (members, busy) = tokio::try_join!(
        queue_members(&client, &ws, &queues, workers),
        busy::on_call(&client, &ws, &lists)
    )?;
    let mut queues_of: HashMap<&str, Vec<String>> = HashMap::new();
    for (queue, sids) in queues.iter().zip(&members) {
        for sid in sids {
            queues_of
                .entry(sid.as_str())
                .or_default()
                .push(queue.name.clone());
        }
    }
    let on_call = |sid: &str| busy.on_call.get(sid).cloned();
    let voice = &busy.voice;
    // `--activity`: only its agents are shown.
    let rows: Vec<AgentRow> = workers
        .iter()
        .filter(|w| {
            activity
                .as_ref()
                .is_none_or(|a| w.activity_sid.as_deref() == Some(a.sid.as_str()))
        })
        .map(|w| {
            let call = on_call(&w.sid);
            let channel = voice.get(w.sid.as_str());
            AgentRow {
                name: w.name.clone(),
                sid: w.sid.clone(),
                activity: w.activity_name.clone(),
                available: can_take_transfer(w, call.is_some(), channel),
                voice: channel.map_or_else(|| "0".to_string(), WorkerChannel::usage),
                on_call: call,
                queues: queues_of.get(w.sid.as_str()).cloned().unwrap_or_default(),
            }
        })
        .filter(|r| !args.available || r.available)
        .filter(|r| wanted_queue.as_ref().is_none_or(|q| r.queues.contains(q)))
        .collect();
    ctx.ui.out(&render(&ctx.ui, &rows)?)
}

/// The SIDs of the workers each queue's target expression selects, in `queues` order: from
/// the workers already read where the expression can be evaluated here
/// ([`routing::members`]), otherwise one worker list filtered by the queue per distinct
/// expression, at most the client's limit at once (not `TargetWorkersExpression`, which
/// Twilio limits to a few requests a second).
async fn queue_members(
    client: &crate::twilio::Client,
    ws: &str,
    queues: &[Queue],
    workers: &[Worker],
) -> CliResult<Vec<Vec<String>>> {
    let plan = routing::members(queues, workers);
    let asked: Vec<usize> = plan
        .iter()
        .enumerate()
        .filter_map(|(i, m)| (*m == Members::Ask(i)).then_some(i))
        .collect();
    let answers: HashMap<usize, Vec<String>> = futures::stream::iter(asked.into_iter().map(|i| {
        let filter = WorkerFilter {
            task_queue_sid: Some(queues[i].sid.clone()),
            ..WorkerFilter::default()
        };
        async move {
            let listed = client.list_workers(ws, &filter, None).await?;
            Ok::<_, crate::twilio::Error>((i, listed.into_iter().map(|w| w.sid).collect()))
        }
    }))
    .buffered(client.concurrency())
    .try_collect()
    .await?;
    Ok(plan
        .iter()
        .map(|m| match m {
            Members::Local(idx) => idx.iter().map(|&j| workers[j].sid.clone()).collect(),
            Members::Ask(i) => answers.get(i).cloned().unwrap_or_default(),
        })
        .collect())
}

/// The activity `--activity` names (any case, did-you-mean, or a WA SID), read in the first
/// wave; none asked, no request.
async fn wanted_activity(
    client: &crate::twilio::Client,
    ws: &str,
    name: Option<&str>,
) -> CliResult<Option<crate::domain::model::Activity>> {
    let Some(name) = name else {
        return Ok(None);
    };
    let activities = client.list_activities(ws).await?;
    Ok(Some(
        super::select::resolve_activity(&activities, name)?.clone(),
    ))
}

#[derive(Serialize)]
struct QueueRow {
    name: String,
    sid: String,
    eligible_agents: u64,
    available_agents: u64,
    tasks_waiting: u64,
    tasks_30d: u64,
    stale: bool,
}

impl Row for QueueRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(10),
            Column::new("SID", "sid").sid().drop(5),
            Column::new("Eligible", "eligible_agents").drop(2),
            Column::new("Available", "available_agents"),
            Column::new("Waiting", "tasks_waiting"),
            Column::new("Tasks 30d", "tasks_30d").drop(3),
            Column::new("Stale", "stale"),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.eligible_agents.to_string(),
            self.available_agents.to_string(),
            self.tasks_waiting.to_string(),
            self.tasks_30d.to_string(),
            if self.stale {
                "STALE".into()
            } else {
                yes_no(false)
            },
        ]
    }
}

pub async fn queues(ctx: &mut Ctx, args: &QueuesListArgs) -> CliResult {
    let (client, ws) = ctx.client_and_workspace().await?;
    let (queues, stats) = tokio::try_join!(
        client.list_queues(&ws, None, None),
        client.all_queue_statistics(&ws, STALE_MINUTES),
    )?;
    let by_sid: HashMap<&str, _> = stats.iter().map(|s| (s.queue_sid.as_str(), s)).collect();
    let rows: Vec<QueueRow> = queues
        .iter()
        .map(|q| {
            let s = by_sid.get(q.sid.as_str()).copied();
            let entered = s.map_or(0, |s| s.tasks_entered);
            QueueRow {
                name: q.name.clone(),
                sid: q.sid.clone(),
                eligible_agents: s.map_or(0, |s| s.total_eligible_workers),
                available_agents: s.map_or(0, |s| s.total_available_workers),
                tasks_waiting: s.map_or(0, |s| s.tasks_pending),
                tasks_30d: entered,
                stale: crate::domain::rules::is_stale(s),
            }
        })
        .filter(|r| !args.stale || r.stale)
        .collect();
    ctx.ui.out(&render(&ctx.ui, &rows)?)
}
