"""Runs a command on a pseudo-terminal of a given size and prints what the terminal received.

Used by the integration tests to see flexctl as a person does (colour, prompts, the spinner),
not through pipes. Standard library only (`pty`), so a fresh machine needs nothing more.

    pty_run.py COLS ROWS [--expect TEXT (--send KEYS | --signal NAME | --resize COLSxROWS)]...
        -- CMD ARGS...

Each --expect waits (at most 20 s) until TEXT has appeared in the output since the previous
step and lets the program settle for 0.3 s, then sends KEYS (Python escapes: '\\r', '\\x1b',
'\\x03') or a signal to the process, or resizes the terminal (as a window does: the new size,
then SIGWINCH).
Prints one JSON object: {"exit": CODE, "output": TEXT, "timed_out": BOOL}.
"""

import codecs
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


def main() -> int:
    args = sys.argv[1:]
    cols, rows = int(args[0]), int(args[1])
    rest = args[2:]
    split = rest.index("--")
    opts, cmd = rest[:split], rest[split + 1 :]
    steps = []
    i = 0
    while i < len(opts):
        if opts[i] == "--expect":
            steps.append(["expect", opts[i + 1]])
        elif opts[i] == "--send":
            steps.append(["send", codecs.decode(opts[i + 1], "unicode_escape")])
        elif opts[i] == "--signal":
            steps.append(["signal", opts[i + 1]])
        elif opts[i] == "--resize":
            steps.append(["resize", opts[i + 1]])
        i += 2

    size = struct.pack("HHHH", rows, cols, 0, 0)
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set on the child's side too, so that it is in place before the
        # command starts (a program reads it once, early).
        fcntl.ioctl(0, termios.TIOCSWINSZ, size)
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, size)
    os.kill(pid, signal.SIGWINCH)

    out = b""
    seen = 0
    deadline = time.time() + 60
    timed_out = False

    def pump(timeout: float) -> bool:
        nonlocal out
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        out += data
        return True

    alive = True
    for kind, value in steps:
        if kind == "expect":
            until = time.time() + 20
            while value.encode() not in out[seen:]:
                if time.time() > until or not alive:
                    timed_out = True
                    break
                alive = pump(0.1)
            seen = len(out)
            # A prompt is drawn before it takes the terminal (raw mode, echo off): let it
            # settle, or keys typed at once are echoed by the terminal and read by nobody.
            settle = time.time() + 0.3
            while alive and time.time() < settle:
                alive = pump(0.05)
            seen = len(out)
        elif kind == "send":
            os.write(fd, value.encode())
        elif kind == "signal":
            os.kill(pid, getattr(signal, "SIG" + value))
        elif kind == "resize":
            c, r = (int(n) for n in value.split("x"))
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", r, c, 0, 0))
            os.kill(pid, signal.SIGWINCH)
    while alive and time.time() < deadline:
        alive = pump(0.2)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            while pump(0.05):
                if not select.select([fd], [], [], 0)[0]:
                    break
            break
    else:
        done = 0
    if not done:
        # The terminal closed (or the deadline passed): wait for the exit until the deadline,
        # then report a hang instead of waiting on it.
        while time.time() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.05)
        if not done:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"exit": code, "output": out.decode("utf-8", "replace"), "timed_out": timed_out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
