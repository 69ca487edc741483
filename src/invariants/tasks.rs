//! The task invariants of a call: who holds TaskRouter work for it must match who is on it.
//!
//! A call is a conference plus every task linked to it: the task it is named after, and any
//! task whose attributes name the conference (`conference.sid`) or the call's first task
//! (`conversations.conversation_id`). Served among the invariants' `violations`, and repeated
//! on their own as `task_violations`. A leaver is someone who left a call still in progress: once
//! the conference ends, tasks still assigned are `doctor`'s `ended-calls` to report.

use rusqlite::{params, Transaction};

use super::{Violation, DANGLING_GRACE_MS};
use crate::sandbox::http::ApiResult;
use crate::sandbox::taskrouter::channels;

/// A connected agent leg of a live call with no assigned task of the call held through their
/// accepted reservation. A supervisor's leg (`supervisor-WK…`) is no agent's: it needs no task.
pub const AGENT_WITHOUT_TASK: &str = "agent-without-task";
/// A connected agent leg holding more than one assigned task of the call.
pub const AGENT_WITH_TWO_TASKS: &str = "agent-with-two-tasks";
/// An assigned task of a live call whose worker was never on it, beyond the grace a running
/// verb needs between accepting the reservation and the worker's leg joining.
pub const TASK_WITHOUT_AGENT: &str = "task-without-agent";
/// A worker holding more tasks of a channel than their capacity.
pub const WORKER_OVER_CAPACITY: &str = "worker-over-capacity";
/// An agent left the call and their task of it is still assigned (not wrapping or completed).
pub const LEAVER_TASK_OPEN: &str = "leaver-task-open";

pub const KINDS: &[&str] = &[
    AGENT_WITHOUT_TASK,
    AGENT_WITH_TWO_TASKS,
    TASK_WITHOUT_AGENT,
    WORKER_OVER_CAPACITY,
    LEAVER_TASK_OPEN,
];

/// Tasks of conference `?1` (named `?2`): `(task, worker of its accepted reservation, status,
/// date_updated)`; `worker` is NULL for a task nobody accepted.
const CALL_TASKS: &str = "SELECT t.sid, r.worker_sid, t.assignment_status, t.date_updated
     FROM tasks t
     LEFT JOIN reservations r ON r.task_sid = t.sid
          AND r.reservation_status IN ('accepted', 'wrapping', 'completed')
     WHERE t.sid = ?2
        OR CASE WHEN json_valid(t.attributes)
                THEN json_extract(t.attributes, '$.conference.sid') = ?1
                  OR json_extract(t.attributes, '$.conversations.conversation_id') = ?2
           END
     ORDER BY t.sid";

struct CallTask {
    sid: String,
    worker: Option<String>,
    status: String,
    updated: i64,
}

/// Every broken task invariant, at sandbox time `now`.
pub fn check(tx: &Transaction, now: i64) -> ApiResult<Vec<Violation>> {
    let mut out = Vec::new();
    let mut confs = tx
        .prepare("SELECT sid, friendly_name, status FROM conferences ORDER BY date_created, sid")?;
    let conferences: Vec<(String, String, String)> = confs
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (sid, name, status) in &conferences {
        let mut st = tx.prepare_cached(CALL_TASKS)?;
        let tasks: Vec<CallTask> = st
            .query_map(params![sid, name], |r| {
                Ok(CallTask {
                    sid: r.get(0)?,
                    worker: r.get(1)?,
                    status: r.get(2)?,
                    updated: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut legs = tx.prepare_cached(
            "SELECT worker_sid, status = 'connected' AND left_at IS NULL, left_at IS NULL
             FROM participants WHERE conference_sid = ?1 AND worker_sid IS NOT NULL
               AND (label IS NULL OR substr(label, 1, 11) <> 'supervisor-')",
        )?;
        let legs: Vec<(String, bool, bool)> = legs
            .query_map([sid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let assigned_to = |w: &str| {
            tasks
                .iter()
                .filter(|t| t.status == "assigned" && t.worker.as_deref() == Some(w))
                .count()
        };
        let live = status == "in-progress";
        if live {
            for (worker, _, _) in legs.iter().filter(|l| l.1) {
                match assigned_to(worker) {
                    1 => {}
                    0 => out.push(Violation::new(
                        AGENT_WITHOUT_TASK,
                        worker.clone(),
                        format!("connected to {sid} with no assigned task of the call"),
                    )),
                    n => out.push(Violation::new(
                        AGENT_WITH_TWO_TASKS,
                        worker.clone(),
                        format!("holds {n} assigned tasks of {sid}"),
                    )),
                }
            }
        }
        for t in tasks.iter().filter(|t| t.status == "assigned") {
            let Some(worker) = t.worker.as_deref() else {
                continue;
            };
            let mine = legs.iter().filter(|l| l.0 == worker);
            let (ever, present) = mine.fold((false, false), |(_, p), l| (true, p || l.2));
            if ever && !present && live {
                out.push(Violation::new(
                    LEAVER_TASK_OPEN,
                    t.sid.clone(),
                    format!("{worker} left {sid} and the task is still assigned"),
                ));
            } else if live && !ever && now - t.updated > DANGLING_GRACE_MS {
                out.push(Violation::new(
                    TASK_WITHOUT_AGENT,
                    t.sid.clone(),
                    format!("assigned to {worker}, who is not on {sid}"),
                ));
            }
        }
    }
    over_capacity(tx, &mut out)?;
    Ok(out)
}

fn over_capacity(tx: &Transaction, out: &mut Vec<Violation>) -> ApiResult<()> {
    let mut st = tx.prepare("SELECT workspace_sid, sid FROM workers ORDER BY sid")?;
    let workers: Vec<(String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (ws, worker) in workers {
        for c in channels::channels_of(tx, &ws, &worker)?
            .iter()
            .filter(|c| c.in_use > c.capacity)
        {
            out.push(Violation::new(
                WORKER_OVER_CAPACITY,
                worker.clone(),
                format!(
                    "{} {} tasks on a capacity of {}",
                    c.in_use, c.unique_name, c.capacity
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "tasks_tests.rs"]
mod tests;
