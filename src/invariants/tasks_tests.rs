//! Each task invariant on the seeded contact center edited with plain SQL.

use rusqlite::params;
use serde_json::json;

use super::*;
use crate::sandbox::seed::{self, live_conference_sid, live_task_sid, worker_sid, workspace_sid};
use crate::sandbox::store::{Store, StoreError};

const NOW: i64 = 1_800_000_000_000;

fn with_state(f: impl FnOnce(&Transaction)) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    store
        .write(|tx| {
            crate::sandbox::clock::set(tx, NOW, true)?;
            seed::seed(tx, NOW)?;
            f(tx);
            Ok::<_, StoreError>(())
        })
        .unwrap();
}

fn kinds(tx: &Transaction, now: i64) -> Vec<(&'static str, String)> {
    check(tx, now)
        .unwrap()
        .into_iter()
        .map(|v| (v.kind, v.subject))
        .collect()
}

/// An assigned voice task held by `worker` through an accepted reservation, updated at `at`.
fn assigned_task(tx: &Transaction, sid: &str, worker: &str, attrs: &serde_json::Value, at: i64) {
    tx.execute(
        "INSERT INTO tasks (sid, workspace_sid, task_channel_sid, task_channel_unique_name,
             attributes, assignment_status, date_created, date_updated)
         VALUES (?1, ?2, ?3, 'voice', ?4, 'assigned', ?5, ?5)",
        params![
            sid,
            workspace_sid(),
            seed::channel_sid("voice"),
            attrs.to_string(),
            at
        ],
    )
    .unwrap();
    tx.execute(
        "INSERT INTO reservations (sid, workspace_sid, task_sid, worker_sid, reservation_status,
             timeout_at, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, 'accepted', ?5, ?5, ?5)",
        params![
            format!("WR{}", &sid[2..]),
            workspace_sid(),
            sid,
            worker_sid(worker),
            at
        ],
    )
    .unwrap();
}

fn set_task(tx: &Transaction, status: &str) {
    tx.execute(
        "UPDATE tasks SET assignment_status = ?2 WHERE sid = ?1",
        params![live_task_sid(), status],
    )
    .unwrap();
}

#[test]
fn the_seeded_calls_keep_every_task_invariant() {
    with_state(|tx| {
        assert_eq!(kinds(tx, NOW), vec![]);
        seed::seed_busy_agent(tx, NOW).unwrap();
        assert_eq!(kinds(tx, NOW), vec![]);
    });
}

#[test]
fn a_connected_agent_needs_exactly_one_assigned_task_of_the_call() {
    with_state(|tx| {
        set_task(tx, "wrapping");
        let alice = worker_sid("alice");
        assert_eq!(kinds(tx, NOW), vec![(AGENT_WITHOUT_TASK, alice.clone())]);
        set_task(tx, "assigned");
        let linked = json!({"conversations": {"conversation_id": live_task_sid()}});
        assigned_task(
            tx,
            "WT000000000000000000000000000000a2",
            "alice",
            &linked,
            NOW,
        );
        let found = kinds(tx, NOW);
        assert!(
            found.contains(&(AGENT_WITH_TWO_TASKS, alice.clone())),
            "{found:?}"
        );
        assert!(found.contains(&(WORKER_OVER_CAPACITY, alice)), "{found:?}");
    });
}

#[test]
fn a_task_of_the_call_for_an_agent_not_on_it_is_reported_after_the_grace() {
    with_state(|tx| {
        let task = "WT000000000000000000000000000000b0";
        let linked = json!({"conference": {"sid": live_conference_sid()}});
        assigned_task(tx, task, "bob", &linked, NOW);
        assert_eq!(
            kinds(tx, NOW + DANGLING_GRACE_MS),
            vec![],
            "a verb is running"
        );
        assert_eq!(
            kinds(tx, NOW + DANGLING_GRACE_MS + 1),
            vec![(TASK_WITHOUT_AGENT, task.to_string())]
        );
        // Unlinked tasks are not the call's: bob's task elsewhere is no violation.
        tx.execute(
            "UPDATE tasks SET attributes = 'not json' WHERE sid = ?1",
            [task],
        )
        .unwrap();
        assert_eq!(kinds(tx, NOW + DANGLING_GRACE_MS + 1), vec![]);
    });
}

#[test]
fn a_leaver_task_must_be_wrapping_or_completed() {
    with_state(|tx| {
        tx.execute(
            "UPDATE participants SET left_at = ?2, left_reason = 'kicked'
             WHERE worker_sid = ?1",
            params![worker_sid("alice"), NOW],
        )
        .unwrap();
        assert_eq!(kinds(tx, NOW), vec![(LEAVER_TASK_OPEN, live_task_sid())]);
        for done in ["wrapping", "completed"] {
            set_task(tx, done);
            assert_eq!(kinds(tx, NOW), vec![], "{done}");
        }
    });
}
