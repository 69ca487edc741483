//! The integration tests: one binary, each test with its own sandbox on an ephemeral port.

mod cli_errors;
mod cli_profile;
mod cli_sandbox;
mod cli_views;
mod common;
mod completions;
mod conformance;
mod faults;
mod fuzz_cli;
mod fuzz_sandbox;
mod invariants;
mod sandbox_2010;
mod sandbox_taskrouter;
mod secrets;
mod spec;
mod store;
