//! The frames of `watch`: one call (its detail view under a header line) or the whole centre
//! (calls, agents, queues, one titled table each), every line fitted to the width.

use crate::domain::call::Call;
use crate::domain::duration::format_ms;

use super::fit::elide_middle;
use super::picture;
use super::sanitize::clean;
use super::Ui;

/// The header of every frame: what is watched, how often, how to leave.
pub fn header(ui: &Ui, what: &str, every_ms: u64) -> String {
    ui.clip(&format!(
        "{} {}  {}",
        ui.bold("watch"),
        clean(what),
        ui.dim(&format!("every {}  q quits", every(every_ms)))
    ))
}

/// `1s`, `2m`, or `1500ms` for an interval that is no whole number of seconds.
fn every(ms: u64) -> String {
    if ms % 1000 == 0 {
        format_ms(ms as i64)
    } else {
        format!("{ms}ms")
    }
}

/// What a single-call frame names: the task, elided when the terminal is narrow.
pub fn call_title(ui: &Ui, call: &Call) -> String {
    match ui.width {
        Some(w) if w < 100 => format!("call {}", elide_middle(&call.task_sid, 8)),
        _ => format!("call {}", call.task_sid),
    }
}

/// One call's frame: the header, then the view `calls show` prints.
pub fn call_frame(ui: &Ui, header: &str, call: &Call) -> String {
    format!("{header}\n\n{}", picture::detail(ui, call))
}

/// A titled section of the centre's frame: `calls (2)` in bold, then its table.
pub struct Section {
    pub title: &'static str,
    pub count: usize,
    pub table: String,
}

/// The centre's frame: the header, then each section with a blank line between.
pub fn centre_frame(ui: &Ui, header: &str, sections: &[Section]) -> String {
    let mut text = String::from(header);
    text.push('\n');
    for s in sections {
        text.push('\n');
        text.push_str(&ui.clip(&ui.bold(&format!("{} ({})", s.title, s.count))));
        text.push('\n');
        text.push_str(&s.table);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::OutputFormat;

    fn ui(width: Option<usize>) -> Ui {
        Ui {
            format: OutputFormat::Table,
            color: false,
            quiet: false,
            no_header: false,
            interactive: false,
            stderr_tty: false,
            width,
        }
    }

    #[test]
    fn the_header_fits_and_says_how_to_leave() {
        let h = header(&ui(Some(30)), "call WT…b0ed0", 1000);
        assert!(h.chars().count() <= 30, "{h}");
        let h = header(&ui(Some(120)), "call WT…b0ed0", 1500);
        assert_eq!(h, "watch call WT…b0ed0  every 1500ms  q quits");
    }

    #[test]
    fn sections_are_titled_with_their_counts() {
        let s = [
            Section {
                title: "calls",
                count: 0,
                table: "(none)".into(),
            },
            Section {
                title: "queues",
                count: 2,
                table: "NAME\na\nb".into(),
            },
        ];
        let f = centre_frame(&ui(Some(80)), "watch --all", &s);
        assert_eq!(
            f,
            "watch --all\n\ncalls (0)\n(none)\n\nqueues (2)\nNAME\na\nb\n"
        );
    }
}
