//! The CLI's error type: an exit code, a message, its causes and hints, printed one way for
//! people (`error:` / `caused by:` / `hint:`) and another for `-o json` (an object on stderr).

use serde_json::{json, Value};

use crate::exit::Exit;

#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
    pub causes: Vec<String>,
    pub hints: Vec<String>,
    /// A stable identifier (a precondition ID such as `queue-not-stale`), when there is one.
    pub id: Option<String>,
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
        }
    }

    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> CliError {
        CliError::new(Exit::Refused, message)
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

impl std::error::Error for CliError {}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError::refused(format!("I/O error: {e}"))
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
}
