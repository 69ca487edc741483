//! How a task can be made to reach a queue through a workflow when the API does not take a
//! queue directly: find a filter that targets the queue and attributes that satisfy it.

use serde_json::{Map, Value};

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

    #[test]
    fn says_none_when_no_simple_filter_reaches_it() {
        assert_eq!(attributes_for_queue(&config(), "WQx"), None);
        assert_eq!(attributes_for_queue(&config(), "WQnone"), None);
        assert_eq!(attributes_for_queue(&json!({"junk": 1}), "WQs"), None);
    }
}
