//! The signals that interrupt a run (Ctrl-C, SIGTERM, SIGHUP), as one flag that verbs read
//! between steps and while waiting: the first signal decides the exit code, later ones are
//! absorbed so that an undo under way is never abandoned half way.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

use crate::exit::Exit;

/// A signal flexctl treats as "stop and put things back".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT (Ctrl-C).
    Interrupt,
    /// SIGTERM (`timeout`, CI cancelling a job, `kill`).
    Terminate,
    /// SIGHUP (the terminal or SSH session went away).
    HangUp,
}

impl Signal {
    pub fn number(self) -> i32 {
        match self {
            Signal::HangUp => 1,
            Signal::Interrupt => 2,
            Signal::Terminate => 15,
        }
    }

    fn from_number(n: i32) -> Option<Signal> {
        match n {
            1 => Some(Signal::HangUp),
            2 => Some(Signal::Interrupt),
            15 => Some(Signal::Terminate),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Signal::HangUp => "SIGHUP",
            Signal::Interrupt => "SIGINT",
            Signal::Terminate => "SIGTERM",
        }
    }

    /// The exit code: 128 + the signal's number, as shells report it.
    pub fn exit(self) -> Exit {
        match self {
            Signal::HangUp => Exit::HungUp,
            Signal::Interrupt => Exit::Interrupted,
            Signal::Terminate => Exit::Terminated,
        }
    }
}

/// Shared by the signal listeners and the verb; cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicI32>);

impl Interrupt {
    pub fn new() -> Interrupt {
        Interrupt::default()
    }

    /// Records `signal` unless one was already received (the first one decides).
    pub fn raise(&self, signal: Signal) {
        let _ = self
            .0
            .compare_exchange(0, signal.number(), Ordering::SeqCst, Ordering::SeqCst);
    }

    /// The first signal received, if any.
    pub fn signal(&self) -> Option<Signal> {
        Signal::from_number(self.0.load(Ordering::SeqCst))
    }

    pub fn is_set(&self) -> bool {
        self.signal().is_some()
    }

    /// Raises the flag for a signal the listeners caught. At a prompt (see [`AtPrompt`]) the
    /// run ends here with the signal's exit code: the prompt's blocking read would not see
    /// the flag, and nothing has been changed yet that needs putting back.
    fn caught(&self, signal: Signal) {
        self.raise(signal);
        let first = self.signal().unwrap_or(signal);
        let _ = CAUGHT.compare_exchange(0, first.number(), Ordering::SeqCst, Ordering::SeqCst);
        if AT_PROMPT.load(Ordering::SeqCst) {
            // Show the cursor a picker may have hidden, and end the prompt's line.
            eprint!("\x1b[?25h\nerror: interrupted ({})\n", first.name());
            std::process::exit(first.exit().code());
        }
    }

    /// Listens for SIGINT, SIGTERM and SIGHUP for the rest of the process and raises the flag.
    /// Once installed, these signals no longer kill the process: whoever runs the command
    /// sees the flag and stops cleanly.
    pub fn listen(&self) {
        let me = self.clone();
        tokio::spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                me.caught(Signal::Interrupt);
            }
        });
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            for (kind, sig) in [
                (SignalKind::terminate(), Signal::Terminate),
                (SignalKind::hangup(), Signal::HangUp),
            ] {
                if let Ok(mut stream) = signal(kind) {
                    let me = self.clone();
                    tokio::spawn(async move {
                        while stream.recv().await.is_some() {
                            me.caught(sig);
                        }
                    });
                }
            }
        }
    }

    /// Resolves when a signal has been received (polled: the flag is the one source of truth).
    pub async fn wait(&self) -> Signal {
        loop {
            if let Some(s) = self.signal() {
                return s;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

/// The first signal the listeners caught in this process (0: none).
static CAUGHT: AtomicI32 = AtomicI32::new(0);
/// Whether a prompt is reading the terminal.
static AT_PROMPT: AtomicBool = AtomicBool::new(false);

/// Held while a prompt reads the terminal. Prompts come before any change, so a signal then
/// (a Ctrl-C that reached the terminal before the picker took it) ends the run at once.
#[derive(Debug)]
pub struct AtPrompt(());

impl AtPrompt {
    /// Marks a prompt as reading; a signal caught already is returned instead, so no prompt
    /// starts after the user asked to stop.
    pub fn enter() -> Result<AtPrompt, Signal> {
        AT_PROMPT.store(true, Ordering::SeqCst);
        match Signal::from_number(CAUGHT.load(Ordering::SeqCst)) {
            Some(s) => {
                AT_PROMPT.store(false, Ordering::SeqCst);
                Err(s)
            }
            None => Ok(AtPrompt(())),
        }
    }
}

impl Drop for AtPrompt {
    fn drop(&mut self) {
        AT_PROMPT.store(false, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_signal_decides() {
        let i = Interrupt::new();
        assert_eq!(i.signal(), None);
        i.raise(Signal::Terminate);
        i.raise(Signal::Interrupt);
        assert_eq!(i.signal(), Some(Signal::Terminate));
        assert_eq!(Signal::Terminate.exit().code(), 143);
        assert_eq!(Signal::HangUp.exit().code(), 129);
        assert_eq!(Signal::Interrupt.exit().code(), 130);
    }
}
