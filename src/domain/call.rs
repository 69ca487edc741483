//! A live call as flexctl sees it: the task, its conference legs with their roles (customer,
//! agent, consult, supervisor), who each agent is, and the phase of the warm transfer.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use super::model::{Participant, ParticipantStatus, Task};

/// Label prefix of the legs flexctl creates when it rings a consult target.
pub const CONSULT_LABEL_PREFIX: &str = "consult-";

/// The consult leg's label for a worker: `consult-WK…`.
pub fn consult_label(worker_sid: &str) -> String {
    format!("{CONSULT_LABEL_PREFIX}{worker_sid}")
}

/// Label prefix of the legs flexctl creates when a supervisor monitors, coaches or barges.
pub const SUPERVISOR_LABEL_PREFIX: &str = "supervisor-";

/// The supervisor leg's label for a worker: `supervisor-WK…`.
pub fn supervisor_label(worker_sid: &str) -> String {
    format!("{SUPERVISOR_LABEL_PREFIX}{worker_sid}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Customer,
    Agent,
    Consult,
    /// An external number the call was handed to (no TaskRouter worker): a party of the
    /// call, never an agent of it. While its transfer runs, the leg is the `Consult`.
    External,
    /// A supervisor listening in, coaching or barged in: never an agent of the call (it holds
    /// no task, never ends the conference, and never counts for leave or remove).
    Supervisor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Agent => "agent",
            Role::Consult => "consult",
            Role::External => "external",
            Role::Supervisor => "supervisor",
        }
    }
}

/// The phases of a warm transfer (DESIGN §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// The customer and one agent; no consult under way.
    Live,
    /// A consult target is being rung (or a consult task waits in a queue).
    ConsultRinging,
    /// The consult target is connected and someone is on hold.
    Consulting,
    /// Everyone is live: a three-way call.
    Merged,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Live => "live",
            Phase::ConsultRinging => "consult-ringing",
            Phase::Consulting => "consulting",
            Phase::Merged => "merged",
        }
    }
}

/// One leg, with its role and, for agents, who it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Leg {
    pub role: Role,
    pub name: Option<String>,
    pub worker_sid: Option<String>,
    pub call_sid: String,
    pub label: Option<String>,
    pub status: ParticipantStatus,
    pub hold: bool,
    pub muted: bool,
    pub end_conference_on_exit: bool,
    /// The call SID this leg coaches (Twilio's `coaching` with `call_sid_to_coach`): heard by
    /// that leg alone.
    pub coaching: Option<String>,
}

impl Leg {
    pub fn connected(&self) -> bool {
        self.status == ParticipantStatus::Connected
    }

    /// Connected and not on hold: this party can talk and be heard.
    pub fn live(&self) -> bool {
        self.connected() && !self.hold
    }

    pub fn display_name(&self) -> String {
        match (&self.name, self.role) {
            (Some(n), _) => n.clone(),
            (None, Role::Customer) => "customer".into(),
            (None, _) => self.label.clone().unwrap_or_else(|| self.call_sid.clone()),
        }
    }
}

/// A call assembled from its task and conference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub task_sid: String,
    pub conference_sid: String,
    /// The agent who holds the call (the task's agent, or the target of a completed transfer).
    pub agent: Option<String>,
    pub agent_sid: Option<String>,
    pub customer: Option<String>,
    pub phase: Phase,
    pub participants: Vec<Leg>,
    /// The transfer records kept in the task attributes (`flexctl.transfers`).
    pub transfers: Vec<Value>,
    pub age_s: Option<u64>,
}

impl Call {
    pub fn customer_leg(&self) -> Option<&Leg> {
        self.participants.iter().find(|l| l.role == Role::Customer)
    }

    pub fn consult_leg(&self) -> Option<&Leg> {
        self.participants.iter().find(|l| l.role == Role::Consult)
    }

    /// The agents' legs and the consult leg (an external number's too, while it is one),
    /// never the customer's nor a supervisor's.
    pub fn agent_legs(&self) -> impl Iterator<Item = &Leg> {
        self.participants
            .iter()
            .filter(|l| matches!(l.role, Role::Agent | Role::Consult))
    }

    /// The legs of external numbers the call was handed to.
    pub fn external_legs(&self) -> impl Iterator<Item = &Leg> {
        self.participants
            .iter()
            .filter(|l| l.role == Role::External)
    }

    /// The leg of a worker, whatever their part in the call (agent, consult or supervisor).
    pub fn worker_leg(&self, worker_sid: &str) -> Option<&Leg> {
        self.participants
            .iter()
            .find(|l| l.role != Role::Customer && l.worker_sid.as_deref() == Some(worker_sid))
    }

    /// The supervisors' legs (`supervisor-WK…`).
    pub fn supervisor_legs(&self) -> impl Iterator<Item = &Leg> {
        self.participants
            .iter()
            .filter(|l| l.role == Role::Supervisor)
    }

    /// The leg `who` names without the directory: the word `customer` (any case), a leg's
    /// call SID or label (`customer`, `worker`, `consult-WK…`), or the customer's phone number
    /// (compared by its digits). Agents named by name are the caller's to resolve.
    pub fn leg_named(&self, who: &str) -> Option<&Leg> {
        let w = who.trim();
        if w.eq_ignore_ascii_case("customer") {
            return self.customer_leg();
        }
        let by_id = self.participants.iter().find(|l| {
            l.call_sid.eq_ignore_ascii_case(w)
                || l.label
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(w))
                || (l.worker_sid.is_none()
                    && l.role != Role::Customer
                    && l.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(w)))
        });
        if by_id.is_some() {
            return by_id;
        }
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let phone_like = w
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        let number = self.customer.as_deref().map(digits).unwrap_or_default();
        if phone_like && number.len() >= 7 && digits(w) == number {
            return self.customer_leg();
        }
        None
    }
}

/// The conference SID and leg call SIDs a Flex voice task carries in its attributes.
pub fn conference_of(task: &Task) -> Option<String> {
    task.attributes
        .pointer("/conference/sid")
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn attr_call(task: &Task, who: &str) -> Option<String> {
    task.attributes
        .pointer(&format!("/conference/participants/{who}"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Which of the tasks of one call (one conference) is its current task, the one the agent now
/// on the call holds: an assigned task before a wrapping one, but never the target's task of
/// a transfer still under way on another of them; the newest among equals.
pub fn current_task(tasks: &[&Task]) -> Option<usize> {
    let active: Vec<crate::domain::record::Transfer> = tasks
        .iter()
        .filter_map(|t| crate::domain::record::active(&t.attributes))
        .collect();
    let completed: Vec<String> = tasks
        .iter()
        .flat_map(|t| crate::domain::record::transfers(&t.attributes))
        .filter(|r| r.status == crate::domain::record::Status::Completed)
        .map(|r| r.id)
        .collect();
    // A target's task is bound to its transfer by SID once journaled, by transfer id always;
    // it carries the call only once that transfer completed (not while it runs, and never
    // when it failed and the task was left behind).
    let pending = |t: &Task| {
        let id = t
            .attributes
            .pointer("/flexctl/transfer_id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty());
        let running = active.iter().any(|r| {
            r.consult.task_sid.as_deref() == Some(t.sid.as_str()) || Some(r.id.as_str()) == id
        });
        running || id.is_some_and(|id| !completed.iter().any(|c| c == id))
    };
    let rank = |t: &Task| {
        if pending(t) {
            3
        } else {
            match t.status {
                crate::domain::model::TaskStatus::Assigned => 0,
                crate::domain::model::TaskStatus::Wrapping => 1,
                _ => 2,
            }
        }
    };
    // A task another task of the call was handed on from is older than it, whatever the
    // clock says (two tasks created within the same second).
    let handed_on = |t: &Task| {
        tasks.iter().any(|o| {
            o.attributes
                .pointer("/flexctl/task_sid")
                .and_then(Value::as_str)
                == Some(&t.sid)
        })
    };
    (0..tasks.len()).min_by_key(|&i| {
        (
            rank(tasks[i]),
            handed_on(tasks[i]),
            tasks[i].age_s.unwrap_or(u64::MAX),
        )
    })
}

/// The transfer records in a task's attributes.
pub fn transfers_of(task: &Task) -> Vec<Value> {
    task.attributes
        .pointer("/flexctl/transfers")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// Assembles a call. `task_agent` is the worker who accepted the task (SID, name);
/// `names` maps worker SIDs to names for consult legs.
pub fn assemble(
    task: &Task,
    conference_sid: &str,
    participants: &[Participant],
    task_agent: Option<(&str, &str)>,
    names: &HashMap<String, String>,
) -> Call {
    let customer_call = attr_call(task, "customer");
    let worker_call = attr_call(task, "worker");
    let transfers = transfers_of(task);
    // A completed transfer hands the call to its target; that agent now holds the call. One
    // to an external number leaves no agent holding it.
    let last_done = transfers.iter().rev().find(|t| t["status"] == "completed");
    let handed_out = last_done.is_some_and(|t| t["to"]["number"].is_string());
    let handed_to = |label: &str| {
        transfers
            .iter()
            .any(|t| t["status"] == "completed" && t["consult"]["label"] == label)
    };
    let holder = last_done
        .filter(|_| !handed_out)
        .and_then(|t| {
            let sid = t["to"]["worker_sid"].as_str()?;
            let name = t["to"]["name"]
                .as_str()
                .map(str::to_string)
                .or_else(|| names.get(sid).cloned());
            Some((sid.to_string(), name))
        })
        .or_else(|| {
            task_agent
                .filter(|_| !handed_out)
                .map(|(s, n)| (s.to_string(), Some(n.to_string())))
        });

    let legs: Vec<Leg> = participants
        .iter()
        .filter(|p| {
            !matches!(
                p.status,
                ParticipantStatus::Complete | ParticipantStatus::Failed
            )
        })
        .map(|p| {
            let label = p.label.as_deref();
            // Only flexctl's own `consult-WK…` labels name a worker.
            let consult_worker = label
                .and_then(|l| l.strip_prefix(CONSULT_LABEL_PREFIX))
                .filter(|w| super::sid::looks_like_sid(w) == Some(super::sid::SidKind::Worker));
            let number = label.and_then(super::number::number_of_label);
            let supervisor = supervisor_of(label);
            let (role, worker_sid) =
                if Some(&p.call_sid) == customer_call.as_ref() || label == Some("customer") {
                    (Role::Customer, None)
                } else if number.is_some() {
                    // An external number is the consult until its transfer completes.
                    let done = label.is_some_and(handed_to);
                    (if done { Role::External } else { Role::Consult }, None)
                } else if let Some(wk) = supervisor {
                    (Role::Supervisor, Some(wk.to_string()))
                } else if let Some(wk) = consult_worker {
                    let is_holder = holder.as_ref().is_some_and(|(s, _)| s == wk);
                    (
                        if is_holder {
                            Role::Agent
                        } else {
                            Role::Consult
                        },
                        Some(wk.to_string()),
                    )
                } else if Some(&p.call_sid) == worker_call.as_ref() || label == Some("worker") {
                    (Role::Agent, task_agent.map(|(s, _)| s.to_string()))
                } else {
                    (Role::Agent, None)
                };
            let name = worker_sid
                .as_ref()
                .and_then(|s| {
                    names.get(s).cloned().or_else(|| {
                        task_agent
                            .filter(|(ts, _)| ts == s)
                            .map(|(_, n)| n.to_string())
                    })
                })
                .or(number);
            Leg {
                role,
                name,
                worker_sid,
                call_sid: p.call_sid.clone(),
                label: p.label.clone(),
                status: p.status.clone(),
                hold: p.hold,
                muted: p.muted,
                end_conference_on_exit: p.end_conference_on_exit,
                coaching: p.call_sid_to_coach.clone().filter(|_| p.coaching),
            }
        })
        .collect();

    let pending_consult_task = transfers.iter().any(|t| {
        t["kind"] == "queue"
            && matches!(t["status"].as_str(), Some("initiated" | "ringing"))
            && !legs.iter().any(|l| l.role == Role::Consult)
    });
    let phase = phase_of(&legs, pending_consult_task);
    // What the call shows of its transfer under way is where it stands now, even before a verb
    // has written that down.
    let mut transfers = transfers;
    if let Some(last) = transfers.last_mut() {
        let stored =
            serde_json::from_value::<crate::domain::record::Status>(last["status"].clone());
        if let Some(now) = stored
            .ok()
            .and_then(|s| crate::domain::record::caught_up(s, phase))
        {
            last["status"] = Value::String(now.as_str().to_string());
        }
    }
    let customer = legs.iter().find(|l| l.role == Role::Customer).map(|_| {
        task.attributes
            .get("from")
            .or_else(|| task.attributes.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("customer")
            .to_string()
    });
    Call {
        task_sid: task.sid.clone(),
        conference_sid: conference_sid.to_string(),
        agent: holder.as_ref().and_then(|(_, n)| n.clone()),
        agent_sid: holder.map(|(s, _)| s),
        customer,
        phase,
        participants: legs,
        transfers,
        age_s: task.age_s,
    }
}

/// The worker a `supervisor-WK…` label names (only flexctl's own labels name one).
fn supervisor_of(label: Option<&str>) -> Option<&str> {
    label
        .and_then(|l| l.strip_prefix(SUPERVISOR_LABEL_PREFIX))
        .filter(|w| super::sid::looks_like_sid(w) == Some(super::sid::SidKind::Worker))
}

/// The phase from the legs: a ringing consult leg (or a consult task still waiting) is
/// `consult-ringing`; a connected one is `consulting` while anyone is held and `merged` when
/// everyone is live; without a consult leg the call is `live`.
pub fn phase_of(legs: &[Leg], pending_consult_task: bool) -> Phase {
    let consult = legs.iter().find(|l| l.role == Role::Consult);
    match consult {
        Some(c) if c.status.is_pending() => Phase::ConsultRinging,
        Some(c) if c.connected() => {
            if legs.iter().filter(|l| l.connected()).all(|l| !l.hold) {
                Phase::Merged
            } else {
                Phase::Consulting
            }
        }
        _ if pending_consult_task => Phase::ConsultRinging,
        _ => Phase::Live,
    }
}

#[cfg(test)]
mod tests;
