//! The client's requests one by one against a mock server: auth, ETags, encoded labels,
//! form fields, filters, network failures, secrets kept out of logs, bad configuration.

use super::*;

#[tokio::test]
async fn auth_failure_is_decoded() {
    let (_mock, base) = serve(|_, _, _| twilio_error(401, 20003, "Authenticate")).await;
    let err = client(&base).list_workspaces(None).await.unwrap_err();
    assert!(err.is_auth());
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "Authenticate (HTTP 401, Twilio error 20003)"
    );
}

#[tokio::test]
async fn task_etag_and_conditional_update() {
    let (mock, base) = serve(|hit, _, _| {
        if hit.method == "GET" {
            let mut r = ok(json!({"sid": WT, "assignment_status": "assigned",
                                  "attributes": "{\"a\": 1}"}));
            r.1.push(("etag", "\"7\"".into()));
            r
        } else {
            (
                412,
                vec![],
                json!({"code": 412, "message": "ETag mismatch", "status": 412}).to_string(),
            )
        }
    })
    .await;
    let c = client(&base);
    let task = c.fetch_task(WS, WT).await.unwrap();
    assert_eq!(task.etag.as_deref(), Some("\"7\""));
    assert_eq!(task.status, TaskStatus::Assigned);
    let update = TaskUpdate {
        attributes: Some(r#"{"a": 2}"#.into()),
        ..TaskUpdate::default()
    };
    let err = c
        .update_task(WS, WT, &update, task.etag.as_deref())
        .await
        .unwrap_err();
    assert!(err.is_precondition_failed());
    let hits = mock.hits();
    assert_eq!(hits.len(), 2, "a conditional update is not retried");
    assert_eq!(hits[1].headers.get("if-match").unwrap(), "\"7\"");
    assert_eq!(hits[1].uri, format!("/v1/Workspaces/{WS}/Tasks/{WT}"));
    assert_eq!(hits[1].body, "Attributes=%7B%22a%22%3A+2%7D");
}

#[tokio::test]
async fn delete_404_is_done_and_labels_are_encoded() {
    let (mock, base) = serve(|_, _, _| twilio_error(404, 20404, "not found")).await;
    let c = client(&base);
    c.delete_participant(CF, "consult WK/1").await.unwrap();
    let hits = mock.hits();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].method, "DELETE");
    assert_eq!(
        hits[0].uri,
        format!("/2010-04-01/Accounts/{AC}/Conferences/{CF}/Participants/consult%20WK%2F1.json")
    );
    c.delete_task(WS, WT, None).await.unwrap();
    let err = c.fetch_participant(CF, "CA1").await.unwrap_err();
    assert!(err.is_not_found());
}

#[tokio::test]
async fn participant_update_sends_only_set_fields_and_is_retried() {
    let (mock, base) = serve(|_, i, _| {
        if i == 0 {
            (500, vec![], String::new())
        } else {
            ok(json!({"call_sid": "CA1", "hold": true, "status": "connected"}))
        }
    })
    .await;
    let u = ParticipantUpdate {
        hold: Some(true),
        end_conference_on_exit: Some(false),
        ..ParticipantUpdate::default()
    };
    let p = client(&base)
        .update_participant(CF, "CA1", &u)
        .await
        .unwrap();
    assert!(p.hold);
    let hits = mock.hits();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[1].body, "Hold=true&EndConferenceOnExit=false");
}

#[tokio::test]
async fn all_queue_statistics_uses_one_big_page() {
    let (mock, base) = serve(|_, _, _| {
        ok(json!({"task_queues_statistics": [
            {"task_queue_sid": "WQ1", "cumulative": {"tasks_entered": 0},
             "realtime": {"total_eligible_workers": 3, "tasks_by_status": {"pending": 1}}},
            {"task_queue_sid": "WQ2", "cumulative": {"tasks_entered": 9}, "realtime": {}}],
            "meta": {"next_page_url": null}}))
    })
    .await;
    let stats = client(&base)
        .all_queue_statistics(WS, 43_200)
        .await
        .unwrap();
    assert_eq!(stats.len(), 2);
    assert_eq!((stats[0].tasks_entered, stats[0].tasks_pending), (0, 1));
    assert_eq!(stats[1].tasks_entered, 9);
    let uri = &mock.hits()[0].uri;
    assert!(
        uri.starts_with(&format!("/v1/Workspaces/{WS}/TaskQueues/Statistics?")),
        "{uri}"
    );
    assert_eq!(query_param(uri, "Minutes").as_deref(), Some("43200"));
    assert_eq!(query_param(uri, "PageSize").as_deref(), Some("1000"));
}

#[tokio::test]
async fn task_list_repeats_status_filter() {
    let (mock, base) = serve(|_, _, _| ok(json!({"tasks": [], "meta": {}}))).await;
    let filter = TaskFilter {
        assignment_status: vec![TaskStatus::Pending, TaskStatus::Reserved],
        task_queue_sid: Some("WQ1".into()),
        ..TaskFilter::default()
    };
    client(&base).list_tasks(WS, &filter, None).await.unwrap();
    let uri = &mock.hits()[0].uri;
    assert!(uri.contains("AssignmentStatus=pending&AssignmentStatus=reserved&TaskQueueSid=WQ1"));
}

#[tokio::test]
async fn network_failures_are_distinct() {
    // A port that was just free: nothing listens, so the connection is refused.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = client(&format!("http://127.0.0.1:{port}"))
        .list_workspaces(None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Connect(_)), "{err}");

    // A server that accepts connections and never answers.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", silent.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((conn, _)) = silent.accept().await {
            held.push(conn);
        }
    });
    let mut cfg = ClientConfig::new(AC, Auth::Token(SECRET.into()));
    cfg.base = BaseUrls::resolve(Some(&base), None, None).unwrap();
    cfg.timeout = Duration::from_millis(100);
    cfg.retry = RetryPolicy::none();
    let err = Client::new(cfg)
        .unwrap()
        .fetch_workspace(WS)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err}");
}

/// A global subscriber that records nothing but answers "sometimes" for every callsite, so that
/// tests running in parallel without a subscriber cannot make tracing cache "never" for a
/// callsite the log-capturing test needs.
struct Sometimes;

impl tracing::Subscriber for Sometimes {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        false
    }
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

fn install_global_sometimes() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Another test binary component may have set one already; either way works.
        let _ = tracing::subscriber::set_global_default(Sometimes);
    });
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn basic_auth_with_api_key_and_no_secret_in_logs_or_errors() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    install_global_sometimes();

    let (mock, base) = serve(|hit, _, _| {
        if hit.method == "POST" {
            twilio_error(400, 16024, "Invalid label")
        } else {
            ok(json!({"sid": WS, "friendly_name": "Flex"}))
        }
    })
    .await;
    let c = client(&base);
    // Callsites first hit by a concurrent test before any subscriber existed may have cached
    // "never"; recompute now that this thread has one.
    tracing::callsite::rebuild_interest_cache();
    assert_eq!(c.fetch_workspace(WS).await.unwrap().name, "Flex");
    let err = c
        .create_participant("WT1", &NewParticipant::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(16024));

    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{SK}:{SECRET}"))
    );
    let hits = mock.hits();
    assert_eq!(
        hits[0].headers.get("authorization").unwrap(),
        expected.as_str()
    );
    let token = expected.trim_start_matches("Basic ");

    let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("Twilio request"), "{logs}");
    assert!(logs.contains("status=200"), "{logs}");
    assert!(logs.contains("From="), "DEBUG shows the form body: {logs}");
    for text in [
        logs.as_str(),
        &err.to_string(),
        &format!("{err:?}"),
        &format!("{c:?}"),
    ] {
        assert!(!text.contains(SECRET), "{text}");
        assert!(!text.contains(token), "{text}");
    }
    let cfg = ClientConfig::new(AC, Auth::Token(SECRET.into()));
    assert!(!format!("{cfg:?}").contains(SECRET));
}

#[test]
fn bad_config_is_refused() {
    let cfg = ClientConfig::new("AC123", Auth::Token("x".into()));
    assert!(matches!(Client::new(cfg), Err(Error::InvalidConfig(_))));
    let cfg = ClientConfig::new(
        AC,
        Auth::ApiKey {
            sid: "SKnope".into(),
            secret: "x".into(),
        },
    );
    let err = Client::new(cfg).unwrap_err();
    assert!(err.to_string().contains("expected SK"), "{err}");
}
