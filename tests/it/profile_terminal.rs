//! `profile add` and `profile import-twilio-cli` on a pseudo-terminal, as a person types
//! (tests/python/pty_run.py drives them): a bad field is asked again, and switching to
//! twilio-cli's active project waits for a yes.

use std::path::Path;

use serde_json::Value;

use crate::common::{flexctl_command, TestSandbox};

/// Runs flexctl on a terminal with its config under `home`; returns the exit code and what
/// the terminal received.
fn on_terminal(home: &Path, steps: &[(&str, &str)], args: &[&str]) -> (i64, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/pty_run.py");
    let cmd = flexctl_command(home);
    let mut py = std::process::Command::new("python3");
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => py.env(k, v),
            None => py.env_remove(k),
        };
    }
    py.env_remove("CI")
        .env_remove("COLUMNS")
        .env("TERM", "xterm-256color")
        .env("FLEXCTL_SANDBOX_DB", home.join("embedded.db"));
    py.arg(script).args(["100", "40"]);
    for (expect, send) in steps {
        py.args(["--expect", expect, "--send", send]);
    }
    py.arg("--").arg(cmd.get_program()).args(args);
    let out = py.output().expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("pty_run prints JSON");
    assert_eq!(v["timed_out"], false, "a step never saw its text: {v}");
    (
        v["exit"].as_i64().unwrap_or(-1),
        v["output"].as_str().unwrap_or("").replace("\r\n", "\n"),
    )
}

#[test]
fn profile_add_on_a_terminal_asks_a_bad_field_again() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let account = format!("{}\r", sb.account());
    let token = format!("{}\r", sb.token());
    let (exit, out) = on_terminal(
        h,
        &[
            ("Account SID", "ACbad\r"),
            ("try again", &account),
            ("API key SID", "\r"),
            ("Auth token", &token),
        ],
        &["profile", "add", "typed", "--profile-base-url", sb.base()],
    );
    assert_eq!(exit, 0, "{out}");
    assert!(out.contains("--account-sid: not an account SID"), "{out}");
    assert!(out.contains("credentials work"), "{out}");
    assert!(out.contains("added profile typed"), "{out}");
    assert!(
        !out.contains(&sb.token()),
        "the secret is not echoed: {out}"
    );
}

#[test]
fn import_on_a_terminal_asks_before_switching_the_active_profile() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let source = h.join("twilio-cli.json");
    let (ac, sk) = (
        "AC0123456789abcdef0123456789abcdef",
        "SK0123456789abcdef0123456789abcdef",
    );
    std::fs::write(
        &source,
        format!(
            r#"{{"profiles": {{"prod": {{"accountSid": "{ac}", "apiKey": "{sk}", "apiSecret": "x"}}}},
               "activeProfile": "prod"}}"#
        ),
    )
    .unwrap();
    let src = source.to_str().unwrap();
    let args = ["profile", "import-twilio-cli", "--file", src];
    let (exit, out) = on_terminal(h, &[("may be production", "n")], &args);
    assert_eq!(exit, 0, "{out}");
    assert!(out.contains("was not made active"), "{out}");
    assert!(out.contains("active profile: sandbox"), "{out}");
    let (exit, out) = on_terminal(h, &[("may be production", "y")], &args);
    assert_eq!(exit, 0, "{out}");
    assert!(out.contains("active profile: prod"), "{out}");
}

#[test]
fn a_failed_credentials_test_on_a_terminal_saves_only_when_confirmed() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let wrong = "0123456789abcdef0123456789abcdef";
    let account = sb.account();
    let args = |name: &'static str| {
        vec![
            "profile".to_owned(),
            "add".into(),
            name.into(),
            "--account-sid".into(),
            account.clone(),
            "--auth-token".into(),
            wrong.into(),
            "--profile-base-url".into(),
            sb.base().into(),
        ]
    };
    let declined = args("kept");
    let declined: Vec<&str> = declined.iter().map(String::as_str).collect();
    let (exit, out) = on_terminal(h, &[("anyway?", "n")], &declined);
    assert_eq!(exit, 4, "the test's failure is the exit code: {out}");
    assert!(out.contains("the credentials test failed"), "{out}");
    assert!(out.contains("profile kept was not saved"), "{out}");
    assert!(!h.join("config/flexctl/config.toml").exists());
    let (exit, out) = on_terminal(h, &[("anyway?", "y")], &declined);
    assert_eq!(exit, 0, "{out}");
    assert!(out.contains("added profile kept"), "{out}");
    assert!(!out.contains(wrong), "{out}");
}
