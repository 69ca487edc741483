//! Arguments of the verbs that act on a live call (consult, transfer, cancel, hold, …).

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Args)]
pub struct CallArgs {}

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
    /// An external number: E.164 (+15550100123) or a sip: URI; it has no task
    Number {
        /// The number to ring: + and 8 to 15 digits, or sip:user@host
        #[arg(value_parser = super::parse::number)]
        number: String,
        /// Caller ID to ring it with (default: the number the customer called, the task's
        /// `to` attribute)
        #[arg(long, value_name = "NUMBER", value_parser = super::parse::number)]
        from: Option<String>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ConsultArgs {
    #[command(subcommand)]
    pub target: TargetKind,
    #[command(flatten)]
    pub ring: RingArgs,
    /// Block until the target answers (a spinner shows on a terminal)
    #[arg(long, global = true)]
    pub wait: bool,
}

#[derive(Debug, Clone, Args)]
pub struct TransferArgs {
    #[command(subcommand)]
    pub target: TargetKind,
    #[command(flatten)]
    pub ring: RingArgs,
    /// Blind transfer: the customer stays live and the acting agent leaves once the target
    /// answers (never before)
    #[arg(long, global = true)]
    pub cold: bool,
    #[command(flatten)]
    pub finish: FinishArgs,
}

/// How the target is reached: shared by `consult` and `transfer`.
#[derive(Debug, Clone, Args)]
pub struct RingArgs {
    /// How long the target may ring (and their reservation wait) before the consult is
    /// canceled, e.g. 30s
    #[arg(long, default_value = "30s", value_name = "DURATION", global = true,
          value_parser = super::parse::ring_timeout)]
    pub ring_timeout: u32,
    /// Go ahead even when no agent of the queue is available; for an agent at capacity, queue
    /// the task for them anyway
    #[arg(long, global = true)]
    pub force: bool,
    /// Who accepts the target's reservation: flexctl, at once (their answering the call is
    /// the consent), or the agent, in their own client
    #[arg(long, value_enum, default_value_t = AcceptBy::Flexctl, global = true, value_name = "WHO")]
    pub accept: AcceptBy,
    /// A note for the target (one line, at most 500 characters): kept in the transfer's
    /// record and in their task's attributes (`transferNote`), shown by `calls show`
    #[arg(long, value_name = "TEXT", global = true, value_parser = super::parse::note)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AcceptBy {
    Flexctl,
    Agent,
}

/// What becomes of the leaver's task: shared by `transfer` and `leave`.
#[derive(Debug, Clone, Args)]
pub struct FinishArgs {
    /// Complete the leaving agent's task instead of moving it to wrapping
    #[arg(long, global = true, conflicts_with = "wrap")]
    pub complete: bool,
    /// Move the leaving agent's task to wrapping (the default; kept for scripts)
    #[arg(long, global = true)]
    pub wrap: bool,
}

#[derive(Debug, Clone, Args)]
pub struct WhoArgs {
    /// `customer`, an agent name, or `me`
    pub who: String,
}

#[derive(Debug, Clone, Args)]
pub struct MuteArgs {
    /// `customer`, an agent name (the consult target too), or `me`
    pub who: String,
}

#[derive(Debug, Clone, Args)]
pub struct RemoveArgs {
    /// The agent to remove (name or WK SID); with --customer, omit it
    pub name: Option<String>,
    /// Remove the customer (hangs up on them; needs --yes)
    #[arg(long)]
    pub customer: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LeaveArgs {
    #[command(flatten)]
    pub finish: FinishArgs,
}

/// Who supervises, shared by `monitor`, `coach` and `barge`; one already on the call switches
/// mode in place.
#[derive(Debug, Clone, Args)]
pub struct SuperviseArgs {
    /// The supervisor (name or WK SID); by default the profile's agent
    #[arg(long = "as", value_name = "NAME")]
    pub supervisor: Option<String>,
    /// How long the supervisor may ring before the join is given up, e.g. 30s
    #[arg(long, default_value = "30s", value_name = "DURATION",
          value_parser = super::parse::ring_timeout)]
    pub ring_timeout: u32,
}

#[derive(Debug, Clone, Args)]
pub struct MonitorArgs {
    #[command(flatten)]
    pub supervise: SuperviseArgs,
    /// Take the supervisor off the call (never ends it for the others)
    #[arg(long)]
    pub stop: bool,
}
