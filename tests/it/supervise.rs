//! `monitor`, `coach` and `barge` on the sandbox: a supervisor rung in as `supervisor-WK…`
//! (muted, heard by the agent alone, or heard by everyone), switched in place with one update,
//! never ending the conference, never holding a task, never counting as the agent for `leave`
//! and `remove`; every refusal before any request that changes something; the call's, the
//! tasks' and the customer's invariants after each.

use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;
use crate::transfer_harness::{
    agent_behaves, assert_unchanged, counted, error_of, flags, invariants, mutating, refused,
    state, State,
};
use flexctl::sandbox::seed;

// The load (workspace → {tasks, conferences, workers} → {participants, reservation}) → the
// supervisor's record (their contact URI) → one participant create.
const BUDGET_JOIN: usize = 8;
// The same load → one participant update, its response the read-back.
const BUDGET_SWITCH: usize = 7;

fn sup_label(name: &str) -> String {
    format!("supervisor-{}", seed::worker_sid(name))
}

/// The sandbox's invariants (the call's and the tasks': no `agent-without-task` for a
/// supervisor) and the customer's in the harness.
#[track_caller]
fn all_invariants(sb: &TestSandbox, when: &str) -> State {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
    invariants(sb, when)
}

/// The customer and alice as the seed has them: live, alice ending the conference on exit.
#[track_caller]
fn assert_call_as_seeded(s: &State) {
    assert_eq!(
        flags(s.customer()),
        (false, "connected".into(), true),
        "customer"
    );
    assert_eq!(
        flags(s.leg("worker").expect("alice")),
        (false, "connected".into(), true),
        "alice"
    );
    assert!(s.consult_legs().is_empty(), "{:#?}", s.legs);
}

/// (muted, coaching, call_sid_to_coach) of the supervisor's leg, which never ends or starts
/// the conference.
#[track_caller]
fn mode(s: &State, name: &str) -> (bool, bool, Value) {
    let leg = s.leg(&sup_label(name)).expect("the supervisor's leg");
    assert_eq!(leg["end_conference_on_exit"], false, "{leg}");
    assert_eq!(leg["start_conference_on_enter"], false, "{leg}");
    assert_eq!(leg["status"], "connected", "{leg}");
    (
        leg["muted"] == true,
        leg["coaching"] == true,
        leg["call_sid_to_coach"].clone(),
    )
}

fn alice_call_sid(s: &State) -> Value {
    s.leg("worker").expect("alice")["call_sid"].clone()
}

/// bob rung in as a supervisor (he answers at once) with `verb`.
fn join(sb: &TestSandbox, verb: &str) -> State {
    agent_behaves(sb, "bob", "answer", "0ms");
    let (run, reqs) = counted(sb, &["-q", verb, "--as", "bob"]);
    run.ok();
    assert!(reqs.len() <= BUDGET_JOIN, "{verb}: {reqs:#?}");
    assert_eq!(mutating(&reqs).len(), 1, "one participant create: {reqs:?}");
    all_invariants(sb, verb)
}

#[test]
fn monitor_joins_muted_and_stop_leaves_the_call_as_it_was() {
    let sb = TestSandbox::new();
    let before = state(&sb);
    let s = join(&sb, "monitor");
    assert_eq!(mode(&s, "bob"), (true, false, Value::Null));
    assert_call_as_seeded(&s);
    assert_eq!(before.attributes_raw, s.attributes_raw, "nothing journaled");

    let show = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    let bob = show["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["role"] == "supervisor")
        .cloned()
        .expect("a supervisor leg");
    assert_eq!(
        (bob["name"].clone(), bob["mode"].clone()),
        ("bob".into(), "monitor".into())
    );
    // The next verbs never tell to unmute a monitoring supervisor: their way off is --stop.
    let next: Vec<&str> = show["next"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(!next.contains(&"unmute bob"), "{next:?}");
    assert_eq!(next.last(), Some(&"monitor --stop --as bob"), "{next:?}");
    let text = sb.flexctl(&["calls", "show"]).ok();
    assert!(
        text.stdout.contains("bob (supervisor, monitoring)"),
        "{}",
        text.stdout
    );

    let (run, reqs) = counted(&sb, &["-q", "monitor", "--stop", "--as", "bob"]);
    run.ok();
    assert_eq!(mutating(&reqs).len(), 1, "{reqs:?}");
    let s = all_invariants(&sb, "monitor --stop");
    assert!(s.leg(&sup_label("bob")).is_none(), "{:#?}", s.legs);
    assert_call_as_seeded(&s);
}

#[test]
fn coach_is_heard_by_the_agent_alone_and_every_mode_switches_in_place() {
    let sb = TestSandbox::new();
    let s = join(&sb, "coach");
    let alice = alice_call_sid(&s);
    assert_eq!(mode(&s, "bob"), (false, true, alice.clone()));
    let bob_call = s.leg(&sup_label("bob")).unwrap()["call_sid"].clone();
    let text = sb.flexctl(&["calls", "show"]).ok();
    assert!(
        text.stdout.contains("bob (supervisor, coaching alice)"),
        "{}",
        text.stdout
    );

    for (verb, want) in [
        ("barge", (false, false, Value::Null)),
        ("monitor", (true, false, Value::Null)),
        ("coach", (false, true, alice.clone())),
        ("monitor", (true, false, Value::Null)),
        ("barge", (false, false, Value::Null)),
    ] {
        let (run, reqs) = counted(&sb, &["-q", verb, "--as", "bob"]);
        run.ok();
        assert!(reqs.len() <= BUDGET_SWITCH, "{verb}: {reqs:#?}");
        let m = mutating(&reqs);
        assert_eq!(m.len(), 1, "{verb}: one participant update: {reqs:?}");
        assert!(m[0]
            .1
            .ends_with(&format!("/Participants/{}.json", sup_label("bob"))));
        let s = all_invariants(&sb, verb);
        assert_eq!(mode(&s, "bob"), want, "{verb}");
        let sup = s.leg(&sup_label("bob")).unwrap();
        assert_eq!(
            sup["call_sid"], bob_call,
            "{verb}: the same leg, no new one"
        );
        assert_eq!(s.legs.len(), 3, "{verb}: {:#?}", s.legs);
        assert_call_as_seeded(&s);
    }
    // The same mode again changes nothing.
    let (run, reqs) = counted(&sb, &["barge", "--as", "bob"]);
    let run = run.ok();
    assert!(
        run.stderr.contains("already in barge mode"),
        "{}",
        run.stderr
    );
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
}

#[test]
fn a_held_agent_is_not_coached_and_nothing_is_sent() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "hold", "alice"]).ok();
    // Joining as a coach, and switching to coach, are both refused before any request.
    refused(&sb, &["coach", "--as", "bob"], 1, Some("coached-not-held"));
    refused(
        &sb,
        &["--dry-run", "coach", "--as", "bob"],
        1,
        Some("coached-not-held"),
    );
    sb.flexctl(&["-q", "unhold", "alice"]).ok();
    join(&sb, "monitor");
    sb.flexctl(&["-q", "hold", "alice"]).ok();
    let run = refused(&sb, &["coach", "--as", "bob"], 1, Some("coached-not-held"));
    assert!(error_of(&run)["hints"][0]
        .as_str()
        .unwrap()
        .contains("flexctl unhold alice"));
    let s = all_invariants(&sb, "still monitoring");
    assert_eq!(mode(&s, "bob"), (true, false, Value::Null));
}

#[test]
fn who_may_supervise_and_what_is_refused() {
    let sb = TestSandbox::new();
    // The agent on the call is no supervisor of it.
    refused(
        &sb,
        &["monitor", "--as", "alice"],
        1,
        Some("supervisor-not-agent"),
    );
    // Nobody to stop.
    refused(
        &sb,
        &["monitor", "--stop", "--as", "bob"],
        1,
        Some("supervising"),
    );
    // No supervisor named and no profile agent to default to: a usage error.
    let run = refused(&sb, &["monitor"], 2, None);
    assert!(error_of(&run)["message"].as_str().unwrap().contains("--as"));
    // An unknown supervisor.
    let run = refused(&sb, &["barge", "--as", "bobb"], 1, None);
    assert!(error_of(&run)["message"].as_str().unwrap().contains("bobb"));
    // A dry run sends nothing and shows the create with the supervisor's flags.
    let (run, reqs) = counted(&sb, &["-o", "json", "--dry-run", "coach", "--as", "bob"]);
    let plan = run.ok().json();
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
    let params = &plan["steps"][0]["params"];
    assert_eq!(params["Coaching"], "true", "{plan}");
    assert_eq!(params["EndConferenceOnExit"], "false");
    assert_eq!(params["StartConferenceOnEnter"], "false");
    assert_eq!(params["Label"], sup_label("bob"));
    assert_eq!(plan["steps"][0]["undo"]["method"], "DELETE");
}

#[test]
fn a_supervisor_never_counts_as_the_agent_for_leave_and_remove() {
    let sb = TestSandbox::new();
    join(&sb, "barge");
    // alice is still the only agent: leaving or removing her would abandon the customer.
    refused(&sb, &["leave", "--yes"], 1, Some("other-agent-connected"));
    refused(&sb, &["remove", "alice"], 2, Some("other-agent-connected"));
    // The supervisor leaves without --yes (no terminal here), and the call goes on.
    let before = state(&sb);
    let (run, reqs) = counted(&sb, &["-q", "remove", "bob"]);
    run.ok();
    assert_eq!(mutating(&reqs).len(), 1, "{reqs:?}");
    let s = all_invariants(&sb, "remove the supervisor");
    assert!(s.leg(&sup_label("bob")).is_none());
    assert_call_as_seeded(&s);
    assert_eq!(before.attributes_raw, s.attributes_raw);
}

#[test]
fn a_supervisor_hanging_up_never_ends_the_call() {
    let sb = TestSandbox::new();
    let s = join(&sb, "monitor");
    assert!(s.leg(&sup_label("bob")).is_some());
    // The supervisor's leg goes (as when they hang up): the conference stays in progress.
    let cf = seed::live_conference_sid();
    let (status, body) = sb.delete(&sb.p2010(&format!(
        "/Conferences/{cf}/Participants/{}.json",
        sup_label("bob")
    )));
    assert_eq!(status.as_u16(), 204, "{body}");
    let s = all_invariants(&sb, "the supervisor left");
    assert_call_as_seeded(&s);
}

#[test]
fn the_coaching_participant_responses_validate_against_the_spec() {
    let sb = TestSandbox::new();
    let spec = Spec::v2010();
    let s = join(&sb, "monitor");
    let cf = seed::live_conference_sid();
    let one =
        "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json";
    let path = sb.p2010(&format!(
        "/Conferences/{cf}/Participants/{}.json",
        sup_label("bob")
    ));
    let alice = alice_call_sid(&s);
    let (st, body) = sb.post(
        &path,
        &[
            ("Coaching", "true"),
            ("CallSidToCoach", alice.as_str().unwrap()),
            ("Muted", "false"),
        ],
    );
    assert_eq!(st.as_u16(), 200, "{body}");
    spec.check(one, "post", 200, &body);
    assert_eq!(
        (body["coaching"].clone(), body["call_sid_to_coach"].clone()),
        (true.into(), alice)
    );
    // Twilio's 16027: the leg to coach is on hold.
    let before = state(&sb);
    let worker = sb.p2010(&format!("/Conferences/{cf}/Participants/worker.json"));
    let (st, _) = sb.post(&worker, &[("Hold", "true")]);
    assert_eq!(st.as_u16(), 200);
    let (st, err) = sb.post(&path, &[("Coaching", "true")]);
    assert_eq!(
        (st.as_u16(), err["code"].clone()),
        (400, 16027.into()),
        "{err}"
    );
    sb.post(&worker, &[("Hold", "false")]);
    assert_unchanged(&before, &state(&sb), "a refused coaching update");
}

#[test]
fn doctor_passes_a_supervisor_and_disarms_one_that_would_end_the_call() {
    let sb = TestSandbox::new();
    join(&sb, "monitor");
    let check = |sb: &TestSandbox, id: &str| -> Value {
        let doc = sb.flexctl(&["-o", "json", "doctor"]).json();
        doc["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("no {id}: {doc}"))
    };
    for id in [
        "conference-flags",
        "agent-without-task",
        "task-without-agent",
    ] {
        assert_eq!(check(&sb, id)["status"], "pass", "{id}");
    }
    // A supervisor leg someone armed to end the conference (not one flexctl made).
    let cf = seed::live_conference_sid();
    let path = sb.p2010(&format!(
        "/Conferences/{cf}/Participants/{}.json",
        sup_label("bob")
    ));
    let (st, body) = sb.post(&path, &[("EndConferenceOnExit", "true")]);
    assert_eq!(st.as_u16(), 200, "{body}");
    assert_eq!(check(&sb, "conference-flags")["status"], "fail");
    sb.flexctl(&["-q", "doctor", "--fix"]);
    let s = all_invariants(&sb, "doctor --fix");
    let leg = s.leg(&sup_label("bob")).unwrap();
    assert_eq!(leg["end_conference_on_exit"], false, "{leg}");
    assert_call_as_seeded(&s);
}
