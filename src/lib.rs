//! flexctl: warm transfers on live Twilio Flex voice calls, and the sandbox that emulates them.

pub mod sandbox;
