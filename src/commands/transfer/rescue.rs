//! `transfer agent|queue NAME` on a call no agent is on any more: the target is reached
//! (their own task, accepted, rung) straight to the customer, then made the call's agent.

use crate::context::Ctx;
use crate::domain::plan::{self, ConsultOptions, Finish, Target};
use crate::domain::rules::{check_no_transfer, Check, Refusal};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use super::exec;
use super::scene::Scene;
use super::targets::new_record;
use super::{execute, report, run_plan};

/// How a rescue reaches its target, and what becomes of the old task.
pub struct How<'a> {
    pub opts: ConsultOptions,
    pub finish: Finish,
    /// The note for the target (`--note`).
    pub note: Option<&'a str>,
}

/// Hands the call on to `target`. The customer stays as found (on hold, with its music, or
/// live) until the target answers; on any failure what was created is removed.
pub async fn rescue(
    ctx: &mut Ctx,
    scene: &Scene,
    target: &Target,
    how: How<'_>,
    interrupted: &Interrupt,
) -> CliResult {
    let How { opts, finish, note } = how;
    check_no_transfer(&scene.call, None)?;
    if scene.call.customer_leg().is_none() {
        return Err(CliError::from(Refusal::new(
            Check::CallLive,
            "the customer is not on this call any more",
        )));
    }
    let caller = scene.caller_id();
    let plan = plan::rescue(target, &caller, opts).with_note(note);
    if ctx.settings.dry_run {
        return run_plan(ctx, scene, &plan, interrupted).await;
    }
    ctx.ui.status(&format!(
        "no agent is on this call: handing it straight to {}",
        match target {
            Target::Agent { name, .. } | Target::Queue { name, .. } => name,
            Target::Number { number, .. } => number,
        }
    ));
    let mut runner = scene.runner(interrupted.clone());
    let mut record = new_record(scene, target, true);
    record.mode = "rescue".into();
    record.note = note.map(str::to_string);
    runner.record = Some(record);
    runner.owner = Some(exec::this_process());
    execute(ctx, &mut runner, &plan).await?;
    let after = scene.after(&runner);
    let hand = plan::rescue_handoff(&after.call, finish);
    let mut next = after.runner(interrupted.clone());
    next.record = runner.record.clone();
    next.owner = runner.owner.clone();
    next.done = std::mem::take(&mut runner.done);
    execute(ctx, &mut next, &hand).await?;
    report(ctx, &after, &next).await
}
