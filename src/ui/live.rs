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

/// The centre's frame: the header, then each section with a blank line between. With a
/// `height` (the terminal's rows) the sections share it: each keeps as many rows as its fair
/// share allows, and one that is cut ends with `… N more` (a taller frame could not be
/// redrawn in place, and the queues would never show under a long list of calls).
pub fn centre_frame(ui: &Ui, header: &str, sections: &[Section], height: Option<usize>) -> String {
    let head_rows = usize::from(!ui.no_header);
    let tables: Vec<Vec<&str>> = sections.iter().map(|s| s.table.lines().collect()).collect();
    let rows: Vec<usize> = tables
        .iter()
        .zip(sections)
        .map(|(t, s)| {
            if s.count == 0 {
                0
            } else {
                t.len().saturating_sub(head_rows)
            }
        })
        .collect();
    let overhead = 1 + sections.len() * (2 + head_rows);
    let kept = match height {
        Some(h) if overhead + rows.iter().sum::<usize>() > h => {
            share(&rows, h.saturating_sub(overhead))
        }
        _ => rows.clone(),
    };
    let mut text = String::from(header);
    text.push('\n');
    for (i, s) in sections.iter().enumerate() {
        text.push('\n');
        text.push_str(&ui.clip(&ui.bold(&format!("{} ({})", s.title, s.count))));
        text.push('\n');
        let lines = &tables[i];
        if kept[i] >= rows[i] {
            text.push_str(&s.table);
            text.push('\n');
            continue;
        }
        let shown = kept[i].saturating_sub(1);
        for line in lines.iter().take(head_rows + shown) {
            text.push_str(line);
            text.push('\n');
        }
        text.push_str(&ui.dim(&format!("… {} more", rows[i] - shown)));
        text.push('\n');
    }
    text
}

/// `room` rows shared among lists of `sizes` rows: each gets an equal share, and what a short
/// list leaves goes to the longer ones.
fn share(sizes: &[usize], room: usize) -> Vec<usize> {
    let mut out = vec![0; sizes.len()];
    let mut left = room;
    let mut open: Vec<usize> = (0..sizes.len()).filter(|&i| sizes[i] > 0).collect();
    while left > 0 && !open.is_empty() {
        let each = (left / open.len()).max(1);
        for &i in &open {
            let give = each.min(sizes[i] - out[i]).min(left);
            out[i] += give;
            left -= give;
        }
        open.retain(|&i| out[i] < sizes[i]);
    }
    out
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
    fn rows_are_shared_fairly_and_what_is_left_goes_to_the_long_lists() {
        assert_eq!(share(&[100, 5, 100], 30), vec![13, 5, 12]);
        assert_eq!(share(&[3, 4], 10), vec![3, 4]);
        assert_eq!(share(&[50, 50], 0), vec![0, 0]);
        assert_eq!(share(&[0, 9], 4), vec![0, 4]);
    }

    #[test]
    fn a_centre_taller_than_the_terminal_is_cut_per_section() {
        let table = |n: usize| {
            let mut t = String::from("NAME");
            for i in 0..n {
                t.push_str(&format!("\nrow{i}"));
            }
            t
        };
        let s = [
            Section {
                title: "calls",
                count: 300,
                table: table(300),
            },
            Section {
                title: "queues",
                count: 2,
                table: table(2),
            },
        ];
        let f = centre_frame(&ui(Some(80)), "watch --all", &s, Some(20));
        assert_eq!(f.lines().count(), 20, "{f}");
        assert!(f.contains("row9\n… 290 more\n"), "{f}");
        assert!(f.ends_with("queues (2)\nNAME\nrow0\nrow1\n"), "{f}");
        // Room enough: nothing is cut.
        let f = centre_frame(&ui(Some(80)), "watch --all", &s[1..], Some(20));
        assert!(!f.contains("more"), "{f}");
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
        let f = centre_frame(&ui(Some(80)), "watch --all", &s, Some(40));
        assert_eq!(
            f,
            "watch --all\n\ncalls (0)\n(none)\n\nqueues (2)\nNAME\na\nb\n"
        );
    }
}
