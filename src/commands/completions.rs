//! Shell completion: the static scripts of `flexctl completions SHELL` (the files in
//! `completions/` are its output, checked by a test), and the dynamic completion that asks the
//! current backend for agent and queue names (`FLEXCTL_COMPLETE=bash flexctl`).

use std::ffi::OsStr;
use std::time::Duration;

use clap::{Arg, CommandFactory};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::cli::{Cli, OutputFormat};
use crate::config;
use crate::context::Ctx;
use crate::settings::{self, EnvInputs, FlagInputs};
use crate::twilio::WorkerFilter;
use crate::ui::Ui;

/// The variable that makes the binary answer the shell's completion request (clap's
/// protocol) instead of running: `source <(FLEXCTL_COMPLETE=bash flexctl)`.
pub const COMPLETE_VAR: &str = "FLEXCTL_COMPLETE";

/// The most names one list request asks for (Twilio's largest page).
const PAGE: usize = 1000;

/// How long a completion may take before it gives up and offers nothing.
const BUDGET: Duration = Duration::from_secs(3);

/// The completion script for `shell`.
pub fn script(shell: clap_complete::Shell) -> String {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "flexctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Answers a completion request when the shell made one (the variable is set), and exits;
/// otherwise returns at once.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(dynamic_command)
        .var(COMPLETE_VAR)
        .complete();
}

/// What a name argument completes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    Agents,
    Queues,
    AgentsAndQueues,
    /// `customer`, `me` and the agents (`hold WHO`).
    Parties,
    /// Profile names, from the profiles file alone.
    Profiles,
}

fn with(names: Names) -> impl FnOnce(Arg) -> Arg {
    move |a: Arg| {
        a.add(ArgValueCompleter::new(move |current: &OsStr| {
            candidates(names, current)
        }))
    }
}

/// The command tree with a completer on every argument that names an agent, a queue or a
/// profile. An argument renamed in `cli` makes this panic, which the tests catch.
pub fn dynamic_command() -> clap::Command {
    use Names::*;
    let target = |c: clap::Command| {
        c.mut_subcommand("agent", |s| s.mut_arg("name", with(Agents)))
            .mut_subcommand("queue", |s| s.mut_arg("name", with(Queues)))
    };
    Cli::command()
        .mut_arg("agent", with(Agents))
        .mut_arg("profile", with(Profiles))
        .mut_subcommand("consult", target)
        .mut_subcommand("transfer", target)
        .mut_subcommand("hold", |c| c.mut_arg("who", with(Parties)))
        .mut_subcommand("unhold", |c| c.mut_arg("who", with(Parties)))
        .mut_subcommand("remove", |c| c.mut_arg("name", with(Agents)))
        .mut_subcommand("monitor", |c| c.mut_arg("supervisor", with(Agents)))
        .mut_subcommand("coach", |c| c.mut_arg("supervisor", with(Agents)))
        .mut_subcommand("barge", |c| c.mut_arg("supervisor", with(Agents)))
        .mut_subcommand("status", |c| c.mut_arg("call", with(Agents)))
        .mut_subcommand("calls", |c| {
            c.mut_subcommand("show", |s| s.mut_arg("call", with(Agents)))
        })
        .mut_subcommand("doctor", |c| {
            c.mut_arg("call", with(Agents))
                .mut_arg("target", with(AgentsAndQueues))
        })
        .mut_subcommand("drain", |c| {
            c.mut_arg("agents", with(Agents))
                .mut_arg("queue", with(Queues))
        })
        .mut_subcommand("agents", |c| {
            c.mut_subcommand("list", |s| s.mut_arg("queue", with(Queues)))
        })
        .mut_subcommand("queue", |c| {
            c.mut_subcommand("reset", |s| s.mut_arg("names", with(Queues)))
        })
        .mut_subcommand("sandbox", |c| {
            c.mut_subcommand("answer", |s| s.mut_arg("name", with(Agents)))
                .mut_subcommand("reject", |s| s.mut_arg("name", with(Agents)))
        })
        .mut_subcommand("profile", |c| {
            c.mut_subcommand("use", |s| s.mut_arg("name", with(Profiles)))
                .mut_subcommand("show", |s| s.mut_arg("name", with(Profiles)))
                .mut_subcommand("remove", |s| s.mut_arg("name", with(Profiles)))
        })
}

/// The names starting with `current` (case-insensitively), sorted; any failure offers
/// nothing, silently: a completion never prints an error or asks anything.
fn candidates(names: Names, current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy().to_lowercase();
    let mut all = match names {
        Names::Profiles => profiles(),
        Names::Parties => {
            let mut v = vec!["customer".to_owned(), "me".to_owned()];
            v.extend(from_backend(Names::Agents));
            v
        }
        other => from_backend(other),
    };
    all.retain(|n| n.to_lowercase().starts_with(&prefix));
    all.sort();
    all.dedup();
    all.into_iter().map(CompletionCandidate::new).collect()
}

fn profiles() -> Vec<String> {
    let file = config::load_config().map(|(_, f)| f).unwrap_or_default();
    std::iter::once(config::SANDBOX_PROFILE.to_owned())
        .chain(file.profiles.keys().cloned())
        .collect()
}

/// The value of `--flag V`, `--flag=V` (or `-p V` / `-pV` for the profile) among the words of
/// the line being completed, so that `flexctl -p prod consult agent <TAB>` asks prod.
fn word_value(words: &[String], long: &str, short: Option<&str>) -> Option<String> {
    let eq = format!("{long}=");
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        let next = || words.get(i + 1).cloned();
        if w == long || short.is_some_and(|s| w == s) {
            found = next();
        } else if let Some(v) = w.strip_prefix(&eq) {
            found = Some(v.to_owned());
        } else if let Some(v) = short
            .and_then(|s| w.strip_prefix(s))
            .filter(|v| !v.is_empty())
        {
            found = Some(v.to_owned());
        }
    }
    found.filter(|v| !v.is_empty())
}

/// One or two list requests to the backend the line would use; nothing on any error.
fn from_backend(names: Names) -> Vec<String> {
    let words: Vec<String> = std::env::args().collect();
    let flags = FlagInputs {
        profile: word_value(&words, "--profile", Some("-p")),
        base_url: word_value(&words, "--base-url", None),
        workspace_sid: word_value(&words, "--workspace", None),
        ..FlagInputs::default()
    };
    let file = config::load_config().map(|(_, f)| f).unwrap_or_default();
    let env = EnvInputs::from_vars(|k| std::env::var(k).ok());
    let Ok(mut settings) = settings::resolve(&flags, &env, &file) else {
        return Vec::new();
    };
    settings.timeout = settings.timeout.min(BUDGET);
    let ui = Ui::new(
        OutputFormat::Table,
        crate::cli::ColorChoice::Never,
        true,
        true,
        true,
        true,
    );
    let Ok(rt) = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let mut ctx = Ctx::new(ui, settings, Default::default());
    rt.block_on(async {
        tokio::time::timeout(BUDGET, list(&mut ctx, names))
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    })
}

async fn list(ctx: &mut Ctx, names: Names) -> Option<Vec<String>> {
    let (client, ws) = ctx.client_and_workspace().await.ok()?;
    let mut out = Vec::new();
    if matches!(names, Names::Agents | Names::AgentsAndQueues) {
        let workers = client
            .list_workers(&ws, &WorkerFilter::default(), Some(PAGE))
            .await
            .ok()?;
        out.extend(workers.into_iter().map(|w| w.name));
    }
    if matches!(names, Names::Queues | Names::AgentsAndQueues) {
        let queues = client.list_queues(&ws, None, Some(PAGE)).await.ok()?;
        out.extend(queues.into_iter().map(|q| q.name));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_argument_has_its_completer() {
        // Panics if an argument named here was renamed in `cli`.
        let mut cmd = dynamic_command();
        cmd.build();
        let consult = cmd.find_subcommand("consult").unwrap();
        let agent = consult.find_subcommand("agent").unwrap();
        let name = agent
            .get_arguments()
            .find(|a| a.get_id() == "name")
            .unwrap();
        assert!(name.get::<ArgValueCompleter>().is_some());
    }

    #[test]
    fn flags_are_read_from_the_words_of_the_line() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let line = w("flexctl -- flexctl -p prod consult agent b");
        assert_eq!(
            word_value(&line, "--profile", Some("-p")).as_deref(),
            Some("prod")
        );
        let line = w("flexctl -- flexctl --profile=two -- x");
        assert_eq!(
            word_value(&line, "--profile", Some("-p")).as_deref(),
            Some("two")
        );
        let line = w("flexctl -- flexctl -pthree x");
        assert_eq!(
            word_value(&line, "--profile", Some("-p")).as_deref(),
            Some("three")
        );
        let line = w("flexctl -- flexctl consult agent");
        assert_eq!(word_value(&line, "--base-url", None), None);
    }
}
