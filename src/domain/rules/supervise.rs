//! The preconditions of `monitor`, `coach` and `barge`: who may supervise a call, whom a coach
//! can be heard by (Twilio refuses to coach a held leg, error 16027), and the supervisor's own
//! leg for a change of mode or `--stop`.

use super::{Check, Refusal};
use crate::domain::call::{Call, Leg, Role};

/// `supervisor-not-agent` and `call-live`: the supervisor is no agent of this call (an agent
/// on it, or its consult target, cannot also listen in on it), and the customer is there to
/// be supervised. Gives the supervisor's leg when they are on the call already.
pub fn check_supervisor<'a>(
    call: &'a Call,
    worker_sid: &str,
    name: &str,
) -> Result<Option<&'a Leg>, Refusal> {
    let leg = call.worker_leg(worker_sid);
    if let Some(l) = leg.filter(|l| l.role != Role::Supervisor) {
        return Err(Refusal::new(
            Check::SupervisorNotAgent,
            format!(
                "{name} is {} on this call, not a supervisor",
                if l.role == Role::Consult {
                    "the consult target"
                } else {
                    "an agent"
                }
            ),
        )
        .hint("supervise with another worker: --as NAME"));
    }
    if !call.customer_leg().is_some_and(Leg::connected) {
        return Err(Refusal::new(
            Check::CallLive,
            "the customer is not connected: there is no call to supervise",
        ));
    }
    Ok(leg)
}

/// `coached-not-held` (and `agent-in-call`): the agent a coach is heard by is connected to the
/// call and not on hold (Twilio answers 16027 for a held one: refused before any request).
pub fn check_coachable(coached: Option<&Leg>, name: &str) -> Result<(), Refusal> {
    let leg = coached.filter(|l| l.connected()).ok_or_else(|| {
        Refusal::new(
            Check::AgentInCall,
            format!("{name} is not connected to this call: there is nobody to coach"),
        )
        .hint("name the agent to coach with --agent NAME")
    })?;
    if leg.hold {
        return Err(Refusal::new(
            Check::CoachedNotHeld,
            format!("{name} is on hold: a coach would be heard by nobody"),
        )
        .hint(format!(
            "flexctl unhold {}, then coach",
            crate::domain::names::shell_word(name)
        )));
    }
    Ok(())
}

/// `supervising`: the supervisor has a leg on the call to stop (`monitor --stop`).
pub fn check_supervising<'a>(leg: Option<&'a Leg>, name: &str) -> Result<&'a Leg, Refusal> {
    leg.ok_or_else(|| {
        Refusal::new(
            Check::Supervising,
            format!("{name} is not supervising this call"),
        )
        .hint("`flexctl calls show` lists the participants")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::call::Phase;
    use crate::domain::model::ParticipantStatus;
    use crate::domain::rules::check_remove_agent;
    use crate::domain::testing::{call, leg};

    fn sup() -> Leg {
        leg(Role::Supervisor, "CAs")
            .worker("WKs", "sue")
            .labelled("supervisor-WKs")
    }

    fn agent() -> Leg {
        leg(Role::Agent, "CAa").worker("WKa", "alice")
    }

    fn customer() -> Leg {
        leg(Role::Customer, "CAc")
    }

    #[test]
    fn an_agent_of_the_call_is_no_supervisor() {
        let c = call(
            Some(("WKa", "alice")),
            vec![customer(), agent(), sup()],
            Phase::Live,
        );
        let r = check_supervisor(&c, "WKa", "alice").unwrap_err();
        assert_eq!(r.check, Check::SupervisorNotAgent);
        assert_eq!(
            check_supervisor(&c, "WKs", "sue")
                .unwrap()
                .map(|l| &l.call_sid),
            Some(&"CAs".to_string())
        );
        assert_eq!(check_supervisor(&c, "WKx", "xavier").unwrap(), None);
        let gone = call(Some(("WKa", "alice")), vec![agent()], Phase::Live);
        assert_eq!(
            check_supervisor(&gone, "WKs", "sue").unwrap_err().check,
            Check::CallLive
        );
    }

    #[test]
    fn coaching_needs_the_agent_connected_and_not_held() {
        let cases = [
            (None, Some(Check::AgentInCall)),
            (
                Some(agent().with_status(ParticipantStatus::Ringing)),
                Some(Check::AgentInCall),
            ),
            (Some(agent().held(true)), Some(Check::CoachedNotHeld)),
            (Some(agent()), None),
        ];
        for (leg, want) in cases {
            let got = check_coachable(leg.as_ref(), "alice")
                .err()
                .map(|r| r.check);
            assert_eq!(got, want, "{leg:?}");
        }
    }

    #[test]
    fn stop_needs_a_supervisor_leg() {
        assert_eq!(
            check_supervising(None, "sue").unwrap_err().check,
            Check::Supervising
        );
        let s = sup();
        assert_eq!(check_supervising(Some(&s), "sue").unwrap().call_sid, "CAs");
    }

    /// A call with only the customer and a supervisor left is, for the agent leaving or being
    /// removed, a call with only the customer: the supervisor never counts as an agent.
    #[test]
    fn a_supervisor_never_counts_as_the_other_agent() {
        for mode_muted in [false, true] {
            for customer_held in [false, true] {
                let mut s = sup();
                s.muted = mode_muted;
                let with = call(
                    Some(("WKa", "alice")),
                    vec![customer().held(customer_held), agent(), s],
                    Phase::Live,
                );
                let without = call(
                    Some(("WKa", "alice")),
                    vec![customer().held(customer_held), agent()],
                    Phase::Live,
                );
                let a = agent();
                for yes in [false, true] {
                    let got =
                        check_remove_agent(&with, &a, yes).map_err(|r| (r.check, r.confirmable));
                    let want =
                        check_remove_agent(&without, &a, yes).map_err(|r| (r.check, r.confirmable));
                    assert_eq!(
                        got, want,
                        "muted={mode_muted} held={customer_held} yes={yes}"
                    );
                    assert!(
                        got.is_err() || yes,
                        "the last agent goes only when confirmed"
                    );
                }
                assert_eq!(with.agent_legs().count(), without.agent_legs().count());
                assert_eq!(
                    crate::domain::rules::needs_rescue(&with),
                    crate::domain::rules::needs_rescue(&without)
                );
            }
        }
        // `leave`: the supervisor is not the other agent, whatever its mode.
        for yes in [false, true] {
            let with = call(
                Some(("WKa", "alice")),
                vec![customer(), agent(), sup()],
                Phase::Live,
            );
            let without = call(
                Some(("WKa", "alice")),
                vec![customer(), agent()],
                Phase::Live,
            );
            let a = agent();
            let got = crate::domain::rules::check_leave(&with, &a, yes).map_err(|r| r.check);
            assert_eq!(got, Err(Check::OtherAgentConnected));
            assert_eq!(
                got,
                crate::domain::rules::check_leave(&without, &a, yes).map_err(|r| r.check)
            );
        }
        // With the agent gone, the customer and a supervisor alone need a rescue.
        let alone = call(None, vec![customer(), sup()], Phase::Live);
        assert!(crate::domain::rules::needs_rescue(&alone));
    }
}
