//! The sandbox clock: real time plus an offset, or frozen at a set instant, kept in the store
//! so that every process sharing the database sees the same time. The simulation is evaluated
//! lazily against it, so advancing the clock is all it takes to move calls and tasks along.

use rusqlite::{params, Connection, OptionalExtension};

use super::store::StoreError;

/// Milliseconds since the Unix epoch on the real clock.
pub fn real_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The state of the clock as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClockState {
    pub offset_ms: i64,
    pub frozen_at: Option<i64>,
}

impl ClockState {
    pub fn now(&self, real: i64) -> i64 {
        self.frozen_at
            .unwrap_or(real.saturating_add(self.offset_ms))
    }
}

fn meta_i64(conn: &Connection, key: &str) -> Result<Option<i64>, StoreError> {
    let v: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?;
    Ok(v.and_then(|s| s.parse().ok()))
}

fn set_meta(conn: &Connection, key: &str, value: Option<i64>) -> Result<(), StoreError> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, v.to_string()],
        )?,
        None => conn.execute("DELETE FROM meta WHERE key = ?1", [key])?,
    };
    Ok(())
}

pub fn state(conn: &Connection) -> Result<ClockState, StoreError> {
    Ok(ClockState {
        offset_ms: meta_i64(conn, "clock_offset_ms")?.unwrap_or(0),
        frozen_at: meta_i64(conn, "clock_frozen_ms")?,
    })
}

/// The sandbox's current time in milliseconds.
pub fn now(conn: &Connection) -> Result<i64, StoreError> {
    Ok(state(conn)?.now(real_now()))
}

/// Moves the clock by `delta_ms` (frozen or not).
pub fn advance(conn: &Connection, delta_ms: i64) -> Result<i64, StoreError> {
    let st = state(conn)?;
    match st.frozen_at {
        Some(t) => set_meta(conn, "clock_frozen_ms", Some(t.saturating_add(delta_ms)))?,
        None => set_meta(
            conn,
            "clock_offset_ms",
            Some(st.offset_ms.saturating_add(delta_ms)),
        )?,
    }
    now(conn)
}

/// Sets the clock to `at_ms`; `frozen` keeps it there until advanced, otherwise it runs on.
pub fn set(conn: &Connection, at_ms: i64, frozen: bool) -> Result<i64, StoreError> {
    if frozen {
        set_meta(conn, "clock_frozen_ms", Some(at_ms))?;
    } else {
        set_meta(conn, "clock_frozen_ms", None)?;
        set_meta(conn, "clock_offset_ms", Some(at_ms - real_now()))?;
    }
    now(conn)
}

/// Freezes the clock at its current reading, or lets it run again from where it stands.
pub fn freeze(conn: &Connection, frozen: bool) -> Result<i64, StoreError> {
    let at = now(conn)?;
    set(conn, at, frozen)
}

/// Back to real time.
pub fn reset(conn: &Connection) -> Result<(), StoreError> {
    set_meta(conn, "clock_frozen_ms", None)?;
    set_meta(conn, "clock_offset_ms", None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::store::Store;

    #[test]
    fn frozen_clock_moves_only_when_advanced() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("c.db")).unwrap();
        store
            .write(|tx| {
                let t = set(tx, 1_000_000, true)?;
                assert_eq!(t, 1_000_000);
                assert_eq!(now(tx)?, 1_000_000);
                assert_eq!(advance(tx, 2_000)?, 1_002_000);
                let running = freeze(tx, false)?;
                assert!(running >= 1_002_000);
                Ok::<_, StoreError>(())
            })
            .unwrap();
    }

    #[test]
    fn offset_clock_runs_ahead_of_real_time() {
        let st = ClockState {
            offset_ms: 31 * 86_400_000,
            frozen_at: None,
        };
        assert_eq!(st.now(5), 5 + 31 * 86_400_000);
    }
}
