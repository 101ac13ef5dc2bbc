"""A 40-day semester through ``kzjp-tutor study --plain`` with ``KZJP_TUTOR_NOW`` (issue 19).

The student studies every morning and answers every card right. Before the final-review window
the old rule let every interval run to the eve of the exam, so the last week was empty but for
one pile on the eve; now every card is reviewed inside the window, spread over its days, and
nothing is left for the exam day.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import statistics
from collections import Counter
from pathlib import Path

import pytest

from kzjp_tutor.cli import main

CARDS = 30
START = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)
EXAM = (START + dt.timedelta(days=40)).date()
WINDOW = 7


def _deck_text() -> str:
    lines = ['format = 1\n\n[deck]\nid = "semester"\ntitle = "Semester"\nlanguage = "en"\n']
    lines.append('[[sections]]\nid = "all"\ntitle = "All"\n')
    for n in range(CARDS):
        lines.append(
            f'[[sections.cards]]\nid = "card-{n}"\nprompt = "Fact {n}: type Tokyo"\nanswer = "Tokyo"\n'
        )
    return "\n".join(lines)


def test_forty_days_the_final_week_is_a_spread_review_not_an_eve_pile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(
        f'new_cards = "ask-first"\nnew_per_day = 10\nexam_date = {EXAM.isoformat()}\n', encoding="utf-8"
    )
    deck = tmp_path / "semester.toml"
    deck.write_text(_deck_text(), encoding="utf-8")
    monkeypatch.setenv("KZJP_TUTOR_HOME", str(home))
    for day in range(41):  # day 40 is the exam day: the student opens the app that morning too
        monkeypatch.setenv("KZJP_TUTOR_NOW", (START + dt.timedelta(days=day)).isoformat())
        monkeypatch.setattr("sys.stdin", io.StringIO("Tokyo\n" * 400))
        assert main(["study", str(deck), "--plain"]) == 0
        capsys.readouterr()
    db = sqlite3.connect(home / "progress.sqlite3")
    rows = db.execute("SELECT card_id, reviewed_at FROM review WHERE undone = 0").fetchall()
    per_day: Counter[int] = Counter()
    in_window: set[str] = set()
    for card_id, stamp in rows:
        day = (dt.datetime.fromisoformat(stamp).date() - START.date()).days
        per_day[day] += 1
        if 40 - WINDOW <= day < 40:
            in_window.add(card_id)
    counts = [per_day[day] for day in range(41)]
    final_week = counts[40 - WINDOW : 40]
    active_before = [n for n in counts[: 40 - WINDOW] if n]
    assert in_window == {f"card-{n}" for n in range(CARDS)}, "every card reviewed in the final week"
    assert counts[40] == 0, f"nothing spills onto the exam day: {counts}"
    assert max(final_week) <= 2 * statistics.fmean(active_before), counts
    assert sum(1 for n in final_week if n) >= 4, f"spread over the window's days: {final_week}"
    assert counts[39] < CARDS // 2, f"no eve-of-exam pile: {counts}"
    # New cards stop when there is no time to learn them: none introduced on the eve.
    first = db.execute("SELECT card_id, min(reviewed_at) FROM review GROUP BY card_id").fetchall()
    assert all(dt.datetime.fromisoformat(t).date() < EXAM - dt.timedelta(days=1) for _c, t in first)
