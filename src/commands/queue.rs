//! `queue reset`: make stale queues usable for transfers again by routing a synthetic task to
//! each and canceling it at once; bulk, bounded and adaptive, safe to re-run.

use std::sync::Mutex;
use std::time::Duration;

use futures::StreamExt;
use serde::Serialize;
use serde_json::json;

use super::select::resolve_queue;
use crate::cli::QueueResetArgs;
use crate::context::Ctx;
use crate::domain::model::{Queue, TaskStatus};
use crate::domain::routing::attributes_for_queue;
use crate::domain::rules::{stats_of, STALE_MINUTES};
use crate::error::{CliError, CliResult, Kind};
use crate::twilio::{self, Client, NewTask, TaskFilter, TaskTarget, TaskUpdate};
use crate::ui::fit::Column;
use crate::ui::table::{render, Row};

/// Queues reset at once when `--concurrency` does not say.
const RESET_WIDTH: usize = 8;

/// What is written on a reset task so that nobody mistakes it for a customer.
pub const RESET_REASON: &str = "flexctl queue reset: synthetic task, not a customer";

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub name: String,
    pub sid: String,
    /// `reset`, `already-active`, `would-reset`, `failed`.
    pub result: String,
    pub task_sid: Option<String>,
    pub detail: String,
}

impl Row for Outcome {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Queue", "name").text(10),
            Column::new("SID", "sid").sid().drop(3),
            Column::new("Result", "result"),
            Column::new("Task", "task_sid").sid().drop(2),
            Column::new("Detail", "detail").text(16).drop(1),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.result.clone(),
            self.task_sid.clone().unwrap_or_else(|| "-".into()),
            self.detail.clone(),
        ]
    }
}

fn outcome(
    q: &Queue,
    result: &str,
    task_sid: Option<String>,
    detail: impl Into<String>,
) -> Outcome {
    Outcome {
        name: q.name.clone(),
        sid: q.sid.clone(),
        result: result.into(),
        task_sid,
        detail: detail.into(),
    }
}

/// How reset tasks reach a queue: `TaskQueueSid` on create, or (where the account does not
/// take it) a workflow whose filter sends matching attributes there.
enum Route {
    Direct,
    Workflows(Vec<crate::domain::model::Workflow>),
}

/// How many queues are reset at once: see [`bulk_width`].
pub fn reset_width(settings: &crate::settings::Settings) -> CliResult<usize> {
    bulk_width(settings, RESET_WIDTH, "queue reset")
}

/// How many items a bulk verb (`queue reset`, `drain`) works on at once: the chosen
/// concurrency (`--concurrency`, the variable or the profile), at most 64; else `default` (the
/// client's own limit still caps the requests, and halves on 429s).
pub fn bulk_width(
    settings: &crate::settings::Settings,
    default: usize,
    verb: &str,
) -> CliResult<usize> {
    let n = settings.concurrency;
    match settings.concurrency_origin {
        Some("--concurrency") if n > 64 => Err(CliError::usage(format!(
            "{verb}: --concurrency must be between 1 and 64"
        ))),
        Some(_) => Ok(n.min(64)),
        None => Ok(default.min(n)),
    }
}

pub async fn reset(ctx: &mut Ctx, args: &QueueResetArgs) -> CliResult {
    if args.names.is_empty() && !args.stale {
        return Err(CliError::usage("say which queues to reset")
            .hint("flexctl queue reset NAME… or flexctl queue reset --stale"));
    }
    let width = reset_width(&ctx.settings)?;
    let (client, ws) = ctx.client_and_workspace().await?;
    let (queues, stats) = tokio::try_join!(
        client.list_queues(&ws, None, None),
        client.all_queue_statistics(&ws, STALE_MINUTES)
    )?;
    let is_stale = |q: &Queue| crate::domain::rules::is_stale(stats_of(&stats, &q.sid));

    let mut chosen: Vec<Queue> = Vec::new();
    for name in &args.names {
        let q = resolve_queue(&queues, name)?;
        if !chosen.iter().any(|c| c.sid == q.sid) {
            chosen.push(q.clone());
        }
    }
    if args.stale {
        for q in queues.iter().filter(|q| is_stale(q)) {
            if !chosen.iter().any(|c| c.sid == q.sid) {
                chosen.push(q.clone());
            }
        }
    }
    let mut results: Vec<Outcome> = Vec::new();
    let mut todo: Vec<Queue> = Vec::new();
    for q in chosen {
        if !is_stale(&q) && !args.force {
            results.push(outcome(
                &q,
                "already-active",
                None,
                "tasks entered in the last 30 days; --force resets anyway",
            ));
        } else {
            todo.push(q);
        }
    }
    if ctx.settings.dry_run {
        results.extend(todo.iter().map(|q| {
            outcome(
                q,
                "would-reset",
                None,
                "create a synthetic task routed here, then cancel it",
            )
        }));
        return print(ctx, &results, &[]);
    }
    if !todo.is_empty() && !ctx.settings.yes && ctx.ui.interactive {
        let question = format!(
            "reset {} queue{}?",
            todo.len(),
            if todo.len() == 1 { "" } else { "s" }
        );
        let go = crate::ui::prompt::confirm(&ctx.ui, &question, "--yes")?;
        if !go {
            return Err(CliError::refused("not confirmed"));
        }
    }
    let (done, leftovers) = reset_now(ctx, &client, &ws, todo, width).await?;
    results.extend(done);
    print(ctx, &results, &leftovers)?;
    if results.iter().any(|r| r.result == "failed") || !leftovers.is_empty() {
        return Err(CliError::refused("some queues could not be reset")
            .hint("see the table above; re-running is safe"));
    }
    Ok(())
}

/// Resets `todo` now and verifies the result: the outcomes and any reset task left pending.
pub async fn reset_now(
    ctx: &Ctx,
    client: &Client,
    ws: &str,
    todo: Vec<Queue>,
    concurrency: usize,
) -> CliResult<(Vec<Outcome>, Vec<String>)> {
    let (mut done, leftovers) = run_all(ctx, client, ws, todo, concurrency).await?;
    verify(client, ws, &mut done).await?;
    Ok((done, leftovers))
}

/// Resets every queue with at most `width` at a time. The client halves its limit on 429s;
/// a reset that outlasts the client's retries is tried again after a pause.
async fn run_all(
    ctx: &Ctx,
    client: &Client,
    ws: &str,
    todo: Vec<Queue>,
    width: usize,
) -> CliResult<(Vec<Outcome>, Vec<String>)> {
    let route = Mutex::new(Route::Direct);
    let bar = progress(ctx, todo.len(), "resetting queues");
    let leftovers = Mutex::new(Vec::new());
    let (route, bar, leftovers_ref) = (&route, &bar, &leftovers);
    let mut results: Vec<Outcome> = futures::stream::iter(todo)
        .map(|q| async move {
            let mut attempt = 0u32;
            let r = loop {
                match reset_one(client, ws, &q, route).await {
                    Err(e) if is_throttled(&e) && attempt < 4 => {
                        tokio::time::sleep(Duration::from_millis(200 << attempt)).await;
                        attempt += 1;
                    }
                    other => break other,
                }
            };
            bar.inc(1);
            match r {
                Ok((task_sid, leftover)) => {
                    if let Some(l) = leftover {
                        leftovers_ref
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(l);
                    }
                    outcome(
                        &q,
                        "reset",
                        Some(task_sid),
                        "synthetic task routed and canceled",
                    )
                }
                Err(e) => outcome(&q, "failed", None, e.message),
            }
        })
        .buffer_unordered(width.max(1))
        .collect()
        .await;
    bar.finish_and_clear();
    results.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((
        results,
        leftovers.into_inner().unwrap_or_else(|p| p.into_inner()),
    ))
}

fn is_throttled(e: &CliError) -> bool {
    e.kind == Kind::Throttled
}

/// A progress bar on stderr for a bulk verb, only on a terminal (and not with `-q`).
pub fn progress(ctx: &Ctx, n: usize, label: &str) -> indicatif::ProgressBar {
    if !ctx.ui.stderr_tty || ctx.ui.quiet || n < 2 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(n as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template(&format!("{label} {{bar:30}} {{pos}}/{{len}}"))
    {
        bar.set_style(style);
    }
    bar
}

/// Creates the synthetic task and cancels it. Returns its SID, and the SID again as a
/// leftover if it could not be canceled.
async fn reset_one(
    client: &Client,
    ws: &str,
    q: &Queue,
    route: &Mutex<Route>,
) -> CliResult<(String, Option<String>)> {
    let reset_id = format!("{}-{:08x}", q.sid, fastrand::u32(..));
    let marker = json!({"flexctl": {"kind": "reset", "reset_id": reset_id, "queue": q.name}, "type": "flexctl-reset"});
    let task = match create(client, ws, q, &marker, route).await {
        Ok(t) => t,
        Err(e) if e.is_retryable() => {
            // The create may have landed: look for it before trying again.
            let filter = TaskFilter {
                evaluate_task_attributes: Some(format!("flexctl.reset_id == \"{reset_id}\"")),
                ..TaskFilter::default()
            };
            match client
                .list_tasks(ws, &filter, Some(1))
                .await?
                .into_iter()
                .next()
            {
                Some(t) => t,
                None => create(client, ws, q, &marker, route).await?,
            }
        }
        Err(e) => return Err(e.into()),
    };
    if !matches!(task.status, TaskStatus::Pending | TaskStatus::Reserved) {
        return Ok((task.sid, None));
    }
    let cancel = TaskUpdate {
        assignment_status: Some(TaskStatus::Canceled),
        reason: Some(RESET_REASON.into()),
        ..TaskUpdate::default()
    };
    for attempt in 0..3 {
        match client.update_task(ws, &task.sid, &cancel, None).await {
            Ok(_) => return Ok((task.sid, None)),
            // Already canceled or gone: nothing is left pending.
            Err(e) if e.is_not_found() => return Ok((task.sid, None)),
            Err(_) if attempt < 2 => tokio::time::sleep(Duration::from_millis(250)).await,
            Err(_) => {}
        }
    }
    Ok((task.sid.clone(), Some(task.sid)))
}

async fn create(
    client: &Client,
    ws: &str,
    q: &Queue,
    marker: &serde_json::Value,
    route: &Mutex<Route>,
) -> Result<crate::domain::model::Task, twilio::Error> {
    let new = |target: TaskTarget, attrs: String| NewTask {
        target,
        attributes: attrs,
        task_channel: None,
        priority: Some(0),
        // Should the cancel never arrive, the task still expires on its own.
        timeout_s: Some(300),
    };
    let direct = matches!(
        *route.lock().unwrap_or_else(|p| p.into_inner()),
        Route::Direct
    );
    if direct {
        match client
            .create_task(
                ws,
                &new(TaskTarget::Queue(q.sid.clone()), marker.to_string()),
            )
            .await
        {
            Err(twilio::Error::Api {
                status: 400,
                message,
                ..
            }) if message.contains("TaskQueueSid") => {
                let workflows = client.list_workflows(ws, None).await?;
                *route.lock().unwrap_or_else(|p| p.into_inner()) = Route::Workflows(workflows);
            }
            other => return other,
        }
    }
    let found = match &*route.lock().unwrap_or_else(|p| p.into_inner()) {
        Route::Workflows(list) => list.iter().find_map(|w| {
            attributes_for_queue(&w.configuration, &q.sid).map(|a| (w.sid.clone(), a))
        }),
        Route::Direct => None,
    };
    let Some((workflow, mut attrs)) = found else {
        return Err(twilio::Error::Api {
            status: 400,
            code: None,
            message: format!(
                "no workflow routes to queue {}: add a workflow filter targeting it (e.g. expression `queue == \"{}\"`)",
                q.name, q.name
            ),
            more_info: None,
        });
    };
    if let (Some(m), Some(extra)) = (attrs.as_object_mut(), marker.as_object()) {
        m.extend(extra.clone());
    }
    client
        .create_task(ws, &new(TaskTarget::Workflow(workflow), attrs.to_string()))
        .await
}

/// One statistics request confirms every reset queue now shows a task entered.
async fn verify(client: &Client, ws: &str, results: &mut [Outcome]) -> CliResult {
    if !results.iter().any(|r| r.result == "reset") {
        return Ok(());
    }
    let stats = client.all_queue_statistics(ws, STALE_MINUTES).await?;
    for r in results.iter_mut().filter(|r| r.result == "reset") {
        let entered = stats
            .iter()
            .find(|s| s.queue_sid == r.sid)
            .map_or(0, |s| s.tasks_entered);
        if entered == 0 {
            r.result = "failed".into();
            r.detail =
                "the task was created but the queue's statistics still show no task entered".into();
        }
    }
    Ok(())
}

fn print(ctx: &Ctx, results: &[Outcome], leftovers: &[String]) -> CliResult {
    if ctx.ui.json() {
        return ctx.ui.out_json(&json!({
            "ok": !results.iter().any(|r| r.result == "failed") && leftovers.is_empty(),
            "queues": results,
            "leftover_tasks": leftovers,
        }));
    }
    ctx.ui.out(&render(&ctx.ui, results)?)?;
    if !leftovers.is_empty() {
        ctx.ui.warn(&format!(
            "reset tasks left pending (cancel them by hand): {}",
            leftovers.join(", ")
        ));
    }
    let n = |k: &str| results.iter().filter(|r| r.result == k).count();
    ctx.ui.status(&format!(
        "{} reset, {} already active, {} failed",
        n("reset"),
        n("already-active"),
        n("failed")
    ));
    Ok(())
}
