//! The CLI's error type: an exit code, a kind to decide by, the error it came from, its
//! causes and hints, printed one way for people (`error:` / `caused by:` / `hint:`) and
//! another for `-o json` (an object on stderr).

mod convert;

use serde_json::{json, Value};

use crate::exit::Exit;

/// What went wrong, for code that must decide what to do about an error. Code decides by
/// kind, never by the text of a message, which is for people and may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing more specific is known; the exit code says how it is reported.
    Other,
    /// stdout was closed (`| head`): the command ends quietly with exit 0.
    BrokenPipe,
    /// The backend asked to slow down (HTTP 429, Twilio 20429); the request was not processed.
    Throttled,
    /// A prompt was needed and nobody can answer it (no terminal, `--no-input`, `CI`).
    CannotPrompt,
    /// Neither `XDG_CONFIG_HOME` nor `HOME` is set: there is no config file to read.
    NoConfigHome,
    /// The backend has no sandbox control API (it is Twilio, or another server).
    NotASandbox,
}

type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
    /// Context added on the way up (`step 2 failed: …`), shown as `caused by:` lines.
    pub causes: Vec<String>,
    pub hints: Vec<String>,
    /// A stable identifier (a precondition ID such as `queue-not-stale`), when there is one.
    pub id: Option<String>,
    pub kind: Kind,
    /// The error this one was made from, when there is a real one (a client error, a config
    /// error). Its text is already the message; it is kept so that callers can look at it.
    source: Option<Source>,
}

pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> CliError {
        CliError {
            exit,
            message: message.into(),
            causes: Vec::new(),
            hints: Vec::new(),
            id: None,
            kind: Kind::Other,
            source: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Refused, message)
    }

    /// stdout is gone. Reported as a quiet success, never printed.
    pub fn broken_pipe() -> CliError {
        CliError::new(Exit::Refused, "stdout was closed").kind(Kind::BrokenPipe)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hints.push(hint.into());
        self
    }

    pub fn hint_opt(self, hint: Option<String>) -> CliError {
        match hint {
            Some(h) => self.hint(h),
            None => self,
        }
    }

    pub fn cause(mut self, cause: impl Into<String>) -> CliError {
        self.causes.push(cause.into());
        self
    }

    pub fn id(mut self, id: impl Into<String>) -> CliError {
        self.id = Some(id.into());
        self
    }

    pub fn kind(mut self, kind: Kind) -> CliError {
        self.kind = kind;
        self
    }

    /// Keeps the error this one was made from.
    pub fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> CliError {
        self.source = Some(Box::new(source));
        self
    }

    /// The error this one was made from, if it is an `E`.
    pub fn source_as<E: std::error::Error + 'static>(&self) -> Option<&E> {
        self.source.as_deref().and_then(|s| s.downcast_ref::<E>())
    }

    /// What the process exits with: a broken pipe is a quiet success.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            Kind::BrokenPipe => 0,
            _ => self.exit.code(),
        }
    }

    /// Whether the error is shown at all (a broken pipe is not: there is nobody to read it).
    pub fn is_reported(&self) -> bool {
        self.kind != Kind::BrokenPipe
    }

    /// Human form, for stderr.
    pub fn render(&self) -> String {
        let mut s = format!("error: {}\n", self.message);
        for c in &self.causes {
            s.push_str(&format!("caused by: {c}\n"));
        }
        for h in &self.hints {
            s.push_str(&format!("hint: {h}\n"));
        }
        s
    }

    /// JSON form, for stderr under `-o json`.
    pub fn to_json(&self) -> Value {
        json!({
            "error": {
                "message": self.message,
                "kind": self.exit.name(),
                "exit_code": self.exit.code(),
                "id": self.id,
                "causes": self.causes,
                "hints": self.hints,
            }
        })
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_for_people_and_scripts() {
        let e = CliError::refused("queue Escalations is stale")
            .cause("no task in 30 days")
            .hint("flexctl queue reset Escalations")
            .id("queue-not-stale");
        assert_eq!(
            e.render(),
            "error: queue Escalations is stale\ncaused by: no task in 30 days\nhint: flexctl queue reset Escalations\n"
        );
        let j = e.to_json();
        assert_eq!(j["error"]["exit_code"], 1);
        assert_eq!(j["error"]["id"], "queue-not-stale");
        assert_eq!(j["error"]["kind"], "refused");
    }

    #[test]
    fn a_broken_pipe_is_a_quiet_success() {
        let e = CliError::broken_pipe();
        assert_eq!(e.kind, Kind::BrokenPipe);
        assert_eq!(e.exit_code(), 0);
        assert!(!e.is_reported());
        let other = CliError::refused("no");
        assert_eq!(other.exit_code(), 1);
        assert!(other.is_reported());
    }
}
