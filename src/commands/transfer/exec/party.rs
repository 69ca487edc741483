//! The steps on one party: `Muted` on a leg (read back), and a worker's activity (the one
//! step `agents set` runs, outside any call).

use super::Runner;
use crate::domain::plan::Action;
use crate::error::{CliError, CliResult};
use crate::twilio::{Client, ParticipantUpdate};

impl Runner {
    /// `Muted` on one leg, read back; hold is left alone (a held leg can be muted, and
    /// unmuting never unholds).
    pub(super) async fn set_muted(&mut self, leg: &str, name: &str, muted: bool) -> CliResult {
        let update = ParticipantUpdate {
            muted: Some(muted),
            ..ParticipantUpdate::default()
        };
        let p = match self
            .client
            .update_participant(&self.cf(), leg, &update)
            .await
        {
            Ok(p) => p,
            Err(e) if e.is_not_found() && self.undoing => {
                self.state.drop_leg(leg);
                self.gone = true;
                return Ok(());
            }
            Err(e) if e.is_not_found() && self.is_customer(leg) => {
                return Err(self.call_gone(true));
            }
            Err(e) => return Err(e.into()),
        };
        let took = p.muted == muted;
        self.state.put_leg(p);
        if !took {
            return Err(CliError::refused(format!(
                "the change to {name} did not take effect"
            )));
        }
        Ok(())
    }
}

/// Runs a `SetActivity` step: the worker as the response left them (activity, availability).
pub async fn set_activity(
    client: &Client,
    ws: &str,
    action: &Action,
) -> CliResult<crate::domain::model::Worker> {
    let Action::SetActivity {
        worker_sid,
        activity_sid,
        reject_pending,
        ..
    } = action
    else {
        return Err(CliError::refused("not an activity change"));
    };
    Ok(client
        .update_worker_activity(ws, worker_sid, activity_sid, *reject_pending)
        .await?)
}
