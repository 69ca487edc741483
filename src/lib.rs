//! flexctl: warm transfers on live Twilio Flex voice calls, and the sandbox that emulates them.

pub mod cli;
pub mod domain {
    //! Pure rules and types of the contact-center domain: no I/O.
    pub mod duration;
    pub mod names;
}
pub mod error;
pub mod exit;
pub mod sandbox;
pub mod ui;
