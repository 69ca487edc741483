//! `wait`: a script consults, then waits apart for the answer.

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, error_of};

#[test]
fn wait_returns_once_the_phase_is_reached_and_fails_when_it_is_not() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let v = sb
        .flexctl(&["-o", "json", "wait", "--phase", "consulting"])
        .ok()
        .json();
    assert_eq!(v["phase"], "consulting", "{v}");
    // Nobody merges: the time runs out, exit 1.
    let run = sb.flexctl(&["-o", "json", "wait", "--phase", "merged", "--within", "1s"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        error_of(&run)["message"]
            .as_str()
            .unwrap()
            .contains("still consulting"),
        "{}",
        run.stderr
    );
    // The customer hangs up: the call ended, exit 1.
    sb.flexctl(&["-q", "sandbox", "hangup-customer"]).ok();
    let run = sb.flexctl(&["wait", "--phase", "merged", "--within", "2s"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn wait_refuses_a_bad_duration_at_parse_time() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["wait", "--within", "soon"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
