//! Tests of `domain::record`.
use super::*;

fn record(status: Status) -> Transfer {
    Transfer {
        id: "t1".into(),
        kind: "agent".into(),
        mode: "warm".into(),
        status,
        from: Party {
            name: Some("alice".into()),
            ..Party::default()
        },
        to: Party {
            name: Some("bob".into()),
            ..Party::default()
        },
        consult: Consult::default(),
        reason: None,
        started_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
        ended_at: None,
        owner: None,
        note: None,
    }
}

#[test]
fn a_record_written_before_notes_still_reads_and_a_note_round_trips() {
    let old = serde_json::json!({"flexctl": {"transfers": [{
        "id": "t0", "kind": "agent", "mode": "warm", "status": "completed",
        "from": {"name": "alice"}, "to": {"name": "bob"},
        "started_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}]}});
    let read = transfers(&old);
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].note, None);
    // No note, no key: records without one are written as before.
    let plain = serde_json::to_value(record(Status::Ringing)).unwrap();
    assert!(plain.get("note").is_none(), "{plain}");
    let noted = Transfer {
        note: Some("call back at 5".into()),
        ..record(Status::Ringing)
    };
    let v = serde_json::to_value(&noted).unwrap();
    assert_eq!(v["note"], "call back at 5");
    assert_eq!(serde_json::from_value::<Transfer>(v).unwrap(), noted);
}

#[test]
fn other_attributes_stay_byte_for_byte() {
    let raw = "{ \"b\" : 1.50,\n  \"a\": {\"x\": [1, 2, \"}\"]}, \"flexctl\": {\"keep\": true, \"transfers\": []} ,\"z\":null }";
    let out = with_transfers(raw, &[record(Status::Ringing)]).unwrap();
    assert!(
        out.starts_with("{ \"b\" : 1.50,\n  \"a\": {\"x\": [1, 2, \"}\"]}, \"flexctl\": {"),
        "{out}"
    );
    assert!(out.ends_with(" ,\"z\":null }"), "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["flexctl"]["keep"], true);
    assert_eq!(active(&v).unwrap().status, Status::Ringing);
}

#[test]
fn adds_the_member_when_absent() {
    let raw = "{\"conference\": {\"sid\": \"CF1\"}}";
    let out = with_transfers(raw, &[record(Status::Completed)]).unwrap();
    assert!(
        out.starts_with("{\"conference\": {\"sid\": \"CF1\"},\"flexctl\":"),
        "{out}"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(active(&v).is_none());
    assert_eq!(transfers(&v).len(), 1);
    assert_eq!(
        with_transfers("{}", &[]).unwrap(),
        "{\"flexctl\":{\"transfers\":[]}}"
    );
    assert_eq!(
        with_transfers("", &[]).unwrap(),
        "{\"flexctl\":{\"transfers\":[]}}"
    );
}

#[test]
fn escaped_keys_and_bad_input() {
    let raw = r#"{"fle\"xctl": 1, "flexctl": 2}"#;
    let out = with_transfers(raw, &[]).unwrap();
    assert!(out.starts_with(r#"{"fle\"xctl": 1, "flexctl": {"#), "{out}");
    assert!(with_transfers("[1,2]", &[]).is_err());
    assert!(with_transfers("{\"a\":", &[]).is_err());
}

#[test]
fn who_runs_a_transfer() {
    let owner = Owner {
        host: "ops1".into(),
        pid: 42,
        started: 1000,
        lease_until: "2026-01-01T00:00:20Z".into(),
    };
    let cases = [
        (None, "ops1", None, "2026-01-01T00:00:10Z", "parked"),
        (
            Some(&owner),
            "ops1",
            Some(1000),
            "2026-01-01T00:00:10Z",
            "running",
        ),
        // Same host: the process decides, whatever the lease says.
        (
            Some(&owner),
            "ops1",
            Some(1000),
            "2026-01-01T00:09:00Z",
            "running",
        ),
        (
            Some(&owner),
            "ops1",
            None,
            "2026-01-01T00:00:10Z",
            "abandoned",
        ),
        (
            Some(&owner),
            "ops1",
            Some(999),
            "2026-01-01T00:00:10Z",
            "abandoned",
        ),
        // Another host: only the lease.
        (
            Some(&owner),
            "ops2",
            None,
            "2026-01-01T00:00:20Z",
            "running",
        ),
        (
            Some(&owner),
            "ops2",
            None,
            "2026-01-01T00:00:21Z",
            "abandoned",
        ),
    ];
    for (o, host, started, at, want) in cases {
        let at: jiff::Timestamp = at.parse().unwrap();
        let got = match liveness(o, host, started, at) {
            Liveness::Parked => "parked",
            Liveness::Running => "running",
            Liveness::Abandoned(_) => "abandoned",
        };
        assert_eq!(got, want, "{o:?} on {host} at {at}");
    }
}

#[test]
fn a_lease_is_renewed_before_it_can_lapse() {
    let at = |t: &str| t.parse::<jiff::Timestamp>().unwrap();
    let owner = Owner {
        host: "ops1".into(),
        pid: 42,
        started: 1000,
        lease_until: "2026-01-01T00:00:15Z".into(),
    };
    assert!(lease_due(None, at("2026-01-01T00:00:00Z")));
    assert!(!lease_due(Some(&owner), at("2026-01-01T00:00:00Z")));
    assert!(!lease_due(Some(&owner), at("2026-01-01T00:00:05Z")));
    assert!(lease_due(Some(&owner), at("2026-01-01T00:00:06Z")));
    assert!(lease_due(Some(&owner), at("2026-01-01T00:00:20Z")));
}

#[test]
fn terminal_statuses_end_the_record() {
    let mut t = record(Status::Initiated);
    assert!(t.status.is_active());
    t.set_status(Status::Canceled, "2026-01-01T00:01:00Z");
    assert_eq!(t.ended_at.as_deref(), Some("2026-01-01T00:01:00Z"));
    assert!(!t.status.is_active());
}

#[test]
fn a_record_to_a_number_round_trips_and_older_records_read_without_one() {
    let old = serde_json::json!({
        "id": "t1", "kind": "agent", "mode": "warm", "status": "completed",
        "from": {"worker_sid": "WKa", "name": "alice"}, "to": {"worker_sid": "WKb", "name": "bob"},
        "started_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"
    });
    let t: Transfer = serde_json::from_value(old.clone()).unwrap();
    assert_eq!(t.to.number, None);
    // Written back, an old record gains no field.
    let back = serde_json::to_value(&t).unwrap();
    assert!(back["to"].get("number").is_none(), "{back}");
    let mut new = old;
    new["kind"] = "number".into();
    new["to"] = serde_json::json!({"number": "+15550100777", "name": "+15550100777"});
    let t: Transfer = serde_json::from_value(new).unwrap();
    assert_eq!(t.to.number.as_deref(), Some("+15550100777"));
    assert_eq!(
        serde_json::to_value(&t).unwrap()["to"]["number"],
        "+15550100777"
    );
}
