//! `flexctl profile import-twilio-cli`: twilio-cli's profiles copied in; its active project
//! (often production) becomes the active profile only when someone says so.

use std::path::Path;

use crate::cli::ImportArgs;
use crate::config::{self, ConfigFile, SANDBOX_PROFILE};
use crate::context::Ctx;
use crate::error::{CliError, CliResult};
use crate::settings::Origin;
use crate::ui::prompt;

pub(super) fn import(
    ctx: &Ctx,
    args: &ImportArgs,
    file: &mut ConfigFile,
    path: &Path,
) -> CliResult {
    let ui = &ctx.ui;
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
            Ok(replaced) => {
                if replaced {
                    ui.warn(&format!("replaced profile {name} with twilio-cli's"));
                }
                names.push(name)
            }
            Err(e) => ui.warn(&format!("skipped twilio-cli profile {name}: {e}")),
        }
    }
    let candidate = imported
        .active
        .filter(|a| names.contains(a) && file.active.as_deref() != Some(a.as_str()));
    let activate = match &candidate {
        None => false,
        Some(_) if args.activate || ctx.settings.yes => true,
        Some(name) if ui.interactive => prompt::confirm(
            ui,
            &format!(
                "{name} is twilio-cli's active project, which may be production. Make it \
                 flexctl's active profile?"
            ),
            "--activate",
        )?,
        Some(_) => false,
    };
    if let (true, Some(name)) = (activate, &candidate) {
        file.use_profile(name).map_err(CliError::from)?;
    }
    super::save(ui, file, path)?;
    ui.status(&format!(
        "imported {} profile(s): {}",
        names.len(),
        names.join(", ")
    ));
    if let (false, Some(name)) = (activate, &candidate) {
        ui.status(&format!(
            "{name} (twilio-cli's active project) was not made active: `flexctl profile use \
             {name}`, or import with --activate"
        ));
    }
    let active = file.active.as_deref().unwrap_or(SANDBOX_PROFILE);
    let settings = &ctx.settings;
    let overridden = matches!(settings.origins.profile, Origin::Flag(_) | Origin::Env(_))
        && settings.profile != active;
    if overridden {
        let by = settings.origins.profile.describe(&settings.profile, None);
        ui.status(&format!(
            "active profile: {active} (this run uses {}, from {by})",
            settings.profile
        ));
    } else {
        ui.status(&format!("active profile: {active}"));
    }
    Ok(())
}
