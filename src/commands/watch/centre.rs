//! What `watch --all` shows of the contact centre, read in the waves `calls list` uses (plus
//! the queues and their statistics in the first): the live calls, the agents with their
//! activity and the voice calls they are on, the queues with their waiting tasks.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::super::calls::{row, CallRow};
use super::super::gather::{self, Also, CallState};
use crate::domain::call::Call;
use crate::domain::model::{Queue, QueueStats, Worker};
use crate::domain::rules::is_stale;
use crate::error::CliResult;
use crate::twilio::Client;
use crate::ui::fit::Column;
use crate::ui::live::Section;
use crate::ui::table::{fitted, tsv_of, yes_no, Row};
use crate::ui::Ui;

#[derive(Serialize)]
pub struct AgentRow {
    name: String,
    sid: String,
    activity: Option<String>,
    /// The live call the agent is on (its current task), if any.
    on_call: Option<String>,
    /// How many live calls the agent is on: the voice capacity in use, counted from the
    /// calls already read (the channels themselves would cost a request per agent).
    voice_in_use: usize,
}

impl Row for AgentRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(8),
            Column::new("SID", "sid").sid().drop(3),
            Column::new("Activity", "activity").text(9),
            Column::new("On call", "on_call").sid().drop(2),
            Column::new("Voice", "voice_in_use").drop(1),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.activity.clone().unwrap_or_else(|| "-".into()),
            self.on_call.clone().unwrap_or_else(|| "-".into()),
            self.voice_in_use.to_string(),
        ]
    }
}

#[derive(Serialize)]
pub struct QueueRow {
    name: String,
    sid: String,
    tasks_waiting: u64,
    longest_wait_s: u64,
    available_agents: u64,
    eligible_agents: u64,
    stale: bool,
}

impl Row for QueueRow {
    fn columns() -> &'static [Column] {
        const COLUMNS: &[Column] = &[
            Column::new("Name", "name").text(10),
            Column::new("SID", "sid").sid().drop(4),
            Column::new("Waiting", "tasks_waiting"),
            Column::new("Longest", "longest_wait_s").drop(2),
            Column::new("Available", "available_agents"),
            Column::new("Eligible", "eligible_agents").drop(3),
            Column::new("Stale", "stale").drop(1),
        ];
        COLUMNS
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.tasks_waiting.to_string(),
            match self.longest_wait_s {
                0 => "0s".to_string(),
                s => crate::domain::duration::format_ms(s as i64 * 1000),
            },
            self.available_agents.to_string(),
            self.eligible_agents.to_string(),
            if self.stale {
                "STALE".into()
            } else {
                yes_no(false)
            },
        ]
    }
}

/// The centre at one moment.
pub struct Centre {
    calls: Vec<CallRow>,
    agents: Vec<AgentRow>,
    queues: Vec<QueueRow>,
}

/// Reads the centre: the lists (tasks, conferences, workers, queues, the queues' statistics)
/// at once, then each live call's legs and reservation, as many at once as the client allows.
pub async fn load(client: &Client, ws: &str) -> CliResult<Centre> {
    let also = Also {
        queues: true,
        ..Also::default()
    };
    let loaded = gather::load(client, ws, None, &|_, _| false, &also).await?;
    let calls: Vec<Call> = loaded.calls.iter().map(CallState::call).collect();
    let (queues, stats) = loaded.queues.unwrap_or_default();
    Ok(Centre {
        agents: agents(&loaded.workers, &calls),
        queues: queue_rows(&queues, &stats),
        calls: calls.iter().map(row).collect(),
    })
}

fn agents(workers: &[Worker], calls: &[Call]) -> Vec<AgentRow> {
    workers
        .iter()
        .map(|w| {
            let on: Vec<&Call> = calls
                .iter()
                .filter(|c| {
                    c.agent_sid.as_deref() == Some(w.sid.as_str())
                        || c.participants
                            .iter()
                            .any(|l| l.worker_sid.as_deref() == Some(w.sid.as_str()))
                })
                .collect();
            AgentRow {
                name: w.name.clone(),
                sid: w.sid.clone(),
                activity: w.activity_name.clone(),
                on_call: on.first().map(|c| c.task_sid.clone()),
                voice_in_use: on.len(),
            }
        })
        .collect()
}

fn queue_rows(queues: &[Queue], stats: &[QueueStats]) -> Vec<QueueRow> {
    let by_sid: HashMap<&str, &QueueStats> =
        stats.iter().map(|s| (s.queue_sid.as_str(), s)).collect();
    queues
        .iter()
        .map(|q| {
            let s = by_sid.get(q.sid.as_str()).copied();
            QueueRow {
                name: q.name.clone(),
                sid: q.sid.clone(),
                tasks_waiting: s.map_or(0, |s| s.tasks_pending),
                longest_wait_s: s.map_or(0, |s| s.longest_wait_s),
                available_agents: s.map_or(0, |s| s.total_available_workers),
                eligible_agents: s.map_or(0, |s| s.total_eligible_workers),
                stale: is_stale(s),
            }
        })
        .collect()
}

impl Centre {
    /// One JSON line of `watch --all`: the three lists, each as its `list -o json` would be.
    pub fn json(&self) -> Value {
        json!({
            "calls": self.calls,
            "agents": self.agents,
            "queues": self.queues,
        })
    }

    /// The sections of the human frame, each table fitted to `ui.width`.
    pub fn sections(&self, ui: &Ui) -> Vec<Section> {
        vec![
            Section {
                title: "calls",
                count: self.calls.len(),
                table: fitted(ui, CallRow::columns(), self.calls.iter().map(Row::cells)),
            },
            Section {
                title: "agents",
                count: self.agents.len(),
                table: fitted(ui, AgentRow::columns(), self.agents.iter().map(Row::cells)),
            },
            Section {
                title: "queues",
                count: self.queues.len(),
                table: fitted(ui, QueueRow::columns(), self.queues.iter().map(Row::cells)),
            },
        ]
    }

    /// `-o tsv`: the calls, one row each (the headers are their JSON names).
    pub fn tsv(&self, ui: &Ui) -> String {
        let keys: Vec<&str> = CallRow::columns().iter().map(|c| c.key).collect();
        let rows = serde_json::to_value(&self.calls)
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default();
        tsv_of(ui, &keys, &rows)
    }
}
