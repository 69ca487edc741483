//! External numbers: `consult number` and `transfer number [--cold]` on the sandbox, the
//! refusals (a bad NUMBER, no caller ID) that change nothing, the simulated number's busy,
//! never-answering and hanging-up behaviours, and a transfer killed at any point recovered by
//! `doctor --fix`. After each: the sandbox's invariants (the call's and the tasks') and the
//! customer's.

use std::time::Duration;

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;
use crate::transfer_harness::{
    assert_restored, counted, error_of, flags, invariants, mutating, refused, spawn, state,
    unfreeze, State,
};

const NUMBER: &str = "+15550100777";
const LABEL: &str = "external-15550100777";

// Requests per verb, as measured on the demo call (the load, the journal writes with their
// ETag reads, the flag and hold updates read back, the ring and the answer's poll).
const BUDGET_CONSULT_NUMBER: usize = 14;
const BUDGET_TRANSFER_NUMBER: usize = 20;
const BUDGET_TRANSFER_NUMBER_COLD: usize = 17;

/// The sandbox's invariants (the call's and the tasks') and the harness's customer checks.
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

/// Sets how the simulated number answers (`AnswerAfter`, `Busy`, `HangupAfter`).
fn number_behaves(sb: &TestSandbox, number: &str, form: &[(&str, &str)]) -> Value {
    let path = format!("/sandbox/numbers/{}", number.replace('+', "%2B"));
    let (status, body) = sb.post(&path, form);
    assert!(status.is_success(), "{body}");
    body
}

fn task_status(sb: &TestSandbox) -> String {
    let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
    task["assignment_status"].as_str().unwrap_or("").to_string()
}

/// The customer and the external number alone on the call, both live, both ending the
/// conference on exit; alice gone, her task wrapping, no task created for anyone; the
/// record completed, naming the number.
#[track_caller]
fn assert_handed_to_number(sb: &TestSandbox, s: &State, mode: &str) {
    let labels: Vec<&str> = s.legs.iter().filter_map(|l| l["label"].as_str()).collect();
    assert_eq!(labels, ["customer", LABEL], "{:#?}", s.legs);
    assert_eq!(flags(s.customer()), (false, "connected".into(), true));
    assert_eq!(
        flags(s.leg(LABEL).unwrap()),
        (false, "connected".into(), true)
    );
    let r = s.last_record();
    assert_eq!(
        (&r["kind"], &r["mode"], &r["status"], &r["to"]["number"]),
        (
            &Value::from("number"),
            &Value::from(mode),
            &Value::from("completed"),
            &Value::from(NUMBER)
        ),
        "{r}"
    );
    assert_eq!(r["consult"]["label"], LABEL, "{r}");
    assert!(r["to"]["worker_sid"].is_null(), "{r}");
    assert!(s.consult_tasks.is_empty(), "{:#?}", s.consult_tasks);
    assert_eq!(task_status(sb), "wrapping");
}

#[test]
fn consult_number_then_merge_and_leave_hands_the_call_to_the_number() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    let (run, reqs) = counted(&sb, &["-q", "consult", "number", NUMBER, "--wait"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        reqs.len() <= BUDGET_CONSULT_NUMBER,
        "{}: {reqs:#?}",
        reqs.len()
    );
    assert!(
        !reqs
            .iter()
            .any(|(m, p)| m == "POST" && p.ends_with("/Tasks")),
        "an external number gets no task: {reqs:#?}"
    );
    let s = all_invariants(&sb, "consulting a number");
    assert_eq!(s.customer()["hold"], true);
    assert_eq!(
        flags(s.leg("worker").unwrap()),
        (false, "connected".into(), false)
    );
    assert_eq!(s.leg(LABEL).unwrap()["status"], "connected");
    assert_eq!(s.last_record()["status"], "consulting");

    // The picture tells the external party apart.
    let show = sb.flexctl(&["calls", "show"]).ok();
    assert!(
        show.stdout.contains("+15550100777 (consult, external)"),
        "{}",
        show.stdout
    );

    sb.flexctl(&["-q", "swap"]).ok();
    let s = all_invariants(&sb, "swapped");
    assert_eq!(s.customer()["hold"], false);
    assert_eq!(s.leg(LABEL).unwrap()["hold"], true);
    sb.flexctl(&["-q", "merge"]).ok();
    all_invariants(&sb, "merged");
    sb.flexctl(&["-q", "leave", "--yes"]).ok();
    let s = all_invariants(&sb, "left");
    assert_handed_to_number(&sb, &s, "warm");

    let show = sb.flexctl(&["calls", "show", "-o", "json"]).ok().json();
    let roles: Vec<&str> = show["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["role"].as_str())
        .collect();
    assert_eq!(roles, ["customer", "external"], "{show}");
    // Doctor knows the call is with the number and finds nothing wrong.
    let doctor = sb.flexctl(&["doctor", "-o", "json"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
}

#[test]
fn transfer_number_warm_then_the_number_hangs_up_and_the_call_ends() {
    let sb = TestSandbox::new();
    number_behaves(
        &sb,
        NUMBER,
        &[("AnswerAfter", "0s"), ("HangupAfter", "30s")],
    );
    let (run, reqs) = counted(&sb, &["-q", "transfer", "number", NUMBER]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        reqs.len() <= BUDGET_TRANSFER_NUMBER,
        "{}: {reqs:#?}",
        reqs.len()
    );
    let s = all_invariants(&sb, "transferred to a number");
    assert_handed_to_number(&sb, &s, "warm");

    // The number hangs up: the conference ends for the customer too, as a phone call does,
    // and that is no dropped customer.
    sb.advance_ms(31_000);
    let s = state(&sb);
    assert_eq!(s.conference_status(), "completed", "{}", s.conference);
    assert_eq!(
        s.conference["reason_conference_ended"],
        "participant-with-end-conference-on-exit-left"
    );
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{inv}");
}

#[test]
fn transfer_number_cold_never_holds_the_customer_and_leaves_after_the_answer() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    let mark = sb.log_mark();
    let (run, reqs) = counted(
        &sb,
        &["-q", "--yes", "transfer", "number", NUMBER, "--cold"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        reqs.len() <= BUDGET_TRANSFER_NUMBER_COLD,
        "{}: {reqs:#?}",
        reqs.len()
    );
    let (_, log) = sb.get(&format!("/sandbox/log?Since={mark}&Limit=1000"));
    assert!(!log
        .to_string()
        .contains("Participants/customer.json\",\"query\":\"Hold"));
    let s = all_invariants(&sb, "cold transfer to a number");
    assert_handed_to_number(&sb, &s, "cold");
    // The leave came after the answer: the ring is before alice's removal in the log.
    let ring = reqs
        .iter()
        .position(|(m, p)| m == "POST" && p.ends_with("/Participants.json"));
    let leave = reqs
        .iter()
        .position(|(m, p)| m == "DELETE" && p.ends_with("/Participants/worker.json"));
    assert!(ring.is_some() && ring < leave, "{reqs:#?}");
}

#[test]
fn a_sip_uri_is_rung_and_labelled() {
    let sb = TestSandbox::new();
    let sip = "sip:desk@pbx.example.com";
    number_behaves(&sb, sip, &[("AnswerAfter", "0s")]);
    sb.flexctl(&["-q", "consult", "number", sip, "--wait"]).ok();
    let s = all_invariants(&sb, "consulting a sip: URI");
    let leg = s
        .leg("external-sip:desk@pbx.example.com")
        .expect("the sip leg");
    assert_eq!(leg["status"], "connected");
    sb.flexctl(&["-q", "cancel"]).ok();
    let s = all_invariants(&sb, "canceled");
    assert_restored(&s, "canceled");
}

#[test]
fn a_busy_number_fails_the_transfer_and_puts_the_call_back() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("Busy", "true")]);
    let run = sb.flexctl(&["-o", "json", "transfer", "number", NUMBER]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        error_of(&run)["message"]
            .as_str()
            .unwrap()
            .contains("did not answer"),
        "{}",
        run.stderr
    );
    let s = all_invariants(&sb, "after a busy number");
    assert_restored(&s, "failed");
    assert_eq!(task_status(&sb), "assigned");
}

#[test]
fn a_number_that_never_answers_is_canceled_and_the_customer_comes_back() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "never")]);
    sb.flexctl(&["-q", "consult", "number", NUMBER]).ok();
    let s = all_invariants(&sb, "ringing a number");
    assert_eq!(s.leg(LABEL).unwrap()["status"], "ringing");
    assert_eq!(s.customer()["hold"], true);
    // It rings until the ring timeout (30 s), then the leg fails.
    sb.advance_ms(31_000);
    let s = state(&sb);
    assert!(s.leg(LABEL).is_none(), "{:#?}", s.legs);
    sb.flexctl(&["-q", "cancel"]).ok();
    let s = all_invariants(&sb, "canceled after no answer");
    assert_restored(&s, "canceled");
}

#[test]
fn bad_numbers_are_usage_errors_before_anything_is_sent() {
    let sb = TestSandbox::new();
    for (bad, why) in [
        ("client:bob", "consult agent"),
        ("12345", "E.164"),
        ("+1555", "E.164"),
        ("sip:nohost", "sip:user@host"),
        ("+1555\u{1b}[2J0100", "control"),
    ] {
        for verb in [&["consult", "number"][..], &["transfer", "number"]] {
            let mark = sb.log_mark();
            let mut args = verb.to_vec();
            args.push(bad);
            let run = sb.flexctl(&args);
            assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
            assert!(run.stderr.contains(why), "{args:?}: {}", run.stderr);
            assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
            assert!(sb.requests_since(mark).is_empty(), "{args:?} sent requests");
        }
    }
    let bad_from = sb.flexctl(&["consult", "number", NUMBER, "--from", "alice"]);
    assert_eq!(bad_from.code, 2, "{}", bad_from.stderr);
    all_invariants(&sb, "after bad numbers");
}

#[test]
fn no_caller_id_is_refused_unless_from_is_given() {
    let sb = TestSandbox::new();
    let task = sb.pv1(&format!("/Tasks/{}", seed::live_task_sid()));
    let (_, t) = sb.get(&task);
    let mut attrs: Value = serde_json::from_str(t["attributes"].as_str().unwrap()).unwrap();
    for key in ["to", "called"] {
        attrs.as_object_mut().unwrap().remove(key);
    }
    let (status, body) = sb.post(&task, &[("Attributes", &attrs.to_string())]);
    assert!(status.is_success(), "{body}");
    for args in [
        &["consult", "number", NUMBER][..],
        &["transfer", "number", NUMBER],
        &["--dry-run", "transfer", "number", NUMBER],
    ] {
        let run = refused(&sb, args, 1, Some("caller-id"));
        assert!(run.stderr.contains("--from"), "{}", run.stderr);
    }
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    sb.flexctl(&[
        "-q",
        "consult",
        "number",
        NUMBER,
        "--from",
        "+15550109999",
        "--wait",
    ])
    .ok();
    all_invariants(&sb, "consulting with --from");
}

#[test]
fn consult_number_is_refused_while_another_transfer_is_under_way() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "never")]);
    sb.flexctl(&["-q", "consult", "number", NUMBER]).ok();
    refused(
        &sb,
        &["consult", "number", "+15550100778"],
        1,
        Some("no-other-transfer"),
    );
    refused(
        &sb,
        &["transfer", "agent", "bob"],
        1,
        Some("no-other-transfer"),
    );
}

#[test]
fn the_rung_participant_and_the_number_control_validate() {
    let sb = TestSandbox::new();
    let spec = Spec::v2010();
    let cf = seed::live_conference_sid();
    let body = number_behaves(&sb, NUMBER, &[("AnswerAfter", "never"), ("Busy", "false")]);
    assert_eq!(body["answer_after_ms"], Value::Null, "{body}");
    let path = sb.p2010(&format!("/Conferences/{cf}/Participants.json"));
    let (s, leg) = sb.post(
        &path,
        &[("From", "+15550109999"), ("To", NUMBER), ("Label", LABEL)],
    );
    assert_eq!(s.as_u16(), 201, "{leg}");
    spec.check(
        "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json",
        "post",
        201,
        &leg,
    );
    // A bad number or value is refused by the control API.
    let (s, _) = sb.post("/sandbox/numbers/12345", &[]);
    assert_eq!(s.as_u16(), 400);
    let (s, _) = sb.post(
        &format!("/sandbox/numbers/{}", NUMBER.replace('+', "%2B")),
        &[("AnswerAfter", "soon")],
    );
    assert_eq!(s.as_u16(), 400);
    // And through the CLI.
    let run = sb.flexctl(&["-o", "json", "sandbox", "number", NUMBER, "--busy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["busy"], true, "{}", run.stdout);
    let run = sb.flexctl(&["sandbox", "number", "client:bob"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// Kills `transfer number` after each number of changes in turn; `doctor --fix` then leaves
/// the call valid: the customer on it with someone live, nothing of the transfer left open.
#[test]
fn killing_a_number_transfer_at_any_point_is_recoverable() {
    for cold in [false, true] {
        let mut killed = 0;
        for changes in 1..=12 {
            let sb = TestSandbox::new();
            unfreeze(&sb);
            number_behaves(&sb, NUMBER, &[("AnswerAfter", "100ms")]);
            let (s, body) = sb.post("/sandbox/faults", &[("Spec", "latency=25ms")]);
            assert!(s.is_success(), "{body}");
            let mut args = vec!["-q", "--yes", "transfer", "number", NUMBER];
            if cold {
                args.push("--cold");
            }
            let mark = sb.log_mark();
            let mut child = spawn(&sb, &args);
            let done = loop {
                let n = mutating(&sb.requests_since(mark)).len();
                if n >= changes {
                    let _ = child.kill();
                    break false;
                }
                if child.try_wait().ok().flatten().is_some() {
                    break true;
                }
                std::thread::sleep(Duration::from_millis(3));
            };
            let _ = child.wait();
            if done {
                break;
            }
            killed += 1;
            let when = format!("{args:?} killed after {changes} change(s)");
            sb.post("/sandbox/faults", &[("Spec", "none")]);
            sb.post("/sandbox/clock", &[("Advance", "3m")]);
            let fix = sb.flexctl(&["doctor", "--fix", "-o", "json"]);
            assert!(matches!(fix.code, 0 | 1), "{when}: {}", fix.stderr);
            let s = all_invariants(&sb, &when);
            assert!(
                s.active_records().is_empty(),
                "{when}: {}",
                s.attributes_raw
            );
            assert!(
                s.legs
                    .iter()
                    .all(|l| l["hold"] == false && l["status"] == "connected"),
                "{when}: {:#?}",
                s.legs
            );
            let after = sb.flexctl(&["doctor", "-o", "json"]);
            assert_eq!(after.code, 0, "{when}: {}{}", after.stdout, after.stderr);
        }
        assert!(killed >= 2, "cold={cold}: killed only {killed} time(s)");
    }
}

fn set_faults(sb: &TestSandbox, spec: &str) {
    let (s, body) = sb.post("/sandbox/faults", &[("Spec", spec)]);
    assert!(s.is_success(), "{body}");
}

/// Clears the faults; returns how many of `kind` were injected.
fn clear_faults(sb: &TestSandbox, kind: &str) -> u64 {
    let (s, body) = sb.delete("/sandbox/faults");
    assert!(s.is_success(), "{body}");
    body["injected"][kind].as_u64().unwrap_or(0)
}

#[test]
fn a_lost_answer_to_the_number_ring_is_looked_up_not_rung_again() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    set_faults(
        &sb,
        "rate=1,kinds=lost,method=POST,path=*/Participants.json",
    );
    sb.flexctl(&["-q", "transfer", "number", NUMBER]).ok();
    assert_eq!(clear_faults(&sb, "lost"), 1);
    let s = all_invariants(&sb, "after a lost ring");
    assert_handed_to_number(&sb, &s, "warm");
    assert_eq!(
        s.last_record()["consult"]["call_sid"],
        s.leg(LABEL).unwrap()["call_sid"]
    );
}

#[test]
fn a_failing_number_ring_is_undone() {
    let sb = TestSandbox::new();
    set_faults(&sb, "rate=1,kinds=500,method=POST,path=*/Participants.json");
    let run = sb.flexctl(&["transfer", "number", NUMBER]);
    clear_faults(&sb, "500");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("restored:"), "{}", run.stderr);
    let s = all_invariants(&sb, "failed ring");
    assert_restored(&s, "failed");
}

#[test]
fn a_failing_leave_keeps_the_agent_with_the_customer_and_the_number() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    set_faults(
        &sb,
        "rate=1,kinds=500,method=DELETE,path=*/Participants/worker.json",
    );
    let run = sb.flexctl(&["transfer", "number", NUMBER]);
    clear_faults(&sb, "500");
    assert_ne!(run.code, 0, "{}", run.stderr);
    let s = all_invariants(&sb, "failed leave");
    // Alice is still there: nobody ends the conference on exit, nobody is on hold.
    assert_eq!(
        flags(s.leg("worker").unwrap()),
        (false, "connected".into(), false)
    );
    assert_eq!(s.leg(LABEL).unwrap()["hold"], false);
    assert_eq!(s.customer()["hold"], false);
    let doctor = sb.flexctl(&["doctor", "-o", "json"]);
    assert!(matches!(doctor.code, 0 | 1), "{}", doctor.stderr);
}

#[test]
fn a_call_no_agent_is_on_is_handed_straight_to_a_number() {
    let sb = TestSandbox::new();
    number_behaves(&sb, NUMBER, &[("AnswerAfter", "0s")]);
    let cf = seed::live_conference_sid();
    let worker = sb.p2010(&format!("/Conferences/{cf}/Participants/worker.json"));
    let customer = sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json"));
    sb.post(&customer, &[("Hold", "true")]);
    sb.post(&worker, &[("EndConferenceOnExit", "false")]);
    sb.delete(&worker);
    let task = seed::live_task_sid();
    sb.flexctl(&["-q", "transfer", "number", NUMBER, "--task", &task])
        .ok();
    let s = all_invariants(&sb, "rescued to a number");
    assert_eq!(flags(s.customer()), (false, "connected".into(), true));
    assert_eq!(
        flags(s.leg(LABEL).unwrap()),
        (false, "connected".into(), true)
    );
    assert_eq!(s.last_record()["mode"], "rescue");
    assert_eq!(s.last_record()["status"], "completed");
}
