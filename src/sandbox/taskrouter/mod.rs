//! TaskRouter v1 as the sandbox serves it: workspaces, activities, workers, queues and their
//! statistics, workflows, worker channels, tasks and reservations.
//!
//! Handlers check path SIDs before opening a transaction (a malformed one is a 400 naming the
//! parameter), then run in `AppState::tx`, which brings the simulation up to the clock first.

pub mod channels;
pub mod json;
pub mod model;
pub mod queues;
pub mod reservations;
pub mod routing;
pub mod sim;
pub mod stats;
pub mod tasks;
pub mod workers;
pub mod workspaces;

/// The one expression evaluator, shared with the CLI (pure domain code).
pub use crate::domain::expr;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::routing::get;
use axum::Router;
use rusqlite::Transaction;

use self::json::Ctx;
use self::model::WorkspaceRow;
use super::http::{check_sid, ApiError, ApiResult, Origin};
use super::AppState;

pub fn routes() -> Router<AppState> {
    const WS: &str = "/v1/Workspaces/{WorkspaceSid}";
    let r = |p: &str| format!("{WS}{p}");
    Router::new()
        .route("/v1/Workspaces", get(workspaces::list))
        .route(WS, get(workspaces::fetch))
        .route(&r("/Activities"), get(workspaces::list_activities))
        .route(&r("/Activities/{Sid}"), get(workspaces::fetch_activity))
        .route(&r("/Workflows"), get(workspaces::list_workflows))
        .route(&r("/Workflows/{Sid}"), get(workspaces::fetch_workflow))
        .route(&r("/Workers"), get(workers::list))
        .route(
            &r("/Workers/{Sid}"),
            get(workers::fetch).post(workers::update),
        )
        .route(&r("/Workers/{Sid}/Channels"), get(channels::list))
        .route(
            &r("/Workers/{Sid}/Reservations"),
            get(reservations::list_of_worker),
        )
        .route(
            &r("/Workers/{Sid}/Channels/{ChannelSid}"),
            get(channels::fetch).post(channels::update),
        )
        .route(&r("/TaskQueues"), get(queues::list))
        .route(&r("/TaskQueues/Statistics"), get(stats::list))
        .route(&r("/TaskQueues/{Sid}"), get(queues::fetch))
        .route(
            &r("/TaskQueues/{Sid}/CumulativeStatistics"),
            get(stats::cumulative),
        )
        .route(
            &r("/TaskQueues/{Sid}/RealTimeStatistics"),
            get(stats::realtime),
        )
        .route(&r("/TaskQueues/{Sid}/Statistics"), get(stats::statistics))
        .route(&r("/Tasks"), get(tasks::list).post(tasks::create))
        .route(
            &r("/Tasks/{Sid}"),
            get(tasks::fetch).post(tasks::update).delete(tasks::delete),
        )
        .route(&r("/Tasks/{Sid}/Reservations"), get(reservations::list))
        .route(
            &r("/Tasks/{Sid}/Reservations/{ReservationSid}"),
            get(reservations::fetch).post(reservations::update),
        )
}

/// The path segments of a request (in route order), with a Twilio-shaped error when the
/// path cannot be decoded.
pub struct Segs(pub Vec<String>);

impl<S: Send + Sync> FromRequestParts<S> for Segs {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Segs, ApiError> {
        Path::<Vec<String>>::from_request_parts(parts, state)
            .await
            .map(|p| Segs(p.0))
            .map_err(|e| ApiError::invalid("path", e.body_text()))
    }
}

impl Segs {
    /// Segment `i`, checked as a SID of `prefix`; `name` is the parameter the 400 names.
    pub fn sid(&self, i: usize, name: &str, prefix: &str) -> ApiResult<String> {
        let v = self.0.get(i).map(String::as_str).unwrap_or("");
        check_sid(name, v, prefix).map(String::from)
    }

    /// The workspace SID (always the first segment).
    pub fn ws(&self) -> ApiResult<String> {
        self.sid(0, "WorkspaceSid", "WS")
    }
}

/// What every handler under a workspace starts from: the state, the rendering context, the
/// path's segments and the workspace SID, already checked (a malformed one is a 400).
pub struct Req {
    pub st: AppState,
    pub c: Ctx,
    pub p: Segs,
    pub ws: String,
}

impl FromRequestParts<AppState> for Req {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Req, ApiError> {
        let Origin(origin) = Origin::from_request_parts(parts, state).await?;
        let p = Segs::from_request_parts(parts, state).await?;
        let ws = p.ws()?;
        Ok(Req {
            st: state.clone(),
            c: ctx(state, origin),
            p,
            ws,
        })
    }
}

pub fn ctx(state: &AppState, origin: String) -> Ctx {
    Ctx {
        origin,
        account: state.credentials().account_sid.clone(),
    }
}

/// `/v1/Workspaces/{ws}` + `rest`, for 404 messages and page links.
pub fn ws_path(ws: &str, rest: &str) -> String {
    format!("/v1/Workspaces/{ws}{rest}")
}

/// The workspace in the path, or a 404 naming it.
pub fn need_ws(tx: &Transaction, ws: &str) -> ApiResult<WorkspaceRow> {
    model::workspace(tx, ws)?.ok_or_else(|| ApiError::not_found(&ws_path(ws, "")))
}

/// Whether an exact-name filter matches, ignoring case as TaskRouter does.
pub fn name_matches(filter: Option<&str>, name: &str) -> bool {
    filter.is_none_or(|f| f.eq_ignore_ascii_case(name))
}
