//! What a waiting verb shows: a spinner on a terminal saying whom it waits for, for how long so far and at most; one status line elsewhere.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::Ui;
use crate::domain::plan::{Accept, Action, Callee, Plan, Target};

const CANCEL: &str = "(Ctrl-C cancels cleanly)";

/// What `plan` waits for, `ringing bob` or `an agent of Support to accept`, with its longest
/// wait; `None` when it does not wait.
pub fn waits_for(plan: &Plan) -> Option<(String, u32)> {
    let mut what = None;
    let mut ringing = None;
    let mut queue = None;
    for s in &plan.steps {
        match &s.action {
            Action::Ring {
                callee: Callee::Agent { name, .. },
                ..
            } => ringing = Some(name.clone()),
            Action::Ring {
                callee: Callee::Number { number },
                ..
            } => ringing = Some(number.clone()),
            Action::CreateConsultTask { target, .. } => queue = Some(target.clone()),
            Action::AwaitAcceptance { timeout_s, accept } if what.is_none() => match &queue {
                Some(Target::Agent { name, .. }) if *accept == Accept::Agent => {
                    what = Some((format!("{name} to accept the transfer"), *timeout_s));
                }
                // flexctl accepts an agent's reservation itself, at once: the wait that
                // matters is the ring.
                Some(Target::Agent { .. }) => {}
                Some(Target::Queue { name, .. }) => {
                    what = Some((format!("an agent of {name} to accept"), *timeout_s));
                }
                Some(Target::Number { .. }) => {}
                None => what = Some(("an agent to accept".to_string(), *timeout_s)),
            },
            Action::AwaitAnswer { timeout_s } if what.is_none() => {
                let who = ringing.as_deref().unwrap_or("the agent who accepted");
                what = Some((format!("ringing {who}"), *timeout_s));
            }
            _ => {}
        }
    }
    what
}

/// Starts showing the wait of `plan`: a ticking spinner on a terminal (`ringing bob… 4s of
/// 30s`), a status line otherwise, nothing with `-o json` or `-q` (stderr then carries only
/// errors). The spinner is returned so the caller can clear it.
pub fn start(ui: &Ui, plan: &Plan) -> Option<ProgressBar> {
    let (what, timeout_s) = waits_for(plan)?;
    if ui.json() || ui.quiet {
        return None;
    }
    if !ui.stderr_tty {
        ui.status(&format!("waiting: {what}, up to {timeout_s}s {CANCEL}…"));
        return None;
    }
    let bar = ProgressBar::new_spinner();
    // The message is plain text from the plan: no braces reach the template.
    let template = format!("{{spinner}} {{msg}}… {{elapsed}} of {timeout_s}s {CANCEL}");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar.set_message(super::sanitize::clean(&what));
    bar.enable_steady_tick(Duration::from_millis(100));
    Some(bar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Step;

    fn plan(actions: Vec<Action>) -> Plan {
        Plan {
            verb: "consult".into(),
            steps: actions
                .into_iter()
                .map(|action| Step { action, undo: None })
                .collect(),
        }
    }

    #[test]
    fn names_whom_it_waits_for_and_how_long_at_most() {
        let ring = Action::Ring {
            callee: Callee::Agent {
                worker_sid: "WK1".into(),
                name: "bob".into(),
                contact_uri: "client:bob".into(),
            },
            from: "+1555".into(),
            timeout_s: 30,
        };
        let bob = Target::Agent {
            worker_sid: "WK1".into(),
            name: "bob".into(),
            contact_uri: "client:bob".into(),
        };
        let task_for = |target: &Target| Action::CreateConsultTask {
            target: target.clone(),
            ignore_capacity: false,
            note: None,
        };
        let accept = |accept| Action::AwaitAcceptance {
            timeout_s: 45,
            accept,
        };
        // flexctl accepts bob's reservation at once: the ring is what is waited for.
        let p = plan(vec![
            task_for(&bob),
            accept(Accept::Flexctl),
            ring.clone(),
            Action::AwaitAnswer { timeout_s: 30 },
        ]);
        assert_eq!(waits_for(&p), Some(("ringing bob".into(), 30)));
        let p = plan(vec![task_for(&bob), accept(Accept::Agent), ring]);
        assert_eq!(
            waits_for(&p),
            Some(("bob to accept the transfer".into(), 45))
        );
        let support = Target::Queue {
            queue_sid: "WQ1".into(),
            name: "Support".into(),
        };
        let q = plan(vec![
            task_for(&support),
            accept(Accept::Flexctl),
            Action::AwaitAnswer { timeout_s: 30 },
        ]);
        assert_eq!(
            waits_for(&q),
            Some(("an agent of Support to accept".into(), 45))
        );
        assert_eq!(waits_for(&plan(vec![Action::Unring])), None);
    }
}
