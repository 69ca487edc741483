//! Reading and writing the profiles file: its location, the ssh-style permission check on
//! load, and atomic private writes.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ConfigError, ConfigFile};

/// `$XDG_CONFIG_HOME/flexctl/config.toml`, else `$HOME/.config/flexctl/config.toml`; the
/// environment is passed in so tests never touch the real home.
pub fn config_path(env: impl Fn(&str) -> Option<String>) -> Result<PathBuf, ConfigError> {
    let nonempty = |k: &str| env(k).filter(|v| !v.is_empty());
    // The XDG spec says relative values are to be ignored.
    if let Some(x) = nonempty("XDG_CONFIG_HOME").filter(|x| Path::new(x).is_absolute()) {
        return Ok(Path::new(&x).join("flexctl").join("config.toml"));
    }
    let home = nonempty("HOME").ok_or(ConfigError::NoHome)?;
    Ok(Path::new(&home)
        .join(".config")
        .join("flexctl")
        .join("config.toml"))
}

/// Reads the file; a missing file is an empty config. A file holding a secret that other users
/// can read is refused, so that a leaked token is noticed rather than silently used.
pub fn load(path: &Path) -> Result<ConfigFile, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
        Err(source) => {
            return Err(ConfigError::Io {
                action: "read",
                path: path.to_owned(),
                source,
            })
        }
    };
    let cfg = ConfigFile::parse(&text, path)?;
    if cfg.has_secrets() {
        if let Some(mode) = loose_mode(path) {
            return Err(ConfigError::Insecure {
                path: path.to_owned(),
                mode,
            });
        }
    }
    Ok(cfg)
}

/// The permission bits if group or others have any access.
#[cfg(unix)]
fn loose_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn loose_mode(_: &Path) -> Option<u32> {
    None
}

/// Writes the file atomically: a private temporary file in the same directory, flushed to
/// disk, then renamed over the old one, so a crash never leaves a half-written config.
pub fn save(cfg: &ConfigFile, path: &Path) -> Result<(), ConfigError> {
    let io = |action: &'static str, p: &Path| {
        let p = p.to_owned();
        move |source| ConfigError::Io {
            action,
            path: p,
            source,
        }
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir).map_err(io("create", dir))?;
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("config.toml");
    let tmp = dir.join(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        fastrand::u64(..)
    ));
    let result = (|| {
        let mut f = open_private(&tmp)?;
        f.write_all(cfg.to_toml().as_bytes())?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Persist the rename itself; not every platform can open a directory, so best effort.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io("write", path))
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)
}
