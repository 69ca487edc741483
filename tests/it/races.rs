//! Many operators at once: eight `consult` processes on one call let exactly one transfer
//! through (the others exit 5), and eight `queue reset --stale` processes reset every stale
//! queue and leave no reset task pending.

use serde_json::Value;

use crate::common::TestSandbox;
use crate::transfer_harness::{error_of, finish, invariants, spawn};

#[test]
fn eight_concurrent_consults_make_exactly_one_transfer() {
    let sb = TestSandbox::new();
    let targets = [
        "bob", "carol", "bob", "carol", "bob", "carol", "bob", "carol",
    ];
    let children: Vec<_> = targets
        .iter()
        .map(|t| spawn(&sb, &["-o", "json", "-q", "consult", "agent", t]))
        .collect();
    let runs: Vec<_> = children.into_iter().map(finish).collect();
    let winners = runs.iter().filter(|r| r.code == 0).count();
    assert_eq!(winners, 1, "{runs:#?}");
    for loser in runs.iter().filter(|r| r.code != 0) {
        // 5: lost the compare-and-set; 1: read the winner's record before starting.
        assert!(matches!(loser.code, 1 | 5), "{loser:#?}");
        assert_eq!(error_of(loser)["id"], "no-other-transfer");
    }
    let s = invariants(&sb, "after eight racing consults");
    assert_eq!(s.consult_legs().len(), 1, "{:#?}", s.legs);
    assert_eq!(
        s.records().len(),
        1,
        "exactly one transfer: {}",
        s.attributes_raw
    );
}

#[test]
fn eight_concurrent_stale_resets_reset_every_queue_and_leave_nothing_pending() {
    let sb = TestSandbox::new();
    let children: Vec<_> = (0..8)
        .map(|_| {
            spawn(
                &sb,
                &["-o", "json", "-q", "--yes", "queue", "reset", "--stale"],
            )
        })
        .collect();
    let runs: Vec<_> = children.into_iter().map(finish).collect();
    for run in &runs {
        assert_eq!(run.code, 0, "{run:#?}");
    }
    // Every stale queue now shows a task in the last 30 days.
    let (_, stats) = sb.get(&sb.pv1("/TaskQueues/Statistics?Minutes=43200&PageSize=1000"));
    for q in stats["task_queues_statistics"]
        .as_array()
        .expect("statistics")
    {
        assert!(
            q["cumulative"]["tasks_entered"].as_u64().unwrap_or(0) > 0,
            "{q}"
        );
    }
    // Racing processes may each reset a queue they all saw stale; what matters is that no
    // reset task is left pending or reserved, and each queue was reset at least once.
    let (_, open) =
        sb.get(&sb.pv1("/Tasks?AssignmentStatus=pending&AssignmentStatus=reserved&PageSize=1000"));
    let pending_resets: Vec<&Value> = open["tasks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["attributes"].as_str().unwrap_or("").contains("\"reset\""))
        .collect();
    assert!(pending_resets.is_empty(), "{pending_resets:#?}");
    let reset_names: Vec<String> = runs
        .iter()
        .flat_map(|r| r.json()["queues"].as_array().cloned().unwrap_or_default())
        .filter(|q| q["result"] == "reset")
        .filter_map(|q| q["name"].as_str().map(str::to_string))
        .collect();
    for name in ["Escalations", "Retention"] {
        assert!(
            reset_names.iter().any(|n| n == name),
            "{name} was reset: {reset_names:?}"
        );
    }
}
