//! The profiles file (`config.toml`): where it lives, reading it safely (refusing secrets that
//! others can read, as ssh does), atomic writes with mode 0600, and the profile operations.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::domain::{parse_sid, SidKind};
use crate::twilio::BaseUrls;

mod import;
mod io;

pub use import::{import_twilio_cli, ImportedProfiles};
pub use io::{config_path, load, save};

/// The implicit profile that means "the embedded sandbox"; it always exists and cannot be
/// added or removed.
pub const SANDBOX_PROFILE: &str = "sandbox";

/// One named set of credentials and defaults. `Debug` never shows the secrets.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub account_sid: Option<String>,
    pub api_key: Option<String>,
    pub api_secret: Option<SecretString>,
    pub auth_token: Option<SecretString>,
    pub workspace_sid: Option<String>,
    pub default_agent: Option<String>,
    pub base_url: Option<String>,
    pub region: Option<String>,
    pub edge: Option<String>,
    pub output: Option<String>,
    /// The most requests in flight at once (`--concurrency` overrides it).
    pub concurrency: Option<u32>,
}

impl Profile {
    pub fn has_secret(&self) -> bool {
        self.api_secret.is_some() || self.auth_token.is_some()
    }

    /// Which kind of credentials the profile holds, for listings.
    pub fn auth_kind(&self) -> &'static str {
        match (&self.api_key, &self.auth_token) {
            (Some(_), _) => "api-key",
            (None, Some(_)) => "auth-token",
            (None, None) => "none",
        }
    }

    /// Checks the SIDs' forms and that a key comes with its secret.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let checks = [
            (SidKind::Account, &self.account_sid),
            (SidKind::ApiKey, &self.api_key),
            (SidKind::Workspace, &self.workspace_sid),
        ];
        for (kind, value) in checks {
            if let Some(v) = value {
                parse_sid(kind, v).map_err(|e| ConfigError::Invalid(e.to_string()))?;
            }
        }
        if self.api_key.is_some() && self.api_secret.is_none() {
            return Err(ConfigError::Invalid(
                "an API key needs its API secret".into(),
            ));
        }
        if self.api_secret.is_some() && self.api_key.is_none() {
            return Err(ConfigError::Invalid(
                "an API secret needs its API key (SK…)".into(),
            ));
        }
        if self.has_secret() && self.account_sid.is_none() {
            return Err(ConfigError::Invalid(
                "credentials need the account SID (AC…)".into(),
            ));
        }
        self.hosts()?;
        Ok(())
    }

    /// The hosts this profile's base URL, region and edge mean, by the rule a run applies to
    /// them (so a value a run would refuse is refused when it is saved).
    pub fn hosts(&self) -> Result<BaseUrls, ConfigError> {
        BaseUrls::resolve(
            self.base_url.as_deref(),
            self.region.as_deref(),
            self.edge.as_deref(),
        )
        .map_err(|e| {
            ConfigError::Invalid(match e {
                crate::twilio::Error::InvalidConfig(m) => m,
                other => other.to_string(),
            })
        })
    }
}

/// The parsed file: the active profile and the named profiles.
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    pub active: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
}

/// What `profile list` / `profile show` print: everything but secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileSummary {
    pub name: String,
    pub active: bool,
    /// The built-in `sandbox` profile.
    pub implicit: bool,
    /// `api-key`, `auth-token`, `none` or `sandbox`.
    pub auth: String,
    pub account_sid: Option<String>,
    pub api_key: Option<String>,
    pub workspace_sid: Option<String>,
    pub default_agent: Option<String>,
    pub base_url: Option<String>,
    pub region: Option<String>,
    pub edge: Option<String>,
    pub output: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a valid flexctl config file: {detail}")]
    Parse { path: PathBuf, detail: String },
    #[error("{path} holds secrets but can be read by other users (mode {mode:03o})")]
    Insecure { path: PathBuf, mode: u32 },
    #[error("no profile named {name:?}")]
    UnknownProfile { name: String, known: Vec<String> },
    #[error("the profile name {0:?} is reserved for the embedded sandbox")]
    Reserved(String),
    #[error("invalid profile: {0}")]
    Invalid(String),
    #[error("neither XDG_CONFIG_HOME nor HOME is set: cannot locate the config file")]
    NoHome,
}

/// The profiles file: where it is and what it holds (empty when there is none).
pub fn load_config() -> Result<(PathBuf, ConfigFile), ConfigError> {
    let path = config_path(|k| std::env::var(k).ok())?;
    let file = load(&path)?;
    Ok((path, file))
}

impl ConfigError {
    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            ConfigError::Insecure { path, .. } => Some(format!("chmod 600 {}", path.display())),
            ConfigError::UnknownProfile { known, .. } => Some(format!(
                "known profiles: {}",
                std::iter::once(SANDBOX_PROFILE)
                    .chain(known.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            ConfigError::Reserved(_) => Some("choose another name".into()),
            ConfigError::NoHome => Some("set HOME or XDG_CONFIG_HOME".into()),
            _ => None,
        }
    }
}

/// The file's TOML shape; secrets are plain strings only here, for the moment of (de)coding.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    active: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, RawProfile>,
}

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    account_sid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    api_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    auth_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_sid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    default_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    edge: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    output: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    concurrency: Option<u32>,
}

impl fmt::Debug for RawProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RawProfile { .. }")
    }
}

impl From<RawProfile> for Profile {
    fn from(r: RawProfile) -> Profile {
        Profile {
            account_sid: r.account_sid,
            api_key: r.api_key,
            api_secret: r.api_secret.map(SecretString::from),
            auth_token: r.auth_token.map(SecretString::from),
            workspace_sid: r.workspace_sid,
            default_agent: r.default_agent,
            base_url: r.base_url,
            region: r.region,
            edge: r.edge,
            output: r.output,
            concurrency: r.concurrency,
        }
    }
}

impl From<&Profile> for RawProfile {
    fn from(p: &Profile) -> RawProfile {
        RawProfile {
            account_sid: p.account_sid.clone(),
            api_key: p.api_key.clone(),
            api_secret: p.api_secret.as_ref().map(|s| s.expose_secret().to_owned()),
            auth_token: p.auth_token.as_ref().map(|s| s.expose_secret().to_owned()),
            workspace_sid: p.workspace_sid.clone(),
            default_agent: p.default_agent.clone(),
            base_url: p.base_url.clone(),
            region: p.region.clone(),
            edge: p.edge.clone(),
            output: p.output.clone(),
            concurrency: p.concurrency,
        }
    }
}

impl ConfigFile {
    /// Parses TOML text (`path` only names the file in errors).
    pub fn parse(text: &str, path: &Path) -> Result<ConfigFile, ConfigError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            // toml's message quotes the offending line, which may hold a secret: keep only
            // the first line of the message (what and where).
            detail: match e.span() {
                Some(span) => format!(
                    "line {}: {}",
                    text.get(..span.start)
                        .map_or(0, |t| t.matches('\n').count())
                        + 1,
                    e.message().lines().next().unwrap_or("")
                ),
                None => e.message().lines().next().unwrap_or("").to_owned(),
            },
        })?;
        Ok(ConfigFile {
            active: raw.active,
            profiles: raw
                .profiles
                .into_iter()
                .map(|(k, v)| (k, v.into()))
                .collect(),
        })
    }

    pub fn to_toml(&self) -> String {
        let raw = RawFile {
            active: self.active.clone(),
            profiles: self
                .profiles
                .iter()
                .map(|(k, v)| (k.clone(), v.into()))
                .collect(),
        };
        toml::to_string(&raw).unwrap_or_default()
    }

    pub fn has_secrets(&self) -> bool {
        self.profiles.values().any(Profile::has_secret)
    }

    /// Adds or replaces a profile; returns whether one was replaced.
    pub fn add(&mut self, name: &str, profile: Profile) -> Result<bool, ConfigError> {
        check_name(name)?;
        profile.validate()?;
        Ok(self.profiles.insert(name.to_owned(), profile).is_some())
    }

    /// Every profile, the implicit sandbox first; never secrets.
    pub fn list(&self) -> Vec<ProfileSummary> {
        let mut out = vec![self.sandbox_summary()];
        out.extend(self.profiles.iter().map(|(n, p)| self.summary(n, p)));
        out
    }

    /// One profile's summary (`sandbox` included).
    pub fn show(&self, name: &str) -> Result<ProfileSummary, ConfigError> {
        if name == SANDBOX_PROFILE {
            return Ok(self.sandbox_summary());
        }
        let p = self.profiles.get(name).ok_or_else(|| self.unknown(name))?;
        Ok(self.summary(name, p))
    }

    /// Makes `name` the active profile.
    pub fn use_profile(&mut self, name: &str) -> Result<(), ConfigError> {
        if name != SANDBOX_PROFILE && !self.profiles.contains_key(name) {
            return Err(self.unknown(name));
        }
        self.active = Some(name.to_owned());
        Ok(())
    }

    /// Removes a profile; removing the active one clears `active` (back to the default).
    pub fn remove(&mut self, name: &str) -> Result<Profile, ConfigError> {
        if name == SANDBOX_PROFILE {
            return Err(ConfigError::Reserved(name.to_owned()));
        }
        let p = self
            .profiles
            .remove(name)
            .ok_or_else(|| self.unknown(name))?;
        if self.active.as_deref() == Some(name) {
            self.active = None;
        }
        Ok(p)
    }

    pub(crate) fn unknown(&self, name: &str) -> ConfigError {
        ConfigError::UnknownProfile {
            name: name.to_owned(),
            known: self.profiles.keys().cloned().collect(),
        }
    }

    fn sandbox_summary(&self) -> ProfileSummary {
        let active = matches!(self.active.as_deref(), None | Some(SANDBOX_PROFILE));
        ProfileSummary {
            name: SANDBOX_PROFILE.to_owned(),
            active,
            implicit: true,
            auth: "sandbox".to_owned(),
            account_sid: None,
            api_key: None,
            workspace_sid: None,
            default_agent: None,
            base_url: None,
            region: None,
            edge: None,
            output: None,
        }
    }

    fn summary(&self, name: &str, p: &Profile) -> ProfileSummary {
        ProfileSummary {
            name: name.to_owned(),
            active: self.active.as_deref() == Some(name),
            implicit: false,
            auth: p.auth_kind().to_owned(),
            account_sid: p.account_sid.clone(),
            api_key: p.api_key.clone(),
            workspace_sid: p.workspace_sid.clone(),
            default_agent: p.default_agent.clone(),
            base_url: p.base_url.clone(),
            region: p.region.clone(),
            edge: p.edge.clone(),
            output: p.output.clone(),
        }
    }
}

/// Profile names appear in commands and file keys: keep them simple.
pub fn check_name(name: &str) -> Result<(), ConfigError> {
    if name == SANDBOX_PROFILE {
        return Err(ConfigError::Reserved(name.to_owned()));
    }
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(ConfigError::Invalid(format!(
            "profile name {name:?} must be 1-64 letters, digits, '-', '_' or '.'"
        )))
    }
}

#[cfg(test)]
mod tests;
