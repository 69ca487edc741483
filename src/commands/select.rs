//! Choosing what a command acts on: the call (`--task`, `--conference`, `--agent`, the
//! profile's default agent, the only live call, a picker) and agents or queues by name.

use crate::cli::CallSelector;
use crate::context::Ctx;
use crate::domain::call::Call;
use crate::domain::model::{Activity, Queue, Task, Worker};
use crate::domain::names::{self, NameError};
use crate::domain::sid::{looks_like_sid, parse_sid, SidKind};
use crate::error::{CliError, CliResult};
use crate::ui::fit::Column;
use crate::ui::{prompt, table};

use super::gather::{self, Also, CallState, Loaded};

enum Wanted {
    Task(String),
    Conference(String),
    Agent(String),
    Any,
}

fn sid(kind: SidKind, text: &str) -> CliResult<String> {
    parse_sid(kind, text).map_err(|e| CliError::usage(e.to_string()))
}

fn wanted(ctx: &Ctx, positional: Option<&str>, sel: &CallSelector) -> CliResult<Wanted> {
    if let Some(p) = positional {
        return Ok(match looks_like_sid(p) {
            Some(SidKind::Task) => Wanted::Task(sid(SidKind::Task, p)?),
            Some(SidKind::Conference) => Wanted::Conference(sid(SidKind::Conference, p)?),
            _ if (p.starts_with("WT") || p.starts_with("CF")) && p.len() > 20 => {
                // Looks like an attempt at a SID: say what the right form is.
                let kind = if p.starts_with("WT") {
                    SidKind::Task
                } else {
                    SidKind::Conference
                };
                return sid(kind, p).and(Err(CliError::usage("not a live call")));
            }
            _ => Wanted::Agent(p.to_string()),
        });
    }
    if let Some(t) = &sel.task {
        return Ok(Wanted::Task(sid(SidKind::Task, t)?));
    }
    if let Some(c) = &sel.conference {
        return Ok(Wanted::Conference(sid(SidKind::Conference, c)?));
    }
    if let Some(a) = &sel.agent {
        return Ok(Wanted::Agent(a.clone()));
    }
    if let Some(a) = ctx.default_agent() {
        return Ok(Wanted::Agent(a));
    }
    Ok(Wanted::Any)
}

/// The call a command acts on.
pub async fn select_call(
    ctx: &mut Ctx,
    positional: Option<&str>,
    sel: &CallSelector,
) -> CliResult<Call> {
    let (state, _) = load_call(ctx, positional, sel, &|_, _| false, &Also::default()).await?;
    Ok(state.call())
}

/// The call a command acts on, with what it was assembled from, and what was read on the way
/// (`also`; the workspace's workers). A call named by its task is read directly (its task
/// then carries its ETag); otherwise `etag(task, candidates)` says whether a live call's task
/// is fetched for its ETag alongside its legs.
pub async fn load_call(
    ctx: &mut Ctx,
    positional: Option<&str>,
    sel: &CallSelector,
    etag: &(dyn Fn(&Task, usize) -> bool + Sync),
    also: &Also,
) -> CliResult<(CallState, Loaded)> {
    let want = wanted(ctx, positional, sel)?;
    let (client, ws) = ctx.client_and_workspace().await?;
    // A call named by its task or its agent is read without listing every live call.
    let mut loaded = match &want {
        Wanted::Task(t) => gather::load(&client, &ws, Some(t), etag, also).await?,
        Wanted::Agent(a) => gather::load_agent(&client, &ws, a, etag, also).await?,
        _ => gather::load(&client, &ws, None, etag, also).await?,
    };
    let state = take_call(ctx, want, &mut loaded)?;
    Ok((state, loaded))
}

/// The call `sel` names (or the only one, or a picked one) out of calls already loaded.
pub fn pick_loaded(
    ctx: &Ctx,
    positional: Option<&str>,
    sel: &CallSelector,
    loaded: &mut Loaded,
) -> CliResult<CallState> {
    let want = wanted(ctx, positional, sel)?;
    take_call(ctx, want, loaded)
}

fn take_call(ctx: &Ctx, want: Wanted, loaded: &mut Loaded) -> CliResult<CallState> {
    let calls: Vec<Call> = loaded.calls.iter().map(CallState::call).collect();
    let i = pick_call(ctx, want, &calls, &loaded.workers)?;
    Ok(loaded.calls.swap_remove(i))
}

fn pick_call(ctx: &Ctx, want: Wanted, calls: &[Call], workers: &[Worker]) -> CliResult<usize> {
    match want {
        Wanted::Task(t) => calls.iter().position(|c| c.task_sid == t).ok_or_else(|| {
            CliError::refused(format!("task {t} is not a live call"))
                .hint("`flexctl calls list` shows the live calls")
        }),
        Wanted::Conference(cf) => calls
            .iter()
            .position(|c| c.conference_sid == cf)
            .ok_or_else(|| {
                CliError::refused(format!("conference {cf} is not a live call"))
                    .hint("`flexctl calls list` shows the live calls")
            }),
        Wanted::Agent(name) => {
            let worker = resolve_worker(workers, &name)?;
            calls
                .iter()
                .position(|c| {
                    c.agent_sid.as_deref() == Some(worker.sid.as_str())
                        || c.participants
                            .iter()
                            .any(|l| l.worker_sid.as_deref() == Some(worker.sid.as_str()))
                })
                .ok_or_else(|| {
                    CliError::refused(format!("{} is not on a live call", worker.name))
                        .hint("`flexctl calls list` shows the live calls")
                })
        }
        Wanted::Any => pick(ctx, calls),
    }
}

/// The call picker's columns, lined up and fitted like a table.
const PICK_COLUMNS: &[Column] = &[
    Column::new("Task", "task_sid").sid(),
    Column::new("Agent", "agent").text(8),
    Column::new("Customer", "customer").text(12),
    Column::new("Phase", "phase"),
];

fn pick(ctx: &Ctx, calls: &[Call]) -> CliResult<usize> {
    match calls.len() {
        0 => Err(CliError::refused("there are no live calls")),
        1 => Ok(0),
        n if ctx.ui.interactive => {
            let rows = calls
                .iter()
                .map(|c| {
                    vec![
                        c.task_sid.clone(),
                        c.agent.clone().unwrap_or_else(|| "-".into()),
                        c.customer.clone().unwrap_or_else(|| "-".into()),
                        c.phase.as_str().to_string(),
                    ]
                })
                .collect();
            let items = table::aligned_lines(&ctx.ui, PICK_COLUMNS, rows, 2);
            prompt::pick(
                &ctx.ui,
                &format!("{n} live calls; which one?"),
                &items,
                "no call chosen",
                "--task WT…",
            )
        }
        n => Err(
            CliError::usage(format!("{n} calls are live: say which one")).hint(
                "pass --task WT…, --conference CF… or --agent NAME (see `flexctl calls list`)",
            ),
        ),
    }
}

fn name_error(what: &str, query: &str, e: NameError) -> CliError {
    let shown = crate::ui::sanitize::clean(&query.chars().take(64).collect::<String>());
    match e {
        NameError::Unknown { suggestions } => {
            let mut err = CliError::refused(format!("no {what} named '{shown}'"));
            if let Some(h) = names::did_you_mean(&suggestions) {
                err = err.hint(h);
            }
            err
        }
        NameError::Ambiguous { candidates } => CliError::refused(format!(
            "'{shown}' matches several {what}s: {}",
            candidates.join(", ")
        ))
        .hint("use the exact name or the SID"),
        NameError::Empty => CliError::usage(format!("the {what} name is empty"))
            .hint(format!("name the {what}, or its SID")),
    }
}

/// One of `items` by SID or name (`key` gives both); `what` names the kind in errors,
/// `list` the command that lists them.
fn resolve_named<'a, T>(
    items: &'a [T],
    query: &str,
    key: impl Fn(&T) -> (&String, &String),
    what: &str,
    list: &str,
) -> CliResult<&'a T> {
    let pairs: Vec<(String, String)> = items
        .iter()
        .map(|t| {
            let (sid, name) = key(t);
            (sid.clone(), name.clone())
        })
        .collect();
    names::resolve(query, &pairs)
        .map(|i| &items[i])
        .map_err(|e| name_error(what, query, e).hint(format!("`{list}` shows the {what}s")))
}

/// An agent by SID or name.
pub fn resolve_worker<'a>(workers: &'a [Worker], query: &str) -> CliResult<&'a Worker> {
    resolve_named(
        workers,
        query,
        |w| (&w.sid, &w.name),
        "agent",
        "flexctl agents list",
    )
}

/// A queue by SID or name.
pub fn resolve_queue<'a>(queues: &'a [Queue], query: &str) -> CliResult<&'a Queue> {
    resolve_named(
        queues,
        query,
        |q| (&q.sid, &q.name),
        "queue",
        "flexctl queues list",
    )
}

/// An activity by SID or name.
pub fn resolve_activity<'a>(activities: &'a [Activity], query: &str) -> CliResult<&'a Activity> {
    let pairs: Vec<(String, String)> = activities
        .iter()
        .map(|a| (a.sid.clone(), a.name.clone()))
        .collect();
    names::resolve(query, &pairs)
        .map(|i| &activities[i])
        .map_err(|e| {
            let known: Vec<&str> = activities.iter().map(|a| a.name.as_str()).collect();
            name_error("activity", query, e).hint(format!("the activities: {}", known.join(", ")))
        })
}
