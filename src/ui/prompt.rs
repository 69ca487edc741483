//! Every question flexctl asks (pickers, confirmations, text and secret input), behind one
//! door: the terminal through dialoguer, or scripted answers for tests
//! (`FLEXCTL_PROMPT_ANSWERS` names a file with one answer a line). Failures map here once.

use std::collections::VecDeque;
use std::sync::Mutex;

use crate::error::{CliError, CliResult, Kind};
use crate::exit::Exit;
use crate::interrupt::AtPrompt;
use crate::ui::Ui;

/// The variable naming a file of scripted answers, one a line, consumed in order: for a
/// picker the 0-based index of the item, for a confirmation `y` or `n`, else the text.
/// An empty line, or running out of answers, is Escape.
pub const ANSWERS_VAR: &str = "FLEXCTL_PROMPT_ANSWERS";

static SCRIPT: Mutex<Option<VecDeque<String>>> = Mutex::new(None);

/// Whether prompts are answered from a script instead of a terminal.
pub fn scripted() -> bool {
    std::env::var_os(ANSWERS_VAR).is_some_and(|v| !v.is_empty())
}

/// The next scripted answer; `None` is Escape. Only called when `scripted()`.
fn next_answer() -> CliResult<Option<String>> {
    let mut guard = SCRIPT.lock().unwrap_or_else(|p| p.into_inner());
    if guard.is_none() {
        let path = std::env::var_os(ANSWERS_VAR).unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| {
            CliError::usage(format!(
                "cannot read {ANSWERS_VAR} ({}): {e}",
                std::path::Path::new(&path).display()
            ))
        })?;
        *guard = Some(text.lines().map(str::to_owned).collect());
    }
    Ok(guard
        .as_mut()
        .and_then(VecDeque::pop_front)
        .filter(|a| !a.is_empty()))
}

/// Nobody can answer: a usage error naming the flag that says it instead.
pub fn cannot_prompt(what: &str, flag: &str) -> CliError {
    CliError::usage(format!("{what}: no terminal to ask on"))
        .hint(format!(
            "pass {flag} (prompting needs a terminal and no --no-input)"
        ))
        .kind(Kind::CannotPrompt)
}

/// Ctrl-C or Escape at a prompt: the user stopped the command.
/// Marks the terminal as being read by a prompt (see [`AtPrompt`]); a signal caught before
/// ends the run instead.
fn at_prompt(what: &str) -> CliResult<AtPrompt> {
    AtPrompt::enter().map_err(|s| CliError::new(s.exit(), format!("{what} (interrupted)")))
}

fn interrupted(what: &str) -> CliError {
    CliError::new(Exit::Interrupted, what)
}

fn dialoguer_error(e: dialoguer::Error, what: &str, flag: &str) -> CliError {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        return interrupted(what);
    }
    cannot_prompt(what, flag).cause(io.to_string())
}

/// Picks one of `items` (type to filter); `what` is the message when none is chosen
/// ("no call chosen"), `flag` what to pass instead.
pub fn pick(ui: &Ui, prompt: &str, items: &[String], what: &str, flag: &str) -> CliResult<usize> {
    if scripted() {
        let answer = next_answer()?.ok_or_else(|| interrupted(what))?;
        return answer
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|i| *i < items.len())
            .ok_or_else(|| {
                CliError::usage(format!(
                    "scripted answer {answer:?} is not one of the items"
                ))
            });
    }
    if !ui.interactive {
        return Err(cannot_prompt(what, flag));
    }
    let _reading = at_prompt(what)?;
    dialoguer::FuzzySelect::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact_opt()
        .map_err(|e| dialoguer_error(e, what, flag))?
        .ok_or_else(|| interrupted(what))
}

/// Asks yes or no (no by default); Escape is "interrupted".
pub fn confirm(ui: &Ui, question: &str, flag: &str) -> CliResult<bool> {
    if scripted() {
        let answer = next_answer()?.ok_or_else(|| interrupted("not confirmed"))?;
        return Ok(matches!(answer.trim(), "y" | "Y" | "yes"));
    }
    if !ui.interactive {
        return Err(cannot_prompt("a confirmation is needed", flag));
    }
    let _reading = at_prompt("not confirmed")?;
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact_opt()
        .map_err(|e| dialoguer_error(e, "not confirmed", flag))?
        .ok_or_else(|| interrupted("not confirmed"))
}

/// A line of text (may be empty).
pub fn text(ui: &Ui, prompt: &str, flag: &str) -> CliResult<String> {
    if scripted() {
        return Ok(next_answer()?.unwrap_or_default());
    }
    if !ui.interactive {
        return Err(missing(flag));
    }
    let _reading = at_prompt(&format!("missing {flag}"))?;
    dialoguer::Input::<String>::new()
        .with_prompt(prompt)
        .allow_empty(true)
        .interact_text()
        .map_err(|e| dialoguer_error(e, &format!("missing {flag}"), flag))
}

/// A secret, read without echo.
pub fn secret(ui: &Ui, prompt: &str, flag: &str) -> CliResult<String> {
    if scripted() {
        return Ok(next_answer()?.unwrap_or_default());
    }
    if !ui.interactive {
        return Err(missing(flag));
    }
    let _reading = at_prompt(&format!("missing {flag}"))?;
    dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .map_err(|e| dialoguer_error(e, &format!("missing {flag}"), flag))
}

/// A value that only a flag or a prompt can give, and nobody can be asked.
fn missing(flag: &str) -> CliError {
    CliError::usage(format!("missing {flag}"))
        .hint(format!(
            "pass {flag} (prompting needs a terminal and no --no-input)"
        ))
        .kind(Kind::CannotPrompt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_terminal_names_the_flag_and_exits_2() {
        let e = cannot_prompt("no call chosen", "--task WT…");
        assert_eq!((e.exit, e.kind), (Exit::Usage, Kind::CannotPrompt));
        assert!(e.hints[0].contains("--task WT…"), "{:?}", e.hints);
        let e = missing("--auth-token");
        assert_eq!(e.message, "missing --auth-token");
        assert_eq!(e.exit.code(), 2);
    }

    #[test]
    fn ctrl_c_at_a_prompt_is_interrupted() {
        let io = std::io::Error::from(std::io::ErrorKind::Interrupted);
        let e = dialoguer_error(dialoguer::Error::IO(io), "no call chosen", "--task WT…");
        assert_eq!(e.exit, Exit::Interrupted);
        assert_eq!(e.exit.code(), 130);
        let other = std::io::Error::from(std::io::ErrorKind::NotConnected);
        let e = dialoguer_error(dialoguer::Error::IO(other), "no call chosen", "--task WT…");
        assert_eq!(e.exit, Exit::Usage);
    }
}
