//! Warm-transfer verbs end to end: every seed step, one-shot and cold transfers, failures.

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{
    agent_behaves, assert_restored, error_of, finish, flags, interrupt, invariants, label_of, live,
    spawn, unfreeze, wait_for, State,
};

/// The task attributes with odd but valid formatting, to prove flexctl rewrites only its own
/// member.
const ODD_ATTRIBUTES: &str = concat!(
    "{ \"type\" : \"inbound\",\n  \"from\": \"+15550100001\", \"to\": \"+15550109999\",\n",
    "  \"custom\": {\"score\": 1.50, \"tags\": [\"vip\", \"}\\\"{\"], \"empty\": {}},\n",
    "  \"conference\": {\"sid\": \"CFSID\", \"participants\": ",
    "{\"customer\": \"CUST\", \"worker\": \"WORK\"}} , \"z\":null }"
);

fn odd_attributes() -> String {
    ODD_ATTRIBUTES
        .replace("CFSID", &seed::live_conference_sid())
        .replace("CUST", &seed::customer_call_sid())
        .replace("WORK", &seed::worker_call_sid())
}

/// `raw` without its top-level `"flexctl"` member (and the comma that introduced it).
fn without_flexctl(raw: &str) -> String {
    let key = raw.find("\"flexctl\":").expect("a flexctl member");
    let start = key + "\"flexctl\":".len();
    let mut values = serde_json::Deserializer::from_str(&raw[start..]).into_iter::<Value>();
    values.next().expect("a value").expect("valid JSON");
    let end = start + values.byte_offset();
    let before = raw[..key].trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    format!("{before}{}", &raw[end..])
}

/// The customer and `agent` alone on the call, both live; the agent ends the conference on
/// exit (so the customer is never left alone), alice's leg is gone.
#[track_caller]
fn assert_handed_to(s: &State, agent: &str) {
    let labels: Vec<&str> = s.legs.iter().filter_map(|l| l["label"].as_str()).collect();
    assert_eq!(
        labels,
        ["customer", label_of(agent).as_str()],
        "{:#?}",
        s.legs
    );
    assert!(live(s.customer()), "{}", s.customer());
    let leg = s.leg(&label_of(agent)).unwrap();
    assert!(live(leg), "{leg}");
    assert_eq!(leg["end_conference_on_exit"], true, "{leg}");
    assert!(s.leg("worker").is_none(), "alice is still on the call");
    let r = s.last_record();
    assert_eq!(
        (&r["status"], &r["from"]["name"], &r["to"]["name"]),
        (
            &Value::from("completed"),
            &Value::from("alice"),
            &Value::from(agent)
        ),
        "{r}"
    );
    assert!(s.active_records().is_empty());
}

#[test]
fn transfer_warm_one_verb_per_seed_step() {
    let sb = TestSandbox::new();
    let task = sb.pv1(&format!("/Tasks/{}", seed::live_task_sid()));
    let (status, body) = sb.post(&task, &[("Attributes", &odd_attributes())]);
    assert!(status.is_success(), "{body}");
    let before = invariants(&sb, "seed");
    assert_eq!(before.attributes_raw, odd_attributes());
    let bob = label_of("bob");

    // Step 2: the customer holds, bob rings; alice no longer ends the conference on exit.
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let s = invariants(&sb, "consult");
    assert_eq!(s.customer()["hold"], true);
    assert_eq!(
        flags(s.leg("worker").unwrap()),
        (false, "connected".into(), false)
    );
    let leg = s.leg(&bob).expect("bob's leg");
    assert_eq!(leg["status"], "ringing");
    assert_eq!(leg["end_conference_on_exit"], false);
    let r = s.last_record();
    assert_eq!(
        (&r["status"], &r["kind"], &r["mode"]),
        (
            &Value::from("ringing"),
            &Value::from("agent"),
            &Value::from("warm")
        )
    );
    assert_eq!(r["consult"]["label"], bob.as_str());

    // Step 3: bob answers (2 s of sandbox time).
    sb.advance_ms(2500);
    let s = invariants(&sb, "answered");
    assert_eq!(s.leg(&bob).unwrap()["status"], "connected");

    // Step 4: swap — bob holds, the customer is back with alice.
    sb.flexctl(&["-q", "swap"]).ok();
    let s = invariants(&sb, "swap");
    assert_eq!(s.customer()["hold"], false);
    assert_eq!(s.leg(&bob).unwrap()["hold"], true);

    // Step 5: merge — everyone live, nobody ends the conference on exit.
    sb.flexctl(&["-q", "merge"]).ok();
    let s = invariants(&sb, "merge");
    for l in &s.legs {
        assert!(live(l), "{l}");
    }
    for l in s.agent_legs() {
        assert_eq!(l["end_conference_on_exit"], false, "{l}");
    }
    assert_eq!(s.last_record()["status"], "merged");

    // Step 6: alice leaves; bob carries on with the customer.
    sb.flexctl(&["-q", "leave"]).ok();
    let s = invariants(&sb, "leave");
    assert_handed_to(&s, "bob");
    assert_eq!(s.records().len(), 1);
    // Every attribute that is not flexctl's is as it was, byte for byte.
    assert_eq!(without_flexctl(&s.attributes_raw), before.attributes_raw);

    // The call now belongs to bob: `calls show` names him.
    let show = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    assert_eq!(show["agent"], "bob");
    assert_eq!(show["phase"], "live");
}

#[test]
fn transfer_agent_bob_in_one_command() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "200ms");
    unfreeze(&sb);
    sb.flexctl(&["-q", "transfer", "agent", "bob"]).ok();
    let s = invariants(&sb, "transfer");
    assert_handed_to(&s, "bob");
    assert_eq!(s.last_record()["mode"], "warm");
}

#[test]
fn transfer_cold_keeps_the_customer_live_and_leaves_only_once_bob_answers() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let bob = label_of("bob");
    let child = spawn(&sb, &["-q", "--yes", "transfer", "agent", "bob", "--cold"]);
    // While bob rings, alice stays with the customer, who is not on hold.
    let s = wait_for(&sb, "bob ringing", |s| {
        s.leg(&bob).is_some() && s.last_record()["status"] == "ringing"
    });
    let s2 = invariants(&sb, "cold ringing");
    for s in [&s, &s2] {
        assert!(live(s.customer()), "{}", s.customer());
        assert!(live(s.leg("worker").expect("alice is still there")));
        assert_eq!(s.last_record()["mode"], "cold");
    }
    let (status, body) = sb.post("/sandbox/agents/bob/answer", &[]);
    assert!(status.is_success(), "{body}");
    let run = finish(child).ok();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let s = invariants(&sb, "cold done");
    assert_handed_to(&s, "bob");
    assert_eq!(s.last_record()["mode"], "cold");
}

#[test]
fn transfer_cold_when_bob_rejects_leaves_alice_with_the_customer() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "reject", "200ms");
    unfreeze(&sb);
    let run = sb.flexctl(&["-o", "json", "--yes", "transfer", "agent", "bob", "--cold"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        error_of(&run)["message"]
            .as_str()
            .unwrap()
            .contains("bob did not answer"),
        "{}",
        run.stderr
    );
    let s = invariants(&sb, "cold rejected");
    assert_restored(&s, "failed");
}

#[test]
fn consult_queue_support_rings_whoever_accepts() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "200ms");
    agent_behaves(&sb, "carol", "answer", "200ms");
    unfreeze(&sb);
    sb.flexctl(&["-q", "consult", "queue", "Support", "--wait"])
        .ok();
    let s = invariants(&sb, "queue consult");
    let r = s.last_record();
    assert_eq!(
        (&r["kind"], &r["status"], &r["to"]["queue_name"]),
        (
            &Value::from("queue"),
            &Value::from("consulting"),
            &Value::from("Support")
        ),
        "{r}"
    );
    let agent = r["to"]["name"].as_str().expect("who accepted").to_string();
    assert!(["bob", "carol"].contains(&agent.as_str()), "{agent}");
    let consults = s.consult_legs();
    assert_eq!(consults.len(), 1, "{:#?}", s.legs);
    assert_eq!(consults[0]["label"], label_of(&agent).as_str());
    assert!(live(consults[0]));
    assert_eq!(s.customer()["hold"], true);
    // The consult task was accepted by that agent and is pointed to by the record.
    assert_eq!(s.consult_tasks.len(), 1);
    let t = &s.consult_tasks[0];
    assert_eq!(t["sid"], r["consult"]["task_sid"]);
    assert_eq!(t["assignment_status"], "assigned");

    sb.flexctl(&["-q", "merge"]).ok();
    invariants(&sb, "merge");
    sb.flexctl(&["-q", "leave"]).ok();
    let s = invariants(&sb, "leave");
    assert_handed_to(&s, &agent);
}

#[test]
fn consult_queue_escalations_is_refused_as_stale_before_anything_changes() {
    let sb = TestSandbox::new();
    let before = invariants(&sb, "seed");
    let mark = sb.log_mark();
    let run = sb.flexctl(&["consult", "queue", "Escalations"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("queue reset Escalations"),
        "{}",
        run.stderr
    );
    let json = sb.flexctl(&["-o", "json", "consult", "queue", "Escalations"]);
    assert_eq!(json.code, 1);
    assert_eq!(error_of(&json)["id"], "queue-not-stale");
    let reqs = sb.requests_since(mark);
    assert!(
        reqs.iter().all(|(m, _)| m == "GET"),
        "a refused consult changed something: {reqs:?}"
    );
    let after = invariants(&sb, "refused");
    crate::transfer_harness::assert_unchanged(&before, &after, "stale queue");
    assert!(after.consult_tasks.is_empty());
}

#[test]
fn cancel_while_ringing_brings_the_customer_back() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    invariants(&sb, "consult");
    sb.flexctl(&["-q", "cancel"]).ok();
    let s = invariants(&sb, "cancel");
    assert_restored(&s, "canceled");
    // The call is free for the next transfer.
    sb.flexctl(&["-q", "consult", "agent", "carol"]).ok();
    invariants(&sb, "second consult");
}

#[test]
fn cancel_while_consulting_brings_the_customer_back() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    sb.advance_ms(2500);
    sb.flexctl(&["-q", "swap"]).ok();
    invariants(&sb, "swap");
    sb.flexctl(&["-q", "cancel"]).ok();
    let s = invariants(&sb, "cancel");
    assert_restored(&s, "canceled");
}

#[test]
fn a_rejected_consult_exits_1_and_restores_the_call() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "reject", "200ms");
    unfreeze(&sb);
    let run = sb.flexctl(&["-o", "json", "consult", "agent", "bob", "--wait"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = error_of(&run);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("bob did not answer"),
        "{err}"
    );
    let s = invariants(&sb, "rejected");
    assert_restored(&s, "failed");
    assert!(s.last_record()["reason"].as_str().is_some());
}

#[test]
fn a_ring_timeout_exits_1_and_restores_the_call() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let bob = label_of("bob");
    let child = spawn(
        &sb,
        &[
            "-o",
            "json",
            "consult",
            "agent",
            "bob",
            "--wait",
            "--ring-timeout",
            "5s",
        ],
    );
    let s = wait_for(&sb, "bob ringing", |s| s.leg(&bob).is_some());
    assert_eq!(s.leg(&bob).unwrap()["status"], "ringing");
    // Five seconds of sandbox time: the leg gives up ringing.
    sb.advance_ms(6000);
    let run = finish(child);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(error_of(&run)["message"]
        .as_str()
        .unwrap()
        .contains("bob did not answer"));
    let s = invariants(&sb, "timed out");
    assert_restored(&s, "failed");
}

#[test]
fn ctrl_c_while_waiting_for_an_answer_undoes_the_consult() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let bob = label_of("bob");
    let child = spawn(&sb, &["-o", "json", "consult", "agent", "bob", "--wait"]);
    wait_for(&sb, "bob ringing", |s| {
        s.leg(&bob).is_some() && s.last_record()["status"] == "ringing"
    });
    interrupt(&child);
    let run = finish(child);
    assert_eq!(run.code, 130, "{}", run.stderr);
    let s = invariants(&sb, "interrupted");
    // Stopped by the user: canceled (reason `interrupted`), not failed.
    assert_restored(&s, "canceled");
    assert_eq!(s.last_record()["reason"], "interrupted");
}

#[test]
fn ctrl_c_while_a_queue_consult_waits_cancels_the_consult_task() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    agent_behaves(&sb, "carol", "never", "0ms");
    let child = spawn(
        &sb,
        &["-o", "json", "consult", "queue", "Support", "--wait"],
    );
    let s = wait_for(&sb, "the consult task in the record", |s| {
        s.records()
            .last()
            .is_some_and(|r| r["consult"]["task_sid"].is_string())
    });
    assert_eq!(s.open_consult_tasks().len(), 1);
    interrupt(&child);
    let run = finish(child);
    assert_eq!(run.code, 130, "{}", run.stderr);
    let s = invariants(&sb, "interrupted");
    // Stopped by the user: canceled (reason `interrupted`), not failed.
    assert_restored(&s, "canceled");
    assert_eq!(s.consult_tasks.len(), 1);
    // flexctl accepted the reservation for the agent, who was ringing: an assigned task cannot
    // be canceled, so it is wrapped and completed, which frees their capacity.
    assert_eq!(s.consult_tasks[0]["assignment_status"], "completed");
}

#[test]
fn removing_the_agent_of_a_queue_consult_closes_the_consult_task() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    agent_behaves(&sb, "carol", "answer", "0ms");
    sb.flexctl(&["-q", "consult", "queue", "Billing", "--wait"])
        .ok();
    let s = invariants(&sb, "queue consult");
    let agent = s.last_record()["to"]["name"].as_str().unwrap().to_string();
    sb.flexctl(&["-q", "remove", &agent]).ok();
    let s = invariants(&sb, "consult removed");
    assert!(s.consult_legs().is_empty(), "{:#?}", s.legs);
    assert_eq!(s.last_record()["status"], "canceled");
    assert_eq!(s.consult_tasks.len(), 1);
    assert_eq!(s.consult_tasks[0]["assignment_status"], "completed");
    // Alice is the lone agent again: she ends the conference on exit.
    assert_eq!(s.leg("worker").unwrap()["end_conference_on_exit"], true);
}

#[test]
fn transfer_wrap_moves_the_task_to_wrapping_warm_and_cold() {
    for cold in [false, true] {
        let sb = TestSandbox::new();
        agent_behaves(&sb, "bob", "answer", "0ms");
        let mut args = vec!["-q", "--yes", "transfer", "agent", "bob", "--wrap"];
        if cold {
            args.push("--cold");
        }
        sb.flexctl(&args).ok();
        let s = invariants(&sb, &format!("{args:?}"));
        assert_handed_to(&s, "bob");
        let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
        assert_eq!(task["assignment_status"], "wrapping", "{args:?}");
    }
}

#[test]
fn leaving_while_bob_is_held_arms_his_flag_and_he_can_unhold_himself() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob", "--wait"])
        .ok();
    sb.flexctl(&["-q", "swap"]).ok();
    let s = invariants(&sb, "swap");
    let bob = label_of("bob");
    assert_eq!(s.leg(&bob).unwrap()["hold"], true);
    // A flag change on a held leg is lost: leave unholds bob, arms him, and holds him again.
    sb.flexctl(&["-q", "leave"]).ok();
    let s = invariants(&sb, "leave");
    assert_eq!(
        flags(s.leg(&bob).unwrap()),
        (true, "connected".into(), true)
    );
    assert!(live(s.customer()));
    assert!(s.leg("worker").is_none());
    assert_eq!(s.last_record()["status"], "completed");
    sb.flexctl(&["-q", "unhold", "me", "--agent", "bob"]).ok();
    let s = invariants(&sb, "bob unholds himself");
    assert_handed_to(&s, "bob");
}

#[test]
fn a_consult_rejected_without_wait_leaves_the_customer_with_alice_until_cancel() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "reject", "0ms");
    // Bob's task is accepted (flexctl accepts it for him), then he declines the call itself.
    let (status, body) = sb.post("/sandbox/agents/bob", &[("Tasks", "accept")]);
    assert!(status.is_success(), "{body}");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    // Bob's leg is gone; the customer still holds, with alice live; the record is active.
    let s = invariants(&sb, "rejected");
    assert!(s.consult_legs().is_empty());
    assert_eq!(s.customer()["hold"], true);
    assert_eq!(s.active_records().len(), 1);
    // A transfer already on the call is a precondition (1); only losing a race is 5.
    let run = sb.flexctl(&["-o", "json", "consult", "agent", "carol"]);
    assert_eq!(run.code, 1);
    assert_eq!(error_of(&run)["id"], "no-other-transfer");
    sb.flexctl(&["-q", "cancel"]).ok();
    let s = invariants(&sb, "cancel");
    assert_restored(&s, "canceled");
}

#[test]
fn a_target_who_rejects_the_reservation_ends_the_consult_before_anyone_rings() {
    let sb = TestSandbox::new();
    let (status, body) = sb.post(
        "/sandbox/agents/bob",
        &[("Tasks", "reject"), ("AcceptAfter", "0ms")],
    );
    assert!(status.is_success(), "{body}");
    let run = sb.flexctl(&["-o", "json", "consult", "agent", "bob", "--accept", "agent"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("bob rejected the transfer"),
        "{}",
        run.stderr
    );
    let s = invariants(&sb, "bob rejected");
    assert_restored(&s, "failed");
    assert_eq!(s.consult_tasks.len(), 1);
    assert_eq!(s.consult_tasks[0]["assignment_status"], "canceled");
}

#[test]
fn a_second_transfer_hands_the_call_on_again() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    agent_behaves(&sb, "carol", "answer", "0ms");
    sb.flexctl(&["-q", "transfer", "agent", "bob"]).ok();
    invariants(&sb, "to bob");
    // Bob now holds the call and is the acting agent by default.
    sb.flexctl(&["-q", "transfer", "agent", "carol"]).ok();
    let s = invariants(&sb, "to carol");
    let labels: Vec<&str> = s.legs.iter().filter_map(|l| l["label"].as_str()).collect();
    assert_eq!(labels, ["customer", label_of("carol").as_str()]);
    assert!(s.legs.iter().all(live));
    let r = s.last_record();
    assert_eq!(
        (&r["from"]["name"], &r["to"]["name"]),
        (&"bob".into(), &"carol".into())
    );
    assert_eq!(s.records().len(), 2);
}
