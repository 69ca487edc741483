//! Pure domain types and rules: no I/O, no HTTP, no async, so everything here is unit-tested.

pub mod call;
pub mod doctor;
pub mod drain;
pub mod duration;
pub mod expr;
pub mod handoff;
pub mod model;
pub mod names;
pub mod next;
pub mod number;
pub mod plan;
pub mod record;
pub mod routing;
pub mod rules;
pub mod sid;
#[cfg(test)]
pub mod testing;

pub use model::*;
pub use sid::{looks_like_sid, parse_sid, SidError, SidKind};
