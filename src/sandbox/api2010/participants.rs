//! The Participant resource's reads and removal: list (with its filters), fetch, and delete
//! (a kick). Create and update have their own files.

use axum::extract::State;
use axum::http::Uri;
use rusqlite::Transaction;

use super::addr::{check_account, Segs};
use super::conferences;
use super::json;
use super::model::{present_participant, present_participants, Participant};
use super::sim::{self, Leave};
use crate::sandbox::http::{no_content, ok, page_2010, strip_json, ApiError, ApiResult, Query};
use crate::sandbox::AppState;

/// The present leg a path designates by CallSid or label, in the conference it designates.
pub fn find(tx: &Transaction, conference: &str, call: &str, path: &str) -> ApiResult<Participant> {
    let conf = conferences::find(tx, conference, path)?;
    present_participant(tx, &conf.sid, call)?.ok_or_else(|| ApiError::not_found(path))
}

pub async fn list(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, conference)): Segs<(String, String)>,
    Query(q): Query,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let muted = q.bool("Muted")?;
    let hold = q.bool("Hold")?;
    let coaching = q.bool("Coaching")?;
    let items = st.read_tx(|tx, _| {
        let conf = conferences::find(tx, &conference, uri.path())?;
        let legs = present_participants(tx, &conf.sid)?;
        Ok(legs
            .iter()
            .filter(|p| muted.is_none_or(|m| p.muted == m))
            .filter(|p| hold.is_none_or(|h| p.hold == h))
            .filter(|p| coaching.is_none_or(|c| p.coaching == c))
            .map(|p| json::participant(&account, p, None))
            .collect())
    })?;
    Ok(ok(page_2010("participants", uri.path(), &q, items)?))
}

pub async fn fetch(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, conference, call)): Segs<(String, String, String)>,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let call = strip_json(&call, uri.path())?;
    let body = st.read_tx(|tx, _| {
        let leg = find(tx, &conference, call, uri.path())?;
        Ok(json::participant(&account, &leg, None))
    })?;
    Ok(ok(body))
}

/// A kick: the leg leaves (a ringing one stops ringing) and the end rules apply.
pub async fn delete(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, conference, call)): Segs<(String, String, String)>,
) -> ApiResult {
    check_account(&st, &account)?;
    let call = strip_json(&call, uri.path())?;
    st.tx(|tx, now| {
        let leg = find(tx, &conference, call, uri.path())?;
        sim::participant_leaves(tx, &leg.conference_sid, &leg.call_sid, Leave::Kicked, now)
    })?;
    Ok(no_content())
}
