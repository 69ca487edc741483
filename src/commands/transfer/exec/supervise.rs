//! The supervisor's steps: ringing them in (`supervisor-WK…`, in their mode from the first
//! ring) and switching their mode in place, each read back.

use super::Runner;
use crate::domain::plan::{ModeChange, Supervision, SupervisorRing};
use crate::error::{CliError, CliResult};
use crate::twilio::{NewParticipant, ParticipantUpdate};

/// The participant's `Muted`, `Coaching` and `CallSidToCoach` for a supervision.
fn flags(s: &Supervision) -> (bool, bool, Option<String>) {
    let coach = s.coached.as_ref().map(|c| c.call_sid.clone());
    (s.muted(), coach.is_some(), coach)
}

impl Runner {
    /// Rings the supervisor; a create whose answer was lost is looked up by its label before
    /// it is tried again (creates are never blindly retried).
    pub(super) async fn ring_supervisor(&mut self, ring: &SupervisorRing) -> CliResult {
        let (muted, coaching, to_coach) = flags(&ring.supervision);
        let label = ring.label();
        let new = NewParticipant {
            from: ring.from.clone(),
            to: ring.contact_uri.clone(),
            label: Some(label.clone()),
            early_media: Some(false),
            // A supervisor never ends the call for the others, nor starts it.
            end_conference_on_exit: Some(false),
            start_conference_on_enter: Some(false),
            muted: Some(muted),
            coaching: coaching.then_some(true),
            call_sid_to_coach: to_coach,
            beep: Some("false".into()),
            timeout_s: Some(ring.timeout_s),
            ..NewParticipant::default()
        };
        let leg = match self.client.create_participant(&self.cf(), &new).await {
            Ok(p) => p,
            Err(e) if e.is_retryable() => {
                match self.client.fetch_participant(&self.cf(), &label).await {
                    Ok(p) => p,
                    Err(_) => self
                        .client
                        .create_participant(&self.cf(), &new)
                        .await
                        .map_err(|e2| CliError::from(e2).cause(format!("first attempt: {e}")))?,
                }
            }
            Err(e) => return Err(e.into()),
        };
        self.state.put_leg(leg);
        Ok(())
    }

    /// One update of `Muted`, `Coaching` and `CallSidToCoach`, read back.
    pub(super) async fn set_mode(&mut self, change: &ModeChange) -> CliResult {
        let (muted, coaching, to_coach) = flags(&change.supervision);
        let update = ParticipantUpdate {
            muted: Some(muted),
            coaching: Some(coaching),
            call_sid_to_coach: to_coach.clone(),
            ..ParticipantUpdate::default()
        };
        let p = match self
            .client
            .update_participant(&self.cf(), &change.leg, &update)
            .await
        {
            Ok(p) => p,
            Err(e) if e.is_not_found() && self.undoing => {
                self.state.drop_leg(&change.leg);
                self.gone = true;
                return Ok(());
            }
            Err(e) => return Err(e.into()),
        };
        let took = p.muted == muted
            && p.coaching == coaching
            && (!coaching || p.call_sid_to_coach == to_coach);
        self.state.put_leg(p);
        if !took {
            return Err(CliError::refused(format!(
                "the change to {} did not take effect",
                change.name
            )));
        }
        Ok(())
    }
}
