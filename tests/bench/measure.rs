//! Small measuring helpers of the benchmark: medians, timed runs, peak RSS through
//! `/usr/bin/time`, twilio-cli's location, the machine's load, and table cells.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

/// Median wall time (ms) of `runs` runs of `cmd`, and the peak RSS (KB) of one more.
pub(crate) fn time_cmd(mk: &dyn Fn() -> Command, runs: usize) -> (f64, Option<u64>) {
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

pub(crate) fn rss_of(program: &Path, args: &[&str], envs: &[(&str, String)]) -> Option<u64> {
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

pub(crate) fn twilio_cli() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("TWILIO_CLI") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("twilio"))
            .find(|p| p.is_file())
    })
}

pub(crate) fn mb(kb: Option<u64>) -> String {
    kb.map_or("n/a".into(), |k| format!("{:.1} MB", k as f64 / 1024.0))
}

pub(crate) fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "**no**"
    }
}

/// The system's load averages, as `/proc/loadavg` gives them (`n/a` elsewhere).
pub(crate) fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or("n/a".into(), |s| {
        s.split_whitespace().take(3).collect::<Vec<_>>().join(", ")
    })
}
