"""Two programs answering at once: no "database is locked" reaches the student, no answer is lost."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from .plain_study import recorded, start_study, verdicts, write_deck

pytestmark = pytest.mark.slow

START = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home whose settings let many new cards through."""
    path = tmp_path / "home"
    path.mkdir()
    (path / "settings.toml").write_text("new_per_day = 1000\n", encoding="utf-8")
    return path


def test_two_processes_answer_at_once(tmp_path: Path, home: Path) -> None:
    """Two students' programs start together on a fresh home and answer the same deck."""
    deck = write_deck(tmp_path)
    for round_number in range(3):
        answers = [f"answer{(n * 7 + round_number) % 30}" for n in range(60)]
        procs = [start_study(deck, home, START) for _ in range(2)]
        outputs = [p.communicate("".join(a + "\n" for a in answers).encode(), timeout=60) for p in procs]
        for proc, (out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode == 0, err.decode()
            assert b"locked" not in err and b"busy" not in err and b"Traceback" not in err, err.decode()
            assert b"Answered " in out
        if round_number == 0:
            expected = 0
        expected += sum(verdicts(out) for out, _err in outputs)
        assert recorded(home) == expected


def test_a_long_write_lock_is_waited_out(tmp_path: Path, home: Path) -> None:
    """Another program holding the write lock for a second delays answers but never fails them."""
    deck = write_deck(tmp_path)
    proc = start_study(deck, home, START)
    # Let it open the database first, then take the write lock while it answers.
    assert proc.stdin is not None
    proc.stdin.write(b"answer0\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 10
    while not (home / "progress.sqlite3").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    blocker = sqlite3.connect(
        home / "progress.sqlite3", isolation_level=None, timeout=10, check_same_thread=False
    )
    blocker.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(1.5)
        blocker.execute("COMMIT")
        released.set()

    threading.Thread(target=release, daemon=True).start()
    out, err = proc.communicate(b"answer1\nanswer2\nanswer3\n", timeout=60)
    assert released.is_set()
    blocker.close()
    assert proc.returncode == 0, err.decode()
    assert b"locked" not in err and b"Traceback" not in err
    assert verdicts(out) == 4
    assert recorded(home) == 4
