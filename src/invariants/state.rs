//! What the invariant checker reads: the sandbox's tasks, conferences and legs in one
//! transaction, and what each row says about flexctl's journal.

use rusqlite::Transaction;
use serde_json::Value;

use crate::domain::record::{self, Transfer};
use crate::sandbox::clock;
use crate::sandbox::store::StoreError;

pub(super) struct TaskRow {
    pub(super) status: String,
    pub(super) attributes: Value,
}

impl TaskRow {
    pub(super) fn is_open(&self) -> bool {
        matches!(self.status.as_str(), "pending" | "reserved" | "assigned")
    }

    pub(super) fn flexctl_kind(&self) -> Option<&str> {
        self.attributes
            .pointer("/flexctl/kind")
            .and_then(Value::as_str)
    }

    pub(super) fn customer_call(&self) -> Option<&str> {
        self.attributes
            .pointer("/conference/participants/customer")
            .and_then(Value::as_str)
    }

    pub(super) fn conference_sid(&self) -> Option<&str> {
        self.attributes
            .pointer("/conference/sid")
            .and_then(Value::as_str)
    }

    pub(super) fn active_records(&self) -> Vec<Transfer> {
        record::transfers(&self.attributes)
            .into_iter()
            .filter(|t| t.status.is_active())
            .collect()
    }

    /// The records that own what they created: those under way, and completed ones (whose
    /// consult leg and task now carry the call).
    pub(super) fn owning_records(&self) -> Vec<Transfer> {
        record::transfers(&self.attributes)
            .into_iter()
            .filter(|t| t.status.is_active() || t.status == record::Status::Completed)
            .collect()
    }
}

pub(super) struct ConferenceRow {
    pub(super) sid: String,
    pub(super) friendly_name: String,
    pub(super) status: String,
    pub(super) reason: Option<String>,
    pub(super) ending_call: Option<String>,
}

pub(super) struct Leg {
    pub(super) conference_sid: String,
    pub(super) call_sid: String,
    pub(super) label: Option<String>,
    pub(super) status: String,
    pub(super) hold: bool,
    pub(super) present: bool,
    pub(super) left_reason: Option<String>,
}

impl Leg {
    pub(super) fn live(&self) -> bool {
        self.present && self.status == "connected" && !self.hold
    }
}

/// Everything the rules look at, read in one transaction.
pub(super) struct State {
    pub(super) now: i64,
    /// Tasks by SID, in SID order for stable output.
    pub(super) tasks: Vec<(String, TaskRow)>,
    pub(super) conferences: Vec<ConferenceRow>,
    pub(super) legs: Vec<Leg>,
}

impl State {
    pub(super) fn load(tx: &Transaction) -> Result<State, StoreError> {
        let now = clock::now(tx)?;
        let mut stmt = tx.prepare(
            "SELECT sid, assignment_status, attributes FROM tasks
             WHERE attributes LIKE '%flexctl%'
                OR sid IN (SELECT friendly_name FROM conferences)
             ORDER BY sid",
        )?;
        let tasks = stmt
            .query_map([], |r| {
                let raw: String = r.get(2)?;
                Ok((
                    r.get::<_, String>(0)?,
                    TaskRow {
                        status: r.get(1)?,
                        attributes: serde_json::from_str(&raw).unwrap_or(Value::Null),
                    },
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = tx.prepare(
            "SELECT sid, friendly_name, status, reason_conference_ended,
                    call_sid_ending_conference
             FROM conferences ORDER BY date_created, sid",
        )?;
        let conferences = stmt
            .query_map([], |r| {
                Ok(ConferenceRow {
                    sid: r.get(0)?,
                    friendly_name: r.get(1)?,
                    status: r.get(2)?,
                    reason: r.get(3)?,
                    ending_call: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = tx.prepare(
            "SELECT conference_sid, call_sid, label, status, hold, left_at IS NULL, left_reason
             FROM participants ORDER BY conference_sid, date_created, call_sid",
        )?;
        let legs = stmt
            .query_map([], |r| {
                Ok(Leg {
                    conference_sid: r.get(0)?,
                    call_sid: r.get(1)?,
                    label: r.get(2)?,
                    status: r.get(3)?,
                    hold: r.get(4)?,
                    present: r.get(5)?,
                    left_reason: r.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(State {
            now,
            tasks,
            conferences,
            legs,
        })
    }

    pub(super) fn task(&self, sid: &str) -> Option<&TaskRow> {
        self.tasks
            .binary_search_by(|(s, _)| s.as_str().cmp(sid))
            .ok()
            .map(|i| &self.tasks[i].1)
    }

    pub(super) fn legs_of<'a>(
        &'a self,
        conference_sid: &'a str,
    ) -> impl Iterator<Item = &'a Leg> + 'a {
        self.legs
            .iter()
            .filter(move |l| l.conference_sid == conference_sid)
    }

    /// The customer's legs of a conference: labelled `customer`, or the call the task's
    /// attributes name as `conference.participants.customer`.
    pub(super) fn customer_legs<'a>(
        &'a self,
        c: &'a ConferenceRow,
    ) -> impl Iterator<Item = &'a Leg> + 'a {
        let named = self.task(&c.friendly_name).and_then(TaskRow::customer_call);
        self.legs_of(&c.sid)
            .filter(move |l| l.label.as_deref() == Some("customer") || Some(&*l.call_sid) == named)
    }
}

/// [`check`] on a running sandbox, after bringing the simulation up to its clock (what
/// `GET /sandbox/invariants` answers).
pub(super) fn parse_time(s: &str) -> Option<i64> {
    s.parse::<jiff::Timestamp>()
        .ok()
        .map(|t| t.as_millisecond())
}
