//! The forms flexctl sends for worker targets, reservation answers and worker channels, checked
//! against the request bodies the TaskRouter OpenAPI document defines.

use serde_json::Value;

use super::*;
use crate::twilio::taskrouter::activity_form;

fn document() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/twilio-oai/taskrouter_v1.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("the TaskRouter document"))
        .expect("JSON")
}

/// Asserts that every field of `form` is a documented parameter of the POST on `template`, of
/// the documented type (and in the documented enum, where there is one).
fn check_form(doc: &Value, template: &str, form: &[(&str, String)]) {
    let schema = &doc["paths"][template]["post"]["requestBody"]["content"]
        ["application/x-www-form-urlencoded"]["schema"];
    assert!(
        schema.is_object(),
        "no form body documented for POST {template}"
    );
    for (key, value) in form {
        let mut prop = schema["properties"][*key].clone();
        assert!(
            prop.is_object(),
            "POST {template}: {key} is not a documented parameter"
        );
        if let Some(r) = prop["$ref"].as_str() {
            let name = r.rsplit('/').next().unwrap();
            prop = doc["components"]["schemas"][name].clone();
        }
        match prop["type"].as_str() {
            Some("integer") => assert!(value.parse::<i64>().is_ok(), "{key}={value}"),
            Some("boolean") => assert!(["true", "false"].contains(&value.as_str()), "{key}"),
            _ => {}
        }
        if let Some(allowed) = prop["enum"].as_array() {
            assert!(
                allowed.iter().any(|a| a == value),
                "{key}={value} not in {allowed:?}"
            );
        }
        if let Some(p) = prop["pattern"].as_str() {
            let prefix = &p[1..3];
            assert!(value.starts_with(prefix), "{key}={value} must match {p}");
        }
    }
}

const WK: &str = "WKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[test]
fn a_task_for_a_worker_sends_documented_parameters_and_always_the_capacity_flag() {
    let doc = document();
    for ignore_capacity in [false, true] {
        let new = NewTask {
            target: TaskTarget::Worker {
                sid: WK.into(),
                ignore_capacity,
            },
            attributes: "{}".into(),
            task_channel: Some("voice".into()),
            priority: Some(5),
            timeout_s: Some(120),
        };
        let form = new.to_form();
        check_form(&doc, "/v1/Workspaces/{WorkspaceSid}/Tasks", &form);
        assert_eq!(form[0], ("RoutingTarget", WK.to_string()));
        assert_eq!(form[1], ("IgnoreCapacity", ignore_capacity.to_string()));
    }
}

#[test]
fn reservation_answers_and_channel_updates_send_documented_parameters() {
    let doc = document();
    let reservation = "/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}";
    let accept = ReservationUpdate::accept().to_form();
    assert_eq!(accept, [("ReservationStatus", "accepted".to_string())]);
    check_form(&doc, reservation, &accept);
    let reject = ReservationUpdate::reject().to_form();
    assert_eq!(reject, [("ReservationStatus", "rejected".to_string())]);
    check_form(&doc, reservation, &reject);
}

#[test]
fn an_activity_change_sends_documented_parameters() {
    let doc = document();
    let worker = "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}";
    let wa = "WAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    assert_eq!(activity_form(wa, false), [("ActivitySid", wa.to_string())]);
    let reject = activity_form(wa, true);
    assert_eq!(reject[1], ("RejectPendingReservations", "true".to_string()));
    check_form(&doc, worker, &reject);
}
