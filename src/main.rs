//! The flexctl binary: parse, run, report the error, exit with its code.

use clap::Parser;

fn main() -> std::process::ExitCode {
    // A shell asking for completions (`FLEXCTL_COMPLETE` set) is answered, and the run ends.
    flexctl::commands::completions::complete_if_asked();
    let code = match flexctl::cli::Cli::try_parse() {
        Ok(cli) => flexctl::app::run(cli),
        Err(e) => flexctl::app::report_parse_error(&e),
    };
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
