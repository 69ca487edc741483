//! A large contact centre on demand (`sandbox seed`): what to create, planned deterministically from a seed.
//!
//! [`plan`] decides everything (names, SIDs, skills, activities, which agent holds which call,
//! which calls have a consult under way, which queues are stale) from the sizes and the seed
//! alone, with no I/O; [`super::seed_large_sql`] writes the plan in one transaction. Agents
//! are eligible for a queue through a skill its target expression selects
//! (`skills HAS "support-north-001"`), and each agent has several skills, so queues overlap.

use super::ids::stable_sid;

/// Activities of the seeded workspace: the demo's four and `Busy` (unavailable).
pub const ACTIVITIES: &[(&str, bool)] = &[
    ("Available", true),
    ("Unavailable", false),
    ("Offline", false),
    ("Break", false),
    ("Busy", false),
];

/// How idle agents are spread over the activities (weights, in [`ACTIVITIES`] order).
const IDLE_WEIGHTS: &[u64] = &[35, 10, 30, 10, 15];

/// Upper bounds: large enough for load tests, small enough to seed in seconds.
pub const MAX_CALLS: usize = 2_000;
pub const MAX_AGENTS: usize = 20_000;
pub const MAX_QUEUES: usize = 5_000;

/// One call in ten (the 10th, 20th, …) has a consult under way.
pub const CONSULT_EVERY: usize = 10;

/// The sizes and the seed of a contact centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub calls: usize,
    pub agents: usize,
    pub queues: usize,
    pub stale: usize,
    pub seed: u64,
}

impl Spec {
    /// A named size: `demo` (1 call, 5 agents, 5 queues, 2 stale), `medium` (30 / 200 / 50 /
    /// 10) or `large` (300 / 2,000 / 500 / 100).
    pub fn preset(size: &str) -> Option<Spec> {
        let (calls, agents, queues, stale) = match size {
            "demo" => (1, 5, 5, 2),
            "medium" => (30, 200, 50, 10),
            "large" => (300, 2_000, 500, 100),
            _ => return None,
        };
        Some(Spec {
            calls,
            agents,
            queues,
            stale,
            seed: 1,
        })
    }

    /// Calls that have a consult under way.
    pub fn consults(&self) -> usize {
        self.calls / CONSULT_EVERY
    }

    /// Why these sizes cannot be seeded, as a sentence; `None` when they can.
    pub fn problem(&self) -> Option<String> {
        let Spec {
            calls,
            agents,
            queues,
            stale,
            ..
        } = *self;
        if calls > MAX_CALLS {
            return Some(format!("--calls {calls} is more than {MAX_CALLS}"));
        }
        if agents > MAX_AGENTS {
            return Some(format!("--agents {agents} is more than {MAX_AGENTS}"));
        }
        if queues > MAX_QUEUES {
            return Some(format!("--queues {queues} is more than {MAX_QUEUES}"));
        }
        if agents == 0 || queues == 0 {
            return Some("a contact centre needs at least one agent and one queue".into());
        }
        if stale > queues {
            return Some(format!("--stale {stale} is more than --queues {queues}"));
        }
        if calls > 0 && stale == queues {
            return Some(format!(
                "{calls} live calls need a queue that is not stale: give --stale below {queues}"
            ));
        }
        let busy = calls + self.consults();
        if busy > agents {
            return Some(format!(
                "{calls} calls ({} with a consult) need {busy} agents, and --agents is {agents}",
                self.consults()
            ));
        }
        None
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same centre on every
/// machine and every version of the dependencies.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5eed_c0de_0000_0015)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn weighted(&mut self, weights: &[u64]) -> usize {
        let mut x = self.next_u64() % weights.iter().sum::<u64>();
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

const DEPARTMENTS: &[&str] = &[
    "Support",
    "Billing",
    "Sales",
    "Retention",
    "Escalations",
    "Claims",
    "Onboarding",
    "Technical",
    "Returns",
    "Loyalty",
];
const REGIONS: &[&str] = &["North", "South", "East", "West", "Central", "Global"];
const FIRST: &[&str] = &[
    "Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kai", "Lena",
    "Max", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vik", "Wren", "Yusuf",
    "Zoe",
];
const LAST: &[&str] = &[
    "Kim", "Lopez", "Novak", "Okafor", "Patel", "Reyes", "Schmidt", "Tanaka", "Walsh", "Young",
    "Silva", "Haddad", "Berg", "Chen", "Dubois",
];

pub struct Queue {
    pub sid: String,
    pub name: String,
    pub skill: String,
    pub stale: bool,
    /// Days ago of each past task that entered the queue (stale queues: 31 or more, or none).
    pub history: Vec<i64>,
}

pub struct Agent {
    pub sid: String,
    pub name: String,
    pub full_name: String,
    pub activity: &'static str,
    /// Indices into the plan's queues.
    pub skills: Vec<usize>,
}

pub struct Consult {
    /// Index of the agent who accepted the consult task.
    pub agent: usize,
    /// Index of the queue the consult went to.
    pub queue: usize,
    pub transfer_id: String,
    pub task: String,
    pub reservation: String,
    pub call: String,
}

pub struct Call {
    pub task: String,
    pub reservation: String,
    pub conference: String,
    pub customer_call: String,
    pub agent_call: String,
    pub customer_number: String,
    /// Index of the agent holding the call.
    pub agent: usize,
    /// Index of the queue the task came through.
    pub queue: usize,
    /// How long ago the call started, in seconds (at least 90: a consult fits in it).
    pub age_s: i64,
    pub consult: Option<Consult>,
}

pub struct Plan {
    pub spec: Spec,
    pub queues: Vec<Queue>,
    pub agents: Vec<Agent>,
    pub calls: Vec<Call>,
}

/// The whole centre for `spec` (which [`Spec::problem`] must have accepted).
pub fn plan(spec: Spec) -> Plan {
    let mut rng = Rng::new(spec.seed);
    let key = |kind: &str, i: usize| format!("seed:{}:{kind}:{i}", spec.seed);
    let mut order: Vec<usize> = (0..spec.queues).collect();
    rng.shuffle(&mut order);
    let mut stale = vec![false; spec.queues];
    for &i in &order[..spec.stale] {
        stale[i] = true;
    }
    let queues: Vec<Queue> = (0..spec.queues)
        .map(|i| {
            let dept = DEPARTMENTS[i % DEPARTMENTS.len()];
            let region = REGIONS[(i / DEPARTMENTS.len()) % REGIONS.len()];
            let history = if !stale[i] {
                (0..1 + rng.below(6))
                    .map(|_| 1 + rng.below(29) as i64)
                    .collect()
            } else if rng.below(4) == 0 {
                Vec::new()
            } else {
                (0..1 + rng.below(3))
                    .map(|_| 31 + rng.below(60) as i64)
                    .collect()
            };
            Queue {
                sid: stable_sid("WQ", &key("queue", i)),
                name: format!("{dept} {region} {:03}", i + 1),
                skill: format!(
                    "{}-{}-{:03}",
                    dept.to_lowercase(),
                    region.to_lowercase(),
                    i + 1
                ),
                stale: stale[i],
                history,
            }
        })
        .collect();
    let live: Vec<usize> = (0..spec.queues).filter(|i| !stale[*i]).collect();
    // Roles: the first `calls` of a shuffled order hold a call, the next `consults` accepted a
    // consult; everyone else is idle in some activity.
    let mut roles: Vec<usize> = (0..spec.agents).collect();
    rng.shuffle(&mut roles);
    let busy = spec.calls + spec.consults();
    let mut on_call = vec![false; spec.agents];
    for &a in &roles[..busy] {
        on_call[a] = true;
    }
    let agents: Vec<Agent> = (0..spec.agents)
        .map(|i| {
            let first = FIRST[i % FIRST.len()];
            let last = LAST[(i / FIRST.len() + i) % LAST.len()];
            // The first skill covers every queue in turn (so each has someone eligible once
            // there are as many agents as queues); an agent on a call is eligible for a live
            // queue, the one their task came through.
            let mut skills = vec![if on_call[i] {
                live[rng.below(live.len())]
            } else {
                i % spec.queues
            }];
            for _ in 0..1 + rng.below(4) {
                let q = rng.below(spec.queues);
                if !skills.contains(&q) {
                    skills.push(q);
                }
            }
            let activity = if on_call[i] {
                "Available"
            } else {
                ACTIVITIES[rng.weighted(IDLE_WEIGHTS)].0
            };
            Agent {
                sid: stable_sid("WK", &key("worker", i)),
                name: format!(
                    "{}.{}{:04}",
                    first.to_lowercase(),
                    last.to_lowercase(),
                    i + 1
                ),
                full_name: format!("{first} {last}"),
                activity,
                skills,
            }
        })
        .collect();
    let calls = (0..spec.calls)
        .map(|c| {
            let agent = roles[c];
            let consult = (c % CONSULT_EVERY == CONSULT_EVERY - 1).then(|| {
                let target = roles[spec.calls + c / CONSULT_EVERY];
                Consult {
                    agent: target,
                    queue: agents[target].skills[0],
                    transfer_id: format!("tr-seed-{}-{c}", spec.seed),
                    task: stable_sid("WT", &key("consult-task", c)),
                    reservation: stable_sid("WR", &key("consult-reservation", c)),
                    call: stable_sid("CA", &key("consult-call", c)),
                }
            });
            Call {
                task: stable_sid("WT", &key("task", c)),
                reservation: stable_sid("WR", &key("reservation", c)),
                conference: stable_sid("CF", &key("conference", c)),
                customer_call: stable_sid("CA", &key("customer-call", c)),
                agent_call: stable_sid("CA", &key("agent-call", c)),
                customer_number: format!("+1555{:07}", 2_000_000 + c),
                agent,
                queue: agents[agent].skills[0],
                age_s: 90 + rng.below(20 * 60) as i64,
                consult,
            }
        })
        .collect();
    Plan {
        spec,
        queues,
        agents,
        calls,
    }
}

#[cfg(test)]
#[path = "seed_large_tests.rs"]
mod tests;
