//! The committed completion scripts are what `flexctl completions SHELL` prints now.
//! `FLEXCTL_UPDATE_COMPLETIONS=1 cargo test completions` rewrites them.

use clap_complete::Shell;
use flexctl::commands::completions::script;

fn file_for(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "flexctl.bash",
        Shell::Zsh => "_flexctl",
        Shell::Fish => "flexctl.fish",
        Shell::PowerShell => "_flexctl.ps1",
        Shell::Elvish => "flexctl.elv",
        _ => "flexctl.unknown",
    }
}

#[test]
fn committed_completions_are_up_to_date() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("FLEXCTL_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let path = dir.join(file_for(shell));
        let fresh = script(shell);
        assert!(
            fresh.contains("flexctl"),
            "{shell} script names the command"
        );
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {}\nregenerate with: FLEXCTL_UPDATE_COMPLETIONS=1 cargo test completions",
        stale.join(", ")
    );
}
