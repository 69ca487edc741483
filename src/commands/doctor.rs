//! `doctor`: runs the checks (account, workspace, clock, the call, the target, the queues),
//! prints pass/warn/fail with a runnable hint, and with `--fix` makes the safe repairs as
//! plans with undo, then checks again.

use serde_json::json;

use super::directory::STALE_MINUTES;
use super::gather::{self, Also};
use super::queue;
use super::select::pick_loaded;
use super::transfer::scene::Scene;
use crate::app::Ctx;
use crate::cli::{CallSelector, DoctorArgs};
use crate::domain::doctor::{call_findings, CallFacts, Finding, Repair, Status};
use crate::domain::model::{Queue, TaskStatus};
use crate::domain::names;
use crate::domain::record::Transfer;
use crate::domain::rules::Check;
use crate::domain::sid::{looks_like_sid, SidKind};
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::settings::Target;
use crate::twilio::{Auth, TaskFilter};
use crate::ui::Ui;

pub async fn run(ctx: &mut Ctx, args: &DoctorArgs, stop: Interrupt) -> CliResult {
    let (mut findings, mut scene) = checks(ctx, args).await?;
    if args.fix {
        let repairs = repairs_of(&findings);
        if repairs.is_empty() {
            ctx.ui.status("nothing to repair");
        } else if ctx.global.dry_run {
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

fn selector(args: &DoctorArgs) -> Option<CallSelector> {
    let mut sel = args.select.clone();
    if let Some(c) = &args.call {
        match looks_like_sid(c) {
            Some(SidKind::Task) => sel.task = Some(c.clone()),
            Some(SidKind::Conference) => sel.conference = Some(c.clone()),
            _ => sel.agent = Some(c.clone()),
        }
    }
    (sel.task.is_some() || sel.conference.is_some() || sel.agent.is_some()).then_some(sel)
}

async fn checks(ctx: &mut Ctx, args: &DoctorArgs) -> CliResult<(Vec<Finding>, Option<Scene>)> {
    let mut out = Vec::new();
    let (kind, status, hint) = match &ctx.settings.target {
        Target::Sandbox => ("the embedded sandbox (no credentials needed)".to_string(), Status::Pass, None),
        Target::Remote { auth: Auth::ApiKey { sid, .. }, .. } => (format!("API key {sid} (profile {})", ctx.settings.profile), Status::Pass, None),
        Target::Remote { account_sid, .. } => (
            format!("the account's Auth Token for {account_sid} (profile {})", ctx.settings.profile),
            Status::Warn,
            Some("use an API key: flexctl profile add NAME --account-sid AC… --api-key SK… --api-secret …".to_string()),
        ),
    };
    let (client, ws) = match ctx.client_and_workspace().await {
        Ok(v) => v,
        Err(e) => {
            let id = if e.exit == Exit::Auth || e.exit == Exit::Unreachable {
                "credentials"
            } else {
                "workspace"
            };
            out.push(
                Finding::new(id, Status::Fail, e.message.clone())
                    .hint(e.hints.first().cloned().unwrap_or_default()),
            );
            return Ok((out, None));
        }
    };
    let mut cred = Finding::new("credentials", status, format!("authenticated with {kind}"));
    if let Some(h) = hint {
        cred = cred.hint(h);
    }
    out.push(cred);
    out.push(Finding::pass("workspace", format!("workspace {ws}")));

    // Every live call in one load. The call checked is the one named, else the only live
    // call, else one picked on a terminal; the same load tells which ended calls still carry
    // an open transfer, and gives the workers for a target check.
    let mut loaded = gather::load(&client, &ws, None, &|_, _| false, &Also::default()).await?;
    let ended = ended_calls(std::mem::take(&mut loaded.ended));
    let workers = loaded.workers.clone();
    let named = selector(args);
    let picked = match (&named, loaded.calls.len()) {
        (Some(sel), _) => Some((sel.clone(), pick_loaded(ctx, None, sel, &mut loaded))),
        (None, 1) => Some((CallSelector::default(), Ok(loaded.calls.swap_remove(0)))),
        (None, n) if n > 1 && ctx.ui.interactive => {
            let sel = CallSelector::default();
            let state = pick_loaded(ctx, None, &sel, &mut loaded);
            Some((sel, state))
        }
        _ => None,
    };
    let sel = match picked {
        Some((sel, Ok(state))) => Some(Scene::build(ctx, &sel, state, loaded).await),
        Some((_, Err(e))) => Some(Err(e)),
        None => None,
    };
    let scene = match sel {
        None => {
            for id in [
                Check::CallLive.id(),
                Check::AgentInCall.id(),
                Check::AgentNotOnHold.id(),
                Check::NoOtherTransfer.id(),
                "conference-flags",
                "stranded-hold",
                "orphan-consult",
                crate::domain::doctor::abandoned::ID,
            ] {
                out.push(Finding::new(
                    id,
                    Status::Skip,
                    "no call selected (name one, e.g. --agent NAME)",
                ));
            }
            None
        }
        Some(built) => match built {
            Ok(scene) => {
                let filter = TaskFilter {
                    assignment_status: vec![
                        TaskStatus::Pending,
                        TaskStatus::Reserved,
                        TaskStatus::Assigned,
                    ],
                    evaluate_task_attributes: Some(format!(
                        "flexctl.task_sid == \"{}\"",
                        scene.call.task_sid
                    )),
                    ..TaskFilter::default()
                };
                let consult_tasks: Vec<(String, Option<String>)> = client
                    .list_tasks(&ws, &filter, None)
                    .await?
                    .into_iter()
                    .filter(|t| {
                        t.attributes
                            .pointer("/flexctl/kind")
                            .and_then(|k| k.as_str())
                            == Some("consult")
                    })
                    .map(|t| {
                        let id = t
                            .attributes
                            .pointer("/flexctl/transfer_id")
                            .and_then(|v| v.as_str())
                            .map(str::to_string);
                        (t.sid, id)
                    })
                    .collect();
                let age = scene.active.as_ref().and_then(|t| {
                    let at: jiff::Timestamp = t.updated_at.parse().ok()?;
                    Some(super::transfer::exec::server_now(&client).as_second() - at.as_second())
                });
                let liveness = liveness_of(scene.active.as_ref(), &client);
                let facts = CallFacts {
                    liveness,
                    call: &scene.call,
                    actor: Some((scene.actor_sid.as_str(), scene.actor_name.as_str())),
                    active: scene.active.as_ref(),
                    consult_tasks: &consult_tasks,
                    active_age_s: age,
                };
                out.extend(call_findings(&facts));
                Some(scene)
            }
            Err(e) => {
                out.push(
                    Finding::new(Check::CallLive.id(), Status::Fail, e.message.clone()).hint(
                        e.hints
                            .first()
                            .cloned()
                            .unwrap_or_else(|| "flexctl calls list".into()),
                    ),
                );
                None
            }
        },
    };

    if args.target.is_some() || args.all_queues {
        let (queues, stats) = tokio::try_join!(
            client.list_queues(&ws, None, None),
            client.all_queue_statistics(&ws, STALE_MINUTES),
        )?;
        let entered = |q: &Queue| {
            stats
                .iter()
                .find(|s| s.queue_sid == q.sid)
                .map_or(0, |s| s.tasks_entered)
        };
        let available = |q: &Queue| {
            stats
                .iter()
                .find(|s| s.queue_sid == q.sid)
                .map_or(0, |s| s.total_available_workers)
        };
        if let Some(t) = &args.target {
            let wpairs: Vec<(String, String)> = workers
                .iter()
                .map(|w| (w.sid.clone(), w.name.clone()))
                .collect();
            let qpairs: Vec<(String, String)> = queues
                .iter()
                .map(|q| (q.sid.clone(), q.name.clone()))
                .collect();
            if let Ok(i) = names::resolve(t, &wpairs) {
                let w = &workers[i];
                out.push(Finding::pass(
                    Check::TargetExists.id(),
                    format!("agent {} ({})", w.name, w.sid),
                ));
                let on_this_call = scene.as_ref().is_some_and(|s| {
                    s.call
                        .participants
                        .iter()
                        .any(|l| l.worker_sid.as_deref() == Some(w.sid.as_str()))
                });
                out.push(if w.available && !on_this_call {
                    Finding::pass(
                        Check::TargetAvailable.id(),
                        format!("{} is available", w.name),
                    )
                } else {
                    Finding::new(
                        Check::TargetAvailable.id(),
                        Status::Fail,
                        format!(
                            "{} is not available ({})",
                            w.name,
                            if on_this_call {
                                "already on this call"
                            } else {
                                w.activity_name.as_deref().unwrap_or("unavailable")
                            }
                        ),
                    )
                    .hint("flexctl agents list --available")
                });
            } else if let Ok(i) = names::resolve(t, &qpairs) {
                let q = &queues[i];
                out.push(Finding::pass(
                    Check::TargetExists.id(),
                    format!("queue {} ({})", q.name, q.sid),
                ));
                out.push(if available(q) > 0 {
                    Finding::pass(
                        Check::TargetAvailable.id(),
                        format!("{} agent(s) available in {}", available(q), q.name),
                    )
                } else {
                    Finding::new(
                        Check::TargetAvailable.id(),
                        Status::Fail,
                        format!("no agent of {} is available", q.name),
                    )
                    .hint("flexctl agents list --available --queue ".to_string() + &q.name)
                });
                // With --all-queues, the one queue-not-stale finding below covers it.
                if !args.all_queues {
                    out.push(stale_finding(&[q], &entered));
                }
            } else {
                let all: Vec<&str> = wpairs
                    .iter()
                    .chain(&qpairs)
                    .map(|(_, n)| n.as_str())
                    .collect();
                let hint = names::did_you_mean(&names::suggest(t, all.into_iter()))
                    .unwrap_or_else(|| "flexctl agents list; flexctl queues list".into());
                out.push(
                    Finding::new(
                        Check::TargetExists.id(),
                        Status::Fail,
                        format!(
                            "no agent or queue named '{}'",
                            crate::ui::sanitize::clean(&t.chars().take(64).collect::<String>())
                        ),
                    )
                    .hint(hint),
                );
            }
        }
        if args.all_queues {
            out.push(stale_finding(&queues.iter().collect::<Vec<_>>(), &entered));
        }
    }
    out.insert(2, ended);
    // Measured last, when at least one response has carried the server's Date.
    if client.last_server_date().is_none() {
        client.list_workspaces(Some(1)).await?;
    }
    out.insert(2, clock_skew(&client));
    Ok((out, scene))
}

/// Whether the process that claims `record` is still at work: on this host, by its pid and
/// start time; elsewhere, by its lease on the server's clock.
fn liveness_of(
    record: Option<&Transfer>,
    client: &crate::twilio::Client,
) -> crate::domain::record::Liveness {
    let owner = record.and_then(|r| r.owner.as_ref());
    let host = crate::process::host_name();
    let started = owner
        .filter(|o| o.host == host)
        .and_then(|o| crate::process::started(o.pid));
    crate::domain::record::liveness(
        owner,
        &host,
        started,
        super::transfer::exec::server_now(client),
    )
}

/// `ended-calls`: a transfer still recorded as under way on a call whose conference has ended
/// (the customer hung up mid-consult, say), and its consult task still waiting for an agent.
fn ended_calls(tasks: Vec<crate::domain::model::Task>) -> Finding {
    let stale: Vec<_> = tasks
        .into_iter()
        .filter_map(|task| {
            let active = crate::domain::record::active(&task.attributes)?;
            let cf = crate::domain::call::conference_of(&task)?;
            Some((task, cf, active))
        })
        .collect();
    if stale.is_empty() {
        return Finding::pass("ended-calls", "no transfer left open on an ended call");
    }
    let detail = stale
        .iter()
        .map(|(t, _, r)| {
            format!(
                "transfer {} on ended call {} is still {}",
                r.id,
                t.sid,
                r.status.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut finding =
        Finding::new("ended-calls", Status::Fail, detail).hint("flexctl doctor --fix");
    for (task, conference_sid, record) in stale {
        finding = finding.repair(Repair::Ended {
            task: Box::new(task),
            conference_sid,
            record: Box::new(record),
        });
    }
    finding
}

/// Closes the transfer of an ended call: its consult task, then its record (failed).
async fn close_ended(
    client: &crate::twilio::Client,
    ws: &str,
    task: &crate::domain::model::Task,
    conference_sid: &str,
    record: &Transfer,
    stop: &Interrupt,
) -> CliResult<Vec<String>> {
    let mut plan = crate::domain::plan::record_only(
        "close the transfer of an ended call",
        crate::domain::record::Status::Ended,
    );
    if record.consult.task_sid.is_some() {
        let close = crate::domain::plan::close_consult_task("the call ended");
        plan.steps.splice(0..0, close.steps);
    }
    let state = super::gather::CallState {
        task: task.clone(),
        conference_sid: conference_sid.to_string(),
        legs: Vec::new(),
        agent: None,
        names: Default::default(),
    };
    let mut runner = super::transfer::exec::Runner::new(
        client.clone(),
        ws.to_string(),
        state,
        Some(record.clone()),
        stop.clone(),
    );
    if let Some(r) = runner.record.as_mut() {
        r.reason = Some("the call ended during the transfer".into());
    }
    runner
        .execute(&plan)
        .await
        .map_err(super::transfer::exec::Failure::into_error)?;
    Ok(runner.done)
}

fn stale_finding(queues: &[&Queue], entered: &dyn Fn(&Queue) -> u64) -> Finding {
    let stale: Vec<&&Queue> = queues.iter().filter(|q| entered(q) == 0).collect();
    if stale.is_empty() {
        return Finding::pass(
            Check::QueueNotStale.id(),
            if queues.len() == 1 {
                format!("{} has had tasks in the last 30 days", queues[0].name)
            } else {
                "every queue has had tasks in the last 30 days".into()
            },
        );
    }
    let names: Vec<&str> = stale.iter().map(|q| q.name.as_str()).collect();
    Finding::new(
        Check::QueueNotStale.id(),
        Status::Fail,
        format!(
            "no task in 30 days: {} (transfers to it fail)",
            names.join(", ")
        ),
    )
    .hint(format!("flexctl queue reset {}", names.join(" ")))
    .repair(Repair::ResetQueues(
        stale.iter().map(|q| q.sid.clone()).collect(),
    ))
}

fn clock_skew(client: &crate::twilio::Client) -> Finding {
    let Some(server) = client.last_server_date() else {
        return Finding::new("clock-skew", Status::Skip, "the server sent no Date header");
    };
    let skew = (jiff::Timestamp::now().as_second() - server.as_second()).abs();
    if skew > 60 {
        Finding::new(
            "clock-skew",
            Status::Warn,
            format!("the local clock is {skew}s off the server's"),
        )
        .hint("sync the clock (e.g. `timedatectl set-ntp true`)")
    } else {
        Finding::pass(
            "clock-skew",
            format!("local clock within {skew}s of the server's"),
        )
    }
}

async fn apply(
    ctx: &mut Ctx,
    scene: Option<&Scene>,
    repairs: &[(String, Repair)],
    stop: &Interrupt,
) -> CliResult {
    for (id, repair) in repairs {
        match repair {
            Repair::ResetQueues(sids) => {
                let (client, ws) = ctx.client_and_workspace().await?;
                let queues: Vec<Queue> = client
                    .list_queues(&ws, None, None)
                    .await?
                    .into_iter()
                    .filter(|q| sids.contains(&q.sid))
                    .collect();
                let names: Vec<String> = queues.iter().map(|q| q.name.clone()).collect();
                if ctx.global.dry_run {
                    ctx.ui.status(&format!(
                        "would fix {id}: reset queue(s) {}",
                        names.join(", ")
                    ));
                    continue;
                }
                let (results, leftovers) = queue::reset_now(ctx, &client, &ws, queues, 8).await?;
                for r in results {
                    ctx.ui
                        .status(&format!("fixed {id}: queue {} {}", r.name, r.result));
                }
                if !leftovers.is_empty() {
                    ctx.ui.warn(&format!(
                        "reset tasks left pending: {}",
                        leftovers.join(", ")
                    ));
                }
            }
            Repair::Ended {
                task,
                conference_sid,
                record,
            } => {
                if ctx.global.dry_run {
                    ctx.ui.status(&format!(
                        "would fix {id}: close transfer {} of ended call {}",
                        record.id, task.sid
                    ));
                    continue;
                }
                let (client, ws) = ctx.client_and_workspace().await?;
                for d in close_ended(&client, &ws, task, conference_sid, record, stop).await? {
                    ctx.ui.status(&format!("fixed {id}: {d}"));
                }
            }
            Repair::Call {
                plan,
                consult_task,
                record,
            } => {
                let Some(scene) = scene else { continue };
                if ctx.global.dry_run {
                    for s in &plan.steps {
                        ctx.ui
                            .status(&format!("would fix {id}: {}", s.action.describe()));
                    }
                    continue;
                }
                let mut runner = scene.runner(stop.clone());
                runner.consult_task = consult_task.clone();
                if let Some(r) = record {
                    runner.record = Some(Transfer::clone(r));
                }
                runner
                    .execute(plan)
                    .await
                    .map_err(super::transfer::exec::Failure::into_error)?;
                for d in runner.done {
                    ctx.ui.status(&format!("fixed {id}: {d}"));
                }
            }
        }
    }
    Ok(())
}

/// The report when flexctl's own settings cannot be resolved: `credentials` fails.
pub fn print_settings_failure(ui: &Ui, e: &CliError) -> CliResult {
    let mut f = Finding::new("credentials", Status::Fail, e.message.clone());
    if let Some(h) = e.hints.first() {
        f = f.hint(h.clone());
    }
    print_findings(ui, &[f])
}

fn print(ctx: &Ctx, findings: &[Finding]) -> CliResult {
    print_findings(&ctx.ui, findings)
}

fn print_findings(ui: &Ui, findings: &[Finding]) -> CliResult {
    if ui.json() {
        return ui.out_json(&json!({
            "ok": !findings.iter().any(|f| f.status == Status::Fail),
            "checks": findings,
        }));
    }
    let mark = |s: Status| match (s, ui.color) {
        (Status::Pass, true) => ui.green("[✓]"),
        (Status::Warn, true) => ui.yellow("[!]"),
        (Status::Fail, true) => ui.red("[✗]"),
        (Status::Skip, true) => ui.dim("[-]"),
        (Status::Pass, false) => "[ok]".into(),
        (Status::Warn, false) => "[!]".into(),
        (Status::Fail, false) => "[x]".into(),
        (Status::Skip, false) => "[-]".into(),
    };
    let width = findings.iter().map(|f| f.id.len()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for f in findings {
        lines.push(format!(
            "{} {:width$}  {}",
            mark(f.status),
            f.id,
            crate::ui::sanitize::clean(&f.detail)
        ));
        if let (Some(h), Status::Warn | Status::Fail) = (&f.hint, f.status) {
            if !h.is_empty() {
                lines.push(format!("    {:width$}  hint: {h}", ""));
            }
        }
    }
    ui.out(&lines.join("\n"))
}
