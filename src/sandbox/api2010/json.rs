//! Conference and participant JSON in the shapes of Twilio's OpenAPI schemas: every property
//! present, `null` where there is no value.

use serde_json::{json, Value};

use super::model::{Conference, Participant};
use crate::sandbox::http::rfc2822;

pub const API_VERSION: &str = "2010-04-01";

/// `/2010-04-01/Accounts/{AC}/Conferences/{CF}` without a suffix.
fn conference_base(account: &str, conference_sid: &str) -> String {
    format!("/{API_VERSION}/Accounts/{account}/Conferences/{conference_sid}")
}

pub fn conference(account: &str, c: &Conference) -> Value {
    let base = conference_base(account, &c.sid);
    json!({
        "account_sid": account,
        "date_created": rfc2822(c.date_created),
        "date_updated": rfc2822(c.date_updated),
        "api_version": API_VERSION,
        "friendly_name": c.friendly_name,
        "region": c.region,
        "sid": c.sid,
        "status": c.status,
        "uri": format!("{base}.json"),
        "subresource_uris": {
            "participants": format!("{base}/Participants.json"),
            "recordings": format!("{base}/Recordings.json"),
        },
        "reason_conference_ended": c.reason_conference_ended,
        "call_sid_ending_conference": c.call_sid_ending_conference,
    })
}

/// A participant; `queue_time` is only known in the answer to a create (as at Twilio).
pub fn participant(account: &str, p: &Participant, queue_time: Option<&str>) -> Value {
    json!({
        "account_sid": account,
        "call_sid": p.call_sid,
        "label": p.label,
        "call_sid_to_coach": p.call_sid_to_coach,
        "coaching": p.coaching,
        "conference_sid": p.conference_sid,
        "date_created": rfc2822(p.date_created),
        "date_updated": rfc2822(p.date_updated),
        "end_conference_on_exit": p.end_conference_on_exit,
        "muted": p.muted,
        "hold": p.hold,
        "start_conference_on_enter": p.start_conference_on_enter,
        "status": p.status,
        "queue_time": queue_time,
        "uri": format!(
            "{}/Participants/{}.json",
            conference_base(account, &p.conference_sid),
            p.call_sid
        ),
    })
}
