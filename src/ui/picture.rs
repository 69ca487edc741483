//! The call picture: who hears whom, who is on hold, who is ringing, and the phase: the
//! terminal version of the warm-transfer diagram. Plain ASCII without colour.

use crate::domain::call::{Call, Leg, Role};

use super::sanitize::clean;
use super::Ui;

fn party(leg: &Leg, customer_number: Option<&str>) -> String {
    let name = clean(&leg.display_name());
    match (leg.role, customer_number) {
        (Role::Customer, Some(n)) => format!("customer {}", clean(n)),
        (Role::Consult, _) => format!("{name} (consult)"),
        _ => name,
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
        .map(|l| party(l, number))
        .collect();
    let held: Vec<String> = call
        .participants
        .iter()
        .filter(|l| l.connected() && l.hold)
        .map(|l| party(l, number))
        .collect();
    let ringing: Vec<String> = call
        .participants
        .iter()
        .filter(|l| l.status.is_pending())
        .map(|l| party(l, number))
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
    lines.push(format!("  phase     {}", ui.bold(call.phase.as_str())));
    lines.join("\n")
}
