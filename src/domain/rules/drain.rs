//! Rules of `drain`: a target that can take the drained agents' calls (`target-not-drained`).

use super::{Check, Refusal};

/// `target-not-drained` for an agent: the calls cannot go to one of the agents they are taken
/// from.
pub fn check_agent_not_drained(name: &str, sid: &str, drained: &[String]) -> Result<(), Refusal> {
    if !drained.iter().any(|d| d == sid) {
        return Ok(());
    }
    Err(Refusal::new(
        Check::TargetNotDrained,
        format!("{name} is one of the agents being drained: their calls cannot go to them"),
    )
    .hint("drain to another agent, or to a queue: --to queue NAME"))
}

/// `target-not-drained` for a queue: some agent of it (`eligible`, worker SIDs) is not one of
/// the drained agents, or the calls would only come back to the agents they left.
pub fn check_queue_not_drained(
    name: &str,
    eligible: &[String],
    drained: &[String],
) -> Result<(), Refusal> {
    if eligible.iter().any(|e| !drained.contains(e)) {
        return Ok(());
    }
    let why = if eligible.is_empty() {
        "has no agent"
    } else {
        "has no agent but the ones being drained"
    };
    Err(Refusal::new(
        Check::TargetNotDrained,
        format!("queue {name} {why}: nobody could take the calls"),
    )
    .hint(format!(
        "flexctl agents list --queue {}",
        super::super::names::shell_word(name)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_agent_target_must_not_be_drained() {
        let drained = sids(&["WKa", "WKb"]);
        for (sid, ok) in [("WKa", false), ("WKb", false), ("WKc", true)] {
            let r = check_agent_not_drained("x", sid, &drained);
            assert_eq!(r.is_ok(), ok, "{sid}");
            if let Err(e) = r {
                assert_eq!(e.check.id(), "target-not-drained");
            }
        }
    }

    #[test]
    fn a_queue_target_needs_an_agent_who_is_not_drained() {
        let drained = sids(&["WKa", "WKb"]);
        for (eligible, ok) in [
            (vec![], false),
            (vec!["WKa"], false),
            (vec!["WKa", "WKb"], false),
            (vec!["WKa", "WKc"], true),
            (vec!["WKc"], true),
        ] {
            let r = check_queue_not_drained("Billing", &sids(&eligible), &drained);
            assert_eq!(r.is_ok(), ok, "{eligible:?}");
        }
        let e = check_queue_not_drained("Billing", &[], &drained).unwrap_err();
        assert!(e.message.contains("has no agent"), "{}", e.message);
    }
}
