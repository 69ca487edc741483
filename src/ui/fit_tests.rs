//! Tests of the width fitting.

use super::*;

const SID: &str = "WT0123456789abcdef0123456789ab0ed0";

fn cols() -> Vec<Column> {
    vec![
        Column::new("Name", "name"),
        Column::new("SID", "sid").sid(),
        Column::new("Label", "label").middle(10).drop(3),
        Column::new("Muted", "muted").drop(1),
        Column::new("Queues", "queues").text(8).drop(2),
    ]
}

fn rows() -> Vec<Vec<String>> {
    vec![vec![
        "alice".into(),
        SID.into(),
        format!("consult-{SID}"),
        "no".into(),
        "Support,Billing,Retention".into(),
    ]]
}

fn total(l: &Layout) -> usize {
    l.widths.iter().sum::<usize>() + GAP * (l.widths.len() - 1)
}

#[test]
fn full_values_when_they_fit() {
    let l = layout(&cols(), &rows(), true, 200);
    assert_eq!(l.keep, [0, 1, 2, 3, 4]);
    assert_eq!(l.widths[1], SID.len());
}

#[test]
fn sids_go_first_then_text_then_columns_by_priority() {
    // SIDs elided: 5 + 8 + 42 + 5 + 25 + 4 gaps = 97.
    let l = layout(&cols(), &rows(), true, 97);
    assert_eq!(l.keep, [0, 1, 2, 3, 4]);
    assert_eq!(l.widths[1], SID_WIDTH);
    assert_eq!(l.widths[2], 42, "text keeps its width while it fits");
    // Text shortened to its minimum: 5 + 8 + 10 + 5 + 8 + 12 = 48.
    let l = layout(&cols(), &rows(), true, 60);
    assert_eq!(l.keep, [0, 1, 2, 3, 4]);
    assert!(total(&l) <= 60, "{l:?}");
    // Below that the highest priority number goes first (the label, 3), then queues.
    let l = layout(&cols(), &rows(), true, 44);
    assert_eq!(l.keep, [0, 1, 3, 4], "{l:?}");
    assert!(total(&l) <= 44, "{l:?}");
    let l = layout(&cols(), &rows(), true, 27);
    assert_eq!(l.keep, [0, 1, 3], "{l:?}");
    // Essential columns stay even when they cannot fit.
    let l = layout(&cols(), &rows(), true, 5);
    assert_eq!(l.keep, [0, 1]);
}

#[test]
fn a_new_column_slots_in_by_its_priority() {
    let mut c = cols();
    c.push(Column::new("Capacity", "capacity").drop(1));
    let mut r = rows();
    r[0].push("1/1".into());
    let l = layout(&c, &r, true, 40);
    assert!(l.keep.contains(&0) && l.keep.contains(&1));
    assert!(total(&l) <= 40, "{l:?}");
}

#[test]
fn shortening_keeps_prefix_and_tail() {
    assert_eq!(elide_middle(SID, SID_WIDTH), "WT…b0ed0");
    assert_eq!(shorten(SID, Shrink::Sid, 8), "WT…b0ed0");
    assert_eq!(shorten("-", Shrink::Sid, 8), "-");
    assert_eq!(shorten("Support,Billing", Shrink::End(8), 8), "Support…");
    assert_eq!(shorten("yes", Shrink::Fixed, 1), "yes");
    assert_eq!(elide_end("abc", 0), "");
    assert_eq!(elide_middle("abcdef", 3), "ab…");
    assert_eq!(width_of(&elide_middle("日本語の名前です", 7)), 7);
}

#[test]
fn clip_counts_visible_columns_and_closes_colour() {
    let line = "\u{1b}[32malice <-> bob\u{1b}[0m";
    assert_eq!(clip(line, 40), line);
    let c = clip(line, 6);
    assert_eq!(visible_width(&c), 6, "{c:?}");
    assert!(c.ends_with("\u{1b}[0m"));
    assert_eq!(clip("abcdef", 4), "abc…");
}

#[test]
fn wrap_indents_and_never_exceeds() {
    let text = "a consult to bob is still ringing; cancel it or wait for the answer";
    let lines = wrap(text, 30, 6, 6);
    assert!(lines.len() > 2, "{lines:?}");
    assert!(lines[0].len() <= 24);
    for l in &lines[1..] {
        assert!(l.starts_with("      ") && width_of(l) <= 30, "{l:?}");
    }
    let joined: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
    assert_eq!(joined.join(" "), text);
    let long = wrap(&"x".repeat(50), 10, 0, 2);
    assert!(long.iter().all(|l| width_of(l) <= 10), "{long:?}");
}

#[test]
fn width_from_columns_then_terminal_then_80() {
    assert_eq!(terminal_width(Some("132"), Some(100)), 132);
    assert_eq!(terminal_width(Some("junk"), Some(100)), 100);
    assert_eq!(terminal_width(Some("0"), None), 80);
    assert_eq!(terminal_width(None, Some(0)), 80);
    assert_eq!(terminal_width(None, None), 80);
}
