//! The sandbox's 2010 API: conferences, participants and the simulated call legs behind them.

use std::collections::BTreeSet;

use flexctl::sandbox::api2010::sim::{self, Leave};
use flexctl::sandbox::http::ApiError;
use flexctl::sandbox::{clock, seed};
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;

const CONFERENCE_KEYS: &[&str] = &[
    "account_sid",
    "date_created",
    "date_updated",
    "api_version",
    "friendly_name",
    "region",
    "sid",
    "status",
    "uri",
    "subresource_uris",
    "reason_conference_ended",
    "call_sid_ending_conference",
];

const PARTICIPANT_KEYS: &[&str] = &[
    "account_sid",
    "call_sid",
    "label",
    "call_sid_to_coach",
    "coaching",
    "conference_sid",
    "date_created",
    "date_updated",
    "end_conference_on_exit",
    "muted",
    "hold",
    "start_conference_on_enter",
    "status",
    "queue_time",
    "uri",
];

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

fn expect_keys(v: &Value, expected: &[&str]) {
    let want: BTreeSet<String> = expected.iter().map(|k| k.to_string()).collect();
    assert_eq!(keys(v), want, "{v}");
}

/// `…/Conferences/{live CF}` + `rest`.
fn conf(sb: &TestSandbox, rest: &str) -> String {
    sb.p2010(&format!(
        "/Conferences/{}{rest}",
        seed::live_conference_sid()
    ))
}

fn leg(sb: &TestSandbox, id: &str) -> String {
    conf(sb, &format!("/Participants/{id}.json"))
}

/// Rings `to` into the live conference with `label`; returns the new call SID.
fn ring(sb: &TestSandbox, to: &str, label: &str, extra: &[(&str, &str)]) -> String {
    let mut form = vec![
        ("From", seed::CONTACT_CENTER_NUMBER),
        ("To", to),
        ("Label", label),
    ];
    form.extend_from_slice(extra);
    let (status, body) = sb.post(&conf(sb, "/Participants.json"), &form);
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["status"], "queued");
    body["call_sid"].as_str().expect("call_sid").to_string()
}

fn set_worker(sb: &TestSandbox, name: &str, behavior: &str, delay_ms: i64) {
    sb.bg
        .state
        .store()
        .write(|tx| {
            tx.execute(
                "UPDATE workers SET sim_behavior = ?1, sim_delay_ms = ?2 WHERE friendly_name = ?3",
                rusqlite::params![behavior, delay_ms, name],
            )?;
            Ok::<_, ApiError>(())
        })
        .expect("update worker");
}

fn assert_error(status: StatusCode, body: &Value, want_status: u16, code: u64) {
    assert_eq!(status.as_u16(), want_status, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], want_status, "{body}");
    assert!(body["message"].is_string(), "{body}");
    assert_eq!(
        body["more_info"],
        format!("https://www.twilio.com/docs/errors/{code}")
    );
}

/// What the control API does when the simulated customer hangs up.
fn hang_up_customer(sb: &TestSandbox) {
    sb.bg
        .state
        .store()
        .write(|tx| {
            let now = clock::now(tx)?;
            sim::participant_leaves(
                tx,
                &seed::live_conference_sid(),
                &seed::customer_call_sid(),
                Leave::Hangup,
                now,
            )
        })
        .expect("customer hangs up");
}

fn conference_status(sb: &TestSandbox) -> Value {
    let (status, body) = sb.get(&conf(sb, ".json"));
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

#[test]
fn seeded_conference_is_listed_by_status_and_friendly_name() {
    let sb = TestSandbox::new();
    let task = seed::live_task_sid();
    let (status, body) = sb.get(&format!(
        "{}?Status=in-progress&FriendlyName={task}",
        sb.p2010("/Conferences.json")
    ));
    assert_eq!(status, StatusCode::OK, "{body}");
    let list = body["conferences"].as_array().expect("conferences");
    assert_eq!(list.len(), 1, "{body}");
    assert_eq!(list[0]["sid"], seed::live_conference_sid());
    assert_eq!(list[0]["friendly_name"], task);
    expect_keys(&list[0], CONFERENCE_KEYS);
    assert!(body["next_page_uri"].is_null());
    let (_, none) = sb.get(&format!(
        "{}?Status=completed",
        sb.p2010("/Conferences.json")
    ));
    assert_eq!(none["conferences"].as_array().map(Vec::len), Some(0));
    let (status, bad) = sb.get(&format!("{}?Status=over", sb.p2010("/Conferences.json")));
    assert_error(status, &bad, 400, 20001);
    assert!(bad["message"].as_str().unwrap_or("").contains("Status"));
}

#[test]
fn conference_is_fetched_by_sid_and_by_friendly_name() {
    let sb = TestSandbox::new();
    let cf = seed::live_conference_sid();
    let by_sid = conference_status(&sb);
    expect_keys(&by_sid, CONFERENCE_KEYS);
    assert_eq!(by_sid["status"], "in-progress");
    assert_eq!(by_sid["api_version"], "2010-04-01");
    assert_eq!(by_sid["account_sid"], sb.account());
    assert_eq!(by_sid["uri"], sb.p2010(&format!("/Conferences/{cf}.json")));
    assert_eq!(
        by_sid["subresource_uris"]["participants"],
        sb.p2010(&format!("/Conferences/{cf}/Participants.json"))
    );
    assert!(by_sid["reason_conference_ended"].is_null());
    assert!(by_sid["date_created"]
        .as_str()
        .unwrap_or("")
        .ends_with(" +0000"));
    let (status, by_name) =
        sb.get(&sb.p2010(&format!("/Conferences/{}.json", seed::live_task_sid())));
    assert_eq!(status, StatusCode::OK, "{by_name}");
    assert_eq!(by_name, by_sid);
}

#[test]
fn participants_list_shows_the_seeded_legs() {
    let sb = TestSandbox::new();
    let (status, body) = sb.get(&conf(&sb, "/Participants.json"));
    assert_eq!(status, StatusCode::OK, "{body}");
    let legs = body["participants"].as_array().expect("participants");
    assert_eq!(legs.len(), 2, "{body}");
    let by_label = |l: &str| legs.iter().find(|p| p["label"] == l).expect(l).clone();
    let customer = by_label("customer");
    let worker = by_label("worker");
    expect_keys(&customer, PARTICIPANT_KEYS);
    assert_eq!(customer["call_sid"], seed::customer_call_sid());
    assert_eq!(worker["call_sid"], seed::worker_call_sid());
    for p in [&customer, &worker] {
        assert_eq!(p["status"], "connected");
        assert_eq!(p["end_conference_on_exit"], true);
        assert_eq!(p["hold"], false);
        assert_eq!(p["muted"], false);
        assert_eq!(p["coaching"], false);
        assert_eq!(p["start_conference_on_enter"], true);
        assert!(p["queue_time"].is_null());
        assert_eq!(p["conference_sid"], seed::live_conference_sid());
    }
    assert_eq!(
        customer["uri"],
        conf(
            &sb,
            &format!("/Participants/{}.json", seed::customer_call_sid())
        )
    );
    let (_, held) = sb.get(&format!("{}?Hold=true", conf(&sb, "/Participants.json")));
    assert_eq!(held["participants"].as_array().map(Vec::len), Some(0));
    let (_, by_label) = sb.get(&leg(&sb, "worker"));
    assert_eq!(by_label["call_sid"], seed::worker_call_sid());
}

#[test]
fn a_worker_leg_rings_then_connects() {
    let sb = TestSandbox::new();
    let call = ring(&sb, "client:bob", "consult-bob", &[("Timeout", "30")]);
    let (status, ringing) = sb.get(&leg(&sb, &call));
    assert_eq!(status, StatusCode::OK, "{ringing}");
    assert_eq!(ringing["status"], "ringing");
    assert_eq!(ringing["label"], "consult-bob");
    assert_eq!(ringing["end_conference_on_exit"], false);
    sb.advance_ms(1_999);
    assert_eq!(sb.get(&leg(&sb, "consult-bob")).1["status"], "ringing");
    sb.advance_ms(1);
    let (_, connected) = sb.get(&leg(&sb, "consult-bob"));
    assert_eq!(connected["status"], "connected", "{connected}");
    assert_eq!(connected["call_sid"], call);
    let worker: Option<String> = sb
        .bg
        .state
        .store()
        .read(|tx| {
            Ok::<_, ApiError>(tx.query_row(
                "SELECT worker_sid FROM participants WHERE call_sid = ?1",
                [&call],
                |r| r.get(0),
            )?)
        })
        .expect("worker_sid");
    assert_eq!(worker, Some(seed::worker_sid("bob")));
}

#[test]
fn a_rejecting_worker_leg_goes_away() {
    let sb = TestSandbox::new();
    set_worker(&sb, "bob", "reject", 1_000);
    let call = ring(&sb, "client:bob", "consult-bob", &[]);
    assert_eq!(sb.get(&leg(&sb, &call)).1["status"], "ringing");
    sb.advance_ms(1_000);
    let (status, body) = sb.get(&leg(&sb, &call));
    assert_error(status, &body, 404, 20404);
    assert_eq!(conference_status(&sb)["status"], "in-progress");
    // The label is free again once its leg has gone.
    ring(&sb, "client:bob", "consult-bob", &[]);
}

#[test]
fn a_never_answering_leg_times_out() {
    let sb = TestSandbox::new();
    set_worker(&sb, "carol", "never", 2_000);
    let call = ring(&sb, "client:carol", "consult-carol", &[("Timeout", "20")]);
    sb.advance_ms(19_999);
    assert_eq!(sb.get(&leg(&sb, &call)).1["status"], "ringing");
    sb.advance_ms(1);
    let (status, body) = sb.get(&leg(&sb, &call));
    assert_error(status, &body, 404, 20404);
    let (_, list) = sb.get(&conf(&sb, "/Participants.json"));
    assert_eq!(list["participants"].as_array().map(Vec::len), Some(2));
}

#[test]
fn labels_are_validated() {
    let sb = TestSandbox::new();
    let path = conf(&sb, "/Participants.json");
    let long = "x".repeat(129);
    for label in ["a/b", long.as_str(), "CA0123456789abcdef0123456789abcdef"] {
        let (status, body) = sb.post(
            &path,
            &[
                ("From", "+15550109999"),
                ("To", "client:bob"),
                ("Label", label),
            ],
        );
        assert_error(status, &body, 400, 16024);
    }
    let (status, body) = sb.post(
        &path,
        &[
            ("From", "+15550109999"),
            ("To", "client:bob"),
            ("Label", "worker"),
        ],
    );
    assert_error(status, &body, 400, 16026);
    ring(&sb, "client:bob", &"y".repeat(128), &[]);
}

#[test]
fn hold_and_unhold_by_label() {
    let sb = TestSandbox::new();
    let (status, held) = sb.post(&leg(&sb, "customer"), &[("Hold", "true")]);
    assert_eq!(status, StatusCode::OK, "{held}");
    expect_keys(&held, PARTICIPANT_KEYS);
    assert_eq!(held["hold"], true);
    let (_, list) = sb.get(&format!("{}?Hold=true", conf(&sb, "/Participants.json")));
    assert_eq!(list["participants"][0]["label"], "customer");
    let (_, unheld) = sb.post(
        &leg(&sb, "customer"),
        &[
            ("Hold", "false"),
            ("HoldUrl", "https://example.com/hold.xml"),
        ],
    );
    assert_eq!(unheld["hold"], false);
}

#[test]
fn end_conference_on_exit_silently_stays_on_a_held_leg() {
    let sb = TestSandbox::new();
    sb.post(&leg(&sb, "worker"), &[("Hold", "true")]);
    let (status, body) = sb.post(&leg(&sb, "worker"), &[("EndConferenceOnExit", "false")]);
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["end_conference_on_exit"], true);
    // Unholding in the same request is not enough either.
    let (_, body) = sb.post(
        &leg(&sb, "worker"),
        &[("Hold", "false"), ("EndConferenceOnExit", "false")],
    );
    assert_eq!(
        (body["hold"].clone(), body["end_conference_on_exit"].clone()),
        (false.into(), true.into())
    );
    // Unheld, the change takes.
    let (_, body) = sb.post(&leg(&sb, "worker"), &[("EndConferenceOnExit", "false")]);
    assert_eq!(body["end_conference_on_exit"], false);
}

#[test]
fn a_ringing_leg_cannot_be_updated_but_can_be_removed() {
    let sb = TestSandbox::new();
    let call = ring(&sb, "client:bob", "consult-bob", &[]);
    for form in [
        &[("Hold", "true")][..],
        &[("EndConferenceOnExit", "true")][..],
    ] {
        let (status, body) = sb.post(&leg(&sb, &call), form);
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert!(
            body["message"]
                .as_str()
                .unwrap_or("")
                .contains("not connected"),
            "{body}"
        );
    }
    let (status, body) = sb.delete(&leg(&sb, "consult-bob"));
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert!(body.is_null());
    assert_eq!(sb.get(&leg(&sb, &call)).0, StatusCode::NOT_FOUND);
    assert_eq!(conference_status(&sb)["status"], "in-progress");
    let (status, body) = sb.delete(&leg(&sb, &call));
    assert_error(status, &body, 404, 20404);
}

#[test]
fn kicking_a_leg_with_end_conference_on_exit_ends_the_conference() {
    let sb = TestSandbox::new();
    ring(&sb, "client:bob", "consult-bob", &[]);
    let (status, _) = sb.delete(&leg(&sb, "worker"));
    assert_eq!(status, StatusCode::NO_CONTENT);
    let c = conference_status(&sb);
    assert_eq!(c["status"], "completed");
    assert_eq!(
        c["reason_conference_ended"],
        "participant-with-end-conference-on-exit-kicked"
    );
    assert_eq!(c["call_sid_ending_conference"], seed::worker_call_sid());
    let (_, list) = sb.get(&conf(&sb, "/Participants.json"));
    assert_eq!(
        list["participants"].as_array().map(Vec::len),
        Some(0),
        "{list}"
    );
    let (status, body) = sb.post(
        &conf(&sb, "/Participants.json"),
        &[("From", "+15550109999"), ("To", "client:bob")],
    );
    assert_error(status, &body, 400, 16022);
}

#[test]
fn kicking_a_leg_without_end_conference_on_exit_keeps_the_call() {
    let sb = TestSandbox::new();
    let call = ring(&sb, "client:bob", "consult-bob", &[]);
    sb.advance_ms(2_000);
    assert_eq!(sb.get(&leg(&sb, &call)).1["status"], "connected");
    let (status, _) = sb.delete(&leg(&sb, &call));
    assert_eq!(status, StatusCode::NO_CONTENT);
    let c = conference_status(&sb);
    assert_eq!(c["status"], "in-progress");
    assert!(c["reason_conference_ended"].is_null());
    let (_, list) = sb.get(&conf(&sb, "/Participants.json"));
    assert_eq!(list["participants"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_last_connected_leg_leaving_ends_the_conference() {
    let sb = TestSandbox::new();
    for label in ["customer", "worker"] {
        let (status, _) = sb.post(&leg(&sb, label), &[("EndConferenceOnExit", "false")]);
        assert_eq!(status, StatusCode::OK);
    }
    let call = ring(&sb, "client:bob", "consult-bob", &[]);
    sb.delete(&leg(&sb, "worker"));
    assert_eq!(conference_status(&sb)["status"], "in-progress");
    hang_up_customer(&sb);
    let c = conference_status(&sb);
    assert_eq!(c["status"], "completed");
    assert_eq!(c["reason_conference_ended"], "last-participant-left");
    assert_eq!(sb.get(&leg(&sb, &call)).0, StatusCode::NOT_FOUND);
}

#[test]
fn a_customer_hangup_with_end_conference_on_exit_ends_it() {
    let sb = TestSandbox::new();
    hang_up_customer(&sb);
    let c = conference_status(&sb);
    assert_eq!(
        c["reason_conference_ended"],
        "participant-with-end-conference-on-exit-left"
    );
    assert_eq!(c["call_sid_ending_conference"], seed::customer_call_sid());
}

#[test]
fn status_completed_ends_the_conference_via_the_api() {
    let sb = TestSandbox::new();
    let (status, bad) = sb.post(&conf(&sb, ".json"), &[("Status", "in-progress")]);
    assert_error(status, &bad, 400, 20001);
    let (status, body) = sb.post(
        &conf(&sb, ".json"),
        &[
            ("Status", "completed"),
            ("AnnounceUrl", "https://example.com/bye.xml"),
        ],
    );
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "completed");
    assert_eq!(body["reason_conference_ended"], "conference-ended-via-api");
    assert!(body["call_sid_ending_conference"].is_null());
    assert_eq!(sb.get(&leg(&sb, "customer")).0, StatusCode::NOT_FOUND);
    let (_, done) = sb.get(&format!(
        "{}?Status=completed&FriendlyName={}",
        sb.p2010("/Conferences.json"),
        seed::live_task_sid()
    ));
    assert_eq!(done["conferences"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_bad_boolean_is_a_twilio_error_naming_the_parameter() {
    let sb = TestSandbox::new();
    let (status, body) = sb.post(
        &conf(&sb, "/Participants.json"),
        &[
            ("From", "+15550109999"),
            ("To", "client:bob"),
            ("EarlyMedia", "yes"),
        ],
    );
    assert_error(status, &body, 400, 20001);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or("")
            .contains("EarlyMedia"),
        "{body}"
    );
    expect_keys(&body, &["code", "message", "more_info", "status"]);
    let (status, body) = sb.post(&leg(&sb, "worker"), &[("Hold", "1")]);
    assert_error(status, &body, 400, 20001);
    assert!(
        body["message"].as_str().unwrap_or("").contains("Hold"),
        "{body}"
    );
    let (status, body) = sb.post(&conf(&sb, "/Participants.json"), &[("To", "client:bob")]);
    assert_error(status, &body, 400, 20001);
    assert!(
        body["message"].as_str().unwrap_or("").contains("From"),
        "{body}"
    );
}

#[test]
fn unknown_conferences_and_wrong_accounts_are_refused() {
    let sb = TestSandbox::new();
    let unknown = sb.p2010("/Conferences/CF00000000000000000000000000000000.json");
    let (status, body) = sb.get(&unknown);
    assert_error(status, &body, 404, 20404);
    let (status, body) = sb.get(&sb.p2010("/Conferences/CFnot-a-sid-at-all-but-34-chars!!.json"));
    assert_error(status, &body, 404, 20404);
    let (status, body) = sb.post(
        &sb.p2010("/Conferences/CF0000000000000000000000000000000g/Participants.json"),
        &[("From", "+15550109999"), ("To", "client:bob")],
    );
    assert_error(status, &body, 404, 20404);
    let other = "AC00000000000000000000000000000000";
    let (status, body) = sb.get(&format!("/2010-04-01/Accounts/{other}/Conferences.json"));
    assert_error(status, &body, 401, 20003);
    let (status, body) = sb.get("/2010-04-01/Accounts/ACnope/Conferences.json");
    assert_error(status, &body, 400, 20001);
    assert!(body["message"]
        .as_str()
        .unwrap_or("")
        .contains("AccountSid"));
    let (status, body) = sb.get(&sb.p2010("/Conferences/%FF%FE.json"));
    assert_error(status, &body, 404, 20404);
    let (status, body) = sb.delete(&conf(&sb, ".json"));
    assert_error(status, &body, 405, 20004);
    // Without the .json suffix the 2010 API would answer XML, which the sandbox does not speak.
    let (status, _) = sb.get(&conf(&sb, ""));
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn participant_pages_are_visited_once_each() {
    let sb = TestSandbox::new();
    let bob = ring(&sb, "client:bob", "consult-bob", &[]);
    let carol = ring(&sb, "client:carol", "consult-carol", &[]);
    let mut seen = Vec::new();
    let mut next = Some(format!("{}?PageSize=1", conf(&sb, "/Participants.json")));
    while let Some(page) = next {
        let (status, body) = sb.get(&page);
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["page_size"], 1);
        for p in body["participants"].as_array().expect("participants") {
            seen.push(p["call_sid"].as_str().unwrap_or("").to_string());
        }
        next = body["next_page_uri"].as_str().map(str::to_string);
        assert!(seen.len() <= 4, "paging does not end");
    }
    let want = [
        seed::customer_call_sid(),
        seed::worker_call_sid(),
        bob,
        carol,
    ];
    assert_eq!(
        seen.iter().collect::<BTreeSet<_>>(),
        want.iter().collect::<BTreeSet<_>>()
    );
    assert_eq!(seen.len(), 4);
}

#[test]
fn spaces_arrive_as_plus_or_percent_twenty() {
    let sb = TestSandbox::new();
    let path = conf(&sb, "/Participants.json");
    let (status, a) = sb.post_raw(
        &path,
        "From=%2B15550109999&To=client%3Abob&Label=consult+bob&EarlyMedia=true",
    );
    assert_eq!(status, StatusCode::CREATED, "{a}");
    assert_eq!(a["label"], "consult bob");
    let (status, b) = sb.post_raw(
        &path,
        "From=%2B15550109999&To=client%3Acarol&Label=consult%20carol",
    );
    assert_eq!(status, StatusCode::CREATED, "{b}");
    assert_eq!(b["label"], "consult carol");
    let (status, fetched) = sb.get(&leg(&sb, "consult%20bob"));
    assert_eq!(status, StatusCode::OK, "{fetched}");
    assert_eq!(fetched["call_sid"], a["call_sid"]);
}

#[test]
fn a_friendly_name_without_a_live_conference_opens_one() {
    let sb = TestSandbox::new();
    let path = sb.p2010("/Conferences/Team%20Huddle/Participants.json");
    let (status, body) = sb.post(
        &path,
        &[
            ("From", "+15550109999"),
            ("To", "+15550100002"),
            ("Label", "guest"),
        ],
    );
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["queue_time"], "0");
    let cf = body["conference_sid"]
        .as_str()
        .expect("conference_sid")
        .to_string();
    let (_, c) = sb.get(&sb.p2010("/Conferences/Team%20Huddle.json"));
    assert_eq!(
        (c["sid"].as_str(), c["status"].as_str()),
        (Some(cf.as_str()), Some("init"))
    );
    assert_eq!(c["friendly_name"], "Team Huddle");
    sb.advance_ms(2_000);
    let (_, c) = sb.get(&sb.p2010(&format!("/Conferences/{cf}.json")));
    assert_eq!(c["status"], "in-progress");
    // The only leg leaving closes the room; the next participant opens a new one.
    sb.delete(&sb.p2010(&format!("/Conferences/{cf}/Participants/guest.json")));
    let (_, c) = sb.get(&sb.p2010(&format!("/Conferences/{cf}.json")));
    assert_eq!(c["status"], "completed");
    let (status, again) = sb.post(
        &path,
        &[("From", "+15550109999"), ("To", "sip:a@example.com")],
    );
    assert_eq!(status, StatusCode::CREATED, "{again}");
    assert_ne!(again["conference_sid"], cf);
    let (status, bad) = sb.post(&path, &[("From", "+15550109999"), ("To", "bob")]);
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    assert!(bad["message"].as_str().unwrap_or("").contains("'To'"));
}

#[test]
fn coaching_a_held_leg_is_refused() {
    let sb = TestSandbox::new();
    let call = ring(&sb, "client:carol", "coach", &[]);
    sb.advance_ms(2_000);
    sb.post(&leg(&sb, "customer"), &[("Hold", "true")]);
    let customer = seed::customer_call_sid();
    let (status, body) = sb.post(
        &leg(&sb, &call),
        &[("Coaching", "true"), ("CallSidToCoach", customer.as_str())],
    );
    assert_error(status, &body, 400, 16027);
    let worker = seed::worker_call_sid();
    let (status, body) = sb.post(&leg(&sb, &call), &[("CallSidToCoach", worker.as_str())]);
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (body["coaching"].clone(), body["call_sid_to_coach"].clone()),
        (true.into(), worker.into())
    );
}
