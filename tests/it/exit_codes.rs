//! One rule for exit codes, checked over every refusal and usage error the CLI has: refused by
//! a precondition 1; usage, or a confirmation with no terminal to ask on, 2; lost the race 5
//! (tests/it/races.rs); interrupted 128 + the signal (tests/it/safety.rs).

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, error_of};

/// The call's state a case starts from: the commands that set it up on a fresh sandbox.
#[derive(Clone, Copy, Debug)]
enum Setup {
    /// The seeded call: the customer and alice.
    Live,
    /// bob is ringing, the customer on hold.
    Ringing,
    /// alice is on hold.
    AliceHeld,
    /// No base URL and no credentials: the embedded sandbox.
    NoBackend,
}

fn prepare(setup: Setup) -> TestSandbox {
    let sb = TestSandbox::new();
    match setup {
        Setup::Live | Setup::NoBackend => {}
        Setup::Ringing => {
            agent_behaves(&sb, "bob", "never", "0ms");
            sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
        }
        Setup::AliceHeld => {
            sb.flexctl(&["-q", "hold", "me"]).ok();
        }
    }
    sb
}

#[test]
fn every_refusal_and_usage_error_has_its_code() {
    use Setup::*;
    let task = flexctl::sandbox::seed::live_task_sid();
    let unknown_task = format!("WT{}", "0".repeat(32));
    // (state, args, exit code, error id)
    let cases: Vec<(Setup, Vec<&str>, i32, Option<&str>)> = vec![
        // Usage: bad or missing input, caught before anything is read.
        (Live, vec!["--nope"], 2, None),
        (Live, vec!["consult"], 2, None),
        (
            Live,
            vec!["consult", "agent", "bob", "--ring-timeout", "1s"],
            2,
            None,
        ),
        (
            Live,
            vec!["consult", "agent", "bob", "--ring-timeout", "soon"],
            2,
            None,
        ),
        (Live, vec!["--timeout", "0", "calls", "list"], 2, None),
        (Live, vec!["calls", "show", "--task", "WT123"], 2, None),
        (Live, vec!["-p", "nope", "calls", "list"], 2, None),
        (Live, vec!["remove"], 2, None),
        (Live, vec!["consult", "agent", ""], 2, Some("target-exists")),
        (
            Live,
            vec!["consult", "queue", " "],
            2,
            Some("target-exists"),
        ),
        (Live, vec!["hold", ""], 2, None),
        (NoBackend, vec!["sandbox", "faults", "show"], 2, None),
        (NoBackend, vec!["profile", "use", "nope"], 2, None),
        (NoBackend, vec!["profile", "show", "nope"], 2, None),
        (Live, vec!["--concurrency", "0", "calls", "list"], 2, None),
        // A confirmation with no terminal to ask on.
        (
            Live,
            vec!["remove", "alice"],
            2,
            Some("other-agent-connected"),
        ),
        (Live, vec!["remove", "customer"], 2, Some("customer-stays")),
        (
            Live,
            vec!["remove", "--customer"],
            2,
            Some("customer-stays"),
        ),
        // Refused by a precondition.
        (
            Live,
            vec!["calls", "show", "--task", &unknown_task],
            1,
            None,
        ),
        (Live, vec!["calls", "show", "--agent", "bob"], 1, None),
        (Live, vec!["cancel"], 1, Some("transfer-active")),
        (Live, vec!["swap"], 1, Some("consult-connected")),
        (Live, vec!["merge"], 1, Some("consult-connected")),
        (Live, vec!["leave"], 1, Some("other-agent-connected")),
        (
            Live,
            vec!["consult", "agent", "alice"],
            1,
            Some("target-not-self"),
        ),
        (
            Live,
            vec!["consult", "agent", "nobody"],
            1,
            Some("target-exists"),
        ),
        (
            Live,
            vec!["consult", "agent", "dave"],
            1,
            Some("target-available"),
        ),
        (
            Live,
            vec!["consult", "queue", "Escalations"],
            1,
            Some("queue-not-stale"),
        ),
        (
            Live,
            vec!["consult", "queue", "Nowhere"],
            1,
            Some("target-exists"),
        ),
        (Live, vec!["hold", "bob"], 1, None),
        (
            Live,
            vec!["consult", "--agent", "bob", "agent", "carol"],
            1,
            None,
        ),
        (
            Live,
            vec!["doctor", "--task", &task, "--target", "nobody"],
            1,
            None,
        ),
        (
            Ringing,
            vec!["consult", "agent", "carol"],
            1,
            Some("no-other-transfer"),
        ),
        (
            Ringing,
            vec!["transfer", "queue", "Billing"],
            1,
            Some("no-other-transfer"),
        ),
        (Ringing, vec!["swap"], 1, Some("consult-connected")),
        (
            AliceHeld,
            vec!["consult", "agent", "bob"],
            1,
            Some("agent-not-on-hold"),
        ),
        (
            AliceHeld,
            vec!["hold", "customer"],
            1,
            Some("customer-not-stranded"),
        ),
    ];
    for (setup, args, code, id) in cases {
        let sb = prepare(setup);
        let mut full = vec!["-o", "json"];
        full.extend_from_slice(&args);
        let run = if matches!(setup, NoBackend) {
            let mut cmd = crate::common::flexctl_command(sb.dir.path());
            cmd.args(&full);
            crate::common::run(&mut cmd)
        } else {
            sb.flexctl(&full)
        };
        assert_eq!(run.code, code, "{setup:?} {args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        let err = error_of(&run);
        assert_eq!(err["exit_code"], code, "{args:?}: {err}");
        if let Some(id) = id {
            assert_eq!(err["id"], id, "{setup:?} {args:?}: {err}");
        }
    }
}
