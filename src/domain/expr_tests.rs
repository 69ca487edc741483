//! Table tests of the target-workers expression language.

use super::*;
use serde_json::json;

#[test]
fn evaluates_a_table_of_expressions() {
    let attrs = json!({
        "queue": "Billing",
        "skills": ["support", "billing"],
        "routing": { "skills": ["support"], "level": 3 },
        "name": "bob",
        "flexctl": { "kind": "consult" },
    });
    let cases: &[(&str, bool)] = &[
        ("1==1", true),
        ("1 == 2", false),
        ("queue == \"Billing\"", true),
        ("queue == 'Billing'", true),
        ("queue = 'Billing'", true),
        ("queue != \"Billing\"", false),
        ("queue == \"Sales\"", false),
        ("skills HAS \"billing\"", true),
        ("skills has 'sales'", false),
        ("routing.skills HAS 'support'", true),
        ("routing.level > 2", true),
        ("routing.level <= 2", false),
        ("queue IN ['Billing', 'Sales']", true),
        ("queue in [\"Sales\"]", false),
        ("queue NOT IN ['Sales']", true),
        ("skills IN ['billing']", true),
        ("missing == 'x'", false),
        ("missing IN ['x']", false),
        ("flexctl.kind == 'consult' AND queue == 'Billing'", true),
        ("flexctl.kind == 'consult' and queue == 'Sales'", false),
        ("queue == 'Sales' OR name == 'bob'", true),
        (
            "(queue == 'Sales' or name == 'bob') AND skills HAS 'support'",
            true,
        ),
        ("NOT queue == 'Sales'", true),
        ("not (queue == 'Billing')", false),
        ("name CONTAINS 'o'", true),
        ("queue == 'Billing' && name == 'bob'", true),
    ];
    for (src, want) in cases {
        let e = parse(src).unwrap_or_else(|err| panic!("{src}: {err}"));
        assert_eq!(e.eval(&attrs), *want, "{src}");
    }
}

#[test]
fn precedence_binds_and_tighter_than_or() {
    let attrs = json!({ "a": 1, "b": 2 });
    // false OR (true AND true)
    assert!(parse("a == 9 OR a == 1 AND b == 2").unwrap().eval(&attrs));
    // (false OR true) AND false
    assert!(!parse("(a == 9 OR a == 1) AND b == 9").unwrap().eval(&attrs));
}

#[test]
fn rejects_malformed_expressions_without_panicking() {
    for src in [
        "",
        "queue ==",
        "queue 'x'",
        "queue == 'x",
        "(queue == 'x'",
        "queue == 'x')",
        "skills HAS",
        "a IN ['x' 'y']",
        "a == 'x' AND",
        "a.. == 1",
        "a # 1",
        "== 1",
        "NOT",
    ] {
        assert!(parse(src).is_err(), "{src:?} should not parse");
    }
    let deep = format!("{}1==1{}", "(".repeat(1_000), ")".repeat(1_000));
    assert!(parse(&deep).unwrap_err().contains("deeper"));
    assert!(parse(&"NOT ".repeat(1_000)).is_err());
    let long = vec!["a == 1"; 2_000].join(" AND ");
    assert!(parse(&long).unwrap_err().contains("too long"));
    let ok = vec!["a == 1"; 500].join(" AND ");
    assert!(parse(&ok).unwrap().eval(&json!({ "a": 1 })));
}
