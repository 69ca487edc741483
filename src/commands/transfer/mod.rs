//! The warm-transfer verbs: consult, transfer, cancel, hold/unhold, swap, merge, remove,
//! leave. Each checks the rules, builds a plan, and runs it (or prints it with --dry-run).

pub mod exec;
pub mod render;
pub mod scene;
mod targets;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use serde_json::json;

use crate::app::Ctx;
use crate::cli::{CallArgs, ConsultArgs, LeaveArgs, RemoveArgs, TransferArgs, WhoArgs};
use crate::commands::calls::print_call;
use crate::commands::gather::Also;
use crate::domain::call::Role;
use crate::domain::model::TaskStatus;
use crate::domain::plan::{self, ConsultOptions, Plan};
use crate::domain::record::Status;
use crate::domain::rules::{
    self, check_actor, check_no_transfer, check_phase, Check, Refusal, Verb,
};
use crate::error::{CliError, CliResult};

use self::scene::{Journal, Needs, Scene};
use self::targets::{new_record, resolve_target, ring_timeout_s};

/// Runs `plan` (or prints it with --dry-run), then shows the call.
async fn run_plan(
    ctx: &mut Ctx,
    scene: &Scene,
    plan: &Plan,
    interrupted: &Arc<AtomicBool>,
) -> CliResult {
    if ctx.global.dry_run {
        let paths = render::Paths {
            account: scene.client.account_sid().to_string(),
            workspace: scene.ws.clone(),
            conference: scene.call.conference_sid.clone(),
            task: scene.call.task_sid.clone(),
        };
        return render::print(&ctx.ui, plan, &paths);
    }
    let runner = run_only(ctx, scene, plan, interrupted).await?;
    report(ctx, scene, &runner).await
}

/// Runs `plan` and hands back the runner (which knows the call as the plan left it).
async fn run_only(
    ctx: &Ctx,
    scene: &Scene,
    plan: &Plan,
    interrupted: &Arc<AtomicBool>,
) -> CliResult<exec::Runner> {
    let mut runner = scene.runner(interrupted.clone());
    execute(ctx, &mut runner, plan).await?;
    Ok(runner)
}

async fn execute(ctx: &Ctx, runner: &mut exec::Runner, plan: &Plan) -> CliResult {
    let waits = plan.steps.iter().any(|s| {
        matches!(
            s.action,
            plan::Action::AwaitAnswer { .. } | plan::Action::AwaitAcceptance { .. }
        )
    });
    // A spinner on a terminal; a plain line otherwise; nothing with -o json (stderr then
    // carries only the JSON error object) or -q.
    let spinner = if waits && !ctx.ui.json() && !ctx.ui.quiet && ctx.ui.stderr_tty {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message("ringing the target… (Ctrl-C cancels cleanly)");
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        Some(bar)
    } else {
        if waits && !ctx.ui.json() {
            ctx.ui
                .status("waiting for the target to answer (Ctrl-C cancels cleanly)…");
        }
        None
    };
    let result = runner
        .execute(plan)
        .await
        .map_err(exec::Failure::into_error);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    result
}

/// What was done, then the call as the responses left it (no second read: every step's
/// response carries the new state of what it changed).
async fn report(ctx: &mut Ctx, scene: &Scene, runner: &exec::Runner) -> CliResult {
    if ctx.ui.json() {
        return ctx.ui.out_json(&json!({
            "task_sid": scene.call.task_sid,
            "conference_sid": scene.call.conference_sid,
            "done": runner.done,
            "transfer": runner.record,
        }));
    }
    for d in &runner.done {
        ctx.ui.status(&format!("  done: {d}"));
    }
    if ctx.ui.quiet {
        return Ok(());
    }
    let ended = runner.state.legs.is_empty()
        || !matches!(
            runner.state.task.status,
            TaskStatus::Assigned | TaskStatus::Wrapping
        );
    if ended {
        return ctx.ui.out("the call has ended");
    }
    print_call(ctx, &runner.state.call())
}

fn confirm(ctx: &Ctx, question: &str) -> CliResult {
    if ctx.global.yes || !ctx.ui.interactive || ctx.global.dry_run {
        return Ok(());
    }
    let ok = crate::ui::prompt::confirm(&ctx.ui, question, "--yes")?;
    if ok {
        Ok(())
    } else {
        Err(CliError::refused("not confirmed"))
    }
}

pub async fn consult(ctx: &mut Ctx, args: &ConsultArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    let ring = ring_timeout_s(&args.ring_timeout)?;
    let scene = Scene::load_for(ctx, &args.select, &consult_needs(&args.target)).await?;
    start_consult(
        ctx,
        &scene,
        &args.target,
        args.force,
        ConsultOptions {
            ring_timeout_s: ring,
            wait: args.wait,
            cold: false,
        },
        None,
        &interrupted,
        true,
    )
    .await
    .map(|_| ())
}

/// A consult reads its target with the call: the agent's record in the second wave, the
/// queues and their statistics in the first.
fn consult_needs(target: &crate::cli::TargetKind) -> Needs {
    let also = match target {
        crate::cli::TargetKind::Agent { name } => Also {
            worker: name.clone(),
            queues: false,
        },
        crate::cli::TargetKind::Queue { .. } => Also {
            worker: None,
            queues: true,
        },
    };
    Needs {
        journal: Journal::Always,
        also,
    }
}

/// Starts a consult. `handoff` is `Some(wrap)` for `transfer`: a dry run then shows the whole
/// transfer, and a cold one leaves (and wraps with `wrap`) once the target answers. Without
/// `then_report`, a consult that ran (not a dry run, not cold) hands back its runner instead
/// of reporting, for the rest of a warm transfer to go on from.
#[allow(clippy::too_many_arguments)]
async fn start_consult(
    ctx: &mut Ctx,
    scene: &Scene,
    target: &crate::cli::TargetKind,
    force: bool,
    opts: ConsultOptions,
    handoff: Option<bool>,
    interrupted: &Arc<AtomicBool>,
    then_report: bool,
) -> CliResult<Option<exec::Runner>> {
    let actor = scene.actor().cloned();
    check_actor(&scene.call, &scene.actor_sid, &scene.actor_name)?;
    check_phase(Verb::Consult, &scene.call, scene.active.is_some())?;
    let by = scene
        .active
        .as_ref()
        .and_then(|t| t.from.name.clone().or(t.from.worker_sid.clone()));
    check_no_transfer(&scene.call, by.as_deref())?;
    let target = resolve_target(ctx, scene, target, force).await?;
    let actor = actor.ok_or_else(|| {
        CliError::from(Refusal::new(
            Check::AgentInCall,
            "the acting agent is not on the call",
        ))
    })?;
    let plan = plan::consult(&scene.call, &actor, &target, &scene.caller_id(), opts);
    if ctx.global.dry_run {
        let plan = match handoff {
            Some(wrap) => {
                plan::transfer(&scene.call, &actor, &target, &scene.caller_id(), opts, wrap)
            }
            None => plan,
        };
        return run_plan(ctx, scene, &plan, interrupted).await.map(|_| None);
    }
    let mut runner = scene.runner(interrupted.clone());
    runner.record = Some(new_record(scene, &target, opts.cold));
    execute(ctx, &mut runner, &plan).await?;
    if opts.cold {
        // The call as the consult left it: the answered leg was just read by the wait.
        let after = scene.after(&runner);
        let me = after
            .call
            .participants
            .iter()
            .find(|l| {
                l.worker_sid.as_deref() == Some(scene.actor_sid.as_str())
                    && l.role != Role::Customer
            })
            .cloned();
        if let Some(me) = me {
            let hand = plan::cold_handoff(&after.call, &me, handoff.unwrap_or(false));
            let mut r2 = after.runner(interrupted.clone());
            r2.record = runner.record.clone();
            r2.done = std::mem::take(&mut runner.done);
            execute(ctx, &mut r2, &hand).await?;
            return report(ctx, scene, &r2).await.map(|_| None);
        }
    }
    if !then_report {
        return Ok(Some(runner));
    }
    report(ctx, scene, &runner).await.map(|_| None)
}

pub async fn transfer(
    ctx: &mut Ctx,
    args: &TransferArgs,
    interrupted: Arc<AtomicBool>,
) -> CliResult {
    let ring = ring_timeout_s(&args.ring_timeout)?;
    if args.cold {
        confirm(
            ctx,
            "cold transfer: you leave as soon as the target answers. Go ahead?",
        )?;
    }
    let scene = Scene::load_for(ctx, &args.select, &consult_needs(&args.target)).await?;
    let opts = ConsultOptions {
        ring_timeout_s: ring,
        wait: true,
        cold: args.cold,
    };
    if args.cold || ctx.global.dry_run {
        let handoff = Some(args.wrap);
        return start_consult(
            ctx,
            &scene,
            &args.target,
            args.force,
            opts,
            handoff,
            &interrupted,
            true,
        )
        .await
        .map(|_| ());
    }
    // Warm: consult and wait, then merge, then leave, each planned from the call as the
    // previous part's responses left it.
    let quiet = ctx.ui.quiet;
    let json = ctx.ui.json();
    ctx.ui.quiet = true;
    ctx.ui.format = crate::cli::OutputFormat::Table;
    let merged = async {
        let consulted = start_consult(
            ctx,
            &scene,
            &args.target,
            args.force,
            opts,
            None,
            &interrupted,
            false,
        )
        .await?
        .ok_or_else(|| CliError::refused("the consult did not run"))?;
        let before_merge = scene.after(&consulted);
        let plan = merge_plan(&before_merge)?;
        let merged = run_only(ctx, &before_merge, &plan, &interrupted).await?;
        Ok::<_, CliError>(before_merge.after(&merged))
    }
    .await;
    ctx.ui.quiet = quiet;
    if json {
        ctx.ui.format = crate::cli::OutputFormat::Json;
    }
    let after_merge = merged?;
    let plan = leave_plan(ctx, &after_merge, args.wrap)?;
    run_plan(ctx, &after_merge, &plan, &interrupted).await
}

pub async fn cancel(ctx: &mut Ctx, args: &CallArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::Always)).await?;
    check_phase(Verb::Cancel, &scene.call, scene.active.is_some())?;
    let task_open = scene
        .active
        .as_ref()
        .is_some_and(|r| r.consult.task_sid.is_some());
    let plan = plan::cancel(&scene.call, scene.actor(), task_open);
    run_plan(ctx, &scene, &plan, &interrupted).await
}

pub async fn hold(
    ctx: &mut Ctx,
    args: &WhoArgs,
    on: bool,
    interrupted: Arc<AtomicBool>,
) -> CliResult {
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::Never)).await?;
    let leg = scene.leg_of(&args.who)?.clone();
    if !leg.connected() {
        return Err(CliError::refused(format!(
            "{} is {}: only a connected leg can be held",
            leg.display_name(),
            leg.status
        )));
    }
    if on {
        let customer_held =
            leg.role == Role::Customer || scene.call.customer_leg().is_some_and(|c| c.hold);
        let live_agents = scene
            .call
            .agent_legs()
            .filter(|l| l.live() && l.call_sid != leg.call_sid)
            .count();
        if scene.call.customer_leg().is_some()
            && rules::strands_customer(customer_held, live_agents)
        {
            return Err(CliError::from(Refusal::new(
                Check::CustomerNotStranded,
                "that would leave the customer on hold with no agent live",
            ))
            .hint("unhold an agent first"));
        }
    }
    run_plan(ctx, &scene, &plan::set_hold(&leg, on), &interrupted).await
}

pub async fn swap(ctx: &mut Ctx, args: &CallArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::Never)).await?;
    check_phase(Verb::Swap, &scene.call, scene.active.is_some())?;
    run_plan(ctx, &scene, &plan::swap(&scene.call), &interrupted).await
}

pub async fn merge(ctx: &mut Ctx, args: &CallArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::Always)).await?;
    let plan = merge_plan(&scene)?;
    run_plan(ctx, &scene, &plan, &interrupted).await
}

fn merge_plan(scene: &Scene) -> CliResult<Plan> {
    check_phase(Verb::Merge, &scene.call, scene.active.is_some())?;
    Ok(plan::merge(&scene.call))
}

pub async fn remove(ctx: &mut Ctx, args: &RemoveArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::IfActive)).await?;
    if args.customer {
        if !ctx.global.yes {
            return Err(CliError::usage("removing the customer hangs up on them")
                .hint("add --yes if that is what you mean"));
        }
        let leg = scene.leg_of("customer")?.clone();
        return run_plan(
            ctx,
            &scene,
            &plan::remove_leg(&scene.call, &leg, None),
            &interrupted,
        )
        .await;
    }
    let name = args
        .name
        .as_deref()
        .ok_or_else(|| CliError::usage("say whom to remove: flexctl remove NAME"))?;
    let leg = scene.leg_of(name)?.clone();
    let others = scene
        .call
        .agent_legs()
        .filter(|l| l.connected() && l.call_sid != leg.call_sid)
        .count();
    let customer = scene.call.customer_leg();
    if others == 0 && customer.is_some() {
        let held = customer.is_some_and(|c| c.hold);
        if !ctx.global.yes || held {
            return Err(CliError::from(Refusal::new(
                Check::OtherAgentConnected,
                format!("{} is the last agent with the customer", leg.display_name()),
            ))
            .hint(if held {
                "unhold the customer first; then --yes ends the call for them"
            } else {
                "add --yes to leave the customer alone on the line"
            }));
        }
    }
    if others > 0
        && customer.is_some_and(|c| c.hold)
        && !scene
            .call
            .agent_legs()
            .any(|l| l.live() && l.call_sid != leg.call_sid)
    {
        return Err(CliError::from(Refusal::new(
            Check::CustomerNotStranded,
            "the customer would be on hold with no agent live",
        ))
        .hint("unhold the customer or the remaining agent first"));
    }
    confirm(
        ctx,
        &format!("remove {} from the call?", leg.display_name()),
    )?;
    let plan = match (&scene.active, leg.role) {
        (Some(r), Role::Consult) => {
            plan::remove_consult(&scene.call, &leg, r.consult.task_sid.is_some())
        }
        (Some(_), _) if scene.call.consult_leg().is_some_and(|c| c.connected()) => {
            plan::remove_leg(&scene.call, &leg, Some(Status::Completed))
        }
        _ => plan::remove_leg(&scene.call, &leg, None),
    };
    run_plan(ctx, &scene, &plan, &interrupted).await
}

pub async fn leave(ctx: &mut Ctx, args: &LeaveArgs, interrupted: Arc<AtomicBool>) -> CliResult {
    confirm(ctx, "leave the call?")?;
    let scene = Scene::load_for(ctx, &args.select, &Needs::journal(Journal::IfActive)).await?;
    let plan = leave_plan(ctx, &scene, args.wrap)?;
    run_plan(ctx, &scene, &plan, &interrupted).await
}

/// The leave, after checking that someone stays with the customer.
fn leave_plan(ctx: &Ctx, scene: &Scene, wrap: bool) -> CliResult<Plan> {
    let actor = scene
        .actor()
        .cloned()
        .filter(|l| l.connected())
        .ok_or_else(|| {
            CliError::from(Refusal::new(
                Check::AgentInCall,
                format!("{} is not connected to this call", scene.actor_name),
            ))
        })?;
    let others: Vec<_> = scene
        .call
        .agent_legs()
        .filter(|l| l.connected() && l.call_sid != actor.call_sid)
        .collect();
    if others.is_empty() {
        return Err(CliError::from(Refusal::new(
            Check::OtherAgentConnected,
            "no other agent is connected: leaving would abandon the customer",
        ))
        .hint("consult someone first: flexctl consult agent NAME --wait"));
    }
    let customer_held = scene.call.customer_leg().is_some_and(|c| c.hold);
    if customer_held && others.iter().all(|l| l.hold) && !ctx.global.yes {
        let names: Vec<String> = others.iter().map(|l| l.display_name()).collect();
        return Err(CliError::from(Refusal::new(
            Check::CustomerNotStranded,
            "the customer and every remaining agent are on hold: nobody could talk",
        ))
        .hint(format!(
            "flexctl unhold customer; flexctl unhold {} (or --yes to leave anyway)",
            names.join(" ")
        )));
    }
    Ok(plan::leave(
        &scene.call,
        &actor,
        wrap,
        scene.active.is_some(),
    ))
}
