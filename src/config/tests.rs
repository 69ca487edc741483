//! Tests for the profiles file: paths, round trip, permissions, atomic save, profile
//! operations and the twilio-cli import.

use super::*;

const AC: &str = "AC0123456789abcdef0123456789abcdef";
const SK: &str = "SK0123456789abcdef0123456789abcdef";
const WS: &str = "WS0123456789abcdef0123456789abcdef";

fn prod() -> Profile {
    Profile {
        account_sid: Some(AC.into()),
        api_key: Some(SK.into()),
        api_secret: Some("top-secret-123".into()),
        workspace_sid: Some(WS.into()),
        default_agent: Some("alice".into()),
        region: Some("ie1".into()),
        edge: Some("dublin".into()),
        output: Some("json".into()),
        ..Profile::default()
    }
}

#[test]
fn path_prefers_xdg_then_home() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        config_path(env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")])).unwrap(),
        Path::new("/x/flexctl/config.toml")
    );
    assert_eq!(
        config_path(env(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/h")])).unwrap(),
        Path::new("/h/.config/flexctl/config.toml")
    );
    assert_eq!(
        config_path(env(&[("HOME", "/h")])).unwrap(),
        Path::new("/h/.config/flexctl/config.toml")
    );
    assert!(matches!(config_path(env(&[])), Err(ConfigError::NoHome)));
}

#[test]
fn round_trip_through_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flexctl").join("config.toml");
    assert!(
        load(&path).unwrap().profiles.is_empty(),
        "a missing file is an empty config"
    );

    let mut cfg = ConfigFile::default();
    cfg.add("prod", prod()).unwrap();
    cfg.use_profile("prod").unwrap();
    save(&cfg, &path).unwrap();
    let back = load(&path).unwrap();
    assert_eq!(back.active.as_deref(), Some("prod"));
    let p = &back.profiles["prod"];
    assert_eq!(p.account_sid.as_deref(), Some(AC));
    assert_eq!(
        p.api_secret.as_ref().unwrap().expose_secret(),
        "top-secret-123"
    );
    assert_eq!(p.default_agent.as_deref(), Some("alice"));
    assert_eq!(p.edge.as_deref(), Some("dublin"));
    assert!(p.auth_token.is_none());
    assert_eq!(back.to_toml(), cfg.to_toml());
    // No stray temporary files remain.
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[cfg(unix)]
#[test]
fn saved_file_is_private_and_loose_files_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut cfg = ConfigFile::default();
    cfg.add("prod", prod()).unwrap();
    save(&cfg, &path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = load(&path).unwrap_err();
    assert!(
        matches!(err, ConfigError::Insecure { mode: 0o644, .. }),
        "{err}"
    );
    assert_eq!(err.hint().unwrap(), format!("chmod 600 {}", path.display()));
    assert!(!err.to_string().contains("top-secret"));

    // Saving over a loose file leaves it private again.
    save(&cfg, &path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    // Without secrets, a readable file is fine (nothing to leak).
    let mut open = ConfigFile::default();
    open.add(
        "public",
        Profile {
            workspace_sid: Some(WS.into()),
            ..Profile::default()
        },
    )
    .unwrap();
    save(&open, &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(load(&path).is_ok());
}

#[test]
fn parse_errors_name_the_line_and_hide_values() {
    let text = "active = \"prod\"\n[profiles.prod]\napi_secret = \"hunter2\"\ncolour = \"red\"\n";
    let err = ConfigFile::parse(text, Path::new("/c.toml")).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("line 4"), "{msg}");
    assert!(!msg.contains("hunter2"), "{msg}");
    let err =
        ConfigFile::parse("[profiles.x\napi_secret = \"hunter2\"", Path::new("/c")).unwrap_err();
    assert!(!err.to_string().contains("hunter2"), "{err}");
}

#[test]
fn debug_redacts_secrets() {
    let mut cfg = ConfigFile::default();
    cfg.add("prod", prod()).unwrap();
    let dbg = format!("{cfg:?}");
    assert!(!dbg.contains("top-secret-123"), "{dbg}");
    assert!(dbg.contains(AC));
}

#[test]
fn profile_operations() {
    let mut cfg = ConfigFile::default();
    assert!(!cfg.add("prod", prod()).unwrap());
    assert!(cfg.add("prod", prod()).unwrap(), "adding again replaces");
    assert!(matches!(
        cfg.add("sandbox", prod()),
        Err(ConfigError::Reserved(_))
    ));
    assert!(matches!(
        cfg.add("a b", prod()),
        Err(ConfigError::Invalid(_))
    ));
    assert!(matches!(cfg.add("", prod()), Err(ConfigError::Invalid(_))));
    let bad = Profile {
        account_sid: Some("AC123".into()),
        ..prod()
    };
    let err = cfg.add("bad", bad).unwrap_err();
    assert!(
        err.to_string()
            .contains("expected AC followed by 32 hex digits"),
        "{err}"
    );
    let keyless = Profile {
        api_secret: None,
        ..prod()
    };
    assert!(cfg.add("keyless", keyless).is_err());

    let list = cfg.list();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (list[0].name.as_str(), list[0].active, list[0].implicit),
        ("sandbox", true, true)
    );
    assert_eq!((list[1].name.as_str(), list[1].active), ("prod", false));
    assert_eq!(list[1].auth, "api-key");
    let json = serde_json::to_string(&list).unwrap();
    assert!(!json.contains("top-secret"), "{json}");

    cfg.use_profile("prod").unwrap();
    assert!(cfg.show("prod").unwrap().active);
    assert!(!cfg.show("sandbox").unwrap().active);
    let err = cfg.use_profile("staging").unwrap_err();
    assert_eq!(err.hint().unwrap(), "known profiles: sandbox, prod");
    assert!(matches!(
        cfg.show("nope"),
        Err(ConfigError::UnknownProfile { .. })
    ));

    assert!(matches!(
        cfg.remove("sandbox"),
        Err(ConfigError::Reserved(_))
    ));
    cfg.remove("prod").unwrap();
    assert_eq!(cfg.active, None, "removing the active profile clears it");
    assert!(cfg.remove("prod").is_err());
    cfg.use_profile("sandbox").unwrap();
    assert_eq!(cfg.active.as_deref(), Some("sandbox"));
}

#[test]
fn import_from_twilio_cli() {
    let json = format!(
        r#"{{"profiles": {{
            "prod": {{"accountSid": "{AC}", "apiKey": "{SK}", "apiSecret": "s3", "region": "ie1",
                      "edge": "dublin"}},
            "keychain": {{"accountSid": "{AC}", "apiKey": "{SK}"}},
            "broken": 7,
            "nosid": {{"apiKey": "{SK}"}}
        }}, "activeProfile": "prod", "email": {{}}}}"#
    );
    let got = import_twilio_cli(&json).unwrap();
    assert_eq!(got.active.as_deref(), Some("prod"));
    let names: Vec<_> = got.profiles.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["keychain", "prod"]);
    let prod = &got.profiles[1].1;
    assert_eq!(prod.api_secret.as_ref().unwrap().expose_secret(), "s3");
    assert_eq!(prod.region.as_deref(), Some("ie1"));
    assert!(got.profiles[0].1.api_secret.is_none());

    let old = format!(
        r#"{{"projects": [{{"id": "legacy", "accountSid": "{AC}", "apiKey": "{SK}",
             "apiSecret": "s"}}, "junk"], "activeProject": "legacy"}}"#
    );
    let got = import_twilio_cli(&old).unwrap();
    assert_eq!(got.profiles[0].0, "legacy");
    assert_eq!(got.active.as_deref(), Some("legacy"));

    let flat = format!(r#"{{"accountSid": "{AC}", "authToken": "t"}}"#);
    let got = import_twilio_cli(&flat).unwrap();
    assert_eq!(got.profiles[0].0, "default");
    assert!(got.profiles[0].1.auth_token.is_some());

    for junk in [
        "",
        "[]",
        "null",
        "{\"profiles\": [1,2]}",
        "{\"profiles\": {\"x\": null}}",
        "{",
    ] {
        match import_twilio_cli(junk) {
            Ok(got) => assert!(got.profiles.is_empty(), "{junk}"),
            Err(e) => assert!(matches!(e, ConfigError::Invalid(_)), "{junk}"),
        }
    }
}
