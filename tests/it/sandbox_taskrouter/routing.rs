//! TaskRouter routing and statistics in the sandbox: stale queues, the 30-day quirk,
//! rerouting, task timeouts, task lists, bad SIDs, the control API.

use super::*;

#[test]
fn cumulative_statistics_show_the_stale_queues() {
    let sb = TestSandbox::new();
    let esc = cumulative(&sb, "Escalations", 43_200);
    assert_eq!(esc["tasks_entered"], 0);
    assert_eq!(cumulative(&sb, "Retention", 43_200)["tasks_entered"], 0);
    let support = cumulative(&sb, "Support", 43_200);
    assert!(support["tasks_entered"].as_i64().unwrap() > 0);
    assert!(support["reservations_accepted"].as_i64().unwrap() > 0);
    assert!(support["avg_task_acceptance_time"].as_i64().unwrap() > 0);
    assert_has(
        &support,
        &[
            "account_sid",
            "start_time",
            "end_time",
            "reservations_created",
            "reservations_rejected",
            "reservations_timed_out",
            "reservations_rescinded",
            "split_by_wait_time",
            "task_queue_sid",
            "wait_duration_until_accepted",
            "wait_duration_until_canceled",
            "wait_duration_in_queue_until_accepted",
            "tasks_deleted",
            "tasks_moved",
            "workspace_sid",
            "url",
        ],
    );
    assert_has(
        &support["wait_duration_until_accepted"],
        &["avg", "min", "max", "total"],
    );

    let q = seed::queue_sid("Support");
    let too_old = "2000-01-01T00:00:00Z";
    let (s, e) = sb.get(&sb.pv1(&format!(
        "/TaskQueues/{q}/CumulativeStatistics?StartDate={too_old}"
    )));
    assert_eq!(
        (s, e["code"].as_i64()),
        (StatusCode::BAD_REQUEST, Some(14241))
    );
    for bad in ["Minutes=0", "Minutes=43201", "EndDate=yesterday"] {
        let (s, _) = sb.get(&sb.pv1(&format!("/TaskQueues/{q}/CumulativeStatistics?{bad}")));
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
    }
    let (s, split) = sb.get(&sb.pv1(&format!(
        "/TaskQueues/{q}/CumulativeStatistics?Minutes=43200&SplitByWaitTime=10,20"
    )));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        split["split_by_wait_time"]["20"]["below"]["reservations_accepted"],
        8
    );
}

#[test]
fn all_queue_statistics_in_one_response_and_real_time_statistics() {
    let sb = TestSandbox::new();
    let (s, list) = sb.get(&sb.pv1("/TaskQueues/Statistics?Minutes=43200"));
    assert_eq!(s, StatusCode::OK, "{list}");
    assert_eq!(list["meta"]["key"], "task_queues_statistics");
    let items = list["task_queues_statistics"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    for item in items {
        assert_has(
            item,
            &[
                "account_sid",
                "cumulative",
                "realtime",
                "task_queue_sid",
                "workspace_sid",
            ],
        );
        let entered = item["cumulative"]["tasks_entered"].as_i64().unwrap();
        let stale = [seed::queue_sid("Escalations"), seed::queue_sid("Retention")]
            .contains(&item["task_queue_sid"].as_str().unwrap().to_string());
        assert_eq!(entered == 0, stale, "{item}");
    }
    let (_, one) = sb.get(&sb.pv1("/TaskQueues/Statistics?FriendlyName=Sales"));
    assert_eq!(
        one["task_queues_statistics"].as_array().map(Vec::len),
        Some(1)
    );

    let q = seed::queue_sid("Support");
    let (s, rt) = sb.get(&sb.pv1(&format!("/TaskQueues/{q}/RealTimeStatistics")));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(rt["total_eligible_workers"], 3, "alice, bob, carol");
    assert_eq!(
        rt["total_available_workers"], 2,
        "alice is on the live call"
    );
    assert_eq!(rt["tasks_by_status"]["assigned"], 1);
    assert_eq!(rt["total_tasks"], 1);
    let by_activity: Vec<(String, i64)> = rt["activity_statistics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["friendly_name"].as_str().unwrap().to_string(),
                a["workers"].as_i64().unwrap(),
            )
        })
        .collect();
    assert!(
        by_activity.contains(&("Available".into(), 3)),
        "{by_activity:?}"
    );
    assert!(
        by_activity.contains(&("Offline".into(), 0)),
        "dave is offline but not eligible for Support: {by_activity:?}"
    );

    let t = via_workflow(&sb, r#"{"queue":"Sales"}"#);
    sb.advance_ms(7_000);
    let (_, rt) = sb.get(&sb.pv1(&format!(
        "/TaskQueues/{}/RealTimeStatistics",
        seed::queue_sid("Sales")
    )));
    assert_eq!(rt["tasks_by_status"]["pending"], 1);
    assert_eq!(rt["longest_task_waiting_sid"], t["sid"]);
    assert_eq!(rt["longest_task_waiting_age"], 7);
    let (s, combined) = sb.get(&sb.pv1(&format!("/TaskQueues/{q}/Statistics")));
    assert_eq!(s, StatusCode::OK);
    assert!(combined["url"].as_str().unwrap().ends_with("/Statistics"));
}

#[test]
fn a_consult_task_to_a_stale_queue_is_canceled_until_the_queue_is_used() {
    let sb = TestSandbox::new();
    let consult = r#"{"queue":"Escalations","flexctl":{"kind":"consult"}}"#;
    let t = via_workflow(&sb, consult);
    assert_eq!(t["assignment_status"], "canceled");
    assert!(
        t["reason"]
            .as_str()
            .unwrap()
            .contains("inactive for 30 days"),
        "{t}"
    );
    assert_eq!(t["task_queue_friendly_name"], "Escalations");
    assert!(reservations(&sb, t["sid"].as_str().unwrap()).is_empty());
    // Flex's native transfers hit it too, also when routed straight to the queue.
    let esc = seed::queue_sid("Escalations");
    let native = create_task(
        &sb,
        &[
            ("TaskQueueSid", &esc),
            ("Attributes", r#"{"transferTargetType":"queue"}"#),
        ],
    );
    assert_eq!(native["assignment_status"], "canceled");
    assert_eq!(cumulative(&sb, "Escalations", 43_200)["tasks_entered"], 0);

    // An ordinary task resets the queue (then leaves, as flexctl's reset does).
    let ordinary = via_workflow(&sb, r#"{"queue":"Escalations","flexctl":{"kind":"reset"}}"#);
    assert_eq!(ordinary["assignment_status"], "reserved");
    let (s, _) = sb.post(
        &sb.pv1(&format!("/Tasks/{}", ordinary["sid"].as_str().unwrap())),
        &[("AssignmentStatus", "canceled"), ("Reason", "queue reset")],
    );
    assert_eq!(s, StatusCode::OK);
    assert_eq!(cumulative(&sb, "Escalations", 43_200)["tasks_entered"], 1);

    let again = via_workflow(&sb, consult);
    let status = again["assignment_status"].as_str().unwrap();
    assert!(status == "pending" || status == "reserved", "{again}");
    assert_eq!(
        reservations(&sb, again["sid"].as_str().unwrap())[0]["worker_name"],
        "carol"
    );
}

#[test]
fn rejected_and_timed_out_reservations_are_rerouted() {
    let sb = TestSandbox::new();
    let (bob, carol) = (seed::worker_sid("bob"), seed::worker_sid("carol"));
    sql(
        &sb,
        &format!(
            "UPDATE workers SET sim_behavior = 'reject', sim_delay_ms = 1000 WHERE sid = '{bob}';
             UPDATE workers SET sim_behavior = 'never' WHERE sid = '{carol}';"
        ),
    );
    let t = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let sid = t["sid"].as_str().unwrap();
    // Reject after 1 s, timeout after the workflow's 30 s: one clock jump plays both out.
    sb.advance_ms(45_000);
    let res = reservations(&sb, sid);
    let mut outcomes: Vec<(String, String)> = res
        .iter()
        .map(|r| {
            (
                r["worker_name"].as_str().unwrap().to_string(),
                r["reservation_status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    outcomes.sort();
    assert_eq!(
        outcomes,
        [
            ("bob".into(), "rejected".into()),
            ("carol".into(), "timeout".into())
        ]
    );
    assert_eq!(task(&sb, sid)["assignment_status"], "pending");
    let stats = cumulative(&sb, "Billing", 5);
    assert_eq!(stats["reservations_created"], 2);
    assert_eq!(stats["reservations_rejected"], 1);
    assert_eq!(stats["reservations_timed_out"], 1);

    // A reservation rejected through the API goes to the next worker at once.
    sql(&sb, "UPDATE workers SET sim_behavior = 'never'");
    let t = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let sid = t["sid"].as_str().unwrap();
    let first = reservations(&sb, sid)[0].clone();
    let rpath = sb.pv1(&format!(
        "/Tasks/{sid}/Reservations/{}",
        first["sid"].as_str().unwrap()
    ));
    let (s, r) = sb.post(&rpath, &[("ReservationStatus", "rejected")]);
    assert_eq!(
        (s, r["reservation_status"].as_str()),
        (StatusCode::OK, Some("rejected"))
    );
    let after = reservations(&sb, sid);
    assert_eq!(after.len(), 2);
    assert_ne!(after[1]["worker_sid"], first["worker_sid"]);
    let second = after[1]["sid"].as_str().unwrap();
    let (s, r) = sb.post(
        &sb.pv1(&format!("/Tasks/{sid}/Reservations/{second}")),
        &[("ReservationStatus", "accepted")],
    );
    assert_eq!(
        (s, r["reservation_status"].as_str()),
        (StatusCode::OK, Some("accepted"))
    );
    assert_eq!(task(&sb, sid)["assignment_status"], "assigned");
    let (s, _) = sb.post(&rpath, &[("ReservationStatus", "accepted")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[test]
fn a_waiting_task_reaches_a_worker_who_becomes_available_and_ttl_cancels() {
    let sb = TestSandbox::new();
    let t = via_workflow(&sb, r#"{"queue":"Sales"}"#);
    assert_eq!(t["assignment_status"], "pending");
    let erin = seed::worker_sid("erin");
    let path = sb.pv1(&format!("/Workers/{erin}"));
    let (s, w, etag) = send_etag(
        &sb,
        reqwest::Method::POST,
        &path,
        &[("ActivitySid", &seed::activity_sid("Available"))],
        None,
    );
    assert_eq!(s, StatusCode::OK, "{w}");
    assert_eq!(w["activity_name"], "Available");
    assert_eq!(w["available"], true);
    let etag = etag.expect("a worker has an ETag");
    assert_ne!(etag, "\"0\"");
    let (s, _, _) = send_etag(
        &sb,
        reqwest::Method::POST,
        &path,
        &[("FriendlyName", "erin2")],
        Some("\"0\""),
    );
    assert_eq!(s, StatusCode::PRECONDITION_FAILED);
    assert_eq!(
        task(&sb, t["sid"].as_str().unwrap())["assignment_status"],
        "reserved"
    );
    let (s, _) = sb.post(&path, &[("ActivitySid", "WAnope")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = sb.post(&path, &[("FriendlyName", "BOB")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // Nobody answers: the task waits on a reservation until its own timeout cancels it.
    sql(&sb, "UPDATE workers SET sim_behavior = 'never'");
    let short = create_task(
        &sb,
        &[
            ("TaskQueueSid", &seed::queue_sid("Retention")),
            ("Timeout", "5"),
            ("Attributes", r#"{"n":1}"#),
        ],
    );
    sb.advance_ms(6_000);
    let gone = task(&sb, short["sid"].as_str().unwrap());
    assert_eq!(gone["assignment_status"], "canceled");
    assert_eq!(gone["reason"], "Task TTL Exceeded");
}

#[test]
fn task_lists_filter_and_show_attributes() {
    let sb = TestSandbox::new();
    via_workflow(&sb, r#"{"queue":"Sales","vip":true}"#);
    via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let list = |q: &str| {
        let (s, v) = sb.get(&sb.pv1(&format!("/Tasks?{q}")));
        assert_eq!(s, StatusCode::OK, "{q}: {v}");
        v["tasks"].as_array().cloned().unwrap_or_default()
    };
    let assigned = list("AssignmentStatus=assigned");
    assert_eq!(assigned.len(), 1);
    assert_eq!(assigned[0]["sid"], seed::live_task_sid().as_str());
    assert!(assigned[0]["attributes"]
        .as_str()
        .unwrap()
        .contains("conference"));
    assert_eq!(
        list("AssignmentStatus=pending&AssignmentStatus=reserved").len(),
        2
    );
    assert_eq!(list("TaskQueueName=sales").len(), 1);
    assert_eq!(
        list(&format!("TaskQueueSid={}", seed::queue_sid("Support"))).len(),
        1
    );
    assert_eq!(list("WorkflowName=Demo%20Workflow").len(), 3);
    assert_eq!(list("EvaluateTaskAttributes=vip%20%3D%3D%20true").len(), 1);
    let desc = list("Ordering=DateCreated:desc");
    assert_eq!(desc.last().unwrap()["sid"], seed::live_task_sid().as_str());
    for bad in [
        "AssignmentStatus=nope",
        "EvaluateTaskAttributes=vip%20%3D%3D",
        "Ordering=Size:asc",
        "TaskQueueSid=WQ1",
    ] {
        let (s, e) = sb.get(&sb.pv1(&format!("/Tasks?{bad}")));
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}: {e}");
    }
}

#[test]
fn bad_and_unknown_sids() {
    let sb = TestSandbox::new();
    let (s, e) = sb.get("/v1/Workspaces/WSnope/Workers");
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        e["message"].as_str().unwrap().contains("WorkspaceSid"),
        "{e}"
    );
    let (s, e) = sb.get(&sb.pv1("/Workers/WK123"));
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["message"].as_str().unwrap().contains("Sid"), "{e}");
    let (s, e) = sb.get(&sb.pv1("/TaskQueues/WKbad/CumulativeStatistics"));
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        e["message"].as_str().unwrap().contains("TaskQueueSid"),
        "{e}"
    );
    let (s, e) = sb.get(&sb.pv1(&format!(
        "/Tasks/{}/Reservations/WRx",
        seed::live_task_sid()
    )));
    assert_eq!(s, StatusCode::BAD_REQUEST, "{e}");

    let unknown_ws = format!("WS{}", "0".repeat(32));
    let unknown_wk = format!("WK{}", "0".repeat(32));
    for path in [
        format!("/v1/Workspaces/{unknown_ws}"),
        format!("/v1/Workspaces/{unknown_ws}/Workers"),
        sb.pv1(&format!("/Workers/{unknown_wk}")),
        sb.pv1(&format!("/Tasks/WT{}", "1".repeat(32))),
        sb.pv1(&format!(
            "/TaskQueues/WQ{}/RealTimeStatistics",
            "2".repeat(32)
        )),
    ] {
        let (s, e) = sb.get(&path);
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(e["code"], 20404, "{path}");
        assert_eq!(e["status"], 404);
    }
}

#[test]
fn the_control_api_can_make_a_worker_answer_now() {
    use flexctl::sandbox::clock;
    use flexctl::sandbox::http::ApiError;
    use flexctl::sandbox::taskrouter::routing;

    let sb = TestSandbox::new();
    sql(&sb, "UPDATE workers SET sim_behavior = 'never'");
    let t = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let sid = t["sid"].as_str().unwrap();
    let worker = reservations(&sb, sid)[0]["worker_sid"]
        .as_str()
        .unwrap()
        .to_string();
    let answered = sb
        .bg
        .state
        .store()
        .write(|tx| {
            let now = clock::now(tx)?;
            routing::respond_now(tx, &worker, None, now)
        })
        .map_err(|e: ApiError| e.to_string())
        .expect("respond now");
    assert_eq!(answered, 1);
    assert_eq!(task(&sb, sid)["assignment_status"], "assigned");
    assert_eq!(reservations(&sb, sid)[0]["reservation_status"], "accepted");
}
