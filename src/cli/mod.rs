//! The command line as clap parses it: global flags and the command tree. The `///` comments
//! are the help text. Nothing here decides anything; `settings` and the commands do.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::exit::Exit;

mod drain;
pub mod parse;
mod profile;
mod sandbox;
mod verbs;
mod watch;

pub use drain::DrainArgs;
pub use profile::*;
pub use sandbox::*;
pub use verbs::*;
pub use watch::WatchArgs;

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
    /// Tables in full on a terminal: every column, whole SIDs and labels (pipes always are)
    #[arg(long, global = true)]
    pub wide: bool,
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
    /// Timeout of each request to the backend, e.g. 10s or 1.5s (also FLEXCTL_TIMEOUT)
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse::positive_duration)]
    pub timeout: Option<std::time::Duration>,
    /// The most requests in flight at once, for the whole run (default 32; halved on 429s)
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=256))]
    pub concurrency: Option<u64>,
    /// Base URL for every Twilio domain (how a sandbox started with `sandbox serve` is reached)
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// TaskRouter workspace SID (WS…)
    #[arg(long, global = true, value_name = "WS_SID", value_parser = parse::workspace_sid)]
    pub workspace: Option<String>,
    // Which call the call verbs, `calls show` and `doctor` act on; anywhere on the line.
    #[command(flatten)]
    pub select: CallSelector,
}

/// Which live call a command acts on: global flags, so they work wherever they are written
/// (`flexctl --agent bob status`, `flexctl transfer agent carol --agent bob`).
#[derive(Debug, Clone, Args, Default)]
pub struct CallSelector {
    /// The call's TaskRouter task (WT…)
    #[arg(long, value_name = "WT_SID", global = true, value_parser = parse::task_sid)]
    pub task: Option<String>,
    /// The call's conference (CF…)
    #[arg(long, value_name = "CF_SID", global = true, value_parser = parse::conference_sid)]
    pub conference: Option<String>,
    /// The agent whose live call it is (and the acting agent)
    #[arg(long, value_name = "NAME", global = true)]
    pub agent: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Live calls
    #[command(subcommand)]
    Calls(CallsCommand),
    /// Show one call: participants, who hears whom, phase, next verbs
    Status(CallsShowArgs),
    /// Block until the call reaches a phase (exit 0); exit 1 if it ends or the time runs out
    Wait(WaitArgs),
    /// A live view of the call, or of the whole centre with --all, until q or Ctrl-C; without
    /// a terminal, one JSON line per change
    ///
    /// On a terminal: q leaves (exit 0), Ctrl-C exits 130, the call ending closes the view and
    /// exits 0. Without one (or with -o json): one line per change, a last `"ended": true`
    /// line when the call ends (exit 0); SIGINT 130, SIGTERM 143. Watch only reads.
    Watch(WatchArgs),
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
    /// Mute a party (they still hear everyone; nobody hears them); hold is left as it is
    Mute(MuteArgs),
    /// Unmute a party (hold is left as it is)
    Unmute(MuteArgs),
    /// Switch between the customer and the consult leg
    Swap(CallArgs),
    /// Unhold everyone: a three-way call
    Merge(CallArgs),
    /// Remove an agent from the conference
    #[command(alias = "hangup")]
    Remove(RemoveArgs),
    /// The acting agent leaves; the other agent carries on with the customer
    Leave(LeaveArgs),
    /// Hand every live call of some agents (or of a queue's agents) to a queue or an agent
    Drain(DrainArgs),
    /// A supervisor listens in, muted: hears everyone, heard by nobody (--stop leaves)
    Monitor(MonitorArgs),
    /// A supervisor speaks to the agent alone (--agent NAME, else the call's agent); the
    /// customer does not hear them
    Coach(SuperviseArgs),
    /// A supervisor joins the conversation, heard by everyone
    Barge(SuperviseArgs),
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
}

#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// The phase to wait for (`consulting`: the consult target answered)
    #[arg(long, value_enum, default_value = "consulting")]
    pub phase: PhaseArg,
    /// How long to wait at most, e.g. 30s (`--timeout` stays the timeout of each request)
    #[arg(long, default_value = "30s", value_name = "DURATION", value_parser = parse::positive_duration)]
    pub within: std::time::Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PhaseArg {
    Live,
    ConsultRinging,
    Consulting,
    Merged,
}

#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// Agents: activity, availability, on a call, queues
    List(AgentsListArgs),
    /// Move an agent to another activity (Available, Break, Offline, …)
    Set(AgentsSetArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AgentsSetArgs {
    /// The agent (name, any case, or WK SID)
    pub name: String,
    /// The activity to move them to (name, any case, or WA SID)
    #[arg(long, value_name = "ACTIVITY")]
    pub activity: String,
}

#[derive(Debug, Clone, Args)]
pub struct AgentsListArgs {
    /// Only agents available to take a transfer
    #[arg(long)]
    pub available: bool,
    /// Only agents eligible for this queue (name or WQ SID)
    #[arg(long, value_name = "QUEUE")]
    pub queue: Option<String>,
    /// Only agents in this activity (name, any case, or WA SID)
    #[arg(long, value_name = "ACTIVITY")]
    pub activity: Option<String>,
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
