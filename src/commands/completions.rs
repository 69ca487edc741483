//! `flexctl completions SHELL`: completion scripts generated from the command tree (the files
//! in `completions/` are this command's output, checked by a test).

use clap::CommandFactory;

use crate::cli::Cli;

/// The completion script for `shell`.
pub fn script(shell: clap_complete::Shell) -> String {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "flexctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
