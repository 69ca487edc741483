//! Helpers of the transfer tests: the call's real state, the invariants, processes, the log.

#![allow(dead_code)]

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use flexctl::sandbox::seed;
use serde_json::Value;

use crate::common::{Run, TestSandbox};

/// The call as the sandbox holds it: conference, legs still present, the call's task (single
/// fetch, with its raw attributes) and every consult task flexctl created.
#[derive(Debug, Clone)]
pub struct State {
    pub conference: Value,
    pub legs: Vec<Value>,
    pub attributes_raw: String,
    pub attributes: Value,
    pub consult_tasks: Vec<Value>,
    /// Every transfer record of the call, from each of its tasks (the seeded task and the
    /// targets' tasks a hand-off created), in the order they started.
    pub all_records: Vec<Value>,
}

impl State {
    pub fn conference_status(&self) -> &str {
        self.conference["status"].as_str().unwrap_or("")
    }

    /// A leg by label (`customer`, `worker`, `consult-WK…`).
    pub fn leg(&self, label: &str) -> Option<&Value> {
        self.legs.iter().find(|l| l["label"] == label)
    }

    #[track_caller]
    pub fn customer(&self) -> &Value {
        self.leg("customer")
            .unwrap_or_else(|| panic!("the customer was dropped: {:#?}", self.legs))
    }

    /// Legs labelled `consult-…` (flexctl's rung agents).
    pub fn consult_legs(&self) -> Vec<&Value> {
        self.legs
            .iter()
            .filter(|l| {
                l["label"]
                    .as_str()
                    .is_some_and(|s| s.starts_with("consult-"))
            })
            .collect()
    }

    /// Every agent leg: the original `worker` leg and the rung ones (a supervisor's
    /// `supervisor-…` leg is none).
    pub fn agent_legs(&self) -> Vec<&Value> {
        self.legs
            .iter()
            .filter(|l| {
                l["label"] != "customer"
                    && !l["label"]
                        .as_str()
                        .is_some_and(|s| s.starts_with("supervisor-"))
            })
            .collect()
    }

    pub fn records(&self) -> Vec<Value> {
        self.all_records.clone()
    }

    #[track_caller]
    pub fn last_record(&self) -> Value {
        self.records()
            .last()
            .cloned()
            .unwrap_or_else(|| panic!("no transfer record in {}", self.attributes_raw))
    }

    pub fn active_records(&self) -> Vec<Value> {
        self.records()
            .into_iter()
            .filter(|r| is_active(&r["status"]))
            .collect()
    }

    /// Consult tasks still open (pending, reserved or assigned).
    pub fn open_consult_tasks(&self) -> Vec<&Value> {
        self.consult_tasks
            .iter()
            .filter(|t| {
                matches!(
                    t["assignment_status"].as_str(),
                    Some("pending" | "reserved" | "assigned")
                )
            })
            .collect()
    }
}

pub fn is_active(status: &Value) -> bool {
    matches!(
        status.as_str(),
        Some("initiated" | "ringing" | "consulting" | "merged")
    )
}

/// `hold`, `status`, `end_conference_on_exit` of a leg, for compact assertions.
pub fn flags(leg: &Value) -> (bool, String, bool) {
    (
        leg["hold"].as_bool().expect("hold"),
        leg["status"].as_str().expect("status").to_string(),
        leg["end_conference_on_exit"]
            .as_bool()
            .expect("end_conference_on_exit"),
    )
}

/// A leg is live: connected and not on hold.
pub fn live(leg: &Value) -> bool {
    leg["status"] == "connected" && leg["hold"] == false
}

/// The label flexctl gives the leg it rings for `agent`.
pub fn label_of(agent: &str) -> String {
    format!("consult-{}", seed::worker_sid(agent))
}

/// Reads the call's state through the Twilio API of the sandbox.
pub fn state(sb: &TestSandbox) -> State {
    let cf = seed::live_conference_sid();
    let (_, conference) = sb.get(&sb.p2010(&format!("/Conferences/{cf}.json")));
    let (_, parts) = sb.get(&sb.p2010(&format!(
        "/Conferences/{cf}/Participants.json?PageSize=1000"
    )));
    let (_, task) = sb.get(&sb.pv1(&format!("/Tasks/{}", seed::live_task_sid())));
    let attributes_raw = task["attributes"].as_str().expect("attributes").to_string();
    let attributes = serde_json::from_str(&attributes_raw).expect("attributes are JSON");
    let (_, tasks) = sb.get(&sb.pv1("/Tasks?PageSize=1000"));
    let attrs_of = |t: &Value| -> Value {
        serde_json::from_str(t["attributes"].as_str().unwrap_or("{}")).unwrap_or_default()
    };
    let consult_tasks: Vec<Value> = tasks["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter(|t| attrs_of(t).pointer("/flexctl/kind") == Some(&Value::from("consult")))
        .cloned()
        .collect();
    let records_of = |a: &Value| {
        a.pointer("/flexctl/transfers")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut all_records = records_of(&attributes);
    for t in &consult_tasks {
        let a = attrs_of(t);
        if a.pointer("/conference/sid").and_then(Value::as_str) == Some(cf.as_str()) {
            all_records.extend(records_of(&a));
        }
    }
    all_records.sort_by(|a, b| {
        a["started_at"]
            .as_str()
            .unwrap_or("")
            .cmp(b["started_at"].as_str().unwrap_or(""))
    });
    State {
        conference,
        legs: parts["participants"]
            .as_array()
            .expect("participants")
            .clone(),
        attributes_raw,
        attributes,
        consult_tasks,
        all_records,
    }
}

/// The invariants every verb keeps, success or failure (issue 4): the conference is in
/// progress and the customer on it; the customer is not on hold unless an agent leg is
/// connected and unheld; every consult leg and open consult task is pointed to by a transfer
/// record (an active one, or the completed one that handed the call to that agent); at most
/// one transfer is active. Returns the state for further assertions.
#[track_caller]
pub fn invariants(sb: &TestSandbox, when: &str) -> State {
    let s = state(sb);
    assert_eq!(
        s.conference_status(),
        "in-progress",
        "{when}: the conference ended: {}",
        s.conference
    );
    let customer = s.customer();
    assert_eq!(customer["status"], "connected", "{when}: {customer}");
    if customer["hold"] == true {
        assert!(
            s.agent_legs().iter().any(|l| live(l)),
            "{when}: the customer is on hold with no agent live: {:#?}",
            s.legs
        );
    }
    let records = s.records();
    let points = |key: &str, value: &Value, completed_ok: bool| {
        records.iter().any(|r| {
            r["consult"][key] == *value
                && (is_active(&r["status"]) || (completed_ok && r["status"] == "completed"))
        })
    };
    for leg in s.consult_legs() {
        assert!(
            points("label", &leg["label"], true),
            "{when}: consult leg {} has no transfer record pointing to it: {}",
            leg["label"],
            s.attributes_raw
        );
    }
    for task in s.open_consult_tasks() {
        let assigned = task["assignment_status"] == "assigned";
        // A consult task names its transfer in its own attributes (written at creation), so
        // it is linked even before the record has been told its SID.
        let attrs: Value = task["attributes"]
            .as_str()
            .and_then(|a| serde_json::from_str(a).ok())
            .unwrap_or_default();
        let by_id = records.iter().any(|r| {
            r["id"] == attrs["flexctl"]["transfer_id"]
                && (is_active(&r["status"]) || (assigned && r["status"] == "completed"))
        });
        assert!(
            by_id || points("task_sid", &task["sid"], assigned),
            "{when}: consult task {} ({}) has no transfer record pointing to it: {}",
            task["sid"],
            task["assignment_status"],
            s.attributes_raw
        );
    }
    assert!(
        s.active_records().len() <= 1,
        "{when}: several active transfers: {}",
        s.attributes_raw
    );
    s
}

/// The sandbox's own invariants (the call's and the tasks': who holds TaskRouter work is who
/// is on the call), which must hold once a verb has finished.
#[track_caller]
pub fn tasks_follow(sb: &TestSandbox, when: &str) {
    let (_, inv) = sb.get("/sandbox/invariants");
    assert_eq!(inv["violations"], Value::Array(vec![]), "{when}: {inv}");
    assert_eq!(
        inv["task_violations"],
        Value::Array(vec![]),
        "{when}: {inv}"
    );
}

/// [`tasks_follow`] and the customer's invariants of [`invariants`].
#[track_caller]
pub fn all_invariants(sb: &TestSandbox, when: &str) -> State {
    tasks_follow(sb, when);
    invariants(sb, when)
}

/// The error object of a `-o json` run (`{"error": {...}}` on stderr).
#[track_caller]
pub fn error_of(run: &Run) -> Value {
    let v: Value = serde_json::from_str(run.stderr.trim()).unwrap_or_else(|e| {
        panic!(
            "stderr is not a JSON error ({e}):\n{}\nstdout:\n{}",
            run.stderr, run.stdout
        )
    });
    v["error"].clone()
}

/// Runs flexctl and returns the Twilio requests it issued (method, path).
pub fn counted(sb: &TestSandbox, args: &[&str]) -> (Run, Vec<(String, String)>) {
    let mark = sb.log_mark();
    let run = sb.flexctl(args);
    (run, sb.requests_since(mark))
}

/// The mutating requests among `reqs`.
pub fn mutating(reqs: &[(String, String)]) -> Vec<&(String, String)> {
    reqs.iter().filter(|(m, _)| m != "GET").collect()
}

/// Sets a simulated agent's behaviour (`answer|reject|never`) and delay.
pub fn agent_behaves(sb: &TestSandbox, agent: &str, behavior: &str, delay: &str) {
    let (status, body) = sb.post(
        &format!("/sandbox/agents/{agent}"),
        &[("Behavior", behavior), ("Delay", delay)],
    );
    assert!(status.is_success(), "{body}");
}

/// Lets the sandbox clock run in real time.
pub fn unfreeze(sb: &TestSandbox) {
    let (status, body) = sb.post("/sandbox/clock", &[("Freeze", "false")]);
    assert!(status.is_success(), "{body}");
}

/// Starts flexctl in the background.
pub fn spawn(sb: &TestSandbox, args: &[&str]) -> Child {
    sb.flexctl_cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("flexctl starts")
}

pub fn finish(child: Child) -> Run {
    let out = child.wait_with_output().expect("flexctl finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Polls the call's state until `cond` holds (10 s at most).
#[track_caller]
pub fn wait_for(sb: &TestSandbox, what: &str, cond: impl Fn(&State) -> bool) -> State {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = state(sb);
        if cond(&s) {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {s:#?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends Ctrl-C (SIGINT) to a spawned flexctl.
pub fn interrupt(child: &Child) {
    send_signal(child, "INT");
}

/// Sends a signal (`INT`, `TERM`, `HUP`, `KILL`) to a spawned flexctl.
pub fn send_signal(child: &Child, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// The state after a refused verb must be the state before it: same legs (hold, status,
/// flags), same task attributes byte for byte, no consult task.
#[track_caller]
pub fn assert_unchanged(before: &State, after: &State, when: &str) {
    let legs = |s: &State| -> Vec<(String, (bool, String, bool))> {
        let mut v: Vec<_> = s
            .legs
            .iter()
            .map(|l| (l["label"].as_str().unwrap_or("").to_string(), flags(l)))
            .collect();
        v.sort();
        v
    };
    assert_eq!(legs(before), legs(after), "{when}: legs changed");
    assert_eq!(
        before.attributes_raw, after.attributes_raw,
        "{when}: task attributes changed"
    );
    assert_eq!(
        before.consult_tasks.len(),
        after.consult_tasks.len(),
        "{when}: a consult task was created"
    );
}

/// Runs a verb with `-o json` that must be refused: exit `code`, error ID `id`, no mutating
/// request, and the call exactly as before.
#[track_caller]
pub fn refused(sb: &TestSandbox, args: &[&str], code: i32, id: Option<&str>) -> Run {
    let before = invariants(sb, "before");
    let mut full = vec!["-o", "json"];
    full.extend_from_slice(args);
    let mark = sb.log_mark();
    let run = sb.flexctl(&full);
    let reqs = sb.requests_since(mark);
    assert_eq!(run.code, code, "{args:?}: {}{}", run.stdout, run.stderr);
    let err = error_of(&run);
    assert_eq!(err["id"].as_str(), id, "{args:?}: {err}");
    assert!(
        mutating(&reqs).is_empty(),
        "{args:?} was refused but sent {:?}",
        mutating(&reqs)
    );
    let after = invariants(sb, &format!("after refused {args:?}"));
    assert_unchanged(&before, &after, &format!("{args:?}"));
    run
}

/// The call as it was before a consult: the customer and alice live, alice ending the
/// conference on exit again, no consult leg; the last record is `status`.
#[track_caller]
pub fn assert_restored(s: &State, status: &str) {
    assert!(s.consult_legs().is_empty(), "{:#?}", s.legs);
    assert_eq!(
        flags(s.customer()),
        (false, "connected".into(), true),
        "customer"
    );
    assert_eq!(
        flags(s.leg("worker").expect("alice")),
        (false, "connected".into(), true),
        "alice"
    );
    assert_eq!(s.last_record()["status"], status, "{}", s.attributes_raw);
    assert!(s.active_records().is_empty());
}
