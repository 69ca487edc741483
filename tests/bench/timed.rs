//! An in-process sandbox for the benchmark: the real router (so the request log is the
//! sandbox's own) wrapped in a layer that records when each request started and ended on the
//! harness's monotonic clock, which is what the dependent-chain and in-flight figures need.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::middleware::{from_fn, Next};
use flexctl::sandbox::store::StoreError;
use flexctl::sandbox::{clock, router, seed, AppState};
use rusqlite::params;
use tempfile::TempDir;

/// One Twilio request as the sandbox saw it.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct Span {
    pub start: Instant,
    pub end: Instant,
    pub method: String,
    pub path: String,
}

pub struct Timed {
    pub state: AppState,
    pub base: String,
    _dir: TempDir,
    spans: Arc<Mutex<Vec<Span>>>,
    _rt: tokio::runtime::Runtime,
}

impl Timed {
    /// A fresh seeded sandbox on loopback with its clock frozen at the seed time (the
    /// simulated agents then answer exactly when told to, so request counts are exact).
    pub fn start() -> Timed {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("sandbox.db");
        Timed::open(&db, dir)
    }

    /// A sandbox over the database at `db` (created and seeded if need be).
    /// Its clock runs in real time.
    pub fn at(db: &Path) -> Timed {
        let sb = Timed::open(db, tempfile::tempdir().expect("temp dir"));
        sb.state
            .store()
            .write(|tx| {
                clock::reset(tx)?;
                Ok::<_, StoreError>(())
            })
            .expect("real clock");
        sb
    }

    fn open(db: &Path, dir: TempDir) -> Timed {
        let state = AppState::open(db).expect("sandbox opens");
        state
            .store()
            .write(|tx| {
                clock::freeze(tx, true)?;
                Ok::<_, StoreError>(())
            })
            .expect("freeze clock");
        let spans: Arc<Mutex<Vec<Span>>> = Arc::default();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let recorder = spans.clone();
        let app = router(state.clone(), flexctl::invariants::routes()).layer(from_fn(
            move |req: Request, next: Next| {
                let spans = recorder.clone();
                async move {
                    let start = Instant::now();
                    let method = req.method().to_string();
                    let path = req.uri().path().to_string();
                    let resp = next.run(req).await;
                    if !path.starts_with("/sandbox/") {
                        let end = Instant::now();
                        spans.lock().unwrap().push(Span {
                            start,
                            end,
                            method,
                            path,
                        });
                    }
                    resp
                }
            },
        ));
        let listener = rt
            .block_on(tokio::net::TcpListener::bind(SocketAddr::from((
                [127, 0, 0, 1],
                0,
            ))))
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        rt.spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Timed {
            state,
            base: format!("http://{addr}"),
            _dir: dir,
            spans,
            _rt: rt,
        }
    }

    pub fn set_latency(&self, ms: u64) {
        if ms == 0 {
            self.state.faults().clear();
        } else {
            self.state
                .faults()
                .set_spec(&format!("latency={ms}ms"))
                .expect("fault spec");
        }
    }

    /// The simulated agents answer at once (on the frozen clock: at the next request).
    pub fn instant_agents(&self) {
        self.sql(
            "UPDATE workers SET sim_behavior = 'answer', sim_delay_ms = 0
             WHERE friendly_name IN ('bob', 'carol')",
        );
    }

    pub fn sql(&self, sql: &str) {
        self.state
            .store()
            .write(|tx| {
                tx.execute_batch(sql)?;
                Ok::<_, StoreError>(())
            })
            .expect("sql");
    }

    /// `n` queues no task has ever entered (stale), which no seeded agent is eligible for.
    pub fn add_stale_queues(&self, n: usize) {
        self.state
            .store()
            .write(|tx| {
                let now = clock::now(tx)?;
                let mut st = tx.prepare(
                    "INSERT INTO task_queues (sid, workspace_sid, friendly_name, target_workers,
                         assignment_activity_sid, date_created, date_updated)
                     VALUES (?1, ?2, ?3, 'skills HAS \"bulk\"', ?4, ?5, ?5)",
                )?;
                for i in 0..n {
                    st.execute(params![
                        format!("WQ{:032x}", 0xb0_0000 + i),
                        seed::workspace_sid(),
                        format!("Bulk {i:04}"),
                        seed::activity_sid("Available"),
                        now - 90 * 86_400_000,
                    ])?;
                }
                Ok::<_, StoreError>(())
            })
            .expect("insert queues");
    }

    /// The newest request-log ID.
    pub fn log_mark(&self) -> i64 {
        self.state
            .store()
            .read(|tx| {
                Ok::<_, StoreError>(tx.query_row(
                    "SELECT COALESCE(MAX(id), 0) FROM request_log",
                    [],
                    |r| r.get(0),
                )?)
            })
            .expect("log")
    }

    /// Twilio requests in the sandbox's request log after `mark`.
    pub fn logged_since(&self, mark: i64, expected: usize) -> usize {
        // The log may be written just after the response: give it a moment to land.
        let count = || {
            self.state
                .store()
                .read(|tx| {
                    Ok::<_, StoreError>(tx.query_row(
                        "SELECT COUNT(*) FROM request_log
                         WHERE id > ?1 AND path NOT LIKE '/sandbox/%'",
                        [mark],
                        |r| r.get::<_, i64>(0),
                    )?)
                })
                .expect("log") as usize
        };
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut n = count();
        while n < expected && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
            n = count();
        }
        n
    }

    pub fn clear_spans(&self) {
        self.spans.lock().unwrap().clear();
    }

    pub fn take_spans(&self) -> Vec<Span> {
        std::mem::take(&mut *self.spans.lock().unwrap())
    }

    /// The last transfer record's target agent on the seeded call.
    pub fn last_target(&self) -> String {
        let attrs: String = self
            .state
            .store()
            .read(|tx| {
                Ok::<_, StoreError>(tx.query_row(
                    "SELECT attributes FROM tasks WHERE sid = ?1",
                    [seed::live_task_sid()],
                    |r| r.get(0),
                )?)
            })
            .expect("task");
        let v: serde_json::Value = serde_json::from_str(&attrs).expect("json");
        v.pointer("/flexctl/transfers")
            .and_then(|t| t.as_array())
            .and_then(|t| t.last())
            .and_then(|t| t["to"]["name"].as_str())
            .unwrap_or("bob")
            .to_string()
    }
}

/// The longest chain of dependent requests: requests ordered so that each starts after the
/// previous one ended (with a per-request delay injected, concurrent requests overlap and
/// dependent ones cannot).
pub fn longest_chain(spans: &[Span]) -> usize {
    let mut v: Vec<&Span> = spans.iter().collect();
    v.sort_by_key(|s| s.start);
    let mut best = vec![0usize; v.len()];
    for i in 0..v.len() {
        let before = (0..i)
            .filter(|&j| v[j].end <= v[i].start)
            .map(|j| best[j])
            .max()
            .unwrap_or(0);
        best[i] = before + 1;
    }
    best.into_iter().max().unwrap_or(0)
}

/// The most requests in flight at once, and the maximum per `bucket` over the run.
pub fn in_flight(spans: &[Span], bucket: Duration) -> (usize, Vec<usize>) {
    if spans.is_empty() {
        return (0, Vec::new());
    }
    let t0 = spans.iter().map(|s| s.start).min().unwrap();
    let mut events: Vec<(Duration, i32)> = spans
        .iter()
        .flat_map(|s| [(s.start - t0, 1), (s.end - t0, -1)])
        .collect();
    // Ends before starts at the same instant.
    events.sort_by_key(|(t, d)| (*t, *d));
    let mut now = 0i32;
    let mut max = 0usize;
    let mut series: Vec<usize> = Vec::new();
    for (t, d) in events {
        now += d;
        let b = (t.as_nanos() / bucket.as_nanos()) as usize;
        if series.len() <= b {
            series.resize(b + 1, 0);
        }
        series[b] = series[b].max(now.max(0) as usize);
        max = max.max(now.max(0) as usize);
    }
    (max, series)
}
