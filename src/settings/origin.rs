//! Where each decided setting came from (a flag, a variable, the profile file, a default), as
//! the resolver decided it, and the rows `profile show` prints from it (secrets masked).

use std::path::Path;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::{Settings, Target};
use crate::twilio::Auth;

/// The source of one setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A command-line flag, by name (`--timeout`).
    Flag(&'static str),
    /// An environment variable, by name (`FLEXCTL_TIMEOUT`).
    Env(&'static str),
    /// The chosen profile's entry in the profiles file.
    Profile,
    /// The profiles file's `active` entry (only for the profile itself).
    Active,
    /// The profile named on the command line (`profile show NAME`).
    Named,
    /// Supplied by the embedded sandbox when it starts.
    Sandbox,
    /// Nothing set it.
    Default,
}

impl Origin {
    /// `flag --timeout`, `env FLEXCTL_TIMEOUT`, `profile prod (path)`, `default`.
    pub fn describe(&self, profile: &str, path: Option<&Path>) -> String {
        let file = path.map_or(String::new(), |p| format!(" ({})", p.display()));
        match self {
            Origin::Flag(f) => format!("flag {f}"),
            Origin::Env(v) => format!("env {v}"),
            Origin::Profile => format!("profile {profile}{file}"),
            Origin::Active => format!("active profile in the profiles file{file}"),
            Origin::Named => "named on the command line".to_owned(),
            Origin::Sandbox => "embedded sandbox".to_owned(),
            Origin::Default => "default".to_owned(),
        }
    }
}

/// The source of every setting the resolver decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origins {
    pub profile: Origin,
    pub account_sid: Origin,
    pub credentials: Origin,
    pub workspace_sid: Origin,
    pub default_agent: Origin,
    pub base_url: Origin,
    pub region: Origin,
    pub edge: Origin,
    pub output: Origin,
    pub timeout: Origin,
    pub concurrency: Origin,
}

impl Default for Origins {
    fn default() -> Self {
        Origins {
            profile: Origin::Default,
            account_sid: Origin::Default,
            credentials: Origin::Default,
            workspace_sid: Origin::Default,
            default_agent: Origin::Default,
            base_url: Origin::Default,
            region: Origin::Default,
            edge: Origin::Default,
            output: Origin::Default,
            timeout: Origin::Default,
            concurrency: Origin::Default,
        }
    }
}

/// The first value present, flag > variable > profile, with where it came from.
pub(super) fn pick(
    flag: (Option<&String>, &'static str),
    env: (Option<&String>, &'static str),
    profile: Option<&String>,
) -> (Option<String>, Origin) {
    match (flag.0, env.0, profile) {
        (Some(v), _, _) => (Some(v.clone()), Origin::Flag(flag.1)),
        (None, Some(v), _) => (Some(v.clone()), Origin::Env(env.1)),
        (None, None, Some(v)) => (Some(v.clone()), Origin::Profile),
        (None, None, None) => (None, Origin::Default),
    }
}

/// One line of `profile show`: a setting, its value (secrets masked) and its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingRow {
    pub setting: &'static str,
    pub value: Option<String>,
    pub source: String,
}

/// At most the last 4 characters of a secret, and only when it is long enough that they give
/// nothing away.
pub fn mask(secret: &SecretString) -> String {
    let s = secret.expose_secret();
    let n = s.chars().count();
    if n >= 16 {
        let tail: String = s.chars().skip(n - 4).collect();
        format!("****{tail}")
    } else {
        "****".to_owned()
    }
}

fn seconds(d: Duration) -> String {
    let ms = d.as_millis();
    if ms % 1000 == 0 {
        format!("{}s", ms / 1000)
    } else {
        format!("{}s", d.as_secs_f64())
    }
}

impl Settings {
    /// Every setting with its value and source; `path` is the profiles file's.
    pub fn rows(&self, path: Option<&Path>) -> Vec<SettingRow> {
        let o = &self.origins;
        let src = |origin: Origin| origin.describe(&self.profile, path);
        let (account, auth, key, secret) = match &self.target {
            Target::Sandbox => (
                Some("(the embedded sandbox's)".to_owned()),
                "sandbox",
                None,
                None,
            ),
            Target::Remote { account_sid, auth } => match auth {
                Auth::ApiKey { sid, secret } => (
                    Some(account_sid.clone()),
                    "api-key",
                    Some(sid.clone()),
                    Some(mask(secret)),
                ),
                Auth::Token(t) => (Some(account_sid.clone()), "auth-token", None, Some(mask(t))),
            },
        };
        let row = |setting, value: Option<String>, origin| SettingRow {
            setting,
            value,
            source: src(origin),
        };
        vec![
            row("profile", Some(self.profile.clone()), o.profile),
            row("account_sid", account, o.account_sid),
            row("auth", Some(auth.to_owned()), o.credentials),
            row("api_key", key, o.credentials),
            row(
                "secret",
                secret,
                match o.credentials {
                    Origin::Env("TWILIO_API_KEY") => Origin::Env("TWILIO_API_SECRET"),
                    other => other,
                },
            ),
            row("workspace_sid", self.workspace_sid.clone(), o.workspace_sid),
            row("default_agent", self.default_agent.clone(), o.default_agent),
            row("base_url", self.base_url.clone(), o.base_url),
            row("region", self.region.clone(), o.region),
            row("edge", self.edge.clone(), o.edge),
            row(
                "output",
                Some(format!("{:?}", self.format).to_lowercase()),
                o.output,
            ),
            row("timeout", Some(seconds(self.timeout)), o.timeout),
            row(
                "concurrency",
                Some(self.concurrency.to_string()),
                o.concurrency,
            ),
        ]
    }
}

#[cfg(test)]
mod tests;
