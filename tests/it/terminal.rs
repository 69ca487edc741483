//! flexctl as a person sees it: on a pseudo-terminal of 80, 120 and 200 columns with colour on
//! (tests/python/pty_run.py drives it), not through pipes.

use std::path::Path;

use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{agent_behaves, assert_restored, invariants};

/// What a terminal received from one run.
struct Screen {
    exit: i64,
    output: String,
}

/// Runs flexctl on a `cols`×`rows` terminal; `steps` are (`expect`, `send`) pairs.
fn on_terminal(sb: &TestSandbox, cols: u16, steps: &[(&str, &str)], args: &[&str]) -> Screen {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/pty_run.py");
    // The environment of a test run (credentials, scrubbed HOME), with colour left to the
    // terminal.
    let cmd = sb.flexctl_cmd();
    let bin = cmd.get_program().to_owned();
    let mut py = std::process::Command::new("python3");
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => py.env(k, v),
            None => py.env_remove(k),
        };
    }
    py.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    py.arg(script).arg(cols.to_string()).arg("40");
    for (expect, send) in steps {
        py.args(["--expect", expect, "--send", send]);
    }
    py.arg("--").arg(bin).args(args);
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
fn strip(s: &str) -> String {
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

/// Where each column starts: at 0 and after every run of two or more spaces.
fn column_starts(line: &str) -> Vec<usize> {
    let b = line.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' && b.get(i + 1) == Some(&b' ') {
            while i < b.len() && b[i] == b' ' {
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

#[test]
fn ctrl_c_on_the_terminal_during_a_wait_restores_the_call() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    let screen = on_terminal(
        &sb,
        120,
        &[("Ctrl-C cancels cleanly", "\x03")],
        &["consult", "agent", "bob", "--wait"],
    );
    assert_eq!(screen.exit, 130, "{}", screen.output);
    let plain = strip(&screen.output);
    assert!(plain.contains("restored:"), "{plain}");
    let s = invariants(&sb, "after Ctrl-C on the terminal");
    assert_restored(&s, "canceled");
}
