//! Rules of the verbs on one party of a call (`mute`, `unmute`): which legs can be changed, and
//! what the customer hears afterwards.

use super::{Check, Refusal};
use crate::domain::call::{Call, Leg, Role};

/// `leg-connected`: only a connected leg can be muted or unmuted (Twilio refuses updates to a
/// participant still queued, connecting or ringing, and one that left is gone).
pub fn check_leg_connected(leg: &Leg, verb: &str) -> Result<(), Refusal> {
    if leg.connected() {
        return Ok(());
    }
    Err(Refusal::new(
        Check::LegConnected,
        format!(
            "{} is {}: only a connected party can be {verb}",
            leg.display_name(),
            leg.status
        ),
    )
    .hint("`flexctl calls show` shows who is connected"))
}

/// Whether muting `leg` leaves a customer who is live (connected, not on hold) hearing no
/// agent at all: every other agent is muted, held or not connected. The customer is not
/// stranded (the agent still hears them and can unmute at once), but hears silence rather
/// than hold music, so the verb says so.
pub fn mute_silences_customer(call: &Call, leg: &Leg) -> bool {
    if leg.role == Role::Customer || !call.customer_leg().is_some_and(Leg::live) {
        return false;
    }
    !call
        .agent_legs()
        .any(|l| l.call_sid != leg.call_sid && l.live() && !l.muted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::call::Phase;
    use crate::domain::model::ParticipantStatus::{self, *};

    /// (role, status, hold, muted), the worker named by its position.
    fn call(legs: &[(Role, ParticipantStatus, bool, bool)]) -> Call {
        let participants = legs
            .iter()
            .enumerate()
            .map(|(i, (role, status, hold, muted))| (i, *role, status.clone(), *hold, *muted))
            .map(|(i, role, status, hold, muted)| Leg {
                role,
                name: (role != Role::Customer).then(|| format!("agent{i}")),
                worker_sid: (role != Role::Customer).then(|| format!("WK{i}")),
                call_sid: format!("CA{i}"),
                label: None,
                status,
                hold,
                muted,
                end_conference_on_exit: false,
                coaching: None,
            })
            .collect();
        Call {
            task_sid: "WT1".into(),
            conference_sid: "CF1".into(),
            agent: None,
            agent_sid: None,
            customer: Some("+1".into()),
            phase: Phase::Live,
            participants,
            transfers: vec![],
            age_s: None,
        }
    }

    #[test]
    fn only_a_connected_leg_can_be_muted() {
        for (status, ok) in [
            (Connected, true),
            (Queued, false),
            (Connecting, false),
            (Ringing, false),
            (Complete, false),
            (Failed, false),
        ] {
            let c = call(&[(Role::Agent, status.clone(), false, false)]);
            let r = check_leg_connected(&c.participants[0], "muted");
            assert_eq!(r.is_ok(), ok, "{status:?}");
            if let Err(r) = r {
                assert_eq!(r.check.id(), "leg-connected");
            }
        }
    }

    #[test]
    fn the_customer_hears_silence_only_when_no_other_agent_is_live_and_unmuted() {
        use Role::*;
        // (legs, index muted, silences the customer)
        type Legs = &'static [(Role, ParticipantStatus, bool, bool)];
        let table: &[(Legs, usize, bool)] = &[
            // The only agent: the customer hears nobody.
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                ],
                1,
                true,
            ),
            // Another live agent still talks to them.
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                    (Consult, Connected, false, false),
                ],
                1,
                false,
            ),
            // The other agent is muted already, or held, or still ringing.
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                    (Consult, Connected, false, true),
                ],
                1,
                true,
            ),
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                    (Consult, Connected, true, false),
                ],
                1,
                true,
            ),
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                    (Consult, Ringing, false, false),
                ],
                1,
                true,
            ),
            // A customer on hold hears hold music whoever is muted.
            (
                &[
                    (Customer, Connected, true, false),
                    (Agent, Connected, false, false),
                ],
                1,
                false,
            ),
            // Muting the customer silences nobody for them.
            (
                &[
                    (Customer, Connected, false, false),
                    (Agent, Connected, false, false),
                ],
                0,
                false,
            ),
        ];
        for (i, (legs, muted, want)) in table.iter().enumerate() {
            let c = call(legs);
            assert_eq!(
                mute_silences_customer(&c, &c.participants[*muted]),
                *want,
                "case {i}"
            );
        }
    }
}
