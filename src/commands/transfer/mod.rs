//! The warm-transfer verbs: consult, transfer, cancel, hold/unhold, swap, merge, remove,
//! leave. Each checks the rules, builds a plan, and runs it (or prints it with --dry-run).

pub mod exec;
mod handoff;
pub mod render;
pub mod scene;
mod targets;

mod mute;
mod remove;
mod rescue;
mod supervise;

pub use handoff::{cold_handoff, consult, finish_of, options, transfer, ColdHandoff, Handed};
pub use mute::mute;
pub use remove::remove;
pub use supervise::{supervise, Want};

use serde_json::json;

use crate::cli::{LeaveArgs, WhoArgs};
use crate::commands::calls::print_call;
use crate::context::Ctx;
use crate::domain::call::Role;
use crate::domain::model::TaskStatus;
use crate::domain::plan::{self, Plan};
use crate::domain::rules::{self, check_phase, Check, Refusal, Verb};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use self::scene::{Journal, Needs, Scene};

/// Runs `plan` (or prints it with --dry-run), then shows the call.
async fn run_plan(ctx: &mut Ctx, scene: &Scene, plan: &Plan, interrupted: &Interrupt) -> CliResult {
    if ctx.settings.dry_run {
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
    interrupted: &Interrupt,
) -> CliResult<exec::Runner> {
    let mut runner = scene.runner(interrupted.clone());
    // A record the call has moved past (the target answered a consult left to run by
    // itself) is brought up to date first.
    let caught_up;
    let plan = match scene.lagging_record() {
        Some(status) => {
            let mut p = plan.clone();
            p.steps.insert(
                0,
                plan::Step {
                    action: plan::Action::Record { status },
                    undo: None,
                },
            );
            caught_up = p;
            &caught_up
        }
        None => plan,
    };
    execute(ctx, &mut runner, plan).await?;
    Ok(runner)
}

async fn execute(ctx: &Ctx, runner: &mut exec::Runner, plan: &Plan) -> CliResult {
    let spinner = crate::ui::spinner::start(&ctx.ui, plan);
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
    if ctx.settings.yes || !ctx.ui.interactive || ctx.settings.dry_run {
        return Ok(());
    }
    let ok = crate::ui::prompt::confirm(&ctx.ui, question, "--yes")?;
    if ok {
        Ok(())
    } else {
        Err(CliError::refused("not confirmed"))
    }
}

pub async fn cancel(ctx: &mut Ctx, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::Always)).await?;
    check_phase(Verb::Cancel, &scene.call, scene.active.is_some())?;
    let task_open = scene
        .active
        .as_ref()
        .is_some_and(|r| r.consult.task_sid.is_some());
    let plan = plan::cancel(&scene.call, scene.actor(), task_open);
    run_plan(ctx, &scene, &plan, &interrupted).await
}

pub async fn hold(ctx: &mut Ctx, args: &WhoArgs, on: bool, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::Never)).await?;
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

pub async fn swap(ctx: &mut Ctx, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::Never)).await?;
    check_phase(Verb::Swap, &scene.call, scene.active.is_some())?;
    run_plan(ctx, &scene, &plan::swap(&scene.call), &interrupted).await
}

pub async fn merge(ctx: &mut Ctx, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::Always)).await?;
    let plan = merge_plan(&scene)?;
    run_plan(ctx, &scene, &plan, &interrupted).await
}

fn merge_plan(scene: &Scene) -> CliResult<Plan> {
    check_phase(Verb::Merge, &scene.call, scene.active.is_some())?;
    Ok(plan::merge(&scene.call))
}

pub async fn leave(ctx: &mut Ctx, args: &LeaveArgs, interrupted: Interrupt) -> CliResult {
    confirm(ctx, "leave the call?")?;
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::IfActive)).await?;
    let plan = leave_plan(ctx, &scene, handoff::finish_of(&args.finish))?;
    run_plan(ctx, &scene, &plan, &interrupted).await
}

/// The leave, after checking that someone stays with the customer.
fn leave_plan(ctx: &Ctx, scene: &Scene, finish: plan::Finish) -> CliResult<Plan> {
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
    rules::check_leave(&scene.call, &actor, ctx.settings.yes)?;
    Ok(plan::leave(
        &scene.call,
        &actor,
        finish,
        scene.active.is_some(),
    ))
}
