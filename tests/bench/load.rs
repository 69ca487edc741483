//! A small HTTP/1.1 load client for the sandbox throughput figures: one keep-alive connection
//! per client thread, a fixed request, bounded in time, latency per request.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

pub struct Load {
    #[allow(dead_code)]
    pub requests: usize,
    pub errors: usize,
    pub per_s: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// Reads one response (status line, headers, Content-Length body); returns the status.
fn read_response(conn: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<u16> {
    buf.clear();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        let n = conn.read(&mut chunk)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = conn.read(&mut chunk)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(status)
}

/// Runs `clients` threads sending `request` (raw bytes) to `addr` for `duration` after a short
/// warm-up.
pub fn run(addr: &str, request: &[u8], clients: usize, duration: Duration) -> Load {
    let warmup = Duration::from_millis(300);
    let start = Instant::now() + warmup;
    let stop = start + duration;
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let addr = addr.to_string();
            let request = request.to_vec();
            std::thread::spawn(move || {
                let mut lat: Vec<u32> = Vec::with_capacity(100_000);
                let mut errors = 0usize;
                let mut buf = Vec::with_capacity(16 * 1024);
                let mut conn: Option<TcpStream> = None;
                loop {
                    let t = Instant::now();
                    if t >= stop {
                        break;
                    }
                    let c = match conn.as_mut() {
                        Some(c) => c,
                        None => match TcpStream::connect(&addr) {
                            Ok(c) => {
                                let _ = c.set_nodelay(true);
                                conn.insert(c)
                            }
                            Err(_) => {
                                errors += 1;
                                std::thread::sleep(Duration::from_millis(10));
                                continue;
                            }
                        },
                    };
                    let ok = c
                        .write_all(&request)
                        .and_then(|_| read_response(c, &mut buf));
                    let took = t.elapsed();
                    match ok {
                        Ok(s) if (200..300).contains(&s) => {
                            if t >= start {
                                lat.push(took.as_micros().min(u32::MAX as u128) as u32);
                            }
                        }
                        Ok(_) => errors += 1,
                        Err(_) => {
                            errors += 1;
                            conn = None;
                        }
                    }
                }
                (lat, errors)
            })
        })
        .collect();
    let mut all: Vec<u32> = Vec::new();
    let mut errors = 0;
    for t in threads {
        let (l, e) = t.join().expect("client thread");
        all.extend(l);
        errors += e;
    }
    all.sort_unstable();
    let pct = |p: f64| {
        if all.is_empty() {
            0.0
        } else {
            all[((all.len() - 1) as f64 * p) as usize] as f64 / 1000.0
        }
    };
    Load {
        requests: all.len(),
        errors,
        per_s: all.len() as f64 / duration.as_secs_f64(),
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
    }
}

/// A raw HTTP/1.1 request with Basic auth.
pub fn request(method: &str, host: &str, path: &str, auth: &str, form: Option<&str>) -> Vec<u8> {
    let mut r =
        format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Basic {auth}\r\n");
    match form {
        Some(body) => r.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )),
        None => r.push_str("\r\n"),
    }
    r.into_bytes()
}
