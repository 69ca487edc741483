//! The sandbox's TaskRouter v1 API over HTTP: shapes, filters, paging, ETags, routing with
//! simulated workers, statistics and the 30-day stale-queue quirk.

use std::collections::HashSet;

use flexctl::sandbox::seed;
use flexctl::sandbox::store::StoreError;
use reqwest::StatusCode;
use serde_json::Value;

use crate::common::TestSandbox;

fn keys(v: &Value) -> HashSet<String> {
    v.as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

fn assert_has(v: &Value, want: &[&str]) {
    let have = keys(v);
    for k in want {
        assert!(have.contains(*k), "missing {k} in {v}");
    }
}

fn names(list: &Value) -> Vec<String> {
    let mut v: Vec<String> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|x| x["friendly_name"].as_str().unwrap_or("").to_string())
        .collect();
    v.sort();
    v
}

/// A request with an optional If-Match, answering status, body and ETag.
fn send_etag(
    sb: &TestSandbox,
    method: reqwest::Method,
    path: &str,
    form: &[(&str, &str)],
    if_match: Option<&str>,
) -> (StatusCode, Value, Option<String>) {
    let mut req = sb
        .client
        .request(method, format!("{}{path}", sb.base()))
        .basic_auth(sb.account(), Some(sb.token()));
    if !form.is_empty() {
        req = req.form(form);
    }
    if let Some(tag) = if_match {
        req = req.header("If-Match", tag);
    }
    let resp = req.send().expect("request");
    let status = resp.status();
    let etag = resp
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let text = resp.text().unwrap_or_default();
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    (status, body, etag)
}

fn sql(sb: &TestSandbox, stmt: &str) {
    sb.bg
        .state
        .store()
        .write(|tx| {
            tx.execute_batch(stmt)?;
            Ok::<_, StoreError>(())
        })
        .expect("sql");
}

fn create_task(sb: &TestSandbox, form: &[(&str, &str)]) -> Value {
    let (s, t) = sb.post(&sb.pv1("/Tasks"), form);
    assert_eq!(s, StatusCode::CREATED, "{t}");
    t
}

fn via_workflow(sb: &TestSandbox, attrs: &str) -> Value {
    let wf = seed::workflow_sid();
    create_task(sb, &[("WorkflowSid", &wf), ("Attributes", attrs)])
}

fn task(sb: &TestSandbox, sid: &str) -> Value {
    let (s, t) = sb.get(&sb.pv1(&format!("/Tasks/{sid}")));
    assert_eq!(s, StatusCode::OK, "{t}");
    t
}

fn reservations(sb: &TestSandbox, task: &str) -> Vec<Value> {
    let (s, r) = sb.get(&sb.pv1(&format!("/Tasks/{task}/Reservations")));
    assert_eq!(s, StatusCode::OK, "{r}");
    r["reservations"].as_array().cloned().unwrap_or_default()
}

fn cumulative(sb: &TestSandbox, queue: &str, minutes: u32) -> Value {
    let path = sb.pv1(&format!(
        "/TaskQueues/{}/CumulativeStatistics?Minutes={minutes}",
        seed::queue_sid(queue)
    ));
    let (s, v) = sb.get(&path);
    assert_eq!(s, StatusCode::OK, "{v}");
    v
}

#[test]
fn resources_list_and_fetch_in_the_spec_shapes() {
    let sb = TestSandbox::new();
    let (s, list) = sb.get("/v1/Workspaces");
    assert_eq!(s, StatusCode::OK);
    assert_eq!(list["meta"]["key"], "workspaces");
    let ws = &list["workspaces"][0];
    assert_has(
        ws,
        &[
            "account_sid",
            "date_created",
            "date_updated",
            "default_activity_name",
            "default_activity_sid",
            "event_callback_url",
            "events_filter",
            "friendly_name",
            "multi_task_enabled",
            "sid",
            "timeout_activity_name",
            "timeout_activity_sid",
            "prioritize_queue_order",
            "url",
            "links",
        ],
    );
    assert_eq!(ws["friendly_name"], seed::WORKSPACE_NAME);
    assert_eq!(ws["default_activity_name"], "Offline");
    assert_eq!(ws["account_sid"], sb.account().as_str());
    assert_eq!(ws["url"], format!("{}{}", sb.base(), sb.pv1("")).as_str());
    let (s, one) = sb.get(&sb.pv1(""));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(&one, ws);
    let (_, filtered) = sb.get("/v1/Workspaces?FriendlyName=Nope");
    assert_eq!(filtered["workspaces"].as_array().map(Vec::len), Some(0));

    let (_, acts) = sb.get(&sb.pv1("/Activities"));
    assert_eq!(
        names(&acts["activities"]),
        ["Available", "Break", "Offline", "Unavailable"]
    );
    assert_has(
        &acts["activities"][0],
        &[
            "account_sid",
            "available",
            "date_created",
            "date_updated",
            "friendly_name",
            "sid",
        ],
    );
    let (_, avail) = sb.get(&sb.pv1("/Activities?Available=true"));
    assert_eq!(names(&avail["activities"]), ["Available"]);

    let (_, queues) = sb.get(&sb.pv1("/TaskQueues"));
    assert_eq!(
        names(&queues["task_queues"]),
        ["Billing", "Escalations", "Retention", "Sales", "Support"]
    );
    let (_, billing) = sb.get(&sb.pv1("/TaskQueues?FriendlyName=billing"));
    let q = &billing["task_queues"][0];
    assert_eq!(q["sid"], seed::queue_sid("Billing").as_str());
    assert_eq!(q["target_workers"], "skills HAS \"billing\"");
    assert_eq!(q["assignment_activity_name"], "Available");
    assert_has(
        q,
        &[
            "max_reserved_workers",
            "reservation_activity_sid",
            "reservation_activity_name",
            "task_order",
            "workspace_sid",
            "links",
        ],
    );
    let (s, fetched) = sb.get(&sb.pv1(&format!("/TaskQueues/{}", seed::queue_sid("Billing"))));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(&fetched, q);

    let (_, wfs) = sb.get(&sb.pv1("/Workflows?FriendlyName=Demo%20Workflow"));
    let wf = &wfs["workflows"][0];
    assert_eq!(wf["sid"], seed::workflow_sid().as_str());
    assert_eq!(wf["task_reservation_timeout"], 30);
    let config: Value = serde_json::from_str(
        wf["configuration"]
            .as_str()
            .expect("configuration is a string"),
    )
    .expect("configuration is JSON");
    assert_eq!(
        config["task_routing"]["default_filter"]["queue"],
        seed::queue_sid("Support").as_str()
    );
    let (s, one) = sb.get(&sb.pv1(&format!("/Workflows/{}", seed::workflow_sid())));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(one["document_content_type"], "application/json");
}

#[test]
fn worker_lists_hide_attributes_but_a_fetch_shows_them() {
    let sb = TestSandbox::new();
    let (s, list) = sb.get(&sb.pv1("/Workers"));
    assert_eq!(s, StatusCode::OK);
    let workers = list["workers"].as_array().expect("workers");
    assert_eq!(workers.len(), 5);
    for w in workers {
        assert!(w["attributes"].is_null(), "lists show no attributes: {w}");
        assert_has(
            w,
            &[
                "account_sid",
                "activity_name",
                "activity_sid",
                "available",
                "date_created",
                "date_status_changed",
                "date_updated",
                "friendly_name",
                "sid",
                "workspace_sid",
                "url",
                "links",
            ],
        );
    }
    let alice = seed::worker_sid("alice");
    let (status, w, etag) = send_etag(
        &sb,
        reqwest::Method::GET,
        &sb.pv1(&format!("/Workers/{alice}")),
        &[],
        None,
    );
    assert_eq!(status, StatusCode::OK);
    assert!(etag.is_some());
    let attrs: Value = serde_json::from_str(w["attributes"].as_str().unwrap()).unwrap();
    assert_eq!(attrs["contact_uri"], "client:alice");
}

#[test]
fn worker_pages_follow_absolute_next_links_and_visit_everyone_once() {
    let sb = TestSandbox::new();
    let mut next = Some(format!("{}{}?PageSize=2", sb.base(), sb.pv1("/Workers")));
    let mut seen = Vec::new();
    let mut pages = 0;
    while let Some(url) = next {
        assert!(url.starts_with(sb.base()), "{url} is on the sandbox origin");
        let (s, page) = sb.get(&url);
        assert_eq!(s, StatusCode::OK, "{page}");
        assert_eq!(page["meta"]["page_size"], 2);
        for w in page["workers"].as_array().unwrap() {
            seen.push(w["sid"].as_str().unwrap().to_string());
        }
        next = page["meta"]["next_page_url"].as_str().map(String::from);
        pages += 1;
        assert!(pages < 10);
    }
    assert_eq!(pages, 3);
    let unique: HashSet<_> = seen.iter().cloned().collect();
    assert_eq!(seen.len(), 5);
    assert_eq!(unique.len(), 5);
}

#[test]
fn worker_filters() {
    let sb = TestSandbox::new();
    let get = |q: &str| {
        let (s, v) = sb.get(&sb.pv1(&format!("/Workers?{q}")));
        assert_eq!(s, StatusCode::OK, "{q}: {v}");
        names(&v["workers"])
    };
    assert_eq!(get("Available=true"), ["alice", "bob", "carol"]);
    assert_eq!(get("Available=1"), ["alice", "bob", "carol"]);
    assert_eq!(get("Available=false"), ["dave", "erin"]);
    assert_eq!(get("TaskQueueName=Billing"), ["bob", "carol"]);
    let esc = seed::queue_sid("Escalations");
    assert_eq!(get(&format!("TaskQueueSid={esc}")), ["carol"]);
    assert_eq!(get("ActivityName=offline"), ["dave"]);
    assert_eq!(
        get(&format!("ActivitySid={}", seed::activity_sid("Break"))),
        ["erin"]
    );
    assert_eq!(get("FriendlyName=BOB"), ["bob"]);
    assert_eq!(
        get("TargetWorkersExpression=routing.skills%20HAS%20%27retention%27"),
        ["bob"]
    );
    assert_eq!(
        get("TargetWorkersExpression=name%20IN%20%5B%27dave%27%5D"),
        ["dave"]
    );
    assert_eq!(get("TaskQueueName=Nope"), Vec::<String>::new());
    let (s, e) = sb.get(&sb.pv1("/Workers?TargetWorkersExpression=skills%20HAS"));
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("TargetWorkersExpression"));
    let (s, _) = sb.get(&sb.pv1("/Workers?Available=maybe"));
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[test]
fn a_workflow_task_for_billing_is_reserved_then_accepted() {
    let sb = TestSandbox::new();
    let t = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let sid = t["sid"].as_str().unwrap().to_string();
    assert_eq!(t["task_queue_sid"], seed::queue_sid("Billing").as_str());
    assert_eq!(t["task_queue_friendly_name"], "Billing");
    assert_eq!(t["assignment_status"], "reserved");
    assert_eq!(t["workflow_friendly_name"], "Demo Workflow");
    assert_eq!(t["task_channel_unique_name"], "default");
    assert_eq!(t["timeout"], 86400);
    assert_has(
        &t,
        &[
            "account_sid",
            "age",
            "attributes",
            "addons",
            "date_created",
            "date_updated",
            "task_queue_entered_date",
            "priority",
            "reason",
            "task_channel_sid",
            "workflow_sid",
            "workspace_sid",
            "url",
            "links",
            "virtual_start_time",
            "ignore_capacity",
            "routing_target",
        ],
    );
    let res = reservations(&sb, &sid);
    assert_eq!(res.len(), 1);
    assert_has(
        &res[0],
        &[
            "account_sid",
            "date_created",
            "date_updated",
            "reservation_status",
            "sid",
            "task_sid",
            "worker_name",
            "worker_sid",
            "workspace_sid",
            "url",
            "links",
        ],
    );
    assert_eq!(res[0]["reservation_status"], "pending");
    let worker = res[0]["worker_name"].as_str().unwrap().to_string();
    assert!(worker == "bob" || worker == "carol", "{worker}");

    sb.advance_ms(1_000);
    assert_eq!(task(&sb, &sid)["assignment_status"], "reserved");
    sb.advance_ms(1_500);
    assert_eq!(task(&sb, &sid)["assignment_status"], "assigned");
    let res = reservations(&sb, &sid);
    assert_eq!(res[0]["reservation_status"], "accepted");
    let rsid = res[0]["sid"].as_str().unwrap();
    let (s, one) = sb.get(&sb.pv1(&format!("/Tasks/{sid}/Reservations/{rsid}")));
    assert_eq!(s, StatusCode::OK);
    assert_eq!(one["worker_name"], worker.as_str());
    let (_, accepted) = sb.get(&sb.pv1(&format!(
        "/Tasks/{sid}/Reservations?ReservationStatus=accepted"
    )));
    assert_eq!(accepted["reservations"].as_array().map(Vec::len), Some(1));

    // The same worker is now busy: the next Billing task goes to the other one.
    let t2 = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let other = reservations(&sb, t2["sid"].as_str().unwrap());
    assert_eq!(other.len(), 1);
    assert_ne!(other[0]["worker_name"], worker.as_str());

    // Wrap up and complete through the task.
    let (s, w) = sb.post(
        &sb.pv1(&format!("/Tasks/{sid}")),
        &[("AssignmentStatus", "wrapping")],
    );
    assert_eq!(
        (s, w["assignment_status"].as_str()),
        (StatusCode::OK, Some("wrapping"))
    );
    let (s, c) = sb.post(
        &sb.pv1(&format!("/Tasks/{sid}")),
        &[("AssignmentStatus", "completed")],
    );
    assert_eq!(
        (s, c["assignment_status"].as_str()),
        (StatusCode::OK, Some("completed"))
    );
    assert_eq!(
        reservations(&sb, &sid)[0]["reservation_status"],
        "completed"
    );
    assert_eq!(cumulative(&sb, "Billing", 5)["tasks_completed"], 1);
}

#[test]
fn a_task_by_queue_sid_and_the_default_filter() {
    let sb = TestSandbox::new();
    let esc = seed::queue_sid("Escalations");
    let t = create_task(
        &sb,
        &[
            ("TaskQueueSid", &esc),
            ("TaskChannel", "voice"),
            ("Priority", "5"),
        ],
    );
    assert_eq!(t["task_queue_sid"], esc.as_str());
    assert!(t["workflow_sid"].is_null());
    assert_eq!(t["task_channel_unique_name"], "voice");
    assert_eq!(t["task_channel_sid"], seed::channel_sid("voice").as_str());
    assert_eq!(t["priority"], 5);
    let res = reservations(&sb, t["sid"].as_str().unwrap());
    assert_eq!(res[0]["worker_name"], "carol");

    let other = via_workflow(&sb, r#"{"queue":"Nowhere"}"#);
    assert_eq!(other["task_queue_friendly_name"], "Support");

    let (s, e) = sb.post(&sb.pv1("/Tasks"), &[("Attributes", "{}")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["message"].as_str().unwrap().contains("WorkflowSid"));
    let wf = seed::workflow_sid();
    for (k, v) in [
        ("Attributes", "[1]"),
        ("Timeout", "0"),
        ("TaskChannel", "fax"),
    ] {
        let (s, e) = sb.post(&sb.pv1("/Tasks"), &[("WorkflowSid", wf.as_str()), (k, v)]);
        assert_eq!(s, StatusCode::BAD_REQUEST, "{k}={v}");
        assert!(e["message"].as_str().unwrap().contains(k), "{e}");
    }
}

#[test]
fn if_match_guards_task_updates() {
    let sb = TestSandbox::new();
    let t = via_workflow(&sb, r#"{"queue":"Sales"}"#);
    let path = sb.pv1(&format!("/Tasks/{}", t["sid"].as_str().unwrap()));
    let (s, _, etag) = send_etag(&sb, reqwest::Method::GET, &path, &[], None);
    assert_eq!(s, StatusCode::OK);
    let etag = etag.expect("a task has an ETag");
    let attrs = r#"{"queue":"Sales","transfers":[{"to":"bob"}]}"#;
    let (s, body, fresh) = send_etag(
        &sb,
        reqwest::Method::POST,
        &path,
        &[("Attributes", attrs)],
        Some(&etag),
    );
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["attributes"], attrs);
    let fresh = fresh.expect("new ETag");
    assert_ne!(fresh, etag);
    let (s, body, _) = send_etag(
        &sb,
        reqwest::Method::POST,
        &path,
        &[("Attributes", "{}")],
        Some(&etag),
    );
    assert_eq!(s, StatusCode::PRECONDITION_FAILED);
    assert_eq!(body["status"], 412);
    assert_eq!(task(&sb, t["sid"].as_str().unwrap())["attributes"], attrs);
}

#[test]
fn cancel_with_reason_and_invalid_transitions() {
    let sb = TestSandbox::new();
    let t = via_workflow(&sb, r#"{"queue":"Billing"}"#);
    let sid = t["sid"].as_str().unwrap();
    let path = sb.pv1(&format!("/Tasks/{sid}"));
    let (s, e) = sb.post(&path, &[("AssignmentStatus", "completed")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["message"].as_str().unwrap().contains("reserved"), "{e}");
    let (s, c) = sb.post(
        &path,
        &[
            ("AssignmentStatus", "canceled"),
            ("Reason", "caller hung up"),
        ],
    );
    assert_eq!(s, StatusCode::OK);
    assert_eq!(c["assignment_status"], "canceled");
    assert_eq!(c["reason"], "caller hung up");
    assert_eq!(reservations(&sb, sid)[0]["reservation_status"], "canceled");
    let (s, _) = sb.post(&path, &[("AssignmentStatus", "assigned")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = sb.post(&path, &[("AssignmentStatus", "bogus")]);
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let stats = cumulative(&sb, "Billing", 5);
    assert_eq!(stats["tasks_canceled"], 1);
    assert_eq!(stats["reservations_canceled"], 1);

    let (s, body) = sb.delete(&path);
    assert_eq!((s, body), (StatusCode::NO_CONTENT, Value::Null));
    let (s, e) = sb.get(&path);
    assert_eq!(
        (s, e["code"].as_i64()),
        (StatusCode::NOT_FOUND, Some(20404))
    );
}

mod channels;
mod routing;
