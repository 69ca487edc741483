//! The command line as clap parses it: global flags and the command tree. The `///` comments
//! are the help text. Nothing here decides anything; `settings` and the commands do.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exit::Exit;

#[derive(Debug, Parser)]
#[command(
    name = "flexctl",
    version,
    about = "Warm transfers on live Twilio Flex voice calls, from a shell",
    long_about = "Warm transfers on live Twilio Flex voice calls, from a shell.\n\n\
        With no credentials configured, flexctl runs against its embedded Twilio-compatible \
        sandbox (a seeded demo contact center), so every command works offline.",
    after_help = exit_codes_help(),
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

fn exit_codes_help() -> String {
    Exit::help_table()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Profile to use (see `flexctl profile list`; `sandbox` is the embedded emulator)
    #[arg(
        short = 'p',
        long,
        global = true,
        env = "FLEXCTL_PROFILE",
        hide_env = true
    )]
    pub profile: Option<String>,
    /// Output format; the data format never depends on the terminal
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,
    /// Omit the header row of tables and TSV
    #[arg(long, global = true)]
    pub no_header: bool,
    /// Never prompt; a missing value is a usage error (also FLEXCTL_NO_INPUT=1 or CI set)
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Answer yes to confirmations
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print what would be done; change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Log each request to stderr (-vv adds bodies); secrets are never shown
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only data and errors; no status lines or pictures
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured with auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Timeout of each request to the backend, e.g. 10s
    #[arg(long, global = true, value_name = "DURATION")]
    pub timeout: Option<String>,
    /// Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// TaskRouter workspace SID (WS…)
    #[arg(long, global = true, value_name = "WS_SID")]
    pub workspace: Option<String>,
}

/// Which live call a command acts on.
#[derive(Debug, Clone, Args, Default)]
pub struct CallSelector {
    /// The call's TaskRouter task (WT…)
    #[arg(long, value_name = "WT_SID")]
    pub task: Option<String>,
    /// The call's conference (CF…)
    #[arg(long, value_name = "CF_SID")]
    pub conference: Option<String>,
    /// The agent whose live call it is
    #[arg(long, value_name = "NAME")]
    pub agent: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Live calls
    #[command(subcommand)]
    Calls(CallsCommand),
    /// Show one call: participants, who hears whom, phase, next verbs
    Status(CallsShowArgs),
    /// Ring an agent or a queue while the customer holds (steps 2–3 of a warm transfer)
    Consult(ConsultArgs),
    /// The whole hand-off in one command: consult, wait for the answer, merge, leave
    Transfer(TransferArgs),
    /// Cancel the pending or connected consult and bring the customer back
    Cancel(CallArgs),
    /// Put a party on hold: `customer`, an agent name, or `me`
    Hold(WhoArgs),
    /// Take a party off hold: `customer`, an agent name, or `me`
    Unhold(WhoArgs),
    /// Switch between the customer and the consult leg
    Swap(CallArgs),
    /// Unhold everyone: a three-way call
    Merge(CallArgs),
    /// Remove an agent from the conference
    #[command(alias = "hangup")]
    Remove(RemoveArgs),
    /// The acting agent leaves; the other agent carries on with the customer
    Leave(LeaveArgs),
    /// Say why a transfer will not start, and fix what can be fixed safely
    Doctor(DoctorArgs),
    /// The transfer directory of agents
    #[command(subcommand)]
    Agents(AgentsCommand),
    /// The transfer directory of queues
    #[command(subcommand)]
    Queues(QueuesCommand),
    /// Act on queues (reset stale ones)
    #[command(subcommand)]
    Queue(QueueCommand),
    /// Run and drive the embedded Twilio-compatible sandbox
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Credentials and defaults
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CallArgs {
    #[command(flatten)]
    pub select: CallSelector,
}

#[derive(Debug, Clone, Subcommand)]
pub enum TargetKind {
    /// An agent, by name or WK SID
    Agent {
        /// Agent name (omit on a terminal to pick from the directory)
        name: Option<String>,
    },
    /// A queue, by name or WQ SID
    Queue {
        /// Queue name (omit on a terminal to pick from the directory)
        name: Option<String>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ConsultArgs {
    #[command(subcommand)]
    pub target: TargetKind,
    #[command(flatten)]
    pub select: CallSelector,
    /// How long the target may ring before the consult is canceled, e.g. 30s
    #[arg(long, default_value = "30s", value_name = "DURATION", global = true)]
    pub ring_timeout: String,
    /// Block until the target answers (a spinner shows on a terminal)
    #[arg(long, global = true)]
    pub wait: bool,
    /// Go ahead even when no agent of the queue is available
    #[arg(long, global = true)]
    pub force: bool,
}

#[derive(Debug, Clone, Args)]
pub struct TransferArgs {
    #[command(subcommand)]
    pub target: TargetKind,
    #[command(flatten)]
    pub select: CallSelector,
    /// How long the target may ring, e.g. 30s
    #[arg(long, default_value = "30s", value_name = "DURATION", global = true)]
    pub ring_timeout: String,
    /// Blind transfer: the customer stays live and the acting agent leaves once the target
    /// answers (never before)
    #[arg(long, global = true)]
    pub cold: bool,
    /// Go ahead even when no agent of the queue is available
    #[arg(long, global = true)]
    pub force: bool,
    /// Move the acting agent's task to wrapping after leaving
    #[arg(long, global = true)]
    pub wrap: bool,
}

#[derive(Debug, Clone, Args)]
pub struct WhoArgs {
    /// `customer`, an agent name, or `me`
    pub who: String,
    #[command(flatten)]
    pub select: CallSelector,
}

#[derive(Debug, Clone, Args)]
pub struct RemoveArgs {
    /// The agent to remove (name or WK SID); with --customer, omit it
    pub name: Option<String>,
    /// Remove the customer (hangs up on them; needs --yes)
    #[arg(long)]
    pub customer: bool,
    #[command(flatten)]
    pub select: CallSelector,
}

#[derive(Debug, Clone, Args)]
pub struct LeaveArgs {
    /// Move the leaving agent's task to wrapping
    #[arg(long)]
    pub wrap: bool,
    #[command(flatten)]
    pub select: CallSelector,
}

#[derive(Debug, Subcommand)]
pub enum CallsCommand {
    /// Live calls: task, conference, agent, customer, consult leg, phase, age
    List,
    /// One call: participants, who hears whom, phase, and the verbs that make sense next
    Show(CallsShowArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CallsShowArgs {
    /// A task SID (WT…), conference SID (CF…) or agent name
    pub call: Option<String>,
    #[command(flatten)]
    pub select: CallSelector,
}

#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// Agents: activity, availability, on a call, queues
    List(AgentsListArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AgentsListArgs {
    /// Only agents available to take a transfer
    #[arg(long)]
    pub available: bool,
    /// Only agents eligible for this queue (name or WQ SID)
    #[arg(long, value_name = "QUEUE")]
    pub queue: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum QueuesCommand {
    /// Queues: eligible/available agents, tasks waiting, tasks in the last 30 days, stale flag
    List(QueuesListArgs),
}

#[derive(Debug, Clone, Args)]
pub struct QueuesListArgs {
    /// Only queues with no task in the last 30 days
    #[arg(long)]
    pub stale: bool,
}

#[derive(Debug, Clone, Args)]
pub struct DoctorArgs {
    /// A task SID (WT…), conference SID (CF…) or agent name
    pub call: Option<String>,
    #[command(flatten)]
    pub select: CallSelector,
    /// The transfer target to check: an agent or a queue (name or SID)
    #[arg(long, value_name = "AGENT|QUEUE")]
    pub target: Option<String>,
    /// Check every queue for staleness
    #[arg(long)]
    pub all_queues: bool,
    /// Repair what can be repaired safely, then check again
    #[arg(long)]
    pub fix: bool,
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Route a synthetic task to each queue and cancel it, so transfers to it work again
    Reset(QueueResetArgs),
}

#[derive(Debug, Clone, Args)]
pub struct QueueResetArgs {
    /// Queues to reset (names or WQ SIDs)
    pub names: Vec<String>,
    /// Every queue with no task in the last 30 days
    #[arg(long)]
    pub stale: bool,
    /// Reset even queues that are already active
    #[arg(long)]
    pub force: bool,
    /// How many queues at once (lowered automatically when Twilio throttles)
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Run the sandbox as a server until Ctrl-C; prints its base URL and credentials
    Serve(ServeArgs),
    /// Print the sandbox's base URL, account, workspace and clock
    Info,
    /// Recreate the seeded demo contact center (credentials and request log are kept)
    Reset,
    /// Show or change the sandbox clock
    Clock(ClockArgs),
    /// Make an agent's ringing call or pending reservation be answered now
    Answer(AgentNameArg),
    /// Make an agent's ringing call or pending reservation be rejected now
    Reject(AgentNameArg),
    /// Set how a simulated agent responds to calls and reservations
    Agent(AgentBehaviorArgs),
    /// Make the customer of a live call hang up
    HangupCustomer(HangupArgs),
    /// Recent requests the sandbox served
    Log(LogArgs),
    /// Show, set or clear fault injection (errors, throttling, delays, lost responses)
    Faults(FaultsArgs),
}

#[derive(Debug, Clone, Args)]
pub struct FaultsArgs {
    #[command(subcommand)]
    pub action: Option<FaultsAction>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum FaultsAction {
    /// Show the current faults and how many were injected
    Show,
    /// Set faults, e.g. `rate=0.2,kinds=500+429+lost,seed=7` or `latency=50ms`
    Set { spec: String },
    /// Switch faults off
    Clear,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1:4010")]
    pub addr: String,
    /// Database file (default: $XDG_DATA_HOME/flexctl/sandbox.db)
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Allow listening on a non-loopback address (anyone who can reach it and has the
    /// credentials can use it)
    #[arg(long)]
    pub allow_remote: bool,
    /// Inject faults from the start, e.g. `rate=0.2,kinds=503+429,seed=1` or `latency=50ms`
    #[arg(long, value_name = "SPEC")]
    pub faults: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct ClockArgs {
    #[command(subcommand)]
    pub action: Option<ClockAction>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ClockAction {
    /// Print the sandbox time
    Show,
    /// Set the sandbox time (ISO 8601, e.g. 2026-12-01T09:00:00Z)
    Set {
        time: String,
        /// Keep the clock stopped there until advanced
        #[arg(long)]
        freeze: bool,
    },
    /// Move the sandbox time forward, e.g. 31d, 2s
    Advance { duration: String },
    /// Stop the clock where it is
    Freeze,
    /// Let a stopped clock run again
    Unfreeze,
    /// Back to real time
    Real,
}

#[derive(Debug, Clone, Args)]
pub struct AgentNameArg {
    /// Agent (worker friendly name)
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct AgentBehaviorArgs {
    /// Agent (worker friendly name)
    pub name: String,
    /// Answer after this long (e.g. 2s), or `never`
    #[arg(long, value_name = "DURATION|never")]
    pub answer_after: Option<String>,
    /// Reject calls and reservations (after the delay) instead of answering
    #[arg(long, conflicts_with = "answer_after")]
    pub reject: bool,
}

#[derive(Debug, Clone, Args)]
pub struct HangupArgs {
    /// The call's conference (CF… or its friendly name, the task SID); needed when several
    /// calls are live
    #[arg(long)]
    pub conference: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct LogArgs {
    /// How many of the most recent requests
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    /// Only requests after this log ID
    #[arg(long)]
    pub since: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add (or replace) a profile; prompts for missing values on a terminal
    Add(Box<ProfileAddArgs>),
    /// List profiles (secrets are never printed)
    List,
    /// Make a profile the default
    Use(ProfileNameArg),
    /// Show the profile in use (or NAME), with where each setting comes from; no secrets
    Show(ProfileShowArgs),
    /// Remove a profile
    Remove(ProfileNameArg),
    /// Import the profiles of twilio-cli (~/.twilio-cli/config.json)
    ImportTwilioCli(ImportArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ProfileNameArg {
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct ProfileShowArgs {
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
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// twilio-cli's config file (default: ~/.twilio-cli/config.json)
    #[arg(long)]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// Shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
