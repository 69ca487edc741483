//! Lists rendered as a table, TSV or JSON: one row type, three printers.

use serde::Serialize;
use serde_json::Value;
use tabled::builder::Builder;
use tabled::settings::{Padding, Style};

use super::sanitize::clean;
use super::Ui;
use crate::cli::OutputFormat;
use crate::error::{CliError, CliResult};

/// A row that can be shown in a list. Its `Serialize` form is the JSON (stable snake_case
/// field names); `cells` are the human columns in `headers` order.
pub trait Row: Serialize {
    fn headers() -> &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

/// Renders `rows` in the chosen format (without the trailing newline).
pub fn render<R: Row>(ui: &Ui, rows: &[R]) -> CliResult<String> {
    match ui.format {
        OutputFormat::Json => {
            let v = serde_json::to_value(rows)
                .map_err(|e| CliError::refused(format!("cannot encode JSON: {e}")))?;
            Ok(pretty(&v))
        }
        OutputFormat::Tsv => Ok(tsv(ui, R::headers(), rows.iter().map(Row::cells))),
        OutputFormat::Table => Ok(table(ui, R::headers(), rows.iter().map(Row::cells))),
    }
}

pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
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

/// A borderless aligned table; an empty list says so instead of printing a lone header.
pub fn table(ui: &Ui, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut builder = Builder::default();
    // The header is laid out plain and made bold afterwards: escape bytes inside a cell would
    // count as width and push every column out of line.
    if !ui.no_header {
        builder.push_record(headers.iter().map(|h| h.to_uppercase()));
    }
    let mut n = 0;
    for row in rows {
        n += 1;
        builder.push_record(row.iter().map(|c| clean(c)));
    }
    if n == 0 {
        return ui.dim("(none)");
    }
    let mut t = builder.build();
    t.with(Style::blank()).with(Padding::new(0, 2, 0, 0));
    t.to_string()
        .lines()
        .map(str::trim_end)
        .enumerate()
        .map(|(i, l)| {
            if i == 0 && !ui.no_header {
                ui.bold(l)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
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
        fn headers() -> &'static [&'static str] {
            &["Name", "Available"]
        }
        fn cells(&self) -> Vec<String> {
            vec![self.name.clone(), yes_no(self.available)]
        }
    }

    fn ui(format: OutputFormat) -> Ui {
        Ui {
            format,
            color: false,
            quiet: false,
            no_header: false,
            interactive: false,
            stderr_tty: false,
        }
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
        assert_eq!(tsv, "name\tavailable\nalice\tyes\nbob\\tx\tno");
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
