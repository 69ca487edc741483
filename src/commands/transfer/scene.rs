//! What every call verb starts from: the selected call, the acting agent and their leg, the
//! task with its ETag (for the journal), and the transfer under way if any.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::app::Ctx;
use crate::cli::CallSelector;
use crate::commands::select::{resolve_worker, select_call_with_workers};
use crate::domain::call::{Call, Leg};
use crate::domain::model::{Task, Worker};
use crate::domain::record::{self, Transfer};
use crate::domain::rules::{actor_leg, Check};
use crate::error::{CliError, CliResult};
use crate::twilio::Client;

use super::exec::Runner;

pub struct Scene {
    pub client: Client,
    pub ws: String,
    pub call: Call,
    pub task: Task,
    pub workers: Vec<Worker>,
    pub actor_sid: String,
    pub actor_name: String,
    pub active: Option<Transfer>,
}

impl Scene {
    pub async fn load(ctx: &mut Ctx, sel: &CallSelector) -> CliResult<Scene> {
        let (call, workers) = select_call_with_workers(ctx, None, sel).await?;
        let (client, ws) = ctx.client_and_workspace().await?;
        let task = client.fetch_task(&ws, &call.task_sid).await?;
        let named = sel.agent.clone().or_else(|| ctx.default_agent());
        let (actor_sid, actor_name) = match named {
            Some(name) => {
                let w = resolve_worker(&workers, &name)?;
                (w.sid.clone(), w.name.clone())
            }
            None => match (&call.agent_sid, &call.agent) {
                (Some(s), n) => (s.clone(), n.clone().unwrap_or_else(|| s.clone())),
                (None, _) => {
                    return Err(
                        CliError::refused("cannot tell which agent is acting on this call")
                            .id(Check::AgentInCall.id())
                            .hint("name the acting agent with --agent NAME"),
                    )
                }
            },
        };
        let active = record::active(&task.attributes);
        Ok(Scene {
            client,
            ws,
            call,
            task,
            workers,
            actor_sid,
            actor_name,
            active,
        })
    }

    pub fn actor(&self) -> Option<&Leg> {
        actor_leg(&self.call, &self.actor_sid)
    }

    /// A leg by who: `customer`, `me`, or an agent's name or SID.
    pub fn leg_of(&self, who: &str) -> CliResult<&Leg> {
        if who.eq_ignore_ascii_case("customer") {
            return self
                .call
                .customer_leg()
                .ok_or_else(|| CliError::refused("the customer is not on this call"));
        }
        let sid = if who.eq_ignore_ascii_case("me") {
            self.actor_sid.clone()
        } else {
            resolve_worker(&self.workers, who)?.sid.clone()
        };
        actor_leg(&self.call, &sid).ok_or_else(|| {
            let name = self
                .workers
                .iter()
                .find(|w| w.sid == sid)
                .map_or(who, |w| w.name.as_str());
            CliError::refused(format!("{name} is not on this call"))
                .hint("`flexctl calls show` lists the participants")
        })
    }

    pub fn runner(&self, interrupted: Arc<AtomicBool>) -> Runner {
        Runner {
            client: self.client.clone(),
            ws: self.ws.clone(),
            call: self.call.clone(),
            task: self.task.clone(),
            record: self.active.clone(),
            consult_task: self
                .active
                .as_ref()
                .and_then(|r| r.consult.task_sid.clone()),
            consult_worker: self.active.as_ref().and_then(|r| {
                Some((
                    r.to.worker_sid.clone()?,
                    r.to.name.clone().unwrap_or_default(),
                    String::new(),
                ))
            }),
            interrupted,
            done: Vec::new(),
        }
    }

    /// The number the customer called: what consult legs show as caller ID.
    pub fn caller_id(&self) -> String {
        ["to", "called"]
            .iter()
            .find_map(|k| self.task.attributes.get(*k).and_then(|v| v.as_str()))
            .unwrap_or("flexctl")
            .to_string()
    }
}
