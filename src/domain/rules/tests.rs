//! Tests of `domain::rules`.
use super::*;
use crate::domain::model::ParticipantStatus;
use crate::domain::testing;

const A: &str = "WKa";
const B: &str = "WKb";

fn leg(role: Role, worker: Option<&str>, status: ParticipantStatus, hold: bool) -> Leg {
    let l = testing::leg(role, format!("CA{}", worker.unwrap_or("cust")));
    let l = l.with_status(status).held(hold);
    match worker {
        Some(w) => l.worker(w, w.trim_start_matches("WK")),
        None => l,
    }
}

fn call(legs: Vec<Leg>, phase: Phase) -> Call {
    testing::call(Some((A, "a")), legs, phase)
}

/// The calls of every phase, as the seed's warm transfer goes through them.
fn phases() -> Vec<Call> {
    use ParticipantStatus::*;
    vec![
        call(
            vec![
                leg(Role::Customer, None, Connected, false),
                leg(Role::Agent, Some(A), Connected, false),
            ],
            Phase::Live,
        ),
        call(
            vec![
                leg(Role::Customer, None, Connected, true),
                leg(Role::Agent, Some(A), Connected, false),
                leg(Role::Consult, Some(B), Ringing, false),
            ],
            Phase::ConsultRinging,
        ),
        call(
            vec![
                leg(Role::Customer, None, Connected, true),
                leg(Role::Agent, Some(A), Connected, false),
                leg(Role::Consult, Some(B), Connected, false),
            ],
            Phase::Consulting,
        ),
        call(
            vec![
                leg(Role::Customer, None, Connected, false),
                leg(Role::Agent, Some(A), Connected, false),
                leg(Role::Consult, Some(B), Connected, false),
            ],
            Phase::Merged,
        ),
    ]
}

#[test]
fn every_phase_times_every_verb() {
    use Verb::*;
    // (verb, [live, ringing, consulting, merged]) → None allowed, Some(id) refused
    let table: [(Verb, [Option<&str>; 4]); 6] = [
        (
            Consult,
            [
                None,
                Some("no-other-transfer"),
                Some("no-other-transfer"),
                Some("no-other-transfer"),
            ],
        ),
        (
            Transfer,
            [
                None,
                Some("no-other-transfer"),
                Some("no-other-transfer"),
                Some("no-other-transfer"),
            ],
        ),
        (
            Cancel,
            [Some("transfer-active"), None, None, Some("transfer-active")],
        ),
        (
            Swap,
            [
                Some("consult-connected"),
                Some("consult-connected"),
                None,
                None,
            ],
        ),
        (
            Merge,
            [
                Some("consult-connected"),
                Some("consult-connected"),
                None,
                None,
            ],
        ),
        (Leave, [None, None, None, None]),
    ];
    for (verb, expected) in table {
        for (c, want) in phases().iter().zip(expected) {
            let got = check_phase(verb, c, false).and_then(|_| {
                if matches!(verb, Consult | Transfer) {
                    check_no_transfer(c, None)
                } else {
                    Ok(())
                }
            });
            assert_eq!(
                got.err().map(|r| r.check.id()),
                want,
                "{verb:?} in {:?}",
                c.phase
            );
        }
    }
}

#[test]
fn actor_checks() {
    use ParticipantStatus::*;
    let live = &phases()[0];
    assert!(check_actor(live, A, "a").is_ok());
    assert_eq!(
        check_actor(live, B, "b").unwrap_err().check,
        Check::AgentInCall
    );
    let held = call(
        vec![
            leg(Role::Customer, None, Connected, false),
            leg(Role::Agent, Some(A), Connected, true),
        ],
        Phase::Live,
    );
    let r = check_actor(&held, A, "a").unwrap_err();
    assert_eq!(
        (r.check.id(), r.hint.as_deref()),
        ("agent-not-on-hold", Some("flexctl unhold a"))
    );
    let ringing = call(vec![leg(Role::Agent, Some(A), Ringing, false)], Phase::Live);
    assert_eq!(
        check_actor(&ringing, A, "a").unwrap_err().check,
        Check::AgentInCall
    );
}

#[test]
fn an_active_record_blocks_a_second_transfer() {
    let r = check_no_transfer(&phases()[0], Some("carol")).unwrap_err();
    assert_eq!(
        r.message,
        "another transfer is in progress on this call (started by carol)"
    );
}

#[test]
fn who_may_be_removed() {
    use ParticipantStatus::*;
    let cust = leg(Role::Customer, None, Connected, false);
    let unknown = leg(Role::Agent, None, Connected, false);
    let agent = leg(Role::Agent, Some(A), Connected, false);
    // (leg, --customer, --yes) -> refused?
    let table = [
        (&cust, false, false, true),
        (&cust, false, true, true),
        (&cust, true, false, true),
        (&cust, true, true, false),
        (&unknown, false, true, true),
        (&unknown, true, true, false),
        (&agent, false, false, false),
    ];
    for (l, flag, yes, refused) in table {
        let got = check_removable(l, flag, yes);
        assert_eq!(got.is_err(), refused, "{l:?} --customer={flag} --yes={yes}");
        if let Err(r) = got {
            assert_eq!(r.check.id(), "customer-stays");
        }
    }
}

#[test]
fn removing_agents() {
    use ParticipantStatus::*;
    let b_live = leg(Role::Consult, Some(B), Connected, false);
    let b_held = leg(Role::Consult, Some(B), Connected, true);
    let two = |cust_held: bool, b: &Leg| {
        call(
            vec![
                leg(Role::Customer, None, Connected, cust_held),
                leg(Role::Agent, Some(A), Connected, false),
                b.clone(),
            ],
            Phase::Consulting,
        )
    };
    let alone = phases()[0].clone();
    let a = alone.participants[1].clone();
    // The last agent: confirmable without --yes, allowed with it.
    let r = check_remove_agent(&alone, &a, false).unwrap_err();
    assert_eq!(
        (r.check.id(), r.confirmable),
        ("other-agent-connected", true)
    );
    assert!(check_remove_agent(&alone, &a, true).is_ok());
    // ...never while the customer is held, even with --yes.
    let mut held = alone.clone();
    held.participants[0].hold = true;
    let r = check_remove_agent(&held, &held.participants[1].clone(), true).unwrap_err();
    assert_eq!(
        (r.check.id(), r.confirmable),
        ("other-agent-connected", false)
    );
    // Removing the only live agent while the customer holds strands them.
    let c = two(true, &b_held);
    let r = check_remove_agent(&c, &c.participants[1].clone(), true).unwrap_err();
    assert_eq!(r.check.id(), "customer-not-stranded");
    let c = two(true, &b_live);
    assert!(check_remove_agent(&c, &c.participants[1].clone(), false).is_ok());
    assert!(check_remove_agent(&c, &c.participants[2].clone(), false).is_ok());
}

#[test]
fn a_target_at_capacity_is_refused_unless_forced() {
    let w = Worker {
        sid: B.into(),
        name: "bob".into(),
        activity_sid: None,
        activity_name: Some("Available".into()),
        available: true,
        attributes: serde_json::Value::Null,
        date_status_changed: None,
    };
    let voice = |assigned: u32, pct: u32, available: bool| WorkerChannel {
        sid: "WC1".into(),
        worker_sid: B.into(),
        task_channel: "voice".into(),
        configured_capacity: 1,
        assigned_tasks: assigned,
        available,
        available_capacity_percentage: pct,
    };
    assert!(check_agent_capacity(&w, &[voice(0, 100, true)], false).is_ok());
    let r = check_agent_capacity(&w, &[voice(1, 0, true)], false).unwrap_err();
    assert_eq!(r.check.id(), "target-capacity");
    assert!(r.message.contains("1/1"), "{}", r.message);
    assert!(check_agent_capacity(&w, &[voice(1, 0, true)], true).is_ok());
    assert!(check_agent_capacity(&w, &[voice(0, 0, false)], false).is_err());
    assert!(check_agent_capacity(&w, &[], false).is_ok());
}

#[test]
fn end_on_exit_arithmetic() {
    assert!(safe_end_on_exit(1));
    assert!(!safe_end_on_exit(2));
    assert!(!safe_end_on_exit(3));
    assert!(strands_customer(true, 0));
    assert!(!strands_customer(true, 1));
    assert!(!strands_customer(false, 0));
}

#[test]
fn an_agent_can_take_a_transfer_when_available_with_room_on_their_voice_channel() {
    let w = |available| Worker {
        sid: "WK1".into(),
        name: "bob".into(),
        activity_sid: None,
        activity_name: Some("Available".into()),
        available,
        attributes: serde_json::Value::Null,
        date_status_changed: None,
    };
    let voice = |assigned, capacity| WorkerChannel {
        sid: "WC1".into(),
        worker_sid: "WK1".into(),
        task_channel: "voice".into(),
        configured_capacity: capacity,
        assigned_tasks: assigned,
        available: true,
        available_capacity_percentage: if assigned < capacity { 50 } else { 0 },
    };
    for (worker, on_call, channel, can) in [
        (w(true), false, None, true),
        (w(false), false, None, false),
        (w(true), true, None, false),
        (w(true), true, Some(voice(1, 1)), false),
        (w(true), true, Some(voice(1, 2)), true),
        (w(false), true, Some(voice(1, 2)), false),
        // In wrap-up: not on a call, but the wrapping task still takes the channel.
        (w(true), false, Some(voice(1, 1)), false),
        (w(true), false, Some(voice(0, 1)), true),
    ] {
        assert_eq!(
            can_take_transfer(&worker, on_call, channel.as_ref()),
            can,
            "{on_call} {channel:?}"
        );
    }
}

#[test]
fn end_on_exit_counts_an_external_number_as_a_party_not_an_agent() {
    use Party::*;
    // (party, agents, externals) → what its flag should be (None: left as it is).
    let table = [
        // The classic call: the customer and one agent; the lone agent ends it.
        (Agent, 1, 0, Some(true)),
        (Agent, 2, 0, Some(false)),
        (Customer, 1, 0, None),
        // Consulting a number: the agent and the number; nobody ends it for the others.
        (Agent, 1, 1, Some(false)),
        (External, 1, 1, Some(false)),
        (Customer, 1, 1, None),
        // The agent has left: the customer and the number; either hanging up ends it.
        (External, 0, 1, Some(true)),
        (Customer, 0, 1, Some(true)),
        // Two numbers and no agent: each may end it (a phone call with three people).
        (External, 0, 2, Some(true)),
        (Customer, 0, 2, Some(true)),
        // Nobody but the customer: nothing to arm.
        (Customer, 0, 0, None),
    ];
    for (party, agents, externals, want) in table {
        assert_eq!(
            end_on_exit(party, agents, externals),
            want,
            "{party:?} with {agents} agent(s), {externals} external(s)"
        );
    }
    // Without external parties it is the agents' arithmetic.
    for n in 0..4 {
        assert_eq!(end_on_exit(Agent, n, 0), Some(safe_end_on_exit(n)));
    }
}

#[test]
fn caller_id_is_from_else_the_number_called() {
    assert_eq!(
        check_caller_id(Some("+15550100002"), Some("+15550109999")).as_deref(),
        Ok("+15550100002")
    );
    assert_eq!(
        check_caller_id(None, Some("+15550109999")).as_deref(),
        Ok("+15550109999")
    );
    for called in [None, Some(""), Some("  "), Some("client:alice")] {
        let r = check_caller_id(None, called).unwrap_err();
        assert_eq!(r.check.id(), "caller-id");
        assert!(r.hint.unwrap().contains("--from"));
    }
}
