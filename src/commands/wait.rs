//! `wait`: block until the call reaches a phase, polling it by its task (so a hand-off to
//! another task of the call is followed), for scripts that consult and wait apart.

use std::time::{Duration, Instant};

use serde_json::json;

use super::gather::{self, Also};
use super::select::select_call;
use crate::cli::{PhaseArg, WaitArgs};
use crate::context::Ctx;
use crate::domain::call::Phase;
use crate::error::{CliError, CliResult};

const POLL: Duration = Duration::from_millis(500);

fn wanted(p: PhaseArg) -> Phase {
    match p {
        PhaseArg::Live => Phase::Live,
        PhaseArg::ConsultRinging => Phase::ConsultRinging,
        PhaseArg::Consulting => Phase::Consulting,
        PhaseArg::Merged => Phase::Merged,
    }
}

pub async fn wait(ctx: &mut Ctx, args: &WaitArgs) -> CliResult {
    let want = wanted(args.phase);
    let sel = ctx.select.clone();
    let start = Instant::now();
    let mut call = select_call(ctx, None, &sel).await?;
    let (client, ws) = ctx.client_and_workspace().await?;
    let mut shown = None;
    loop {
        if call.phase == want {
            let waited = start.elapsed().as_secs_f64();
            if ctx.ui.json() {
                return ctx.ui.out_json(&json!({
                    "task_sid": call.task_sid,
                    "conference_sid": call.conference_sid,
                    "phase": call.phase.as_str(),
                    "waited_s": (waited * 10.0).round() / 10.0,
                }));
            }
            return ctx
                .ui
                .out(&format!("{} after {waited:.1}s", call.phase.as_str()));
        }
        // With -o json, stderr carries only errors.
        if shown != Some(call.phase) && !ctx.ui.json() {
            ctx.ui.status(&format!(
                "{}: waiting for {} (up to {}s)",
                call.phase.as_str(),
                want.as_str(),
                args.within.as_secs()
            ));
            shown = Some(call.phase);
        }
        if start.elapsed() >= args.within {
            return Err(CliError::refused(format!(
                "the call is still {} after {}s, not {}",
                call.phase.as_str(),
                args.within.as_secs(),
                want.as_str()
            )));
        }
        tokio::time::sleep(POLL).await;
        let loaded = gather::load(
            &client,
            &ws,
            Some(&call.task_sid),
            &|_, _| false,
            &Also::default(),
        )
        .await?;
        match loaded.calls.first() {
            Some(state) => call = state.call(),
            None => {
                return Err(CliError::refused(format!(
                    "the call ended before it was {}",
                    want.as_str()
                )))
            }
        }
    }
}
