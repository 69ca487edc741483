//! doctor's repairs: each a plan with undo run on the call as it is now (or a queue reset, or
//! the closing of an ended call's transfer).

use crate::commands::queue;
use crate::commands::transfer::exec::{Failure, Runner};
use crate::commands::transfer::scene::Scene;
use crate::context::Ctx;
use crate::domain::doctor::Repair;
use crate::domain::model::Queue;
use crate::domain::record::Transfer;
use crate::error::CliResult;
use crate::interrupt::Interrupt;

pub(super) async fn apply(
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
                if ctx.settings.dry_run {
                    ctx.ui.status(&format!(
                        "would fix {id}: reset queue(s) {}",
                        names.join(", ")
                    ));
                    continue;
                }
                let (results, leftovers) = queue::reset_now(
                    ctx,
                    &client,
                    &ws,
                    queues,
                    queue::reset_width(&ctx.settings)?,
                )
                .await?;
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
                if ctx.settings.dry_run {
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
            Repair::WrapEnded {
                task_sid,
                conference_sid,
            } => {
                if ctx.settings.dry_run {
                    ctx.ui.status(&format!(
                        "would fix {id}: move task {task_sid} of ended call {conference_sid} to wrapping"
                    ));
                    continue;
                }
                let (client, ws) = ctx.client_and_workspace().await?;
                let done = wrap_ended(&client, &ws, task_sid, conference_sid).await?;
                ctx.ui.status(&format!("fixed {id}: {done}"));
            }
            Repair::Call {
                plan,
                consult_task,
                record,
            } => {
                let Some(scene) = scene else { continue };
                if ctx.settings.dry_run {
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
                runner.execute(plan).await.map_err(Failure::into_error)?;
                for d in runner.done {
                    ctx.ui.status(&format!("fixed {id}: {d}"));
                }
            }
        }
    }
    Ok(())
}

/// Moves the task of an ended call to wrapping, once the conference is read again and is
/// still over (a call that is live after all is left alone).
async fn wrap_ended(
    client: &crate::twilio::Client,
    ws: &str,
    task_sid: &str,
    conference_sid: &str,
) -> CliResult<String> {
    let conference = client.fetch_conference(conference_sid).await?;
    if conference.status != crate::domain::model::ConferenceStatus::Completed {
        return Ok(format!(
            "left task {task_sid} alone: call {conference_sid} is {}",
            conference.status.as_str()
        ));
    }
    let update = crate::twilio::TaskUpdate {
        assignment_status: Some(crate::domain::model::TaskStatus::Wrapping),
        ..Default::default()
    };
    client.update_task(ws, task_sid, &update, None).await?;
    Ok(format!(
        "moved task {task_sid} of ended call {conference_sid} to wrapping"
    ))
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
    let state = crate::commands::gather::CallState {
        task: task.clone(),
        others: Vec::new(),
        conference_sid: conference_sid.to_string(),
        legs: Vec::new(),
        agent: None,
        names: Default::default(),
    };
    let mut runner = Runner::new(
        client.clone(),
        ws.to_string(),
        state,
        Some(record.clone()),
        stop.clone(),
    );
    if let Some(r) = runner.record.as_mut() {
        r.reason = Some("the call ended during the transfer".into());
    }
    runner.execute(&plan).await.map_err(Failure::into_error)?;
    Ok(runner.done)
}
