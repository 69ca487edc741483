//! Twilio's 2010 API as the sandbox serves it: conferences and their participants.
//!
//! axum cannot match a parameter that is only part of a segment, so the `{Sid}.json` segments
//! are matched whole and the handlers strip the suffix; the same parameter name is used at the
//! conference position in every route because the router requires it.

mod addr;
mod conferences;
mod create;
mod json;
mod model;
pub mod numbers;
mod participants;
pub mod sim;
mod update;

use axum::http::{StatusCode, Uri};
use axum::routing::get;
use axum::Router;

use super::http::ApiError;
use super::AppState;

const CONFERENCES: &str = "/2010-04-01/Accounts/{account}/Conferences";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            &format!("{CONFERENCES}.json"),
            get(conferences::list).fallback(method_not_allowed),
        )
        .route(
            &format!("{CONFERENCES}/{{conference}}"),
            get(conferences::fetch)
                .post(conferences::update)
                .fallback(method_not_allowed),
        )
        .route(
            &format!("{CONFERENCES}/{{conference}}/Participants.json"),
            get(participants::list)
                .post(create::create)
                .fallback(method_not_allowed),
        )
        .route(
            &format!("{CONFERENCES}/{{conference}}/Participants/{{call}}"),
            get(participants::fetch)
                .post(update::update)
                .delete(participants::delete)
                .fallback(method_not_allowed),
        )
}

/// A method the resource does not support, in Twilio's error shape rather than axum's empty 405.
async fn method_not_allowed(uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        20004,
        format!("Method not allowed on {}", uri.path()),
    )
}
