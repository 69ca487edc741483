//! SID generation: random for resources created at run time, stable for the seeded ones.

/// A new random SID: two-letter prefix + 32 lowercase hex digits.
pub fn new_sid(prefix: &str) -> String {
    format!(
        "{prefix}{:016x}{:016x}",
        fastrand::u64(..),
        fastrand::u64(..)
    )
}

/// A SID derived from a name, so the seeded contact center has the same SIDs on every machine.
pub fn stable_sid(prefix: &str, name: &str) -> String {
    let a = fnv1a(0xcbf2_9ce4_8422_2325, name.as_bytes());
    let b = fnv1a(a ^ 0x9e37_79b9_7f4a_7c15, name.as_bytes());
    format!("{prefix}{a:016x}{b:016x}")
}

fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A random secret of 32 hex digits (auth token, API key secret).
pub fn new_secret() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::http::is_sid;

    #[test]
    fn sids_have_the_twilio_shape() {
        assert!(is_sid(&new_sid("CA"), "CA"));
        let a = stable_sid("WK", "alice");
        assert!(is_sid(&a, "WK"));
        assert_eq!(a, stable_sid("WK", "alice"));
        assert_ne!(a, stable_sid("WK", "bob"));
    }
}
