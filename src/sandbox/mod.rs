//! The embedded Twilio-compatible emulator: state, router assembly and the server lifecycle.
//!
//! The same server backs `flexctl sandbox serve`, the embedded default (started in-process on
//! an ephemeral loopback port) and the integration tests.

pub mod api2010;
pub mod clock;
pub mod control;
pub mod control_client;
pub mod faults;
pub mod http;
pub mod ids;
pub mod seed;
pub mod seed_large;
pub mod seed_large_sql;
pub mod sim;
pub mod store;
pub mod taskrouter;
pub mod wire;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::Router;
use rusqlite::{params, OptionalExtension, Transaction};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use self::faults::Faults;
use self::http::ApiResult;
use self::store::{Store, StoreError};

/// Largest request body the sandbox accepts (Twilio's own limit is of this order).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The sandbox account's credentials, created with the database and kept in it.
#[derive(Clone)]
pub struct Credentials {
    pub account_sid: String,
    pub auth_token: String,
    pub api_key_sid: String,
    pub api_key_secret: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"[redacted]")
            .field("api_key_sid", &self.api_key_sid)
            .field("api_key_secret", &"[redacted]")
            .finish()
    }
}

impl Credentials {
    /// Basic-auth check: Account SID + Auth Token, or API key SID + secret.
    pub fn accepts(&self, user: &str, pass: &str) -> bool {
        (http::same(user, &self.account_sid) && http::same(pass, &self.auth_token))
            | (http::same(user, &self.api_key_sid) && http::same(pass, &self.api_key_secret))
    }

    fn load_or_create(tx: &Transaction) -> Result<Credentials, StoreError> {
        let get = |k: &str| -> Result<Option<String>, StoreError> {
            Ok(tx
                .query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                .optional()?)
        };
        if let (Some(a), Some(t), Some(k), Some(s)) = (
            get("account_sid")?,
            get("auth_token")?,
            get("api_key_sid")?,
            get("api_key_secret")?,
        ) {
            return Ok(Credentials {
                account_sid: a,
                auth_token: t,
                api_key_sid: k,
                api_key_secret: s,
            });
        }
        let creds = Credentials {
            account_sid: ids::new_sid("AC"),
            auth_token: ids::new_secret(),
            api_key_sid: ids::new_sid("SK"),
            api_key_secret: ids::new_secret(),
        };
        for (k, v) in [
            ("account_sid", &creds.account_sid),
            ("auth_token", &creds.auth_token),
            ("api_key_sid", &creds.api_key_sid),
            ("api_key_secret", &creds.api_key_secret),
        ] {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                params![k, v],
            )?;
        }
        Ok(creds)
    }
}

struct Inner {
    store: Store,
    creds: Credentials,
    faults: Faults,
    /// The sandbox clock as the latest transaction read it; the `Date` header carries it, so
    /// clients see simulated time as Twilio's clients see Twilio's.
    last_now: std::sync::atomic::AtomicI64,
    gauge: Gauge,
}

/// Twilio-route requests being served right now, and the most seen at once since the last
/// reset (`GET /sandbox/stats`): what a test reads to check a client's concurrency bound.
#[derive(Debug, Default)]
pub struct Gauge {
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// Holds one request in the gauge until dropped (also when the request is abandoned midway).
pub struct InFlight<'a>(&'a Gauge, usize);

impl InFlight<'_> {
    /// Requests in flight when this one arrived, itself included.
    pub fn count(&self) -> usize {
        self.1
    }
}

impl Gauge {
    pub fn enter(&self) -> InFlight<'_> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(self, now)
    }

    /// `(in_flight, max_in_flight)`.
    pub fn read(&self) -> (usize, usize) {
        (
            self.in_flight.load(Ordering::SeqCst),
            self.max_in_flight.load(Ordering::SeqCst),
        )
    }

    /// Starts a new maximum from the requests in flight now.
    pub fn reset_max(&self) {
        self.max_in_flight
            .store(self.in_flight.load(Ordering::SeqCst), Ordering::SeqCst);
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Shared state of one sandbox server.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl AppState {
    /// Opens the database at `db` (creating, migrating and seeding it on first use).
    pub fn open(db: &Path) -> Result<AppState, StoreError> {
        let store = Store::open(db)?;
        let creds = store.write(|tx| {
            let creds = Credentials::load_or_create(tx)?;
            if !seed::is_seeded(tx)? {
                let now = clock::now(tx)?;
                seed::seed(tx, now)?;
            }
            Ok::<_, StoreError>(creds)
        })?;
        Ok(AppState(Arc::new(Inner {
            store,
            creds,
            faults: Faults::default(),
            last_now: std::sync::atomic::AtomicI64::new(0),
            gauge: Gauge::default(),
        })))
    }

    pub fn store(&self) -> &Store {
        &self.0.store
    }

    pub fn credentials(&self) -> &Credentials {
        &self.0.creds
    }

    pub fn faults(&self) -> &Faults {
        &self.0.faults
    }

    pub fn gauge(&self) -> &Gauge {
        &self.0.gauge
    }

    /// Runs a read-only `f` like [`AppState::tx`], but without the write lock when nothing in
    /// the simulation is due: the clock and the due-ness check are read in the same snapshot
    /// that `f` then reads, so the answer is what the write path would have given. When
    /// something is due, the write path applies it first, as before.
    pub fn read_tx<T>(&self, f: impl FnOnce(&Transaction, i64) -> ApiResult<T>) -> ApiResult<T> {
        let mut f = Some(f);
        let fast = self.0.store.read_only(|tx| {
            let now = clock::now(tx)?;
            self.0
                .last_now
                .store(now, std::sync::atomic::Ordering::Relaxed);
            if sim::is_due(tx, now)? {
                return Ok(None);
            }
            match f.take() {
                Some(f) => f(tx, now).map(Some),
                None => Ok(None),
            }
        })?;
        match (fast, f) {
            (Some(v), _) => Ok(v),
            (None, Some(f)) => self.tx(f),
            (None, None) => Err(http::ApiError::internal("read path ran twice")),
        }
    }

    /// Runs `f` in a write transaction after bringing the simulation up to the clock; `f` gets
    /// the transaction and the sandbox time in milliseconds.
    pub fn tx<T>(&self, f: impl FnOnce(&Transaction, i64) -> ApiResult<T>) -> ApiResult<T> {
        self.0.store.write(|tx| {
            let now = clock::now(tx)?;
            self.0
                .last_now
                .store(now, std::sync::atomic::Ordering::Relaxed);
            sim::advance(tx, now)?;
            f(tx, now)
        })
    }

    /// Appends one line to the request log: `status` is what the client saw (0: no response),
    /// `fault` the injected fault's name, if any. The line is buffered and written with the
    /// next transaction (see [`store`]); whoever reads the log sees it. Logging must never
    /// fail a request, so a failure to write the log is dropped.
    pub fn log_request(
        &self,
        method: &str,
        path: &str,
        query: &str,
        status: u16,
        micros: i64,
        fault: Option<&'static str>,
    ) {
        self.0.store.append_log(store::LogRow {
            real_ms: clock::real_now(),
            method: method.to_string(),
            path: path.to_string(),
            query: query.to_string(),
            status,
            duration_us: micros,
            fault,
        });
    }
}

/// The whole HTTP surface: Twilio's routes, the control API and `mount` (routes the embedding
/// program adds, such as flexctl's invariant checker), all behind Basic auth, with the request
/// log and body limit around everything.
pub fn router(state: AppState, mount: Router<AppState>) -> Router {
    let authed = Router::new()
        .merge(api2010::routes())
        .merge(taskrouter::routes())
        .nest("/sandbox", control::routes())
        .merge(mount)
        .route_layer(from_fn_with_state(state.clone(), http::require_auth));
    Router::new()
        .merge(authed)
        .fallback(http::unknown_route)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(from_fn_with_state(state.clone(), http::log_requests))
        .layer(from_fn_with_state(state.clone(), sandbox_date))
        .with_state(state)
}

/// Sets the `Date` header from the sandbox clock (real time until a transaction has read it).
async fn sandbox_date(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let mut resp = next.run(req).await;
    let now = match state.0.last_now.load(std::sync::atomic::Ordering::Relaxed) {
        0 => clock::real_now(),
        n => n,
    };
    let date = jiff::Timestamp::from_millisecond(now)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    if let Ok(v) = axum::http::HeaderValue::from_str(&date) {
        resp.headers_mut().insert(axum::http::header::DATE, v);
    }
    resp
}

/// A sandbox server running on a tokio runtime.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Running {
    /// `http://127.0.0.1:PORT`, the base URL for every domain.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting connections and waits for the server task to end.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

/// Binds `addr` and serves the sandbox (with `mount`, see [`router`]) on the current tokio
/// runtime.
pub async fn spawn(
    state: AppState,
    addr: SocketAddr,
    mount: Router<AppState>,
) -> std::io::Result<Running> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(state.clone(), mount);
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
    });
    Ok(Running {
        addr,
        state,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// A sandbox on its own thread and runtime, for synchronous callers such as tests.
pub struct Background {
    pub base_url: String,
    pub state: AppState,
    pub db: PathBuf,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn start(db: &Path, mount: Router<AppState>) -> anyhow::Result<Background> {
        let state = AppState::open(db)?;
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let thread_state = state.clone();
        let thread = std::thread::spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                let addr = SocketAddr::from(([127, 0, 0, 1], 0));
                match spawn(thread_state, addr, mount).await {
                    Ok(running) => {
                        let _ = ready_tx.send(Ok(running.addr));
                        let _ = stop_rx.await;
                        running.stop().await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            });
        });
        let addr = ready_rx.recv()??;
        Ok(Background {
            base_url: format!("http://{addr}"),
            state,
            db: db.to_path_buf(),
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
