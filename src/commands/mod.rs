//! One module per verb group; each is glue from parsed arguments to the domain, the client
//! and the output. `run` is the single dispatch.

pub mod calls;
pub mod completions;
pub mod directory;
pub mod doctor;
pub mod gather;
pub mod profile;
pub mod queue;
pub mod sandbox;
pub mod select;
pub mod transfer;

use crate::app::Ctx;
use crate::cli::{AgentsCommand, CallsCommand, Command, QueueCommand, QueuesCommand};
use crate::error::CliResult;
use crate::interrupt::Interrupt;

pub async fn run(ctx: &mut Ctx, command: &Command, stop: Interrupt) -> CliResult {
    match command {
        Command::Consult(args) => transfer::consult(ctx, args, stop).await,
        Command::Transfer(args) => transfer::transfer(ctx, args, stop).await,
        Command::Cancel(args) => transfer::cancel(ctx, args, stop).await,
        Command::Hold(args) => transfer::hold(ctx, args, true, stop).await,
        Command::Unhold(args) => transfer::hold(ctx, args, false, stop).await,
        Command::Swap(args) => transfer::swap(ctx, args, stop).await,
        Command::Merge(args) => transfer::merge(ctx, args, stop).await,
        Command::Remove(args) => transfer::remove(ctx, args, stop).await,
        Command::Leave(args) => transfer::leave(ctx, args, stop).await,
        Command::Calls(CallsCommand::List) => calls::list(ctx).await,
        Command::Calls(CallsCommand::Show(args)) | Command::Status(args) => {
            calls::show(ctx, args).await
        }
        Command::Agents(AgentsCommand::List(args)) => directory::agents(ctx, args).await,
        Command::Queues(QueuesCommand::List(args)) => directory::queues(ctx, args).await,
        Command::Queue(QueueCommand::Reset(args)) => queue::reset(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args, stop).await,
        Command::Sandbox(crate::cli::SandboxCommand::Serve(args)) => {
            sandbox::serve(&ctx.ui, args).await
        }
        Command::Sandbox(crate::cli::SandboxCommand::Faults(_))
            if matches!(ctx.settings.target, crate::settings::Target::Sandbox) =>
        {
            Err(crate::error::CliError::usage(
                "faults live in a running sandbox server; the embedded one lasts a single command",
            )
            .hint(
                "start one with `flexctl sandbox serve --faults SPEC`, or point --base-url at it",
            ))
        }
        Command::Sandbox(cmd) => {
            let endpoint = ctx.endpoint().await?;
            sandbox::control(&ctx.ui, endpoint, cmd).await
        }
        Command::Profile(cmd) => profile::run(ctx, cmd),
        Command::Completions(args) => ctx.ui.out(&completions::script(args.shell)),
    }
}

/// Verbs that change a live call: Ctrl-C must not abandon them half way, so they watch for it
/// themselves and undo what they did.
pub fn changes_a_call(command: &Command) -> bool {
    matches!(
        command,
        Command::Consult(_)
            | Command::Transfer(_)
            | Command::Cancel(_)
            | Command::Hold(_)
            | Command::Unhold(_)
            | Command::Swap(_)
            | Command::Merge(_)
            | Command::Remove(_)
            | Command::Leave(_)
    )
}
