//! One module per verb group; each is glue from parsed arguments to the domain, the client
//! and the output. `run` is the single dispatch.

pub mod agents_set;
pub mod calls;
pub mod completions;
pub mod directory;
pub mod doctor;
pub mod drain;
pub mod gather;
pub mod profile;
pub mod queue;
pub mod sandbox;
pub mod select;
pub mod transfer;
pub mod wait;
pub mod watch;

use crate::cli::{
    AgentsCommand, CallsCommand, Command, ProfileCommand, QueueCommand, QueuesCommand,
    SandboxCommand,
};
use crate::context::Ctx;
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;
use crate::ui::Ui;

pub async fn run(ctx: &mut Ctx, command: &Command, stop: Interrupt) -> CliResult {
    match command {
        Command::Consult(args) => transfer::consult(ctx, args, stop).await,
        Command::Transfer(args) => transfer::transfer(ctx, args, stop).await,
        Command::Cancel(_) => transfer::cancel(ctx, stop).await,
        Command::Hold(args) => transfer::hold(ctx, args, true, stop).await,
        Command::Unhold(args) => transfer::hold(ctx, args, false, stop).await,
        Command::Mute(args) => transfer::mute(ctx, args, true, stop).await,
        Command::Unmute(args) => transfer::mute(ctx, args, false, stop).await,
        Command::Swap(_) => transfer::swap(ctx, stop).await,
        Command::Merge(_) => transfer::merge(ctx, stop).await,
        Command::Remove(args) => transfer::remove(ctx, args, stop).await,
        Command::Leave(args) => transfer::leave(ctx, args, stop).await,
        Command::Monitor(args) => {
            let want = if args.stop {
                transfer::Want::Stop
            } else {
                transfer::Want::Mode(crate::domain::plan::Mode::Monitor)
            };
            transfer::supervise(ctx, &args.supervise, want, stop).await
        }
        Command::Coach(args) => {
            let want = transfer::Want::Mode(crate::domain::plan::Mode::Coach);
            transfer::supervise(ctx, args, want, stop).await
        }
        Command::Barge(args) => {
            let want = transfer::Want::Mode(crate::domain::plan::Mode::Barge);
            transfer::supervise(ctx, args, want, stop).await
        }
        Command::Calls(CallsCommand::List) => calls::list(ctx).await,
        Command::Calls(CallsCommand::Show(args)) | Command::Status(args) => {
            calls::show(ctx, args).await
        }
        Command::Wait(args) => wait::wait(ctx, args).await,
        Command::Watch(args) => watch::watch(ctx, args).await,
        Command::Agents(AgentsCommand::List(args)) => directory::agents(ctx, args).await,
        Command::Agents(AgentsCommand::Set(args)) => agents_set::set(ctx, args).await,
        Command::Queues(QueuesCommand::List(args)) => directory::queues(ctx, args).await,
        Command::Queue(QueueCommand::Reset(args)) => queue::reset(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args, stop).await,
        Command::Drain(args) => drain::drain(ctx, args, stop).await,
        Command::Sandbox(SandboxCommand::Serve(args)) => sandbox::serve(&ctx.ui, args).await,
        Command::Sandbox(SandboxCommand::Faults(_))
            if matches!(ctx.settings.target, crate::settings::Target::Sandbox) =>
        {
            Err(CliError::usage(
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
        Command::Profile(cmd) => profile::run(ctx, cmd).await,
        Command::Completions(args) => ctx.ui.out(&completions::script(args.shell)),
    }
}

/// How a command wants signals (SIGINT, SIGTERM, SIGHUP) handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signals {
    /// The command changes a live call: it watches the flag itself, between steps and while
    /// waiting, and undoes what it did; it is never dropped half way.
    Undo,
    /// Nothing to undo: the command is dropped at the first signal.
    Abort,
    /// The command installs its own handling (`sandbox serve` shuts down gracefully).
    Own,
}

/// What a command asks of the run around it.
pub struct Policy {
    pub signals: Signals,
    /// Settings that do not resolve are reported by this command instead of ending the run
    /// (doctor makes them its failing `credentials` check).
    pub bad_settings: Option<fn(&Ui, CliError) -> CliError>,
    /// Whether the call selectors (`--task`, `--conference`, `--agent`) mean anything to it.
    pub takes_call: bool,
    /// It edits the profiles file (`profile add|use|remove|list|import-twilio-cli`): an active
    /// profile that does not resolve must not stop the command that would mend it.
    pub mends_profiles: bool,
}

pub fn policy(command: &Command) -> Policy {
    let signals = match command {
        Command::Consult(_)
        | Command::Transfer(_)
        | Command::Cancel(_)
        | Command::Hold(_)
        | Command::Unhold(_)
        | Command::Mute(_)
        | Command::Unmute(_)
        | Command::Swap(_)
        | Command::Merge(_)
        | Command::Remove(_)
        | Command::Leave(_)
        | Command::Drain(_)
        | Command::Monitor(_)
        | Command::Coach(_)
        | Command::Barge(_) => Signals::Undo,
        Command::Sandbox(SandboxCommand::Serve(_)) => Signals::Own,
        _ => Signals::Abort,
    };
    let bad_settings: Option<fn(&Ui, CliError) -> CliError> = match command {
        Command::Doctor(_) => Some(doctor::report_settings_failure),
        _ => None,
    };
    let takes_call = (signals == Signals::Undo && !matches!(command, Command::Drain(_)))
        || matches!(
            command,
            Command::Status(_)
                | Command::Calls(CallsCommand::Show(_))
                | Command::Doctor(_)
                | Command::Wait(_)
                | Command::Watch(_)
        );
    let mends_profiles = matches!(
        command,
        Command::Profile(
            ProfileCommand::Add(_)
                | ProfileCommand::List
                | ProfileCommand::Use(_)
                | ProfileCommand::Remove(_)
                | ProfileCommand::ImportTwilioCli(_)
        )
    );
    Policy {
        signals,
        bad_settings,
        takes_call,
        mends_profiles,
    }
}
