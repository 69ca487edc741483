//! `mute WHO` / `unmute WHO`: the participant's `Muted`, never its hold (a held leg can be
//! muted; unmuting does not unhold). The undo puts the previous `Muted` back.

use crate::cli::MuteArgs;
use crate::context::Ctx;
use crate::domain::call::Role;
use crate::domain::plan;
use crate::domain::rules::{check_leg_connected, mute_silences_customer};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;

use super::run_plan;
use super::scene::{Journal, Needs, Scene};

pub async fn mute(ctx: &mut Ctx, args: &MuteArgs, on: bool, interrupted: Interrupt) -> CliResult {
    let scene = Scene::load_for(ctx, &Needs::journal(Journal::Never)).await?;
    let leg = scene.leg_of(&args.who)?.clone();
    check_leg_connected(&leg, if on { "muted" } else { "unmuted" }).map_err(CliError::from)?;
    let plan = plan::set_muted(&leg, on);
    if plan.steps.is_empty() {
        ctx.ui.status(&format!(
            "{} is already {}",
            who(&leg),
            if on { "muted" } else { "unmuted" }
        ));
    } else if on && leg.role == Role::Customer {
        ctx.ui
            .warn("nobody on the call hears the customer until `flexctl unmute customer`");
    } else if on && mute_silences_customer(&scene.call, &leg) {
        // Not a refusal: the customer is still connected and heard, only not answered.
        ctx.ui.warn(&format!(
            "the customer hears no agent (silence, not hold music) until `flexctl unmute {}`",
            crate::ui::sanitize::clean(args.who.trim())
        ));
    }
    run_plan(ctx, &scene, &plan, &interrupted).await
}

fn who(leg: &crate::domain::call::Leg) -> String {
    if leg.role == Role::Customer {
        "the customer".into()
    } else {
        crate::ui::sanitize::clean(&leg.display_name())
    }
}
