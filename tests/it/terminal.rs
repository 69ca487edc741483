//! flexctl as a person sees it: on a pseudo-terminal of 80, 120 and 200 columns with colour on
//! (tests/python/pty_run.py drives it), not through pipes.

use std::path::Path;

use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, assert_restored, invariants};

/// What a terminal received from one run.
pub(crate) struct Screen {
    pub exit: i64,
    pub output: String,
}

/// Runs flexctl on a `cols`×`rows` terminal; `steps` are (`expect`, `send`) pairs (`send`
/// `--resize=COLSxROWS` resizes the terminal).
pub(crate) fn on_terminal(
    sb: &TestSandbox,
    cols: u16,
    steps: &[(&str, &str)],
    args: &[&str],
) -> Screen {
    let bin = sb.flexctl_cmd().get_program().to_owned();
    on_terminal_run(sb, cols, steps, &bin, args)
}

/// Runs `program` with `args` on the terminal, in flexctl's test environment.
pub(crate) fn on_terminal_run(
    sb: &TestSandbox,
    cols: u16,
    steps: &[(&str, &str)],
    program: &std::ffi::OsStr,
    args: &[&str],
) -> Screen {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/pty_run.py");
    // The environment of a test run (credentials, scrubbed HOME), with colour left to the
    // terminal.
    let cmd = sb.flexctl_cmd();
    let mut py = std::process::Command::new("python3");
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => py.env(k, v),
            None => py.env_remove(k),
        };
    }
    // The width is the terminal's own, not a COLUMNS inherited from the test's shell.
    // A person at a terminal: not a CI job (`CI` set turns prompts off, as it should for
    // the job itself).
    py.env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("CI")
        .env("TERM", "xterm-256color");
    py.arg(script).arg(cols.to_string()).arg("40");
    for (expect, send) in steps {
        // `signal:INT` sends the signal to the process instead of keys to the terminal; a step
        // `--resize=COLSxROWS` resizes the terminal instead of typing.
        if let Some(sig) = send.strip_prefix("signal:") {
            py.args(["--expect", expect, "--signal", sig]);
            continue;
        }
        match send.strip_prefix("--resize=") {
            Some(size) => py.args(["--expect", expect, "--resize", size]),
            None => py.args(["--expect", expect, "--send", send]),
        };
    }
    py.arg("--").arg(program).args(args);
    let out = py.output().expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("pty_run prints JSON");
    assert_eq!(v["timed_out"], false, "a step never saw its text: {v}");
    Screen {
        exit: v["exit"].as_i64().unwrap_or(-1),
        output: v["output"].as_str().unwrap_or("").replace("\r\n", "\n"),
    }
}

/// The text without ANSI escape sequences (CSI … final byte).
pub(crate) fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Where each column starts, in characters (an elided SID's `…` is one): at 0 and after
/// every run of two or more spaces.
pub(crate) fn column_starts(line: &str) -> Vec<usize> {
    let b: Vec<char> = line.chars().collect();
    let mut starts = vec![0];
    let mut i = 0;
    while i < b.len() {
        if b[i] == ' ' && b.get(i + 1) == Some(&' ') {
            while i < b.len() && b[i] == ' ' {
                i += 1;
            }
            if i < b.len() {
                starts.push(i);
            }
        } else {
            i += 1;
        }
    }
    starts
}

#[test]
fn tables_line_up_with_colour_on_at_every_width() {
    let sb = TestSandbox::new();
    for cols in [80, 120, 200] {
        let screen = on_terminal(&sb, cols, &[], &["calls", "show"]);
        assert_eq!(screen.exit, 0, "{}", screen.output);
        assert!(screen.output.contains("\u{1b}["), "no colour on a terminal");
        let plain = strip(&screen.output);
        let lines: Vec<&str> = plain.lines().collect();
        let header = lines
            .iter()
            .position(|l| l.starts_with("ROLE"))
            .unwrap_or_else(|| panic!("no participants table: {plain}"));
        let want = column_starts(lines[header]);
        for row in &lines[header + 1..header + 3] {
            assert_eq!(column_starts(row), want, "at {cols} columns:\n{plain}");
        }
    }
}

/// Every line of `plain` within `cols` columns, or the lines that are not.
#[track_caller]
pub(crate) fn assert_within(plain: &str, cols: usize, what: &str) {
    let over: Vec<&str> = plain.lines().filter(|l| l.chars().count() > cols).collect();
    assert!(
        over.is_empty(),
        "{what} at {cols} columns, lines too wide: {over:#?}\n{plain}"
    );
}

/// The views fit 80, 120 and 200 columns during a consult (the longest call picture: a
/// `consult-WK…` label, three legs, a transfer record), and what matters stays on screen.
#[test]
fn every_view_fits_the_terminal_width() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let views: &[(&[&str], &[&str])] = &[
        (
            &["calls", "show"],
            &["+15550100001", "alice", "bob", "consult-ringing", "next:"],
        ),
        (&["status"], &["ringing", "on hold", "phase"]),
        (
            &["calls", "list"],
            &["alice", "+15550100001", "consult-ringing"],
        ),
        (
            &["agents", "list"],
            &["alice", "bob", "carol", "dave", "erin", "Offline"],
        ),
        (&["queues", "list"], &["Support", "Escalations", "STALE"]),
        (&["doctor"], &["credentials", "orphan-consult"]),
        (
            &["--dry-run", "queue", "reset", "--stale"],
            &["Escalations", "Retention", "would-reset"],
        ),
    ];
    for cols in [80usize, 120, 200] {
        for (args, wanted) in views {
            let screen = on_terminal(&sb, cols as u16, &[], args);
            let plain = strip(&screen.output);
            assert!(matches!(screen.exit, 0 | 1), "{args:?}: {plain}");
            assert_within(&plain, cols, &args.join(" "));
            for w in *wanted {
                assert!(plain.contains(w), "{args:?} at {cols}: no {w}:\n{plain}");
            }
        }
    }
    // At 80 columns SIDs are elided (prefix, ellipsis, last five); at 200 they fit whole.
    let task = flexctl::sandbox::seed::live_task_sid();
    let short = format!("WT…{}", &task[task.len() - 5..]);
    let narrow = strip(&on_terminal(&sb, 80, &[], &["calls", "show"]).output);
    assert!(
        narrow.contains(&short) && !narrow.contains(&task),
        "{narrow}"
    );
    let wide = strip(&on_terminal(&sb, 200, &[], &["calls", "list"]).output);
    assert!(wide.contains(&task), "{wide}");
}

/// `--wide` shows everything in full on a narrow terminal: whole SIDs and labels, every column.
#[test]
fn wide_shows_everything_in_full() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let screen = on_terminal(&sb, 80, &[], &["--wide", "calls", "show"]);
    assert_eq!(screen.exit, 0, "{}", screen.output);
    let plain = strip(&screen.output);
    let task = flexctl::sandbox::seed::live_task_sid();
    let bob = flexctl::sandbox::seed::worker_sid("bob");
    assert!(plain.contains(&task), "{plain}");
    assert!(plain.contains(&format!("consult-{bob}")), "{plain}");
    assert!(
        plain.contains("LABEL") && plain.contains("MUTED"),
        "{plain}"
    );
    assert!(plain.lines().any(|l| l.chars().count() > 80), "{plain}");
}

/// The spinner names whom it waits for and counts the time against the timeout.
#[test]
fn the_spinner_says_whom_it_waits_for_and_how_long() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let screen = on_terminal(
        &sb,
        120,
        &[("of 30s (Ctrl-C cancels cleanly)", "\x03")],
        &["consult", "agent", "bob", "--wait"],
    );
    assert_eq!(screen.exit, 130, "{}", screen.output);
    let plain = strip(&screen.output);
    assert!(plain.contains("ringing bob… "), "{plain}");
}

#[test]
fn ctrl_c_on_the_terminal_during_a_wait_restores_the_call() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let screen = on_terminal(
        &sb,
        120,
        // A second into the wait: bob's task is made and he rings, so there is a call to
        // put back (the spinner shows from the start of the plan).
        &[("1s of 30s (Ctrl-C cancels cleanly)", "\x03")],
        &["consult", "agent", "bob", "--wait"],
    );
    assert_eq!(screen.exit, 130, "{}", screen.output);
    let plain = strip(&screen.output);
    assert!(plain.contains("restored:"), "{plain}");
    let s = invariants(&sb, "after Ctrl-C on the terminal");
    assert_restored(&s, "canceled");
}

/// The pickers offer only what can be chosen, mark what would be refused, and Escape or
/// Ctrl-C leave them with exit 130.
#[test]
fn pickers_offer_who_can_take_it_and_mark_stale_queues() {
    let sb = TestSandbox::new();
    let screen = on_terminal(
        &sb,
        100,
        // The last item drawn, so the whole list is on the screen before the key.
        &[("carol", "\x1b")],
        &["consult", "agent", "--dry-run"],
    );
    assert_eq!(screen.exit, 130, "{}", screen.output);
    let plain = strip(&screen.output);
    assert!(plain.contains("bob") && plain.contains("carol"), "{plain}");
    // dave is offline and erin on a break: not offered.
    assert!(
        !plain.contains("dave") && !plain.contains("erin"),
        "{plain}"
    );
    let screen = on_terminal(
        &sb,
        100,
        &[("Retention", "\x03")],
        &["consult", "queue", "--dry-run"],
    );
    assert_eq!(screen.exit, 130, "{}", screen.output);
    let plain = strip(&screen.output);
    let escalations = plain
        .lines()
        .find(|l| l.contains("Escalations"))
        .unwrap_or_else(|| panic!("{plain}"));
    assert!(escalations.contains("stale"), "{plain}");
    let support = plain.lines().find(|l| l.contains("Support")).unwrap();
    assert!(!support.contains("stale"), "{plain}");
    // A SIGINT while the picker reads (as when Ctrl-C reaches the terminal before the picker
    // has taken it) ends the run with 130 instead of leaving the picker waiting for a key.
    let screen = on_terminal(
        &sb,
        100,
        &[("Retention", "signal:INT")],
        &["consult", "queue", "--dry-run"],
    );
    // (The read may also return first, interrupted: the same exit either way.)
    assert_eq!(screen.exit, 130, "{}", screen.output);
}
