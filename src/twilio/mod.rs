//! The Twilio REST client: one shared connection pool, Basic auth, form bodies, typed resources
//! converted into domain types, retries with backoff, both pagination styles and request logging.
//!
//! Wire structs live in `wire` and never leave this module; callers see `crate::domain` types.

mod error;
mod http;
mod limit;
pub(crate) use limit::Limiter;
mod retry;
mod taskrouter;
mod tasks;
mod urls;
mod voice;
mod wire;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

use crate::domain::{parse_sid, SidKind};

pub use error::Error;
pub use limit::{Aimd, DEFAULT_CONCURRENCY, MAX_CONCURRENCY};
pub use retry::RetryPolicy;
pub use taskrouter::WorkerFilter;
pub use tasks::{NewTask, ReservationUpdate, TaskFilter, TaskTarget, TaskUpdate};
pub use urls::{participants_path, tasks_path, BaseUrls, DEFAULT_API, DEFAULT_TASKROUTER};
pub use voice::{ConferenceFilter, NewParticipant, ParticipantUpdate};

/// Credentials for HTTP Basic auth. `Debug` shows no secret (`SecretString` redacts itself).
#[derive(Debug, Clone)]
pub enum Auth {
    /// An API key (`SK…`) and its secret: Twilio's recommended form.
    ApiKey { sid: String, secret: SecretString },
    /// The account's auth token, used with the account SID as the user name.
    Token(SecretString),
}

/// Everything needed to build a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Always in the 2010 path, whichever credentials are used.
    pub account_sid: String,
    pub auth: Auth,
    pub base: BaseUrls,
    /// Per request attempt, connection included.
    pub timeout: Duration,
    pub retry: RetryPolicy,
    /// The most requests in flight at once, across everything the process does.
    pub concurrency: usize,
}

impl ClientConfig {
    /// A configuration with Twilio's hosts, a 30 s timeout and the default retry policy.
    pub fn new(account_sid: impl Into<String>, auth: Auth) -> ClientConfig {
        ClientConfig {
            account_sid: account_sid.into(),
            auth,
            base: BaseUrls::default(),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            concurrency: DEFAULT_CONCURRENCY,
        }
    }
}

/// A Twilio API client. Cheap to clone: clones share one connection pool, which is what keeps
/// connections alive across the many small requests of a transfer.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    account_sid: String,
    /// Marked sensitive, so reqwest and `Debug` never print it.
    authorization: HeaderValue,
    base: BaseUrls,
    retry: RetryPolicy,
    /// The `Date` header of the latest response, for clock-skew checks.
    last_date: std::sync::Mutex<Option<String>>,
    /// Shared by every clone, so one process never has more than its limit in flight.
    limiter: limit::Limiter,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("account_sid", &self.inner.account_sid)
            .field("base", &self.inner.base)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn new(cfg: ClientConfig) -> Result<Client, Error> {
        let account_sid = parse_sid(SidKind::Account, &cfg.account_sid)
            .map_err(|e| Error::InvalidConfig(e.to_string()))?;
        let (user, secret) = match &cfg.auth {
            Auth::ApiKey { sid, secret } => (
                parse_sid(SidKind::ApiKey, sid).map_err(|e| Error::InvalidConfig(e.to_string()))?,
                secret,
            ),
            Auth::Token(token) => (account_sid.clone(), token),
        };
        let token = base64::engine::general_purpose::STANDARD
            .encode(format!("{user}:{}", secret.expose_secret()));
        let mut authorization = HeaderValue::from_str(&format!("Basic {token}"))
            .map_err(|_| Error::InvalidConfig("credentials contain invalid characters".into()))?;
        authorization.set_sensitive(true);

        let http = reqwest::Client::builder()
            .user_agent(concat!("flexctl/", env!("CARGO_PKG_VERSION")))
            .timeout(cfg.timeout)
            .connect_timeout(cfg.timeout.min(Duration::from_secs(10)))
            // Twilio does not redirect API calls; following one could carry credentials away.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::InvalidConfig(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                account_sid,
                authorization,
                base: cfg.base,
                retry: cfg.retry,
                limiter: limit::Limiter::new(cfg.concurrency),
                last_date: std::sync::Mutex::new(None),
            }),
        })
    }

    /// The server's clock as its latest response's `Date` header gave it.
    pub fn last_server_date(&self) -> Option<jiff::Timestamp> {
        let text = self
            .inner
            .last_date
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()?;
        jiff::fmt::rfc2822::parse(&text).ok().map(|z| z.timestamp())
    }

    fn note_date(&self, headers: &reqwest::header::HeaderMap) {
        if let Some(d) = headers
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
        {
            *self
                .inner
                .last_date
                .lock()
                .unwrap_or_else(|p| p.into_inner()) = Some(d.to_string());
        }
    }

    pub fn account_sid(&self) -> &str {
        &self.inner.account_sid
    }

    pub fn base_urls(&self) -> &BaseUrls {
        &self.inner.base
    }

    /// The configured bound on requests in flight: how wide a command's fan-out need be.
    pub fn concurrency(&self) -> usize {
        self.inner.limiter.max()
    }
}
