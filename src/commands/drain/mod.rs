//! `drain`: hand every live call of some agents (or of a queue's agents) to a queue or an
//! agent, one cold hand-off per call (`transfer --cold`'s, reused), a row per call.
//!
//! One load reads every live call; the target is checked once, then again per call by the
//! hand-off's own rules, so a dry run refuses exactly what the run would. `run.rs` runs the
//! hand-offs with a bounded width that halves on 429s.

mod row;
mod run;

use crate::cli::{DrainArgs, TargetKind};
use crate::commands::gather::{self, Also, CallState, Loaded};
use crate::commands::queue::bulk_width;
use crate::commands::select::{resolve_activity, resolve_queue, resolve_worker};
use crate::context::Ctx;
use crate::domain::drain::{decide, free_voice, order, Decision};
use crate::domain::model::{Activity, Worker};
use crate::domain::plan::Target;
use crate::domain::rules::{
    check_agent_available, check_agent_not_drained, check_queue_not_drained, check_queue_target,
    stats_of, Check,
};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;
use crate::twilio::{Client, WorkerFilter};

pub use row::DrainRow;

/// Hand-offs at once when `--concurrency` does not say.
const DRAIN_WIDTH: usize = 5;

/// `--to queue NAME` or `--to agent NAME`.
fn target_kind(to: &[String]) -> CliResult<TargetKind> {
    let (kind, name) = match to {
        [k, n] => (k.to_ascii_lowercase(), n.clone()),
        _ => {
            return Err(CliError::usage(
                "say where the calls go: --to queue NAME or --to agent NAME",
            ))
        }
    };
    match kind.as_str() {
        "queue" => Ok(TargetKind::Queue { name: Some(name) }),
        "agent" => Ok(TargetKind::Agent { name: Some(name) }),
        _ => Err(CliError::usage(format!(
            "--to takes `queue NAME` or `agent NAME`, not `{}`",
            crate::ui::sanitize::clean(&kind)
        ))
        .hint("flexctl drain alice --to queue Support")),
    }
}

/// Everything the run needs, decided before anything changes.
pub(crate) struct Drain {
    pub client: Client,
    pub ws: String,
    pub kind: TargetKind,
    pub target: Target,
    pub drained: Vec<Worker>,
    pub activity: Option<Activity>,
    pub loaded: Loaded,
    pub width: usize,
    /// Whether the agents were named (`--then-activity` moves each of them) or are a queue's
    /// (only those who had a call are moved).
    pub named: bool,
    /// `--force`: an agent target is given every call, whatever their capacity.
    pub force: bool,
}

impl Drain {
    pub fn drained_sids(&self) -> Vec<String> {
        self.drained.iter().map(|w| w.sid.clone()).collect()
    }

    pub fn name_of(&self, sid: &str) -> String {
        self.loaded
            .workers
            .iter()
            .find(|w| w.sid == sid)
            .map_or_else(|| sid.to_string(), |w| w.name.clone())
    }

    pub fn target_name(&self) -> String {
        match &self.target {
            Target::Agent { name, .. } => name.clone(),
            Target::Queue { name, .. } => name.clone(),
            Target::Number { number, .. } => number.clone(),
        }
    }
}

pub async fn drain(ctx: &mut Ctx, args: &DrainArgs, stop: Interrupt) -> CliResult {
    let kind = target_kind(&args.to)?;
    let width = bulk_width(&ctx.settings, DRAIN_WIDTH, "drain")?;
    let (client, ws) = ctx.client_and_workspace().await?;
    let also = Also {
        worker: match &kind {
            TargetKind::Agent { name } => name.clone(),
            TargetKind::Queue { .. } | TargetKind::Number { .. } => None,
        },
        queues: matches!(kind, TargetKind::Queue { .. }) || args.queue.is_some(),
    };
    // Every call's task is read with its legs: a drained call's hand-off journals on it.
    let every = |_: &crate::domain::model::Task, _: usize| true;
    let (loaded, activities) =
        tokio::try_join!(gather::load(&client, &ws, None, &every, &also), async {
            match &args.then_activity {
                Some(_) => Ok(client.list_activities(&ws).await?),
                None => Ok::<_, CliError>(Vec::new()),
            }
        })?;
    let activity = match &args.then_activity {
        Some(a) => Some(resolve_activity(&activities, a)?.clone()),
        None => None,
    };
    let (drained, target) = select(&client, &ws, args, &kind, &loaded).await?;
    let plan = Drain {
        client,
        ws,
        kind,
        target,
        drained,
        activity,
        loaded,
        width,
        force: args.ring.force,
        named: args.queue.is_none(),
    };
    run::run(ctx, args, plan, stop).await
}

/// The drained agents and the checked target, reading the queues' agents where needed (one
/// wave).
async fn select(
    client: &Client,
    ws: &str,
    args: &DrainArgs,
    kind: &TargetKind,
    loaded: &Loaded,
) -> CliResult<(Vec<Worker>, Target)> {
    let no_queues = (Vec::new(), Vec::new());
    let (queues, stats) = loaded.queues.as_ref().unwrap_or(&no_queues);
    let source = match &args.queue {
        Some(q) => Some(resolve_queue(queues, q)?.clone()),
        None => None,
    };
    let target_queue = match kind {
        TargetKind::Queue { name: Some(n) } => Some(
            resolve_queue(queues, n)
                .map_err(|e| e.id(Check::TargetExists.id()))?
                .clone(),
        ),
        _ => None,
    };
    let of_queue = |q: Option<String>| async move {
        match q {
            None => Ok::<_, CliError>(Vec::new()),
            Some(sid) => {
                let filter = WorkerFilter {
                    task_queue_sid: Some(sid),
                    ..WorkerFilter::default()
                };
                Ok(client.list_workers(ws, &filter, None).await?)
            }
        }
    };
    let (source_agents, target_agents) = tokio::try_join!(
        of_queue(source.as_ref().map(|q| q.sid.clone())),
        of_queue(target_queue.as_ref().map(|q| q.sid.clone())),
    )?;
    let drained: Vec<Worker> = match &source {
        // The whole team: every agent of the queue (those on a live call have rows).
        Some(_) => source_agents,
        None => {
            let mut out: Vec<Worker> = Vec::new();
            for name in &args.agents {
                let w = resolve_worker(&loaded.workers, name)?;
                if !out.iter().any(|o| o.sid == w.sid) {
                    out.push(w.clone());
                }
            }
            out
        }
    };
    let sids: Vec<String> = drained.iter().map(|w| w.sid.clone()).collect();
    let force = args.ring.force;
    let target = match (kind, target_queue) {
        (_, Some(q)) => {
            check_queue_target(&q, stats_of(stats, &q.sid), force)?;
            let eligible: Vec<String> = target_agents.into_iter().map(|w| w.sid).collect();
            check_queue_not_drained(&q.name, &eligible, &sids)?;
            Target::Queue {
                queue_sid: q.sid,
                name: q.name,
            }
        }
        (TargetKind::Agent { name: Some(n) }, None) => {
            let w =
                resolve_worker(&loaded.workers, n).map_err(|e| e.id(Check::TargetExists.id()))?;
            check_agent_not_drained(&w.name, &w.sid, &sids)?;
            check_agent_available(w, force)?;
            let (full, _) = loaded
                .worker
                .as_ref()
                .ok_or_else(|| CliError::refused(format!("could not read {}'s record", w.name)))?;
            Target::Agent {
                worker_sid: full.sid.clone(),
                name: full.name.clone(),
                contact_uri: full.contact_uri().unwrap_or_default().to_string(),
            }
        }
        _ => {
            return Err(CliError::usage(
                "say where the calls go: --to queue NAME or --to agent NAME",
            ))
        }
    };
    Ok((drained, target))
}

/// What the drain found: the calls to hand on (oldest first), the rows of the others, and
/// the calls handed on by a run that was killed before it moved the leaver's task on (the
/// call as it stands, with that task as its task: the hand-off's last step is still due).
pub(crate) struct Found {
    pub todo: Vec<CallState>,
    pub rows: Vec<DrainRow>,
    pub leftovers: Vec<CallState>,
}

/// The leaver's task a completed hand-off from `from` left assigned, if any.
fn leftover(state: &CallState, from: &str) -> Option<CallState> {
    let task = state.others.iter().find(|t| {
        t.status == crate::domain::model::TaskStatus::Assigned
            && crate::domain::record::transfers(&t.attributes)
                .iter()
                .any(|r| {
                    r.status == crate::domain::record::Status::Completed
                        && r.from.worker_sid.as_deref() == Some(from)
                })
    })?;
    let mut s = state.clone();
    s.task = task.clone();
    Some(s)
}

/// The drained agents' calls: those to hand on (oldest first) and the rows of the others.
pub(crate) fn classify(d: &Drain) -> Found {
    let sids = d.drained_sids();
    let mut todo: Vec<(u64, String)> = Vec::new();
    let mut rows = Vec::new();
    let mut leftovers = Vec::new();
    for state in &d.loaded.calls {
        let call = state.call();
        let to = d.target_name();
        match decide(&call, &sids, &d.target) {
            Decision::NotDrained => {}
            Decision::HandOn { .. } => todo.push((call.age_s.unwrap_or(0), call.task_sid.clone())),
            Decision::AlreadyHandedOn { from } => {
                let mut detail = format!(
                    "already handed on{}",
                    call.agent
                        .as_ref()
                        .map_or(String::new(), |a| format!(": with {a}"))
                );
                if let Some(left) = leftover(state, &from) {
                    detail.push_str(&format!(
                        "; {}'s task {} was left assigned: it goes to wrapping",
                        d.name_of(&from),
                        left.task.sid
                    ));
                    leftovers.push(left);
                }
                rows.push(DrainRow::new(
                    &call.task_sid,
                    &d.name_of(&from),
                    &to,
                    "already-handed-on",
                    detail,
                ));
            }
            Decision::UnderWay { agent } => rows.push(DrainRow::new(
                &call.task_sid,
                &d.name_of(&agent),
                &to,
                "skipped",
                "transfer under way: not touched (flexctl doctor explains it)",
            )),
        }
    }
    order(&mut todo);
    let mut calls: Vec<CallState> = todo
        .iter()
        .filter_map(|(_, sid)| d.loaded.calls.iter().find(|c| &c.task.sid == sid).cloned())
        .collect();
    // An agent takes as many calls as they have room for; the rest are refused.
    if let (Target::Agent { name, .. }, Some((_, channels)), false) =
        (&d.target, &d.loaded.worker, d.force)
    {
        let room = free_voice(channels);
        if calls.len() > room {
            for c in calls.split_off(room) {
                let call = c.call();
                let from = call.agent.clone().unwrap_or_default();
                rows.push(DrainRow::new(
                    &call.task_sid,
                    &from,
                    name,
                    "refused",
                    format!(
                        "target-capacity: {name} has room for {room} call{}",
                        if room == 1 { "" } else { "s" }
                    ),
                ));
            }
        }
    }
    Found {
        todo: calls,
        rows,
        leftovers,
    }
}
