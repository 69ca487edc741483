//! Routing helpers: who a queue's target expression selects (evaluated from the workers
//! already read where that is possible), and how a task can be made to reach a queue through
//! a workflow when the API does not take a queue directly.

use serde_json::{Map, Value};

use super::expr;
use super::model::{Queue, Worker};

/// The attributes a target-workers expression sees for a worker: its own, plus `sid`, `name`
/// and `friendly_name` unless it defines them itself.
pub fn worker_view(attributes: &Value, sid: &str, name: &str) -> Value {
    let mut v = attributes.clone();
    if !v.is_object() {
        v = Value::Object(Map::new());
    }
    if let Value::Object(m) = &mut v {
        for (k, val) in [("sid", sid), ("name", name), ("friendly_name", name)] {
            m.entry(k).or_insert_with(|| Value::String(val.to_string()));
        }
    }
    v
}

/// How the members of one queue are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Members {
    /// Evaluated here: indices into the workers given.
    Local(Vec<usize>),
    /// Only the server can say: ask with a worker list filtered by this queue (the index
    /// of the queue whose answer serves every queue with the same expression).
    Ask(usize),
}

/// Who each queue's target expression selects, evaluated from `workers` where that is
/// possible, so that `agents list` sends a filtered worker list only for the rest:
///
/// - an expression that reads no attribute (`1==1`) selects everyone or no one;
/// - any other expression is evaluated when every worker came with its attributes (Twilio's
///   lists leave them out: only a single-worker fetch shows them, so against Twilio this
///   holds only for a directory read worker by worker);
/// - otherwise, and for a queue with no expression or one outside the supported grammar,
///   the server is asked, once per distinct expression: queues with the same expression
///   share one answer.
pub fn members(queues: &[Queue], workers: &[Worker]) -> Vec<Members> {
    let with_attributes = workers.iter().all(|w| w.attributes.is_object());
    let views: Vec<Value> = if with_attributes {
        workers
            .iter()
            .map(|w| worker_view(&w.attributes, &w.sid, &w.name))
            .collect()
    } else {
        Vec::new()
    };
    let mut asked: Vec<(&str, usize)> = Vec::new();
    queues
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let text = q.target_workers.as_deref().map(str::trim).unwrap_or("");
            let parsed = (!text.is_empty()).then(|| expr::parse(text).ok()).flatten();
            match parsed {
                Some(e) if !e.reads_attributes() => {
                    let all = e.eval(&Value::Object(Map::new()));
                    Members::Local(if all {
                        (0..workers.len()).collect()
                    } else {
                        vec![]
                    })
                }
                Some(e) if with_attributes => Members::Local(
                    views
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| e.eval(v))
                        .map(|(j, _)| j)
                        .collect(),
                ),
                _ if text.is_empty() => Members::Ask(i),
                _ => match asked.iter().find(|(t, _)| *t == text) {
                    Some((_, first)) => Members::Ask(*first),
                    None => {
                        asked.push((text, i));
                        Members::Ask(i)
                    }
                },
            }
        })
        .collect()
}

/// Attributes that make `configuration` (a workflow's `task_routing`) send a task to
/// `queue_sid`, when a filter targeting it has a simple `key == "value"` expression (or the
/// default filter targets it). `None` when no filter can be satisfied that way.
pub fn attributes_for_queue(configuration: &Value, queue_sid: &str) -> Option<Value> {
    let routing = configuration.get("task_routing")?;
    let targets_queue = |f: &Value| {
        f.get("targets")
            .and_then(Value::as_array)
            .is_some_and(|ts| {
                ts.iter()
                    .any(|t| t.get("queue").and_then(Value::as_str) == Some(queue_sid))
            })
    };
    let filters = routing
        .get("filters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Earlier filters win, so the wanted one must be the first to match.
    for (i, f) in filters.iter().enumerate() {
        if !targets_queue(f) {
            continue;
        }
        let expr = f.get("expression").and_then(Value::as_str)?;
        let (key, value) = simple_equality(expr)?;
        let attrs = nested(&key, value.clone());
        let earlier_matches = filters[..i].iter().any(|g| {
            g.get("expression")
                .and_then(Value::as_str)
                .and_then(simple_equality)
                .is_some_and(|(k, v)| k == key && v == value)
        });
        if !earlier_matches {
            return Some(attrs);
        }
    }
    let default_hits = routing
        .pointer("/default_filter/queue")
        .and_then(Value::as_str)
        .is_some_and(|q| q == queue_sid);
    default_hits.then(|| Value::Object(Map::new()))
}

/// `key == "value"` (or `'value'`), with a dotted key.
fn simple_equality(expr: &str) -> Option<(String, String)> {
    let (k, v) = expr.split_once("==")?;
    let key = k.trim();
    let v = v.trim();
    let value = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))?;
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    };
    (plain(key) && !value.contains(['"', '\''])).then(|| (key.to_string(), value.to_string()))
}

fn nested(path: &str, value: String) -> Value {
    path.rsplit('.').fold(Value::String(value), |inner, key| {
        let mut m = Map::new();
        m.insert(key.to_string(), inner);
        Value::Object(m)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn config() -> Value {
        json!({"task_routing": {
            "filters": [
                {"expression": "queue == \"Support\"", "targets": [{"queue": "WQs"}]},
                {"expression": "routing.team == 'billing'", "targets": [{"queue": "WQb"}]},
                {"expression": "skills HAS \"x\"", "targets": [{"queue": "WQx"}]}
            ],
            "default_filter": {"queue": "WQd"}
        }})
    }

    #[test]
    fn finds_attributes_that_route_to_the_queue() {
        assert_eq!(
            attributes_for_queue(&config(), "WQs"),
            Some(json!({"queue": "Support"}))
        );
        assert_eq!(
            attributes_for_queue(&config(), "WQb"),
            Some(json!({"routing": {"team": "billing"}}))
        );
        assert_eq!(attributes_for_queue(&config(), "WQd"), Some(json!({})));
    }

    fn queue(sid: &str, target: Option<&str>) -> Queue {
        Queue {
            sid: sid.into(),
            name: sid.into(),
            target_workers: target.map(String::from),
            task_order: None,
            max_reserved_workers: None,
        }
    }

    fn worker(sid: &str, attributes: Value) -> Worker {
        Worker {
            sid: sid.into(),
            name: sid.to_lowercase(),
            activity_sid: None,
            activity_name: None,
            available: true,
            attributes,
            date_status_changed: None,
        }
    }

    #[test]
    fn members_are_evaluated_here_only_when_the_workers_read_can_answer() {
        let listed = [worker("WKa", Value::Null), worker("WKb", Value::Null)];
        let fetched = [
            worker("WKa", json!({"skills": ["support"]})),
            worker("WKb", json!({"skills": ["sales"]})),
        ];
        let queues = [
            queue("WQ0", Some("1==1")),
            queue("WQ1", Some("1 == 2")),
            queue("WQ2", Some("skills HAS 'support'")),
            queue("WQ3", Some(" skills HAS 'support' ")),
            queue("WQ4", Some("skills HAS 'sales'")),
            queue("WQ5", None),
            queue("WQ6", Some("skills HAS (")),
            queue("WQ7", Some("name == 'wkb'")),
        ];
        use Members::{Ask, Local};
        let table: [(&[Worker], [Members; 8]); 2] = [
            // Attributes left out of a list: only constants are evaluated; one request per
            // distinct expression (the same text, trimmed, shares its first queue's answer).
            (
                &listed,
                [
                    Local(vec![0, 1]),
                    Local(vec![]),
                    Ask(2),
                    Ask(2),
                    Ask(4),
                    Ask(5),
                    Ask(6),
                    Ask(7),
                ],
            ),
            // Every worker with its attributes: everything the grammar covers is evaluated.
            (
                &fetched,
                [
                    Local(vec![0, 1]),
                    Local(vec![]),
                    Local(vec![0]),
                    Local(vec![0]),
                    Local(vec![1]),
                    Ask(5),
                    Ask(6),
                    Local(vec![1]),
                ],
            ),
        ];
        for (workers, want) in table {
            assert_eq!(members(&queues, workers), want.to_vec());
        }
        assert_eq!(members(&queues, &[]).len(), queues.len());
    }

    #[test]
    fn the_worker_view_adds_names_unless_the_worker_defines_them() {
        let v = worker_view(&json!({"name": "own", "x": 1}), "WKa", "alice");
        assert_eq!(
            v,
            json!({"name": "own", "x": 1, "sid": "WKa", "friendly_name": "alice"})
        );
        let v = worker_view(&Value::Null, "WKa", "alice");
        assert_eq!(
            v,
            json!({"name": "alice", "sid": "WKa", "friendly_name": "alice"})
        );
    }

    #[test]
    fn says_none_when_no_simple_filter_reaches_it() {
        assert_eq!(attributes_for_queue(&config(), "WQx"), None);
        assert_eq!(attributes_for_queue(&config(), "WQnone"), None);
        assert_eq!(attributes_for_queue(&json!({"junk": 1}), "WQs"), None);
    }
}
