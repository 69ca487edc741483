//! Everything flexctl shows: data on stdout (table, JSON or TSV), status, warnings and
//! prompts on stderr, with colour and prompting decided once from flags, environment and TTYs.

pub mod findings;
pub mod fit;
pub mod live;
pub mod picture;
pub mod prompt;
pub mod sanitize;
pub mod screen;
pub mod spinner;
pub mod table;

use std::io::{IsTerminal, Write};

use crate::cli::{ColorChoice, OutputFormat};
use crate::error::{CliError, CliResult};

/// Whether to colour output, in uv's order: `--color` > `NO_COLOR` > `CLICOLOR_FORCE` > TTY.
pub fn color_enabled(
    choice: ColorChoice,
    no_color: bool,
    clicolor_force: bool,
    is_tty: bool,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if no_color => false,
        ColorChoice::Auto if clicolor_force => true,
        ColorChoice::Auto => is_tty,
    }
}

/// Whether someone can answer a prompt: stdin and stderr are terminals and nothing said no.
pub fn can_prompt(no_input_flag: bool, env: &dyn Fn(&str) -> Option<String>, ttys: bool) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty() && v != "0" && v != "false");
    ttys && !no_input_flag && !set("FLEXCTL_NO_INPUT") && !set("CI")
}

/// The streams and the decisions about them.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: OutputFormat,
    pub color: bool,
    pub quiet: bool,
    pub no_header: bool,
    pub interactive: bool,
    pub stderr_tty: bool,
    /// The width human output fits (stdout a terminal, no `--wide`); `None`: values in full.
    pub width: Option<usize>,
}

impl Ui {
    pub fn new(
        format: OutputFormat,
        color: ColorChoice,
        quiet: bool,
        no_header: bool,
        no_input: bool,
        wide: bool,
    ) -> Ui {
        let env = |k: &str| std::env::var(k).ok();
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let ttys = std::io::stdin().is_terminal() && stderr_tty;
        Ui {
            format,
            color: color_enabled(
                color,
                env("NO_COLOR").is_some_and(|v| !v.is_empty()),
                env("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0"),
                stdout_tty,
            ),
            quiet,
            no_header,
            // Scripted answers stand in for a terminal (tests drive the prompts with them).
            interactive: can_prompt(no_input, &env, ttys) || prompt::scripted(),
            stderr_tty,
            width: (stdout_tty && !wide).then(|| {
                let reported = terminal_size::terminal_size_of(std::io::stdout())
                    .map(|(w, _)| usize::from(w.0));
                fit::terminal_width(env("COLUMNS").as_deref(), reported)
            }),
        }
    }

    pub fn json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// Writes data to stdout. A closed pipe (`| head`) ends the command quietly.
    pub fn out(&self, text: &str) -> CliResult {
        let mut stdout = std::io::stdout().lock();
        let result = stdout
            .write_all(text.as_bytes())
            .and_then(|_| {
                if text.ends_with('\n') {
                    Ok(())
                } else {
                    stdout.write_all(b"\n")
                }
            })
            .and_then(|_| stdout.flush());
        // A closed pipe becomes `Kind::BrokenPipe` in the conversion.
        result.map_err(CliError::from)
    }

    /// Prints a JSON value on stdout.
    pub fn out_json(&self, value: &serde_json::Value) -> CliResult {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::refused(format!("cannot encode JSON: {e}")))?;
        self.out(&text)
    }

    /// A status line on stderr (suppressed by `-q`).
    pub fn status(&self, text: &str) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    /// A line of human output cut to the terminal's width (no-op in full width).
    pub fn clip(&self, line: &str) -> String {
        match self.width {
            Some(w) => fit::clip(line, w),
            None => line.to_string(),
        }
    }

    /// A warning on stderr (always shown).
    pub fn warn(&self, text: &str) {
        eprintln!("warning: {text}");
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_flag_then_env_then_tty() {
        use ColorChoice::*;
        assert!(color_enabled(Always, true, false, false));
        assert!(!color_enabled(Never, false, true, true));
        assert!(!color_enabled(Auto, true, true, true));
        assert!(color_enabled(Auto, false, true, false));
        assert!(color_enabled(Auto, false, false, true));
        assert!(!color_enabled(Auto, false, false, false));
    }

    #[test]
    fn prompting_needs_terminals_and_no_veto() {
        let none = |_: &str| None;
        let ci = |k: &str| (k == "CI").then(|| "true".to_string());
        let no_input = |k: &str| (k == "FLEXCTL_NO_INPUT").then(|| "1".to_string());
        assert!(can_prompt(false, &none, true));
        assert!(!can_prompt(false, &none, false));
        assert!(!can_prompt(true, &none, true));
        assert!(!can_prompt(false, &ci, true));
        assert!(!can_prompt(false, &no_input, true));
    }
}
