//! doctor's findings in each format: marks and wrapped text on a terminal, one row per check in TSV, the report object in JSON.

use serde_json::{json, Value};

use super::fit::wrap;
use super::sanitize::clean;
use super::table::{pretty, tsv_of};
use super::Ui;
use crate::cli::OutputFormat;
use crate::domain::doctor::{Finding, Status};

/// The fields of one check, as JSON names them: the TSV header of `doctor -o tsv`.
const KEYS: &[&str] = &["id", "status", "detail", "hint"];

/// The report: `{ok, checks}` in JSON; `id status detail hint` per check in TSV; else a mark,
/// the ID and the detail per check with the hint of a warning or failure below it, wrapped to
/// the terminal's width.
pub fn render(ui: &Ui, findings: &[Finding]) -> String {
    let ok = !findings.iter().any(|f| f.status == Status::Fail);
    match ui.format {
        OutputFormat::Json => pretty(&json!({ "ok": ok, "checks": findings })),
        OutputFormat::Tsv => {
            let rows: Vec<Value> = findings.iter().map(|f| json!(f)).collect();
            tsv_of(ui, KEYS, &rows)
        }
        OutputFormat::Table => human(ui, findings),
    }
}

fn human(ui: &Ui, findings: &[Finding]) -> String {
    let mark = |s: Status| match (s, ui.color) {
        (Status::Pass, true) => ui.green("[✓]"),
        (Status::Warn, true) => ui.yellow("[!]"),
        (Status::Fail, true) => ui.red("[✗]"),
        (Status::Skip, true) => ui.dim("[-]"),
        (Status::Pass, false) => "[ok]".into(),
        (Status::Warn, false) => "[!]".into(),
        (Status::Fail, false) => "[x]".into(),
        (Status::Skip, false) => "[-]".into(),
    };
    let id_width = findings.iter().map(|f| f.id.len()).max().unwrap_or(0);
    // The text column starts after the widest mark ("[ok] "), the ID and two spaces.
    let indent = 5 + id_width + 2;
    let width = ui.width.unwrap_or(usize::MAX);
    let mut lines = Vec::new();
    for f in findings {
        let pad = if ui.color || f.status != Status::Pass {
            " "
        } else {
            ""
        };
        let lead = format!("{}{pad} {:id_width$}  ", mark(f.status), f.id);
        let mut text = wrap(&clean(&f.detail), width, indent, indent).into_iter();
        lines.push(format!("{lead}{}", text.next().unwrap_or_default()));
        lines.extend(text);
        if let (Some(h), Status::Warn | Status::Fail) = (&f.hint, f.status) {
            if !h.is_empty() {
                let hint = format!("hint: {}", clean(h));
                let first = " ".repeat(indent);
                let mut text = wrap(&hint, width, indent, indent + 6).into_iter();
                lines.push(format!("{first}{}", text.next().unwrap_or_default()));
                lines.extend(text);
            }
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fit::visible_width;

    fn ui(format: OutputFormat, width: Option<usize>) -> Ui {
        Ui::plain(format, width)
    }

    fn findings() -> Vec<Finding> {
        vec![
            Finding::new(
                "credentials",
                Status::Pass,
                "authenticated with the sandbox",
            ),
            Finding::new(
                "stranded-hold",
                Status::Fail,
                "the customer is on hold and no agent is live on conference CF0123456789",
            )
            .hint("flexctl unhold customer --task WT0123456789abcdef"),
        ]
    }

    #[test]
    fn wrapped_to_the_width_with_the_text_in_one_column() {
        let text = render(&ui(OutputFormat::Table, Some(50)), &findings());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 3, "{text}");
        assert!(lines.iter().all(|l| visible_width(l) <= 50), "{text}");
        let col = lines[0].find("authenticated").unwrap();
        assert_eq!(lines[1].find("the customer"), Some(col), "{text}");
        assert!(
            lines.iter().any(|l| l[col..].starts_with("hint: flexctl")),
            "{text}"
        );
        let full = render(&ui(OutputFormat::Table, None), &findings());
        assert_eq!(full.lines().count(), 3, "{full}");
    }

    #[test]
    fn tsv_is_one_row_per_check_under_the_json_names() {
        let text = render(&ui(OutputFormat::Tsv, Some(50)), &findings());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "id\tstatus\tdetail\thint");
        assert_eq!(
            lines[1],
            "credentials\tpass\tauthenticated with the sandbox\t"
        );
        assert!(lines[2].starts_with("stranded-hold\tfail\t"), "{text}");
        assert!(lines[2].ends_with("\tflexctl unhold customer --task WT0123456789abcdef"));
    }
}
