//! The live screen of `watch`: the alternate screen redrawn in place, keys read without echo
//! or line buffering (Ctrl-C stays a signal), the terminal's size, and the terminal put back
//! on every way out (return, error, a signal ending the command, a panic).

use std::io::{IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use rustix::termios::{self, LocalModes, OptionalActions, SpecialCodeIndex, Termios};
use tokio::sync::mpsc;

/// Enter the alternate screen and hide the cursor.
const ENTER: &str = "\u{1b}[?1049h\u{1b}[?25l";
/// Show the cursor and leave the alternate screen (the shell's screen comes back as it was).
const LEAVE: &str = "\u{1b}[?25h\u{1b}[?1049l";

/// The terminal's settings before `watch` changed them, for whoever restores first: the
/// screen's drop or the panic hook.
static SAVED: Mutex<Option<Termios>> = Mutex::new(None);
static HOOK: Once = Once::new();

/// Puts the terminal back as it was: the cursor, the main screen and the line discipline.
/// Idempotent: only the first call after `Screen::open` restores the settings.
fn restore() {
    let mut out = std::io::stdout();
    let _ = out.write_all(LEAVE.as_bytes());
    let _ = out.flush();
    let saved = SAVED.lock().map(|mut s| s.take()).unwrap_or(None);
    if let Some(t) = saved {
        let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, &t);
    }
}

/// The alternate screen with keys read as they are typed. Dropping it restores the terminal.
pub struct Screen {
    keys: Option<mpsc::UnboundedReceiver<u8>>,
    stop: Arc<AtomicBool>,
}

impl Screen {
    /// Takes over the terminal: keys unbuffered and not echoed (signals still raised by
    /// Ctrl-C, so it ends the command as anywhere else), the alternate screen, no cursor.
    /// Keys are read only when stdin is a terminal; without one, only a signal ends the view.
    pub fn open() -> std::io::Result<Screen> {
        let stdin = std::io::stdin();
        let stop = Arc::new(AtomicBool::new(false));
        let mut keys = None;
        if stdin.is_terminal() {
            let before = termios::tcgetattr(&stdin)?;
            let mut keyed = before.clone();
            keyed
                .local_modes
                .remove(LocalModes::ICANON | LocalModes::ECHO);
            keyed.special_codes[SpecialCodeIndex::VMIN] = 1;
            keyed.special_codes[SpecialCodeIndex::VTIME] = 0;
            if let Ok(mut s) = SAVED.lock() {
                *s = Some(before);
            }
            HOOK.call_once(|| {
                let previous = std::panic::take_hook();
                std::panic::set_hook(Box::new(move |info| {
                    restore();
                    previous(info);
                }));
            });
            termios::tcsetattr(&stdin, OptionalActions::Now, &keyed)?;
            keys = Some(read_keys(stop.clone()));
        }
        // Made before anything is written, so that a failed write restores the terminal too.
        let screen = Screen { keys, stop };
        let mut out = std::io::stdout();
        out.write_all(ENTER.as_bytes())?;
        out.flush()?;
        Ok(screen)
    }

    /// Draws `frame` over the previous one (see `redraw`).
    pub fn draw(&self, frame: &str, height: usize) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(redraw(frame, height).as_bytes())?;
        out.flush()
    }

    /// The next key typed within `wait`, if any (always `None` without a terminal on stdin).
    pub async fn key(&mut self, wait: Duration) -> Option<u8> {
        match &mut self.keys {
            Some(rx) => tokio::time::timeout(wait, rx.recv()).await.ok().flatten(),
            None => {
                tokio::time::sleep(wait).await;
                None
            }
        }
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        restore();
    }
}

/// What draws `frame` over the previous one: from the top left, each line cleared to its
/// end, everything below the frame cleared, no newline after the last line. Lines past the
/// terminal's height are left out (a frame that scrolled would not be redrawn in place).
fn redraw(frame: &str, height: usize) -> String {
    let mut text = String::from("\u{1b}[H");
    let lines: Vec<&str> = frame.lines().take(height.max(1)).collect();
    for (i, line) in lines.iter().enumerate() {
        text.push_str(line);
        text.push_str("\u{1b}[K");
        if i + 1 < lines.len() {
            text.push('\n');
        }
    }
    text.push_str("\u{1b}[J");
    text
}

/// Reads stdin byte by byte on a thread of its own, polling so that it notices `stop`
/// within a tenth of a second.
fn read_keys(stop: Arc<AtomicBool>) -> mpsc::UnboundedReceiver<u8> {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    let (tx, rx) = mpsc::unbounded_channel();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let tick = Timespec {
            tv_sec: 0,
            tv_nsec: 100_000_000,
        };
        let mut buf = [0u8; 64];
        while !stop.load(Ordering::SeqCst) {
            let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
            match poll(&mut fds, Some(&tick)) {
                Ok(0) => continue,
                Ok(_) => match stdin.lock().read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        if buf[..n].iter().any(|b| tx.send(*b).is_err()) {
                            return;
                        }
                    }
                },
                Err(rustix::io::Errno::INTR) => continue,
                Err(_) => return,
            }
        }
    });
    rx
}

/// The terminal's size as (columns, rows): what it reports (so a resize is seen), else
/// `COLUMNS`, else 80 columns; 24 rows when it does not say.
pub fn size() -> (usize, usize) {
    let reported = terminal_size::terminal_size_of(std::io::stdout());
    let cols = reported.map(|(w, _)| usize::from(w.0));
    let rows = reported.map_or(24, |(_, h)| usize::from(h.0)).max(1);
    let env = std::env::var("COLUMNS").ok();
    let cols = match cols.filter(|&c| c > 0) {
        Some(c) => c,
        None => super::fit::terminal_width(env.as_deref(), None),
    };
    (cols, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_drawn_from_the_top_and_never_scrolls() {
        let e = "\u{1b}";
        assert_eq!(redraw("a\nbb\n", 24), format!("{e}[Ha{e}[K\nbb{e}[K{e}[J"));
        // Taller than the terminal: the lines that fit, the last without a newline.
        assert_eq!(redraw("1\n2\n3\n4", 2), format!("{e}[H1{e}[K\n2{e}[K{e}[J"));
        assert_eq!(redraw("", 10), format!("{e}[H{e}[J"));
    }
}
