//! Arguments of `flexctl profile …`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::OutputFormat;

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add (or replace) a profile; prompts for missing values on a terminal
    Add(Box<ProfileAddArgs>),
    /// List profiles (secrets are never printed)
    List,
    /// Make a profile the default
    Use(ProfileNameArg),
    /// Every setting the profile in use (or NAME) gives a run: its value (secrets masked) and
    /// where it comes from (flag, environment variable, profile file, default)
    Show(ProfileShowArgs),
    /// Remove a profile
    Remove(ProfileNameArg),
    /// Import the profiles of twilio-cli (~/.twilio-cli/config.json); asks before making its
    /// active project the active profile
    ImportTwilioCli(ImportArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ProfileNameArg {
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct ProfileShowArgs {
    /// The profile to show (default: the one this run would use)
    pub name: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ProfileAddArgs {
    /// Profile name
    pub name: String,
    /// Account SID (AC…)
    #[arg(long)]
    pub account_sid: Option<String>,
    /// API key SID (SK…); recommended over the auth token
    #[arg(long)]
    pub api_key: Option<String>,
    /// API key secret (prefer the prompt or FLEXCTL_API_SECRET so it stays out of shell history)
    #[arg(long, env = "FLEXCTL_API_SECRET", hide_env_values = true)]
    pub api_secret: Option<String>,
    /// Auth token (prefer an API key)
    #[arg(long, env = "FLEXCTL_AUTH_TOKEN", hide_env_values = true)]
    pub auth_token: Option<String>,
    /// TaskRouter workspace SID (WS…)
    #[arg(long = "workspace-sid")]
    pub workspace_sid: Option<String>,
    /// Agent that selects the call when none is given
    #[arg(long)]
    pub default_agent: Option<String>,
    /// Base URL for every Twilio domain (e.g. a sandbox)
    #[arg(long = "profile-base-url", value_name = "URL")]
    pub base_url: Option<String>,
    /// Twilio region (e.g. ie1)
    #[arg(long)]
    pub region: Option<String>,
    /// Twilio edge (e.g. dublin)
    #[arg(long)]
    pub edge: Option<String>,
    /// Default output format
    #[arg(long = "default-output", value_enum)]
    pub default_output: Option<OutputFormat>,
    /// Make it the default profile
    #[arg(long = "use")]
    pub make_default: bool,
    /// Save without testing the credentials (by default one request checks them; a failed
    /// test saves only when confirmed, or with --yes)
    #[arg(long)]
    pub no_verify: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// twilio-cli's config file (default: ~/.twilio-cli/config.json)
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Make twilio-cli's active project the active profile without asking (without a
    /// terminal it is never switched otherwise)
    #[arg(long)]
    pub activate: bool,
}
