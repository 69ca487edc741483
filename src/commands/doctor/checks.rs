//! doctor's checks, in their report's order: the account and workspace, the clock, ended
//! calls, the selected call (with who runs its transfer), the target and the queues.

use super::selector;
use crate::cli::{CallSelector, DoctorArgs};
use crate::commands::gather::{self, Also};
use crate::commands::select::pick_loaded;
use crate::commands::transfer::scene::Scene;
use crate::context::Ctx;
use crate::domain::doctor::{call_findings, target, CallFacts, Finding, Repair, Status};
use crate::domain::model::{Queue, TaskStatus};
use crate::domain::names;
use crate::domain::record::Transfer;
use crate::domain::rules::{stats_of, Check, STALE_MINUTES};
use crate::error::CliResult;
use crate::exit::Exit;
use crate::settings::Target;
use crate::twilio::{Auth, TaskFilter};

pub(super) async fn checks(
    ctx: &mut Ctx,
    args: &DoctorArgs,
) -> CliResult<(Vec<Finding>, Option<Scene>)> {
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
    // In this order: the account, the clock, ended calls, then the call and the target.
    let mut rest = Vec::new();

    // Every live call in one load. The call checked is the one named, else the only live
    // call, else one picked on a terminal; the same load tells which ended calls still carry
    // an open transfer, and gives the workers for a target check.
    let named = selector(args, &ctx.select);
    let mut loaded = if named.is_none() && !ctx.ui.interactive {
        // Several live calls and nobody to pick one: none is checked, so none is read.
        gather::load_if_only_one(&client, &ws).await?
    } else {
        gather::load(&client, &ws, None, &|_, _| false, &Also::default()).await?
    };
    let ended = ended_calls(
        std::mem::take(&mut loaded.ended),
        std::mem::take(&mut loaded.ended_assigned),
    );
    let workers = loaded.workers.clone();
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
                crate::domain::doctor::tasks::TASK_WITHOUT_AGENT,
                crate::domain::doctor::tasks::AGENT_WITHOUT_TASK,
            ] {
                rest.push(Finding::new(
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
                    Some(
                        crate::commands::transfer::exec::server_now(&client).as_second()
                            - at.as_second(),
                    )
                });
                let liveness = liveness_of(scene.active.as_ref(), &client);
                let facts = CallFacts {
                    liveness,
                    call: &scene.call,
                    actor: Some((scene.actor_sid.as_str(), scene.actor_name.as_str()))
                        .filter(|(sid, _)| !sid.is_empty()),
                    active: scene.active.as_ref(),
                    consult_tasks: &consult_tasks,
                    active_age_s: age,
                    task_agent: scene.state.agent.as_ref().map(|(sid, _)| sid.as_str()),
                };
                rest.extend(call_findings(&facts));
                Some(scene)
            }
            Err(e) => {
                rest.push(
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
        if let Some(t) = &args.target {
            let directory = (&workers[..], &queues[..], &stats[..]);
            let found =
                target_findings(&client, &ws, t, scene.as_ref(), directory, !args.all_queues);
            rest.extend(found.await?);
        }
        if args.all_queues {
            let all: Vec<_> = queues
                .iter()
                .map(|q| (q, stats_of(&stats, &q.sid)))
                .collect();
            rest.push(target::stale_finding(&all));
        }
    }
    // Measured last, when at least one response has carried the server's Date.
    if client.last_server_date().is_none() {
        client.list_workspaces(Some(1)).await?;
    }
    out.push(clock_skew(&client));
    out.push(ended);
    out.extend(rest);
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
        crate::commands::transfer::exec::server_now(client),
    )
}

/// `ended-calls`: a transfer still recorded as under way on a call whose conference has ended
/// (the customer hung up mid-consult, say), and its consult task still waiting for an agent;
/// and a task still assigned to an agent for a call that is over (their capacity stays taken
/// and Flex shows them on a call nobody is on).
fn ended_calls(
    tasks: Vec<crate::domain::model::Task>,
    assigned: Vec<crate::domain::model::Task>,
) -> Finding {
    let stale: Vec<_> = tasks
        .into_iter()
        .filter_map(|task| {
            let active = crate::domain::record::active(&task.attributes)?;
            let cf = crate::domain::call::conference_of(&task)?;
            Some((task, cf, active))
        })
        .collect();
    let assigned: Vec<_> = assigned
        .into_iter()
        .filter_map(|t| Some((crate::domain::call::conference_of(&t)?, t)))
        .collect();
    if stale.is_empty() && assigned.is_empty() {
        return Finding::pass(
            "ended-calls",
            "no open transfer or assigned task on an ended call",
        );
    }
    let open = stale.iter().map(|(t, _, r)| {
        format!(
            "transfer {} on ended call {} is still {}",
            r.id,
            t.sid,
            r.status.as_str()
        )
    });
    let held = assigned
        .iter()
        .map(|(cf, t)| format!("task {} of ended call {cf} is still assigned", t.sid));
    let detail = open.chain(held).collect::<Vec<_>>().join("; ");
    let mut finding =
        Finding::new("ended-calls", Status::Fail, detail).hint("flexctl doctor --fix");
    for (task, conference_sid, record) in stale {
        finding = finding.repair(Repair::Ended {
            task: Box::new(task),
            conference_sid,
            record: Box::new(record),
        });
    }
    for (conference_sid, task) in assigned {
        finding = finding.repair(Repair::WrapEnded {
            task_sid: task.sid,
            conference_sid,
        });
    }
    finding
}

/// `--target`: an agent or a queue by name or SID, checked as the verbs check it (an agent's
/// worker channels read for `target-capacity`).
async fn target_findings(
    client: &crate::twilio::Client,
    ws: &str,
    t: &str,
    scene: Option<&Scene>,
    (workers, queues, stats): (
        &[crate::domain::model::Worker],
        &[Queue],
        &[crate::domain::model::QueueStats],
    ),
    with_stale: bool,
) -> CliResult<Vec<Finding>> {
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
        let channels = client.list_worker_channels(ws, &w.sid).await?;
        return Ok(target::agent_target(
            scene.map(|s| &s.call),
            scene.map(|s| s.actor_sid.as_str()),
            w,
            &channels,
        ));
    }
    if let Ok(i) = names::resolve(t, &qpairs) {
        let q = &queues[i];
        return Ok(target::queue_target(q, stats_of(stats, &q.sid), with_stale));
    }
    let all: Vec<&str> = wpairs
        .iter()
        .chain(&qpairs)
        .map(|(_, n)| n.as_str())
        .collect();
    let hint = names::did_you_mean(&names::suggest(t, all.into_iter()))
        .unwrap_or_else(|| "flexctl agents list; flexctl queues list".into());
    Ok(vec![Finding::new(
        Check::TargetExists.id(),
        Status::Fail,
        format!(
            "no agent or queue named '{}'",
            crate::ui::sanitize::clean(&t.chars().take(64).collect::<String>())
        ),
    )
    .hint(hint)])
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
