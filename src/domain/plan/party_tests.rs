//! Plans of `mute`/`unmute` and `agents set`: one step, its undo the previous value, and
//! nothing at all when nothing would change.

use super::*;
use crate::domain::model::ParticipantStatus;
use serde_json::Value;

fn leg(role: Role, hold: bool, muted: bool) -> Leg {
    Leg {
        role,
        name: (role != Role::Customer).then(|| "bob".to_string()),
        worker_sid: (role != Role::Customer).then(|| "WKb".to_string()),
        call_sid: "CAb".into(),
        label: Some("consult-WKb".into()),
        status: ParticipantStatus::Connected,
        hold,
        muted,
        end_conference_on_exit: false,
        coaching: None,
    }
}

#[test]
fn mute_touches_muted_only_and_its_undo_puts_the_old_value_back() {
    for role in [Role::Customer, Role::Agent, Role::Consult] {
        for hold in [false, true] {
            for (was, want) in [(false, true), (true, false)] {
                let p = set_muted(&leg(role, hold, was), want);
                assert_eq!(p.steps.len(), 1, "{role:?} hold={hold}");
                let step = &p.steps[0];
                let Action::SetMuted { leg, muted, name } = &step.action else {
                    panic!("{:?}", step.action);
                };
                assert_eq!((leg.as_str(), *muted), ("consult-WKb", want));
                assert_eq!(
                    name,
                    if role == Role::Customer {
                        "customer"
                    } else {
                        "bob"
                    }
                );
                assert_eq!(
                    step.undo,
                    Some(Action::SetMuted {
                        leg: "consult-WKb".into(),
                        name: name.clone(),
                        muted: was,
                    })
                );
                // Nothing in the plan holds or unholds.
                assert!(p
                    .steps
                    .iter()
                    .all(|s| !matches!(s.action, Action::UpdateLeg { .. })));
                assert_eq!(p.undo_after(1).len(), 1);
            }
            assert!(set_muted(&leg(role, hold, true), true).steps.is_empty());
            assert!(set_muted(&leg(role, hold, false), false).steps.is_empty());
        }
    }
}

fn bob(activity: Option<(&str, &str)>) -> Worker {
    Worker {
        sid: "WKb".into(),
        name: "bob".into(),
        activity_sid: activity.map(|a| a.0.to_string()),
        activity_name: activity.map(|a| a.1.to_string()),
        available: true,
        attributes: Value::Null,
        date_status_changed: None,
    }
}

#[test]
fn an_activity_change_is_undone_by_the_previous_activity() {
    let offline = Activity {
        sid: "WAoff".into(),
        name: "Offline".into(),
        available: false,
    };
    let p = set_activity(&bob(Some(("WAav", "Available"))), &offline, true);
    assert_eq!(p.steps.len(), 1);
    assert_eq!(
        p.steps[0].action,
        Action::SetActivity {
            worker_sid: "WKb".into(),
            name: "bob".into(),
            activity_sid: "WAoff".into(),
            activity_name: "Offline".into(),
            reject_pending: true,
        }
    );
    // The undo never rejects anything: it only moves them back.
    assert_eq!(
        p.steps[0].undo,
        Some(Action::SetActivity {
            worker_sid: "WKb".into(),
            name: "bob".into(),
            activity_sid: "WAav".into(),
            activity_name: "Available".into(),
            reject_pending: false,
        })
    );
    assert!(p.steps[0].action.describe().contains("rejecting"));
    // Already there: nothing to do.
    assert!(
        set_activity(&bob(Some(("WAoff", "Offline"))), &offline, false)
            .steps
            .is_empty()
    );
    // No activity known: the change has no undo.
    assert_eq!(
        set_activity(&bob(None), &offline, false).steps[0].undo,
        None
    );
}
