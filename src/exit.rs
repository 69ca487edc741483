//! The documented exit codes, in one typed enum.

/// What a flexctl process exits with. Scripts depend on these numbers: never renumber.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exit {
    /// 0: the command did what was asked.
    Ok,
    /// 1: refused by a precondition or by the backend.
    Refused,
    /// 2: usage error, including a missing value when prompting is not possible.
    Usage,
    /// 3: the backend is unreachable or timed out.
    Unreachable,
    /// 4: authentication failed.
    Auth,
    /// 5: conflict: another transfer won the race.
    Conflict,
    /// 129: hung up (SIGHUP); a verb undoes what it did first, as for Ctrl-C.
    HungUp,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
    /// 143: terminated (SIGTERM); a verb undoes what it did first, as for Ctrl-C.
    Terminated,
}

impl Exit {
    pub const ALL: [Exit; 9] = [
        Exit::Ok,
        Exit::Refused,
        Exit::Usage,
        Exit::Unreachable,
        Exit::Auth,
        Exit::Conflict,
        Exit::HungUp,
        Exit::Interrupted,
        Exit::Terminated,
    ];

    pub fn code(self) -> i32 {
        match self {
            Exit::Ok => 0,
            Exit::Refused => 1,
            Exit::Usage => 2,
            Exit::Unreachable => 3,
            Exit::Auth => 4,
            Exit::Conflict => 5,
            Exit::HungUp => 129,
            Exit::Interrupted => 130,
            Exit::Terminated => 143,
        }
    }

    /// A stable machine-readable name, used in JSON errors.
    pub fn name(self) -> &'static str {
        match self {
            Exit::Ok => "ok",
            Exit::Refused => "refused",
            Exit::Usage => "usage",
            Exit::Unreachable => "unreachable",
            Exit::Auth => "auth",
            Exit::Conflict => "conflict",
            Exit::HungUp => "hung_up",
            Exit::Interrupted => "interrupted",
            Exit::Terminated => "terminated",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "success",
            Exit::Refused => "refused by a precondition or by the backend",
            Exit::Usage => {
                "usage error: bad or missing argument, or a confirmation with no terminal to ask on"
            }
            Exit::Unreachable => "backend unreachable or timed out",
            Exit::Auth => "authentication failed",
            Exit::Conflict => "conflict: lost the race to another operator's transfer",
            Exit::HungUp => "hung up (SIGHUP): stopped and undone as for Ctrl-C",
            Exit::Interrupted => "interrupted (Ctrl-C): a verb undoes what it did, then exits",
            Exit::Terminated => "terminated (SIGTERM): stopped and undone as for Ctrl-C",
        }
    }

    /// The table shown at the end of `--help` and in the README.
    pub fn help_table() -> String {
        let mut s = String::from("Exit codes:\n");
        for e in Exit::ALL {
            s.push_str(&format!("  {:>3}  {}\n", e.code(), e.meaning()));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_documented_ones() {
        let codes: Vec<i32> = Exit::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(codes, vec![0, 1, 2, 3, 4, 5, 129, 130, 143]);
        assert!(Exit::help_table().contains("130  interrupted"));
    }
}
