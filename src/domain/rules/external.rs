//! Rules of a hand-off to an external number: the caller ID it rings with (`caller-id`), and
//! the end-conference-on-exit arithmetic once parties that are not agents are on the call.

use super::{Check, Refusal};

/// A party of the call, for the end-conference-on-exit arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Customer,
    Agent,
    /// An external number: a party, never an agent.
    External,
}

/// The end-conference-on-exit `party` should have with `agents` agents and `externals`
/// external parties connected beside the customer (itself included); `None`: leave it as it
/// is. An agent ends the conference only when it is the customer's one other party; an
/// external party only once no agent is left; and then the customer ends it too, so that the
/// conference ends when either of the two hangs up (nobody is left talking to no one).
pub fn end_on_exit(party: Party, agents: usize, externals: usize) -> Option<bool> {
    match party {
        Party::Agent => Some(agents + externals <= 1),
        Party::External => Some(agents == 0),
        Party::Customer => (agents == 0 && externals > 0).then_some(true),
    }
}

/// `caller-id`: the caller ID an external number is rung with: `--from`, else the number the
/// customer called (the call task's `to` attribute); with neither there is nothing Twilio
/// would accept, so the verb is refused before anything is held.
pub fn check_caller_id(from: Option<&str>, called: Option<&str>) -> Result<String, Refusal> {
    let pick = from
        .or(called)
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.starts_with("client:"));
    pick.map(str::to_string).ok_or_else(|| {
        Refusal::new(
            Check::CallerId,
            "the call's task has no `to` attribute to use as the caller ID",
        )
        .hint("give one of your Twilio numbers with --from +1…")
    })
}
