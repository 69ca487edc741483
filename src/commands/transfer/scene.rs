//! What every call verb starts from: the selected call, the acting agent and their leg, the
//! task with its ETag (for the journal), and the transfer under way if any.

use crate::cli::CallSelector;
use crate::commands::gather::{Also, CallState, Loaded};
use crate::commands::select::{load_call, resolve_worker};
use crate::context::Ctx;
use crate::domain::call::{Call, Leg};
use crate::domain::model::{Queue, QueueStats, Task, Worker, WorkerChannel};
use crate::domain::record::{self, Transfer};
use crate::domain::rules::{actor_leg, Check};
use crate::error::{CliError, CliResult};
use crate::interrupt::Interrupt;
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
    /// What the call was assembled from, to assemble it again after a run.
    pub state: CallState,
    /// The full record of the agent a consult targets, read while loading the call.
    pub target_worker: Option<(Worker, Vec<WorkerChannel>)>,
    /// The queues and their statistics, read while loading the call for a queue consult.
    pub queues: Option<(Vec<Queue>, Vec<QueueStats>)>,
}

/// Whether a verb writes the transfer record, and so needs the task's ETag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journal {
    Always,
    /// Only while a transfer is active on the call (leave, remove).
    IfActive,
    Never,
}

/// What a verb reads along with the call.
#[derive(Debug, Clone)]
pub struct Needs {
    pub journal: Journal,
    pub also: Also,
}

impl Needs {
    pub fn journal(journal: Journal) -> Needs {
        Needs {
            journal,
            also: Also::default(),
        }
    }
}

impl Scene {
    /// The scene, reading what `needs` says in the same waves as the call: the task's ETag
    /// with the legs when the verb journals (a task named by `--task` is fetched anyway), a
    /// consult target's record and the queues as soon as their inputs are known.
    pub async fn load_for(ctx: &mut Ctx, needs: &Needs) -> CliResult<Scene> {
        let sel = &ctx.select.clone();
        let journal = needs.journal;
        let etag = move |t: &Task, candidates: usize| {
            candidates == 1
                && match journal {
                    Journal::Always => true,
                    Journal::IfActive => record::active(&t.attributes).is_some(),
                    Journal::Never => false,
                }
        };
        let (state, loaded) = load_call(ctx, None, sel, &etag, &needs.also).await?;
        Scene::build(ctx, sel, state, loaded).await
    }

    /// The status a record left `ringing` by a consult whose target has since answered
    /// should now have (only a record no process is running); the verb writes it first.
    pub fn lagging_record(&self) -> Option<crate::domain::record::Status> {
        let active = self.active.as_ref().filter(|t| t.owner.is_none())?;
        record::caught_up(active.status, self.call.phase)
    }

    /// The scene for a call already loaded: the acting agent is `--agent`, else the profile's
    /// default agent, else the agent holding the call.
    pub async fn build(
        ctx: &mut Ctx,
        sel: &CallSelector,
        state: CallState,
        loaded: Loaded,
    ) -> CliResult<Scene> {
        let (client, ws) = ctx.client_and_workspace().await?;
        let call = state.call();
        let workers = loaded.workers;
        let task = state.task.clone();
        let named = sel.agent.clone().or_else(|| ctx.default_agent());
        let (actor_sid, actor_name) = match named {
            Some(name) => {
                let w = resolve_worker(&workers, &name)?;
                (w.sid.clone(), w.name.clone())
            }
            None => match (&call.agent_sid, &call.agent) {
                (Some(s), n) => (s.clone(), n.clone().unwrap_or_else(|| s.clone())),
                // Handed to an external number: no agent holds the call; a verb that needs
                // one is refused by its own checks, and doctor says who the call is with.
                (None, _) if call.external_legs().next().is_some() => {
                    (String::new(), "nobody".to_string())
                }
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
            state,
            target_worker: loaded.worker,
            queues: loaded.queues,
        })
    }

    /// The scene as `runner` left the call: its legs and task as the responses returned
    /// them, with no further request.
    pub fn after(&self, runner: &Runner) -> Scene {
        let state = runner.state.clone();
        let call = state.call();
        Scene {
            client: self.client.clone(),
            ws: self.ws.clone(),
            active: record::active(&runner.state.task.attributes),
            task: runner.state.task.clone(),
            call,
            workers: self.workers.clone(),
            actor_sid: self.actor_sid.clone(),
            actor_name: self.actor_name.clone(),
            state,
            target_worker: None,
            queues: None,
        }
    }

    pub fn actor(&self) -> Option<&Leg> {
        actor_leg(&self.call, &self.actor_sid)
    }

    /// A leg by who: `customer` (or the customer's number, a leg's call SID or label), `me`,
    /// or an agent's name or SID.
    pub fn leg_of(&self, who: &str) -> CliResult<&Leg> {
        if let Some(leg) = self.call.leg_named(who) {
            return Ok(leg);
        }
        if who.trim().eq_ignore_ascii_case("customer") {
            return Err(CliError::refused("the customer is not on this call"));
        }
        if who.trim().is_empty() {
            return Err(CliError::usage(
                "say who: `customer`, `me`, or an agent's name",
            ));
        }
        let sid = if who.eq_ignore_ascii_case("me") {
            self.actor_sid.clone()
        } else {
            resolve_worker(&self.workers, who)?.sid.clone()
        };
        // A supervisor is named like an agent (`remove NAME` takes them off the call).
        self.call.worker_leg(&sid).ok_or_else(|| {
            let name = self
                .workers
                .iter()
                .find(|w| w.sid == sid)
                .map_or(who, |w| w.name.as_str());
            CliError::refused(format!("{name} is not on this call"))
                .hint("`flexctl calls show` lists the participants")
        })
    }

    pub fn runner(&self, interrupted: Interrupt) -> Runner {
        Runner::new(
            self.client.clone(),
            self.ws.clone(),
            self.state.clone(),
            self.active.clone(),
            interrupted,
        )
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
