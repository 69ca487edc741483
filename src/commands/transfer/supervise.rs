//! `monitor`, `coach`, `barge` (and `monitor --stop`): a supervisor (`--as NAME`, by default
//! the profile's agent) on a call. The first verb rings them in as `supervisor-WK…`; on the
//! call, another verb switches their mode in place. The call is the one the selectors name,
//! else the one the supervisor is on, else the only live call (or a picker); the agent coached
//! is `--agent`, else the call's agent.

use crate::cli::{CallSelector, SuperviseArgs};
use crate::commands::gather::{self, Also};
use crate::commands::select::{pick_loaded, resolve_worker};
use crate::context::Ctx;
use crate::domain::call::Leg;
use crate::domain::plan::{self, Mode, Plan, Supervision, SupervisorRing};
use crate::domain::rules::{
    actor_leg, check_coachable, check_leg_connected, check_supervising, check_supervisor,
};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use super::run_plan;
use super::scene::Scene;

/// What the verb asks for: a mode, or the supervisor off the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Mode(Mode),
    Stop,
}

pub async fn supervise(
    ctx: &mut Ctx,
    args: &SuperviseArgs,
    want: Want,
    interrupted: Interrupt,
) -> CliResult {
    let name = args
        .supervisor
        .clone()
        .or_else(|| ctx.default_agent())
        .ok_or_else(|| {
            CliError::usage("say who supervises: --as NAME")
                .hint("or set the profile's agent: flexctl profile add … --agent NAME")
        })?;
    let scene = load(ctx, &name).await?;
    let worker = resolve_worker(&scene.workers, &name)?.clone();
    let leg = check_supervisor(&scene.call, &worker.sid, &worker.name)?.cloned();
    let plan = match (want, &leg) {
        (Want::Stop, _) => plan::supervise_stop(check_supervising(leg.as_ref(), &worker.name)?),
        (Want::Mode(mode), Some(leg)) => {
            let to = supervision(&scene, mode)?;
            check_leg_connected(leg, "switched").map_err(CliError::from)?;
            let plan = plan::supervise_switch(&scene.call, leg, to);
            if plan.steps.is_empty() {
                ctx.ui.status(&format!(
                    "{} is already in {} mode",
                    crate::ui::sanitize::clean(&worker.name),
                    mode.as_str()
                ));
            }
            plan
        }
        (Want::Mode(mode), None) => {
            let to = supervision(&scene, mode)?;
            join(&scene, &worker.sid, to, args.ring_timeout).await?
        }
    };
    run_plan(ctx, &scene, &plan, &interrupted).await
}

/// The scene with the call chosen for a supervisor: the selectors, else the call the
/// supervisor is on, else the only one (or a picker). The profile's agent is the supervisor
/// here, never the call's agent, so it does not choose the call nor act on it.
async fn load(ctx: &mut Ctx, supervisor: &str) -> CliResult<Scene> {
    let sel: CallSelector = ctx.select.clone();
    let (client, ws) = ctx.client_and_workspace().await?;
    // The supervisor's own record (their contact URI) is read only to ring them in: a switch
    // of mode needs none of it.
    let also = Also::default();
    let mut loaded = gather::load(&client, &ws, sel.task.as_deref(), &|_, _| false, &also).await?;
    let given = sel.task.is_some() || sel.conference.is_some() || sel.agent.is_some();
    let mut chosen = sel.clone();
    if !given {
        let sid = resolve_worker(&loaded.workers, supervisor)?.sid.clone();
        let on = loaded
            .calls
            .iter()
            .find(|c| c.call().worker_leg(&sid).is_some());
        if let Some(c) = on {
            chosen.task = Some(c.task.sid.clone());
        }
    }
    let saved = ctx.settings.default_agent.take();
    let state = pick_loaded(ctx, None, &chosen, &mut loaded);
    let scene = match state {
        Ok(state) => Scene::build(ctx, &sel, state, loaded).await,
        Err(e) => Err(e),
    };
    ctx.settings.default_agent = saved;
    scene
}

/// The mode as the participant's flags: for `coach`, the agent heard by the supervisor
/// (`--agent`, else the call's agent) must be connected and not held.
fn supervision(scene: &Scene, mode: Mode) -> CliResult<Supervision> {
    Ok(match mode {
        Mode::Monitor => Supervision::monitor(),
        Mode::Barge => Supervision::barge(),
        Mode::Coach => {
            let coached: Option<&Leg> = actor_leg(&scene.call, &scene.actor_sid);
            check_coachable(coached, &scene.actor_name)?;
            let leg = coached.expect("checked: the coached agent is connected");
            Supervision::coach(&leg.call_sid, &scene.actor_name)
        }
    })
}

/// The supervisor rung in, in `to`, at their contact URI.
async fn join(scene: &Scene, worker_sid: &str, to: Supervision, timeout_s: u32) -> CliResult<Plan> {
    let full = scene.client.fetch_worker(&scene.ws, worker_sid).await?;
    let uri = full.contact_uri().map(str::to_string).ok_or_else(|| {
        CliError::refused(format!(
            "{} has no contact_uri attribute: there is nowhere to ring",
            crate::ui::sanitize::clean(&full.name)
        ))
    })?;
    Ok(plan::supervise_join(SupervisorRing {
        worker_sid: full.sid,
        name: full.name,
        contact_uri: uri,
        from: scene.caller_id(),
        timeout_s,
        supervision: to,
    }))
}
