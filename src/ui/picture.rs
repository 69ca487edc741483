//! The call picture: who hears whom, who is on hold, who is ringing, and the phase: the
//! terminal version of the warm-transfer diagram. Plain ASCII without colour. With it, the
//! whole detail view of one call (legs table, transfers, next verbs), fitted to the terminal.

use serde_json::Value;

use crate::domain::call::{Call, Leg, Role};
use crate::domain::next::next_verbs;

use super::fit::{elide_middle, width_of, Column, SID_WIDTH};
use super::sanitize::clean;
use super::table::{self, yes_no};
use super::Ui;

/// The legs table: the label (`consult-WK…`) shortens first and goes first, then the flags.
const LEG_COLUMNS: &[Column] = &[
    Column::new("Role", "role"),
    Column::new("Name", "name").text(10),
    Column::new("Call SID", "call_sid").sid().drop(3),
    Column::new("Label", "label").middle(10).drop(4),
    Column::new("Status", "status"),
    Column::new("Hold", "hold"),
    Column::new("Muted", "muted").drop(2),
    Column::new("End on exit", "end_conference_on_exit").drop(1),
];

/// The call's own fields that lead each TSV row of `calls show`, then each leg's.
const CALL_KEYS: &[&str] = &["task_sid", "conference_sid", "agent", "customer", "phase"];
const LEG_KEYS: &[&str] = &[
    "role",
    "name",
    "worker_sid",
    "call_sid",
    "label",
    "status",
    "hold",
    "muted",
    "end_conference_on_exit",
];
/// The call's fields that end each TSV row: the note the last hand-off left.
const CALL_TAIL_KEYS: &[&str] = &["note"];

/// `calls show -o tsv` from its JSON: one row per leg, the call's fields first, every header
/// a JSON field name.
pub fn legs_tsv(ui: &Ui, call_json: &Value) -> String {
    let legs = call_json["participants"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let rows: Vec<Value> = legs
        .iter()
        .map(|leg| {
            let mut row = serde_json::Map::new();
            for k in CALL_KEYS {
                row.insert(k.to_string(), call_json[*k].clone());
            }
            for k in LEG_KEYS {
                row.insert(k.to_string(), leg[*k].clone());
            }
            for k in CALL_TAIL_KEYS {
                row.insert(k.to_string(), call_json[*k].clone());
            }
            Value::Object(row)
        })
        .collect();
    let keys: Vec<&str> = CALL_KEYS
        .iter()
        .chain(LEG_KEYS)
        .chain(CALL_TAIL_KEYS)
        .copied()
        .collect();
    table::tsv_of(ui, &keys, &rows)
}

/// The human view of one call: its SIDs, the legs, the picture, the transfers and the verbs
/// that make sense next (the last three left out with `-q`).
pub fn detail(ui: &Ui, call: &Call) -> String {
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
    let mut text = format!(
        "{}\n\n{}\n",
        sids_line(ui, call),
        table::fitted(ui, LEG_COLUMNS, cells)
    );
    if ui.quiet {
        return text;
    }
    text.push('\n');
    text.push_str(&render(ui, call));
    text.push('\n');
    if !call.transfers.is_empty() {
        text.push_str(&format!("\n{}\n", ui.bold("transfers")));
        for t in &call.transfers {
            text.push_str(&ui.clip(&transfer_line(t)));
            text.push('\n');
        }
    }
    text.push('\n');
    for line in next_lines(ui, &next_verbs(call)) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// `task WT…  conference CF…`, the SIDs elided when the line would not fit.
fn sids_line(ui: &Ui, call: &Call) -> String {
    let (task, conf) = (clean(&call.task_sid), clean(&call.conference_sid));
    let full = width_of("task   conference ") + width_of(&task) + width_of(&conf);
    let (task, conf) = match ui.width {
        Some(w) if full > w => (
            elide_middle(&task, SID_WIDTH),
            elide_middle(&conf, SID_WIDTH),
        ),
        _ => (task, conf),
    };
    ui.clip(&format!(
        "{} {task}  {} {conf}",
        ui.bold("task"),
        ui.bold("conference")
    ))
}

fn transfer_line(t: &Value) -> String {
    // A queue transfer names its queue, and the agent once one accepted.
    let to = match (t["to"]["queue_name"].as_str(), t["to"]["name"].as_str()) {
        (Some(q), Some(a)) => format!("queue {q} ({a})"),
        (Some(q), None) => format!("queue {q}"),
        (None, Some(a)) => a.to_string(),
        (None, None) => "?".to_string(),
    };
    let line = clean(&format!(
        "  {} {} -> {to} ({})",
        t["kind"].as_str().unwrap_or("?"),
        t["from"]["name"].as_str().unwrap_or("?"),
        t["status"].as_str().unwrap_or("?"),
    ));
    match t["note"].as_str() {
        Some(note) => format!("{line}  note: {}", clean(note)),
        None => line,
    }
}

/// `next: a | b | c`, broken between verbs (never inside one) to fit the width.
fn next_lines(ui: &Ui, verbs: &[String]) -> Vec<String> {
    const LEAD: &str = "next: ";
    let room = ui
        .width
        .map_or(usize::MAX, |w| w.saturating_sub(LEAD.len()));
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for v in verbs {
        if !line.is_empty() && width_of(&line) + 3 + width_of(v) > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(" | ");
        }
        line.push_str(v);
    }
    lines.push(line);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let lead = if i == 0 {
                format!("{} ", ui.bold("next:"))
            } else {
                " ".repeat(LEAD.len())
            };
            ui.clip(format!("{lead}{l}").trim_end())
        })
        .collect()
}

fn is_external(leg: &Leg) -> bool {
    leg.label
        .as_deref()
        .and_then(crate::domain::number::number_of_label)
        .is_some()
}

/// `monitoring`, `coaching NAME`, `barged in`: how a supervisor is on the call.
pub fn mode_of(leg: &Leg, call: &Call) -> String {
    let s = crate::domain::plan::Supervision::of(leg, call);
    match (s.mode, s.coached) {
        (crate::domain::plan::Mode::Coach, Some(c)) => format!("coaching {}", clean(&c.name)),
        (crate::domain::plan::Mode::Barge, _) => "barged in".to_string(),
        _ => "monitoring".to_string(),
    }
}

fn party(leg: &Leg, call: &Call, customer_number: Option<&str>) -> String {
    let name = clean(&leg.display_name());
    let who = match (leg.role, customer_number) {
        (Role::Customer, Some(n)) => format!("customer {}", clean(n)),
        (Role::Consult, _) if leg.worker_sid.is_none() && is_external(leg) => {
            format!("{name} (consult, external)")
        }
        (Role::Consult, _) => format!("{name} (consult)"),
        (Role::External, _) => format!("{name} (external)"),
        // A supervisor's mode says who hears them; it is not a mute to undo.
        (Role::Supervisor, _) => return format!("{name} (supervisor, {})", mode_of(leg, call)),
        _ => name,
    };
    // Muted: hears everyone, heard by nobody.
    if leg.muted {
        format!("{who} (muted)")
    } else {
        who
    }
}

/// Renders the picture for a terminal (Unicode and colour) or plain ASCII.
pub fn render(ui: &Ui, call: &Call) -> String {
    let fancy = ui.color;
    let link = if fancy { " ⇄ " } else { " <-> " };
    let number = call.customer.as_deref();
    let talking: Vec<String> = call
        .participants
        .iter()
        .filter(|l| l.live())
        .map(|l| party(l, call, number))
        .collect();
    let held: Vec<String> = call
        .participants
        .iter()
        .filter(|l| l.connected() && l.hold)
        .map(|l| party(l, call, number))
        .collect();
    let ringing: Vec<String> = call
        .participants
        .iter()
        .filter(|l| l.status.is_pending())
        .map(|l| party(l, call, number))
        .collect();

    let mut lines = Vec::new();
    let talk = match talking.len() {
        0 => ui.red("nobody"),
        1 => format!("{} {}", ui.green(&talking[0]), ui.dim("(alone)")),
        _ => ui.green(&talking.join(link)),
    };
    lines.push(format!("  talking   {talk}"));
    if !held.is_empty() {
        let music = if fancy {
            " ♪ hold music"
        } else {
            " (hold music)"
        };
        lines.push(format!(
            "  on hold   {}{}",
            ui.yellow(&held.join(", ")),
            ui.dim(music)
        ));
    }
    if !ringing.is_empty() {
        let bell = if fancy { " …ringing" } else { " (ringing)" };
        lines.push(format!(
            "  ringing   {}{}",
            ringing.join(", "),
            ui.dim(bell)
        ));
    }
    let customer_held = call.customer_leg().is_some_and(|l| l.hold);
    if customer_held && !call.agent_legs().any(|l| l.live()) {
        lines.push(format!(
            "  {}",
            ui.red("warning: the customer is on hold and no agent is live")
        ));
    }
    let customer_live = call.customer_leg().is_some_and(|l| l.live());
    let heard = call.agent_legs().any(|l| l.live() && !l.muted);
    if customer_live && !heard && call.agent_legs().any(|l| l.live()) {
        lines.push(format!(
            "  {}",
            ui.yellow("note: every live agent is muted: the customer hears silence")
        ));
    }
    lines.push(format!("  phase     {}", ui.bold(call.phase.as_str())));
    lines
        .iter()
        .map(|l| ui.clip(l))
        .collect::<Vec<_>>()
        .join("\n")
}
