//! Growth (issue 15): the directory and call verbs on generated centres of 1, 30 and 300 calls, their requests and wall time at 50 ms, and a 429-above-100 check.

use flexctl::sandbox::seed_large::Spec;
use flexctl::sandbox::seed_large_sql;

use super::*;

/// (calls, agents, queues, stale): the demo's size, medium and large.
const SIZES: &[(usize, usize, usize, usize)] =
    &[(1, 5, 5, 2), (30, 200, 50, 10), (300, 2_000, 500, 100)];

/// The commands, in order (the reset last: it changes what is stale), and the wall-time goal
/// of each on the large centre (ms; `None`: as fast as on the demo's size).
const COMMANDS: &[(&str, &[&str], Option<f64>)] = &[
    ("calls list", &["calls", "list"], Some(1500.0)),
    (
        "calls show --task",
        &["calls", "show", "--task", "{task}"],
        None,
    ),
    (
        "hold customer --task",
        &["hold", "customer", "--task", "{task}"],
        None,
    ),
    (
        "calls show --agent",
        &["calls", "show", "--agent", "{agent}"],
        None,
    ),
    (
        "unhold customer --agent",
        &["unhold", "customer", "--agent", "{agent}"],
        None,
    ),
    ("agents list", &["agents", "list"], Some(2000.0)),
    (
        "queues list --stale",
        &["queues", "list", "--stale"],
        Some(1000.0),
    ),
    (
        "doctor --all-queues",
        &["-o", "json", "doctor", "--all-queues"],
        Some(2000.0),
    ),
    (
        "queue reset --stale",
        &["-o", "json", "queue", "reset", "--stale", "--yes"],
        Some(1500.0),
    ),
];

pub(super) const COMMAND_COUNT: usize = COMMANDS.len();

struct Row {
    name: &'static str,
    requests: usize,
    chain: usize,
    max_in_flight: usize,
    wall_ms: f64,
    rss_kb: Option<u64>,
    ok: bool,
}

/// The peak RSS goal of every command on the large centre (KB).
const RSS_GOAL_KB: u64 = 32 * 1024;

/// A call of the centre: its task and the agent who holds it.
struct Call {
    task: String,
    agent: String,
}

/// A sandbox holding the centre of `size`, and its first call.
fn seeded(size: (usize, usize, usize, usize)) -> (Timed, Call) {
    let sb = Timed::start();
    let spec = Spec {
        calls: size.0,
        agents: size.1,
        queues: size.2,
        stale: size.3,
        seed: 1,
    };
    let created = sb
        .state
        .store()
        .write(|tx| {
            let now =
                flexctl::sandbox::clock::now(tx).map_err(flexctl::sandbox::http::ApiError::from)?;
            seed_large_sql::seed(tx, spec, now)
        })
        .expect("seed the centre");
    let task = created.first_task.expect("a live call");
    let agent = sb
        .state
        .store()
        .write(|tx| {
            tx.query_row(
                "SELECT w.friendly_name FROM reservations r JOIN workers w ON w.sid = r.worker_sid
                 WHERE r.task_sid = ?1 AND r.reservation_status = 'accepted'",
                [&task],
                |r| r.get::<_, String>(0),
            )
            .map_err(flexctl::sandbox::store::StoreError::from)
        })
        .expect("the first call's agent");
    (sb, Call { task, agent })
}

/// Whether a command did its job: exit 0, or for doctor a report whose only failing check is
/// the stale queues it was asked about.
fn succeeded(name: &str, code: Option<i32>, stdout: &str) -> bool {
    if code == Some(0) {
        return true;
    }
    name.starts_with("doctor")
        && code == Some(1)
        && serde_json::from_str::<serde_json::Value>(stdout)
            .ok()
            .and_then(|v| v["checks"].as_array().cloned())
            .is_some_and(|checks| {
                checks
                    .iter()
                    .all(|c| c["status"] != "fail" || c["id"] == "queue-not-stale")
            })
}

fn run(
    env: &Env,
    sb: &Timed,
    call: &Call,
    cmd: &(&'static str, &[&str], Option<f64>),
    extra: &[&str],
) -> Row {
    let creds = sb.state.credentials();
    let mut c = env.base_cmd();
    c.env("TWILIO_ACCOUNT_SID", &creds.account_sid)
        .env("TWILIO_AUTH_TOKEN", &creds.auth_token)
        .env("FLEXCTL_BASE_URL", &sb.base)
        .args(extra)
        .args(cmd.1.iter().map(|a| match *a {
            "{task}" => call.task.as_str(),
            "{agent}" => call.agent.as_str(),
            a => a,
        }));
    sb.clear_spans();
    let t = Instant::now();
    let out = c.output().expect("flexctl runs");
    let wall_ms = t.elapsed().as_secs_f64() * 1000.0;
    let spans = sb.take_spans();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ok = succeeded(cmd.0, out.status.code(), &stdout);
    if !ok {
        eprintln!(
            "warning: `flexctl {}` failed: {}",
            cmd.1.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Row {
        name: cmd.0,
        requests: spans.len(),
        chain: longest_chain(&spans),
        max_in_flight: in_flight(&spans, Duration::from_millis(250)).0,
        wall_ms,
        rss_kb: env.last_rss(),
        ok,
    }
}

/// Requests of each command on the first two sizes, with no latency (the quick mode's check):
/// the commands that name a call by its task must cost the same at 1 and at 30 calls.
pub(super) fn quick(env: &Env) -> usize {
    let mut per_size = Vec::new();
    for &size in &SIZES[..2] {
        let (sb, call) = seeded(size);
        let rows: Vec<Row> = COMMANDS
            .iter()
            .map(|c| run(env, &sb, &call, c, &[]))
            .collect();
        per_size.push(rows);
    }
    let mut failed = 0;
    for (small, medium) in per_size[0].iter().zip(&per_size[1]) {
        let flat = small.name.contains("--task") || small.name.contains("--agent");
        let bad = !small.ok || !medium.ok || (flat && small.requests != medium.requests);
        failed += usize::from(bad);
        println!(
            "growth {:<22} {:>5} → {:>5} requests (1 → 30 calls){}",
            small.name,
            small.requests,
            medium.requests,
            if !small.ok || !medium.ok {
                "  FAILED to run"
            } else if bad {
                "  GREW with the number of calls"
            } else {
                ""
            }
        );
    }
    failed
}

pub(super) fn growth(env: &Env, md: &mut String) {
    let _ = writeln!(
        md,
        "## 7. Growth: 1, 30 and 300 live calls\n\n\
         Centres generated by `sandbox seed` (seed 1): 1 call / 5 agents / 5 queues (2 stale), \
         30 / 200 / 50 (10), 300 / 2,000 / 500 (100); one in ten calls has a consult under way. \
         In-process sandbox (bench profile) with `latency={RTT_MS}ms` on every Twilio request; \
         one run of each command, in the order below (`hold` and `unhold` are on the first \
         call, the reset last); the client's default concurrency (32). Goals (issue 15) apply \
         to the 300-call centre: `calls list` ≤ 1.5 s, the verbs that name a call by its task or \
         its agent as fast as at 1 call (+{RTT_MS} ms of slack), `agents list` ≤ 2 s, \
         `queues list --stale` ≤ 1 s, `doctor --all-queues` ≤ 2 s, `queue reset --stale` ≤ \
         1.5 s; peak RSS ≤ 32 MB for every command.\n\n\
         | command | calls / agents / queues | requests | chain | max in flight | wall | RSS | wall goal | wall met | RSS met |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    let mut first: Vec<f64> = Vec::new();
    for (i, &size) in SIZES.iter().enumerate() {
        eprintln!("growth: {} calls…", size.0);
        let (sb, call) = seeded(size);
        sb.set_latency(RTT_MS);
        for (j, cmd) in COMMANDS.iter().enumerate() {
            let r = run(env, &sb, &call, cmd, &[]);
            if i == 0 {
                first.push(r.wall_ms);
            }
            let large = i == SIZES.len() - 1;
            let goal = cmd.2.unwrap_or(first[j] + RTT_MS as f64);
            let (goal_s, met, rss_met) = if large {
                (
                    format!("{goal:.0} ms"),
                    yes(r.ok && r.wall_ms <= goal).to_string(),
                    r.rss_kb
                        .map_or("n/a", |k| yes(k <= RSS_GOAL_KB))
                        .to_string(),
                )
            } else {
                ("-".into(), "-".into(), "-".into())
            };
            let _ = writeln!(
                md,
                "| `{}` | {} / {} / {} | {}{} | {} | {} | {:.0} ms | {} | {goal_s} | {met} | {rss_met} |",
                r.name,
                size.0,
                size.1,
                size.2,
                r.requests,
                if r.ok { "" } else { " (failed)" },
                r.chain,
                r.max_in_flight,
                r.wall_ms,
                mb(r.rss_kb),
            );
        }
    }
    md.push('\n');
    throttled(env, md);
}

/// Every command on the large centre against a sandbox answering 429 above 100 requests in
/// flight, at the default concurrency and at the client's maximum.
fn throttled(env: &Env, md: &mut String) {
    eprintln!("growth: throttled at 100 in flight…");
    let _ = writeln!(
        md,
        "### 429 above 100 in flight\n\n\
         The 300-call centre with `concurrency=100,latency={RTT_MS}ms` (the sandbox answers 429, \
         error 20429, to a request arriving with 100 already in flight), each command once at the \
         default `--concurrency` (32) and once at the maximum (256; 64 for `queue reset`, its own bound), each on a fresh centre.\n\n\
         | `--concurrency` | commands that succeeded | max in flight | 429s answered |\n\
         | --- | --- | --- | --- |"
    );
    for conc in ["32", "256"] {
        let (sb, call) = seeded(*SIZES.last().unwrap());
        sb.state
            .faults()
            .set_spec(&format!("concurrency=100,latency={RTT_MS}ms"))
            .expect("fault spec");
        let rows: Vec<Row> = COMMANDS
            .iter()
            .map(|c| {
                // `queue reset` takes at most 64 at once (its own bound).
                let conc =
                    if c.0.starts_with("queue reset") && conc.parse::<u32>().unwrap_or(0) > 64 {
                        "64"
                    } else {
                        conc
                    };
                run(env, &sb, &call, c, &["--concurrency", conc])
            })
            .collect();
        let ok = rows.iter().filter(|r| r.ok).count();
        let failed: Vec<&str> = rows.iter().filter(|r| !r.ok).map(|r| r.name).collect();
        let max = rows.iter().map(|r| r.max_in_flight).max().unwrap_or(0);
        let throttled = sb
            .state
            .faults()
            .stats()
            .injected
            .get("429")
            .copied()
            .unwrap_or(0);
        let _ = writeln!(
            md,
            "| {conc} | {ok} / {}{} | {max} | {throttled} |",
            rows.len(),
            if failed.is_empty() {
                String::new()
            } else {
                format!(" (failed: {})", failed.join(", "))
            },
        );
    }
    md.push('\n');
}
