//! The interactive paths, driven through scripted answers (`FLEXCTL_PROMPT_ANSWERS`): what a
//! person types at a picker, a confirmation, a text or secret prompt, and Escape.

use crate::common::{run, Run, TestSandbox};

/// Runs flexctl against `sb` with `answers` as what the person types, one answer a line.
fn answering(sb: &TestSandbox, answers: &str, args: &[&str]) -> Run {
    let file = sb.dir.path().join("answers.txt");
    std::fs::write(&file, answers).unwrap();
    let mut cmd = sb.flexctl_cmd();
    cmd.env("FLEXCTL_PROMPT_ANSWERS", &file).args(args);
    run(&mut cmd)
}

#[test]
fn a_confirmation_answered_no_is_refused_and_changes_nothing() {
    let sb = TestSandbox::new();
    let mark = sb.log_mark();
    let r = answering(&sb, "n\n", &["queue", "reset", "Escalations"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("not confirmed"), "{}", r.stderr);
    let posts = sb
        .requests_since(mark)
        .into_iter()
        .filter(|(m, _)| m == "POST")
        .count();
    assert_eq!(posts, 0, "nothing is sent before the answer");
}

#[test]
fn escape_at_a_confirmation_is_interrupted() {
    let sb = TestSandbox::new();
    let r = answering(&sb, "\n", &["queue", "reset", "Escalations"]);
    assert_eq!(r.code, 130, "{r:?}");
}

#[test]
fn a_confirmation_answered_yes_goes_ahead() {
    let sb = TestSandbox::new();
    let r = answering(&sb, "y\n", &["-o", "json", "queue", "reset", "Escalations"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["queues"][0]["result"], "reset", "{}", r.stdout);
}

#[test]
fn text_and_secret_prompts_fill_a_profile() {
    let sb = TestSandbox::new();
    let answers = format!("{}\n\n{}\n", sb.account(), sb.token());
    let r = answering(
        &sb,
        &answers,
        &["profile", "add", "typed", "--profile-base-url", sb.base()],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stderr.contains("added profile typed"), "{}", r.stderr);
    assert!(
        !r.stderr.contains(&sb.token()),
        "the secret is never echoed"
    );
    assert!(r.stderr.contains("credentials work"), "{}", r.stderr);
    let v = answering(&sb, "", &["-o", "json", "profile", "show", "typed"])
        .ok()
        .json();
    assert_eq!(v[1]["setting"], "account_sid");
    assert_eq!(v[1]["value"], sb.account());
    assert_eq!(v[2]["value"], "auth-token", "{v}");
}
