//! The control API under `/sandbox/…`: what real Twilio has no endpoint for (the clock,
//! simulated agents' behaviour, the customer hanging up, the request log, reset, invariants).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::{json, Value};

use super::api2010::sim::{participant_leaves, Leave};
use super::http::{iso8601, ok, parse_iso8601, ApiError, ApiResult, Form, Query};
use super::seed_large::Spec;
use super::taskrouter::{model, routing};
use super::{api2010, clock, faults, seed, seed_large_sql, sim, AppState};
use crate::domain::duration;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/info", get(info))
        .route("/clock", get(clock_show).post(clock_change))
        .route("/agents/{name}", post(agent_behavior))
        .route("/agents/{name}/answer", post(agent_answer))
        .route("/agents/{name}/reject", post(agent_reject))
        .route("/hangup-customer", post(hangup_customer))
        .route("/numbers/{number}", post(api2010::numbers::set))
        .route("/log", get(log))
        .route("/reset", post(reset))
        .route("/seed", post(seed_centre))
        .route("/stats", get(stats))
        .route("/stats/reset", post(stats_reset))
        .route(
            "/faults",
            get(faults::api::show)
                .post(faults::api::set)
                .delete(faults::api::clear),
        )
}

fn clock_json(tx: &Transaction) -> ApiResult<Value> {
    let st = clock::state(tx)?;
    let now = st.now(clock::real_now());
    Ok(json!({
        "now": iso8601(now),
        "now_ms": now,
        "frozen": st.frozen_at.is_some(),
        "offset_ms": st.offset_ms,
    }))
}

async fn info(State(state): State<AppState>) -> ApiResult<Response> {
    let creds = state.credentials();
    let clock = state.tx(|tx, _| clock_json(tx))?;
    Ok(ok(json!({
        "account_sid": creds.account_sid,
        "api_key_sid": creds.api_key_sid,
        "workspace_sid": seed::workspace_sid(),
        "database": state.store().path().display().to_string(),
        "clock": clock,
    })))
}

async fn clock_show(State(state): State<AppState>) -> ApiResult<Response> {
    Ok(ok(state.tx(|tx, _| clock_json(tx))?))
}

/// `Advance=31d`, `Set=2026-01-01T00:00:00Z`, `Freeze=true|false`, `Real=true`.
async fn clock_change(State(state): State<AppState>, Form(p): Form) -> ApiResult<Response> {
    let advance = p
        .get("Advance")
        .map(|v| duration::parse_ms(v).map_err(|e| ApiError::invalid("Advance", e)))
        .transpose()?;
    let set = p.get("Set").map(|v| parse_iso8601("Set", v)).transpose()?;
    let freeze = p.bool("Freeze")?;
    let real = p.bool("Real")?.unwrap_or(false);
    let body = state.store().write(|tx| {
        if real {
            clock::reset(tx)?;
        }
        let frozen_now = clock::state(tx)?.frozen_at.is_some();
        if let Some(at) = set {
            clock::set(tx, at, freeze.unwrap_or(frozen_now))?;
        } else if let Some(f) = freeze {
            clock::freeze(tx, f)?;
        }
        if let Some(ms) = advance {
            clock::advance(tx, ms)?;
        }
        let now = clock::now(tx)?;
        sim::advance(tx, now)?;
        clock_json(tx)
    })?;
    Ok(ok(body))
}

fn worker_by_name(tx: &Transaction, name: &str) -> ApiResult<(String, String)> {
    tx.query_row(
        "SELECT sid, friendly_name FROM workers
         WHERE workspace_sid = ?1 AND friendly_name = ?2 COLLATE NOCASE",
        params![seed::workspace_sid(), name],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            20404,
            format!("No worker named '{name}' in the sandbox workspace"),
        )
    })
}

/// `Behavior=answer|reject|never`, `Delay=2s`: how the simulated agent answers a ringing call
/// leg from now on; `AcceptAfter=2s|never` and `Tasks=accept|reject|never`: how they answer
/// reservations (until set, as they answer a ringing leg).
async fn agent_behavior(
    State(state): State<AppState>,
    Path(name): Path<String>,
    Form(p): Form,
) -> ApiResult<Response> {
    let one_of = |key: &str, allowed: &[&str]| -> ApiResult<Option<String>> {
        match p.get(key) {
            None => Ok(None),
            Some(v) if allowed.contains(&v) => Ok(Some(v.to_string())),
            Some(other) => Err(ApiError::invalid(
                key,
                format!("'{other}' is not one of {}", allowed.join(", ")),
            )),
        }
    };
    let behavior = one_of("Behavior", &["answer", "reject", "never"])?;
    let mut tasks = one_of("Tasks", &["accept", "reject", "never"])?;
    let delay = p
        .get("Delay")
        .map(|v| duration::parse_ms(v).map_err(|e| ApiError::invalid("Delay", e)))
        .transpose()?;
    let accept_after = match p.get("AcceptAfter") {
        None => None,
        Some("never") => {
            tasks.get_or_insert_with(|| "never".into());
            None
        }
        Some(v) => {
            tasks.get_or_insert_with(|| "accept".into());
            Some(duration::parse_ms(v).map_err(|e| ApiError::invalid("AcceptAfter", e))?)
        }
    };
    let body = state.tx(|tx, _| {
        let (sid, friendly) = worker_by_name(tx, &name)?;
        tx.execute(
            "UPDATE workers SET sim_behavior = COALESCE(?2, sim_behavior),
                 sim_delay_ms = COALESCE(?3, sim_delay_ms),
                 task_behavior = COALESCE(?4, task_behavior),
                 task_delay_ms = COALESCE(?5, task_delay_ms) WHERE sid = ?1",
            params![sid, behavior, delay, tasks, accept_after],
        )?;
        let w = model::worker(tx, &seed::workspace_sid(), &sid)?
            .ok_or_else(|| ApiError::internal(format!("worker {sid} vanished")))?;
        let (tasks, task_delay) = w.reservation_behavior();
        Ok(json!({
            "worker_sid": sid, "name": friendly, "behavior": w.sim_behavior,
            "delay_ms": w.sim_delay_ms, "task_behavior": tasks, "task_delay_ms": task_delay,
        }))
    })?;
    Ok(ok(body))
}

/// Makes whatever is ringing for the agent (conference legs, pending reservations) respond now.
fn respond_now(state: &AppState, name: &str, reject: bool) -> ApiResult<Response> {
    let body = state.tx(|tx, now| {
        let (sid, friendly) = worker_by_name(tx, name)?;
        let legs = tx.execute(
            "UPDATE participants SET answer_at = ?2, reject = ?3
             WHERE worker_sid = ?1 AND left_at IS NULL
               AND status IN ('queued', 'connecting', 'ringing')",
            params![sid, now, reject],
        )?;
        let reservations = routing::respond_now(tx, &sid, Some(reject), now)?;
        if legs + reservations == 0 {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                20409,
                format!(
                    "Nothing is ringing for {friendly}: no ringing call leg or pending reservation"
                ),
            ));
        }
        sim::advance(tx, now)?;
        Ok(json!({
            "worker_sid": sid,
            "name": friendly,
            "action": if reject { "rejected" } else { "answered" },
            "call_legs": legs,
            "reservations": reservations,
        }))
    })?;
    Ok(ok(body))
}

async fn agent_answer(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> ApiResult<Response> {
    respond_now(&state, &name, false)
}

async fn agent_reject(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> ApiResult<Response> {
    respond_now(&state, &name, true)
}

/// `Conference=CF…|friendly name` (optional when exactly one conference is in progress).
async fn hangup_customer(State(state): State<AppState>, Form(p): Form) -> ApiResult<Response> {
    let wanted = p.get("Conference").map(str::to_string);
    let body = state.tx(|tx, now| {
        let mut stmt = tx.prepare(
            "SELECT c.sid, p.call_sid FROM conferences c
             JOIN participants p ON p.conference_sid = c.sid
             WHERE c.status = 'in-progress' AND p.left_at IS NULL AND p.label = 'customer'
               AND (?1 IS NULL OR c.sid = ?1 OR c.friendly_name = ?1)",
        )?;
        let found: Vec<(String, String)> = stmt
            .query_map([&wanted], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let (conference, call) = match found.as_slice() {
            [one] => one.clone(),
            [] => {
                return Err(ApiError::new(
                    StatusCode::NOT_FOUND,
                    20404,
                    "No in-progress conference with a customer leg matches",
                ))
            }
            _ => {
                return Err(ApiError::invalid(
                    "Conference",
                    "several calls are in progress; name one with Conference=CF…",
                ))
            }
        };
        participant_leaves(tx, &conference, &call, Leave::Hangup, now)?;
        Ok(json!({ "conference_sid": conference, "call_sid": call, "hung_up": true }))
    })?;
    Ok(ok(body))
}

/// `Since=<id>` (exclusive), `Limit=<n>` (the newest n; default 200).
async fn log(State(state): State<AppState>, Query(q): Query) -> ApiResult<Response> {
    let since = q.int("Since", 0, i64::MAX)?.unwrap_or(0);
    let limit = q.int("Limit", 1, 100_000)?.unwrap_or(200);
    let body = state.store().read(|tx| {
        let mut stmt = tx.prepare(
            "SELECT id, at_ms, method, path, query, status, duration_us, fault FROM (
                 SELECT * FROM request_log WHERE id > ?1 ORDER BY id DESC LIMIT ?2
             ) ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![since, limit], |r| {
                Ok(json!({
                    "id": r.get::<_, i64>(0)?,
                    "at": iso8601(r.get(1)?),
                    "method": r.get::<_, String>(2)?,
                    "path": r.get::<_, String>(3)?,
                    "query": r.get::<_, String>(4)?,
                    "status": r.get::<_, i64>(5)?,
                    "duration_us": r.get::<_, i64>(6)?,
                    "fault": r.get::<_, Option<String>>(7)?,
                }))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok::<_, ApiError>(json!({ "requests": rows }))
    })?;
    Ok(ok(body))
}

/// `BusyAgent=true` also seeds a second live call that keeps one agent busy (not the default:
/// scripts and tests of the demo rely on one live call).
async fn reset(State(state): State<AppState>, Form(p): Form) -> ApiResult<Response> {
    let busy = p.bool("BusyAgent")?.unwrap_or(false);
    state.store().write(|tx| {
        seed::reset(tx)?;
        api2010::numbers::clear(tx)?;
        if busy {
            seed::seed_busy_agent(tx, clock::now(tx)?)?;
        }
        Ok::<_, ApiError>(())
    })?;
    Ok(ok(json!({
        "reset": true,
        "workspace_sid": seed::workspace_sid(),
        "busy_agent": busy.then_some(seed::BUSY_AGENT),
    })))
}

/// `Size=demo|medium|large` (default medium), then `Calls`, `Agents`, `Queues`, `Stale`,
/// `Seed` to change any of its numbers: replaces the contact centre with a generated one (the
/// credentials, the request log and the clock are kept).
async fn seed_centre(State(state): State<AppState>, Form(p): Form) -> ApiResult<Response> {
    let size = p.get("Size").unwrap_or("medium");
    let base = Spec::preset(size).ok_or_else(|| {
        ApiError::invalid("Size", format!("'{size}' is not demo, medium or large"))
    })?;
    let count = |key: &str, default: usize| -> ApiResult<usize> {
        Ok(p.int(key, 0, 1_000_000)?.map_or(default, |n| n as usize))
    };
    let seed = match p.get("Seed") {
        None => base.seed,
        Some(v) => v
            .trim()
            .parse::<u64>()
            .map_err(|_| ApiError::invalid("Seed", format!("'{v}' is not an integer")))?,
    };
    let spec = Spec {
        calls: count("Calls", base.calls)?,
        agents: count("Agents", base.agents)?,
        queues: count("Queues", base.queues)?,
        stale: count("Stale", base.stale)?,
        seed,
    };
    if let Some(problem) = spec.problem() {
        return Err(ApiError::invalid("Size", problem));
    }
    let created = state
        .store()
        .write(|tx| seed_large_sql::seed(tx, spec, clock::now(tx)?))?;
    Ok(ok(seed_large_sql::summary(spec, &created)))
}

/// The in-flight gauge of Twilio-route requests: now, and the most at once since the last reset.
async fn stats(State(state): State<AppState>) -> ApiResult<Response> {
    let (in_flight, max_in_flight) = state.gauge().read();
    Ok(ok(
        json!({ "in_flight": in_flight, "max_in_flight": max_in_flight }),
    ))
}

/// Starts the maximum afresh (from the requests in flight now).
async fn stats_reset(State(state): State<AppState>) -> ApiResult<Response> {
    state.gauge().reset_max();
    stats(State(state)).await
}
