//! The transfer record: flexctl's journal in the task attributes (`flexctl.transfers`), read
//! and written so that every attribute that is not flexctl's stays byte-for-byte as it was.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The status a `ringing` record has caught up with once its target answered (a consult
/// left to run by itself, `consult` without `--wait`): `Consulting` while someone holds,
/// `Merged` when everyone is live; `None` when the record is up to date.
pub fn caught_up(status: Status, phase: crate::domain::call::Phase) -> Option<Status> {
    use crate::domain::call::Phase;
    match (status, phase) {
        (Status::Ringing, Phase::Consulting) => Some(Status::Consulting),
        (Status::Ringing | Status::Consulting, Phase::Merged) => Some(Status::Merged),
        _ => None,
    }
}

/// Where a transfer stands. `Initiated`/`Ringing`/`Consulting`/`Merged` are active.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Initiated,
    Ringing,
    Consulting,
    Merged,
    Completed,
    Canceled,
    Failed,
    /// The call ended (the customer hung up) while the transfer was under way.
    Ended,
}

impl Status {
    pub fn is_active(self) -> bool {
        matches!(
            self,
            Status::Initiated | Status::Ringing | Status::Consulting | Status::Merged
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Initiated => "initiated",
            Status::Ringing => "ringing",
            Status::Consulting => "consulting",
            Status::Merged => "merged",
            Status::Completed => "completed",
            Status::Canceled => "canceled",
            Status::Failed => "failed",
            Status::Ended => "ended",
        }
    }
}

/// One party of a transfer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_sid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_sid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// An external number (E.164 or `sip:`) the transfer rings: absent in records written
    /// before numbers could be rung, and for agents and queues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

/// What flexctl created for the consult, so it can always be found and undone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_sid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_sid: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    pub id: String,
    /// `agent`, `queue` or `number`.
    pub kind: String,
    /// `warm` or `cold`.
    pub mode: String,
    pub status: Status,
    pub from: Party,
    pub to: Party,
    #[serde(default)]
    pub consult: Consult,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub started_at: String,
    pub updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
    /// The process running this transfer, while one is (a verb that waits or goes on to more
    /// steps); `None` once the transfer is left for a person to continue (`consult` without
    /// `--wait`, then `swap`/`merge`/`leave`) or has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// The note for the target (`--note`), as their task's attributes carry it. Absent in
    /// records written before notes existed, and in transfers without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How long a running process's claim on its transfer lasts unless renewed. A waiting verb
/// renews it every few seconds; past it, another host treats the transfer as abandoned.
pub const LEASE_S: i64 = 15;

/// A record written less than this long ago, with no owner, may belong to a verb of an older
/// flexctl still running elsewhere: doctor leaves it alone until then.
pub const RECORD_GRACE_S: i64 = 120;

/// Who is running a transfer: the host, the process and its start time (so that a reused pid
/// is not mistaken for it), and the lease it renews while it works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Owner {
    pub host: String,
    pub pid: u32,
    /// The process's start time as the OS reports it (Linux: clock ticks since boot); 0 when
    /// unknown, and then only the lease tells.
    pub started: u64,
    /// ISO 8601 on the server's clock.
    pub lease_until: String,
}

/// Whether a waiting process should renew its claim now: with less than two thirds of the
/// lease left (every ~5 s of a 15 s lease), or when it holds none yet.
pub fn lease_due(owner: Option<&Owner>, now: jiff::Timestamp) -> bool {
    owner
        .and_then(|o| o.lease_until.parse::<jiff::Timestamp>().ok())
        .is_none_or(|until| until.as_second() - now.as_second() < LEASE_S * 2 / 3)
}

/// Whether a transfer's process is still at work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Liveness {
    /// No process claims it: a person left it to continue by hand.
    Parked,
    /// Its process is alive (same host) or its lease has not lapsed (another host).
    Running,
    /// Its process is gone: why, for people.
    Abandoned(String),
}

/// Decides from the owner, this host's name, the start time of the owner's pid on this host
/// (when it is this host and the pid exists) and the server's clock.
pub fn liveness(
    owner: Option<&Owner>,
    local_host: &str,
    local_pid_started: Option<u64>,
    now: jiff::Timestamp,
) -> Liveness {
    let Some(o) = owner else {
        return Liveness::Parked;
    };
    let lease: Option<jiff::Timestamp> = o.lease_until.parse().ok();
    if o.host == local_host && !o.host.is_empty() {
        return match local_pid_started {
            None => Liveness::Abandoned(format!("process {} on {} is gone", o.pid, o.host)),
            Some(s) if o.started != 0 && s != o.started => Liveness::Abandoned(format!(
                "process {} on {} is gone (the pid now belongs to another process)",
                o.pid, o.host
            )),
            Some(_) => Liveness::Running,
        };
    }
    match lease {
        Some(until) if now <= until => Liveness::Running,
        _ => Liveness::Abandoned(format!(
            "process {} on {} stopped renewing its lease (until {})",
            o.pid, o.host, o.lease_until
        )),
    }
}

impl Transfer {
    /// Moves to `status` at `now`; terminal statuses set `ended_at`.
    pub fn set_status(&mut self, status: Status, now: &str) {
        self.status = status;
        self.updated_at = now.to_string();
        if !status.is_active() {
            self.ended_at = Some(now.to_string());
        }
    }
}

/// The records in parsed attributes (unreadable entries are skipped, never fatal).
pub fn transfers(attributes: &Value) -> Vec<Transfer> {
    attributes
        .pointer("/flexctl/transfers")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|t| serde_json::from_value(t.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The transfer under way, if any.
pub fn active(attributes: &Value) -> Option<Transfer> {
    transfers(attributes)
        .into_iter()
        .rev()
        .find(|t| t.status.is_active())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributesError(pub String);

impl std::fmt::Display for AttributesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Returns `raw` with the `flexctl` member replaced by one holding `list` (other members of
/// `flexctl` are kept); the rest of the text is untouched, byte for byte.
pub fn with_transfers(raw: &str, list: &[Transfer]) -> Result<String, AttributesError> {
    let parsed: Value = if raw.trim().is_empty() {
        Value::Object(Map::new())
    } else {
        serde_json::from_str(raw)
            .map_err(|e| AttributesError(format!("task attributes are not JSON: {e}")))?
    };
    let Value::Object(top) = &parsed else {
        return Err(AttributesError(
            "task attributes are not a JSON object".into(),
        ));
    };
    let mut ours = match top.get("flexctl") {
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    ours.insert(
        "transfers".into(),
        serde_json::to_value(list).map_err(|e| AttributesError(e.to_string()))?,
    );
    let value = Value::Object(ours).to_string();
    if raw.trim().is_empty() {
        return Ok(format!("{{\"flexctl\":{value}}}"));
    }
    match member_span(raw, "flexctl") {
        Some((start, end)) => Ok(format!("{}{value}{}", &raw[..start], &raw[end..])),
        None => {
            let close = raw
                .rfind('}')
                .ok_or_else(|| AttributesError("unterminated object".into()))?;
            let empty = top.is_empty();
            let sep = if empty { "" } else { "," };
            Ok(format!(
                "{}{sep}\"flexctl\":{value}{}",
                &raw[..close],
                &raw[close..]
            ))
        }
    }
}

/// The byte span of the value of top-level member `key` in a JSON object's text.
fn member_span(raw: &str, key: &str) -> Option<(usize, usize)> {
    let b = raw.as_bytes();
    let mut i = raw.find('{')? + 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(b, i)?;
        let name: String = serde_json::from_str(&raw[i..key_end]).ok()?;
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_ws(b, i + 1);
        let end = value_end(b, start)?;
        if name == key {
            return Some((start, end));
        }
        i = skip_ws(b, end);
        match b.get(i) {
            Some(b',') => i += 1,
            _ => return None,
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `i` at an opening quote; returns the index just past the closing quote.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

/// Index just past the JSON value starting at `i`.
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']') && !b[j].is_ascii_whitespace()
            {
                j += 1;
            }
            Some(j)
        }
    }
}

#[cfg(test)]
mod tests;
