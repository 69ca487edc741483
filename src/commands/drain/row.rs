//! One row of `drain`'s result table: a call, whose it was, where it went, what came of it.

use serde::Serialize;

use crate::ui::fit::Column;
use crate::ui::table::Row;

#[derive(Debug, Clone, Serialize)]
pub struct DrainRow {
    /// The call's task SID as the drain found it.
    pub call: String,
    /// The drained agent.
    pub from: String,
    /// The target (queue or agent).
    pub to: String,
    /// `handed-on`, `already-handed-on`, `would-hand-on`, `skipped`, `refused`, `failed`,
    /// `interrupted`.
    pub result: String,
    pub detail: String,
}

impl DrainRow {
    pub fn new(call: &str, from: &str, to: &str, result: &str, detail: impl Into<String>) -> Self {
        DrainRow {
            call: call.into(),
            from: from.into(),
            to: to.into(),
            result: result.into(),
            detail: detail.into(),
        }
    }

    /// Whether the call is with the target (or, in a dry run, would be).
    pub fn ok(&self) -> bool {
        matches!(
            self.result.as_str(),
            "handed-on" | "already-handed-on" | "would-hand-on"
        )
    }
}

impl Row for DrainRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Call", "call").sid(),
            Column::new("From", "from").text(8),
            Column::new("To", "to").text(8),
            Column::new("Result", "result"),
            Column::new("Detail", "detail").text(16).drop(1),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.call.clone(),
            self.from.clone(),
            self.to.clone(),
            self.result.clone(),
            self.detail.clone(),
        ]
    }
}
