use serde_json::json;

use super::*;
use crate::domain::call::{Phase, Role};
use crate::domain::testing::{call, leg};

const ALICE: &str = "WKalice";
const BOB: &str = "WKbob";

fn queue() -> Target {
    Target::Queue {
        queue_sid: "WQbilling".into(),
        name: "Billing".into(),
    }
}

fn agent(sid: &str) -> Target {
    Target::Agent {
        worker_sid: sid.into(),
        name: "x".into(),
        contact_uri: "client:x".into(),
    }
}

fn held_by(sid: &str, name: &str) -> Call {
    call(
        Some((sid, name)),
        vec![
            leg(Role::Customer, "CAc").labelled("customer"),
            leg(Role::Agent, "CAa").worker(sid, name).labelled("worker"),
        ],
        Phase::Live,
    )
}

fn record(from: &str, status: &str, to: serde_json::Value) -> serde_json::Value {
    json!({"from": {"worker_sid": from}, "to": to, "status": status})
}

#[test]
fn calls_are_decided_by_who_holds_them_and_what_their_records_say() {
    let drained = vec![ALICE.to_string()];
    let billing = json!({"queue_sid": "WQbilling"});
    let mut done = held_by(BOB, "bob");
    done.transfers = vec![record(ALICE, "completed", billing.clone())];
    let mut elsewhere = held_by(BOB, "bob");
    elsewhere.transfers = vec![record(ALICE, "completed", json!({"queue_sid": "WQother"}))];
    let mut came_to_drained = held_by(BOB, "bob");
    came_to_drained.transfers = vec![record(ALICE, "completed", billing.clone())];
    let mut handed_back = held_by(ALICE, "alice");
    handed_back.transfers = vec![
        record(ALICE, "completed", billing.clone()),
        record(BOB, "completed", json!({"worker_sid": ALICE})),
    ];
    let mut failed_before = held_by(ALICE, "alice");
    failed_before.transfers = vec![record(ALICE, "failed", billing.clone())];
    let mut active = held_by(ALICE, "alice");
    active.transfers = vec![record(ALICE, "ringing", billing.clone())];
    let mut ringing = held_by(ALICE, "alice");
    ringing.phase = Phase::ConsultRinging;
    let mut consult_leg = held_by(ALICE, "alice");
    consult_leg
        .participants
        .push(leg(Role::Consult, "CAb").worker(BOB, "bob"));
    let hand_on = Decision::HandOn {
        agent: ALICE.into(),
    };
    let under_way = Decision::UnderWay {
        agent: ALICE.into(),
    };
    for (what, c, want) in [
        (
            "a drained agent's call",
            held_by(ALICE, "alice"),
            hand_on.clone(),
        ),
        (
            "another agent's call",
            held_by(BOB, "bob"),
            Decision::NotDrained,
        ),
        (
            "handed on to this target",
            done,
            Decision::AlreadyHandedOn { from: ALICE.into() },
        ),
        ("handed on elsewhere", elsewhere, Decision::NotDrained),
        (
            "handed on to a drained agent of the target",
            came_to_drained.clone(),
            Decision::AlreadyHandedOn { from: ALICE.into() },
        ),
        ("handed back since", handed_back, hand_on.clone()),
        ("a failed attempt is tried again", failed_before, hand_on),
        ("an active record", active, under_way.clone()),
        ("a consult task waiting", ringing, under_way.clone()),
        ("a consult leg", consult_leg, under_way),
    ] {
        assert_eq!(decide(&c, &drained, &queue()), want, "{what}");
    }
    // The whole team drained: the call that came to bob by this drain is not sent round.
    let team = vec![ALICE.to_string(), BOB.to_string()];
    assert_eq!(
        decide(&came_to_drained, &team, &queue()),
        Decision::AlreadyHandedOn { from: ALICE.into() }
    );
}

#[test]
fn an_agent_target_is_matched_by_worker_sid() {
    let drained = vec![ALICE.to_string()];
    let mut done = held_by(BOB, "bob");
    done.transfers = vec![record(ALICE, "completed", json!({"worker_sid": BOB}))];
    assert_eq!(
        decide(&done, &drained, &agent(BOB)),
        Decision::AlreadyHandedOn { from: ALICE.into() }
    );
    assert_eq!(
        decide(&done, &drained, &agent("WKcarol")),
        Decision::NotDrained
    );
    assert_eq!(decide(&done, &drained, &queue()), Decision::NotDrained);
}

fn voice(capacity: u32, assigned: u32, available: bool) -> WorkerChannel {
    let pct = if capacity == 0 || assigned >= capacity || !available {
        0
    } else {
        100 * (capacity - assigned) / capacity
    };
    WorkerChannel {
        sid: "WC1".into(),
        worker_sid: BOB.into(),
        task_channel: "voice".into(),
        configured_capacity: capacity,
        assigned_tasks: assigned,
        available,
        available_capacity_percentage: pct,
    }
}

#[test]
fn free_voice_capacity_is_the_room_on_the_voice_channel() {
    for (channels, want) in [
        (vec![], 1),
        (vec![voice(1, 0, true)], 1),
        (vec![voice(1, 1, true)], 0),
        (vec![voice(3, 1, true)], 2),
        (vec![voice(3, 0, false)], 0),
        (vec![voice(0, 0, true)], 0),
    ] {
        assert_eq!(free_voice(&channels), want, "{channels:?}");
    }
}

#[test]
fn the_oldest_calls_go_first_and_the_order_is_stable() {
    let mut calls = vec![
        (10, "WT3".to_string()),
        (90, "WT2".to_string()),
        (10, "WT1".to_string()),
    ];
    order(&mut calls);
    let sids: Vec<&str> = calls.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(sids, ["WT2", "WT1", "WT3"]);
}
