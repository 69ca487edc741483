//! The binary's `sandbox` commands, `sandbox serve` as a child process, and the embedded default.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::{flexctl_command, run, Run, TestSandbox};

const DAY_MS: i64 = 86_400_000;

fn clock(sb: &TestSandbox) -> Value {
    sb.flexctl(&["sandbox", "clock", "-o", "json"]).ok().json()
}

#[test]
fn cli_sandbox_info_and_clock() {
    let sb = TestSandbox::new();
    let info = sb.flexctl(&["sandbox", "info", "-o", "json"]).ok().json();
    assert_eq!(info["base_url"], sb.base());
    assert_eq!(info["account_sid"], sb.account());
    assert_eq!(info["workspace_sid"], seed::workspace_sid());
    assert!(
        !info.to_string().contains(&sb.token()),
        "info shows no token"
    );
    let table = sb.flexctl(&["sandbox", "info"]).ok();
    assert!(table.stdout.contains(&sb.account()), "{}", table.stdout);
    assert!(table.stdout.contains("workspace_sid"), "{}", table.stdout);

    let c0 = clock(&sb);
    assert_eq!(c0["frozen"], true, "the harness froze it");
    let shown = sb
        .flexctl(&["sandbox", "clock", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown, c0);
    let t0 = c0["now_ms"].as_i64().unwrap();

    let c1 = sb
        .flexctl(&["sandbox", "clock", "advance", "31d", "-o", "json"])
        .ok()
        .json();
    assert_eq!(c1["now_ms"].as_i64().unwrap() - t0, 31 * DAY_MS, "{c1}");
    assert_eq!(c1["frozen"], true, "advancing keeps it frozen");
    assert_eq!(clock(&sb), c1, "the change is stored");
    // 31 days later no queue has had a task in the last 30 days.
    let stale = sb
        .flexctl(&["queues", "list", "--stale", "-o", "json"])
        .ok()
        .json();
    assert_eq!(stale.as_array().unwrap().len(), 5, "{stale}");

    let set = [
        "sandbox",
        "clock",
        "set",
        "2026-12-01T09:00:00Z",
        "--freeze",
        "-o",
        "json",
    ];
    let c2 = sb.flexctl(&set).ok().json();
    assert_eq!(c2["now"], "2026-12-01T09:00:00Z");
    assert_eq!(c2["frozen"], true);
    assert_eq!(clock(&sb)["now"], "2026-12-01T09:00:00Z");

    let tsv = sb.flexctl(&["sandbox", "clock", "-o", "tsv"]).ok();
    assert!(tsv.stdout.starts_with("key\tvalue\n"), "{}", tsv.stdout);
    assert!(
        tsv.stdout.contains("now\t2026-12-01T09:00:00Z"),
        "{}",
        tsv.stdout
    );

    for args in [
        vec!["sandbox", "clock", "advance", "soon"],
        vec!["sandbox", "clock", "set", "yesterday"],
    ] {
        let r = sb.flexctl(&args);
        assert!(r.code == 2 || r.code == 1, "{args:?}: {r:?}");
        assert!(r.stderr.starts_with("error:"), "{}", r.stderr);
    }
    assert_eq!(
        clock(&sb)["now"],
        "2026-12-01T09:00:00Z",
        "bad input changed nothing"
    );
}

#[test]
fn cli_sandbox_agent_behaviour_and_answer() {
    let sb = TestSandbox::new();
    // Nothing is ringing for bob yet.
    for verb in ["answer", "reject"] {
        let r = sb.flexctl(&["sandbox", verb, "bob"]);
        assert_eq!(r.code, 1, "{r:?}");
        assert!(r.stdout.is_empty());
        assert!(r.stderr.contains("bob"), "{}", r.stderr);
        assert!(
            r.stderr.to_lowercase().contains("nothing is ringing"),
            "{}",
            r.stderr
        );
    }
    let r = sb.flexctl(&["sandbox", "answer", "nobody"]);
    assert_eq!(r.code, 1, "{r:?}");

    let v = sb
        .flexctl(&[
            "sandbox",
            "agent",
            "bob",
            "--answer-after",
            "never",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["name"], "bob");
    assert_eq!(v["behavior"], "never");
    let r = sb.flexctl(&["sandbox", "agent", "bob"]);
    assert_eq!(r.code, 2, "nothing to change: {r:?}");
    let r = sb.flexctl(&["sandbox", "agent", "bob", "--answer-after", "later"]);
    assert_eq!(r.code, 2, "{r:?}");

    // Ring bob into the live call: with `never` he keeps ringing past the default delay.
    let path = sb.p2010(&format!(
        "/Conferences/{}/Participants.json",
        seed::live_conference_sid()
    ));
    // The label flexctl gives a consult leg: `consult-WK…`.
    let label = format!("consult-{}", seed::worker_sid("bob"));
    let form = [
        ("From", seed::CONTACT_CENTER_NUMBER),
        ("To", "client:bob"),
        ("Label", label.as_str()),
        ("Timeout", "60"),
    ];
    let (status, body) = sb.post(&path, &form);
    assert_eq!(status.as_u16(), 201, "{body}");
    let leg = sb.p2010(&format!(
        "/Conferences/{}/Participants/{label}.json",
        seed::live_conference_sid()
    ));
    sb.advance_ms(10_000);
    assert_eq!(sb.get(&leg).1["status"], "ringing");
    let call = sb.flexctl(&["calls", "show", "-o", "json"]).ok().json();
    assert_eq!(call["phase"], "consult-ringing", "{call}");

    let v = sb
        .flexctl(&["sandbox", "answer", "bob", "-o", "json"])
        .ok()
        .json();
    assert!(v.is_object(), "{v}");
    assert_eq!(sb.get(&leg).1["status"], "connected");
    let call = sb.flexctl(&["calls", "show", "-o", "json"]).ok().json();
    let legs = call["participants"].as_array().unwrap();
    assert_eq!(legs.len(), 3, "{call}");
    let bob = legs
        .iter()
        .find(|l| l["label"] == label)
        .expect("bob's leg");
    assert_eq!(bob["role"], "consult", "{call}");
    assert_eq!(bob["name"], "bob", "{call}");
    assert_eq!(bob["worker_sid"], seed::worker_sid("bob"), "{call}");
    assert_eq!(bob["status"], "connected", "{call}");
    // The customer was never put on hold, so all three hear each other.
    assert_eq!(call["phase"], "merged", "{call}");

    // Back to answering after a delay.
    let v = sb
        .flexctl(&[
            "sandbox",
            "agent",
            "bob",
            "--answer-after",
            "3s",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["behavior"], "answer");
    assert_eq!(v["delay_ms"], 3000);
}

#[test]
fn cli_sandbox_hangup_log_and_reset() {
    let sb = TestSandbox::new();
    let conf = sb.p2010(&format!(
        "/Conferences/{}.json",
        seed::live_conference_sid()
    ));
    assert_eq!(sb.get(&conf).1["status"], "in-progress");
    let v = sb
        .flexctl(&["sandbox", "hangup-customer", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["conference_sid"], seed::live_conference_sid());
    assert_eq!(v["call_sid"], seed::customer_call_sid());
    let (_, c) = sb.get(&conf);
    assert_eq!(c["status"], "completed", "{c}");
    assert!(c["reason_conference_ended"].is_string(), "{c}");
    assert_eq!(
        sb.flexctl(&["calls", "list", "-o", "json"]).ok().json(),
        serde_json::json!([])
    );
    let table = sb.flexctl(&["calls", "list"]).ok();
    assert_eq!(table.stdout.trim(), "(none)");
    let r = sb.flexctl(&["calls", "show"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("no live calls"), "{}", r.stderr);
    // Nobody is left to hang up.
    assert_ne!(sb.flexctl(&["sandbox", "hangup-customer"]).code, 0);

    let log = sb
        .flexctl(&["sandbox", "log", "--limit", "5", "-o", "json"])
        .ok()
        .json();
    let reqs = log["requests"].as_array().expect("requests");
    assert_eq!(reqs.len(), 5, "{log}");
    for r in reqs {
        for k in ["id", "method", "path", "status"] {
            assert!(r.get(k).is_some(), "{r}");
        }
    }
    assert!(
        reqs.iter().any(|r| r["path"] == "/sandbox/hangup-customer"),
        "{log}"
    );
    let table = sb.flexctl(&["sandbox", "log"]).ok();
    let header: Vec<&str> = table
        .stdout
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(header, ["ID", "AT", "METHOD", "PATH", "STATUS", "DURATION"]);
    assert!(table.stdout.contains("/sandbox/hangup-customer"));
    let tsv = sb
        .flexctl(&["sandbox", "log", "--limit", "3", "-o", "tsv", "--no-header"])
        .ok();
    assert_eq!(tsv.stdout.lines().count(), 3, "{}", tsv.stdout);
    let last = reqs.last().unwrap()["id"].as_u64().unwrap();
    let since = last.to_string();
    let newer = sb
        .flexctl(&["sandbox", "log", "--since", &since, "-o", "json"])
        .ok()
        .json();
    assert!(
        newer["requests"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["id"].as_u64().unwrap() > last),
        "{newer}"
    );

    let r = sb.flexctl(&["sandbox", "reset"]).ok();
    assert!(r.stderr.contains("seeded again"), "{}", r.stderr);
    assert_eq!(sb.get(&conf).1["status"], "in-progress");
    let calls = sb.flexctl(&["calls", "list", "-o", "json"]).ok().json();
    assert_eq!(calls[0]["task_sid"], seed::live_task_sid());
}

/// Kills the child when dropped, so that a failing test leaves no server behind.
struct KillOnDrop(Option<Child>);

impl KillOnDrop {
    fn child(&mut self) -> &mut Child {
        self.0.as_mut().expect("child")
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

#[test]
fn cli_sandbox_serve_prints_how_to_reach_it() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("served.db");
    let mut cmd = flexctl_command(home.path());
    cmd.args(["sandbox", "serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(&db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = KillOnDrop(Some(cmd.spawn().expect("sandbox serve starts")));
    let stdout = child.child().stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    loop {
        // A guard against a server that never says anything, not a timing assertion.
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .unwrap_or_else(|e| panic!("sandbox serve output so far {lines:?}: {e}"));
        let done = line.starts_with("Press Ctrl-C");
        lines.push(line);
        if done {
            break;
        }
    }
    let field = |label: &str| -> String {
        lines
            .iter()
            .find_map(|l| l.trim_start().strip_prefix(label))
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| panic!("no {label} in {lines:?}"))
    };
    let base = lines[0]
        .strip_prefix("flexctl sandbox listening on ")
        .unwrap_or_else(|| panic!("{lines:?}"))
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    assert!(!base.ends_with(":0"), "the real port is printed: {base}");
    let account = field("account SID");
    let token = field("auth token");
    assert!(
        account.starts_with("AC") && account.len() == 34,
        "{account}"
    );
    assert_eq!(field("database"), db.display().to_string());

    let mut cmd = flexctl_command(home.path());
    cmd.env("TWILIO_ACCOUNT_SID", &account)
        .env("TWILIO_AUTH_TOKEN", &token)
        .args(["--base-url", &base, "calls", "list", "-o", "json"]);
    let calls = run(&mut cmd).ok().json();
    assert_eq!(calls[0]["task_sid"], seed::live_task_sid());
    assert_eq!(calls[0]["agent"], "alice");
    let mut cmd = flexctl_command(home.path());
    cmd.env("TWILIO_ACCOUNT_SID", &account)
        .env("TWILIO_AUTH_TOKEN", &token)
        .env("FLEXCTL_BASE_URL", &base)
        .args(["sandbox", "info", "-o", "json"]);
    assert_eq!(run(&mut cmd).ok().json()["base_url"], base);
    drop(child);
}

#[test]
fn cli_sandbox_serve_refuses_bad_addresses() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("s.db");
    let db = db.to_str().unwrap();
    for addr in ["localhost", "0.0.0.0:0"] {
        let mut cmd = flexctl_command(home.path());
        cmd.args(["sandbox", "serve", "--addr", addr, "--db", db]);
        let r = run(&mut cmd);
        assert_eq!(r.code, 2, "{addr}: {r:?}");
        assert!(r.stderr.starts_with("error:"), "{}", r.stderr);
    }
}

/// flexctl with no credentials anywhere: the embedded sandbox over `db` (or the default path).
fn embedded(home: &Path, db: Option<&Path>, args: &[&str]) -> Run {
    let mut cmd = flexctl_command(home);
    if let Some(db) = db {
        cmd.env("FLEXCTL_SANDBOX_DB", db);
    }
    cmd.args(args);
    run(&mut cmd)
}

#[test]
fn cli_embedded_sandbox_is_the_default_and_keeps_its_database() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let db = h.join("state").join("embedded.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let calls = embedded(h, Some(&db), &["calls", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(calls.as_array().unwrap().len(), 1, "{calls}");
    assert_eq!(calls[0]["task_sid"], seed::live_task_sid());
    assert_eq!(calls[0]["customer"], "+15550100001");
    assert!(db.exists(), "the database is at FLEXCTL_SANDBOX_DB");

    // A second run sees what the first changed: the same database, not a fresh seed.
    let info = embedded(h, Some(&db), &["sandbox", "info", "-o", "json"])
        .ok()
        .json();
    assert_eq!(info["database"], db.display().to_string());
    let before = info["clock"]["offset_ms"].as_i64().unwrap();
    embedded(h, Some(&db), &["sandbox", "clock", "advance", "1h"]).ok();
    let v = embedded(h, Some(&db), &["sandbox", "clock", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["offset_ms"].as_i64().unwrap() - before, 3_600_000);
    embedded(h, Some(&db), &["sandbox", "hangup-customer"]).ok();
    let calls = embedded(h, Some(&db), &["calls", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(calls, serde_json::json!([]), "the hangup persisted");
    let table = embedded(h, Some(&db), &["agents", "list"]).ok();
    assert!(table.stdout.contains("alice"));

    // Without FLEXCTL_SANDBOX_DB: the user's data directory.
    let r = embedded(h, None, &["sandbox", "info", "-o", "json"])
        .ok()
        .json();
    let default_db = h.join("data").join("flexctl").join("sandbox.db");
    assert_eq!(r["database"], default_db.display().to_string());
    assert!(default_db.exists());
    let p = embedded(h, None, &["profile", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(p[0]["setting"], "profile");
    assert_eq!(p[0]["value"], "sandbox");
}

#[test]
fn cli_concurrent_clock_advances_lose_no_write() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let db = h.join("shared.db");
    // From a database that does not exist yet: the processes also race to create and seed it.
    let children: Vec<_> = (0..8)
        .map(|_| {
            let mut cmd = flexctl_command(h);
            cmd.env("FLEXCTL_SANDBOX_DB", &db)
                .args(["sandbox", "clock", "advance", "1s", "-o", "json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            KillOnDrop(Some(cmd.spawn().expect("flexctl starts")))
        })
        .collect();
    let mut offsets = Vec::new();
    for mut c in children {
        let child = c.0.take().expect("child");
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON clock");
        offsets.push(v["offset_ms"].as_i64().unwrap());
    }
    offsets.sort();
    assert_eq!(
        offsets,
        (1..=8).map(|i| i * 1000).collect::<Vec<_>>(),
        "each saw its own write"
    );
    let v = embedded(h, Some(&db), &["sandbox", "clock", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["offset_ms"], 8000, "no write was lost");
    let calls = embedded(h, Some(&db), &["calls", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        calls.as_array().unwrap().len(),
        1,
        "seeded exactly once: {calls}"
    );
}
