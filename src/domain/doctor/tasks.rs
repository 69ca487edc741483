//! `agent-without-task` and `task-without-agent`: who holds TaskRouter work for the call must
//! match who is on it (the agents connected are the agents of its assigned tasks).

use super::{CallFacts, Finding, Repair, Status};
use crate::domain::call::Role;
use crate::domain::plan::{Accept, Action, Finish, Plan, Target};

pub const AGENT_WITHOUT_TASK: &str = "agent-without-task";
pub const TASK_WITHOUT_AGENT: &str = "task-without-agent";

/// Both findings. An agent leg is covered by the call's current task (its accepted
/// reservation's worker), or by the target's task of the transfer under way; the current
/// task's worker must be connected to the call (a consult still ringing is the transfer's
/// business, not this check's).
pub fn tasks_follow(f: &CallFacts) -> Vec<Finding> {
    let call = f.call;
    let Some(holder) = f.task_agent else {
        return vec![
            Finding::new(
                TASK_WITHOUT_AGENT,
                Status::Skip,
                "nobody holds the call's task through an accepted reservation",
            ),
            Finding::new(
                AGENT_WITHOUT_TASK,
                Status::Skip,
                "the call's task has no agent",
            ),
        ];
    };
    let target = f.active.and_then(|t| t.to.worker_sid.as_deref());
    let connected: Vec<_> = call
        .participants
        .iter()
        // A supervisor holds no task of the call, and needs none.
        .filter(|l| matches!(l.role, Role::Agent | Role::Consult) && l.connected())
        .collect();
    let holder_on_call = connected
        .iter()
        .any(|l| l.worker_sid.as_deref() == Some(holder));
    let mut out = Vec::new();
    let others: Vec<_> = connected
        .iter()
        .filter(|l| l.worker_sid.as_deref() != Some(holder))
        .collect();
    if holder_on_call || f.active.is_some() {
        out.push(Finding::pass(
            TASK_WITHOUT_AGENT,
            "the call's task is held by an agent on the call",
        ));
    } else {
        // The holder left (somebody else carries the call, or nobody: then a rescue hands it
        // on): their task is done.
        let mut plan = Plan::new("wrap the task of an agent who left");
        plan.push(
            Action::FinishTask {
                finish: Finish::Wrap,
            },
            None,
        );
        let mut finding = Finding::new(
            TASK_WITHOUT_AGENT,
            Status::Fail,
            format!(
                "task {} is still assigned to {}, who is not on the call",
                call.task_sid,
                f.names_of(holder)
            ),
        )
        .hint("flexctl doctor --fix (moves it to wrapping)");
        finding.repairs.push(Repair::Call {
            plan,
            consult_task: None,
            record: None,
        });
        out.push(finding);
    }
    let uncovered: Vec<_> = others
        .iter()
        .filter(|l| l.worker_sid.is_some() && l.worker_sid.as_deref() != target)
        .collect();
    match uncovered.first() {
        None => out.push(Finding::pass(
            AGENT_WITHOUT_TASK,
            "every agent on the call holds a task of it",
        )),
        Some(leg) => {
            let sid = leg.worker_sid.clone().unwrap_or_default();
            let name = leg.display_name();
            let mut plan = Plan::new("give an agent on the call a task of it");
            plan.push(
                Action::CreateConsultTask {
                    target: Target::Agent {
                        worker_sid: sid,
                        name: name.clone(),
                        contact_uri: String::new(),
                    },
                    // They are on the call already: their capacity is theirs to use.
                    ignore_capacity: true,
                    note: None,
                },
                None,
            );
            plan.push(
                Action::AwaitAcceptance {
                    timeout_s: 30,
                    accept: Accept::Flexctl,
                },
                None,
            );
            let names: Vec<String> = uncovered.iter().map(|l| l.display_name()).collect();
            let mut finding = Finding::new(
                AGENT_WITHOUT_TASK,
                Status::Fail,
                format!(
                    "{} {} on the call with no task of it (their Flex UI shows no task card)",
                    names.join(", "),
                    if names.len() == 1 { "is" } else { "are" }
                ),
            )
            .hint("flexctl doctor --fix (creates and accepts a task for them)");
            finding.repairs.push(Repair::Call {
                plan,
                consult_task: None,
                record: None,
            });
            out.push(finding);
        }
    }
    out
}
