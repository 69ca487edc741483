//! The sandbox's SQLite store: connection pool, versioned migrations and transaction helpers.
//!
//! Every request runs in its own transaction. Writers use `BEGIN IMMEDIATE` so that a
//! read-modify-write from one process cannot interleave with another's (SQLite's WAL mode lets
//! readers go on meanwhile), and a busy timeout makes a second writer wait instead of failing.
//! Writers of one process queue on a mutex first, so that they wake in turn rather than
//! sleeping in SQLite's busy handler.
//!
//! The request log is buffered: a request appends its row in memory, and the rows are written
//! in the next write transaction (ahead of its own changes), by any [`Store::read`] or
//! [`Store::write`] before it runs (so whoever looks at the log sees every request answered so
//! far), when a batch fills up, and when the store is dropped. A read-only request thus takes
//! no write lock at all.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, Transaction, TransactionBehavior};

use super::clock;

/// Ordered migrations; `PRAGMA user_version` records how many have been applied.
const MIGRATIONS: &[&str] = &[include_str!("schema.sql"), include_str!("schema_v2.sql")];

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
const POOL_MAX_IDLE: usize = 16;
/// Buffered request-log rows written at once when no transaction has taken them before.
const LOG_BATCH: usize = 256;

/// One request-log row, waiting to be written. `real_ms` is the real clock when the request
/// ended; it is put on the sandbox clock when written.
#[derive(Debug, Clone)]
pub struct LogRow {
    pub real_ms: i64,
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u16,
    pub duration_us: i64,
    pub fault: Option<&'static str>,
}

/// A small pool of connections to one database file.
pub struct Store {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    /// Held for the length of a write transaction by this process's writers.
    writer: Mutex<()>,
    log: Mutex<Vec<LogRow>>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sandbox database {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("sandbox database {path} has schema version {found}, newer than this flexctl knows ({known}); upgrade flexctl or use another --db")]
    TooNew {
        path: String,
        found: usize,
        known: usize,
    },
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                let _ = std::fs::create_dir_all(dir);
            }
        }
        let store = Store {
            path: path.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            writer: Mutex::new(()),
            log: Mutex::new(Vec::new()),
        };
        let mut conn = store.connect()?;
        store.migrate(&mut conn)?;
        store.put_back(conn);
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn open_error(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Open {
            path: self.path.display().to_string(),
            source,
        }
    }

    fn connect(&self) -> Result<Connection, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(&self.path, flags).map_err(|e| self.open_error(e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| self.open_error(e))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(|e| self.open_error(e))?;
        Ok(conn)
    }

    fn migrate(&self, conn: &mut Connection) -> Result<(), StoreError> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: usize = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > MIGRATIONS.len() {
            return Err(StoreError::TooNew {
                path: self.path.display().to_string(),
                found: version,
                known: MIGRATIONS.len(),
            });
        }
        for sql in &MIGRATIONS[version..] {
            tx.execute_batch(sql)?;
        }
        if version < MIGRATIONS.len() {
            tx.execute_batch(&format!("PRAGMA user_version = {}", MIGRATIONS.len()))?;
        }
        tx.commit()?;
        Ok(())
    }

    fn take(&self) -> Result<Connection, StoreError> {
        let pooled = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        match pooled {
            Some(conn) => Ok(conn),
            None => self.connect(),
        }
    }

    fn put_back(&self, conn: Connection) {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < POOL_MAX_IDLE {
            idle.push(conn);
        }
    }

    /// Buffers a request-log row (see the module docs for when it is written).
    pub fn append_log(&self, row: LogRow) {
        let full = {
            let mut log = self.log.lock().unwrap_or_else(|p| p.into_inner());
            log.push(row);
            log.len() >= LOG_BATCH
        };
        if full {
            let _ = self.flush_log();
        }
    }

    /// Writes the buffered request-log rows now.
    pub fn flush_log(&self) -> Result<(), StoreError> {
        if self.log_is_empty() {
            return Ok(());
        }
        self.run(TransactionBehavior::Immediate, |_| Ok::<_, StoreError>(()))
    }

    fn log_is_empty(&self) -> bool {
        self.log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_empty()
    }

    /// Runs `f` in a read transaction (a consistent snapshot), after writing the buffered
    /// request log.
    pub fn read<T, E>(&self, f: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        self.flush_log()?;
        self.run(TransactionBehavior::Deferred, f)
    }

    /// Runs `f` in a read transaction without writing the request log first: the path of
    /// read-only API requests, which must not wait for a writer.
    pub fn read_only<T, E>(&self, f: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        self.run(TransactionBehavior::Deferred, f)
    }

    /// Runs `f` in an immediate (write-locked) transaction and commits if it returns `Ok`.
    pub fn write<T, E>(&self, f: impl FnOnce(&Transaction) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        self.run(TransactionBehavior::Immediate, f)
    }

    fn run<T, E>(
        &self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Transaction) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let writing = matches!(behavior, TransactionBehavior::Immediate);
        let _turn = writing.then(|| self.writer.lock().unwrap_or_else(|p| p.into_inner()));
        let mut conn = self.take()?;
        // The buffered log goes in ahead of this transaction's own changes, and back into the
        // buffer should the transaction not commit.
        let rows: Vec<LogRow> = if writing {
            std::mem::take(&mut *self.log.lock().unwrap_or_else(|p| p.into_inner()))
        } else {
            Vec::new()
        };
        let result = (|| {
            let tx = conn
                .transaction_with_behavior(behavior)
                .map_err(StoreError::from)?;
            if !rows.is_empty() {
                write_log(&tx, &rows)?;
            }
            let value = f(&tx)?;
            tx.commit().map_err(StoreError::from)?;
            Ok(value)
        })();
        if result.is_err() && !rows.is_empty() {
            let mut log = self.log.lock().unwrap_or_else(|p| p.into_inner());
            let newer = std::mem::replace(&mut *log, rows);
            log.extend(newer);
        }
        self.put_back(conn);
        result
    }
}

fn write_log(tx: &Transaction, rows: &[LogRow]) -> Result<(), StoreError> {
    let clock = clock::state(tx)?;
    let mut st = tx.prepare_cached(
        "INSERT INTO request_log (at_ms, method, path, query, status, duration_us, fault)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for r in rows {
        st.execute(params![
            clock.now(r.real_ms),
            r.method,
            r.path,
            r.query,
            r.status,
            r.duration_us,
            r.fault
        ])?;
    }
    Ok(())
}

impl Drop for Store {
    fn drop(&mut self) {
        let _ = self.flush_log();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_once_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = Store::open(&path).unwrap();
        store
            .write(|tx| {
                tx.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')", [])?;
                Ok::<_, StoreError>(())
            })
            .unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        let v: String = store
            .read(|tx| {
                Ok::<_, StoreError>(tx.query_row(
                    "SELECT value FROM meta WHERE key='k'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(v, "v");
    }

    #[test]
    fn a_version_1_database_is_upgraded_keeping_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(
            "INSERT INTO meta (key, value) VALUES ('k', 'v'); PRAGMA user_version = 1;",
        )
        .unwrap();
        drop(conn);
        let store = Store::open(&path).unwrap();
        let (v, version, channels): (String, usize, i64) = store
            .read(|tx| {
                Ok::<_, StoreError>((
                    tx.query_row("SELECT value FROM meta WHERE key='k'", [], |r| r.get(0))?,
                    tx.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                    tx.query_row("SELECT COUNT(*) FROM worker_channels", [], |r| r.get(0))?,
                ))
            })
            .unwrap();
        assert_eq!((v.as_str(), version, channels), ("v", MIGRATIONS.len(), 0));
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
        drop(conn);
        let err = Store::open(&path)
            .err()
            .expect("a newer schema must be refused");
        assert!(err.to_string().contains("schema version 99"), "{err}");
    }
}
