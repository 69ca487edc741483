//! `doctor`: runs the checks (account, workspace, clock, the call, the target, the queues),
//! prints pass/warn/fail with a runnable hint, and with `--fix` makes the safe repairs as
//! plans with undo, then checks again. The checks and the repairs have files of their own.

mod checks;
mod repair;

use crate::cli::{CallSelector, DoctorArgs};
use crate::context::Ctx;
use crate::domain::doctor::{Finding, Repair, Status};
use crate::domain::sid::{looks_like_sid, SidKind};
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::ui::Ui;

use self::checks::checks;
use self::repair::apply;

pub async fn run(ctx: &mut Ctx, args: &DoctorArgs, stop: Interrupt) -> CliResult {
    let (mut findings, mut scene) = checks(ctx, args).await?;
    if args.fix {
        let repairs = repairs_of(&findings);
        if repairs.is_empty() {
            ctx.ui.status("nothing to repair");
        } else if ctx.settings.dry_run {
            apply(ctx, scene.as_ref(), &repairs, &stop).await?;
        } else {
            // One repair at a time, each planned against the call as it is now: a repair
            // changes what another would do (removing an orphaned leg after the flags were
            // fixed must make the remaining agent the one who ends the conference again).
            let mut applied: Vec<Repair> = Vec::new();
            while applied.len() < MAX_REPAIRS {
                // A repair planned again exactly as before did not take: not repeated.
                let Some(next) = repairs_of(&findings)
                    .into_iter()
                    .find(|(_, r)| !applied.contains(r))
                else {
                    break;
                };
                apply(ctx, scene.as_ref(), std::slice::from_ref(&next), &stop).await?;
                applied.push(next.1);
                (findings, scene) = checks(ctx, args).await?;
            }
        }
    }
    print(ctx, &findings)?;
    if findings.iter().any(|f| f.status == Status::Fail) {
        return Err(
            CliError::new(Exit::Refused, "doctor found problems").hint_opt(
                (!args.fix).then(|| "flexctl doctor --fix repairs what it safely can".to_string()),
            ),
        );
    }
    Ok(())
}

/// Repairs made by one `doctor --fix` at most (each is followed by a fresh check).
const MAX_REPAIRS: usize = 16;

/// The repairs of the failing and warning findings, with the finding's ID.
fn repairs_of(findings: &[Finding]) -> Vec<(String, Repair)> {
    findings
        .iter()
        .filter(|f| matches!(f.status, Status::Fail | Status::Warn))
        .flat_map(|f| f.repairs.iter().map(move |r| (f.id.clone(), r.clone())))
        .collect()
}

fn selector(args: &DoctorArgs, given: &CallSelector) -> Option<CallSelector> {
    let mut sel = given.clone();
    if let Some(c) = &args.call {
        match looks_like_sid(c) {
            Some(SidKind::Task) => sel.task = Some(c.clone()),
            Some(SidKind::Conference) => sel.conference = Some(c.clone()),
            _ => sel.agent = Some(c.clone()),
        }
    }
    (sel.task.is_some() || sel.conference.is_some() || sel.agent.is_some()).then_some(sel)
}

/// The report when flexctl's own settings cannot be resolved: `credentials` fails, and the
/// run ends as a doctor run with problems does.
pub fn report_settings_failure(ui: &Ui, e: CliError) -> CliError {
    let mut f = Finding::new("credentials", Status::Fail, e.message.clone());
    if let Some(h) = e.hints.first() {
        f = f.hint(h.clone());
    }
    if let Err(out) = print_findings(ui, &[f]) {
        return out;
    }
    CliError::refused("doctor found problems").hint_opt(e.hints.first().cloned())
}

fn print(ctx: &Ctx, findings: &[Finding]) -> CliResult {
    print_findings(&ctx.ui, findings)
}

fn print_findings(ui: &Ui, findings: &[Finding]) -> CliResult {
    ui.out(&crate::ui::findings::render(ui, findings))
}
