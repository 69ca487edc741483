//! Simulation of routing: reservations offered to eligible available workers, simulated
//! workers accepting or rejecting, reservation and task timeouts.

use rusqlite::Transaction;

use crate::sandbox::http::ApiResult;

pub fn advance(_tx: &Transaction, _now: i64) -> ApiResult<()> {
    Ok(())
}
