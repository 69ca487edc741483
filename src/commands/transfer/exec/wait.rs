//! The waits of a plan: for the consult leg to answer, with every poll also telling whether the
//! call is still there (a customer who hangs up ends the verb at the next poll).

use std::time::{Duration, Instant};

use super::{Runner, POLL};
use crate::domain::model::{Participant, ParticipantStatus};
use crate::domain::rules::Check;
use crate::error::{CliError, CliResult};

use super::journal::server_now;

impl Runner {
    pub(super) async fn await_answer(&mut self, timeout_s: u32) -> CliResult {
        let rung = self
            .rung
            .clone()
            .ok_or_else(|| CliError::refused("nothing is ringing"))?;
        let (label, name) = (rung.label, rung.name);
        let deadline = Instant::now() + Duration::from_secs(u64::from(timeout_s) + 2);
        loop {
            self.check_interrupt()?;
            // One list per poll: the consult leg's state and whether the customer is still
            // there (a hang-up is noticed at the next poll, not at the ring timeout).
            let legs = self.live_legs().await?;
            match legs
                .iter()
                .find(|p| p.label.as_deref() == Some(label.as_str()))
            {
                Some(p) if p.status == ParticipantStatus::Connected => {
                    self.state.put_leg(p.clone());
                    return Ok(());
                }
                Some(p)
                    if matches!(
                        p.status,
                        ParticipantStatus::Failed | ParticipantStatus::Complete
                    ) =>
                {
                    return Err(CliError::refused(format!(
                        "{name} did not answer ({})",
                        p.status
                    )));
                }
                Some(_) => {}
                None => {
                    return Err(CliError::refused(format!(
                        "{name} did not answer (rejected, or no answer within {timeout_s}s)"
                    )));
                }
            }
            self.renew_lease().await?;
            if Instant::now() > deadline {
                return Err(CliError::refused(format!(
                    "{name} did not answer within {timeout_s}s"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The conference's legs, or the call-ended error when the conference is gone or the
    /// customer has left it.
    pub(super) async fn live_legs(&mut self) -> CliResult<Vec<Participant>> {
        let legs = self.client.list_participants(&self.cf(), None).await;
        self.check_live(legs)
    }

    pub(super) fn check_live(
        &mut self,
        legs: Result<Vec<Participant>, crate::twilio::Error>,
    ) -> CliResult<Vec<Participant>> {
        let legs = match legs {
            Ok(l) => l,
            Err(e) if e.is_not_found() => return Err(self.conference_gone()),
            Err(e) => return Err(e.into()),
        };
        if legs.is_empty() {
            return Err(self.conference_gone());
        }
        let present = |sid: &str| {
            legs.iter().any(|p| {
                p.call_sid == sid
                    && !matches!(
                        p.status,
                        ParticipantStatus::Failed | ParticipantStatus::Complete
                    )
            })
        };
        if let Some(c) = self.call.customer_leg().map(|c| c.call_sid.clone()) {
            if !present(&c) {
                return Err(self.call_gone(true));
            }
        }
        Ok(legs)
    }

    /// The conference ended under the verb. While a consult is set up no agent leg ends it on
    /// exit, so when the customer's leg did, it was the customer who hung up.
    pub(super) fn conference_gone(&mut self) -> CliError {
        let customer_armed = self.call.customer_leg().is_some_and(|c| {
            self.state
                .legs
                .iter()
                .find(|p| p.call_sid == c.call_sid)
                .map_or(c.end_conference_on_exit, |p| p.end_conference_on_exit)
        });
        let agents_armed = self.state.legs.iter().any(|p| {
            p.end_conference_on_exit
                && self
                    .call
                    .customer_leg()
                    .is_none_or(|c| c.call_sid != p.call_sid)
        });
        self.call_gone(customer_armed && !agents_armed)
    }

    pub(super) fn is_customer(&self, leg: &str) -> bool {
        self.call
            .customer_leg()
            .is_some_and(|c| c.call_sid == leg || c.label.as_deref() == Some(leg))
    }

    /// Notes that the call ended under the verb and says so: `call-live`, exit 1.
    pub(super) fn call_gone(&mut self, customer_left: bool) -> CliError {
        let at = server_now(&self.client)
            .strftime("%H:%M:%S UTC")
            .to_string();
        let message = if customer_left {
            format!("the customer hung up at {at}")
        } else {
            format!("the call ended at {at}")
        };
        self.call_ended = Some(message.clone());
        CliError::refused(message).id(Check::CallLive.id())
    }
}
