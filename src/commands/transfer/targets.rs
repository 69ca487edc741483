//! The consult target (an agent or a queue, by name, or picked from the directory; an external
//! number with its caller ID) checked
//! against the rules, and the transfer record that journals the attempt.

use crate::cli::TargetKind;
use crate::commands::select::{resolve_queue, resolve_worker};
use crate::context::Ctx;
use crate::domain::plan::Target;
use crate::domain::record::{Consult, Party, Status, Transfer};
use crate::domain::rules::{
    check_agent_capacity, check_agent_target, check_caller_id, check_queue_target, is_stale,
    stats_of, Check, STALE_MINUTES,
};
use crate::error::{CliError, CliResult};
use crate::ui::fit::Column;
use crate::ui::table;

use super::scene::Scene;

/// The pickers' columns, lined up and fitted like a table.
const AGENT_PICK: &[Column] = &[
    Column::new("Agent", "name").text(8),
    Column::new("Activity", "activity").text(8),
];
const QUEUE_PICK: &[Column] = &[
    Column::new("Queue", "name").text(8),
    Column::new("Available", "available_agents"),
    Column::new("Note", "note").text(5),
];

fn on_this_call(scene: &Scene, worker_sid: &str) -> bool {
    scene
        .call
        .agent_legs()
        .any(|l| l.live() && l.worker_sid.as_deref() == Some(worker_sid))
}

fn pick(ctx: &Ctx, prompt: &str, items: &[String], flag: &str) -> CliResult<usize> {
    if !ctx.ui.interactive || items.is_empty() {
        return Err(
            CliError::usage(format!("say which {flag}")).hint(format!("flexctl … {flag} NAME"))
        );
    }
    crate::ui::prompt::pick(
        &ctx.ui,
        prompt,
        items,
        &format!("no {flag} chosen"),
        &format!("--{flag} NAME"),
    )
}

/// A target name that matches no agent or queue (or several) fails `target-exists`.
fn unknown_target(e: CliError) -> CliError {
    e.id(Check::TargetExists.id())
}

pub async fn resolve_target(
    ctx: &Ctx,
    scene: &Scene,
    kind: &TargetKind,
    force: bool,
) -> CliResult<Target> {
    match kind {
        TargetKind::Agent { name } => {
            let worker = match name {
                Some(n) => resolve_worker(&scene.workers, n).map_err(unknown_target)?,
                None => {
                    // Only agents who could take it: not on this call, in an available
                    // activity (any agent with --force).
                    let candidates: Vec<_> = scene
                        .workers
                        .iter()
                        .filter(|w| w.sid != scene.actor_sid)
                        .filter(|w| !on_this_call(scene, &w.sid))
                        .filter(|w| force || w.available)
                        .collect();
                    if candidates.is_empty() {
                        return Err(CliError::refused("no agent can take a transfer now")
                            .id(Check::TargetAvailable.id())
                            .hint("flexctl agents list (--force offers every agent)"));
                    }
                    let rows = candidates
                        .iter()
                        .map(|w| {
                            vec![
                                w.name.clone(),
                                w.activity_name.clone().unwrap_or_else(|| "-".into()),
                            ]
                        })
                        .collect();
                    let items = table::aligned_lines(&ctx.ui, AGENT_PICK, rows, 2);
                    candidates[pick(ctx, "transfer to which agent?", &items, "agent")?]
                }
            };
            check_agent_target(Some(&scene.call), Some(&scene.actor_sid), worker, force)?;
            // Read with the call when the name was given; else now, both at once.
            let (full, channels) = match &scene.target_worker {
                Some((w, c)) if w.sid == worker.sid => (w.clone(), c.clone()),
                _ => tokio::try_join!(
                    scene.client.fetch_worker(&scene.ws, &worker.sid),
                    scene.client.list_worker_channels(&scene.ws, &worker.sid)
                )?,
            };
            check_agent_capacity(worker, &channels, force)?;
            let uri = full.contact_uri().map(str::to_string).ok_or_else(|| {
                CliError::refused(format!(
                    "{} has no contact_uri attribute: there is nowhere to ring",
                    worker.name
                ))
            })?;
            Ok(Target::Agent {
                worker_sid: full.sid,
                name: full.name,
                contact_uri: uri,
            })
        }
        TargetKind::Queue { name } => {
            let (queues, stats) = match &scene.queues {
                Some((q, s)) => (q.clone(), s.clone()),
                None => tokio::try_join!(
                    scene.client.list_queues(&scene.ws, None, None),
                    scene.client.all_queue_statistics(&scene.ws, STALE_MINUTES),
                )?,
            };
            let queue = match name {
                Some(n) => resolve_queue(&queues, n).map_err(unknown_target)?,
                None => {
                    let rows = queues
                        .iter()
                        .map(|q| {
                            let st = stats_of(&stats, &q.sid);
                            vec![
                                q.name.clone(),
                                st.map_or(0, |s| s.total_available_workers).to_string(),
                                if is_stale(st) {
                                    "stale: flexctl queue reset first".into()
                                } else {
                                    String::new()
                                },
                            ]
                        })
                        .collect();
                    let items = table::aligned_lines(&ctx.ui, QUEUE_PICK, rows, 2);
                    &queues[pick(ctx, "transfer to which queue?", &items, "queue")?]
                }
            };
            check_queue_target(queue, stats_of(&stats, &queue.sid), force)?;
            Ok(Target::Queue {
                queue_sid: queue.sid.clone(),
                name: queue.name.clone(),
            })
        }
        TargetKind::Number { number, from } => {
            let called = ["to", "called"]
                .iter()
                .find_map(|k| scene.task.attributes.get(*k).and_then(|v| v.as_str()));
            let from = check_caller_id(from.as_deref(), called)?;
            Ok(Target::Number {
                number: number.clone(),
                from,
            })
        }
    }
}

/// A fresh record for a transfer started by the scene's acting agent.
pub fn new_record(scene: &Scene, target: &Target, cold: bool) -> Transfer {
    let now = super::exec::server_now(&scene.client);
    let stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let (kind, to) = match target {
        Target::Agent {
            worker_sid, name, ..
        } => (
            "agent",
            Party {
                worker_sid: Some(worker_sid.clone()),
                name: Some(name.clone()),
                ..Party::default()
            },
        ),
        Target::Queue { queue_sid, name } => (
            "queue",
            Party {
                queue_sid: Some(queue_sid.clone()),
                queue_name: Some(name.clone()),
                ..Party::default()
            },
        ),
        Target::Number { number, .. } => (
            "number",
            Party {
                number: Some(number.clone()),
                name: Some(number.clone()),
                ..Party::default()
            },
        ),
    };
    Transfer {
        id: format!("tr-{}-{:04x}", now.as_millisecond(), fastrand::u16(..)),
        kind: kind.into(),
        mode: if cold { "cold" } else { "warm" }.into(),
        status: Status::Initiated,
        from: Party {
            worker_sid: Some(scene.actor_sid.clone()),
            name: Some(scene.actor_name.clone()),
            ..Party::default()
        },
        consult: Consult {
            // The leg's label is known before it exists: journaled first, so a crash between
            // ringing and the next write still leaves the leg named by the record.
            label: match &to.number {
                Some(n) => Some(crate::domain::number::external_label(n)),
                None => to
                    .worker_sid
                    .as_deref()
                    .map(crate::domain::call::consult_label),
            },
            ..Consult::default()
        },
        to,
        reason: None,
        started_at: stamp.clone(),
        updated_at: stamp,
        ended_at: None,
        owner: None,
        note: None,
    }
}
