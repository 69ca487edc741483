//! The sandbox's own parsers under bad requests (malformed forms, bad percent-encoding, invalid
//! UTF-8, oversized bodies, odd paths): a Twilio-shaped 4xx, never a 5xx or a dropped connection.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use flexctl::sandbox::{seed, MAX_BODY_BYTES};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

use crate::common::TestSandbox;

/// What came back over the wire.
#[derive(Debug)]
struct Raw {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

/// Sends one request exactly as given (no client-side normalisation of the path or body) and
/// reads the answer to the end; `Err` when the connection is dropped without an answer.
fn send_raw(sb: &TestSandbox, method: &str, target: &[u8], body: &[u8]) -> Result<Raw, String> {
    let addr = sb.base().trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let creds = sb.bg.state.credentials();
    let auth = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", creds.account_sid, creds.auth_token));
    let mut req = Vec::new();
    req.extend_from_slice(method.as_bytes());
    req.push(b' ');
    req.extend_from_slice(target);
    req.extend_from_slice(
        format!(
            " HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Basic {auth}\r\nConnection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    req.extend_from_slice(body);
    // The server may answer (413) before reading everything; a failed write is not a failure.
    let _ = s.write_all(&req);
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    parse_response(&resp)
}

fn parse_response(resp: &[u8]) -> Result<Raw, String> {
    let end = resp
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("no response ({} bytes)", resp.len()))?;
    let head = String::from_utf8_lossy(&resp[..end]).to_string();
    let status: u16 = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line: {head}"))?;
    let header = |name: &str| {
        head.lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
            })
            .unwrap_or_default()
    };
    let mut body = resp[end + 4..].to_vec();
    if header("transfer-encoding").eq_ignore_ascii_case("chunked") {
        body = dechunk(&body);
    }
    Ok(Raw {
        status,
        content_type: header("content-type"),
        body,
    })
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..i]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = i + 2;
        out.extend_from_slice(&b[start..(start + size).min(b.len())]);
        b = &b[(start + size + 2).min(b.len())..];
    }
    out
}

/// Never a 5xx or a dropped connection; an error is Twilio's JSON shape with the same status.
fn check_shape(what: &str, r: &Result<Raw, String>) -> Result<u16, String> {
    let r = r.as_ref().map_err(|e| format!("{what}: {e}"))?;
    if r.status >= 500 {
        return Err(format!(
            "{what}: {} {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        ));
    }
    if r.status >= 400 {
        if !r.content_type.starts_with("application/json") {
            return Err(format!(
                "{what}: {} with content type {:?}: {:?}",
                r.status,
                r.content_type,
                String::from_utf8_lossy(&r.body)
            ));
        }
        let v: Value = serde_json::from_slice(&r.body).map_err(|e| {
            format!(
                "{what}: {} body is not JSON ({e}): {:?}",
                r.status,
                String::from_utf8_lossy(&r.body)
            )
        })?;
        let shaped = v["code"].is_u64()
            && v["message"].as_str().is_some_and(|m| !m.is_empty())
            && v["more_info"].is_string()
            && v["status"] == r.status;
        if !shaped {
            return Err(format!("{what}: not Twilio's error shape: {v}"));
        }
        if r.body.len() > 4096 {
            return Err(format!("{what}: {}-byte error body", r.body.len()));
        }
    }
    Ok(r.status)
}

/// Like [`check_shape`], and the status must be a 4xx.
#[track_caller]
fn assert_4xx(what: &str, r: &Result<Raw, String>) {
    let status = check_shape(what, r).unwrap_or_else(|e| panic!("{e}"));
    assert!((400..500).contains(&status), "{what}: status {status}");
}

/// Every POST route, as (path, a valid-looking form for it).
fn post_routes(sb: &TestSandbox) -> Vec<(String, &'static str)> {
    let cf = seed::live_conference_sid();
    let task = seed::live_task_sid();
    vec![
        (
            sb.p2010(&format!("/Conferences/{cf}/Participants.json")),
            "From=%2B15550109999&To=client%3Abob",
        ),
        (
            sb.p2010(&format!("/Conferences/{cf}/Participants/customer.json")),
            "Hold=false",
        ),
        (
            sb.p2010(&format!("/Conferences/{cf}.json")),
            "AnnounceUrl=x",
        ),
        (sb.pv1("/Tasks"), "TaskQueueSid=x"),
        (sb.pv1(&format!("/Tasks/{task}")), "Priority=0"),
        (
            sb.pv1(&format!("/Workers/{}", seed::worker_sid("dave"))),
            "ActivitySid=x",
        ),
        (
            sb.pv1(&format!(
                "/Tasks/{task}/Reservations/WR00000000000000000000000000000000"
            )),
            "ReservationStatus=accepted",
        ),
        ("/sandbox/clock".into(), "Freeze=true"),
        ("/sandbox/agents/dave".into(), "Behavior=answer"),
        (
            "/sandbox/hangup-customer".into(),
            "Conference=CF00000000000000000000000000000000",
        ),
        ("/sandbox/faults".into(), "Rate=0"),
    ]
}

#[test]
fn malformed_form_bodies_are_a_400() {
    let sb = TestSandbox::new();
    let bodies: &[&[u8]] = &[
        b"Hold=%zz",
        b"Hold=%4",
        b"Hold=%",
        b"%=true",
        b"Ho%ZZld=true",
        b"Hold=%ff%fe",
        b"Hold=\xff\xfe",
        b"\xc3\x28=1",
        b"Hold=%ed%a0%80",
        b"Attributes=%7B%22a%22%3A%ZZ",
    ];
    for (path, _) in post_routes(&sb) {
        for body in bodies {
            let what = format!("POST {path} {:?}", String::from_utf8_lossy(body));
            assert_4xx(&what, &send_raw(&sb, "POST", path.as_bytes(), body));
        }
    }
}

#[test]
fn oversized_bodies_are_a_413() {
    let sb = TestSandbox::new();
    let mut body = b"Attributes=".to_vec();
    body.resize(MAX_BODY_BYTES + 1, b'a');
    for (path, _) in post_routes(&sb) {
        let r = send_raw(&sb, "POST", path.as_bytes(), &body);
        assert_4xx(&format!("POST {path} (64 KiB + 1)"), &r);
        assert_eq!(r.unwrap().status, 413, "{path}");
    }
    // A body just under the limit is parsed (and refused or accepted for what it says).
    let mut body = b"Priority=".to_vec();
    body.resize(MAX_BODY_BYTES - 1, b'9');
    let path = sb.pv1(&format!("/Tasks/{}", seed::live_task_sid()));
    let r = send_raw(&sb, "POST", path.as_bytes(), &body);
    assert_4xx("POST a task with a 64 KiB priority", &r);
    assert_eq!(r.unwrap().status, 400);
}

#[test]
fn unknown_and_repeated_parameters_are_harmless() {
    let sb = TestSandbox::new();
    for (path, form) in post_routes(&sb) {
        for extra in [
            "Bogus=1",
            "=",
            "&&&",
            "Hold",
            "Hold=true&Hold=false",
            "a=b=c",
        ] {
            let body = format!("{form}&{extra}");
            let r = send_raw(&sb, "POST", path.as_bytes(), body.as_bytes());
            check_shape(&format!("POST {path} {body}"), &r).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Paths that are hard to route: NUL, dot segments, bad escapes, invalid UTF-8, long ones.
fn odd_segments() -> Vec<String> {
    vec![
        "%00".into(),
        "..".into(),
        "%2e%2e".into(),
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd".into(),
        "%ff%fe".into(),
        "%zz".into(),
        "%".into(),
        "%C3%A9%F0%9F%A6%80".into(),
        "a%20b%0d%0aX-Injected:%201".into(),
        "x".repeat(10_000),
        "%41".repeat(3_000),
        "WT0123456789abcdef0123456789abcdeg".into(),
        "CA0123456789abcdef0123456789abcdef.json".into(),
        ".json".into(),
        "".into(),
    ]
}

/// Route templates with `{}` where a segment goes.
fn templates(sb: &TestSandbox) -> Vec<(&'static str, String)> {
    let cf = seed::live_conference_sid();
    let ws = sb.ws();
    vec![
        ("GET", sb.p2010("/Conferences/{}.json")),
        (
            "GET",
            sb.p2010(&format!("/Conferences/{cf}/Participants/{{}}.json")),
        ),
        (
            "POST",
            sb.p2010(&format!("/Conferences/{cf}/Participants/{{}}.json")),
        ),
        (
            "DELETE",
            sb.p2010(&format!("/Conferences/{cf}/Participants/{{}}.json")),
        ),
        ("GET", sb.p2010("/Conferences/{}/Participants.json")),
        ("GET", "/2010-04-01/Accounts/{}/Conferences.json".into()),
        ("GET", "/v1/Workspaces/{}".into()),
        ("GET", format!("/v1/Workspaces/{ws}/Tasks/{{}}")),
        ("POST", format!("/v1/Workspaces/{ws}/Tasks/{{}}")),
        ("DELETE", format!("/v1/Workspaces/{ws}/Tasks/{{}}")),
        ("GET", format!("/v1/Workspaces/{ws}/Workers/{{}}")),
        (
            "GET",
            format!("/v1/Workspaces/{ws}/TaskQueues/{{}}/CumulativeStatistics"),
        ),
        (
            "GET",
            format!("/v1/Workspaces/{ws}/Tasks/{{}}/Reservations"),
        ),
        ("GET", format!("/v1/Workspaces/{ws}/{{}}")),
        ("POST", "/sandbox/agents/{}".into()),
        ("POST", "/sandbox/agents/{}/answer".into()),
        ("POST", "/sandbox/agents/{}/reject".into()),
        ("GET", "/sandbox/{}".into()),
        ("GET", "/{}".into()),
    ]
}

#[test]
fn odd_path_segments_are_a_4xx() {
    let sb = TestSandbox::new();
    let mut failures = Vec::new();
    for (method, t) in templates(&sb) {
        for seg in odd_segments() {
            let path = t.replace("{}", &seg);
            let shown: String = path.chars().take(120).collect();
            let r = send_raw(&sb, method, path.as_bytes(), b"");
            match check_shape(&format!("{method} {shown}"), &r) {
                Ok(s) if (400..500).contains(&s) => {}
                Ok(s) => failures.push(format!("{method} {shown}: {s}")),
                Err(e) => failures.push(e),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn odd_queries_are_a_400() {
    let sb = TestSandbox::new();
    for (path, query) in [
        (sb.pv1("/Tasks"), "AssignmentStatus=%zz"),
        (sb.pv1("/Tasks"), "PageSize=%ff"),
        (sb.pv1("/Tasks"), "PageSize=-1"),
        (sb.pv1("/Tasks"), "PageSize=99999999999999999999"),
        (sb.pv1("/Tasks"), "Page=18446744073709551616"),
        (sb.pv1("/Workers"), "Available=maybe"),
        (sb.p2010("/Conferences.json"), "DateCreated%3E=yesterday"),
        ("/sandbox/log".into(), "Since=abc"),
        ("/sandbox/log".into(), "Limit=0"),
    ] {
        let target = format!("{path}?{query}");
        assert_4xx(
            &format!("GET {target}"),
            &send_raw(&sb, "GET", target.as_bytes(), b""),
        );
    }
}

#[test]
fn unsupported_methods_are_a_twilio_shaped_405() {
    let sb = TestSandbox::new();
    let cf = seed::live_conference_sid();
    for (method, path) in [
        ("PUT", sb.p2010(&format!("/Conferences/{cf}.json"))),
        ("DELETE", sb.p2010("/Conferences.json")),
        ("PATCH", sb.pv1("/Tasks")),
        ("DELETE", sb.pv1("/Workers")),
        ("POST", sb.pv1("/TaskQueues/Statistics")),
        ("PUT", "/sandbox/clock".into()),
        ("DELETE", "/sandbox/info".into()),
    ] {
        assert_4xx(
            &format!("{method} {path}"),
            &send_raw(&sb, method, path.as_bytes(), b""),
        );
    }
}

#[test]
fn random_form_bodies_never_break_the_sandbox() {
    let sb = TestSandbox::new();
    let routes = post_routes(&sb);
    let byte_soup = prop::collection::vec(
        prop_oneof![
            Just(b'%'),
            Just(b'&'),
            Just(b'='),
            Just(b'+'),
            any::<u8>(),
            prop::sample::select(b"0123456789abcdefABCDEFzZ".to_vec()),
        ],
        0..200,
    );
    let pairs = prop::collection::vec(
        (
            prop::sample::select(vec![
                "Hold",
                "Muted",
                "Label",
                "From",
                "To",
                "Timeout",
                "EndConferenceOnExit",
                "Attributes",
                "AssignmentStatus",
                "Reason",
                "Priority",
                "TaskQueueSid",
                "WorkflowSid",
                "ActivitySid",
                "ReservationStatus",
                "Advance",
                "Set",
                "Freeze",
                "Behavior",
                "Delay",
                "Conference",
                "Rate",
                "Kinds",
                "Bogus",
            ]),
            "\\PC{0,20}",
        ),
        0..6,
    )
    .prop_map(|pairs| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            s.append_pair(k, &v);
        }
        s.finish().into_bytes()
    });
    let strategy = (0..routes.len(), prop_oneof![byte_soup, pairs]);
    TestRunner::new(Config {
        cases: 96,
        failure_persistence: None,
        ..Config::default()
    })
    .run(&strategy, |(i, body)| {
        let (path, _) = &routes[i];
        let what = format!("POST {path} {:?}", String::from_utf8_lossy(&body));
        check_shape(&what, &send_raw(&sb, "POST", path.as_bytes(), &body))
            .map(drop)
            .map_err(TestCaseError::fail)
    })
    .unwrap();
    // And the sandbox still works.
    let (status, _) = sb.get("/sandbox/info");
    assert_eq!(status, reqwest::StatusCode::OK);
}
