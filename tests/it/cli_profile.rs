//! The binary's profiles: private config writes, readable secrets refused, no prompt off a TTY.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::{flexctl_command, run, Run, TestSandbox};

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const SECRET: &str = "s3cr3t-T0ken-do-not-print";

fn config_file(home: &Path) -> PathBuf {
    home.join("config").join("flexctl").join("config.toml")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// flexctl with no credentials in the environment, its config under `home`.
fn fx(home: &Path, args: &[&str]) -> Run {
    let mut cmd = flexctl_command(home);
    cmd.env("FLEXCTL_SANDBOX_DB", home.join("embedded.db"))
        .args(args);
    run(&mut cmd)
}

/// Runs `cmd` and fails (instead of hanging the suite) if it is still running after a minute,
/// which is what a prompt waiting for input would do.
fn run_or_kill(mut cmd: Command) -> Run {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("flexctl starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("flexctl is waiting for input without a terminal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn cli_profile_add_writes_a_private_file_and_never_prints_the_secret() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let run = fx(
        h,
        &[
            "profile",
            "add",
            "prod",
            "--account-sid",
            AC,
            "--auth-token",
            SECRET,
            "--default-agent",
            "alice",
            "--no-verify",
        ],
    )
    .ok();
    assert!(
        run.stdout.is_empty(),
        "status goes to stderr: {}",
        run.stdout
    );
    assert!(run.stderr.contains("added profile prod"), "{}", run.stderr);
    let path = config_file(h);
    assert_eq!(mode(&path), 0o600, "the config file is private");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(AC) && text.contains(SECRET), "{text}");

    fx(
        h,
        &[
            "profile",
            "add",
            "keyed",
            "--account-sid",
            AC,
            "--api-key",
            SK,
            "--api-secret",
            SECRET,
            "--no-verify",
        ],
    )
    .ok();
    assert_eq!(mode(&path), 0o600, "still private after a rewrite");

    for args in [
        vec!["profile", "list"],
        vec!["profile", "list", "-o", "json"],
        vec!["profile", "list", "-o", "tsv"],
        vec!["profile", "show", "prod"],
        vec!["profile", "show", "keyed", "-o", "json"],
        vec!["-vv", "profile", "show", "prod", "-o", "tsv"],
    ] {
        let r = fx(h, &args).ok();
        assert!(
            !r.stdout.contains(SECRET) && !r.stderr.contains(SECRET),
            "{args:?}: {r:?}"
        );
    }
    let list = fx(h, &["profile", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["sandbox", "keyed", "prod"]);
    let prod = &list[2];
    assert_eq!(prod["auth"], "auth-token");
    assert_eq!(prod["account_sid"], AC);
    assert_eq!(prod["default_agent"], "alice");
    assert_eq!(list[1]["auth"], "api-key");
    assert_eq!(list[1]["api_key"], SK);
    assert_eq!(list[0]["active"], true, "the implicit sandbox is in use");
    let show = fx(h, &["profile", "show", "prod", "-o", "json"])
        .ok()
        .json();
    assert_eq!(show[0]["value"], "prod");
}

#[test]
fn cli_profile_add_without_a_terminal_is_a_usage_error_naming_the_flag() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["profile", "add", "p"], "--account-sid"),
        (
            vec!["profile", "add", "p", "--account-sid", AC],
            "--auth-token",
        ),
        (
            vec!["profile", "add", "p", "--account-sid", AC, "--api-key", SK],
            "--api-secret",
        ),
    ];
    for (args, flag) in cases {
        for stdin in ["null", "pipe"] {
            let mut cmd = flexctl_command(h);
            cmd.args(&args);
            if stdin == "pipe" {
                // A pipe that is never written to is still not a terminal.
                cmd.stdin(Stdio::piped());
            }
            let r = run_or_kill(cmd);
            assert_eq!(r.code, 2, "{args:?} ({stdin}): {r:?}");
            assert!(
                r.stderr.contains(&format!("missing {flag}")),
                "{args:?}: {}",
                r.stderr
            );
            assert!(r.stdout.is_empty());
        }
    }
    assert!(!config_file(h).exists(), "nothing was written");
    // `--no-input` wins even where prompting would otherwise be possible.
    let r = fx(h, &["--no-input", "profile", "add", "p"]);
    assert_eq!(r.code, 2);
}

#[test]
fn cli_a_readable_config_with_a_secret_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let path = config_file(h);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!("[profiles.prod]\naccount_sid = \"{AC}\"\nauth_token = \"{SECRET}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    for args in [
        vec!["calls", "list"],
        vec!["profile", "list"],
        vec!["-p", "prod", "agents", "list"],
    ] {
        let r = fx(h, &args);
        assert_ne!(r.code, 0, "{args:?}: {r:?}");
        assert!(r.stdout.is_empty());
        assert!(
            r.stderr.contains("can be read by other users"),
            "{}",
            r.stderr
        );
        assert!(
            r.stderr
                .contains(&format!("hint: chmod 600 {}", path.display())),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains(SECRET), "{}", r.stderr);
    }
    let r = fx(h, &["calls", "list", "-o", "json"]);
    assert_ne!(r.code, 0);
    let v: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert!(
        v["error"]["hints"][0]
            .as_str()
            .unwrap()
            .starts_with("chmod 600"),
        "{v}"
    );

    // Fixed as the hint says, it is read.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let list = fx(h, &["profile", "list", "-o", "json"]).ok().json();
    assert_eq!(list[1]["name"], "prod");

    // A readable file without secrets is fine.
    std::fs::write(&path, "[profiles.plain]\ndefault_agent = \"bob\"\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    fx(h, &["profile", "list"]).ok();
}

#[test]
fn cli_profile_use_and_remove() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (account, token) = (sb.account(), sb.token());
    for (name, agent) in [("one", "alice"), ("two", "bob")] {
        let args = [
            "profile",
            "add",
            name,
            "--account-sid",
            &account,
            "--auth-token",
            &token,
            "--profile-base-url",
            sb.base(),
            "--default-agent",
            agent,
        ];
        fx(h, &args).ok();
    }
    let active = |h: &Path| -> Vec<String> {
        fx(h, &["profile", "list", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["active"] == true)
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(active(h), ["sandbox"]);

    let r = fx(h, &["profile", "use", "two"]).ok();
    assert!(
        r.stderr.contains("profile two is now the default"),
        "{}",
        r.stderr
    );
    assert_eq!(active(h), ["two"]);
    assert_eq!(mode(&config_file(h)), 0o600);
    // The default profile's default agent selects the call: bob has none.
    let r = fx(h, &["calls", "show"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr.contains("bob is not on a live call"),
        "{}",
        r.stderr
    );
    // -p overrides the default profile.
    let v = fx(h, &["-p", "one", "calls", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["task_sid"], seed::live_task_sid());
    assert_eq!(active(h), ["two"], "-p does not change the default");

    // An unknown profile name is a usage error, as it is for `-p NAME`.
    let r = fx(h, &["profile", "use", "three"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("known profiles: sandbox, one, two"),
        "{}",
        r.stderr
    );

    fx(h, &["profile", "remove", "two"]).ok();
    assert_eq!(
        active(h),
        ["sandbox"],
        "removing the default goes back to the sandbox"
    );
    let r = fx(h, &["-p", "two", "calls", "list"]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("no profile named \"two\""),
        "{}",
        r.stderr
    );
    let r = fx(h, &["profile", "remove", "sandbox"]);
    assert_eq!(r.code, 1, "the implicit profile cannot be removed: {r:?}");
    let r = fx(h, &["profile", "remove", "two"]);
    assert_eq!(
        r.code, 2,
        "removing an unknown profile is a usage error: {r:?}"
    );
    let r = fx(h, &["profile", "show", "nope"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("no profile named \"nope\""),
        "{}",
        r.stderr
    );
    let r = fx(h, &["-p", "nope", "calls", "list"]);
    assert_eq!(r.code, 2, "{r:?}");
}

#[test]
fn cli_profile_with_a_base_url_reaches_that_sandbox() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (account, token) = (sb.account(), sb.token());
    let args = [
        "profile",
        "add",
        "test",
        "--account-sid",
        &account,
        "--auth-token",
        &token,
        "--profile-base-url",
        sb.base(),
        "--default-output",
        "tsv",
    ];
    fx(h, &args).ok();
    let mark = sb.log_mark();
    let r = fx(h, &["-p", "test", "calls", "list"]).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("task_sid\tconference_sid"),
        "the profile's default output: {r:?}"
    );
    assert!(lines[1].starts_with(&seed::live_task_sid()), "{r:?}");
    assert!(
        !sb.requests_since(mark).is_empty(),
        "it went to the test sandbox"
    );
    // A flag beats the profile's default output.
    let v = fx(h, &["-p", "test", "calls", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v[0]["agent"], "alice");
    // FLEXCTL_PROFILE selects it too.
    let mut cmd = flexctl_command(h);
    cmd.env("FLEXCTL_PROFILE", "test")
        .args(["agents", "list", "--available"]);
    let r = run(&mut cmd).ok();
    assert!(r.stdout.starts_with("name\tsid"), "{r:?}");
}

#[test]
fn cli_profile_import_twilio_cli() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let source = h.join("twilio-cli.json");
    std::fs::write(
        &source,
        format!(
            r#"{{
  "profiles": {{
    "work": {{"accountSid": "{AC}", "apiKey": "{SK}", "apiSecret": "{SECRET}", "region": "ie1"}},
    "keychain": {{"accountSid": "{AC}", "apiKey": "{SK}"}}
  }},
  "activeProfile": "work",
  "email": {{}},
  "prompts": {{}}
}}"#
        ),
    )
    .unwrap();
    let src = source.to_str().unwrap();
    let r = fx(h, &["profile", "import-twilio-cli", "--file", src]).ok();
    assert!(
        r.stderr.contains("imported 1 profile(s): work"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("skipped twilio-cli profile keychain"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(SECRET));
    assert_eq!(mode(&config_file(h)), 0o600);
    let list = fx(h, &["profile", "list", "-o", "json"]).ok().json();
    let work = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "work")
        .expect("work imported")
        .clone();
    assert_eq!(work["auth"], "api-key");
    assert_eq!(work["api_key"], SK);
    assert_eq!(work["region"], "ie1");
    assert_eq!(
        work["active"], false,
        "without a terminal twilio-cli's active project is not made active"
    );
    assert!(r.stderr.contains("was not made active"), "{}", r.stderr);
    assert!(r.stderr.contains("active profile: sandbox"), "{}", r.stderr);
    let r = fx(
        h,
        &["profile", "import-twilio-cli", "--file", src, "--activate"],
    )
    .ok();
    assert!(r.stderr.contains("active profile: work"), "{}", r.stderr);
    let list = fx(h, &["profile", "list", "-o", "json"]).ok().json();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "work" && p["active"] == true),
        "--activate switches: {list}"
    );

    let r = fx(
        h,
        &[
            "profile",
            "import-twilio-cli",
            "--file",
            "/nonexistent/config.json",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("--file"), "{}", r.stderr);
    std::fs::write(&source, "not json").unwrap();
    let r = fx(h, &["profile", "import-twilio-cli", "--file", src]);
    assert_eq!(r.code, 1, "{r:?}");
}

/// A hand-edited profile that no longer resolves does not lock the user out of the commands
/// that mend it; every other command still refuses it.
#[test]
fn cli_a_broken_active_profile_can_still_be_listed_and_left() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    fx(
        h,
        &[
            "profile",
            "add",
            "p1",
            "--account-sid",
            "AC0123456789abcdef0123456789abcdef",
            "--auth-token",
            "not-a-real-token",
            "--no-verify",
        ],
    )
    .ok();
    fx(h, &["profile", "use", "p1"]).ok();
    let path = config_file(h);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("[profiles.p1]\n", "[profiles.p1]\noutput = \"xml\"\n"),
    )
    .unwrap();

    let refused = fx(h, &["calls", "list"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused.stderr.contains("output \"xml\""),
        "{}",
        refused.stderr
    );

    let list = fx(h, &["profile", "list"]);
    assert_eq!(list.code, 0, "{list:?}");
    assert!(
        list.stderr.contains("the active profile does not resolve"),
        "{}",
        list.stderr
    );
    assert!(list.stdout.contains("p1"), "{}", list.stdout);
    fx(h, &["profile", "use", "sandbox"]).ok();
    let after = fx(h, &["profile", "list"]);
    assert!(
        !after.stderr.contains("does not resolve"),
        "{}",
        after.stderr
    );
    assert!(
        !after.stderr.contains("not-a-real-token") && !list.stderr.contains("not-a-real-token")
    );
}
