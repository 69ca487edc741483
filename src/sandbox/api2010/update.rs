//! Participant update: hold, mute, coaching and `EndConferenceOnExit`, with Twilio's trap that
//! changing `EndConferenceOnExit` on a held participant silently does nothing.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use rusqlite::{params, Transaction};

use super::addr::{check_account, check_bools, check_method, Segs};
use super::create::{coach_held, not_coachable};
use super::json;
use super::model::{present_participant, Participant};
use super::participants::find;
use crate::sandbox::http::{ok, strip_json, ApiError, ApiResult, Form, Params};
use crate::sandbox::AppState;

/// The requested changes; `None` leaves a field as it is.
#[derive(Debug, Default, PartialEq)]
struct Changes {
    hold: Option<bool>,
    muted: Option<bool>,
    end_conference_on_exit: Option<bool>,
    coaching: Option<bool>,
    call_sid_to_coach: Option<String>,
    hold_url: Option<String>,
    hold_method: Option<String>,
    announce_url: Option<String>,
}

impl Changes {
    fn parse(p: &Params) -> ApiResult<Changes> {
        check_bools(p, &["BeepOnExit"])?;
        check_method(p, "AnnounceMethod")?;
        check_method(p, "WaitMethod")?;
        Ok(Changes {
            hold: p.bool("Hold")?,
            muted: p.bool("Muted")?,
            end_conference_on_exit: p.bool("EndConferenceOnExit")?,
            coaching: p.bool("Coaching")?,
            call_sid_to_coach: p.sid("CallSidToCoach", "CA")?.map(str::to_string),
            hold_url: p.get("HoldUrl").map(str::to_string),
            hold_method: check_method(p, "HoldMethod")?,
            announce_url: p.get("AnnounceUrl").map(str::to_string),
        })
    }
}

/// The flags a leg ends up with: (hold, muted, end_conference_on_exit, coaching, coach target).
type Outcome = (bool, bool, bool, bool, Option<String>);

/// Applies `c` to `leg` without touching the database (except to check a coaching target via
/// `target`).
fn apply(
    leg: &Participant,
    c: &Changes,
    target: impl Fn(&str) -> ApiResult<Option<Participant>>,
) -> ApiResult<Outcome> {
    let hold = c.hold.unwrap_or(leg.hold);
    let muted = c.muted.unwrap_or(leg.muted);
    // Twilio ignores EndConferenceOnExit for a participant that is on hold when the request
    // arrives (even if the same request unholds it): no error, the value simply stays.
    let end_on_exit = if leg.hold {
        leg.end_conference_on_exit
    } else {
        c.end_conference_on_exit
            .unwrap_or(leg.end_conference_on_exit)
    };
    if c.coaching.is_none() && c.call_sid_to_coach.is_none() {
        return Ok((
            hold,
            muted,
            end_on_exit,
            leg.coaching,
            leg.call_sid_to_coach.clone(),
        ));
    }
    let coaching = c.coaching.unwrap_or(true);
    if !coaching {
        return Ok((hold, muted, end_on_exit, false, None));
    }
    let Some(to_coach) = c
        .call_sid_to_coach
        .clone()
        .or_else(|| leg.call_sid_to_coach.clone())
    else {
        return Err(ApiError::missing("CallSidToCoach"));
    };
    if to_coach == leg.call_sid {
        return Err(ApiError::invalid(
            "CallSidToCoach",
            "a participant cannot coach itself",
        ));
    }
    match target(&to_coach)? {
        Some(t) if t.hold => Err(coach_held(&to_coach)),
        Some(t) if t.is_connected() => Ok((hold, muted, end_on_exit, true, Some(to_coach))),
        _ => Err(not_coachable(&to_coach)),
    }
}

fn store(tx: &Transaction, leg: &Participant, c: &Changes, o: &Outcome, now: i64) -> ApiResult<()> {
    let (hold, muted, end_on_exit, coaching, to_coach) = o;
    tx.execute(
        "UPDATE participants SET hold = ?3, muted = ?4, end_conference_on_exit = ?5,
             coaching = ?6, call_sid_to_coach = ?7, hold_url = COALESCE(?8, hold_url),
             hold_method = COALESCE(?9, hold_method), announce_url = COALESCE(?10, announce_url),
             date_updated = ?11
         WHERE conference_sid = ?1 AND call_sid = ?2",
        params![
            leg.conference_sid,
            leg.call_sid,
            hold,
            muted,
            end_on_exit,
            coaching,
            to_coach,
            c.hold_url,
            c.hold_method,
            c.announce_url,
            now
        ],
    )?;
    Ok(())
}

pub async fn update(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, conference, call)): Segs<(String, String, String)>,
    Form(p): Form,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let call = strip_json(&call, uri.path())?;
    let changes = Changes::parse(&p)?;
    let body = st.tx(|tx, now| {
        let leg = find(tx, &conference, call, uri.path())?;
        if !leg.is_connected() {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                21220,
                format!(
                    "Participant {} is {}, not connected: it cannot be updated until it has \
                     joined the conference",
                    leg.call_sid, leg.status
                ),
            ));
        }
        let outcome = apply(&leg, &changes, |t| {
            Ok(present_participant(tx, &leg.conference_sid, t)?)
        })?;
        store(tx, &leg, &changes, &outcome, now)?;
        let leg = find(tx, &leg.conference_sid, &leg.call_sid, uri.path())?;
        Ok(json::participant(&account, &leg, None))
    })?;
    Ok(ok(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leg(call: &str, hold: bool, ecoe: bool) -> Participant {
        Participant {
            conference_sid: "CF0".into(),
            call_sid: call.into(),
            label: None,
            status: "connected".into(),
            hold,
            muted: false,
            coaching: false,
            call_sid_to_coach: None,
            end_conference_on_exit: ecoe,
            start_conference_on_enter: true,
            date_created: 0,
            date_updated: 0,
        }
    }

    fn changes(s: &str) -> Changes {
        Changes::parse(&Params::parse(s.as_bytes()).unwrap()).unwrap()
    }

    fn none(_: &str) -> ApiResult<Option<Participant>> {
        Ok(None)
    }

    #[test]
    fn end_conference_on_exit_is_ignored_on_a_held_leg() {
        let held = leg("CA1", true, true);
        let o = apply(&held, &changes("EndConferenceOnExit=false"), none).unwrap();
        assert_eq!(o, (true, false, true, false, None));
        // Unholding in the same request does not help: the leg was held when it arrived.
        let o = apply(
            &held,
            &changes("Hold=false&EndConferenceOnExit=false"),
            none,
        )
        .unwrap();
        assert_eq!(o, (false, false, true, false, None));
        let free = leg("CA1", false, true);
        let o = apply(&free, &changes("EndConferenceOnExit=false&Hold=true"), none).unwrap();
        assert_eq!(o, (true, false, false, false, None));
    }

    #[test]
    fn coaching_needs_a_connected_unheld_target() {
        let coach = leg("CA1", false, false);
        let target = "CA0123456789abcdef0123456789abcdef";
        let c = changes(&format!("Coaching=true&CallSidToCoach={target}"));
        let held = |_: &str| Ok(Some(leg(target, true, false)));
        assert_eq!(apply(&coach, &c, held).unwrap_err().code, 16027);
        let live = |_: &str| Ok(Some(leg(target, false, false)));
        assert_eq!(apply(&coach, &c, live).unwrap().4.as_deref(), Some(target));
        assert!(apply(&coach, &c, none)
            .unwrap_err()
            .message
            .contains("CallSidToCoach"));
        assert!(apply(&coach, &changes("Coaching=true"), none).is_err());
        let off = apply(&coach, &changes("Coaching=false"), none).unwrap();
        assert_eq!((off.3, off.4), (false, None));
    }

    #[test]
    fn bad_values_name_their_parameter() {
        for (body, name) in [
            ("Hold=maybe", "Hold"),
            ("BeepOnExit=1", "BeepOnExit"),
            ("HoldMethod=PUT", "HoldMethod"),
            ("CallSidToCoach=CAxyz", "CallSidToCoach"),
        ] {
            let err = Changes::parse(&Params::parse(body.as_bytes()).unwrap()).unwrap_err();
            assert!(err.message.contains(name), "{body}: {}", err.message);
        }
    }
}
