"""What the fault tests share: a deck, and ``kzjp-tutor study --plain`` run as a subprocess.

The subprocess is the real program a student runs, so killing it or racing two of them tests
the store as it is used, not a mock of it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

VERDICT_MARKS = ("✓ ", "✗ ")
"""How a verdict line starts in plain mode."""


def write_deck(folder: Path, cards: int = 30) -> Path:
    """A deck of ``cards`` text cards (answers ``answer0``…) in sections of ten, distinct prompts."""
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


def start_study(deck: Path, home: Path, now: dt.datetime) -> subprocess.Popen[bytes]:
    """``kzjp-tutor study DECK --plain`` on its own home and a fixed clock, pipes for all three streams."""
    env = dict(os.environ)
    env["KZJP_TUTOR_HOME"] = str(home)
    env["KZJP_TUTOR_NOW"] = now.isoformat()
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.Popen(
        [sys.executable, "-m", "kzjp_tutor", "study", str(deck), "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def verdicts(output: bytes) -> int:
    """How many verdict lines the process printed."""
    text = output.decode("utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if line.startswith(VERDICT_MARKS))


def recorded(home: Path) -> int:
    """Answers in the database (not undone); also checks the file's integrity."""
    db = sqlite3.connect(home / "progress.sqlite3")
    try:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        count: int = db.execute("SELECT count(*) FROM review WHERE undone = 0").fetchone()[0]
        return count
    finally:
        db.close()
