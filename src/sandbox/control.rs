//! The control API under `/sandbox/…`: what real Twilio has no endpoint for (the clock,
//! simulated agents' behaviour, the customer hanging up, the request log, reset).

use axum::Router;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
