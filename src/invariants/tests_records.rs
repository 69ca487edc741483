//! The journal rules: every consult leg and open consult task named by an active record, every
//! active record backed by its leg or task, one active record per call.

use super::*;

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
