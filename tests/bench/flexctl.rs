//! The flexctl benchmark (issue 7). `cargo bench --bench flexctl` (or `tests/bench/run.sh`,
//! which builds the release binary first) measures startup, round trips per verb, latency
//! under an injected 50 ms RTT, bulk `queue reset --stale`, sandbox throughput and the
//! embedded sandbox's overhead, prints a table and writes `BENCHMARKS.md`.
//!
//! Quick mode (`-- --quick`, and what `cargo test` runs, since this target has `test = true`)
//! only counts each verb's requests and fails when one exceeds its budget: counts are
//! deterministic on the sandbox's frozen clock, times are not and are never asserted.

mod drain;
mod growth;
mod load;
mod measure;
mod sections;
mod timed;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use flexctl::sandbox::seed;
use measure::{load_average, mb, rss_of, time_cmd, twilio_cli, yes};
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
            "watch --task (a read)",
            &["watch", "--task", "{task}", "--count", "1"],
            5,
            (5, 3),
            "as calls show --task; every refresh repeats its last four (the workspace is read once)",
        )),
        Run(verb(
            "watch --all (a read)",
            &["watch", "--all", "--count", "1"],
            8,
            (8, 3),
            "workspace → {tasks, conferences, workers, queues, queue statistics} → {participants, reservation} per call; every refresh repeats all but the workspace",
        )),
        Run(verb(
            "consult agent",
            &["consult", "agent", "bob"],
            20,
            (20, 12),
            "load (+bob's record for his contact URI and his channels for his capacity, same wave) → record, alice's end-on-exit off, hold customer, create bob's task, record it, poll {task, reservations, legs}, accept the reservation, ring bob, record",
        )),
        Run(verb(
            "cancel",
            &["cancel"],
            14,
            (14, 10),
            "load → remove the consult leg, close bob's task (read it, wrapping, completed), unhold the customer, restore end-on-exit, record",
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
            22,
            (22, 14),
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
            11,
            (11, 7),
            "load → bob's end-on-exit on (he is the lone agent next), remove alice, record, alice's task to wrapping",
        )),
        Fresh,
        InstantAgents,
        Run(verb(
            "consult queue --wait",
            &["consult", "queue", "Support", "--wait"],
            24,
            (24, 16),
            "load (+queues and statistics in the first wave) → record, end-on-exit, hold, create task, record, poll {task, reservations, legs: is the customer still there}, accept the reservation, the accepting agent's record, record them (so a crash after ringing leaves the leg named by the journal), ring, record, poll leg, record",
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
            28,
            (28, 20),
            "one load (+bob's record and channels) → consult --wait's steps (with bob's own task, accepted) → merge's 2 → leave's 4 (alice's task to wrapping), each planned from what the previous responses returned",
        )),
        Fresh,
        Prep(&["sandbox", "number", "+15550100777", "--answer-after", "0s"]),
        Run(verb(
            "consult number --wait",
            &["consult", "number", "+15550100777", "--wait"],
            15,
            (15, 10),
            "load → record, alice's end-on-exit off, hold customer, ring the number, record, poll the leg (answered at once here), record consulting: no task, no reservation",
        )),
        Prep(&["cancel"]),
        Run(verb(
            "transfer number",
            &["transfer", "number", "+15550100777"],
            21,
            (21, 16),
            "load → consult number --wait's steps → merge's 2 → leave's 4 (the number's end-on-exit on, alice removed, record, alice's task to wrapping)",
        )),
        Fresh,
        Prep(&["sandbox", "number", "+15550100777", "--answer-after", "0s"]),
        Run(verb(
            "transfer number --cold",
            &["--yes", "transfer", "number", "+15550100777", "--cold"],
            18,
            (18, 13),
            "load → record, alice's end-on-exit off, ring, record, poll, record → the number's end-on-exit on, remove alice, record, alice's task to wrapping; the customer is never held",
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
            7,
            (7, 3),
            "workspace → {tasks, conferences, workers} → {participants, reservation} → consult tasks of the call; the one load also answers ended-calls and the target check's workers",
        )),
        Run(verb(
            "mute",
            &["mute", "customer"],
            7,
            (7, 4),
            "load (no ETag: nothing is journaled) → 1 participant update (Muted), its response is the read-back",
        )),
        Run(verb(
            "unmute",
            &["unmute", "customer"],
            7,
            (7, 4),
            "load → 1 participant update",
        )),
        Run(verb(
            "agents set",
            &["agents", "set", "erin", "--activity", "Available"],
            10,
            (10, 5),
            "workspace → {activities, tasks, conferences, workers} → {participants, reservation} → erin's {pending reservations, channels} (for agent-busy and her capacity) → 1 worker update",
        )),
        Fresh,
        InstantAgents,
        Run(drain::one_call()),
        // drain handed the call on: the supervisors watch a fresh one.
        Fresh,
        InstantAgents,
        Run(verb(
            "monitor",
            &["monitor", "--as", "bob"],
            8,
            (8, 5),
            "load (no ETag: nothing is journaled) → bob's record (his contact URI) → 1 participant create (supervisor-WK…, muted)",
        )),
        Run(verb(
            "coach",
            &["coach", "--as", "bob"],
            7,
            (7, 4),
            "load → 1 participant update in place (Coaching, CallSidToCoach, Muted), its response is the read-back",
        )),
        Run(verb(
            "barge",
            &["barge", "--as", "bob"],
            7,
            (7, 4),
            "load → 1 participant update in place (Coaching=false, Muted=false)",
        )),
        Run(verb(
            "monitor --stop",
            &["monitor", "--stop", "--as", "bob"],
            7,
            (7, 4),
            "load → remove the supervisor's leg",
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
    let grew = growth::quick(&env);
    println!(
        "bench quick: {} passed, {} failed",
        results.len() + growth_checks() - failed - grew,
        failed + grew
    );
    let failed = failed + grew;
    i32::from(failed > 0)
}

/// Commands the growth check of the quick mode compares.
fn growth_checks() -> usize {
    growth::COMMAND_COUNT
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
    let start_load = load_average();
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
        sections::startup(&env, &mut md);
    }
    if only("verbs") {
        sections::verbs(&env, &mut md);
    }
    if only("bulk") {
        sections::bulk(&env, &mut md);
    }
    if only("throughput") {
        sections::throughput(&env, &mut md);
    }
    if only("embedded") {
        sections::embedded(&env, &mut md);
    }
    if only("drain") {
        drain::drain(&env, &mut md);
    }
    if only("growth") {
        growth::growth(&env, &mut md);
    }
    let _ = writeln!(
        md,
        "## Machine load during this run\n\n\
         Load average (1, 5, 15 min) from `/proc/loadavg`: {start_load} at the start, {} at \
         the end, on {} cores. Anything above about 1 means other work shared the cores with \
         the harness, the sandbox and flexctl, and every time and throughput figure above is \
         slower for it; request counts, chains and in-flight maxima do not depend on it.\n",
        load_average(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
    );
    md.push_str(include_str!("notes.md"));
    println!("{md}");
    if !args.iter().any(|a| a == "--no-write") {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("BENCHMARKS.md");
        std::fs::write(&path, &md).expect("write BENCHMARKS.md");
        eprintln!("wrote {}", path.display());
    }
}
