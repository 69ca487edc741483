//! Every conversion into `CliError`, in one place: which exit code, kind and hint each error
//! of the layers below gets.

use super::{CliError, Kind};
use crate::config::ConfigError;
use crate::domain::rules::{Check, Refusal};
use crate::exit::Exit;
use crate::sandbox::control_client::ControlError;
use crate::settings::SettingsError;
use crate::twilio;

impl From<twilio::Error> for CliError {
    fn from(e: twilio::Error) -> CliError {
        let msg = e.to_string();
        let err = if e.is_auth() {
            CliError::new(Exit::Auth, msg)
                .hint("check the credentials: `flexctl profile show`, or TWILIO_* variables")
        } else if matches!(e, twilio::Error::Timeout | twilio::Error::Connect(_)) {
            CliError::new(Exit::Unreachable, msg)
                .hint("check the network, --base-url, or raise --timeout")
        } else if e.is_precondition_failed() {
            CliError::new(Exit::Conflict, msg)
        } else if matches!(e, twilio::Error::InvalidConfig(_)) {
            CliError::usage(msg)
        } else {
            CliError::refused(msg)
        };
        let throttled = e.status() == Some(429) || e.code() == Some(20429);
        let err = if throttled {
            err.kind(Kind::Throttled)
        } else {
            err
        };
        err.with_source(e)
    }
}

impl From<Refusal> for CliError {
    fn from(r: Refusal) -> CliError {
        // One rule for every refusal: a state of the call that forbids the verb is 1; a
        // missing confirmation (or the customer named without `--customer --yes`) is 2. Losing
        // the compare-and-set race is 5, decided where the journal is written.
        let exit = if r.confirmable || r.check == Check::CustomerStays {
            Exit::Usage
        } else {
            Exit::Refused
        };
        CliError::new(exit, r.message)
            .id(r.check.id())
            .hint_opt(r.hint)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::broken_pipe();
        }
        CliError::refused(format!("I/O error: {e}")).with_source(e)
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> CliError {
        let hint = e.hint();
        // A profile name that does not exist is a bad argument, as it is for `-p NAME`.
        let (exit, kind) = match e {
            ConfigError::UnknownProfile { .. } => (Exit::Usage, Kind::Other),
            ConfigError::NoHome => (Exit::Refused, Kind::NoConfigHome),
            _ => (Exit::Refused, Kind::Other),
        };
        CliError::new(exit, e.to_string())
            .hint_opt(hint)
            .kind(kind)
            .with_source(e)
    }
}

impl From<SettingsError> for CliError {
    fn from(e: SettingsError) -> CliError {
        let hint = e.hint();
        CliError::usage(e.to_string()).hint_opt(hint).with_source(e)
    }
}

impl From<ControlError> for CliError {
    fn from(e: ControlError) -> CliError {
        let err = match &e {
            ControlError::Unreachable { .. } => CliError::new(Exit::Unreachable, e.to_string())
                .hint("start one with `flexctl sandbox serve`, or check --base-url"),
            ControlError::Api { status: 401, .. } => CliError::new(Exit::Auth, e.to_string())
                .hint("use the credentials `flexctl sandbox serve` printed"),
            // The control client's answer does not say which path was missing, only the
            // server's message does: a 404 naming a control path means the route itself is
            // absent, whereas the sandbox's own 404s name the worker or call not found.
            ControlError::Api {
                status: 404,
                message,
                ..
            } if message.contains("/sandbox/") => {
                CliError::refused("this backend is not a flexctl sandbox (no control API)")
                    .kind(Kind::NotASandbox)
            }
            _ => CliError::refused(e.to_string()),
        };
        err.with_source(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: Option<u32>) -> twilio::Error {
        twilio::Error::Api {
            status,
            code,
            message: "nope".into(),
            more_info: None,
        }
    }

    #[test]
    fn client_errors_get_their_exit_code_and_kind() {
        let e = CliError::from(api(401, Some(20003)));
        assert_eq!(e.exit, Exit::Auth);
        let e = CliError::from(twilio::Error::Timeout);
        assert_eq!(e.exit, Exit::Unreachable);
        let e = CliError::from(api(412, None));
        assert_eq!(e.exit, Exit::Conflict);
        let e = CliError::from(api(429, Some(20429)));
        assert_eq!((e.exit, e.kind), (Exit::Refused, Kind::Throttled));
        let e = CliError::from(api(400, Some(20429)));
        assert_eq!(e.kind, Kind::Throttled);
        let e = CliError::from(api(503, None));
        assert_eq!(e.kind, Kind::Other);
        assert!(e
            .source_as::<twilio::Error>()
            .is_some_and(|s| s.status() == Some(503)));
    }

    #[test]
    fn config_errors_are_decided_by_variant() {
        let e = CliError::from(ConfigError::NoHome);
        assert_eq!((e.exit, e.kind), (Exit::Refused, Kind::NoConfigHome));
        let e = CliError::from(ConfigError::UnknownProfile {
            name: "nope".into(),
            known: vec!["work".into()],
        });
        assert_eq!(e.exit, Exit::Usage);
        assert!(e.hints[0].contains("work"), "{:?}", e.hints);
    }

    #[test]
    fn a_broken_pipe_is_its_own_kind() {
        let e = CliError::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert_eq!(e.kind, Kind::BrokenPipe);
        let e = CliError::from(std::io::Error::other("disk full"));
        assert_eq!((e.exit, e.kind), (Exit::Refused, Kind::Other));
    }

    #[test]
    fn a_missing_control_route_means_not_a_sandbox() {
        let missing = ControlError::Api {
            status: 404,
            code: Some(20404),
            message: "The requested resource /sandbox/info was not found".into(),
        };
        assert_eq!(CliError::from(missing).kind, Kind::NotASandbox);
        let no_worker = ControlError::Api {
            status: 404,
            code: Some(20404),
            message: "No worker named 'zed' in the sandbox workspace".into(),
        };
        let e = CliError::from(no_worker);
        assert_eq!(e.kind, Kind::Other);
        assert!(e.message.contains("zed"));
    }
}
