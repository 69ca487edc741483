//! flexctl: warm transfers on live Twilio Flex voice calls, and the sandbox that emulates them.

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod domain;
pub mod error;
pub mod exit;
pub mod interrupt;
pub mod invariants;
pub mod paths;
pub mod process;
pub mod sandbox;
pub mod settings;
pub mod twilio;
pub mod ui;
