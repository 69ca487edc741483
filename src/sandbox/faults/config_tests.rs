//! Unit tests of the fault spec: parsing, printing, defaults, scope and determinism.

use super::*;

#[test]
fn a_full_spec_parses_and_prints_back() {
    let c = FaultConfig::parse(
        "rate=0.2,kinds=500+503:3+429+drop+lost+delay,delay=200ms,seed=7,method=post,\
         path=/v1/*,latency=50ms,retry-after=1",
    )
    .unwrap();
    assert_eq!(c.rate, 0.2);
    assert_eq!(c.mix.len(), 6);
    assert_eq!(
        c.mix[1],
        Weighted {
            kind: FaultKind::Error503,
            weight: 3
        }
    );
    assert_eq!(c.mix[5].kind, FaultKind::Delay(200));
    assert_eq!(c.method.as_deref(), Some("POST"));
    assert_eq!(c.path.as_deref(), Some("/v1/*"));
    assert_eq!(
        (c.latency_ms, c.retry_after, c.seed),
        (50, Some(1), Some(7))
    );
    let spec = c.to_spec();
    assert_eq!(
        spec,
        "rate=0.2,kinds=500+503:3+429+drop+lost+delay,delay=200ms,retry-after=1,\
         method=POST,path=/v1/*,latency=50ms,seed=7"
    );
    assert_eq!(FaultConfig::parse(&spec).unwrap(), c);
    assert_eq!(c.to_string(), spec);
}

#[test]
fn round_trips_over_assorted_specs() {
    for spec in [
        "kinds=503",
        "rate=1,kinds=429,retry-after=0",
        "rate=50%,kinds=lost",
        "rate=0.05",
        "latency=50ms",
        "latency=1s,rate=0.1,kinds=delay:2+drop,delay=2s",
        "rate=1, kinds=500 503, method=*, path=*",
        "RATE=0.3,Kinds=too-many+lost-response,Seed=18446744073709551615",
    ] {
        let c = FaultConfig::parse(spec).unwrap_or_else(|e| panic!("{spec}: {e}"));
        let again = FaultConfig::parse(&c.to_spec()).unwrap();
        assert_eq!(again, c, "{spec} -> {}", c.to_spec());
    }
}

#[test]
fn defaults_follow_what_was_given() {
    let c = FaultConfig::parse("kinds=503").unwrap();
    assert_eq!(c.rate, 1.0);
    let c = FaultConfig::parse("rate=0.1").unwrap();
    assert_eq!(c.mix.len(), 6);
    assert!(c.mix.contains(&Weighted {
        kind: FaultKind::Delay(DEFAULT_DELAY_MS),
        weight: 1
    }));
    let c = FaultConfig::parse("latency=50ms").unwrap();
    assert_eq!((c.rate, c.latency_ms), (0.0, 50));
    assert!(!c.is_off());
    assert_eq!(c, FaultConfig::latency_only(50));
    assert_eq!(FaultConfig::parse("rate=1,kinds=drop").unwrap(), {
        FaultConfig::always(FaultKind::Drop)
    });
}

#[test]
fn none_and_off_disable() {
    for s in ["none", "OFF", " off "] {
        let c = FaultConfig::parse(s).unwrap();
        assert!(c.is_off());
        assert_eq!(c.to_spec(), "none");
    }
    assert!(FaultConfig::parse("rate=0,kinds=503").unwrap().is_off());
}

#[test]
fn errors_name_the_bad_part() {
    for (spec, needle) in [
        ("", "empty"),
        ("rate=2", "rate=2"),
        ("rate=NaN", "rate=NaN"),
        ("rate=-0.1", "rate"),
        ("rate=abc", "rate=abc"),
        ("kinds=502", "'502'"),
        ("kinds=", "at least one"),
        ("kinds=503:0", "weight"),
        ("kinds=503+503", "twice"),
        ("delay=fast,kinds=delay", "delay"),
        ("delay=2h,kinds=delay", "longer"),
        ("kinds=503,delay=1s", "delay kind"),
        ("kinds=503,retry-after=1", "429"),
        ("rate=1,retry-after=-1", "retry-after"),
        ("rate=1,method=P0ST", "method=P0ST"),
        ("rate=1,path=v1/*", "path=v1/*"),
        ("rate=1,path=/a b", "path"),
        ("rate=1,seed=-3", "seed=-3"),
        ("rate=1,bogus=1", "unknown key 'bogus'"),
        ("rate", "expected key=value"),
        ("rate=1,rate=0", "twice"),
        ("seed=4", "nothing to inject"),
    ] {
        let e = FaultConfig::parse(spec).expect_err(spec);
        assert!(e.contains(needle), "{spec}: {e}");
    }
    let huge = format!("rate={}", "9".repeat(100_000));
    let e = FaultConfig::parse(&huge).unwrap_err();
    assert!(e.len() < 200, "{e}");
}

#[test]
fn globs_cross_slashes() {
    assert!(glob(
        "/2010-04-01/*/Participants.json",
        "/2010-04-01/Accounts/AC1/Conferences/CF1/Participants.json"
    ));
    assert!(!glob(
        "/2010-04-01/*/Participants.json",
        "/2010-04-01/Accounts/AC1/Conferences/CF1/Participants/CA1.json"
    ));
    assert!(glob("*/Participants/*", "/x/Participants/CA1.json"));
    assert!(glob("/v1/*", "/v1/Workspaces"));
    assert!(glob("*", ""));
    assert!(glob("/a*b*c", "/aXbYbZc"));
    assert!(!glob("/a*b*c", "/aXbYbZ"));
    assert!(glob("/exact", "/exact"));
    assert!(!glob("/exact", "/exact/more"));
}

#[test]
fn scope_matches_method_and_path() {
    let c = FaultConfig::parse("kinds=503,method=POST,path=/v1/*").unwrap();
    assert!(c.matches("POST", "/v1/Workspaces/WS1/Tasks"));
    assert!(c.matches("post", "/v1/Workspaces/WS1/Tasks"));
    assert!(!c.matches("GET", "/v1/Workspaces/WS1/Tasks"));
    assert!(!c.matches("POST", "/2010-04-01/Accounts"));
}

#[test]
fn config_serializes_with_kind_names() {
    let c = FaultConfig::parse("rate=0.5,kinds=503+delay:2,delay=20ms,seed=3").unwrap();
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["rate"], 0.5);
    assert_eq!(v["mix"][0]["kind"], "503");
    assert_eq!(v["mix"][1]["weight"], 2);
    assert_eq!(v["mix"][1]["delay_ms"], 20);
    assert_eq!(v["seed"], 3);
    assert!(v["method"].is_null());
}
