//! The verbs that make sense next on a call, read from its state (who is held, who is there),
//! not from its phase alone.

use super::call::{Call, Phase, Role};

/// The commands a person would run next, most likely first.
pub fn next_verbs(call: &Call) -> Vec<String> {
    let Some(customer) = call.customer_leg() else {
        return Vec::new();
    };
    // Handed to an external number: no agent is left to act on the call.
    if !call.agent_legs().any(|l| l.connected()) && call.external_legs().next().is_some() {
        return Vec::new();
    }
    let held = customer.hold;
    let agent_held = call
        .participants
        .iter()
        .any(|l| l.role == Role::Agent && l.connected() && l.hold);
    let mut out: Vec<&str> = Vec::new();
    // A muted party is one `unmute` away from being heard again, whatever the phase.
    let unmute: Vec<String> = call
        .participants
        .iter()
        // A monitoring supervisor is muted on purpose: their way off is `monitor --stop`.
        .filter(|l| l.connected() && l.muted && l.role != Role::Supervisor)
        .map(|l| match l.role {
            Role::Customer => "unmute customer".to_string(),
            _ => format!("unmute {}", l.display_name()),
        })
        .collect();
    match call.phase {
        Phase::Live => {
            if agent_held {
                out.push("unhold me");
            }
            if held {
                out.push("unhold customer");
            }
            out.extend([
                "consult agent NAME",
                "consult queue NAME",
                "transfer agent NAME",
            ]);
            if !held && !agent_held {
                out.push("hold customer");
            }
        }
        Phase::ConsultRinging => out.push("cancel"),
        Phase::Consulting => out.extend(["swap", "merge", "cancel"]),
        Phase::Merged => {
            out.extend(["leave", "remove NAME"]);
            out.push(if held {
                "unhold customer"
            } else {
                "hold customer"
            });
        }
    }
    let supervisors = call.supervisor_legs().map(|l| {
        format!(
            "monitor --stop --as {}",
            super::names::shell_word(&l.display_name())
        )
    });
    unmute
        .into_iter()
        .chain(out.into_iter().map(String::from))
        .chain(supervisors)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing;

    fn call(phase: Phase, customer_held: bool, agent_held: bool) -> Call {
        let legs = vec![
            testing::leg(Role::Customer, "CAc").held(customer_held),
            testing::leg(Role::Agent, "CAa").held(agent_held),
        ];
        testing::call(None, legs, phase)
    }

    #[test]
    fn hints_follow_who_is_held() {
        let first = |c: &Call| next_verbs(c).first().cloned().unwrap_or_default();
        assert_eq!(
            first(&call(Phase::Live, false, false)),
            "consult agent NAME"
        );
        assert!(next_verbs(&call(Phase::Live, false, false)).contains(&"hold customer".into()));
        // A held customer: bring them back first, never "hold customer" again.
        let held = next_verbs(&call(Phase::Live, true, false));
        assert_eq!(held[0], "unhold customer");
        assert!(!held.contains(&"hold customer".into()), "{held:?}");
        assert_eq!(first(&call(Phase::Live, false, true)), "unhold me");
        let merged = next_verbs(&call(Phase::Merged, true, false));
        assert!(merged.contains(&"unhold customer".into()), "{merged:?}");
        assert_eq!(
            next_verbs(&call(Phase::ConsultRinging, true, false)),
            ["cancel"]
        );
        let mut gone = call(Phase::Live, false, false);
        gone.participants.remove(0);
        assert!(next_verbs(&gone).is_empty());
    }

    #[test]
    fn a_monitoring_supervisor_is_offered_stop_never_unmute() {
        let mut c = call(Phase::Live, false, false);
        let mut sue = testing::leg(Role::Supervisor, "CAs").worker("WKs", "sue");
        sue.muted = true;
        c.participants.push(sue);
        let verbs = next_verbs(&c);
        assert!(!verbs.iter().any(|v| v.starts_with("unmute")), "{verbs:?}");
        assert_eq!(verbs[0], "consult agent NAME");
        assert_eq!(
            verbs.last().map(String::as_str),
            Some("monitor --stop --as sue")
        );
    }

    #[test]
    fn a_muted_party_is_offered_unmute_first_and_hold_stays_apart() {
        for phase in [Phase::Live, Phase::Merged] {
            let mut c = call(phase, false, false);
            c.participants[1].muted = true;
            c.participants[1].name = Some("alice".into());
            let verbs = next_verbs(&c);
            assert_eq!(verbs[0], "unmute alice", "{phase:?}");
            // Muted is not held: the hold hints are those of an unheld call.
            assert!(!verbs.contains(&"unhold me".to_string()), "{verbs:?}");
            c.participants[0].muted = true;
            assert_eq!(next_verbs(&c)[0], "unmute customer");
        }
        assert!(next_verbs(&call(Phase::Live, false, false))
            .iter()
            .all(|v| !v.starts_with("unmute")));
    }
}
