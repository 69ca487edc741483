//! The flexctl binary: parse, run, report the error, exit with its code.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = flexctl::cli::Cli::parse();
    let code = flexctl::app::run(cli);
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
