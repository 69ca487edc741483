//! flexctl: warm transfers on live Twilio Flex voice calls, and the sandbox that emulates them.

pub mod config;
pub mod domain;
pub mod sandbox;
pub mod settings;
pub mod twilio;
