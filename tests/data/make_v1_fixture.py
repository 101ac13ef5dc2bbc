"""Build ``progress-v1.sqlite3``: a database as the first release (schema m001 only) wrote it.

Run from the repository root: ``.venv/bin/python tests/data/make_v1_fixture.py``. The file is
committed; this script documents exactly what it holds so the migration test can check it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from kzjp_tutor.core.migrations import m001_initial

HERE = Path(__file__).resolve().parent
TARGET = HERE / "progress-v1.sqlite3"

CARD = {
    "card_id": 1234,
    "state": 2,
    "step": None,
    "stability": 3.1,
    "difficulty": 5.2,
    "due": "2026-09-04T09:00:00+00:00",
    "last_review": "2026-09-01T09:10:00+00:00",
}
"""The fsrs state of card demo/capital after two reviews."""


def build(target: Path = TARGET) -> Path:
    """Write the v1 fixture to ``target`` (replacing it)."""
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    m001_initial(db)
    db.execute("INSERT INTO _migrations VALUES ('m001_initial', '2026-09-01T08:00:00+00:00')")
    db.execute(
        "INSERT INTO card_state VALUES ('demo', 'capital', ?, 2, '2026-09-04T09:00:00.000000Z', 2, 0, 0,"
        " '2026-09-01T09:00:00.000000Z')",
        (json.dumps(CARD),),
    )
    learning = dict(CARD, state=1, step=1, stability=2.3, due="2026-09-01T09:10:00+00:00")
    learning["last_review"] = "2026-09-01T09:00:00+00:00"
    rows = [
        ("r1", "2026-09-01T09:00:00.000000Z", "Tokio", 1, 3, None),
        (
            "r2",
            "2026-09-01T09:10:00.000000Z",
            "Tokyo",
            1,
            3,
            {
                "fsrs": learning,
                "state": 1,
                "due": "2026-09-01T09:10:00.000000Z",
                "reps": 1,
                "lapses": 0,
                "leech": False,
                "first_seen": "2026-09-01T09:00:00.000000Z",
            },
        ),
    ]
    for review_id, when, answer, correct, rating, previous in rows:
        db.execute(
            "INSERT INTO review (id, deck_id, card_id, reviewed_at, answer, correct, score, feedback, suggested,"
            " rating, duration_ms, previous) VALUES (?, 'demo', 'capital', ?, ?, ?, 1.0, 'ok', 'good', ?, 1500, ?)",
            (review_id, when, answer, correct, rating, json.dumps(previous) if previous else None),
        )
    db.execute("COMMIT")
    db.close()
    return target


if __name__ == "__main__":
    print(build())
