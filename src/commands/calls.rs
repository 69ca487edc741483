//! `calls list` and `calls show` (alias `status`): the live calls, and one call in detail
//! with its picture and the verbs that make sense next.

use serde::Serialize;
use serde_json::json;

use super::gather::live_calls;
use super::select::select_call;
use crate::cli::{CallsShowArgs, OutputFormat};
use crate::context::Ctx;
use crate::domain::call::{Call, Phase, Role};
use crate::domain::duration::format_ms;
use crate::domain::next::next_verbs;
use crate::error::CliResult;
use crate::ui::picture;
use crate::ui::table::{self, render, yes_no, Row};

#[derive(Serialize)]
struct CallRow {
    task_sid: String,
    conference_sid: String,
    agent: Option<String>,
    customer: Option<String>,
    consult: Option<String>,
    phase: Phase,
    age_s: Option<u64>,
}

impl Row for CallRow {
    fn headers() -> &'static [&'static str] {
        &[
            "Task",
            "Conference",
            "Agent",
            "Customer",
            "Consult",
            "Phase",
            "Age",
        ]
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

fn row(call: &Call) -> CallRow {
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
    let call = select_call(ctx, args.call.as_deref(), &args.select).await?;
    print_call(ctx, &call)
}

/// The detail view of one call, in the chosen format.
pub fn print_call(ctx: &Ctx, call: &Call) -> CliResult {
    let ui = &ctx.ui;
    let participants: Vec<_> = call
        .participants
        .iter()
        .map(|l| {
            json!({
                "role": l.role.as_str(),
                "name": l.name,
                "worker_sid": l.worker_sid,
                "call_sid": l.call_sid,
                "label": l.label,
                "status": l.status.as_str(),
                "hold": l.hold,
                "muted": l.muted,
                "end_conference_on_exit": l.end_conference_on_exit,
            })
        })
        .collect();
    if ui.format == OutputFormat::Json {
        return ui.out_json(&json!({
            "task_sid": call.task_sid,
            "conference_sid": call.conference_sid,
            "agent": call.agent,
            "customer": call.customer,
            "phase": call.phase.as_str(),
            "participants": participants,
            "transfers": call.transfers,
            "next": next_verbs(call),
        }));
    }
    let headers = [
        "Role",
        "Name",
        "Call SID",
        "Label",
        "Status",
        "Hold",
        "Muted",
        "End on exit",
    ];
    let cells = call.participants.iter().map(|l| {
        vec![
            l.role.as_str().to_string(),
            if l.role == Role::Customer {
                call.customer.clone().unwrap_or_else(|| "customer".into())
            } else {
                l.display_name()
            },
            l.call_sid.clone(),
            l.label.clone().unwrap_or_default(),
            l.status.as_str().to_string(),
            yes_no(l.hold),
            yes_no(l.muted),
            yes_no(l.end_conference_on_exit),
        ]
    });
    if ui.format == OutputFormat::Tsv {
        return ui.out(&table::tsv(ui, &headers, cells));
    }
    let mut text = format!(
        "{} {}  {} {}\n\n{}\n",
        ui.bold("task"),
        call.task_sid,
        ui.bold("conference"),
        call.conference_sid,
        table::table(ui, &headers, cells)
    );
    if !ui.quiet {
        text.push('\n');
        text.push_str(&picture::render(ui, call));
        text.push('\n');
        if !call.transfers.is_empty() {
            text.push_str(&format!("\n{}\n", ui.bold("transfers")));
            for t in &call.transfers {
                // A queue transfer names its queue, and the agent once one accepted.
                let to = match (t["to"]["queue_name"].as_str(), t["to"]["name"].as_str()) {
                    (Some(q), Some(a)) => format!("queue {q} ({a})"),
                    (Some(q), None) => format!("queue {q}"),
                    (None, Some(a)) => a.to_string(),
                    (None, None) => "?".to_string(),
                };
                text.push_str(&format!(
                    "  {} {} -> {to} ({})\n",
                    t["kind"].as_str().unwrap_or("?"),
                    t["from"]["name"].as_str().unwrap_or("?"),
                    t["status"].as_str().unwrap_or("?"),
                ));
            }
        }
        text.push_str(&format!(
            "\n{} {}\n",
            ui.bold("next:"),
            next_verbs(call).join(" | ")
        ));
    }
    ui.out(&text)
}
