//! `abandoned-transfer`: a transfer whose process was killed (its record names a process that
//! is gone, or whose lease lapsed), told apart from one a person left to continue, and undone
//! (or, once merged, closed with everyone left on the call).

use super::{handed_over, CallFacts, Finding, Repair, Status};
use crate::domain::plan;
use crate::domain::record::{Liveness, Status as RecordStatus, Transfer};

pub const ID: &str = "abandoned-transfer";

pub fn abandoned(f: &CallFacts) -> Finding {
    let Some(t) = f.active else {
        return Finding::pass(ID, "no transfer under way");
    };
    let why = match &f.liveness {
        Liveness::Parked => {
            return Finding::pass(
                ID,
                format!(
                    "transfer {} is {}, left for a person to continue",
                    t.id,
                    t.status.as_str()
                ),
            )
        }
        Liveness::Running => {
            let by = t
                .owner
                .as_ref()
                .map(|o| format!(" by process {} on {}", o.pid, o.host))
                .unwrap_or_default();
            return Finding::pass(ID, format!("transfer {} is being run{by}", t.id));
        }
        Liveness::Abandoned(why) => why,
    };
    // `orphan-consult` closes a hand-off that happened but was not journaled.
    if handed_over(f.call, t) {
        return Finding::pass(ID, format!("transfer {} handed the call over", t.id));
    }
    let detail = format!("transfer {} was left {}: {why}", t.id, t.status.as_str());
    if t.status == RecordStatus::Merged {
        let record = Transfer {
            reason: Some("abandoned after the merge: everyone stays on the call".into()),
            ..t.clone()
        };
        return Finding::new(ID, Status::Fail, detail)
            .hint("flexctl doctor --fix closes it, everyone stays on the call; then flexctl leave")
            .repair(Repair::Call {
                plan: plan::record_only("close the abandoned transfer", RecordStatus::Completed),
                consult_task: None,
                record: Some(Box::new(record)),
            });
    }
    let actor = f.call.participants.iter().find(|l| {
        l.role != crate::domain::call::Role::Customer
            && l.worker_sid.is_some()
            && l.worker_sid == t.from.worker_sid
    });
    let consult_task = t.consult.task_sid.clone().or_else(|| {
        f.consult_tasks
            .iter()
            .find(|(_, id)| id.as_deref() == Some(t.id.as_str()))
            .map(|(sid, _)| sid.clone())
    });
    let record = Transfer {
        reason: Some("abandoned".into()),
        ..t.clone()
    };
    Finding::new(ID, Status::Fail, detail)
        .hint(
            "flexctl doctor --fix undoes it; or continue it by hand: flexctl cancel | swap | merge",
        )
        .repair(Repair::Call {
            plan: plan::cancel(f.call, actor, consult_task.is_some()),
            consult_task,
            record: Some(Box::new(record)),
        })
}
