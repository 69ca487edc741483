//! The benchmark's `drain` figures: the request budget of draining one call (quick mode), and
//! 100 calls handed to a queue at 50 ms per request with `--concurrency 20`.

use super::*;
use sections::Served;

/// Draining the demo's one call: the load, the target checked once, then the call's cold
/// hand-off (its plan, as `transfer queue Billing --cold` runs it).
pub(super) fn one_call() -> Verb {
    verb(
        "drain (one call)",
        &["drain", "alice", "--to", "queue", "Billing", "--yes"],
        27,
        (27, 21),
        "workspace → {tasks, conferences, workers, queues, statistics} → {participants, reservation, task ETag} → Billing's agents (target-not-drained) → the cold hand-off's steps, one after another",
    )
}

const CALLS: usize = 100;
const WIDTH: usize = 20;

fn flexctl(env: &Env, served: &Served, args: &[&str]) -> std::process::Output {
    let mut cmd = env.base_cmd();
    cmd.env("TWILIO_ACCOUNT_SID", served.s("account_sid"))
        .env("TWILIO_AUTH_TOKEN", served.s("auth_token"))
        .env("FLEXCTL_BASE_URL", served.s("base_url"))
        .args(args);
    cmd.output().expect("flexctl runs")
}

fn json_of(env: &Env, served: &Served, args: &[&str]) -> serde_json::Value {
    let out = flexctl(env, served, args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn control(
    served: &Served,
    method: reqwest::Method,
    path: &str,
    form: &[(&str, &str)],
) -> serde_json::Value {
    let url = format!("{}{path}", served.s("base_url"));
    reqwest::blocking::Client::new()
        .request(method, url)
        .basic_auth(served.s("account_sid"), Some(served.s("auth_token")))
        .form(form)
        .send()
        .and_then(|r| r.json())
        .unwrap_or_default()
}

pub(super) fn drain(env: &Env, md: &mut String) {
    eprintln!("drain of {CALLS} calls…");
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("drain.db");
    let served = Served::start(env, &db);
    // 111 calls: one in ten has a consult under way (not drained), 100 do not. 600 agents
    // leave well over 100 available for the target queue.
    let seeded = flexctl(
        env,
        &served,
        &[
            "sandbox", "seed", "--calls", "111", "--agents", "600", "--queues", "2", "--stale",
            "0", "--seed", "5",
        ],
    );
    assert!(
        seeded.status.success(),
        "seed: {}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let conn = rusqlite::Connection::open(served.s("database")).expect("open the database");
    conn.execute_batch("UPDATE workers SET sim_behavior = 'answer', sim_delay_ms = 100")
        .expect("agents answer after 100 ms");
    drop(conn);
    let calls = json_of(env, &served, &["-o", "json", "calls", "list"]);
    let agents: Vec<String> = calls
        .as_array()
        .expect("calls")
        .iter()
        .filter(|c| c["phase"] == "live")
        .filter_map(|c| c["agent"].as_str().map(str::to_string))
        .take(CALLS)
        .collect();
    let queues = json_of(env, &served, &["-o", "json", "queues", "list"]);
    let queue = queues
        .as_array()
        .expect("queues")
        .iter()
        .max_by_key(|q| q["available_agents"].as_u64().unwrap_or(0))
        .and_then(|q| q["name"].as_str())
        .expect("a queue")
        .to_string();
    control(
        &served,
        reqwest::Method::POST,
        "/sandbox/faults",
        &[("Spec", &format!("latency={RTT_MS}ms"))],
    );
    let mark = served.log().last().map_or(0, |s| s.0);
    control(&served, reqwest::Method::POST, "/sandbox/stats/reset", &[]);
    let width = WIDTH.to_string();
    let mut args = vec![
        "-o",
        "json",
        "drain",
        "--to",
        "queue",
        &queue,
        "--yes",
        "--concurrency",
        &width,
    ];
    args.extend(agents.iter().map(String::as_str));
    let t = Instant::now();
    let out = flexctl(env, &served, &args);
    let wall_ms = t.elapsed().as_secs_f64() * 1000.0;
    let rss = env.last_rss();
    // The server's own gauge of requests in flight (the log's spans are rounded to the ms).
    let stats = control(&served, reqwest::Method::GET, "/sandbox/stats", &[]);
    let max = stats["max_in_flight"].as_u64().unwrap_or(0);
    control(
        &served,
        reqwest::Method::POST,
        "/sandbox/faults",
        &[("Spec", "none")],
    );
    let spans: Vec<timed::Span> = served
        .log()
        .into_iter()
        .filter(|s| s.0 > mark)
        .map(|s| s.1)
        .collect();
    let rows: Vec<serde_json::Value> = serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default();
    let handed = rows.iter().filter(|r| r["result"] == "handed-on").count();
    let inv = control(&served, reqwest::Method::GET, "/sandbox/invariants", &[]);
    let violations = inv["violations"].as_array().map_or(usize::MAX, Vec::len);
    if !out.status.success() {
        eprintln!(
            "warning: drain failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let ok = out.status.success() && handed == agents.len() && violations == 0;
    let _ = writeln!(
        md,
        "## Drain: {CALLS} calls to a queue\n\n\
         `sandbox seed --calls 111 --agents 600 --queues 2` (100 calls with no consult under \
         way), every agent answering 100 ms after being rung, served by `flexctl sandbox serve` \
         with `latency={RTT_MS}ms` on every request; `drain AGENT×{} --to queue {queue} --yes \
         --concurrency {WIDTH}`. Each call is one cold hand-off (14 steps, each after the one \
         before). Goal: under 3 s, nothing lost, nobody on hold.\n\n\
         | handed on | requests | wall | goal met | max in flight | invariant violations | RSS |\n\
         | --- | --- | --- | --- | --- | --- | --- |\n\
         | {handed} / {} | {} | {:.2} s | {} | {max} (limit {WIDTH}) | {violations} | {} |\n",
        agents.len(),
        agents.len(),
        spans.len(),
        wall_ms / 1000.0,
        yes(ok && wall_ms <= 3000.0),
        mb(rss),
    );
}
