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
