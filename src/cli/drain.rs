//! Arguments of `drain`: whose calls, where they go, and how each is handed on.

use clap::Args;

use super::{FinishArgs, RingArgs};

#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Each call is handed on cold: the customer stays live and the agent \
    leaves once the target answers (never before). A call whose hand-off fails is put back \
    with its agent; the others go on. Exit 0 only when every call was handed on; re-running \
    is safe (a call already handed on is skipped)."
)]
pub struct DrainArgs {
    /// The agents whose live calls are handed on (names, any case, or WK SIDs)
    #[arg(value_name = "AGENT", required_unless_present = "queue")]
    pub agents: Vec<String>,
    /// Drain every agent of this queue who is on a live call (name or WQ SID)
    #[arg(long, value_name = "QUEUE", conflicts_with = "agents")]
    pub queue: Option<String>,
    /// Where the calls go: `queue NAME` (each call to an agent of it) or `agent NAME` (as
    /// many calls as the agent has room for)
    #[arg(long, num_args = 2, value_names = ["KIND", "NAME"], required = true)]
    pub to: Vec<String>,
    #[command(flatten)]
    pub ring: RingArgs,
    #[command(flatten)]
    pub finish: FinishArgs,
    /// Afterwards, move each drained agent all of whose calls were handed on to this
    /// activity (e.g. Offline)
    #[arg(long, value_name = "ACTIVITY")]
    pub then_activity: Option<String>,
}
