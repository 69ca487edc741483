//! Plans of `monitor`, `coach` and `barge`: ring a supervisor in (`supervisor-WK…`, never
//! ending or starting the conference) in a mode, switch the mode in place (one participant
//! update, undone by the previous mode), or take the supervisor off the call.

use serde::Serialize;

use super::{remove, Action, Plan};
use crate::domain::call::{supervisor_label, Call, Leg};

/// How a supervisor is on the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Muted: hears everyone, heard by nobody.
    Monitor,
    /// Heard by one agent alone (`Coaching=true`, `CallSidToCoach`).
    Coach,
    /// Unmuted and heard by everyone.
    Barge,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Monitor => "monitor",
            Mode::Coach => "coach",
            Mode::Barge => "barge",
        }
    }

    /// The mode a supervisor leg is in, from its flags.
    pub fn of(leg: &Leg) -> Mode {
        if leg.coaching.is_some() {
            Mode::Coach
        } else if leg.muted {
            Mode::Monitor
        } else {
            Mode::Barge
        }
    }
}

/// The agent a coach is heard by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coached {
    pub call_sid: String,
    pub name: String,
}

/// A mode with, for `coach`, whom the supervisor is heard by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Supervision {
    pub mode: Mode,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coached: Option<Coached>,
}

impl Supervision {
    pub fn monitor() -> Supervision {
        Supervision {
            mode: Mode::Monitor,
            coached: None,
        }
    }

    pub fn barge() -> Supervision {
        Supervision {
            mode: Mode::Barge,
            coached: None,
        }
    }

    pub fn coach(call_sid: &str, name: &str) -> Supervision {
        Supervision {
            mode: Mode::Coach,
            coached: Some(Coached {
                call_sid: call_sid.to_string(),
                name: name.to_string(),
            }),
        }
    }

    /// The participant's `Muted`, `Coaching` and `CallSidToCoach` for this mode.
    pub fn muted(&self) -> bool {
        self.mode == Mode::Monitor
    }

    /// The supervision a leg has now; the coached agent named from the call's legs.
    pub fn of(leg: &Leg, call: &Call) -> Supervision {
        match (Mode::of(leg), &leg.coaching) {
            (Mode::Coach, Some(sid)) => {
                let name = call
                    .participants
                    .iter()
                    .find(|l| &l.call_sid == sid)
                    .map_or_else(|| sid.clone(), Leg::display_name);
                Supervision::coach(sid, &name)
            }
            (mode, _) => Supervision {
                mode,
                coached: None,
            },
        }
    }

    /// `to monitor (heard by nobody)`, `to coach alice (heard by alice alone)`, `to barge in
    /// (heard by everyone)`.
    pub fn describe(&self) -> String {
        match (&self.mode, &self.coached) {
            (Mode::Coach, Some(c)) => format!("to coach {0} (heard by {0} alone)", c.name),
            (Mode::Barge, _) => "to barge in (heard by everyone)".to_string(),
            _ => "to monitor (muted, heard by nobody)".to_string(),
        }
    }
}

/// Ring a supervisor into the conference, labelled `supervisor-WK…`, in a mode, with
/// `EndConferenceOnExit=false` and `StartConferenceOnEnter=false`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SupervisorRing {
    pub worker_sid: String,
    pub name: String,
    pub contact_uri: String,
    pub from: String,
    pub timeout_s: u32,
    pub supervision: Supervision,
}

impl SupervisorRing {
    pub fn label(&self) -> String {
        supervisor_label(&self.worker_sid)
    }

    pub fn describe(&self) -> String {
        format!(
            "ring {} ({}) in {}, {}s timeout",
            self.name,
            self.contact_uri,
            self.supervision.describe(),
            self.timeout_s
        )
    }
}

/// A supervisor leg's mode changed in place (`Muted`, `Coaching`, `CallSidToCoach`), read
/// back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModeChange {
    pub leg: String,
    pub name: String,
    pub supervision: Supervision,
}

impl ModeChange {
    pub fn describe(&self) -> String {
        format!("switch {} {}", self.name, self.supervision.describe())
    }
}

/// A supervisor joins: rung in the mode asked for; the undo takes the leg off again.
pub fn supervise_join(ring: SupervisorRing) -> Plan {
    let mut plan = Plan::new(ring.supervision.mode.as_str());
    let undo = Action::RemoveLeg {
        leg: ring.label(),
        name: ring.name.clone(),
    };
    plan.push(Action::RingSupervisor(ring), Some(undo));
    plan
}

/// A supervisor already on the call switches mode in place: one update, its undo the mode
/// they had; no step when nothing would change.
pub fn supervise_switch(call: &Call, leg: &Leg, to: Supervision) -> Plan {
    let mut plan = Plan::new(to.mode.as_str());
    let from = Supervision::of(leg, call);
    let same = from.mode == to.mode
        && from.coached.as_ref().map(|c| &c.call_sid) == to.coached.as_ref().map(|c| &c.call_sid);
    if same {
        return plan;
    }
    let change = |supervision| ModeChange {
        leg: super::leg_id(leg),
        name: leg.display_name(),
        supervision,
    };
    plan.push(
        Action::SetMode(change(to)),
        Some(Action::SetMode(change(from))),
    );
    plan
}

/// The supervisor leaves the call (`monitor --stop`): their leg removed; it never ends the
/// conference (its end-conference-on-exit is false).
pub fn supervise_stop(leg: &Leg) -> Plan {
    let mut plan = Plan::new("monitor --stop");
    plan.push(remove(leg), None);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::call::{Phase, Role};
    use crate::domain::testing::{call, leg};

    fn sup(muted: bool, coaching: Option<&str>) -> Leg {
        let mut l = leg(Role::Supervisor, "CAs")
            .worker("WKs", "sue")
            .labelled("supervisor-WKs");
        l.muted = muted;
        l.coaching = coaching.map(str::to_string);
        l
    }

    fn the_call(s: &Leg) -> Call {
        call(
            Some(("WKa", "alice")),
            vec![
                leg(Role::Customer, "CAc"),
                leg(Role::Agent, "CAa").worker("WKa", "alice"),
                s.clone(),
            ],
            Phase::Live,
        )
    }

    #[test]
    fn a_mode_is_read_from_the_flags() {
        assert_eq!(Mode::of(&sup(true, None)), Mode::Monitor);
        assert_eq!(Mode::of(&sup(false, None)), Mode::Barge);
        assert_eq!(Mode::of(&sup(false, Some("CAa"))), Mode::Coach);
        let s = sup(false, Some("CAa"));
        assert_eq!(
            Supervision::of(&s, &the_call(&s)),
            Supervision::coach("CAa", "alice")
        );
    }

    #[test]
    fn join_rings_the_supervisor_and_its_undo_removes_them() {
        let ring = SupervisorRing {
            worker_sid: "WKs".into(),
            name: "sue".into(),
            contact_uri: "client:sue".into(),
            from: "+15550100000".into(),
            timeout_s: 30,
            supervision: Supervision::monitor(),
        };
        let plan = supervise_join(ring);
        assert_eq!(plan.verb, "monitor");
        assert_eq!(plan.steps.len(), 1);
        assert_eq!(
            plan.steps[0].undo,
            Some(Action::RemoveLeg {
                leg: "supervisor-WKs".into(),
                name: "sue".into()
            })
        );
        assert!(plan.steps[0].action.describe().contains("muted"));
    }

    #[test]
    fn every_switch_is_one_update_undone_by_the_mode_before() {
        let modes = [
            (sup(true, None), Supervision::monitor()),
            (sup(false, None), Supervision::barge()),
            (sup(false, Some("CAa")), Supervision::coach("CAa", "alice")),
        ];
        for (from_leg, from) in &modes {
            for (_, to) in &modes {
                let plan = supervise_switch(&the_call(from_leg), from_leg, to.clone());
                if from == to {
                    assert!(plan.steps.is_empty(), "{from:?} to itself");
                    continue;
                }
                assert_eq!(plan.steps.len(), 1);
                let Action::SetMode(change) = &plan.steps[0].action else {
                    panic!("not a mode change: {:?}", plan.steps[0]);
                };
                assert_eq!(
                    (&change.leg, &change.supervision),
                    (&"supervisor-WKs".into(), to)
                );
                let Some(Action::SetMode(back)) = &plan.steps[0].undo else {
                    panic!("no undo");
                };
                assert_eq!(&back.supervision, from);
                assert!(!plan.steps[0].action.is_irreversible());
            }
        }
    }

    #[test]
    fn stop_removes_the_supervisor_leg_only() {
        let plan = supervise_stop(&sup(true, None));
        assert_eq!(
            plan.steps
                .iter()
                .map(|s| s.action.clone())
                .collect::<Vec<_>>(),
            vec![Action::RemoveLeg {
                leg: "supervisor-WKs".into(),
                name: "sue".into()
            }]
        );
    }
}
