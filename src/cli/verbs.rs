//! Arguments of the verbs that act on a live call (consult, transfer, cancel, hold, …).

use clap::{Args, Subcommand};

use super::CallSelector;

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
    #[arg(long, default_value = "30s", value_name = "DURATION", global = true,
          value_parser = super::parse::ring_timeout)]
    pub ring_timeout: u32,
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
    #[arg(long, default_value = "30s", value_name = "DURATION", global = true,
          value_parser = super::parse::ring_timeout)]
    pub ring_timeout: u32,
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
