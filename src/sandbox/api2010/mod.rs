//! Twilio's 2010 API as the sandbox serves it: conferences and their participants.

pub mod sim;

use axum::Router;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
