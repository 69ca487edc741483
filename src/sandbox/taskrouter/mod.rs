//! TaskRouter v1 as the sandbox serves it: workspaces, activities, workers, queues and their
//! statistics, workflows, tasks and reservations.

pub mod sim;

use axum::Router;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}
