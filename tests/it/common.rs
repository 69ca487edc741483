//! Shared test harness: a sandbox per test (temporary database, ephemeral port) and a small
//! authenticated HTTP client for talking to it.

#![allow(dead_code)]

use flexctl::sandbox::{clock, seed, store::StoreError, Background};
use reqwest::blocking::Client;
use reqwest::StatusCode;
use serde_json::Value;
use tempfile::TempDir;

pub struct TestSandbox {
    pub bg: Background,
    pub client: Client,
    pub dir: TempDir,
}

impl TestSandbox {
    /// A fresh seeded sandbox with its clock frozen at the seed time, so that simulated time
    /// moves only when a test advances it.
    pub fn new() -> TestSandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        let bg = Background::start(
            &dir.path().join("sandbox.db"),
            flexctl::invariants::routes(),
        )
        .expect("sandbox starts");
        bg.state
            .store()
            .write(|tx| {
                clock::freeze(tx, true)?;
                Ok::<_, StoreError>(())
            })
            .expect("freeze clock");
        TestSandbox {
            bg,
            client: Client::new(),
            dir,
        }
    }

    pub fn base(&self) -> &str {
        &self.bg.base_url
    }

    pub fn account(&self) -> String {
        self.bg.state.credentials().account_sid.clone()
    }

    pub fn token(&self) -> String {
        self.bg.state.credentials().auth_token.clone()
    }

    pub fn ws(&self) -> String {
        seed::workspace_sid()
    }

    /// `/2010-04-01/Accounts/{AC}` + `rest`.
    pub fn p2010(&self, rest: &str) -> String {
        format!("/2010-04-01/Accounts/{}{rest}", self.account())
    }

    /// `/v1/Workspaces/{WS}` + `rest`.
    pub fn pv1(&self, rest: &str) -> String {
        format!("/v1/Workspaces/{}{rest}", self.ws())
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base())
        }
    }

    fn send(&self, req: reqwest::blocking::RequestBuilder) -> (StatusCode, Value) {
        let creds = self.bg.state.credentials();
        let resp = req
            .basic_auth(&creds.account_sid, Some(&creds.auth_token))
            .send()
            .expect("request reaches the sandbox");
        let status = resp.status();
        let text = resp.text().unwrap_or_default();
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("JSON body ({e}): {text}"))
        };
        (status, body)
    }

    pub fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(self.client.get(self.url(path)))
    }

    pub fn post(&self, path: &str, form: &[(&str, &str)]) -> (StatusCode, Value) {
        self.send(self.client.post(self.url(path)).form(form))
    }

    pub fn post_raw(&self, path: &str, body: &str) -> (StatusCode, Value) {
        self.send(
            self.client
                .post(self.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body.to_string()),
        )
    }

    pub fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.send(self.client.delete(self.url(path)))
    }

    /// Moves the sandbox clock forward.
    pub fn advance_ms(&self, ms: i64) {
        self.bg
            .state
            .store()
            .write(|tx| {
                clock::advance(tx, ms)?;
                Ok::<_, StoreError>(())
            })
            .expect("advance clock");
    }
}

/// What a flexctl process did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "flexctl failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// A scrubbed environment for the binary: a private HOME and XDG dirs, no Twilio or flexctl
/// variables from the outside, no colour, no prompts.
pub fn flexctl_command(home: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_flexctl"));
    for (k, _) in std::env::vars() {
        if k.starts_with("TWILIO_") || k.starts_with("FLEXCTL_") || k.starts_with("XDG_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .stdin(std::process::Stdio::null());
    cmd
}

pub fn run(cmd: &mut std::process::Command) -> Run {
    let out = cmd.output().expect("flexctl runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl TestSandbox {
    /// Runs flexctl against this sandbox (by base URL, with its Account SID and Auth Token).
    pub fn flexctl(&self, args: &[&str]) -> Run {
        let mut cmd = self.flexctl_cmd();
        cmd.args(args);
        run(&mut cmd)
    }

    pub fn flexctl_cmd(&self) -> std::process::Command {
        let mut cmd = flexctl_command(self.dir.path());
        cmd.env("TWILIO_ACCOUNT_SID", self.account())
            .env("TWILIO_AUTH_TOKEN", self.token())
            .env("FLEXCTL_BASE_URL", self.base());
        cmd
    }

    /// The request log since (exclusive) log ID `since`, Twilio routes only.
    pub fn requests_since(&self, since: i64) -> Vec<(String, String)> {
        let (_, body) = self.get(&format!("/sandbox/log?Since={since}&Limit=100000"));
        body["requests"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|r| !r["path"].as_str().unwrap_or("").starts_with("/sandbox/"))
            .map(|r| {
                (
                    r["method"].as_str().unwrap_or("").to_string(),
                    r["path"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    }

    /// The newest request log ID.
    pub fn log_mark(&self) -> i64 {
        let (_, body) = self.get("/sandbox/log?Limit=1");
        body["requests"][0]["id"].as_i64().unwrap_or(0)
    }
}
