//! The run context every command works with: the output, the settings, and the backend
//! (Twilio, a sandbox by base URL, or the embedded sandbox started in-process) on first use.

use std::net::SocketAddr;

use secrecy::SecretString;

use crate::cli::CallSelector;
use crate::error::{CliError, CliResult};
use crate::paths;
use crate::sandbox::control_client::Endpoint;
use crate::sandbox::{self, AppState};
use crate::settings::{Settings, Target};
use crate::twilio::{Auth, BaseUrls, Client, ClientConfig};
use crate::ui::Ui;

/// A connected backend; the embedded sandbox lives as long as this does.
struct Backend {
    client: Client,
    endpoint: Endpoint,
    workspace: Option<String>,
    _embedded: Option<sandbox::Running>,
}

/// What every command runs with: how to print, the decided settings, and the backend,
/// connected on first use.
pub struct Ctx {
    pub ui: Ui,
    pub settings: Settings,
    /// Which call the command was told to act on (`--task`, `--conference`, `--agent`).
    pub select: CallSelector,
    backend: Option<Backend>,
}

impl Ctx {
    pub fn new(ui: Ui, settings: Settings, select: CallSelector) -> Ctx {
        Ctx {
            ui,
            settings,
            select,
            backend: None,
        }
    }

    pub fn default_agent(&self) -> Option<String> {
        self.settings.default_agent.clone()
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
                        .client_config()
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
        let running = sandbox::spawn(
            state.clone(),
            SocketAddr::from(([127, 0, 0, 1], 0)),
            crate::invariants::routes(),
        )
        .await
        .map_err(|e| CliError::refused(format!("cannot start the embedded sandbox: {e}")))?;
        let creds = state.credentials();
        let base = BaseUrls::resolve(Some(&running.base_url()), None, None)
            .map_err(|e| CliError::refused(e.to_string()))?;
        let token = SecretString::from(creds.auth_token.clone());
        let mut cfg = ClientConfig::new(creds.account_sid.clone(), Auth::Token(token.clone()));
        cfg.base = base;
        cfg.timeout = self.settings.timeout;
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
