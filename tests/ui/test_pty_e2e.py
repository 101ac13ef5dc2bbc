"""End to end in a real pseudo-terminal: start the app, type an answer, ctrl+q, read the store.

Uses only the standard library (``pty.fork``), because pexpect is not a dependency. Two runs:
the app through :func:`kzjp_tutor.ui.run.run_tui` (what the CLI calls), and the real
``kzjp-tutor study`` command as a student types it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import shutil
import signal
import sqlite3
import struct
import sys
import termios
import time
from pathlib import Path

from kzjp_tutor.core.clock import NOW_ENV
from kzjp_tutor.core.paths import HOME_ENV
from kzjp_tutor.core.store import DB_FILE, Store

from .conftest import NOW, SMALL

ALT_SCREEN = b"\x1b[?1049h"
"""Textual switches to the alternate screen when the app starts."""
LAUNCHER = (
    "import sys; from pathlib import Path;"
    "from kzjp_tutor.core.context import Context; from kzjp_tutor.core.clock import Clock;"
    "from kzjp_tutor.ui.run import run_tui;"
    "sys.exit(run_tui([Path(sys.argv[1])], Context(home=Path(sys.argv[2]), clock=Clock.from_env())))"
)


class Terminal:
    """A child process on a 100×30 pseudo-terminal, read with timeouts."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        """Fork and exec ``argv`` on a new pty."""
        pid, fd = pty.fork()
        if pid == 0:  # pragma: no cover - the child
            os.execvpe(argv[0], argv, env)
        self.pid = pid
        self.fd = fd
        self.output = b""
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

    def read_until(self, needle: bytes, timeout: float = 20.0, *, unless: bytes = b"\x00never") -> bool:
        """Read output until ``needle`` appears (True), or ``unless`` appears or time runs out (False)."""
        deadline = time.monotonic() + timeout
        while needle not in self.output:
            if unless in self.output:
                return False
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return needle in self.output
                if not chunk:
                    return needle in self.output
                self.output += chunk
        return True

    def type(self, text: str) -> None:
        """Send keys as a terminal would."""
        os.write(self.fd, text.encode())

    def wait(self, timeout: float = 20.0) -> int | None:
        """The exit status, or None if it did not exit in time (then it is killed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read_until(b"\x00never", timeout=0.2)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        self.kill()
        return None

    def kill(self) -> None:
        """Stop the child (only this child, by its pid) and reap it."""
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass

    def close(self) -> None:
        """Kill the child if it still runs and close the terminal."""
        self.kill()
        with contextlib.suppress(OSError):
            os.close(self.fd)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "PYTEST"))}
    env.update({HOME_ENV: str(home), NOW_ENV: NOW.isoformat(), "TERM": "xterm-256color", "COLUMNS": "100"})
    env.update({"LINES": "30", "NO_COLOR": ""})
    return env


def _answer_and_quit(term: Terminal, home: Path) -> None:
    """Answer the first card, accept, answer the second, quit with it graded; check the store."""
    try:
        assert term.read_until(b"Which city became the capital"), term.output[-2000:]
        term.type("Astana\r")  # answer and submit
        assert term.read_until(b"Correct"), term.output[-2000:]
        term.type("\r")  # accept: recorded
        assert term.read_until(b"recognise"), term.output[-2000:]
        term.type("1991\r")  # second answer, graded but not accepted
        assert term.read_until(b"Suggested rating", timeout=20)
        time.sleep(0.3)
        term.type("\x11")  # ctrl+q
        code = term.wait()
    finally:
        term.close()
    assert code == 0
    with Store.open(home, now=NOW, backup=False) as store:
        assert store.count_reviews() == 2
    db = sqlite3.connect(f"file:{home / DB_FILE}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT card_id, answer FROM review WHERE undone = 0 ORDER BY card_id").fetchall()
    finally:
        db.close()
    assert rows == [("capital", "Astana"), ("recognized", "1991")]


def test_app_in_a_real_terminal(tmp_path: Path) -> None:
    """run_tui in a pty: type an answer, quit with ctrl+q, and both answers are in the store."""
    home = tmp_path / "home"
    term = Terminal([sys.executable, "-c", LAUNCHER, str(SMALL), str(home)], _env(home))
    _answer_and_quit(term, home)


def test_cli_in_a_real_terminal(tmp_path: Path) -> None:
    """The real ``kzjp-tutor study DECK`` in a pty: the full-screen app, and the answers are stored."""
    exe = shutil.which("kzjp-tutor", path=str(Path(sys.executable).parent))
    assert exe is not None, "the kzjp-tutor script is installed with the package"
    home = tmp_path / "home"
    term = Terminal([exe, "study", str(SMALL)], _env(home))
    assert term.read_until(ALT_SCREEN, timeout=15), "the Textual app took over the terminal"
    _answer_and_quit(term, home)


def test_kill_9_after_each_answer_keeps_it(tmp_path: Path) -> None:
    """SIGKILL the real app once the next card is drawn: the answer before it is in the store.

    The study screen commits an answer before it asks the next card, so a card on screen means the
    previous answer is on disk, whatever happens to the process next.
    """
    exe = shutil.which("kzjp-tutor", path=str(Path(sys.executable).parent))
    assert exe is not None
    home = tmp_path / "home"
    term = Terminal([exe, "study", str(SMALL)], _env(home))
    try:
        assert term.read_until(b"Which city became the capital"), term.output[-2000:]
        term.type("Astana\r")
        assert term.read_until(b"Suggested rating"), term.output[-2000:]
        term.type("\r")  # accept: committed, then the next card
        assert term.read_until(b"recognise"), term.output[-2000:]
        os.kill(term.pid, signal.SIGKILL)
        assert term.wait() == -signal.SIGKILL
    finally:
        term.close()
    with Store.open(home, now=NOW, backup=False) as store:
        assert store.count_reviews() == 1
        state = store.state("ui-small", "capital")
        assert state is not None and state.reps == 1
