//! `watch`: one JSON line per change for scripts (the call followed until it ends, the
//! requests of each read counted), and the live view on a terminal (a refresh seen, q and
//! Ctrl-C leaving it with the terminal put back).

use std::io::{BufRead, BufReader};

use serde_json::Value;

use crate::common::TestSandbox;
use crate::terminal::{assert_within, on_terminal, on_terminal_run, strip};
use crate::transfer_harness::{agent_behaves, finish, send_signal, spawn, unfreeze};

/// The next JSON line a spawned watch printed.
fn next_line(lines: &mut impl Iterator<Item = std::io::Result<String>>) -> Value {
    let line = lines
        .next()
        .expect("watch printed a line")
        .expect("stdout readable");
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

#[test]
fn json_lines_follow_the_call_change_by_change_until_it_ends() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "never", "0ms");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let task = flexctl::sandbox::seed::live_task_sid();
    let mark = sb.log_mark();
    let mut child = spawn(&sb, &["watch", "--task", &task, "--interval", "250ms"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = next_line(&mut lines);
    assert_eq!(first["phase"], "consult-ringing", "{first}");
    assert_eq!(first["ended"], false, "{first}");
    assert_eq!(first["task_sid"], task.as_str());
    assert!(first["participants"].as_array().unwrap().len() == 3);
    assert_eq!(first["transfers"][0]["status"], "ringing", "{first}");
    // Nothing changes for a while: no line (one per change, not per read).
    std::thread::sleep(std::time::Duration::from_millis(800));
    let (status, body) = sb.post("/sandbox/agents/bob/answer", &[]);
    assert!(status.is_success(), "{body}");
    let second = next_line(&mut lines);
    assert_eq!(second["phase"], "consulting", "{second}");
    let (status, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert!(status.is_success(), "{body}");
    let last = next_line(&mut lines);
    assert_eq!(last["ended"], true, "{last}");
    assert_eq!(last["task_sid"], task.as_str());
    assert_eq!(last["phase"], "consulting");
    assert!(lines.next().is_none(), "nothing after the end");
    let run = finish(child);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The workspace once, then every read the same four GETs (the task, its reservation, the
    // workers, the legs), the last one (the call over) too; watch changes nothing.
    let reqs = sb.requests_since(mark);
    assert!(reqs.iter().all(|(m, _)| m == "GET"), "{reqs:#?}");
    let task_path = format!("/Tasks/{task}");
    let reads = reqs.iter().filter(|(_, p)| p.ends_with(&task_path)).count();
    assert!(reads >= 3, "{reqs:#?}");
    assert_eq!(reqs.len(), 4 * reads + 1, "{reqs:#?}");
    let per = |what: &str| reqs.iter().filter(|(_, p)| p.ends_with(what)).count();
    assert_eq!(per("/Reservations"), reads);
    assert_eq!(per("/Workers"), reads);
    assert_eq!(per("/Participants.json"), reads);
}

#[test]
fn each_read_costs_a_bounded_number_of_requests() {
    let sb = TestSandbox::new();
    let task = flexctl::sandbox::seed::live_task_sid();
    // The workspace once per run; then one call: four requests.
    let mark = sb.log_mark();
    let run = sb
        .flexctl(&["-o", "json", "watch", "--task", &task, "--count", "1"])
        .ok();
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["phase"], "live");
    let reqs = sb.requests_since(mark);
    assert_eq!(reqs.len(), 1 + 4, "{reqs:#?}");
    // The centre: five lists (tasks, conferences, workers, queues, their statistics), then
    // the legs and the reservation of each live call, as `calls list` reads them.
    let mark = sb.log_mark();
    let run = sb.flexctl(&["watch", "--all", "--count", "1"]).ok();
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(v["calls"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["calls"][0]["task_sid"], task.as_str());
    let alice = v["agents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "alice")
        .unwrap();
    assert_eq!(alice["voice_in_use"], 1, "{v}");
    assert_eq!(alice["on_call"], task.as_str());
    assert!(v["queues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["name"] == "Escalations" && q["stale"] == true));
    let reqs = sb.requests_since(mark);
    assert_eq!(reqs.len(), 1 + 5 + 2, "{reqs:#?}");
    // A second live call adds its two reads, no more.
    sb.flexctl(&["-q", "sandbox", "seed", "--size", "demo", "--calls", "3"])
        .ok();
    let mark = sb.log_mark();
    let run = sb.flexctl(&["watch", "--all", "--count", "1"]).ok();
    let v: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    let calls = v["calls"].as_array().unwrap().len();
    assert_eq!(calls, 3, "{v}");
    assert_eq!(sb.requests_since(mark).len(), 1 + 5 + 2 * calls);
}

#[test]
fn watch_refuses_what_it_cannot_do() {
    let sb = TestSandbox::new();
    let run = sb.flexctl(&["watch", "--interval", "100ms"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("250ms or more"), "{}", run.stderr);
    let run = sb.flexctl(&["watch", "--all", "--agent", "alice"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = sb.flexctl(&["watch", "--agent", "nobody"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    // --within bounds a watch of a call that never changes: exit 0, one line.
    let run = sb
        .flexctl(&["watch", "--within", "600ms", "--interval", "250ms"])
        .ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

#[test]
fn tsv_lines_carry_the_header_once() {
    let sb = TestSandbox::new();
    let run = sb
        .flexctl(&[
            "-o",
            "tsv",
            "watch",
            "--within",
            "600ms",
            "--interval",
            "250ms",
        ])
        .ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("task_sid\tconference_sid"),
        "{}",
        run.stdout
    );
    assert_eq!(lines.len(), 3, "header and two legs: {}", run.stdout);
}

/// The terminal was handed back: the alternate screen left, the cursor shown again, after
/// the last time it was entered. Every frame drawn on it fits `cols` (what follows the
/// screen, on the shell's own screen, is checked apart: it starts where the cursor was).
#[track_caller]
fn assert_screen_restored(output: &str, cols: usize) {
    let enter = output
        .rfind("\u{1b}[?1049h")
        .expect("the alternate screen was used");
    let leave = output
        .rfind("\u{1b}[?1049l")
        .expect("the alternate screen was left");
    assert!(leave > enter, "left before entered");
    assert!(
        output[enter..].contains("\u{1b}[?25h"),
        "cursor not shown again"
    );
    assert_within(&strip(&output[..leave]), cols, "watch's frames");
    assert_within(&strip(&output[leave..]), cols, "after watch");
}

#[test]
fn on_a_terminal_the_view_refreshes_in_place_and_q_leaves_it() {
    let sb = TestSandbox::new();
    unfreeze(&sb);
    // bob answers four seconds after he starts ringing: the watch sees the phase change.
    agent_behaves(&sb, "bob", "answer", "4s");
    sb.flexctl(&["-q", "consult", "agent", "bob"]).ok();
    let screen = on_terminal(
        &sb,
        120,
        &[("consult-ringing", ""), ("consulting", "q")],
        &["watch", "--interval", "250ms"],
    );
    assert_eq!(screen.exit, 0, "{}", screen.output);
    assert_screen_restored(&screen.output, 120);
    let plain = strip(&screen.output);
    assert!(plain.contains("q quits"), "{plain}");
    assert!(plain.contains("talking   alice ⇄ bob (consult)"), "{plain}");
}

#[test]
fn ctrl_c_leaves_the_view_with_130_and_the_terminal_restored() {
    let sb = TestSandbox::new();
    for args in [&["watch"][..], &["watch", "--all"][..]] {
        let screen = on_terminal(&sb, 80, &[("q quits", "\x03")], args);
        assert_eq!(screen.exit, 130, "{args:?}: {}", screen.output);
        assert_screen_restored(&screen.output, 80);
    }
}

/// The line discipline comes back too: after q, and after Ctrl-C, the shell that ran watch
/// finds its terminal echoing and reading lines again (the shell itself outlives the Ctrl-C).
#[test]
fn the_terminal_echoes_and_reads_lines_again_after_watch() {
    let sb = TestSandbox::new();
    let bin = sb.flexctl_cmd().get_program().to_owned();
    for key in ["q", "\x03"] {
        let screen = on_terminal_run(
            &sb,
            100,
            &[("q quits", key)],
            std::ffi::OsStr::new("sh"),
            &[
                "-c",
                "trap : INT; \"$0\" watch; echo \"exit=$?\"; stty -a",
                bin.to_str().unwrap(),
            ],
        );
        let plain = strip(&screen.output);
        let want = if key == "q" { "exit=0" } else { "exit=130" };
        assert!(plain.contains(want), "{plain}");
        let modes = &plain[plain.find(want).unwrap()..];
        for flag in ["icanon", "echo"] {
            assert!(
                modes.contains(&format!(" {flag}")) && !modes.contains(&format!("-{flag} ")),
                "{flag} not restored:\n{modes}"
            );
        }
    }
}

/// The call ends under the view: the screen is handed back, watch says so and exits 0.
#[test]
fn on_a_terminal_the_call_ending_closes_the_view_with_0() {
    let sb = TestSandbox::new();
    let bin = sb.flexctl_cmd().get_program().to_owned();
    let screen = on_terminal_run(
        &sb,
        100,
        &[("ended", "")],
        std::ffi::OsStr::new("sh"),
        &[
            "-c",
            "(sleep 1.5; \"$0\" -q sandbox hangup-customer >/dev/null) & \"$0\" watch --interval 250ms; echo \"exit=$?\"; wait",
            bin.to_str().unwrap(),
        ],
    );
    assert_screen_restored(&screen.output, 100);
    let plain = strip(&screen.output);
    let task = flexctl::sandbox::seed::live_task_sid();
    assert!(plain.contains(&format!("the call {task} ended")), "{plain}");
    assert!(plain.contains("exit=0"), "{plain}");
}

/// A whole hand-off under the watch: the lines follow the call to bob's task, and the call
/// ending after it still ends the watch.
#[test]
fn json_lines_follow_the_call_across_a_hand_off() {
    let sb = TestSandbox::new();
    agent_behaves(&sb, "bob", "answer", "0ms");
    let first_task = flexctl::sandbox::seed::live_task_sid();
    let mut child = spawn(&sb, &["watch", "--interval", "250ms"]);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(next_line(&mut lines)["agent"], "alice");
    sb.flexctl(&["-q", "transfer", "agent", "bob"]).ok();
    let mut seen = Vec::new();
    loop {
        let v = next_line(&mut lines);
        let done = v["agent"] == "bob" && v["phase"] == "live";
        seen.push(v);
        if done {
            break;
        }
    }
    let last = seen.last().unwrap();
    assert_ne!(last["task_sid"], first_task.as_str(), "{last}");
    let (status, body) = sb.post("/sandbox/hangup-customer", &[]);
    assert!(status.is_success(), "{body}");
    let end = next_line(&mut lines);
    assert_eq!(end["ended"], true, "{end}");
    assert_eq!(end["task_sid"], last["task_sid"]);
    assert_eq!(finish(child).code, 0);
}

/// A resize redraws at once, fitted to the new width: whole SIDs at 200 columns, elided at 80.
#[test]
fn a_resized_terminal_gets_a_frame_of_its_new_width() {
    let sb = TestSandbox::new();
    let task = flexctl::sandbox::seed::live_task_sid();
    let short = format!("WT…{}", &task[task.len() - 5..]);
    let screen = on_terminal(
        &sb,
        200,
        &[(task.as_str(), "--resize=80x40"), (short.as_str(), "q")],
        // A long interval: the redraw comes from the resize, not from a read.
        &["watch", "--interval", "1m"],
    );
    assert_eq!(screen.exit, 0, "{}", screen.output);
    let after = &screen.output[screen.output.find(&short).unwrap()..];
    let frame = &after[..after.find("\u{1b}[?1049l").unwrap()];
    assert_within(&strip(frame), 80, "the frame after the resize");
}

/// A script stops a watch with a signal: SIGINT exits 130, SIGTERM 143, after the lines
/// already printed.
#[test]
fn json_lines_end_on_a_signal_with_its_code() {
    let sb = TestSandbox::new();
    for (signal, code) in [("INT", 130), ("TERM", 143)] {
        let mut child = spawn(&sb, &["-o", "json", "watch", "--interval", "250ms"]);
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        assert_eq!(next_line(&mut lines)["phase"], "live");
        send_signal(&child, signal);
        assert!(lines.next().is_none(), "no line after {signal}");
        let run = finish(child);
        assert_eq!(run.code, code, "{signal}: {}", run.stderr);
    }
}

/// A centre taller than the terminal: the calls, agents and queues share its rows, each list
/// cut with `… N more`, so the whole frame stays on the screen and every section shows.
#[test]
fn a_large_centre_shares_the_screen_between_its_lists() {
    let sb = TestSandbox::new();
    sb.flexctl(&["-q", "sandbox", "seed", "--size", "medium"])
        .ok();
    let screen = on_terminal(&sb, 80, &[("q quits", "q")], &["watch", "--all"]);
    assert_eq!(screen.exit, 0, "{}", screen.output);
    assert_screen_restored(&screen.output, 80);
    let plain = strip(&screen.output);
    assert!(plain.lines().count() <= 40, "{plain}");
    for section in ["calls (30)", "agents (200)", "queues (50)"] {
        assert!(plain.contains(section), "no {section}: {plain}");
    }
    assert_eq!(plain.matches(" more").count(), 3, "{plain}");
}

/// The backend stops answering under the view: the last frame stays, says that the read
/// failed and that it tries again, and the view recovers once the backend is back.
#[test]
fn on_a_terminal_an_unreachable_backend_is_waited_out() {
    let sb = TestSandbox::new();
    let bin = sb.flexctl_cmd().get_program().to_owned();
    let script = "(sleep 1; \"$0\" sandbox faults set 'rate=1,kinds=drop,method=GET,path=*/Participants.json' >/dev/null; \
                  sleep 4; \"$0\" sandbox faults clear >/dev/null; sleep 3; echo FAULTS-OFF) & \
                  \"$0\" watch --interval 250ms; echo \"exit=$?\"; wait";
    let screen = on_terminal_run(
        &sb,
        100,
        // Three seconds after the faults are cleared: the reads have succeeded again.
        &[("trying again", ""), ("FAULTS-OFF", "q")],
        std::ffi::OsStr::new("sh"),
        &["-c", script, bin.to_str().unwrap()],
    );
    let plain = strip(&screen.output);
    assert!(plain.contains("exit=0"), "{plain}");
    // The frame drawn after the backend came back says nothing of the failure.
    let last = screen.output.rfind("\u{1b}[H").unwrap();
    let final_frame = strip(&screen.output[last..]);
    assert!(!final_frame.contains("trying again"), "{final_frame}");
    assert!(final_frame.contains("phase     live"), "{final_frame}");
}
