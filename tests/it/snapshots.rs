//! What people see, kept as reviewed text: each human view rendered on a terminal of 80, 120
//! and 200 columns with colour on, the escapes stripped, compared with the committed
//! snapshot in tests/it/snapshots/ (a change to a view is a diff to review; rewrite them with
//! `INSTA_UPDATE=always cargo test --test it snapshots`). The sandbox clock is frozen, so
//! ages and times are the same on every run; what differs between sandboxes (the account) is
//! masked.

use crate::common::TestSandbox;
use crate::terminal::{on_terminal, strip};
use crate::transfer_harness::{agent_behaves, state};

const WIDTHS: [u16; 3] = [80, 120, 200];

/// The text as a person reads it, with what differs between two runs masked, each to the
/// same width so that the layout stays as it was: the account SID (each sandbox makes its
/// own), the SID of a leg the consult rang, a transfer's id (its time and a random suffix)
/// and the measured clock skew.
fn seen(sb: &TestSandbox, cols: u16, steps: &[(&str, &str)], args: &[&str]) -> String {
    let screen = on_terminal(sb, cols, steps, args);
    assert!(matches!(screen.exit, 0 | 1), "{args:?}: {}", screen.output);
    assert!(screen.output.contains("\u{1b}["), "{args:?}: no colour");
    let mut plain = strip(&screen.output);
    let mut masks = vec![(sb.account(), format!("AC{}", "x".repeat(32)))];
    for leg in state(sb).consult_legs() {
        let sid = leg["call_sid"].as_str().unwrap_or_default().to_string();
        masks.push((sid, format!("CA{}consult", "0".repeat(25))));
    }
    for (real, mask) in masks {
        plain = plain
            .replace(&real, &mask)
            .replace(&elided(&real), &elided(&mask));
    }
    plain
        .lines()
        .map(|l| {
            let l = mask_transfer_id(l);
            if l.contains("clock-skew") {
                mask_digits(&l)
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A SID as a narrow table shows it: `CA…fcc56`.
fn elided(sid: &str) -> String {
    format!("{}…{}", &sid[..2], &sid[sid.len() - 5..])
}

/// Every run of digits as one `#` (the skew is 0s or 12s, depending on the machine).
fn mask_digits(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

/// `tr-1796185342000-7958` (the time it started, a random suffix) as `tr-xxxxxxxxxxxxx-xxxx`.
fn mask_transfer_id(line: &str) -> String {
    let mut out = line.to_string();
    let mut from = 0;
    while let Some(i) = out[from..].find("tr-").map(|i| i + from) {
        let tail: String = out[i + 3..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || *c == '-')
            .collect();
        let masked: String = tail
            .chars()
            .map(|c| if c == '-' { '-' } else { 'x' })
            .collect();
        out.replace_range(i + 3..i + 3 + tail.len(), &masked);
        from = i + 3 + tail.len();
    }
    out
}

/// Snapshots `args` at every width as `{name}_{cols}`.
fn snap(sb: &TestSandbox, name: &str, steps: &[(&str, &str)], args: &[&str]) {
    for cols in WIDTHS {
        let text = seen(sb, cols, steps, args);
        for line in text.lines() {
            // The one view printed in full whatever the width: a dry run's plan (its
            // requests are what a reviewer checks, so none is cut).
            let plan_row = line.starts_with(char::is_numeric) || line.starts_with("STEP");
            if !args.contains(&"--dry-run") || !plan_row {
                assert!(
                    line.chars().count() <= cols as usize,
                    "{name} at {cols}: {line}"
                );
            }
        }
        insta::assert_snapshot!(format!("{name}_{cols}"), text, &args.join(" "));
    }
}

/// The demo centre as seeded: one live call, alice with the customer.
#[test]
fn the_views_of_a_quiet_centre() {
    let sb = TestSandbox::new();
    // First: the skew doctor measures against the frozen clock grows as the test runs.
    snap(&sb, "doctor", &[], &["doctor"]);
    snap(&sb, "calls_list", &[], &["calls", "list"]);
    snap(&sb, "calls_show", &[], &["calls", "show"]);
    snap(&sb, "agents_list", &[], &["agents", "list"]);
    snap(&sb, "queues_list", &[], &["queues", "list"]);
    snap(
        &sb,
        "dry_run_consult",
        &[],
        &["--dry-run", "consult", "agent", "bob"],
    );
    snap(
        &sb,
        "dry_run_queue_reset",
        &[],
        &["--dry-run", "queue", "reset", "--stale"],
    );
    snap(&sb, "watch_call", &[("q quits", "q")], &["watch"]);
    snap(&sb, "watch_all", &[("q quits", "q")], &["watch", "--all"]);
}

/// During a consult: bob rings while the customer holds (the longest picture: three legs, a
/// `consult-WK…` label, a transfer record).
#[test]
fn the_views_during_a_consult() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    snap(&sb, "consult_doctor", &[], &["doctor"]);
    snap(&sb, "consult_calls_list", &[], &["calls", "list"]);
    snap(&sb, "consult_calls_show", &[], &["calls", "show"]);
    snap(&sb, "consult_agents_list", &[], &["agents", "list"]);
    snap(&sb, "consult_watch_call", &[("q quits", "q")], &["watch"]);
    snap(
        &sb,
        "consult_watch_all",
        &[("q quits", "q")],
        &["watch", "--all"],
    );
}
