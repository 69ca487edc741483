//! Arguments of `flexctl sandbox …`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Run the sandbox as a server until Ctrl-C; prints its base URL and credentials
    Serve(ServeArgs),
    /// Print the sandbox's base URL, account, workspace and clock
    Info,
    /// Recreate the seeded demo contact center (credentials and request log are kept)
    Reset(ResetArgs),
    /// Replace the contact center with a generated one of any size (e.g. `--size large`: 300
    /// calls, 2,000 agents, 500 queues, 100 stale), the same for the same seed
    Seed(SeedArgs),
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
    /// Set how a simulated external number answers when a call rings it (unset: after 2s)
    Number(NumberSimArgs),
    /// Recent requests the sandbox served
    Log(LogArgs),
    /// Show, set or clear fault injection (errors, throttling, delays, lost responses)
    Faults(FaultsArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ResetArgs {
    /// Also seed a second live call held by carol, so that a busy agent (voice 1/1) shows in
    /// `agents list` and a transfer to her is refused (`target-capacity`); off by default,
    /// since scripts of the demo rely on its one live call
    #[arg(long)]
    pub busy_agent: bool,
}

#[derive(Debug, Clone, Args)]
pub struct SeedArgs {
    /// Preset sizes: demo (1 call, 5 agents, 5 queues, 2 stale), medium (30, 200, 50, 10),
    /// large (300, 2,000, 500, 100); the flags below change any of its numbers
    #[arg(long, default_value = "medium", value_parser = ["demo", "medium", "large"])]
    pub size: String,
    /// Live calls, each with a conference and an assigned task (one in ten with a consult
    /// under way); at most 2,000
    #[arg(long, value_name = "N")]
    pub calls: Option<usize>,
    /// Agents (workers), in several activities; at most 20,000
    #[arg(long, value_name = "N")]
    pub agents: Option<usize>,
    /// Queues, each selecting agents by a skill; at most 5,000
    #[arg(long, value_name = "N")]
    pub queues: Option<usize>,
    /// Queues with no task in the last 30 days (what `queue reset --stale` repairs)
    #[arg(long, value_name = "N")]
    pub stale: Option<usize>,
    /// Seed of the generator: the same seed gives the same SIDs, names and assignments
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
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
    /// Reject calls (and, unless told otherwise, reservations) after the delay instead of
    /// answering
    #[arg(long, conflicts_with = "answer_after")]
    pub reject: bool,
    /// Accept the agent's task reservations after this long (e.g. 2s), or `never`; separate
    /// from answering a ringing call
    #[arg(long, value_name = "DURATION|never")]
    pub accept_after: Option<String>,
    /// Reject the agent's task reservations (after the delay)
    #[arg(long, conflicts_with = "accept_after")]
    pub reject_tasks: bool,
}

#[derive(Debug, Clone, Args)]
pub struct NumberSimArgs {
    /// The number: E.164 (+15550100123) or a sip: URI
    #[arg(value_parser = super::parse::number)]
    pub number: String,
    /// Answer after this long (e.g. 2s), or `never` (it rings until the ring timeout)
    #[arg(long, value_name = "DURATION|never")]
    pub answer_after: Option<String>,
    /// The line is busy: the call fails at once (`--busy=false` clears it)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub busy: Option<bool>,
    /// Hang up this long after answering (e.g. 30s), or `never`
    #[arg(long, value_name = "DURATION|never")]
    pub hangup_after: Option<String>,
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
