//! Transfer refusals by precondition ID, changing nothing; racing consults let one through.

use crate::common::{Run, TestSandbox};
use crate::transfer_harness::{
    error_of, finish, invariants, label_of, live, refused, spawn, State,
};

/// Rings bob and lets him answer: the consulting phase (customer on hold).
fn consulting(sb: &TestSandbox) -> State {
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    sb.advance_ms(2500);
    invariants(sb, "consulting")
}

#[test]
fn transfer_refused_while_the_acting_agent_is_on_hold() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "hold", "me"]).ok();
    let s = invariants(&sb, "alice held");
    assert_eq!(s.leg("worker").unwrap()["hold"], true);
    let run = refused(
        &sb,
        &["consult", "agent", "bob"],
        1,
        Some("agent-not-on-hold"),
    );
    assert!(error_of(&run)["hints"][0]
        .as_str()
        .unwrap()
        .contains("unhold alice"));
    refused(
        &sb,
        &["transfer", "agent", "bob"],
        1,
        Some("agent-not-on-hold"),
    );
}

#[test]
fn transfer_refused_while_another_consult_is_pending() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    refused(
        &sb,
        &["consult", "agent", "carol"],
        1,
        Some("no-other-transfer"),
    );
    refused(
        &sb,
        &["transfer", "agent", "carol"],
        1,
        Some("no-other-transfer"),
    );
    refused(
        &sb,
        &["consult", "queue", "Billing"],
        1,
        Some("no-other-transfer"),
    );
    // Still refused once bob has answered.
    sb.advance_ms(2500);
    refused(
        &sb,
        &["consult", "agent", "carol"],
        1,
        Some("no-other-transfer"),
    );
}

#[test]
fn consult_refuses_bad_targets() {
    let sb = TestSandbox::new();
    refused(
        &sb,
        &["consult", "agent", "alice"],
        1,
        Some("target-not-self"),
    );
    let run = refused(
        &sb,
        &["consult", "agent", "dave"],
        1,
        Some("target-available"),
    );
    assert!(error_of(&run)["message"]
        .as_str()
        .unwrap()
        .contains("Offline"));
    refused(
        &sb,
        &["consult", "agent", "erin"],
        1,
        Some("target-available"),
    );
    let run = refused(&sb, &["consult", "agent", "bobb"], 1, Some("target-exists"));
    assert!(run.stderr.contains("did you mean bob?"), "{}", run.stderr);
    refused(&sb, &["consult", "queue", "Nope"], 1, Some("target-exists"));
}

#[test]
fn swap_and_merge_need_a_connected_consult() {
    let sb = TestSandbox::new();
    for verb in ["swap", "merge"] {
        refused(&sb, &[verb], 1, Some("consult-connected"));
    }
    // While bob only rings, still nothing to swap with.
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    for verb in ["swap", "merge"] {
        let run = refused(&sb, &[verb], 1, Some("consult-connected"));
        assert!(run.stderr.contains("cancel"), "{}", run.stderr);
    }
}

#[test]
fn cancel_needs_a_transfer() {
    let sb = TestSandbox::new();
    refused(&sb, &["cancel"], 1, Some("transfer-active"));
}

#[test]
fn leave_needs_another_connected_agent() {
    let sb = TestSandbox::new();
    refused(&sb, &["leave"], 1, Some("other-agent-connected"));
    // A ringing consult is not a connected agent.
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    refused(&sb, &["--yes", "leave"], 1, Some("other-agent-connected"));
}

#[test]
fn leave_refuses_when_nobody_could_talk_to_the_customer() {
    let sb = TestSandbox::new();
    consulting(&sb);
    // swap: bob held, customer live; then hold the customer too.
    sb.flexctl(&["-q", "swap"]).ok();
    sb.flexctl(&["-q", "hold", "customer"]).ok();
    let s = invariants(&sb, "both held");
    assert_eq!(s.customer()["hold"], true);
    assert_eq!(s.leg(&label_of("bob")).unwrap()["hold"], true);
    let run = refused(&sb, &["leave"], 1, Some("customer-not-stranded"));
    assert!(
        error_of(&run)["hints"][0]
            .as_str()
            .unwrap()
            .contains("unhold customer"),
        "{}",
        run.stderr
    );
}

#[test]
fn remove_refuses_the_last_agent_and_the_customer_without_yes() {
    let sb = TestSandbox::new();
    // A missing confirmation with no terminal to ask on is a usage error (2).
    refused(&sb, &["remove", "alice"], 2, Some("other-agent-connected"));
    refused(&sb, &["hangup", "alice"], 2, Some("other-agent-connected"));
    refused(&sb, &["remove", "--customer"], 2, Some("customer-stays"));
    // With the customer on hold, even --yes cannot leave them alone with nobody.
    sb.flexctl(&["-q", "hold", "customer"]).ok();
    refused(
        &sb,
        &["--yes", "remove", "alice"],
        1,
        Some("other-agent-connected"),
    );
}

#[test]
fn hold_refuses_to_strand_the_customer() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "hold", "me"]).ok();
    refused(&sb, &["hold", "customer"], 1, Some("customer-not-stranded"));
}

/// Several operators start a transfer on the one call at once. The If-Match journal lets
/// exactly one through; every loser exits with `no-other-transfer`: 5 when it lost the
/// compare-and-set, 1 when it read the winner's record first (a precondition); nothing of the losers' is left on the
/// call, and exactly one consult leg and one active record remain.
#[test]
fn racing_consults_let_exactly_one_through() {
    let sb = TestSandbox::new();
    let targets = ["bob", "carol", "bob", "carol"];
    let children: Vec<_> = targets
        .iter()
        .map(|t| spawn(&sb, &["-o", "json", "consult", "agent", t]))
        .collect();
    let runs: Vec<(&str, Run)> = targets
        .iter()
        .copied()
        .zip(children.into_iter().map(finish))
        .collect();
    let winners: Vec<&str> = runs
        .iter()
        .filter(|(_, r)| r.code == 0)
        .map(|(t, _)| *t)
        .collect();
    assert_eq!(winners.len(), 1, "{runs:#?}");
    for (_, run) in runs.iter().filter(|(_, r)| r.code != 0) {
        assert!(matches!(run.code, 1 | 5), "{run:#?}");
        let err = error_of(run);
        assert_eq!(err["id"], "no-other-transfer", "{err}");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("another transfer is in progress")
                || err["message"].as_str().unwrap().contains("consult"),
            "{err}"
        );
    }
    let s = invariants(&sb, "after the race");
    let consults = s.consult_legs();
    assert_eq!(consults.len(), 1, "{:#?}", s.legs);
    assert_eq!(consults[0]["label"], label_of(winners[0]).as_str());
    assert_eq!(s.records().len(), 1, "{}", s.attributes_raw);
    assert_eq!(s.active_records().len(), 1);
    assert_eq!(s.last_record()["to"]["name"], winners[0]);
    assert!(s.customer()["hold"] == true && live(s.leg("worker").unwrap()));
}

/// An agent whose voice capacity is taken (on another call) is refused before anybody is held,
/// by `consult`, `transfer` and doctor alike; `--force` rings them anyway.
#[test]
fn a_target_at_capacity_is_refused_before_anyone_is_held() {
    let sb = TestSandbox::new();
    let bob = flexctl::sandbox::seed::worker_sid("bob");
    let (status, task) = sb.post(
        &sb.pv1("/Tasks"),
        &[
            ("RoutingTarget", bob.as_str()),
            ("IgnoreCapacity", "false"),
            ("TaskChannel", "voice"),
            ("Attributes", "{\"name\": \"another caller\"}"),
        ],
    );
    assert!(status.is_success(), "{task}");
    let sid = task["sid"].as_str().unwrap().to_string();
    let (_, list) = sb.get(&sb.pv1(&format!("/Tasks/{sid}/Reservations")));
    let r = list["reservations"][0]["sid"]
        .as_str()
        .unwrap_or_else(|| panic!("bob was offered the task: {list}"))
        .to_string();
    let (status, body) = sb.post(
        &sb.pv1(&format!("/Tasks/{sid}/Reservations/{r}")),
        &[("ReservationStatus", "accepted")],
    );
    assert!(status.is_success(), "{body}");

    let run = refused(
        &sb,
        &["consult", "agent", "bob"],
        1,
        Some("target-capacity"),
    );
    assert!(run.stderr.contains("1/1"), "{}", run.stderr);
    refused(
        &sb,
        &["transfer", "agent", "bob"],
        1,
        Some("target-capacity"),
    );
    let doc = sb.flexctl(&["-o", "json", "doctor", "--target", "bob"]);
    assert_eq!(doc.code, 1);
    let checks = doc.json()["checks"].clone();
    let capacity = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "target-capacity")
        .cloned()
        .unwrap_or_default();
    assert_eq!(capacity["status"], "fail", "{checks}");
    sb.flexctl(&["-q", "consult", "agent", "bob", "--force"])
        .ok();
}
