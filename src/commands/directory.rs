//! `agents list` and `queues list`: the transfer directory, read with as few requests as the
//! API allows (every independent read at once; queue statistics from the all-queues endpoint).

use std::collections::HashMap;

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;

use super::gather::live_calls;
use super::select::resolve_queue;
use crate::cli::{AgentsListArgs, QueuesListArgs};
use crate::context::Ctx;
use crate::domain::model::WorkerChannel;
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
    let (queues, (calls, workers), activity) = tokio::try_join!(
        async { Ok(client.list_queues(&ws, None, None).await?) },
        live_calls(&client, &ws),
        wanted_activity(&client, &ws, args.activity.as_deref()),
    )?;
    // `--activity`: only its agents are read further (their channels) and shown.
    let workers: Vec<_> = workers
        .into_iter()
        .filter(|w| {
            activity
                .as_ref()
                .is_none_or(|a| w.activity_sid.as_deref() == Some(a.sid.as_str()))
        })
        .collect();
    // Who is eligible for which queue: one filtered worker list per queue, at most the
    // client's limit at once (list responses carry no attributes, so eligibility cannot be
    // evaluated locally).
    let members: Vec<(String, Vec<_>)> = futures::stream::iter(queues.iter().map(|q| {
        let filter = WorkerFilter {
            task_queue_sid: Some(q.sid.clone()),
            ..WorkerFilter::default()
        };
        let (client, ws) = (&client, &ws);
        async move {
            client
                .list_workers(ws, &filter, None)
                .await
                .map(|ws| (q.name.clone(), ws))
        }
    }))
    .buffered(client.concurrency())
    .try_collect()
    .await?;
    let wanted_queue = match &args.queue {
        Some(q) => Some(resolve_queue(&queues, q)?.name.clone()),
        None => None,
    };
    let mut queues_of: HashMap<&str, Vec<String>> = HashMap::new();
    for (queue, ws) in &members {
        for w in ws {
            queues_of
                .entry(w.sid.as_str())
                .or_default()
                .push(queue.clone());
        }
    }
    let on_call = |sid: &str| {
        calls
            .iter()
            .find(|c| {
                c.agent_sid.as_deref() == Some(sid)
                    || c.participants
                        .iter()
                        .any(|l| l.worker_sid.as_deref() == Some(sid))
            })
            .map(|c| c.task_sid.clone())
    };
    // The voice channel of each agent on a call (at most one read per live call, bounded):
    // the only agents whose capacity decides whether they can take a transfer.
    let busy: Vec<&str> = workers
        .iter()
        .filter(|w| on_call(&w.sid).is_some())
        .map(|w| w.sid.as_str())
        .collect();
    let voice: HashMap<&str, WorkerChannel> = futures::stream::iter(busy.into_iter().map(|sid| {
        let (client, ws) = (&client, &ws);
        async move {
            let channels = client.list_worker_channels(ws, sid).await?;
            Ok::<_, crate::twilio::Error>(
                channels
                    .into_iter()
                    .find(|c| c.task_channel == "voice")
                    .map(|c| (sid, c)),
            )
        }
    }))
    .buffered(client.concurrency())
    .try_collect::<Vec<_>>()
    .await?
    .into_iter()
    .flatten()
    .collect();
    let rows: Vec<AgentRow> = workers
        .iter()
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
