//! Reading twilio-cli's `~/.twilio-cli/config.json` so its users can switch with one command.
//!
//! The file has changed shape over time (`profiles` map, older `projects` list, a bare
//! top-level profile), and newer versions keep secrets in the system keychain instead; every
//! shape is read as far as it goes and junk yields a clean error, never a panic.

use serde_json::{Map, Value};

use super::{ConfigError, Profile};

/// Profiles found in a twilio-cli config, and the one it had active.
#[derive(Debug, Clone, Default)]
pub struct ImportedProfiles {
    pub profiles: Vec<(String, Profile)>,
    pub active: Option<String>,
}

fn text(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| obj.get(*k).and_then(Value::as_str))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn profile(obj: &Map<String, Value>) -> Profile {
    Profile {
        account_sid: text(obj, &["accountSid", "account_sid"]),
        api_key: text(obj, &["apiKey", "api_key"]),
        api_secret: text(obj, &["apiSecret", "api_secret"]).map(Into::into),
        auth_token: text(obj, &["authToken", "auth_token"]).map(Into::into),
        region: text(obj, &["region"]),
        edge: text(obj, &["edge"]),
        ..Profile::default()
    }
}

/// Parses twilio-cli's config JSON. Profiles with no account SID are skipped (they cannot be
/// used); a missing secret is kept as missing so that `profile add` can ask for it.
pub fn import_twilio_cli(json_text: &str) -> Result<ImportedProfiles, ConfigError> {
    let root: Value = serde_json::from_str(json_text).map_err(|e| {
        ConfigError::Invalid(format!("the twilio-cli config is not valid JSON: {e}"))
    })?;
    let Value::Object(root) = root else {
        return Err(ConfigError::Invalid(
            "the twilio-cli config is not a JSON object".into(),
        ));
    };
    let mut out = ImportedProfiles {
        active: text(&root, &["activeProfile", "activeProject"]),
        ..ImportedProfiles::default()
    };
    if let Some(Value::Object(map)) = root.get("profiles") {
        for (name, v) in map {
            if let Value::Object(obj) = v {
                out.profiles.push((name.clone(), profile(obj)));
            }
        }
    }
    if let Some(Value::Array(list)) = root.get("projects") {
        for v in list {
            if let Value::Object(obj) = v {
                if let Some(name) = text(obj, &["id", "name"]) {
                    out.profiles.push((name, profile(obj)));
                }
            }
        }
    }
    if out.profiles.is_empty() && root.contains_key("accountSid") {
        out.profiles.push(("default".to_owned(), profile(&root)));
    }
    out.profiles.retain(|(_, p)| p.account_sid.is_some());
    Ok(out)
}
