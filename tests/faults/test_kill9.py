"""kill -9 at random moments: every answer whose verdict was printed is in the database.

A ``study --plain`` subprocess is fed answers and SIGKILLed after a seeded random delay, over
and over on the same home. After each kill the database must pass ``PRAGMA quick_check`` and
hold every answer the process printed a verdict for (the answer is committed before its
verdict is printed, so at most one more answer than verdicts may be recorded).
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from .plain_study import recorded, start_study, verdicts, write_deck

pytestmark = pytest.mark.slow

KILLS = 24
SEED = 20261126
ANSWERS = [f"answer{n}" for n in range(30)]


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
        proc = start_study(deck, home, now)
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
