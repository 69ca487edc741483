//! The integration tests: one binary, each test with its own sandbox on an ephemeral port.

mod cli_errors;
mod cli_profile;
mod cli_sandbox;
mod cli_views;
mod common;
mod completions;
mod conformance;
mod crash;
mod doctor;
mod faults;
mod fuzz_cli;
mod fuzz_sandbox;
mod invariants;
mod queue_reset;
mod races;
mod sandbox_2010;
mod sandbox_taskrouter;
mod secrets;
mod sequences;
mod spec;
mod store;
mod transfer_faults;
mod transfer_flows;
mod transfer_harness;
mod transfer_plans;
mod transfer_refusals;
