//! Pure domain types and rules: no I/O, no HTTP, no async, so everything here is unit-tested.

pub mod model;
pub mod sid;

pub use model::*;
pub use sid::{looks_like_sid, parse_sid, SidError, SidKind};
