//! One run of flexctl: settings resolved, output set up, the backend (Twilio, a sandbox by base
//! URL, or the embedded sandbox started in-process) connected on first use, errors reported.

use std::net::SocketAddr;
use std::time::Duration;

use secrecy::SecretString;

use crate::cli::{Cli, Command, GlobalArgs, OutputFormat, SandboxCommand};
use crate::config;
use crate::domain::duration;
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::sandbox::control_client::Endpoint;
use crate::sandbox::{self, AppState};
use crate::settings::{self, Settings, Target};
use crate::twilio::{Auth, BaseUrls, Client, ClientConfig};
use crate::ui::Ui;
use crate::{commands, paths};

/// A connected backend; the embedded sandbox lives as long as this does.
struct Backend {
    client: Client,
    endpoint: Endpoint,
    workspace: Option<String>,
    _embedded: Option<sandbox::Running>,
}

pub struct Ctx {
    pub ui: Ui,
    pub global: GlobalArgs,
    pub settings: Settings,
    backend: Option<Backend>,
}

impl Ctx {
    pub fn default_agent(&self) -> Option<String> {
        self.settings.default_agent.clone()
    }

    fn timeout(&self) -> CliResult<Duration> {
        match &self.global.timeout {
            None => Ok(Duration::from_secs(30)),
            Some(t) => match duration::parse_ms(t) {
                Ok(0) => {
                    Err(CliError::usage("--timeout must be more than 0").hint("e.g. --timeout 10s"))
                }
                Ok(ms) => Ok(Duration::from_millis(ms as u64)),
                Err(e) => Err(CliError::usage(format!("--timeout: {e}"))),
            },
        }
    }

    async fn connect(&mut self) -> CliResult<&mut Backend> {
        if self.backend.is_none() {
            let backend = match &self.settings.target {
                Target::Sandbox if self.settings.base_url.is_some() => {
                    // Silently using the embedded sandbox instead would show another state.
                    return Err(CliError::usage(
                        "a base URL is set but no credentials: it cannot be used",
                    )
                    .hint(
                        "set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (`flexctl sandbox serve` \
                         prints them), or drop --base-url / FLEXCTL_BASE_URL for the embedded \
                         sandbox",
                    ));
                }
                Target::Sandbox => self.embedded().await?,
                Target::Remote { account_sid, auth } => {
                    let cfg = self
                        .settings
                        .client_config(self.timeout()?)
                        .map_err(|e| CliError::usage(e.to_string()))?
                        .ok_or_else(|| CliError::usage("no credentials for this profile"))?;
                    let (user, secret) = match auth {
                        Auth::ApiKey { sid, secret } => (sid.clone(), secret.clone()),
                        Auth::Token(t) => (account_sid.clone(), t.clone()),
                    };
                    let endpoint = Endpoint {
                        base_url: cfg.base.api.clone(),
                        user,
                        secret,
                    };
                    Backend {
                        client: Client::new(cfg).map_err(CliError::from)?,
                        endpoint,
                        workspace: self.settings.workspace_sid.clone(),
                        _embedded: None,
                    }
                }
            };
            self.backend = Some(backend);
        }
        Ok(self.backend.as_mut().expect("backend was just connected"))
    }

    /// Starts the sandbox in-process on an ephemeral loopback port.
    async fn embedded(&self) -> CliResult<Backend> {
        let db = paths::default_sandbox_db(&|k| std::env::var(k).ok());
        let state = AppState::open(&db).map_err(|e| {
            CliError::refused(format!("cannot open the embedded sandbox: {e}"))
                .hint("set FLEXCTL_SANDBOX_DB to another path, or remove the file to start afresh")
        })?;
        let running = sandbox::spawn(state.clone(), SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .map_err(|e| CliError::refused(format!("cannot start the embedded sandbox: {e}")))?;
        let creds = state.credentials();
        let base = BaseUrls::resolve(Some(&running.base_url()), None, None)
            .map_err(|e| CliError::refused(e.to_string()))?;
        let token = SecretString::from(creds.auth_token.clone());
        let mut cfg = ClientConfig::new(creds.account_sid.clone(), Auth::Token(token.clone()));
        cfg.base = base;
        cfg.timeout = self.timeout()?;
        cfg.concurrency = self.settings.concurrency;
        Ok(Backend {
            client: Client::new(cfg).map_err(CliError::from)?,
            endpoint: Endpoint {
                base_url: running.base_url(),
                user: creds.account_sid.clone(),
                secret: token,
            },
            workspace: Some(
                self.settings
                    .workspace_sid
                    .clone()
                    .unwrap_or_else(sandbox::seed::workspace_sid),
            ),
            _embedded: Some(running),
        })
    }

    /// The sandbox control endpoint of the backend in use.
    pub async fn endpoint(&mut self) -> CliResult<Endpoint> {
        Ok(self.connect().await?.endpoint.clone())
    }

    /// The client and the workspace: the configured one, else the account's only workspace,
    /// else a prompt on a terminal, else a usage error naming `--workspace`.
    pub async fn client_and_workspace(&mut self) -> CliResult<(Client, String)> {
        let ui = self.ui.clone();
        let backend = self.connect().await?;
        if backend.workspace.is_none() {
            let all = backend.client.list_workspaces(Some(50)).await?;
            let chosen = match all.len() {
                0 => {
                    return Err(CliError::refused(
                        "this account has no TaskRouter workspace",
                    ))
                }
                1 => all[0].sid.clone(),
                n if ui.interactive => {
                    let items: Vec<String> = all
                        .iter()
                        .map(|w| format!("{}  {}", w.sid, w.name))
                        .collect();
                    let i = crate::ui::prompt::pick(
                        &ui,
                        &format!("{n} workspaces; which one?"),
                        &items,
                        "no workspace chosen",
                        "--workspace WS…",
                    )?;
                    all[i].sid.clone()
                }
                n => return Err(CliError::usage(format!(
                    "this account has {n} workspaces: say which one"
                ))
                .hint(
                    "pass --workspace WS…, set FLEXCTL_WORKSPACE_SID, or store it in the profile",
                )),
            };
            backend.workspace = Some(chosen);
        }
        Ok((
            backend.client.clone(),
            backend.workspace.clone().unwrap_or_default(),
        ))
    }
}

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
    let file = match config::load_config() {
        Ok((_, file)) => file,
        // With no home there is no profile file: the environment and flags still apply.
        Err(config::ConfigError::NoHome) => config::ConfigFile::default(),
        Err(e) => return Err(e.into()),
    };
    let flags = settings::FlagInputs {
        profile: global.profile.clone(),
        workspace_sid: global.workspace.clone(),
        base_url: global.base_url.clone(),
        concurrency: global.concurrency.map(|n| n as usize),
        ..settings::FlagInputs::default()
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
    let global = cli.global.clone();
    init_logging(global.verbose, global.color);
    let format_flag = global.output;
    let mut ui = Ui::new(
        format_flag.unwrap_or(OutputFormat::Table),
        global.color,
        global.quiet,
        global.no_header,
        global.no_input,
        global.wide,
    );
    let result = (|| {
        let settings = match resolve_settings(&global) {
            Ok(s) => s,
            // doctor reports unusable settings (an unreadable or insecure config file, a
            // profile that does not resolve) as its failing `credentials` check.
            Err(e) if matches!(cli.command, Command::Doctor(_)) => {
                commands::doctor::print_settings_failure(&ui, &e)?;
                return Err(
                    CliError::refused("doctor found problems").hint_opt(e.hints.first().cloned())
                );
            }
            Err(e) => return Err(e),
        };
        if format_flag.is_none() {
            if let Some(f) = settings.output.as_deref().and_then(parse_format) {
                ui.format = f;
            }
        }
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| CliError::refused(format!("cannot start the async runtime: {e}")))?;
        let mut ctx = Ctx {
            ui: ui.clone(),
            global: global.clone(),
            settings,
            backend: None,
        };
        // A bad global flag is a usage error for every command, not only those that connect.
        ctx.timeout()?;
        rt.block_on(async {
            let stop = Interrupt::new();
            if matches!(cli.command, Command::Sandbox(SandboxCommand::Serve(_))) {
                return commands::run(&mut ctx, &cli.command, stop).await;
            }
            // SIGINT, SIGTERM and SIGHUP alike: a verb that changes a call sees the flag between
            // steps and while waiting, undoes what it did and exits 128 + the signal; it is never
            // dropped half way, and a second signal does not cut its undo short.
            stop.listen();
            if commands::changes_a_call(&cli.command) {
                return commands::run(&mut ctx, &cli.command, stop).await;
            }
            let watch = stop.clone();
            tokio::select! {
                r = commands::run(&mut ctx, &cli.command, stop) => r,
                s = watch.wait() => Err(CliError::new(s.exit(), format!("interrupted ({})", s.name()))),
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
    if wants_json {
        let first = if missing {
            "a subcommand is missing".to_string()
        } else {
            let text = e.to_string();
            text.lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string()
        };
        let err = CliError::usage(first).hint("flexctl --help");
        eprintln!("{}", err.to_json());
    } else {
        let _ = e.print();
    }
    Exit::Usage.code()
}

fn parse_format(s: &str) -> Option<OutputFormat> {
    match s {
        "table" => Some(OutputFormat::Table),
        "json" => Some(OutputFormat::Json),
        "tsv" => Some(OutputFormat::Tsv),
        _ => None,
    }
}
