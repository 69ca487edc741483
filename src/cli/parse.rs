//! clap value parsers: durations and SIDs are checked as the command line is parsed, so a bad
//! value is a usage error naming its flag before anything connects.

use std::time::Duration;

use crate::domain::duration;
use crate::domain::sid::{parse_sid, SidKind};

/// A duration such as `10s`, `1.5s` or `500ms`; zero is refused.
pub fn positive_duration(text: &str) -> Result<Duration, String> {
    match duration::parse_ms(text) {
        Ok(0) => Err("must be more than 0, e.g. 10s".into()),
        Ok(ms) => Ok(Duration::from_millis(ms as u64)),
        Err(e) => Err(e.to_string()),
    }
}

/// The shortest refresh `watch` takes: faster would only load the backend.
pub const MIN_WATCH_INTERVAL_MS: u64 = 250;

/// `watch --interval`: a duration of 250ms or more.
pub fn watch_interval(text: &str) -> Result<Duration, String> {
    let d = positive_duration(text)?;
    if d.as_millis() < u128::from(MIN_WATCH_INTERVAL_MS) {
        return Err(format!(
            "must be {MIN_WATCH_INTERVAL_MS}ms or more, not {}",
            text.trim()
        ));
    }
    Ok(d)
}

/// `--ring-timeout`: Twilio's `Timeout` accepts whole seconds from 5 to 600.
pub fn ring_timeout(text: &str) -> Result<u32, String> {
    let ms = duration::parse_ms(text).map_err(|e| e.to_string())?;
    if ms % 1000 != 0 {
        return Err(format!(
            "Twilio rings for whole seconds: say {}s or {}s",
            ms / 1000,
            ms / 1000 + 1
        ));
    }
    let s = ms / 1000;
    if !(5..=600).contains(&s) {
        return Err(format!("must be between 5s and 600s, not {}", text.trim()));
    }
    Ok(s as u32)
}

/// `--note`: one line of plain text, at most 500 characters (refused before anything is
/// held, so a bad note never leaves the customer waiting).
pub fn note(text: &str) -> Result<String, String> {
    crate::domain::handoff::check_note(text)
}

/// `consult number NUMBER`: E.164 or a `sip:` URI, checked before anything is held.
pub fn number(text: &str) -> Result<String, String> {
    crate::domain::number::check_number(text)
}

fn sid(kind: SidKind, text: &str) -> Result<String, String> {
    parse_sid(kind, text).map_err(|e| e.to_string())
}

pub fn task_sid(text: &str) -> Result<String, String> {
    sid(SidKind::Task, text)
}

pub fn conference_sid(text: &str) -> Result<String, String> {
    sid(SidKind::Conference, text)
}

pub fn workspace_sid(text: &str) -> Result<String, String> {
    sid(SidKind::Workspace, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_timeouts_are_whole_seconds_from_5_to_600() {
        assert_eq!(ring_timeout("30s"), Ok(30));
        assert_eq!(ring_timeout("10m"), Ok(600));
        assert_eq!(ring_timeout("5"), Ok(5));
        for (text, says) in [
            ("4s", "between 5s and 600s"),
            ("601s", "between 5s and 600s"),
            ("1.5s", "whole seconds: say 1s or 2s"),
            ("soon", "invalid duration"),
        ] {
            let e = ring_timeout(text).unwrap_err();
            assert!(e.contains(says), "{text}: {e}");
        }
    }

    #[test]
    fn timeouts_accept_fractions_and_refuse_zero() {
        assert_eq!(positive_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert!(positive_duration("0s").unwrap_err().contains("more than 0"));
        assert!(positive_duration("-1s").unwrap_err().contains("negative"));
    }

    #[test]
    fn watch_intervals_are_bounded_below() {
        assert_eq!(watch_interval("1s"), Ok(Duration::from_secs(1)));
        assert_eq!(watch_interval("250ms"), Ok(Duration::from_millis(250)));
        assert!(watch_interval("100ms")
            .unwrap_err()
            .contains("250ms or more"));
        assert!(watch_interval("0s").unwrap_err().contains("more than 0"));
        assert!(watch_interval("soon").is_err());
    }

    #[test]
    fn sids_are_checked_by_kind() {
        assert!(task_sid(&format!("WT{}", "a".repeat(32))).is_ok());
        assert!(task_sid(&format!("CF{}", "a".repeat(32))).is_err());
        assert!(conference_sid("CF12").is_err());
        assert!(workspace_sid(&format!("WS{}", "0".repeat(32))).is_ok());
    }
}
