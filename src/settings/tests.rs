//! The precedence table for settings resolution.

use secrecy::ExposeSecret;

use super::*;

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const AC2: &str = "AC22222222222222222222222222222222";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const SK2: &str = "SK22222222222222222222222222222222";
const WS: &str = "WS0123456789abcdef0123456789abcdef";
const WS2: &str = "WS22222222222222222222222222222222";
const WS3: &str = "WS33333333333333333333333333333333";

fn file() -> ConfigFile {
    let mut f = ConfigFile::default();
    f.add(
        "prod",
        Profile {
            account_sid: Some(AC.into()),
            api_key: Some(SK.into()),
            api_secret: Some("file-secret".into()),
            workspace_sid: Some(WS.into()),
            default_agent: Some("alice".into()),
            region: Some("ie1".into()),
            output: Some("json".into()),
            ..Profile::default()
        },
    )
    .unwrap();
    f.add(
        "tok",
        Profile {
            account_sid: Some(AC2.into()),
            auth_token: Some("file-token".into()),
            base_url: Some("http://127.0.0.1:9999".into()),
            ..Profile::default()
        },
    )
    .unwrap();
    f
}

fn env(pairs: &[(&str, &str)]) -> EnvInputs {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    EnvInputs::from_vars(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
}

/// A compact view of the outcome, for the table.
fn summary(s: &Settings) -> String {
    let target = match &s.target {
        Target::Sandbox => "sandbox".to_owned(),
        Target::Remote { account_sid, auth } => {
            let auth = match auth {
                Auth::ApiKey { sid, secret } => {
                    format!("key {}/{}", &sid[..4], secret.expose_secret())
                }
                Auth::Token(t) => format!("token {}", t.expose_secret()),
            };
            format!("{} {auth}", &account_sid[..4])
        }
    };
    format!(
        "{} | {target} | ws={} | region={} | base={} | out={}",
        s.profile,
        s.workspace_sid.as_deref().map_or("-", |w| &w[..4]),
        s.region.as_deref().unwrap_or("-"),
        s.base_url.as_deref().unwrap_or("-"),
        format!("{:?}", s.format).to_lowercase(),
    )
}

#[test]
fn precedence_table() {
    let with_active = |name: &str| {
        let mut f = file();
        f.active = Some(name.into());
        f
    };
    let flags_profile = |p: &str| FlagInputs {
        profile: Some(p.into()),
        ..FlagInputs::default()
    };
    let cases: Vec<(&str, FlagInputs, EnvInputs, ConfigFile, &str)> = vec![
        (
            "nothing configured: the implicit sandbox",
            FlagInputs::default(),
            env(&[]),
            ConfigFile::default(),
            "sandbox | sandbox | ws=- | region=- | base=- | out=table",
        ),
        (
            "profiles exist but none active: still the sandbox",
            FlagInputs::default(),
            env(&[]),
            file(),
            "sandbox | sandbox | ws=- | region=- | base=- | out=table",
        ),
        (
            "the file's active profile",
            FlagInputs::default(),
            env(&[]),
            with_active("prod"),
            "prod | AC01 key SK01/file-secret | ws=WS01 | region=ie1 | base=- | out=json",
        ),
        (
            "FLEXCTL_PROFILE beats the active profile",
            FlagInputs::default(),
            env(&[("FLEXCTL_PROFILE", "tok")]),
            with_active("prod"),
            "tok | AC22 token file-token | ws=- | region=- | base=http://127.0.0.1:9999 | out=table",
        ),
        (
            "--profile beats FLEXCTL_PROFILE",
            flags_profile("prod"),
            env(&[("FLEXCTL_PROFILE", "tok")]),
            with_active("tok"),
            "prod | AC01 key SK01/file-secret | ws=WS01 | region=ie1 | base=- | out=json",
        ),
        (
            "--profile sandbox ignores credentials in the environment",
            flags_profile("sandbox"),
            env(&[("TWILIO_ACCOUNT_SID", AC), ("TWILIO_AUTH_TOKEN", "t")]),
            with_active("prod"),
            "sandbox | sandbox | ws=- | region=- | base=- | out=table",
        ),
        (
            "environment credentials alone",
            FlagInputs::default(),
            env(&[("TWILIO_ACCOUNT_SID", AC2), ("TWILIO_API_KEY", SK2),
                  ("TWILIO_API_SECRET", "env-secret"), ("TWILIO_REGION", "au1")]),
            file(),
            "environment | AC22 key SK22/env-secret | ws=- | region=au1 | base=- | out=table",
        ),
        (
            "environment values beat the profile's, flags beat both",
            FlagInputs {
                workspace_sid: Some(WS3.into()),
                output: Some(OutputFormat::Tsv),
                ..FlagInputs::default()
            },
            env(&[("TWILIO_AUTH_TOKEN", "env-token"), ("FLEXCTL_WORKSPACE_SID", WS2),
                  ("TWILIO_REGION", "au1"), ("FLEXCTL_BASE_URL", "https://proxy.example")]),
            with_active("prod"),
            "prod | AC01 token env-token | ws=WS33 | region=au1 | base=https://proxy.example | out=tsv",
        ),
        (
            "environment workspace beats the profile's",
            FlagInputs::default(),
            env(&[("FLEXCTL_WORKSPACE_SID", WS2)]),
            with_active("prod"),
            "prod | AC01 key SK01/file-secret | ws=WS22 | region=ie1 | base=- | out=json",
        ),
        (
            "TWILIO_ACCOUNT_SID beats the profile",
            FlagInputs::default(),
            env(&[("TWILIO_ACCOUNT_SID", AC2)]),
            with_active("prod"),
            "prod | AC22 key SK01/file-secret | ws=WS01 | region=ie1 | base=- | out=json",
        ),
        (
            "empty variables count as unset",
            FlagInputs::default(),
            env(&[("TWILIO_ACCOUNT_SID", ""), ("FLEXCTL_PROFILE", " ")]),
            ConfigFile::default(),
            "sandbox | sandbox | ws=- | region=- | base=- | out=table",
        ),
        (
            "the sandbox takes a workspace and base URL from the environment",
            FlagInputs::default(),
            env(&[("FLEXCTL_WORKSPACE_SID", WS2), ("FLEXCTL_BASE_URL", "http://127.0.0.1:1")]),
            ConfigFile::default(),
            "sandbox | sandbox | ws=WS22 | region=- | base=http://127.0.0.1:1 | out=table",
        ),
    ];
    for (what, flags, env, file, expected) in cases {
        let got = resolve(&flags, &env, &file).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(summary(&got), expected, "{what}");
    }
}

#[test]
fn profile_sources_and_defaults() {
    let s = resolve(&FlagInputs::default(), &env(&[]), &ConfigFile::default()).unwrap();
    assert_eq!(s.profile_source, ProfileSource::Default);
    assert!(s.is_sandbox());
    assert!(s.client_config().unwrap().is_none());
    let mut f = file();
    f.active = Some("prod".into());
    let s = resolve(
        &FlagInputs {
            timeout: Some(Duration::from_secs(3)),
            ..FlagInputs::default()
        },
        &env(&[]),
        &f,
    )
    .unwrap();
    assert_eq!(s.profile_source, ProfileSource::ConfigActive);
    assert_eq!(s.default_agent.as_deref(), Some("alice"));
    let cfg = s.client_config().unwrap().unwrap();
    assert_eq!(cfg.base.api, "https://api.ie1.twilio.com");
    assert_eq!(cfg.timeout, Duration::from_secs(3));
}

#[test]
fn missing_and_invalid_pieces_are_errors_with_hints() {
    let err_of = |env: EnvInputs, file: &ConfigFile, flags: FlagInputs| {
        resolve(&flags, &env, file).unwrap_err()
    };
    let none = FlagInputs::default();
    let cases: Vec<(EnvInputs, ConfigFile, FlagInputs, &str, &str)> = vec![
        (
            env(&[("TWILIO_ACCOUNT_SID", AC)]),
            ConfigFile::default(),
            none.clone(),
            "a secret for account",
            "TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN)",
        ),
        (
            env(&[("TWILIO_ACCOUNT_SID", AC), ("TWILIO_API_KEY", SK)]),
            ConfigFile::default(),
            none.clone(),
            "API key's secret",
            "set TWILIO_API_SECRET",
        ),
        (
            env(&[("TWILIO_ACCOUNT_SID", AC), ("TWILIO_API_SECRET", "s")]),
            ConfigFile::default(),
            none.clone(),
            "API key (SK…)",
            "set TWILIO_API_KEY",
        ),
        (
            env(&[("TWILIO_AUTH_TOKEN", "t")]),
            ConfigFile::default(),
            none.clone(),
            "account SID is missing",
            "set TWILIO_ACCOUNT_SID",
        ),
        (
            env(&[]),
            ConfigFile::default(),
            FlagInputs {
                profile: Some("nope".into()),
                ..FlagInputs::default()
            },
            "no profile named \"nope\"",
            "known profiles: sandbox",
        ),
        (
            env(&[("TWILIO_ACCOUNT_SID", "AC12"), ("TWILIO_AUTH_TOKEN", "t")]),
            ConfigFile::default(),
            none.clone(),
            "TWILIO_ACCOUNT_SID: \"AC12\" is not an account SID",
            "",
        ),
        (
            env(&[("FLEXCTL_WORKSPACE_SID", "WS1")]),
            ConfigFile::default(),
            none.clone(),
            "FLEXCTL_WORKSPACE_SID: \"WS1\" is not a workspace SID",
            "",
        ),
        (
            env(&[
                ("TWILIO_ACCOUNT_SID", AC),
                ("TWILIO_API_KEY", "SK1"),
                ("TWILIO_API_SECRET", "s"),
            ]),
            ConfigFile::default(),
            none.clone(),
            "TWILIO_API_KEY: \"SK1\" is not an API key SID",
            "",
        ),
    ];
    for (env, file, flags, message, hint) in cases {
        let err = err_of(env, &file, flags);
        assert!(err.to_string().contains(message), "{err} / {message}");
        assert!(
            err.hint().unwrap_or_default().contains(hint),
            "{:?} / {hint}",
            err.hint()
        );
    }
    // A hand-edited profile with a key but no secret names the profile field.
    let mut f = ConfigFile::default();
    f.profiles.insert(
        "half".into(),
        Profile {
            account_sid: Some(AC.into()),
            api_key: Some(SK.into()),
            ..Profile::default()
        },
    );
    f.active = Some("half".into());
    let err = err_of(env(&[]), &f, none.clone());
    assert!(
        err.hint().unwrap().contains("`api_secret` in profile half"),
        "{:?}",
        err.hint()
    );
    // The active profile named in the file no longer exists.
    f.active = Some("gone".into());
    assert!(matches!(
        err_of(env(&[]), &f, none),
        SettingsError::UnknownProfile { .. }
    ));
}

#[test]
fn secrets_never_show_in_debug() {
    let s = resolve(
        &FlagInputs::default(),
        &env(&[("TWILIO_ACCOUNT_SID", AC), ("TWILIO_AUTH_TOKEN", "tok-123")]),
        &ConfigFile::default(),
    )
    .unwrap();
    assert!(!format!("{s:?}").contains("tok-123"));
    let e = env(&[("TWILIO_API_SECRET", "sec-456")]);
    assert!(!format!("{e:?}").contains("sec-456"));
}

#[test]
fn concurrency_flag_beats_env_beats_profile_beats_default() {
    let with_profile = |n: Option<u32>| {
        let mut f = file();
        f.add(
            "c",
            Profile {
                account_sid: Some(AC.into()),
                auth_token: Some("t".into()),
                concurrency: n,
                ..Profile::default()
            },
        )
        .unwrap();
        f
    };
    let flags = |n: Option<usize>| FlagInputs {
        profile: Some("c".into()),
        concurrency: n,
        ..FlagInputs::default()
    };
    let run = |flag, env_v: &[(&str, &str)], prof| {
        resolve(&flags(flag), &env(env_v), &with_profile(prof)).map(|s| s.concurrency)
    };
    let e = [("FLEXCTL_CONCURRENCY", "12")];
    assert_eq!(run(Some(5), &e, Some(20)).unwrap(), 5);
    assert_eq!(run(None, &e, Some(20)).unwrap(), 12);
    assert_eq!(run(None, &[], Some(20)).unwrap(), 20);
    assert_eq!(run(None, &[], None).unwrap(), twilio::DEFAULT_CONCURRENCY);
    for bad in ["0", "abc", "257", "-3"] {
        let err = run(None, &[("FLEXCTL_CONCURRENCY", bad)], Some(20)).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("FLEXCTL_CONCURRENCY: concurrency"),
            "{err}"
        );
        assert!(err.hint().is_some());
    }
    let err = run(None, &[], Some(0)).unwrap_err();
    assert!(
        err.to_string().contains("the profile's concurrency"),
        "{err}"
    );
}

#[test]
fn timeout_flag_beats_env_beats_default_and_bad_values_are_named() {
    let none = ConfigFile::default();
    let got = |flag: Option<Duration>, vars: &[(&str, &str)]| {
        resolve(
            &FlagInputs {
                timeout: flag,
                ..FlagInputs::default()
            },
            &env(vars),
            &none,
        )
        .map(|s| s.timeout)
    };
    assert_eq!(got(None, &[]).unwrap(), DEFAULT_TIMEOUT);
    assert_eq!(
        got(None, &[("FLEXCTL_TIMEOUT", "1.5s")]).unwrap(),
        Duration::from_millis(1500)
    );
    assert_eq!(
        got(Some(Duration::from_secs(2)), &[("FLEXCTL_TIMEOUT", "9s")]).unwrap(),
        Duration::from_secs(2)
    );
    for bad in ["0s", "soon"] {
        let err = got(None, &[("FLEXCTL_TIMEOUT", bad)]).unwrap_err();
        assert!(err.to_string().starts_with("FLEXCTL_TIMEOUT: "), "{err}");
        assert!(err.hint().unwrap().contains("FLEXCTL_TIMEOUT=10s"));
    }
}

#[test]
fn output_flag_beats_the_profile_and_a_bad_profile_value_is_refused() {
    let mut f = file();
    f.active = Some("prod".into());
    let run = |flag: Option<OutputFormat>, f: &ConfigFile| {
        resolve(
            &FlagInputs {
                output: flag,
                yes: true,
                dry_run: true,
                ..FlagInputs::default()
            },
            &env(&[]),
            f,
        )
    };
    let s = run(None, &f).unwrap();
    assert_eq!(
        (s.format, s.yes, s.dry_run),
        (OutputFormat::Json, true, true)
    );
    assert_eq!(
        run(Some(OutputFormat::Tsv), &f).unwrap().format,
        OutputFormat::Tsv
    );
    f.profiles.get_mut("prod").unwrap().output = Some("yaml".into());
    let err = run(None, &f).unwrap_err();
    assert_eq!(
        err.to_string(),
        "profile prod: output \"yaml\" is not table, json or tsv"
    );
    // The flag wins, so a run can still be made while the profile is fixed.
    assert_eq!(
        run(Some(OutputFormat::Table), &f).unwrap().format,
        OutputFormat::Table
    );
}
