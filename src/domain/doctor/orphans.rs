//! `orphan-consult`: what a transfer left behind with nothing to own it (a consult leg or task
//! no record names), and records whose consult is gone.

use super::{handed_over, CallFacts, Finding, Repair, Status};
use crate::domain::call::{Role, CONSULT_LABEL_PREFIX};
use crate::domain::plan::{self, Plan};
use crate::domain::record::{Liveness, Status as RecordStatus, RECORD_GRACE_S};

/// `orphan-consult`: consult legs or tasks with no active record, and active records whose
/// consult is gone.
pub fn orphans(f: &CallFacts) -> Finding {
    let id = "orphan-consult";
    let mut problems = Vec::new();
    let mut repairs = Vec::new();
    let consult_legs: Vec<_> = f
        .call
        .participants
        .iter()
        .filter(|l| {
            l.role == Role::Consult
                || (l.role != Role::Customer
                    && l.label
                        .as_deref()
                        .is_some_and(|x| x.starts_with(CONSULT_LABEL_PREFIX))
                    && f.call.agent_sid.as_deref() != l.worker_sid.as_deref())
        })
        .collect();
    if f.active.is_none() {
        for leg in &consult_legs {
            problems.push(format!(
                "consult leg {} has no transfer record",
                leg.display_name()
            ));
            repairs.push(Repair::Call {
                plan: plan::remove_leg(f.call, leg, None),
                consult_task: None,
                record: None,
            });
        }
    }
    for (task, transfer_id) in f.consult_tasks {
        let owned = f.active.is_some_and(|t| {
            t.consult.task_sid.as_deref() == Some(task.as_str())
                || transfer_id.as_deref() == Some(t.id.as_str())
        });
        // The target's task of a completed transfer carries the call now: not an orphan.
        let handed = f.call.transfers.iter().any(|t| {
            t["status"] == "completed"
                && (t["consult"]["task_sid"].as_str() == Some(task.as_str())
                    || t["id"]
                        .as_str()
                        .is_some_and(|id| transfer_id.as_deref() == Some(id)))
        });
        let owned = owned || handed;
        if !owned {
            problems.push(format!("consult task {task} has no active transfer record"));
            repairs.push(Repair::Call {
                plan: plan::close_consult_task("orphaned consult task"),
                consult_task: Some(task.clone()),
                record: None,
            });
        }
    }
    if let Some(t) = f.active {
        let leg_gone = consult_legs.is_empty();
        let open_task = f
            .consult_tasks
            .iter()
            .find(|(sid, id)| {
                t.consult.task_sid.as_deref() == Some(sid.as_str())
                    || id.as_deref() == Some(t.id.as_str())
            })
            .map(|(sid, _)| sid.clone());
        let task_open = open_task.is_some();
        // Handed over but not journaled: the record only needs closing.
        if handed_over(f.call, t) {
            let mut finding = Finding::new(
                id,
                Status::Fail,
                format!(
                    "transfer {} handed the call over but is still recorded as {}",
                    t.id,
                    t.status.as_str()
                ),
            )
            .hint("flexctl doctor --fix");
            finding.repairs.push(Repair::Call {
                plan: plan::record_only("close finished transfer record", RecordStatus::Completed),
                consult_task: None,
                record: Some(Box::new(t.clone())),
            });
            return finding;
        }
        let settled = f.active_age_s.is_none_or(|a| a > RECORD_GRACE_S);
        // A transfer whose process is alive is its process's business; one whose process is
        // gone is `abandoned-transfer`'s.
        let parked = f.liveness == Liveness::Parked;
        let dangling = parked
            && match t.status {
                RecordStatus::Initiated => leg_gone && !task_open && settled,
                // Parked once the target was rung: with the leg gone (the ring ended, or the
                // target was removed by a verb cut short) there is nobody left to consult.
                RecordStatus::Ringing | RecordStatus::Consulting | RecordStatus::Merged => leg_gone,
                _ => false,
            };
        if dangling {
            problems.push(format!(
                "transfer {} is recorded as {} but its consult leg is gone",
                t.id,
                t.status.as_str()
            ));
            let mut plan = Plan::clone(&plan::record_only(
                "close dangling transfer record",
                RecordStatus::Failed,
            ));
            if let Some(c) = f.call.customer_leg().filter(|c| c.hold) {
                plan.steps.splice(0..0, plan::set_hold(c, false).steps);
            }
            // The target's task goes with its leg (their capacity freed, nothing left assigned
            // to somebody not on the call).
            if task_open {
                let close = plan::close_consult_task("its consult leg is gone");
                plan.steps.splice(0..0, close.steps);
            }
            repairs.push(Repair::Call {
                plan,
                consult_task: open_task,
                record: Some(Box::new(t.clone())),
            });
        }
    }
    if problems.is_empty() {
        return Finding::pass(id, "no orphaned consult leg, task or record");
    }
    let mut finding =
        Finding::new(id, Status::Fail, problems.join("; ")).hint("flexctl doctor --fix");
    finding.repairs = repairs;
    finding
}
