//! The client's error type: Twilio's error body decoded, network failures kept distinct, and
//! excerpts of unexpected bodies sanitised; no variant ever carries a credential.

use std::fmt;

use serde_json::Value;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Twilio (or something in front of it) answered with an error status.
    #[error("{}", api_display(*status, *code, message))]
    Api {
        status: u16,
        code: Option<u32>,
        message: String,
        more_info: Option<String>,
    },
    /// No answer within the configured timeout.
    #[error("the request to Twilio timed out")]
    Timeout,
    /// The server could not be reached, or the connection broke before an answer arrived.
    #[error("cannot reach Twilio: {0}")]
    Connect(String),
    /// A success status with a body that is not what the API documents.
    #[error("unexpected response from Twilio ({context}): {detail}")]
    Decode { context: String, detail: String },
    /// The client was configured with something unusable (a bad base URL, a bad header value).
    #[error("invalid Twilio client configuration: {0}")]
    InvalidConfig(String),
}

fn api_display(status: u16, code: Option<u32>, message: &str) -> String {
    match code {
        Some(code) => format!("{message} (HTTP {status}, Twilio error {code})"),
        None => format!("{message} (HTTP {status})"),
    }
}

impl Error {
    /// Credentials rejected: wrong SID or secret, or a key from another region.
    pub fn is_auth(&self) -> bool {
        matches!(
            self,
            Error::Api { status: 401, .. }
                | Error::Api {
                    code: Some(20003),
                    ..
                }
        )
    }

    /// The resource does not exist (or has gone, like a participant who hung up).
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            Error::Api { status: 404, .. }
                | Error::Api {
                    code: Some(20404),
                    ..
                }
        )
    }

    /// An `If-Match` that no longer matched: someone else changed the resource first.
    pub fn is_precondition_failed(&self) -> bool {
        matches!(self, Error::Api { status: 412, .. })
    }

    /// Worth trying again for a request that is safe to repeat.
    /// The conference a participant was added to is over or unknown (16022 / 16003, or a
    /// 404): the call ended under the request.
    pub fn is_conference_gone(&self) -> bool {
        matches!(self.code(), Some(16022 | 16003)) || self.is_not_found()
    }

    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api { status, code, .. } => {
                *status == 429 || *code == Some(20429) || (500..=599).contains(status)
            }
            Error::Timeout | Error::Connect(_) => true,
            Error::Decode { .. } | Error::InvalidConfig(_) => false,
        }
    }

    /// The Twilio error code, if the server sent one.
    pub fn code(&self) -> Option<u32> {
        match self {
            Error::Api { code, .. } => *code,
            _ => None,
        }
    }

    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub(crate) fn decode(context: impl fmt::Display, detail: impl fmt::Display) -> Error {
        Error::Decode {
            context: context.to_string(),
            detail: excerpt(&detail.to_string(), 300),
        }
    }

    /// Builds the error for a non-2xx answer from its body, which may be Twilio's JSON error,
    /// an HTML page from a proxy, or anything else.
    pub(crate) fn from_response(status: u16, body: &[u8]) -> Error {
        if let Ok(Value::Object(obj)) = serde_json::from_slice::<Value>(body) {
            let code = obj.get("code").and_then(|c| match c {
                Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
                Value::String(s) => s.parse().ok(),
                _ => None,
            });
            let message = obj
                .get("message")
                .and_then(Value::as_str)
                .map(|m| excerpt(m, 500))
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| default_message(status));
            let more_info = obj
                .get("more_info")
                .and_then(Value::as_str)
                .map(|m| excerpt(m, 200));
            return Error::Api {
                status,
                code,
                message,
                more_info,
            };
        }
        let text = String::from_utf8_lossy(body);
        let shown = excerpt(&strip_tags(&text), 160);
        let message = if shown.is_empty() {
            default_message(status)
        } else {
            format!("{} (non-JSON body: {shown})", default_message(status))
        };
        Error::Api {
            status,
            code: None,
            message,
            more_info: None,
        }
    }
}

fn default_message(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("error");
    format!("HTTP {status} {reason}")
}

/// Drops markup so that an HTML error page shows its text, not its tags.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(4096));
    let mut in_tag = false;
    for c in s.chars().take(20_000) {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Bidirectional embeddings, overrides, isolates and marks: in a message from a server they
/// could make it read differently from what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// A one-line, bounded, printable excerpt: control characters (and bidirectional controls)
/// become spaces, runs of whitespace collapse, and anything past `max` characters is cut with
/// an ellipsis.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut last_space = true;
    for c in s.chars() {
        let c = if c.is_control() || c.is_whitespace() || is_bidi_control(c) {
            ' '
        } else {
            c
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        if count == max {
            out.push('…');
            return out;
        }
        out.push(c);
        count += 1;
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twilio_error_body() {
        let body = br#"{"code": 20404, "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}"#;
        let e = Error::from_response(404, body);
        assert!(e.is_not_found());
        assert!(!e.is_retryable());
        assert_eq!(e.code(), Some(20404));
        assert_eq!(
            e.to_string(),
            "The requested resource was not found (HTTP 404, Twilio error 20404)"
        );
        let e = Error::from_response(401, br#"{"code":20003,"message":"Authenticate"}"#);
        assert!(e.is_auth());
        assert!(Error::from_response(429, b"{}").is_retryable());
        assert!(Error::from_response(503, b"").is_retryable());
        assert!(Error::from_response(412, b"").is_precondition_failed());
    }

    #[test]
    fn html_error_page_becomes_short_clean_message() {
        let body = b"<html><head><title>502 Bad Gateway</title></head>\n<body>\x1b[31m<h1>Bad \
                     Gateway</h1></body></html>";
        let e = Error::from_response(502, body);
        let msg = e.to_string();
        assert!(msg.contains("HTTP 502 Bad Gateway"), "{msg}");
        assert!(msg.contains("non-JSON body: 502 Bad Gateway"), "{msg}");
        assert!(
            !msg.contains('<') && !msg.contains('\x1b') && !msg.contains('\n'),
            "{msg}"
        );
        let long = "x".repeat(10_000);
        assert!(Error::from_response(500, long.as_bytes()).to_string().len() < 300);
        // Invalid UTF-8 and JSON that is not an object must not panic either.
        let _ = Error::from_response(500, &[0xff, 0xfe, b'[', b'1']);
        let e = Error::from_response(500, b"[1,2]");
        assert_eq!(e.status(), Some(500));
    }

    #[test]
    fn excerpt_bounds() {
        assert_eq!(excerpt("  a \n\t b  ", 10), "a b");
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("a\u{202e}b\u{2066}c", 10), "a b c");
    }
}
