//! `watch`: a live view of one call (followed across hand-offs, as `wait` follows it) or of
//! the whole centre (`--all`), redrawn in place on a terminal until q or Ctrl-C; without one
//! (or with `-o json|tsv`), one line per change for scripts. It only reads.

mod centre;

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::calls::call_json;
use super::gather::{self, Also};
use super::select::select_call;
use crate::cli::{OutputFormat, WatchArgs};
use crate::context::Ctx;
use crate::domain::call::Call;
use crate::error::{CliError, CliResult, Kind};
use crate::exit::Exit;
use crate::twilio::Client;
use crate::ui::live::{self, call_frame, centre_frame};
use crate::ui::sanitize::clean;
use crate::ui::screen::{self, Screen};
use crate::ui::{picture, Ui};

use centre::Centre;

/// How often a terminal's size is looked at between two reads (a resize redraws at once).
const RESIZE_TICK: Duration = Duration::from_millis(100);

/// What is watched, as one read left it.
enum View {
    Call(Box<Call>),
    Centre(Centre),
}

/// What is watched, and how to read it again.
enum Source {
    /// The call of this task; the task changes when a hand-off makes another task current.
    Call(String),
    Centre,
}

impl Source {
    /// Reads again; `None` once the call has ended.
    async fn read(&mut self, client: &Client, ws: &str) -> CliResult<Option<View>> {
        match self {
            Source::Centre => Ok(Some(View::Centre(centre::load(client, ws).await?))),
            Source::Call(task) => {
                let loaded =
                    gather::load(client, ws, Some(task), &|_, _| false, &Also::default()).await?;
                Ok(loaded.calls.first().map(|state| {
                    let call = state.call();
                    task.clone_from(&call.task_sid);
                    View::Call(Box::new(call))
                }))
            }
        }
    }
}

impl View {
    fn json(&self) -> Value {
        match self {
            View::Call(c) => {
                let mut v = call_json(c);
                v["ended"] = json!(false);
                v
            }
            View::Centre(c) => c.json(),
        }
    }

    /// The human frame; `height` the terminal's rows, which the centre's lists share.
    fn frame(&self, ui: &Ui, every_ms: u64, height: Option<usize>) -> String {
        match self {
            View::Call(c) => {
                call_frame(ui, &live::header(ui, &live::call_title(ui, c), every_ms), c)
            }
            View::Centre(c) => centre_frame(
                ui,
                &live::header(ui, "--all", every_ms),
                &c.sections(ui),
                height,
            ),
        }
    }

    fn tsv(&self, ui: &Ui) -> String {
        match self {
            View::Call(c) => picture::legs_tsv(ui, &call_json(c)),
            View::Centre(c) => c.tsv(ui),
        }
    }
}

pub async fn watch(ctx: &mut Ctx, args: &WatchArgs) -> CliResult {
    let sel = &ctx.select;
    if args.all && (sel.task.is_some() || sel.conference.is_some() || sel.agent.is_some()) {
        return Err(CliError::usage(
            "--all watches every call; --task, --conference and --agent choose one",
        )
        .hint("flexctl watch --all, or flexctl watch --agent NAME"));
    }
    let on_terminal = ctx.ui.format == OutputFormat::Table && std::io::stdout().is_terminal();
    if !on_terminal {
        // A script is reading: nobody to answer a picker.
        ctx.ui.interactive = false;
    }
    let (mut source, first) = if args.all {
        (Source::Centre, None)
    } else {
        let sel = ctx.select.clone();
        let call = select_call(ctx, None, &sel).await?;
        (
            Source::Call(call.task_sid.clone()),
            Some(View::Call(Box::new(call))),
        )
    };
    let (client, ws) = ctx.client_and_workspace().await?;
    let first = match first {
        Some(v) => v,
        None => match source.read(&client, &ws).await? {
            Some(v) => v,
            None => return Ok(()),
        },
    };
    let mut watch = Watch {
        client,
        ws,
        args,
        start: Instant::now(),
        changes: 0,
    };
    if on_terminal {
        watch.on_terminal(ctx, &mut source, first).await
    } else {
        watch.lines(ctx, &mut source, first).await
    }
}

/// A failed read the live view outlives: the backend unreachable or timing out, or throttling
/// after the client's retries (a script's JSON lines end on it instead, with its exit code).
fn transient(e: &CliError) -> bool {
    e.exit == Exit::Unreachable || e.kind == Kind::Throttled
}

struct Watch<'a> {
    client: Client,
    ws: String,
    args: &'a WatchArgs,
    start: Instant,
    /// Changes shown so far (frames that differed, lines printed), for `--count`.
    changes: u64,
}

impl Watch<'_> {
    fn every_ms(&self) -> u64 {
        self.args.interval.as_millis() as u64
    }

    /// Whether `--count` or `--within` says to stop.
    fn done(&self) -> bool {
        self.args.count.is_some_and(|n| self.changes >= n)
            || self.args.within.is_some_and(|w| self.start.elapsed() >= w)
    }

    /// The time until the next read: the interval, or less when `--within` ends sooner.
    fn pause(&self) -> Duration {
        let left = self.args.within.map_or(self.args.interval, |w| {
            w.saturating_sub(self.start.elapsed())
        });
        left.min(self.args.interval)
    }

    /// One line per change: the view's JSON (or its TSV rows, the header once), then, when
    /// the call ends, a last line saying so.
    async fn lines(&mut self, ctx: &Ctx, source: &mut Source, first: View) -> CliResult {
        let mut last: Option<Value> = None;
        let mut view = first;
        loop {
            let now = view.json();
            if last.as_ref() != Some(&now) {
                let line = match ctx.ui.format {
                    OutputFormat::Tsv => {
                        let ui = Ui {
                            no_header: ctx.ui.no_header || self.changes > 0,
                            ..ctx.ui.clone()
                        };
                        view.tsv(&ui)
                    }
                    _ => now.to_string(),
                };
                ctx.ui.out(&line)?;
                self.changes += 1;
                last = Some(now);
            }
            if self.done() {
                return Ok(());
            }
            tokio::time::sleep(self.pause()).await;
            if self.done() {
                return Ok(());
            }
            view = match source.read(&self.client, &self.ws).await? {
                Some(v) => v,
                None => {
                    if ctx.ui.format != OutputFormat::Tsv {
                        let was = last.unwrap_or_default();
                        ctx.ui.out(
                            &json!({
                                "task_sid": was["task_sid"],
                                "conference_sid": was["conference_sid"],
                                "phase": was["phase"],
                                "ended": true,
                            })
                            .to_string(),
                        )?;
                    }
                    return Ok(());
                }
            };
        }
    }

    /// The frame redrawn in place until q, a signal (the screen is restored as the command
    /// is dropped), `--count`/`--within`, or the call ending.
    async fn on_terminal(&mut self, ctx: &Ctx, source: &mut Source, first: View) -> CliResult {
        let mut screen = Screen::open()?;
        let mut view = first;
        let mut drawn = String::new();
        let mut due = Instant::now() + self.pause();
        // Why the last read failed, while the backend cannot be reached: the view stays on
        // screen, says so, and is read again at the next interval.
        let mut trouble: Option<String> = None;
        loop {
            let (cols, rows) = screen::size();
            let ui = Ui {
                width: ctx.ui.width.map(|_| cols),
                ..ctx.ui.clone()
            };
            let mut frame = view.frame(
                &ui,
                self.every_ms(),
                Some(rows - usize::from(trouble.is_some() && rows > 1)),
            );
            if let Some(why) = &trouble {
                let line = format!("read failed, trying again: {}", clean(why));
                frame = format!("{}\n{}", frame.trim_end(), ui.clip(&ui.red(&line)));
            }
            if frame != drawn {
                screen.draw(&frame, rows)?;
                self.changes += 1;
                drawn = frame;
            }
            if self.done() {
                return Ok(());
            }
            // Keys and resizes until the next read.
            let mut resized = false;
            while Instant::now() < due {
                let wait = due
                    .saturating_duration_since(Instant::now())
                    .min(RESIZE_TICK);
                if let Some(b'q' | b'Q') = screen.key(wait).await {
                    return Ok(());
                }
                if screen::size() != (cols, rows) {
                    resized = true;
                    break;
                }
            }
            if resized {
                // Redraw at the new size now; read again when the interval is up.
                drawn.clear();
                continue;
            }
            if self.done() {
                return Ok(());
            }
            due = Instant::now() + self.pause();
            let read = match source.read(&self.client, &self.ws).await {
                Err(e) if transient(&e) => {
                    trouble = Some(e.message);
                    continue;
                }
                other => other?,
            };
            trouble = None;
            match read {
                Some(v) => view = v,
                None => {
                    drop(screen);
                    let task = match &view {
                        View::Call(c) => c.task_sid.clone(),
                        View::Centre(_) => String::new(),
                    };
                    return ctx.ui.out(&format!("the call {task} ended"));
                }
            }
        }
    }
}
