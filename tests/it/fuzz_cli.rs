//! Bad command-line input never panics: random SIDs, Unicode, control characters, 100 KB and
//! empty strings, absurd durations; always a documented exit code and a short message.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::common::{Run, TestSandbox};

/// The exit codes the README documents (130, interrupted, cannot happen here).
const DOCUMENTED: &[i32] = &[0, 1, 2, 3, 4, 5];
/// "A few KB": an error is a few lines, never an echo of a 100 KB argument.
const MAX_STDERR: usize = 4 * 1024;
const MAX_STDOUT: usize = 16 * 1024;
/// Not a timing assertion: a guard so that a hung process fails the test instead of the suite.
const HANG_GUARD: Duration = Duration::from_secs(120);

/// Runs flexctl against `sb` with stdout and stderr in files (a large echo cannot fill a pipe
/// and block the child), killing it if it hangs.
fn run_args(sb: &TestSandbox, args: &[OsString]) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("out");
    let err_path = dir.path().join("err");
    let mut child = sb
        .flexctl_cmd()
        .args(args)
        .stdout(Stdio::from(std::fs::File::create(&out_path).unwrap()))
        .stderr(Stdio::from(std::fs::File::create(&err_path).unwrap()))
        .spawn()
        .expect("flexctl starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("flexctl hung: {}", shown(args));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let read = |p: &std::path::Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

/// The arguments, each cut to 40 characters, for failure messages.
fn shown(args: &[OsString]) -> String {
    args.iter()
        .map(|a| {
            let s = a.to_string_lossy();
            let cut: String = s.chars().take(40).collect();
            format!("{cut:?}{}", if s.chars().count() > 40 { "…" } else { "" })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What every run must satisfy, whatever the input.
fn check(run: &Run, args: &[OsString]) -> Result<(), String> {
    let what = shown(args);
    let err_head: String = run.stderr.chars().take(600).collect();
    if !DOCUMENTED.contains(&run.code) {
        return Err(format!(
            "exit code {} for {what}\nstderr: {err_head}",
            run.code
        ));
    }
    if run.code != 0 && run.stderr.trim().is_empty() {
        return Err(format!(
            "exit code {} with nothing on stderr for {what}",
            run.code
        ));
    }
    for bad in ["panicked", "RUST_BACKTRACE"] {
        if run.stderr.contains(bad) || run.stdout.contains(bad) {
            return Err(format!(
                "{bad:?} in the output of {what}\nstderr: {err_head}"
            ));
        }
    }
    if run.stderr.len() > MAX_STDERR {
        return Err(format!(
            "stderr is {} bytes for {what}: {err_head}",
            run.stderr.len()
        ));
    }
    if run.stdout.len() > MAX_STDOUT {
        let head: String = run.stdout.chars().take(300).collect();
        return Err(format!(
            "stdout is {} bytes for {what}: {head}",
            run.stdout.len()
        ));
    }
    Ok(())
}

/// Arguments that are hard to handle: random SIDs, Unicode, control characters (NUL cannot be
/// in an argument), bidi overrides, huge and empty strings, things that look like flags, and
/// some real agent names so that verbs also get past resolution now and then. No real queue
/// name: `consult queue` waits (in real time) for a reservation that the test sandbox's frozen
/// clock never lets come.
fn nasty() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        "(WT|CF|CA|WK|WQ|WS|AC|SK|wt|XX)[0-9a-fA-Fg]{0,40}",
        "\\PC{1,24}",
        "[\\x01-\\x1f\\x7f\u{202e}\u{200b}\u{feff}a-z]{1,16}",
        prop::sample::select(vec!["x", "é", "日", "🦀", "\u{1b}[2J"]).prop_map(|s| {
            let n = 100_000 / s.len();
            s.repeat(n)
        }),
        prop::sample::select(vec![
            "bob",
            "carol",
            "alice",
            "dave",
            "customer",
            "me",
            "--",
            "-",
            "-5s",
            "--yes",
            "bob\n--yes",
            "%00",
            "../../etc/passwd",
            "consult-WK",
            "'; DROP TABLE tasks;--",
        ])
        .prop_map(String::from),
    ]
    .boxed()
}

/// Durations: negative, huge, fractional, unit-less, garbage.
fn duration() -> BoxedStrategy<String> {
    prop_oneof![
        any::<i64>().prop_map(|n| format!("{n}s")),
        (
            any::<i64>(),
            prop::sample::select(vec!["", "ms", "s", "m", "h", "d", "w", "y", "S", "µs"])
        )
            .prop_map(|(n, u)| format!("{n}{u}")),
        "[0-9]{16,40}(ms|s|d)?",
        "-?[0-9]{1,4}(\\.[0-9])?(ms|s|m|h|d)",
        prop::sample::select(vec![
            "0", "0s", "1e9s", "NaN", "inf", "1h-1m", "5s5s", " 30s "
        ])
        .prop_map(String::from),
        nasty(),
    ]
    .boxed()
}

/// The verbs under test, each given a target and a duration.
const VERBS: &[&str] = &[
    "calls show",
    "consult agent",
    "consult queue",
    "hold",
    "remove",
    "agents list --queue",
    "doctor --target",
    "queue reset",
    "sandbox clock advance",
    "--timeout calls list",
];

/// The argument list of `verb` with `target` and `duration`; `dry_run` where the verb changes
/// something. Values go in `--flag=value` form so that a value starting with `-` stays a value.
fn argv(verb: &str, target: &str, duration: &str, dry_run: bool) -> Vec<OsString> {
    let mut a: Vec<String> = match verb {
        "calls show" => vec!["calls".into(), "show".into(), target.into()],
        "consult agent" | "consult queue" => {
            let kind = verb.split(' ').nth(1).unwrap();
            vec![
                "consult".into(),
                kind.into(),
                target.into(),
                format!("--ring-timeout={duration}"),
            ]
        }
        "hold" => vec!["hold".into(), target.into()],
        "remove" => vec!["remove".into(), target.into()],
        "agents list --queue" => vec!["agents".into(), "list".into(), format!("--queue={target}")],
        "doctor --target" => vec!["doctor".into(), format!("--target={target}")],
        "queue reset" => vec!["queue".into(), "reset".into(), target.into()],
        "sandbox clock advance" => vec![
            "sandbox".into(),
            "clock".into(),
            "advance".into(),
            duration.into(),
        ],
        "--timeout calls list" => {
            vec![
                format!("--timeout={duration}"),
                "calls".into(),
                "list".into(),
            ]
        }
        other => panic!("unknown verb {other}"),
    };
    let mutating = matches!(
        verb,
        "consult agent" | "consult queue" | "hold" | "remove" | "queue reset"
    );
    if dry_run && mutating {
        a.insert(0, "--dry-run".into());
    }
    a.into_iter()
        .map(|s| OsString::from(s.replace('\0', "")))
        .collect()
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 24,
        ..Config::default()
    })
}

#[test]
fn random_arguments_to_every_verb() {
    let sb = TestSandbox::new();
    let strategy = (
        prop::sample::select(VERBS),
        nasty(),
        duration(),
        any::<bool>(),
        prop::sample::select(vec![None, Some("json"), Some("tsv")]),
    );
    runner(48)
        .run(&strategy, |(verb, target, duration, dry_run, output)| {
            let mut args = argv(verb, &target, &duration, dry_run);
            if let Some(o) = output {
                args.insert(0, format!("--output={o}").into());
            }
            let run = run_args(&sb, &args);
            check(&run, &args).map_err(TestCaseError::fail)
        })
        .unwrap();
}

#[test]
fn random_durations_are_refused_cleanly_or_accepted() {
    let sb = TestSandbox::new();
    let strategy = (
        prop::sample::select(vec![
            "consult agent",
            "sandbox clock advance",
            "--timeout calls list",
        ]),
        duration(),
    );
    runner(32)
        .run(&strategy, |(verb, duration)| {
            // `--dry-run` keeps the consult from ringing bob: only the duration is in question.
            let args = argv(verb, "bob", &duration, true);
            let run = run_args(&sb, &args);
            check(&run, &args).map_err(TestCaseError::fail)?;
            // A tiny `--timeout` (`1ms`, and `0` too) legitimately times out: exit 3.
            let timed_out = verb.starts_with("--timeout") && run.code == 3;
            if run.code != 0 && !timed_out {
                prop_assert!(
                    matches!(run.code, 1 | 2),
                    "a bad duration is a usage error or a refusal, got {} for {:?}: {}",
                    run.code,
                    duration,
                    run.stderr
                );
            }
            Ok(())
        })
        .unwrap();
}

/// Every verb with each kind of hard input, deterministically, so that none is left to chance.
#[test]
fn each_verb_with_each_kind_of_bad_input() {
    let sb = TestSandbox::new();
    let big = "é".repeat(50_000);
    let controls = "a\u{1b}[31mred\u{7}\r\n\tb\u{202e}";
    let inputs = [
        "",
        big.as_str(),
        controls,
        "Zoë 日本 🦀",
        "WT0123456789abcdef0123456789abcdeg",
    ];
    let mut failures = Vec::new();
    for verb in VERBS {
        for input in inputs {
            for dry_run in [false, true] {
                if dry_run && matches!(*verb, "calls show" | "agents list --queue") {
                    continue;
                }
                let args = argv(verb, input, input, dry_run);
                let run = run_args(&sb, &args);
                if let Err(e) = check(&run, &args) {
                    failures.push(e);
                }
                if run.code != 0 {
                    // The message names no raw control character (it would reach the terminal).
                    let raw = run
                        .stderr
                        .chars()
                        .any(|c| c.is_control() && c != '\n' || matches!(c, '\u{202e}' | '\u{1b}'));
                    if raw && input == controls {
                        failures.push(format!(
                            "raw control characters on stderr for {}: {:?}",
                            shown(&args),
                            run.stderr
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// An argument that is not UTF-8 reaches `report_parse_error`, which must not panic on it.
#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    let sb = TestSandbox::new();
    let bad = OsString::from_vec(vec![b'b', 0xff, 0xfe, b'o']);
    for args in [
        vec!["calls".into(), "show".into(), bad.clone()],
        vec!["consult".into(), "agent".into(), bad.clone()],
        vec!["hold".into(), bad.clone()],
        vec!["doctor".into(), "--target".into(), bad.clone()],
        vec![
            "sandbox".into(),
            "clock".into(),
            "advance".into(),
            bad.clone(),
        ],
    ] {
        let run = run_args(&sb, &args);
        check(&run, &args).unwrap();
        assert_eq!(run.code, 2, "{}: {}", shown(&args), run.stderr);
    }
}

#[test]
fn json_errors_stay_json_for_bad_input() {
    let sb = TestSandbox::new();
    let big = "x".repeat(100_000);
    for args in [
        vec!["-o", "json", "calls", "show", big.as_str()],
        vec![
            "-o",
            "json",
            "consult",
            "agent",
            "bob",
            "--ring-timeout=-1s",
        ],
        vec!["-o", "json", "hold", "\u{1b}[2J"],
        vec![
            "-o",
            "json",
            "sandbox",
            "clock",
            "advance",
            "99999999999999999999d",
        ],
    ] {
        let args: Vec<OsString> = args.into_iter().map(OsString::from).collect();
        let run = run_args(&sb, &args);
        check(&run, &args).unwrap();
        assert_ne!(run.code, 0, "{}", shown(&args));
        let v: serde_json::Value = serde_json::from_str(&run.stderr)
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", run.stderr));
        assert_eq!(v["error"]["exit_code"], run.code, "{v}");
        assert!(v["error"]["message"].is_string(), "{v}");
    }
}

/// The target-exists finding shows a bounded excerpt of the target, never all of it:
/// `doctor --target <100 KB>` must not echo 100 KB on stdout.
#[test]
fn doctor_does_not_echo_a_huge_target() {
    let sb = TestSandbox::new();
    let args: Vec<OsString> = vec![
        "doctor".into(),
        format!("--target={}", "x".repeat(100_000)).into(),
    ];
    let run = run_args(&sb, &args);
    check(&run, &args).unwrap();
}
