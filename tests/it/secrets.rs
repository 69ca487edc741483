//! The secrets sweep: no verb at `-vv` (tables or JSON), with an auth token or an API key, prints
//! the secret or its Basic-auth form; nor do profiles or config errors.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use base64::Engine as _;

use crate::common::{flexctl_command, run, Run, TestSandbox};

/// Everything that would give the secret away: itself, percent-encoded, and the Basic-auth
/// value it makes with its user name (plain and as a header).
fn forbidden(user: &str, secret: &str) -> Vec<String> {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"));
    let encoded: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    vec![
        secret.to_string(),
        encoded,
        basic.clone(),
        format!("Basic {basic}"),
    ]
}

#[track_caller]
fn assert_no_secret(what: &str, r: &Run, bad: &[String]) {
    for b in bad {
        assert!(
            !r.stdout.contains(b.as_str()) && !r.stderr.contains(b.as_str()),
            "{what} printed a secret ({b}):\nstdout:\n{}\nstderr:\n{}",
            r.stdout,
            r.stderr
        );
    }
}

/// One invocation per verb, with plausible arguments; `--dry-run` where the verb changes the
/// call. `sandbox serve` is left out: it runs until interrupted, and printing the sandbox's
/// own credentials is what it is for. `sandbox reset` and `hangup-customer` come last.
fn sweep() -> Vec<Vec<&'static str>> {
    [
        "calls list",
        "calls show",
        "calls show alice",
        "status",
        "watch --count 1",
        "watch --all --count 1",
        "consult agent bob --dry-run",
        "consult queue Support --dry-run",
        "transfer agent bob --dry-run",
        "transfer queue Billing --cold --dry-run",
        "cancel --dry-run",
        "hold customer --dry-run",
        "unhold customer --dry-run",
        "swap --dry-run",
        "merge --dry-run",
        "remove bob --dry-run",
        "leave --dry-run",
        "mute customer --dry-run",
        "unmute me --dry-run",
        "monitor --as bob --dry-run",
        "coach --as bob --dry-run",
        "barge --as carol --dry-run",
        "monitor --stop --as bob --dry-run",
        "consult agent bob --note VIP --dry-run",
        "agents set erin --activity available --dry-run",
        "consult number +15550100777 --dry-run",
        "transfer number sip:desk@pbx.example.com --cold --dry-run",
        "sandbox number +15550100777 --answer-after 1s",
        "agents list --activity Break",
        "doctor",
        "doctor --target bob",
        "doctor --all-queues",
        "doctor --fix --dry-run",
        "agents list",
        "agents list --available --queue Support",
        "queues list",
        "queues list --stale",
        "queue reset --stale --dry-run",
        "drain alice --to queue Billing --dry-run",
        "drain alice --to queue Billing --then-activity Offline --dry-run",
        "sandbox info",
        "sandbox clock",
        "sandbox clock show",
        "sandbox clock advance 1s",
        "sandbox clock freeze",
        "sandbox clock unfreeze",
        "sandbox agent bob --answer-after 2s",
        "sandbox answer bob",
        "sandbox reject bob",
        "sandbox log",
        "sandbox faults",
        "sandbox faults show",
        "sandbox faults set rate=0",
        "sandbox faults clear",
        "profile list",
        "profile show",
        "completions bash",
        "nonsense-verb",
        "sandbox hangup-customer",
        "wait --phase live --within 1s",
        "sandbox seed --size demo",
        "sandbox reset",
    ]
    .iter()
    .map(|l| l.split(' ').collect())
    .collect()
}

/// The commands `flexctl [GROUP] --help` lists.
fn listed_commands(group: &[&str]) -> Vec<String> {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = flexctl_command(home.path());
    cmd.args(group).arg("--help");
    let help = run(&mut cmd).ok().stdout;
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        // Continuation lines of a wrapped description are indented further.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect()
}

#[test]
fn the_sweep_covers_every_command_of_the_help() {
    let sweep = sweep();
    let covered = |path: &[&str]| sweep.iter().any(|a| a.starts_with(path));
    let mut missing = Vec::new();
    for top in listed_commands(&[]) {
        if !covered(&[top.as_str()]) {
            missing.push(top.clone());
        }
        for sub in listed_commands(&[top.as_str()]) {
            let exempt = matches!(
                (top.as_str(), sub.as_str()),
                ("sandbox", "serve") | ("profile", "add" | "use" | "remove" | "import-twilio-cli")
            );
            if !exempt && !covered(&[top.as_str(), sub.as_str()]) {
                missing.push(format!("{top} {sub}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add these to the secrets sweep: {missing:?}"
    );
}

/// Runs the whole sweep, and a real consult then cancel, with `base` (the environment carrying
/// the credentials), at `-vv`, as tables and as JSON; returns the runs that succeeded.
fn run_sweep(base: impl Fn() -> Command, bad: &[String]) -> Vec<String> {
    let mut succeeded = Vec::new();
    let real: Vec<Vec<&str>> = vec![vec!["consult", "agent", "bob"], vec!["cancel"]];
    for json in [false, true] {
        for args in real.iter().chain(sweep().iter()) {
            let mut cmd = base();
            cmd.arg("-vv");
            if json {
                cmd.args(["-o", "json"]);
            }
            cmd.args(args);
            let r = run(&mut cmd);
            let what = format!(
                "flexctl -vv{} {}",
                if json { " -o json" } else { "" },
                args.join(" ")
            );
            assert!(!r.stderr.contains("panicked"), "{what}: {}", r.stderr);
            assert_no_secret(&what, &r, bad);
            if r.code == 0 {
                succeeded.push(what);
            }
        }
    }
    succeeded
}

/// The sweep must have exercised the verbs, not only their error paths.
#[track_caller]
fn assert_mostly_succeeded(succeeded: &[String]) {
    let sweep = sweep().len() + 2;
    assert!(
        succeeded.len() * 3 >= sweep * 2 * 2,
        "only {} of {} runs succeeded: {succeeded:#?}",
        succeeded.len(),
        sweep * 2
    );
    for must in ["consult agent bob", "cancel", "calls list", "doctor"] {
        assert!(
            succeeded.iter().any(|w| w.ends_with(must)),
            "{must} did not succeed: {succeeded:#?}"
        );
    }
}

#[test]
fn no_verb_prints_the_auth_token() {
    let sb = TestSandbox::new();
    let bad = forbidden(&sb.account(), &sb.token());
    let probe = sb.flexctl(&["-vv", "calls", "list"]).ok();
    assert!(
        probe.stderr.lines().count() >= 2,
        "-vv logs requests: {}",
        probe.stderr
    );
    assert_mostly_succeeded(&run_sweep(|| sb.flexctl_cmd(), &bad));
}

#[test]
fn no_verb_prints_the_api_key_secret() {
    let sb = TestSandbox::new();
    let creds = sb.bg.state.credentials().clone();
    let bad = forbidden(&creds.api_key_sid, &creds.api_key_secret);
    let home = tempfile::tempdir().unwrap();
    let base = || {
        let mut cmd = flexctl_command(home.path());
        cmd.env("TWILIO_ACCOUNT_SID", &creds.account_sid)
            .env("TWILIO_API_KEY", &creds.api_key_sid)
            .env("TWILIO_API_SECRET", &creds.api_key_secret)
            .env("FLEXCTL_BASE_URL", sb.base());
        cmd
    };
    let mut probe = base();
    probe.args(["calls", "list"]);
    run(&mut probe).ok();
    assert_mostly_succeeded(&run_sweep(base, &bad));
}

#[test]
fn rejected_credentials_are_not_echoed() {
    let sb = TestSandbox::new();
    let wrong = "wrong-secret-0123456789abcdef";
    let bad = forbidden(&sb.account(), wrong);
    for args in [
        vec!["-vv", "calls", "list"],
        vec!["-vv", "-o", "json", "consult", "agent", "bob"],
        vec!["-vv", "doctor"],
    ] {
        let mut cmd = sb.flexctl_cmd();
        cmd.env("TWILIO_AUTH_TOKEN", wrong).args(&args);
        let r = run(&mut cmd);
        // `doctor` reports the failed check as a finding (exit 1); the verbs exit 4.
        let expected = if args.contains(&"doctor") { 1 } else { 4 };
        assert_eq!(r.code, expected, "{args:?}: {r:?}");
        assert_no_secret(&format!("{args:?} with a wrong token"), &r, &bad);
    }
}

fn config_file(home: &Path) -> std::path::PathBuf {
    home.join("config").join("flexctl").join("config.toml")
}

#[test]
fn profiles_never_show_their_secrets() {
    let sb = TestSandbox::new();
    let creds = sb.bg.state.credentials().clone();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let mut bad = forbidden(&creds.account_sid, &creds.auth_token);
    bad.extend(forbidden(&creds.api_key_sid, &creds.api_key_secret));
    let fx = |args: &[&str]| {
        let mut cmd = flexctl_command(h);
        cmd.args(args);
        let r = run(&mut cmd);
        assert_no_secret(&args.join(" "), &r, &bad);
        r
    };
    fx(&[
        "-vv",
        "profile",
        "add",
        "tok",
        "--account-sid",
        &creds.account_sid,
        "--auth-token",
        &creds.auth_token,
        "--profile-base-url",
        sb.base(),
    ])
    .ok();
    fx(&[
        "-vv",
        "-o",
        "json",
        "profile",
        "add",
        "key",
        "--account-sid",
        &creds.account_sid,
        "--api-key",
        &creds.api_key_sid,
        "--api-secret",
        &creds.api_key_secret,
        "--profile-base-url",
        sb.base(),
    ])
    .ok();
    let text = std::fs::read_to_string(config_file(h)).unwrap();
    assert!(text.contains(&creds.api_key_secret), "the file keeps it");
    for output in ["table", "json", "tsv"] {
        for args in [
            vec!["profile", "list"],
            vec!["profile", "show"],
            vec!["profile", "show", "tok"],
            vec!["profile", "show", "key"],
            vec!["-p", "key", "profile", "show"],
        ] {
            let mut all = vec!["-vv", "-o", output];
            all.extend(args);
            fx(&all).ok();
        }
    }
    for p in ["tok", "key"] {
        fx(&["-vv", "-p", p, "calls", "list"]).ok();
        fx(&["-vv", "-p", p, "consult", "agent", "bob"]).ok();
        fx(&["-vv", "-o", "json", "-p", p, "cancel"]).ok();
    }
    fx(&["profile", "use", "key"]).ok();
    fx(&["-vv", "doctor"]);
    fx(&["profile", "remove", "tok"]).ok();
}

#[test]
fn config_errors_never_quote_the_secret() {
    let secret = "s3cr3t-in-a-broken-config-file-42";
    let bad = forbidden("AC0123456789abcdef0123456789abcdef", secret);
    let ac = "AC0123456789abcdef0123456789abcdef";
    let files = [
        // A TOML syntax error on the secret's line (parsers like to quote the line).
        format!("[profiles.prod]\naccount_sid = \"{ac}\"\nauth_token = \"{secret}\n"),
        format!("[profiles.prod]\naccount_sid = \"{ac}\"\nauth_token = {secret}\n"),
        format!("[profiles.prod]\nauth_token = \"{secret}\" \"{secret}\"\n"),
        // Wrong types and unknown keys next to it.
        format!("[profiles.prod]\naccount_sid = 5\nauth_token = \"{secret}\"\n"),
        format!("[profiles.prod]\naccount_sid = \"{ac}\"\nauth_tokn = \"{secret}\"\n"),
        format!("[profiles.prod]\naccount_sid = \"not-a-sid\"\nauth_token = \"{secret}\"\n"),
        format!("default = 7\n[profiles.prod]\nauth_token = [\"{secret}\"]\n"),
    ];
    for (i, text) in files.iter().enumerate() {
        let home = tempfile::tempdir().unwrap();
        let path = config_file(home.path());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        for args in [
            vec!["-vv", "calls", "list"],
            vec!["-vv", "-p", "prod", "calls", "list"],
            vec!["-o", "json", "-p", "prod", "doctor"],
            vec!["profile", "list"],
            vec!["profile", "show", "prod"],
        ] {
            let mut cmd = flexctl_command(home.path());
            cmd.args(&args);
            let r = run(&mut cmd);
            assert!(!r.stderr.contains("panicked"), "{r:?}");
            assert_no_secret(&format!("config #{i}, {args:?}"), &r, &bad);
        }
        // The same file readable by others is refused, still without quoting it.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut cmd = flexctl_command(home.path());
        cmd.args(["-p", "prod", "calls", "list"]);
        let r = run(&mut cmd);
        assert_ne!(r.code, 0, "config #{i}: {r:?}");
        assert_no_secret(&format!("config #{i}, mode 0644"), &r, &bad);
    }
}
