//! The work follows the call: after any hand-off the agents on the call are exactly the agents
//! holding accepted reservations on assigned tasks of it, and nobody's capacity is taken by a
//! call they left (the sandbox's task invariants say so after every step).

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, error_of, invariants, tasks_follow};

fn task(sb: &TestSandbox, sid: &str) -> (Value, Value) {
    let (_, t) = sb.get(&sb.pv1(&format!("/Tasks/{sid}")));
    let attrs = serde_json::from_str(t["attributes"].as_str().unwrap_or("{}")).unwrap();
    (t, attrs)
}

/// The accepted reservation's worker of task `sid`.
fn accepted_by(sb: &TestSandbox, sid: &str) -> Option<String> {
    let (_, r) = sb.get(&sb.pv1(&format!(
        "/Tasks/{sid}/Reservations?ReservationStatus=accepted"
    )));
    r["reservations"][0]["worker_sid"]
        .as_str()
        .map(String::from)
}

fn instant(sb: &TestSandbox) {
    for a in ["bob", "carol", "dave"] {
        agent_behaves(sb, a, "answer", "0ms");
    }
}

#[test]
fn a_transfer_gives_the_target_a_task_of_their_own_and_wraps_the_leavers() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "transfer", "agent", "bob"]).ok();
    let s = invariants(&sb, "to bob");
    tasks_follow(&sb, "to bob");
    let bobs = s.last_record()["consult"]["task_sid"]
        .as_str()
        .expect("bob's task is journaled")
        .to_string();
    let (t, attrs) = task(&sb, &bobs);
    assert_eq!(t["assignment_status"], "assigned");
    assert_eq!(accepted_by(&sb, &bobs), Some(seed::worker_sid("bob")));
    // What bob's Flex UI shows, and how Insights links the segments.
    assert_eq!(attrs["from"], "+15550100001");
    assert_eq!(attrs["transferTargetType"], "worker");
    assert_eq!(attrs["transferTargetSid"], seed::worker_sid("bob").as_str());
    assert_eq!(
        attrs["conversations"]["conversation_id"],
        seed::live_task_sid().as_str()
    );
    assert_eq!(
        attrs["conference"]["sid"],
        seed::live_conference_sid().as_str()
    );
    let (alices, _) = task(&sb, &seed::live_task_sid());
    assert_eq!(alices["assignment_status"], "wrapping");
    // The call is still one call, now bob's, under bob's task.
    let calls = sb.flexctl(&["-o", "json", "calls", "list"]).ok().json();
    let calls = calls.as_array().unwrap();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(calls[0]["agent"], "bob");
    assert_eq!(calls[0]["task_sid"], bobs.as_str());
    // alice's wrap-up still takes her voice channel: the directory and a transfer to her
    // agree that she cannot take a call yet.
    let agents = sb.flexctl(&["-o", "json", "agents", "list"]).ok().json();
    let alice = agents
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "alice")
        .cloned()
        .unwrap();
    assert_eq!(
        (&alice["available"], &alice["voice"]),
        (&Value::Bool(false), &Value::from("1/1")),
        "{alice}"
    );
    let to_alice = sb.flexctl(&["-o", "json", "--dry-run", "consult", "agent", "alice"]);
    assert_eq!(error_of(&to_alice)["id"], "target-capacity");
}

#[test]
fn leave_complete_completes_the_leavers_task() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "transfer", "agent", "bob", "--complete"])
        .ok();
    tasks_follow(&sb, "to bob");
    let (alices, _) = task(&sb, &seed::live_task_sid());
    assert_eq!(alices["assignment_status"], "completed");
}

#[test]
fn two_hand_offs_in_a_row_journal_on_the_current_task() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "transfer", "agent", "bob"]).ok();
    sb.flexctl(&["-q", "transfer", "agent", "carol"]).ok();
    let s = invariants(&sb, "to carol");
    tasks_follow(&sb, "to carol");
    let records = s.records();
    assert_eq!(records.len(), 2);
    let (bobs, carols) = (
        records[0]["consult"]["task_sid"].as_str().unwrap(),
        records[1]["consult"]["task_sid"].as_str().unwrap(),
    );
    // The second transfer is journaled on bob's task, not alice's.
    let (bob_task, bob_attrs) = task(&sb, bobs);
    assert_eq!(bob_task["assignment_status"], "wrapping");
    assert_eq!(bob_attrs["flexctl"]["transfers"][0]["from"]["name"], "bob");
    let (_, carol_attrs) = task(&sb, carols);
    assert_eq!(
        carol_attrs["conversations"]["conversation_id"],
        seed::live_task_sid().as_str()
    );
    assert_eq!(accepted_by(&sb, carols), Some(seed::worker_sid("carol")));
    // calls show tells the whole chain.
    let call = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    assert_eq!(call["agent"], "carol");
    assert_eq!(
        call["transfers"].as_array().map(Vec::len),
        Some(2),
        "{call}"
    );
}

#[test]
fn a_queue_transfer_leaves_doctor_clean_and_a_later_queue_consult_never_reserves_its_agent() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "transfer", "queue", "Support"]).ok();
    let s = invariants(&sb, "to Support");
    tasks_follow(&sb, "to Support");
    let to = s.last_record()["to"]["name"].as_str().unwrap().to_string();
    // The accepted task is the new agent's task, not an orphan.
    let run = sb.flexctl(&["-o", "json", "doctor"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // A queue consult from that agent goes to somebody else.
    sb.flexctl(&["-q", "consult", "queue", "Support", "--wait"])
        .ok();
    let s = invariants(&sb, "consulting from the new agent");
    let r = s.last_record();
    assert_eq!(r["from"]["name"], to.as_str());
    assert_ne!(r["to"]["name"], to.as_str(), "{r}");
}

#[test]
fn a_busy_target_is_refused_before_anyone_is_held() {
    let sb = TestSandbox::new();
    let reset = sb
        .flexctl(&["-o", "json", "sandbox", "reset", "--busy-agent"])
        .ok()
        .json();
    assert_eq!(reset["busy_agent"], seed::BUSY_AGENT, "{reset}");
    let busy = seed::BUSY_AGENT;
    let run = sb.flexctl(&["-o", "json", "consult", "agent", busy, "--agent", "alice"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(error_of(&run)["id"], "target-capacity");
    let s = invariants(&sb, "refused");
    assert_eq!(s.customer()["hold"], false);
    assert!(s.records().is_empty());
    let agents = sb.flexctl(&["-o", "json", "agents", "list"]).ok().json();
    let row = agents
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == busy)
        .cloned()
        .unwrap();
    assert_eq!(row["available"], false, "{row}");
    // `--force` queues the target's task for them over their capacity, and says so; its dry
    // run passes the check the real run would refuse without it.
    let forced = sb.flexctl(&[
        "-o",
        "json",
        "--dry-run",
        "consult",
        "agent",
        busy,
        "--agent",
        "alice",
        "--force",
    ]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        forced.stdout.contains("\"IgnoreCapacity\": \"true\""),
        "{}",
        forced.stdout
    );
    let refused = sb.flexctl(&[
        "-o",
        "json",
        "--dry-run",
        "consult",
        "agent",
        busy,
        "--agent",
        "alice",
    ]);
    assert_eq!(error_of(&refused)["id"], "target-capacity");
}

/// The agent's browser died: the customer holds, nobody is on the call. An operator who is not
/// on it hands it on by its task.
fn strand(sb: &TestSandbox) {
    let cf = seed::live_conference_sid();
    let worker = sb.p2010(&format!("/Conferences/{cf}/Participants/worker.json"));
    let customer = sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json"));
    let (s, b) = sb.post(&customer, &[("Hold", "true")]);
    assert!(s.is_success(), "{b}");
    let (s, b) = sb.post(&worker, &[("EndConferenceOnExit", "false")]);
    assert!(s.is_success(), "{b}");
    let (s, b) = sb.delete(&worker);
    assert!(s.is_success(), "{b}");
}

#[test]
fn a_call_with_no_agent_left_is_handed_straight_to_the_target() {
    let sb = TestSandbox::new();
    instant(&sb);
    strand(&sb);
    let task = seed::live_task_sid();
    // Every other verb refuses: nobody is acting on the call.
    let run = sb.flexctl(&["-o", "json", "consult", "agent", "bob", "--task", &task]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let run = sb.flexctl(&["transfer", "agent", "bob", "--task", &task, "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("routed to bob"), "{}", run.stdout);
    sb.flexctl(&["-q", "transfer", "agent", "bob", "--task", &task])
        .ok();
    let s = invariants(&sb, "rescued");
    tasks_follow(&sb, "rescued");
    assert_eq!(s.customer()["hold"], false, "the customer hears bob");
    let bob = s.leg(&crate::transfer_harness::label_of("bob")).unwrap();
    assert_eq!(bob["end_conference_on_exit"], true, "bob is the lone agent");
    let r = s.last_record();
    assert_eq!(
        (&r["status"], &r["mode"]),
        (&"completed".into(), &"rescue".into())
    );
    let (old, _) = self::task(&sb, &task);
    assert_eq!(old["assignment_status"], "wrapping");
}

#[test]
fn removing_the_agent_who_holds_the_call_wraps_their_task_and_doctor_stays_clean() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "transfer", "agent", "carol", "--cold"])
        .ok();
    sb.flexctl(&["-q", "consult", "queue", "Support", "--wait"])
        .ok();
    tasks_follow(&sb, "carol consults Support");
    let s = invariants(&sb, "consulting");
    let carols = s.records()[0]["consult"]["task_sid"]
        .as_str()
        .unwrap()
        .to_string();
    sb.flexctl(&["-q", "remove", "carol", "--yes"]).ok();
    tasks_follow(&sb, "carol removed");
    let (t, _) = task(&sb, &carols);
    assert_eq!(t["assignment_status"], "wrapping");
    // The accepted queue task is the new agent's, not an orphan: nothing to fix.
    let run = sb.flexctl(&["-o", "json", "doctor"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

/// A consult left to run by itself (no `--wait`): once the target answers, the call shows the
/// transfer as consulting, and the next verb writes that down before it plans.
#[test]
fn the_record_catches_up_with_the_call() {
    let sb = TestSandbox::new();
    instant(&sb);
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let s = invariants(&sb, "bob answered by himself");
    assert_eq!(s.last_record()["status"], "ringing", "nothing wrote it yet");
    let call = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    assert_eq!(call["phase"], "consulting");
    let last = call["transfers"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["status"], "consulting", "{call}");
    sb.flexctl(&["-q", "swap"]).ok();
    let s = invariants(&sb, "swapped");
    assert_eq!(s.last_record()["status"], "consulting");
    sb.flexctl(&["-q", "merge"]).ok();
    assert_eq!(invariants(&sb, "merged").last_record()["status"], "merged");
}
