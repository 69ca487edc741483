//! The sources the resolver reports, as a table: each input in turn and what wins.

use std::path::Path;
use std::time::Duration;

use super::super::{resolve, EnvInputs, FlagInputs};
use super::*;
use crate::cli::OutputFormat;
use crate::config::{ConfigFile, Profile};

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const AC2: &str = "AC22222222222222222222222222222222";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const WS: &str = "WS0123456789abcdef0123456789abcdef";
const WS2: &str = "WS22222222222222222222222222222222";
const SECRET: &str = "file-secret-0123456789-wxyz";

fn file() -> ConfigFile {
    let mut f = ConfigFile::default();
    f.add(
        "prod",
        Profile {
            account_sid: Some(AC.into()),
            api_key: Some(SK.into()),
            api_secret: Some(SECRET.into()),
            workspace_sid: Some(WS.into()),
            default_agent: Some("alice".into()),
            region: Some("ie1".into()),
            output: Some("json".into()),
            concurrency: Some(4),
            ..Profile::default()
        },
    )
    .unwrap();
    f.active = Some("prod".into());
    f
}

fn env(pairs: &[(&str, &str)]) -> EnvInputs {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    EnvInputs::from_vars(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
}

/// `setting=source` for every row, in order.
fn sources(flags: &FlagInputs, env: &EnvInputs, file: &ConfigFile) -> Vec<String> {
    let s = resolve(flags, env, file).unwrap();
    s.rows(Some(Path::new("/cfg.toml")))
        .into_iter()
        .map(|r| format!("{}={}", r.setting, r.source))
        .collect()
}

#[test]
fn each_source_is_reported_as_the_resolver_decided() {
    let none = FlagInputs::default();
    let prof = "profile prod (/cfg.toml)";
    let active = "active profile in the profiles file (/cfg.toml)";
    let flags = FlagInputs {
        profile: Some("prod".into()),
        workspace_sid: Some(WS2.into()),
        base_url: Some("http://127.0.0.1:1".into()),
        output: Some(OutputFormat::Tsv),
        concurrency: Some(8),
        timeout: Some(Duration::from_millis(1500)),
        ..FlagInputs::default()
    };
    let all_env = env(&[
        ("FLEXCTL_PROFILE", "prod"),
        ("TWILIO_ACCOUNT_SID", AC2),
        ("TWILIO_AUTH_TOKEN", "env-token-0123456789"),
        ("FLEXCTL_WORKSPACE_SID", WS2),
        ("FLEXCTL_BASE_URL", "http://127.0.0.1:2"),
        ("TWILIO_REGION", "au1"),
        ("TWILIO_EDGE", "sydney"),
        ("FLEXCTL_CONCURRENCY", "2"),
        ("FLEXCTL_TIMEOUT", "5s"),
    ]);
    let cases: Vec<(&str, FlagInputs, EnvInputs, ConfigFile, Vec<String>)> = vec![
        (
            "nothing: the sandbox and defaults",
            none.clone(),
            env(&[]),
            ConfigFile::default(),
            [
                "profile=default",
                "account_sid=embedded sandbox",
                "auth=embedded sandbox",
                "api_key=embedded sandbox",
                "secret=embedded sandbox",
                "workspace_sid=default",
                "default_agent=default",
                "base_url=default",
                "region=default",
                "edge=default",
                "output=default",
                "timeout=default",
                "concurrency=default",
            ]
            .map(String::from)
            .to_vec(),
        ),
        (
            "the active profile",
            none.clone(),
            env(&[]),
            file(),
            vec![
                format!("profile={active}"),
                format!("account_sid={prof}"),
                format!("auth={prof}"),
                format!("api_key={prof}"),
                format!("secret={prof}"),
                format!("workspace_sid={prof}"),
                format!("default_agent={prof}"),
                "base_url=default".into(),
                format!("region={prof}"),
                "edge=default".into(),
                format!("output={prof}"),
                "timeout=default".into(),
                format!("concurrency={prof}"),
            ],
        ),
        (
            "the environment over the profile",
            none.clone(),
            all_env.clone(),
            file(),
            [
                "profile=env FLEXCTL_PROFILE",
                "account_sid=env TWILIO_ACCOUNT_SID",
                "auth=env TWILIO_AUTH_TOKEN",
                "api_key=env TWILIO_AUTH_TOKEN",
                "secret=env TWILIO_AUTH_TOKEN",
                "workspace_sid=env FLEXCTL_WORKSPACE_SID",
                "default_agent=profile prod (/cfg.toml)",
                "base_url=env FLEXCTL_BASE_URL",
                "region=env TWILIO_REGION",
                "edge=env TWILIO_EDGE",
                "output=profile prod (/cfg.toml)",
                "timeout=env FLEXCTL_TIMEOUT",
                "concurrency=env FLEXCTL_CONCURRENCY",
            ]
            .map(String::from)
            .to_vec(),
        ),
        (
            "flags over everything",
            flags.clone(),
            all_env.clone(),
            file(),
            [
                "profile=flag --profile",
                "account_sid=env TWILIO_ACCOUNT_SID",
                "auth=env TWILIO_AUTH_TOKEN",
                "api_key=env TWILIO_AUTH_TOKEN",
                "secret=env TWILIO_AUTH_TOKEN",
                "workspace_sid=flag --workspace",
                "default_agent=profile prod (/cfg.toml)",
                "base_url=flag --base-url",
                "region=env TWILIO_REGION",
                "edge=env TWILIO_EDGE",
                "output=flag --output",
                "timeout=flag --timeout",
                "concurrency=flag --concurrency",
            ]
            .map(String::from)
            .to_vec(),
        ),
        (
            "credentials in the environment alone",
            none.clone(),
            env(&[
                ("TWILIO_ACCOUNT_SID", AC),
                ("TWILIO_API_KEY", SK),
                ("TWILIO_API_SECRET", "x"),
            ]),
            ConfigFile::default(),
            [
                "profile=env TWILIO_ACCOUNT_SID",
                "account_sid=env TWILIO_ACCOUNT_SID",
                "auth=env TWILIO_API_KEY",
                "api_key=env TWILIO_API_KEY",
                "secret=env TWILIO_API_SECRET",
                "workspace_sid=default",
                "default_agent=default",
                "base_url=default",
                "region=default",
                "edge=default",
                "output=default",
                "timeout=default",
                "concurrency=default",
            ]
            .map(String::from)
            .to_vec(),
        ),
    ];
    for (what, flags, env, file, expected) in cases {
        assert_eq!(sources(&flags, &env, &file), expected, "{what}");
    }
}

#[test]
fn values_are_shown_and_secrets_masked() {
    let s = resolve(&FlagInputs::default(), &env(&[]), &file()).unwrap();
    let rows = s.rows(None);
    let value = |name: &str| {
        rows.iter()
            .find(|r| r.setting == name)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(value("account_sid").as_deref(), Some(AC));
    assert_eq!(value("api_key").as_deref(), Some(SK));
    assert_eq!(value("secret").as_deref(), Some("****wxyz"));
    assert_eq!(value("output").as_deref(), Some("json"));
    assert_eq!(value("timeout").as_deref(), Some("30s"));
    assert_eq!(value("concurrency").as_deref(), Some("4"));
    assert_eq!(value("base_url"), None);
    let text = format!("{rows:?}");
    assert!(!text.contains(SECRET), "{text}");
}

#[test]
fn short_secrets_show_nothing_of_themselves() {
    assert_eq!(mask(&"abc".into()), "****");
    assert_eq!(mask(&"0123456789abcde".into()), "****");
    assert_eq!(mask(&"0123456789abcdef".into()), "****cdef");
}
