//! The target's own task of a hand-off: the attributes it carries (the call's, so the target's
//! Flex UI shows the customer, plus the plugin conventions and flexctl's link).

use serde_json::{json, Map, Value};

/// The top-level task attribute carrying `--note`: a plain string beside `transferTargetType`
/// and `transferTargetSid`, for a Flex plugin (or a task-attribute template) to show the
/// target. flexctl's own copy is `flexctl.note`.
pub const NOTE_ATTRIBUTE: &str = "transferNote";

/// The longest note, in characters: a few sentences, well inside TaskRouter's attribute size.
pub const NOTE_MAX_CHARS: usize = 500;

/// A `--note` as given, or why it is refused: not empty, at most [`NOTE_MAX_CHARS`]
/// characters, and no control characters (newlines included: a note is one line) nor the
/// bidirectional overrides that make a terminal show text other than what is stored.
pub fn check_note(text: &str) -> Result<String, String> {
    let note = text.trim();
    if note.is_empty() {
        return Err("the note is empty".into());
    }
    let n = note.chars().count();
    if n > NOTE_MAX_CHARS {
        return Err(format!(
            "the note is {n} characters long; at most {NOTE_MAX_CHARS} are allowed"
        ));
    }
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if let Some(c) = note.chars().find(|&c| c.is_control() || bidi(c)) {
        return Err(format!(
            "the note contains a control character (U+{:04X}); write it on one line, as plain text",
            c as u32
        ));
    }
    Ok(note.to_string())
}

/// Who or what a hand-off goes to, as the Flex plugin conventions name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetType {
    Worker,
    Queue,
}

impl TargetType {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetType::Worker => "worker",
            TargetType::Queue => "queue",
        }
    }
}

/// What links the target's task to the transfer.
#[derive(Debug, Clone)]
pub struct Link<'a> {
    pub transfer_id: &'a str,
    pub conference_sid: &'a str,
    /// Who started the transfer (the acting agent's name).
    pub by: Option<&'a str>,
    /// The note for the target (`--note`).
    pub note: Option<&'a str>,
}

/// The first task of the conversation a task belongs to: its
/// `conversations.conversation_id`, else the task itself (the call's first task).
pub fn conversation_id(task_sid: &str, attributes: &Value) -> String {
    attributes
        .pointer("/conversations/conversation_id")
        .and_then(Value::as_str)
        .unwrap_or(task_sid)
        .to_string()
}

/// The target task's attributes: every attribute of the call's task except flexctl's journal,
/// `transferTargetType`/`transferTargetSid`, `conversations.conversation_id` (how Flex Insights
/// links the segments of one conversation) and `flexctl` (the link back to the transfer).
pub fn target_attributes(
    call_attributes: &Value,
    from_task_sid: &str,
    target: TargetType,
    target_sid: &str,
    link: &Link<'_>,
) -> Value {
    let mut attrs: Map<String, Value> = call_attributes.as_object().cloned().unwrap_or_default();
    attrs.remove("flexctl");
    // A note is for the next agent only: one left on an earlier hand-off does not travel on.
    attrs.remove(NOTE_ATTRIBUTE);
    let conversation = conversation_id(from_task_sid, call_attributes);
    let mut conversations = attrs
        .remove("conversations")
        .and_then(|c| c.as_object().cloned())
        .unwrap_or_default();
    conversations.insert("conversation_id".into(), Value::String(conversation));
    attrs.insert("conversations".into(), Value::Object(conversations));
    attrs.insert("transferTargetType".into(), target.as_str().into());
    attrs.insert("transferTargetSid".into(), target_sid.into());
    let mut conference = attrs
        .remove("conference")
        .and_then(|c| c.as_object().cloned())
        .unwrap_or_default();
    conference.insert("sid".into(), link.conference_sid.into());
    // The leaver's own leg is not the target's: their leg is known once it is rung.
    if let Some(Value::Object(parts)) = conference.get_mut("participants") {
        parts.remove("worker");
    }
    attrs.insert("conference".into(), Value::Object(conference));
    let mut own = json!({
        "kind": "consult",
        "transfer_id": link.transfer_id,
        "task_sid": from_task_sid,
        "conference_sid": link.conference_sid,
        "from": link.by,
    });
    if let Some(note) = link.note {
        attrs.insert(NOTE_ATTRIBUTE.into(), note.into());
        own["note"] = note.into();
    }
    attrs.insert("flexctl".into(), own);
    Value::Object(attrs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link() -> Link<'static> {
        Link {
            transfer_id: "tr-1",
            conference_sid: "CF1",
            by: Some("alice"),
            note: None,
        }
    }

    #[test]
    fn the_target_task_carries_the_call_and_the_conventions() {
        let call = json!({
            "name": "Ada", "from": "+15550100", "to": "+15550199", "direction": "inbound",
            "call_sid": "CA1", "conference": {"sid": "CF1", "participants": {"customer": "CA1", "worker": "CA2"}},
            "flexctl": {"transfers": [{"id": "old"}]},
        });
        let a = target_attributes(&call, "WT1", TargetType::Worker, "WK2", &link());
        for key in ["name", "from", "to", "direction", "call_sid"] {
            assert_eq!(a[key], call[key], "{key}");
        }
        assert_eq!(a["conference"]["participants"]["customer"], "CA1");
        assert!(a["conference"]["participants"].get("worker").is_none());
        assert_eq!(a["transferTargetType"], "worker");
        assert_eq!(a["transferTargetSid"], "WK2");
        assert_eq!(a["conversations"]["conversation_id"], "WT1");
        assert_eq!(a["flexctl"]["kind"], "consult");
        assert_eq!(a["flexctl"]["transfer_id"], "tr-1");
        assert_eq!(a["flexctl"]["task_sid"], "WT1");
        assert!(
            a["flexctl"].get("transfers").is_none(),
            "the journal stays behind"
        );
    }

    #[test]
    fn a_second_hand_off_keeps_the_first_task_as_the_conversation() {
        let bobs = json!({"conversations": {"conversation_id": "WT1", "segment": 2},
                          "conference": {"sid": "CF1"}});
        let a = target_attributes(&bobs, "WT2", TargetType::Queue, "WQ1", &link());
        assert_eq!(a["conversations"]["conversation_id"], "WT1");
        assert_eq!(a["conversations"]["segment"], 2);
        assert_eq!(a["transferTargetType"], "queue");
        assert_eq!(conversation_id("WT2", &bobs), "WT1");
        assert_eq!(conversation_id("WT9", &json!({})), "WT9");
    }

    #[test]
    fn a_note_goes_to_the_target_task_and_not_on_to_the_next_one() {
        let noted = Link {
            note: Some("VIP"),
            ..link()
        };
        let a = target_attributes(
            &json!({"name": "Ada"}),
            "WT1",
            TargetType::Worker,
            "WK2",
            &noted,
        );
        assert_eq!(a[NOTE_ATTRIBUTE], "VIP");
        assert_eq!(a["flexctl"]["note"], "VIP");
        // The next hand-off, without a note, does not pass this one on.
        let b = target_attributes(&a, "WT2", TargetType::Worker, "WK3", &link());
        assert!(b.get(NOTE_ATTRIBUTE).is_none(), "{b}");
        assert!(b["flexctl"].get("note").is_none(), "{b}");
    }

    #[test]
    fn notes_are_one_bounded_line_of_plain_text() {
        assert_eq!(check_note("  call back at 5 "), Ok("call back at 5".into()));
        assert_eq!(check_note("ünïcödé ✓"), Ok("ünïcödé ✓".into()));
        assert!(
            check_note(&"é".repeat(NOTE_MAX_CHARS)).is_ok(),
            "characters, not bytes"
        );
        for bad in [
            "",
            "   ",
            "a\nb",
            "a\rb",
            "a\tb",
            "\u{7}",
            "\u{1b}[2J",
            "\u{7f}",
            "\u{202e}x",
            "\u{2066}x",
        ] {
            assert!(check_note(bad).is_err(), "{bad:?}");
        }
        let long = "x".repeat(NOTE_MAX_CHARS + 1);
        assert!(check_note(&long).unwrap_err().contains("at most 500"));
    }
}
