//! `flexctl sandbox …`: run the emulator as a server, and drive a running one (clock, agents'
//! behaviour, the customer hanging up, the request log) through its control API.

use std::net::SocketAddr;

use serde_json::{json, Value};

use crate::cli::{ClockAction, FaultsAction, OutputFormat, SandboxCommand, SeedArgs, ServeArgs};
use crate::error::{CliError, CliResult};
use crate::exit::Exit;
use crate::sandbox::control_client::{ControlClient, Endpoint};
use crate::sandbox::seed_large::Spec;
use crate::sandbox::{self, AppState};
use crate::ui::table::{self, pretty};
use crate::ui::Ui;
use crate::{domain::duration, paths};

/// `sandbox serve`: runs until Ctrl-C.
pub async fn serve(ui: &Ui, args: &ServeArgs) -> CliResult {
    let addr: SocketAddr = args.addr.parse().map_err(|_| {
        CliError::usage(format!(
            "invalid --addr '{}': expected IP:PORT, e.g. 127.0.0.1:4010",
            args.addr
        ))
    })?;
    if !addr.ip().is_loopback() {
        if !args.allow_remote {
            return Err(CliError::usage(format!(
                "refusing to listen on non-loopback address {addr}"
            ))
            .hint("pass --allow-remote to serve the sandbox beyond this machine"));
        }
        ui.warn(&format!(
            "listening on {addr}: anyone who can reach it and has the credentials can use the sandbox"
        ));
    }
    let db = args
        .db
        .clone()
        .unwrap_or_else(|| paths::default_sandbox_db(&|k| std::env::var(k).ok()));
    let state = AppState::open(&db).map_err(|e| CliError::refused(e.to_string()))?;
    if let Some(spec) = &args.faults {
        state
            .faults()
            .set_spec(spec)
            .map_err(|e| CliError::usage(format!("--faults: {e}")))?;
    }
    let running = sandbox::spawn(state.clone(), addr, crate::invariants::routes())
        .await
        .map_err(|e| {
            CliError::refused(format!("cannot listen on {addr}: {e}"))
                .hint("choose another port with --addr 127.0.0.1:PORT (port 0 picks a free one)")
        })?;
    let creds = state.credentials();
    let info = json!({
        "base_url": running.base_url(),
        "account_sid": creds.account_sid,
        "auth_token": creds.auth_token,
        "api_key_sid": creds.api_key_sid,
        "api_key_secret": creds.api_key_secret,
        "workspace_sid": sandbox::seed::workspace_sid(),
        "database": db.display().to_string(),
    });
    if ui.json() {
        ui.out(&info.to_string())?;
    } else {
        let lines = [
            format!("flexctl sandbox listening on {}", running.base_url()),
            format!("  database        {}", db.display()),
            format!("  account SID     {}", creds.account_sid),
            format!("  auth token      {}", creds.auth_token),
            format!("  API key         {}", creds.api_key_sid),
            format!("  API key secret  {}", creds.api_key_secret),
            format!("  workspace SID   {}", sandbox::seed::workspace_sid()),
            String::new(),
            "Use it from another shell:".to_string(),
            format!(
                "  TWILIO_ACCOUNT_SID={} TWILIO_AUTH_TOKEN={} flexctl --base-url {} calls list",
                creds.account_sid,
                creds.auth_token,
                running.base_url()
            ),
            "Press Ctrl-C to stop.".to_string(),
        ];
        ui.out(&lines.join("\n"))?;
    }
    let _ = tokio::signal::ctrl_c().await;
    ui.status("stopping");
    running.stop().await;
    Ok(())
}

/// Every other `sandbox …` command: a request to the control API of the sandbox in use.
pub async fn control(ui: &Ui, endpoint: Endpoint, cmd: &SandboxCommand) -> CliResult {
    let client = ControlClient::new(endpoint.clone());
    match cmd {
        SandboxCommand::Serve(_) => unreachable_serve(),
        SandboxCommand::Info => {
            let mut info = client.get("/info").await?;
            info["base_url"] = Value::from(endpoint.base_url.clone());
            show_object(ui, &info)
        }
        SandboxCommand::Reset(args) => {
            let form = [("BusyAgent", args.busy_agent.to_string())];
            let v = client.post("/reset", &form).await?;
            ui.status(if args.busy_agent {
                "sandbox reset: the demo contact center is seeded again, with carol busy on a second call"
            } else {
                "sandbox reset: the demo contact center is seeded again"
            });
            show_object(ui, &v)
        }
        SandboxCommand::Seed(args) => {
            let spec = seed_spec(args)?;
            let form = [
                ("Size", args.size.clone()),
                ("Calls", spec.calls.to_string()),
                ("Agents", spec.agents.to_string()),
                ("Queues", spec.queues.to_string()),
                ("Stale", spec.stale.to_string()),
                ("Seed", spec.seed.to_string()),
            ];
            let v = client.post("/seed", &form).await?;
            ui.status(&format!(
                "sandbox seeded: {} calls, {} agents, {} queues ({} stale)",
                spec.calls, spec.agents, spec.queues, spec.stale
            ));
            show_object(ui, &v)
        }
        SandboxCommand::Clock(args) => {
            let form: Vec<(&str, String)> = match &args.action {
                None | Some(ClockAction::Show) => Vec::new(),
                Some(ClockAction::Set { time, freeze }) => {
                    vec![("Set", time.clone()), ("Freeze", freeze.to_string())]
                }
                Some(ClockAction::Advance { duration }) => {
                    duration::parse_ms(duration).map_err(|e| CliError::usage(e.to_string()))?;
                    vec![("Advance", duration.clone())]
                }
                Some(ClockAction::Freeze) => vec![("Freeze", "true".into())],
                Some(ClockAction::Unfreeze) => vec![("Freeze", "false".into())],
                Some(ClockAction::Real) => vec![("Real", "true".into())],
            };
            let v = if form.is_empty() {
                client.get("/clock").await?
            } else {
                client.post("/clock", &form).await?
            };
            show_object(ui, &v)
        }
        SandboxCommand::Answer(a) => respond(ui, &client, &a.name, "answer").await,
        SandboxCommand::Reject(a) => respond(ui, &client, &a.name, "reject").await,
        SandboxCommand::Agent(a) => {
            let mut form = Vec::new();
            if a.reject {
                form.push(("Behavior", "reject".to_string()));
            }
            match a.answer_after.as_deref() {
                Some("never") => form.push(("Behavior", "never".to_string())),
                Some(d) => {
                    duration::parse_ms(d).map_err(|e| CliError::usage(e.to_string()))?;
                    form.push(("Behavior", "answer".to_string()));
                    form.push(("Delay", d.to_string()));
                }
                None => {}
            }
            if a.reject_tasks {
                form.push(("Tasks", "reject".to_string()));
            }
            if let Some(d) = a.accept_after.as_deref() {
                if d != "never" {
                    duration::parse_ms(d).map_err(|e| CliError::usage(e.to_string()))?;
                }
                form.push(("AcceptAfter", d.to_string()));
            }
            if form.is_empty() {
                return Err(CliError::usage("nothing to change").hint(
                    "give --answer-after 2s|never or --reject (the ringing call), \
                     --accept-after 2s|never or --reject-tasks (task reservations)",
                ));
            }
            let v = client
                .post(&format!("/agents/{}", encode(&a.name)), &form)
                .await?;
            show_object(ui, &v)
        }
        SandboxCommand::Number(n) => {
            let mut form = Vec::new();
            for (key, value) in [
                ("AnswerAfter", &n.answer_after),
                ("HangupAfter", &n.hangup_after),
            ] {
                if let Some(d) = value.as_deref() {
                    if d != "never" {
                        duration::parse_ms(d).map_err(|e| CliError::usage(e.to_string()))?;
                    }
                    form.push((key, d.to_string()));
                }
            }
            if let Some(b) = n.busy {
                form.push(("Busy", b.to_string()));
            }
            let v = client
                .post(&format!("/numbers/{}", encode(&n.number)), &form)
                .await?;
            show_object(ui, &v)
        }
        SandboxCommand::HangupCustomer(h) => {
            let form: Vec<(&str, String)> = h
                .conference
                .iter()
                .map(|c| ("Conference", c.clone()))
                .collect();
            let v = client.post("/hangup-customer", &form).await?;
            show_object(ui, &v)
        }
        SandboxCommand::Faults(f) => {
            let v = match &f.action {
                None | Some(FaultsAction::Show) => client.get("/faults").await?,
                Some(FaultsAction::Set { spec }) => {
                    client.post("/faults", &[("Spec", spec.clone())]).await?
                }
                Some(FaultsAction::Clear) => {
                    client.post("/faults", &[("Spec", "none".into())]).await?
                }
            };
            show_object(ui, &v)
        }
        SandboxCommand::Log(l) => {
            let mut path = format!("/log?Limit={}", l.limit.max(1));
            if let Some(s) = l.since {
                path.push_str(&format!("&Since={s}"));
            }
            let v = client.get(&path).await?;
            show_log(ui, &v)
        }
    }
}

/// The sizes `sandbox seed` asks for: the preset, changed by the flags, checked here so that
/// a bad size is a usage error before anything is sent.
fn seed_spec(args: &SeedArgs) -> CliResult<Spec> {
    let base = Spec::preset(&args.size)
        .ok_or_else(|| CliError::usage(format!("unknown --size '{}'", args.size)))?;
    let spec = Spec {
        calls: args.calls.unwrap_or(base.calls),
        agents: args.agents.unwrap_or(base.agents),
        queues: args.queues.unwrap_or(base.queues),
        stale: args.stale.unwrap_or(base.stale),
        seed: args.seed,
    };
    match spec.problem() {
        None => Ok(spec),
        Some(p) => Err(CliError::usage(p).hint(
            "e.g. `flexctl sandbox seed --size large`, or --calls N --agents N --queues N --stale N",
        )),
    }
}

fn unreachable_serve() -> CliResult {
    Err(CliError::new(
        Exit::Usage,
        "`sandbox serve` is not a control request",
    ))
}

fn encode(segment: &str) -> String {
    form_urlencoded::byte_serialize(segment.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

async fn respond(ui: &Ui, client: &ControlClient, name: &str, action: &str) -> CliResult {
    let v = client
        .post(&format!("/agents/{}/{action}", encode(name)), &[])
        .await?;
    show_object(ui, &v)
}

/// A flat JSON object as `key  value` lines, or as JSON / TSV.
fn show_object(ui: &Ui, v: &Value) -> CliResult {
    match ui.format {
        OutputFormat::Json => ui.out(&pretty(v)),
        _ => {
            let rows = flatten(v, "");
            let text = match ui.format {
                OutputFormat::Tsv => table::tsv(ui, &["key", "value"], rows.into_iter()),
                _ => table::table(ui, &["key", "value"], rows.into_iter()),
            };
            ui.out(&text)
        }
    }
}

fn flatten(v: &Value, prefix: &str) -> Vec<Vec<String>> {
    match v {
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(v, &key)
            })
            .collect(),
        Value::String(s) => vec![vec![prefix.to_string(), s.clone()]],
        Value::Null => vec![vec![prefix.to_string(), String::new()]],
        other => vec![vec![prefix.to_string(), other.to_string()]],
    }
}

fn show_log(ui: &Ui, v: &Value) -> CliResult {
    if ui.json() {
        return ui.out(&pretty(v));
    }
    let rows = v["requests"].as_array().cloned().unwrap_or_default();
    let cells = rows.iter().map(|r| {
        let path = match r["query"].as_str() {
            Some(q) if !q.is_empty() => format!("{}?{q}", r["path"].as_str().unwrap_or("")),
            _ => r["path"].as_str().unwrap_or("").to_string(),
        };
        vec![
            r["id"].to_string(),
            r["at"].as_str().unwrap_or("").to_string(),
            r["method"].as_str().unwrap_or("").to_string(),
            path,
            r["status"].to_string(),
            format!("{:.1}ms", r["duration_us"].as_f64().unwrap_or(0.0) / 1000.0),
        ]
    });
    let headers = ["id", "at", "method", "path", "status", "duration"];
    let text = match ui.format {
        OutputFormat::Tsv => table::tsv(ui, &headers, cells),
        _ => table::table(ui, &headers, cells),
    };
    ui.out(&text)
}
