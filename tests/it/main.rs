//! The integration tests: one binary, each test with its own sandbox on an ephemeral port.

mod common;
mod sandbox_taskrouter;
