//! Addressing and validation rules of the 2010 API that need no database: the account in the
//! path, conference references (SID or friendly name), participant labels, `To` endpoints and
//! the small parameter types shared by several handlers.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use crate::sandbox::http::{is_sid, ApiError, Params};
use crate::sandbox::AppState;

/// Path parameters; a segment that does not decode (bad percent escape, not UTF-8) cannot name
/// any resource, so it is a 404 in Twilio's shape rather than axum's plain-text rejection.
pub struct Segs<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Segs<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Segs<T>, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(t)) => Ok(Segs(t)),
            Err(_) => Err(ApiError::not_found(parts.uri.path())),
        }
    }
}

/// The `{AccountSid}` of the path must be the sandbox account: a malformed one is a 400, a
/// well-formed one of another account fails authentication as it does at Twilio.
pub fn check_account(state: &AppState, account: &str) -> Result<String, ApiError> {
    crate::sandbox::http::check_sid("AccountSid", account, "AC")?;
    let ours = &state.credentials().account_sid;
    if account == ours {
        Ok(ours.clone())
    } else {
        Err(ApiError::unauthorized())
    }
}

/// How a conference is designated in a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfRef<'a> {
    Sid(&'a str),
    Name(&'a str),
    /// Neither a SID nor a name a conference could have: nothing to find or create.
    Invalid,
}

pub const MAX_NAME_CHARS: usize = 128;

pub fn conf_ref(id: &str) -> ConfRef<'_> {
    if is_sid(id, "CF") {
        return ConfRef::Sid(id);
    }
    // A mangled CF SID (wrong length or non-hex digits) is a client bug, not a room name:
    // creating a conference under it would hide the mistake.
    let mangled_sid = id.starts_with("CF")
        && id.len() >= 32
        && id[2..].bytes().all(|b| b.is_ascii_alphanumeric());
    let bad_name =
        id.is_empty() || id.chars().count() > MAX_NAME_CHARS || id.chars().any(char::is_control);
    if mangled_sid || bad_name {
        ConfRef::Invalid
    } else {
        ConfRef::Name(id)
    }
}

pub const MAX_LABEL_CHARS: usize = 128;

/// Twilio's label rules (error 16024): at most 128 characters, no `/` (labels go in paths),
/// and nothing that looks like a CallSid (the same path segment takes either).
pub fn check_label(label: &str) -> Result<(), ApiError> {
    let why = if label.is_empty() {
        Some("must not be empty")
    } else if label.chars().count() > MAX_LABEL_CHARS {
        Some("must be at most 128 characters")
    } else if label.contains('/') {
        Some("must not contain '/'")
    } else if looks_like_call_sid(label) {
        Some("must not look like a CallSid")
    } else {
        None
    };
    match why {
        None => Ok(()),
        Some(why) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            16024,
            format!("Invalid participant label: Label {why}"),
        )),
    }
}

fn looks_like_call_sid(s: &str) -> bool {
    s.len() == 34
        && s.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("CA"))
        && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A `To` endpoint Twilio can dial for a participant: `client:identity`, an E.164 number or a
/// SIP URI.
pub fn check_to(to: &str) -> Result<(), ApiError> {
    let ok = if let Some(identity) = to.strip_prefix("client:") {
        !identity.is_empty()
            && !identity
                .chars()
                .any(|c| c.is_whitespace() || c.is_control())
    } else if let Some(uri) = to.strip_prefix("sip:") {
        !uri.is_empty() && !uri.chars().any(|c| c.is_whitespace() || c.is_control())
    } else if let Some(digits) = to.strip_prefix('+') {
        (2..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    } else {
        false
    };
    if ok {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            21211,
            format!(
                "Invalid 'To' Phone Number: '{to}' is not a client:, sip: or E.164 (+digits) \
                 endpoint"
            ),
        ))
    }
}

/// An HTTP method parameter (`HoldMethod`, `AnnounceMethod`, …): `GET` or `POST`.
pub fn check_method(p: &Params, key: &str) -> Result<Option<String>, ApiError> {
    match p.get(key) {
        None => Ok(None),
        Some(m) if m.eq_ignore_ascii_case("GET") || m.eq_ignore_ascii_case("POST") => {
            Ok(Some(m.to_ascii_uppercase()))
        }
        Some(m) => Err(ApiError::invalid(key, format!("'{m}' is not GET or POST"))),
    }
}

/// Validates the strict booleans among `keys` that the sandbox otherwise ignores, so that a
/// typo is reported as it would be by Twilio.
pub fn check_bools(p: &Params, keys: &[&str]) -> Result<(), ApiError> {
    for key in keys {
        p.bool(key)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conference_references() {
        let sid = "CF0123456789abcdef0123456789abcdef";
        assert_eq!(conf_ref(sid), ConfRef::Sid(sid));
        // Flex names conferences after task SIDs: a SID of another kind is a fine name.
        let task = "WT0123456789abcdef0123456789abcdef";
        assert_eq!(conf_ref(task), ConfRef::Name(task));
        assert_eq!(conf_ref("Room 1"), ConfRef::Name("Room 1"));
        assert_eq!(
            conf_ref("CF0123456789abcdef0123456789abcdeg"),
            ConfRef::Invalid
        );
        assert_eq!(
            conf_ref("CF0123456789abcdef0123456789abcdef00"),
            ConfRef::Invalid
        );
        assert_eq!(conf_ref(""), ConfRef::Invalid);
        assert_eq!(conf_ref(&"x".repeat(129)), ConfRef::Invalid);
        assert_eq!(conf_ref("a\nb"), ConfRef::Invalid);
    }

    #[test]
    fn label_rules() {
        assert!(check_label("consult-WK0123456789abcdef0123456789abcdef").is_ok());
        assert!(check_label("customer").is_ok());
        assert!(check_label(&"é".repeat(128)).is_ok());
        for bad in [
            String::new(),
            "a/b".to_string(),
            "x".repeat(129),
            "CA0123456789abcdef0123456789abcdef".to_string(),
            "ca0123456789ABCDEF0123456789abcdef".to_string(),
        ] {
            let err = check_label(&bad).unwrap_err();
            assert_eq!(
                (err.status, err.code),
                (StatusCode::BAD_REQUEST, 16024),
                "{bad}"
            );
        }
    }

    #[test]
    fn to_endpoints() {
        for good in ["client:bob", "+15550100001", "sip:agent@example.com"] {
            assert!(check_to(good).is_ok(), "{good}");
        }
        for bad in [
            "bob",
            "client:",
            "+1",
            "+1555abc",
            " 15550100001",
            "sip:",
            "client:a b",
        ] {
            let err = check_to(bad).unwrap_err();
            assert!(err.message.contains("'To'"), "{bad}: {}", err.message);
        }
    }

    #[test]
    fn methods_and_bools() {
        let p = Params::parse(b"HoldMethod=get&AnnounceMethod=PUT&Record=yes").unwrap();
        assert_eq!(
            check_method(&p, "HoldMethod").unwrap().as_deref(),
            Some("GET")
        );
        assert!(check_method(&p, "AnnounceMethod")
            .unwrap_err()
            .message
            .contains("AnnounceMethod"));
        assert_eq!(check_method(&p, "WaitMethod").unwrap(), None);
        assert!(check_bools(&p, &["Record"])
            .unwrap_err()
            .message
            .contains("Record"));
    }
}
