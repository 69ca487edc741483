//! `flexctl profile add`: each field checked as it is given (asked again on a terminal, a
//! usage error naming the flag without one), then the credentials tested with one request.

use std::path::Path;

use secrecy::SecretString;

use crate::cli::ProfileAddArgs;
use crate::config::{self, ConfigFile, Profile};
use crate::context::Ctx;
use crate::domain::{parse_sid, SidKind};
use crate::error::{CliError, CliResult};
use crate::twilio::{Auth, BaseUrls, Client, ClientConfig};
use crate::ui::{prompt, Ui};

/// How often a bad answer is asked again before giving up.
const TRIES: usize = 3;

/// A field's value: the flag's, else asked. A bad value is asked again on a terminal (at
/// most [`TRIES`] answers); without one it is a usage error naming the flag.
fn field<T>(
    ui: &Ui,
    given: Option<&str>,
    flag: &str,
    ask: &dyn Fn() -> CliResult<String>,
    check: &dyn Fn(&str) -> Result<T, String>,
) -> CliResult<T> {
    let mut value = given.map(str::to_owned);
    let mut tries = 0;
    loop {
        let v = match value.take() {
            Some(v) => v,
            None => {
                tries += 1;
                ask()?
            }
        };
        match check(v.trim()) {
            Ok(t) => return Ok(t),
            Err(msg) if ui.interactive && tries < TRIES => {
                ui.warn(&format!("{flag}: {msg}; try again"));
            }
            Err(msg) => {
                return Err(CliError::usage(format!("{flag}: {msg}"))
                    .hint("nothing was saved; `flexctl profile add --help` lists the fields"))
            }
        }
    }
}

/// An optional flag's value: none when it was not given (nothing is asked), else checked as
/// [`field`] checks it.
fn optional_field(
    ui: &Ui,
    given: Option<&str>,
    flag: &str,
    ask: &dyn Fn() -> CliResult<String>,
    check: &dyn Fn(&str) -> Result<Option<String>, String>,
) -> CliResult<Option<String>> {
    match given {
        None => Ok(None),
        Some(v) => field(ui, Some(v), flag, ask, check),
    }
}

/// A SID of `kind`, with a message that never repeats what was typed (it may be a secret
/// pasted into the wrong field).
fn sid(kind: SidKind, v: &str) -> Result<String, String> {
    parse_sid(kind, v).map_err(|_| {
        format!(
            "not {} {} SID: expected {} followed by 32 hex digits",
            if kind.noun().starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            },
            kind.noun(),
            kind.prefix()
        )
    })
}

/// An optional SID: empty means none.
fn optional_sid(kind: SidKind, v: &str) -> Result<Option<String>, String> {
    if v.is_empty() {
        Ok(None)
    } else {
        sid(kind, v).map(Some)
    }
}

fn nonempty(v: &str) -> Result<String, String> {
    if v.is_empty() {
        Err("it cannot be empty".into())
    } else {
        Ok(v.to_owned())
    }
}

/// The hosts rule a run applies (`BaseUrls::resolve`), one part at a time.
fn hosts(base: Option<&str>, region: Option<&str>, edge: Option<&str>) -> Result<(), String> {
    BaseUrls::resolve(base, region, edge)
        .map(drop)
        .map_err(|e| match e {
            crate::twilio::Error::InvalidConfig(m) => m,
            other => other.to_string(),
        })
}

fn optional(v: &str, rule: impl Fn(&str) -> Result<(), String>) -> Result<Option<String>, String> {
    if v.is_empty() {
        return Ok(None);
    }
    rule(v).map(|()| Some(v.to_owned()))
}

/// The profile from flags, asking on a terminal for what is missing or wrong.
fn gather(ui: &Ui, a: &ProfileAddArgs) -> CliResult<Profile> {
    let text = |p: &'static str, flag: &'static str| move || prompt::text(ui, p, flag);
    let secret = |p: &'static str, flag: &'static str| move || prompt::secret(ui, p, flag);
    // The optional fields first: they are flags only, and a bad one should stop a script
    // before anything secret is typed.
    let workspace_sid = optional_field(
        ui,
        a.workspace_sid.as_deref(),
        "--workspace-sid",
        &text("Workspace SID (WS…; empty for none)", "--workspace-sid"),
        &|v| optional_sid(SidKind::Workspace, v),
    )?;
    let base_url = optional_field(
        ui,
        a.base_url.as_deref(),
        "--profile-base-url",
        &text(
            "Base URL (https://…; empty for Twilio's)",
            "--profile-base-url",
        ),
        &|v| optional(v, |v| hosts(Some(v), None, None)),
    )?;
    let region = optional_field(
        ui,
        a.region.as_deref(),
        "--region",
        &text("Region (e.g. ie1; empty for none)", "--region"),
        &|v| optional(v, |v| hosts(None, Some(v), None)),
    )?;
    let edge = optional_field(
        ui,
        a.edge.as_deref(),
        "--edge",
        &text("Edge (e.g. dublin; empty for none)", "--edge"),
        &|v| optional(v, |v| hosts(None, None, Some(v))),
    )?;

    // The account SID is checked before any secret is asked for.
    let account_sid = field(
        ui,
        a.account_sid.as_deref(),
        "--account-sid",
        &text("Account SID (AC…)", "--account-sid"),
        &|v| sid(SidKind::Account, v),
    )?;
    let api_key = match (&a.api_key, &a.auth_token) {
        (Some(k), _) => Some(field(
            ui,
            Some(k),
            "--api-key",
            &text("API key SID (SK…)", "--api-key"),
            &|v| sid(SidKind::ApiKey, v),
        )?),
        (None, Some(_)) => None,
        (None, None) => field(
            ui,
            None,
            "--api-key",
            &text(
                "API key SID (SK…; leave empty to use the auth token)",
                "--auth-token (or --api-key with --api-secret)",
            ),
            &|v| optional_sid(SidKind::ApiKey, v),
        )?,
    };
    let (api_secret, auth_token) = match &api_key {
        Some(_) => {
            let s = field(
                ui,
                a.api_secret.as_deref(),
                "--api-secret",
                &secret("API key secret", "--api-secret"),
                &nonempty,
            )?;
            (Some(SecretString::from(s)), None)
        }
        None => {
            let t = field(
                ui,
                a.auth_token.as_deref(),
                "--auth-token",
                &secret("Auth token", "--auth-token"),
                &nonempty,
            )?;
            (None, Some(SecretString::from(t)))
        }
    };
    Ok(Profile {
        concurrency: None,
        account_sid: Some(account_sid),
        api_key,
        api_secret,
        auth_token,
        workspace_sid,
        default_agent: a.default_agent.clone().filter(|s| !s.trim().is_empty()),
        base_url,
        region,
        edge,
        output: a.default_output.map(|f| format!("{f:?}").to_lowercase()),
    })
}

/// One cheap authenticated request with the new credentials: the profile's workspace, else
/// the account's workspaces. Says what it found.
async fn verify(ctx: &Ctx, p: &Profile) -> CliResult<String> {
    let account = p.account_sid.clone().unwrap_or_default();
    let auth = match (&p.api_key, &p.api_secret, &p.auth_token) {
        (Some(sid), Some(secret), _) => Auth::ApiKey {
            sid: sid.clone(),
            secret: secret.clone(),
        },
        (_, _, Some(t)) => Auth::Token(t.clone()),
        _ => return Err(CliError::usage("the profile has no credentials to test")),
    };
    let mut cfg = ClientConfig::new(account.clone(), auth);
    cfg.base = p.hosts().map_err(CliError::from)?;
    cfg.timeout = ctx.settings.timeout;
    cfg.concurrency = ctx.settings.concurrency;
    let host = cfg.base.taskrouter.clone();
    let client = Client::new(cfg).map_err(CliError::from)?;
    ctx.ui
        .status(&format!("testing the credentials of {account} at {host} …"));
    let found = match &p.workspace_sid {
        Some(ws) => {
            let w = client.fetch_workspace(ws).await?;
            format!("workspace {} ({})", clean(&w.name), w.sid)
        }
        None => {
            let all = client.list_workspaces(Some(20)).await?;
            match all.as_slice() {
                [] => "no TaskRouter workspace in this account".to_owned(),
                [w] => format!("workspace {} ({})", clean(&w.name), w.sid),
                many => format!(
                    "{} workspaces: {}",
                    many.len(),
                    many.iter()
                        .map(|w| clean(&w.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }
        }
    };
    Ok(found)
}

fn clean(s: &str) -> String {
    crate::ui::sanitize::clean(s)
}

pub(super) async fn add(
    ctx: &Ctx,
    args: &ProfileAddArgs,
    file: &mut ConfigFile,
    path: &Path,
) -> CliResult {
    let ui = &ctx.ui;
    config::check_name(&args.name)
        .map_err(|e| CliError::usage(e.to_string()).hint_opt(e.hint()))?;
    let profile = gather(ui, args)?;
    profile
        .validate()
        .map_err(|e| CliError::usage(e.to_string()))?;
    if args.no_verify {
        ui.status("credentials not tested (--no-verify)");
    } else {
        match verify(ctx, &profile).await {
            Ok(found) => ui.status(&format!("credentials work: {found}")),
            Err(e) => keep_anyway(ui, ctx.settings.yes, &args.name, e)?,
        }
    }
    let replaced = file.add(&args.name, profile).map_err(CliError::from)?;
    if args.make_default {
        file.use_profile(&args.name).map_err(CliError::from)?;
    }
    super::save(ui, file, path)?;
    let verb = if replaced { "replaced" } else { "added" };
    ui.status(&format!("{verb} profile {}", args.name));
    if args.make_default {
        ui.status(&format!("profile {} is now the default", args.name));
    }
    Ok(())
}

/// The test failed: save anyway only when asked (`--yes`, or yes at the prompt); otherwise
/// the error, saying that nothing was saved and how to keep it.
fn keep_anyway(ui: &Ui, yes: bool, name: &str, e: CliError) -> CliResult {
    let untested = format!("run it again with --no-verify to save profile {name} untested");
    if yes {
        ui.warn(&format!("the credentials test failed: {}", e.message));
        ui.warn("saving anyway (--yes)");
        return Ok(());
    }
    if !ui.interactive {
        return Err(e.hint("nothing was saved").hint(untested));
    }
    ui.warn(&format!("the credentials test failed: {}", e.message));
    for h in &e.hints {
        ui.status(&format!("hint: {h}"));
    }
    if prompt::confirm(ui, &format!("Save profile {name} anyway?"), "--yes")? {
        Ok(())
    } else {
        // The test's own hints were shown above, before the question.
        Err(CliError::new(e.exit, format!("profile {name} was not saved")).hint(untested))
    }
}
