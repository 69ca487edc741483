//! The target's own task of a hand-off: the attributes it carries (the call's, so the target's
//! Flex UI shows the customer, plus the plugin conventions and flexctl's link).

use serde_json::{json, Map, Value};

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
    attrs.insert(
        "flexctl".into(),
        json!({
            "kind": "consult",
            "transfer_id": link.transfer_id,
            "task_sid": from_task_sid,
            "conference_sid": link.conference_sid,
            "from": link.by,
        }),
    );
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
}
