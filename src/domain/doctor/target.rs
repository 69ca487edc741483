//! What doctor says of a transfer target: the very preconditions the verbs check
//! (`target-exists`, `target-not-self`, `target-available`, `queue-not-stale`), one finding each.

use super::{Finding, Repair, Status};
use crate::domain::call::Call;
use crate::domain::model::{Queue, QueueStats, Worker, WorkerChannel};
use crate::domain::rules::{self, Check, Refusal};

fn finding(check: Check, result: Result<(), Refusal>, ok: String) -> Finding {
    match result {
        Ok(()) => Finding::pass(check.id(), ok),
        Err(r) => {
            Finding::new(r.check.id(), Status::Fail, r.message).hint(r.hint.unwrap_or_default())
        }
    }
}

/// An agent target, checked against the selected call (if any) and its acting agent, and
/// their worker channels.
pub fn agent_target(
    call: Option<&Call>,
    actor_sid: Option<&str>,
    w: &Worker,
    channels: &[WorkerChannel],
) -> Vec<Finding> {
    let voice = channels
        .iter()
        .find(|c| c.task_channel == "voice")
        .map_or_else(|| "unknown".to_string(), WorkerChannel::usage);
    vec![
        Finding::pass(
            Check::TargetExists.id(),
            format!("agent {} ({})", w.name, w.sid),
        ),
        finding(
            Check::TargetNotSelf,
            rules::check_not_self(call, actor_sid, w),
            format!("{} is not on this call", w.name),
        ),
        finding(
            Check::TargetAvailable,
            rules::check_agent_available(w, false),
            format!("{} is available", w.name),
        ),
        finding(
            Check::TargetCapacity,
            rules::check_agent_capacity(w, channels, false),
            format!("{} has room for a call (voice {voice} in use)", w.name),
        ),
    ]
}

/// A queue target; `queue-not-stale` too unless the caller reports every queue's at once.
pub fn queue_target(q: &Queue, stats: Option<&QueueStats>, with_stale: bool) -> Vec<Finding> {
    let available = stats.map_or(0, |s| s.total_available_workers);
    let mut out = vec![
        Finding::pass(
            Check::TargetExists.id(),
            format!("queue {} ({})", q.name, q.sid),
        ),
        finding(
            Check::TargetAvailable,
            rules::check_queue_staffed(q, stats, false),
            format!("{available} agent(s) available in {}", q.name),
        ),
    ];
    if with_stale {
        out.push(stale_finding(&[(q, stats)]));
    }
    out
}

/// `queue-not-stale` over some queues, with the reset of the stale ones as the repair.
pub fn stale_finding(queues: &[(&Queue, Option<&QueueStats>)]) -> Finding {
    let stale: Vec<&Queue> = queues
        .iter()
        .filter(|(q, s)| rules::check_queue_fresh(q, *s).is_err())
        .map(|(q, _)| *q)
        .collect();
    if stale.is_empty() {
        return Finding::pass(
            Check::QueueNotStale.id(),
            match queues {
                [(q, _)] => format!("{} has had tasks in the last 30 days", q.name),
                _ => "every queue has had tasks in the last 30 days".into(),
            },
        );
    }
    let names: Vec<&str> = stale.iter().map(|q| q.name.as_str()).collect();
    Finding::new(
        Check::QueueNotStale.id(),
        Status::Fail,
        format!(
            "no task in 30 days: {} (transfers to it fail)",
            names.join(", ")
        ),
    )
    .hint(format!(
        "flexctl queue reset {}",
        names
            .iter()
            .map(|n| crate::domain::names::shell_word(n))
            .collect::<Vec<_>>()
            .join(" ")
    ))
    .repair(Repair::ResetQueues(
        stale.iter().map(|q| q.sid.clone()).collect(),
    ))
}
