//! The binary's error classes and exit codes, JSON errors, secrets in logs, closed pipes.

use base64::Engine;
use serde_json::Value;

use crate::common::{run, Run, TestSandbox};

/// The JSON error object a failed `-o json` run printed on stderr.
#[track_caller]
fn json_error(run: &Run) -> Value {
    assert!(run.stdout.is_empty(), "stdout stays empty: {}", run.stdout);
    let v: Value = serde_json::from_str(run.stderr.trim())
        .unwrap_or_else(|e| panic!("stderr is one JSON object ({e}): {}", run.stderr));
    let err = &v["error"];
    for k in ["message", "kind", "exit_code", "id", "causes", "hints"] {
        assert!(err.get(k).is_some(), "error.{k} in {v}");
    }
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{v}"
    );
    assert_eq!(err["exit_code"], run.code, "{v}");
    v
}

#[test]
fn cli_usage_errors_exit_2() {
    let sb = TestSandbox::new();
    for args in [
        vec!["calls", "list", "--bogus"],
        vec!["calls", "frobnicate"],
        vec!["-o", "yaml", "calls", "list"],
        vec!["--color", "sometimes", "calls", "list"],
        vec!["calls", "show", "--task"],
        vec!["completions", "tcsh"],
    ] {
        let run = sb.flexctl(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
        assert!(run.stderr.starts_with("error:"), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn cli_bad_timeout_is_a_usage_error_before_any_request() {
    let sb = TestSandbox::new();
    for args in [
        vec!["--timeout", "abc", "calls", "list"],
        vec!["--timeout", "10 s", "agents", "list"],
        vec!["--timeout", "5x", "queues", "list"],
        vec!["--timeout", "abc", "profile", "list"],
        vec!["--timeout", "abc", "sandbox", "info"],
    ] {
        let mark = sb.log_mark();
        let run = sb.flexctl(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains("--timeout"), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
        assert_eq!(sb.requests_since(mark), vec![], "{args:?}");
    }
    sb.flexctl(&["--timeout", "10s", "calls", "list"]).ok();
}

#[test]
fn cli_error_classes_have_their_exit_codes_and_json_form() {
    let sb = TestSandbox::new();

    // Unknown agent: refused (1).
    let out = sb.flexctl(&["calls", "show", "--agent", "zed"]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert!(out.stderr.contains("\nhint: "), "{}", out.stderr);
    let out = sb.flexctl(&["calls", "show", "--agent", "alise", "-o", "json"]);
    assert_eq!(out.code, 1);
    let v = json_error(&out);
    assert_eq!(v["error"]["kind"], "refused");
    let hints = v["error"]["hints"].as_array().unwrap();
    assert!(
        hints
            .iter()
            .any(|h| h.as_str().unwrap().contains("did you mean alice?")),
        "{v}"
    );

    // Usage (2) from the command itself.
    let out = sb.flexctl(&["calls", "show", "--task", "WT123", "-o", "json"]);
    assert_eq!(out.code, 2);
    assert_eq!(json_error(&out)["error"]["kind"], "usage");

    // Bad credentials: auth (4).
    let mut cmd = sb.flexctl_cmd();
    cmd.env("TWILIO_AUTH_TOKEN", "wrong")
        .args(["calls", "list"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 4, "{r:?}");
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("20003"), "{}", r.stderr);
    let mut cmd = sb.flexctl_cmd();
    cmd.env("TWILIO_AUTH_TOKEN", "wrong")
        .args(["agents", "list", "-o", "json"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 4, "{r:?}");
    assert_eq!(json_error(&r)["error"]["kind"], "auth");
    // The sandbox control API reports bad credentials the same way.
    let mut cmd = sb.flexctl_cmd();
    cmd.env("TWILIO_AUTH_TOKEN", "wrong")
        .args(["sandbox", "info"]);
    assert_eq!(run(&mut cmd).code, 4);

    // Unreachable: 3.
    for args in [
        vec!["calls", "list"],
        vec!["queues", "list", "-o", "json"],
        vec!["sandbox", "clock"],
    ] {
        let mut cmd = sb.flexctl_cmd();
        cmd.env("FLEXCTL_BASE_URL", "http://127.0.0.1:1")
            .args(&args);
        let r = run(&mut cmd);
        assert_eq!(r.code, 3, "{args:?}: {r:?}");
        assert!(r.stdout.is_empty());
        if args.contains(&"json") {
            assert_eq!(json_error(&r)["error"]["kind"], "unreachable");
        } else {
            assert!(r.stderr.starts_with("error: "), "{}", r.stderr);
            assert!(r.stderr.contains("hint: "), "{}", r.stderr);
        }
    }
}

#[test]
fn cli_secrets_never_appear_in_verbose_output() {
    let sb = TestSandbox::new();
    let token = sb.token();
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", sb.account(), token));
    let mut seen_requests = 0;
    for args in [
        vec!["-vv", "calls", "list"],
        vec!["-vv", "calls", "show", "alice", "-o", "json"],
        vec!["-vv", "agents", "list", "-o", "tsv"],
        vec!["-vv", "queues", "list"],
        vec!["-vv", "sandbox", "info"],
        vec!["-vv", "sandbox", "log", "-o", "json"],
        vec!["-vv", "profile", "show"],
        vec!["-vv", "calls", "show", "--agent", "zed", "-o", "json"],
    ] {
        let run = sb.flexctl(&args);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(!all.contains(&token), "{args:?} leaks the token:\n{all}");
        assert!(
            !all.contains(&basic),
            "{args:?} leaks the Basic credentials"
        );
        assert!(
            !all.to_lowercase().contains("authorization: basic"),
            "{args:?}"
        );
        seen_requests += run.stderr.matches("Twilio request").count();
    }
    assert!(seen_requests > 10, "-vv logged the requests");
    // The same with a wrong token: error paths do not echo it either.
    let mut cmd = sb.flexctl_cmd();
    cmd.env("TWILIO_AUTH_TOKEN", "wr0ngT0kenValue")
        .args(["-vv", "calls", "list"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 4);
    assert!(!format!("{}{}", r.stdout, r.stderr).contains("wr0ngT0kenValue"));

    // An API key instead of the token: its secret stays hidden the same way.
    let creds = sb.bg.state.credentials();
    let secret = creds.api_key_secret.clone();
    let mut cmd = sb.flexctl_cmd();
    cmd.env_remove("TWILIO_AUTH_TOKEN")
        .env("TWILIO_API_KEY", &creds.api_key_sid)
        .env("TWILIO_API_SECRET", &secret)
        .args(["-vv", "calls", "show", "-o", "json"]);
    let r = run(&mut cmd).ok();
    assert_eq!(r.json()["phase"], "live");
    let key_basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{secret}", creds.api_key_sid));
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(!all.contains(&secret) && !all.contains(&key_basic), "{all}");
    assert!(r.stderr.contains("Twilio request"), "{}", r.stderr);
}

#[test]
fn cli_verbose_logs_request_lines_on_stderr() {
    let sb = TestSandbox::new();
    let quiet = sb.flexctl(&["calls", "list", "-o", "json"]).ok();
    assert!(quiet.stderr.is_empty(), "no -v, no log: {}", quiet.stderr);
    let run = sb.flexctl(&["-v", "calls", "list", "-o", "json"]).ok();
    assert_eq!(run.json(), quiet.json(), "logs never reach stdout");
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("Twilio request"))
        .collect();
    assert!(lines.len() >= 4, "{}", run.stderr);
    for l in &lines {
        assert!(l.contains("method=GET"), "{l}");
        assert!(l.contains(&format!("url={}", sb.base())), "{l}");
        assert!(l.contains("status=200"), "{l}");
    }
    assert!(
        lines.iter().any(|l| l.contains("/Conferences.json")),
        "{lines:?}"
    );
    assert!(!run.stderr.contains("body="), "bodies only at -vv");
}

#[test]
fn cli_completions_print_a_script() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["completions", "bash"]).ok();
    assert!(
        run.stdout.contains("_flexctl()"),
        "{}",
        &run.stdout[..200.min(run.stdout.len())]
    );
    assert!(run.stdout.contains("complete -F _flexctl"));
    assert!(run.stdout.contains("calls") && run.stdout.contains("--output"));
    let committed =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/flexctl.bash");
    assert_eq!(
        run.stdout.trim_end(),
        std::fs::read_to_string(committed).unwrap().trim_end()
    );
    let zsh = sb.flexctl(&["completions", "zsh"]).ok();
    assert!(zsh.stdout.starts_with("#compdef flexctl"));
}

#[test]
fn cli_closed_stdout_ends_quietly() {
    let sb = TestSandbox::new();
    for args in [
        vec!["calls", "list"],
        vec!["agents", "list", "-o", "json"],
        vec!["completions", "bash"],
    ] {
        // The read end is closed before the child starts: every write fails with EPIPE.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut cmd = sb.flexctl_cmd();
        cmd.args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped());
        let out = cmd.output().expect("flexctl runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(
            stderr.is_empty(),
            "{args:?}: quiet on a closed pipe: {stderr}"
        );
    }
}

#[test]
fn cli_a_base_url_without_credentials_is_not_silently_ignored() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("embedded.db");
    let mut by_env = crate::common::flexctl_command(home.path());
    by_env
        .env("FLEXCTL_SANDBOX_DB", &db)
        .env("FLEXCTL_BASE_URL", sb.base())
        .args(["calls", "list"]);
    let mut by_flag = crate::common::flexctl_command(home.path());
    by_flag
        .env("FLEXCTL_SANDBOX_DB", &db)
        .args(["--base-url", sb.base(), "sandbox", "clock"]);
    for mut cmd in [by_env, by_flag] {
        let r = run(&mut cmd);
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stdout.is_empty());
        assert!(r.stderr.contains("no credentials"), "{}", r.stderr);
        assert!(r.stderr.contains("TWILIO_AUTH_TOKEN"), "{}", r.stderr);
    }
    assert!(!db.exists(), "the embedded sandbox was not started instead");
}
