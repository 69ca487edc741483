//! The Conference resource: list (with its filters), fetch, and update (`Status=completed`).

use axum::extract::State;
use axum::http::Uri;
use rusqlite::Transaction;

use super::addr::{check_account, check_method, conf_ref, ConfRef, Segs};
use super::model::ConferenceFilter;
use super::model::{conference_by_name, conference_by_sid, list_conferences, Conference};
use super::{json, sim};
use crate::sandbox::http::{
    ok, page_2010, parse_iso8601, strip_json, ApiError, ApiResult, Form, Params, Query,
};
use crate::sandbox::AppState;

const DAY_MS: i64 = 86_400_000;

/// The conference a path designates by SID or friendly name, or 404.
pub fn find(tx: &Transaction, id: &str, path: &str) -> ApiResult<Conference> {
    let found = match conf_ref(id) {
        ConfRef::Sid(sid) => conference_by_sid(tx, sid)?,
        ConfRef::Name(name) => conference_by_name(tx, name)?,
        ConfRef::Invalid => None,
    };
    found.ok_or_else(|| ApiError::not_found(path))
}

/// `[from, before)` bounds in milliseconds for a 2010 date filter given as `Key`, `Key<` (on
/// or before) and `Key>` (on or after), each a day in UTC.
fn day_range(q: &Params, key: &str) -> ApiResult<(Option<i64>, Option<i64>)> {
    let day = |k: &str| -> ApiResult<Option<i64>> {
        match q.get(k) {
            None => Ok(None),
            Some(v) => {
                let ms = parse_iso8601(k, v)?;
                Ok(Some(ms.div_euclid(DAY_MS) * DAY_MS))
            }
        }
    };
    let mut from = day(&format!("{key}>"))?;
    let mut before = day(&format!("{key}<"))?.map(|d| d + DAY_MS);
    if let Some(d) = day(key)? {
        from = Some(from.map_or(d, |f| f.max(d)));
        before = Some(before.map_or(d + DAY_MS, |b| b.min(d + DAY_MS)));
    }
    Ok((from, before))
}

pub async fn list(
    State(st): State<AppState>,
    uri: Uri,
    Segs(account): Segs<String>,
    Query(q): Query,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let status = q.one_of("Status", &["init", "in-progress", "completed"])?;
    let (created_from, created_before) = day_range(&q, "DateCreated")?;
    let (updated_from, updated_before) = day_range(&q, "DateUpdated")?;
    let filter = ConferenceFilter {
        friendly_name: q.get("FriendlyName"),
        status,
        created_from,
        created_before,
        updated_from,
        updated_before,
    };
    let items = st.read_tx(|tx, _| {
        let rows = list_conferences(tx, &filter)?;
        Ok(rows.iter().map(|c| json::conference(&account, c)).collect())
    })?;
    Ok(ok(page_2010("conferences", uri.path(), &q, items)?))
}

pub async fn fetch(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, sid)): Segs<(String, String)>,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let id = strip_json(&sid, uri.path())?;
    let body = st.read_tx(|tx, _| Ok(json::conference(&account, &find(tx, id, uri.path())?)))?;
    Ok(ok(body))
}

/// `Status=completed` ends the conference for everyone; announcements are accepted (the
/// sandbox has no audio to play them on).
pub async fn update(
    State(st): State<AppState>,
    uri: Uri,
    Segs((account, sid)): Segs<(String, String)>,
    Form(p): Form,
) -> ApiResult {
    let account = check_account(&st, &account)?;
    let id = strip_json(&sid, uri.path())?;
    let end = match p.get("Status") {
        None => false,
        Some("completed") => true,
        Some(s) => {
            return Err(ApiError::invalid(
                "Status",
                format!("'{s}' is not a status a conference can be updated to (completed)"),
            ))
        }
    };
    check_method(&p, "AnnounceMethod")?;
    let body = st.tx(|tx, now| {
        let conf = find(tx, id, uri.path())?;
        if end && !conf.is_completed() {
            sim::end_conference(tx, &conf.sid, "conference-ended-via-api", None, now)?;
        }
        let conf = find(tx, &conf.sid, uri.path())?;
        Ok(json::conference(&account, &conf))
    })?;
    Ok(ok(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_filters_are_whole_utc_days() {
        let q = Params::parse(b"DateCreated=2011-02-19").unwrap();
        let d = 1_298_073_600_000; // 2011-02-19T00:00:00Z
        assert_eq!(
            day_range(&q, "DateCreated").unwrap(),
            (Some(d), Some(d + DAY_MS))
        );
        let q = Params::parse(b"DateCreated%3E=2011-02-19&DateCreated%3C=2011-02-20").unwrap();
        assert_eq!(
            day_range(&q, "DateCreated").unwrap(),
            (Some(d), Some(d + 2 * DAY_MS))
        );
        assert_eq!(day_range(&q, "DateUpdated").unwrap(), (None, None));
        let q = Params::parse(b"DateUpdated=soon").unwrap();
        assert!(day_range(&q, "DateUpdated")
            .unwrap_err()
            .message
            .contains("DateUpdated"));
    }
}
