//! Simulation of conference legs: ringing, answering, ring timeouts, and Twilio's rules for
//! when a conference ends.
//!
//! Nothing runs in the background: every request's transaction first calls [`advance`], which
//! replays what the sandbox clock says has happened since (in time order, because one leg's
//! event can end the conference for the others).

use rusqlite::{params, OptionalExtension, Transaction};

use crate::sandbox::http::{ApiError, ApiResult};

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

impl Leave {
    /// The participant status a leg ends with.
    fn status(self) -> &'static str {
        match self {
            Leave::Hangup | Leave::Kicked => "complete",
            Leave::NoAnswer | Leave::Rejected => "failed",
        }
    }

    /// The `left_reason` column.
    fn reason(self) -> &'static str {
        match self {
            Leave::Hangup => "hangup",
            Leave::Kicked => "kicked",
            Leave::NoAnswer => "no-answer",
            Leave::Rejected => "rejected",
        }
    }
}

/// A ringing leg's next outcome, due at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Answer,
    Leave(Leave),
}

/// What happens to a pending leg by `now`: whichever of answer (or rejection) and ring
/// timeout comes first, if either is due. An answer exactly at the timeout wins.
fn due(
    answer_at: Option<i64>,
    reject: bool,
    fail_at: Option<i64>,
    now: i64,
) -> Option<(i64, Outcome)> {
    let answer = answer_at.filter(|t| *t <= now).map(|t| {
        let o = if reject {
            Outcome::Leave(Leave::Rejected)
        } else {
            Outcome::Answer
        };
        (t, o)
    });
    let timeout = fail_at
        .filter(|t| *t <= now)
        .map(|t| (t, Outcome::Leave(Leave::NoAnswer)));
    match (answer, timeout) {
        (Some(a), Some(f)) if f.0 < a.0 => Some(f),
        (Some(a), _) => Some(a),
        (None, f) => f,
    }
}

struct Pending {
    conference_sid: String,
    call_sid: String,
    status: String,
    answer_at: Option<i64>,
    reject: bool,
    fail_at: Option<i64>,
}

/// Brings every leg that is still being dialled up to `now`. When nothing is ringing this is
/// one query on the `participants_due` partial index.
pub fn advance(tx: &Transaction, now: i64) -> ApiResult<()> {
    let pending: Vec<Pending> = {
        let mut stmt = tx.prepare_cached(
            "SELECT conference_sid, call_sid, status, answer_at, reject, fail_at
             FROM participants
             WHERE left_at IS NULL AND status IN ('queued', 'connecting', 'ringing')",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Pending {
                conference_sid: r.get(0)?,
                call_sid: r.get(1)?,
                status: r.get(2)?,
                answer_at: r.get(3)?,
                reject: r.get(4)?,
                fail_at: r.get(5)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut events = Vec::new();
    for p in &pending {
        // A create answers `queued`; by the next request the call is out and ringing. Twilio
        // dials within moments of the create, so `date_updated` keeps the create's time rather
        // than jumping past an answer that may be replayed below with an earlier timestamp.
        if p.status == "queued" {
            tx.execute(
                "UPDATE participants SET status = 'ringing'
                 WHERE conference_sid = ?1 AND call_sid = ?2",
                params![p.conference_sid, p.call_sid],
            )?;
        }
        if let Some((at, outcome)) = due(p.answer_at, p.reject, p.fail_at, now) {
            events.push((at, outcome, p));
        }
    }
    events.sort_by_key(|(at, _, _)| *at);
    for (at, outcome, p) in events {
        // An earlier event may have ended the conference and dropped this leg with it.
        if !is_present(tx, &p.conference_sid, &p.call_sid)? {
            continue;
        }
        match outcome {
            Outcome::Answer => connect(tx, &p.conference_sid, &p.call_sid, at)?,
            Outcome::Leave(how) => participant_leaves(tx, &p.conference_sid, &p.call_sid, how, at)?,
        }
    }
    super::numbers::advance(tx, now)
}

/// Whether [`advance`] has anything to do at `now` (a leg still `queued`, or one whose answer
/// or ring timeout is due).
pub fn is_due(tx: &Transaction, now: i64) -> ApiResult<bool> {
    let due: Option<i64> = tx
        .prepare_cached(
            "SELECT 1 FROM participants
             WHERE left_at IS NULL AND status IN ('queued', 'connecting', 'ringing')
               AND (status = 'queued' OR answer_at <= ?1 OR fail_at <= ?1)
             LIMIT 1",
        )?
        .query_row([now], |r| r.get(0))
        .optional()?;
    Ok(due.is_some() || super::numbers::is_due(tx, now)?)
}

fn is_present(tx: &Transaction, conference_sid: &str, call_sid: &str) -> rusqlite::Result<bool> {
    tx.query_row(
        "SELECT 1 FROM participants
         WHERE conference_sid = ?1 AND call_sid = ?2 AND left_at IS NULL",
        params![conference_sid, call_sid],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// The callee answered: the leg joins, and starts the conference if it is allowed to.
fn connect(tx: &Transaction, conference_sid: &str, call_sid: &str, at: i64) -> ApiResult<()> {
    tx.execute(
        "UPDATE participants SET status = 'connected', date_updated = ?3
         WHERE conference_sid = ?1 AND call_sid = ?2",
        params![conference_sid, call_sid, at],
    )?;
    tx.execute(
        "UPDATE conferences SET status = 'in-progress', date_updated = ?2
         WHERE sid = ?1 AND status = 'init'
           AND EXISTS (SELECT 1 FROM participants WHERE conference_sid = ?1 AND call_sid = ?3
                       AND start_conference_on_enter = 1)",
        params![conference_sid, at, call_sid],
    )?;
    Ok(())
}

/// One leg leaves, with Twilio's end rules:
/// - a connected leg with `end_conference_on_exit` ends the conference for everyone
///   (`participant-with-end-conference-on-exit-left` or `-kicked`);
/// - otherwise, once no connected leg remains (in a started conference, or when nobody at all
///   is left), the conference completes as `last-participant-left` (`last-participant-kicked`
///   when the last one was removed through the API) and legs still ringing are dropped.
///
/// Errors with 20404 when the leg is not (or no longer) in the conference.
pub fn participant_leaves(
    tx: &Transaction,
    conference_sid: &str,
    call_sid: &str,
    how: Leave,
    now: i64,
) -> ApiResult<()> {
    let leg: Option<(String, bool)> = tx
        .query_row(
            "SELECT status, end_conference_on_exit FROM participants
             WHERE conference_sid = ?1 AND call_sid = ?2 AND left_at IS NULL",
            params![conference_sid, call_sid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((status, end_on_exit)) = leg else {
        return Err(ApiError::not_found(&format!(
            "Conferences/{conference_sid}/Participants/{call_sid}"
        )));
    };
    tx.execute(
        "UPDATE participants SET status = ?3, left_at = ?4, left_reason = ?5, date_updated = ?4
         WHERE conference_sid = ?1 AND call_sid = ?2",
        params![conference_sid, call_sid, how.status(), now, how.reason()],
    )?;
    let was_connected = status == "connected";
    if was_connected && end_on_exit {
        let reason = if how == Leave::Kicked {
            "participant-with-end-conference-on-exit-kicked"
        } else {
            "participant-with-end-conference-on-exit-left"
        };
        return end_conference(tx, conference_sid, reason, Some(call_sid), now);
    }
    let (connected, present, started): (i64, i64, bool) = tx.query_row(
        "SELECT
             (SELECT COUNT(*) FROM participants
              WHERE conference_sid = ?1 AND left_at IS NULL AND status = 'connected'),
             (SELECT COUNT(*) FROM participants WHERE conference_sid = ?1 AND left_at IS NULL),
             (SELECT status = 'in-progress' FROM conferences WHERE sid = ?1)",
        [conference_sid],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, Option<bool>>(2)?.unwrap_or(false),
            ))
        },
    )?;
    if connected == 0 && (started || present == 0) {
        let reason = if how == Leave::Kicked {
            "last-participant-kicked"
        } else {
            "last-participant-left"
        };
        end_conference(tx, conference_sid, reason, Some(call_sid), now)?;
    }
    Ok(())
}

/// Completes a conference (if it is not already) and drops every leg still in it.
pub fn end_conference(
    tx: &Transaction,
    conference_sid: &str,
    reason: &str,
    ending_call_sid: Option<&str>,
    now: i64,
) -> ApiResult<()> {
    tx.execute(
        "UPDATE conferences SET status = 'completed', reason_conference_ended = ?2,
             call_sid_ending_conference = ?3, date_updated = ?4
         WHERE sid = ?1 AND status != 'completed'",
        params![conference_sid, reason, ending_call_sid, now],
    )?;
    tx.execute(
        "UPDATE participants SET status = 'complete', left_at = ?2,
             left_reason = 'conference-ended', date_updated = ?2
         WHERE conference_sid = ?1 AND left_at IS NULL",
        params![conference_sid, now],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_due_event_wins() {
        assert_eq!(due(Some(10), false, Some(60), 5), None);
        assert_eq!(
            due(Some(10), false, Some(60), 10),
            Some((10, Outcome::Answer))
        );
        assert_eq!(
            due(Some(10), true, Some(60), 100),
            Some((10, Outcome::Leave(Leave::Rejected)))
        );
        assert_eq!(
            due(None, false, Some(60), 100),
            Some((60, Outcome::Leave(Leave::NoAnswer)))
        );
        // A callee slower than the ring timeout never gets to answer.
        assert_eq!(
            due(Some(90), false, Some(60), 100),
            Some((60, Outcome::Leave(Leave::NoAnswer)))
        );
        assert_eq!(
            due(Some(60), false, Some(60), 60),
            Some((60, Outcome::Answer))
        );
    }

    #[test]
    fn leaving_statuses() {
        assert_eq!(Leave::Kicked.status(), "complete");
        assert_eq!(Leave::Hangup.status(), "complete");
        assert_eq!(Leave::NoAnswer.status(), "failed");
        assert_eq!(Leave::Rejected.reason(), "rejected");
    }
}
