//! Conferences and their participants (the 2010 API): the legs of a call and hold/unhold/kick.

use crate::domain::{Conference, ConferenceStatus, Participant};

use super::http::{seg, Domain, Repeat, Request};
use super::wire::{WConference, WParticipant};
use super::{Client, Error};

/// Filters for listing conferences.
#[derive(Debug, Clone, Default)]
pub struct ConferenceFilter {
    pub status: Option<ConferenceStatus>,
    /// Exact match; Flex names a call's conference after its task SID.
    pub friendly_name: Option<String>,
}

/// A new leg to dial into a conference.
#[derive(Debug, Clone, Default)]
pub struct NewParticipant {
    pub from: String,
    /// `client:name`, an E.164 number or a `sip:` URI.
    pub to: String,
    /// Lets the leg be addressed before its call SID is known (≤128 chars, no `/`).
    pub label: Option<String>,
    pub early_media: Option<bool>,
    pub end_conference_on_exit: Option<bool>,
    pub start_conference_on_enter: Option<bool>,
    pub muted: Option<bool>,
    /// Heard by `call_sid_to_coach` alone.
    pub coaching: Option<bool>,
    pub call_sid_to_coach: Option<String>,
    pub beep: Option<String>,
    /// Ring time in seconds (Twilio accepts 5–600).
    pub timeout_s: Option<u32>,
    pub status_callback: Option<String>,
    /// Repeated `StatusCallbackEvent` values (`initiated`, `ringing`, `answered`, `completed`).
    pub status_callback_events: Vec<String>,
}

/// Changes to a participant; only the fields that are set are sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParticipantUpdate {
    pub hold: Option<bool>,
    pub hold_url: Option<String>,
    pub muted: Option<bool>,
    pub end_conference_on_exit: Option<bool>,
    pub coaching: Option<bool>,
    pub call_sid_to_coach: Option<String>,
    pub announce_url: Option<String>,
}

fn push_bool(form: &mut Vec<(&'static str, String)>, key: &'static str, v: Option<bool>) {
    if let Some(v) = v {
        form.push((key, v.to_string()));
    }
}

fn push_str(form: &mut Vec<(&'static str, String)>, key: &'static str, v: &Option<String>) {
    if let Some(v) = v {
        form.push((key, v.clone()));
    }
}

impl NewParticipant {
    pub(crate) fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut f = vec![("From", self.from.clone()), ("To", self.to.clone())];
        push_str(&mut f, "Label", &self.label);
        push_bool(&mut f, "EarlyMedia", self.early_media);
        push_bool(&mut f, "EndConferenceOnExit", self.end_conference_on_exit);
        push_bool(
            &mut f,
            "StartConferenceOnEnter",
            self.start_conference_on_enter,
        );
        push_bool(&mut f, "Muted", self.muted);
        push_bool(&mut f, "Coaching", self.coaching);
        push_str(&mut f, "CallSidToCoach", &self.call_sid_to_coach);
        push_str(&mut f, "Beep", &self.beep);
        if let Some(t) = self.timeout_s {
            f.push(("Timeout", t.to_string()));
        }
        push_str(&mut f, "StatusCallback", &self.status_callback);
        for e in &self.status_callback_events {
            f.push(("StatusCallbackEvent", e.clone()));
        }
        f
    }
}

impl ParticipantUpdate {
    pub(crate) fn to_form(&self) -> Vec<(&'static str, String)> {
        let mut f = Vec::new();
        push_bool(&mut f, "Hold", self.hold);
        push_str(&mut f, "HoldUrl", &self.hold_url);
        push_bool(&mut f, "Muted", self.muted);
        push_bool(&mut f, "EndConferenceOnExit", self.end_conference_on_exit);
        push_bool(&mut f, "Coaching", self.coaching);
        push_str(&mut f, "CallSidToCoach", &self.call_sid_to_coach);
        push_str(&mut f, "AnnounceUrl", &self.announce_url);
        f
    }
}

impl Client {
    pub async fn list_conferences(
        &self,
        filter: &ConferenceFilter,
        limit: Option<usize>,
    ) -> Result<Vec<Conference>, Error> {
        let mut q = Vec::new();
        if let Some(s) = &filter.status {
            q.push(("Status", s.as_str().to_owned()));
        }
        if let Some(n) = &filter.friendly_name {
            q.push(("FriendlyName", n.clone()));
        }
        let url = self.url_2010("Conferences.json");
        let list: Vec<WConference> = self
            .list(Domain::Api, url, q, "conferences", limit, None)
            .await?;
        Ok(list.into_iter().map(Conference::from).collect())
    }

    pub async fn fetch_conference(&self, conference_sid: &str) -> Result<Conference, Error> {
        let url = self.url_2010(&format!("Conferences/{}.json", seg(conference_sid)));
        let (w, _) = self.get_json::<WConference>(url, "conference").await?;
        Ok(w.into())
    }

    fn participants_url(&self, conference: &str, who: Option<&str>) -> String {
        let list = super::participants_path(&self.inner.account_sid, conference);
        match who {
            None => format!("{}{list}.json", self.inner.base.api),
            Some(who) => format!("{}{list}/{}.json", self.inner.base.api, seg(who)),
        }
    }

    /// The legs still in the conference (those that left are no longer listed).
    pub async fn list_participants(
        &self,
        conference_sid: &str,
        limit: Option<usize>,
    ) -> Result<Vec<Participant>, Error> {
        let url = self.participants_url(conference_sid, None);
        let list: Vec<WParticipant> = self
            .list(Domain::Api, url, Vec::new(), "participants", limit, None)
            .await?;
        Ok(list.into_iter().map(Participant::from).collect())
    }

    /// One participant by call SID or label.
    pub async fn fetch_participant(
        &self,
        conference_sid: &str,
        call_sid_or_label: &str,
    ) -> Result<Participant, Error> {
        let url = self.participants_url(conference_sid, Some(call_sid_or_label));
        let (w, _) = self.get_json::<WParticipant>(url, "participant").await?;
        Ok(w.into())
    }

    /// Dials a new leg into `conference` (SID or friendly name). Never retried except after a
    /// 429: if the outcome is unknown the caller looks for the leg by label before trying again.
    pub async fn create_participant(
        &self,
        conference: &str,
        new: &NewParticipant,
    ) -> Result<Participant, Error> {
        let url = self.participants_url(conference, None);
        let req = Request::post(url, new.to_form(), Repeat::OnlyIfRejected);
        let resp = self.send(&req).await?;
        Ok(resp.json::<WParticipant>("participant")?.into())
    }

    /// Applies `update` to a participant addressed by call SID or label. Setting fields to
    /// values is idempotent, so transient failures are retried.
    pub async fn update_participant(
        &self,
        conference_sid: &str,
        call_sid_or_label: &str,
        update: &ParticipantUpdate,
    ) -> Result<Participant, Error> {
        let url = self.participants_url(conference_sid, Some(call_sid_or_label));
        let resp = self
            .send(&Request::post(url, update.to_form(), Repeat::Idempotent))
            .await?;
        Ok(resp.json::<WParticipant>("participant")?.into())
    }

    /// Removes (kicks) a participant. A 404 means the leg is already gone, which is the goal.
    pub async fn delete_participant(
        &self,
        conference_sid: &str,
        call_sid_or_label: &str,
    ) -> Result<(), Error> {
        let url = self.participants_url(conference_sid, Some(call_sid_or_label));
        match self.send(&Request::delete(url)).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_not_found() => Ok(()),
            Err(e) => Err(e),
        }
    }
}
