//! Every sandbox endpoint flexctl uses answers in the shapes of Twilio's OpenAPI documents,
//! and requests the documents reject get a 400 in Twilio's error shape.

use flexctl::sandbox::seed;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;

const CONF: &str = "/2010-04-01/Accounts/{AccountSid}/Conferences";

#[track_caller]
fn expect(status: StatusCode, body: &Value, want: u16) {
    assert_eq!(status.as_u16(), want, "body: {body}");
}

#[test]
fn conference_and_participant_responses_match_the_2010_document() {
    let sb = TestSandbox::new();
    let spec = Spec::v2010();
    let cf = seed::live_conference_sid();

    let (s, body) = sb.get(&sb.p2010("/Conferences.json?Status=in-progress"));
    expect(s, &body, 200);
    spec.check(&format!("{CONF}.json"), "get", 200, &body);

    let (s, body) = sb.get(&sb.p2010(&format!("/Conferences/{cf}.json")));
    expect(s, &body, 200);
    spec.check(&format!("{CONF}/{{Sid}}.json"), "get", 200, &body);

    let parts = format!("{CONF}/{{ConferenceSid}}/Participants.json");
    let one = format!("{CONF}/{{ConferenceSid}}/Participants/{{CallSid}}.json");
    let (s, body) = sb.get(&sb.p2010(&format!("/Conferences/{cf}/Participants.json")));
    expect(s, &body, 200);
    spec.check(&parts, "get", 200, &body);

    let (s, body) = sb.get(&sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json")));
    expect(s, &body, 200);
    spec.check(&one, "get", 200, &body);

    let (s, body) = sb.post(
        &sb.p2010(&format!("/Conferences/{cf}/Participants.json")),
        &[
            ("From", "+15550109999"),
            ("To", "client:bob"),
            ("Label", "consult-bob"),
            ("EarlyMedia", "true"),
        ],
    );
    expect(s, &body, 201);
    spec.check(&parts, "post", 201, &body);

    let (s, body) = sb.post(
        &sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json")),
        &[("Hold", "true"), ("HoldUrl", "http://example.com/hold")],
    );
    expect(s, &body, 200);
    spec.check(&one, "post", 200, &body);

    let (s, body) = sb.post(
        &sb.p2010(&format!("/Conferences/{cf}.json")),
        &[("Status", "completed")],
    );
    expect(s, &body, 200);
    spec.check(&format!("{CONF}/{{Sid}}.json"), "post", 200, &body);
    assert_eq!(body["status"], "completed");
}

#[test]
fn taskrouter_responses_match_the_v1_document() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    let ws = seed::workspace_sid();
    let wk = seed::worker_sid("bob");
    let wq = seed::queue_sid("Support");
    let wt = seed::live_task_sid();
    let w = "/v1/Workspaces/{WorkspaceSid}";

    let reads: Vec<(String, String)> = vec![
        ("/v1/Workspaces".into(), "/v1/Workspaces".into()),
        (
            format!("/v1/Workspaces/{ws}"),
            "/v1/Workspaces/{Sid}".into(),
        ),
        (sb.pv1("/Activities"), format!("{w}/Activities")),
        (sb.pv1("/Workers?PageSize=2"), format!("{w}/Workers")),
        (
            sb.pv1(&format!("/Workers/{wk}")),
            format!("{w}/Workers/{{Sid}}"),
        ),
        (sb.pv1("/TaskQueues"), format!("{w}/TaskQueues")),
        (
            sb.pv1(&format!("/TaskQueues/{wq}")),
            format!("{w}/TaskQueues/{{Sid}}"),
        ),
        (
            sb.pv1(&format!(
                "/TaskQueues/{wq}/CumulativeStatistics?Minutes=43200"
            )),
            format!("{w}/TaskQueues/{{TaskQueueSid}}/CumulativeStatistics"),
        ),
        (
            sb.pv1(&format!("/TaskQueues/{wq}/RealTimeStatistics")),
            format!("{w}/TaskQueues/{{TaskQueueSid}}/RealTimeStatistics"),
        ),
        (
            sb.pv1("/TaskQueues/Statistics?Minutes=43200"),
            format!("{w}/TaskQueues/Statistics"),
        ),
        (sb.pv1("/Workflows"), format!("{w}/Workflows")),
        (
            sb.pv1(&format!("/Workflows/{}", seed::workflow_sid())),
            format!("{w}/Workflows/{{Sid}}"),
        ),
        (
            sb.pv1("/Tasks?AssignmentStatus=assigned"),
            format!("{w}/Tasks"),
        ),
        (
            sb.pv1(&format!("/Tasks/{wt}")),
            format!("{w}/Tasks/{{Sid}}"),
        ),
        (
            sb.pv1(&format!("/Tasks/{wt}/Reservations")),
            format!("{w}/Tasks/{{TaskSid}}/Reservations"),
        ),
    ];
    for (path, template) in reads {
        let (s, body) = sb.get(&path);
        expect(s, &body, 200);
        spec.check(&template, "get", 200, &body);
    }

    let (s, res) = sb.get(&sb.pv1(&format!("/Tasks/{wt}/Reservations")));
    expect(s, &res, 200);
    let wr = res["reservations"][0]["sid"]
        .as_str()
        .expect("the live task has a reservation")
        .to_string();
    let (s, body) = sb.get(&sb.pv1(&format!("/Tasks/{wt}/Reservations/{wr}")));
    expect(s, &body, 200);
    spec.check(
        &format!("{w}/Tasks/{{TaskSid}}/Reservations/{{Sid}}"),
        "get",
        200,
        &body,
    );

    let (s, body) = sb.post(
        &sb.pv1(&format!("/Workers/{wk}")),
        &[("ActivitySid", &seed::activity_sid("Break"))],
    );
    expect(s, &body, 200);
    spec.check(&format!("{w}/Workers/{{Sid}}"), "post", 200, &body);

    let (s, task) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("WorkflowSid", &seed::workflow_sid()),
            ("Attributes", r#"{"queue":"Billing"}"#),
            ("TaskChannel", "voice"),
        ],
    );
    expect(s, &task, 201);
    spec.check(&format!("{w}/Tasks"), "post", 201, &task);
    let sid = task["sid"].as_str().expect("task sid").to_string();
    let (s, body) = sb.post(
        &sb.pv1(&format!("/Tasks/{sid}")),
        &[("AssignmentStatus", "canceled"), ("Reason", "test")],
    );
    expect(s, &body, 200);
    spec.check(&format!("{w}/Tasks/{{Sid}}"), "post", 200, &body);
    let (s, body) = sb.delete(&sb.pv1(&format!("/Tasks/{sid}")));
    expect(s, &body, 204);
}

#[track_caller]
fn assert_twilio_error(status: StatusCode, body: &Value, want: u16, param: &str) {
    assert_eq!(status.as_u16(), want, "body: {body}");
    for key in ["code", "message", "more_info", "status"] {
        assert!(!body[key].is_null(), "error body lacks {key}: {body}");
    }
    assert_eq!(body["status"], want);
    assert!(
        body["message"].as_str().unwrap_or("").contains(param),
        "message names {param}: {body}"
    );
}

#[test]
fn requests_the_documents_reject_get_400_in_twilio_shape() {
    let sb = TestSandbox::new();
    let cf = seed::live_conference_sid();
    let (s, body) = sb.post(
        &sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json")),
        &[("Hold", "maybe")],
    );
    assert_twilio_error(s, &body, 400, "Hold");
    let (s, body) = sb.get(&sb.pv1("/Workers/WK123"));
    assert_twilio_error(s, &body, 400, "Sid");
    let (s, body) =
        sb.get(&sb.pv1("/TaskQueues/XX0123456789abcdef0123456789abcdef/CumulativeStatistics"));
    assert_twilio_error(s, &body, 400, "TaskQueueSid");
    let (s, body) = sb.post(&sb.pv1("/Tasks"), &[("Attributes", "{}")]);
    assert_twilio_error(s, &body, 400, "WorkflowSid");
    let (s, body) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("WorkflowSid", &seed::workflow_sid()),
            ("Attributes", "[1,"),
        ],
    );
    assert_twilio_error(s, &body, 400, "Attributes");
    let (s, body) = sb.post_raw(
        &sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json")),
        "Hold=%zz",
    );
    assert_twilio_error(s, &body, 400, "Hold");
}

#[test]
fn unknown_resources_and_bad_credentials_get_twilio_errors() {
    let sb = TestSandbox::new();
    let (s, body) = sb.get(&sb.p2010(&format!("/Conferences/CF{}.json", "0".repeat(32))));
    assert_eq!(
        (s.as_u16(), body["code"].as_u64()),
        (404, Some(20404)),
        "{body}"
    );
    let (s, body) = sb.get(&sb.pv1(&format!("/Workers/WK{}", "0".repeat(32))));
    assert_eq!(
        (s.as_u16(), body["code"].as_u64()),
        (404, Some(20404)),
        "{body}"
    );

    let resp = sb
        .client
        .get(format!("{}{}", sb.base(), sb.pv1("/Workers")))
        .basic_auth(sb.account(), Some("wrong-token"))
        .send()
        .expect("request");
    assert_eq!(resp.status().as_u16(), 401);
    let body: Value = resp.json().expect("JSON error body");
    assert_eq!(body["code"], 20003);
    let resp = sb
        .client
        .get(format!("{}{}", sb.base(), sb.pv1("/Workers")))
        .send()
        .expect("request");
    assert_eq!(resp.status().as_u16(), 401);
}

#[test]
fn oversized_bodies_are_refused_with_413() {
    let sb = TestSandbox::new();
    let big = format!("Attributes={}", "x".repeat(200 * 1024));
    let (s, body) = sb.post_raw(&sb.pv1("/Tasks"), &big);
    assert_eq!(s.as_u16(), 413, "{body}");
    assert_eq!(body["status"], 413);
}

#[test]
fn the_official_python_client_works_against_the_sandbox() {
    let sb = TestSandbox::new();
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/official_client.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .args([
            sb.base(),
            &sb.account(),
            &sb.token(),
            &seed::workspace_sid(),
        ])
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the official client failed (install it with `python3 -m pip install -r tests/python/requirements.txt`):\n{stdout}\n{stderr}"
    );
    let seen: Value = serde_json::from_str(stdout.trim()).expect("script prints JSON");
    assert_eq!(seen["labels"], serde_json::json!(["customer", "worker"]));
    assert_eq!(
        seen["workers"],
        serde_json::json!(["alice", "bob", "carol", "dave", "erin"])
    );
    assert_eq!(seen["not_found"]["code"], 20404);
    assert_eq!(seen["not_found"]["status"], 404);
}
