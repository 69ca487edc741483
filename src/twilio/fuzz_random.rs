//! Random bodies (generated JSON, wrong types, missing fields, truncations) against every
//! call: each fails cleanly or decodes, never panics.

use super::*;

/// Any JSON value: the wrong types the decoders may meet in place of the right one.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "",
            "pending",
            "in-progress",
            "Sat, 19 Feb 2011",
            "9999-99-99T99:99:99Z",
            "-1",
            "18446744073709551616",
            "1e400",
            "{\"a\":",
            "[[[[",
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The universal body with some fields replaced by random values (or removed), as one
/// resource or inside every list.
fn mutated() -> impl Strategy<Value = Value> {
    let fields = prop::collection::vec(
        (
            prop::sample::select(vec![
                "sid",
                "call_sid",
                "friendly_name",
                "status",
                "hold",
                "attributes",
                "configuration",
                "date_created",
                "date_updated",
                "priority",
                "age",
                "max_reserved_workers",
                "tasks_entered",
                "tasks_by_status",
                "cumulative",
                "realtime",
                "available",
                "label",
                "task_queue_sid",
                "meta",
                "next_page_uri",
                "tasks",
                "conferences",
                "participants",
                "task_queues_statistics",
            ]),
            prop::option::of(arb_json()),
        ),
        1..6,
    );
    (fields, any::<bool>()).prop_map(|(fields, in_items)| {
        let mut v = universal();
        let apply = |obj: &mut Value| {
            for (k, val) in &fields {
                match val {
                    Some(val) => obj[*k] = val.clone(),
                    None => {
                        obj.as_object_mut().unwrap().remove(*k);
                    }
                }
            }
        };
        if in_items {
            for list in v.as_object_mut().unwrap().values_mut() {
                if let Some(items) = list.as_array_mut() {
                    items.iter_mut().for_each(apply);
                }
            }
        } else {
            apply(&mut v);
        }
        v
    })
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 64,
        ..Config::default()
    })
}

#[test]
fn random_wrong_types_and_missing_fields_fail_cleanly() {
    let (rt, slot, c) = setup();
    runner(48)
        .run(&(mutated(), 0..CALLS.len()), |(body, i)| {
            *slot.lock().unwrap() = (200, "application/json", body.to_string().into_bytes());
            let r = rt.block_on(call(&c, i));
            judge(CALLS[i], &r).map_err(TestCaseError::fail)
        })
        .unwrap();
}

#[test]
fn truncated_and_garbled_bodies_fail_cleanly() {
    let (rt, slot, c) = setup();
    let full = universal().to_string().into_bytes();
    let n = full.len();
    let strategy = (
        0..n,
        prop::collection::vec((0..n, any::<u8>()), 0..4),
        prop::sample::select(vec![200u16, 201, 400, 404, 429, 500, 502]),
        0..CALLS.len(),
    );
    runner(64)
        .run(&strategy, |(cut, flips, status, i)| {
            let mut body = full.clone();
            for (at, byte) in flips {
                body[at] = byte;
            }
            body.truncate(cut);
            *slot.lock().unwrap() = (status, "application/json", body);
            let r = rt.block_on(call(&c, i));
            judge(CALLS[i], &r).map_err(TestCaseError::fail)
        })
        .unwrap();
}

/// The wire types and their conversions straight from random JSON, without HTTP.
#[test]
fn wire_decoders_take_any_json() {
    fn take<T: serde::de::DeserializeOwned>(v: &Value) -> Option<T> {
        serde_json::from_value(v.clone()).ok()
    }
    runner(256)
        .run(&prop_oneof![arb_json(), mutated()], |v| {
            let _: Option<Conference> = take::<WConference>(&v).map(Into::into);
            let _: Option<Participant> = take::<WParticipant>(&v).map(Into::into);
            let _: Option<Workspace> = take::<WWorkspace>(&v).map(Into::into);
            let _: Option<Activity> = take::<WActivity>(&v).map(Into::into);
            let _: Option<Worker> = take::<WWorker>(&v).map(Into::into);
            let _: Option<Queue> = take::<WQueue>(&v).map(Into::into);
            let _: Option<QueueStats> = take::<WQueueStatistics>(&v).map(Into::into);
            let _: Option<Workflow> = take::<WWorkflow>(&v).map(Into::into);
            let _: Option<Reservation> = take::<WReservation>(&v).map(Into::into);
            let _ = take::<WTask>(&v).map(|t| t.into_domain(None));
            let _ = take::<WCumulative>(&v).map(|c| c.into_domain(WQ));
            let _ = take::<WRealTime>(&v).map(|r| r.into_domain(WQ));
            let e = Error::from_response(500, v.to_string().as_bytes());
            judge("from_response", &Err(e)).map_err(TestCaseError::fail)
        })
        .unwrap();
}
