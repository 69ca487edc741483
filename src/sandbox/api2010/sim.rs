//! Simulation of conference legs: ringing, answering, ring timeouts, and Twilio's rules for
//! when a conference ends.

use rusqlite::Transaction;

use crate::sandbox::http::ApiResult;

/// How a participant leaves a conference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// The party hung up.
    Hangup,
    /// Removed through the API (participant DELETE).
    Kicked,
    /// Rang until its timeout without an answer.
    NoAnswer,
    /// The callee rejected the call.
    Rejected,
}

pub fn advance(_tx: &Transaction, _now: i64) -> ApiResult<()> {
    Ok(())
}

pub fn participant_leaves(
    _tx: &Transaction,
    _conference_sid: &str,
    _call_sid: &str,
    _how: Leave,
    _now: i64,
) -> ApiResult<()> {
    Ok(())
}
