//! The generator's plan: presets, refusals with a reason, determinism and consistency.

use super::*;

#[test]
fn presets_are_valid_and_bad_sizes_are_refused_with_a_reason() {
    for size in ["demo", "medium", "large"] {
        let spec = Spec::preset(size).unwrap();
        assert_eq!(spec.problem(), None, "{size}");
    }
    assert!(Spec::preset("huge").is_none());
    let large = Spec::preset("large").unwrap();
    let cases = [
        (
            Spec {
                calls: 2_001,
                ..large
            },
            "more than 2000",
        ),
        (
            Spec {
                agents: 20_001,
                ..large
            },
            "more than 20000",
        ),
        (
            Spec {
                queues: 5_001,
                ..large
            },
            "more than 5000",
        ),
        (
            Spec {
                stale: 501,
                ..large
            },
            "more than --queues",
        ),
        (
            Spec {
                stale: 500,
                ..large
            },
            "not stale",
        ),
        (
            Spec {
                agents: 329,
                ..large
            },
            "need 330 agents",
        ),
        (
            Spec {
                agents: 0,
                calls: 0,
                ..large
            },
            "at least one agent",
        ),
    ];
    for (spec, why) in cases {
        let p = spec.problem().unwrap_or_default();
        assert!(p.contains(why), "{spec:?}: {p}");
    }
    assert_eq!(
        Spec {
            calls: 0,
            stale: 500,
            ..large
        }
        .problem(),
        None
    );
}

#[test]
fn the_plan_is_deterministic_and_consistent() {
    let spec = Spec::preset("medium").unwrap();
    let (a, b) = (plan(spec), plan(spec));
    let sids = |p: &Plan| -> Vec<String> {
        p.calls
            .iter()
            .map(|c| format!("{} {} {}", c.task, p.agents[c.agent].sid, c.queue))
            .collect()
    };
    assert_eq!(sids(&a), sids(&b));
    let other = plan(Spec { seed: 2, ..spec });
    assert_ne!(sids(&a), sids(&other), "another seed, another centre");
    assert_eq!(a.queues.iter().filter(|q| q.stale).count(), 10);
    assert_eq!(a.calls.iter().filter(|c| c.consult.is_some()).count(), 3);
    let mut busy: Vec<usize> = a.calls.iter().map(|c| c.agent).collect();
    busy.extend(
        a.calls
            .iter()
            .filter_map(|c| c.consult.as_ref().map(|k| k.agent)),
    );
    let n = busy.len();
    busy.sort_unstable();
    busy.dedup();
    assert_eq!(busy.len(), n, "nobody holds two calls");
    for c in &a.calls {
        assert!(
            !a.queues[c.queue].stale,
            "a live call came through a live queue"
        );
        assert!(a.agents[c.agent].skills.contains(&c.queue));
        if let Some(k) = &c.consult {
            assert!(a.agents[k.agent].skills.contains(&k.queue));
            assert!(!a.queues[k.queue].stale);
        }
    }
    for q in a.queues.iter().filter(|q| q.stale) {
        assert!(q.history.iter().all(|d| *d > 30), "{}", q.name);
    }
    let names: std::collections::HashSet<&str> = a.agents.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names.len(), 200, "agent names are unique");
    let activities: std::collections::HashSet<&str> = a.agents.iter().map(|x| x.activity).collect();
    assert!(activities.len() >= 4, "{activities:?}");
}
