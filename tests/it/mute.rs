//! `mute WHO` / `unmute WHO` on the sandbox: `Muted` changes and nothing else (hold stays as
//! it was, the flags too), the call and its tasks keep their invariants after each, a leg that
//! is not connected is refused, and `calls show` shows who is muted.

use serde_json::Value;

use crate::common::TestSandbox;
use crate::spec::Spec;
use crate::transfer_harness::{
    agent_behaves, counted, flags, invariants, label_of, mutating, refused, state,
};

// The load of `hold` (no ETag: nothing is journaled), then one participant update whose
// response is the read-back.
const BUDGET_MUTE: usize = 7;

/// The call's and the tasks' invariants (the sandbox's own list, the customer's in the
/// harness).
#[track_caller]
fn all_invariants(sb: &TestSandbox, when: &str) -> crate::transfer_harness::State {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
    invariants(sb, when)
}

fn muted(s: &crate::transfer_harness::State, label: &str) -> bool {
    s.leg(label).expect(label)["muted"] == true
}

#[test]
fn mute_and_unmute_change_muted_only_for_the_customer_and_an_agent() {
    let sb = TestSandbox::new();
    for (who, label) in [
        ("customer", "customer"),
        ("alice", "worker"),
        ("me", "worker"),
    ] {
        let before = state(&sb);
        let (run, reqs) = counted(&sb, &["-q", "mute", who]);
        run.ok();
        assert!(reqs.len() <= BUDGET_MUTE, "mute {who}: {reqs:#?}");
        assert_eq!(mutating(&reqs).len(), 1, "one participant update: {reqs:?}");
        let s = all_invariants(&sb, &format!("mute {who}"));
        assert!(muted(&s, label), "{who}: {:#?}", s.legs);
        let leg = |st: &crate::transfer_harness::State| flags(st.leg(label).unwrap());
        assert_eq!(leg(&before), leg(&s), "hold, status and flags stay");
        assert_eq!(before.attributes_raw, s.attributes_raw, "nothing journaled");

        sb.flexctl(&["-q", "unmute", who]).ok();
        let s = all_invariants(&sb, &format!("unmute {who}"));
        assert!(!muted(&s, label));
        assert_eq!(leg(&before), leg(&s));
    }
}

#[test]
fn a_held_leg_can_be_muted_and_unmuting_does_not_unhold_it() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "hold", "customer"]).ok();
    sb.flexctl(&["-q", "mute", "customer"]).ok();
    let s = all_invariants(&sb, "held and muted");
    assert_eq!(s.customer()["hold"], true);
    assert_eq!(s.customer()["muted"], true);
    sb.flexctl(&["-q", "unmute", "customer"]).ok();
    let s = all_invariants(&sb, "unmuted");
    assert_eq!(s.customer()["hold"], true, "unmute never unholds");
    assert_eq!(s.customer()["muted"], false);
    // And unholding leaves Muted alone.
    sb.flexctl(&["-q", "mute", "customer"]).ok();
    sb.flexctl(&["-q", "unhold", "customer"]).ok();
    let s = all_invariants(&sb, "unheld");
    assert_eq!(s.customer()["hold"], false);
    assert_eq!(s.customer()["muted"], true, "unhold never unmutes");
}

#[test]
fn muting_the_only_agent_is_allowed_and_says_what_the_customer_hears() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["mute", "me"]).ok();
    assert!(
        run.stderr.contains("the customer hears no agent"),
        "{}",
        run.stderr
    );
    // The picture marks the muted party and says the customer hears silence; the next verbs
    // start with the unmute.
    assert!(run.stdout.contains("alice (muted)"), "{}", run.stdout);
    assert!(
        run.stdout.contains("the customer hears silence"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("next: unmute alice"), "{}", run.stdout);
    let s = all_invariants(&sb, "the only agent muted");
    assert_eq!(
        s.customer()["hold"],
        false,
        "the customer is not put on hold"
    );
    let show = sb.flexctl(&["-o", "json", "calls", "show"]).ok().json();
    let alice = show["participants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["role"] == "agent")
        .cloned()
        .unwrap();
    assert_eq!(alice["muted"], true, "{show}");
    assert_eq!(show["next"][0], "unmute alice");
    let tsv = sb.flexctl(&["-o", "tsv", "calls", "show"]).ok();
    let header: Vec<&str> = tsv.stdout.lines().next().unwrap().split('\t').collect();
    let col = header
        .iter()
        .position(|h| *h == "muted")
        .expect("muted column");
    let agent_row = tsv
        .stdout
        .lines()
        .find(|l| {
            l.starts_with(&format!("{}\t", show["task_sid"].as_str().unwrap()))
                && l.contains("\tagent\t")
        })
        .unwrap();
    assert_eq!(
        agent_row.split('\t').nth(col),
        Some("true"),
        "{}",
        tsv.stdout
    );
}

#[test]
fn the_consult_target_can_be_muted_while_consulting() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob", "--wait"])
        .ok();
    let label = label_of("bob");
    sb.flexctl(&["-q", "mute", "bob"]).ok();
    let s = all_invariants(&sb, "bob muted");
    assert!(muted(&s, &label));
    assert_eq!(s.customer()["hold"], true, "the customer still holds");
    assert_eq!(
        s.last_record()["status"],
        "consulting",
        "the transfer is untouched"
    );
    sb.flexctl(&["-q", "unmute", "bob"]).ok();
    assert!(!muted(&all_invariants(&sb, "bob unmuted"), &label));
}

#[test]
fn a_ringing_leg_is_refused_and_a_dry_run_changes_nothing() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let run = refused(&sb, &["mute", "bob"], 1, Some("leg-connected"));
    assert!(
        run.stderr.contains("only a connected party"),
        "{}",
        run.stderr
    );
    // Unknown names are refused as `hold` refuses them.
    refused(&sb, &["mute", "nobody"], 1, None);
    sb.flexctl(&["-q", "cancel"]).ok();

    let before = state(&sb);
    let (run, reqs) = counted(&sb, &["--dry-run", "-o", "json", "mute", "customer"]);
    let plan = run.ok().json();
    assert!(mutating(&reqs).is_empty(), "{reqs:?}");
    assert_eq!(plan["steps"][0]["params"]["Muted"], "true", "{plan}");
    assert_eq!(state(&sb).legs, before.legs);
}

#[test]
fn a_failed_mute_leaves_the_call_as_it_was() {
    let sb = TestSandbox::new();
    let (s, body) = sb.post(
        "/sandbox/faults",
        &[(
            "Spec",
            "rate=1,kinds=500,method=POST,path=*/Participants/customer.json",
        )],
    );
    assert!(s.is_success(), "{body}");
    let before = state(&sb);
    let run = sb.flexctl(&["-o", "json", "mute", "customer"]);
    assert_ne!(run.code, 0, "{run:?}");
    sb.delete("/sandbox/faults");
    let after = all_invariants(&sb, "after a failed mute");
    assert_eq!(before.legs, after.legs);
}

#[test]
fn the_sandbox_honours_muted_on_participant_update_as_the_document_says() {
    let sb = TestSandbox::new();
    let spec = Spec::v2010();
    let cf = flexctl::sandbox::seed::live_conference_sid();
    let one =
        "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json";
    let path = sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json"));
    let (s, body) = sb.post(&path, &[("Muted", "true")]);
    assert_eq!(s.as_u16(), 200, "{body}");
    spec.check(one, "post", 200, &body);
    assert_eq!(
        (body["muted"].clone(), body["hold"].clone()),
        (true.into(), false.into())
    );
    let (_, fetched) = sb.get(&path);
    assert_eq!(fetched["muted"], true);
    let (s, body) = sb.post(&path, &[("Muted", "maybe")]);
    assert_eq!(s.as_u16(), 400, "{body}");
}
