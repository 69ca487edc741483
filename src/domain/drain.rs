//! The decisions of `drain`, without I/O: which live calls of the drained agents are handed
//! on, which were handed on by an earlier run, which are left alone, and how many an agent
//! target can take.

use super::call::{Call, Phase};
use super::model::WorkerChannel;
use super::plan::Target;

/// What `drain` does with one live call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Not a call of a drained agent: not shown, not touched.
    NotDrained,
    /// The call's agent is drained: hand it on. `agent` is their worker SID.
    HandOn { agent: String },
    /// An earlier run (or someone) handed it from a drained agent to this target.
    AlreadyHandedOn { from: String },
    /// A transfer is under way on it: it is not touched.
    UnderWay { agent: String },
}

/// Whether a journaled transfer (a record as the call's tasks hold it) went to `target`.
fn went_to(record: &serde_json::Value, target: &Target) -> bool {
    let to = &record["to"];
    match target {
        Target::Agent { worker_sid, .. } => to["worker_sid"] == worker_sid.as_str(),
        Target::Queue { queue_sid, .. } => to["queue_sid"] == queue_sid.as_str(),
        Target::Number { number, .. } => to["number"] == number.as_str(),
    }
}

fn active_status(s: &serde_json::Value) -> bool {
    matches!(
        s.as_str(),
        Some("initiated" | "ringing" | "consulting" | "merged")
    )
}

/// What to do with `call`, given the drained agents' worker SIDs and the target.
///
/// A call whose last completed hand-off went from a drained agent to this target was handed
/// on by an earlier run, whoever holds it now (an agent of the target may be one of a drained
/// queue's agents too: the call is not sent round again). Otherwise a call held by a drained
/// agent is handed on, unless a transfer is under way on it.
pub fn decide(call: &Call, drained: &[String], target: &Target) -> Decision {
    let is_drained = |sid: &str| drained.iter().any(|d| d == sid);
    let last_done = call
        .transfers
        .iter()
        .rev()
        .find(|r| r["status"] == "completed");
    if let Some(r) = last_done {
        let from = r["from"]["worker_sid"].as_str().unwrap_or_default();
        if is_drained(from) && went_to(r, target) {
            return Decision::AlreadyHandedOn {
                from: from.to_string(),
            };
        }
    }
    let Some(agent) = call.agent_sid.as_deref().filter(|a| is_drained(a)) else {
        return Decision::NotDrained;
    };
    let under_way = call.transfers.iter().any(|r| active_status(&r["status"]))
        || call.consult_leg().is_some()
        || call.phase == Phase::ConsultRinging;
    let agent = agent.to_string();
    if under_way {
        Decision::UnderWay { agent }
    } else {
        Decision::HandOn { agent }
    }
}

/// How many more voice calls an agent can take now: the room on their voice channel (an agent
/// whose channels are unknown is taken to have room for one, as TaskRouter's default voice
/// capacity of 1 would give an idle agent).
pub fn free_voice(channels: &[WorkerChannel]) -> usize {
    match channels.iter().find(|c| c.task_channel == "voice") {
        None => 1,
        Some(c) if !c.has_room() => 0,
        Some(c) => (c.configured_capacity.saturating_sub(c.assigned_tasks) as usize).max(1),
    }
}

/// The order calls are handed on in: the longest-waiting customers first (the oldest calls),
/// then by task SID so that the order is the same on every run.
pub fn order(calls: &mut [(u64, String)]) {
    calls.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
}

#[cfg(test)]
#[path = "drain_tests.rs"]
mod tests;
