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
mod participants;
pub mod sim;
mod update;

use axum::routing::get;
use axum::Router;

use super::AppState;

const CONFERENCES: &str = "/2010-04-01/Accounts/{account}/Conferences";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(&format!("{CONFERENCES}.json"), get(conferences::list))
        .route(
            &format!("{CONFERENCES}/{{conference}}"),
            get(conferences::fetch).post(conferences::update),
        )
        .route(
            &format!("{CONFERENCES}/{{conference}}/Participants.json"),
            get(participants::list).post(create::create),
        )
        .route(
            &format!("{CONFERENCES}/{{conference}}/Participants/{{call}}"),
            get(participants::fetch)
                .post(update::update)
                .delete(participants::delete),
        )
}
