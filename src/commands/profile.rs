//! `flexctl profile …`: named credentials and defaults in the config file (secrets are read
//! without echo on a terminal and never printed).

use secrecy::SecretString;

use crate::cli::{ImportArgs, ProfileAddArgs, ProfileCommand};
use crate::config::{self, ConfigFile, Profile, ProfileSummary};
use crate::context::Ctx;
use crate::error::{CliError, CliResult};
use crate::ui::fit::Column;
use crate::ui::table::{render, Row};
use crate::ui::Ui;

impl Row for ProfileSummary {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(8),
            Column::new("Active", "active"),
            Column::new("Auth", "auth").drop(2),
            Column::new("Account", "account_sid").sid(),
            Column::new("Workspace", "workspace_sid").sid().drop(3),
            Column::new("Default agent", "default_agent")
                .text(8)
                .drop(1),
            Column::new("Base URL", "base_url").text(12).drop(4),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        vec![
            self.name.clone(),
            if self.active {
                "*".into()
            } else {
                String::new()
            },
            self.auth.clone(),
            dash(&self.account_sid),
            dash(&self.workspace_sid),
            dash(&self.default_agent),
            dash(&self.base_url),
        ]
    }
}

fn save(ui: &Ui, file: &ConfigFile, path: &std::path::Path) -> CliResult {
    config::save(file, path)?;
    ui.status(&format!("saved {}", path.display()));
    Ok(())
}

pub fn run(ctx: &mut Ctx, cmd: &ProfileCommand) -> CliResult {
    let (path, mut file) = config::load_config()?;
    let ui = &ctx.ui;
    match cmd {
        ProfileCommand::List => {
            let mut rows = file.list();
            for r in &mut rows {
                r.active = r.name == ctx.settings.profile;
            }
            ui.out(&render(ui, &rows)?)
        }
        ProfileCommand::Show(args) => {
            let name = args
                .name
                .clone()
                .unwrap_or_else(|| ctx.settings.profile.clone());
            let mut summary = file.show(&name).map_err(CliError::from)?;
            summary.active = name == ctx.settings.profile;
            ui.out(&render(ui, &[summary])?)
        }
        ProfileCommand::Use(a) => {
            file.use_profile(&a.name).map_err(CliError::from)?;
            save(ui, &file, &path)?;
            ui.status(&format!("profile {} is now the default", a.name));
            Ok(())
        }
        ProfileCommand::Remove(a) => {
            file.remove(&a.name).map_err(CliError::from)?;
            save(ui, &file, &path)?;
            ui.status(&format!("removed profile {}", a.name));
            Ok(())
        }
        ProfileCommand::Add(args) => {
            let profile = gather(ui, args)?;
            let replaced = file.add(&args.name, profile).map_err(CliError::from)?;
            if args.make_default {
                file.use_profile(&args.name).map_err(CliError::from)?;
            }
            save(ui, &file, &path)?;
            let verb = if replaced { "replaced" } else { "added" };
            ui.status(&format!("{verb} profile {}", args.name));
            Ok(())
        }
        ProfileCommand::ImportTwilioCli(args) => import(ui, args, &mut file, &path),
    }
}

/// The profile from flags, prompting on a terminal for what is missing.
fn gather(ui: &Ui, a: &ProfileAddArgs) -> CliResult<Profile> {
    let account_sid = match &a.account_sid {
        Some(v) => Some(v.clone()),
        None => Some(ask(ui, "Account SID (AC…)", "--account-sid")?),
    };
    let (api_key, api_secret, auth_token) = match (&a.api_key, &a.auth_token) {
        (Some(k), _) => {
            let secret = match &a.api_secret {
                Some(s) => s.clone(),
                None => ask_secret(ui, "API key secret", "--api-secret")?,
            };
            (Some(k.clone()), Some(SecretString::from(secret)), None)
        }
        (None, Some(t)) => (None, None, Some(SecretString::from(t.clone()))),
        (None, None) => {
            let key = ask(
                ui,
                "API key SID (SK…; leave empty to use the auth token)",
                "--auth-token (or --api-key with --api-secret)",
            )?;
            if key.is_empty() {
                let t = ask_secret(ui, "Auth token", "--auth-token")?;
                (None, None, Some(SecretString::from(t)))
            } else {
                let s = ask_secret(ui, "API key secret", "--api-secret")?;
                (Some(key), Some(SecretString::from(s)), None)
            }
        }
    };
    Ok(Profile {
        concurrency: None,
        account_sid,
        api_key,
        api_secret,
        auth_token,
        workspace_sid: a.workspace_sid.clone(),
        default_agent: a.default_agent.clone(),
        base_url: a.base_url.clone(),
        region: a.region.clone(),
        edge: a.edge.clone(),
        output: a.default_output.map(|f| format!("{f:?}").to_lowercase()),
    })
}

fn ask(ui: &Ui, prompt: &str, flag: &str) -> CliResult<String> {
    crate::ui::prompt::text(ui, prompt, flag)
}

fn ask_secret(ui: &Ui, prompt: &str, flag: &str) -> CliResult<String> {
    crate::ui::prompt::secret(ui, prompt, flag)
}

fn import(ui: &Ui, args: &ImportArgs, file: &mut ConfigFile, path: &std::path::Path) -> CliResult {
    let source = match &args.file {
        Some(f) => f.clone(),
        None => std::env::var("HOME")
            .map(|h| std::path::PathBuf::from(h).join(".twilio-cli/config.json"))
            .map_err(|_| CliError::usage("HOME is not set").hint("pass --file PATH"))?,
    };
    let text = std::fs::read_to_string(&source).map_err(|e| {
        CliError::refused(format!("cannot read {}: {e}", source.display()))
            .hint("pass --file PATH to twilio-cli's config.json")
    })?;
    let imported = config::import_twilio_cli(&text).map_err(CliError::from)?;
    if imported.profiles.is_empty() {
        return Err(CliError::refused(format!("no usable profile in {}", source.display()))
            .hint("twilio-cli may keep secrets in the system keychain; add them with `flexctl profile add`"));
    }
    let mut names = Vec::new();
    for (name, profile) in imported.profiles {
        match file.add(&name, profile) {
            Ok(_) => names.push(name),
            Err(e) => ui.warn(&format!("skipped twilio-cli profile {name}: {e}")),
        }
    }
    if let Some(active) = imported.active.filter(|a| names.contains(a)) {
        if file.active.is_none() {
            file.use_profile(&active).map_err(CliError::from)?;
        }
    }
    save(ui, file, path)?;
    ui.status(&format!(
        "imported {} profile(s): {}",
        names.len(),
        names.join(", ")
    ));
    Ok(())
}
