//! `profile add` checks each field and tests the credentials once; `profile show` says where
//! every setting comes from; dynamic completion offers the backend's names.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;

use crate::common::{flexctl_command, run, Run, TestSandbox};

const AC: &str = "AC0123456789abcdef0123456789abcdef";

fn config_file(home: &Path) -> PathBuf {
    home.join("config").join("flexctl").join("config.toml")
}

fn fx(home: &Path, args: &[&str]) -> Run {
    let mut cmd = flexctl_command(home);
    cmd.env("FLEXCTL_SANDBOX_DB", home.join("embedded.db"))
        .stdin(Stdio::null())
        .args(args);
    run(&mut cmd)
}

#[test]
fn profile_add_refuses_a_bad_flag_naming_it_before_anything_is_written() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--account-sid", "ACnope", "--auth-token", "t"],
            "--account-sid",
        ),
        (
            &[
                "--account-sid",
                AC,
                "--api-key",
                "SKshort",
                "--api-secret",
                "s",
            ],
            "--api-key",
        ),
        (
            &[
                "--account-sid",
                AC,
                "--auth-token",
                "t",
                "--workspace-sid",
                "WS1",
            ],
            "--workspace-sid",
        ),
        // The same rule that refuses it when used refuses it when saved.
        (
            &[
                "--account-sid",
                AC,
                "--auth-token",
                "t",
                "--profile-base-url",
                "http://example.com",
            ],
            "--profile-base-url",
        ),
        (
            &["--account-sid", AC, "--auth-token", "t", "--region", "ie 1"],
            "--region",
        ),
        // A bad field is refused before the secret is asked for.
        (&["--account-sid", "nope"], "--account-sid"),
    ];
    for (extra, flag) in cases {
        let mut args = vec!["profile", "add", "p"];
        args.extend_from_slice(extra);
        let r = fx(h, &args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(
            r.stderr.starts_with(&format!("error: {flag}: ")),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was saved"), "{}", r.stderr);
        assert!(
            !r.stderr.contains("ACnope") || *flag != "--account-sid",
            "no echo: {}",
            r.stderr
        );
    }
    assert!(!config_file(h).exists(), "nothing was written");
    let r = fx(
        h,
        &[
            "profile",
            "add",
            "sandbox",
            "--account-sid",
            AC,
            "--auth-token",
            "t",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("reserved"), "{}", r.stderr);
}

#[test]
fn profile_add_tests_the_credentials_once_and_keeps_nothing_that_failed_unless_asked() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (account, token) = (sb.account(), sb.token());
    let add = |name: &str, token: &str, extra: &[&str]| {
        let mut args = vec![
            "profile",
            "add",
            name,
            "--account-sid",
            &account,
            "--auth-token",
            token,
            "--profile-base-url",
            sb.base(),
        ];
        args.extend_from_slice(extra);
        fx(h, &args)
    };
    let mark = sb.log_mark();
    let r = add("good", &token, &[]).ok();
    assert!(
        r.stderr.contains("credentials work: workspace"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&sb.ws()),
        "it says which workspace: {}",
        r.stderr
    );
    assert_eq!(sb.requests_since(mark).len(), 1, "one request tests them");

    let wrong = "0123456789abcdef0123456789abcdef";
    let r = add("bad", wrong, &[]);
    assert_eq!(r.code, 4, "{r:?}");
    assert!(r.stderr.contains("nothing was saved"), "{}", r.stderr);
    assert!(r.stderr.contains("--no-verify"), "{}", r.stderr);
    assert!(!r.stderr.contains(wrong), "{}", r.stderr);
    let names = |h: &Path| -> Vec<String> {
        fx(h, &["profile", "list", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(h), ["sandbox", "good"]);
    let r = add("bad", wrong, &["--yes"]).ok();
    assert!(r.stderr.contains("saving anyway"), "{}", r.stderr);
    let mark = sb.log_mark();
    let r = add("untested", wrong, &["--no-verify"]).ok();
    assert!(r.stderr.contains("not tested"), "{}", r.stderr);
    assert!(
        sb.requests_since(mark).is_empty(),
        "--no-verify sends nothing"
    );
    assert_eq!(names(h), ["sandbox", "bad", "good", "untested"]);
}

fn rows(r: &Run) -> Vec<(String, Value, String)> {
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["setting"].as_str().unwrap().to_owned(),
                row["value"].clone(),
                row["source"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn profile_show_gives_each_value_and_its_source_with_the_secret_masked() {
    let sb = TestSandbox::new();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let token = sb.token();
    fx(
        h,
        &[
            "profile",
            "add",
            "test",
            "--account-sid",
            &sb.account(),
            "--auth-token",
            &token,
            "--profile-base-url",
            sb.base(),
            "--default-agent",
            "alice",
            "--use",
        ],
    )
    .ok();
    let path = config_file(h).display().to_string();
    let mut cmd = flexctl_command(h);
    cmd.env("FLEXCTL_TIMEOUT", "7s")
        .args(["profile", "show", "-o", "json", "--concurrency", "3"]);
    let r = run(&mut cmd).ok();
    assert!(!r.stdout.contains(&token), "{}", r.stdout);
    let got = rows(&r);
    let find = |name: &str| got.iter().find(|(s, _, _)| s == name).unwrap().clone();
    let in_file = format!("profile test ({path})");
    assert_eq!(
        find("profile").2,
        format!("active profile in the profiles file ({path})")
    );
    assert_eq!(
        find("account_sid"),
        ("account_sid".into(), sb.account().into(), in_file.clone())
    );
    let secret = find("secret");
    assert_eq!(
        secret.1,
        format!("****{}", &token[token.len() - 4..]).as_str()
    );
    assert_eq!(find("default_agent").2, in_file);
    assert_eq!(find("base_url").1, sb.base());
    assert_eq!(
        find("timeout"),
        ("timeout".into(), "7s".into(), "env FLEXCTL_TIMEOUT".into())
    );
    assert_eq!(find("concurrency").2, "flag --concurrency");
    assert_eq!(find("output").2, "flag --output");
    assert_eq!(
        find("region"),
        ("region".into(), Value::Null, "default".into())
    );
    // TSV: headers are the JSON names.
    let r = fx(h, &["profile", "show", "sandbox", "-o", "tsv"]).ok();
    let mut lines = r.stdout.lines();
    assert_eq!(lines.next(), Some("setting\tvalue\tsource"));
    assert_eq!(
        lines.next(),
        Some("profile\tsandbox\tnamed on the command line")
    );
}

/// What the shell gets when it asks flexctl to complete `words` (the last one is the word
/// being completed), as bash's registration script asks.
fn complete(home: &Path, env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let mut cmd = flexctl_command(home);
    cmd.env("FLEXCTL_SANDBOX_DB", home.join("embedded.db"))
        .env("FLEXCTL_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n")
        .envs(env.iter().copied())
        .arg("--")
        .args(words);
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stderr.is_empty(),
        "a completion prints nothing else: {}",
        r.stderr
    );
    r.stdout
        .lines()
        .filter(|l| !l.starts_with('-'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn completion_offers_the_backends_agent_and_queue_names() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // The embedded sandbox.
    assert_eq!(
        complete(h, &[], &["flexctl", "consult", "agent", ""]),
        ["alice", "bob", "carol", "dave", "erin"]
    );
    assert_eq!(
        complete(h, &[], &["flexctl", "transfer", "agent", "B"]),
        ["bob"]
    );
    assert_eq!(
        complete(h, &[], &["flexctl", "queue", "reset", "S"]),
        ["Sales", "Support"]
    );
    assert_eq!(
        complete(h, &[], &["flexctl", "hold", "c"]),
        ["carol", "customer"]
    );
    assert_eq!(
        complete(h, &[], &["flexctl", "status", "--agent", "a"]),
        ["alice"]
    );
    assert_eq!(
        complete(h, &[], &["flexctl", "profile", "use", ""]),
        ["sandbox"]
    );

    // A sandbox reached by base URL, with its credentials: one list request per name kind.
    let sb = TestSandbox::new();
    let env = [
        ("TWILIO_ACCOUNT_SID", sb.account()),
        ("TWILIO_AUTH_TOKEN", sb.token()),
        ("FLEXCTL_BASE_URL", sb.base().to_owned()),
        ("FLEXCTL_WORKSPACE_SID", sb.ws()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mark = sb.log_mark();
    let got = complete(h, &env, &["flexctl", "doctor", "--target", "E"]);
    assert_eq!(got, ["Escalations", "erin"]);
    assert_eq!(
        sb.requests_since(mark).len(),
        2,
        "workers and queues, one list each"
    );

    // Unreachable or refused: nothing offered, nothing printed, exit 0.
    let bad = [
        ("TWILIO_ACCOUNT_SID", AC),
        ("TWILIO_AUTH_TOKEN", "wrong"),
        ("FLEXCTL_BASE_URL", "http://127.0.0.1:9"),
    ];
    assert!(complete(h, &bad, &["flexctl", "consult", "queue", ""]).is_empty());
}
