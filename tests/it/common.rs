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
        let bg = Background::start(&dir.path().join("sandbox.db")).expect("sandbox starts");
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
