//! `profile add` and `profile import-twilio-cli` on a pseudo-terminal, as a person types
//! (tests/python/pty_run.py drives them): a bad field is asked again, and switching to
//! twilio-cli's active project waits for a yes.

use std::path::Path;

use crate::common::{flexctl_command, TestSandbox};
use crate::terminal::pty;

/// Runs flexctl on a terminal with its config under `home`; returns the exit code and what
/// the terminal received.
fn on_terminal(home: &Path, steps: &[(&str, &str)], args: &[&str]) -> (i64, String) {
    let mut cmd = flexctl_command(home);
    cmd.env("FLEXCTL_SANDBOX_DB", home.join("embedded.db"));
    let screen = pty(&cmd, 100, steps, cmd.get_program(), args);
    (screen.exit, screen.output)
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
