//! `remove NAME` (alias `hangup`): an agent leaves the conference at another's hand. The
//! customer is never removed unless asked for with `--customer --yes`, however they are named;
//! removing the consult leg of a transfer under way is a `cancel`.

use crate::cli::RemoveArgs;
use crate::context::Ctx;
use crate::domain::call::Role;
use crate::domain::plan;
use crate::domain::record::Status;
use crate::domain::rules::{check_removable, check_remove_agent, Refusal};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use super::scene::{Journal, Needs, Scene};
use super::{confirm, run_plan};

pub async fn remove(ctx: &mut Ctx, args: &RemoveArgs, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::IfActive)).await?;
    let yes = ctx.settings.yes;
    let leg = match (&args.name, args.customer) {
        (None, true) => scene.leg_of("customer")?.clone(),
        (Some(n), _) => scene.leg_of(n)?.clone(),
        (None, false) => return Err(CliError::usage("say whom to remove: flexctl remove NAME")),
    };
    check_removable(&leg, args.customer, yes)?;
    if leg.role == Role::Customer {
        return run_plan(
            ctx,
            &scene,
            &plan::remove_leg(&scene.call, &leg, None),
            &interrupted,
        )
        .await;
    }
    if args.customer {
        return Err(CliError::usage(format!(
            "{} is not the customer: --customer removes the customer",
            leg.display_name()
        ))
        .hint("flexctl remove NAME (without --customer)"));
    }
    // A supervisor is no agent of the call: they leave without a question, and the call
    // goes on as it was (their leg never ends the conference).
    if leg.role == Role::Supervisor {
        return run_plan(ctx, &scene, &plan::supervise_stop(&leg), &interrupted).await;
    }
    match check_remove_agent(&scene.call, &leg, yes) {
        // The last agent with the customer: asked on a terminal, refused without one.
        Err(r) if r.confirmable && ctx.ui.interactive && !ctx.settings.dry_run => {
            confirm_or(ctx, &r, &format!("{}. Remove them anyway?", r.message))?
        }
        Err(r) => return Err(r.into()),
        Ok(()) => confirm(
            ctx,
            &format!("remove {} from the call?", leg.display_name()),
        )?,
    }
    let mut plan = match (&scene.active, leg.role) {
        // The consult leg of a transfer under way: the transfer is canceled, the customer
        // brought back and the acting agent's flags restored, exactly as `cancel` does.
        (Some(r), Role::Consult) => plan::cancel(
            &scene.call,
            scene.actor().filter(|a| a.call_sid != leg.call_sid),
            r.consult.task_sid.is_some(),
        ),
        (Some(_), _) if scene.call.consult_leg().is_some_and(|c| c.connected()) => {
            plan::remove_leg(&scene.call, &leg, Some(Status::Completed))
        }
        _ => plan::remove_leg(&scene.call, &leg, None),
    };
    // Removing the agent who holds the call's task: their task is done, as when they leave
    // (with nobody left, `transfer … --task` hands the call on).
    let holder = leg.worker_sid.is_some() && leg.worker_sid == scene.call.agent_sid;
    if holder && leg.role == Role::Agent {
        plan.push(
            plan::Action::FinishTask {
                finish: plan::Finish::Wrap,
            },
            None,
        );
    }
    plan.verb = "remove".into();
    run_plan(ctx, &scene, &plan, &interrupted).await
}

/// Asks `question` on the terminal; a no keeps the refusal.
fn confirm_or(ctx: &Ctx, refusal: &Refusal, question: &str) -> CliResult {
    confirm(ctx, question).map_err(|e| {
        if e.message == "not confirmed" {
            CliError::from(refusal.clone())
        } else {
            e
        }
    })
}
