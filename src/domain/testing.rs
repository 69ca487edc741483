//! Fixtures for the domain's tests: a leg and a call with every field set in one place, so a
//! new field is one line here and each test says only what matters to it.

use super::call::{Call, Leg, Phase, Role};
use super::model::ParticipantStatus;

/// A connected leg, not held, not muted, not ending the conference on exit, with no worker
/// and no label.
pub fn leg(role: Role, call_sid: impl Into<String>) -> Leg {
    Leg {
        role,
        name: None,
        worker_sid: None,
        call_sid: call_sid.into(),
        label: None,
        status: ParticipantStatus::Connected,
        hold: false,
        muted: false,
        end_conference_on_exit: false,
        coaching: None,
    }
}

impl Leg {
    pub fn worker(mut self, sid: &str, name: &str) -> Leg {
        self.worker_sid = Some(sid.into());
        self.name = Some(name.into());
        self
    }

    pub fn labelled(mut self, label: &str) -> Leg {
        self.label = Some(label.into());
        self
    }

    pub fn held(mut self, hold: bool) -> Leg {
        self.hold = hold;
        self
    }

    pub fn ends_conference(mut self, ecoe: bool) -> Leg {
        self.end_conference_on_exit = ecoe;
        self
    }

    pub fn with_status(mut self, status: ParticipantStatus) -> Leg {
        self.status = status;
        self
    }
}

/// Call WT1 in conference CF1, of `agent` (worker SID, name) when one is given.
pub fn call(agent: Option<(&str, &str)>, legs: Vec<Leg>, phase: Phase) -> Call {
    Call {
        task_sid: "WT1".into(),
        conference_sid: "CF1".into(),
        agent: agent.map(|(_, name)| name.into()),
        agent_sid: agent.map(|(sid, _)| sid.into()),
        customer: agent.map(|_| "+15550100001".into()),
        phase,
        participants: legs,
        transfers: vec![],
        age_s: None,
    }
}
