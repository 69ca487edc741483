//! Human durations (`500ms`, `2s`, `5m`, `1h`, `31d`, combinations such as `1h30m`) parsed
//! into milliseconds, and printed back compactly.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError(String);

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DurationError {}

/// The largest duration accepted: 10 years, far beyond anything a call or a queue needs.
pub const MAX_MS: i64 = 10 * 365 * 86_400_000;

/// Parses `31d`, `2s`, `1h30m`, `250ms`; a bare number means seconds. Negative, empty, and
/// absurdly large values are refused with a message that shows the accepted form.
pub fn parse_ms(text: &str) -> Result<i64, DurationError> {
    let s = text.trim();
    let bad = || {
        DurationError(format!(
            "invalid duration '{}': expected a number with a unit, e.g. 30s, 500ms, 5m, 2h, 31d",
            shorten(text)
        ))
    };
    if s.is_empty() {
        return Err(bad());
    }
    if s.starts_with('-') {
        return Err(DurationError(format!(
            "duration '{}' is negative: expected e.g. 30s, 500ms, 5m, 2h, 31d",
            shorten(text)
        )));
    }
    if let Ok(secs) = s.parse::<u64>() {
        return checked(secs.checked_mul(1000), text);
    }
    let mut total: u64 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(bad());
        }
        if digits > 15 {
            return checked(None, text);
        }
        let n: u64 = rest[..digits].parse().map_err(|_| bad())?;
        rest = &rest[digits..];
        // A decimal fraction (`1.5s`, `0.25m`), up to six places.
        let mut frac = (0u64, 1u64);
        if let Some(after) = rest.strip_prefix('.') {
            let places = after.bytes().take_while(u8::is_ascii_digit).count();
            if places == 0 || places > 6 {
                return Err(bad());
            }
            frac = (
                after[..places].parse().map_err(|_| bad())?,
                10u64.pow(places as u32),
            );
            rest = &after[places..];
        }
        let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let factor: u64 = match unit {
            "ms" => 1,
            "s" | "sec" | "secs" => 1000,
            "m" | "min" | "mins" => 60_000,
            "h" | "hr" | "hrs" => 3_600_000,
            "d" | "day" | "days" => 86_400_000,
            "w" => 7 * 86_400_000,
            "" if frac.1 > 1 && rest.is_empty() && total == 0 => 1000,
            _ => return Err(bad()),
        };
        let part = frac.0 * factor;
        if part % frac.1 != 0 {
            return Err(DurationError(format!(
                "duration '{}' is finer than a millisecond: round it, e.g. 1.5s or 250ms",
                shorten(text)
            )));
        }
        total = n
            .checked_mul(factor)
            .and_then(|v| v.checked_add(part / frac.1))
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    checked(Some(total), text)
}

fn checked(ms: Option<u64>, text: &str) -> Result<i64, DurationError> {
    match ms {
        Some(v) if v <= MAX_MS as u64 => Ok(v as i64),
        _ => Err(DurationError(format!(
            "duration '{}' is too large (at most 10 years)",
            shorten(text)
        ))),
    }
}

fn shorten(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .take(40)
        .collect();
    if s.chars().count() > 40 {
        clean + "…"
    } else {
        clean
    }
}

/// Bidirectional embeddings, overrides, isolates and marks: echoed, they could make the
/// message read differently from what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// `1d2h`, `45s`, `0s`; milliseconds only when under a second.
pub fn format_ms(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let ms = ms.unsigned_abs();
    if ms < 1000 {
        return format!("{sign}{ms}ms");
    }
    let mut secs = ms / 1000;
    let mut out = String::from(sign);
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] {
        if secs >= size {
            out.push_str(&format!("{}{unit}", secs / size));
            secs %= size;
        }
    }
    if secs > 0 || out.len() == sign.len() {
        out.push_str(&format!("{secs}s"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units_and_combinations() {
        for (text, ms) in [
            ("31d", 31 * 86_400_000),
            ("2s", 2000),
            ("250ms", 250),
            ("1h30m", 5_400_000),
            ("45", 45_000),
            (" 5m ", 300_000),
            ("1w", 604_800_000),
            ("1.5s", 1500),
            ("0.25m", 15_000),
            ("2.5", 2500),
            ("1m0.5s", 60_500),
            ("0.001s", 1),
        ] {
            assert_eq!(parse_ms(text), Ok(ms), "{text}");
        }
    }

    #[test]
    fn refuses_bad_input() {
        for text in [
            "",
            "-5s",
            "5x",
            "s",
            "1.s",
            ".5s",
            "1.5ms",
            "0.0001s",
            "1.2.3s",
            "99999999999999999999d",
            "3650000d",
            "5s-",
        ] {
            assert!(parse_ms(text).is_err(), "{text}");
        }
        let long = "9".repeat(100_000);
        let err = parse_ms(&long).unwrap_err().to_string();
        assert!(err.len() < 200, "error stays short: {}", err.len());
        // Say what is wrong: too large, or negative, rather than "invalid".
        for text in ["9223372036854775807ms", "99999999999999999999d", &long] {
            let err = parse_ms(text).unwrap_err().to_string();
            assert!(err.contains("too large"), "{err}");
        }
        assert!(parse_ms("-5s")
            .unwrap_err()
            .to_string()
            .contains("negative"));
        assert!(parse_ms("1.5ms")
            .unwrap_err()
            .to_string()
            .contains("finer than a millisecond"));
        let err = parse_ms("a\u{1b}[2J\u{202e}b").unwrap_err().to_string();
        assert!(err.contains("'a[2Jb'"), "{err}");
    }

    #[test]
    fn formats_compactly() {
        assert_eq!(format_ms(0), "0ms");
        assert_eq!(format_ms(2000), "2s");
        assert_eq!(format_ms(93_784_000), "1d2h3m4s");
        assert_eq!(format_ms(3_600_000), "1h");
        assert_eq!(format_ms(-61_000), "-1m1s");
        assert_eq!(format_ms(-5), "-5ms");
        // The extremes must not overflow.
        assert_eq!(format_ms(i64::MIN), "-106751991167d7h12m55s");
        assert_eq!(format_ms(i64::MAX), "106751991167d7h12m55s");
    }
}
