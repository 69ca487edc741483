//! External numbers: `consult number` and `transfer number [--cold]` on the sandbox, the
//! refusals (a bad NUMBER, no caller ID) that change nothing, and the simulated number's busy,
//! never-answering and hanging-up behaviours (faults, kills and races: `numbers_faults`).
//! After each: the sandbox's invariants (the call's and the tasks') and the customer's.

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;
use crate::transfer_harness::{
    assert_restored, counted, error_of, flags, invariants, refused, state, State,
};

pub(crate) const NUMBER: &str = "+15550100777";
pub(crate) const LABEL: &str = "external-15550100777";

// Requests per verb, as measured on the demo call (the load, the journal writes with their
// ETag reads, the flag and hold updates read back, the ring and the answer's poll).
const BUDGET_CONSULT_NUMBER: usize = 14;
const BUDGET_TRANSFER_NUMBER: usize = 20;
const BUDGET_TRANSFER_NUMBER_COLD: usize = 17;

/// The sandbox's invariants (the call's and the tasks') and the harness's customer checks.
#[track_caller]
pub(crate) fn all_invariants(sb: &TestSandbox, when: &str) -> State {
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
pub(crate) fn number_behaves(sb: &TestSandbox, number: &str, form: &[(&str, &str)]) -> Value {
    let path = format!("/sandbox/numbers/{}", number.replace('+', "%2B"));
    let (status, body) = sb.post(&path, form);
    assert!(status.is_success(), "{body}");
    body
}

pub(crate) fn task_status(sb: &TestSandbox) -> String {
    let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
    task["assignment_status"].as_str().unwrap_or("").to_string()
}

/// The customer and the external number alone on the call, both live, both ending the
/// conference on exit; alice gone, her task wrapping, no task created for anyone; the
/// record completed, naming the number.
#[track_caller]
pub(crate) fn assert_handed_to_number(sb: &TestSandbox, s: &State, mode: &str) {
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
