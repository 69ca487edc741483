//! A small client for the sandbox's control API (`/sandbox/…`), used by `flexctl sandbox …`
//! against the embedded sandbox or one started with `sandbox serve`.

use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

/// Where a sandbox is and how to authenticate to it.
#[derive(Clone)]
pub struct Endpoint {
    pub base_url: String,
    pub user: String,
    pub secret: SecretString,
}

#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    #[error("cannot reach the sandbox at {url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error("{message}")]
    Api {
        status: u16,
        code: Option<u64>,
        message: String,
    },
    #[error("unexpected answer from the sandbox at {url}: {detail}")]
    Decode { url: String, detail: String },
}

pub struct ControlClient {
    endpoint: Endpoint,
    http: reqwest::Client,
}

impl ControlClient {
    pub fn new(endpoint: Endpoint) -> ControlClient {
        ControlClient {
            endpoint,
            http: reqwest::Client::new(),
        }
    }

    pub async fn get(&self, path: &str) -> Result<Value, ControlError> {
        self.send(self.http.get(self.url(path))).await
    }

    pub async fn post(&self, path: &str, form: &[(&str, String)]) -> Result<Value, ControlError> {
        self.send(self.http.post(self.url(path)).form(form)).await
    }

    fn url(&self, path: &str) -> String {
        format!(
            "{}/sandbox{path}",
            self.endpoint.base_url.trim_end_matches('/')
        )
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> Result<Value, ControlError> {
        let req = req.basic_auth(
            &self.endpoint.user,
            Some(self.endpoint.secret.expose_secret()),
        );
        let url = self.endpoint.base_url.clone();
        let resp = req.send().await.map_err(|e| ControlError::Unreachable {
            url: url.clone(),
            detail: e.without_url().to_string(),
        })?;
        let status = resp.status().as_u16();
        let text = resp.text().await.map_err(|e| ControlError::Unreachable {
            url: url.clone(),
            detail: e.without_url().to_string(),
        })?;
        let body: Value = serde_json::from_str(&text).map_err(|e| ControlError::Decode {
            url: url.clone(),
            detail: format!("HTTP {status}, body is not JSON ({e})"),
        })?;
        if status >= 400 {
            return Err(ControlError::Api {
                status,
                code: body["code"].as_u64(),
                message: body["message"]
                    .as_str()
                    .unwrap_or("the sandbox refused the request")
                    .to_string(),
            });
        }
        Ok(body)
    }
}
