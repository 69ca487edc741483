//! `consult` and `transfer`: the hold, the ring and the wait, then (for `transfer`) the merge and
//! the leave, each part planned from the call as the previous part's responses left it; an
//! interrupted transfer is put back as `cancel` would.

use crate::cli::{AcceptBy, ConsultArgs, FinishArgs, RingArgs, TargetKind, TransferArgs};
use crate::commands::gather::Also;
use crate::context::Ctx;
use crate::domain::call::Role;
use crate::domain::plan::{self, Accept, ConsultOptions, Finish};
use crate::domain::rules::{
    check_actor, check_no_transfer, check_phase, needs_rescue, Check, Refusal, Verb,
};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use super::exec::{self, Runner};
use super::scene::{Journal, Needs, Scene};
use super::targets::{new_record, resolve_target};
use super::{confirm, execute, leave_plan, merge_plan, report, run_plan};

/// The consult options the flags ask for.
pub fn options(ring: &RingArgs, wait: bool, cold: bool) -> ConsultOptions {
    ConsultOptions {
        ring_timeout_s: ring.ring_timeout,
        wait,
        cold,
        accept: match ring.accept {
            AcceptBy::Flexctl => Accept::Flexctl,
            AcceptBy::Agent => Accept::Agent,
        },
        ignore_capacity: ring.force,
    }
}

/// What becomes of the leaver's task.
pub fn finish_of(args: &FinishArgs) -> Finish {
    if args.complete {
        Finish::Complete
    } else {
        Finish::Wrap
    }
}

pub async fn consult(ctx: &mut Ctx, args: &ConsultArgs, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &consult_needs(&args.target)).await?;
    let request = Consult {
        target: &args.target,
        force: args.ring.force,
        opts: options(&args.ring, args.wait, false),
        handoff: None,
        note: args.ring.note.as_deref(),
    };
    if let Some(runner) = start_consult(ctx, &scene, &request, &interrupted).await? {
        report(ctx, &scene, &runner).await?;
    }
    Ok(())
}

/// A consult reads its target with the call: the agent's record in the second wave, the
/// queues and their statistics in the first.
fn consult_needs(target: &TargetKind) -> Needs {
    let also = match target {
        TargetKind::Agent { name } => Also {
            worker: name.clone(),
            queues: false,
        },
        TargetKind::Queue { .. } => Also {
            worker: None,
            queues: true,
        },
        TargetKind::Number { .. } => Also {
            worker: None,
            queues: false,
        },
    };
    Needs {
        journal: Journal::Always,
        also,
    }
}

/// What a consult is asked to do.
struct Consult<'a> {
    target: &'a TargetKind,
    force: bool,
    opts: ConsultOptions,
    /// `Some(finish)` when the consult is the first part of `transfer`: a dry run then shows
    /// the whole transfer, a cold one leaves (and finishes the leaver's task) once the target
    /// answers, and the record stays claimed for the parts that follow.
    handoff: Option<Finish>,
    /// The note for the target (`--note`), already checked by its parser.
    note: Option<&'a str>,
}

/// Starts a consult. Hands back the runner as the consult left the call (`None` when a dry
/// run printed the plan, or a cold transfer finished and reported).
async fn start_consult(
    ctx: &mut Ctx,
    scene: &Scene,
    req: &Consult<'_>,
    interrupted: &Interrupt,
) -> CliResult<Option<Runner>> {
    // A call nobody is on any more can still be handed on by `transfer` (a rescue).
    if let (Some(finish), true) = (req.handoff, needs_rescue(&scene.call)) {
        if scene.active.is_none() {
            let target = resolve_target(ctx, scene, req.target, req.force).await?;
            let how = super::rescue::How {
                opts: req.opts,
                finish,
                note: req.note,
            };
            super::rescue::rescue(ctx, scene, &target, how, interrupted).await?;
            return Ok(None);
        }
    }
    let (target, actor) = checked_target(ctx, scene, req.target, req.force).await?;
    let caller = scene.caller_id();
    if ctx.settings.dry_run {
        let plan = match req.handoff {
            Some(finish) => plan::transfer(&scene.call, &actor, &target, &caller, req.opts, finish),
            None => plan::consult(&scene.call, &actor, &target, &caller, req.opts),
        }
        .with_note(req.note);
        return run_plan(ctx, scene, &plan, interrupted).await.map(|_| None);
    }
    if req.opts.cold {
        let finish = req.handoff.unwrap_or_default();
        let how = (req.opts, finish, req.note);
        return match cold_parts(Some(&ctx.ui), scene, &actor, &target, how, interrupted).await? {
            (runner, false) => Ok(Some(runner)),
            (runner, true) => report(ctx, scene, &runner).await.map(|_| None),
        };
    }
    let plan = plan::consult(&scene.call, &actor, &target, &caller, req.opts).with_note(req.note);
    let mut runner = scene.runner(interrupted.clone());
    let mut record = new_record(scene, &target, req.opts.cold);
    record.note = req.note.map(str::to_string);
    runner.record = Some(record);
    // The record is claimed while this process works on it; a consult left for a person to
    // continue gives the claim up with its last journal write.
    runner.owner = Some(exec::this_process());
    runner.release_at_end = req.handoff.is_none();
    execute(ctx, &mut runner, &plan).await?;
    Ok(Some(runner))
}

/// The consult options, the finish of the leaver's task and the note of a cold hand-off.
type ColdHow<'a> = (ConsultOptions, Finish, Option<&'a str>);

/// The two parts of a cold hand-off: the consult (which waits for the target to answer), then
/// the acting agent's leave, planned from the call as the consult left it. Hands back the
/// runner and whether the agent left (false: their leg was gone once the target answered).
/// A failure has been undone. `ui`, when given, shows a spinner while each part runs.
async fn cold_parts(
    ui: Option<&crate::ui::Ui>,
    scene: &Scene,
    actor: &crate::domain::call::Leg,
    target: &plan::Target,
    (opts, finish, note): ColdHow<'_>,
    interrupted: &Interrupt,
) -> CliResult<(Runner, bool)> {
    let plan = plan::consult(&scene.call, actor, target, &scene.caller_id(), opts).with_note(note);
    let mut runner = scene.runner(interrupted.clone());
    let mut record = new_record(scene, target, true);
    record.note = note.map(str::to_string);
    runner.record = Some(record);
    // The record stays claimed by this process from the consult to the leave.
    runner.owner = Some(exec::this_process());
    runner.release_at_end = false;
    run_part(ui, &mut runner, &plan).await?;
    // The call as the consult left it (the answered leg was just read by the wait).
    let after = scene.after(&runner);
    let me = after
        .call
        .participants
        .iter()
        .find(|l| {
            l.worker_sid.as_deref() == Some(scene.actor_sid.as_str()) && l.role != Role::Customer
        })
        .cloned();
    let Some(me) = me else {
        return Ok((runner, false));
    };
    let hand = plan::cold_handoff(&after.call, &me, finish);
    let mut next = continue_from(&after, &mut runner, interrupted);
    if let Err(e) = run_part(ui, &mut next, &hand).await {
        return Err(put_back(&after, next, e).await);
    }
    Ok((next, true))
}

async fn run_part(ui: Option<&crate::ui::Ui>, runner: &mut Runner, plan: &plan::Plan) -> CliResult {
    let spinner = ui.and_then(|ui| crate::ui::spinner::start(ui, plan));
    let result = runner
        .execute(plan)
        .await
        .map_err(exec::Failure::into_error);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    result
}

/// One call's cold hand-off as `drain` asks for it.
pub struct ColdHandoff<'a> {
    pub target: &'a TargetKind,
    pub force: bool,
    pub opts: ConsultOptions,
    pub finish: Finish,
    pub note: Option<&'a str>,
}

/// What a cold hand-off of one call came to.
pub enum Handed {
    /// A dry run: the whole hand-off, planned.
    Planned(plan::Plan),
    /// Done: the runner as the hand-off left the call, and whether the agent left.
    Done(Box<Runner>, bool),
}

/// The preconditions of a hand-off in the order every verb checks them (the acting agent on
/// the call, the phase, no other transfer), then the target, and the acting agent's leg.
async fn checked_target(
    ctx: &Ctx,
    scene: &Scene,
    kind: &TargetKind,
    force: bool,
) -> CliResult<(plan::Target, crate::domain::call::Leg)> {
    check_actor(&scene.call, &scene.actor_sid, &scene.actor_name)?;
    check_phase(Verb::Consult, &scene.call, scene.active.is_some())?;
    let by = scene
        .active
        .as_ref()
        .and_then(|t| t.from.name.clone().or(t.from.worker_sid.clone()));
    check_no_transfer(&scene.call, by.as_deref())?;
    let target = resolve_target(ctx, scene, kind, force).await?;
    let actor = scene.actor().cloned().ok_or_else(|| {
        CliError::from(Refusal::new(
            Check::AgentInCall,
            "the acting agent is not on the call",
        ))
    })?;
    Ok((target, actor))
}

/// A cold hand-off of a call already loaded (`scene`, with the target's record or the queues
/// read with it), with nothing printed: the same rules as `transfer --cold`, then the consult
/// and the leave once the target answers (never before). `drain` runs one per call; a failure
/// has been undone (the customer back with their agent) and comes back as the error.
pub async fn cold_handoff(
    ctx: &Ctx,
    scene: &Scene,
    req: &ColdHandoff<'_>,
    interrupted: &Interrupt,
) -> CliResult<Handed> {
    let (target, actor) = checked_target(ctx, scene, req.target, req.force).await?;
    let opts = ConsultOptions {
        wait: true,
        cold: true,
        ..req.opts
    };
    if ctx.settings.dry_run {
        let caller = scene.caller_id();
        let plan = plan::transfer(&scene.call, &actor, &target, &caller, opts, req.finish);
        return Ok(Handed::Planned(plan.with_note(req.note)));
    }
    let how = (opts, req.finish, req.note);
    let (runner, left) = cold_parts(None, scene, &actor, &target, how, interrupted).await?;
    Ok(Handed::Done(Box::new(runner), left))
}

/// A runner for the next part of a verb, taking over the claim and what was done so far.
fn continue_from(scene: &Scene, previous: &mut Runner, interrupted: &Interrupt) -> Runner {
    let mut next = scene.runner(interrupted.clone());
    next.record = previous.record.clone();
    next.owner = previous.owner.clone();
    next.done = std::mem::take(&mut previous.done);
    next
}

pub async fn transfer(ctx: &mut Ctx, args: &TransferArgs, interrupted: Interrupt) -> CliResult {
    if args.cold {
        confirm(
            ctx,
            "cold transfer: you leave as soon as the target answers. Go ahead?",
        )?;
    }
    let scene = Scene::load_for(ctx, &consult_needs(&args.target)).await?;
    let request = Consult {
        target: &args.target,
        force: args.ring.force,
        opts: options(&args.ring, true, args.cold),
        handoff: Some(finish_of(&args.finish)),
        note: args.ring.note.as_deref(),
    };
    let Some(mut consulted) = start_consult(ctx, &scene, &request, &interrupted).await? else {
        return Ok(());
    };
    // Warm: merge, then leave, each planned from the call as the previous part left it.
    let before_merge = scene.after(&consulted);
    let plan = merge_plan(&before_merge)?;
    let mut merged = continue_from(&before_merge, &mut consulted, &interrupted);
    if let Err(e) = execute(ctx, &mut merged, &plan).await {
        return Err(put_back(&before_merge, merged, e).await);
    }
    let after_merge = before_merge.after(&merged);
    let plan = leave_plan(ctx, &after_merge, finish_of(&args.finish))?;
    let mut left = continue_from(&after_merge, &mut merged, &interrupted);
    if let Err(e) = execute(ctx, &mut left, &plan).await {
        return Err(put_back(&after_merge, left, e).await);
    }
    report(ctx, &after_merge, &left).await
}

/// A later part of a transfer failed (its own undo has run): when a signal stopped it and the
/// acting agent is still on the call, the consult is undone as `cancel` does, so that an
/// interrupted `transfer` leaves the call as it found it.
async fn put_back(scene: &Scene, failed: Runner, error: CliError) -> CliError {
    if !failed.interrupted.is_set() || failed.call_ended.is_some() {
        return error;
    }
    let now = scene.after(&failed);
    let Some(record) = failed.record.clone().filter(|r| r.status.is_active()) else {
        return error;
    };
    let Some(actor) = now.actor().filter(|l| l.connected()).cloned() else {
        return error;
    };
    let plan = plan::cancel(&now.call, Some(&actor), record.consult.task_sid.is_some());
    // The undo must run to the end: a second signal does not stop it.
    let mut undo = now.runner(Interrupt::new());
    undo.record = Some(crate::domain::record::Transfer {
        reason: Some("interrupted".into()),
        ..record
    });
    match undo.execute(&plan).await {
        Ok(()) => error.cause(format!("restored: {}", undo.done.join("; "))),
        Err(f) => {
            let inner = f.into_error();
            error
                .cause(format!("could not put the call back: {}", inner.message))
                .hint("run `flexctl doctor --fix` to repair the call")
        }
    }
}
