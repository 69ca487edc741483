//! Running a drain: the confirmation, the hand-offs with at most `width` at once (the width
//! halves when Twilio throttles, as the client's own limit does), a progress bar or step
//! lines, the result table, then `--then-activity`.

use std::time::Duration;

use futures::StreamExt;

use super::row::DrainRow;
use super::{classify, Drain};
use crate::cli::DrainArgs;
use crate::commands::gather::{self, Also, CallState};
use crate::commands::queue::progress;
use crate::commands::transfer::scene::Scene;
use crate::commands::transfer::{self, cold_handoff, ColdHandoff, Handed};
use crate::context::Ctx;
use crate::domain::plan;
use crate::error::{CliError, CliResult, Kind};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::twilio::Limiter;
use crate::ui::table::render;

/// Tries of one call whose hand-off was throttled (and undone) before its row says failed.
const THROTTLED_TRIES: u32 = 4;

pub(super) async fn run(ctx: &mut Ctx, args: &DrainArgs, d: Drain, stop: Interrupt) -> CliResult {
    let found = classify(&d);
    let (todo, mut rows, leftovers) = (found.todo, found.rows, found.leftovers);
    let mut names: Vec<String> = Vec::new();
    for state in &todo {
        let name = state.call().agent.unwrap_or_default();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let changes = todo.len() + leftovers.len();
    if changes > 0 && !ctx.settings.dry_run && !ctx.settings.yes {
        let what = format!(
            "hand {} call{} of {} to {} {}?",
            todo.len(),
            if todo.len() == 1 { "" } else { "s" },
            names.join(", "),
            match d.target {
                plan::Target::Agent { .. } => "agent",
                plan::Target::Queue { .. } => "queue",
                plan::Target::Number { .. } => "number",
            },
            d.target_name()
        );
        if !ctx.ui.interactive {
            return Err(CliError::usage(format!(
                "drain changes {changes} live call{}: confirm with --yes",
                if changes == 1 { "" } else { "s" }
            ))
            .hint("--dry-run shows what would be done"));
        }
        if !crate::ui::prompt::confirm(&ctx.ui, &what, "--yes")? {
            return Err(CliError::refused("not confirmed"));
        }
    }
    let req = ColdHandoff {
        target: &d.kind,
        force: args.ring.force,
        opts: transfer::options(&args.ring, true, true),
        finish: transfer::finish_of(&args.finish),
        note: args.ring.note.as_deref(),
    };
    if !ctx.settings.dry_run {
        let finish = transfer::finish_of(&args.finish);
        finish_leftovers(&d, leftovers, finish, &mut rows).await;
    }
    let ctx_ref: &Ctx = ctx;
    let bar = progress(ctx_ref, todo.len(), "draining");
    let gate = Limiter::new(d.width);
    let (d_ref, req_ref, gate_ref, bar_ref, stop_ref) = (&d, &req, &gate, &bar, &stop);
    let done: Vec<(DrainRow, Option<plan::Plan>)> = futures::stream::iter(todo)
        .map(|state| async move {
            let out = hand_on(ctx_ref, d_ref, state, req_ref, gate_ref, stop_ref).await;
            bar_ref.inc(1);
            if bar_ref.is_hidden() && !ctx_ref.settings.dry_run {
                ctx_ref.ui.status(&format!(
                    "  {} ({}): {}: {}",
                    out.0.call, out.0.from, out.0.result, out.0.detail
                ));
            }
            out
        })
        .buffer_unordered(d.width.max(1))
        .collect()
        .await;
    bar.finish_and_clear();
    let mut plans = Vec::new();
    for (row, p) in done {
        if let Some(p) = p {
            plans.push((row.call.clone(), p));
        }
        rows.push(row);
    }
    rows.sort_by(|a, b| a.from.cmp(&b.from).then_with(|| a.call.cmp(&b.call)));
    if ctx.settings.dry_run && !ctx.ui.json() && ctx.ui.format != crate::cli::OutputFormat::Tsv {
        plans.sort_by(|a, b| a.0.cmp(&b.0));
        for (call, p) in &plans {
            ctx.ui.status(&format!("call {call}:"));
            transfer::render::print(&ctx.ui, p, &paths(&d, call))?;
        }
    }
    ctx.ui.out(&render(&ctx.ui, &rows)?)?;
    let activity_failed = then_activity(ctx, &d, &rows).await;
    summary(ctx, &rows);
    if let Some(signal) = stop.signal() {
        return Err(CliError::new(
            signal.exit(),
            "interrupted: calls not yet handed on were left with their agents",
        )
        .hint("re-running is safe: a call already handed on is skipped"));
    }
    if rows.iter().any(|r| !r.ok()) || activity_failed {
        return Err(CliError::refused("not every call was handed on")
            .hint("see the table; re-running is safe (a call already handed on is skipped)"));
    }
    Ok(())
}

fn paths(d: &Drain, task: &str) -> transfer::render::Paths {
    let conference = d
        .loaded
        .calls
        .iter()
        .find(|c| c.task.sid == task)
        .map(|c| c.conference_sid.clone())
        .unwrap_or_default();
    transfer::render::Paths {
        account: d.client.account_sid().to_string(),
        workspace: d.ws.clone(),
        conference,
        task: task.to_string(),
    }
}

/// The scene of one drained call: its holder is the acting agent; the target's record and
/// the queues as the drain read them (no further request).
fn scene_of(d: &Drain, state: CallState) -> Scene {
    let call = state.call();
    let (actor_sid, actor_name) = state.agent.clone().unwrap_or_default();
    Scene {
        client: d.client.clone(),
        ws: d.ws.clone(),
        active: crate::domain::record::active(&state.task.attributes),
        task: state.task.clone(),
        call,
        workers: d.loaded.workers.clone(),
        actor_sid,
        actor_name,
        state,
        target_worker: d.loaded.worker.clone(),
        queues: d.loaded.queues.clone(),
    }
}

/// One call: its hand-off, tried again (after a pause, read afresh) when Twilio throttled it
/// and its undo put the call back.
async fn hand_on(
    ctx: &Ctx,
    d: &Drain,
    state: CallState,
    req: &ColdHandoff<'_>,
    gate: &Limiter,
    stop: &Interrupt,
) -> (DrainRow, Option<plan::Plan>) {
    let call = state.call();
    let from = call.agent.clone().unwrap_or_default();
    let to = d.target_name();
    let row =
        |result: &str, detail: String| DrainRow::new(&call.task_sid, &from, &to, result, detail);
    let mut state = state;
    let mut attempt = 0;
    loop {
        if stop.is_set() {
            return (
                row("interrupted", "not started: left with the agent".into()),
                None,
            );
        }
        let slot = gate.acquire().await;
        let scene = scene_of(d, state.clone());
        let result = cold_handoff(ctx, &scene, req, stop).await;
        drop(slot);
        match result {
            Ok(Handed::Planned(p)) => {
                let detail = format!("{} steps, each with its undo", p.steps.len());
                return (row("would-hand-on", detail), Some(p));
            }
            Ok(Handed::Done(runner, left)) => {
                gate.succeeded();
                let who = runner.rung.as_ref().map(|r| r.name.clone());
                let detail = match (who, left) {
                    (Some(w), true) => format!("answered by {w}; {from} left"),
                    (None, true) => format!("answered; {from} left"),
                    (_, false) => format!("answered; {from} had already left the call"),
                };
                return (row("handed-on", detail), None);
            }
            Err(e) if e.kind == Kind::Throttled && attempt + 1 < THROTTLED_TRIES => {
                gate.throttled(None);
                tokio::time::sleep(Duration::from_millis(200 << attempt)).await;
                attempt += 1;
                // The failed attempt wrote the journal: read the call again for its ETag.
                match reload(d, &call.task_sid).await {
                    Ok(Some(s)) => state = s,
                    Ok(None) => return (row("failed", "the call ended".into()), None),
                    Err(e) => return (row("failed", e.message), None),
                }
            }
            Err(e) => {
                let result = match e.exit {
                    Exit::Refused if e.id.is_some() => "refused",
                    Exit::Interrupted | Exit::Terminated | Exit::HungUp => "interrupted",
                    _ => "failed",
                };
                let mut detail = match &e.id {
                    Some(id) => format!("{id}: {}", e.message),
                    None => e.message.clone(),
                };
                // What was undone, or could not be, is part of the row.
                for c in &e.causes {
                    detail.push_str(&format!("; {c}"));
                }
                if result != "refused" {
                    detail.push_str("; the call was put back with its agent");
                }
                return (row(result, detail), None);
            }
        }
    }
}

/// The last step of hand-offs a killed run completed but for the leaver's task: it goes to
/// wrapping (or is completed, as `--complete` asks), as the hand-off would have done.
async fn finish_leftovers(
    d: &Drain,
    leftovers: Vec<CallState>,
    finish: plan::Finish,
    rows: &mut [DrainRow],
) {
    for state in leftovers {
        let task = state.task.sid.clone();
        let mut p = plan::Plan::new("finish the leaver's task");
        p.push(plan::Action::FinishTask { finish }, None);
        let mut runner = transfer::exec::Runner::new(
            d.client.clone(),
            d.ws.clone(),
            state,
            None,
            Interrupt::new(),
        );
        if let Err(f) = runner.execute(&p).await {
            let e = f.into_error();
            if let Some(r) = rows.iter_mut().find(|r| r.detail.contains(&task)) {
                r.result = "failed".into();
                r.detail = format!("{}; moving {task} on failed: {}", r.detail, e.message);
            }
        }
    }
}

async fn reload(d: &Drain, task: &str) -> CliResult<Option<CallState>> {
    let also = Also {
        worker: None,
        queues: false,
    };
    let every = |_: &crate::domain::model::Task, _: usize| true;
    let loaded = gather::load(&d.client, &d.ws, Some(task), &every, &also).await?;
    Ok(loaded.calls.into_iter().next())
}

/// `--then-activity`: each drained agent all of whose calls are with the target moves to the
/// activity (`agents set`'s plan and step). Says whether any move failed.
async fn then_activity(ctx: &Ctx, d: &Drain, rows: &[DrainRow]) -> bool {
    let Some(to) = &d.activity else {
        return false;
    };
    let mut failed = false;
    for w in &d.drained {
        if !d.named && !rows.iter().any(|r| r.from == w.name) {
            continue;
        }
        if rows.iter().any(|r| r.from == w.name && !r.ok()) {
            ctx.ui.status(&format!(
                "  {}: left in {} (not every call was handed on)",
                w.name,
                w.activity_name.as_deref().unwrap_or("their activity")
            ));
            continue;
        }
        let step = plan::set_activity(w, to, false);
        if ctx.settings.dry_run {
            for s in &step.steps {
                ctx.ui.status(&format!("  would {}", s.action.describe()));
            }
            continue;
        }
        for s in &step.steps {
            match transfer::exec::set_activity(&d.client, &d.ws, &s.action).await {
                Ok(_) => ctx.ui.status(&format!("  done: {}", s.action.describe())),
                Err(e) => {
                    failed = true;
                    ctx.ui
                        .warn(&format!("{}: {}", s.action.describe(), e.message));
                }
            }
        }
    }
    failed
}

fn summary(ctx: &Ctx, rows: &[DrainRow]) {
    let n = |k: &str| rows.iter().filter(|r| r.result == k).count();
    if rows.is_empty() {
        ctx.ui.status("no live call of those agents");
        return;
    }
    let mut parts = vec![];
    for (k, label) in [
        ("would-hand-on", "would be handed on"),
        ("handed-on", "handed on"),
        ("already-handed-on", "already handed on"),
        ("skipped", "skipped"),
        ("refused", "refused"),
        ("failed", "failed"),
        ("interrupted", "interrupted"),
    ] {
        if n(k) > 0 {
            parts.push(format!("{} {label}", n(k)));
        }
    }
    ctx.ui.status(&parts.join(", "));
}
