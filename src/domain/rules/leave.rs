//! `leave`'s preconditions: someone else (an agent, never a supervisor) stays with the
//! customer, and not everyone left would be on hold.

use super::{Check, Refusal};
use crate::domain::call::{Call, Leg};

/// `other-agent-connected` and `customer-not-stranded` for `actor` leaving: another agent is
/// connected, and unless `yes`, the customer and every remaining agent are not all on hold.
pub fn check_leave(call: &Call, actor: &Leg, yes: bool) -> Result<(), Refusal> {
    let others: Vec<&Leg> = call
        .agent_legs()
        .filter(|l| l.connected() && l.call_sid != actor.call_sid)
        .collect();
    if others.is_empty() {
        return Err(Refusal::new(
            Check::OtherAgentConnected,
            "no other agent is connected: leaving would abandon the customer",
        )
        .hint("consult someone first: flexctl consult agent NAME --wait"));
    }
    let customer_held = call.customer_leg().is_some_and(|c| c.hold);
    if customer_held && others.iter().all(|l| l.hold) && !yes {
        let names: Vec<String> = others.iter().map(|l| l.display_name()).collect();
        return Err(Refusal::new(
            Check::CustomerNotStranded,
            "the customer and every remaining agent are on hold: nobody could talk",
        )
        .hint(format!(
            "flexctl unhold customer; flexctl unhold {} (or --yes to leave anyway)",
            names.join(" ")
        )));
    }
    Ok(())
}
