"""kill -9 at random moments: every answer whose verdict was printed is in the database.

A ``study --plain`` subprocess is fed answers and SIGKILLed after a seeded random delay, over
and over on the same home. After each kill the database must pass ``PRAGMA quick_check`` and
hold every answer the process printed a verdict for (the answer is committed before its
verdict is printed, so at most one more answer than verdicts may be recorded).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

KILLS = 24
SEED = 20261126
VERDICT_MARKS = ("✓ ", "✗ ")
ANSWERS = [f"answer{n}" for n in range(30)]


def write_deck(folder: Path, cards: int = 30) -> Path:
    """A deck of ``cards`` text cards in three sections with distinct prompts and answers."""
    lines = ["format = 1", "", "[deck]", 'id = "faults"', 'title = "Faults"', 'language = "en"', ""]
    for n in range(cards):
        if n % 10 == 0:
            lines += ["[[sections]]", f'id = "s{n // 10}"', f'title = "Section {n // 10}"', ""]
        lines += [
            "[[sections.cards]]",
            f'id = "c{n}"',
            f'prompt = "Question number {n}: {"xyzw"[n % 4] * (n % 7 + 1)}?"',
            f'answer = "answer{n}"',
            "",
        ]
    path = folder / "faults.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def study_env(home: Path, now: dt.datetime) -> dict[str, str]:
    """The environment of a study subprocess: its own home and a fixed clock."""
    env = dict(os.environ)
    env["KZJP_TUTOR_HOME"] = str(home)
    env["KZJP_TUTOR_NOW"] = now.isoformat()
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def recorded(home: Path) -> int:
    """Answers in the database (not undone); also checks the file's integrity."""
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        count: int = db.execute("SELECT count(*) FROM review WHERE undone = 0").fetchone()[0]
        return count
    finally:
        db.close()


def feed(proc: subprocess.Popen[bytes], answers: list[str]) -> None:
    """Type answers at a steady pace, as a (fast) student would, until the process dies."""
    assert proc.stdin is not None
    try:
        for answer in answers:
            proc.stdin.write(answer.encode() + b"\n")
            proc.stdin.flush()
            time.sleep(0.004)
    except (BrokenPipeError, ValueError, OSError):
        pass


def verdicts(output: bytes) -> int:
    """How many verdict lines the process printed."""
    text = output.decode("utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if line.startswith(VERDICT_MARKS))


def test_sigkill_never_loses_a_printed_answer(tmp_path: Path) -> None:
    """24 seeded random SIGKILLs: every printed verdict is in the DB, which stays intact."""
    rng = random.Random(SEED)
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text("new_per_day = 1000\nlearning_steps = [1]\n", encoding="utf-8")
    deck = write_deck(tmp_path)
    start = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
    before = 0
    killed_mid_answering = 0
    for run in range(KILLS):
        now = start + dt.timedelta(hours=7 * run)
        answers = [rng.choice(ANSWERS) for _ in range(2000)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "kzjp_tutor", "study", str(deck), "--plain"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=study_env(home, now),
        )
        feeder = threading.Thread(target=feed, args=(proc, answers), daemon=True)
        feeder.start()
        time.sleep(rng.uniform(0.05, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        feeder.join()
        printed = verdicts(out)
        if proc.returncode == -signal.SIGKILL and printed:
            killed_mid_answering += 1
        assert b"Traceback" not in err, err.decode()
        after = recorded(home)
        assert printed <= after - before <= printed + 1, (run, printed, after - before)
        before = after
        assert not list(home.glob("progress.sqlite3.corrupt-*")), "a healthy database was moved aside"
    assert killed_mid_answering >= KILLS // 2, "most kills should land while answering"
    assert before > 0
