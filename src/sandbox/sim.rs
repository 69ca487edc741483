//! The simulation's single entry point: brings every timed process (ringing legs, pending
//! reservations, task timeouts) up to the sandbox clock. Called at the start of each request's
//! transaction, so state is evaluated lazily from timestamps and needs no background thread.

use rusqlite::Transaction;

use super::http::ApiResult;
use super::{api2010, taskrouter};

pub fn advance(tx: &Transaction, now: i64) -> ApiResult<()> {
    taskrouter::sim::advance(tx, now)?;
    api2010::sim::advance(tx, now)?;
    Ok(())
}

/// Whether [`advance`] would change anything at `now`: a rung leg due to answer, fail or
/// start ringing, a reservation due to be answered or to time out, a task past its TTL, or a
/// waiting task that routing might offer to a worker. Cheap reads on partial indexes; a read
/// that finds nothing due needs no write lock.
pub fn is_due(tx: &Transaction, now: i64) -> ApiResult<bool> {
    Ok(api2010::sim::is_due(tx, now)? || taskrouter::sim::is_due(tx, now)?)
}
