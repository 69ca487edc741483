//! Writes a [`seed_large::Plan`] into the sandbox in one transaction, with prepared bulk inserts.
//!
//! The rows are the ones TaskRouter and the conference API would have left: each call's task
//! is assigned through an accepted reservation (holding the agent's voice capacity) and has a
//! conference named after it with the customer's and the agent's legs; a consult under way is
//! what `flexctl consult queue … --wait` leaves (the customer on hold, the consulting agent's
//! end-on-exit off, the consult leg connected, the consult task assigned to the agent who
//! accepted it, a `consulting` transfer record in the call task's attributes).

use rusqlite::{params, Transaction};
use serde_json::{json, Value};

use super::http::{iso8601, ApiError, ApiResult};
use super::seed::{self, activity_sid, channel_sid, workflow_sid, workspace_sid};
use super::seed_large::{plan, Call, Plan, Spec, ACTIVITIES};
use super::store::StoreError;
use crate::domain::call::consult_label;
use crate::domain::record::{self, Consult, Party, Status, Transfer};

const DAY_MS: i64 = 86_400_000;
const MIN_MS: i64 = 60_000;

/// What [`seed`] created, for the summary `sandbox seed` prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub agents_by_activity: Vec<(&'static str, usize)>,
    pub tasks: usize,
    pub legs: usize,
    pub first_task: Option<String>,
}

/// Replaces every resource with the centre planned for `spec` (kept: the credentials, the
/// request log, the clock).
pub fn seed(tx: &Transaction, spec: Spec, now: i64) -> ApiResult<Created> {
    seed::clear(tx)?;
    let p = plan(spec);
    directory(tx, &p, now)?;
    let mut created = Created {
        agents_by_activity: ACTIVITIES
            .iter()
            .map(|(a, _)| (*a, p.agents.iter().filter(|x| x.activity == *a).count()))
            .collect(),
        tasks: 0,
        legs: 0,
        first_task: p.calls.first().map(|c| c.task.clone()),
    };
    for call in &p.calls {
        let (tasks, legs) = live_call(tx, &p, call, now)?;
        created.tasks += tasks;
        created.legs += legs;
    }
    Ok(created)
}

/// The workspace, activities, channels, workers, queues with their history, and the workflow.
fn directory(tx: &Transaction, p: &Plan, now: i64) -> Result<(), StoreError> {
    let ws = workspace_sid();
    let created = now - 400 * DAY_MS;
    super::seed::workspace_rows(tx, &ws, "Seeded Contact Center", ACTIVITIES, created)?;
    let mut worker = tx.prepare(
        "INSERT INTO workers (sid, workspace_sid, friendly_name, activity_sid, attributes,
             date_created, date_updated, date_status_changed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
    )?;
    for (i, a) in p.agents.iter().enumerate() {
        let skills: Vec<&str> = a
            .skills
            .iter()
            .map(|q| p.queues[*q].skill.as_str())
            .collect();
        let attributes = json!({
            "contact_uri": format!("client:{}", a.name),
            "full_name": a.full_name,
            "email": format!("{}@example.com", a.name),
            "skills": skills,
            "routing": { "skills": skills, "levels": {} },
        });
        worker.execute(params![
            a.sid,
            ws,
            a.name,
            activity_sid(a.activity),
            attributes.to_string(),
            created,
            now - (5 + (i as i64 % 240)) * MIN_MS
        ])?;
    }
    let mut queue = tx.prepare(
        "INSERT INTO task_queues (sid, workspace_sid, friendly_name, target_workers,
             assignment_activity_sid, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?;
    let mut filters = Vec::with_capacity(p.queues.len());
    for q in &p.queues {
        queue.execute(params![
            q.sid,
            ws,
            q.name,
            format!("skills HAS \"{}\"", q.skill),
            activity_sid("Available"),
            created
        ])?;
        for days in &q.history {
            let at = now - days * DAY_MS;
            for (kind, wait) in [
                ("entered", None),
                ("reservation_created", None),
                ("reservation_accepted", Some(12_000)),
                ("completed", None),
            ] {
                event(tx, &q.sid, None, kind, at, wait)?;
            }
        }
        filters.push(json!({
            "filter_friendly_name": q.name,
            "expression": format!("queue == \"{}\"", q.name),
            "targets": [{ "queue": q.sid }],
        }));
    }
    let default = p.queues.iter().find(|q| !q.stale).unwrap_or(&p.queues[0]);
    let configuration = json!({
        "task_routing": { "filters": filters, "default_filter": { "queue": default.sid } }
    });
    tx.execute(
        "INSERT INTO workflows (sid, workspace_sid, friendly_name, configuration,
             task_reservation_timeout, date_created, date_updated)
         VALUES (?1, ?2, 'Seeded Workflow', ?3, 30, ?4, ?4)",
        params![workflow_sid(), ws, configuration.to_string(), created],
    )?;
    Ok(())
}

fn event(
    tx: &Transaction,
    queue: &str,
    task: Option<&str>,
    kind: &str,
    at: i64,
    wait_ms: Option<i64>,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO queue_events (workspace_sid, queue_sid, task_sid, kind, at_ms, wait_ms,
             task_channel) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'voice')",
    )?
    .execute(params![workspace_sid(), queue, task, kind, at, wait_ms])?;
    Ok(())
}

/// A task assigned to `worker` through an accepted reservation, as TaskRouter leaves it, with
/// the queue events of its routing.
struct Assigned<'a> {
    task: &'a str,
    reservation: &'a str,
    worker: &'a str,
    queue: &'a str,
    attributes: &'a str,
    started: i64,
}

fn assigned_task(tx: &Transaction, t: &Assigned) -> Result<(), StoreError> {
    let ws = workspace_sid();
    tx.prepare_cached(
        "INSERT INTO tasks (sid, workspace_sid, workflow_sid, task_queue_sid, task_channel_sid,
             task_channel_unique_name, attributes, assignment_status, priority, timeout,
             task_queue_entered_date, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, ?5, 'voice', ?6, 'assigned', 0, 86400, ?7, ?7, ?8)",
    )?
    .execute(params![
        t.task,
        ws,
        workflow_sid(),
        t.queue,
        channel_sid("voice"),
        t.attributes,
        t.started,
        t.started + 15_000
    ])?;
    tx.prepare_cached(
        "INSERT INTO reservations (sid, workspace_sid, task_sid, worker_sid, reservation_status,
             timeout_at, date_created, date_updated)
         VALUES (?1, ?2, ?3, ?4, 'accepted', ?5, ?6, ?7)",
    )?
    .execute(params![
        t.reservation,
        ws,
        t.task,
        t.worker,
        t.started + 30_000,
        t.started + 2_000,
        t.started + 15_000
    ])?;
    for (kind, at, wait) in [
        ("entered", t.started, None),
        ("reservation_created", t.started + 2_000, None),
        ("reservation_accepted", t.started + 15_000, Some(15_000)),
    ] {
        event(tx, t.queue, Some(t.task), kind, at, wait)?;
    }
    Ok(())
}

/// A leg in a conference: `(call, label, hold, end_conference_on_exit, from, to, worker)`.
type LegRow<'a> = (
    &'a str,
    &'a str,
    bool,
    bool,
    String,
    String,
    Option<&'a str>,
);

/// One live call; returns the tasks and legs it created.
fn live_call(tx: &Transaction, p: &Plan, c: &Call, now: i64) -> ApiResult<(usize, usize)> {
    let started = now - c.age_s * 1000;
    let agent = &p.agents[c.agent];
    let number = c.customer_number.as_str();
    let mut attributes = json!({
        "type": "inbound",
        "direction": "inbound",
        "channelType": "voice",
        "name": number,
        "from": number,
        "to": seed::CONTACT_CENTER_NUMBER,
        "call_sid": c.customer_call,
        "caller": number,
        "called": seed::CONTACT_CENTER_NUMBER,
        "conference": {
            "sid": c.conference,
            "participants": { "customer": c.customer_call, "worker": c.agent_call }
        }
    });
    let consult_at = started + 20_000 + (c.age_s * 1000 - 20_000).max(0) / 2;
    if let Some(k) = &c.consult {
        let target = &p.agents[k.agent];
        let at = iso8601(consult_at);
        let transfer = Transfer {
            id: k.transfer_id.clone(),
            kind: "queue".into(),
            mode: "warm".into(),
            status: Status::Consulting,
            from: Party {
                worker_sid: Some(agent.sid.clone()),
                name: Some(agent.name.clone()),
                ..Party::default()
            },
            to: Party {
                worker_sid: Some(target.sid.clone()),
                name: Some(target.name.clone()),
                queue_sid: Some(p.queues[k.queue].sid.clone()),
                queue_name: Some(p.queues[k.queue].name.clone()),
                number: None,
            },
            consult: Consult {
                label: Some(consult_label(&target.sid)),
                call_sid: Some(k.call.clone()),
                task_sid: Some(k.task.clone()),
            },
            reason: None,
            note: None,
            started_at: at.clone(),
            updated_at: iso8601(consult_at + 20_000),
            ended_at: None,
            owner: None,
        };
        let written = record::with_transfers(&attributes.to_string(), &[transfer])
            .map_err(|e| ApiError::internal(format!("transfer record: {e}")))?;
        attributes = serde_json::from_str(&written)
            .map_err(|e| ApiError::internal(format!("transfer record: {e}")))?;
    }
    assigned_task(
        tx,
        &Assigned {
            task: &c.task,
            reservation: &c.reservation,
            worker: &agent.sid,
            queue: &p.queues[c.queue].sid,
            attributes: &attributes.to_string(),
            started,
        },
    )?;
    tx.prepare_cached(
        "INSERT INTO conferences (sid, friendly_name, status, date_created, date_updated)
         VALUES (?1, ?2, 'in-progress', ?3, ?4)",
    )?
    .execute(params![c.conference, c.task, started, started + 16_000])?;
    let center = seed::CONTACT_CENTER_NUMBER.to_string();
    let consulting = c.consult.is_some();
    // Flex-like legs: both ends end the conference on exit until a transfer changes that; a
    // consult holds the customer and disarms the consulting agent first.
    let mut legs: Vec<(LegRow, i64)> = vec![
        (
            (
                &c.customer_call,
                "customer",
                consulting,
                true,
                number.to_string(),
                center.clone(),
                None,
            ),
            started + 16_000,
        ),
        (
            (
                &c.agent_call,
                "worker",
                false,
                !consulting,
                center.clone(),
                format!("client:{}", agent.name),
                Some(&agent.sid),
            ),
            started + 16_000,
        ),
    ];
    let label;
    let mut tasks = 1;
    if let Some(k) = &c.consult {
        let target = &p.agents[k.agent];
        label = consult_label(&target.sid);
        let consult_attrs = json!({
            "type": "consult",
            "flexctl": {
                "kind": "consult",
                "transfer_id": k.transfer_id,
                "conference_sid": c.conference,
                "task_sid": c.task,
                "from": agent.name,
            },
            "conference": { "sid": c.conference },
        });
        assigned_task(
            tx,
            &Assigned {
                task: &k.task,
                reservation: &k.reservation,
                worker: &target.sid,
                queue: &p.queues[k.queue].sid,
                attributes: &consult_attrs.to_string(),
                started: consult_at,
            },
        )?;
        tasks += 1;
        legs.push((
            (
                &k.call,
                &label,
                false,
                false,
                center.clone(),
                format!("client:{}", target.name),
                Some(&target.sid),
            ),
            consult_at + 18_000,
        ));
    }
    let mut leg = tx.prepare_cached(
        "INSERT INTO participants (conference_sid, call_sid, label, status, hold,
             end_conference_on_exit, from_addr, to_addr, worker_sid, date_created, date_updated)
         VALUES (?1, ?2, ?3, 'connected', ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?;
    for ((call, label, hold, end, from, to, worker), at) in &legs {
        leg.execute(params![
            c.conference,
            call,
            label,
            hold,
            end,
            from,
            to,
            worker,
            at
        ])?;
    }
    Ok((tasks, legs.len()))
}

/// The summary's rows as JSON (the control route's answer).
pub fn summary(spec: Spec, created: &Created) -> Value {
    let activities: serde_json::Map<String, Value> = created
        .agents_by_activity
        .iter()
        .map(|(a, n)| ((*a).to_string(), Value::from(*n)))
        .collect();
    json!({
        "seeded": true,
        "workspace_sid": workspace_sid(),
        "seed": spec.seed,
        "agents": spec.agents,
        "agents_by_activity": activities,
        "queues": spec.queues,
        "stale_queues": spec.stale,
        "calls": spec.calls,
        "consults": spec.consults(),
        "tasks": created.tasks,
        "call_legs": created.legs,
        "first_task": created.first_task,
    })
}
