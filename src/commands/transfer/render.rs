//! `--dry-run` output: a plan as the requests it would send (method, path, parameters) with
//! the undo of each step, as a table or JSON.

use serde_json::{json, Value};

use crate::cli::OutputFormat;
use crate::domain::call::consult_label;
use crate::domain::number::external_label;
use crate::domain::plan::{Accept, Action, Callee, Finish, Plan, Target};
use crate::error::CliResult;
use crate::twilio;
use crate::ui::table;
use crate::ui::Ui;

/// Where the requests go.
pub struct Paths {
    pub account: String,
    pub workspace: String,
    pub conference: String,
    pub task: String,
}

fn request(action: &Action, p: &Paths) -> Value {
    let participants = twilio::participants_path(&p.account, &p.conference);
    let tasks = twilio::tasks_path(&p.workspace);
    let (method, path, params) = match action {
        Action::UpdateLeg {
            leg,
            hold,
            end_conference_on_exit,
            ..
        } => {
            let mut params = serde_json::Map::new();
            if let Some(h) = hold {
                params.insert("Hold".into(), json!(h.to_string()));
            }
            if let Some(e) = end_conference_on_exit {
                params.insert("EndConferenceOnExit".into(), json!(e.to_string()));
            }
            (
                "POST",
                format!("{participants}/{leg}.json"),
                Value::Object(params),
            )
        }
        Action::Ring {
            callee,
            from,
            timeout_s,
        } => {
            let (label, to) = match callee {
                Callee::Agent {
                    worker_sid,
                    contact_uri,
                    ..
                } => (consult_label(worker_sid), contact_uri.clone()),
                Callee::Accepted => (
                    "consult-<accepting worker>".into(),
                    "<accepting worker's contact_uri>".into(),
                ),
                Callee::Number { number } => (external_label(number), number.clone()),
            };
            let params = json!({"From": from, "To": to, "Label": label, "EarlyMedia": "true",
                "EndConferenceOnExit": "false", "Timeout": timeout_s.to_string()});
            ("POST", format!("{participants}.json"), params)
        }
        Action::AwaitAnswer { .. } => ("GET", format!("{participants}.json (poll)"), json!({})),
        Action::RemoveLeg { leg, .. } => {
            ("DELETE", format!("{participants}/{leg}.json"), json!({}))
        }
        Action::Unring => (
            "DELETE",
            format!("{participants}/consult-<rung worker>.json"),
            json!({}),
        ),
        Action::CreateConsultTask {
            target,
            ignore_capacity,
            note,
        } => {
            let attributes = match note {
                None => "{…the call's attributes…,\"transferTargetType\":…,\"conversations\":{…},\"flexctl\":{\"kind\":\"consult\",…}}".to_string(),
                Some(n) => format!("{{…the call's attributes…,\"transferTargetType\":…,\"transferNote\":{n:?},\"conversations\":{{…}},\"flexctl\":{{\"kind\":\"consult\",\"note\":{n:?},…}}}}"),
            };
            let params = match target {
                Target::Queue { queue_sid, .. } => {
                    json!({"TaskQueueSid": queue_sid, "TaskChannel": "voice", "Attributes": attributes})
                }
                Target::Agent { worker_sid, .. } => json!({"RoutingTarget": worker_sid,
                    "IgnoreCapacity": ignore_capacity.to_string(), "TaskChannel": "voice",
                    "Attributes": attributes}),
                Target::Number { .. } => json!({}),
            };
            ("POST", tasks.clone(), params)
        }
        Action::AwaitAcceptance { accept, .. } => (
            "GET",
            format!(
                "{tasks}/<target's task>/Reservations (poll){}",
                if *accept == Accept::Flexctl {
                    ", then POST ReservationStatus=accepted"
                } else {
                    ""
                }
            ),
            json!({}),
        ),
        Action::CloseConsultTask { reason } => (
            "POST",
            format!("{tasks}/<target's task>"),
            json!({"AssignmentStatus": "canceled", "Reason": reason}),
        ),
        Action::Record { status } => (
            "POST",
            format!("{tasks}/{}", p.task),
            json!({"Attributes": format!("{{…,\"flexctl\":{{\"transfers\":[…status {}…]}}}}", status.as_str()), "If-Match": "<ETag>"}),
        ),
        Action::FinishTask { finish } => (
            "POST",
            format!("{tasks}/{}", p.task),
            json!({"AssignmentStatus": match finish {
                Finish::Wrap => "wrapping",
                Finish::Complete => "completed",
            }}),
        ),
        Action::SetMuted { leg, muted, .. } => (
            "POST",
            format!("{participants}/{leg}.json"),
            json!({"Muted": muted.to_string()}),
        ),
        Action::RingSupervisor(ring) => {
            let mut params = json!({"From": ring.from, "To": ring.contact_uri,
                "Label": ring.label(), "EarlyMedia": "false", "EndConferenceOnExit": "false",
                "StartConferenceOnEnter": "false", "Muted": ring.supervision.muted().to_string(),
                "Beep": "false", "Timeout": ring.timeout_s.to_string()});
            if let Some(c) = &ring.supervision.coached {
                params["Coaching"] = json!("true");
                params["CallSidToCoach"] = json!(c.call_sid);
            }
            ("POST", format!("{participants}.json"), params)
        }
        Action::SetMode(change) => {
            let s = &change.supervision;
            let mut params = json!({"Muted": s.muted().to_string(),
                "Coaching": s.coached.is_some().to_string()});
            if let Some(c) = &s.coached {
                params["CallSidToCoach"] = json!(c.call_sid);
            }
            (
                "POST",
                format!("{participants}/{}.json", change.leg),
                params,
            )
        }
        Action::SetActivity {
            worker_sid,
            activity_sid,
            reject_pending,
            ..
        } => {
            let mut params = json!({"ActivitySid": activity_sid});
            if *reject_pending {
                params["RejectPendingReservations"] = json!("true");
            }
            (
                "POST",
                format!("/v1/Workspaces/{}/Workers/{worker_sid}", p.workspace),
                params,
            )
        }
    };
    json!({"method": method, "path": path, "params": params, "description": action.describe()})
}

pub fn print(ui: &Ui, plan: &Plan, paths: &Paths) -> CliResult {
    // An external number's leg is known by its label before it is rung.
    let rung = plan.steps.iter().find_map(|s| match &s.action {
        Action::Ring {
            callee: Callee::Number { number },
            ..
        } => Some(external_label(number)),
        _ => None,
    });
    let request = |action: &Action| {
        let mut v = request(action, paths);
        if let (Action::Unring, Some(label)) = (action, &rung) {
            let path = v["path"].as_str().unwrap_or("");
            v["path"] = json!(path.replace("consult-<rung worker>", label));
        }
        v
    };
    let steps: Vec<Value> = plan
        .steps
        .iter()
        .map(|s| {
            let mut v = request(&s.action);
            v["undo"] = s.undo.as_ref().map_or(Value::Null, request);
            v
        })
        .collect();
    match ui.format {
        OutputFormat::Json => {
            ui.out_json(&json!({"verb": plan.verb, "dry_run": true, "steps": steps}))
        }
        format => {
            let rows = plan
                .steps
                .iter()
                .zip(&steps)
                .enumerate()
                .map(|(i, (s, v))| {
                    vec![
                        (i + 1).to_string(),
                        s.action.describe(),
                        format!(
                            "{} {}",
                            v["method"].as_str().unwrap_or(""),
                            v["path"].as_str().unwrap_or("")
                        ),
                        s.undo.as_ref().map_or("-".into(), |u| u.describe()),
                    ]
                });
            let headers = ["Step", "Action", "Request", "Undo"];
            let text = if format == OutputFormat::Tsv {
                table::tsv(ui, &headers, rows)
            } else {
                table::table(ui, &headers, rows)
            };
            ui.status(&format!(
                "dry run of {}: nothing will be changed",
                plan.verb
            ));
            ui.out(&text)
        }
    }
}
