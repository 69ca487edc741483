//! One run of flexctl: logging, settings resolved, output set up, the command run under the
//! signal policy it asks for, errors reported (human or JSON).

use crate::cli::{Cli, GlobalArgs, OutputFormat};
use crate::commands::{self, Signals};
use crate::config;
use crate::context::Ctx;
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::settings::{self, Settings};
use crate::ui::Ui;

/// Sets up `-v` / `-vv` request logging on stderr, coloured only when stderr is a terminal
/// and `--color` / NO_COLOR allow it (a log redirected to a file stays plain text).
fn init_logging(verbose: u8, color: crate::cli::ColorChoice) {
    let level = match verbose {
        0 => return,
        1 => tracing::Level::INFO,
        _ => tracing::Level::DEBUG,
    };
    use std::io::IsTerminal;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let ansi = crate::ui::color_enabled(
        color,
        env("NO_COLOR").is_some(),
        env("CLICOLOR_FORCE").is_some_and(|v| v != "0"),
        std::io::stderr().is_terminal(),
    );
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .with_max_level(level)
        .with_target(false)
        .without_time()
        .try_init();
}

fn resolve_settings(global: &GlobalArgs) -> CliResult<Settings> {
    resolve_settings_as(global, global.profile.clone())
}

/// Settings with `profile` in place of the one the flags name.
fn resolve_settings_as(global: &GlobalArgs, profile: Option<String>) -> CliResult<Settings> {
    let file = match config::load_config() {
        Ok((_, file)) => file,
        // With no home there is no profile file: the environment and flags still apply.
        Err(config::ConfigError::NoHome) => config::ConfigFile::default(),
        Err(e) => return Err(e.into()),
    };
    let flags = settings::FlagInputs {
        profile,
        workspace_sid: global.workspace.clone(),
        base_url: global.base_url.clone(),
        output: global.output,
        concurrency: global.concurrency.map(|n| n as usize),
        timeout: global.timeout,
        yes: global.yes,
        dry_run: global.dry_run,
    };
    settings::resolve(
        &flags,
        &settings::EnvInputs::from_vars(|k| std::env::var(k).ok()),
        &file,
    )
    .map_err(CliError::from)
}

/// Runs one command line and returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let global = &cli.global;
    init_logging(global.verbose, global.color);
    let policy = commands::policy(&cli.command);
    let mut ui = Ui::new(
        global.output.unwrap_or(OutputFormat::Table),
        global.color,
        global.quiet,
        global.no_header,
        global.no_input,
        global.wide,
    );
    let result = (|| {
        let settings = match resolve_settings(global) {
            Ok(s) => s,
            Err(e) => match (policy.bad_settings, policy.mends_profiles) {
                (Some(report), _) => return Err(report(&ui, e)),
                // The command that would mend a profile that does not resolve must not be
                // refused because of it: it runs with the embedded sandbox's settings.
                (None, true) if global.profile.is_none() => {
                    ui.warn(&format!(
                        "the active profile does not resolve ({}); running with the `{}` profile's settings",
                        e.message,
                        config::SANDBOX_PROFILE
                    ));
                    resolve_settings_as(global, Some(config::SANDBOX_PROFILE.to_string()))?
                }
                (None, _) => return Err(e),
            },
        };
        ui.format = settings.format;
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| CliError::refused(format!("cannot start the async runtime: {e}")))?;
        if !policy.takes_call
            && (global.select.task.is_some()
                || global.select.conference.is_some()
                || global.select.agent.is_some())
        {
            return Err(CliError::usage("--task, --conference and --agent choose the call of a call verb, `calls show` or `doctor`; this command acts on no call"));
        }
        let mut ctx = Ctx::new(ui.clone(), settings, global.select.clone());
        rt.block_on(async {
            let stop = Interrupt::new();
            match policy.signals {
                Signals::Own => commands::run(&mut ctx, &cli.command, stop).await,
                // A verb that changes a call sees the flag between steps and while waiting,
                // undoes what it did and exits 128 + the signal; it is never dropped half way,
                // and a second signal does not cut its undo short.
                Signals::Undo => {
                    stop.listen();
                    commands::run(&mut ctx, &cli.command, stop).await
                }
                Signals::Abort => {
                    stop.listen();
                    let watch = stop.clone();
                    tokio::select! {
                        r = commands::run(&mut ctx, &cli.command, stop) => r,
                        s = watch.wait() => Err(CliError::new(s.exit(), format!("interrupted ({})", s.name()))),
                    }
                }
            }
        })
    })();
    match result {
        Ok(()) => 0,
        Err(e) if !e.is_reported() => e.exit_code(),
        Err(e) => {
            if ui.json() {
                eprintln!("{}", e.to_json());
            } else {
                eprint!("{}", e.render());
            }
            e.exit_code()
        }
    }
}

/// Reports a command-line parse error: help and version go to stdout with exit 0; errors are
/// usage errors (exit 2), a JSON object on stderr when `-o json` was asked for.
pub fn report_parse_error(e: &clap::Error) -> i32 {
    use clap::error::ErrorKind;
    // args_os: an argument that is not UTF-8 must not panic here.
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let wants_json = args
        .windows(2)
        .any(|w| (w[0] == "-o" || w[0] == "--output") && w[1] == "json")
        || args.iter().any(|a| a == "-ojson" || a == "--output=json");
    let missing = e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
        || (missing && !wants_json)
    {
        let _ = e.print();
        return if missing { Exit::Usage.code() } else { 0 };
    }
    // clap echoes a bad value in full: keep it short and printable.
    let echoes_value = matches!(
        e.kind(),
        ErrorKind::ValueValidation | ErrorKind::InvalidValue
    );
    if wants_json {
        let first = if missing {
            "a subcommand is missing".to_string()
        } else {
            let text = if echoes_value {
                tidy_bad_value(&e.to_string())
            } else {
                e.to_string()
            };
            text.lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string()
        };
        let err = CliError::usage(first).hint("flexctl --help");
        eprintln!("{}", err.to_json());
    } else if echoes_value {
        eprint!("{}", tidy_bad_value(&e.to_string()));
    } else {
        let _ = e.print();
    }
    Exit::Usage.code()
}

/// clap's "invalid value '…' for '--flag': reason" with the value cut to 40 characters and
/// every control character shown escaped (a value can be anything the shell passed).
fn tidy_bad_value(text: &str) -> String {
    use crate::ui::sanitize::clean;
    let lines = |s: &str| s.split('\n').map(clean).collect::<Vec<_>>().join("\n");
    let marker = "invalid value '";
    if let Some(head) = text.find(marker).map(|i| i + marker.len()) {
        if let Some(len) = text[head..].find("' for '") {
            let value = &text[head..head + len];
            let mut short: String = clean(value).chars().take(40).collect();
            if value.chars().count() > 40 {
                short.push('…');
            }
            return format!(
                "{}{short}{}",
                lines(&text[..head]),
                lines(&text[head + len..])
            );
        }
    }
    lines(text)
}
