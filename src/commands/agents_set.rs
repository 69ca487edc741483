//! `agents set NAME --activity A`: moves an agent to another activity, as a one-step plan
//! whose undo is their previous activity. Making a busy agent unavailable (`agent-busy`) needs
//! a confirmation; afterwards the agent's row shows where they are and their voice capacity.

use serde::Serialize;

use super::gather::live_calls;
use super::select::{resolve_activity, resolve_worker};
use super::transfer::exec::set_activity;
use super::transfer::render;
use crate::cli::AgentsSetArgs;
use crate::context::Ctx;
use crate::domain::model::{ReservationStatus, WorkerChannel};
use crate::domain::plan;
use crate::domain::rules::{can_take_transfer, check_activity_change, Busy, Refusal};
use crate::error::{CliError, CliResult};
use crate::ui::fit::Column;
use crate::ui::table::{render as table, yes_no, Row};

#[derive(Serialize)]
struct AgentRow {
    name: String,
    sid: String,
    activity: Option<String>,
    previous_activity: Option<String>,
    /// Can take a transfer now: an available activity and room on the voice channel.
    available: bool,
    on_call: Option<String>,
    /// Voice capacity in use, `assigned/capacity`.
    voice: String,
    pending_reservations: usize,
}

impl Row for AgentRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(8),
            Column::new("SID", "sid").sid().drop(5),
            Column::new("Activity", "activity").text(9),
            Column::new("Was", "previous_activity").text(9).drop(3),
            Column::new("Available", "available").drop(1),
            Column::new("On call", "on_call").sid().drop(4),
            Column::new("Voice", "voice").drop(2),
            Column::new("Pending", "pending_reservations").drop(2),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        vec![
            self.name.clone(),
            self.sid.clone(),
            dash(&self.activity),
            dash(&self.previous_activity),
            yes_no(self.available),
            dash(&self.on_call),
            self.voice.clone(),
            self.pending_reservations.to_string(),
        ]
    }
}

pub async fn set(ctx: &mut Ctx, args: &AgentsSetArgs) -> CliResult {
    let (client, ws) = ctx.client_and_workspace().await?;
    let (activities, (calls, workers)) = tokio::try_join!(
        async { Ok(client.list_activities(&ws).await?) },
        live_calls(&client, &ws)
    )?;
    let worker = resolve_worker(&workers, &args.name)?.clone();
    let to = resolve_activity(&activities, &args.activity)?.clone();
    let pending = ReservationStatus::Pending;
    let (reservations, channels) = tokio::try_join!(
        client.list_worker_reservations(&ws, &worker.sid, Some(&pending)),
        client.list_worker_channels(&ws, &worker.sid),
    )?;
    let on_call = calls
        .iter()
        .find(|c| {
            c.agent_sid.as_deref() == Some(worker.sid.as_str())
                || c.participants
                    .iter()
                    .any(|l| l.worker_sid.as_deref() == Some(worker.sid.as_str()) && l.connected())
        })
        .map(|c| c.task_sid.clone());
    let busy = Busy {
        on_call,
        pending: reservations.len(),
    };
    let confirmed = match check_activity_change(&worker, &to, &busy) {
        Ok(()) => false,
        Err(_) if ctx.settings.yes => true,
        // On a terminal the warning is a question; elsewhere (and in a dry run, which must
        // refuse what a script's run would) it is a refusal naming --yes.
        Err(r) if ctx.ui.interactive && !ctx.settings.dry_run => ask(ctx, &r)?,
        Err(r) => return Err(r.into()),
    };
    // Twilio refuses an unavailable activity to a worker with pending reservations unless
    // they are rejected with it: only a confirmed move asks for that.
    let plan = plan::set_activity(&worker, &to, confirmed && busy.pending > 0);
    if ctx.settings.dry_run {
        let paths = render::Paths {
            account: client.account_sid().to_string(),
            workspace: ws.clone(),
            conference: String::new(),
            task: String::new(),
        };
        return render::print(&ctx.ui, &plan, &paths);
    }
    let voice = channels.into_iter().find(|c| c.task_channel == "voice");
    let mut after = worker.clone();
    for step in &plan.steps {
        after = set_activity(&client, &ws, &step.action)
            .await
            .map_err(|e| e.cause(format!("failed: {}", step.action.describe())))?;
    }
    if plan.steps.is_empty() {
        ctx.ui.status(&format!(
            "{} is already {}",
            crate::ui::sanitize::clean(&worker.name),
            crate::ui::sanitize::clean(&to.name)
        ));
    }
    for s in &plan.steps {
        ctx.ui.status(&format!("  done: {}", s.action.describe()));
    }
    let row = AgentRow {
        name: after.name.clone(),
        sid: after.sid.clone(),
        activity: after.activity_name.clone(),
        previous_activity: worker.activity_name.clone(),
        available: can_take_transfer(&after, busy.on_call.is_some(), voice.as_ref()),
        on_call: busy.on_call.clone(),
        voice: voice
            .as_ref()
            .map_or_else(|| "-".to_string(), WorkerChannel::usage),
        // A confirmed move to an unavailable activity rejected them.
        pending_reservations: if plan.steps.first().is_some_and(|s| {
            matches!(
                s.action,
                plan::Action::SetActivity {
                    reject_pending: true,
                    ..
                }
            )
        }) {
            0
        } else {
            busy.pending
        },
    };
    ctx.ui.out(&table(&ctx.ui, &[row])?)
}

/// The warning as a y/N question; no is the refusal itself.
fn ask(ctx: &Ctx, refusal: &Refusal) -> CliResult<bool> {
    let question = format!("{}. Go ahead?", refusal.message);
    match crate::ui::prompt::confirm(&ctx.ui, &question, "--yes") {
        Ok(true) => Ok(true),
        Ok(false) => Err(CliError::from(refusal.clone())),
        Err(e) => Err(e),
    }
}
