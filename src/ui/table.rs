//! Lists rendered as a table, TSV or JSON: one row type, three printers.

use serde::Serialize;
use serde_json::Value;
use tabled::builder::Builder;
use tabled::settings::{Padding, Style};

use super::fit::{clip, layout, shorten, Column, Layout, GAP};
use super::sanitize::clean;
use super::Ui;
use crate::cli::OutputFormat;
use crate::error::{CliError, CliResult};

/// A row that can be shown in a list. Its `Serialize` form is the JSON (stable snake_case
/// field names); `columns` say, in order, the human header, the JSON field (which is the TSV
/// header), and how each column fits a narrow terminal; `cells` are the human columns.
pub trait Row: Serialize {
    fn columns() -> &'static [Column];
    fn cells(&self) -> Vec<String>;
}

/// Renders `rows` in the chosen format (without the trailing newline).
pub fn render<R: Row>(ui: &Ui, rows: &[R]) -> CliResult<String> {
    match ui.format {
        OutputFormat::Json => Ok(pretty(&to_json(rows)?)),
        OutputFormat::Tsv => {
            let keys: Vec<&str> = R::columns().iter().map(|c| c.key).collect();
            let values = match to_json(rows)? {
                Value::Array(a) => a,
                other => vec![other],
            };
            Ok(tsv_of(ui, &keys, &values))
        }
        OutputFormat::Table => Ok(fitted(ui, R::columns(), rows.iter().map(Row::cells))),
    }
}

fn to_json<T: Serialize + ?Sized>(v: &T) -> CliResult<Value> {
    serde_json::to_value(v).map_err(|e| CliError::refused(format!("cannot encode JSON: {e}")))
}

pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// TSV of JSON objects: the header is `keys` (the JSON field names), each row the objects'
/// values in that order: strings as they are, numbers and `true`/`false` as JSON writes them,
/// null empty, lists joined with commas.
pub fn tsv_of(ui: &Ui, keys: &[&str], values: &[Value]) -> String {
    let rows = values
        .iter()
        .map(|v| keys.iter().map(|k| tsv_cell(&v[*k])).collect::<Vec<_>>());
    tsv(ui, keys, rows)
}

fn tsv_cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(tsv_cell).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// Tab-separated values: tabs and newlines inside a cell are escaped so a row stays a line.
pub fn tsv(ui: &Ui, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut lines = Vec::new();
    if !ui.no_header {
        lines.push(
            headers
                .iter()
                .map(|h| h.to_lowercase())
                .collect::<Vec<_>>()
                .join("\t"),
        );
    }
    for row in rows {
        lines.push(row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"));
    }
    lines.join("\n")
}

/// A table of plain `headers` with every value in full whatever the width (the sandbox's
/// log, dry-run steps: tables whose columns have no priorities).
pub fn table(ui: &Ui, headers: &[&'static str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let cols: Vec<Column> = headers.iter().map(|h| Column::new(h, h)).collect();
    let full = Ui {
        width: None,
        ..ui.clone()
    };
    fitted(&full, &cols, rows)
}

/// A borderless aligned table fitted to the terminal (`ui.width`): SIDs elided, long text
/// shortened, low-value columns dropped, as each column allows; with no width (a pipe,
/// `--wide`) every value is in full. An empty list says so instead of printing a lone header.
pub fn fitted(ui: &Ui, cols: &[Column], rows: impl Iterator<Item = Vec<String>>) -> String {
    let rows: Vec<Vec<String>> = rows.map(|r| r.iter().map(|c| clean(c)).collect()).collect();
    if rows.is_empty() {
        return ui.dim("(none)");
    }
    let header = !ui.no_header;
    let lay = match ui.width {
        Some(w) => layout(cols, &rows, header, w),
        None => Layout {
            keep: (0..cols.len()).collect(),
            widths: Vec::new(),
        },
    };
    let mut builder = Builder::default();
    // The header is laid out plain and made bold afterwards: escape bytes inside a cell would
    // count as width and push every column out of line.
    if header {
        builder.push_record(lay.keep.iter().map(|&i| cols[i].header.to_uppercase()));
    }
    for row in &rows {
        builder.push_record(lay.keep.iter().enumerate().map(|(k, &i)| {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            match lay.widths.get(k) {
                Some(&w) => shorten(cell, cols[i].shrink, w),
                None => cell.to_string(),
            }
        }));
    }
    let mut t = builder.build();
    t.with(Style::blank()).with(Padding::new(0, GAP - 1, 0, 0));
    t.to_string()
        .lines()
        .map(str::trim_end)
        .map(|l| match ui.width {
            Some(w) => clip(l, w),
            None => l.to_string(),
        })
        .enumerate()
        .map(|(i, l)| if i == 0 && header { ui.bold(&l) } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Rows as lines whose columns line up (a picker's items): no header, fitted to the terminal
/// less `margin` columns (the picker's own marker).
pub fn aligned_lines(
    ui: &Ui,
    cols: &[Column],
    rows: Vec<Vec<String>>,
    margin: usize,
) -> Vec<String> {
    if rows.is_empty() {
        return Vec::new();
    }
    let bare = Ui {
        no_header: true,
        color: false,
        width: ui.width.map(|w| w.saturating_sub(margin).max(1)),
        ..ui.clone()
    };
    fitted(&bare, cols, rows.into_iter())
        .lines()
        .map(str::to_string)
        .collect()
}

/// `yes`/`no` for table cells.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Agent {
        name: String,
        available: bool,
    }

    impl Row for Agent {
        fn columns() -> &'static [Column] {
            const COLUMNS: &[Column] = &[
                Column::new("Name", "name").text(3),
                Column::new("Available", "available").drop(1),
            ];
            COLUMNS
        }
        fn cells(&self) -> Vec<String> {
            vec![self.name.clone(), yes_no(self.available)]
        }
    }

    fn ui(format: OutputFormat) -> Ui {
        Ui::plain(format, None)
    }

    fn rows() -> Vec<Agent> {
        vec![
            Agent {
                name: "alice".into(),
                available: true,
            },
            Agent {
                name: "bob\tx".into(),
                available: false,
            },
        ]
    }

    #[test]
    fn renders_three_ways() {
        let t = render(&ui(OutputFormat::Table), &rows()).unwrap();
        assert_eq!(
            t.lines()
                .next()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["NAME", "AVAILABLE"]
        );
        assert!(t.contains("alice"));
        let tsv = render(&ui(OutputFormat::Tsv), &rows()).unwrap();
        assert_eq!(tsv, "name\tavailable\nalice\ttrue\nbob\\tx\tfalse");
        let json: Value =
            serde_json::from_str(&render(&ui(OutputFormat::Json), &rows()).unwrap()).unwrap();
        assert_eq!(json[1]["name"], "bob\tx");
        assert_eq!(json[0]["available"], true);
    }

    #[test]
    fn no_header_and_empty() {
        let mut u = ui(OutputFormat::Tsv);
        u.no_header = true;
        assert_eq!(render(&u, &rows()).unwrap().lines().count(), 2);
        assert_eq!(
            render(&ui(OutputFormat::Table), &Vec::<Agent>::new()).unwrap(),
            "(none)"
        );
    }

    #[test]
    fn coloured_headers_sit_over_their_columns() {
        let mut u = ui(OutputFormat::Table);
        u.color = true;
        let t = render(&u, &rows()).unwrap();
        assert!(t.starts_with("\u{1b}[1m"), "{t:?}");
        let plain: Vec<String> = t.lines().map(strip).collect();
        let col = |line: &str, word: &str| line.find(word).unwrap();
        assert_eq!(
            col(&plain[0], "AVAILABLE"),
            col(&plain[1], "yes"),
            "{plain:#?}"
        );
        assert_eq!(
            col(&plain[0], "AVAILABLE"),
            col(&plain[2], "no"),
            "{plain:#?}"
        );
        let plain_ui = render(&ui(OutputFormat::Table), &rows()).unwrap();
        assert_eq!(plain.join("\n"), plain_ui, "colour changes no width");
    }

    #[test]
    fn fitted_to_a_narrow_width_and_aligned_lines() {
        let mut u = ui(OutputFormat::Table);
        u.width = Some(12);
        let rows = vec![Agent {
            name: "alexandrina".into(),
            available: true,
        }];
        let t = render(&u, &rows).unwrap();
        assert_eq!(t, "NAME\nalexandrina", "the droppable column goes first");
        u.width = Some(8);
        let t = render(&u, &rows).unwrap();
        assert_eq!(t, "NAME\nalexand…", "then the text shortens");
        u.width = None;
        let lines = aligned_lines(
            &u,
            Agent::columns(),
            vec![
                vec!["a".into(), "yes".into()],
                vec!["bob".into(), "no".into()],
            ],
            2,
        );
        assert_eq!(lines, ["a     yes", "bob   no"]);
    }

    /// The text without ANSI escape sequences.
    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for d in chars.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
