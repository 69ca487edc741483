//! Each invariant rule on hand-built states: the seeded contact center edited with plain SQL.

use rusqlite::params;
use serde_json::json;

use super::*;
use crate::sandbox::clock;
use crate::sandbox::seed::{
    customer_call_sid, live_conference_sid, live_task_sid, worker_call_sid, worker_sid,
    workspace_sid,
};
use crate::sandbox::store::Store;

const NOW: i64 = 1_800_000_000_000;
const CONSULT_CALL: &str = "CA00000000000000000000000000000b0b";
const CONSULT_TASK: &str = "WT00000000000000000000000000000c0c";

/// Runs `f` on a freshly seeded store whose clock is frozen at [`NOW`].
fn with_state(f: impl FnOnce(&Transaction)) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    store
        .write(|tx| {
            clock::set(tx, NOW, true)?;
            crate::sandbox::seed::seed(tx, NOW)?;
            f(tx);
            Ok::<_, StoreError>(())
        })
        .unwrap();
}

fn kinds(tx: &Transaction) -> Vec<&'static str> {
    check(tx).unwrap().into_iter().map(|v| v.kind).collect()
}

fn iso(ms: i64) -> String {
    crate::sandbox::http::iso8601(ms)
}

fn bob_label() -> String {
    format!("consult-{}", worker_sid("bob"))
}

/// A transfer record as flexctl writes it.
fn record(id: &str, status: &str, consult: Value, started: i64) -> Value {
    json!({
        "id": id, "kind": "agent", "mode": "warm", "status": status,
        "from": {"name": "alice"}, "to": {"name": "bob"}, "consult": consult,
        "started_at": iso(started), "updated_at": iso(started),
    })
}

/// Puts `records` into the live call task's `flexctl.transfers`.
fn set_records(tx: &Transaction, records: Vec<Value>) {
    let raw: String = tx
        .query_row(
            "SELECT attributes FROM tasks WHERE sid = ?1",
            [live_task_sid()],
            |r| r.get(0),
        )
        .unwrap();
    let mut attrs: Value = serde_json::from_str(&raw).unwrap();
    attrs["flexctl"] = json!({ "transfers": records });
    tx.execute(
        "UPDATE tasks SET attributes = ?2 WHERE sid = ?1",
        params![live_task_sid(), attrs.to_string()],
    )
    .unwrap();
}

fn add_leg(tx: &Transaction, call: &str, label: &str, status: &str) {
    tx.execute(
        "INSERT INTO participants (conference_sid, call_sid, label, status, date_created,
             date_updated) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![live_conference_sid(), call, label, status, NOW],
    )
    .unwrap();
}

fn add_task(tx: &Transaction, sid: &str, status: &str, attributes: Value) {
    tx.execute(
        "INSERT INTO tasks (sid, workspace_sid, attributes, assignment_status, date_created,
             date_updated) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![sid, workspace_sid(), attributes.to_string(), status, NOW],
    )
    .unwrap();
}

fn consult_task_attrs() -> Value {
    json!({"flexctl": {"kind": "consult", "task_sid": live_task_sid(), "transfer_id": "t1"}})
}

fn hold(tx: &Transaction, call: &str, on: bool) {
    tx.execute(
        "UPDATE participants SET hold = ?2 WHERE call_sid = ?1",
        params![call, on],
    )
    .unwrap();
}

/// Ends the live conference the way the simulation does.
fn end(tx: &Transaction, reason: &str, by: Option<&str>, customer_left: Option<&str>) {
    if let Some(how) = customer_left {
        tx.execute(
            "UPDATE participants SET status = 'complete', left_at = ?2, left_reason = ?3
             WHERE call_sid = ?1",
            params![customer_call_sid(), NOW, how],
        )
        .unwrap();
    }
    tx.execute(
        "UPDATE conferences SET status = 'completed', reason_conference_ended = ?2,
             call_sid_ending_conference = ?3 WHERE sid = ?1",
        params![live_conference_sid(), reason, by],
    )
    .unwrap();
    tx.execute(
        "UPDATE participants SET status = 'complete', left_at = ?2,
             left_reason = 'conference-ended' WHERE conference_sid = ?1 AND left_at IS NULL",
        params![live_conference_sid(), NOW],
    )
    .unwrap();
}

#[test]
fn the_seeded_contact_center_is_clean() {
    with_state(|tx| assert_eq!(kinds(tx), Vec::<&str>::new()));
}

#[test]
fn an_agent_ending_the_conference_drops_the_customer() {
    with_state(|tx| {
        let alice = worker_call_sid();
        end(
            tx,
            "participant-with-end-conference-on-exit-kicked",
            Some(&alice),
            None,
        );
        let v = check(tx).unwrap();
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, CUSTOMER_DROPPED);
        assert!(v[0].subject.contains(&customer_call_sid()), "{}", v[0]);
        assert!(v[0].detail.contains("kicked"), "{}", v[0]);
    });
    // The last agent leaving (the customer on it, nobody else connected) is a drop too.
    with_state(|tx| {
        end(tx, "last-participant-left", Some(&worker_call_sid()), None);
        assert_eq!(kinds(tx), vec![CUSTOMER_DROPPED]);
    });
}

#[test]
fn the_customer_is_found_by_the_task_attributes_without_its_label() {
    with_state(|tx| {
        tx.execute(
            "UPDATE participants SET label = NULL WHERE call_sid = ?1",
            [customer_call_sid()],
        )
        .unwrap();
        end(
            tx,
            "participant-with-end-conference-on-exit-left",
            Some(&worker_call_sid()),
            None,
        );
        assert_eq!(kinds(tx), vec![CUSTOMER_DROPPED]);
    });
}

#[test]
fn a_customer_hanging_up_or_an_explicit_end_is_no_drop() {
    with_state(|tx| {
        let customer = customer_call_sid();
        end(
            tx,
            "participant-with-end-conference-on-exit-left",
            Some(&customer),
            Some("hangup"),
        );
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
    with_state(|tx| {
        end(tx, "conference-ended-via-api", None, None);
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
    // The customer removed on purpose (`remove --customer`) left before the end.
    with_state(|tx| {
        end(
            tx,
            "last-participant-kicked",
            Some(&worker_call_sid()),
            Some("kicked"),
        );
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
}

#[test]
fn a_held_customer_needs_a_live_leg() {
    with_state(|tx| {
        hold(tx, &customer_call_sid(), true);
        assert_eq!(kinds(tx), Vec::<&str>::new(), "alice is live");
        hold(tx, &worker_call_sid(), true);
        let v = check(tx).unwrap();
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, CUSTOMER_STRANDED);
        assert!(v[0].subject.contains(&live_conference_sid()));
        // A ringing consult leg is not live either.
        add_leg(tx, "CA00000000000000000000000000000001", "other", "ringing");
        assert_eq!(kinds(tx), vec![CUSTOMER_STRANDED]);
        // A connected one is.
        tx.execute(
            "UPDATE participants SET status = 'connected'
             WHERE call_sid = 'CA00000000000000000000000000000001'",
            [],
        )
        .unwrap();
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
    with_state(|tx| {
        hold(tx, &customer_call_sid(), true);
        tx.execute(
            "UPDATE participants SET status = 'complete', left_at = ?2, left_reason = 'hangup'
             WHERE call_sid = ?1",
            params![worker_call_sid(), NOW],
        )
        .unwrap();
        assert_eq!(kinds(tx), vec![CUSTOMER_STRANDED], "alice has gone");
    });
}

#[test]
fn a_consult_leg_needs_an_active_record_naming_it() {
    with_state(|tx| {
        let label = bob_label();
        add_leg(tx, CONSULT_CALL, &label, "ringing");
        let v = check(tx).unwrap();
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, ORPHAN_CONSULT_LEG);
        assert!(v[0].subject.contains(CONSULT_CALL), "{}", v[0]);

        set_records(
            tx,
            vec![record("t1", "ringing", json!({"label": label}), NOW)],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new());
        set_records(
            tx,
            vec![record(
                "t1",
                "ringing",
                json!({"call_sid": CONSULT_CALL}),
                NOW,
            )],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new(), "named by call SID");
        set_records(
            tx,
            vec![record("t1", "canceled", json!({"label": label}), NOW)],
        );
        assert_eq!(kinds(tx), vec![ORPHAN_CONSULT_LEG], "a canceled record");
        set_records(
            tx,
            vec![record("t1", "completed", json!({"label": label}), NOW)],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new(), "bob took the call over");
        set_records(
            tx,
            vec![record(
                "t1",
                "ringing",
                json!({"label": format!("consult-{}", worker_sid("carol"))}),
                NOW,
            )],
        );
        assert_eq!(
            kinds(tx),
            vec![ORPHAN_CONSULT_LEG, DANGLING_RECORD],
            "a record naming another leg"
        );
    });
    with_state(|tx| {
        // Labels flexctl does not make, and legs that have left, are not consult legs.
        add_leg(tx, CONSULT_CALL, "consult-someone", "ringing");
        add_leg(
            tx,
            "CA00000000000000000000000000000002",
            &bob_label(),
            "failed",
        );
        tx.execute(
            "UPDATE participants SET left_at = ?2, left_reason = 'no-answer' WHERE call_sid = ?1",
            params!["CA00000000000000000000000000000002", NOW],
        )
        .unwrap();
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
}

#[test]
fn an_open_consult_task_needs_an_active_record_naming_it() {
    with_state(|tx| {
        add_task(tx, CONSULT_TASK, "pending", consult_task_attrs());
        let v = check(tx).unwrap();
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(
            (v[0].kind, v[0].subject.as_str()),
            (ORPHAN_CONSULT_TASK, CONSULT_TASK)
        );

        set_records(
            tx,
            vec![record(
                "t1",
                "initiated",
                json!({"task_sid": CONSULT_TASK}),
                NOW,
            )],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new());
        for status in ["reserved", "assigned"] {
            tx.execute(
                "UPDATE tasks SET assignment_status = ?2 WHERE sid = ?1",
                params![CONSULT_TASK, status],
            )
            .unwrap();
            assert_eq!(kinds(tx), Vec::<&str>::new(), "{status}");
        }
        set_records(
            tx,
            vec![record(
                "t1",
                "completed",
                json!({"task_sid": CONSULT_TASK}),
                NOW,
            )],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new(), "the new agent's task");
        set_records(
            tx,
            vec![record(
                "t1",
                "failed",
                json!({"task_sid": CONSULT_TASK}),
                NOW,
            )],
        );
        assert_eq!(kinds(tx), vec![ORPHAN_CONSULT_TASK]);
        tx.execute(
            "UPDATE tasks SET assignment_status = 'canceled' WHERE sid = ?1",
            [CONSULT_TASK],
        )
        .unwrap();
        assert_eq!(kinds(tx), Vec::<&str>::new(), "a canceled task is closed");
    });
}

#[test]
fn an_active_record_needs_its_leg_or_its_task() {
    // Past the initiated state, a record with nothing left is dangling at once.
    for status in ["ringing", "consulting", "merged"] {
        with_state(|tx| {
            set_records(
                tx,
                vec![record("t1", status, json!({"label": bob_label()}), NOW)],
            );
            let v = check(tx).unwrap();
            assert_eq!(v.len(), 1, "{v:?}");
            assert_eq!(v[0].kind, DANGLING_RECORD);
            assert_eq!(v[0].subject, live_task_sid());
            assert!(v[0].detail.contains(status), "{}", v[0]);
            add_leg(tx, CONSULT_CALL, &bob_label(), "connected");
            assert_eq!(kinds(tx), Vec::<&str>::new());
        });
    }
    // An initiated record has a grace period for what it is about to create.
    with_state(|tx| {
        set_records(tx, vec![record("t1", "initiated", json!({}), NOW - 5_000)]);
        assert_eq!(kinds(tx), Vec::<&str>::new());
        set_records(
            tx,
            vec![record(
                "t1",
                "initiated",
                json!({}),
                NOW - DANGLING_GRACE_MS - 1_000,
            )],
        );
        assert_eq!(kinds(tx), vec![DANGLING_RECORD]);
    });
    // An open consult task keeps a queue consult alive; a canceled one does not.
    with_state(|tx| {
        set_records(
            tx,
            vec![record(
                "t1",
                "ringing",
                json!({"task_sid": CONSULT_TASK}),
                NOW,
            )],
        );
        add_task(tx, CONSULT_TASK, "assigned", consult_task_attrs());
        assert_eq!(kinds(tx), Vec::<&str>::new());
        tx.execute(
            "UPDATE tasks SET assignment_status = 'canceled' WHERE sid = ?1",
            [CONSULT_TASK],
        )
        .unwrap();
        assert_eq!(kinds(tx), vec![DANGLING_RECORD]);
    });
    // Records that are over need nothing.
    with_state(|tx| {
        set_records(
            tx,
            vec![
                record("t0", "completed", json!({"label": bob_label()}), NOW),
                record("t1", "canceled", json!({}), NOW),
            ],
        );
        assert_eq!(kinds(tx), Vec::<&str>::new());
    });
}

#[test]
fn two_active_records_on_one_task() {
    with_state(|tx| {
        add_leg(tx, CONSULT_CALL, &bob_label(), "ringing");
        set_records(
            tx,
            vec![
                record("t1", "ringing", json!({"label": bob_label()}), NOW),
                record("t2", "initiated", json!({}), NOW),
            ],
        );
        let v = check(tx).unwrap();
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, TWO_ACTIVE_TRANSFERS);
        assert!(v[0].detail.contains("t1, t2"), "{}", v[0]);
    });
}

#[test]
fn a_reset_task_must_not_stay_pending() {
    with_state(|tx| {
        let attrs = json!({"flexctl": {"kind": "reset", "reset_id": "r1", "queue": "Sales"}});
        add_task(tx, CONSULT_TASK, "pending", attrs);
        assert_eq!(kinds(tx), vec![RESET_TASK_PENDING]);
        for (status, expected) in [
            ("reserved", vec![RESET_TASK_PENDING]),
            ("canceled", vec![]),
            ("completed", vec![]),
        ] {
            tx.execute(
                "UPDATE tasks SET assignment_status = ?2 WHERE sid = ?1",
                params![CONSULT_TASK, status],
            )
            .unwrap();
            assert_eq!(kinds(tx), expected, "{status}");
        }
    });
}

#[test]
fn unreadable_attributes_are_not_fatal() {
    with_state(|tx| {
        set_records(tx, vec![json!({"status": "ringing"}), json!(42)]);
        assert_eq!(kinds(tx), Vec::<&str>::new());
        tx.execute(
            "UPDATE tasks SET attributes = '{not json' WHERE sid = ?1",
            [live_task_sid()],
        )
        .unwrap();
        add_task(
            tx,
            CONSULT_TASK,
            "pending",
            json!({"flexctl": {"kind": "consult", "transfers": "nope"}}),
        );
        assert_eq!(kinds(tx), vec![ORPHAN_CONSULT_TASK]);
    });
}

#[test]
fn violations_serialize_with_stable_fields() {
    let v = Violation::new(RESET_TASK_PENDING, "WT1", "still pending");
    assert_eq!(
        serde_json::to_value(&v).unwrap(),
        json!({"kind": "reset-task-pending", "subject": "WT1", "detail": "still pending"})
    );
    assert_eq!(v.to_string(), "reset-task-pending [WT1]: still pending");
    let unique: HashSet<_> = KINDS.iter().collect();
    assert_eq!(unique.len(), 7);
}
