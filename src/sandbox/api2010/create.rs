//! Participant create: validating Twilio's parameters, finding or opening the conference, and
//! scheduling how the simulated callee will answer.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use rusqlite::{params, OptionalExtension, Transaction};

use super::addr::{check_account, check_bools, check_label, check_method, check_to, conf_ref};
use super::addr::{ConfRef, Segs};
use super::json;
use super::model::{
    conference_by_name, conference_by_sid, insert_conference, present_participant,
    present_participants, Conference,
};
use crate::sandbox::http::{created, ApiError, ApiResult, Form, Params};
use crate::sandbox::ids::new_sid;
use crate::sandbox::AppState;

/// How long a destination that is not a simulated worker takes to answer.
const DEFAULT_ANSWER_MS: i64 = 2_000;
/// Twilio's per-conference participant limit (error 16020 beyond it).
const MAX_PARTICIPANTS: i64 = 250;

/// The validated request.
#[derive(Debug)]
struct NewLeg {
    from: String,
    to: String,
    label: Option<String>,
    timeout_s: i64,
    early_media: bool,
    end_conference_on_exit: bool,
    start_conference_on_enter: bool,
    muted: bool,
    beep: String,
    coaching: bool,
    call_sid_to_coach: Option<String>,
}

impl NewLeg {
    fn parse(p: &Params) -> ApiResult<NewLeg> {
        let from = p.require("From")?;
        if from.trim().is_empty() {
            return Err(ApiError::invalid("From", "must not be empty"));
        }
        let to = p.require("To")?;
        check_to(to)?;
        let label = p.get("Label");
        if let Some(label) = label {
            check_label(label)?;
        }
        let beep = p.get("Beep").unwrap_or("true");
        if !matches!(beep, "true" | "false" | "onEnter" | "onExit") {
            return Err(ApiError::invalid(
                "Beep",
                format!("'{beep}' is not one of true, false, onEnter, onExit"),
            ));
        }
        // Parameters the sandbox does not act on are still checked, so that a client bug
        // shows here as it would against Twilio.
        check_bools(p, &["Record"])?;
        for key in [
            "StatusCallbackMethod",
            "WaitMethod",
            "ConferenceStatusCallbackMethod",
            "RecordingStatusCallbackMethod",
            "ConferenceRecordingStatusCallbackMethod",
            "AmdStatusCallbackMethod",
        ] {
            check_method(p, key)?;
        }
        let call_sid_to_coach = p.sid("CallSidToCoach", "CA")?.map(str::to_string);
        // As documented: coaching defaults to false unless a call to coach is given.
        let coaching = p.bool("Coaching")?.unwrap_or(call_sid_to_coach.is_some());
        if coaching && call_sid_to_coach.is_none() {
            return Err(ApiError::missing("CallSidToCoach"));
        }
        Ok(NewLeg {
            from: from.to_string(),
            to: to.to_string(),
            label: label.map(str::to_string),
            timeout_s: p.int("Timeout", 5, 600)?.unwrap_or(60),
            early_media: p.bool("EarlyMedia")?.unwrap_or(true),
            end_conference_on_exit: p.bool("EndConferenceOnExit")?.unwrap_or(false),
            start_conference_on_enter: p.bool("StartConferenceOnEnter")?.unwrap_or(true),
            muted: p.bool("Muted")?.unwrap_or(false),
            beep: beep.to_string(),
            call_sid_to_coach: call_sid_to_coach.filter(|_| coaching),
            coaching,
        })
    }
}

/// The conference to add to: an existing live one, or (for a friendly name with none) a new
/// one in `init`, as Twilio opens a room on first use.
fn target_conference(tx: &Transaction, id: &str, path: &str, now: i64) -> ApiResult<Conference> {
    let conf = match conf_ref(id) {
        ConfRef::Sid(sid) => {
            conference_by_sid(tx, sid)?.ok_or_else(|| ApiError::not_found(path))?
        }
        ConfRef::Name(name) => match conference_by_name(tx, name)? {
            Some(c) if !c.is_completed() => c,
            _ => insert_conference(tx, name, now)?,
        },
        ConfRef::Invalid => return Err(ApiError::not_found(path)),
    };
    if conf.is_completed() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            16022,
            format!("Conference {} is already completed", conf.sid),
        ));
    }
    Ok(conf)
}

/// The simulated worker a `To` reaches: the one whose `contact_uri` it is, in any workspace.
/// Returns (worker SID, behaviour, delay).
fn callee(tx: &Transaction, to: &str) -> rusqlite::Result<Option<(String, String, i64)>> {
    tx.query_row(
        "SELECT sid, sim_behavior, sim_delay_ms FROM workers
         WHERE CASE WHEN json_valid(attributes)
                    THEN json_extract(attributes, '$.contact_uri') END = ?1
         ORDER BY sid LIMIT 1",
        [to],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// When the callee answers (`None`: never) and whether that answer is a rejection.
fn schedule(callee: Option<(String, i64)>, now: i64) -> (Option<i64>, bool) {
    match callee {
        None => (Some(now + DEFAULT_ANSWER_MS), false),
        Some((behavior, delay)) => match behavior.as_str() {
            "never" => (None, false),
            "reject" => (Some(now + delay.max(0)), true),
            _ => (Some(now + delay.max(0)), false),
        },
    }
}

fn check_room(tx: &Transaction, conf: &Conference, leg: &NewLeg) -> ApiResult<()> {
    let present = present_participants(tx, &conf.sid)?;
    if present.len() as i64 >= MAX_PARTICIPANTS {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            16020,
            format!("Conference {} is full", conf.sid),
        ));
    }
    if let Some(label) = &leg.label {
        if present.iter().any(|p| p.label.as_deref() == Some(label)) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                16026,
                format!("Label '{label}' is already used by a participant of this conference"),
            ));
        }
    }
    if let Some(target) = &leg.call_sid_to_coach {
        match present_participant(tx, &conf.sid, target)? {
            Some(t) if t.hold => return Err(coach_held(target)),
            Some(t) if t.is_connected() => {}
            _ => return Err(not_coachable(target)),
        }
    }
    Ok(())
}

pub fn coach_held(target: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        16027,
        format!("Cannot coach participant {target}: it is on hold"),
    )
}

pub fn not_coachable(target: &str) -> ApiError {
    ApiError::invalid(
        "CallSidToCoach",
        format!("{target} is not a connected participant of this conference"),
    )
}

pub async fn create(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, conference)): Segs<(String, String)>,
    Form(p): Form,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let leg = NewLeg::parse(&p)?;
    let body = st.tx(|tx, now| {
        let conf = target_conference(tx, &conference, uri.path(), now)?;
        check_room(tx, &conf, &leg)?;
        let callee = callee(tx, &leg.to)?;
        let (answer_at, reject) = match (&callee, leg.to.starts_with("client:")) {
            // An external number (no worker's contact URI): as the control API set it.
            (None, false) => super::numbers::schedule(
                super::numbers::get(tx, &leg.to)?.unwrap_or(super::numbers::DEFAULT),
                now,
            ),
            _ => schedule(callee.clone().map(|(_, b, d)| (b, d)), now),
        };
        let call_sid = new_sid("CA");
        tx.execute(
            "INSERT INTO participants (conference_sid, call_sid, label, status, muted, coaching,
                 call_sid_to_coach, end_conference_on_exit, start_conference_on_enter,
                 early_media, beep, from_addr, to_addr, timeout_s, worker_sid, answer_at,
                 reject, fail_at, date_created, date_updated)
             VALUES (?1, ?2, ?3, 'queued', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                 ?15, ?16, ?17, ?18, ?18)",
            params![
                conf.sid,
                call_sid,
                leg.label,
                leg.muted,
                leg.coaching,
                leg.call_sid_to_coach,
                leg.end_conference_on_exit,
                leg.start_conference_on_enter,
                leg.early_media,
                leg.beep,
                leg.from,
                leg.to,
                leg.timeout_s,
                callee.map(|(sid, _, _)| sid),
                answer_at,
                reject,
                now + leg.timeout_s * 1000,
                now
            ],
        )?;
        let row = present_participant(tx, &conf.sid, &call_sid)?
            .ok_or_else(|| ApiError::internal("the new participant was not stored"))?;
        Ok(json::participant(&account, &row, Some("0")))
    })?;
    Ok(created(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_schedules() {
        assert_eq!(schedule(None, 100), (Some(2_100), false));
        assert_eq!(
            schedule(Some(("answer".into(), 500)), 100),
            (Some(600), false)
        );
        assert_eq!(
            schedule(Some(("reject".into(), 500)), 100),
            (Some(600), true)
        );
        assert_eq!(schedule(Some(("never".into(), 500)), 100), (None, false));
    }

    #[test]
    fn parameters_are_validated() {
        let parse = |s: &str| NewLeg::parse(&Params::parse(s.as_bytes()).unwrap());
        let leg = parse("From=%2B15550109999&To=client%3Abob").unwrap();
        assert_eq!(
            (leg.timeout_s, leg.early_media, leg.end_conference_on_exit),
            (60, true, false)
        );
        assert!(leg.start_conference_on_enter && !leg.coaching);
        assert!(parse("To=client:bob").unwrap_err().message.contains("From"));
        assert!(parse("From=a").unwrap_err().message.contains("To"));
        assert!(parse("From=a&To=client:b&Timeout=4")
            .unwrap_err()
            .message
            .contains("Timeout"));
        assert!(parse("From=a&To=client:b&Timeout=601").is_err());
        assert!(parse("From=a&To=client:b&Beep=loud")
            .unwrap_err()
            .message
            .contains("Beep"));
        assert!(parse("From=a&To=client:b&Coaching=true")
            .unwrap_err()
            .message
            .contains("CallSidToCoach"));
        let coach = parse("From=a&To=client:b&CallSidToCoach=CA0123456789abcdef0123456789abcdef");
        assert!(coach.unwrap().coaching);
    }
}
