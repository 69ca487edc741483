//! What `doctor` concludes about a call, as findings with the rules' stable IDs, each failing
//! or warning finding with a runnable hint and, where it can be repaired safely, the repair.

use serde::Serialize;

use super::call::{Call, Leg, Role};
use super::plan::{self, Plan};
use super::record::{Liveness, Transfer};
use super::rules::{check_actor, check_no_transfer, strands_customer, Check};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

/// A repair `doctor --fix` can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Repair {
    /// A plan on the call, run with this consult task and record bound.
    Call {
        plan: Plan,
        consult_task: Option<String>,
        record: Option<Box<Transfer>>,
    },
    /// `queue reset` of these queue SIDs.
    ResetQueues(Vec<String>),
    /// Close the transfer (and its consult task) of a call whose conference has ended.
    Ended {
        task: Box<super::model::Task>,
        conference_sid: String,
        record: Box<Transfer>,
    },
    /// Move to wrapping a task still assigned for a call whose conference has ended (checked
    /// again first: a conference that is live after all is left alone).
    WrapEnded {
        task_sid: String,
        conference_sid: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    pub status: Status,
    pub detail: String,
    pub hint: Option<String>,
    #[serde(skip)]
    pub repairs: Vec<Repair>,
}

impl Finding {
    pub fn new(id: &str, status: Status, detail: impl Into<String>) -> Finding {
        Finding {
            id: id.to_string(),
            status,
            detail: detail.into(),
            hint: None,
            repairs: Vec::new(),
        }
    }

    pub fn pass(id: &str, detail: impl Into<String>) -> Finding {
        Finding::new(id, Status::Pass, detail)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Finding {
        self.hint = Some(hint.into());
        self
    }

    pub fn repair(mut self, r: Repair) -> Finding {
        self.repairs.push(r);
        self
    }
}

/// What is known about one call.
pub struct CallFacts<'a> {
    pub call: &'a Call,
    pub actor: Option<(&'a str, &'a str)>,
    pub active: Option<&'a Transfer>,
    /// Open consult tasks naming this call: (task SID, the transfer id they were made for).
    pub consult_tasks: &'a [(String, Option<String>)],
    /// Seconds since the active record was last written.
    pub active_age_s: Option<i64>,
    /// Whether the active record's process is still at work.
    pub liveness: Liveness,
    /// The worker holding the call's current task through an accepted reservation.
    pub task_agent: Option<&'a str>,
}

impl CallFacts<'_> {
    /// A worker's name as the call knows it, else the SID.
    fn names_of(&self, sid: &str) -> String {
        self.call
            .participants
            .iter()
            .find(|l| l.worker_sid.as_deref() == Some(sid))
            .and_then(|l| l.name.clone())
            .or_else(|| {
                (self.call.agent_sid.as_deref() == Some(sid))
                    .then(|| self.call.agent.clone())
                    .flatten()
            })
            .unwrap_or_else(|| sid.to_string())
    }
}

pub mod abandoned;
pub mod orphans;
pub mod target;
pub mod tasks;
pub use abandoned::abandoned;
pub use orphans::orphans;

/// The hand-off happened (the agent who started `t` has left, its target is connected) but
/// the process died before journaling it.
pub(super) fn handed_over(call: &Call, t: &Transfer) -> bool {
    let from_gone = !call.participants.iter().any(|l| {
        l.role != Role::Customer && l.worker_sid.is_some() && l.worker_sid == t.from.worker_sid
    });
    let target_connected = call.participants.iter().any(|l| {
        l.connected()
            && ((l.worker_sid.is_some() && l.worker_sid == t.to.worker_sid)
                || (t.to.number.is_some() && l.label.is_some() && l.label == t.consult.label))
    });
    from_gone && target_connected
}

pub fn call_findings(f: &CallFacts) -> Vec<Finding> {
    let mut out = vec![Finding::pass(
        Check::CallLive.id(),
        format!("conference {} is in progress", f.call.conference_sid),
    )];
    match f.actor {
        Some((sid, name)) => match check_actor(f.call, sid, name) {
            Ok(()) => {
                out.push(Finding::pass(
                    Check::AgentInCall.id(),
                    format!("{name} is connected"),
                ));
                out.push(Finding::pass(
                    Check::AgentNotOnHold.id(),
                    format!("{name} is not on hold"),
                ));
            }
            Err(r) if r.check == Check::AgentNotOnHold => {
                out.push(Finding::pass(
                    Check::AgentInCall.id(),
                    format!("{name} is connected"),
                ));
                out.push(
                    Finding::new(r.check.id(), Status::Fail, r.message)
                        .hint(r.hint.unwrap_or_default()),
                );
            }
            Err(r) => {
                out.push(
                    Finding::new(r.check.id(), Status::Fail, r.message)
                        .hint("flexctl doctor --agent NAME (an agent on the call)"),
                );
                out.push(Finding::new(
                    Check::AgentNotOnHold.id(),
                    Status::Skip,
                    "no acting agent",
                ));
            }
        },
        None if f.call.external_legs().any(Leg::connected) => {
            let with: Vec<String> = f.call.external_legs().map(Leg::display_name).collect();
            out.push(Finding::pass(
                Check::AgentInCall.id(),
                format!(
                    "the call was handed to {}: no agent is on it",
                    with.join(", ")
                ),
            ));
            out.push(Finding::new(
                Check::AgentNotOnHold.id(),
                Status::Skip,
                "no acting agent",
            ));
        }
        None => {
            out.push(
                Finding::new(
                    Check::AgentInCall.id(),
                    Status::Fail,
                    "cannot tell which agent holds this call",
                )
                .hint("flexctl doctor --agent NAME"),
            );
            out.push(Finding::new(
                Check::AgentNotOnHold.id(),
                Status::Skip,
                "no acting agent",
            ));
        }
    }
    let by = f
        .active
        .and_then(|t| t.from.name.clone().or(t.from.worker_sid.clone()));
    out.push(match check_no_transfer(f.call, by.as_deref()) {
        Ok(()) => Finding::pass(Check::NoOtherTransfer.id(), "no transfer in progress"),
        Err(r) => match &f.liveness {
            Liveness::Abandoned(why) if f.active.is_some() => Finding::new(
                r.check.id(),
                Status::Fail,
                format!("{} (abandoned: {why})", r.message),
            )
            .hint("flexctl doctor --fix"),
            _ => {
                Finding::new(r.check.id(), Status::Fail, r.message).hint(r.hint.unwrap_or_default())
            }
        },
    });
    out.push(conference_flags(f.call));
    out.push(stranded_hold(f.call));
    out.push(orphans(f));
    out.push(abandoned(f));
    out.extend(tasks::tasks_follow(f));
    out
}

/// `conference-flags`: with two or more agents, none may end the conference on exit; a lone
/// agent should (or the customer is left alone in the conference if that agent drops).
pub fn conference_flags(call: &Call) -> Finding {
    let id = "conference-flags";
    let agents: Vec<_> = call.agent_legs().filter(|l| l.connected()).collect();
    // External numbers are parties too: with an agent beside one, nobody ends it on exit.
    let externals: Vec<_> = call.external_legs().filter(|l| l.connected()).collect();
    let fix = || Repair::Call {
        plan: plan::safe_flags(call),
        consult_task: None,
        record: None,
    };
    let supervisors: Vec<String> = call
        .supervisor_legs()
        .filter(|l| l.connected() && l.end_conference_on_exit)
        .map(|l| l.display_name())
        .collect();
    if !supervisors.is_empty() {
        let who = supervisors.join(", ");
        return Finding::new(
            id,
            Status::Fail,
            format!("supervisor {who} would end the call on leaving"),
        )
        .hint("flexctl doctor --fix")
        .repair(fix());
    }
    if agents.len() >= 2 || (!agents.is_empty() && !externals.is_empty()) {
        let armed: Vec<String> = agents
            .iter()
            .chain(&externals)
            .filter(|l| l.end_conference_on_exit)
            .map(|l| l.display_name())
            .collect();
        if !armed.is_empty() && call.customer_leg().is_some() {
            return Finding::new(
                id,
                Status::Fail,
                format!(
                    "{} would end the conference for the customer and {} other party(ies) on leaving",
                    armed.join(", "),
                    agents.len() + externals.len() - 1
                ),
            )
            .hint("flexctl doctor --fix")
            .repair(fix());
        }
    } else if let ([only], true) = (agents.as_slice(), externals.is_empty()) {
        if !only.end_conference_on_exit && call.customer_leg().is_some() {
            return Finding::new(
                id,
                Status::Warn,
                format!(
                    "if {} drops, the customer stays alone in the conference",
                    only.display_name()
                ),
            )
            .hint("flexctl doctor --fix")
            .repair(fix());
        }
    }
    Finding::pass(id, "end-conference-on-exit flags are safe")
}

/// `stranded-hold`: the customer on hold with no agent live. The repair brings back the agent
/// who holds the call (or the only agent connected) when that agent is on hold too, before the
/// customer: unholding the customer alone would leave them talking to nobody.
pub fn stranded_hold(call: &Call) -> Finding {
    let id = "stranded-hold";
    let live_agents = call.agent_legs().filter(|l| l.live()).count();
    match call.customer_leg() {
        Some(c) if strands_customer(c.hold, live_agents) => {
            let connected: Vec<&Leg> = call.agent_legs().filter(|l| l.connected()).collect();
            let agent = connected
                .iter()
                .find(|l| l.worker_sid.is_some() && l.worker_sid == call.agent_sid)
                .or(match connected.as_slice() {
                    [only] => Some(only),
                    _ => None,
                })
                .filter(|l| l.hold);
            let mut plan = plan::set_hold(c, false);
            let mut hint = if connected.is_empty() {
                format!(
                    "nobody is on the call: `flexctl transfer agent NAME --task {}` hands it on",
                    call.task_sid
                )
            } else {
                "flexctl unhold customer".to_string()
            };
            if let Some(a) = agent {
                plan.steps.splice(0..0, plan::set_hold(a, false).steps);
                if let Some(name) = &a.name {
                    hint = format!("flexctl unhold {name} && {hint}");
                }
            }
            Finding::new(
                id,
                Status::Fail,
                "the customer is on hold and no agent is live",
            )
            .hint(hint)
            .repair(Repair::Call {
                plan,
                consult_task: None,
                record: None,
            })
        }
        Some(c) if c.hold => Finding::pass(id, "the customer is on hold with an agent live"),
        _ => Finding::pass(id, "the customer is not on hold"),
    }
}

#[cfg(test)]
mod tests;
