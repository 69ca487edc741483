//! Facts about processes on this host that the transfer journal records and doctor checks: the
//! host's name, this process's identity, and whether a recorded process is still the same one.

/// This host's name (empty when it cannot be read: the lease alone then decides).
pub fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_default()
}

/// When process `pid` started (Linux: clock ticks since boot, field 22 of /proc/PID/stat), or
/// `None` when no such process exists. Elsewhere, 0 for any pid: unknown.
pub fn started(pid: u32) -> Option<u64> {
    if !cfg!(target_os = "linux") {
        return Some(0);
    }
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(19)?.parse().ok()
}

/// This process: (pid, start time).
pub fn me() -> (u32, u64) {
    let pid = std::process::id();
    (pid, started(pid).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_dead_one_is_not() {
        let (pid, start) = me();
        assert_eq!(started(pid), Some(start));
        if cfg!(target_os = "linux") {
            assert!(start > 0);
            // pid_max is at most 2^22 on Linux.
            assert_eq!(started(u32::MAX - 1), None);
        }
    }
}
