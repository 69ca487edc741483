//! Resolving what a run uses (profile, credentials, workspace, hosts, output) from flags, the
//! environment and the profiles file, in one pure function: flags > environment > profile file
//! > defaults. No I/O here: callers pass in what they read.

use std::time::Duration;

use secrecy::SecretString;

use crate::cli::OutputFormat;
use crate::config::{ConfigFile, Profile, SANDBOX_PROFILE};
use crate::domain::{parse_sid, SidError, SidKind};
use crate::twilio::{self, Auth, BaseUrls, ClientConfig};

mod auth;
mod origin;

pub use origin::{mask, Origin, Origins, SettingRow};

/// Name shown for credentials taken from `TWILIO_*` variables with no profile selected.
pub const ENV_PROFILE: &str = "environment";

/// Values given on the command line (already parsed and checked by clap).
#[derive(Debug, Clone, Default)]
pub struct FlagInputs {
    pub profile: Option<String>,
    pub workspace_sid: Option<String>,
    pub base_url: Option<String>,
    pub output: Option<OutputFormat>,
    /// `--concurrency`: the most requests in flight at once.
    pub concurrency: Option<usize>,
    /// `--timeout`: of each request.
    pub timeout: Option<Duration>,
    /// `--yes`: confirmations answered.
    pub yes: bool,
    /// `--dry-run`: print the plan, change nothing.
    pub dry_run: bool,
}

/// The environment variables flexctl reads. Empty values count as unset.
#[derive(Debug, Clone, Default)]
pub struct EnvInputs {
    pub twilio_account_sid: Option<String>,
    pub twilio_auth_token: Option<SecretString>,
    pub twilio_api_key: Option<String>,
    pub twilio_api_secret: Option<SecretString>,
    pub twilio_region: Option<String>,
    pub twilio_edge: Option<String>,
    pub flexctl_profile: Option<String>,
    pub flexctl_workspace_sid: Option<String>,
    pub flexctl_base_url: Option<String>,
    pub flexctl_concurrency: Option<String>,
    pub flexctl_timeout: Option<String>,
}

impl EnvInputs {
    /// Reads the variables through `get` (`|k| std::env::var(k).ok()` in the binary).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> EnvInputs {
        let var = |k: &str| {
            get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        EnvInputs {
            twilio_account_sid: var("TWILIO_ACCOUNT_SID"),
            twilio_auth_token: var("TWILIO_AUTH_TOKEN").map(Into::into),
            twilio_api_key: var("TWILIO_API_KEY"),
            twilio_api_secret: var("TWILIO_API_SECRET").map(Into::into),
            twilio_region: var("TWILIO_REGION"),
            twilio_edge: var("TWILIO_EDGE"),
            flexctl_profile: var("FLEXCTL_PROFILE"),
            flexctl_workspace_sid: var("FLEXCTL_WORKSPACE_SID"),
            flexctl_base_url: var("FLEXCTL_BASE_URL"),
            flexctl_concurrency: var("FLEXCTL_CONCURRENCY"),
            flexctl_timeout: var("FLEXCTL_TIMEOUT"),
        }
    }

    fn has_credentials(&self) -> bool {
        self.twilio_account_sid.is_some()
            || self.twilio_auth_token.is_some()
            || self.twilio_api_key.is_some()
            || self.twilio_api_secret.is_some()
    }
}

/// Where the chosen profile came from (for messages such as "using profile X from …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileSource {
    Flag,
    Env,
    ConfigActive,
    EnvCredentials,
    Default,
}

/// What the run talks to.
#[derive(Debug, Clone)]
pub enum Target {
    /// The embedded emulator (the implicit `sandbox` profile): no credentials needed.
    Sandbox,
    Remote {
        account_sid: String,
        auth: Auth,
    },
}

/// The decided settings for one run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: String,
    pub profile_source: ProfileSource,
    pub target: Target,
    pub workspace_sid: Option<String>,
    pub default_agent: Option<String>,
    pub base_url: Option<String>,
    pub region: Option<String>,
    pub edge: Option<String>,
    /// How data is printed: `--output` > the profile's `output` > a table.
    pub format: OutputFormat,
    /// The most Twilio requests in flight at once, for the whole process.
    pub concurrency: usize,
    /// Where `concurrency` was chosen (`--concurrency`, the variable, the profile), if it was.
    pub concurrency_origin: Option<&'static str>,
    /// The timeout of each request: `--timeout` > `FLEXCTL_TIMEOUT` > 30 s.
    pub timeout: Duration,
    /// Confirmations answered yes (`--yes`).
    pub yes: bool,
    /// Print the plan and change nothing (`--dry-run`).
    pub dry_run: bool,
    /// Where each setting came from.
    pub origins: Origins,
    /// The flags it was resolved from (`profile show NAME` resolves them again for NAME).
    pub flags: FlagInputs,
}

/// The timeout of each request when none is set.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("no profile named {name:?}")]
    UnknownProfile { name: String, known: Vec<String> },
    #[error("{what} is missing")]
    Missing { what: String, hint: String },
    #[error("{origin}: {source}")]
    InvalidSid { origin: String, source: SidError },
    #[error("{origin}: concurrency {value:?} is not a whole number from 1 to {max}", max = twilio::MAX_CONCURRENCY)]
    InvalidConcurrency { origin: String, value: String },
    #[error("FLEXCTL_TIMEOUT: {reason}")]
    InvalidTimeout { reason: String },
    #[error("profile {profile}: output {value:?} is not table, json or tsv")]
    InvalidOutput { profile: String, value: String },
}

impl SettingsError {
    pub fn hint(&self) -> Option<String> {
        match self {
            SettingsError::UnknownProfile { known, .. } => Some(format!(
                "known profiles: {}; add one with `flexctl profile add NAME`",
                std::iter::once(SANDBOX_PROFILE)
                    .chain(known.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            SettingsError::Missing { hint, .. } => Some(hint.clone()),
            SettingsError::InvalidSid { .. } => None,
            SettingsError::InvalidConcurrency { .. } => Some(format!(
                "e.g. --concurrency 16 (the default is {})",
                twilio::DEFAULT_CONCURRENCY
            )),
            SettingsError::InvalidTimeout { .. } => Some("e.g. FLEXCTL_TIMEOUT=10s".into()),
            SettingsError::InvalidOutput { profile, .. } => Some(format!(
                "fix `output` in profile {profile}, or pass -o table|json|tsv"
            )),
        }
    }
}

fn checked(
    kind: SidKind,
    value: Option<String>,
    origin: &str,
) -> Result<Option<String>, SettingsError> {
    value
        .map(|v| {
            parse_sid(kind, &v).map_err(|source| SettingsError::InvalidSid {
                origin: origin.to_owned(),
                source,
            })
        })
        .transpose()
}

/// Folds flags, environment and the profiles file into [`Settings`].
///
/// Profile: `--profile` > `FLEXCTL_PROFILE` > the file's `active` > `TWILIO_*` credentials on
/// their own > the implicit `sandbox`. Each value then comes from the flag, else the
/// environment, else the chosen profile. Credentials are taken as a unit (a key with its
/// secret) from the environment if it has any, else from the profile.
pub fn resolve(
    flags: &FlagInputs,
    env: &EnvInputs,
    file: &ConfigFile,
) -> Result<Settings, SettingsError> {
    let (name, source, profile_origin) = if let Some(p) = &flags.profile {
        (p.clone(), ProfileSource::Flag, Origin::Flag("--profile"))
    } else if let Some(p) = &env.flexctl_profile {
        (
            p.clone(),
            ProfileSource::Env,
            Origin::Env("FLEXCTL_PROFILE"),
        )
    } else if let Some(p) = &file.active {
        (p.clone(), ProfileSource::ConfigActive, Origin::Active)
    } else if env.has_credentials() {
        (
            ENV_PROFILE.to_owned(),
            ProfileSource::EnvCredentials,
            Origin::Env("TWILIO_ACCOUNT_SID"),
        )
    } else {
        (
            SANDBOX_PROFILE.to_owned(),
            ProfileSource::Default,
            Origin::Default,
        )
    };

    let empty = Profile::default();
    let profile = if name == SANDBOX_PROFILE || source == ProfileSource::EnvCredentials {
        &empty
    } else {
        file.profiles
            .get(&name)
            .ok_or_else(|| SettingsError::UnknownProfile {
                name: name.clone(),
                known: file.profiles.keys().cloned().collect(),
            })?
    };

    let (workspace_sid, workspace_origin) = origin::pick(
        (flags.workspace_sid.as_ref(), "--workspace"),
        (env.flexctl_workspace_sid.as_ref(), "FLEXCTL_WORKSPACE_SID"),
        profile.workspace_sid.as_ref(),
    );
    let workspace_sid = checked(
        SidKind::Workspace,
        workspace_sid,
        &match workspace_origin {
            Origin::Flag(n) | Origin::Env(n) => n.to_owned(),
            _ => format!("profile {name}"),
        },
    )?;

    let (target, account_origin, credentials_origin) = if name == SANDBOX_PROFILE {
        (Target::Sandbox, Origin::Sandbox, Origin::Sandbox)
    } else {
        auth::remote_target(&name, env, profile)?
    };

    let (concurrency, concurrency_origin) = concurrency(flags.concurrency, env, profile)?;
    let (format, output_origin) = format(flags.output, &name, profile)?;
    let (timeout, timeout_origin) = timeout(flags.timeout, env)?;
    let (base_url, base_url_origin) = origin::pick(
        (flags.base_url.as_ref(), "--base-url"),
        (env.flexctl_base_url.as_ref(), "FLEXCTL_BASE_URL"),
        profile.base_url.as_ref(),
    );
    let (region, region_origin) = origin::pick(
        (None, ""),
        (env.twilio_region.as_ref(), "TWILIO_REGION"),
        profile.region.as_ref(),
    );
    let (edge, edge_origin) = origin::pick(
        (None, ""),
        (env.twilio_edge.as_ref(), "TWILIO_EDGE"),
        profile.edge.as_ref(),
    );
    let origins = Origins {
        profile: profile_origin,
        account_sid: account_origin,
        credentials: credentials_origin,
        workspace_sid: workspace_origin,
        default_agent: if profile.default_agent.is_some() {
            Origin::Profile
        } else {
            Origin::Default
        },
        base_url: base_url_origin,
        region: region_origin,
        edge: edge_origin,
        output: output_origin,
        timeout: timeout_origin,
        concurrency: match concurrency_origin {
            Some("--concurrency") => Origin::Flag("--concurrency"),
            Some("FLEXCTL_CONCURRENCY") => Origin::Env("FLEXCTL_CONCURRENCY"),
            Some(_) => Origin::Profile,
            None => Origin::Default,
        },
    };
    Ok(Settings {
        profile: name,
        profile_source: source,
        target,
        workspace_sid,
        default_agent: profile.default_agent.clone(),
        base_url,
        region,
        edge,
        format,
        concurrency,
        concurrency_origin,
        timeout,
        yes: flags.yes,
        dry_run: flags.dry_run,
        origins,
        flags: flags.clone(),
    })
}

fn format(
    flag: Option<OutputFormat>,
    name: &str,
    profile: &Profile,
) -> Result<(OutputFormat, Origin), SettingsError> {
    if let Some(f) = flag {
        return Ok((f, Origin::Flag("--output")));
    }
    let from_profile = |f| Ok((f, Origin::Profile));
    match profile.output.as_deref().map(str::trim) {
        None | Some("") => Ok((OutputFormat::Table, Origin::Default)),
        Some("table") => from_profile(OutputFormat::Table),
        Some("json") => from_profile(OutputFormat::Json),
        Some("tsv") => from_profile(OutputFormat::Tsv),
        Some(other) => Err(SettingsError::InvalidOutput {
            profile: name.to_owned(),
            value: other.to_owned(),
        }),
    }
}

fn timeout(flag: Option<Duration>, env: &EnvInputs) -> Result<(Duration, Origin), SettingsError> {
    if let Some(t) = flag {
        return Ok((t, Origin::Flag("--timeout")));
    }
    match &env.flexctl_timeout {
        None => Ok((DEFAULT_TIMEOUT, Origin::Default)),
        Some(v) => crate::cli::parse::positive_duration(v)
            .map(|t| (t, Origin::Env("FLEXCTL_TIMEOUT")))
            .map_err(|reason| SettingsError::InvalidTimeout { reason }),
    }
}

/// `--concurrency` > `FLEXCTL_CONCURRENCY` > the profile's `concurrency` > the default.
fn concurrency(
    flag: Option<usize>,
    env: &EnvInputs,
    profile: &Profile,
) -> Result<(usize, Option<&'static str>), SettingsError> {
    let (origin, value) = match (flag, &env.flexctl_concurrency, profile.concurrency) {
        (Some(n), _, _) => ("--concurrency", n.to_string()),
        (None, Some(v), _) => ("FLEXCTL_CONCURRENCY", v.clone()),
        (None, None, Some(n)) => ("the profile's concurrency", n.to_string()),
        (None, None, None) => return Ok((twilio::DEFAULT_CONCURRENCY, None)),
    };
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=twilio::MAX_CONCURRENCY).contains(n))
        .map(|n| (n, Some(origin)))
        .ok_or(SettingsError::InvalidConcurrency {
            origin: origin.to_owned(),
            value,
        })
}

impl Settings {
    pub fn is_sandbox(&self) -> bool {
        matches!(self.target, Target::Sandbox)
    }

    /// The hosts to talk to: the base URL override, else region/edge hosts, else Twilio's.
    pub fn base_urls(&self) -> Result<BaseUrls, twilio::Error> {
        BaseUrls::resolve(
            self.base_url.as_deref(),
            self.region.as_deref(),
            self.edge.as_deref(),
        )
    }

    /// The client configuration for a remote target; `None` for the sandbox, whose
    /// credentials and address only exist once it is running.
    pub fn client_config(&self) -> Result<Option<ClientConfig>, twilio::Error> {
        let Target::Remote { account_sid, auth } = &self.target else {
            return Ok(None);
        };
        let mut cfg = ClientConfig::new(account_sid.clone(), auth.clone());
        cfg.base = self.base_urls()?;
        cfg.timeout = self.timeout;
        cfg.concurrency = self.concurrency;
        Ok(Some(cfg))
    }
}

#[cfg(test)]
mod tests;
