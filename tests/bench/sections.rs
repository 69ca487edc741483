//! The benchmark's sections: startup, round trips and latency per verb, bulk reset, sandbox
//! throughput and the embedded sandbox's overhead, each printed and written to BENCHMARKS.md.

use super::*;

pub(super) fn startup(env: &Env, md: &mut String) {
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

pub(super) fn verbs(env: &Env, md: &mut String) {
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

pub(super) fn bulk(env: &Env, md: &mut String) {
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
pub(super) struct Served {
    child: std::process::Child,
    info: serde_json::Value,
}

impl Served {
    pub(super) fn start(env: &Env, db: &Path) -> Served {
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
    pub(super) fn log(&self) -> Vec<(i64, timed::Span)> {
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

    pub(super) fn s(&self, k: &str) -> String {
        self.info[k].as_str().unwrap_or_default().to_string()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(super) fn throughput(env: &Env, md: &mut String) {
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

pub(super) fn embedded(env: &Env, md: &mut String) {
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
