//! Validates sandbox responses against Twilio's OpenAPI documents (copies in tests/fixtures).
//!
//! OpenAPI 3.0 schemas are turned into JSON Schema: `nullable: true` becomes a `null`
//! alternative, and every documented property of an object is made required, since Twilio
//! always sends every key (with `null` where there is no value). References to the shared enum
//! components (`*_enum_*`) also admit `null`: the documents use them for fields that are null
//! when not applicable (`reason_conference_ended` while a conference is in progress, as its own
//! description says).

use std::path::PathBuf;

use serde_json::{json, Map, Value};

pub struct Spec {
    doc: Value,
    components: Value,
}

impl Spec {
    pub fn load(file: &str) -> Spec {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/twilio-oai")
            .join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc: Value = serde_json::from_str(&text).expect("OpenAPI document is JSON");
        let components = convert(&doc["components"]);
        Spec { doc, components }
    }

    pub fn v2010() -> Spec {
        Spec::load("api_v2010_conferences.json")
    }

    pub fn taskrouter() -> Spec {
        Spec::load("taskrouter_v1.json")
    }

    /// The schema of the `status` response of `method` on the path template `template`.
    fn response_schema(&self, template: &str, method: &str, status: u16) -> Value {
        let op = &self.doc["paths"][template][method];
        assert!(op.is_object(), "the document has no {method} {template}");
        let schema = &op["responses"][status.to_string()]["content"]["application/json"]["schema"];
        assert!(
            schema.is_object(),
            "no {status} JSON response documented for {method} {template}"
        );
        let mut root = convert(schema);
        root["components"] = self.components.clone();
        root
    }

    /// Asserts that `body` matches the documented response.
    #[track_caller]
    pub fn check(&self, template: &str, method: &str, status: u16, body: &Value) {
        let schema = self.response_schema(template, method, status);
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let errors: Vec<String> = validator
            .iter_errors(body)
            .take(10)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {template} response does not match the OpenAPI document:\n  {}\nbody: {}",
            errors.join("\n  "),
            truncate(&body.to_string())
        );
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(1500).collect()
}

/// OpenAPI 3.0 → JSON Schema, recursively.
fn convert(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, val) in map {
                if k == "nullable" || k == "example" || k == "examples" || k.starts_with("x-") {
                    continue;
                }
                out.insert(k.clone(), convert(val));
            }
            if map.get("type") == Some(&json!("object")) {
                if let Some(Value::Object(props)) = map.get("properties") {
                    let required: Vec<Value> = props.keys().map(|k| json!(k)).collect();
                    out.insert("required".into(), Value::Array(required));
                }
            }
            let enum_ref = map
                .get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| r.contains("_enum_"));
            if map.get("nullable") == Some(&json!(true)) || enum_ref {
                if let Some(Value::String(t)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([t, "null"]));
                    if let Some(Value::Array(e)) = out.get_mut("enum") {
                        e.push(Value::Null);
                    }
                } else if out.contains_key("$ref") {
                    return json!({ "anyOf": [Value::Object(out), { "type": "null" }] });
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(convert).collect()),
        other => other.clone(),
    }
}

#[test]
fn conversion_makes_nullable_and_required_explicit() {
    let s = convert(&json!({
        "type": "object",
        "properties": {
            "a": {"type": "string", "nullable": true},
            "b": {"$ref": "#/x", "nullable": true}
        }
    }));
    assert_eq!(s["required"], json!(["a", "b"]));
    assert_eq!(s["properties"]["a"]["type"], json!(["string", "null"]));
    assert_eq!(s["properties"]["b"]["anyOf"][1], json!({"type": "null"}));
}
