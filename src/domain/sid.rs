//! Twilio resource identifiers (SIDs): the kinds flexctl handles and strict parsing of user input.
//!
//! A SID is two capital letters naming the resource type followed by 32 hex digits. Checking the
//! form locally lets a typo fail before any request, with a message that shows the expected shape.

use std::fmt;

/// The resource types whose SIDs flexctl reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SidKind {
    Account,
    Call,
    Conference,
    ApiKey,
    Workspace,
    Worker,
    Queue,
    Workflow,
    Task,
    Reservation,
    Activity,
    TaskChannel,
}

/// Total length of every SID: a two-letter prefix and 32 hex digits.
pub const SID_LEN: usize = 34;

impl SidKind {
    pub const ALL: [SidKind; 12] = [
        SidKind::Account,
        SidKind::Call,
        SidKind::Conference,
        SidKind::ApiKey,
        SidKind::Workspace,
        SidKind::Worker,
        SidKind::Queue,
        SidKind::Workflow,
        SidKind::Task,
        SidKind::Reservation,
        SidKind::Activity,
        SidKind::TaskChannel,
    ];

    /// The two-letter prefix Twilio gives this resource type.
    pub fn prefix(self) -> &'static str {
        match self {
            SidKind::Account => "AC",
            SidKind::Call => "CA",
            SidKind::Conference => "CF",
            SidKind::ApiKey => "SK",
            SidKind::Workspace => "WS",
            SidKind::Worker => "WK",
            SidKind::Queue => "WQ",
            SidKind::Workflow => "WW",
            SidKind::Task => "WT",
            SidKind::Reservation => "WR",
            SidKind::Activity => "WA",
            SidKind::TaskChannel => "TC",
        }
    }

    /// What the resource is called in messages ("a task SID").
    pub fn noun(self) -> &'static str {
        match self {
            SidKind::Account => "account",
            SidKind::Call => "call",
            SidKind::Conference => "conference",
            SidKind::ApiKey => "API key",
            SidKind::Workspace => "workspace",
            SidKind::Worker => "worker",
            SidKind::Queue => "task queue",
            SidKind::Workflow => "workflow",
            SidKind::Task => "task",
            SidKind::Reservation => "reservation",
            SidKind::Activity => "activity",
            SidKind::TaskChannel => "task channel",
        }
    }

    fn article(self) -> &'static str {
        match self.noun().as_bytes().first() {
            Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'A') => "an",
            _ => "a",
        }
    }

    fn from_prefix(prefix: &str) -> Option<SidKind> {
        SidKind::ALL.into_iter().find(|k| k.prefix() == prefix)
    }
}

impl fmt::Display for SidKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// A string that is not a well-formed SID of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SidError {
    pub kind: SidKind,
    pub input: String,
}

impl fmt::Display for SidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug formatting quotes the input and escapes control characters, so a pasted escape
        // sequence cannot reach the terminal; very long input is cut to keep the message readable.
        let shown: String = self.input.chars().take(48).collect();
        let ellipsis = if self.input.chars().count() > 48 {
            "…"
        } else {
            ""
        };
        write!(
            f,
            "{shown:?}{ellipsis} is not {} {} SID: expected {} followed by 32 hex digits ({SID_LEN} \
             characters)",
            self.kind.article(),
            self.kind.noun(),
            self.kind.prefix(),
        )
    }
}

impl std::error::Error for SidError {}

fn well_formed(s: &str) -> bool {
    s.len() == SID_LEN
        && s.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
        && s.as_bytes()[2..].iter().all(u8::is_ascii_hexdigit)
}

/// Checks that `input` is a SID of `kind`; surrounding whitespace (from copy and paste) is ignored.
pub fn parse_sid(kind: SidKind, input: &str) -> Result<String, SidError> {
    let s = input.trim();
    if well_formed(s) && s.starts_with(kind.prefix()) {
        Ok(s.to_owned())
    } else {
        Err(SidError {
            kind,
            input: input.to_owned(),
        })
    }
}

/// The kind of SID `s` is, if it has the form of one that flexctl knows; used to tell a SID
/// apart from a friendly name (agent or queue) given in the same argument.
pub fn looks_like_sid(s: &str) -> Option<SidKind> {
    let s = s.trim();
    if well_formed(s) {
        SidKind::from_prefix(&s[..2])
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "0123456789abcdef0123456789ABCDEF";

    #[test]
    fn parse_table() {
        let cases: &[(SidKind, String, bool)] = &[
            (SidKind::Task, format!("WT{HEX}"), true),
            (SidKind::Task, format!("  WT{HEX}\n"), true),
            (SidKind::Task, format!("WK{HEX}"), false),
            (SidKind::Task, format!("wt{HEX}"), false),
            (SidKind::Task, format!("WT{HEX}0"), false),
            (SidKind::Task, format!("WT{}", &HEX[1..]), false),
            (SidKind::Task, format!("WT{}g", &HEX[1..]), false),
            (SidKind::Task, "WX12".into(), false),
            (SidKind::Task, String::new(), false),
            (SidKind::Account, format!("AC{HEX}"), true),
            (SidKind::ApiKey, format!("SK{HEX}"), true),
            (SidKind::Conference, format!("CF{HEX}"), true),
            (SidKind::Call, format!("CF{HEX}"), false),
            (SidKind::TaskChannel, format!("TC{HEX}"), true),
            // Multi-byte input of the right byte length must not panic on slicing.
            (SidKind::Task, format!("WT{}é", &HEX[2..]), false),
        ];
        for (kind, input, ok) in cases {
            assert_eq!(parse_sid(*kind, input).is_ok(), *ok, "{kind:?} {input:?}");
        }
        assert_eq!(
            parse_sid(SidKind::Task, &format!(" WT{HEX} ")).unwrap(),
            format!("WT{HEX}")
        );
    }

    #[test]
    fn error_message_shows_expected_form() {
        let e = parse_sid(SidKind::Task, "WX12").unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"WX12\" is not a task SID: expected WT followed by 32 hex digits (34 characters)"
        );
        let e = parse_sid(SidKind::Account, "x").unwrap_err();
        assert!(e.to_string().contains("not an account SID: expected AC"));
        let e = parse_sid(SidKind::ApiKey, "\u{1b}[31m").unwrap_err();
        assert!(!e.to_string().contains('\u{1b}'));
        assert!(e.to_string().contains("an API key SID"));
    }

    #[test]
    fn looks_like() {
        assert_eq!(looks_like_sid(&format!("WK{HEX}")), Some(SidKind::Worker));
        assert_eq!(looks_like_sid(&format!("WQ{HEX}")), Some(SidKind::Queue));
        assert_eq!(looks_like_sid(&format!("ZZ{HEX}")), None);
        assert_eq!(looks_like_sid("alice"), None);
        for k in SidKind::ALL {
            assert_eq!(looks_like_sid(&format!("{}{HEX}", k.prefix())), Some(k));
        }
    }
}
