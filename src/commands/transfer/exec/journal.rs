//! The journal: the transfer record in the call task's attributes, written with If-Match (a
//! lost race is exit 5), claimed by the process at work on it with a lease that waits renew.

use super::Runner;
use crate::domain::record::{self, Owner, Status, Transfer, LEASE_S};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::twilio::{Client, TaskUpdate};

const CAS_ATTEMPTS: usize = 5;

/// A runner's claim on the record: this process on this host.
pub fn this_process() -> Owner {
    let (pid, started) = crate::process::me();
    Owner {
        host: crate::process::host_name(),
        pid,
        started,
        lease_until: String::new(),
    }
}

/// Now on the server's clock (its latest `Date` header), shared by every operator acting on
/// the call, falling back to the local clock.
pub fn server_now(client: &Client) -> jiff::Timestamp {
    client
        .last_server_date()
        .unwrap_or_else(jiff::Timestamp::now)
}

fn now_iso(client: &Client) -> String {
    server_now(client)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

impl Runner {
    /// While a verb waits, keeps its claim on the record fresh (a write every few seconds).
    pub(super) async fn renew_lease(&mut self) -> CliResult {
        let (Some(r), Some(_)) = (&self.record, &self.owner) else {
            return Ok(());
        };
        if !r.status.is_active() {
            return Ok(());
        }
        if record::lease_due(r.owner.as_ref(), server_now(&self.client)) {
            let status = r.status;
            self.write_record(status).await?;
        }
        Ok(())
    }

    /// Writes the record with If-Match; on a stale ETag re-reads the task and, unless another
    /// transfer has started meanwhile, applies the change again.
    pub(super) async fn write_record(&mut self, status: Status) -> CliResult {
        let Some(mut mine) = self.record.clone() else {
            return Ok(());
        };
        mine.set_status(status, &now_iso(&self.client));
        mine.owner = match &self.owner {
            Some(o) if status.is_active() && !self.releasing => {
                let until = server_now(&self.client)
                    .checked_add(jiff::SignedDuration::from_secs(LEASE_S))
                    .unwrap_or_else(|_| server_now(&self.client));
                Some(Owner {
                    lease_until: until.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    ..o.clone()
                })
            }
            _ => None,
        };
        // Never write the journal without If-Match: a task read from a list has no ETag.
        if self.state.task.etag.is_none() {
            self.state.task = self
                .client
                .fetch_task(&self.ws, &self.call.task_sid)
                .await?;
        }
        let mut unanswered = None;
        for _ in 0..CAS_ATTEMPTS {
            let mut list = record::transfers(&self.state.task.attributes);
            match list.iter().position(|t| t.id == mine.id) {
                // Closed meanwhile by someone else (a `cancel` from another terminal, doctor):
                // never reopened. Closing it again is already done.
                Some(i) if !list[i].status.is_active() => {
                    let theirs = list[i].clone();
                    if status.is_active() {
                        self.record = Some(theirs.clone());
                        return Err(CliError::refused(format!(
                            "transfer {} was closed meanwhile ({}{})",
                            theirs.id,
                            theirs.status.as_str(),
                            theirs
                                .reason
                                .as_deref()
                                .map(|r| format!(": {r}"))
                                .unwrap_or_default()
                        ))
                        .id(Check::TransferActive.id()));
                    }
                    self.record = Some(theirs);
                    return Ok(());
                }
                Some(i) => list[i] = mine.clone(),
                None => {
                    if let Some(other) = list.iter().rev().find(|t| t.status.is_active()) {
                        return Err(conflict(other));
                    }
                    list.push(mine.clone());
                }
            }
            let raw = record::with_transfers(&self.state.task.attributes_raw, &list)
                .map_err(|e| CliError::refused(e.to_string()))?;
            let update = TaskUpdate {
                attributes: Some(raw),
                ..TaskUpdate::default()
            };
            match self
                .client
                .update_task(
                    &self.ws,
                    &self.call.task_sid,
                    &update,
                    self.state.task.etag.as_deref(),
                )
                .await
            {
                Ok(task) => {
                    self.state.task = task;
                    self.record = Some(mine);
                    return Ok(());
                }
                Err(e) if e.is_precondition_failed() => {
                    self.state.task = self
                        .client
                        .fetch_task(&self.ws, &self.call.task_sid)
                        .await?;
                }
                // No answer (or a 5xx): the write may have landed. Look before writing again,
                // or a landed `initiated` record would be left active with nothing behind it.
                Err(e) if e.is_retryable() => {
                    self.state.task = self
                        .client
                        .fetch_task(&self.ws, &self.call.task_sid)
                        .await?;
                    if record::transfers(&self.state.task.attributes).contains(&mine) {
                        self.record = Some(mine);
                        return Ok(());
                    }
                    unanswered = Some(e);
                }
                Err(e) => return Err(e.into()),
            }
        }
        if let Some(e) = unanswered {
            return Err(e.into());
        }
        Err(CliError::new(
            Exit::Conflict,
            "the call's task keeps changing under us; try again",
        ))
    }
}

fn conflict(other: &Transfer) -> CliError {
    let by = other
        .from
        .name
        .clone()
        .or(other.from.worker_sid.clone())
        .unwrap_or_else(|| "someone".into());
    CliError::new(
        Exit::Conflict,
        format!("another transfer is in progress on this call (started by {by})"),
    )
    .id(Check::NoOtherTransfer.id())
    .hint("flexctl calls show, then cancel it or wait")
}
