//! The invariant checker: what flexctl must never leave behind on a call, read from the
//! sandbox's own state.
//!
//! [`check`] only reads (conferences, participants, tasks and the transfer records flexctl
//! journals in the call task's attributes under `flexctl.transfers`) and lists every
//! [`Violation`]. Tests call it after each verb; the control API serves it as
//! `GET /sandbox/invariants`.

use std::collections::{HashMap, HashSet};

use axum::response::Response;
use axum::routing::get;
use axum::Router;
use rusqlite::Transaction;
use serde::Serialize;
use serde_json::json;
use serde_json::Value;

use crate::domain::call::{CONSULT_LABEL_PREFIX, SUPERVISOR_LABEL_PREFIX};
use crate::domain::number::number_of_label;
use crate::domain::record::{self, Transfer};
use crate::sandbox::http::{ok, ApiResult};
use crate::sandbox::store::StoreError;
use crate::sandbox::AppState;

mod state;
pub mod tasks;

use self::state::{parse_time, State};

/// The routes flexctl mounts into every sandbox it serves (the sandbox knows nothing of
/// flexctl's journal; this checker does).
pub fn routes() -> Router<AppState> {
    Router::new().route("/sandbox/invariants", get(invariants))
}

/// `GET /sandbox/invariants`: `{"ok", "violations": [{"kind", "subject", "detail"}],
/// "task_violations": […]}`, checked after bringing the simulation up to the clock. The task
/// invariants (who holds TaskRouter work must match who is on the call) are part of
/// `violations`; `task_violations` repeats them on their own.
async fn invariants(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> ApiResult<Response> {
    let mut violations = check_now(&state)?;
    let task_violations = state.tx(tasks::check)?;
    violations.extend(task_violations.iter().cloned());
    Ok(ok(json!({
        "ok": violations.is_empty(),
        "violations": violations,
        "task_violations": task_violations,
    })))
}

/// A conference ended with the customer on it, and neither the customer hanging up nor an
/// explicit end through the API ended it.
pub const CUSTOMER_DROPPED: &str = "customer-dropped";
/// The customer is on hold in a live conference and no other connected leg (a supervisor's
/// does not count) is unheld.
pub const CUSTOMER_STRANDED: &str = "customer-stranded";
/// A `consult-WK…` leg that no active or completed transfer record of the call names (after a
/// completed transfer the consult leg is the call's agent leg, and keeps its label).
pub const ORPHAN_CONSULT_LEG: &str = "orphan-consult-leg";
/// An open consult task that no active or completed transfer record names (after a completed
/// queue transfer the consult task is the new agent's task).
pub const ORPHAN_CONSULT_TASK: &str = "orphan-consult-task";
/// An active transfer record whose consult leg and consult task are both gone.
pub const DANGLING_RECORD: &str = "dangling-record";
/// More than one active transfer record on one task.
pub const TWO_ACTIVE_TRANSFERS: &str = "two-active-transfers";
/// A `queue reset` task still pending or reserved.
pub const RESET_TASK_PENDING: &str = "reset-task-pending";

/// Every kind [`check`] can report.
pub const KINDS: &[&str] = &[
    CUSTOMER_DROPPED,
    CUSTOMER_STRANDED,
    ORPHAN_CONSULT_LEG,
    ORPHAN_CONSULT_TASK,
    DANGLING_RECORD,
    TWO_ACTIVE_TRANSFERS,
    RESET_TASK_PENDING,
];

/// How long (sandbox time) an `initiated` record may exist before anything it created exists:
/// flexctl writes the record first and creates the leg or task right after. The grace doctor
/// gives an unowned record, so that the checker and doctor agree on what is abandoned.
pub const DANGLING_GRACE_MS: i64 = record::RECORD_GRACE_S * 1000;

/// One broken invariant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// A stable identifier, one of [`KINDS`].
    pub kind: &'static str,
    /// The SIDs involved (conference, call, task), space-separated.
    pub subject: String,
    /// A sentence for humans.
    pub detail: String,
}

impl Violation {
    pub(crate) fn new(
        kind: &'static str,
        subject: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        Violation {
            kind,
            subject: subject.into(),
            detail: detail.into(),
        }
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}]: {}", self.kind, self.subject, self.detail)
    }
}

pub fn check_now(state: &AppState) -> ApiResult<Vec<Violation>> {
    state.tx(|tx, _| Ok(check(tx)?))
}

/// Lists every broken invariant of the sandbox's state (pure reads; the caller decides whether
/// the simulation is brought up to the clock first, as [`check_now`] does).
pub fn check(tx: &Transaction) -> Result<Vec<Violation>, StoreError> {
    let st = State::load(tx)?;
    let mut out = Vec::new();
    customer_rules(&st, &mut out);
    orphan_legs(&st, &mut out);
    orphan_tasks(&st, &mut out);
    record_rules(&st, &mut out);
    reset_tasks(&st, &mut out);
    Ok(out)
}

fn customer_rules(st: &State, out: &mut Vec<Violation>) {
    for c in &st.conferences {
        match c.status.as_str() {
            "completed" => {
                let asked = c.reason.as_deref() == Some("conference-ended-via-api");
                let by_external = ended_by_external(st, c);
                for leg in st.customer_legs(c) {
                    let on_it = leg.left_reason.as_deref() == Some("conference-ended");
                    let by_customer = c.ending_call.as_deref() == Some(&*leg.call_sid);
                    if on_it && !asked && !by_customer && !by_external {
                        out.push(Violation::new(
                            CUSTOMER_DROPPED,
                            format!("{} {}", c.sid, leg.call_sid),
                            format!(
                                "conference {} (task {}) ended with the customer on it: {} by {}",
                                c.sid,
                                c.friendly_name,
                                c.reason.as_deref().unwrap_or("no reason"),
                                c.ending_call.as_deref().unwrap_or("no call"),
                            ),
                        ));
                    }
                }
            }
            "in-progress" => {
                for leg in st.customer_legs(c) {
                    if !(leg.present && leg.status == "connected" && leg.hold) {
                        continue;
                    }
                    let someone_live = st
                        .legs_of(&c.sid)
                        .any(|l| l.call_sid != leg.call_sid && l.live() && !is_supervisor(l));
                    if !someone_live {
                        out.push(Violation::new(
                            CUSTOMER_STRANDED,
                            format!("{} {}", c.sid, leg.call_sid),
                            format!(
                                "the customer {} is on hold in conference {} and no other \
                                 connected leg is off hold",
                                leg.call_sid, c.sid
                            ),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

/// A call handed to an external number ends when that party hangs up, as a phone call does:
/// not a drop, provided the customer was the only one left on it.
fn ended_by_external(st: &State, c: &state::ConferenceRow) -> bool {
    let Some(ending) = c.ending_call.as_deref() else {
        return false;
    };
    let customers: Vec<&str> = st.customer_legs(c).map(|l| &*l.call_sid).collect();
    let legs: Vec<&state::Leg> = st.legs_of(&c.sid).collect();
    let hung_up = legs.iter().any(|l| {
        l.call_sid == ending
            && l.left_reason.as_deref() == Some("hangup")
            && l.label.as_deref().and_then(number_of_label).is_some()
    });
    let others_on_it = legs.iter().any(|l| {
        l.call_sid != ending
            && !customers.contains(&&*l.call_sid)
            && l.left_reason.as_deref() == Some("conference-ended")
    });
    hung_up && !others_on_it
}

/// A supervisor listening in is nobody for a held customer: they are no agent of the call.
fn is_supervisor(leg: &state::Leg) -> bool {
    leg.label
        .as_deref()
        .is_some_and(|l| l.starts_with(SUPERVISOR_LABEL_PREFIX))
}

fn is_consult_label(label: &str) -> bool {
    label
        .strip_prefix(CONSULT_LABEL_PREFIX)
        .is_some_and(|rest| rest.starts_with("WK"))
        || number_of_label(label).is_some()
}

fn orphan_legs(st: &State, out: &mut Vec<Violation>) {
    for c in &st.conferences {
        // The records of every task of the call: the one it is named after, and those a
        // hand-off gave its targets (whose attributes name the conference).
        let records: Vec<Transfer> = st
            .tasks
            .iter()
            .filter(|(sid, t)| **sid == c.friendly_name || t.conference_sid() == Some(&*c.sid))
            .flat_map(|(_, t)| t.owning_records())
            .collect();
        for leg in st.legs_of(&c.sid).filter(|l| l.present) {
            let Some(label) = leg.label.as_deref().filter(|l| is_consult_label(l)) else {
                continue;
            };
            let named = records.iter().any(|r| {
                r.consult.label.as_deref() == Some(label)
                    || r.consult.call_sid.as_deref() == Some(&*leg.call_sid)
            });
            if !named {
                out.push(Violation::new(
                    ORPHAN_CONSULT_LEG,
                    format!("{} {}", c.sid, leg.call_sid),
                    format!(
                        "consult leg {label} ({}, {}) in conference {} has no active or \
                         completed transfer record on task {}",
                        leg.call_sid, leg.status, c.sid, c.friendly_name
                    ),
                ));
            }
        }
    }
}

fn orphan_tasks(st: &State, out: &mut Vec<Violation>) {
    let named: HashSet<String> = st
        .tasks
        .iter()
        .flat_map(|(_, t)| t.owning_records())
        .filter_map(|r| r.consult.task_sid)
        .collect();
    for (sid, t) in &st.tasks {
        if t.flexctl_kind() == Some("consult") && t.is_open() && !named.contains(sid) {
            let call = t
                .attributes
                .pointer("/flexctl/task_sid")
                .and_then(Value::as_str)
                .unwrap_or("?");
            out.push(Violation::new(
                ORPHAN_CONSULT_TASK,
                sid.clone(),
                format!(
                    "consult task {sid} ({}) for call task {call} has no active or completed \
                     transfer record",
                    t.status
                ),
            ));
        }
    }
}

fn record_rules(st: &State, out: &mut Vec<Violation>) {
    let mut conferences_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in &st.conferences {
        conferences_of
            .entry(c.friendly_name.as_str())
            .or_default()
            .push(&c.sid);
    }
    for (sid, t) in &st.tasks {
        let active = t.active_records();
        if active.len() > 1 {
            let ids: Vec<&str> = active.iter().map(|r| r.id.as_str()).collect();
            out.push(Violation::new(
                TWO_ACTIVE_TRANSFERS,
                sid.clone(),
                format!(
                    "task {sid} has {} active transfer records: {}",
                    active.len(),
                    ids.join(", ")
                ),
            ));
        }
        let mut confs: Vec<&str> = conferences_of
            .get(sid.as_str())
            .cloned()
            .unwrap_or_default();
        confs.extend(t.conference_sid());
        for r in &active {
            let leg_present = confs.iter().any(|cf| {
                st.legs_of(cf).any(|l| {
                    l.present
                        && ((r.consult.label.is_some() && l.label == r.consult.label)
                            || r.consult.call_sid.as_deref() == Some(&*l.call_sid))
                })
            });
            // The target's task keeps a record alive while it waits for a reservation, and
            // once accepted until its agent is rung; after the ring (the leg journaled) an
            // assigned task with no leg is what a rung-out consult leaves behind.
            let task_open = r
                .consult
                .task_sid
                .as_deref()
                .and_then(|s| st.task(s))
                .is_some_and(|t| {
                    matches!(t.status.as_str(), "pending" | "reserved")
                        || (t.status == "assigned" && r.consult.call_sid.is_none())
                });
            if leg_present || task_open {
                continue;
            }
            let age = parse_time(&r.started_at).map(|at| st.now - at);
            let too_old = age.is_none_or(|a| a > DANGLING_GRACE_MS);
            if r.status != record::Status::Initiated || too_old {
                out.push(Violation::new(
                    DANGLING_RECORD,
                    sid.clone(),
                    format!(
                        "transfer {} on task {sid} is {} but its consult leg and consult task \
                         are gone{}",
                        r.id,
                        r.status.as_str(),
                        match age {
                            Some(a) => format!(" (started {} s ago)", a / 1000),
                            None => String::from(" (unreadable start time)"),
                        }
                    ),
                ));
            }
        }
    }
}

fn reset_tasks(st: &State, out: &mut Vec<Violation>) {
    for (sid, t) in &st.tasks {
        if t.flexctl_kind() == Some("reset") && matches!(t.status.as_str(), "pending" | "reserved")
        {
            out.push(Violation::new(
                RESET_TASK_PENDING,
                sid.clone(),
                format!("queue reset task {sid} is still {}", t.status),
            ));
        }
    }
}

#[cfg(test)]
mod tests;
