"""Two programs answering at once: no "database is locked" reaches the student, no answer is lost."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

START = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)


def _deck(folder: Path, cards: int = 30) -> Path:
    lines = ["format = 1", "", "[deck]", 'id = "conc"', 'title = "Concurrency"', 'language = "en"', ""]
    lines += ["[[sections]]", 'id = "s"', 'title = "Only"', ""]
    for n in range(cards):
        lines += [
            "[[sections.cards]]",
            f'id = "c{n}"',
            f'prompt = "Item {n} {"ab" * n}?"',
            f'answer = "w{n}"',
            "",
        ]
    path = folder / "conc.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KZJP_TUTOR_HOME"] = str(home)
    env["KZJP_TUTOR_NOW"] = START.isoformat()
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _study(deck: Path, home: Path, answers: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kzjp_tutor", "study", str(deck), "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(home),
    )


def _verdicts(out: bytes) -> int:
    return sum(1 for line in out.decode().splitlines() if line.startswith(("✓ ", "✗ ")))


def _reviews(home: Path) -> int:
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        count: int = db.execute("SELECT count(*) FROM review WHERE undone = 0").fetchone()[0]
        return count
    finally:
        db.close()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home whose settings let many new cards through."""
    path = tmp_path / "home"
    path.mkdir()
    (path / "settings.toml").write_text("new_per_day = 1000\n", encoding="utf-8")
    return path


def test_two_processes_answer_at_once(tmp_path: Path, home: Path) -> None:
    """Two students' programs start together on a fresh home and answer the same deck."""
    deck = _deck(tmp_path)
    for round_number in range(3):
        answers = [f"w{(n * 7 + round_number) % 30}" for n in range(60)]
        procs = [_study(deck, home, answers) for _ in range(2)]
        outputs = [p.communicate("".join(a + "\n" for a in answers).encode(), timeout=60) for p in procs]
        for proc, (out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode == 0, err.decode()
            assert b"locked" not in err and b"busy" not in err and b"Traceback" not in err, err.decode()
            assert b"answered " in out
        if round_number == 0:
            expected = 0
        expected += sum(_verdicts(out) for out, _err in outputs)
        assert _reviews(home) == expected


def test_a_long_write_lock_is_waited_out(tmp_path: Path, home: Path) -> None:
    """Another program holding the write lock for a second delays answers but never fails them."""
    deck = _deck(tmp_path)
    proc = _study(deck, home, [])
    # Let it open the database first, then take the write lock while it answers.
    assert proc.stdin is not None
    proc.stdin.write(b"w0\n")
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
    out, err = proc.communicate(b"w1\nw2\nw3\n", timeout=60)
    assert released.is_set()
    blocker.close()
    assert proc.returncode == 0, err.decode()
    assert b"locked" not in err and b"Traceback" not in err
    assert _verdicts(out) == 4
    assert _reviews(home) == 4
