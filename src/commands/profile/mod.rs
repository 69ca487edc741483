//! `flexctl profile …`: named credentials and defaults in the config file (secrets are read
//! without echo on a terminal and never printed); `show` prints what the resolver decided.

use std::path::Path;

use crate::cli::{ProfileCommand, ProfileShowArgs};
use crate::config::{self, ConfigFile, ProfileSummary};
use crate::context::Ctx;
use crate::error::{CliError, CliResult};
use crate::settings::{self, EnvInputs, FlagInputs, Origin, SettingRow};
use crate::ui::fit::Column;
use crate::ui::table::{render, Row};
use crate::ui::Ui;

mod add;
mod import;

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

impl Row for SettingRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Setting", "setting").text(8),
            Column::new("Value", "value").text(12),
            Column::new("Source", "source").text(12),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.setting.to_owned(),
            self.value.clone().unwrap_or_else(|| "-".into()),
            self.source.clone(),
        ]
    }
}

fn save(ui: &Ui, file: &ConfigFile, path: &Path) -> CliResult {
    config::save(file, path)?;
    ui.status(&format!("saved {}", path.display()));
    Ok(())
}

pub async fn run(ctx: &mut Ctx, cmd: &ProfileCommand) -> CliResult {
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
        ProfileCommand::Show(args) => show(ctx, args, &file, &path),
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
        ProfileCommand::Add(args) => add::add(ctx, args, &mut file, &path).await,
        ProfileCommand::ImportTwilioCli(args) => import::import(ctx, args, &mut file, &path),
    }
}

/// Every setting a run with this profile would use, its value (secrets masked) and where it
/// comes from, as the resolver decides it.
fn show(ctx: &Ctx, args: &ProfileShowArgs, file: &ConfigFile, path: &Path) -> CliResult {
    let settings = match &args.name {
        Some(name) if *name != ctx.settings.profile => {
            let flags = FlagInputs {
                profile: Some(name.clone()),
                ..ctx.settings.flags.clone()
            };
            let env = EnvInputs::from_vars(|k| std::env::var(k).ok());
            let mut s = settings::resolve(&flags, &env, file).map_err(CliError::from)?;
            s.origins.profile = Origin::Named;
            s
        }
        _ => ctx.settings.clone(),
    };
    let rows = settings.rows(Some(path));
    ctx.ui.out(&render(&ctx.ui, &rows)?)
}
