//! `calls list` and `calls show` (alias `status`): the live calls, and one call in detail
//! with its picture and the verbs that make sense next.

use serde::Serialize;
use serde_json::json;

use super::gather::live_calls;
use super::select::select_call;
use crate::cli::{CallsShowArgs, OutputFormat};
use crate::context::Ctx;
use crate::domain::call::{Call, Phase};
use crate::domain::duration::format_ms;
use crate::domain::next::next_verbs;
use crate::error::CliResult;
use crate::ui::fit::Column;
use crate::ui::picture;
use crate::ui::table::{render, Row};

#[derive(Serialize)]
pub(crate) struct CallRow {
    task_sid: String,
    conference_sid: String,
    agent: Option<String>,
    customer: Option<String>,
    consult: Option<String>,
    phase: Phase,
    age_s: Option<u64>,
}

impl Row for CallRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Task", "task_sid").sid(),
            Column::new("Conference", "conference_sid").sid().drop(3),
            Column::new("Agent", "agent").text(8),
            Column::new("Customer", "customer").text(12),
            Column::new("Consult", "consult").text(10).drop(1),
            Column::new("Phase", "phase"),
            Column::new("Age", "age_s").drop(2),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.task_sid.clone(),
            self.conference_sid.clone(),
            self.agent.clone().unwrap_or_else(|| "-".into()),
            self.customer.clone().unwrap_or_else(|| "-".into()),
            self.consult.clone().unwrap_or_else(|| "-".into()),
            self.phase.as_str().to_string(),
            self.age_s
                .map(|s| format_ms(s as i64 * 1000))
                .unwrap_or_else(|| "-".into()),
        ]
    }
}

pub(crate) fn row(call: &Call) -> CallRow {
    CallRow {
        task_sid: call.task_sid.clone(),
        conference_sid: call.conference_sid.clone(),
        agent: call.agent.clone(),
        customer: call.customer.clone(),
        consult: call
            .consult_leg()
            .map(|l| format!("{} ({})", l.display_name(), l.status.as_str())),
        phase: call.phase,
        age_s: call.age_s,
    }
}

pub async fn list(ctx: &mut Ctx) -> CliResult {
    let (client, ws) = ctx.client_and_workspace().await?;
    let (calls, _) = live_calls(&client, &ws).await?;
    let rows: Vec<CallRow> = calls.iter().map(row).collect();
    ctx.ui.out(&render(&ctx.ui, &rows)?)
}

pub async fn show(ctx: &mut Ctx, args: &CallsShowArgs) -> CliResult {
    let sel = ctx.select.clone();
    let call = select_call(ctx, args.call.as_deref(), &sel).await?;
    print_call(ctx, &call)
}

/// The detail view of one call, in the chosen format.
pub fn print_call(ctx: &Ctx, call: &Call) -> CliResult {
    let ui = &ctx.ui;
    let view = call_json(call);
    match ui.format {
        OutputFormat::Json => ui.out_json(&view),
        OutputFormat::Tsv => ui.out(&picture::legs_tsv(ui, &view)),
        OutputFormat::Table => ui.out(&picture::detail(ui, call)),
    }
}

/// One call as `calls show -o json` prints it (and `watch`, as one line per change).
pub fn call_json(call: &Call) -> serde_json::Value {
    let participants: Vec<_> = call
        .participants
        .iter()
        .map(|l| {
            let mut leg = json!({
                "role": l.role.as_str(),
                "name": l.name,
                "worker_sid": l.worker_sid,
                "call_sid": l.call_sid,
                "label": l.label,
                "status": l.status.as_str(),
                "hold": l.hold,
                "muted": l.muted,
                "end_conference_on_exit": l.end_conference_on_exit,
            });
            // A supervisor's mode (monitor, coach, barge) and whom a coach is heard by.
            if l.role == crate::domain::call::Role::Supervisor {
                let s = crate::domain::plan::Supervision::of(l, call);
                leg["mode"] = json!(s.mode);
                leg["coaching"] = json!(l.coaching);
            }
            leg
        })
        .collect();
    json!({
        "task_sid": call.task_sid,
        "conference_sid": call.conference_sid,
        "agent": call.agent,
        "customer": call.customer,
        "phase": call.phase.as_str(),
        "participants": participants,
        "transfers": call.transfers,
        "note": last_note(call),
        "next": next_verbs(call),
    })
}

/// The note the latest hand-off left for the agent it went to (`--note`), if it left one.
fn last_note(call: &Call) -> Option<&str> {
    call.transfers.last().and_then(|t| t["note"].as_str())
}
