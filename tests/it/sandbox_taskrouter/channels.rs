//! Worker channels and capacity in the sandbox: the channel resources in the spec's shapes,
//! tasks routed straight to a worker (`RoutingTarget`, `IgnoreCapacity`), reservations
//! offered only to workers with room, and capacity held until a task completes.

use super::*;
use crate::spec::Spec;

const CHANNELS: &str = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels";
const CHANNEL: &str = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}";
const TASKS: &str = "/v1/Workspaces/{WorkspaceSid}/Tasks";
const RESERVATION: &str = "/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}";

fn voice(sb: &TestSandbox, spec: &Spec, worker: &str) -> Value {
    let wk = seed::worker_sid(worker);
    let (s, list) = sb.get(&sb.pv1(&format!("/Workers/{wk}/Channels")));
    assert_eq!(s, StatusCode::OK, "{list}");
    spec.check(CHANNELS, "get", 200, &list);
    assert_eq!(list["meta"]["key"], "channels");
    let all = list["channels"].as_array().expect("a list");
    let names: Vec<&str> = all
        .iter()
        .filter_map(|c| c["task_channel_unique_name"].as_str())
        .collect();
    assert_eq!(names, ["default", "voice", "chat"]);
    all.iter()
        .find(|c| c["task_channel_unique_name"] == "voice")
        .cloned()
        .expect("a voice channel")
}

/// Makes the simulated agent leave reservations alone, so the test decides over REST.
fn never_answers(sb: &TestSandbox, worker: &str) {
    let (s, v) = sb.post(
        &format!("/sandbox/agents/{worker}"),
        &[("Behavior", "never")],
    );
    assert_eq!(s, StatusCode::OK, "{v}");
}

fn new_task(sb: &TestSandbox, spec: &Spec, form: &[(&str, &str)]) -> Value {
    let t = create_task(sb, form);
    spec.check(TASKS, "post", 201, &t);
    t
}

fn accept(sb: &TestSandbox, spec: &Spec, task: &str, worker: &str) {
    let r = reservations(sb, task);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0]["worker_sid"], seed::worker_sid(worker).as_str());
    let path = sb.pv1(&format!(
        "/Tasks/{task}/Reservations/{}",
        r[0]["sid"].as_str().unwrap()
    ));
    let (s, v) = sb.post(&path, &[("ReservationStatus", "accepted")]);
    assert_eq!(s, StatusCode::OK, "{v}");
    spec.check(RESERVATION, "post", 200, &v);
    assert_eq!(v["reservation_status"], "accepted");
}

fn set_status(sb: &TestSandbox, task: &str, status: &str) {
    let (s, v) = sb.post(
        &sb.pv1(&format!("/Tasks/{task}")),
        &[("AssignmentStatus", status)],
    );
    assert_eq!(s, StatusCode::OK, "{v}");
}

#[test]
fn every_worker_has_channels_and_the_live_call_takes_alices_voice_capacity() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    let alice = voice(&sb, &spec, "alice");
    assert_eq!(
        (
            &alice["configured_capacity"],
            &alice["assigned_tasks"],
            &alice["available_capacity_percentage"],
            &alice["available"],
        ),
        (&1.into(), &1.into(), &0.into(), &true.into())
    );
    let bob = voice(&sb, &spec, "bob");
    assert_eq!(bob["assigned_tasks"], 0);
    assert_eq!(bob["available_capacity_percentage"], 100);

    let wk = seed::worker_sid("alice");
    let wc = alice["sid"].as_str().expect("a WC SID").to_string();
    assert!(wc.starts_with("WC") && wc.len() == 34, "{wc}");
    for given in [wc.as_str(), "voice"] {
        let (s, one) = sb.get(&sb.pv1(&format!("/Workers/{wk}/Channels/{given}")));
        assert_eq!(s, StatusCode::OK, "{one}");
        spec.check(CHANNEL, "get", 200, &one);
        assert_eq!(one, alice);
    }
    let (s, doubled) = sb.post(
        &sb.pv1(&format!("/Workers/{wk}/Channels/{wc}")),
        &[("Capacity", "2")],
    );
    assert_eq!(s, StatusCode::OK, "{doubled}");
    spec.check(CHANNEL, "post", 200, &doubled);
    assert_eq!(doubled["configured_capacity"], 2);
    assert_eq!(doubled["available_capacity_percentage"], 50);
    let (_, off) = sb.post(
        &sb.pv1(&format!("/Workers/{wk}/Channels/voice")),
        &[("Available", "false")],
    );
    assert_eq!(
        (&off["available"], &off["configured_capacity"]),
        (&false.into(), &2.into())
    );
    assert_eq!(off["available_capacity_percentage"], 0);

    for bad in [
        ("Capacity", "-1"),
        ("Capacity", "many"),
        ("Available", "maybe"),
    ] {
        let (s, e) = sb.post(&sb.pv1(&format!("/Workers/{wk}/Channels/voice")), &[bad]);
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad:?}: {e}");
    }
    let (s, _) = sb.get(&sb.pv1(&format!("/Workers/{wk}/Channels/sms")));
    assert_eq!(s, StatusCode::NOT_FOUND);
    let unknown = seed::worker_sid("nobody");
    let (s, _) = sb.get(&sb.pv1(&format!("/Workers/{unknown}/Channels")));
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = sb.get(&sb.pv1("/Workers/WKnope/Channels"));
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[test]
fn a_worker_target_ignores_capacity_unless_told_not_to() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    never_answers(&sb, "alice");
    let alice = seed::worker_sid("alice");
    let respectful = new_task(
        &sb,
        &spec,
        &[
            ("RoutingTarget", &alice),
            ("IgnoreCapacity", "false"),
            ("TaskChannel", "voice"),
        ],
    );
    assert_eq!(
        respectful["assignment_status"], "pending",
        "alice is on a call"
    );
    assert_eq!(respectful["routing_target"], alice.as_str());
    assert_eq!(respectful["ignore_capacity"], false);
    assert_eq!(respectful["task_queue_sid"], Value::Null);
    let respectful = respectful["sid"].as_str().unwrap().to_string();
    assert!(reservations(&sb, &respectful).is_empty());

    let forced = new_task(
        &sb,
        &spec,
        &[("RoutingTarget", &alice), ("TaskChannel", "voice")],
    );
    assert_eq!(forced["ignore_capacity"], true, "Twilio's default");
    assert_eq!(forced["assignment_status"], "reserved");
    let forced = forced["sid"].as_str().unwrap().to_string();
    let (_, f) = sb.get(&sb.pv1(&format!("/Tasks/{forced}/Reservations")));
    assert_eq!(f["reservations"][0]["worker_sid"], alice.as_str());
    // Reject it: a worker target is offered to nobody else.
    let wr = f["reservations"][0]["sid"].as_str().unwrap();
    let (s, _) = sb.post(
        &sb.pv1(&format!("/Tasks/{forced}/Reservations/{wr}")),
        &[("ReservationStatus", "rejected")],
    );
    assert_eq!(s, StatusCode::OK);
    assert_eq!(task(&sb, &forced)["assignment_status"], "pending");

    // The live call's task still holds alice's capacity while wrapping, not once completed.
    let live = seed::live_task_sid();
    set_status(&sb, &live, "wrapping");
    assert_eq!(task(&sb, &respectful)["assignment_status"], "pending");
    assert_eq!(voice(&sb, &spec, "alice")["assigned_tasks"], 1);
    set_status(&sb, &live, "completed");
    assert_eq!(task(&sb, &respectful)["assignment_status"], "reserved");
    accept(&sb, &spec, &respectful, "alice");
    assert_eq!(task(&sb, &respectful)["assignment_status"], "assigned");
    assert_eq!(voice(&sb, &spec, "alice")["assigned_tasks"], 1);

    let nobody = seed::worker_sid("nobody");
    let support = seed::queue_sid("Support");
    for (form, why) in [
        (vec![("RoutingTarget", "XX0123")], "not a target SID"),
        (vec![("RoutingTarget", "WKnope")], "malformed"),
        (vec![("RoutingTarget", nobody.as_str())], "unknown worker"),
        (
            vec![
                ("RoutingTarget", alice.as_str()),
                ("TaskQueueSid", support.as_str()),
            ],
            "two targets",
        ),
    ] {
        let (s, e) = sb.post(&sb.pv1("/Tasks"), &form);
        assert_eq!(s, StatusCode::BAD_REQUEST, "{why}: {e}");
        assert_eq!(e["code"], 20001, "{why}: {e}");
    }
}

#[test]
fn queue_routing_offers_only_workers_with_room_and_capacity_frees_on_completion() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    for w in ["alice", "bob", "carol"] {
        never_answers(&sb, w);
    }
    let bob = seed::worker_sid("bob");
    let bobs = new_task(
        &sb,
        &spec,
        &[
            ("RoutingTarget", &bob),
            ("IgnoreCapacity", "no"),
            ("TaskChannel", "voice"),
        ],
    );
    let bobs = bobs["sid"].as_str().unwrap().to_string();
    accept(&sb, &spec, &bobs, "bob");
    let channel = voice(&sb, &spec, "bob");
    assert_eq!(channel["assigned_tasks"], 1);
    assert_eq!(channel["available_capacity_percentage"], 0);

    // Support targets alice, bob and carol: alice and bob are at capacity, carol is not.
    let support = seed::queue_sid("Support");
    let queued = new_task(
        &sb,
        &spec,
        &[("RoutingTarget", &support), ("TaskChannel", "voice")],
    );
    assert_eq!(queued["task_queue_sid"], support.as_str());
    assert_eq!(queued["routing_target"], support.as_str());
    let queued = queued["sid"].as_str().unwrap().to_string();
    let r = reservations(&sb, &queued);
    assert_eq!(r[0]["worker_sid"], seed::worker_sid("carol").as_str());
    let wr = r[0]["sid"].as_str().unwrap();
    let (s, _) = sb.post(
        &sb.pv1(&format!("/Tasks/{queued}/Reservations/{wr}")),
        &[("ReservationStatus", "rejected")],
    );
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        task(&sb, &queued)["assignment_status"],
        "pending",
        "nobody has room"
    );

    // A chat task is not held back by anybody's voice call.
    let chat = new_task(
        &sb,
        &spec,
        &[("TaskQueueSid", &support), ("TaskChannel", "chat")],
    );
    assert_eq!(chat["assignment_status"], "reserved");

    set_status(&sb, &bobs, "wrapping");
    assert_eq!(task(&sb, &queued)["assignment_status"], "pending");
    set_status(&sb, &bobs, "completed");
    let r = reservations(&sb, &queued);
    assert_eq!(r.last().unwrap()["worker_sid"], bob.as_str());
    assert_eq!(task(&sb, &queued)["assignment_status"], "reserved");

    // A canceled task gives its capacity back too.
    set_status(&sb, &queued, "canceled");
    assert_eq!(
        voice(&sb, &spec, "bob")["available_capacity_percentage"],
        100
    );
}

fn advance(sb: &TestSandbox, by: &str) {
    let (s, v) = sb.post("/sandbox/clock", &[("Freeze", "true"), ("Advance", by)]);
    assert_eq!(s, StatusCode::OK, "{v}");
}

fn for_worker(sb: &TestSandbox, worker: &str) -> String {
    let wk = seed::worker_sid(worker);
    let t = create_task(
        sb,
        &[
            ("RoutingTarget", &wk),
            ("IgnoreCapacity", "false"),
            ("TaskChannel", "voice"),
        ],
    );
    t["sid"].as_str().unwrap().to_string()
}

#[test]
fn simulated_agents_answer_reservations_apart_from_ringing_calls() {
    let sb = TestSandbox::new();
    advance(&sb, "0s");
    let (s, v) = sb.post("/sandbox/agents/carol", &[("AcceptAfter", "never")]);
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(
        (&v["behavior"], &v["task_behavior"]),
        (&"answer".into(), &"never".into()),
        "answering a ringing call is unchanged"
    );
    let (_, v) = sb.post("/sandbox/agents/bob", &[("AcceptAfter", "5s")]);
    assert_eq!(
        (&v["task_behavior"], &v["task_delay_ms"]),
        (&"accept".into(), &5000.into())
    );
    let (_, v) = sb.post("/sandbox/agents/erin", &[("Tasks", "reject")]);
    assert_eq!(v["task_behavior"], "reject");
    sql(
        &sb,
        &format!(
            "UPDATE workers SET activity_sid = '{}'",
            seed::activity_sid("Available")
        ),
    );

    let carols = for_worker(&sb, "carol");
    let bobs = for_worker(&sb, "bob");
    let erins = for_worker(&sb, "erin");
    advance(&sb, "4s");
    assert_eq!(task(&sb, &bobs)["assignment_status"], "reserved", "not yet");
    advance(&sb, "2s");
    assert_eq!(task(&sb, &bobs)["assignment_status"], "assigned");
    assert_eq!(
        reservations(&sb, &bobs)[0]["reservation_status"],
        "accepted"
    );
    assert_eq!(
        reservations(&sb, &erins)[0]["reservation_status"],
        "rejected"
    );
    assert_eq!(task(&sb, &erins)["assignment_status"], "pending");
    advance(&sb, "100s");
    assert_eq!(
        reservations(&sb, &carols)[0]["reservation_status"],
        "pending"
    );

    for bad in [("AcceptAfter", "soon"), ("Tasks", "answer")] {
        let (s, e) = sb.post("/sandbox/agents/carol", &[bad]);
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad:?}: {e}");
    }
}

#[test]
fn sandbox_agent_sets_the_reservation_behaviour_from_the_cli() {
    let sb = TestSandbox::new();
    let run = |args: &[&str]| {
        let mut all = vec!["sandbox", "agent", "carol"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["-o", "json"]);
        sb.flexctl(&all).ok().json()
    };
    let v = run(&["--accept-after", "never"]);
    assert_eq!(
        (&v["behavior"], &v["task_behavior"]),
        (&"answer".into(), &"never".into())
    );
    let v = run(&["--accept-after", "3s", "--answer-after", "1s"]);
    assert_eq!(
        (&v["task_behavior"], &v["task_delay_ms"]),
        (&"accept".into(), &3000.into())
    );
    assert_eq!(v["delay_ms"], 1000);
    let v = run(&["--reject-tasks"]);
    assert_eq!(
        (&v["behavior"], &v["task_behavior"]),
        (&"answer".into(), &"reject".into())
    );
    for bad in [
        vec!["--accept-after", "later"],
        vec!["--accept-after", "2s", "--reject-tasks"],
    ] {
        let mut all = vec!["sandbox", "agent", "carol"];
        all.extend_from_slice(&bad);
        let r = sb.flexctl(&all);
        assert_eq!(r.code, 2, "{bad:?}: {r:?}");
    }
}

#[test]
fn a_reset_with_a_busy_agent_adds_a_second_call_that_fills_their_voice_capacity() {
    let sb = TestSandbox::new();
    let spec = Spec::taskrouter();
    let (s, v) = sb.post("/sandbox/reset", &[("BusyAgent", "true")]);
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["busy_agent"], seed::BUSY_AGENT);
    let busy = voice(&sb, &spec, seed::BUSY_AGENT);
    assert_eq!(busy["assigned_tasks"], 1);
    assert_eq!(busy["available_capacity_percentage"], 0);
    assert_eq!(voice(&sb, &spec, "alice")["assigned_tasks"], 1);
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["task_violations"], serde_json::json!([]), "{inv}");
    let (_, live) = sb.get(&sb.p2010("/Conferences.json?Status=in-progress"));
    assert_eq!(live["conferences"].as_array().map(Vec::len), Some(2));
    let t = task(&sb, &seed::busy_task_sid());
    assert_eq!(t["assignment_status"], "assigned");
    let attrs: Value = serde_json::from_str(t["attributes"].as_str().unwrap()).unwrap();
    assert_eq!(attrs["from"], seed::BUSY_CUSTOMER_NUMBER);

    // Queue routing passes the busy agent by: Billing targets bob and carol, bob gets it.
    sql(&sb, "UPDATE workers SET sim_behavior = 'never'");
    let billing = seed::queue_sid("Billing");
    let t = create_task(&sb, &[("TaskQueueSid", &billing), ("TaskChannel", "voice")]);
    let r = reservations(&sb, t["sid"].as_str().unwrap());
    assert_eq!(r[0]["worker_sid"], seed::worker_sid("bob").as_str());

    // Wrapping the busy call's task leaves carol connected with no task: a task violation,
    // among `violations` and repeated on its own.
    set_status(&sb, &seed::busy_task_sid(), "wrapping");
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(
        inv["task_violations"][0]["kind"], "agent-without-task",
        "{inv}"
    );
    assert!(
        inv["violations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["kind"] == "agent-without-task"),
        "{inv}"
    );
    assert_eq!(inv["ok"], false, "{inv}");

    // A plain reset goes back to the one live call.
    let (_, v) = sb.post("/sandbox/reset", &[]);
    assert_eq!(v["busy_agent"], Value::Null);
    assert_eq!(voice(&sb, &spec, seed::BUSY_AGENT)["assigned_tasks"], 0);
}
