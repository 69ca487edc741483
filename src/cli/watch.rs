//! Arguments of `watch`: the live view of one call or of the whole contact centre.

use clap::Args;

use super::parse;

#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    /// The whole contact centre: live calls, agents, queues with waiting tasks
    #[arg(long)]
    pub all: bool,
    /// How often to read the call again, e.g. 1s or 500ms (250ms at least)
    #[arg(long, default_value = "1s", value_name = "DURATION", value_parser = parse::watch_interval)]
    pub interval: std::time::Duration,
    /// Stop after this many changes have been printed (exit 0)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Stop after this long (exit 0), e.g. 30s
    #[arg(long, value_name = "DURATION", value_parser = parse::positive_duration)]
    pub within: Option<std::time::Duration>,
}
