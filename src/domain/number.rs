//! External numbers a call can be handed to: what `consult number` accepts (E.164 or a
//! `sip:` URI), and the label of the leg that rings one (`external-…`).

/// Label prefix of the legs flexctl creates when it rings an external number.
pub const EXTERNAL_LABEL_PREFIX: &str = "external-";

/// The longest `sip:` URI accepted: the leg's label (prefix included) must stay within
/// Twilio's 128 characters.
pub const SIP_MAX_CHARS: usize = 100;

/// A NUMBER as given, or why it is refused: `+` and 8 to 15 digits (E.164, no leading 0), or
/// `sip:user@host` (user and host of letters, digits and `.-_+~!*'()%;=&$,`; host of
/// letters, digits, `.` and `-`, an optional `:port`). `client:` names an agent, not a
/// number; control characters, spaces and `/` are refused anywhere.
pub fn check_number(text: &str) -> Result<String, String> {
    let n = text.trim();
    if n.is_empty() {
        return Err("the number is empty: give +E.164 digits or a sip: URI".into());
    }
    if let Some(c) = n.chars().find(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!(
            "the number contains a space or control character (U+{:04X})",
            c as u32
        ));
    }
    if n.to_ascii_lowercase().starts_with("client:") {
        return Err(
            "client: addresses are Flex agents, not external numbers: use `consult agent NAME`"
                .into(),
        );
    }
    if let Some(digits) = n.strip_prefix('+') {
        let ok = (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        return if ok {
            Ok(n.to_string())
        } else {
            Err(format!(
                "'{n}' is not an E.164 number: + then 8 to 15 digits, the first not 0"
            ))
        };
    }
    if n.len() > 4 && n[..4].eq_ignore_ascii_case("sip:") {
        return check_sip(&n[4..]).map(|()| format!("sip:{}", &n[4..]));
    }
    Err(format!(
        "'{n}' is neither an E.164 number (+15550100123) nor a sip: URI (sip:desk@pbx.example.com)"
    ))
}

fn check_sip(rest: &str) -> Result<(), String> {
    let bad = || format!("'sip:{rest}' is not a sip:user@host URI");
    if rest.chars().count() + 4 > SIP_MAX_CHARS {
        return Err(format!(
            "a sip: URI may be at most {SIP_MAX_CHARS} characters"
        ));
    }
    let (user, host) = rest.split_once('@').ok_or_else(bad)?;
    let user_ok = !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-_+~!*'()%;=&$,".contains(c));
    let (name, port) = match host.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (host, None),
    };
    let host_ok = !name.is_empty()
        && !name.starts_with(['.', '-'])
        && !name.ends_with(['.', '-'])
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|p| p > 0));
    if user_ok && host_ok && port_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

/// The label of the leg that rings `number`: `external-` and the number without its `+`
/// (`external-15550100123`), or the `sip:` URI as given (`external-sip:desk@pbx`).
pub fn external_label(number: &str) -> String {
    format!(
        "{EXTERNAL_LABEL_PREFIX}{}",
        number.strip_prefix('+').unwrap_or(number)
    )
}

/// The number an `external-…` label rings, when it is one flexctl makes.
pub fn number_of_label(label: &str) -> Option<String> {
    let rest = label.strip_prefix(EXTERNAL_LABEL_PREFIX)?;
    let number = if rest.starts_with("sip:") {
        rest.to_string()
    } else {
        format!("+{rest}")
    };
    check_number(&number).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_accepted_and_refused() {
        for (given, kept) in [
            ("+15550100123", "+15550100123"),
            (" +4420794600 ", "+4420794600"),
            ("sip:desk@pbx.example.com", "sip:desk@pbx.example.com"),
            (
                "SIP:desk@pbx.example.com:5060",
                "sip:desk@pbx.example.com:5060",
            ),
            (
                "sip:+15550100@trunk-1.example",
                "sip:+15550100@trunk-1.example",
            ),
        ] {
            assert_eq!(check_number(given).as_deref(), Ok(kept), "{given}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("15550100123", "neither"),
            ("+1555", "E.164"),
            ("+1234567890123456", "E.164"),
            ("+05550100123", "E.164"),
            ("+1555abc0123", "E.164"),
            ("client:bob", "consult agent"),
            ("CLIENT:bob", "consult agent"),
            ("sip:desk", "sip:user@host"),
            ("sip:@pbx", "sip:user@host"),
            ("sip:a/b@pbx", "sip:user@host"),
            ("sip:a@pbx:99999", "sip:user@host"),
            ("sip:a@-pbx", "sip:user@host"),
            ("+1555\u{7}0100123", "control"),
            ("sip:a b@pbx", "space"),
            ("tel:+15550100123", "neither"),
        ] {
            let e = check_number(bad).unwrap_err();
            assert!(e.contains(why), "{bad:?}: {e}");
        }
        let long = format!("sip:{}@pbx", "a".repeat(100));
        assert!(check_number(&long).unwrap_err().contains("at most"));
    }

    #[test]
    fn labels_round_trip() {
        for n in ["+15550100123", "sip:desk@pbx.example.com:5060"] {
            let label = external_label(n);
            assert!(label.starts_with(EXTERNAL_LABEL_PREFIX) && !label.contains('/'));
            assert!(label.chars().count() <= 128);
            assert_eq!(number_of_label(&label).as_deref(), Some(n));
        }
        assert_eq!(external_label("+15550100123"), "external-15550100123");
        assert_eq!(number_of_label("external-nope"), None);
        assert_eq!(number_of_label("consult-WK1"), None);
    }
}
