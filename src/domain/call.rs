//! A live call as flexctl sees it: the task, its conference legs with their roles (customer,
//! agent, consult), who each agent is, and the phase of the warm transfer.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use super::model::{Participant, ParticipantStatus, Task};

/// Label prefix of the legs flexctl creates when it rings a consult target.
pub const CONSULT_LABEL_PREFIX: &str = "consult-";

/// The consult leg's label for a worker: `consult-WK…`.
pub fn consult_label(worker_sid: &str) -> String {
    format!("{CONSULT_LABEL_PREFIX}{worker_sid}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Customer,
    Agent,
    Consult,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Agent => "agent",
            Role::Consult => "consult",
        }
    }
}

/// The phases of a warm transfer (DESIGN §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// The customer and one agent; no consult under way.
    Live,
    /// A consult target is being rung (or a consult task waits in a queue).
    ConsultRinging,
    /// The consult target is connected and someone is on hold.
    Consulting,
    /// Everyone is live: a three-way call.
    Merged,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Live => "live",
            Phase::ConsultRinging => "consult-ringing",
            Phase::Consulting => "consulting",
            Phase::Merged => "merged",
        }
    }
}

/// One leg, with its role and, for agents, who it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Leg {
    pub role: Role,
    pub name: Option<String>,
    pub worker_sid: Option<String>,
    pub call_sid: String,
    pub label: Option<String>,
    pub status: ParticipantStatus,
    pub hold: bool,
    pub muted: bool,
    pub end_conference_on_exit: bool,
}

impl Leg {
    pub fn connected(&self) -> bool {
        self.status == ParticipantStatus::Connected
    }

    /// Connected and not on hold: this party can talk and be heard.
    pub fn live(&self) -> bool {
        self.connected() && !self.hold
    }

    pub fn display_name(&self) -> String {
        match (&self.name, self.role) {
            (Some(n), _) => n.clone(),
            (None, Role::Customer) => "customer".into(),
            (None, _) => self.label.clone().unwrap_or_else(|| self.call_sid.clone()),
        }
    }
}

/// A call assembled from its task and conference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub task_sid: String,
    pub conference_sid: String,
    /// The agent who holds the call (the task's agent, or the target of a completed transfer).
    pub agent: Option<String>,
    pub agent_sid: Option<String>,
    pub customer: Option<String>,
    pub phase: Phase,
    pub participants: Vec<Leg>,
    /// The transfer records kept in the task attributes (`flexctl.transfers`).
    pub transfers: Vec<Value>,
    pub age_s: Option<u64>,
}

impl Call {
    pub fn customer_leg(&self) -> Option<&Leg> {
        self.participants.iter().find(|l| l.role == Role::Customer)
    }

    pub fn consult_leg(&self) -> Option<&Leg> {
        self.participants.iter().find(|l| l.role == Role::Consult)
    }

    pub fn agent_legs(&self) -> impl Iterator<Item = &Leg> {
        self.participants
            .iter()
            .filter(|l| l.role != Role::Customer)
    }

    /// The leg `who` names without the directory: the word `customer` (any case), a leg's
    /// call SID or label (`customer`, `worker`, `consult-WK…`), or the customer's phone number
    /// (compared by its digits). Agents named by name are the caller's to resolve.
    pub fn leg_named(&self, who: &str) -> Option<&Leg> {
        let w = who.trim();
        if w.eq_ignore_ascii_case("customer") {
            return self.customer_leg();
        }
        let by_id = self.participants.iter().find(|l| {
            l.call_sid.eq_ignore_ascii_case(w)
                || l.label
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(w))
        });
        if by_id.is_some() {
            return by_id;
        }
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let phone_like = w
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        let number = self.customer.as_deref().map(digits).unwrap_or_default();
        if phone_like && number.len() >= 7 && digits(w) == number {
            return self.customer_leg();
        }
        None
    }
}

/// The conference SID and leg call SIDs a Flex voice task carries in its attributes.
pub fn conference_of(task: &Task) -> Option<String> {
    task.attributes
        .pointer("/conference/sid")
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn attr_call(task: &Task, who: &str) -> Option<String> {
    task.attributes
        .pointer(&format!("/conference/participants/{who}"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The transfer records in a task's attributes.
pub fn transfers_of(task: &Task) -> Vec<Value> {
    task.attributes
        .pointer("/flexctl/transfers")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// Assembles a call. `task_agent` is the worker who accepted the task (SID, name);
/// `names` maps worker SIDs to names for consult legs.
pub fn assemble(
    task: &Task,
    conference_sid: &str,
    participants: &[Participant],
    task_agent: Option<(&str, &str)>,
    names: &HashMap<String, String>,
) -> Call {
    let customer_call = attr_call(task, "customer");
    let worker_call = attr_call(task, "worker");
    let transfers = transfers_of(task);
    // A completed transfer hands the call to its target; that agent now holds the call.
    let holder = transfers
        .iter()
        .rev()
        .find(|t| t["status"] == "completed")
        .and_then(|t| {
            let sid = t["to"]["worker_sid"].as_str()?;
            let name = t["to"]["name"]
                .as_str()
                .map(str::to_string)
                .or_else(|| names.get(sid).cloned());
            Some((sid.to_string(), name))
        })
        .or_else(|| task_agent.map(|(s, n)| (s.to_string(), Some(n.to_string()))));

    let legs: Vec<Leg> = participants
        .iter()
        .filter(|p| {
            !matches!(
                p.status,
                ParticipantStatus::Complete | ParticipantStatus::Failed
            )
        })
        .map(|p| {
            let label = p.label.as_deref();
            // Only flexctl's own `consult-WK…` labels name a worker.
            let consult_worker = label
                .and_then(|l| l.strip_prefix(CONSULT_LABEL_PREFIX))
                .filter(|w| super::sid::looks_like_sid(w) == Some(super::sid::SidKind::Worker));
            let (role, worker_sid) =
                if Some(&p.call_sid) == customer_call.as_ref() || label == Some("customer") {
                    (Role::Customer, None)
                } else if let Some(wk) = consult_worker {
                    let is_holder = holder.as_ref().is_some_and(|(s, _)| s == wk);
                    (
                        if is_holder {
                            Role::Agent
                        } else {
                            Role::Consult
                        },
                        Some(wk.to_string()),
                    )
                } else if Some(&p.call_sid) == worker_call.as_ref() || label == Some("worker") {
                    (Role::Agent, task_agent.map(|(s, _)| s.to_string()))
                } else {
                    (Role::Agent, None)
                };
            let name = worker_sid.as_ref().and_then(|s| {
                names.get(s).cloned().or_else(|| {
                    task_agent
                        .filter(|(ts, _)| ts == s)
                        .map(|(_, n)| n.to_string())
                })
            });
            Leg {
                role,
                name,
                worker_sid,
                call_sid: p.call_sid.clone(),
                label: p.label.clone(),
                status: p.status.clone(),
                hold: p.hold,
                muted: p.muted,
                end_conference_on_exit: p.end_conference_on_exit,
            }
        })
        .collect();

    let pending_consult_task = transfers.iter().any(|t| {
        t["kind"] == "queue"
            && matches!(t["status"].as_str(), Some("initiated" | "ringing"))
            && !legs.iter().any(|l| l.role == Role::Consult)
    });
    let phase = phase_of(&legs, pending_consult_task);
    let customer = legs.iter().find(|l| l.role == Role::Customer).map(|_| {
        task.attributes
            .get("from")
            .or_else(|| task.attributes.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("customer")
            .to_string()
    });
    Call {
        task_sid: task.sid.clone(),
        conference_sid: conference_sid.to_string(),
        agent: holder.as_ref().and_then(|(_, n)| n.clone()),
        agent_sid: holder.map(|(s, _)| s),
        customer,
        phase,
        participants: legs,
        transfers,
        age_s: task.age_s,
    }
}

/// The phase from the legs: a ringing consult leg (or a consult task still waiting) is
/// `consult-ringing`; a connected one is `consulting` while anyone is held and `merged` when
/// everyone is live; without a consult leg the call is `live`.
pub fn phase_of(legs: &[Leg], pending_consult_task: bool) -> Phase {
    let consult = legs.iter().find(|l| l.role == Role::Consult);
    match consult {
        Some(c) if c.status.is_pending() => Phase::ConsultRinging,
        Some(c) if c.connected() => {
            if legs.iter().filter(|l| l.connected()).all(|l| !l.hold) {
                Phase::Merged
            } else {
                Phase::Consulting
            }
        }
        _ if pending_consult_task => Phase::ConsultRinging,
        _ => Phase::Live,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::TaskStatus;
    use serde_json::json;

    const CUST: &str = "CA00000000000000000000000000000001";
    const ALICE_CALL: &str = "CA00000000000000000000000000000002";
    const BOB_CALL: &str = "CA00000000000000000000000000000003";
    const ALICE: &str = "WK00000000000000000000000000000001";
    const BOB: &str = "WK00000000000000000000000000000002";

    fn task(extra: Value) -> Task {
        let mut attrs = json!({
            "from": "+15550100001",
            "conference": {"sid": "CF1", "participants": {"customer": CUST, "worker": ALICE_CALL}}
        });
        if let (Some(a), Some(e)) = (attrs.as_object_mut(), extra.as_object()) {
            a.extend(e.clone());
        }
        Task {
            sid: "WT1".into(),
            queue_sid: None,
            queue_name: None,
            workflow_sid: None,
            workflow_name: None,
            status: TaskStatus::Assigned,
            attributes_raw: attrs.to_string(),
            attributes: attrs,
            reason: None,
            priority: None,
            task_channel: None,
            age_s: Some(60),
            date_created: None,
            etag: None,
        }
    }

    fn leg(call: &str, label: &str, status: ParticipantStatus, hold: bool) -> Participant {
        Participant {
            conference_sid: "CF1".into(),
            call_sid: call.into(),
            label: Some(label.into()),
            status,
            hold,
            muted: false,
            coaching: false,
            end_conference_on_exit: false,
            start_conference_on_enter: true,
            date_created: None,
        }
    }

    fn names() -> HashMap<String, String> {
        HashMap::from([
            (ALICE.to_string(), "alice".to_string()),
            (BOB.to_string(), "bob".to_string()),
        ])
    }

    fn call_with(legs: &[Participant], extra: Value) -> Call {
        assemble(&task(extra), "CF1", legs, Some((ALICE, "alice")), &names())
    }

    #[test]
    fn roles_and_names_from_attributes_and_labels() {
        use ParticipantStatus::*;
        let bob_label = consult_label(BOB);
        let c = call_with(
            &[
                leg(CUST, "customer", Connected, true),
                leg(ALICE_CALL, "worker", Connected, false),
                leg(BOB_CALL, &bob_label, Ringing, false),
            ],
            json!({}),
        );
        let roles: Vec<_> = c
            .participants
            .iter()
            .map(|l| (l.role, l.display_name()))
            .collect();
        assert_eq!(
            roles,
            vec![
                (Role::Customer, "customer".to_string()),
                (Role::Agent, "alice".to_string()),
                (Role::Consult, "bob".to_string())
            ]
        );
        assert_eq!(c.agent.as_deref(), Some("alice"));
        assert_eq!(c.customer.as_deref(), Some("+15550100001"));
    }

    #[test]
    fn the_customer_is_found_however_named() {
        use ParticipantStatus::*;
        let c = call_with(
            &[
                leg(CUST, "customer", Connected, false),
                leg(ALICE_CALL, "worker", Connected, false),
            ],
            json!({}),
        );
        for who in [
            "customer",
            "Customer",
            " CUSTOMER ",
            CUST,
            &CUST.to_lowercase(),
            "+15550100001",
            "+1 555-010-0001",
            "15550100001",
        ] {
            assert_eq!(
                c.leg_named(who).map(|l| l.role),
                Some(Role::Customer),
                "{who}"
            );
        }
        assert_eq!(c.leg_named("worker").map(|l| l.role), Some(Role::Agent));
        assert_eq!(c.leg_named(ALICE_CALL).map(|l| l.role), Some(Role::Agent));
        for who in ["alice", "555", "+1555", "", "cust"] {
            assert!(c.leg_named(who).is_none(), "{who}");
        }
    }

    #[test]
    fn phases_follow_the_consult_leg_and_holds() {
        use ParticipantStatus::*;
        let b = consult_label(BOB);
        let cases = [
            (
                vec![
                    (CUST, "customer", Connected, false),
                    (ALICE_CALL, "worker", Connected, false),
                ],
                Phase::Live,
            ),
            (
                vec![
                    (CUST, "customer", Connected, true),
                    (ALICE_CALL, "worker", Connected, false),
                    (BOB_CALL, b.as_str(), Ringing, false),
                ],
                Phase::ConsultRinging,
            ),
            (
                vec![
                    (CUST, "customer", Connected, true),
                    (ALICE_CALL, "worker", Connected, false),
                    (BOB_CALL, b.as_str(), Connected, false),
                ],
                Phase::Consulting,
            ),
            (
                vec![
                    (CUST, "customer", Connected, false),
                    (ALICE_CALL, "worker", Connected, false),
                    (BOB_CALL, b.as_str(), Connected, true),
                ],
                Phase::Consulting,
            ),
            (
                vec![
                    (CUST, "customer", Connected, false),
                    (ALICE_CALL, "worker", Connected, false),
                    (BOB_CALL, b.as_str(), Connected, false),
                ],
                Phase::Merged,
            ),
        ];
        for (legs, want) in cases {
            let ps: Vec<Participant> = legs
                .iter()
                .map(|(c, l, s, h)| leg(c, l, s.clone(), *h))
                .collect();
            assert_eq!(call_with(&ps, json!({})).phase, want, "{legs:?}");
        }
    }

    #[test]
    fn a_pending_queue_consult_is_ringing_and_a_completed_transfer_moves_the_call() {
        use ParticipantStatus::*;
        let legs = [
            leg(CUST, "customer", Connected, true),
            leg(ALICE_CALL, "worker", Connected, false),
        ];
        let pending = json!({"flexctl": {"transfers": [{"kind": "queue", "status": "ringing"}]}});
        assert_eq!(call_with(&legs, pending).phase, Phase::ConsultRinging);

        let b = consult_label(BOB);
        let done = json!({"flexctl": {"transfers": [
            {"kind": "agent", "status": "completed", "to": {"worker_sid": BOB, "name": "bob"}}
        ]}});
        let c = call_with(
            &[
                leg(CUST, "customer", Connected, false),
                leg(BOB_CALL, &b, Connected, false),
            ],
            done,
        );
        assert_eq!(c.agent.as_deref(), Some("bob"));
        assert_eq!(c.phase, Phase::Live);
        assert_eq!(c.participants[1].role, Role::Agent);
    }
}
