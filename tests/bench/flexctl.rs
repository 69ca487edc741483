//! The flexctl benchmark (issue 7). `cargo bench --bench flexctl` (or `tests/bench/run.sh`,
//! which builds the release binary first) measures startup, round trips per verb, latency
//! under an injected 50 ms RTT, bulk `queue reset --stale`, sandbox throughput and the
//! embedded sandbox's overhead, prints a table and writes `BENCHMARKS.md`.
//!
//! Quick mode (`-- --quick`, and what `cargo test` runs, since this target has `test = true`)
//! only counts each verb's requests and fails when one exceeds its budget: counts are
//! deterministic on the sandbox's frozen clock, times are not and are never asserted.

mod load;
mod timed;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use flexctl::sandbox::seed;
use timed::{in_flight, longest_chain, Timed};

/// One verb of the round-trip table: how it is run, its request budget (quick mode fails
/// above it), and the minimum the data dependencies allow, with the reason.
struct Verb {
    name: &'static str,
    args: &'static [&'static str],
    budget: usize,
    min_requests: usize,
    min_chain: usize,
    why: &'static str,
}

/// What one run of a verb did.
struct Measured {
    name: &'static str,
    requests: usize,
    logged: usize,
    chain: usize,
    wall_ms: f64,
    rss_kb: Option<u64>,
    ok: bool,
}

const RTT_MS: u64 = 50;

/// The scenario: each group starts on a fresh seeded sandbox; `setup` runs before the verbs.
enum Step {
    Fresh,
    InstantAgents,
    Run(Verb),
    /// Runs unmeasured (to move the call along).
    Prep(&'static [&'static str]),
    /// `remove` whoever the last transfer rang.
    RemoveLastTarget(Verb),
}

fn verb(
    name: &'static str,
    args: &'static [&'static str],
    budget: usize,
    min: (usize, usize),
    why: &'static str,
) -> Verb {
    Verb {
        name,
        args,
        budget,
        min_requests: min.0,
        min_chain: min.1,
        why,
    }
}

// Every call verb starts the same way unless the call is named: the workspace (none is
// configured, so the account's only one is looked up), then the live calls (tasks,
// conferences, workers at once), then the call's detail (participants, the accepted
// reservation: who holds the call) and, for a verb that journals, the task with its ETag; a
// consult target's record goes in the same wave. A plan's steps then run one after another:
// their order is what keeps the customer from hearing a consult or being left alone on hold.
const WHY_LOAD: &str = "workspace → {tasks, conferences, workers} → {participants, reservation}: the lists say which calls are live, the detail needs their SIDs";
const LOAD: &str =
    "load: workspace → {tasks, conferences, workers} → {participants, reservation, task ETag}";
fn scenario() -> Vec<Step> {
    use Step::*;
    vec![
        Fresh,
        Run(verb("calls list", &["calls", "list"], 6, (6, 3), WHY_LOAD)),
        Run(verb("calls show", &["calls", "show"], 6, (6, 3), WHY_LOAD)),
        Run(verb(
            "calls show --task",
            &["calls", "show", "--task", "{task}"],
            5,
            (5, 3),
            "workspace → {task, reservation, workers} → participants (the conference SID is in the task's attributes)",
        )),
        Run(verb(
            "consult agent",
            &["consult", "agent", "bob"],
            13,
            (13, 8),
            "load (+bob's record for his contact URI, same wave) → 5 steps in order: record, alice's end-on-exit off, hold customer, ring bob, record",
        )),
        Run(verb(
            "cancel",
            &["cancel"],
            11,
            (11, 7),
            "load → 4 steps: remove the consult leg, unhold the customer, restore end-on-exit, record",
        )),
        Run(verb(
            "hold",
            &["hold", "customer"],
            7,
            (7, 4),
            "load (no ETag: nothing is journaled) → 1 participant update, its response is the read-back",
        )),
        Run(verb(
            "unhold",
            &["unhold", "customer"],
            7,
            (7, 4),
            "load → 1 participant update",
        )),
        InstantAgents,
        Run(verb(
            "consult agent --wait",
            &["consult", "agent", "bob", "--wait"],
            15,
            (15, 10),
            "as `consult agent`, then poll the leg (answered at once here) and record consulting",
        )),
        Run(verb(
            "swap",
            &["swap"],
            8,
            (8, 5),
            "load → hold one side, then unhold the other (in that order, so nobody overhears)",
        )),
        Run(verb(
            "merge",
            &["merge"],
            9,
            (9, 5),
            "load → unhold the customer, record",
        )),
        Run(verb(
            "leave",
            &["leave"],
            10,
            (10, 6),
            "load → bob's end-on-exit on (he is the lone agent next), remove alice, record",
        )),
        Fresh,
        InstantAgents,
        Run(verb(
            "consult queue --wait",
            &["consult", "queue", "Support", "--wait"],
            22,
            (22, 15),
            "load (+queues and statistics in the first wave) → record, end-on-exit, hold, create task, record, poll {task, reservation}, the accepting agent's record, record them (so a crash after ringing leaves the leg named by the journal), ring, record, poll leg, record",
        )),
        Prep(&["merge"]),
        RemoveLastTarget(verb(
            "remove",
            &["remove"],
            13,
            (13, 9),
            "load → end-on-exit, remove, close the consult task (read it, wrapping, completed), record",
        )),
        Fresh,
        InstantAgents,
        Run(verb(
            "transfer agent",
            &["transfer", "agent", "bob"],
            20,
            (20, 15),
            "one load (+bob's record) → consult --wait's 7 steps → merge's 2 → leave's 3, each planned from what the previous responses returned",
        )),
        Fresh,
        Run(verb(
            "queue reset (one)",
            &["queue", "reset", "Escalations"],
            6,
            (6, 5),
            "workspace → {queues, statistics} → create task → cancel it → statistics (the check that it took)",
        )),
        Run(verb(
            "doctor",
            &["doctor"],
            13,
            (8, 3),
            "workspace → {tasks, conferences, workers} → {participants, reservation, task, consult tasks}; today doctor loads the call twice and lists tasks and conferences again for ended-calls (src/commands/doctor.rs)",
        )),
    ]
}

/// Where things are: the flexctl binary under test, a scratch HOME.
struct Env {
    bin: PathBuf,
    home: tempfile::TempDir,
    rss: bool,
}

impl Env {
    fn base_cmd(&self) -> Command {
        let mut cmd = if self.rss {
            let mut c = Command::new("/usr/bin/time");
            c.args(["-f", "%M", "-o"])
                .arg(self.home.path().join("rss"))
                .arg(&self.bin);
            c
        } else {
            Command::new(&self.bin)
        };
        for (k, _) in std::env::vars() {
            if k.starts_with("TWILIO_") || k.starts_with("FLEXCTL_") || k.starts_with("XDG_") {
                cmd.env_remove(k);
            }
        }
        let home = self.home.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        cmd
    }

    fn last_rss(&self) -> Option<u64> {
        if !self.rss {
            return None;
        }
        std::fs::read_to_string(self.home.path().join("rss"))
            .ok()?
            .lines()
            .last()?
            .trim()
            .parse()
            .ok()
    }

    /// Runs flexctl against `sb` by base URL; returns (ok, stdout, stderr, wall ms, RSS KB).
    fn run_on(&self, sb: &Timed, args: &[&str]) -> (bool, String, String, f64, Option<u64>) {
        let creds = sb.state.credentials();
        let mut cmd = self.base_cmd();
        cmd.env("TWILIO_ACCOUNT_SID", &creds.account_sid)
            .env("TWILIO_AUTH_TOKEN", &creds.auth_token)
            .env("FLEXCTL_BASE_URL", &sb.base)
            .args(args);
        let t = Instant::now();
        let out = cmd.output().expect("flexctl runs");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            ms,
            self.last_rss(),
        )
    }
}

fn measure(env: &Env, sb: &Timed, name: &'static str, args: &[&str]) -> Measured {
    let task = seed::live_task_sid();
    let args: Vec<&str> = args
        .iter()
        .map(|a| if *a == "{task}" { task.as_str() } else { a })
        .collect();
    let args = args.as_slice();
    sb.clear_spans();
    let mark = sb.log_mark();
    let (ok, _out, err, wall_ms, rss_kb) = env.run_on(sb, args);
    if !ok {
        eprintln!("warning: `flexctl {}` failed:\n{err}", args.join(" "));
    }
    let spans = sb.take_spans();
    let logged = sb.logged_since(mark, spans.len());
    Measured {
        name,
        requests: spans.len(),
        logged,
        chain: longest_chain(&spans),
        wall_ms,
        rss_kb,
        ok,
    }
}

/// Runs the scenario; with `latency_ms`, every Twilio request is delayed that long.
fn round_trips(env: &Env, latency_ms: u64) -> Vec<(Measured, Verb)> {
    let mut out = Vec::new();
    let mut sb: Option<Timed> = None;
    for step in scenario() {
        match step {
            Step::Fresh => {
                let s = Timed::start();
                s.set_latency(latency_ms);
                sb = Some(s);
            }
            Step::InstantAgents => sb.as_ref().unwrap().instant_agents(),
            Step::Prep(args) => {
                let (ok, _, err, _, _) = env.run_on(sb.as_ref().unwrap(), args);
                assert!(ok, "flexctl {args:?}: {err}");
            }
            Step::Run(v) => {
                let m = measure(env, sb.as_ref().unwrap(), v.name, v.args);
                out.push((m, v));
            }
            Step::RemoveLastTarget(v) => {
                let s = sb.as_ref().unwrap();
                let who = s.last_target();
                let mut args: Vec<&str> = v.args.to_vec();
                args.push(&who);
                let m = measure(env, s, v.name, &args);
                out.push((m, v));
            }
        }
    }
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

/// Median wall time (ms) of `runs` runs of `cmd`, and the peak RSS (KB) of one more.
fn time_cmd(mk: &dyn Fn() -> Command, runs: usize) -> (f64, Option<u64>) {
    let mut times = Vec::new();
    for _ in 0..runs {
        let mut c = mk();
        c.stdout(Stdio::null()).stderr(Stdio::null());
        let t = Instant::now();
        let _ = c.status();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    (median(times), None)
}

fn rss_of(program: &Path, args: &[&str], envs: &[(&str, String)]) -> Option<u64> {
    if !Path::new("/usr/bin/time").exists() {
        return None;
    }
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn twilio_cli() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("TWILIO_CLI") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("twilio"))
            .find(|p| p.is_file())
    })
}

fn mb(kb: Option<u64>) -> String {
    kb.map_or("n/a".into(), |k| format!("{:.1} MB", k as f64 / 1024.0))
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "**no**"
    }
}

fn locate_bin(args: &[String]) -> PathBuf {
    if let Some(i) = args.iter().position(|a| a == "--bin") {
        return PathBuf::from(&args[i + 1]);
    }
    if let Ok(p) = std::env::var("FLEXCTL_BENCH_BIN") {
        return PathBuf::from(p);
    }
    PathBuf::from(env!("CARGO_BIN_EXE_flexctl"))
}

fn quick(bin: PathBuf) -> i32 {
    let env = Env {
        bin,
        home: tempfile::tempdir().expect("home"),
        rss: false,
    };
    let results = round_trips(&env, 0);
    let mut failed = 0;
    println!(
        "{:<24} {:>8} {:>7} {:>8}",
        "verb", "requests", "budget", "minimum"
    );
    for (m, v) in &results {
        let over = m.requests > v.budget || !m.ok || m.logged != m.requests;
        if over {
            failed += 1;
        }
        println!(
            "{:<24} {:>8} {:>7} {:>8}{}",
            m.name,
            m.requests,
            v.budget,
            v.min_requests,
            if !m.ok {
                "  FAILED to run"
            } else if m.logged != m.requests {
                "  request log disagrees"
            } else if m.requests > v.budget {
                "  OVER BUDGET"
            } else {
                ""
            }
        );
    }
    println!(
        "bench quick: {} passed, {} failed",
        results.len() - failed,
        failed
    );
    i32::from(failed > 0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bin = locate_bin(&args);
    let full = args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--quick");
    if !full {
        std::process::exit(quick(bin));
    }
    let only = |s: &str| {
        !args.iter().any(|a| a.starts_with("--only="))
            || args.iter().any(|a| a == &format!("--only={s}"))
    };
    eprintln!("benchmarking {}", bin.display());
    let mut md = String::new();
    let rss = Path::new("/usr/bin/time").exists();
    let env = Env {
        bin: bin.clone(),
        home: tempfile::tempdir().expect("home"),
        rss,
    };
    let _ = writeln!(
        md,
        "# flexctl benchmarks\n\nMeasured by `tests/bench/run.sh` (`cargo bench --bench flexctl`) \
         on {} ({} cores), flexctl {} built with the release profile. Times are wall-clock \
         medians; RSS is peak resident memory from `/usr/bin/time -v`'s `%M`.\n",
        std::env::consts::ARCH,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        env!("CARGO_PKG_VERSION"),
    );

    if only("startup") {
        startup(&env, &mut md);
    }
    if only("verbs") {
        verbs(&env, &mut md);
    }
    if only("bulk") {
        bulk(&env, &mut md);
    }
    if only("throughput") {
        throughput(&env, &mut md);
    }
    if only("embedded") {
        embedded(&env, &mut md);
    }
    md.push_str(include_str!("notes.md"));
    println!("{md}");
    if !args.iter().any(|a| a == "--no-write") {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("BENCHMARKS.md");
        std::fs::write(&path, &md).expect("write BENCHMARKS.md");
        eprintln!("wrote {}", path.display());
    }
}

fn startup(env: &Env, md: &mut String) {
    eprintln!("startup…");
    let runs = 30;
    let bin = env.bin.clone();
    let home = env.home.path().to_path_buf();
    let mk = |args: &'static [&'static str]| {
        let bin = bin.clone();
        let home = home.clone();
        move || {
            let mut c = Command::new(&bin);
            c.args(args).env("HOME", &home).stdin(Stdio::null());
            c
        }
    };
    let (v_ms, _) = time_cmd(&mk(&["--version"]), runs);
    let (h_ms, _) = time_cmd(&mk(&["--help"]), runs);
    let v_rss = rss_of(&env.bin, &["--version"], &[]);
    let h_rss = rss_of(&env.bin, &["--help"], &[]);
    let size = std::fs::metadata(&env.bin).map(|m| m.len()).unwrap_or(0);
    let tw = twilio_cli();
    let tw_row = |args: &'static [&'static str]| -> (String, String) {
        match &tw {
            None => ("not installed".into(), "-".into()),
            Some(p) => {
                let p = p.clone();
                let home = home.clone();
                let (ms, _) = time_cmd(
                    &move || {
                        let mut c = Command::new(&p);
                        c.args(args).env("HOME", &home).stdin(Stdio::null());
                        c
                    },
                    7,
                );
                (format!("{ms:.0} ms"), format!("{ms:.0}"))
            }
        }
    };
    let (tv, tvn) = tw_row(&["--version"]);
    let (th, thn) = tw_row(&["--help"]);
    let ratio = |t: &str, f: f64| {
        t.parse::<f64>()
            .map_or("-".to_string(), |t| format!("{:.0}×", t / f))
    };
    let _ = writeln!(
        md,
        "## 1. Startup\n\nMedian of {runs} runs (twilio-cli: of 7). Goal: `--version` ≤ 3 ms, \
         peak RSS ≤ 15 MB, release binary ≤ 15 MB stripped.\n\n\
         | command | flexctl | peak RSS | twilio-cli | twilio-cli / flexctl | goal met |\n\
         | --- | --- | --- | --- | --- | --- |\n\
         | `--version` | {v_ms:.2} ms | {} | {tv} | {} | {} |\n\
         | `--help` | {h_ms:.2} ms | {} | {th} | {} | {} |\n\n\
         Release binary: {:.1} MB stripped (goal met: {}).{}\n",
        mb(v_rss),
        ratio(&tvn, v_ms),
        yes(v_ms <= 3.0 && v_rss.is_none_or(|k| k <= 15 * 1024)),
        mb(h_rss),
        ratio(&thn, h_ms),
        yes(h_rss.is_none_or(|k| k <= 15 * 1024)),
        size as f64 / 1_048_576.0,
        yes(size <= 15 * 1_048_576),
        if tw.is_none() {
            " twilio-cli is not installed here (`npm install twilio-cli`, or point TWILIO_CLI \
             at its binary), so there is no side-by-side figure."
        } else {
            ""
        }
    );
}

fn verbs(env: &Env, md: &mut String) {
    eprintln!("round trips and latency at {RTT_MS} ms per request…");
    let results = round_trips(env, RTT_MS);
    let _ = writeln!(
        md,
        "## 2–3. Round trips per verb, and latency at {RTT_MS} ms per request\n\n\
         On the seeded call (no call named, so the only live call is found; no workspace \
         configured, so the account's only workspace is looked up first), against the sandbox \
         with `latency={RTT_MS}ms` injected on every Twilio request. *Requests* is from the \
         sandbox request log; *chain* is the longest sequence of requests each of which started \
         after the previous one ended (from each request's start and end, recorded around the \
         sandbox router). Goal: wall time ≤ (chain + 1) × {RTT_MS} ms; peak RSS ≤ 15 MB. \
         *load* below is {LOAD}.\n\n\
         | verb | requests | chain | minimum (requests / chain) | why | wall | goal | met | RSS |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for (m, v) in &results {
        let goal = (m.chain as f64 + 1.0) * RTT_MS as f64;
        let _ = writeln!(
            md,
            "| `{}` | {}{} | {} | {} / {} | {} | {:.0} ms | {:.0} ms | {} | {} |",
            m.name,
            m.requests,
            if m.ok { "" } else { " (failed)" },
            m.chain,
            v.min_requests,
            v.min_chain,
            v.why,
            m.wall_ms,
            goal,
            yes(m.wall_ms <= goal),
            mb(m.rss_kb),
        );
    }
    md.push('\n');
}

fn bulk(env: &Env, md: &mut String) {
    eprintln!("bulk queue reset…");
    let n = 1000;
    let conc = 40;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("bulk.db");
    {
        let sb = Timed::at(&db);
        sb.add_stale_queues(n);
    }
    let served = Served::start_with(env, &db, &[&format!("--faults=latency={RTT_MS}ms")]);
    let mark = served.log().last().map_or(0, |s| s.0);
    let c = conc.to_string();
    let mut cmd = env.base_cmd();
    cmd.env("TWILIO_ACCOUNT_SID", served.s("account_sid"))
        .env("TWILIO_AUTH_TOKEN", served.s("auth_token"))
        .env("FLEXCTL_BASE_URL", served.s("base_url"))
        .args([
            "-o",
            "json",
            "queue",
            "reset",
            "--stale",
            "--concurrency",
            &c,
        ]);
    let t = Instant::now();
    let out = cmd.output().expect("flexctl runs");
    let wall_ms = t.elapsed().as_secs_f64() * 1000.0;
    let rss = env.last_rss();
    let ok = out.status.success();
    let spans: Vec<timed::Span> = served
        .log()
        .into_iter()
        .filter(|s| s.0 > mark)
        .map(|s| s.1)
        .collect();
    let (max, series) = in_flight(&spans, Duration::from_millis(250));
    let reset = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|v| {
            v["queues"]
                .as_array()
                .map(|q| q.iter().filter(|r| r["result"] == "reset").count())
        })
        .unwrap_or(0);
    if !ok {
        eprintln!(
            "warning: bulk reset failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let series: Vec<String> = series.iter().map(|n| n.to_string()).collect();
    let _ = writeln!(
        md,
        "## 4. Bulk: `queue reset --stale` over {n} stale queues\n\n\
         {n} stale queues inserted into the sandbox database with SQL, served by `flexctl \
         sandbox serve --faults latency={RTT_MS}ms` (release); `--concurrency {conc}` (the \
         default stays 8). In flight: from the request log (each request's end and duration). \
         Goal: ≤ 5 s.\n\n\
         | queues reset | requests | wall | goal met | max requests in flight | RSS |\n\
         | --- | --- | --- | --- | --- | --- |\n\
         | {reset} / {n} | {} | {:.2} s | {} | {max} (limit {conc}) | {} |\n\n\
         Requests in flight, the maximum in each 250 ms: {}\n",
        spans.len(),
        wall_ms / 1000.0,
        yes(ok && wall_ms <= 5000.0),
        mb(rss),
        series.join(" "),
    );
}

/// `flexctl sandbox serve` (the release binary) on a database on disk (WAL), until dropped.
struct Served {
    child: std::process::Child,
    info: serde_json::Value,
}

impl Served {
    fn start(env: &Env, db: &Path) -> Served {
        Served::start_with(env, db, &[])
    }

    fn start_with(env: &Env, db: &Path, extra: &[&str]) -> Served {
        let mut cmd = Command::new(&env.bin);
        cmd.args([
            "-o",
            "json",
            "sandbox",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--db",
        ])
        .arg(db)
        .args(extra)
        .env("HOME", env.home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("sandbox serve");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("serve prints its info");
        let info: serde_json::Value = serde_json::from_str(&line).expect("serve info JSON");
        Served { child, info }
    }

    /// The Twilio requests in the request log: (id, span from its end and duration). The log
    /// API is asked first (the server has written everything it answered by then), then the
    /// database is read directly for millisecond times.
    fn log(&self) -> Vec<(i64, timed::Span)> {
        let url = format!("{}/sandbox/log?Limit=1", self.s("base_url"));
        reqwest::blocking::Client::new()
            .get(url)
            .basic_auth(self.s("account_sid"), Some(self.s("auth_token")))
            .send()
            .expect("request log");
        let conn = rusqlite::Connection::open(self.s("database")).expect("open the log");
        let mut st = conn
            .prepare(
                "SELECT id, at_ms, duration_us, method, path FROM request_log
                 WHERE path NOT LIKE '/sandbox/%' ORDER BY id",
            )
            .expect("query");
        let rows: Vec<(i64, i64, i64, String, String)> = st
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows");
        let t0 = Instant::now();
        let first = rows.iter().map(|r| r.1).min().unwrap_or(0) - 10_000;
        rows.into_iter()
            .map(|(id, at_ms, dur_us, method, path)| {
                let end = t0 + Duration::from_millis((at_ms - first).max(0) as u64);
                let start = end
                    .checked_sub(Duration::from_micros(dur_us.max(0) as u64))
                    .unwrap_or(end);
                (
                    id,
                    timed::Span {
                        start,
                        end,
                        method,
                        path,
                    },
                )
            })
            .collect()
    }

    fn s(&self, k: &str) -> String {
        self.info[k].as_str().unwrap_or_default().to_string()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn throughput(env: &Env, md: &mut String) {
    eprintln!("sandbox throughput…");
    let dir = tempfile::tempdir().expect("dir");
    let served = Served::start(env, &dir.path().join("load.db"));
    let base = served.s("base_url");
    let host = base.trim_start_matches("http://").to_string();
    let auth = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        served.s("account_sid"),
        served.s("auth_token")
    ));
    let ac = served.s("account_sid");
    let cf = seed::live_conference_sid();
    let ws = seed::workspace_sid();
    let participants = format!("/2010-04-01/Accounts/{ac}/Conferences/{cf}/Participants.json");
    let customer = format!(
        "/2010-04-01/Accounts/{ac}/Conferences/{cf}/Participants/{}.json",
        seed::customer_call_sid()
    );
    let worker = format!("/v1/Workspaces/{ws}/Workers/{}", seed::worker_sid("alice"));
    let clients = 16;
    let secs = Duration::from_secs(4);
    let cases: [(&str, Vec<u8>); 3] = [
        (
            "read: participants list",
            load::request("GET", &host, &participants, &auth, None),
        ),
        (
            "read: worker fetch",
            load::request("GET", &host, &worker, &auth, None),
        ),
        (
            "write: participant update",
            load::request("POST", &host, &customer, &auth, Some("Hold=false")),
        ),
    ];
    let _ = writeln!(
        md,
        "## 5. Sandbox throughput\n\n`flexctl sandbox serve` (release) with its database on disk \
         in WAL mode; {clients} concurrent keep-alive clients on loopback (the harness's own \
         HTTP/1.1 client, on the same 2 cores), {}s per row after a warm-up. Goal: ≥ 10,000 \
         reads/s, p99 < 5 ms.\n\n\
         | request | requests/s | p50 | p99 | errors | goal met |\n| --- | --- | --- | --- | --- | --- |",
        secs.as_secs()
    );
    for (name, req) in cases {
        let l = load::run(&host, &req, clients, secs);
        let goal = if name.starts_with("read") {
            yes(l.per_s >= 10_000.0 && l.p99_ms < 5.0).to_string()
        } else {
            "(no goal)".into()
        };
        let _ = writeln!(
            md,
            "| {name} | {:.0} | {:.2} ms | {:.2} ms | {} | {goal} |",
            l.per_s, l.p50_ms, l.p99_ms, l.errors
        );
    }
    md.push('\n');
}

fn embedded(env: &Env, md: &mut String) {
    eprintln!("embedded sandbox overhead…");
    let dir = tempfile::tempdir().expect("dir");
    let served = Served::start(env, &dir.path().join("served.db"));
    let emb_db = dir.path().join("embedded.db");
    let home = env.home.path().to_path_buf();
    let bin = env.bin.clone();
    let emb = {
        let (bin, home, db) = (bin.clone(), home.clone(), emb_db.clone());
        move || {
            let mut c = Command::new(&bin);
            c.args(["calls", "list"])
                .env_clear()
                .env("HOME", &home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("FLEXCTL_SANDBOX_DB", &db)
                .stdin(Stdio::null());
            c
        }
    };
    let remote = {
        let (bin, home) = (bin.clone(), home.clone());
        let (ac, tok, url) = (
            served.s("account_sid"),
            served.s("auth_token"),
            served.s("base_url"),
        );
        move || {
            let mut c = Command::new(&bin);
            c.args(["calls", "list"])
                .env_clear()
                .env("HOME", &home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("TWILIO_ACCOUNT_SID", &ac)
                .env("TWILIO_AUTH_TOKEN", &tok)
                .env("FLEXCTL_BASE_URL", &url)
                .env("FLEXCTL_WORKSPACE_SID", seed::workspace_sid())
                .stdin(Stdio::null());
            c
        }
    };
    // Seed the embedded database first.
    let _ = emb().output();
    let runs = 21;
    let (e_ms, _) = time_cmd(&emb, runs);
    let (r_ms, _) = time_cmd(&remote, runs);
    let e_rss = rss_of(
        &bin,
        &["calls", "list"],
        &[
            ("HOME", home.display().to_string()),
            ("FLEXCTL_SANDBOX_DB", emb_db.display().to_string()),
        ],
    );
    let _ = writeln!(
        md,
        "## 6. Embedded-sandbox overhead\n\n`flexctl calls list`, median of {runs} runs: on the \
         embedded default (the emulator started in-process over an existing database) and \
         against an already running `sandbox serve` (workspace configured, as the embedded \
         default has it). Goal: the difference under ~10 ms.\n\n\
         | backend | wall | peak RSS |\n| --- | --- | --- |\n\
         | embedded | {e_ms:.2} ms | {} |\n| running `sandbox serve` | {r_ms:.2} ms | - |\n\n\
         Overhead of the embedded sandbox: {:.2} ms (goal met: {}).\n",
        mb(e_rss),
        e_ms - r_ms,
        yes(e_ms - r_ms <= 10.0)
    );
}
