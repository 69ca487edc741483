//! One module per verb group; each is glue from parsed arguments to the domain, the client
//! and the output. `run` is the single dispatch.

pub mod calls;
pub mod completions;
pub mod directory;
pub mod gather;
pub mod profile;
pub mod sandbox;
pub mod select;

use crate::app::Ctx;
use crate::cli::{AgentsCommand, CallsCommand, Command, QueuesCommand};
use crate::error::CliResult;

pub async fn run(ctx: &mut Ctx, command: &Command) -> CliResult {
    match command {
        Command::Calls(CallsCommand::List) => calls::list(ctx).await,
        Command::Calls(CallsCommand::Show(args)) | Command::Status(args) => {
            calls::show(ctx, args).await
        }
        Command::Agents(AgentsCommand::List(args)) => directory::agents(ctx, args).await,
        Command::Queues(QueuesCommand::List(args)) => directory::queues(ctx, args).await,
        Command::Sandbox(crate::cli::SandboxCommand::Serve(args)) => {
            sandbox::serve(&ctx.ui, args).await
        }
        Command::Sandbox(cmd) => {
            let endpoint = ctx.endpoint().await?;
            sandbox::control(&ctx.ui, endpoint, cmd).await
        }
        Command::Profile(cmd) => profile::run(ctx, cmd),
        Command::Completions(args) => ctx.ui.out(&completions::script(args.shell)),
    }
}
