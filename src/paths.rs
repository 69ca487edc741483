//! Where flexctl keeps files: the embedded sandbox's database in the user's data directory.

use std::path::PathBuf;

/// `$FLEXCTL_SANDBOX_DB`, else `$XDG_DATA_HOME/flexctl/sandbox.db`, else
/// `$HOME/.local/share/flexctl/sandbox.db`, else `./flexctl-sandbox.db`.
pub fn default_sandbox_db(env: &dyn Fn(&str) -> Option<String>) -> PathBuf {
    let non_empty = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(p) = non_empty("FLEXCTL_SANDBOX_DB") {
        return PathBuf::from(p);
    }
    if let Some(d) = non_empty("XDG_DATA_HOME") {
        return PathBuf::from(d).join("flexctl").join("sandbox.db");
    }
    if let Some(h) = non_empty("HOME") {
        return PathBuf::from(h).join(".local/share/flexctl/sandbox.db");
    }
    PathBuf::from("flexctl-sandbox.db")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_dir_precedence() {
        let env = |k: &str| match k {
            "XDG_DATA_HOME" => Some("/x".to_string()),
            "HOME" => Some("/h".to_string()),
            _ => None,
        };
        assert_eq!(
            default_sandbox_db(&env),
            PathBuf::from("/x/flexctl/sandbox.db")
        );
        let home = |k: &str| (k == "HOME").then(|| "/h".to_string());
        assert_eq!(
            default_sandbox_db(&home),
            PathBuf::from("/h/.local/share/flexctl/sandbox.db")
        );
        let over = |k: &str| (k == "FLEXCTL_SANDBOX_DB").then(|| "/t/s.db".to_string());
        assert_eq!(default_sandbox_db(&over), PathBuf::from("/t/s.db"));
    }
}
