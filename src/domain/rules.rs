//! The rules of a warm transfer: preconditions with stable IDs (shared with `doctor`), which
//! verb may run in which phase, and the end-conference-on-exit arithmetic that keeps the
//! customer on the line.

use super::call::{Call, Leg, Phase, Role};
use super::model::{Queue, QueueStats, Worker, WorkerChannel};

mod activity;
mod drain;
mod external;
mod leave;
mod party;
mod supervise;

pub use activity::{check_activity_change, Busy};
pub use drain::{check_agent_not_drained, check_queue_not_drained};
pub use external::{check_caller_id, end_on_exit, Party};
pub use leave::check_leave;
pub use party::{check_leg_connected, mute_silences_customer};
pub use supervise::{check_coachable, check_supervising, check_supervisor};

/// A precondition, by the stable ID that messages, JSON errors and `doctor` use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    CallLive,
    AgentInCall,
    AgentNotOnHold,
    NoOtherTransfer,
    TransferActive,
    ConsultConnected,
    OtherAgentConnected,
    TargetExists,
    TargetNotSelf,
    TargetAvailable,
    QueueNotStale,
    CustomerNotStranded,
    CustomerStays,
    TargetCapacity,
    LegConnected,
    AgentBusy,
    CallerId,
    TargetNotDrained,
    SupervisorNotAgent,
    CoachedNotHeld,
    Supervising,
}

impl Check {
    pub fn id(self) -> &'static str {
        match self {
            Check::CallLive => "call-live",
            Check::AgentInCall => "agent-in-call",
            Check::AgentNotOnHold => "agent-not-on-hold",
            Check::NoOtherTransfer => "no-other-transfer",
            Check::TransferActive => "transfer-active",
            Check::ConsultConnected => "consult-connected",
            Check::OtherAgentConnected => "other-agent-connected",
            Check::TargetExists => "target-exists",
            Check::TargetNotSelf => "target-not-self",
            Check::TargetAvailable => "target-available",
            Check::QueueNotStale => "queue-not-stale",
            Check::CustomerNotStranded => "customer-not-stranded",
            Check::CustomerStays => "customer-stays",
            Check::TargetCapacity => "target-capacity",
            Check::LegConnected => "leg-connected",
            Check::AgentBusy => "agent-busy",
            Check::CallerId => "caller-id",
            Check::TargetNotDrained => "target-not-drained",
            Check::SupervisorNotAgent => "supervisor-not-agent",
            Check::CoachedNotHeld => "coached-not-held",
            Check::Supervising => "supervising",
        }
    }
}

/// Why a verb may not run, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub check: Check,
    pub message: String,
    pub hint: Option<String>,
    /// The verb may go ahead once confirmed (`--yes`, or y on a terminal): a missing
    /// confirmation, not a state of the call that forbids it.
    pub confirmable: bool,
}

impl Refusal {
    pub fn new(check: Check, message: impl Into<String>) -> Refusal {
        Refusal {
            check,
            message: message.into(),
            hint: None,
            confirmable: false,
        }
    }

    pub fn confirmable(mut self) -> Refusal {
        self.confirmable = true;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Refusal {
        self.hint = Some(hint.into());
        self
    }
}

/// The verbs that act on a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Consult,
    Transfer,
    Cancel,
    Swap,
    Merge,
    Leave,
}

/// The acting agent's leg (a supervisor's leg is never one).
pub fn actor_leg<'a>(call: &'a Call, actor_sid: &str) -> Option<&'a Leg> {
    call.agent_legs()
        .find(|l| l.worker_sid.as_deref() == Some(actor_sid))
}

/// `agent-in-call` and `agent-not-on-hold` for the acting agent.
pub fn check_actor(call: &Call, actor_sid: &str, actor_name: &str) -> Result<(), Refusal> {
    // A call handed to an external number has no agent to act for.
    if actor_sid.is_empty() {
        return Err(Refusal::new(
            Check::AgentInCall,
            "no agent is on this call: it was handed to an external number",
        ));
    }
    let leg = actor_leg(call, actor_sid)
        .filter(|l| l.connected())
        .ok_or_else(|| {
            Refusal::new(
                Check::AgentInCall,
                format!("{actor_name} is not connected to this call"),
            )
            .hint("name an agent on the call with --agent NAME")
        })?;
    if leg.hold {
        return Err(
            Refusal::new(Check::AgentNotOnHold, format!("{actor_name} is on hold"))
                .hint(format!("flexctl unhold {actor_name}")),
        );
    }
    Ok(())
}

/// A call with its customer still connected and no agent connected (the agent's browser died,
/// the customer alone, perhaps on hold): only a rescue can hand it on.
pub fn needs_rescue(call: &Call) -> bool {
    call.customer_leg().is_some_and(Leg::connected)
        && !call.agent_legs().any(Leg::connected)
        && !call.external_legs().any(Leg::connected)
}

/// `no-other-transfer`: no consult leg, no consult task waiting, no active record.
pub fn check_no_transfer(call: &Call, active_by: Option<&str>) -> Result<(), Refusal> {
    if let Some(by) = active_by {
        return Err(Refusal::new(
            Check::NoOtherTransfer,
            format!("another transfer is in progress on this call (started by {by})"),
        )
        .hint("flexctl cancel, or wait for it to finish"));
    }
    if let Some(c) = call.consult_leg() {
        return Err(Refusal::new(
            Check::NoOtherTransfer,
            format!(
                "a consult leg to {} is already on this call ({})",
                c.display_name(),
                c.status
            ),
        )
        .hint("flexctl cancel"));
    }
    if call.phase == Phase::ConsultRinging {
        return Err(Refusal::new(
            Check::NoOtherTransfer,
            "a consult task is already waiting for an agent",
        )
        .hint("flexctl cancel"));
    }
    Ok(())
}

/// Which phases a verb needs (beyond the actor checks).
pub fn check_phase(verb: Verb, call: &Call, has_active_record: bool) -> Result<(), Refusal> {
    let phase = call.phase;
    match verb {
        Verb::Consult | Verb::Transfer => Ok(()),
        Verb::Cancel
            if phase == Phase::ConsultRinging
                || phase == Phase::Consulting
                || has_active_record =>
        {
            Ok(())
        }
        Verb::Cancel => Err(Refusal::new(
            Check::TransferActive,
            format!("there is no transfer to cancel (phase {})", phase.as_str()),
        )),
        Verb::Swap | Verb::Merge if phase == Phase::Consulting || phase == Phase::Merged => Ok(()),
        Verb::Swap | Verb::Merge => Err(Refusal::new(
            Check::ConsultConnected,
            format!("no consult is connected (phase {})", phase.as_str()),
        )
        .hint(if phase == Phase::ConsultRinging {
            "wait for the consult to answer, or flexctl cancel"
        } else {
            "start one with flexctl consult agent NAME"
        })),
        Verb::Leave => Ok(()),
    }
}

/// The window a queue must have seen a task in to take transfers: 43,200 minutes (30 days),
/// the window Twilio looks back over.
pub const STALE_MINUTES: u32 = 43_200;

/// A queue's statistics over the stale window, out of the all-queues list.
pub fn stats_of<'a>(stats: &'a [QueueStats], queue_sid: &str) -> Option<&'a QueueStats> {
    stats.iter().find(|s| s.queue_sid == queue_sid)
}

/// Stale: no task entered the queue in the window (no statistics counts as none). A transfer
/// to a stale queue fails until an ordinary task has been routed there (`queue reset`).
pub fn is_stale(stats: Option<&QueueStats>) -> bool {
    stats.is_none_or(|s| s.tasks_entered == 0)
}

/// `target-not-self`: the target is not the acting agent, nor already on the call. `call` and
/// `actor_sid` are absent when no call is selected (doctor on the directory alone).
pub fn check_not_self(
    call: Option<&Call>,
    actor_sid: Option<&str>,
    worker: &Worker,
) -> Result<(), Refusal> {
    if actor_sid == Some(worker.sid.as_str()) {
        return Err(Refusal::new(
            Check::TargetNotSelf,
            format!("{} cannot consult themselves", worker.name),
        ));
    }
    let on_call = call.is_some_and(|c| {
        c.participants
            .iter()
            .any(|l| l.worker_sid.as_deref() == Some(worker.sid.as_str()))
    });
    if on_call {
        return Err(Refusal::new(
            Check::TargetNotSelf,
            format!("{} is already on this call", worker.name),
        ));
    }
    Ok(())
}

/// `target-available` for an agent: in an available activity (unless `force`).
pub fn check_agent_available(worker: &Worker, force: bool) -> Result<(), Refusal> {
    if worker.available || force {
        return Ok(());
    }
    Err(Refusal::new(
        Check::TargetAvailable,
        format!(
            "{} is not available ({})",
            worker.name,
            worker.activity_name.as_deref().unwrap_or("unavailable")
        ),
    )
    .hint("`flexctl agents list --available` shows who can take it; --force rings anyway"))
}

/// `target-capacity`: the agent's voice channel has room for one more task (TaskRouter would
/// not offer them another, and they are most likely talking to someone else). `force` goes
/// ahead anyway. An agent whose channels are unknown (none listed) is not refused.
pub fn check_agent_capacity(
    worker: &Worker,
    channels: &[WorkerChannel],
    force: bool,
) -> Result<(), Refusal> {
    let Some(voice) = channels.iter().find(|c| c.task_channel == "voice") else {
        return Ok(());
    };
    if voice.has_room() || force {
        return Ok(());
    }
    let why = if voice.available {
        format!("voice capacity {} in use", voice.usage())
    } else {
        "their voice channel is switched off".to_string()
    };
    Err(Refusal::new(
        Check::TargetCapacity,
        format!("{} cannot take a call now ({why})", worker.name),
    )
    .hint("`flexctl agents list --available` shows who can; --force rings them anyway"))
}

/// Whether an agent can take a transfer now, as the directory's AVAILABLE says and
/// `--available` filters: an available activity, and room on their voice channel when it was
/// read (`voice`: read for the agents on a call or in wrap-up, whose capacity may be taken); an
/// agent on a call whose channel is unknown is taken to be full, as TaskRouter's default voice
/// capacity of 1 would be.
pub fn can_take_transfer(worker: &Worker, on_call: bool, voice: Option<&WorkerChannel>) -> bool {
    worker.available
        && match voice {
            Some(channel) => channel.has_room(),
            None => !on_call,
        }
}

/// Both preconditions of an agent target, in the order the verbs check them.
pub fn check_agent_target(
    call: Option<&Call>,
    actor_sid: Option<&str>,
    worker: &Worker,
    force: bool,
) -> Result<(), Refusal> {
    check_not_self(call, actor_sid, worker)?;
    check_agent_available(worker, force)
}

/// `queue-not-stale`: the queue has seen a task in the last 30 days.
pub fn check_queue_fresh(queue: &Queue, stats: Option<&QueueStats>) -> Result<(), Refusal> {
    if !is_stale(stats) {
        return Ok(());
    }
    Err(Refusal::new(
        Check::QueueNotStale,
        format!(
            "queue {} has had no task in 30 days: a transfer to it would fail",
            queue.name
        ),
    )
    .hint(format!(
        "flexctl queue reset {}",
        super::names::shell_word(&queue.name)
    )))
}

/// `target-available` for a queue: an agent of it is available (unless `force`).
pub fn check_queue_staffed(
    queue: &Queue,
    stats: Option<&QueueStats>,
    force: bool,
) -> Result<(), Refusal> {
    if force || stats.is_some_and(|s| s.total_available_workers > 0) {
        return Ok(());
    }
    Err(Refusal::new(
        Check::TargetAvailable,
        format!("queue {} has no available agent", queue.name),
    )
    .hint(format!(
        "flexctl agents list --available --queue {}; --force queues the consult anyway",
        queue.name
    )))
}

/// Both preconditions of a queue target, in the order the verbs check them.
pub fn check_queue_target(
    queue: &Queue,
    stats: Option<&QueueStats>,
    force: bool,
) -> Result<(), Refusal> {
    check_queue_fresh(queue, stats)?;
    check_queue_staffed(queue, stats, force)
}

/// `customer-stays`: removing a leg hangs up on the customer when it is the customer's, or a
/// leg flexctl cannot tell from the customer's (no agent behind it); only `--customer --yes`
/// removes it, however it was named.
pub fn check_removable(leg: &Leg, customer_flag: bool, yes: bool) -> Result<(), Refusal> {
    let customer = leg.role == Role::Customer;
    let unknown = !customer && leg.role == Role::Agent && leg.worker_sid.is_none();
    if !(customer || unknown) || (customer_flag && yes) {
        return Ok(());
    }
    let message = if customer {
        "removing the customer hangs up on them".to_string()
    } else {
        format!(
            "{} is no agent flexctl knows: it may be the customer, and removing it may hang up on them",
            leg.display_name()
        )
    };
    Err(Refusal::new(Check::CustomerStays, message)
        .hint("flexctl remove --customer --yes, if that is what you mean"))
}

/// `other-agent-connected` and `customer-not-stranded` for removing `leg`: the last agent
/// with the customer goes only once confirmed (and never while the customer is held, which
/// would leave them on hold alone), and nobody may be removed who is the customer's only live
/// agent while the customer is held.
pub fn check_remove_agent(call: &Call, leg: &Leg, yes: bool) -> Result<(), Refusal> {
    let others = call
        .agent_legs()
        .filter(|l| l.connected() && l.call_sid != leg.call_sid)
        .count();
    let customer = call.customer_leg();
    let held = customer.is_some_and(|c| c.hold);
    if others == 0 && customer.is_some() {
        let r = Refusal::new(
            Check::OtherAgentConnected,
            format!("{} is the last agent with the customer", leg.display_name()),
        );
        if held {
            return Err(r.hint("unhold the customer first; then --yes ends the call for them"));
        }
        if !yes {
            return Err(r
                .hint("add --yes to leave the customer alone on the line")
                .confirmable());
        }
    }
    let live_left = call
        .agent_legs()
        .any(|l| l.live() && l.call_sid != leg.call_sid);
    if others > 0 && held && !live_left {
        return Err(Refusal::new(
            Check::CustomerNotStranded,
            "the customer would be on hold with no agent live",
        )
        .hint("unhold the customer or the remaining agent first"));
    }
    Ok(())
}

/// The end-conference-on-exit a leg should have when `agents` agent legs remain: only a lone
/// agent may end the conference on exit (so the customer is not left alone in it); with two or
/// more agents it must be false, or one leaving would hang up on everybody.
pub fn safe_end_on_exit(agents: usize) -> bool {
    agents <= 1
}

/// Whether a customer on hold would be left with no live agent.
pub fn strands_customer(customer_held: bool, live_agents: usize) -> bool {
    customer_held && live_agents == 0
}

#[cfg(test)]
mod tests;
