"""End to end in a real pseudo-terminal: start the app, type an answer, ctrl+q, read the store.

pexpect drives the terminal (the bench's key-latency run uses it too). Two runs: the app through
:func:`kzjp_tutor.ui.run.run_tui` (what the CLI calls), and the real ``kzjp-tutor study`` command
as a student types it; a third kills that command with SIGKILL mid-session.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pexpect
import pytest

from kzjp_tutor.core.clock import NOW_ENV
from kzjp_tutor.core.paths import HOME_ENV
from kzjp_tutor.core.store import DB_FILE, Store

from .helpers import NOW, SMALL

pytestmark = pytest.mark.slow

ALT_SCREEN = b"\x1b[?1049h"
"""Textual switches to the alternate screen when the app starts."""
LAUNCHER = (
    "import sys; from pathlib import Path;"
    "from kzjp_tutor.core.context import Context; from kzjp_tutor.core.clock import Clock;"
    "from kzjp_tutor.ui.run import run_tui;"
    "sys.exit(run_tui([Path(sys.argv[1])], Context(home=Path(sys.argv[2]), clock=Clock.from_env())))"
)
WAIT = 30.0
"""Seconds to wait for a screen state: generous, only a hung app should ever reach it."""


class Terminal:
    """A child process on a 100×30 pseudo-terminal; failures show the end of what it drew."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.log = io.BytesIO()
        self.child: pexpect.spawn[bytes] = pexpect.spawn(
            argv[0], argv[1:], env=env, dimensions=(30, 100), timeout=WAIT
        )
        self.child.logfile_read = self.log
        self.child.delaybeforesend = None  # pexpect sleeps 50 ms before each send by default

    @property
    def pid(self) -> int:
        """The child's process id."""
        pid = self.child.pid
        assert pid is not None
        return pid

    def expect(self, text: bytes) -> None:
        """Wait until ``text`` is drawn after what was last expected."""
        try:
            self.child.expect_exact(text)
        except (pexpect.TIMEOUT, pexpect.EOF) as exc:
            tail = self.log.getvalue()[-2000:]
            raise AssertionError(
                f"{text!r} never drawn ({type(exc).__name__}); last output {tail!r}"
            ) from None

    def type(self, text: str) -> None:
        """Send keys as a terminal would."""
        self.child.send(text.encode())

    def wait(self) -> int:
        """The exit status once the child ends (minus the signal number if a signal ended it)."""
        self.child.expect(pexpect.EOF)
        self.child.wait()
        if self.child.signalstatus is not None:
            return -self.child.signalstatus
        assert self.child.exitstatus is not None
        return self.child.exitstatus

    def close(self) -> None:
        """Kill the child if it still runs (only this child) and close the terminal."""
        self.child.close(force=True)


def _env(home: Path) -> dict[str, str]:
    # These tests answer the first card: new cards asked at once (the default shows them first).
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text('new_cards = "ask-first"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "PYTEST"))}
    env.update({HOME_ENV: str(home), NOW_ENV: NOW.isoformat(), "TERM": "xterm-256color", "COLUMNS": "100"})
    env.update({"LINES": "30", "NO_COLOR": ""})
    return env


def _answer_and_quit(term: Terminal, home: Path) -> None:
    """Answer the first card, accept, answer the second, quit with it graded; check the store."""
    try:
        term.expect(b"Which city became the capital")
        term.type("Astana\r")  # answer and submit
        term.expect(b"Correct")
        term.type("\r")  # accept: recorded
        term.expect(b"recognise")
        term.type("1991\r")  # second answer, graded but not accepted
        term.expect(b"Suggested rating")
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
    term.expect(ALT_SCREEN)  # the Textual app took over the terminal
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
        term.expect(b"Which city became the capital")
        term.type("Astana\r")
        term.expect(b"Suggested rating")
        term.type("\r")  # accept: committed, then the next card
        term.expect(b"recognise")
        os.kill(term.pid, signal.SIGKILL)
        assert term.wait() == -signal.SIGKILL
    finally:
        term.close()
    with Store.open(home, now=NOW, backup=False) as store:
        assert store.count_reviews() == 1
        state = store.state("ui-small", "capital")
        assert state is not None and state.reps == 1
