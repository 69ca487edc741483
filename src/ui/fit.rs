//! Fitting output to the terminal's width: columns with a priority and a way to shrink, SIDs elided in the middle, lines clipped or wrapped.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Spaces between two table columns (a blank border of one and a padding of two).
pub const GAP: usize = 3;

/// The width an elided SID takes: its two-letter prefix, `…`, its last five characters.
pub const SID_WIDTH: usize = 8;

/// How a column gives up width when the table is too wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shrink {
    /// Never shortened (short values: yes/no, a phase, a count).
    Fixed,
    /// A SID (or `-`): elided in the middle first of all, `WT…b0ed0`.
    Sid,
    /// Text kept at both ends (a label that ends in a SID), down to this width.
    Middle(usize),
    /// Text cut at the end with `…`, down to this width.
    End(usize),
}

/// One column of a table: its human header, its JSON field (the TSV header), how readily it
/// is dropped (0 never; the highest goes first) and how it shrinks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub header: &'static str,
    pub key: &'static str,
    pub priority: u8,
    pub shrink: Shrink,
}

impl Column {
    /// A column that is never dropped nor shortened.
    pub const fn new(header: &'static str, key: &'static str) -> Column {
        Column {
            header,
            key,
            priority: 0,
            shrink: Shrink::Fixed,
        }
    }

    /// Holds SIDs: elided in the middle when the table is too wide.
    pub const fn sid(mut self) -> Column {
        self.shrink = Shrink::Sid;
        self
    }

    /// Free text cut at the end, down to `min` columns.
    pub const fn text(mut self, min: usize) -> Column {
        self.shrink = Shrink::End(min);
        self
    }

    /// Text shortened in the middle (its end matters), down to `min` columns.
    pub const fn middle(mut self, min: usize) -> Column {
        self.shrink = Shrink::Middle(min);
        self
    }

    /// Dropped when the table cannot fit otherwise; higher `priority` is dropped first.
    pub const fn drop(mut self, priority: u8) -> Column {
        self.priority = priority;
        self
    }
}

/// Which columns to show and how wide each is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Indices of the columns shown, in order.
    pub keep: Vec<usize>,
    /// The width of each kept column.
    pub widths: Vec<usize>,
}

/// The display width of `s` in terminal columns.
pub fn width_of(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Lays out `cols` for `rows` within `max` columns: full values if they fit; else SIDs
/// elided; else text shortened to each column's minimum; else the lowest-value columns
/// dropped one by one (text regaining width after each). A header never shrinks, so a table
/// can stay wider than `max` when only essential columns are left (lines are clipped then).
pub fn layout(cols: &[Column], rows: &[Vec<String>], header: bool, max: usize) -> Layout {
    let natural: Vec<usize> = (0..cols.len())
        .map(|i| {
            let cells = rows.iter().filter_map(|r| r.get(i)).map(|c| width_of(c));
            let head = if header { width_of(cols[i].header) } else { 0 };
            cells.max().unwrap_or(0).max(head)
        })
        .collect();
    let floor: Vec<usize> = (0..cols.len())
        .map(|i| {
            let head = if header { width_of(cols[i].header) } else { 0 };
            let min = match cols[i].shrink {
                Shrink::Fixed => natural[i],
                Shrink::Sid => SID_WIDTH.min(natural[i]),
                Shrink::Middle(m) | Shrink::End(m) => m.min(natural[i]),
            };
            min.max(head).max(1)
        })
        .collect();
    let total = |keep: &[usize], widths: &[usize]| -> usize {
        keep.iter().map(|&i| widths[i]).sum::<usize>() + GAP * keep.len().saturating_sub(1)
    };
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    let mut widths = natural.clone();
    if total(&keep, &widths) <= max {
        return Layout {
            widths: keep.iter().map(|&i| widths[i]).collect(),
            keep,
        };
    }
    for (i, c) in cols.iter().enumerate() {
        if c.shrink == Shrink::Sid {
            widths[i] = floor[i];
        }
    }
    loop {
        // Text gives up width one column at a time, the widest first.
        while total(&keep, &widths) > max {
            let widest = keep
                .iter()
                .copied()
                .filter(|&i| {
                    matches!(cols[i].shrink, Shrink::Middle(_) | Shrink::End(_))
                        && widths[i] > floor[i]
                })
                .max_by_key(|&i| (widths[i], i));
            match widest {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
        if total(&keep, &widths) <= max {
            break;
        }
        let victim = keep
            .iter()
            .copied()
            .filter(|&i| cols[i].priority > 0)
            .max_by_key(|&i| (cols[i].priority, i));
        let Some(v) = victim else { break };
        keep.retain(|&i| i != v);
        for &i in &keep {
            if matches!(cols[i].shrink, Shrink::Middle(_) | Shrink::End(_)) {
                widths[i] = natural[i];
            }
        }
    }
    Layout {
        widths: keep.iter().map(|&i| widths[i]).collect(),
        keep,
    }
}

/// `cell` shortened to `width` the way its column shrinks.
pub fn shorten(cell: &str, shrink: Shrink, width: usize) -> String {
    match shrink {
        _ if width_of(cell) <= width => cell.to_string(),
        Shrink::Fixed => cell.to_string(),
        Shrink::Sid | Shrink::Middle(_) => elide_middle(cell, width),
        Shrink::End(_) => elide_end(cell, width),
    }
}

/// `s` in `width` columns keeping its start and up to five columns of its end: `WT…b0ed0`.
pub fn elide_middle(s: &str, width: usize) -> String {
    if width_of(s) <= width {
        return s.to_string();
    }
    if width < 4 {
        return elide_end(s, width);
    }
    let room = 5.min(width - 3);
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        tail.push(c);
    }
    let tail: String = tail.into_iter().rev().collect();
    let head = take_width(s, width - 1 - used);
    format!("{head}…{tail}")
}

/// `s` cut to `width` columns, ending in `…` when anything was cut.
pub fn elide_end(s: &str, width: usize) -> String {
    if width_of(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    format!("{}…", take_width(s, width - 1))
}

/// The longest start of `s` that fits in `width` columns.
fn take_width(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// A line that may carry colour escapes, cut to `width` visible columns (with `…`); the
/// escapes are kept and a reset is added when the cut falls inside a coloured run.
pub fn clip(line: &str, width: usize) -> String {
    if visible_width(line) <= width {
        return line.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    let mut painted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            out.push(c);
            for d in chars.by_ref() {
                out.push(d);
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            painted = true;
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    if painted {
        out.push_str("\u{1b}[0m");
    }
    out
}

/// The width of a line without its colour escapes.
pub fn visible_width(line: &str) -> usize {
    let mut n = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            n += c.width().unwrap_or(0);
        }
    }
    n
}

/// Plain `text` wrapped at spaces into lines of at most `width` columns; lines after the
/// first start with `indent` spaces (counted in the width). A word longer than a line (a SID)
/// is elided in the middle.
pub fn wrap(text: &str, width: usize, first: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut room = width.saturating_sub(first).max(1);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width_of(word);
        let need = if line.is_empty() { w } else { w + 1 };
        if !line.is_empty() && need > room {
            lines.push(std::mem::take(&mut line));
            room = width.saturating_sub(indent).max(1);
        }
        if !line.is_empty() {
            line.push(' ');
            room -= 1;
        }
        let word = elide_middle(word, room);
        room = room.saturating_sub(width_of(&word));
        line.push_str(&word);
    }
    lines.push(line);
    for l in lines.iter_mut().skip(1) {
        *l = format!("{}{l}", " ".repeat(indent));
    }
    lines
}

/// The width to fit: `COLUMNS` when it is a positive number (the convention that lets a user
/// or a test say), else what the terminal reports, else 80.
pub fn terminal_width(columns_env: Option<&str>, reported: Option<usize>) -> usize {
    columns_env
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .or(reported.filter(|&n| n > 0))
        .unwrap_or(80)
}

#[cfg(test)]
#[path = "fit_tests.rs"]
mod tests;
