//! Rules of `agents set NAME --activity A`: when moving an agent to another activity needs a
//! confirmation (`agent-busy`).

use super::{Check, Refusal};
use crate::domain::model::{Activity, Worker};

/// What an agent is busy with, as the directory read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Busy {
    /// The task of the live call they are on, if any.
    pub on_call: Option<String>,
    /// Their pending reservations (tasks offered to them, not yet accepted).
    pub pending: usize,
}

/// `agent-busy`: moving an agent to an activity that is not available while they are on a live
/// call or hold a pending reservation needs a confirmation (`--yes`, or y on a terminal). The
/// call itself is not touched (an activity never hangs up), but TaskRouter then offers them
/// nothing new, and their pending reservations are rejected (the tasks go back to routing; a
/// consult ringing them is canceled by the flexctl waiting on it). Moving to an available
/// activity, or an agent with nothing going on, needs none.
pub fn check_activity_change(worker: &Worker, to: &Activity, busy: &Busy) -> Result<(), Refusal> {
    if to.available || (busy.on_call.is_none() && busy.pending == 0) {
        return Ok(());
    }
    let mut what = Vec::new();
    if let Some(task) = &busy.on_call {
        what.push(format!("is on a live call ({task})"));
    }
    if busy.pending > 0 {
        let s = if busy.pending == 1 { "" } else { "s" };
        what.push(format!("has {} pending reservation{s}", busy.pending));
    }
    let effect = if busy.pending > 0 {
        "their pending reservations would be rejected"
    } else {
        "their call goes on, but nothing new would be offered to them"
    };
    Err(Refusal::new(
        Check::AgentBusy,
        format!(
            "{} {}: {} is not an available activity ({effect})",
            worker.name,
            what.join(" and "),
            to.name
        ),
    )
    .hint("confirm with --yes")
    .confirmable())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn bob() -> Worker {
        Worker {
            sid: "WK1".into(),
            name: "bob".into(),
            activity_sid: Some("WA1".into()),
            activity_name: Some("Available".into()),
            available: true,
            attributes: Value::Null,
            date_status_changed: None,
        }
    }

    fn activity(name: &str, available: bool) -> Activity {
        Activity {
            sid: "WA2".into(),
            name: name.into(),
            available,
        }
    }

    #[test]
    fn only_an_unavailable_activity_for_a_busy_agent_needs_a_confirmation() {
        let call = Some("WT1".to_string());
        // (to available, on a call, pending reservations, refused)
        let table = [
            (true, None, 0, false),
            (true, call.clone(), 2, false),
            (false, None, 0, false),
            (false, call.clone(), 0, true),
            (false, None, 1, true),
            (false, call.clone(), 3, true),
        ];
        for (i, (available, on_call, pending, refused)) in table.into_iter().enumerate() {
            let busy = Busy { on_call, pending };
            let r = check_activity_change(&bob(), &activity("Break", available), &busy);
            assert_eq!(r.is_err(), refused, "case {i}");
            if let Err(r) = r {
                assert_eq!(r.check.id(), "agent-busy");
                assert!(
                    r.confirmable,
                    "a missing confirmation, not a forbidden state"
                );
                assert!(r.message.contains("Break"), "{}", r.message);
            }
        }
    }

    #[test]
    fn the_refusal_says_what_the_agent_is_busy_with() {
        let busy = Busy {
            on_call: Some("WT9".into()),
            pending: 2,
        };
        let r = check_activity_change(&bob(), &activity("Offline", false), &busy).unwrap_err();
        assert!(r.message.contains("live call (WT9)"), "{}", r.message);
        assert!(
            r.message.contains("2 pending reservations"),
            "{}",
            r.message
        );
        assert!(r.message.contains("rejected"), "{}", r.message);
    }
}
