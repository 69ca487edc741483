//! Conference and participant rows as stored, and the queries that load them.

use rusqlite::{params, OptionalExtension, Row, Transaction};

use crate::sandbox::http::is_sid;
use crate::sandbox::ids::new_sid;

/// One row of `conferences`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conference {
    pub sid: String,
    pub friendly_name: String,
    pub status: String,
    pub region: String,
    pub date_created: i64,
    pub date_updated: i64,
    pub reason_conference_ended: Option<String>,
    pub call_sid_ending_conference: Option<String>,
}

const CONF_COLS: &str = "sid, friendly_name, status, region, date_created, date_updated,
    reason_conference_ended, call_sid_ending_conference";

impl Conference {
    fn from_row(r: &Row) -> rusqlite::Result<Conference> {
        Ok(Conference {
            sid: r.get(0)?,
            friendly_name: r.get(1)?,
            status: r.get(2)?,
            region: r.get(3)?,
            date_created: r.get(4)?,
            date_updated: r.get(5)?,
            reason_conference_ended: r.get(6)?,
            call_sid_ending_conference: r.get(7)?,
        })
    }

    pub fn is_completed(&self) -> bool {
        self.status == "completed"
    }
}

pub fn conference_by_sid(tx: &Transaction, sid: &str) -> rusqlite::Result<Option<Conference>> {
    tx.query_row(
        &format!("SELECT {CONF_COLS} FROM conferences WHERE sid = ?1"),
        [sid],
        Conference::from_row,
    )
    .optional()
}

/// The conference a friendly name designates: the one not yet completed if there is one
/// (Twilio keeps at most one live conference per name), else the most recent.
pub fn conference_by_name(tx: &Transaction, name: &str) -> rusqlite::Result<Option<Conference>> {
    tx.query_row(
        &format!(
            "SELECT {CONF_COLS} FROM conferences WHERE friendly_name = ?1
             ORDER BY status = 'completed', date_created DESC, rowid DESC LIMIT 1"
        ),
        [name],
        Conference::from_row,
    )
    .optional()
}

/// Filters of the conference list; `None` means "any".
#[derive(Debug, Default)]
pub struct ConferenceFilter<'a> {
    pub friendly_name: Option<&'a str>,
    pub status: Option<&'a str>,
    pub created_from: Option<i64>,
    pub created_before: Option<i64>,
    pub updated_from: Option<i64>,
    pub updated_before: Option<i64>,
}

/// Conferences matching `f`, newest first as Twilio lists them.
pub fn list_conferences(
    tx: &Transaction,
    f: &ConferenceFilter,
) -> rusqlite::Result<Vec<Conference>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {CONF_COLS} FROM conferences
         WHERE (?1 IS NULL OR friendly_name = ?1) AND (?2 IS NULL OR status = ?2)
           AND (?3 IS NULL OR date_created >= ?3) AND (?4 IS NULL OR date_created < ?4)
           AND (?5 IS NULL OR date_updated >= ?5) AND (?6 IS NULL OR date_updated < ?6)
         ORDER BY date_created DESC, rowid DESC"
    ))?;
    let rows = stmt.query_map(
        params![
            f.friendly_name,
            f.status,
            f.created_from,
            f.created_before,
            f.updated_from,
            f.updated_before
        ],
        Conference::from_row,
    )?;
    rows.collect()
}

/// Creates a conference in `init`, as Twilio does when a participant is added to a friendly
/// name that has no live conference.
pub fn insert_conference(
    tx: &Transaction,
    friendly_name: &str,
    now: i64,
) -> rusqlite::Result<Conference> {
    let sid = new_sid("CF");
    tx.execute(
        "INSERT INTO conferences (sid, friendly_name, status, date_created, date_updated)
         VALUES (?1, ?2, 'init', ?3, ?3)",
        params![sid, friendly_name, now],
    )?;
    Ok(Conference {
        sid,
        friendly_name: friendly_name.to_string(),
        status: "init".to_string(),
        region: "us1".to_string(),
        date_created: now,
        date_updated: now,
        reason_conference_ended: None,
        call_sid_ending_conference: None,
    })
}

/// One row of `participants`, as much of it as the API shows or the rules need.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub conference_sid: String,
    pub call_sid: String,
    pub label: Option<String>,
    pub status: String,
    pub hold: bool,
    pub muted: bool,
    pub coaching: bool,
    pub call_sid_to_coach: Option<String>,
    pub end_conference_on_exit: bool,
    pub start_conference_on_enter: bool,
    pub date_created: i64,
    pub date_updated: i64,
}

const PART_COLS: &str = "conference_sid, call_sid, label, status, hold, muted, coaching,
    call_sid_to_coach, end_conference_on_exit, start_conference_on_enter, date_created,
    date_updated";

impl Participant {
    fn from_row(r: &Row) -> rusqlite::Result<Participant> {
        Ok(Participant {
            conference_sid: r.get(0)?,
            call_sid: r.get(1)?,
            label: r.get(2)?,
            status: r.get(3)?,
            hold: r.get(4)?,
            muted: r.get(5)?,
            coaching: r.get(6)?,
            call_sid_to_coach: r.get(7)?,
            end_conference_on_exit: r.get(8)?,
            start_conference_on_enter: r.get(9)?,
            date_created: r.get(10)?,
            date_updated: r.get(11)?,
        })
    }

    pub fn is_connected(&self) -> bool {
        self.status == "connected"
    }
}

/// The legs of a conference that have not left, in the order they were added.
pub fn present_participants(
    tx: &Transaction,
    conference_sid: &str,
) -> rusqlite::Result<Vec<Participant>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {PART_COLS} FROM participants WHERE conference_sid = ?1 AND left_at IS NULL
         ORDER BY date_created, rowid"
    ))?;
    let rows = stmt.query_map([conference_sid], Participant::from_row)?;
    rows.collect()
}

/// A leg that has not left, addressed by CallSid or by label (labels can never look like a
/// CallSid, so the two cannot be confused).
pub fn present_participant(
    tx: &Transaction,
    conference_sid: &str,
    call_sid_or_label: &str,
) -> rusqlite::Result<Option<Participant>> {
    let column = if is_sid(call_sid_or_label, "CA") {
        "call_sid"
    } else {
        "label"
    };
    tx.query_row(
        &format!(
            "SELECT {PART_COLS} FROM participants
             WHERE conference_sid = ?1 AND {column} = ?2 AND left_at IS NULL"
        ),
        params![conference_sid, call_sid_or_label],
        Participant::from_row,
    )
    .optional()
}
