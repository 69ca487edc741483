//! The seeded demo contact center: created on first use and recreated by `sandbox reset`.
//!
//! SIDs are derived from names so they are the same on every machine. Queue history is
//! written as queue events: Escalations last saw a task 45 days ago and Retention 40 days
//! ago, so both are stale; the others have recent traffic.

use rusqlite::{params, Transaction};
use serde_json::json;

use super::ids::stable_sid;
use super::store::StoreError;

pub const WORKSPACE_NAME: &str = "Demo Contact Center";
pub const CUSTOMER_NUMBER: &str = "+15550100001";
pub const CONTACT_CENTER_NUMBER: &str = "+15550109999";
const DAY_MS: i64 = 86_400_000;
const MIN_MS: i64 = 60_000;

/// (name, full name, activity, skills)
pub const AGENTS: &[(&str, &str, &str, &[&str])] = &[
    ("alice", "Alice Adams", "Available", &["support"]),
    (
        "bob",
        "Bob Brown",
        "Available",
        &["support", "billing", "retention"],
    ),
    (
        "carol",
        "Carol Clark",
        "Available",
        &["support", "billing", "escalations"],
    ),
    ("dave", "Dave Davis", "Offline", &[]),
    ("erin", "Erin Evans", "Break", &["sales"]),
];

/// (name, skill that targets it, days ago of each past task entering it)
pub const QUEUES: &[(&str, &str, &[i64])] = &[
    ("Support", "support", &[1, 2, 3, 5, 8, 13, 21]),
    ("Billing", "billing", &[2, 6, 12, 25]),
    ("Sales", "sales", &[4, 9, 29]),
    ("Escalations", "escalations", &[45, 60]),
    ("Retention", "retention", &[40, 52]),
];

const ACTIVITIES: &[(&str, bool)] = &[
    ("Available", true),
    ("Unavailable", false),
    ("Offline", false),
    ("Break", false),
];

pub fn workspace_sid() -> String {
    stable_sid("WS", "workspace:demo")
}
pub fn activity_sid(name: &str) -> String {
    stable_sid("WA", &format!("activity:{name}"))
}
pub fn worker_sid(name: &str) -> String {
    stable_sid("WK", &format!("worker:{name}"))
}
pub fn queue_sid(name: &str) -> String {
    stable_sid("WQ", &format!("queue:{name}"))
}
pub fn workflow_sid() -> String {
    stable_sid("WW", "workflow:demo")
}
pub fn channel_sid(name: &str) -> String {
    stable_sid("TC", &format!("channel:{name}"))
}
pub fn live_task_sid() -> String {
    stable_sid("WT", "task:live-call")
}
pub fn live_conference_sid() -> String {
    stable_sid("CF", "conference:live-call")
}
pub fn customer_call_sid() -> String {
    stable_sid("CA", "call:customer")
}
pub fn worker_call_sid() -> String {
    stable_sid("CA", "call:alice")
}

/// Whether the contact center exists in this database.
pub fn is_seeded(tx: &Transaction) -> Result<bool, StoreError> {
    let n: i64 = tx.query_row("SELECT COUNT(*) FROM workspaces", [], |r| r.get(0))?;
    Ok(n > 0)
}

/// Deletes every resource (keeping the account credentials and the request log) and seeds
/// the contact center again; the clock goes back to real time.
pub fn reset(tx: &Transaction) -> Result<(), StoreError> {
    clear(tx)?;
    super::clock::reset(tx)?;
    let now = super::clock::now(tx)?;
    seed(tx, now)
}

/// Deletes every resource, keeping the account credentials, the request log and the clock.
pub fn clear(tx: &Transaction) -> Result<(), StoreError> {
    tx.execute_batch(
        "DELETE FROM participants; DELETE FROM conferences; DELETE FROM queue_events;
         DELETE FROM reservations; DELETE FROM tasks; DELETE FROM workflows;
         DELETE FROM task_queues; DELETE FROM worker_channels; DELETE FROM workers; DELETE FROM task_channels;
         DELETE FROM activities; DELETE FROM workspaces;",
    )?;
    Ok(())
}

/// The workspace with its `activities` and the task channels, as every seed has them.
pub(super) fn workspace_rows(
    tx: &Transaction,
    ws: &str,
    name: &str,
    activities: &[(&str, bool)],
    created: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO workspaces (sid, friendly_name, default_activity_sid, timeout_activity_sid,
             date_created, date_updated)
         VALUES (?1, ?2, ?3, ?3, ?4, ?4)",
        params![ws, name, activity_sid("Offline"), created],
    )?;
    for (name, available) in activities {
        tx.execute(
            "INSERT INTO activities (sid, workspace_sid, friendly_name, available, date_created,
                 date_updated) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![activity_sid(name), ws, name, available, created],
        )?;
    }
    for (unique, friendly) in [("default", "Default"), ("voice", "Voice"), ("chat", "Chat")] {
        tx.execute(
            "INSERT INTO task_channels (sid, workspace_sid, unique_name, friendly_name,
                 date_created, date_updated) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![channel_sid(unique), ws, unique, friendly, created],
        )?;
    }
    Ok(())
}

pub fn seed(tx: &Transaction, now: i64) -> Result<(), StoreError> {
    let ws = workspace_sid();
    let created = now - 400 * DAY_MS;
    workspace_rows(tx, &ws, WORKSPACE_NAME, ACTIVITIES, created)?;
    for (name, full, activity, skills) in AGENTS {
        let attributes = json!({
            "contact_uri": format!("client:{name}"),
            "full_name": full,
            "email": format!("{name}@example.com"),
            "skills": skills,
            "routing": { "skills": skills, "levels": {} },
        });
        tx.execute(
            "INSERT INTO workers (sid, workspace_sid, friendly_name, activity_sid, attributes,
                 date_created, date_updated, date_status_changed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            params![
                worker_sid(name),
                ws,
                name,
                activity_sid(activity),
                attributes.to_string(),
                created,
                now - 30 * MIN_MS
            ],
        )?;
    }
    let mut filters = Vec::new();
    for (name, skill, history) in QUEUES {
        let sid = queue_sid(name);
        tx.execute(
            "INSERT INTO task_queues (sid, workspace_sid, friendly_name, target_workers,
                 assignment_activity_sid, date_created, date_updated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                sid,
                ws,
                name,
                format!("skills HAS \"{skill}\""),
                activity_sid("Available"),
                created
            ],
        )?;
        for days in *history {
            let at = now - days * DAY_MS;
            for kind in [
                "entered",
                "reservation_created",
                "reservation_accepted",
                "completed",
            ] {
                tx.execute(
                    "INSERT INTO queue_events (workspace_sid, queue_sid, kind, at_ms, wait_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        ws,
                        sid,
                        kind,
                        at,
                        if kind == "reservation_accepted" {
                            Some(12_000)
                        } else {
                            None
                        }
                    ],
                )?;
            }
        }
        filters.push(json!({
            "filter_friendly_name": name,
            "expression": format!("queue == \"{name}\""),
            "targets": [{ "queue": sid }],
        }));
    }
    let configuration = json!({
        "task_routing": {
            "filters": filters,
            "default_filter": { "queue": queue_sid("Support") },
        }
    });
    tx.execute(
        "INSERT INTO workflows (sid, workspace_sid, friendly_name, configuration,
             task_reservation_timeout, date_created, date_updated)
         VALUES (?1, ?2, 'Demo Workflow', ?3, 30, ?4, ?4)",
        params![workflow_sid(), ws, configuration.to_string(), created],
    )?;
    seed_live_call(tx, now)
}

/// The live call: a customer talking to alice through a conference named after the task.
fn seed_live_call(tx: &Transaction, now: i64) -> Result<(), StoreError> {
    let call = SeededCall {
        task: live_task_sid(),
        conference: live_conference_sid(),
        customer: customer_call_sid(),
        customer_number: CUSTOMER_NUMBER,
        worker: worker_call_sid(),
        agent: "alice",
        reservation: stable_sid("WR", "reservation:live-call"),
    };
    seed_call(tx, &call, now - 3 * MIN_MS)
}

/// A second live call, held by carol (her voice capacity 1/1 in use): an agent who is busy,
/// for the directory and a capacity refusal to show. Not part of the default seed.
pub fn seed_busy_agent(tx: &Transaction, now: i64) -> Result<(), StoreError> {
    let call = SeededCall {
        task: busy_task_sid(),
        conference: stable_sid("CF", "conference:busy-call"),
        customer: stable_sid("CA", "call:busy-customer"),
        customer_number: BUSY_CUSTOMER_NUMBER,
        worker: stable_sid("CA", "call:busy-agent"),
        agent: BUSY_AGENT,
        reservation: stable_sid("WR", "reservation:busy-call"),
    };
    seed_call(tx, &call, now - 7 * MIN_MS)
}

/// The agent [`seed_busy_agent`] puts on a call, and that call's task.
pub const BUSY_AGENT: &str = "carol";
pub const BUSY_CUSTOMER_NUMBER: &str = "+15550100002";
pub fn busy_task_sid() -> String {
    stable_sid("WT", "task:busy-call")
}

struct SeededCall {
    task: String,
    conference: String,
    customer: String,
    customer_number: &'static str,
    worker: String,
    agent: &'static str,
    reservation: String,
}

/// A Flex-like voice call: the task assigned to the agent through an accepted reservation,
/// and a conference named after the task with the customer's and the agent's legs.
fn seed_call(tx: &Transaction, call: &SeededCall, started: i64) -> Result<(), StoreError> {
    let ws = workspace_sid();
    let (task, conference, customer, worker) =
        (&call.task, &call.conference, &call.customer, &call.worker);
    let number = call.customer_number;
    let attributes = json!({
        "type": "inbound",
        "direction": "inbound",
        "channelType": "voice",
        "name": number,
        "from": number,
        "to": CONTACT_CENTER_NUMBER,
        "call_sid": customer,
        "caller": number,
        "called": CONTACT_CENTER_NUMBER,
        "conference": {
            "sid": conference,
            "participants": { "customer": customer, "worker": worker }
        }
    });
    tx.execute(
        "INSERT INTO tasks (sid, workspace_sid, workflow_sid, task_queue_sid, task_channel_sid,
             task_channel_unique_name, attributes, assignment_status, priority, timeout,
             task_queue_entered_date, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, ?5, 'voice', ?6, 'assigned', 0, 86400, ?7, ?7, ?8)",
        params![
            task,
            ws,
            workflow_sid(),
            queue_sid("Support"),
            channel_sid("voice"),
            attributes.to_string(),
            started,
            started + 15_000
        ],
    )?;
    tx.execute(
        "INSERT INTO reservations (sid, workspace_sid, task_sid, worker_sid, reservation_status,
             timeout_at, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, 'accepted', ?5, ?6, ?7)",
        params![
            call.reservation,
            ws,
            task,
            worker_sid(call.agent),
            started + 30_000,
            started + 2_000,
            started + 15_000
        ],
    )?;
    for (kind, at) in [
        ("entered", started),
        ("reservation_created", started + 2_000),
        ("reservation_accepted", started + 15_000),
    ] {
        tx.execute(
            "INSERT INTO queue_events (workspace_sid, queue_sid, task_sid, kind, at_ms, wait_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                ws,
                queue_sid("Support"),
                task,
                kind,
                at,
                (kind == "reservation_accepted").then_some(15_000)
            ],
        )?;
    }
    tx.execute(
        "INSERT INTO conferences (sid, friendly_name, status, date_created, date_updated)
         VALUES (?1, ?2, 'in-progress', ?3, ?4)",
        params![conference, task, started, started + 16_000],
    )?;
    // Flex-like legs: both ends end the conference on exit until a transfer changes that.
    for (call, label, from, to, worker_sid) in [
        (
            customer,
            "customer",
            number,
            CONTACT_CENTER_NUMBER.to_string(),
            None,
        ),
        (
            worker,
            "worker",
            CONTACT_CENTER_NUMBER,
            format!("client:{}", call.agent),
            Some(worker_sid(call.agent)),
        ),
    ] {
        tx.execute(
            "INSERT INTO participants (conference_sid, call_sid, label, status,
                 end_conference_on_exit, from_addr, to_addr, worker_sid, date_created, date_updated)
             VALUES (?1, ?2, ?3, 'connected', 1, ?4, ?5, ?6, ?7, ?7)",
            params![
                conference,
                call,
                label,
                from,
                to,
                worker_sid,
                started + 16_000
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::store::Store;

    #[test]
    fn seeds_once_and_resets_to_the_same_contact_center() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.db")).unwrap();
        store
            .write(|tx| {
                assert!(!is_seeded(tx)?);
                seed(tx, 1_700_000_000_000)?;
                assert!(is_seeded(tx)?);
                tx.execute("DELETE FROM participants WHERE label = 'worker'", [])?;
                reset(tx)?;
                let legs: i64 =
                    tx.query_row("SELECT COUNT(*) FROM participants", [], |r| r.get(0))?;
                let workers: i64 =
                    tx.query_row("SELECT COUNT(*) FROM workers", [], |r| r.get(0))?;
                assert_eq!((legs, workers), (2, 5));
                seed_busy_agent(tx, 1_700_000_000_000)?;
                let (legs, assigned): (i64, i64) = tx.query_row(
                    "SELECT (SELECT COUNT(*) FROM participants WHERE left_at IS NULL),
                            (SELECT COUNT(*) FROM tasks t JOIN reservations r
                               ON r.task_sid = t.sid AND r.reservation_status = 'accepted'
                             WHERE t.assignment_status = 'assigned' AND r.worker_sid = ?1)",
                    [worker_sid(BUSY_AGENT)],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                assert_eq!((legs, assigned), (4, 1));
                Ok::<_, StoreError>(())
            })
            .unwrap();
    }
}
